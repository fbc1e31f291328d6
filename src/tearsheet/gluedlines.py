"""A headline and the dek or caption under it, pasted as one line when the break was lost."""

from __future__ import annotations

from tearsheet import zones

# A headline pasted with its dek or caption on one line is at least this long; the
# capitalised word that opens the second is a function word of at most GLUE_WORD letters.
GLUE_LENGTH = 160
GLUE_WORD = 3
GLUE_FROM = 5


def glued_headline(line: str, lang: str | None) -> tuple[str, str] | None:
    """A headline and the dek or caption under it pasted as one line, the line break lost
    ("… slow grain barges as harvest peaks A towboat pushes barges …", "… inversión de 38
    millones La obra ganará …"): a word in small letters, then a capitalised function word
    of the language, where no sentence would have it. The headline and the rest, or None."""
    if len(line) <= GLUE_LENGTH or lang is None:
        return None
    words = line.split()
    stops = zones.stop_words(lang)
    for at in range(GLUE_FROM, min(len(words) - GLUE_FROM, 40)):
        before, word = words[at - 1], words[at]
        if (
            word[:1].isupper()
            and len(word) <= GLUE_WORD
            and word.casefold() in stops
            and before[-1:].isalnum()
            and (before[:1].islower() or before[:1].isdigit())
        ):
            return " ".join(words[:at]), " ".join(words[at:])
    return None
