"""Months' names as CLDR writes them (through Babel), and as texts shorten, decline or glue
them: "ноем", "novembrī", "martā", Khmer's "ខែមេសា" (tearsheet.importdates)."""

from __future__ import annotations

import functools
import re

from tearsheet.calendars import BUDDHIST_ERA

# A month's name cut short otherwise than CLDR's abbreviation ("23 ноем 2026", "Sept"):
# at least this many letters.
MONTH_PREFIX = 3

# The scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer),
# where a month's name is glued to the word for "month".
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
# A number of a date written alone: the day's (one or two digits) or the year's (four).
_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")


def glued_month(text: str, code: str | None) -> str | None:
    """ "ថ្ងៃទី ៤ ខែមេសា ឆ្នាំ ២០២៥" (Khmer: "day 4, month April, year 2025") as "4 April
    2025": in a script without capitals or spaces between words, the month's name (CLDR's)
    is glued to the word for "month", and the words for "day" and "year" stand beside the
    numbers, none of which dateparser knows. Only a day, one month's name and a year, and
    no letter of a script with capitals; None otherwise."""
    if not code or "," in text or not _UNSPACED.search(text):
        return None
    names = [
        name
        for name in month_names(code)
        if len(name) > 1 and any(name in word and name != word for word in text.split())
    ]
    numbers = [int(n) for n in _NUMBER.findall(text)]
    if len({month_names(code)[name] for name in names}) != 1 or len(numbers) != 2:
        return None
    day, year = numbers
    if not (1 <= day <= 31 and 1800 <= year <= BUDDHIST_ERA + 200):
        return None
    return f"{day} {ENGLISH_MONTHS[month_names(code)[names[0]] - 1]} {year}"


ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# A month's name declined ("novembrī", "novembra", "ნოემბერს"): the name but for at most
# this many last letters, and at least MONTH_STEM letters of it.
MONTH_ENDING = 2
MONTH_STEM = 5
# ... or, of a short name declined by its last letter, at least this many.
SHORT_MONTH_STEM = 4


def month_number(word: str, months: dict[str, int]) -> int | None:
    """The month a word names: as CLDR writes it, cut short ("ноем", "sierp"), or declined
    ("novembrī"); None when it names none, or more than one ("jui": juin, juillet)."""
    if len(word) < MONTH_PREFIX:
        return None
    if word in months:
        return months[word]
    numbers = {number for name, number in months.items() if name.startswith(word)}
    if not numbers and len(word) >= MONTH_STEM:
        numbers = {
            number
            for name, number in months.items()
            if len(name) >= MONTH_STEM
            and _shared(word, name) >= max(MONTH_STEM, len(name) - MONTH_ENDING)
            and len(word) - _shared(word, name) <= MONTH_ENDING + 1
        }
    if not numbers and len(word) >= SHORT_MONTH_STEM:
        # A short name whose last letter the case replaces (Latvian "marts" → "martā",
        # "maijs" → "maijā"): all the name but that letter, the word as long or one longer.
        numbers = {
            number
            for name, number in months.items()
            if _shared(word, name) == len(name) - 1 >= SHORT_MONTH_STEM
            and len(word) - _shared(word, name) <= MONTH_ENDING
        }
    return numbers.pop() if len(numbers) == 1 else None


def _shared(word: str, name: str) -> int:
    """How many first letters the two words share."""
    count = 0
    for a, b in zip(word, name, strict=False):
        if a != b:
            break
        count += 1
    return count


@functools.cache
def month_names(code: str) -> dict[str, int]:
    """The wide names of the months in the language (CLDR, through Babel), formatting and
    stand-alone forms, case folded, with each one's number; none for a language Babel does
    not know."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return {}
    return {
        name.casefold().rstrip("."): number
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for number, name in locale.months[context][width].items()
    }


@functools.cache
def weekday_abbreviations(code: str) -> frozenset[str]:
    """The short names of the days of the week in the language (CLDR, through Babel), case
    folded without their full stop: Swedish and Finnish "to" for Thursday, German "do",
    which are also words of a deadline ("to", "do" = until) in other languages."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        name.casefold().rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("abbreviated", "short")
        for name in locale.days[context][width].values()
    )
