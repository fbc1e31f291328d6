"""Dates in the Arabic script as dateparser reads them: the common era's date without its
era's mark or the Hijri date beside it, the Levant's and the Maghreb's month names as the
standard ones, Urdu and Persian letters typed on Arabic keyboards."""

from __future__ import annotations

import functools
import re

# The Arabic script, where months have regional names.
ARABIC = re.compile(r"[\u0600-\u06ff]")
# A year of the common era, written after the Hijri one.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The Arabic-script pages' marks of the era after a year: "1448هـ" (of the Hijra), "2026م"
# (Arabic "ميلادي", of the common era), "2026ء" (Urdu "عیسوی"). A line writing both dates
# ("الاثنين 13 جمادى الآخرة 1448هـ 23 نوفمبر 2026م") is read from after the Hijri one.
_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d\s?+ه\u0640?+(?![\u0600-\u063f\u0641-\u06ff])\.?")
_COMMON_ERA = re.compile(r"(?<=\d)\s?+[مء](?![\u0600-\u06ff])")


def _common_era(text: str) -> str:
    """The date of the common era an Arabic-script line writes, its era's mark left out,
    after the Hijri date written with it."""
    hijri = _HIJRI_YEAR.search(text)
    if hijri is not None and _YEAR.search(text, hijri.end()):
        text = text[hijri.end() :]
    return _COMMON_ERA.sub("", text)


# The Arabic-speaking regions whose months CLDR names otherwise than Modern Standard Arabic:
# the Levant's and Iraq's Syriac names ("تشرين الأول"), the Maghreb's French ones ("جانفي").
_ARABIC_REGIONS = ("ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_PS", "ar_MA", "ar_DZ", "ar_TN")


@functools.cache
def _arabic_months() -> tuple[re.Pattern[str], dict[str, str]]:
    """Regional month names (from CLDR, through Babel) and the standard name of each."""
    from babel import Locale

    standard = Locale.parse("ar").months["format"]["wide"]
    names: dict[str, str] = {}
    for region in _ARABIC_REGIONS:
        for number, name in Locale.parse(region).months["format"]["wide"].items():
            if name != standard[number]:
                names.setdefault(name, standard[number])
    # Longest first, so that "تشرين الأول" is not read as a shorter name.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\u0600-\u06ff])(?:{alternatives})(?![\u0600-\u06ff])"), names


# Letters Urdu and Persian write otherwise than Arabic; pages typed on Arabic keyboards use
# the Arabic ones ("پير" for "پیر"), and Urdu pages drop the "ی" after a final hamza
# ("جولائ" for "جولائی"), which dateparser's names do not.
_ARABIC_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})
_FINAL_HAMZA = re.compile(r"\u0626(?![\u0600-\u06ff])")
_URDU_LETTERS = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")


def _persian_letters(text: str, lang: str | None) -> str:
    """ "پير 28 جولائ 2026" as "پیر 28 جولائی 2026": Urdu and Persian dates in the letters
    dateparser knows them by; Arabic text as it is."""
    code = (lang or "").split("-")[0].lower()
    urdu = code == "ur" or (code != "fa" and _URDU_LETTERS.search(text) is not None)
    if not urdu and code != "fa":
        return text
    text = text.translate(_ARABIC_LETTERS)
    return _FINAL_HAMZA.sub("\u0626\u06cc", text) if urdu else text


# Urdu's and Persian's word for the first day of a month ("یکم دسمبر 2025", "یکم فروردین"),
# which they write instead of the digit; the other days are written in digits.
_FIRST_DAY = re.compile(r"(?<![\u0600-\u06ff])\u06cc\u06a9\u0645(?![\u0600-\u06ff])")


def _standard_arabic_months(text: str) -> str:
    """ "12 تشرين الأول 2025" as "12 أكتوبر 2025", which dateparser reads; the month written
    both ways, as the Levant's papers and the UN do ("14 أيلول/سبتمبر 2025"), once."""
    pattern, names = _arabic_months()
    text = pattern.sub(lambda match: names[match[0]], text)
    return _twice_named().sub(lambda match: match[1], text)


@functools.cache
def _twice_named() -> re.Pattern[str]:
    """A standard month's name, a slash, and the name again ("سبتمبر/سبتمبر")."""
    standard = sorted(set(_arabic_months()[1].values()), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in standard)
    return re.compile(rf"({alternatives})\s?/\s?(?:{alternatives})(?![\u0600-\u06ff])")


def arabic_script_date(text: str, lang: str | None) -> str:
    """The Arabic-script date line as dateparser reads it."""
    text = _persian_letters(_common_era(text), lang)
    return _standard_arabic_months(_FIRST_DAY.sub("1", text))
