"""What a byline line writes after its names: an agency without a comma ("By Heather Quinlan
Associated Press"), the time after a dash ("Par Claire Dumoulin - Aujourd'hui à 06:00")."""

from __future__ import annotations

import datetime as dt
import re

from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES, BY, BY_START
from tearsheet.importdates import UPDATE_LABEL, find_date_span
from tearsheet.personnames import is_name, is_uncased_name

# An agency's name or initials right after the last name, with no comma between: a wire
# story's byline as small papers print it ("By JOHN HANNA Associated Press").
_AGENCY_AFTER = re.compile(
    rf"(?<=[^\W\d_])\s++(?P<agency>(?:the\s++)?{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS}))\.?$",
    re.IGNORECASE,
)
# An agency's name this long (or of two words, or in capitals, or as "dpa" writes itself)
# after a name is no part of it: "Kyodo", "Hina", "Efe" may be a name's last word.
AGENCY_NAME_LENGTH = 6
# A given name and a family name at least before the agency.
NAME_WORDS = 2
# What stands after the names and a spaced dash on a byline line whose time was read off:
# the day's word ("Aujourd'hui", "Hoy", "Heute"), the rest of the time.
_DASHED_TAIL = re.compile(r"(?<=\S)\s++[-–—]\s++[^-–—]{1,40}+$")


def agency_after_names(names: str) -> tuple[str, str | None]:
    """The names without an agency written right after them, and the agency ("Heather
    Quinlan Associated Press" → "Heather Quinlan", "Associated Press"); the names as they
    are and None when no agency follows ("Hiroshi Kyodo"). A role in small letters before
    them goes too (see without_role_before)."""
    names = without_role_before(names)
    match = _AGENCY_AFTER.search(names)
    if match is None:
        return names, None
    agency = match["agency"]
    if not (
        agency.isupper() or agency.islower() or " " in agency or len(agency) >= AGENCY_NAME_LENGTH
    ):
        return names, None
    before = names[: match.start()].strip(" ,")
    if len(before.split()) < NAME_WORDS:
        return names, None
    return before, agency


def without_dashed_tail(names: str) -> str:
    """The names without what stands after a spaced dash ("Claire Dumoulin - Aujourd'hui",
    the time read off), for a byline line that had a time or date after its names."""
    return _DASHED_TAIL.sub("", names)


# A byline word and what follows it, when the names are followed by a date or time.
BY_LEAD = re.compile(
    rf"^(?:(?:(?!{BY}(?!\w))[^\W\d]++(?:-[^\W\d]++)?\s++){{0,2}}+{BY}(?!\w)|{BY_START}):?\s++"
    r"(?P<rest>.{2,140}+)$",
    re.IGNORECASE,
)
# The words before a date or time after a byline's names: "den", "on", "am", "le", "at".
_CONNECTOR = re.compile(r"(?<!\s)\s++(?:[a-zà-ÿ]{1,4}+|tanggal|ngày)[.,]?$")
# ... and the words before a time: "at", "um", "a", Blogger's Portuguese "à(s)", Italian
# "alle", Finnish "klo", Hungarian "dátum:", Greek "στις", Russian "в".
TIME_AFTER = re.compile(
    r"(?<!\s)\s++(?:(?:[a-zà-ÿ]{1,4}+(?:\([a-z]\))?+\.?|dátum:|στις|в|у)\s++){1,2}+"
    r"\d{1,2}[:.h]\d{2}.*+$"
)


def names_before_time(part: str, lang: str | None) -> tuple[str, dt.date | None] | None:
    """The names of a byline line with a date or time after them ("Skrevet av Kari Nordmann
    den 3. februar 2024", "Posted by Mary Jones at 9:14 PM", "Par Claire Dumoulin -
    Aujourd'hui à 06:00"), and the date; None for a line without a by-word first, or with
    nothing before the date."""
    lead = BY_LEAD.match(part)
    if lead is None:
        return None
    found = find_date_span(lead["rest"], lang, lead=6)
    if found and not found[1]:
        return None
    names = _CONNECTOR.sub("", found[1]) if found else TIME_AFTER.sub("", lead["rest"])
    if found or names != lead["rest"]:
        names = without_dashed_tail(names)  # "Claire Dumoulin - Aujourd'hui"
    return names, found[0] if found else None


# The languages' "text" before the writer's names with no colon, as magazines print it over
# the photographer's ("Tekst Maaike Oosterhuis" / "Beeld Jort Visser", "Text Anna Berg"):
# read only when every name holds a known given name ("Text Size" is a button).
TEXT_LABEL_BARE = re.compile(
    r"^(?:tekst|text|texte|texto|testo|teksti|szöveg|текст)\s++(?P<names>[^\d:|·•]{4,80}+)$",
    re.IGNORECASE,
)

# The words of papers' titles ("Ocala Star-Banner", "The Plain Dealer" aside), which no
# writer's name holds: the paper printed under its writer's name.
_PAPER_WORDS = frozenset(
    """banner courier chronicle observer inquirer examiner enquirer dispatch bulletin
    sentinel telegraph courant statesman argus clarion advertiser ledger gazette herald
    tribune times journal""".split()
)


def is_paper_title(line: str) -> bool:
    """A paper's title under the writer's name ("Carla Wentz" / "Ocala Star-Banner"): a word
    of it, or of a word's joined parts, is a paper's."""
    words = line.casefold().replace("-", " ").split()
    return any(word.strip(".,") in _PAPER_WORDS for word in words)


def names_before_update(part: str, lang: str | None) -> tuple[str, dt.date | None] | None:
    """The names of a byline line with its outlet and place, then the date labelled
    "Updated" ("रोहित मिश्र, अमर उजाला, वाराणसी Updated Wed, 19 Aug 2026 08:15 PM IST",
    "Ana Souza, g1 SP — Atualizado 3 mar 2026"), and the date; None for any other line."""
    label = UPDATE_LABEL.search(part)
    if label is None or label.start() == 0:
        return None
    names = part[: label.start()].rstrip(" ,;:|·—–-")
    found = find_date_span(part[label.end() :].lstrip(" :"), lang, lead=6)
    # A word at most between the label and the date ("Atualizado em 3 de março de 2026").
    if not names or "," not in names or found is None or len(found[1].split()) > 1:
        return None
    return names, found[0]


# The words after the names that credit the writer, as Vietnamese papers sign an interview
# or a report under it: "carried out" ("Minh Anh thực hiện"), "noted down" ("Hoài Thu
# ghi"), in parentheses or not.
_CREDIT_AFTER = re.compile(
    r"^(?P<names>[^\W\d_][^\d()\n]{1,60}?)\s*+(?:\(\s*+(?:thực hiện|ghi(?: lại)?)\s*+\)|"
    r"thực hiện|ghi(?: lại)?)$"
)


def names_before_credit(line: str) -> str | None:
    """The names before the words that credit them as the writer ("Minh Anh thực hiện" →
    "Minh Anh"); None for another line."""
    match = _CREDIT_AFTER.match(line.strip())
    return match["names"].strip() if match else None


# A labelled credit after another on one line, a dash, slash or bar between ("Haber: Mehmet
# Yıldız - Kamera: Ayşe Demir", "Text: Anna Berg | Fotos: Tim Roth"): its label's start.
_NEXT_LABEL = re.compile(r"(?<!\s)\s++[-–—/|]\s++(?=[^\W\d_]{2,20}+\s*+:)")


def writer_credit(line: str) -> str:
    """The writer's labelled credit of a line that credits the pictures after it ("Haber:
    Mehmet Yıldız - Kamera: Ayşe Demir / İZMİR" → "Haber: Mehmet Yıldız"); the line as it
    is when it holds one label only."""
    first, *others = _NEXT_LABEL.split(line)
    by = re.match(rf"(?:{BY})\s*+:", first, re.IGNORECASE)
    return first if others and by else line


# "With the interviewee talked the interviewer": the Slavic languages' and German's credit
# of an interview's writer after its subject ("Z prof. Ewą Kulesza rozmawia Michał Zawada",
# "S ředitelkou Janou Malou mluvil Petr Novák", "С Олегом Рябининым беседовала Елизавета
# Кузнецова", "Mit der Ärztin sprach Lena Berg").
_INTERVIEWEE = re.compile(
    r"^(?-i:Z|Ze|S|Se|So|С|Со|З|Зі|Із|Mit|Sa)\s++[^,.;:!?]{2,60}?(?:\.[^,.;:!?]{1,60}?)?\s++"
    r"(?:rozmawia(?:ł|ła|li|ją)?|mluvil[aiy]?|hovoril[ai]?|беседовал[аи]?|беседует|"
    r"разговаривал[аи]?|розмовля(?:в|ла|ли|є)|razgovara(?:o|la|li)?|разговара(?:о|ла|ли)?|"
    r"pogovarjal[aio]?|sprach(?:en)?|spricht)\s++(?=\S)",
    re.IGNORECASE,
)


def without_interviewee(part: str) -> str:
    """A byline line without the interview's subject and the interviewer's verb, which are
    read as "by" ("Z prof. Ewą Kulesza rozmawia Michał Zawada" → "by Michał Zawada")."""
    return f"by {part[found.end() :]}" if (found := _INTERVIEWEE.match(part)) else part


# A role in small letters between "by" and the name: "Af formand Poul Erik Jessen", "By
# chairman John Smith", "Par le président Jean Roy" (one or two words, an article among them).
_ROLE_BEFORE = re.compile(r"^(?:[^\W\d_A-ZÀ-ÞΑ-ΩА-Я][\w-]{1,20}+\s++){1,2}+(?=[A-ZÀ-ÞΑ-ΩА-Я])")


def without_role_before(names: str) -> str:
    """A byline's names without a role in small letters before the first ("formand Poul Erik
    Jessen" → "Poul Erik Jessen"); as they are when they open with a capital."""
    found = _ROLE_BEFORE.match(names)
    return names[found.end() :] if found and len(names[found.end() :].split()) >= 2 else names


# A comma in the languages' scripts.
_COMMA = re.compile(r"[,،、，]")
# A source credited after the writer's name: a site's address ("LRT.lt", "tvn24.pl") or an
# agency's initials ("BNS", "PAP", "ТАСС").
_SITE_ADDRESS = re.compile(r"[^\W_](?:[\w-]{0,40}+\.)++[^\W\d_]{2,6}+")
# A name is followed by at most this many sources.
SOURCES = 3


def name_with_sources(line: str) -> str | None:
    """The writer's name before the sources of the story after commas ("Tomas Kazlauskas,
    LRT.lt, BNS", "Anna Nowak, tvn24.pl, PAP"); None for any other line."""
    name, *sources = (part.strip() for part in _COMMA.split(line))
    if not 0 < len(sources) <= SOURCES or not (is_name(name) or is_uncased_name(name)):
        return None
    credited = all(
        _SITE_ADDRESS.fullmatch(source) or (2 <= len(source) <= 6 and source.isupper())
        for source in sources
    )
    return name if credited else None
