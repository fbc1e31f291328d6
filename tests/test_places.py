"""Place names (tearsheet.places): GeoNames' cities in many scripts, CLDR's countries."""

from __future__ import annotations

import pytest

from tearsheet.places import is_place_name, weekday_names


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("Lagos", "en"),
        ("HELSINKI", "fi"),
        ("Nairobi, Kenya", "en"),
        ("नई दिल्ली", "hi"),
        ("القاهرة", "ar"),
        ("ירושלים", "he"),
        ("Ciudad de México", "es"),
        ("Deutschland", "de"),
        ("Brasil", "pt"),
    ],
)
def test_places_are_known(words, lang):
    assert is_place_name(words, lang)


@pytest.mark.parametrize(
    "words",
    # Labels, and short words that are cities' alternate names or codes ("THE", "MAN").
    [
        "Analysis",
        "Kommentar",
        "Update",
        "Opinion",
        "Football",
        "",
        "The",
        "And",
        "She",
        "We",
        "Big",
    ],
)
def test_labels_are_no_places(words):
    assert not is_place_name(words, "en")


def test_a_bare_word_is_a_place_only_as_a_large_city():
    assert is_place_name("LAHTI", "fi", population=100_000)
    assert not is_place_name("POLICE", "en", population=100_000)


@pytest.mark.parametrize(
    ("words", "lang", "place"),
    [
        ("München/Berlin", "de", True),
        ("San Francisco/New York", "en", True),
        ("Warszawa/Kraków", "pl", True),
        ("Berlin/Update", "de", False),
        ("Analysis/Opinion", "en", False),
        ("Frankfurt/Main", "de", False),
    ],
)
def test_places_parted_by_a_slash_are_a_place_when_each_is_one(words, lang, place):
    assert is_place_name(words, lang) is place


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Dzisiaj, 3 lutego 2025 14:12", "pl"),
        ("Gestern, 12. März 2026", "de"),
        ("Hoy, 4 de marzo de 2026", "es"),
        ("Today, 4 March 2026", "en"),
    ],
)
def test_the_days_around_today_before_a_date_are_no_place(line, lang):
    """CLDR's words for today, yesterday and tomorrow stand where a place would, before the
    date: the date is read, and no dateline."""
    from tearsheet.headerlines import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.date is not None and draft.dateline is None


def test_the_days_around_today_are_among_the_day_names():
    assert {"dzisiaj", "wczoraj", "jutro"} <= weekday_names("pl")
    assert {"heute", "gestern", "morgen", "montag"} <= weekday_names("de")
