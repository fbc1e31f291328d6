"""An agency credited where the byline stands (tearsheet.agencycredits): the outlet's or
desk's name and the agency whose story it runs, never a photo's labelled credit."""

from __future__ import annotations

import pytest

from tearsheet.agencycredits import read_outlet_agency
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("line", "agency"),
    [("El Diario - EFE", "EFE"), ("المدار - واس", "واس"), ("Redaktion | dpa", "dpa")],
)
def test_the_outlet_then_the_agency_credits_the_agency(line: str, agency: str) -> None:
    draft = Draft(lang="es")
    assert read_outlet_agency(line, draft)
    assert draft.source == agency


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Rolf Vennenbernd / dpa",  # a photo's credit, labelled
        "Ana Gil - EFE",  # a writer's: the byline's readers take it
        "Berlin 2026 - dpa",
        "Die Bahn will mehr Züge fahren lassen - dpa",  # more words than an outlet's name
        "El Diario - Madrid",  # no agency
    ],
)
def test_no_outlet_credit(line: str) -> None:
    draft = Draft(lang="de")
    assert not read_outlet_agency(line, draft)
    assert draft.source is None
