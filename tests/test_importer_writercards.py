"""The writer's card under a story (tearsheet.writercards): name, role, a bio opening with the
name, the page's and not the story's."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.writercards import card_start

STORY = [
    "Over een maand gaan de grootste pensioenfondsen over naar het nieuwe stelsel. Het is de "
    "grootste operatie in de geschiedenis van de sector, en de brieven roepen vragen op.",
    "Wie zijn oude en nieuwe pensioen wil vergelijken, krijgt drie scenario's te zien. Dat is "
    "eerlijk, zeggen deskundigen, maar voor de meeste mensen onbegrijpelijk.",
]
FOOTER = ["Deel dit artikel", "Privacy", "Cookies", "© Dagblad 2026"]


@pytest.mark.parametrize(
    "card",
    [
        [
            "Lotte de Wit",
            "Redacteur economie",
            "Lotte de Wit schrijft over pensioenen en de arbeidsmarkt.",
        ],
        ["Jonas Keller", "Jonas Keller ist Wirtschaftsredakteur und schreibt über Renten."],
        ["Marta Ruiz", "Periodista", "Marta Ruiz escribe sobre economía y vivienda."],
    ],
)
def test_the_writer_s_card_closing_the_body_starts_the_trailer(card):
    blocks = [*STORY, *card]
    assert card_start(blocks, 0, len(blocks)) == len(STORY)


def test_the_writer_on_the_card_is_the_byline_and_the_card_leaves_the_body():
    card = [
        "Lotte de Wit",
        "Redacteur economie",
        "Lotte de Wit schrijft over pensioenen, de arbeidsmarkt en sociale zekerheid.",
    ]
    menu = ["Dagblad", "Economie", "Analyse"]
    text = "\n".join(
        [*menu, "Niemand weet wat het nieuwe pensioen oplevert", *STORY, *card, *FOOTER]
    )
    article = parse_text(text, lang="nl")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == STORY
    assert article.byline == ("Lotte de Wit",)


def test_a_list_of_people_closing_the_story_stays():
    people = [
        "Anna Berg",
        "Anna Berg runs the bakery on the square and has baked there for thirty years.",
        "Tom Lund",
        "Tom Lund drives the school bus and coaches the youth football team on Saturdays.",
    ]
    blocks = [*STORY, *people]
    assert card_start(blocks, 0, len(blocks)) == len(blocks)


@pytest.mark.parametrize(
    "closing",
    [
        # A subheading that is no name, over a paragraph opening with it.
        ["Die Kosten", "Die Kosten der Umstellung tragen am Ende die Versicherten."],
        # The writer's name alone, no bio under it: a signature, read elsewhere.
        ["Lotte de Wit", "Redacteur economie"],
        # A bio with no name over it.
        ["Lotte de Wit schrijft over pensioenen en de arbeidsmarkt."],
    ],
)
def test_no_card_no_cut(closing):
    blocks = [*STORY, *closing]
    assert card_start(blocks, 0, len(blocks)) == len(blocks)


HEADER = ["Mercados", "El paro baja en la costa", "Por Marta Ruiz", "3 de octubre de 2026"]


@pytest.mark.parametrize(
    "card",
    [
        ["Marta Ruiz", "Redactora jefa de Economía. Antes fue corresponsal en Bruselas."],
        ["Marta Ruiz", "Periodista", "marta.ruiz@example.es"],
    ],
)
def test_the_byline_s_name_over_lines_on_the_writer_starts_the_card(card):
    blocks = [*HEADER, *STORY, *card]
    assert card_start(blocks, len(HEADER), len(blocks)) == len(HEADER) + len(STORY)


@pytest.mark.parametrize(
    ("header", "card"),
    [
        # A name the header never printed: not the writer's card.
        (["Mercados", "El paro baja en la costa"], ["Marta Ruiz", "Periodista"]),
        # The letter's signature under its closing is the letter's.
        (HEADER, ["Un saludo,", "Marta Ruiz", "Directora de la cooperativa"]),
        # A quote's speaker named alone over the quote is no card.
        (HEADER, ["Marta Ruiz", "– Volveremos el año que viene, dice."]),
    ],
)
def test_a_name_not_the_byline_s_or_signing_a_letter_stays(header, card):
    blocks = [*header, *STORY, *card]
    assert card_start(blocks, len(header), len(blocks)) == len(blocks)


def test_the_card_under_the_byline_s_name_leaves_the_body_of_a_copied_page():
    text = "\n".join(
        [
            "Saltar al contenido",
            "Economía",
            "El paro baja en la costa aunque el turismo bate récords",
            "Marta Ruiz",
            "3 de octubre de 2026",
            "",
            *STORY,
            "",
            "Marta Ruiz",
            "Redactora jefa de Economía. Antes fue corresponsal en Bruselas y Fráncfort.",
            "Ver más artículos",
            "Aviso legal",
            "Política de privacidad",
            "© Ediciones Ejemplo, S.L. 2026",
        ]
    )
    article = parse_text(text)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == STORY
    assert article.byline == ("Marta Ruiz",)
