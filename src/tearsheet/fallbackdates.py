"""Dates found when the header had none: a date alone in a paragraph near either end, the
trailer's first labelled date, a wire dateline's day with the copyright line's year."""

from __future__ import annotations

from tearsheet.importdates import labelled_date, parse_date_line
from tearsheet.recognise import Draft, excerpt


def date_from_paragraphs(paragraphs: list[str], draft: Draft) -> list[str]:
    """When the header had no date, look for a date-only paragraph near either end."""
    if draft.date is not None:
        return paragraphs
    edges = [*range(min(3, len(paragraphs))), *range(max(0, len(paragraphs) - 3), len(paragraphs))]
    for index in dict.fromkeys(edges):
        if (date := parse_date_line(paragraphs[index], draft.lang)) is not None:
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {excerpt(paragraphs[index])}")
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def date_from_trailer(trailer: list[str], draft: Draft) -> None:
    """A story with no date over it may say so under it: "प्रकाशित: 21 अगस्त 2025", the first
    of the trailer's labelled dates ("Published …"), none of its teasers' dates. A date
    alone on its line ("30 november 2026, 17:47") counts while only notes in sentences
    stand over it: under a box's label or a teaser's headline it is another story's."""
    if draft.date is not None:
        return
    notes_only = True
    for line in trailer[:TRAILER_DATE_LINES]:
        date = labelled_date(line, draft.lang)
        if date is None and notes_only:
            date = parse_date_line(line, draft.lang)
        if date is not None:
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {excerpt(line)}")
            return
        notes_only = notes_only and line.rstrip().endswith(_NOTE_ENDS)


# The trailer's first lines only: further down stand the other stories' dates.
TRAILER_DATE_LINES = 6
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
