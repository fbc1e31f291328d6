"""A footer's imprint and a press release's contact and notes: the organisation they name,
read as the source by tearsheet.credits ("Stadtwerke Tübingen GmbH · Eisenhutstraße 6",
"Harbour Trust, Media Relations", "Notes to editors: 1. The Coastal Rivers Trust is …")."""

from __future__ import annotations

import re

from tearsheet.attributions import AttributionRule
from tearsheet.copyrights import read_copyright_line
from tearsheet.organisations import LEGAL_FORM_WORDS, organisation_of
from tearsheet.zones import clutter_of

# A footer's imprint: a company with its legal form, then its address ("Stadtwerke Tübingen
# GmbH · Eisenhutstraße 6 · 72072 Tübingen", "Kaupunkikirje Oy, Hämeentie 11, 00530
# Helsinki", "Nu Pagamentos S.A. – Instituição de Pagamento. CNPJ …"); the publisher, as
# a © line names it.
IMPRINT_RULE = AttributionRule(
    "imprint",
    re.compile(
        rf"(?P<name>[^\W\d_][^,·|•\n]{{1,60}}?\s{LEGAL_FORM_WORDS})(?:\s*+[,·|•]|\s++[–—])\s*+"
        r"(?=[^\n]{0,80}\d)[^\n]{4,160}+"
    ),
    "source",
)


# A press release's contact: "Zoo Leipzig, Presse- und Öffentlichkeitsarbeit", "Harbour
# Trust, Media Relations", "SBB Medienstelle": the issuer and its press office.
PRESS_OFFICE_RULE = AttributionRule(
    "press office",
    re.compile(
        r"(?P<name>[^\W\d_][^,–—\n]{1,60}?)(?:,|\s[–—-]|(?=\s))\s*+(?:presse- und "
        r"öffentlichkeitsarbeit|pressestelle|medienstelle|mediendienst|medienkommunikation|"
        r"unternehmenskommunikation|konzernkommunikation|press office|media relations|"
        r"communications (?:team|office|department)|service de presse|service (?:de la )?"
        r"communication|service des médias|bureau de la communication[^\n]{0,40}|"
        r"ufficio stampa|gabinete de prensa|departamento de comunicación|oficina de prensa|"
        r"gabinet de premsa|departament de comunicació|assessoria de imprensa|"
        r"afdeling communicatie|persvoorlichting|biuro prasowe|tiskové oddělení|"
        r"pressavdelningen|presseavdelingen|pressetjenesten|viestintä|sajtóiroda)",
        re.IGNORECASE,
    ),
    "source",
)


FOOTER_RULES = (IMPRINT_RULE, PRESS_OFFICE_RULE)
# A press release's "Notes to editors" and the organisation its first note is about: "1. The
# Coastal Rivers Trust is a registered charity …".
NOTES_TO_EDITORS = re.compile(
    r"notes? (?:to|for) editors:?|hinweis(?:e)? für (?:die )?redaktion(?:en)?:?|"
    r"notes? (?:aux|à la|pour les) rédactions?\s*:?|nota para (?:los )?editores:?",
    re.IGNORECASE,
)
# Used only anchored (`match`): with `search` on a long line it would be quadratic.
BOILERPLATE_SUBJECT = re.compile(
    r"(?:\d{1,2}[.)]\s*+)?(?:(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as|[Ll]a|[Ll]e|[Ll]es|[Ee]l|[Ll]os)\s++)?"
    r"(?P<name>[A-ZÀ-Þ][\w&'’-]*+(?:\s++[A-ZÀ-Þ][\w&'’-]*+){0,5}+)\s++[a-zà-ÿ]"
)
NOTES_RULE = AttributionRule("notes to editors", BOILERPLATE_SUBJECT, "source")
# An organisation's name on its own line over its address ("Comune di Bologna" / "Piazza
# Maggiore, 6 - 40124 Bologna"): its imprint.
ORGANISATION_LINE = re.compile(r"(?P<name>[^\W\d_][^\d\n|·•:]{1,60}+)")
_ADDRESS = re.compile(r"^(?=[^\n]*[^\W\d_]{3})[^\n@]{0,60}?\b\d{1,5}\b[^\n@]{0,60}$")
# A telephone number, under a press contact's name rather than an organisation's.
_PHONE = re.compile(r"\d{2,4}[-.\s)/]\s?\d{3}")
# A contact's heading, not an organisation: "Media Contact", "Service de presse tl".
_CONTACT = re.compile(r"contact|kontakt|press|communication|kommunikation", re.IGNORECASE)


def is_imprint_name(tail: list[str], index: int) -> bool:
    """tail[index] names an organisation ("Aarhus Universitet") and the line under it is
    its address ("Nordre Ringgade 1")."""
    line = tail[index].strip()
    address = tail[index + 1].strip() if index + 1 < len(tail) else ""
    return (
        len(line.split()) <= 6
        and not _CONTACT.search(line)
        and organisation_of(line) is not None
        and _ADDRESS.match(address) is not None
        and not _PHONE.search(address)
        and read_copyright_line(address) is None  # "ABC News" over "© 2026 ABC": no address
        and not _counts_comments(address)  # a tag over "Kommentare (87)": no address
    )


def _counts_comments(line: str) -> bool:
    found = clutter_of(line)
    return found is not None and found.name in ("comment count", "comment form")
