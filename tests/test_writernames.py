"""The writer's name told from what stands beside it (tearsheet.writernames)."""

from __future__ import annotations

import pytest

from tearsheet.recognise import Draft
from tearsheet.writernames import is_greeting, read_name_before_role_line


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
