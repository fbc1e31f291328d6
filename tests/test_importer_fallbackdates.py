"""Dates found when the header had none: header lines left in the story, the trailer's."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.fallbackdates import date_from_paragraphs, date_from_trailer
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

STORY = (
    "The council voted on Tuesday to reopen the old railway station as a library, ending "
    "a debate that had run for more than ten years in the town."
)


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("12 de marzo de 2026 10:20 Actualizado: 12 de marzo de 2026 12:05", "es", "2026-03-12"),
        ("Datum vytvoření: 3. března 2026 10:15", "cs", "2026-03-03"),
        ("3 mars 2026 à 10h20 · Mis à jour le 3 mars 2026 à 12h05", "fr", "2026-03-03"),
    ],
)
def test_a_header_s_date_line_over_the_story_is_read_whole(line, lang, date):
    """A date line as a header writes it (with its update, its label, its time) read where
    the header had none, and taken out of the story."""
    draft = Draft(lang=lang)
    paragraphs = date_from_paragraphs(["A note from the writer", line, STORY], draft)
    assert draft.date == dt.date.fromisoformat(date)
    assert line not in paragraphs


def test_a_sentence_holding_a_date_is_no_header_line():
    draft = Draft(lang="en")
    sentence = "The library opened on 3 March 2026, said the mayor."
    assert date_from_paragraphs([sentence, STORY], draft) == [sentence, STORY]
    assert draft.date is None


@pytest.mark.parametrize(
    ("trailer", "lang", "date"),
    [
        (["Anna Berg", "Theaterkritikerin", "20. Nov. 2026", "Themen"], "de", "2026-11-20"),
        (["Data utworzenia: 29 listopada 2026 18:22", "Zobacz także"], "pl", "2026-11-29"),
    ],
)
def test_a_date_under_the_writer_s_signature_or_labelled_as_a_header_does_is_the_story_s(
    trailer, lang, date
):
    draft = Draft(lang=lang)
    draft.byline = ["Anna Berg"]
    date_from_trailer(trailer, draft)
    assert draft.date == dt.date.fromisoformat(date)


def test_a_date_under_another_name_in_the_trailer_is_another_story_s():
    """Under a teaser's headline or another writer's name a date is not this story's."""
    draft = Draft(lang="de")
    draft.byline = ["Anna Berg"]
    date_from_trailer(["Tim Roth", "Theaterkritiker", "20. Nov. 2026"], draft)
    assert draft.date is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Tickets on sale from 12 March 2026"),
        ("de", "Karten im Vorverkauf ab 12. März 2026"),
    ],
)
def test_a_short_line_of_the_story_naming_a_date_is_no_header_s_date_line(lang, line):
    """Words running into the date make it the story's line ("Tickets on sale from …"), not
    a header's date line left in the body: it stays, and gives no date."""
    story = [
        "The food festival returns to the harbour this summer with more than eighty stalls and "
        "a new stage for local bands, organisers said on Tuesday.",
        "Entry will stay free, but visitors are asked to bring their own cups as the festival "
        "aims to cut waste by half this year.",
        "Last year more than forty thousand people came over the three days, the largest "
        "crowd since the festival began in 2009.",
        line,
        "Organisers said the passes, which include reserved seats near the stage, sold out "
        "within hours last year and urged fans to book early.",
    ]
    article = parse_text("\n\n".join(["Food festival returns to the harbour", *story]), lang=lang)
    assert article.date is None
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story
