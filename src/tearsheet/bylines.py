"""Bylines: the language's "by" and the names after it, a bare name line, a byline in a
footer, and a credit line that only looks like one."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from tearsheet.importdates import find_date_span

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# Words of a journalist's role, which a byline may carry after the name.
ROLE_WORDS = frozenset(
    """writer reporter correspondent editor staff contributor columnist redakteur redakteurin
    korrespondent korrespondentin journaliste rédacteur rédactrice correspondant
    correspondante redactor redactora corresponsal redattore redattrice corrispondente
    repórter jornalista redacteur verslaggever dziennikarz dziennikarka
    reporterka communications office press media relations newsroom desk team department
    pressestelle comunicação comunicación comunicazione kommunikation communicatie
    komunikacja humas commentator analyst critic journalist kolumnist kolumnistin kommentator
    kommentatorin journalistin reporterin chroniqueur chroniqueuse éditorialiste envoyé
    envoyée periodista columnista analista enviado enviada giornalista inviato inviata
    editorialista colunista correspondente publicysta publicystka komentator korespondent
    korespondentka redaktor redaktorka komentátor komentátorka zpravodaj zpravodajka
    novinář novinářka reportér reportérka skribent redaktør redaktör krönikör toimittaja
    kirjeenvaihtaja újságíró tudósító szerkesztő jurnalist corespondent muhabir muhabiri
    editör корреспондент журналист обозреватель редактор кореспондент журналіст оглядач
    δημοσιογράφος ανταποκριτής jurnalis koresponden novinar novinarka dopisnik urednik
    репортер кореспондент مراسل مراسلة محرر صحفي خبرنگار כתב כתבת संवाददाता रिपोर्टर
    প্রতিবেদক নিজস্ব ผู้สื่อข่าว""".split()
)
# Words of an organisation's or a menu's name, which no person's name holds ("Nation Media
# Group", "Hacker News", "Periódico La Jornada", "STT Info", "Tampereen Raitiotie Oy", "My
# Account"): the press, institutions, company forms, a staff credit's words.
ORGANISATION_WORDS = frozenset(
    """news press media group times daily weekly journal gazette herald tribune radio tv
    television channel network networks agency associated inc ltd llc plc corp company
    newsroom editorial ministry council university institute foundation trust society
    association club account newsletter blog magazine online digital studio studios info
    service services bureau committee government authority hospital college museum
    library union federation league sport sports nachrichten zeitung verlag redaktion
    presse gmbh stiftung verband ministerium universität rédaction quotidien agence
    ministère université mairie redacción periódico diario agencia prensa noticias
    ministerio universidad ayuntamiento gobierno redazione giornale agenzia notizie
    quotidiano ministero università comune redação jornal notícias agência imprensa
    ministério universidade prefeitura governo ltda redactie nieuws krant dagblad omroep
    ministerie universiteit gemeente stichting redakcja wiadomości gazeta dziennik agencja
    ministerstwo uniwersytet urząd spółka nyheter nyheder uutiset tidning avis avisen
    toimitus oy oyj ab asa aps redakce noviny zprávy zpráv hírek szerkesztőség kft zrt știri
    redacția haber haberleri gazetesi ajansı новости редакция агентство газета новини
    редакція σύνταξη ειδήσεις berita redaksi vijesti redakcija team storage systems
    solutions technologies holdings partners capital therapeutics pharmaceuticals labs
    software energy power bank airlines motors""".split()
)
# The stems of institutions' words in many languages' forms ("Ministerul Educației",
# "Ministère", "Universität", "Agenzia").
ORGANISATION_STEMS = (
    "minist",
    "universi",
    "redac",
    "redak",
    "agenc",
    "agenz",
    "agênc",
    "instit",
    "fundac",
    "fundaç",
    "stiftung",
    "associa",
    "asociac",
    "federa",
    "departm",
    "departam",
    "gazet",
    "zeitung",
)
# A picture's credit line under the byline is at most this long.
CREDIT_LENGTH = 120
_BY = (
    r"(?:by|von|par|por|di|da|door|av|af|autor|autorin|autoren|autorka|autora|autore|auteur|"
    r"auteure|autrice|przez|oleh|"
    r"yazar|yazan|szerző|szerzők|автор|авторы|kirjoittanut|kirjoittaja|penulis|pewarta|"
    r"wartawan|autori|συντάκτης|συντάκτρια|بقلم|מאת|โดย|bởi|"
    r"(?:text|texte|testo|texto|tekst|words|teksti|szöveg|текст|κείμενο|लेखक|"
    r"نویسنده|piše|píše|pisze|toimittanut)(?=\s*+:)|(?:كتب|كتبت)(?=\s*+[:-]))"
)
# The byline's word that stands only at the start of the line, and only capitalised: the
# Greek article in the genitive ("Της Ελένης Καραγιάννη": "by Eleni Karagianni"), Swahili
# "Na" ("Na Amina Salim"), Romanian "de" in lower case ("de Andrei Mureșan").
_BY_START = r"(?-i:Του|Της|Των|Na|de)\b"
# The names of a bare name line: two to four capitalised words, with the particles names
# carry (is_name).
NAME_PARTICLES = frozenset("de da das do dos van von der den del di du la le".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*+")
_CJK_NAME = r"[^\W\d_]{2,12}+"
_CJK_BYLINE = re.compile(
    r"^(?:文\s*+[/／]\s*+)?(?:(?:本报|本報|新华社|新華社|中新社|特约|特約)?(?:记者|記者|作者|撰文|撰稿)\s*+[：:/／]?|"
    r"(?:文|撰文|筆者)\s*+[：:/／])\s*+"
    rf"(?P<names>{_CJK_NAME}(?:[\s、，,]++{_CJK_NAME}){{0,3}}+)$"
)
_KOREAN_BYLINE = re.compile(
    r"^(?:글\s++)?(?P<names>[가-힣]{2,4}+(?:[\s·,]++(?!기자)[가-힣]{2,4}+){0,3}+)\s*+기자"
    r"(?:\s++[^\s@]++@\S++)?$"
)
# The languages' "and" between two authors' names.
_AND = frozenset("and und et y e i og och ja és ve и і та και a oraz en".split())
# Words in front of "by" that credit a picture, not the story ("Photographs by Jonah Reyes").
_VISUAL = frozenset(
    """photo photos photograph photographs photography picture pictures image images
    illustration illustrations illustrated graphic graphics video videos foto fotos fotografie
    fotografía fotografia fotografías fotografias bild bilder illustrationen grafik kuva kuvat
    zdjęcia zdjęcie fotó fotók фото edited produced translated reviewed curated compiled
    moderated narrated editado editada traducido traducida traduit traduite édité éditée
    übersetzt bearbeitet redigiert revisado revisada""".split()
)
_CJK_NAME_SPLIT = re.compile(r"[\s、，,·]++")
# "By Ann Lee", "Autor: Anna Nowak", and up to two words before the language's "by" ("Ein
# Kommentar von Lena Hoffmann", "Written by Ann Lee"); or the second line of a byline
# broken after the first name ("By Wanjiru Kamau" / "& Brian Otieno").
BYLINE = re.compile(
    rf"^(?:(?:(?!{_BY}\b)[^\W\d]++\s++){{0,2}}+(?P<by>{_BY})\b[:-]?|&|{_BY_START})\s++"
    r"(?P<names>[^\d|·•]{2,100})$",
    re.IGNORECASE,
)
# A byline word and what follows it, when the names are followed by a date or time.
_BY_LEAD = re.compile(
    rf"^(?:(?!{_BY}\b)[^\W\d]++\s++){{0,2}}+{_BY}\b:?\s++(?P<rest>.{{2,140}}+)$", re.IGNORECASE
)
# The words before a date or time after a byline's names: "den", "on", "am", "le", "at".
_CONNECTOR = re.compile(r"(?<!\s)\s++[a-zà-ÿ]{1,3}+[.,]?$")
_TIME_AFTER = re.compile(r"(?<!\s)\s++(?:[a-zà-ÿ]{1,3}+\.?\s++){1,2}+\d{1,2}[:.h]\d{2}.*+$")
_GROUP_SPLIT = re.compile(r"(?<!\s)\s*+[,;]\s*")
# Between two names, the language's "and" (any of them: a byline seldom says which
# language it is in) or "&".
_AND_WORDS = "|".join(sorted(_AND, key=len, reverse=True))
_AND_SPLIT = re.compile(rf"(?<!\S)({_AND_WORDS})(?!\S)|\s*(&)\s*")
# The languages' "and" that is also their "in" or "at" (Swedish "i", Spanish "en", Italian
# "a"): one word after it is a place ("Av Anna Berg i Stockholm"), not a name.
_AND_OR_IN = frozenset("i en a".split())


def byline_names(text: str) -> list[str]:
    """The names in a byline, without a role after them ("Mark Ellis, Staff Writer") or an
    outlet in lower case ("Ana Souza, g1 SP", "Por Rafaela Cavalcanti e Diego Albuquerque,
    g1 PE e TV Globo")."""
    names = []
    for index, group in enumerate(_GROUP_SPLIT.split(_without_notes(text))):
        pieces = _AND_SPLIT.split(group)
        parts = [(pieces[0], None)] + [
            (pieces[at + 2], pieces[at] or pieces[at + 1]) for at in range(1, len(pieces), 3)
        ]
        if index and any(p.strip(" .,") and not _starts_as_name(p.strip(" .,")) for p, _ in parts):
            continue  # after the names, the outlets they write for
        for part, joined_by in parts:
            name = part.strip(" .,:")
            if joined_by in _AND_OR_IN and len(name.split()) == 1:
                continue
            if PICTURE_MARK in name:
                continue  # "Julien Arnaud (photos)": the photographer is credited, not the author
            if name.isupper() and " " not in name and len(name) <= ACRONYM:
                continue  # "By Mike Alvarez, Jen Christensen, CNN": the outlet, not a name
            name = name_before_role(name) or ""
            if name and len(name) <= 60 and _starts_as_name(name):
                names.append(name)
    return names


def _without_notes(text: str) -> str:
    """The byline without its notes in parentheses ("Anne-Sophie Le Guen (Ouessant
    (Finistère), envoyée spéciale)"), nested or not; a picture credit's note leaves a mark
    on its name."""
    out: list[str] = []
    depth, note = 0, []
    for char in text:
        if char == "(":
            depth += 1
        if depth:
            note.append(char)
        else:
            out.append(char)
        if char == ")" and depth:
            depth -= 1
            if not depth:
                words = "".join(note).strip("()").casefold().replace("(", " ").split()
                if len(note) <= NOTE_LENGTH and any(w.strip(",.)") in PICTURE_WORDS for w in words):
                    out.append(PICTURE_MARK)
                note = []
    return "".join(out) + "".join(note)


# "(photos)", "(Fotos)", "(illustrations)" after a name in a byline, at most this long.
NOTE_LENGTH = 40
# A single word in capitals this short after the names is the outlet's initials.
ACRONYM = 6
PICTURE_MARK = "\x00"
PICTURE_WORDS = frozenset(
    """photo photos photography foto fotos fotografie fotografia fotografías zdjęcia
    illustration illustrations illustrationen ilustración ilustraciones illustrazioni
    video vidéo images bilder""".split()
)


def _starts_as_name(name: str) -> bool:
    """A capital, or a letter of a script without capitals (Chinese, Arabic, Hindi)."""
    return name[0].isupper() or (name[0].isalpha() and not name[0].islower())


def name_before_role(text: str) -> str | None:
    """The name in front of a role on one line ("Helena Marsh Energy correspondent", "Jane
    Doe Staff Writer", "Ana Souza senior reporter"); the text itself when it holds no role
    word, None when no name is before the role ("Staff Writer")."""
    words = text.split()
    if not any(word.casefold().strip(".,") in ROLE_WORDS for word in words):
        return text
    cuts = [
        k
        for k in range(2, min(len(words), MAX_NAME_WORDS + 1))
        if is_role_line(" ".join(words[k:])) and is_name(" ".join(words[:k]))
    ]
    if not cuts:
        return None

    # The role begins with its own word ("Chief Political Correspondent", "Staff Writer"),
    # or is written as a sentence is ("Energy correspondent"); else it is the last words.
    heads = [k for k in cuts if words[k].casefold().strip(".,") in ROLE_WORDS | ROLE_MODIFIERS]
    sentences = [
        k for k in cuts if len(words) - k > 1 and all(w[0].islower() for w in words[k + 1 :])
    ]
    return " ".join(words[: min(heads or sentences or [max(cuts)])])


# A name in front of a role is at most this many words.
MAX_NAME_WORDS = 4
# Words that open a journalist's role ("Chief political correspondent", "Senior reporter").
ROLE_MODIFIERS = frozenset(
    """chief senior deputy political economics business sports science health environment
    energy foreign home world technology arts culture special associate executive managing
    contributing principal investigative data""".split()
)


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u3040" <= char <= "\u9fff" for char in text if not char.isspace())


def is_person(name: str) -> bool:
    """A name as bylines give it: at most five words, each capitalised (or a particle),
    without the punctuation of a sentence or a credit ("Paul Spella / The Atlantic"), and
    no organisation's ("Redacción", "Team Natuurmonumenten")."""
    words = name.split()
    if _is_cjk(name):
        return 2 <= len(name) <= 12
    return (
        0 < len(words) <= 5
        and not any(mark in name for mark in "/:;!?@()")
        and all(
            _starts_as_name(w) or w.casefold() in NAME_PARTICLES or _is_joining(w, at, words)
            for at, w in enumerate(words)
        )
        and not _is_organisation(name)
    )


def _is_joining(word: str, at: int, words: list[str]) -> bool:
    """A short word in lower case inside a blog's handle ("Kasia z Drogi")."""
    return 0 < at < len(words) - 1 and len(word) <= JOINING_LENGTH and word.isalpha()


# A word in lower case inside a handle is at most this long.
JOINING_LENGTH = 3


def _is_organisation(name: str) -> bool:
    """A word of an organisation's name, a journalist's role or a menu's ("Nation Media
    Group", "Dziennikarz Przeglądu Sportowego", "My Account")."""
    words = [word.strip(".,’'") for word in name.casefold().split()]
    return any(
        word in ORGANISATION_WORDS | ROLE_WORDS | MENU_WORDS
        or word.startswith(ORGANISATION_STEMS)
        or word.endswith(ORGANISATION_ENDS)
        for word in words
    )


def is_co_author(blocks: list[str], number: int, byline: list[str]) -> bool:
    """A name line right under the name line the byline was read from ("Merel Dijkstra" /
    "Ruben van Os"), or under its role ("Ingrid Solbakken" / "Journalist" / "Håkon Rygg"):
    a second author, unless it is a place ("Helena Marsh" / "New York") or the photographer
    ("Ola Haugen" / "Fotograf")."""
    line, previous = blocks[number], blocks[number - 1]
    following = blocks[number + 1] if number + 1 < len(blocks) else ""
    taken = byline_names(previous.rstrip("."))
    roles = following.casefold().split()
    photographer = bool(roles) and all(
        word.strip(".,") in _VISUAL | PHOTOGRAPHER_WORDS for word in roles
    )
    return (
        bool(byline)
        and ((bool(taken) and all(name in byline for name in taken)) or is_role_line(previous))
        and is_name(line)
        and is_person(line)
        and not is_place(line)
        and not photographer
    )


# A photographer's role under the name ("Fotograf", "Photographer", "Fotógrafo").
PHOTOGRAPHER_WORDS = frozenset(
    """photographer photojournalist fotograf fotografin fotógrafo fotógrafa fotografo
    fotografa photographe fotojournalist fotoreporter valokuvaaja фотограф""".split()
)


def is_place_line(line: str) -> bool:
    """A place alone on a line ("New York", "South East"): a place's name, or two words the
    first of which is a place's word; not a paper named for its town ("Fort Collins
    Coloradoan")."""
    words = line.split()
    return line.casefold() in _places() or (len(words) == 2 and words[0].casefold() in PLACE_WORDS)


def is_place(line: str) -> bool:
    """A city or country as a time zone or a territory is named ("New York", "Buenos Aires",
    "Hong Kong"), or a name made with a place's word ("San Sebastián", "Mid Wales")."""
    words = line.split()
    return bool(words) and (
        words[0].casefold() in PLACE_WORDS
        or any(word.casefold() in PLACE_WORDS for word in words[1:] if word[0].isupper())
        or line.casefold() in _places()
    )


# Words of places' names ("New York", "San Sebastián", "North Yorkshire", "Mid Wales").
PLACE_WORDS = frozenset(
    """new san santa são saint st. st sankt mid north south east west port fort mount
    upper lower great greater little city county bay beach island islands valley""".split()
)


@functools.cache
def _places() -> frozenset[str]:
    """The cities of the time-zone database and the world's territories, in English."""
    import zoneinfo

    from babel import Locale

    cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zoneinfo.available_timezones()}
    return frozenset(name.casefold() for name in (*cities, *Locale("en").territories.values()))


def is_credited_name(line: str, name: str) -> bool:
    """A line of one name and a role or a picture's credit after it ("Mark Ellis, Staff
    Writer", "Ingrid Haugland og Sindre Myklebust (foto)"), not a sentence about a person
    ("Nick Suzuki a inscrit le but gagnant.") or a place ("New York, NY")."""
    rest = line[len(name) :] if line.startswith(name) else ""
    role = rest.startswith(",") and confirms_byline(rest.strip(" ,"))
    credited = role or PICTURE_MARK in _without_notes(line)
    return credited and not line.endswith(".") and not is_place(name)


def is_outlet(part: str) -> bool:
    """What a name line gives beside the name after a bar: the outlet or the place ("El
    Heraldo de Oaxaca", "Málaga"), a few words, not a second person's name."""
    words = part.split()
    return (
        0 < len(words) <= ROLE_LINE_WORDS
        and _starts_as_name(part)
        and not (is_name(part) and is_person(part))
    )


def confirms_byline(line: str) -> bool:
    """A line under a bare name that makes it a byline: the writer's role ("Energy
    correspondent"), desk ("BBC News, Wales", a few words with an organisation's word) or
    e-mail address."""
    return (
        is_role_line(line)
        or bool(_EMAIL_LINE.fullmatch(line))
        or (0 < len(line.split()) <= ROLE_LINE_WORDS and _is_organisation(line.replace(",", " ")))
    )


# The writer's address on a line of its own under the name ("mka@fyens.dk").
_EMAIL_LINE = re.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,4}+")


def is_role_line(line: str) -> bool:
    """A journalist's role or desk on a line of its own, under the name ("Energy
    correspondent", "Dziennikarz Przeglądu Sportowego", "Staff Writer"): no headline."""
    words = line.casefold().split()
    return 0 < len(words) <= ROLE_LINE_WORDS and any(
        word.strip(".,") in ROLE_WORDS for word in words
    )


# A role line is at most this many words.
ROLE_LINE_WORDS = 5
# Words no name is made of, though a menu's capitalised items and a paper's name are
# ("About Us", "My Account", "Il Post", "El Diario").
MENU_WORDS = frozenset(
    """for of the in on at to with from about us our my your el il los las het gli die
    related posts download pdf policy privacy terms contact subscribe login share comments
    reply menu search review reviews archive archives category categories tags topics""".split()
)
# The ends of organisations' compound words ("Stadtwerke", "Landesverband", "Sparkasse").
ORGANISATION_ENDS = (
    "werke",
    "verband",
    "verein",
    "zeitung",
    "gesellschaft",
    "ministerium",
    "kasse",
    "stiftung",
    "behörde",
    "verlag",
    "agentur",
    "institut",
)


def is_uncased_name(line: str) -> bool:
    """A name in a script without capitals: a Chinese or Japanese name of three or four
    characters, or two parts with a space ("田中 美咲", "さとう あきこ"; two characters may
    be a section's label, "経済"), or two or three words of letters alone ("נועה ברגר",
    "राजेश बिष्ट"). A section's label may look the same ("أخبار محلية"): only a date or a
    role right under it tells a name (name_reach)."""
    words = line.split()
    if not words or len(line) > 40 or _is_organisation(line):
        return False
    if _is_cjk(line):
        return bool(_CJK_FULL_NAME.fullmatch(line))
    return (
        2 <= len(words) <= 3
        and all(_is_uncased_word(word) for word in words)
        and not any(_HANGUL.search(word) for word in words)
    )


def name_reach(line: str) -> int:
    """How many lines under a bare name line may hold the date or role that confirms it:
    one for a name in a script without capitals, which a section's label may look like."""
    return 2 if is_name(line) else 1


def is_name(line: str) -> bool:
    """Two to four capitalised words, with particles between them ("Sanne de Vries"), in any
    script that has capitals (Latin, Cyrillic, Greek): "Анна Петрова" as "Ann Lee"."""
    line = line.rstrip(".")
    if line.isupper() or len(line) > 80 or _is_organisation(line):
        return False
    words = line.split()
    core = [word for word in words if word not in NAME_PARTICLES]
    if not 2 <= len(core) <= 4 or words[0] != core[0] or words[-1] != core[-1]:
        return False
    return all(_NAME_WORD.fullmatch(word) and word[0].isupper() for word in core)


def _is_uncased_word(word: str) -> bool:
    """A word of letters of a script without capitals (Hebrew, Arabic, Devanagari, Thai),
    their vowel signs and Persian's zero-width non-joiner."""
    return (
        2 <= len(word) <= UNCASED_WORD_LENGTH
        and unicodedata.category(word[0]) == "Lo"
        and all(
            unicodedata.category(char) in ("Lo", "Mn", "Mc") or char == "\u200c" for char in word
        )
    )


# A word of a name in a script without capitals is at most this long.
UNCASED_WORD_LENGTH = 15
# A Chinese or Japanese name: three or four characters, or two parts parted by a space.
_CJK_PART = r"[\u3040-\u30ff\u4e00-\u9fff]{1,5}+"
_CJK_FULL_NAME = re.compile(rf"[\u4e00-\u9fff]{{3,4}}+|{_CJK_PART}[ \u3000]{_CJK_PART}")
# Korean: a name is not told from a section's label ("정치", "사회") without "기자".
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def person_names(text: str) -> list[str]:
    """The byline's names when every one of them looks like a person's; none otherwise."""
    names = byline_names(text)
    if len(names) > 1 and not _has_and(text):
        # "Amanda Kirsch, University Communications": co-authors are joined by the
        # language's "and"; after a comma alone comes the author's role or desk.
        names = names[:1]
    if not names or not all(is_person(name) for name in names):
        return []
    # "By LISA MASCARO and KEVIN FREKING": a wire's byline in capitals, written as names are.
    return [name.title() if name.isupper() and " " in name else name for name in names]


def _has_and(text: str) -> bool:
    return any(word in _AND for word in text.casefold().split()) or "&" in text


def read_byline(part: str, draft: Draft) -> bool:
    """Record a byline line's names: "By Ann Lee", "Autor: Anna Nowak", "文/记者 李华", and
    with a date or time after the names ("Skrevet av Kari Nordmann den 3. februar 2024",
    "Posted by Mary Jones at 9:14 PM")."""
    if cjk := _CJK_BYLINE.match(part) or _KOREAN_BYLINE.match(part):
        draft.byline.extend(_CJK_NAME_SPLIT.split(cjk["names"].strip()))
        draft.recognised.append(f"byline from {part!r}")
        return True
    lead_words = part.split(maxsplit=3)[:3]
    if any(word.casefold().rstrip(":") in _VISUAL for word in lead_words):
        return False  # "Photographs by Jonah Reyes" credits the pictures
    if _read_credited_name(part, draft) or _read_name_in_parentheses(part, draft):
        return True
    if _STAFF_CREDIT.match(part):
        # "Redazione ANSA", "Redacción EFE": the byline line of a story no person signs.
        draft.stripped.append(f"staff credit {part!r}")
        return True
    sides = part.split(" / ")
    if len(sides) == 2:
        # "ABC Sport / By Dean Tyrrell": the desk beside the byline.
        by, desk = sorted(sides, key=lambda side: BYLINE.match(side) is None)
        if len(desk.split()) <= KICKER_WORDS and BYLINE.match(by):
            part = by
    match = BYLINE.match(part)
    if match and (match["by"] or "").casefold() in _NOT_BY.get((draft.lang or "")[:2], ()):
        return False  # Indonesian "di" is "in": "Ilustrasi kemacetan di Jalan Sudirman"
    if _read_names_before_by(part, draft):
        return True
    date = None
    if match is None:
        lead = _BY_LEAD.match(part)
        if lead is None:
            return False
        found = find_date_span(lead["rest"], draft.lang, lead=6)
        if found and not found[1]:
            return False
        names_text = _CONNECTOR.sub("", found[1]) if found else _TIME_AFTER.sub("", lead["rest"])
        names = person_names(names_text)
        date = found[0] if found else None
    else:
        names = person_names(match["names"])
    if not names:
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    if date and draft.date is None:
        draft.date = date
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")
    return True


# A newsroom's credit in place of a byline: its word and up to three words (the agency's).
_STAFF_CREDIT = re.compile(
    r"^(?:redazione|redacción|redaccion|rédaction|redaktion|redactie|redakcja|redação|"
    r"redakce|redakcia|toimitus|redaksjonen|redaktionen|редакция|редакція|σύνταξη)"
    r"(?:\s++[^\W\d_][\w.&-]*+){0,3}$",
    re.IGNORECASE,
)


def _read_name_in_parentheses(part: str, draft: Draft) -> bool:
    """A Japanese paper's reporter in parentheses under the date: "（田中 美咲）"."""
    match = _PAREN_NAME.match(part)
    if match is None or not _is_cjk(match["name"]) or not is_uncased_name(match["name"]):
        return False
    draft.byline.append(match["name"])
    draft.recognised.append(f"byline from {part!r}")
    return True


_PAREN_NAME = re.compile(r"^[（(]\s*+(?P<name>[^()（）]{2,15}?)\s*+[）)]$")


# The languages whose word is another language's "by" and means something else in them.
_NOT_BY = {"id": ("di", "da"), "ms": ("di", "da"), "sv": ("da",), "no": ("da",)}
# "by" after the names: Turkish "Elif Karaca tarafından 9 Mart 2025 tarihinde yayınlandı",
# Hindi "... द्वारा".
_BY_AFTER = re.compile(r"^(?P<names>[^\d|·•]{2,60}?)\s++(?:tarafından|द्वारा)(?:\s++(?P<rest>.+))?$")


def _read_names_before_by(part: str, draft: Draft) -> bool:
    """The names and the languages' "by" after them, a date after that."""
    match = _BY_AFTER.match(part)
    names = person_names(match["names"]) if match else []
    if not names:
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    found = find_date_span(match["rest"], draft.lang) if match["rest"] else None
    if found and draft.date is None:
        draft.date = found[0]
        draft.recognised.append(f"date {found[0].isoformat()} from {part!r}")
    return True


def _read_credited_name(part: str, draft: Draft) -> bool:
    """A name with its agency or outlet beside it: "Rūta Jankauskienė (ELTA)", "Matej Zupan
    / STA", "Rizky Pratama - detikNews", "Anna Wróblewska (PAP Biznes)". The name is the
    byline; an agency's initials alone are the source when none is known yet."""
    match = _NAME_CREDIT.match(part)
    if match is None:
        return False
    name = match["name"].strip()
    credit = match["paren"] or match["slash"] or match["dash"]
    agency = _AGENCY.match(credit) and credit.split()[0].isupper()
    outlet = match["dash"] and any(char.isupper() for char in credit[1:])
    if not (agency or outlet) or not (is_name(name) and is_person(name)) or is_place(name):
        return False
    draft.byline.append(name)
    draft.recognised.append(f"byline from {part!r}")
    if agency and credit.isupper() and draft.source is None:
        draft.source = credit
        draft.recognised.append(f"source {credit!r} from {part!r}")
    return True


# A name and its credit: in parentheses, after a slash, or an outlet's one word after a dash.
_NAME_CREDIT = re.compile(
    r"^(?P<name>[^()/|\d]{4,60}?)(?:\s?+\((?P<paren>[^()]{2,30}+)\)|\s/\s(?P<slash>[^/]{2,30}+)|"
    r"\s[-–]\s(?P<dash>\S{2,30}+))$"
)
# An agency's initials, alone or with a word ("PAP Biznes"): "STA", "ELTA", "TTXVN", "БТА".
_AGENCY = re.compile(r"^[^\W\d_a-zа-я]{2,6}+(?:\s++[^\W\d_]++)?$")
# The desk beside a byline on its line is at most this many words ("ABC Sport").
KICKER_WORDS = 4


def read_footer_byline(line: str, draft: Draft) -> bool:
    """A byline in the footer with the time after it, as Blogger and WordPress themes print
    it ("Posted by Mary Jones at 9:14 PM", "Publicado por X en 10:32"); a credit without a
    time ("Photo by X") is not one. The names are the byline when there is none yet."""
    from tearsheet.recognise import Draft

    if _NAME_CREDIT.match(line):
        # "Lê Huy Hải (TTXVN)" under the story: the reporter and the agency.
        trial = Draft(lang=draft.lang, source=draft.source)
        if not _read_credited_name(line, trial):
            return False
        if not draft.byline:
            draft.byline.extend(trial.byline)
            draft.recognised.extend(trial.recognised)
        draft.source = trial.source
        return True
    if not _BY_LEAD.match(line) or not _TIME_AFTER.search(line):
        return False

    trial = Draft(lang=draft.lang)
    if not read_byline(line, trial):
        return False
    if not draft.byline:
        draft.byline.extend(trial.byline)
        draft.recognised.extend(trial.recognised)
    return True


def credit_line(line: str) -> bool:
    """A short line with a "by" that names no author: a picture's credit ("Illustration by
    Paul Spella / The Atlantic. Source: Getty.")."""
    return len(line) <= CREDIT_LENGTH and bool(_BY_LEAD.match(line))


def is_writer(holder: str, byline: list[str]) -> bool:
    """A copyright line's holder who is the writer ("© 2025 Maeve Doherty" under her own
    newsletter, "© 2025 Kasia z Drogi" under her blog): the byline's one name, so no source
    (a newsletter's name beside its writer's, "Kabar Pagi" and "Dewi Anggraini", is not)."""
    return len(byline) == 1 and holder.casefold() == byline[0].casefold()


def sender_name(sender: str) -> str:
    """The person in an e-mail's sender, without the newsletter's name beside it ("Bruno
    Tavares | Bolso Cheio", "Maeve Doherty from Cold Compost", "Marta Puig de La setmana
    verda"); the sender as it is when it is one name ("Sanne de Vries") or none."""
    if is_name(sender):
        return sender
    for part in _SENDER_SPLIT.split(sender)[:1]:
        if is_name(part.strip()):
            return part.strip()
    return sender


# Between a newsletter writer's name and the newsletter's in a sender: a separator, or the
# languages' "from" (Substack writes "<name> from <newsletter>" in the reader's language).
_SENDER_SPLIT = re.compile(
    r"\s+(?:[|–—-]|from|de|von|van|di|da|du|från|fra|fran|z|ze|od|dari|з|от|из|από)\s+"
)
