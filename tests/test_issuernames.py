"""How a press release writes its issuer's name (tearsheet.issuernames): inflected, after a
legal form, under a "Source:" label alone on its line."""

from __future__ import annotations

import pytest

from tearsheet.issuernames import SOURCE_LABEL_ALONE, opening_name
from tearsheet.issuers import read_issuer_label
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("heading", "paragraph", "taken"),
    [
        ("„Vilniaus vandenis“", "UAB „Vilniaus vandenys“ – didžiausia įmonė", 3),
        ("Rīgas ūdeni", "SIA Rīgas ūdens ir lielākais uzņēmums", 3),
        ("Grupo Norte", "Grupo Norte es una empresa", 2),
        # Other words, or words too short to tell an ending by: none.
        ("Kauno energiją", "Vilniaus energija yra", 0),
        ("Mano", "Man patinka", 0),
    ],
)
def test_the_issuers_name_opening_its_boilerplate(heading: str, paragraph: str, taken: int) -> None:
    assert opening_name(heading.split(), paragraph.split()) == taken


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        (["Source :", "Ministère des Ressources naturelles et des Forêts"], None),
        (["Quelle:", "Stadtwerke Heilbronn GmbH"], None),
        (["Fuente:", "Ayuntamiento de Huesca"], None),
        (["Źródło:", "Ministerstwo Infrastruktury"], None),
        # A person under the label is the contact, not the issuer.
        (["Source :", "Marie Tremblay"], "none"),
    ],
)
def test_a_source_label_alone_over_the_issuer(lines: list[str], source: str | None) -> None:
    draft = Draft(lang="fr")
    read_issuer_label(lines, draft)
    assert draft.source == (None if source == "none" else lines[1])


@pytest.mark.parametrize("line", ["Source: Reuters", "Sources close to the minister said", "Bron"])
def test_a_source_label_with_its_name_or_without_colon_is_no_label_alone(line: str) -> None:
    assert SOURCE_LABEL_ALONE.match(line) is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "Ansvarlig for innholdet: Helse- og omsorgsdepartementet",
            "Helse- og omsorgsdepartementet",
        ),
        ("Verantwortlich für den Inhalt: Landratsamt Ebersberg", "Landratsamt Ebersberg"),
        ("Sisällöstä vastaa: Helsingin kaupunki", "Helsingin kaupunki"),
        ("Responsable du contenu : Mairie de Lyon", "Mairie de Lyon"),
        # A person who answers for the content is no issuer.
        ("Verantwortlich für den Inhalt: Max Mustermann", None),
    ],
)
def test_who_answers_for_the_content_issued_the_page(line: str, source: str | None) -> None:
    draft = Draft(lang="de")
    read_issuer_label(["Om nettstedet", line], draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        (
            [
                "Dikeluarkan oleh:",
                "Unit Komunikasi Korporat",
                "Lembaga Air Negeri Perak Darul Ridzuan",
            ],
            "Lembaga Air Negeri Perak Darul Ridzuan",
        ),
        (["Herausgegeben von:", "Pressestelle", "Stadtwerke Ulm GmbH"], "Stadtwerke Ulm GmbH"),
        (["Issued by: Media Relations", "Harbour Trust"], "Harbour Trust"),
        # A person under the press office is its contact: the office stays.
        (["Issued by:", "Press Office", "Jane Smith"], "Press Office"),
    ],
)
def test_the_organisation_under_the_press_office_that_issued_it(lines, source):
    draft = Draft(lang="en")
    assert read_issuer_label(lines, draft)
    assert draft.source == source
