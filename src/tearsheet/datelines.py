"""Datelines: a wire story's "WASHINGTON (Reuters) -" and a press release's opening place
and date, read off the first paragraph into the fields."""

from __future__ import annotations

import re

from tearsheet.agencydatelines import DISTRIBUTOR, read_agency_dateline
from tearsheet.importdates import parse_date_line
from tearsheet.places import LARGE_CITY, is_place_name, weekday_names
from tearsheet.recognise import (
    ISSUER,
    Draft,
    initials_of,
    is_organisation_name,
    is_person,
)
from tearsheet.zones import MARKS, is_prose, is_sentence

# A wire dateline opening the first paragraph: "WASHINGTON (Reuters) -", "BEIJING, April 20
# (AP) —", "Paris, 6 mars 2023 (AFP) -", "Valencia, 20 ene (EFE).-", "(ANSA) - VENEZIA, 02
# MAG -", "STOCKHOLM (TT)", "CHICAGO, May 16, 2023 /PRNewswire/ --". Every part is bounded
# and the match is anchored, so a failed attempt costs a constant amount.
_WIRE_DATELINE = re.compile(
    r"^(?:\((?P<lead>[^()\n]{2,40}+)\)\s*+(?:-|—|–)\s*+)?"
    # "Frankfurt/Main", "Halle/Saale": a place with its river.
    rf"(?P<place>[^\W\d_][\w{MARKS}'’.-]{{0,30}}+(?:/[A-Z][a-z]{{2,15}}+)?"
    rf"(?:\s(?:(?:de|do|da|del|la|am|an|upon)\s)?"
    rf"[^\W\d_][\w{MARKS}'’.-]{{0,30}}+){{0,3}}?)"
    # ANI's "New Delhi [India], March 12 (ANI):": the country in brackets.
    r"(?:\s*+\[[^\]\n]{2,30}+\])?"
    r"(?:,\s*+(?P<region>[A-Z][A-Za-z.]{0,15}+(?:\s[A-Z][A-Za-z.]{0,15}+){0,2}))??"
    r"(?:,\s*+(?P<when>[^,()/–—\n]{0,20}?\d[^()/–—\n]{0,24}?)|\s++(?P<spaced>\d[^,()/–—\n]{0,24}?))?"
    r"\s*+(?:\((?P<agency>[^()\n\d]{2,40}+)\)|/(?P<wire>[^/\n]{2,30}+)/)?"
    # EFE's ".-" may run into the sentence: "Sevilla, 22 ene (EFE).-La Junta".
    r"(?:\s*+(?P<dash>\.-|--|-|—|–|:)(?:\s++|$|(?<=\.-)(?=[^\W\d_]))|(?<=[)/])[.:]?\s++(?=\S))"
)
# A website's name where a dateline writes its region ("KOMPAS.com", "Detik.com").
_WEB_OUTLET = re.compile(r"\.(?:com|net|org|co|id|in|my)\b", re.IGNORECASE)
# An agency named after the dateline's dash and a full stop, before the sentence ("— РИА
# Новости. Правительство"): one to three capitalised words.
_AGENCY_AFTER_DASH = re.compile(r"([^\W\d_]{2,15}+(?: [^\W\d_]{2,15}+){0,2})\.\s++(?=[^\W\d_])")
# "जयपुर। राजस्थान में …": a place in an Indic script and a danda.
_PLACE_DANDA = re.compile(
    r"^(?P<place>[\u0900-\u0963\u0966-\u0dff]{2,20}+(?: [\u0900-\u0963\u0966-\u0dff]{2,20}+)?)"
    r"\s?।\s*+"
)
# "MOMBASA, Familia zaidi …": a place in capitals, a comma and a sentence.
_CAPITALS_COMMA = re.compile(
    r"^(?P<place>[A-ZÀ-Þ]{4,20}+(?: [A-ZÀ-Þ]{2,20}+)?),\s++(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# "LAHTI Kerttu Niskanen …": a place in capitals and the sentence, with no mark between.
# A Czech, Slovak or South Slavic agency's "Brno - Ve věku…", a Mexican paper's
# "Monterrey, NL.- Servicios…": a place in small letters before the dash, in the languages
# whose papers write it so.
# Indonesian and Malay online papers write "Jakarta - Gempa bumi …" (detik, Kompas).
PLACE_DASH_LANGUAGES = frozenset("cs sk sl hr sr bs mk bg id ms".split())
# At most this many short lines (captions, buttons, "Comments (58)") stand over a dateline
# in the body...
CAPTIONS_OVER_DATELINE = 3
# ... each at most this long.
CAPTION_LENGTH = 220
# A German regional paper's "Heidelberg. Der Gemeinderat hat ...", a Mexican paper's "Ciudad
# de México. El volcán …": one to three capitalised words (a particle between them) and a
# full stop, then the language's function word opening a sentence.
_PLACE_STOP = re.compile(
    r"^(?P<place>[^\W\d_][\w-]{2,30}+(?:\s(?i:de|del|do|da|di|am|an)\s[^\W\d_][\w-]{1,30}+"
    r"|\s[^\W\d_][\w-]{1,30}+)?)\.\s++"
)
# The languages whose papers open a story so with any place ("Heidelberg. Der …"); in
# Spanish ("Ciudad de México. El …") only a known place, as "Basta. Los vecinos …" reads
# the same.
PLACE_STOP_LANGUAGES = frozenset(("de",))
KNOWN_PLACE_STOP_LANGUAGES = frozenset(("es",))
# news aktuell's "Lindenau (ots) -" distributes the issuer's release: no agency.
_DISTRIBUTOR_MARKS = re.compile(r"ots|pts|apa-ots", re.IGNORECASE)
# Words in capitals before a dash that are labels, not places ("UPDATE - ").
_NOT_PLACES = frozenset(
    "update updated breaking exclusive live watch video analysis opinion correction "
    "eilmeldung urgent última ultima hora directo direct photos photo note opini opinión "
    "opinião opinione análisis analisi komentar komentář kommentar editorial video foto "
    "terkini infografis".split()
)
# After "Heidelberg." the paragraph goes on for at least this long.
PLACE_STOP_REST = 60
# A press release's "Freiburg, 12. April 2017 –", "Bengaluru, March 8, 2025:", Thai
# "กรุงเทพฯ – 18 มีนาคม 2568 –": a place, a comma or dash, a date.
_PLACE_DATE_DASH = re.compile(
    rf"^(?P<place>[^\W\d_][\w{MARKS}ฯ.'’ -]{{1,40}}?)(?:[,،]\s*+|\s++[–—]\s++)"
    r"(?P<when>[^–—]{4,40}?)"
    # "– ", ".- ", ": ", or a full stop before the first sentence ("Madrid, 6 de mayo de
    # 2025. La"), or nothing after the year ("Jakarta, 4 Agustus 2025 Kementerian")
    r"(?:\.-|\s++[–—-]|:|\.(?=\s++[A-ZÀ-ÝĀ-ſ])|(?P<bare>(?<=\d{4})(?=\s++[A-ZÀ-ÝĀ-ſ])))\s++"
)


def read_wire_dateline(paragraphs: list[str], draft: Draft) -> None:
    """Move a wire dateline ("WASHINGTON (Reuters) -") or a press release's opening place and
    date ("Freiburg, 12. April 2017 –") from the first paragraph to the fields.

    A dateline opens the story: short lines over it in the body (a photo's caption, a "Copy
    link" button) are the page's, and go, when the dateline names its agency or date."""
    _read_dateline(paragraphs, draft)
    if draft.dateline is None and paragraphs and _read_place_mark(paragraphs, draft):
        return
    if draft.dateline is not None or not paragraphs:
        return
    for index in range(1, min(len(paragraphs), CAPTIONS_OVER_DATELINE + 1)):
        if len(paragraphs[index - 1]) > CAPTION_LENGTH:
            return
        trial = Draft(lang=draft.lang)
        rest = paragraphs[index:]
        # "NEW YORK –" in capitals is a dateline too under a dek that is no sentence.
        capitals = (
            rest[0][:1].isupper()
            and rest[0].split()[0].isupper()
            and not any(is_sentence(line) for line in paragraphs[:index])
        )
        _read_dateline(rest, trial)
        if trial.dateline is not None and (
            trial.source or trial.date or trial.wire_day or capitals
        ):
            for line in paragraphs[:index]:
                draft.stripped.append(f"caption or button over the dateline {line[:40]!r}")
                draft.removed.append(("caption over the dateline", line))
            paragraphs[:] = paragraphs[index:]
            _read_dateline(paragraphs, draft)
            return


def opens_with_dateline(block: str, lang: str | None) -> bool:
    """Whether the block is a story's first paragraph, opening with its dateline (which
    never opens a headline)."""
    trial, found = [block], Draft(lang=lang)
    read_wire_dateline(trial, found)
    return found.dateline is not None and is_prose(trial[0])


def is_dateline_alone(block: str, lang: str | None) -> bool:
    """Whether the block is a dateline on a line of its own ("Jakarta -", "BERLIN (dpa) -"),
    which opens the story under it."""
    story = "Die Geschichte beginnt hier, mit einem ganzen Satz, der lang genug ist."
    trial, found = [block, story], Draft(lang=lang)
    _read_dateline(trial, found)
    return found.dateline is not None and trial == [story]


def _dash_and_region(match: re.Match[str]) -> tuple[str, str]:
    """The dateline's dash and the region written with its place: "Monterrey, NL.- " is a
    region and EFE's ".-" ("Oaxaca de Juárez, Oax.-" keeps its abbreviation's stop); Kompas's
    "BEKASI, KOMPAS.com -" and "Jakarta, CNN Indonesia --" name the outlet, not a region."""
    dash, region = match["dash"] or "", match["region"] or ""
    outlet = len(region.split()) > 1 and any(w.isupper() and len(w) > 1 for w in region.split())
    if _WEB_OUTLET.search(region) or (outlet and not is_place_name(region)):
        region = ""  # "Jakarta, CNN Indonesia --": the outlet
    if dash == "-" and region.endswith("."):
        dash = ".-"
        region = region.rstrip(".") if region.rstrip(".").isupper() else region
    return dash, region


def _agency_after_dash(match: re.Match[str], rest: str) -> tuple[str | None, str]:
    """RIA's "МОСКВА, 12 мар — РИА Новости. Правительство …": the agency named after the
    dateline's dash, and the story after it; no agency and the rest as it was otherwise."""
    credited = _AGENCY_AFTER_DASH.match(rest) if match["dash"] in ("—", "–", "-") else None
    if credited and not _agency_of(match) and all(w[:1].isupper() for w in credited[1].split()):
        return credited[1], rest[credited.end() :]
    return None, rest


def _read_dateline(paragraphs: list[str], draft: Draft) -> None:
    if paragraphs and draft.dateline is None and _read_place_date(paragraphs, draft):
        return
    if paragraphs and draft.dateline is None and read_agency_dateline(paragraphs, draft):
        return
    if not paragraphs or not (match := _WIRE_DATELINE.match(paragraphs[0])):
        return
    rest = paragraphs[0][match.end() :]
    credited, rest = _agency_after_dash(match, rest)
    alone = not rest.strip() and len(paragraphs) > 1
    if not alone and len(rest) <= 20:
        return
    place = match["place"].strip()
    if place.endswith(".") and place.count(".") == 1:
        place = place[:-1]  # "MADRID. – El Gobierno": the stop is the separator's
    when = match["when"] or match["spaced"]
    if not _is_place(place) or _is_weekday(place, when, draft.lang):
        return
    agency = _agency_of(match) or credited
    wire = match["wire"]
    # "Praha 5. března (ČTK) -": a date after the place with no comma only before an agency.
    if match["spaced"] and not agency:
        return
    date = parse_date_line(when, draft.lang) if when else None
    # "NEW YORK — " alone is a dateline; "UPDATE - " is not, so a bare place is in capitals,
    # and with a plain hyphen or a colon it must not be a label word.
    dash, region = _dash_and_region(match)
    place_dash = _is_place_dash(place, dash, rest, paragraphs, draft.lang)
    bare_place = (
        (place.isupper() or place_dash)
        and len(place.replace(" ", "")) >= 4
        and (dash not in ("-", ":") or place.casefold() not in _NOT_PLACES)
        and (alone or _opens_sentence(rest))
    )
    if dash == ":" and not (agency or bare_place):
        return
    if not (agency or wire or date or (when and place.isupper()) or bare_place):
        return
    if (not dash and not (agency or wire)) or not (dash or alone or _opens_sentence(rest)):
        return
    if not dash and _is_caseless(place) and not is_place_name(place, draft.lang):
        # "משרד התחבורה אישר אתמול (שלישי) את": in a script without capitals, words and a
        # bracket with no dash are a sentence unless the words name a place
        return
    draft.dateline = title_case(place, draft.lang) if place.isupper() else place
    if region:
        draft.dateline += f", {region}"
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    if alone:
        del paragraphs[0]
    else:
        paragraphs[0] = rest
    if wire and not agency and not DISTRIBUTOR.search(wire):
        agency = _wire_credit(wire, draft)
    if agency and not _DISTRIBUTOR_MARKS.fullmatch(agency.strip()):
        draft.credit_agency(_agency_name(agency.strip()), "the wire dateline", dateline=True)
    if date and draft.date is None:
        draft.date = date
    elif when and draft.date is None:
        draft.wire_day = when.strip(" .")


# Languages that capitalise every noun: a label recurs in the text as a place does.
_NOUNS_CAPITALISED = frozenset(("de", "lb"))


def _read_place_mark(paragraphs: list[str], draft: Draft) -> bool:
    """A Hindi paper's "जयपुर। राजस्थान में …" (the place and a danda), an East African
    paper's "MOMBASA, Familia zaidi …" (the place in capitals and a comma, named again in
    the story as a place is): the dateline."""
    first = paragraphs[0]
    words = first.split(" ", 3)
    for size in (2, 1):  # "RIO DE JANEIRO" aside, a place of two words or one
        place, rest = " ".join(words[:size]), " ".join(words[size:])
        if len(words) > size and _capitals_over_sentence(place, rest, draft.lang):
            # Yle's "LAHTI Kerttu Niskanen sijoittui …": a known place in capitals, no mark.
            draft.dateline = title_case(place, draft.lang)
            paragraphs[0] = rest
            draft.recognised.append(f"dateline {draft.dateline!r} from {place!r}")
            return True
    match = _PLACE_DANDA.match(first) or _CAPITALS_COMMA.match(first)
    if match is None or len(first) < match.end() + PLACE_STOP_REST:
        return False
    place = match["place"]
    if place.isupper():
        if place.casefold() in _NOT_PLACES or re.search(
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


def _is_weekday(place: str, when: str | None, lang: str | None) -> bool:
    """ "Tuesday, 5 March 2024", "Sreda, 04.06.2025.": the place before the date is the
    date's weekday."""
    if place.casefold().rstrip(".") in weekday_names(lang):
        return True
    return bool(when) and parse_date_line(f"{place}, {when}", lang) is not None


def _read_place_date(paragraphs: list[str], draft: Draft) -> bool:
    """A press release's opening place and date (_PLACE_DATE_DASH) into the fields; a
    weekday is no place ("Tuesday, 5 March 2024 – The council met")."""
    if not (match := _PLACE_DATE_DASH.match(paragraphs[0])) or match["place"][0].islower():
        return False
    date = parse_date_line(match["when"], draft.lang)
    place = match["place"].strip()
    if not date or len(paragraphs[0]) <= match.end() + 20:
        return False
    if _is_weekday(place, match["when"], draft.lang):
        return False
    if match["bare"] is not None and not is_place_name(place, draft.lang):
        return False  # with no mark after the date, only a known place
    draft.dateline = place
    draft.date = draft.date or date
    paragraphs[0] = paragraphs[0][match.end() :]
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    issuer = ISSUER.match(paragraphs[0])
    if (
        issuer
        and is_organisation_name(issuer["name"])
        and (draft.source is None or draft.source_weak or _shortens(draft.source, issuer["name"]))
    ):
        # "Jakarta, 2 Desember 2025 – PT Kereta Api Indonesia (Persero) menyiapkan …"
        draft.source, draft.source_weak = issuer["name"].strip(), False
        draft.recognised.append(f"source {draft.source!r} opening the press release")
    return True


def _shortens(short: str, name: str) -> bool:
    """ "KAI" for "PT Kereta Api Indonesia (Persero)", "KhetSetu" for "KhetSetu Agritech Pvt.
    Ltd.": a press release's short name for its issuer (from its "About KAI")."""
    return short != name and (name.startswith(short) or short == initials_of(name))


def _is_place_dash(
    place: str, dash: str, rest: str, paragraphs: list[str], lang: str | None
) -> bool:
    """ "Monterrey, NL.- Servicios", "Brno - Ve věku" (the languages whose papers write a
    place so), or "Luanda – O Conselho … em Luanda": a place in small letters before a dash
    that the story names again inside a sentence, as a place is and a label is not."""
    if dash == ".-":
        return True
    if dash in ("-", "–", "—", "--", ":") and is_place_name(place, lang):
        return True  # "Lagos — The …", "नई दिल्ली: सरकार …": a city's or country's name
    if dash not in ("-", "–", "—") or len(place.split()) > 2:
        return False
    if dash == "-" and (lang or "")[:2] in PLACE_DASH_LANGUAGES:
        return True
    if (lang or "")[:2] in _NOUNS_CAPITALISED:
        return False  # "Kommentar – Die Regierung … den Kommentar"
    if place.casefold() in _NOT_PLACES:
        return False
    # Named again after a word in small letters, and not as the first word of a name
    # ("the Football Association").
    again = re.compile(rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], )){re.escape(place)}\b(?P<next>\s++\w)?")
    return any(
        not match.string[match.start() - 2].isupper() and not (match["next"] or "x")[-1].isupper()
        for text in (rest, *paragraphs[1:4])
        for match in again.finditer(text)
    )


def _wire_credit(wire: str, draft: Draft) -> str:
    """ "/Иван Колев, БТА/": BTA's reporter and agency between slashes; the agency alone
    otherwise ("/Agerpres/")."""
    *names, agency = wire.split(",")
    if names and all(is_person(name.strip()) for name in names):
        draft.byline.extend(n.strip() for n in names if n.strip() not in draft.byline)
        return agency.strip()
    return wire


def _agency_of(match: re.Match[str]) -> str | None:
    """The agency in a wire dateline's parentheses; "วันนี้ (21 ม.ค.2569)" holds a date."""
    agency = match["agency"] or match["lead"]
    return None if agency and any(char.isdigit() for char in agency) else agency


def _opens_sentence(rest: str) -> bool:
    """The text after a dateline opens a sentence: a capital, a digit, a quotation mark, or a
    letter of a script without capitals ("भारत")."""
    first = rest[:1]
    caseless = first.isalpha() and not first.islower() and not first.isupper()
    return first.isupper() or first.isdigit() or caseless or first in "\"“„«'‘"


def _is_caseless(text: str) -> bool:
    """Written in a script without capitals (Hebrew, Thai, Arabic, Devanagari …)."""
    return not any(char.isupper() or char.islower() for char in text)


# The small words inside a place's name ("Rio de Janeiro", "Frankfurt am Main").
_PARTICLES = frozenset("de do da del di la am an upon".split())


def _is_place(place: str) -> bool:
    """Every word of a place is capitalised (or in a script without capitals: "नई दिल्ली"),
    but for the particles ("Rio de Janeiro")."""
    return all(not word[0].islower() or word in _PARTICLES for word in place.split())


def title_case(text: str, lang: str | None) -> str:
    """ "İZMİR" → "İzmir", "DİYARBAKIR" → "Diyarbakır" in Turkish and Azerbaijani (dotted and
    dotless i are two letters); "NEW YORK" → "New York" elsewhere."""
    if (lang or "")[:2] in ("tr", "az"):
        text = text.replace("I", "ı").replace("İ", "i")
        return " ".join(
            w[:1].replace("i", "İ").replace("ı", "I").upper() + w[1:].lower()
            for w in text.split(" ")
        )
    words = text.title().replace("i\u0307", "i").split(" ")
    # "CIUDAD DE MÉXICO" → "Ciudad de México": a particle inside a name stays small.
    return " ".join([words[0], *(w.lower() if w.lower() in _PARTICLES else w for w in words[1:])])


def _agency_name(agency: str) -> str:
    """ "dpa/lno" is dpa's regional service: the agency is dpa. "AGENCE FRANCE" in capitals
    is written "Agence France"."""
    head, *services = agency.split("/")
    if services and all(len(s.strip()) <= 4 and s.strip().islower() for s in services):
        agency = head.strip()
    return agency.title() if agency.isupper() and " " in agency else agency


def read_place_stop(paragraphs: list[str], draft: Draft) -> None:
    """ "Heidelberg. Der Gemeinderat hat ...": the place opening a German regional paper's
    story (the convention is theirs), a word that is not a function word, followed by one
    that is. A one-word interjection opening the story ("Nein. Die ...") reads the same."""
    if not paragraphs or draft.dateline is not None:
        return
    if not (m := _PLACE_STOP.match(paragraphs[0])):
        return
    # A known place in capitals opens a story so in any language ("WARSZAWA. Rząd"); in
    # small letters only where the papers write it so ("Paris. The city" is a sentence).
    lang = (draft.lang or "")[:2]
    known = (m["place"].isupper() or lang in KNOWN_PLACE_STOP_LANGUAGES) and is_place_name(
        m["place"], draft.lang
    )
    if (draft.lang or "")[:2] not in PLACE_STOP_LANGUAGES and not known:
        return
    from tearsheet.zones import stop_words

    place, rest = m["place"], paragraphs[0][m.end() :]
    stops = stop_words(draft.lang)
    words = place.split()
    following = rest.split()[:1]
    if (
        (not stops and not known)
        or not _is_place(place)
        or (words[-1].casefold() in stops and not known)
        or not following
        or not _opens_sentence(rest)
        or (following[0].casefold() not in stops and not known)
        or len(rest) < PLACE_STOP_REST
    ):
        return
    draft.dateline = title_case(place, draft.lang) if place.isupper() else place
    paragraphs[0] = rest
    draft.recognised.append(f"dateline {place!r} from {m[0].strip()!r}")
