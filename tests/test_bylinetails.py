"""What a byline line writes after its names: an agency without a comma, the time after a
dash."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.bylines import read_byline
from tearsheet.bylinetails import agency_after_names, is_paper_title, names_before_time
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Heather Quinlan Associated Press", ("Heather Quinlan", "Associated Press")),
        ("Jan de Vries ANP", ("Jan de Vries", "ANP")),
        ("Marta Puig Reuters", ("Marta Puig", "Reuters")),
        # Left alone: a family name that is an agency's too, a name alone, none at all.
        ("Anna Hina", ("Anna Hina", None)),
        ("Reuters", ("Reuters", None)),
        ("Claire Rush and Sam Metz", ("Claire Rush and Sam Metz", None)),
    ],
)
def test_the_agency_after_the_names(names: str, expected: tuple[str, str | None]) -> None:
    assert agency_after_names(names) == expected


@pytest.mark.parametrize(
    ("line", "names", "lang"),
    [
        ("Par Claire Dumoulin - Aujourd'hui à 06:00", "Claire Dumoulin", "fr"),
        ("Por Ana Gil – Hoy a las 10:15", "Ana Gil", "es"),
        ("Von Lena Hoffmann — Heute um 08:30", "Lena Hoffmann", "de"),
        ("Di Marco Ferri - 4 marzo 2026", "Marco Ferri", "it"),
    ],
)
def test_the_names_before_a_dash_and_the_time(line: str, names: str, lang: str) -> None:
    found = names_before_time(line, lang)
    assert found is not None and found[0] == names
    draft = Draft(lang=lang)
    assert read_byline(line, draft) and draft.byline == [names]


@pytest.mark.parametrize(
    ("line", "names", "lang"),
    [
        # Blogger's footer in the languages that write "posted by" as one verb, and the
        # word before the time.
        ("Bejegyezte: Szabó Réka dátum: 21:40", "Szabó Réka", "hu"),
        ("Vystavila Petra Horáková v 18:05", "Petra Horáková", "cs"),
        ("Lähettänyt Aino Virtanen klo 9.15", "Aino Virtanen", "fi"),
        ("Objavila Ivana Kovač u 14:20", "Ivana Kovač", "hr"),
        ("Αναρτήθηκε από Μαρία Παππά στις 11:30", "Μαρία Παππά", "el"),
    ],
)
def test_a_blog_platforms_posted_by_line_in_the_languages(line: str, names: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) and draft.byline == [names]


def test_the_date_after_the_dash_is_read() -> None:
    assert names_before_time("Di Marco Ferri - 4 marzo 2026", "it") == (
        "Marco Ferri",
        dt.date(2026, 3, 4),
    )


def test_a_dash_without_a_time_after_it_stays_in_the_names() -> None:
    # No date or time was read off: the dash is the name's own ("Anne-Marie - Vidal" aside,
    # a line that is no byline with a time).
    assert names_before_time("By Jane Doe - Staff", "en") == ("Jane Doe - Staff", None)
    assert not read_byline("By the river - a walk", Draft(lang="en"))


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("Ocala Star-Banner", True),
        ("The Charlotte Observer", True),
        ("Harbor County Star-Ledger", True),
        ("Carla Wentz", False),
        ("Anne-Marie Dupont", False),
    ],
)
def test_a_papers_title_under_the_name(line: str, paper: bool) -> None:
    assert is_paper_title(line) is paper


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tekst Maaike Oosterhuis", ["Maaike Oosterhuis"]),
        ("Text Anna Berg", ["Anna Berg"]),
        ("Texto Lucía Gómez", ["Lucía Gómez"]),
        # A button or a phrase after the word: no known given name.
        ("Text Size", []),
        ("Tekst en uitleg", []),
        ("Texto Completo", []),
    ],
)
def test_the_languages_text_label_without_its_colon(line: str, names: list[str]) -> None:
    draft = Draft(lang="nl")
    assert read_byline(line, draft) == bool(names)
    assert draft.byline == names


def test_the_paper_under_the_writers_name_is_no_co_author() -> None:
    from tearsheet.plaintext import parse_text

    text = (
        "Teacher who taught three generations to read dies at 91\n\n"
        "Carla Wentz\n\nOcala Star-Banner\n\n"
        "Published 5:03 a.m. ET Jan. 14, 2026\n\n"
        "Ruth Ann Delacroix spent 38 years in first-grade classrooms in Marion County, and by "
        "the time she retired she was teaching the children of her first pupils.\n\n"
        "She died Saturday at her home in Ocala, her son said. She was 91.\n"
    )
    assert parse_text(text, lang="en").byline == ("Carla Wentz",)


@pytest.mark.parametrize(
    ("line", "lang", "name", "date"),
    [
        ("de Ioana Popescu, 12 martie 2025", "ro", "Ioana Popescu", dt.date(2025, 3, 12)),
        ("Na Baraka Mwita, 4 Aprili 2025", "sw", "Baraka Mwita", dt.date(2025, 4, 4)),
        ("Ni Liza Ramos, Marso 9, 2025", "tl", "Liza Ramos", dt.date(2025, 3, 9)),
    ],
)
def test_a_capitalised_by_word_then_the_names_and_a_date(
    line: str, lang: str, name: str, date: dt.date
) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert (draft.byline, draft.date) == ([name], date)
