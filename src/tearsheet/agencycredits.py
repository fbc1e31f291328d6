"""A closing credit to news agencies by the languages' "with" ("Com Lusa", "Avec l'AFP")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.agencies import agency_of
from tearsheet.attributions import AttributionRule
from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES
from tearsheet.organisations import is_personal_name, organisation_of
from tearsheet.personnames import is_name, is_person

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# An agency's name in a closing credit: its initials ("AFP", "ANSA", "dpa") or its name in
# up to three capitalised words ("Lusa", "Europa Press", "The Canadian Press").
_AGENCY = (
    r"(?:[A-ZÀ-ÞČŠŽА-ЯЁІЇЄ]{2,8}+|(?:[Tt]he\s++)?[A-ZА-ЯЁІЇЄ][\w-]{2,20}+"
    r"(?:\s++[A-ZА-ЯЁІЇЄ][\w-]++){0,2}+)"
)
# The languages' "source" before a credited agency, those of the attributions' source line
# aside: Swahili, Hausa, Yoruba, Amharic, Armenian, Georgian, Kazakh, Belarusian, Serbian and
# Macedonian, Bulgarian, Uzbek, Icelandic, Catalan, Basque, Somali, Zulu, Urdu, Bengali,
# Tamil, Thai, Japanese, Punjabi, Gujarati, Kannada, Malayalam, Tagalog, Latvian and Slovak.
_SOURCE_WORDS = (
    "chanzo|majiya|orísun|orisun|ምንጭ|աղբյուր|წყარო|дереккөз|крыніца|извор|източник|manba|"
    "heimild|font|iturria|ilo|umthombo|ماخذ|সূত্র|ஆதாரம்|ที่มา|出典|出所|ਸਰੋਤ|સ્રોત|ಮೂಲ|"
    "ഉറവിടം|pinagmulan|pinagkunan|avots|zdroj|kilde|lähde|källa"
)
# A closing credit to agencies by the languages' "with" ("Com Lusa", "*Com informações da
# Agência Brasil" under an asterisk, "Avec l'AFP", "(avec
# AFP et Reuters)", "Con informazioni da ANSA", "With reporting from Reuters"). (Initials
# in parentheses or joined by a slash are as often an editor's: "(rip)", "LT/QCB".)
_CLOSING_AGENCY = re.compile(
    r"[(\[*]?(?<!\s)\s*+(?:(?i:(?:additional\s++)?reporting\s++(?:by|from))\s++"
    r"(?P<name_reporting>[A-ZÀ-Þ]{2,8}+|[A-Z][a-z]{2,15}+)"
    r"|(?i:com|avec|con|with|mit|met|med|cu|ile)\s++"
    r"(?:(?i:informa\w*+|material|reporting|additional reporting|files|dane|datos)\s++"
    r"(?i:de|da|do|das|dos|des|du|di|dal|dalla|della|von|der|van|from|by|d['’]\s*+)\s*+)?"
    r"(?:(?i:l['’])\s*+|(?i:la|el|a|der|die)\s++)?"
    rf"(?P<name>{_AGENCY})(?:\s*+(?:,|&|(?i:y|e|et|und|en|and|i|och|og|ve))\s*+{_AGENCY})*+"
    # "По материалам ТАСС", "За матеріалами Укрінформ", "Theo TTXVN": "from the material
    # of", "according to"; a dash or parentheses around an agency alone ("— Reuters").
    r"|(?i:по\s++материалам|по\s++данным|за\s++матеріалами|за\s++даними|theo)\s++"
    rf"(?P<name_of>{_AGENCY})"
    rf"|[—–]\s*+(?P<name_dash>{AGENCY_NAMES}|[A-ZÀ-ÞА-ЯЁ]{{2,8}}+)"
    # The Nordic papers' slash before a known agency ("/TT", "/NTB").
    rf"|/\s*+(?P<name_slash>{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS}))"
    # ... with a regional service's or a second agency's code after a slash ("(dpa/lnw)",
    # "(Reuters/AFP)").
    rf"|(?<=\()(?P<name_paren>{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS})(?=\s*+[/,]))"
    r"(?:\s*+/\s*+[^\W\d_]{2,12}+)*+"
    # ... and the Austrian papers' other agencies, newsroom and day after commas ("(APA, red,
    # 4.7.2026)", "(APA/dpa, red, 12.3.2025)").
    rf"(?:\s*+,\s*+(?:{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS})|(?i:red\.?|redaktion)))*+"
    r"(?:\s*+,\s*+\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}+)?"
    # The languages' "source" the attributions' source line lacks, before an agency alone
    # ("Chanzo: Reuters", "Աղբյուր՝ Արմենպրես", "Heimild: AFP").
    # (An agency in its own script or by its full name too, "Извор: Танјуг", which
    # closing_agency asks agency_of about.)
    rf"|(?i:{_SOURCE_WORDS})\s*+[:：՝]\s*+(?P<name_label>{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS})|"
    r"[^\W\d_][\w-]{1,20}+(?:\s++[^\W\d_][\w-]{1,20}+){0,3}?))"
    r"\s*+[)\]]?\.?"
)
CLOSING_AGENCY_RULE = AttributionRule("agency credit", _CLOSING_AGENCY, "source")


def closing_agency(line: str, draft: Draft) -> re.Match[str] | None:
    """The closing credit to an agency on this line, not to a person ("Com Maria Silva")."""
    match = _CLOSING_AGENCY.fullmatch(line)
    if match is None:
        return None
    name = CLOSING_AGENCY_RULE.credit(match)
    if match["name_label"] and agency_of(name) is None:
        return None  # "Heimild: Hagstofa Íslands": a source line, read as one
    if is_personal_name(name, draft.lang) or (
        " " in name and is_name(name) and is_person(name) and organisation_of(name) is None
    ):
        return None  # "Com Maria Silva": a person
    return match


def read_paragraph_end_agency(paragraphs: list[str], draft: Draft) -> bool:
    """An agency's name in parentheses after the last paragraph's last sentence, on its line
    ("… per doppia ammonizione. (ANSA).", "… said on Monday. (AFP)"): the wire's credit a
    paper reprinting the story keeps; the agency is its source. Only a known agency's name
    counts: "(UE)" or "(OMS)" after a sentence abbreviates what it names."""
    match = _PARAGRAPH_END_AGENCY.search(paragraphs[-1]) if paragraphs else None
    # "(APA, red, 12.3.2026)": the agency, the desk's initials and the day after it.
    first = _CREDIT_PARTS.split(match["name"])[0] if match else ""
    if match is None or (agency := agency_of(match["name"]) or agency_of(first)) is None:
        return False
    draft.credit_agency(agency, f"the credit {match.group().strip()!r} closing the story")
    return True


# Between an agency's name and the initials or date after it in its credit.
_CREDIT_PARTS = re.compile(r"(?<!\s)\s*+[,;/]\s*+")
# A sentence's end, then an agency's name in parentheses, closing the paragraph.
_PARAGRAPH_END_AGENCY = re.compile(r"(?<=[.!?»\"”’])\s++\((?P<name>[^()\n]{2,30}+)\)\.?$")


def read_agency_alone(line: str, draft: Draft) -> bool:
    """An agency's name alone on its line where the byline stands, under the date ("PTI"
    under The Hindu's "Updated - October 21, 2026 … - CHENNAI"): the wire credited in the
    writer's place, the story's source."""
    agency = agency_of(line.strip())
    if agency is None or agency.casefold() != line.strip().casefold():
        return False
    draft.credit_agency(agency, f"the agency {line.strip()!r} in the byline's place")
    return True


# The parts of a header's credit line: "El Diario - EFE", "المدار - واس", "Redacción | AFP".
_OUTLET_AND_AGENCY = re.compile(r"(?<!\s)\s++[-–—|/]\s++")
# The outlet's or desk's part before the agency is at most this many words.
OUTLET_WORDS = 4


def read_outlet_agency(line: str, draft: Draft) -> bool:
    """A header's credit line naming the outlet or its desk, then the agency whose story it
    runs ("El Diario - EFE", "Redacción | AFP", "المدار - واس"): the agency is the source. A
    writer's name before it is left to the byline's readers ("Ana Gil - EFE")."""
    parts = _OUTLET_AND_AGENCY.split(line.strip())
    if len(parts) != 2 or not 0 < len(parts[0].split()) <= OUTLET_WORDS:
        return False
    outlet, credited = parts
    agency = agency_of(credited)
    if agency is None or agency.casefold() != credited.casefold():
        return False
    if any(char in "0123456789:：" for char in outlet) or (is_name(outlet) and is_person(outlet)):
        return False  # "Foto: Rolf Vennenbernd / dpa": a photo's credit, labelled
    draft.credit_agency(agency, f"the credit {line.strip()!r}")
    return True
