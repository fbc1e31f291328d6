"""Dates found when the header had none: a date or a header's date line in a paragraph near
either end, the trailer's first labelled date, a wire dateline's day with the year of the
copyright line."""

from __future__ import annotations

import datetime as dt

from tearsheet import zones
from tearsheet.headerlines import header_line
from tearsheet.importdates import labelled_date, parse_date_line
from tearsheet.recognise import Draft, excerpt


def date_from_paragraphs(paragraphs: list[str], draft: Draft) -> list[str]:
    """When the header had no date, look for a date-only paragraph near either end."""
    if draft.date is not None:
        return paragraphs
    edges = [*range(min(3, len(paragraphs))), *range(max(0, len(paragraphs) - 3), len(paragraphs))]
    for index in dict.fromkeys(edges):
        date = parse_date_line(paragraphs[index], draft.lang) or _header_date(
            paragraphs[index], draft
        )
        if date is not None:
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {excerpt(paragraphs[index])}")
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def _header_date(line: str, draft: Draft) -> dt.date | None:
    """The date of a header's line left among the story's first or last paragraphs, read
    whole as the header reads it: "29 November 2026 14:20 Diperbarui: 29 November 2026
    16:05", "Data utworzenia: 29 listopada 2026 18:22". Not a sentence that holds a date."""
    if zones.word_count(line) > HEADER_LINE_WORDS or zones.is_sentence(line):
        return None
    # A header's line opens on its date, a weekday or a label ("Diperbarui:", "Posted
    # Sun"); words in small letters running into the date are the story's ("Tickets on sale
    # from 12 March 2026", "Ausstellung bis 12. März 2026 im Stadtmuseum"), its date another's.
    before = line[: next((i for i, char in enumerate(line) if char.isdigit()), 0)].strip()
    if not before.endswith((":", "：")) and any(word[:1].islower() for word in before.split()):
        return None
    scratch = Draft(lang=draft.lang)
    return scratch.date if header_line(line, scratch) else None


# A header's date line left in the story is at most this many words.
HEADER_LINE_WORDS = 16


def date_from_trailer(trailer: list[str], draft: Draft) -> None:
    """A story with no date over it may say so under it: "प्रकाशित: 21 अगस्त 2025", the first
    of the trailer's labelled dates ("Published …"), none of its teasers' dates. A date
    alone on its line ("30 november 2026, 17:47") counts while only notes in sentences
    stand over it: under a box's label or a teaser's headline it is another story's."""
    if draft.date is not None:
        return
    notes_only = True
    writer = False
    for line in trailer[:TRAILER_DATE_LINES]:
        date = labelled_date(line, draft.lang)
        if date is None and notes_only:
            date = parse_date_line(line, draft.lang) or _header_date(line, draft)
        if date is not None:
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {excerpt(line)}")
            return
        # The writer's name and the line of their role under it ("Mette Skovgaard /
        # Teateranmelder / 20. nov. 2026") sign the story; the date under them is its own.
        signed = any(name in line for name in draft.byline) and len(line) <= SIGNATURE_LENGTH
        role = writer and zones.word_count(line) <= ROLE_WORDS and not zones.is_sentence(line)
        notes_only = notes_only and (line.rstrip().endswith(_NOTE_ENDS) or signed or role)
        writer = signed


# The trailer's first lines only: further down stand the other stories' dates.
TRAILER_DATE_LINES = 6
# The writer's name signing the story stands on a short line; their role under it is a
# few words.
SIGNATURE_LENGTH = 60
ROLE_WORDS = 5
# How a note in sentences ends ("Dit liveblog wordt bijgewerkt.").
_NOTE_ENDS = (".", "!", "?", "…", "。", "！", "？", "।", "۔")


def date_from_wire_day(draft: Draft) -> None:
    """A wire dateline's "April 20" plus the year of the copyright line, when both are there."""
    day, year = draft.wire_day, draft.copyright_year
    if draft.date is not None or day is None:
        return
    if year is None:
        draft.doubt(
            "import-date-missing",
            f"the wire dateline {day!r} has no year, and no other date was found",
        )
    elif date := parse_date_line(f"{day} {year}", draft.lang) or parse_date_line(
        f"{day} {year}", "en"
    ):
        draft.date = date
        draft.recognised.append(
            f"date {date.isoformat()} from the wire dateline {day!r} and the copyright year {year}"
        )
