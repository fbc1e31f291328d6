"""Header lines of copied text in shapes real sites print: each shape read into its field."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.plaintext import parse_text

BODY = (
    "The first paragraph of the story is long enough to read as prose, and it goes on for a "
    "while so that the importer has no doubt about it.\n\n"
    "A second paragraph follows it, also a full sentence of the article's own text.\n"
)


@pytest.mark.parametrize(
    ("header", "date", "byline", "lang"),
    [
        # Ghost: the author's name and the date on one line with the reading time.
        ("Ruth Allen Jun 9, 2023 — 4 min read", "2023-06-09", ("Ruth Allen",), "en"),
        # A second date on the line ("Updated: ...") is read with it, not left in the body.
        (
            "Published: 10:04 GMT, 12 January 2024 | Updated: 11:30 GMT, 12 January 2024",
            "2024-01-12",
            (),
            "en",
        ),
        ("5 marzo 2024 (modifica il 5 marzo 2024 | 14:20)", "2024-03-05", (), "it"),
        ("06.03.2024 | 09:15 Uhr", "2024-03-06", (), "de"),
        # A short label beside the date or byline goes with the line.
        (
            "Por Carlos Ruiz | 5 marzo, 2024 | Huerto | 3 Comentarios",
            "2024-03-05",
            ("Carlos Ruiz",),
            "es",
        ),
        # The names, then the date or the time.
        ("Skrevet av Kari Nordmann den 3. februar 2024", "2024-02-03", ("Kari Nordmann",), "no"),
        ("Szerző: Kovács Anna", None, ("Kovács Anna",), None),
        ("Yazar: Mehmet Yılmaz", None, ("Mehmet Yılmaz",), None),
        ("Kirjoittanut Liisa Korhonen", None, ("Liisa Korhonen",), None),
        ("Текст: Олена Коваль", None, ("Олена Коваль",), None),
        ("文/记者 李华", None, ("李华",), None),
        ("2024年03月05日 14:20", "2024-03-05", (), "zh"),
        ("5. 3. 2024 14:20", "2024-03-05", (), "cs"),
    ],
)
def test_header_line_shapes(header, date, byline, lang):
    article = parse_text(f"A headline for the story\n\n{header}\n\n{BODY}", lang=lang)
    assert article.headline == "A headline for the story"
    assert (article.date.isoformat() if article.date else None) == date
    assert article.byline == byline
    assert not article.body.startswith(header[:8])


def test_a_credit_line_is_not_a_byline():
    """ "Illustration by X / Y. Source: Z" under the byline is a credit, not an author."""
    article = parse_text(
        "The Quiet Return of the Public Library\n\nBy Nora Kessler\n\n"
        "Illustration by Paul Spella / The Atlantic. Source: Getty.\n\nMarch 4, 2024\n\n" + BODY,
        lang="en",
    )
    assert (article.byline, article.date) == (("Nora Kessler",), dt.date(2024, 3, 4))
    assert article.body.startswith("The first paragraph")


def test_a_headline_with_a_preposition_is_not_a_byline():
    """ "Comboios da CP com perturbações" holds "da" but is no name."""
    article = parse_text(
        "País\n\nComboios da CP com perturbações devido a greve\n\nLusa\n\n5 Mar 2024, 09:12\n\n"
        + BODY
    )
    assert article.headline == "Comboios da CP com perturbações devido a greve"
    assert (article.byline, article.source) == ((), "Lusa")


def test_a_dek_between_headline_and_byline():
    article = parse_text(
        "Ideas\n\nThe Quiet Return of the Public Library\n\n"
        "Branches are busier than before the pandemic, and not for the books.\n\n"
        "By Nora Kessler\n\nMarch 4, 2024\n\n" + BODY,
        lang="en",
    )
    assert (article.kicker, article.headline) == ("Ideas", "The Quiet Return of the Public Library")
    # The dek goes to the front matter's 'dek', not among the candidate headlines.
    assert article.dek == "Branches are busier than before the pandemic, and not for the books."
    assert article.other_headlines == ()
    assert article.byline == ("Nora Kessler",)


def test_a_date_over_the_headline():
    """Blogger prints the date over the post's title."""
    article = parse_text("Tuesday, March 5, 2024\n\nMending a cane chair seat\n\n" + BODY)
    assert (article.headline, article.date) == ("Mending a cane chair seat", dt.date(2024, 3, 5))
    assert article.kicker is None


def test_a_contact_line_in_a_press_release_header():
    article = parse_text(
        "FOR IMMEDIATE RELEASE\nApril 2, 2024\n\nContact: Dana Wells, dana@example.org, 503-555-0142"
        "\n\nRiverland Foods to open second plant in Oregon\n\n" + BODY
    )
    assert article.headline == "Riverland Foods to open second plant in Oregon"
    assert article.body.startswith("The first paragraph")


def test_a_place_beside_the_byline():
    article = parse_text(
        "Metrô de SP terá nova linha de ônibus noturna\n\n"
        "Por Ana Souza, g1 SP — São Paulo\n05/03/2024 14h20 Atualizado há 2 horas\n\n" + BODY,
        lang="pt",
    )
    assert (article.byline, article.dateline) == (("Ana Souza",), "São Paulo")
    assert article.date == dt.date(2024, 3, 5)


def test_a_short_text_is_read_in_its_language_but_the_guess_is_not_written():
    """Too short to be sure of its language: the guess reads its dates and function words,
    and 'lang' is left out."""
    article = parse_text(
        "Vláda schválila zvýšení platů učitelů\n\n5. 3. 2024 14:20\n\n"
        "Vláda dnes schválila zvýšení platů učitelů od září o sedm procent.\n\n"
        "Peníze na zvýšení platů jsou podle ministra v rozpočtu už zajištěny.\n\nSdílet\n"
    )
    assert article.lang is None
    assert article.date == dt.date(2024, 3, 5)
    assert article.body.startswith("Vláda dnes schválila")


def test_a_source_beside_the_date_and_a_name_line_with_a_full_stop():
    article = parse_text("广州地铁十号线今年开通\n\n2024年03月05日 14:20 来源：广州日报\n\n" + BODY)
    assert (article.date, article.source) == (dt.date(2024, 3, 5), "广州日报")
    article = parse_text(
        "Rennes. Le métro fermé ce week-end\n\nJean Dupont.\nPublié le 12/02/2024 à 18h05\n\n"
        + BODY,
        lang="fr",
    )
    assert article.byline == ("Jean Dupont",)
