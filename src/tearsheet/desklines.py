"""The writer's desk under a bare byline: the place filed from and the paper or agency
("Marta Rial Otero / VIGO / LA VOZ"), a few words, never a dek nor the headline."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.places import is_place_name

# A desk's line is at most this many words.
DESK_WORDS = 4
# The parts of a desk's line: "VIGO / LA VOZ", "Glasgow, BBC Scotland".
_DESK_PARTS = re.compile(r"\s/\s|[,،、]")


def is_desk_line(line: str, lang: str | None = None) -> bool:
    """A few words opening with a place ("VIGO / LA VOZ", "Glasgow, BBC Scotland"): the
    desk of the writer named over it, not a title ("Emekli kiracının imkânsız denklemi"
    under a columnist's name is the headline)."""
    if zones.word_count(line) > DESK_WORDS:
        return False
    return is_place_name(_DESK_PARTS.split(line, maxsplit=1)[0].strip(), lang)
