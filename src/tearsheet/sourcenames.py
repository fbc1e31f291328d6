"""The source's name settled once the credits are read: an agency in a source line the
import dropped as furniture, an abbreviation the story spells out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.agencies import agency_of
from tearsheet.attributions import ATTRIBUTION_RULES
from tearsheet.organisations import spelled_out

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# What the import removed under these rules is a picture's credit ("Foto: © Belga") or the
# mail's header, not the page's copyright line.
NOT_FOOTER_RULES = re.compile(r"caption|credit|photo|label|e-mail|button", re.IGNORECASE)
# An excerpt of a line in the notes of what was read is at most this long.
EXCERPT = 40


def spell_out_source(paragraphs: list[str], draft: Draft) -> None:
    """A source read as the abbreviation the story spells out ("AEMET" and "La Agencia
    Estatal de Meteorología (AEMET) informa …"): the organisation's name as the text
    writes it in full. A news agency's initials stay them ("EFE", "AP")."""
    source = draft.source or ""
    if agency_of(source) is None and (name := spelled_out(source, paragraphs)):
        draft.source = name
        draft.recognised.append(f"source {name!r} spelled out for {source!r}")


_SOURCE_LINE_RULE = next(rule for rule in ATTRIBUTION_RULES if rule.name == "source line")


def agency_in_dropped_source_line(draft: Draft) -> None:
    """ "Źródło: PAP", "Fuente: EFE" dropped as furniture among the story's last paragraphs
    (under a "read more" box): the agency the story is from, over the page's © line."""
    for rule, text in draft.removed:
        line = " ".join(text.split())
        if NOT_FOOTER_RULES.search(rule) or not (
            match := _SOURCE_LINE_RULE.pattern.fullmatch(line)
        ):
            continue
        if agency := agency_of(_SOURCE_LINE_RULE.credit(match)):
            draft.credit_agency(agency, f"the source line {line[:EXCERPT]}")
            return
