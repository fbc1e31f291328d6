"""Whether words are a person's name: told from an organisation's, a role's, a menu's and a
place's, in scripts with capitals and without."""

from __future__ import annotations

import functools
import re
from itertools import takewhile
from typing import TYPE_CHECKING

from tearsheet.bodywords import BODY_WORDS
from tearsheet.notnamewords import (
    MENU_WORDS,
    ORGANISATION_ENDS,
    ORGANISATION_STEMS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    REGION_WORDS,
    ROLE_WORDS,
    is_role_word,
)
from tearsheet.uncasedwords import UNCASED_LETTER, is_script_initial, is_uncased_word

if TYPE_CHECKING:
    import gender_guesser.detector

# The names of a bare name line: two to four capitalised words, with the particles names
# carry (is_name).
NAME_PARTICLES = frozenset(
    """de da das do dos van von der den del di du la le bin binti bint ibn ben ter ten te
    della dei degli dello des""".split()
)
# A first word in capitals this long is an organisation's initials ("ABC", "NDR"), not a
# first name (initials such as "JD" are shorter).
ACRONYM_LENGTH = 3
# A role line is at most this many words.
ROLE_LINE_WORDS = 5
# A word in lower case inside a handle is at most this long.
JOINING_LENGTH = 3
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*+")
# An article joined to a name: "al-Hassan", "el-Sayed", "d'Estaing".
# ... and Italian family names with a joined preposition ("dell'Orto", "dall'Oglio").
_JOINED_ARTICLE = re.compile(r"(?i:al|el|ad|ar|as|an|d|l|dell|dall|degl|nell|sant)[-'’][A-ZÀ-ÖØ-Þ]")
# A Chinese or Japanese name: three or four characters, or two parts parted by a space.
_CJK_PART = r"[\u3040-\u30ff\u4e00-\u9fff]{1,5}+"
# A Japanese name written without the space: a family name in kanji, a given name in kana
# ("山本ゆかり", "田中ユキ"), not ending as a verb, an adjective or a particle does
# ("大切です", "新しい", "東京から").
_JAPANESE_NAME = (
    r"[\u4e00-\u9fff]{1,3}+(?:[\u3041-\u3096]{2,4}+|[\u30a1-\u30fa]{2,4}+)"
    r"(?<![すたてでにだをはがもねよい])(?<!から)(?<!まで)"
)
_CJK_FULL_NAME = re.compile(
    rf"[\u4e00-\u9fff]{{3,4}}+|{_CJK_PART}[ \u3000]{_CJK_PART}|{_JAPANESE_NAME}"
)
# A reporter's or photographer's title after a Chinese or Japanese name ("田中美咲 記者").
_CJK_TITLES = (
    "記者",
    "记者",
    "特派員",
    "特派员",
    "編集委員",
    "論説委員",
    "支局長",
    "撮影",
    "编辑",
    "編輯",
)
# The honorifics after a letter's addressees, not its writer: "to all", "to the office of".
_ADDRESSEES = ("各位", "御中", "殿")
# A Chinese page's buttons for the text's size, copied as lines ("小字号", "大字號", "字体：大
# 中 小"): no name ends so.
_TYPE_SIZES = ("字号", "字號", "字体", "字體")
# Korean: a name is not told from a section's label ("정치", "사회") without "기자".
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# The writer's address on a line of its own under the name ("mka@fyens.dk").
_EMAIL_LINE = re.compile(r"[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,4}+")
# The words of the lists above, none of which a person's name holds.
# ... nor a public body's ("Mesto Košice", "Gemeente Zwolle", "Ministerio de Sanidad").
_NOT_NAME_WORDS = ORGANISATION_WORDS | ROLE_WORDS | MENU_WORDS | BODY_WORDS | REGION_WORDS


# A writer's initials alone, two or three with their full stops ("E. H.", "M.K.P."), each a
# capital (is_name asks): the small letters of every script are no initials ("š. ž.").
# ... but for the initials of the places a page's menu and datelines write so ("U.S.").
PLACE_INITIALS = frozenset("U.S. U.K. E.U. U.N. U.S.A. D.C. N.Y. L.A. N.Z. S.A.".split())
_INITIALS = re.compile(r"[^\W\d_]\.(?: ?[^\W\d_]\.){1,2}+")
# The father's initial glued to the given name, as Mongolian papers write a writer
# ("Б.Төгсбаяр", "Д.Батсайхан"): one capital, its stop, a capitalised word.
_GLUED_INITIAL = re.compile(r"(?-i:[^\W\d_])\.(?=[^\W\d_])[^\W\d_][^\W\d_]{2,30}+")


def is_name(line: str) -> bool:
    """Two to four capitalised words, with particles between them ("Sanne de Vries"), in any
    script that has capitals (Latin, Cyrillic, Greek): "Анна Петрова" as "Ann Lee"."""
    if _INITIALS.fullmatch(line) and all(char.isupper() for char in line if char.isalpha()):
        # "E. H.": a Bosnian, Croatian or Slovene paper's writer by initials.
        return line.replace(" ", "") not in PLACE_INITIALS
    line = line.rstrip(".")
    if line.isupper() or len(line) > 80 or is_organisation(line):
        return False
    if _GLUED_INITIAL.fullmatch(line):
        return line[0].isupper() and line[2].isupper() and line[3:].islower()
    words = line.split()
    core = [
        word
        for at, word in enumerate(words)
        if word not in NAME_PARTICLES
        and not _joins_surnames(words, word)
        and not _nickname_at(words, at)
    ]
    if not 2 <= len(core) <= 4 or words[0] != core[0] or words[-1] != core[-1]:
        return False
    return all(_NAME_WORD.fullmatch(word) and _capitalised(word) for word in core)


def _joins_surnames(words: list[str], word: str) -> bool:
    """Catalan "i" and Spanish "y" between a name's two family names ("Jordi Puigvert i
    Sala", "José Ortega y Gasset"): after a given and a family name, before the last word;
    between two full names it is "and" ("Anna Nowak i Jan Kowalski")."""
    return word in SURNAME_JOINS and len(words) == 4 and words[2] == word


# The words that join a person's two family names (Catalan, Spanish).
SURNAME_JOINS = frozenset(("i", "y"))


def _capitalised(word: str) -> bool:
    """A capital first, or after an article joined to the name ("al-Hassan", "d'Estaing")."""
    return word[0].isupper() or bool(_JOINED_ARTICLE.match(word))


def is_uncased_name(line: str) -> bool:
    """A name in a script without capitals: a Chinese or Japanese name of three or four
    characters, or two parts with a space ("田中 美咲", "さとう あきこ"; two characters may
    be a section's label, "経済"), or two or three words of letters alone ("נועה ברגר",
    "राजेश बिष्ट"). A section's label may look the same ("أخبار محلية"): only a date or a
    role right under it tells a name (name_reach)."""
    words = line.split()
    if not words or len(line) > 40 or is_organisation(line):
        return False
    if is_cjk(line):
        titled = line.endswith(_CJK_TITLES) or line.startswith(_CJK_TITLES)
        # "報道機関 各位", "営業部 御中": the addressees a Japanese release opens with.
        addressed = line.endswith(_ADDRESSEES) or line.endswith(_TYPE_SIZES)
        return bool(_CJK_FULL_NAME.fullmatch(line)) and not titled and not addressed
    # A fourth word with a particle of lineage ("محمد بن عبد الله", "אורי בן דוד").
    longest = 4 if any(word in UNCASED_PARTICLES for word in words[1:-1]) else 3
    # The South Indian initials before the given name ("க. செந்தில்குமார்", "ఎం. రాజేశ్").
    initials = len(list(takewhile(is_script_initial, words[:-1])))
    return (
        2 <= len(words) <= longest
        and all(is_uncased_word(word) for word in words[initials:])
        and not any(_HANGUL.search(word) for word in words)
        and not any(word in UNCASED_FUNCTION_WORDS for word in words)
    )


# The particles of Arabic, Persian, Urdu and Hebrew names: "son of", "daughter of",
# "servant of", "father of", "family of".
UNCASED_PARTICLES = frozenset("بن بنت ابن عبد أبو ابو آل بن‌ בן בת".split())
# The postpositions of Urdu and Hindi ("of", "in", "from", "on", "to") and Arabic "in",
# "from", "to", which no name holds: "کراچی کا پانی" (Karachi's water) is a headline's words.
UNCASED_FUNCTION_WORDS = frozenset("کا کی کے میں سے پر کو का की के में से पर को في من إلى".split())


def name_reach(line: str) -> int:
    """How many lines under a bare name line may hold the date or role that confirms it:
    one for a name in a script without capitals, which a section's label may look like."""
    return 2 if is_name(line) else 1


def lines_under_name(blocks: list[str], index: int, lang: str | None) -> list[str]:
    """The lines under a bare name line that may confirm it (name_reach); under a name in a
    script without capitals, the place it wrote from may stand first ("শফিকুল ইসলাম /
    রাজশাহী / প্রকাশ: …"), and the line under the place is looked at too."""
    from tearsheet.places import is_place_name

    reach = name_reach(blocks[index])
    under = blocks[index + 1 : index + 1 + reach]
    if reach == 1 and under and is_place_name(under[0], lang):
        return blocks[index + 1 : index + 3]
    return under


def is_person(name: str) -> bool:
    """A name as bylines give it: at most five words, each capitalised (or a particle),
    without the punctuation of a sentence or a credit ("Paul Spella / The Atlantic"), and
    no organisation's ("Redacción", "Team Natuurmonumenten")."""
    words = name.split()
    if is_cjk(name):
        return 2 <= len(name) <= 12
    return (
        0 < len(words) <= 5
        and not any(mark in name for mark in "/:;!?@()")
        and all(
            starts_as_name(w)
            or w.casefold() in NAME_PARTICLES
            or _is_joining(w, at, words)
            or _nickname_at(words, at)
            for at, w in enumerate(words)
        )
        and not is_organisation(name)
    )


# A nickname in quotes between the given name and the surname: "Bartosz „Bart” Kręcki",
# "William “Bill” Smith", "Jean «Jeannot» Martin".
_NICKNAME = re.compile(r"[„“\"«‘‚'](?P<name>[^\W\d_][\w.-]{0,20})[”“\"»’‘']")


def _nickname_at(words: list[str], at: int) -> bool:
    """A nickname in quotes inside a name that opens with a known given name (not a title's
    quoted word, "Project „Phoenix” Launched")."""
    found = _NICKNAME.fullmatch(words[at]) if 0 < at < len(words) - 1 else None
    return (
        found is not None
        and starts_as_name(found["name"])
        and has_given_name(f"{words[0]} {words[-1]}")
    )


def is_organisation(name: str, *, menu: bool = True) -> bool:
    """A word of an organisation's name, a journalist's role or (with ``menu``) a menu's
    ("Nation Media Group", "Dziennikarz Przeglądu Sportowego", "My Account")."""
    first = name.split()[0] if name.split() else ""
    if len(first) >= ACRONYM_LENGTH and first.isalpha() and first.isupper() and not name.isupper():
        return True  # "ABC Gippsland", "NDR Kultur": a broadcaster's desk, not a person
    if menu and _opens_with_article(name):
        # "La Voz", "The Atlantic", "Le Monde": a paper's name, not a person's (a title's
        # too: "Sourdough Crackers (The Only Recipe)" is no name and its desk).
        return True
    # A joined word's parts too ("state-owned", "Staats-Zeitung").
    words = [part for word in name.casefold().split() for part in {word, *word.split("-")}]
    words = [word.strip(".,’'") for word in words]
    listed = _NOT_NAME_WORDS if menu else _NOT_NAME_WORDS - MENU_WORDS
    return any(
        word in listed
        or is_role_word(word)
        or word.startswith(ORGANISATION_STEMS)
        or word.endswith(ORGANISATION_ENDS)
        or word in _service_words()
        for word in words
    )


def _opens_with_article(name: str) -> bool:
    """A capitalised definite article first, as a paper's or a site's name opens ("La Voz",
    "The Atlantic", "Der Standard"), never a person's full name ("Sanne de Vries", "Jean Le
    Pen" hold it inside). Vietnamese "Le" is a family name written first ("Le Thi Hoa"): a
    name of two words only opens with the French "Le" ("Le Monde", "Le Soir")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first = words[0].casefold()
    return first in _PAPER_ARTICLES or (first == "le" and len(words) == 2)


# The definite articles a paper's or site's name opens with (those MENU_WORDS lists are
# never a name's anywhere: "El", "Il", "Los", "Die", "Het").
_PAPER_ARTICLES = frozenset("the la les der das".split())


@functools.cache
def _service_words() -> frozenset[str]:
    """The languages' names for themselves in scripts without capitals, as a broadcaster's
    language service is named ("بی‌بی‌سی فارسی", "BBC हिंदी", "বিবিসি বাংলা"), as CLDR
    gives them (a name in a script with capitals may hold one: "Jane English"); and a
    newsroom's "team" or "bureau" as those scripts write it ("लोकसत्ता टीम")."""
    from babel import Locale

    words = set(UNCASED_DESKS)
    for code in UNCASED_LANGUAGES:
        name = Locale.parse(code).get_language_name(code) or ""
        if not any(char.isupper() or char.islower() for char in name):
            words.update(name.casefold().split())
    return frozenset(words)


# The languages written in scripts without capitals that a language service may be named
# for (loading only these of CLDR's locales keeps the first import quick).
UNCASED_LANGUAGES = (
    "ar fa ur ps sd ckb ug he yi hi mr ne bn as pa gu or ta te kn ml si th lo my km bo am "
    "ti zh ja ko".split()
)


# "Team" and "bureau" in scripts without capitals, and the spellings of a language's name
# CLDR does not give ("हिंदी").
UNCASED_DESKS = frozenset(
    """टीम ब्यूरो ٹیم بیورو টিম ব্যুরো تیم فريق צוות ทีม டீம் हिंदी عربي""".split()
) | frozenset(
    # A newsroom's "editorial staff" credited as the writer ("ผู้เขียน : กองบรรณาธิการ"):
    # the desk, no person.
    """กองบรรณาธิการ บรรณาธิการ تحریریه التحرير המערכת संपादकीय""".split()
)


def is_role_line(line: str) -> bool:
    """A journalist's role or desk on a line of its own, under the name ("Energy
    correspondent", "Dziennikarz Przeglądu Sportowego", "Staff Writer"): no headline."""
    words = line.casefold().split()
    return 0 < len(words) <= ROLE_LINE_WORDS and any(
        is_role_word(word.strip(".,")) for word in words
    )


def confirms_byline(line: str) -> bool:
    """A line under a bare name that makes it a byline: the writer's role ("Energy
    correspondent"), desk ("BBC News, Wales", a few words with an organisation's word) or
    e-mail address."""
    desk = line.replace(",", " ")
    return (
        is_role_line(line)
        or bool(_EMAIL_LINE.fullmatch(line))
        or (0 < len(line.split()) <= ROLE_LINE_WORDS and is_organisation(desk, menu=False))
    )


def is_outlet(part: str) -> bool:
    """What a name line gives beside the name after a bar: the outlet or the place ("El
    Heraldo de Oaxaca", "Málaga"), a few words, not a second person's name."""
    words = part.split()
    return (
        0 < len(words) <= ROLE_LINE_WORDS
        and starts_as_name(part)
        and not (is_name(part) and is_person(part))
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


@functools.cache
def _places() -> frozenset[str]:
    """The cities of the time-zone database and the world's territories, in English."""
    import zoneinfo

    from babel import Locale

    cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zoneinfo.available_timezones()}
    return frozenset(name.casefold() for name in (*cities, *Locale("en").territories.values()))


def starts_as_name(name: str) -> bool:
    """A capital, or a letter of a script without capitals (Chinese, Arabic, Hindi), or an
    article joined to a name ("al-Hassan")."""
    first = name[0]
    return (
        first.isupper()
        or (first.isalpha() and not first.islower())
        or _capitalised(name)
        or UNCASED_LETTER.match(first) is not None
    )


def has_given_name(name: str) -> bool:
    """Whether the name holds a known given name first or last ("Tuula Heikkinen", "Kovács
    Anna"), as gender-guesser's list of 40,000 first names from many countries knows them,
    or opens with a Vietnamese family name: a person, not a capitalised noun
    ("Unvollständige Unterlagen") or a greeting ("Herzliche Grüße")."""
    words = name.split()
    if not words:
        return False
    if words[0].casefold() in FAMILY_FIRST or is_vietnamese_name(name):
        return True  # "Võ Hải", "Nguyễn Văn An": the family name first, the given name last
    return any(_is_given_name(word) for word in (words[0], words[-1]))


def opens_with_given_name(name: str) -> bool:
    """A second writer's name after a comma: a known given name and a family name
    ("Paweł Nowicki"), not a desk ("University Communications") or a place ("New Delhi")."""
    words = name.split()
    first = words[0].casefold() if words else ""
    return (
        2 <= len(words) <= 3
        and first not in _ARTICLES
        and _is_given_name(words[0])
        and not is_place(name)
        and not is_organisation(name)
    )


# The articles a paper's name opens with ("Le Monde", "La Stampa", "El País", "Die Zeit"),
# some of them a given name too.
_ARTICLES = frozenset("the le la les el los las il lo der die das het de los o a".split())


def _is_given_name(word: str) -> bool:
    """A given name gender-guesser knows, as written or in Latin letters ("Алексей" as
    "Aleksei", "Νίκος" as "Nikos")."""
    if _given_names().get_gender(word) != "unknown":
        return True
    if word.isascii():
        return False
    from text_unidecode import unidecode

    latin = unidecode(word).replace("'", "")
    return latin.isalpha() and _given_names().get_gender(latin) != "unknown"


# The Vietnamese family names borne by nine in ten people, written first ("Nguyễn Văn An").
FAMILY_FIRST = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương
    lương đoàn""".split()
)


def is_vietnamese_name(name: str, *, plain: bool = False) -> bool:
    """Two to four capitalised syllables, one at least with a letter only Vietnamese writes
    ("Hiếu Lương", "Minh Thư"): a Vietnamese name, a pen name's too, whose given name
    gender-guesser does not know; with ``plain`` (a Vietnamese text's), without such a
    letter too ("Gia Minh", "Lan Anh")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(_VIETNAMESE_SYLLABLE.fullmatch(word) and word[0].isupper() for word in words)
        and (plain or any(_VIETNAMESE_LETTER.search(word) for word in words))
    )


# A syllable of Vietnamese: one to seven letters; its own letters ("ă", "đ", "ơ", "ư" and
# the tones written under or over them, "ạ", "ế", "ữ") are Latin Extended Additional's.
_VIETNAMESE_SYLLABLE = re.compile(r"[^\W\d_]{1,7}+")
_VIETNAMESE_LETTER = re.compile(r"[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")


def is_common_given_name(word: str) -> bool:
    """One of the commonest given names ("John", "María", "Jean", "Anna", "Jan"), as common
    as gender-guesser's frequency scale (1 to 13, by country) rates it 9 or more (10 for a
    name of three letters): a name, though the language's stop list holds it (jusText's
    lists, counted on Wikipedia, do), unlike the rare names that are words ("Este",
    "Alle", "Solo" rate 1 or 2)."""
    folded = word.casefold()
    if len(folded) < COMMON_NAME_LETTERS or folded in NAME_PARTICLES:
        return False
    # gender-guesser keeps each name's rating per country as one hexadecimal digit in a
    # column of its string.
    ratings = _given_names().names.get(folded, {})
    best = max(
        (
            int(c, 16)
            for s in ratings.values()
            for column, c in enumerate(s)
            if c.strip() and column not in _TRANSLITERATED
        ),
        default=0,
    )
    return best >= (COMMON_NAME_RATING + (len(folded) == COMMON_NAME_LETTERS))


# gender-guesser's columns of China, India, Japan, Korea and Vietnam: names written in
# Latin letters there are the words of other languages ("Long Island", "Son Dakika",
# "Sang Juara").
_TRANSLITERATED = frozenset(range(49, 54))
# A common given name has at least this many letters, and at least this rating.
COMMON_NAME_LETTERS = 3
COMMON_NAME_RATING = 9


@functools.cache
def _given_names() -> gender_guesser.detector.Detector:
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_cjk(text: str) -> bool:
    """Chinese or Japanese: kana and ideographs only, spaces aside."""
    return bool(text) and all("\u3040" <= char <= "\u9fff" for char in text if not char.isspace())


def _is_joining(word: str, at: int, words: list[str]) -> bool:
    """A short word in lower case inside a blog's handle ("Kasia z Drogi")."""
    return 0 < at < len(words) - 1 and len(word) <= JOINING_LENGTH and word.isalpha()


def rest_is_writer(rest: str) -> bool:
    """Words after a date on its line that are the writer's name: a name with a known given
    name ("Mar 3, 2025 Jane Doe"), or a Chinese or Japanese full name ("2025年3月3日 田中美咲");
    not a section's words ("Mar 3, 2025 Opinion Politics")."""
    if is_cjk(rest):
        return is_uncased_name(rest)
    return is_name(rest) and is_person(rest) and has_given_name(rest) and not is_place(rest)
