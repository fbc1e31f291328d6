"""Datelines: a wire story's "WASHINGTON (Reuters) -" and a press release's opening place
and date, read off the first paragraph into the fields."""

from __future__ import annotations

import re

from tearsheet.importdates import parse_date_line
from tearsheet.recognise import Draft

# A wire dateline opening the first paragraph: "WASHINGTON (Reuters) -", "BEIJING, April 20
# (AP) —", "Paris, 6 mars 2023 (AFP) -", "Valencia, 20 ene (EFE).-", "(ANSA) - VENEZIA, 02
# MAG -", "STOCKHOLM (TT)", "CHICAGO, May 16, 2023 /PRNewswire/ --". Every part is bounded
# and the match is anchored, so a failed attempt costs a constant amount.
_WIRE_DATELINE = re.compile(
    r"^(?:\((?P<lead>[^()\n]{2,40}+)\)\s*+(?:-|—|–)\s*+)?"
    r"(?P<place>[^\W\d_][\w'’.-]{0,30}+(?:\s(?:(?:de|do|da|del|la|am|an|upon)\s)?"
    r"[^\W\d_][\w'’.-]{0,30}+){0,3}?)"
    r"(?:,\s*+(?P<region>[A-Z][A-Za-z.]{0,15}+(?:\s[A-Z][A-Za-z.]{0,15}+)?))??"
    r"(?:,\s*+(?P<when>[^,()/–—\n]{0,20}?\d[^()/–—\n]{0,24}?)|\s++(?P<spaced>\d[^,()/–—\n]{0,24}?))?"
    r"\s*+(?:\((?P<agency>[^()\n]{2,40}+)\)|/(?P<wire>[^/\n]{2,30}+)/)?"
    r"(?:\s*+(?P<dash>\.-|--|-|—|–|:)(?:\s++|$)|(?<=[)/])[.:]?\s++(?=\S))"
)
# A German regional paper's "Heidelberg. Der Gemeinderat hat ...": one or two capitalised
# words and a full stop, then the language's function word opening a sentence.
_PLACE_STOP = re.compile(r"^(?P<place>[^\W\d_][\w-]{2,30}+(?:\s[^\W\d_][\w-]{1,30}+)?)\.\s++")
# A slashed wire that distributes press releases is not the story's source.
_DISTRIBUTOR = re.compile(r"wire|cnw", re.IGNORECASE)
# Words in capitals before a dash that are labels, not places ("UPDATE - ").
_NOT_PLACES = frozenset(
    "update updated breaking exclusive live watch video analysis opinion correction "
    "eilmeldung urgent última ultima hora directo direct photos photo note".split()
)
# After "Heidelberg." the paragraph goes on for at least this long.
PLACE_STOP_REST = 60
_PLACE_DATE_DASH = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w.'’ -]{1,40}?),\s*+(?P<when>[^–—]{4,40}?)"
    # "– ", ".- ", or a full stop before the first sentence ("Madrid, 6 de mayo de 2025. La")
    r"(?:\.-|\s++[–—-]|\.(?=\s++[A-ZÀ-ÝĀ-ſ]))\s++"
)


def read_wire_dateline(paragraphs: list[str], draft: Draft) -> None:
    """Move a wire dateline ("WASHINGTON (Reuters) -") or a press release's opening place and
    date ("Freiburg, 12. April 2017 –") from the first paragraph to the fields."""
    if paragraphs and draft.dateline is None and (match := _PLACE_DATE_DASH.match(paragraphs[0])):
        date = parse_date_line(match["when"], draft.lang)
        if date and len(paragraphs[0]) > match.end() + 20:
            draft.dateline = match["place"].strip()
            draft.date = draft.date or date
            paragraphs[0] = paragraphs[0][match.end() :]
            draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
            return
    if not paragraphs or not (match := _WIRE_DATELINE.match(paragraphs[0])):
        return
    rest = paragraphs[0][match.end() :]
    alone = not rest.strip() and len(paragraphs) > 1
    if not alone and len(rest) <= 20:
        return
    place = match["place"].strip()
    if not _is_place(place):
        return
    agency = match["agency"] or match["lead"]
    wire = match["wire"]
    # "Praha 5. března (ČTK) -": a date after the place with no comma only before an agency.
    if match["spaced"] and not agency:
        return
    when = match["when"] or match["spaced"]
    date = parse_date_line(when, draft.lang) if when else None
    # "NEW YORK — " alone is a dateline; "UPDATE - " is not, so a bare place is in capitals,
    # and with a plain hyphen or a colon it must not be a label word.
    dash = match["dash"] or ""
    bare_place = (
        place.isupper()
        and len(place.replace(" ", "")) >= 4
        and (dash not in ("-", ":") or place.casefold() not in _NOT_PLACES)
        and (alone or rest[:1].isupper())
    )
    if dash == ":" and not (agency or bare_place):
        return
    if not (agency or wire or date or (when and place.isupper()) or bare_place):
        return
    if (not dash and not (agency or wire)) or not (dash or alone or _opens_sentence(rest)):
        return
    draft.dateline = place.title() if place.isupper() else place
    if match["region"]:
        draft.dateline += f", {match['region']}"
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    if alone:
        del paragraphs[0]
    else:
        paragraphs[0] = rest
    if wire and not agency and not _DISTRIBUTOR.search(wire):
        agency = wire
    if agency and draft.source is None:
        draft.source = _agency_name(agency.strip())
        draft.recognised.append(f"source {draft.source!r} from the wire dateline")
    if date and draft.date is None:
        draft.date = date
    elif when and draft.date is None:
        draft.wire_day = when.strip(" .")


def _opens_sentence(rest: str) -> bool:
    return rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“„«'‘"


def _is_place(place: str) -> bool:
    """Every word of a place is capitalised, but for the particles ("Rio de Janeiro")."""
    return all(
        word[0].isupper() or word in ("de", "do", "da", "del", "la", "am", "an", "upon")
        for word in place.split()
    )


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
    if not paragraphs or draft.dateline is not None or not (draft.lang or "").startswith("de"):
        return
    if not (m := _PLACE_STOP.match(paragraphs[0])):
        return
    from tearsheet.zones import stop_words

    place, rest = m["place"], paragraphs[0][m.end() :]
    stops = stop_words(draft.lang)
    words = place.split()
    following = rest.split()[:1]
    if (
        not stops
        or not _is_place(place)
        or any(word.casefold() in stops for word in words)
        or not following
        or not following[0][:1].isupper()
        or following[0].casefold() not in stops
        or len(rest) < PLACE_STOP_REST
    ):
        return
    draft.dateline = place
    paragraphs[0] = rest
    draft.recognised.append(f"dateline {place!r} from {m[0].strip()!r}")
