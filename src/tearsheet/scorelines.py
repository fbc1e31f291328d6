"""A match's result standing alone over a report's headline ("Real Madrid 1 - 1 Atlético",
"Sparta 2:0 Slavia"): the page's scoreboard, not the headline."""

from __future__ import annotations

import re

# A side: one to three words, the first of each not in small letters ("Real Madrid", "FC
# Porto", "Atlético"); the score between the two sides, a dash or a colon in it.
_SIDE = r"[^\W\d_a-z][\w.'’-]{0,30}+(?:\s[^\W\d_a-z][\w.'’-]{0,30}+){0,2}+"
_RESULT = re.compile(rf"{_SIDE}\s++\d{{1,3}}\s?[-–:]\s?\d{{1,3}}\s++{_SIDE}")


def is_result_line(line: str) -> bool:
    """Two sides and the score between them, nothing more: a result, not a headline
    ("Arsenal 2-1 Chelsea: Saka settles it" goes on, and is a headline)."""
    return _RESULT.fullmatch(" ".join(line.split())) is not None
