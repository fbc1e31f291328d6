"""Header lines that only tell when an article was posted or updated (tearsheet.timelines):
never the headline; a headline that names a date stays one."""

from __future__ import annotations

import pytest

from tearsheet.headlines import headline_flaw
from tearsheet.timelines import is_comma_times, is_date_line


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Posted 3h ago, updated 1h ago", "en"),
        ("Posted 5h ago5 hours ago, updated 2h ago2 hours ago", "en"),
        ("Veröffentlicht vor 3 Stunden, aktualisiert vor 1 Stunde", "de"),
        ("Publicado hace 3 horas, actualizado hace 1 hora", "es"),
    ],
)
def test_two_times_parted_by_a_comma_are_a_header_line(line, lang):
    assert is_comma_times(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Jane Doe, Staff Writer", "en"),
        ("Paris, the city that never sleeps", "en"),
        ("Brot, Butter und Milch werden teurer", "de"),
        ("3 hours ago", "en"),
    ],
)
def test_other_lines_with_commas_are_not(line, lang):
    assert not is_comma_times(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        (
            "Kinderbijslag stijgt op 1 januari 2027: wat betekent dat voor gezinnen met kinderen?",
            "nl",
        ),
        ("Kindergeld steigt am 1. Januar 2027: was bedeutet das für Familien mit Kindern?", "de"),
        ("Road tax changes on 1 April 2027: what does it mean for drivers with older cars?", "en"),
        ("La ayuda cambia el 1 de julio de 2026: qué significa para las familias con hijos", "es"),
        ("Nowe przepisy od 1 lipca 2026: co oznaczają dla kierowców starszych aut?", "pl"),
    ],
)
def test_a_headline_that_names_a_date_is_no_date_line(line, lang):
    assert not is_date_line(line, lang)
    assert headline_flaw(line, lang) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Publié le 27 janvier 2025 à 07h15 - Mis à jour le 28 janvier 2025", "fr"),
        ("Updated 12 March 2025 14:02", "en"),
        ("Veröffentlicht am 3. März 2025", "de"),
    ],
)
def test_a_date_with_its_label_is_a_date_line(line, lang):
    assert is_date_line(line, lang)
