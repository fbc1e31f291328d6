"""News agencies beside a byline: "Ana Souza (Lusa)", "Matej Zupan / STA", "AFP / Jane Doe",
"By Reuters Staff", "By Jane Doe, Reuters" credit the agency as the story's source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES, BY, NOT_BY, SOURCE_LABEL_WORDS
from tearsheet.personnames import has_given_name, is_name, is_person, is_place, is_role_line

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# An agency by its initials ("AFP", "ТАСС", "ΑΠΕ") or its name, with "The" or a staff word
# around it ("The Associated Press", "Reuters Staff").
_AGENCY_ALONE = re.compile(
    rf"^(?P<agency>(?:the\s++)?{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS}))"
    r"(?:\s++(?:staff|redaktion|redazione|redacción|rédaction|desk|team|journalists?))?\.?$",
    re.IGNORECASE,
)


def agency_of(text: str) -> str | None:
    """The agency a byline's part names alone ("Reuters", "AFP", "The Associated Press",
    "Reuters Staff", "da Lusa"), as written; None for anything else ("Jane Doe", "g1 SP").
    With the language's word for "agency" before it ("Agência Lusa", "Agenzia ANSA"), by
    its full name ("Australian Associated Press", "Saudi Press Agency") or in the Cyrillic or
    Greek letters of its own country ("Танјуг"), the whole name as written."""
    text = text.strip(" ,.;")
    if (found := _named_agency(text)) is not None:
        return found
    # One word for "agency" only: "Agencia agencia … EFE" is no name (nor, read word by word
    # in a call per word, a stack deep enough to overflow).
    if (named := _AGENCY_WORD.match(text)) and _named_agency(text[named.end() :].strip(" ,.;")):
        return text
    return None


def _named_agency(text: str) -> str | None:
    """The agency ``text`` names alone, or by its full name or its own script's letters."""
    match = _AGENCY_ALONE.match(text) or _AGENCY_ALONE.match(_OF.sub("", text))
    if match:
        return match["agency"]
    if _AGENCY_SHAPE.fullmatch(text):
        return text
    if not text.isascii() and _CASED_SCRIPT.fullmatch(text):
        from text_unidecode import unidecode

        if _AGENCY_NAME.fullmatch(unidecode(text)):
            return text
    return None


# The languages' word for "agency" before an agency's name: "Agência Lusa", "Agencia EFE",
# "Agence Belga", "Agenzia ANSA", "Agencja PAP", "Agenția Agerpres", "Agencija Hina",
# "Агенција Танјуг", "Агентство ТАСС", "Anadolu Ajansı" puts it after.
_AGENCY_WORD = re.compile(
    r"(?i:agência|agencia|agence|agenzia|agencja|agenția|agenţia|agentia|agencija|agentúra|"
    r"agentura|agentur|agentschap|ügynökség|агенција|агентство|агенция|агенцыя|πρακτορείο)"
    r"\s++(?:(?i:de\s++notícias|de\s++noticias|de\s++presse|di\s++stampa|prasowa|de\s++presă|"
    r"de\s++presa)\s++)?"
)
# An agency by its full name in English, the way the national agencies write it: "Australian
# Associated Press", "Saudi Press Agency", "Emirates News Agency", "Press Trust of India",
# "News Agency of Nigeria", "Pakistan Press International", "Press Association".
_AGENCY_SHAPE = re.compile(
    r"(?:The\s++)?(?:(?:[A-Z][\w'’-]++\s++)?Associated\s++Press|(?:[A-Z][\w'’-]++\s++){0,2}"
    r"(?:News|Press)\s++(?:Agency|Association|International))|(?:Press\s++Trust|News\s++Agency)"
    r"\s++of(?:\s++the)?(?:\s++[A-Z][\w'’-]++){1,3}+"
)
# An agency's name written in Cyrillic or Greek letters, read in Latin ones: "Танјуг".
_CASED_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\s-]{3,30}+")
_AGENCY_NAME = re.compile(rf"(?:the\s++)?{AGENCY_NAMES}", re.IGNORECASE)


def read_labelled_agency(part: str, draft: Draft) -> bool:
    """A header's line labelled with the language's "source" before an agency ("Извор:
    Танјуг", "Quelle: dpa", "Sumber ANTARA", "Agência: Lusa" aside): the agency is the
    story's source."""
    label = _SOURCE_LABEL.match(part)
    if label is None or not (agency := agency_of(part[label.end() :])):
        return False
    draft.credit_agency(agency, f"the credit {part!r}")
    return True


# The label's colon, or a space where the agency's name alone follows ("Sumber ANTARA").
_SOURCE_LABEL = re.compile(rf"(?i:{SOURCE_LABEL_WORDS})(?:\s*+[:：՝]\s*+|\s++)")


def read_credited_name(part: str, draft: Draft) -> bool:
    """A name with its agency or outlet beside it: "Rūta Jankauskienė (ELTA)", "Matej Zupan
    / STA", "Rizky Pratama - detikNews", "Anna Wróblewska (PAP Biznes)". The name is the
    byline; an agency's initials alone are the source when none is known yet."""
    match = NAME_CREDIT.match(part)
    if match is None:
        return False
    name = match["name"].strip()
    if (by := _BY_FIRST.match(name)) and by["by"].casefold() not in NOT_BY.get(
        (draft.lang or "")[:2], ()
    ):
        name = name[by.end() :]  # "Por Ana Gil (EFE)", "di Marco Rossi - ANSA": the name
    credit = match["paren"] or match["slash"] or match["dash"]
    agency = (_AGENCY.match(credit) and credit.split()[0].isupper()) or agency_of(credit)
    outlet = match["dash"] and (
        any(char.isupper() for char in credit[1:])
        if " " not in credit
        # "Jornal do Vale": its words capitalised, a short one between them aside; not a
        # second writer ("Hoàng Phương - Võ Thạnh").
        else all(word[0].isupper() or len(word) <= 3 for word in credit.split())
        and credit.split()[-1][0].isupper()
        and not has_given_name(credit)
    )
    # "Ousmane Diallo (Correspondant à Kaolack)": the writer's role in parentheses.
    role = bool(match["paren"]) and is_role_line(credit)
    if not (agency or outlet or role) or not (is_name(name) and is_person(name)) or is_place(name):
        return False
    if match["paren"] and len(credit) == 2 and draft.byline:
        return False  # "Beatriz Nogueira / Carmo de Minas (MG)": the place and its state
    draft.byline.append(name)
    draft.recognised.append(f"byline from {part!r}")
    # A known agency ("(ELTA)", "(Lusa)", "/ STA") is the source; a paper's initials ("Annick
    # Ramp / NZZ", its photographer) or an agency's service ("(PAP Biznes)") are not: the
    # page's © line names the paper's publisher.
    if (known := agency_of(credit)) and draft.source is None:
        draft.source = known
        draft.recognised.append(f"source {known!r} from {part!r}")
    return True


# A name and its credit: in parentheses, after a slash, or an outlet's name after a dash
# (one word, "detikNews", or up to four capitalised ones, "Pilipino Star Ngayon").
NAME_CREDIT = re.compile(
    r"^(?P<name>[^()/|\d]{4,60}?)(?:\s?+\((?P<paren>[^()]{2,30}+)\)|\s/\s(?P<slash>[^/]{2,30}+)|"
    r"\s[-–]\s(?P<dash>\S{2,30}+|(?:[^\W\d_][\w.'’&-]{0,20}+\s){1,3}+[^\W\d_][\w.'’&-]{0,20}+))$"
)
# The languages' "of" before an agency after a byline's names ("Por Ana Souza, da Lusa",
# "Par Julie Martin, de l'AFP", "By Jane Doe, of Reuters").
_OF = re.compile(
    r"^(?:of|from|da|do|de\s++la|de\s++l['’]|dell['’]|della|del|der|des|de|von|van)\s*+",
    re.IGNORECASE,
)
# The language's "by" opening the writer's line before the name ("Por", "di", "Door").
_BY_FIRST = re.compile(rf"^(?P<by>{BY})(?!\w):?\s++", re.IGNORECASE)
# An agency's initials, alone or with a word ("PAP Biznes"): "STA", "ELTA", "TTXVN", "БТА".
_AGENCY = re.compile(r"^[^\W\d_a-zа-я]{2,6}+(?:\s++[^\W\d_]++)?$")


def read_name_with_credits(part: str, draft: Draft) -> bool:
    """A writer's name, then the site's address and the agencies after commas ("Tomas
    Kazlauskas, LRT.lt, BNS", "Jan Novák, iROZHLAS.cz, ČTK"): the name is the byline, the
    agency the story's source. (Without the site's address, "Al Goldis, Associated Press"
    is as often a picture's credit.)"""
    name, *credits = (piece.strip() for piece in part.split(","))
    if not credits or not all(_DOMAIN.fullmatch(c) or agency_of(c) for c in credits):
        return False
    if _DOMAIN.fullmatch(name) and (agency := next(filter(None, map(agency_of, credits)), None)):
        # "LRT.lt, ELTA": the site's address and the agency, no writer named.
        draft.credit_agency(agency, f"the credit {part!r}")
        return True
    if not any(map(_DOMAIN.fullmatch, credits)):
        return False  # "Al Goldis, Associated Press": as often a picture's credit
    if _BY_FIRST.match(name) or not (is_name(name) and is_person(name)) or is_place(name):
        return False  # "By Jane Doe, Reuters": read with its "by"
    draft.byline.append(name)
    draft.recognised.append(f"byline from {part!r}")
    if agency := next(filter(None, map(agency_of, credits)), None):
        draft.credit_agency(agency, f"the byline {part!r}")
    return True


# A site's address written as its name: "LRT.lt", "tvn24.pl", "iROZHLAS.cz".
_DOMAIN = re.compile(r"(?:[^\W_][\w-]{0,40}+\.){1,2}+[a-z]{2,6}+")


def read_desk_with_agency(part: str, draft: Draft) -> bool:
    """A newsroom's credit with an agency's on the header line ("franceinfo avec AFP", "Le
    Parisien avec AFP", "Redazione con ANSA", "NOS met ANP"): the agency is the story's
    source, over the page's © line."""
    found = desk_and_agency(part)
    if found is None:
        return False
    draft.credit_agency(found[1], f"the credit {part!r}")
    return True


def desk_and_agency(part: str) -> tuple[str, str] | None:
    """The desk and the agency of a credit "<desk> avec AFP"; None when it is none."""
    match = _DESK_WITH.fullmatch(part.strip())
    if match is None or not (agency := agency_of(match["agency"])):
        return None
    return match["desk"], agency


# A desk's name in a few words, the languages' "with", an agency: "franceinfo avec AFP".
_DESK_WITH = re.compile(
    r"(?P<desk>[^\W\d_][\w.'’-]*+(?:\s++[\w.'’-]++){0,2}?)\s++"
    r"(?i:avec|with|con|com|mit|met|med|cu|ile|z|ze)\s++(?:(?i:l['’])\s*+)?"
    r"(?P<agency>[^\W\d_][\w-]{1,20}+(?:\s++[^\W\d_][\w-]{1,20}+){0,2}?)\.?"
)
