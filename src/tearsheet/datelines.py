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
    r"(?P<place>[A-ZÀ-ÝŁŚŻŹĆ][\w'’.-]{0,30}+(?:\s(?:(?:de|do|da|del|la|am|an|upon)\s)?"
    r"[A-ZÀ-ÝŁŚŻŹĆ][\w'’.-]{0,30}+){0,3}?)"
    r"(?:,\s*+(?P<region>[A-Z][A-Za-z.]{0,15}+(?:\s[A-Z][A-Za-z.]{0,15}+)?))??"
    r"(?:,\s*+(?P<when>[^,()/–—\n]{0,20}?\d[^()/–—\n]{0,24}?))?"
    r"\s*+(?:\((?P<agency>[^()\n]{2,40}+)\)|/(?P<wire>[^/\n]{2,30}+)/)?"
    r"(?:\s*+(?P<dash>\.-|--|-|—|–)(?:\s++|$)|(?<=\))\s++(?=[A-ZÀ-Ý]))"
)
# Words in capitals before a dash that are labels, not places ("UPDATE - ").
_NOT_PLACES = frozenset(
    "update updated breaking exclusive live watch video analysis opinion correction "
    "eilmeldung urgent última ultima hora directo direct".split()
)
_PLACE_DATE_DASH = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w.'’ -]{1,40}?),\s*+(?P<when>[^–—]{4,40}?)(?:\.-|\s++[–—-])\s++"
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
    agency = match["agency"] or match["lead"]
    when = match["when"]
    date = parse_date_line(when, draft.lang) if when else None
    # "NEW YORK — " alone is a dateline; "UPDATE - " is not, so a bare place is in capitals,
    # and with a plain hyphen it must not be a label word.
    dash = match["dash"] or ""
    bare_place = (
        place.isupper()
        and len(place.replace(" ", "")) >= 4
        and (dash != "-" or place.casefold() not in _NOT_PLACES)
        and (alone or rest[:1].isupper())
    )
    if not (agency or match["wire"] or date or (when and place.isupper()) or bare_place):
        return
    if not dash and not agency:
        return
    draft.dateline = place.title() if place.isupper() else place
    if match["region"]:
        draft.dateline += f", {match['region']}"
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    if alone:
        del paragraphs[0]
    else:
        paragraphs[0] = rest
    if agency and draft.source is None:
        agency = agency.strip()
        draft.source = agency.title() if agency.isupper() and " " in agency else agency
        draft.recognised.append(f"source {draft.source!r} from the wire dateline")
    if date and draft.date is None:
        draft.date = date
    elif when and draft.date is None:
        draft.wire_day = when.strip(" .")
