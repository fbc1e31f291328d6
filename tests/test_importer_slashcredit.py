"""A wire's dateline line with its credit between slashes: the place, the writer and the
agency, whether the agency writes its initials or its name."""

from __future__ import annotations

import pytest

from tearsheet.recognise import Draft
from tearsheet.slashcredit import read_slash_credit


@pytest.mark.parametrize(
    ("line", "place", "byline", "source"),
    [
        ("Пловдив, 17 октомври /Иван Колев, БТА/", "Пловдив", ["Иван Колев"], "БТА"),
        ("Warszawa, 3 marca /PAP/", "Warszawa", [], "PAP"),
        # The agency by its one name, not its initials.
        ("Пекин, 3 марта /Синьхуа/", "Пекин", [], "Синьхуа"),
        ("Lisboa, 3 mar /Lusa/", "Lisboa", [], "Lusa"),
        # The writer's role, the agency and the name, no comma.
        (
            "Бургас, 18 юни /Кореспондент на БТА Калина Димитрова/",
            "Бургас",
            ["Калина Димитрова"],
            "БТА",
        ),
        # A writer alone between the slashes names no agency.
        ("Sofia, 17 October /Ivan Kolev/", "Sofia", [], None),
    ],
)
def test_the_credit_between_slashes(line, place, byline, source):
    draft = Draft(lang="en")
    assert read_slash_credit(line, draft)
    assert (draft.dateline, draft.byline, draft.source) == (place, byline, source)


def test_a_slashed_agency_wins_over_the_pages_copyright_line():
    draft = Draft(lang="pt", source="Diário do Sul", source_weak=True)
    assert read_slash_credit("Lisboa, 3 mar /Lusa/", draft)
    assert (draft.source, draft.source_weak) == ("Lusa", False)


def test_a_long_line_or_a_date_for_a_place_is_no_slash_credit():
    draft = Draft(lang="en")
    assert not read_slash_credit("3 March 2026 /Lusa/", draft)
    long_line = "The council met on Tuesday and the mayor spoke at length about it /Lusa/"
    assert not read_slash_credit(long_line * 2, draft)
    assert draft.source is None
