"""Names in the headline block of copied text: the writer's name over a place or a role
among the title lines, names joined by "and", a name line's text."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.bylines import has_and
from tearsheet.labelpairs import label_pair_at, labelled_writer
from tearsheet.pagehead import HEADER_SEPARATOR, names_line
from tearsheet.recognise import Draft, excerpt, header_part, is_name

# A writer's role or affiliation under the name is at most this many words; a headline
# over them at least HEADLINE_WORDS.
AFFILIATION_WORDS = 8
HEADLINE_WORDS = 3


def _is_affiliation(line: str) -> bool:
    """A few words, no sentence and no name: the writer's role or affiliation ("Directrice
    des ressources humaines", "Professor of economics")."""
    return (
        0 < zones.word_count(line) <= AFFILIATION_WORDS
        and line.rstrip()[-1:] not in ".!?:。！？："
        and not names_line(line)
    )


def _is_headline_over(line: str, role: str) -> bool:
    """A headline over the writer's name and role: a few words at least, longer than the
    role (a menu's items over "Onet Biznes / Transport" are shorter)."""
    return zones.word_count(line) >= HEADLINE_WORDS and len(line) > len(role)


# A name stands over at most this many one-word lines over the date.
PLACE_LINES = 2


def read_name_among_titles(
    blocks: list[str], titles: list[int], kinds: list[str], top: int, anchor: int, draft: Draft
) -> None:
    """The writer's name among the title lines over the date, with the place or role under
    it: the byline, taken out of ``titles`` (the headline and deks are left)."""
    # One-word lines right over the date: a place, a blog's topic ("Bratislava / Mobilita").
    words = 0
    while words < len(titles) - 1 and zones.word_count(blocks[titles[-1 - words]]) == 1:
        words += 1
    if (
        0 < words <= PLACE_LINES
        and len(titles) > words + 1
        and titles[-1] == anchor - 1
        and titles[-1] - titles[-1 - words] == words
        and kinds[anchor - top] == "header"
        and not draft.byline
        and (names := names_line(blocks[titles[-1 - words]]))
    ):
        # "<headline> / রহিম উদ্দিন / ঢাকা / <date>": the name over its place over the date.
        for _ in range(words - 1):
            draft.removed.append(("byline role", blocks[titles.pop()]))
        _take_name_over(blocks, titles, names, draft, "")
    elif (
        len(titles) > 2
        and not draft.byline
        and all(kinds[n - top] == "dek" for n in range(titles[-1] + 1, anchor))
        and titles[-2] == titles[-1] - 1
        and _is_affiliation(blocks[titles[-1]])
        and any(_is_headline_over(blocks[t], blocks[titles[-1]]) for t in titles[:-2])
        and (names := names_line(blocks[titles[-2]]))
    ):
        # "<headline> / Claire Vasseur / Directrice des ressources humaines / <dek> /
        # <date>": an opinion writer's name over the role, under the headline.
        _take_name_over(blocks, titles, names, draft, " over the role")
    if (
        len(titles) > 1
        and titles[-1] == anchor - 1
        and kinds[anchor - top] == "header"
        and not draft.byline
        and (names := names_line(blocks[titles[-1]]))
    ):
        # "<headline> / <dek> / Lucía Mérida / Málaga | 09/04/2025": the name over the date
        # line is the byline, though the place beside the date does not confirm it.
        draft.byline.extend(names)
        draft.recognised.append(f"byline from the name line {blocks[titles.pop()]!r}")


def _take_name_over(
    blocks: list[str], titles: list[int], names: list[str], draft: Draft, how: str
) -> None:
    """The last two title lines, a name over its place or role: the names are the byline,
    the line under them goes, both leave ``titles``."""
    draft.removed.append(("byline role", blocks[titles.pop()]))
    draft.byline.extend(names)
    draft.recognised.append(f"byline from the name line {blocks[titles.pop()]!r}{how}")


_LAST_INITIAL = re.compile(r"(?:^|[\s.])\w\.$")


def name_text(line: str) -> str:
    """A name line without its closing full stop, unless that stop ends an initial ("E. H.")."""
    return line if _LAST_INITIAL.search(line) else line.rstrip(".")


def joined_names(line: str) -> list[str]:
    """Two or more names joined by the language's "and" ("Francesca Ruggeri e Marco
    Tedeschi"), each a name in capitals; [] for any other line."""
    names = names_line(line) if has_and(line) else []
    return names if len(names) > 1 and all(is_name(name) for name in names) else []


def read_label_pairs(blocks: list[str], titles: list[int], draft: Draft) -> list[int]:
    """The title lines less the writer's labelled name and role ("Author, Jane Doe" /
    "Role, BBC News"): the name is the byline, the role goes."""
    kept = []
    for number in titles:
        if label_pair_at(blocks, number) is None:
            kept.append(number)
        elif not draft.byline and (names := labelled_names(blocks, number)):
            draft.byline.extend(names)
            draft.recognised.append(f"byline from the labelled name {excerpt(blocks[number])}")
        else:
            draft.removed.append(("byline role", blocks[number]))
    return kept


def labelled_names(blocks: list[str], number: int) -> list[str]:
    """The names of a labelled writer's line ("Author, Jane Doe"), or of the line itself
    when what looked like a label is a name ("Gemma Rhys, BBC News")."""
    writer = labelled_writer(blocks, number)
    return (names_line(writer) if writer else []) or names_line(blocks[number])


def is_under_press_contact(blocks: list[str], number: int) -> bool:
    """A name under "Media contact:" ("Pressekontakt", "Contact presse") over a release's
    headline is whom the press may call, not the writer."""
    above = zones.clutter_of(blocks[number - 1]) if number else None
    return above is not None and above.name == "press notes"


def confirms_name(following: str, draft: Draft) -> bool:
    """A bare name under the headline is the byline when a date or a button follows it
    (Medium's "Name / Follow", Substack's "Name / date")."""
    trial = Draft(lang=draft.lang)
    parts = HEADER_SEPARATOR.split(following) if following else []
    return bool(parts) and (
        zones.clutter_of(following) is not None or all(header_part(p, trial) for p in parts)
    )


def read_under_dek(lines: list[str], draft: Draft) -> None:
    """The lines between a dek and the date are the byline's: a bare name read as the
    byline ("अंकित शर्मा, इंदौर": the name, its place), the rest its role."""
    for line in lines:
        if not draft.byline and (names := names_line(name_text(line))):
            draft.byline.extend(names)
            draft.recognised.append(f"byline from the name line {line!r}")
        draft.removed.append(("byline role", line))
