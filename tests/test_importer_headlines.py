"""Headlines (tearsheet.headlines): a pick that is plainly something else is mended."""

from __future__ import annotations

import pytest

from tearsheet.headlines import headline_flaw
from tearsheet.plaintext import parse_text

PROSE = [
    "The harbour board approved the new ferry terminal on Tuesday after two years of "
    "planning, and construction is due to begin in the autumn, officials said.",
    "The terminal will have room for three ships at once and a covered waiting hall for "
    "about four hundred passengers, according to the plans published by the board.",
    "Residents of the old quarter had asked for the traffic to be kept away from their "
    "streets, and the board agreed to build a new access road along the railway line.",
]
HEADLINE = "Harbour board approves new ferry terminal after two years"


@pytest.mark.parametrize(
    ("line", "flaw"),
    [
        ("PRESSEMITTEILUNG", "a press release's label"),
        ("À : redaction@journal-regional.ch", "an address"),
        ("Topic:Cricket", "a label"),
        ("Updated a day ago", "a time"),
        ("vor 3 Stunden", "a time"),
        ("Home > News > Local", "a row of links"),
        ("By Ann Lee", "a date or byline"),
        ("Dana Whitcomb and Luis Ortega", "a name"),
        ("Energy correspondent", "a role"),
        (
            "Colin Hewitt at work in his woolshed in 2019. (Southern Sun: Mark Doolan)",
            "photo caption",
        ),
    ],
)
def test_lines_that_are_no_headline_say_why(line, flaw):
    assert headline_flaw(line, "en") == flaw


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "Why my sourdough stopped rising (and the boring fix)",
        "Derbide gülen taraf: 2-1",
        "Vor der Wahl: Merz unter Druck",
        "Hace frío en Madrid",
    ],
)
def test_headlines_have_no_flaw(line):
    assert headline_flaw(line, None) is None


def test_a_press_release_label_over_the_headline_is_not_the_headline():
    text = "\n\n".join(["PRESSEMITTEILUNG", HEADLINE, "12.03.2025", *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == HEADLINE
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_caption_taken_for_the_headline_gives_way_to_the_line_over_it():
    text = "\n\n".join(
        [
            "Skip to main content",
            "News",
            HEADLINE,
            "By Ann Lee",
            "Posted Sat 14 Jun 2025 at 5:00am",
            "Share",
            "The old terminal on Tuesday morning. (Harbour Post: Tom Berg)",
            *PROSE,
        ]
    )
    assert parse_text(text, lang="en").headline == HEADLINE


def test_a_date_line_with_two_dates_in_the_page_s_language_is_no_headline():
    line = "Publié le 27 janvier 2025 à 07h15 - Mis à jour le 27 janvier 2025 à 10h02"
    assert headline_flaw(line, "fr") in ("a date", "a date or byline")
