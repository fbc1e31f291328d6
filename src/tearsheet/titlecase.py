"""How a line's words are capitalised: a headline's title case, a language's capitalised nouns."""

from __future__ import annotations

import re

from tearsheet import zones

# A word of four letters or more; and one inside a sentence, after another word.
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_INNER_WORD = re.compile(r"(?<=[^\W\d_] )[^\W\d_]{4,}")


def title_cased(line: str) -> bool:
    """Every word of four letters or more after the first is capitalised ("What the Great
    Lakes Remember"), and there is one."""
    words = [w for w in _LONG_WORD.findall(line)[1:] if not w.isupper()]
    return bool(words) and all(w[0].isupper() for w in words)


def capitalises_nouns(paragraphs: list[str]) -> bool:
    """The story's language writes its nouns with capitals (German, Luxembourgish): its
    prose has many capitalised words inside sentences, so a subheading's capitals ("Höhere
    Kosten für Mieter") say nothing of title case."""
    words = [
        word for text in paragraphs if zones.is_prose(text) for word in _INNER_WORD.findall(text)
    ]
    return len(words) >= NOUN_SAMPLE and sum(w[0].isupper() for w in words) > NOUN_CAPITALS * len(
        words
    )


# Words enough to tell, and the share of them in capitals past which the nouns have them.
NOUN_SAMPLE = 40
NOUN_CAPITALS = 0.25
