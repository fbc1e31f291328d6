"""Lines of a page's header that tell only when the article was posted or updated: never
its headline, whatever their words ("Posted 3h ago, updated 1h ago", "Publié le 27 janvier
2025 à 07h15 - Mis à jour le …")."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.importdates import find_date_span
from tearsheet.recognise import Draft, header_part

# A header line of times parted by commas has at most this many.
COMMA_TIMES = 3
# A date line's label before the date is at most this many words ("Publié le"), and so is
# what follows the date when it has no digit.
DATE_LABEL_WORDS = 3
# The parts of a header line: "Publié le … - Mis à jour le …".
_PARTS = re.compile(r"\s[-–—|·]\s")


def is_comma_times(line: str, lang: str | None) -> bool:
    """Two or three times parted by commas, each a header's part ("Posted 3h ago, updated
    1h ago", "Publié il y a 2 heures, modifié il y a 1 heure"): a header line."""
    parts = line.split(", ")
    if not 1 < len(parts) <= COMMA_TIMES or zones.is_sentence(line):
        return False
    trial = Draft(lang=lang)
    return all(header_part(part, trial) for part in parts) and not trial.byline


def is_date_line(line: str, lang: str | None) -> bool:
    """A date with a short label before it and after it only a few words, a time or a
    second date ("Publié le 27 janvier 2025 à 07h15 - Mis à jour le …", "Updated 12 March
    2025 14:02"); not a headline that names a date and goes on in words ("Regeling stopt op
    1 januari 2027: wat betekent dat voor u?")."""
    dated = find_date_span(_PARTS.split(line)[0], lang)
    if dated is None or zones.word_count(dated[1]) > DATE_LABEL_WORDS:
        return False
    tail = dated[2]
    return zones.word_count(tail) <= DATE_LABEL_WORDS or any(char.isdigit() for char in tail)
