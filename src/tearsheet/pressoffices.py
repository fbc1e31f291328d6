"""A release's press office, in its contact block or its last paragraph, and the
organisation it speaks for: the release's issuer."""

from __future__ import annotations

import re

from tearsheet.organisations import LEGAL_FORM_WORDS, is_personal_name
from tearsheet.recognise import Draft, excerpt
from tearsheet.releasemastheads import masthead_in_full

# A legal form written as a word of its own ("Ltd", "GmbH", "S.A.").
LEGAL_FORM_WORD = re.compile(LEGAL_FORM_WORDS.replace("\\s++", "\\s*+"))


def take_source(name: str, where: str, draft: Draft) -> None:
    """Record the organisation that issued the text as its source, and where it was read."""
    draft.source, draft.source_weak = name, False
    draft.recognised.append(f"source {name!r} from {where}")


# A press office of an organisation, in a release's contact block: "the Communications
# department of VitaZorg", "Pressestelle der Stadtwerke Ulm", "Biuro Prasowe PKP Intercity".
_PRESS_WORDS = (
    r"press office|press team|media team|media relations|communications? (?:department|"
    r"team|office)|afdeling (?:communicatie|pers(?:voorlichting)?)|persvoorlichting|persdienst|"
    r"pressestelle|presseabteilung|abteilung kommunikation|unternehmenskommunikation|"
    r"medienstelle|mediendienst|konzernkommunikation|gabinet de premsa(?: i comunicació)?|"
    r"departament de comunicació|oficina de premsa|sajtóiroda|viestintäyksikkö|"
    r"communications? and marketing|corporate communications?|communications? (?:unit|"
    r"directorate|division|branch)|"
    r"service de presse|service (?:de la )?communication|direction de la communication|"
    r"ufficio stampa|gabinete de prensa|gabinete de comunicación|oficina de prensa|"
    r"departamento de comunicación|"
    r"assessoria de imprensa|departamento de comunicação|biuro prasowe|"
    r"dział komunikacji(?:\s++(?:społecznej|zewnętrznej|korporacyjnej))?+|"
    r"tiskové oddělení|pressavdelningen|presseavdelingen|pressetjenesten|прес[- ]център|"
    # Indonesian and Malay: "Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan
    # RI", "Bahagian Komunikasi Korporat UTM".
    r"biro komunikasi(?:\s++dan\s++pelayanan\s++(?:publik|masyarakat))?|bagian humas|"
    r"(?:pejabat|bahagian|unit) komunikasi korporat|"
    # Public relations: "Odnosi z javnostmi Krka", "Relations presse Ville de Nantes",
    # "Öffentlichkeitsarbeit Stadtwerke Kiel", "Relaciones Públicas Grupo Sur".
    r"public relations|relations (?:presse|publiques|médias)|relaciones públicas|"
    r"relações públicas|relazioni (?:pubbliche|esterne)|öffentlichkeitsarbeit|"
    r"(?:služba za )?odnos[ie] (?:z|s) javn(?:ostmi|ošću|ostima)|односи с јавношћу|"
    r"odbor pro vnější vztahy|public affairs"
)
# A press office named by its words alone ("Unit Komunikasi Korporat", "Press Office").
PRESS_ALONE = re.compile(rf"(?i:{_PRESS_WORDS})")
# A sender that is a press office: "Service de presse tl", "Прес център „Софийска вода“",
# "Gabinete de Comunicación - Concello de Lugo".
PRESS_SENDER = re.compile(rf"^(?:{_PRESS_WORDS})(?:\s*+[-–—|]\s*+|\s++)", re.IGNORECASE)
# A mail sent by an organisation's communications desk under its name, the desk's one word
# first ("Comunicación Adif", "Kommunikation Stadtwerke Ulm"). (Not "Presse" or "Media",
# which open papers' and shops' names: "Prensa Libre", "Media Markt".)
SENDER_DESK = re.compile(
    r"^(?:comunicaci[oó]n|comunicació|comunicazione|comunicação|communications?|"
    r"kommunikation|communicatie|komunikacja|komunikace|viestintä|kommunikasjon)\s++(?=\S)",
    re.IGNORECASE,
)
_PRESS_OFFICE_OF = re.compile(
    rf"(?i:{_PRESS_WORDS})"
    r"(?:,\s*+|\s++)"
    r"(?:(?i:de l['’]|d['’]|dell['’])|"
    r"(?i:of|van|der|des|du|de la|de|di|del|della|do|da|dla|för|for)\s++)?"
    r"(?:(?i:the|het|de)\s++)?"
    r"(?P<name>[A-ZÀ-ÞĀ-Ž][\w&.'’-]*+(?:\s++(?:[A-ZÀ-ÞĀ-Ž\d][\w&.'’-]*+|de|la|van|der|von|du|"
    r"des|di|del|y|e|&|und|and|of|zu)){0,5}+)"
)
# Words that end no organisation's name. Used only on a name of at most six words: with
# `search` on a long line the possessive run would make it quadratic.
_NAME_TAIL = re.compile(
    r"(?<!\s)(?:\s++(?:de|la|van|der|von|du|des|di|del|y|e|&|und|and|of|zu))++$"
)


# The languages' "issued by" before a press office in a release's last paragraph ("Berita ini
# disiarkan oleh Biro Komunikasi …", "This release was issued by the press office of …").
_ISSUED_BY = re.compile(
    r"\b(?:issued|released|distributed|published) by|\b(?:disiarkan|dikeluarkan|diterbitkan|"
    r"dirilis) oleh|\bherausgegeben von|\bpublié par|\bdiffusé par|\bemitido por|"
    r"\bpublicado por|\bdifundido por|\bdiffuso da|\bpubblicato da|\buitgegeven door|"
    r"\bverspreid door|\bwydane przez",
    re.IGNORECASE,
)


def issued_by_press_office(lines: list[str]) -> bool:
    """Whether a line says that a press office issued the text ("Berita ini disiarkan oleh
    Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan RI.")."""
    return any(
        (said := _ISSUED_BY.search(line)) and _PRESS_OFFICE_OF.search(line, said.end())
        for line in lines
    )


def read_press_office(lines: list[str], draft: Draft) -> bool:
    """A release's contact names the organisation whose press office it is ("contact
    opnemen met de afdeling Communicatie van VitaZorg via pers@…", "Pressestelle der
    Stadtwerke Ulm"): it issued the release; not a person ("media relations of Jane
    Smith" is none). True when the source was read."""
    for text in lines:
        line = " ".join(text.split())
        if (match := _PRESS_OFFICE_OF.search(line)) is None:
            continue
        name = _NAME_TAIL.sub("", _sentence_cut(match["name"])).rstrip(" .,")
        if not name or is_personal_name(name, draft.lang) or len(name) < MIN_NAME:
            continue
        take_source(
            masthead_in_full(name, draft) or name, f"the press office in {excerpt(line)}", draft
        )
        return True
    return False


# A press office's line of its own, the organisation's name before its words ("SBB
# Medienstelle", "Zoo Leipzig Pressestelle", "Harbour Trust Media Relations").
# Anchored: it is only used whole (``fullmatch``), and a search of a long line would try
# its sixty-character name at every position.
NAME_THEN_PRESS = re.compile(rf"^(?P<name>[^\W\d_][^,:;\n]{{1,60}}?)[,\s]\s*+(?i:{_PRESS_WORDS})")
# A line of a contact block has at most this many words.
CONTACT_LINE_WORDS = 8


def read_press_office_line(lines: list[str], draft: Draft) -> bool:
    """A contact block's line that is a press office and nothing else ("SBB Medienstelle",
    "Gabinet de Premsa i Comunicació de l'AMB", "Pressestelle der Stadtwerke Ulm"): the
    organisation it speaks for issued the text; not a person's ("Jane Smith, Media
    Relations"). True when the source was read."""
    for text in lines:
        line = " ".join(text.split()).rstrip(" .")
        if len(line.split()) > CONTACT_LINE_WORDS:
            continue
        match = NAME_THEN_PRESS.fullmatch(line)
        if match is None and (after := _PRESS_OFFICE_OF.match(line)) and after.end() == len(line):
            match = after
        if match is None:
            continue
        name = _NAME_TAIL.sub("", match["name"]).rstrip(" .,")
        if len(name) < MIN_NAME or is_personal_name(name, draft.lang):
            continue
        take_source(name, f"the press office {excerpt(line)}", draft)
        return True
    return False


def _sentence_cut(name: str) -> str:
    """The name without the next sentence its words ran into ("Kementerian Kesehatan RI.
    Untuk"), but with a legal form after an abbreviation ("Acme Co. Ltd")."""
    for stop in re.finditer(r"\.\s++(\S++)", name):
        if not LEGAL_FORM_WORD.fullmatch(stop[1]):
            return name[: stop.start()]
    return name


# An organisation's name has at least this many characters ("tl" is an abbreviation
# only the release explains).
MIN_NAME = 3
