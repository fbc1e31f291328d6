"""How a press release writes its issuer's name: inflected in its boilerplate's heading, with
a legal form first, under a "Source:" label alone on its line."""

from __future__ import annotations

import re


def opening_name(name: list[str], opening: list[str]) -> int:
    """How many of the paragraph's first words name the organisation the heading names: the
    same words, or inflected (Lithuanian's "Apie „Vilniaus vandenis“" over "„Vilniaus
    vandenys“ – …"), after a legal form written first ("UAB", "SIA", "PT"); 0 for none."""
    skip = 1 if opening and opening[0] in _LEGAL_FORMS_FIRST else 0
    words = opening[skip : skip + len(name)]
    if len(words) < len(name) or not all(map(_same_word, name, words)):
        return 0
    return skip + len(name)


def _same_word(one: str, other: str) -> bool:
    """The same word, or the same inflected: all but its last two letters the same, of a
    word of five letters at least."""
    one, other = one.strip(QUOTES), other.strip(QUOTES)
    if one == other:
        return True
    stem = max(len(one), len(other)) - INFLECTION
    return min(len(one), len(other)) >= INFLECTED_LENGTH and one[:stem] == other[:stem]


# Quotation marks around a company's name ("„Vilniaus vandenys“").
QUOTES = '„“”"«»‚‘’'
INFLECTION, INFLECTED_LENGTH = 2, 5  # the last letters that differ; the word's length
# The legal forms written before a company's name: Lithuanian, Latvian, Estonian,
# Indonesian, Russian and Ukrainian.
_LEGAL_FORMS_FIRST = frozenset("UAB AB VšĮ SIA AS OÜ PT PT. CV ООО АО ПАО ТОВ".split())


# The languages' "source" alone on its line, with its colon, over the issuer's name (a
# Canadian release's "Source :" over "Ministère des Ressources naturelles et des Forêts");
# on one line with its name, "Source: Reuters" is the attributions' source line.
SOURCE_LABEL_ALONE = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|bron|źródło|källa|kilde|lähde|forrás|zdroj|"
    r"kaynak|источник|джерело|sumber|πηγή|nguồn|المصدر|מקור|स्रोत|来源|來源|出典|출처)"
    r"\s*+[:：]\s*+(?P<name>)$",
    re.IGNORECASE,
)


# The languages' "about" written after the name, in a boilerplate's heading ("«Самұрық-
# Энерго» АҚ туралы", "Acme A.Ş. hakkında", "株式会社アクメについて", "아크메 소개").
ABOUT_AFTER = re.compile(
    r"(?:(?<!\s)\s++(?:туралы|жөнүндө|haqida|hakkında|hakkinda|haqqında|소개|에\s대하여)|について|とは)$",
    re.IGNORECASE,
)
