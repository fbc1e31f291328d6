"""Datelines: a wire story's "WASHINGTON (Reuters) -" and a press release's opening place
and date, read off the first paragraph into the fields."""

from __future__ import annotations

import re

from tearsheet.agencydatelines import (
    DISTRIBUTOR,
    agency_after_date,
    agency_name,
    read_agency_dateline,
    read_desk_dateline,
    read_outlet_mark,
    wire_credit,
)
from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES
from tearsheet.entrymarks import opens_update
from tearsheet.importdates import parse_date_line
from tearsheet.placemarks import (
    NOT_PLACES,
    is_caseless,
    is_label_words,
    is_place_shaped,
    named_again_caseless,
    opens_sentence,
    read_place_mark,
    read_place_stop,
    title_case,
)
from tearsheet.places import is_place_name, weekday_names
from tearsheet.recognise import Draft, is_person
from tearsheet.releaseopenings import read_opening_issuer
from tearsheet.speakerlabels import is_speaker_label
from tearsheet.zones import MARKS, is_prose, is_sentence

# The first letter of a sentence: a capital (Latin, Greek, Cyrillic), a quote or guillemet
# opening it ("Астана, 2026 жылғы 18 қараша. «Самұрық-Энерго» АҚ …"), or a letter of a
# script without capitals (Ethiopic, Arabic, Hebrew, the Indic scripts, CJK).
_OPENING = (
    'A-ZÀ-ÝĀ-ſΑ-ΩА-ЯЁЂ-Џ\u0460-\u052f«„“"‘‚'
    "\u0590-\u08ff\u0900-\u0dff\u1200-\u139f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
)
# The letters and marks of a place's name: the scripts' combining marks, but not Khmer's
# punctuation among them (its full stop "។" and its colon "៖", a dateline's separator).
_PLACE_MARKS = MARKS.replace("\u1780-\u17ff", "\u1780-\u17d3\u17d7\u17dc-\u17ff")
# A second place or a river after a slash in a dateline's place ("Frankfurt/Main").
_SLASHED = rf"(?:/[^\W\d_][\w{_PLACE_MARKS}'’-]{{1,30}}+)?"
# A wire dateline opening the first paragraph: "WASHINGTON (Reuters) -", "BEIJING, April 20
# (AP) —", "Paris, 6 mars 2023 (AFP) -", "Valencia, 20 ene (EFE).-", "(ANSA) - VENEZIA, 02
# MAG -", "STOCKHOLM (TT)", "CHICAGO, May 16, 2023 /PRNewswire/ --". Every part is bounded
# and the match is anchored, so a failed attempt costs a constant amount.
_WIRE_DATELINE = re.compile(
    r"^(?:\((?P<lead>[^()\n]{2,40}+)\)\s*+(?:-|—|–)\s*+)?"
    # "Frankfurt/Main", "Halle/Saale": a place with its river; "SAN FRANCISCO/NEW YORK",
    # "München/Berlin": two places the story was filed from.
    # A stop inside the place's name ("St. Gallen"), but not EFE's ".-" after it ("Madrid.- El");
    # a hyphen inside it ("Saint-Denis"), but not Al Jazeera's dash after it ("عمّان- أعلنت").
    rf"(?P<place>[^\W\d_](?:[\w{_PLACE_MARKS}'’]|-(?=\S)|\.(?!-)){{0,30}}+{_SLASHED}"
    rf"(?:\s(?:(?:de|do|da|del|la|am|an|upon)\s)?"
    rf"[^\W\d_](?:[\w{_PLACE_MARKS}'’]|-(?=\S)|\.(?!-)){{0,30}}+{_SLASHED}){{0,3}}?)"
    # ANI's "New Delhi [India], March 12 (ANI):": the country in brackets.
    r"(?:\s*+\[[^\]\n]{2,30}+\])?"
    # EFE's "Monterrey (México), 28 may (EFE).-": the country in parentheses, then a comma.
    r"(?:\s++\((?P<country>[^\W\d_][^()\n\d]{1,30}+)\)(?=,))?"
    r"(?:,\s*+(?P<region>[A-Z](?:[^\W\d_]|\.){0,15}+(?:\s[A-Z](?:[^\W\d_]|\.){0,15}+){0,2}))??"
    r"(?:[,፣፤،]\s*+(?P<when>[^,()/–—\n]{0,20}?\d(?:[^()/–—\n]|(?<=\d)/(?=\d)){0,24}?)"
    r"|\s++(?P<spaced>\d[^,()/–—\n]{0,24}?))?"
    # A government's release names its ministry there: "Madrid, 25 de noviembre de 2026
    # (Ministerio de Transportes y Movilidad Sostenible). El …".
    # DHA's "AYVALIK (Balıkesir), (DHA) -": a comma between the province and the agency.
    r"(?:,(?=\s*+\())?\s*+(?:\((?P<agency>[^()\n\d]{2,60}+)\)|/(?P<wire>[^/\n]{2,30}+)/)?"
    # LETA's "Rīga, 5.marts, LETA. Valdība …": a known agency after the date's comma.
    rf"(?:,\s*+(?P<named>(?i:{AGENCY_NAMES})|{AGENCY_INITIALS})(?=[.:]\s))?"
    # EFE's ".-" may run into the sentence: "Sevilla, 22 ene (EFE).-La Junta". Ukrinform's
    # "Харків, 12 листопада. Укрінформ. …": a full stop, the agency named after it.
    # ENA's "ባሕር ዳር፣ ጥር 5/2018 (ኢዜአ)፡-": the Ethiopic colon and a dash, or its preface colon
    # (a semicolon may part place and date: "አዲስ አበባ፤ ጥቅምት 15/2018"); Khmer's "បាត់ដំបង៖".
    # "КИЇВ, 5 березня. Уряд …": a full stop after the date, the sentence under it (not the
    # stop of an ordinal day: "Berlin, den 24. November").
    r"(?:\s*+(?P<dash>\.-|--|-|—|–|:|፡-|፦|៖|(?(named)\.|(?!))"
    rf"|(?(when)(?<!\d)\.(?=\s++[{_OPENING}])|(?!))"
    rf"|\.(?=\s++(?:(?i:{AGENCY_NAMES})|{AGENCY_INITIALS})\.\s))"
    r"(?:\s++|$|(?<=\.-)(?=[^\W\d_]))"
    # PTI's "नयी दिल्ली, 12 मई (भाषा)। …": the danda after the agency's bracket.
    r"|(?<=[)/])(?:[.:]|(?P<danda>।))?\s++(?=\S))"
)
# A website's name where a dateline writes its region ("KOMPAS.com", "Detik.com").
_WEB_OUTLET = re.compile(r"\.(?:com|net|org|co|id|in|my)\b", re.IGNORECASE)
# A news agency's name, in full or by its initials ("Укрінформ", "BTA").
_AGENCY = re.compile(rf"(?i:{AGENCY_NAMES})|{AGENCY_INITIALS}")
# An agency named after the dateline's dash and a full stop, before the sentence ("— РИА
# Новости. Правительство"): one to three capitalised words.
_AGENCY_AFTER_DASH = re.compile(r"([^\W\d_]{2,15}+(?: [^\W\d_]{2,15}+){0,2})\.\s++(?=[^\W\d_])")
# A Czech, Slovak or South Slavic agency's "Brno - Ve věku…", a Mexican paper's
# "Monterrey, NL.- Servicios…": a place in small letters before the dash, in the languages
# whose papers write it so.
# Indonesian, Malay and Vietnamese online papers write "Jakarta - Gempa bumi …" (detik,
# Kompas), "Đồng Nai - Sau gần …" (VnExpress), naming provinces no city list has.
PLACE_DASH_LANGUAGES = frozenset("cs sk sl hr sr bs mk bg id ms vi".split())
# At most this many short lines (captions, buttons, "Comments (58)") stand over a dateline
# in the body...
CAPTIONS_OVER_DATELINE = 3
# ... and this many over one that names its agency or website ("TRIBUNJOGJA.COM, YOGYAKARTA -"
# under a credit line, a photo's credit and caption, and the reporter's line).
CAPTIONS_OVER_SURE_DATELINE = 5
# Updates put over the story, one over another ("UPDATE 2 …" / "UPDATE 1 …" / "LONDON
# (Reuters) -"), that its dateline is sought under; a longer run is a live page's entries.
UPDATES_OVER_STORY = 3
# ... each at most this long.
CAPTION_LENGTH = 220
# news aktuell's "Lindenau (ots) -" distributes the issuer's release: no agency.
_DISTRIBUTOR_MARKS = re.compile(r"ots|pts|apa-ots", re.IGNORECASE)
# A press release's "Freiburg, 12. April 2017 –", "Bengaluru, March 8, 2025:", Thai
# "กรุงเทพฯ – 18 มีนาคม 2568 –": a place, a comma or dash, a date.
_PLACE_DATE_DASH = re.compile(
    # The Ethiopic comma: "አዲስ አበባ፣ ኅዳር 11 ቀን 2019 ዓ.ም. (November 20, 2026) – …".
    # A country after the place ("Lagos, Nigeria – November 24, 2026 –"); "den" opening the
    # date with no comma before it ("Stockholm den 24 november 2026 –").
    rf"^(?P<place>[^\W\d_][\w{MARKS}ฯ.'’ -]{{1,40}}?(?:,\s[A-Z][\w.'’ -]{{1,30}}?)?)"
    r"(?:[,،፣]\s*+|\s++[–—]\s++|\s++(?=den\s))"
    # The date writes a digit in its first words.
    r"(?P<when>(?=[^–—\d]{0,20}\d)[^–—]{4,40}?)"
    # "– ", ".- ", ": ", or a full stop before the first sentence ("Madrid, 6 de mayo de
    # 2025. La"), or nothing after the year ("Jakarta, 4 Agustus 2025 Kementerian")
    rf"(?:\.-|\s++[–—-]|:|\.(?=\s++[{_OPENING}])|(?P<bare>(?<=\d{{4}})(?=\s++[A-ZÀ-ÝĀ-ſ])))\s++"
)
# A date of another calendar with the Gregorian one in brackets after it: "ኅዳር 11 ቀን 2019
# ዓ.ም. (November 20, 2026)".
_BRACKETED = re.compile(r"\(([^()]{6,30}+)\)$")


def read_wire_dateline(paragraphs: list[str], draft: Draft) -> None:
    """Move a wire dateline ("WASHINGTON (Reuters) -") or a press release's opening place and
    date ("Freiburg, 12. April 2017 –") from the first paragraph to the fields.

    A dateline opens the story: short lines over it in the body (a photo's caption, a "Copy
    link" button) are the page's, and go, when the dateline names its agency or date; so do
    the updates put over it, UPDATES_OVER_STORY at most."""
    _read_wire_dateline(paragraphs, draft, UPDATES_OVER_STORY)


def _read_wire_dateline(paragraphs: list[str], draft: Draft, updates: int) -> None:
    """read_wire_dateline, looking under ``updates`` more updates at most: the depth is the
    text's to choose, and a live page of a thousand updates is no reason to recurse a
    thousand times."""
    if paragraphs and draft.dateline is None and _read_writer_slash(paragraphs, draft):
        return
    _read_dateline(paragraphs, draft)
    if draft.dateline is None and paragraphs and read_place_mark(paragraphs, draft):
        return
    if draft.dateline is not None or not paragraphs:
        return
    if updates and len(paragraphs) > 1 and opens_update(paragraphs[0]):
        # "अपडेट 4:10 PM: …" over "देहरादून। …": the story, dateline and all, under its update.
        story = paragraphs[1:]
        _read_wire_dateline(story, draft, updates - 1)
        paragraphs[1:] = story
        return
    # iDNES's perex, its agency alone under it ("ČTK"), a photo, then "Praha - …": the
    # paragraph over the agency's line is the story's summary, the dek.
    credited = len(paragraphs) > 2 and _AGENCY.fullmatch(paragraphs[1].strip()) is not None
    for index in range(1, min(len(paragraphs), CAPTIONS_OVER_SURE_DATELINE + 1)):
        if len(paragraphs[index - 1]) > CAPTION_LENGTH and not (credited and index == 1):
            return
        trial = Draft(lang=draft.lang)
        rest = paragraphs[index:]
        # "NEW YORK –" in capitals is a dateline too under a dek that is no sentence.
        capitals = (
            rest[0][:1].isupper()
            and rest[0].split()[0].isupper()
            and not any(is_sentence(line) for line in paragraphs[:index])
        )
        # "Plus-artikel" over "Antwerpen - De Sinksenfoor …": a known place under labels.
        labels = not any(is_sentence(line) for line in paragraphs[:index])
        outlet = _names_outlet(rest[0])
        _read_dateline(rest, trial)
        if trial.dateline is None:
            read_place_stop(rest, trial)  # "Mbeya. Wakulima …" under a photo's caption
        if trial.dateline is None:
            read_place_mark(rest, trial)  # "जयपुर। …" under a "Listen" button
        if index > CAPTIONS_OVER_DATELINE and not (trial.source or outlet):
            continue
        if trial.dateline is not None and (
            trial.source
            or trial.date
            or trial.wire_day
            or capitals
            or outlet
            or (labels and is_place_name(trial.dateline, draft.lang))
            or (credited and index >= 2)
            or (index == 1 and _named_under(trial.dateline, rest[0], paragraphs[0]))
        ):
            if credited and index >= 2:
                draft.dek = draft.dek or paragraphs[0]
                draft.credit_agency(paragraphs[1].strip(), "the line under the perex", True)
            for line in paragraphs[:index]:
                if draft.date is None and (date := parse_date_line(line, draft.lang)):
                    draft.date = date  # the page's date line, left over the story
                    draft.recognised.append(f"date {date.isoformat()} from {line[:40]!r}")
                    continue
                draft.stripped.append(f"caption or button over the dateline {line[:40]!r}")
                draft.removed.append(("caption over the dateline", line))
            paragraphs[:] = paragraphs[index:]
            _read_dateline(paragraphs, draft)
            if draft.dateline is None:
                read_place_stop(paragraphs, draft)
            if draft.dateline is None:
                read_place_mark(paragraphs, draft)
            return


def _named_under(place: str, first: str, dek: str) -> bool:
    """ "Altenhain. Wo früher … Feuerwehr Altenhain …" under a teaser's sentence that does
    not name the place: the story names its dateline's place again."""
    again = re.compile(rf"(?<=\w ){re.escape(place)}\b")
    return again.search(first) is not None and place not in dek and is_sentence(dek)


def _names_outlet(line: str) -> bool:
    """The dateline names the website beside its place ("Tribunnews.com, Magelang -",
    "BEKASI, KOMPAS.com -"), as an agency's names the agency: a dateline for sure."""
    match = _WIRE_DATELINE.match(line)
    return match is not None and bool(_WEB_OUTLET.search(f"{match['place']} {match['region']}"))


def split_dateline(block: str, lang: str | None) -> tuple[str | None, str]:
    """The dateline the block opens with ("LONDON (Reuters) - …"), if any, and the block
    after it."""
    trial, found = [block], Draft(lang=lang)
    read_wire_dateline(trial, found)
    return found.dateline, trial[0]


def opens_with_dateline(block: str, lang: str | None) -> bool:
    """Whether the block is a story's first paragraph, opening with its dateline (which
    never opens a headline)."""
    dateline, story = split_dateline(block, lang)
    return dateline is not None and is_prose(story)


def is_dateline_alone(block: str, lang: str | None) -> bool:
    """Whether the block is a dateline on a line of its own ("Jakarta -", "BERLIN (dpa) -"),
    which opens the story under it."""
    story = "Die Geschichte beginnt hier, mit einem ganzen Satz, der lang genug ist."
    trial, found = [block, story], Draft(lang=lang)
    _read_dateline(trial, found)
    return found.dateline is not None and trial == [story]


def _dash_and_region(match: re.Match[str], place: str) -> tuple[str, str, str]:
    """The dateline's place, dash and the region written with the place: "Monterrey, NL.- "
    is a region and EFE's ".-" ("Oaxaca de Juárez, Oax.-" keeps its abbreviation's stop);
    Kompas's "BEKASI, KOMPAS.com -" and "Jakarta, CNN Indonesia --" name the outlet, not a
    region; Tribun's "Tribunnews.com, Magelang -" names the outlet first, then the place."""
    dash, region = match["dash"] or "", match["region"] or ""
    dash = ":" if dash == "៖" else dash  # Khmer's colon
    if region and _WEB_OUTLET.search(place):
        place, region = region, ""
    outlet = len(region.split()) > 1 and any(w.isupper() and len(w) > 1 for w in region.split())
    if _WEB_OUTLET.search(region) or (outlet and not is_place_name(region)):
        region = ""  # "Jakarta, CNN Indonesia --": the outlet
    if dash == "-" and region.endswith("."):
        dash, name = ".-", region.rstrip(".")
        # "Oax.-" keeps its abbreviation's stop; "NL.-", "Nuevo León.-" have none.
        last = name.split()[-1]
        region = name if name.isupper() or len(last) > 4 or is_place_name(last) else region
    return place, dash, region


def _agency_after_dash(match: re.Match[str], rest: str) -> tuple[str | None, str]:
    """RIA's "МОСКВА, 12 мар — РИА Новости. Правительство …": the agency named after the
    dateline's dash, and the story after it; no agency and the rest as it was otherwise."""
    credited = _AGENCY_AFTER_DASH.match(rest) if match["dash"] in ("—", "–", "-", ".") else None
    if match["dash"] == "." and credited and not _AGENCY.fullmatch(credited[1]):
        credited = None  # "Kyiv, 12 November. Officials said …": a stop, then the story
    if credited and not _agency_of(match) and all(w[:1].isupper() for w in credited[1].split()):
        return credited[1], rest[credited.end() :]
    return None, rest


# A Turkish agency's reporter before the dateline and a slash: "Mehmet YILDIZ / AYVALIK
# (Balıkesir), (DHA) -", "Ayşe KARA/İZMİR, (İHA) -".
_WRITER_SLASH = re.compile(r"(?P<writer>[^\W\d_][^/\n\d]{2,50}?)\s?/\s?(?=[^\W\d_])")


def _read_dateline(paragraphs: list[str], draft: Draft) -> None:
    if (
        paragraphs
        and draft.dateline is None
        and (
            _read_place_date(paragraphs, draft)
            or read_agency_dateline(paragraphs, draft)
            or read_desk_dateline(paragraphs, draft)
            or read_outlet_mark(paragraphs, draft)
        )
    ):
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
    if not is_place_shaped(place) or _is_weekday(place, when, draft.lang):
        return
    agency = _agency_of(match) or credited or match["named"]
    country, agency = _province_or_agency(match, agency, draft.lang)
    when, agency = agency_after_date(place, when, agency, draft.lang)
    wire = match["wire"]
    # "Praha 5. března (ČTK) -": a date after the place with no comma only before an agency.
    if match["spaced"] and not agency:
        return
    date = parse_date_line(when, draft.lang) if when else None
    # "NEW YORK — " alone is a dateline; "UPDATE - " is not, so a bare place is in capitals,
    # and with a plain hyphen or a colon it must not be a label word.
    place, dash, region = _dash_and_region(match, place)
    place_dash = _is_place_dash(place, dash, rest, paragraphs, draft.lang)
    bare_place = (
        (place.isupper() or place_dash)
        and len(place.replace(" ", "")) >= 4
        and (dash not in ("-", ":") or place.casefold() not in NOT_PLACES)
        and (alone or opens_sentence(rest))
        and not (dash == ":" and is_label_words(place, draft.lang))
    )
    if dash == ":" and not (agency or bare_place):
        return
    if dash == ":" and not agency and is_speaker_label(place, paragraphs, draft.byline, draft.lang):
        return  # an interview's "STANDARD: Frau Hofer, …" names who asks
    if not (agency or wire or date or (when and place.isupper()) or bare_place):
        return
    if (not dash and not (agency or wire)) or not (dash or alone or opens_sentence(rest)):
        return
    if (
        not dash
        and not match["danda"]
        and is_caseless(place)
        and not is_place_name(place, draft.lang)
    ):
        # "משרד התחבורה אישר אתמול (שלישי) את": in a script without capitals, words and a
        # bracket with no dash are a sentence unless the words name a place
        return
    if alone:
        del paragraphs[0]
    else:
        paragraphs[0] = rest
    if _WEB_OUTLET.search(place) and not (region or agency or wire):
        # Kompas's "KOMPAS.com - Arkana Book 14 …": the website's name alone, no place.
        draft.stripped.append(f"the website's name over the story {match[0].strip()!r}")
        return
    draft.dateline = _written_place(place, country, region, draft.lang)
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    if wire and not agency and not DISTRIBUTOR.search(wire):
        agency = wire_credit(wire, draft)
    if agency and not _DISTRIBUTOR_MARKS.fullmatch(agency.strip()):
        draft.credit_agency(agency_name(agency.strip()), "the wire dateline", dateline=True)
    if date and draft.date is None:
        draft.date = date
    elif when and draft.date is None:
        draft.wire_day = when.strip(" .")


def _read_writer_slash(paragraphs: list[str], draft: Draft) -> bool:
    """ "Mehmet YILDIZ / AYVALIK (Balıkesir), (DHA) - …": the reporter's name, a slash, and a
    wire dateline naming its agency; the name is the byline."""
    writer = _WRITER_SLASH.match(paragraphs[0])
    name = writer["writer"].strip() if writer else ""
    if writer is None or " " not in name or not is_person(name) or is_place_name(name):
        return False  # a full name, not the first of two places ("San Francisco/New York")
    tail = paragraphs[0][writer.end() :]
    dateline = _WIRE_DATELINE.match(tail)
    if dateline is None or not (_agency_of(dateline) or dateline["wire"]):
        return False
    trial, found = [tail, *paragraphs[1:]], Draft(lang=draft.lang)
    _read_dateline(trial, found)
    if found.dateline is None:
        return False
    paragraphs[0] = tail
    _read_dateline(paragraphs, draft)
    if name not in draft.byline:
        draft.byline.append(name)
        draft.recognised.append(f"byline {name!r} before the dateline's slash")
    return True


def _province_or_agency(
    match: re.Match[str], agency: str | None, lang: str | None
) -> tuple[str | None, str | None]:
    """Italian papers' "SESTRIERE (TORINO) - …": a place in the brackets after the place is
    its province, written with it ("Sestriere (Torino)"), not an agency; a news agency
    named for its city ("Xinhua", "KUNA") stays the agency. The country or province
    written with the place, and the agency."""
    bracketed = match["agency"]
    if (
        agency is None
        or agency != bracketed
        or match["country"]
        or _AGENCY.fullmatch(agency.strip())
        or not is_place_name(agency, lang)
    ):
        return match["country"], agency
    province = agency.strip()
    return (title_case(province, lang) if province.isupper() else province), None


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
    place, region = match["place"].strip(), ""
    if date is None and (bracketed := _BRACKETED.search(match["when"].strip())):
        date = parse_date_line(bracketed[1], draft.lang)
        # "DULUTH, Minn. (September 9, 2025) –": the state before the date's bracket.
        region = match["when"].strip()[: bracketed.start()].strip()
        region = region if is_place_shaped(region) and not _has_digit(region) else ""
    if not date or len(paragraphs[0]) <= match.end() + 20:
        return False
    if _is_weekday(place, match["when"], draft.lang):
        return False
    if match["bare"] is not None and not is_place_name(place, draft.lang):
        return False  # with no mark after the date, only a known place
    # "BOGOTÁ, 5 de marzo de 2025.-": the place in capitals written as a name is.
    draft.dateline = title_case(place, draft.lang) if place.isupper() else place
    draft.dateline += f", {region}" if region else ""
    draft.date = draft.date or date
    paragraphs[0] = paragraphs[0][match.end() :]
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    read_opening_issuer(paragraphs[0], draft)
    return True


# Languages that capitalise every noun: a label recurs in the text as a place does.
_NOUNS_CAPITALISED = frozenset(("de", "lb"))


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
    if dash == ":" and is_caseless(place) and len(place.split()) <= 2:
        return named_again_caseless(place, rest, paragraphs)
    if dash not in ("-", "–", "—") or len(place.split()) > 2:
        return False
    if dash == "-" and (lang or "")[:2] in PLACE_DASH_LANGUAGES:
        return True
    if (lang or "")[:2] in _NOUNS_CAPITALISED:
        return False  # "Kommentar – Die Regierung … den Kommentar"
    if place.casefold() in NOT_PLACES:
        return False
    # Named again after a word in small letters, and not as the first word of a name
    # ("the Football Association").
    again = re.compile(rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_], )){re.escape(place)}\b(?P<next>\s++\w)?")
    return any(
        not match.string[match.start() - 2].isupper() and not (match["next"] or "x")[-1].isupper()
        for text in (rest, *paragraphs[1:4])
        for match in again.finditer(text)
    )


def _written_place(place: str, country: str | None, region: str, lang: str | None) -> str:
    """The dateline's place as the story writes it: "NEW YORK" → "New York", with the
    country or region written beside it ("Monterrey (México)", "Lagos, Nigeria")."""
    written = title_case(place, lang) if place.isupper() else place
    if country:
        written += f" ({country})"
    return f"{written}, {region}" if region else written


def _agency_of(match: re.Match[str]) -> str | None:
    """The agency in a wire dateline's parentheses; "วันนี้ (21 ม.ค.2569)" holds a date."""
    agency = match["agency"] or match["lead"]
    return None if agency and any(char.isdigit() for char in agency) else agency


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)
