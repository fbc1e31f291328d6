"""Dates that pages write in a calendar of their own: the Solar Hijri, Minguo, Thai, Japanese,
Ethiopian."""

from __future__ import annotations

import datetime as dt
import functools
import re

# Iran's Solar Hijri years (1404 is 2025/26) and Taiwan's Minguo ones (115 is 2026), the
# Thai Buddhist era's (2569 is 2026), which Thai pages also write with its last two digits.
JALALI_YEARS = range(1300, 1500)
MINGUO_OFFSET = 1911
BUDDHIST_OFFSET = 543
BUDDHIST_CENTURY = 2500
# A Thai year above this is of the Buddhist era, not the common one.
BUDDHIST_ERA = 2400
# A label before the date ("發布日期：", "송고") and a time after it ("، ۱۱:۲۰", "15:30 น.").
# (A Thai word's vowel signs and tone marks are no \w to Python's re: "อัปเดต:". Without
# a colon, Thai, written without spaces, would make a phrase one word: "…วันนี้ถึง 30 …".)
_WORD = r"(?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]){1,12}+"
_LABEL = re.compile(
    rf"^(?!民[國国]|令和|平成|昭和)(?:{_WORD}(?:\s++{_WORD}){{0,2}}\s*+[：:]|[^\W\d_]{{1,12}}+)\s*+"
)
_TIME = re.compile(r"(?<![\s,،|–-])[\s,،|–-]*+(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*+(?:น\.|น))?)?$")
# "民國115年4月21日", "115-04-21", "115/4/21": a Minguo year has three digits (from 2011 on).
_MINGUO = re.compile(
    r"(?:民國|民国)\s*+(\d{1,3})\s*+年\s*+(\d{1,2})\s*+月\s*+(\d{1,2})\s*+日?"
    r"|(1\d\d)\s*+(?:[-/.]|年)\s*+(\d{1,2})\s*+(?:[-/.]|月)\s*+(\d{1,2})\s*+日?"
)
# Japan's era years, which its government and many papers write: "令和7年7月15日（火）" is
# 15 July 2025 (the first year of an era is "元年"). Each era's first year, from the
# imperial calendar's dates (no library kept at hand has them).
JAPANESE_ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868}
_JAPANESE = re.compile(
    r"(?P<era>令和|平成|昭和|大正|明治)\s*+(?P<year>\d{1,2}|元)\s*+年\s*+(?P<month>\d{1,2})\s*+月"
    r"\s*+(?P<day>\d{1,2})\s*+日(?:\s*+[（(][^（()）]{1,3}[）)])?"
)
# The Ethiopian calendar's months, as Amharic (and Tigrinya) papers spell them, with the
# letters each is also written with (no library kept at hand names them): twelve of 30 days
# and Pagume. "ኅዳር 11 ቀን 2019 ዓ.ም." is 20 November 2026.
ETHIOPIAN_MONTHS = {
    "መስከረም": 1,
    "ጥቅምት": 2,
    "ኅዳር": 3,
    "ህዳር": 3,
    "ሕዳር": 3,
    "ታኅሣሥ": 4,
    "ታህሳስ": 4,
    "ታኅሳስ": 4,
    "ታሕሳስ": 4,
    "ጥር": 5,
    "የካቲት": 6,
    "መጋቢት": 7,
    "ሚያዝያ": 8,
    "ሚያዚያ": 8,
    "ግንቦት": 9,
    "ሰኔ": 10,
    "ሐምሌ": 11,
    "ሀምሌ": 11,
    "ነሐሴ": 12,
    "ነሀሴ": 12,
    "ጳጉሜ": 13,
    "ጳጉሜን": 13,
}
# The Ethiopian year counts from the Coptic one's epoch but 276 years later.
ETHIOPIAN_OFFSET = 276
# A weekday's name, then month, day ("ቀን", day), year and "ዓ.ም." (the era): "ረቡዕ፣ ኅዳር 11
# ቀን 2019 ዓ.ም.", "ጥር 5/2018".
_ETHIOPIAN = re.compile(
    r"(?:[\u1200-\u137f]{2,8}+[፣,]?\s++)?"
    rf"(?P<month>{'|'.join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True))})"
    r"\s*+(?P<day>\d{1,2})(?:\s*+ቀን)?\s*+[,/፣]?\s*+(?P<year>\d{4})(?:\s*+ዓ\.?\s*+ም\.?)?"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")


@functools.cache
def _jalali_pattern() -> re.Pattern[str]:
    """ "۲۸ بهمن ۱۴۰۴" and "۱۴۰۴/۱۱/۲۸" (digits made ASCII): the months' names are
    dateparser's, whose Jalali calendar knows them."""
    months = "|".join(sorted(_jalali_months(), key=len, reverse=True))
    return re.compile(
        rf"(?P<day>\d{{1,2}})\s*+(?P<month>{months})\s*+(?:ماه\s*+)?(?P<year>1[34]\d\d)"
        r"|(?P<y>1[34]\d\d)\s*+[/-]\s*+(?P<m>\d{1,2})\s*+[/-]\s*+(?P<d>\d{1,2})"
    )


@functools.cache
def _jalali_months() -> dict[str, int]:
    """The Solar Hijri months' names as written, each with its number."""
    from dateparser.calendars.jalali_parser import jalali_parser

    return {name: number for number, _, spelt in jalali_parser._months.values() for name in spelt}


@functools.cache
def _thai_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A Thai date: day, month (CLDR's full and short names, through Babel), year of either
    era, four digits or the Buddhist era's last two ("21 ม.ค. 69", "3 มีนาคม พ.ศ. 2568")."""
    from babel import Locale

    months = Locale.parse("th").months["format"]
    names = {
        name: number for width in ("wide", "abbreviated") for number, name in months[width].items()
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # The weekday before it, "the" after that ("วันพฤหัสบดีที่ 5 มีนาคม พ.ศ. 2569"): its vowel
    # signs are no \w to Python's re, so a label's pattern cannot take it.
    days = Locale.parse("th").days["format"]
    weekdays = "|".join(re.escape(n) for w in ("wide", "abbreviated") for n in days[w].values())
    return (
        re.compile(
            rf"(?:(?:{weekdays})(?:ที่)?\s*+)?"
            rf"(?P<day>\d{{1,2}})\s*+(?P<month>{alternatives})\s*+(?:(?:พ\.ศ\.|ค\.ศ\.)\s*+)?"
            r"(?P<year>\d{4}|\d\d)(?!\d)"
        ),
        names,
    )


def calendar_date(text: str, lang: str | None = None) -> dt.date | None:
    """The date a short line writes in the Solar Hijri, Minguo, Thai or Japanese era
    calendar (digits already ASCII), or None. The whole line is the date, but for a label
    before it and a time after it; the calendar is told from the script and the language."""
    # "سه‌شنبه": a weekday's name is one word, though written with a zero-width non-joiner.
    text = text.replace("\u200c", "")
    core = _TIME.sub("", _LABEL.sub("", text.strip()) if not text[:1].isdigit() else text.strip())
    core = core.strip(" .,;()[]")
    # The line with no label taken off: an Ethiopian date's or a Thai one's weekday is none.
    whole = _TIME.sub("", text.strip()).strip(" .,;()[]")
    code = (lang or "").split("-")[0].lower()
    try:
        if match := _ETHIOPIAN.fullmatch(whole):
            return _ethiopian_date(match)
        thai = _thai_pattern()[0]
        if (code == "th" or _THAI.search(core)) and (
            match := thai.fullmatch(core) or thai.fullmatch(whole)
        ):
            return _thai_date(match)
        if (match := _jalali_pattern().fullmatch(core)) and (
            code == "fa" or _PERSIAN.search(text) or match["y"]
        ):
            # A year 1300-1499 before its month and day is no Gregorian date of a page.
            return _jalali_date(match)
        if match := _JAPANESE.fullmatch(core):
            year = 1 if match["year"] == "元" else int(match["year"])
            start = JAPANESE_ERAS[match["era"]]
            return _checked(dt.date(start + year - 1, int(match["month"]), int(match["day"])))
        if (code == "zh" or _CJK.search(text)) and (match := _MINGUO.fullmatch(core)):
            year, month, day = (int(g) for g in match.groups() if g is not None)
            return _checked(dt.date(year + MINGUO_OFFSET, month, day))
    except ValueError:
        return None
    return None


def _thai_date(match: re.Match[str]) -> dt.date | None:
    year = int(match["year"])
    if year < 100:
        year += BUDDHIST_CENTURY
    if year > BUDDHIST_ERA:
        year -= BUDDHIST_OFFSET
    return _checked(dt.date(year, _thai_pattern()[1][match["month"]], int(match["day"])))


def _jalali_date(match: re.Match[str]) -> dt.date | None:
    from convertdate import persian

    if match["month"]:
        year, month, day = int(match["year"]), _jalali_months()[match["month"]], int(match["day"])
    else:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if year not in JALALI_YEARS or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return _checked(dt.date(*persian.to_gregorian(year, month, day)))


def _ethiopian_date(match: re.Match[str]) -> dt.date | None:
    from convertdate import coptic

    month, day = ETHIOPIAN_MONTHS[match["month"]], int(match["day"])
    if not 1 <= day <= (30 if month < 13 else 6):
        return None
    year = int(match["year"]) - ETHIOPIAN_OFFSET
    return _checked(dt.date(*coptic.to_gregorian(year, month, day)))


def _checked(date: dt.date) -> dt.date | None:
    """A date no later than next year: a page's, not a misread number."""
    return date if 1900 <= date.year <= dt.date.today().year + 1 else None
