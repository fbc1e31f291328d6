"""Names in the headline block (tearsheet.headernames): the writer's name over a role among
the title lines, names joined by "and", a name line's text."""

from __future__ import annotations

import pytest

from tearsheet.headernames import joined_names, name_text, read_name_among_titles
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fr",
            [
                "« La semaine de quatre jours est un outil »",
                "Claire Vasseur",
                "Directrice des ressources humaines",
            ],
        ),
        (
            "es",
            [
                "La vivienda no se arregla con avales",
                "Lucía Mérida",
                "Catedrática de economía aplicada",
            ],
        ),
        ("it", ["Il lavoro corto conviene alle imprese", "Marco Ferri", "Economista del lavoro"]),
    ],
)
def test_the_writer_over_the_role_over_the_dek_is_the_byline(lang, lines):
    blocks = [*lines, "Un dek de deux phrases, assez long pour en être un.", "11/02/2026"]
    kinds = ["title", "title", "title", "dek", "header"]
    titles = [0, 1, 2]
    draft = Draft(lang=lang)
    read_name_among_titles(blocks, titles, kinds, 0, 4, draft)
    assert draft.byline == [lines[1]]
    assert titles == [0]


def test_a_menu_over_a_site_s_name_and_section_gives_no_byline():
    blocks = ["Sport", "Onet Biznes", "Transport", "Nagłówek z kropką na końcu.", "Dziś 11:32"]
    kinds = ["title", "title", "title", "dek", "header"]
    titles = [0, 1, 2]
    draft = Draft(lang="pl")
    read_name_among_titles(blocks, titles, kinds, 0, 4, draft)
    assert draft.byline == []
    assert titles == [0, 1, 2]


def test_names_joined_and_a_name_s_text():
    assert joined_names("Francesca Ruggeri e Marco Tedeschi") == [
        "Francesca Ruggeri",
        "Marco Tedeschi",
    ]
    assert joined_names("Francesca Ruggeri") == []
    assert name_text("Ann Lee.") == "Ann Lee"
    assert name_text("Ann E. H.") == "Ann E. H."


@pytest.mark.parametrize(
    ("under", "byline"),
    [
        # The name over its place, or its place and the blog's topic, over the date.
        (["Bratislava"], ["Martin Hrubý"]),
        (["Bratislava", "Mobilita"], ["Martin Hrubý"]),
        # Three one-word lines are a menu's, no writer's.
        (["Bratislava", "Mobilita", "Doprava"], []),
    ],
)
def test_the_writer_over_one_word_lines_over_the_date_is_the_byline(under, byline):
    headline = "Rok v Bratislave bez auta: ušetril som 4 100 eur a stratil dve priateľstvá"
    blocks = [headline, "Martin Hrubý", *under, "3. okt 2025 o 19:12"]
    kinds = [*["title"] * (len(blocks) - 1), "header"]
    titles = list(range(len(blocks) - 1))
    draft = Draft(lang="sk")
    read_name_among_titles(blocks, titles, kinds, 0, len(blocks) - 1, draft)
    assert draft.byline == byline
    assert titles == ([0] if byline else list(range(len(blocks) - 1)))


def test_name_and_place_under_the_dek_is_the_byline() -> None:
    """ "अंकित शर्मा, इंदौर" between the dek and the date: the writer, the place after him."""
    from tearsheet.headernames import read_under_dek

    draft = Draft(lang="hi")
    read_under_dek(["अंकित शर्मा, इंदौर"], draft)
    assert draft.byline == ["अंकित शर्मा"]
    assert ("byline role", "अंकित शर्मा, इंदौर") in draft.removed
    named = Draft(lang="hi")
    named.byline.append("दीपिका वर्मा")
    read_under_dek(["अंकित शर्मा, इंदौर"], named)
    assert named.byline == ["दीपिका वर्मा"]
