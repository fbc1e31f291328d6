"""How a copied line ends and the next begins: the signs that a paragraph runs on over a
line break, or that a new one (a byline, a dateline, a heading) starts."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.bylinewords import BY, BY_START
from tearsheet.datelines import split_dateline

# A word of at most this many letters in small letters is a function word's ("der", "the").
FUNCTION_WORD = 3
# A line this near the width has had no room left for another word, give or take.
NEARLY_FULL = 0.9


# A byline's "by" in small letters opening a line ("von Anna Berg", "door Jan de Vries").
_BY_LINE = re.compile(rf"(?i:{BY})\s|{BY_START}\s")
# A byline is a short line.
BYLINE_WORDS = 8


# A release's dateline as it opens the story: a date or a dash after the place.
_DATED = re.compile(r"\d|\s[-–—]\s")
DATELINE_REACH = 60


def opens_dated_dateline(line: str) -> bool:
    """The line opens with a dateline holding a date or a dash ("Jakarta, 2 Desember 2025
    – …", "NEW YORK – …"); a place and a stop inside a sentence ("… à / Vénissieux
    (Rhône). D'une …") is no such opening."""
    if line[:1].islower() or _DATED.search(line[:DATELINE_REACH]) is None:
        return False  # the cheap test first: most lines open no dateline
    dateline, rest = split_dateline(line, None)
    opening = line[: max(0, len(line) - len(rest))][:DATELINE_REACH]
    return dateline is not None and _DATED.search(opening) is not None


def opens_byline(line: str) -> bool:
    """The line opens with a byline's "by" over a name ("von Anna Berg", "By Sam Okafor",
    "Του Νίκου"); not with the same word as a preposition ("di 63 stasiun")."""
    found = _BY_LINE.match(line)
    words = line[found.end() :].split() if found else []
    if not words or len(line.split()) > BYLINE_WORDS or line[-1:] in ".!?。":
        return False  # "by Parliament on Wednesday." ends a sentence
    # Names: the words in capitals, but for a particle or two ("Jan de Vries").
    capitals = sum(word[:1].isalpha() and not word[:1].islower() for word in words)
    return not words[0][:1].islower() and words[0][:1].isalpha() and capitals * 2 > len(words)


def stops_on_short_word(line: str) -> bool:
    """The line ends on a short word in small letters ("za", "am", "to"): a sentence goes on
    below it, as no heading, field or list item ends so."""
    last = line.rsplit(None, 1)[-1]
    return last.isalpha() and last.islower() and len(last) <= FUNCTION_WORD


def runs_into_field(line: str, first: str, width: int) -> bool:
    """A line stopped on a short word, or filled to the width inside a sentence, runs on
    into a word in small letters before a colon ("… i jedzie za / kwitnieniem: najpierw …",
    "… café arábica de seus / cooperados: 2,38 milhões …"), where a header's or a contact
    block's field ("tel: …") stands under a short line of its own."""
    filled = len(line) >= NEARLY_FULL * width and line[-1:].isalpha()
    return first[:1].islower() and (stops_on_short_word(line) or filled)


def runs_into_day(current: list[str], first: str, after: str) -> bool:
    """A line stopped on a short word runs on into a number that looks like a list's mark:
    a date's day ("… und am / 14. Oktober im Bürgerhaus …"); a bullet stays an item, and so
    does a number in a list, under a numbered item ("2. Enter your email when asked for it"
    / "3. Check your inbox …") or over one ("… an email address to set it up" / "1. Open
    the website …" / "2. Enter …")."""
    return (
        first[:1].isdigit()
        and stops_on_short_word(current[-1])
        and not zones.LIST_MARK.match(current[0])
        and not zones.LIST_MARK.match(after)
    )


def stands_alone(line: str, first: str, width: int) -> bool:
    """A paragraph's first line with room to spare for the next line's first word, a
    capital, and no mark ending it: a heading over the paragraph, not its first wrapped
    line, which wrapping fills ("Ligne 5 du tramway : mise en service partielle dès le 4
    juillet / Montpellier Méditerranée Métropole annonce …" in a release from a PDF)."""
    last = line.rsplit(None, 1)[-1]
    return (
        first[:1].isupper()
        and line[-1:].isalnum()
        and len(line) + 1 + len(first) <= NEARLY_FULL * width
        # A line ending on a short word in small letters ("die der", "with the", "à la")
        # or holding a clause's comma stopped inside a sentence whose next word has a
        # capital (a German noun, a name): a heading ends on its noun or number.
        and not (last.islower() and len(last) <= FUNCTION_WORD)
        and "," not in line
    )


def ends_sentence(line: str) -> bool:
    """Ends a sentence, or a list item with the semicolon French, Spanish or Polish use."""
    return line[-1:] in ".!?;。！？；" or line[-2:] in (".»", ".”", '."', "?”", "!”", ".)")
