"""Dates as imported text states them: a short date line in any language, a date inside a
header line, an ISO 8601 value from a page's metadata."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

# A date line is short; a longer line is a sentence that merely mentions a date.
MAX_DATE_LINE = 60
# A header line with a date among other words: at most this many words, and the date may
# follow at most DATE_LEAD_WORDS words of label.
MAX_DATE_WORDS = 10
DATE_LEAD_WORDS = 3
# "4.03.2023": dots between the numbers are written day first.
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_LETTERS = re.compile(r"[^\W\d_]{3}")
_YEARISH = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d\d\b")
_DATE_LABEL = re.compile(
    r"^(published|posted|updated|last updated|first published|date|dated|veröffentlicht|"
    r"aktualisiert|stand|erschienen|publié|mis à jour|publicado|publicada|actualizado|"
    r"atualizado|pubblicato|aggiornato|geplaatst|gepubliceerd|bijgewerkt|opublikowano|"
    r"zaktualizowano)"
    r"(\s++(on|am|le|el|il|at|em|op|o|às))?\s*+:?\s*+",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]++(?:Z|[+-][\d:]++)?)?")
# A year above this in Thai text is of the Buddhist era, BUDDHIST_OFFSET years ahead.
BUDDHIST_ERA = 2400
BUDDHIST_OFFSET = 543
_ISO_PREFIX = re.compile(r"(?<!\s)\s*+(\d{4})-(\d{2})-(\d{2})")


def parse_date_line(line: str, lang: str | None = None) -> dt.date | None:
    """The date a short line states ("April 20, 2017", "20. April 2017", "2017-04-20", ...).

    Only a full date with day, month and year counts: a missing year is never guessed.
    """
    text = _DATE_LABEL.sub("", " ".join(line.split())).strip(" .,;:()[]")
    if not text or len(text) > MAX_DATE_LINE or not _DIGIT.search(text):
        return None
    if match := _ISO_DATE.fullmatch(text):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Numeric dates: month first only in American English.
        "DATE_ORDER": "MDY"
        if (lang or "en") in ("en", "en-US") and not _DOTTED_DATE.search(text)
        else "DMY",
    }
    languages = list(dict.fromkeys([(lang or "en").split("-")[0].lower(), "en"]))
    try:
        moment = dateparser.parse(text, languages=languages, settings=settings)
    except ValueError:
        moment = dateparser.parse(text, languages=["en"], settings=settings)
    if moment is None and lang is None and _LETTERS.search(text):
        # Too little text to tell the language: dateparser tells it from the month's name.
        moment = dateparser.parse(text, settings=settings)
    if moment is not None and (lang or "").startswith("th") and moment.year > BUDDHIST_ERA:
        # Thai dates count years from the Buddha's death: 2567 BE is 2024.
        with contextlib.suppress(ValueError):
            moment = moment.replace(year=moment.year - BUDDHIST_OFFSET)
    if moment is None or not 1800 <= moment.year <= dt.date.today().year + 1:
        return None
    return moment.date()


def find_date(line: str, lang: str | None = None) -> dt.date | None:
    """The date in a short header line that holds more than a date: a label before it in
    any language ("Udgivet den 12. september 2022", "Data publikacji: 3 listopada 2023") or
    a time and a note after it ("07/11/2023 10h15 Atualizado há 2 horas"). Word windows are
    tried longest first, each through dateparser, so no language needs its own label list."""
    if date := parse_date_line(line, lang):
        return date
    words = line.split()
    if len(words) > MAX_DATE_WORDS or not _YEARISH.search(line):
        return None
    for skip in range(min(DATE_LEAD_WORDS + 1, len(words))):
        for stop in range(len(words), skip, -1):
            if (skip, stop) == (0, len(words)):
                continue
            window = " ".join(words[skip:stop]).strip(" ,;:-–—|")
            if _YEARISH.search(window) and (date := parse_date_line(window, lang)):
                return date
    return None


def parse_iso_date(value: Any) -> dt.date | None:
    """A date from an ISO 8601 value as pages write it in metadata, or None."""
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
