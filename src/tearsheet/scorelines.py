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


# A scorer and the minutes of the goals, in brackets: "Hugo Duro (23')", "Abde (71', 80')",
# "Lewandowski (pen. 45+2')"; the match's scoreboard, as sports pages print it.
_MINUTE = r"(?:[^\W\d_]{1,5}+\.?\s?)?\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['′’]"
_SCORER = re.compile(
    rf"[^\W\d_][^()\n\d]{{0,40}}?\s?\(\s?{_MINUTE}(?:\s?[,;]\s?{_MINUTE}){{0,5}}+\s?\)"
)


def is_scorer_line(line: str) -> bool:
    """A scorer's name and the minutes of the goals: the match's facts, not a headline."""
    return _SCORER.fullmatch(" ".join(line.split())) is not None
