"""A press release's first words after its dateline naming its issuer: "PT Kereta Api
Indonesia (Persero) menyiapkan …", "The Kenya Red Cross Society (KRCS) …"."""

from __future__ import annotations

import re

from tearsheet.organisations import spelled_out
from tearsheet.recognise import ISSUER, Draft, initials_of, is_organisation_name


def read_opening_issuer(opening: str, draft: Draft) -> None:
    """The organisation opening a release's first sentence, after its dateline, is its
    source, unless a stronger one was read (a short name for it counts as weak)."""
    issuer = ISSUER.match(opening)
    if (
        issuer
        and is_organisation_name(issuer["name"])
        and (draft.source is None or draft.source_weak or _shortens(draft.source, issuer["name"]))
    ):
        # "Jakarta, 2 Desember 2025 – PT Kereta Api Indonesia (Persero) menyiapkan …"
        draft.source, draft.source_weak = issuer["name"].strip(), False
        draft.recognised.append(f"source {draft.source!r} opening the press release")
    elif draft.source is None or draft.source_weak:
        _read_spelled_issuer(opening, draft)


# "Hay’adda Gargaarka Hooyo iyo Ilmo (HGHI) ayaa …": a name, its abbreviation in brackets.
_NAMED_ABBREVIATION = re.compile(
    r"(?P<name>[^()\n]{3,100}?)\s\((?P<abbr>[^\W\d_][\w&.-]{1,11}+)\)\s"
)


def _read_spelled_issuer(opening: str, draft: Draft) -> None:
    """A release opening, after its dateline, with a name whose abbreviation in brackets
    spells it ("Hay’adda Gargaarka Hooyo iyo Ilmo (HGHI)", "The Kenya Red Cross Society
    (KRCS)"): the issuer, in any language, as written with its abbreviation."""
    match = _NAMED_ABBREVIATION.match(opening)
    if not match or not (spelled := spelled_out(match["abbr"], [match[0]])):
        return
    name = match["name"].strip()
    # At most an article before the spelled words ("The", "La").
    if not name.endswith(spelled) or len(name[: -len(spelled)].split()) > 1:
        return
    draft.source, draft.source_weak = f"{spelled} ({match['abbr']})", False
    draft.recognised.append(f"source {draft.source!r} opening the press release")


def _shortens(short: str, name: str) -> bool:
    """ "KAI" for "PT Kereta Api Indonesia (Persero)", "KhetSetu" for "KhetSetu Agritech Pvt.
    Ltd.": a press release's short name for its issuer (from its "About KAI")."""
    return short != name and (name.startswith(short) or short == initials_of(name))
