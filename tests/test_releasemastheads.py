"""A press release's masthead (tearsheet.releasemastheads): the organisation over the
headline names the issuer, in full where the press office gives its initials."""

from __future__ import annotations

import pytest

from tearsheet.recognise import Draft
from tearsheet.releasemastheads import masthead_in_full


def _draft(*furniture: str) -> Draft:
    draft = Draft(lang="pl")
    draft.removed.extend(("page furniture above the headline", line) for line in furniture)
    return draft


@pytest.mark.parametrize(
    ("short", "furniture", "full"),
    [
        (
            "MPK S.A.",
            ("Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie",),
            "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie",
        ),
        ("SWU GmbH", ("Menü", "Stadtwerke Wesel Ulm GmbH"), "Stadtwerke Wesel Ulm GmbH"),
        ("TPL SA", ("Transports Publics Lausannois SA",), "Transports Publics Lausannois SA"),
    ],
)
def test_the_masthead_spells_out_the_press_offices_initials(short, furniture, full):
    assert masthead_in_full(short, _draft(*furniture)) == full


@pytest.mark.parametrize(
    ("short", "furniture"),
    [
        ("MPK S.A.", ("Kraków dla mieszkańców",)),  # no organisation
        ("ABC", ("Miejskie Przedsiębiorstwo Komunikacyjne S.A.",)),  # other initials
        ("Stadtwerke Ulm", ("Stadtwerke Ulm GmbH",)),  # a name, no initials
    ],
)
def test_no_masthead_in_full_for_other_lines_or_names(short, furniture):
    assert masthead_in_full(short, _draft(*furniture)) is None
