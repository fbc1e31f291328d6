"""The writer's name told from what stands beside it (tearsheet.writernames)."""

from __future__ import annotations

import pytest

from tearsheet.closingbylines import read_closing_byline
from tearsheet.recognise import Draft
from tearsheet.writernames import (
    is_greeting,
    name_after_place,
    read_columnist_over_headline,
    read_name_before_role_line,
    without_outlet_name,
    without_writer_label,
)


@pytest.mark.parametrize(
    ("greeting", "lang"),
    [("Hi Martin,", "en"), ("Liebe Anna,", "de"), ("Querida Lucía,", "es"), ("Cześć Kasia,", "pl")],
)
def test_a_newsletters_greeting_is_no_byline(greeting: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert not read_name_before_role_line(greeting, draft)
    assert draft.byline == []


def test_a_columnists_name_over_the_role_is_still_read() -> None:
    draft = Draft(lang="id")
    assert read_name_before_role_line("Dimas Prasetyo,", draft)
    assert draft.byline == ["Dimas Prasetyo"]


@pytest.mark.parametrize("line", ["Hi Martin", "Hallo Jan", "Bonjour Claire", "Привет Иван"])
def test_greetings_in_the_languages(line: str) -> None:
    assert is_greeting(line)


@pytest.mark.parametrize("line", ["Martin Hayes", "Hilde Berg", "Dearbhla Molloy"])
def test_names_are_no_greetings(line: str) -> None:
    assert not is_greeting(line)


@pytest.mark.parametrize(
    ("name", "outlet", "writer"),
    [
        ("Ouest-France Gwenaëlle Le Bras.", "Ouest-France", "Gwenaëlle Le Bras"),
        ("Nordkurier Anna Berg", "Nordkurier", "Anna Berg"),
        ("La Voz de Galicia Marta Outeiral", "La Voz de Galicia", "Marta Outeiral"),
        # What follows the paper's name is no person's: the name as it is.
        ("Ouest-France Rennes", "Ouest-France", "Ouest-France Rennes"),
        ("Ouest-France Gwenaëlle Le Bras", None, "Ouest-France Gwenaëlle Le Bras"),
        # A writer whose name the paper's merely opens as a word does.
        ("Marta Outeiral", "Marta", "Marta Outeiral"),
    ],
)
def test_the_papers_name_before_the_writers_is_no_part_of_it(
    name: str, outlet: str | None, writer: str
) -> None:
    assert without_outlet_name(name, outlet) == writer


@pytest.mark.parametrize(
    ("furniture", "byline"),
    [
        (["Gündem", "Yazarlar", "Nuran Aksoy"], ["Nuran Aksoy"]),
        (["News", "Opinion", "Jane Doe"], ["Jane Doe"]),
        (["Politik", "Kolumnen", "Anna Berg"], ["Anna Berg"]),
        (["Actualité", "Chroniques", "Claire Vannier"], ["Claire Vannier"]),
        # A name over the headline with no writers' label over it is a topic's tag.
        (["Politics", "World", "Donald Trump"], []),
        # The label over something that is no person's name.
        (["News", "Opinion", "Letters to the Editor"], []),
    ],
)
def test_a_columnists_name_under_the_writers_label_over_the_headline(furniture, byline):
    draft = Draft(lang="en")
    read_columnist_over_headline(furniture, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        ("Penulis Rina Kartika", "Rina Kartika"),
        ("Wartawan Agus Salim", "Agus Salim"),
        ("Autor Tomáš Dvořák", "Tomáš Dvořák"),
        ("Reporter Sofia Lindqvist", "Sofia Lindqvist"),
        # No name after the word, or the word alone: left as it is.
        ("Penulis Tamu", "Penulis Tamu"),
        ("Reporter Tools Weekly", "Reporter Tools Weekly"),
        ("Rina Kartika", "Rina Kartika"),
    ],
)
def test_a_writers_label_printed_before_the_name_is_no_part_of_it(name: str, writer: str) -> None:
    assert without_writer_label(name) == writer


def test_a_byline_read_with_its_label_keeps_the_name_only() -> None:
    draft = Draft(lang="id", byline=["Penulis Rina Kartika"])
    read_closing_byline(["Harga cabai naik lagi di pasar induk pekan ini."], [], draft)
    assert draft.byline == ["Rina Kartika"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("عمّان: ليلى حداد", "ليلى حداد"),
        ("Lviv: Iryna Melnyk", "Iryna Melnyk"),
        ("Sevilla: Lucía Ferrer", "Lucía Ferrer"),
    ],
)
def test_a_writer_after_the_city_and_a_colon(line: str, name: str) -> None:
    assert name_after_place(line) == name


@pytest.mark.parametrize("line", ["Berlin: Die Stadt wächst", "Porto: a greve continua"])
def test_a_city_and_a_colon_before_a_sentence_name_no_writer(line: str) -> None:
    assert name_after_place(line) is None
