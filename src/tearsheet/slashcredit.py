"""A wire's dateline line with its credit between slashes ("Пловдив, 17 октомври /БТА/")."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.pagehead import names_line
from tearsheet.recognise import Draft, excerpt

# The credit closing the line, between slashes: "/Иван Колев, БТА/", "/БТА/".
SLASH_CREDIT = re.compile(r"(?<!\S)/[^/\n]{2,60}+/$")
# Such a line is at most this many characters, its place at most this many words.
SLASH_LINE = 90
PLACE_WORDS = 3


def is_credit_word(line: str) -> bool:
    """An agency's initials: "STT", "AAP", "БТА" (a word such as "Kontakt" is a menu's)."""
    return 2 <= len(line) <= 6 and line.isalpha() and line.isupper()


# An agency's name written as a word between slashes is at most this long ("/Xinhua/").
SLASHED_NAME = 12


def _is_slashed_agency(credit: str) -> bool:
    """The credit between a dateline's slashes names an agency: its initials ("/БТА/",
    "/PAP/") or its one name as a word ("/Xinhua/", "/Lusa/", "/Belga/"); a writer's name
    has two words."""
    return is_credit_word(credit) or (
        len(credit) <= SLASHED_NAME and credit.isalpha() and credit[:1].isupper()
    )


def read_slash_credit(line: str, draft: Draft) -> bool:
    """The place, the writer and the agency of a wire's dateline line over the body, its
    credit between slashes; True if the line was such and is read (it then leaves the
    body, as its fields are read)."""
    credit = SLASH_CREDIT.search(line)
    if credit is None or len(line) > SLASH_LINE:
        return False
    place = line[: credit.start()].split(",")[0].strip()
    parts = [part.strip() for part in credit.group().strip("/ ").split(",")]
    agency = parts[-1]
    if not (0 < zones.word_count(place) <= PLACE_WORDS and not any(c.isdigit() for c in place)):
        return False
    names = names_line(parts[0]) if len(parts) > 1 else []
    words = parts[0].split()
    for at, word in enumerate(words[:-1] if len(parts) == 1 else ()):
        if is_credit_word(word) and (names := names_line(" ".join(words[at + 1 :]))):
            agency = word  # "/Кореспондент на БТА Калина Димитрова/": role, agency, name
            break
    if not draft.byline and names:
        draft.byline.extend(names)
    if draft.dateline is None:
        draft.dateline = place
    if _is_slashed_agency(agency) and (draft.source is None or draft.source_weak):
        draft.source, draft.source_weak = agency, False
    draft.recognised.append(f"dateline, writer and agency from {excerpt(line)}")
    return True
