"""A line of one name next to the byline: a second author under the first, or a name with
its role, place or picture credit after it."""

from __future__ import annotations

import re

from tearsheet.bylines import BYLINE, PICTURE_MARK, byline_names, without_notes
from tearsheet.bylinetails import is_paper_title
from tearsheet.bylinewords import PHOTOGRAPHER_WORDS, PICTURE_MARKS, PICTURE_WORDS, VISUAL
from tearsheet.personnames import (
    confirms_byline,
    has_given_name,
    is_name,
    is_person,
    is_place,
    is_role_line,
    is_uncased_name,
    starts_as_name,
)
from tearsheet.uncasedwords import is_uncased_phrase


def is_co_author(blocks: list[str], number: int, byline: list[str]) -> bool:
    """A name line right under the name line the byline was read from ("Merel Dijkstra" /
    "Ruben van Os", "By Jane Doe and" / "Tom Roth"), or under its role ("Ingrid Solbakken"
    / "Journalist" / "Håkon Rygg"): a second author, unless it is a place ("Helena Marsh" /
    "New York") or the photographer ("Ola Haugen" / "Fotograf")."""
    line, previous = blocks[number], blocks[number - 1]
    following = blocks[number + 1] if number + 1 < len(blocks) else ""
    by = BYLINE.match(previous.rstrip("."))  # "By Jane Doe and" / "Tom Roth"
    taken = byline_names(by["names"] if by else previous.rstrip("."))
    roles = following.casefold().split()
    photographer = bool(roles) and all(
        word.strip(".,") in VISUAL | PHOTOGRAPHER_WORDS for word in roles
    )
    credit = line.split()[0].casefold().strip(".:") in VISUAL | PICTURE_WORDS | PICTURE_MARKS
    return (
        bool(byline)
        and not credit  # "Autor: Marek Zieliński" / "Fot. Kuba Atys": the photographer
        and ((bool(taken) and all(name in byline for name in taken)) or is_role_line(previous))
        and is_name(line)
        and is_person(line)
        and not is_place(line)
        and not photographer
        and not is_paper_title(line)  # "Carla Wentz" / "Ocala Star-Banner"
        # "Geneviève Tremblay-Ouellet" / "Le Fil de Montréal": the site's masthead again.
        and line not in blocks[: max(0, number - 1)]
    )


def is_credited_name(line: str, name: str) -> bool:
    """A line of one name and a role, a place, a desk in parentheses or a picture's credit
    after it ("Mark Ellis, Staff Writer", "Sunil Sharma, Jaipur", "Anna Vilcāne (Latgales
    multimediju redakcija)", "Ingrid Haugland og Sindre Myklebust (foto)"), not a sentence
    about a person ("Nick Suzuki a inscrit le but gagnant.") or a place ("New York, NY")."""
    rest = line[len(name) :] if line.startswith(name) else ""
    note = (rest.startswith(" (") and rest.endswith(")") and rest.strip(" ()")) or ""
    after = note or rest.strip(" ,")
    # "Sunil Sharma, New Delhi", "राजेश कुमार, नई दिल्ली", "अंकित त्रिपाठी, अमर उजाला, महोबा".
    place = (len(after.split()) == 1 and starts_as_name(after)) or is_place(after)
    place = place or (is_uncased_name(name) and all(map(is_uncased_phrase, after.split(","))))
    role = (rest.startswith(",") or bool(note)) and (confirms_byline(after) or place)
    credited = role or PICTURE_MARK in without_notes(line)
    return credited and not line.endswith(".") and not is_place(name)


# Hebrew's and Arabic's "and", a letter glued to the second name ("אסף לוי ויהודית כהן").
_GLUED_AND = re.compile(r"(?<=\s)[וو](?=[^\W\d_]{2})")


def glued_and(line: str) -> list[str] | None:
    """Two writers' names joined by an "and" glued to the second, each an uncased name of
    two words or more; None for any other line."""
    parts = _GLUED_AND.split(line.strip())
    names = [part.strip() for part in parts]
    if len(names) == 2 and all(len(n.split()) >= 2 and is_uncased_name(n) for n in names):
        return names
    return None


def is_capitals_name(line: str) -> bool:
    """A writer's name in capitals ("ÁLVARO REQUENA"): two to four words, the first a known
    given name (a kicker in capitals, "BREAKING NEWS", opens with none)."""
    words = line.split()
    if not line.isupper() or not 2 <= len(words) <= 4:
        return False
    titled = line.title()
    return (
        is_name(titled)
        and has_given_name(titled.split()[0])
        and is_person(titled)
        and not is_place(titled)  # "SAN JOSE"
    )
