"""A print layout's page numbers between the story's paragraphs (tearsheet.pagenumbers)."""

from __future__ import annotations

import pytest

from tearsheet.pagenumbers import is_page_number
from tearsheet.plaintext import parse_text

FIRST = (
    "La cooperativa de productores anunció ayer una cosecha récord de aceitunas, con un "
    "aumento del veinte por ciento respecto al año anterior."
)
SECOND = (
    "Los socios recibirán el primer pago en enero, y la nueva almazara empezará a funcionar "
    "antes del verano, según explicó su presidenta en la asamblea."
)


@pytest.mark.parametrize(
    "number", ["1", "- 2 -", "Página 2 de 3", "Seite 2", "2/4", "Strona 2 z 5"]
)
def test_a_page_s_number_between_paragraphs_goes(number):
    text = f"Cosecha récord en la cooperativa\n\n12 de marzo de 2026\n\n{FIRST}\n\n{number}\n\n{SECOND}\n"
    body = parse_text(text, lang="es").body
    assert number not in body.split("\n\n")
    assert "Los socios" in body


@pytest.mark.parametrize(
    ("paragraphs", "index", "expected"),
    [
        ([FIRST, "3", SECOND], 1, True),
        ([FIRST, "3"], 1, True),
        # A list's number over its item, a short line.
        ([FIRST, "3", "Prensas nuevas"], 1, False),
        (["3", SECOND], 0, False),
        ([FIRST, "3 de marzo", SECOND], 1, False),
        ([FIRST, "1500", SECOND], 1, False),
    ],
)
def test_a_page_number_stands_between_prose(paragraphs, index, expected):
    assert is_page_number(paragraphs, index) is expected
