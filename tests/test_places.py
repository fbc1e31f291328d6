"""Place names (tearsheet.places): GeoNames' cities in many scripts, CLDR's countries."""

from __future__ import annotations

import pytest

from tearsheet.places import is_place_name


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
