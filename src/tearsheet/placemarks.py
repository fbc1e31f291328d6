"""Datelines written without a wire's form: a place and a full stop, a danda, a comma, a
bullet before the agency, or nothing at all before the story's first sentence."""

from __future__ import annotations

import re
import unicodedata

from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES
from tearsheet.places import LARGE_CITY, greek_spelling, is_place_name
from tearsheet.recognise import Draft
from tearsheet.zones import stop_words

# "जयपुर। राजस्थान में …": a place in an Indic script and a danda; Nepali papers write the
# day and month before it ("५ फागुन, काठमाडौं । …") or after it ("काठमाडौं, फागुन ५ ।").
_INDIC = "[\u0900-\u0963\u0966-\u0dff]"  # the Indian scripts' letters and signs, no danda
_PLACE_DANDA = re.compile(
    rf"^(?:\d{{1,2}} {_INDIC}{{2,12}}+, )?"
    rf"(?P<place>{_INDIC}{{2,20}}+(?: {_INDIC}{{2,20}}+)?)"
    rf"(?:, {_INDIC}{{2,12}}+ \d{{1,2}})?\s?।\s*+"
)
# "MOMBASA, Familia zaidi …": a place in capitals, a comma and a sentence.
_CAPITALS_COMMA = re.compile(
    r"^(?P<place>[A-ZÀ-Þ]{4,20}+(?: [A-ZÀ-Þ]{2,20}+)?),\s++(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# "Харків • Укрінформ Енергетики …", "Lublin | PAP Wojewoda …": a place, a bullet or bar,
# a news agency's name, and the story with no mark after it.
_PLACE_BULLET_AGENCY = re.compile(
    r"^(?P<place>[^\W\d_][\w'’.-]{1,30}+(?: [^\W\d_][\w'’.-]{1,30}+){0,2}?)\s++[•·|]\s++"
    rf"(?P<agency>(?i:{AGENCY_NAMES})|{AGENCY_INITIALS})(?:\s*+[.:–—-])?\s++(?=\S)"
)
# A German regional paper's "Heidelberg. Der Gemeinderat hat ...", a Tanzanian one's "Dar es
# Salaam. Mvua kubwa …", a Mexican one's "Ciudad de México. El volcán …": one to three
# capitalised words (a particle between them) and a full stop, then a sentence.
_PLACE_STOP = re.compile(
    r"^(?P<place>[^\W\d_][\w-]{2,30}+(?:\s(?i:de|del|do|da|di|am|an|es)\s[^\W\d_][\w-]{1,30}+"
    r"|\s[^\W\d_][\w-]{1,30}+)?)\.\s++"
)
# The languages whose papers open a story so with any place ("Heidelberg. Der …"); in the
# others only a known place does ("Basta. Los vecinos …" reads the same), but for English,
# whose papers write "PARIS —": "Paris. The city …" is a one-word sentence there.
PLACE_STOP_LANGUAGES = frozenset(("de",))
NO_PLACE_STOP_LANGUAGES = frozenset(("en",))
# Words in capitals before a dash that are labels, not places ("UPDATE - ").
NOT_PLACES = frozenset(
    "update updated breaking exclusive live watch video analysis opinion correction "
    "eilmeldung urgent última ultima hora directo direct photos photo note opini opinión "
    "opinião opinione análisis analisi komentar komentář kommentar editorial video foto "
    "terkini infografis".split()
)
# After "Heidelberg." the paragraph goes on for at least this long.
PLACE_STOP_REST = 60
# The small words inside a place's name ("Rio de Janeiro", "Frankfurt am Main", "Dar es
# Salaam").
_PARTICLES = frozenset("de do da del di la am an upon es".split())
# The function word after a place with no mark is an article or a pronoun: this short at
# most ("A", "Die", "The"), which leaves the frequent nouns of the stop lists ("County").
_ARTICLE = 3
# "L'Ajuntament", "D’Alembert": a capital, an apostrophe, the word it is elided before.
# Only the Romance articles and "de" elide so ("L'", "D'"): "O'Connell", "O'Brien" are names.
_ELIDED = re.compile(r"[LD]['’](?=[^\W\d_])")
# ... and which the story's first paragraphs write in small letters this often.
_ARTICLE_USES = 2
_ARTICLE_PARAGRAPHS = 3
# The place named again in another case within this many words of the sentence, its stem
# (its name but for this many last letters) at least this long.
_DECLINED_REACH = 6
_ENDING = 2
_STEM = 4
# A place's name has at most this many words ("Rio de Janeiro", "Santa Cruz de Tenerife").
_PLACE_WORDS = 4
# ... and a word of it at most this many letters ("Mönchengladbach", "Thiruvananthapuram").
_PLACE_WORD = 30


def read_place_mark(paragraphs: list[str], draft: Draft) -> bool:
    """A Hindi paper's "जयपुर। राजस्थान में …" (the place and a danda), an East African
    paper's "MOMBASA, Familia zaidi …" (the place in capitals and a comma, named again in
    the story as a place is), Yle's "LAHTI Kerttu …" and Folha's "São Paulo A inauguração
    …" (a known place and the sentence, no mark), "Харків • Укрінформ …": the dateline."""
    first = paragraphs[0]
    words = first.split(" ", _PLACE_WORDS)
    for size in range(min(len(words) - 1, _PLACE_WORDS), 0, -1):
        place, rest = " ".join(words[:size]), " ".join(words[size:])
        if (
            _capitals_over_sentence(place, rest, draft.lang)
            or _place_over_sentence(place, rest, paragraphs, draft.lang)
            or _place_declined_after(place, rest, draft.lang)
        ):
            draft.dateline = title_case(place, draft.lang) if place.isupper() else place
            paragraphs[0] = rest
            draft.recognised.append(f"dateline {draft.dateline!r} from {place!r}")
            return True
    if glued := _glued_place(first, draft.lang):
        draft.dateline, paragraphs[0] = glued
        draft.recognised.append(f"dateline {draft.dateline!r} glued to the story")
        return True
    if (agency := _PLACE_BULLET_AGENCY.match(first)) and _known_place_before(agency, first):
        draft.dateline = agency["place"]
        paragraphs[0] = first[agency.end() :]
        draft.recognised.append(f"dateline {draft.dateline!r} from {agency[0].strip()!r}")
        draft.credit_agency(agency["agency"], "the wire dateline", dateline=True)
        return True
    match = _PLACE_DANDA.match(first) or _CAPITALS_COMMA.match(first)
    if match is None or len(first) < match.end() + PLACE_STOP_REST:
        return False
    place = match["place"]
    if place.isupper():
        if place.casefold() in NOT_PLACES or re.search(
            r"[(/]|\s[–—-]\s", first[: match.end() + 40]
        ):
            # "LONDON, May 14 (Reuters) -", "DUBAI, United Arab Emirates —": a wire's
            # dateline, read whole or not at all
            return False
        place = title_case(place, draft.lang)
        again = re.compile(rf"(?<=\w )(?:{re.escape(place)}|{re.escape(match['place'])})\b")
        if not any(again.search(text) for text in paragraphs[:4]):
            return False
    draft.dateline = place
    paragraphs[0] = first[match.end() :]
    draft.recognised.append(f"dateline {place!r} from {match[0].strip()!r}")
    return True


def _glued_place(first: str, lang: str | None) -> tuple[str, str] | None:
    """VnExpress's "TP HCMTuyến metro …", "Hà NộiChính phủ …": the place, set apart on the
    page, copied with no space before the sentence's first word. A place's word ends in
    capitals or a small letter, glued to a capitalised word; the place is a known one, or in
    capitals after another word ("iPhone", "YouTube", "McDonald's", "JPMorgan" are words
    written so, no places)."""
    words = first.split(" ", _PLACE_WORDS)
    for size, word in enumerate(words[:_PLACE_WORDS], start=1):
        reach = min(len(word) - 1, _PLACE_WORD + 1)  # a place's word, not a whole huge word
        cut = next((k for k in range(2, reach) if _glued_at(word, k)), None)
        if cut is None:
            continue
        place = " ".join([*words[: size - 1], word[:cut]])
        rest = " ".join([word[cut:], *words[size:]])
        # An unknown place in capitals is the last of its words ("TP HCM"): one word of
        # capitals glued to a capitalised part is a brand's ("JPMorgan", "NBCUniversal").
        capitals = (
            " " in place and place.replace(" ", "").isupper() and place.casefold() not in NOT_PLACES
        )
        if (
            is_place_shaped(place)
            and len(rest) > PLACE_STOP_REST
            and (capitals or is_place_name(place, lang))
        ):
            return place, rest
        return None
    return None


def _glued_at(word: str, cut: int) -> bool:
    """A capitalised word starts at ``cut`` inside ``word``, glued to what is before it: a
    small letter ("NộiChính") or a run of capitals ("HCMTuyến")."""
    if not (word[cut].isupper() and word[cut + 1].islower()):
        return False
    before = word[:cut]
    return before[-1].islower() or (before.isalpha() and before.isupper())


def _known_place_before(match: re.Match[str], first: str) -> bool:
    return is_place_name(match["place"]) and len(first) >= match.end() + PLACE_STOP_REST


def _capitals_over_sentence(place: str, rest: str, lang: str | None) -> bool:
    """ "LAHTI Kerttu Niskanen …": a large city's name in capitals, then a sentence opening
    with a capitalised word, long enough to be the story's first."""
    following = (rest.split() or [""])[0]
    return (
        place.isupper()
        and place.replace(" ", "").isalpha()
        and following.istitle()
        and len(rest) > PLACE_STOP_REST
        and is_place_name(place, lang, population=LARGE_CITY)
    )


def _place_over_sentence(place: str, rest: str, paragraphs: list[str], lang: str | None) -> bool:
    """ "São Paulo A inauguração …", "Wuppertal Die Stadt …": a known place in bold on the
    page, then the sentence's capitalised article with no mark between, which no sentence
    writes after a place's name. An article is a short frequent word that the story writes
    in small letters too ("a", "die"), which "Cork County councillors" and "Madrid Río es"
    are not."""
    following = (rest.split() or [""])[0]
    # An article elided before the noun ("L'Ajuntament", "L’équipe"): the article is its
    # letter and the apostrophe.
    elided = _ELIDED.match(following)
    if elided:
        following = elided[0]
    stops = stop_words(lang)
    if not (
        is_place_shaped(place)
        and place[-1].isalpha()
        and not place.isupper()
        and following[:1].isupper()
        and len(following) <= _ARTICLE
        and (elided or following.casefold() in stops)
        and len(rest) > PLACE_STOP_REST
    ):
        return False
    if elided:  # "l'alcalde", "l’équipe": the article in small letters, either apostrophe
        small = re.compile(rf"(?<!\w){re.escape(following[0].casefold())}['’](?=\w)")
    else:
        small = re.compile(rf"(?<!\w){re.escape(following.casefold())}(?!\w)")
    story = " ".join(paragraphs[:_ARTICLE_PARAGRAPHS])
    uses = 1 if elided else _ARTICLE_USES  # an elision is a function word's by its form
    return len(small.findall(story)) >= uses and is_place_name(place, lang)


def _place_declined_after(place: str, rest: str, lang: str | None) -> bool:
    """ "Pardubice Hokejisté Pardubic vyhráli …": a known place in bold on the page, then
    the sentence, which names the place again at once in another case (the inflected
    languages' "Pardubic", "Brně", "Krakowa"), as no sentence opening with the place's own
    name would ("Boston Red Sox fans in Boston")."""
    following = rest.split()[:_DECLINED_REACH]
    if (
        " " in place
        or not place[-1].isalpha()
        or place.isupper()
        or not following
        or not following[0].istitle()
        or len(rest) <= PLACE_STOP_REST
    ):
        return False
    stem = place[:-_ENDING].casefold()
    declined = any(
        (word := w.strip(",.;:»«„“\"'").casefold()).startswith(stem) and word != place.casefold()
        for w in following
    )
    return len(stem) >= _STEM and declined and is_place_name(place, lang)


def read_place_stop(paragraphs: list[str], draft: Draft) -> None:
    """ "Heidelberg. Der Gemeinderat hat ...": the place opening a German regional paper's
    story (the convention is theirs), a word that is not a function word, followed by one
    that is. A one-word interjection opening the story ("Nein. Die ...") reads the same,
    so in the other languages only a known place opens a story so ("Dar es Salaam. Mvua")."""
    if not paragraphs or draft.dateline is not None:
        return
    if not (m := _PLACE_STOP.match(paragraphs[0])):
        return
    lang = (draft.lang or "en")[:2]
    known = (m["place"].isupper() or lang not in NO_PLACE_STOP_LANGUAGES) and is_place_name(
        m["place"], draft.lang
    )
    if lang not in PLACE_STOP_LANGUAGES and not known:
        return
    place, rest = m["place"], paragraphs[0][m.end() :]
    stops = stop_words(draft.lang)
    words = place.split()
    following = rest.split()[:1]
    if (
        (not stops and not known)
        or not is_place_shaped(place)
        or (words[-1].casefold() in stops and not known)
        or not following
        or not opens_sentence(rest)
        or (following[0].casefold() not in stops and not known)
        or len(rest) < PLACE_STOP_REST
    ):
        return
    draft.dateline = title_case(place, draft.lang) if place.isupper() else place
    paragraphs[0] = rest
    draft.recognised.append(f"dateline {place!r} from {m[0].strip()!r}")


# Georgian's everyday letters (Mkhedruli): Unicode counts them small letters since it
# added their capitals (Mtavruli), which text writes only in headings; a sentence and a
# place's name open with them.
_MKHEDRULI = re.compile(r"[\u10d0-\u10ff]")


def _is_small(char: str) -> bool:
    """A small letter of a script that opens names and sentences with capitals."""
    return char.islower() and not _MKHEDRULI.match(char)


def opens_sentence(rest: str) -> bool:
    """The text after a dateline opens a sentence: a capital, a digit, a quotation mark, or a
    letter of a script without capitals ("भारत", "მთავრობამ")."""
    first = rest[:1]
    caseless = first.isalpha() and not _is_small(first) and not first.isupper()
    return first.isupper() or first.isdigit() or caseless or first in "\"“„«'‘"


def is_caseless(text: str) -> bool:
    """Written in a script without capitals (Hebrew, Thai, Arabic, Devanagari, Georgian …)."""
    return not any(char.isupper() or _is_small(char) for char in text)


def is_place_shaped(place: str) -> bool:
    """Every word of a place is capitalised (or in a script without capitals: "नई दिल्ली",
    "თბილისი"), but for the particles ("Rio de Janeiro")."""
    return all(not _is_small(word[0]) or word in _PARTICLES for word in place.split())


def title_case(text: str, lang: str | None) -> str:
    """ "İZMİR" → "İzmir", "DİYARBAKIR" → "Diyarbakır" in Turkish and Azerbaijani (dotted and
    dotless i are two letters); "NEW YORK" → "New York" elsewhere."""
    if (greek := greek_spelling(text)) is not None:
        return greek  # "ΑΘΗΝΑ" → "Αθήνα": Greek capitals drop the accents
    if (lang or "")[:2] in ("tr", "az"):
        text = text.replace("I", "ı").replace("İ", "i")
        return " ".join(
            w[:1].replace("i", "İ").replace("ı", "I").upper() + w[1:].lower()
            for w in text.split(" ")
        )
    words = [
        # "TP HCM" (Thành phố Hồ Chí Minh): a Latin word without a vowel abbreviates a name.
        word if _is_abbreviation(word) else titled
        for word, titled in zip(
            text.split(" "), text.title().replace("i\u0307", "i").split(" "), strict=True
        )
    ]
    # "CIUDAD DE MÉXICO" → "Ciudad de México": a particle inside a name stays small.
    return " ".join([words[0], *(w.lower() if w.lower() in _PARTICLES else w for w in words[1:])])


_VOWELS = frozenset("AEIOUY")


def _is_abbreviation(word: str) -> bool:
    """A word of Latin capitals with no vowel ("TP", "HCM"): initials, not a word to title."""
    letters = [unicodedata.normalize("NFD", char)[0] for char in word if char.isalpha()]
    return (
        len(letters) >= 2
        and all("A" <= letter <= "Z" for letter in letters)
        and not _VOWELS.intersection(letters)
    )


# The scripts written without spaces between words (Thai, Lao, Tibetan, Myanmar, Khmer,
# Chinese, Japanese).
_UNSPACED = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]")
# The story's first paragraphs looked at for the place named again.
_AGAIN_PARAGRAPHS = 3


def named_again_caseless(place: str, rest: str, paragraphs: list[str]) -> bool:
    """ "హైదరాబాద్: … హైదరాబాద్ జట్టు …", "បាត់ដំបង៖ … ខេត្តបាត់ដំបង។": in a script without
    capitals, a place no city list knows before a colon, which the story's first
    paragraphs name again (a case ending or a word glued to it, as the script writes); a
    label ("నోట్:") is not named again. Scripts written without spaces between words name
    it inside a run of letters; the others after a space."""
    unspaced = _UNSPACED.search(place) is not None
    pattern = re.escape(place) if unspaced else rf"(?<!\S){re.escape(place)}"
    again = re.compile(pattern)
    return any(again.search(text) for text in (rest, *paragraphs[1:_AGAIN_PARAGRAPHS]))


def is_label_words(place: str, lang: str | None) -> bool:
    """ "I DETTE NUMMER:", "IN THIS ISSUE:": words in capitals before a colon, most of them
    function words of the language (a place's particles aside), and no place's name: a
    label, not a dateline ("RIO DE JANEIRO:", "NEW DELHI:" are places)."""
    words = [w.casefold() for w in place.split()]
    if not place.isupper() or len(words) < 2:
        return False  # a script without capitals writes no label so; "CITY:" is a place's
    stops = stop_words(lang)
    function = sum(w in stops and w not in _PARTICLES for w in words)
    return function * 2 > len(words) and not is_place_name(place, lang)
