"""The lines a headline block is found by: a date or byline line (an anchor), and a date
standing over the headline when none was read under it."""

from __future__ import annotations

from tearsheet.headerlines import header_line
from tearsheet.importdates import writes_year
from tearsheet.pagehead import HEADER_SEPARATOR
from tearsheet.photocredits import is_bare_credit
from tearsheet.recognise import BYLINE, Draft, byline_names, header_part, is_person


def read_date_over_headline(blocks: list[str], above: range, draft: Draft) -> None:
    """ "تاریخ انتشار: ۲۳ مهر ۱۴۰۵" a line or two over the kicker and headline, the byline
    under the dek: the story's date, when none was read under the headline."""
    for number in above if draft.date is None else ():
        trial = Draft(lang=draft.lang)
        line = blocks[number]
        if is_anchor(line, draft.lang) and header_line(line, trial) and trial.date is not None:
            draft.date = trial.date
            draft.recognised.append(f"date {trial.date} from {line!r} over the headline")
            return


def is_anchor(block: str, lang: str | None) -> bool:
    """A date or byline line: the headline block is next to it."""
    block = block.lstrip("*•-– ")
    if len(block) > 80:
        return False
    # "Rohit Shenoy / TNN / Updated: Mar 5, 2026": parts parted by spaced slashes too.
    parts = HEADER_SEPARATOR.split(block)
    # "เรื่อง: ปวีณา ศรีสุข | ภาพ: ธนากร แก้วมณี": the writer's part before the photographer's.
    pictured = len(parts) > 1 and all(map(is_bare_credit, parts[1:]))
    if match := BYLINE.match(block) or (pictured and BYLINE.match(parts[0].strip())):
        # "By Ann Lee", not "Produced by ElevenLabs and News Over Audio using AI narration."
        names = byline_names(match["names"])
        return bool(names) and all(is_person(name) for name in names)
    if len(parts) == 1 and " / " in block:
        parts = block.split(" / ")
    return writes_year(block) and any(header_part(part, Draft(lang=lang)) for part in parts)
