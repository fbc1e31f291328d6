"""A match's facts under its report: the result line and the labelled lines of scorers,
referees and crowd ("HAJDUK – OSIJEK 2:1 (0:1)" / "Strijelci: 0:1 Perković (37), …"), the
story's own for all that they read as no prose."""

from __future__ import annotations

import re

from tearsheet.zones import clutter_of, words_of

# A score: two numbers of up to three digits around a colon or a dash ("2:1", "80-80"), not
# part of a date, a phone number or a longer figure.
_SCORE = re.compile(r"(?<![\d.,/+:–-])(\d{1,3})\s?[:–-]\s?(\d{1,3})(?![\d.,/:–-])")
# A time of day reads like a score ("10:30"): a colon, a first number up to 23, a second of
# two digits.
_HOUR = 23
# The two sides of a result, a dash between them ("Pardubice – Třinec 3:2 po prodl.").
_SIDES = re.compile(r"\s[–—-]\s")
# A labelled line: a label of a few words, then a colon ("Hakemler:", "Gledatelja:").
_LABEL = re.compile(r"[^\W\d_][^:\n]{0,40}+:\s")
LABEL_WORDS = 3
# A line of the box is at most this long; the box holds at least FACTS lines and SCORES
# scores (a result and its half-time score, the periods' scores).
FACT_LINE = 200
FACTS = 2
SCORES = 2


def _scores(line: str) -> int:
    return sum(
        not (
            ":" in found.group(0)
            and int(found.group(1)) <= _HOUR
            and len(found.group(2)) == 2  # "10:30", a time
        )
        for found in _SCORE.finditer(line)
    )


def _is_result(line: str) -> bool:
    """ "HAJDUK – OSIJEK 2:1 (0:1)": two sides, a dash between them, the score after it."""
    sides = _SIDES.search(line)
    return sides is not None and sides.start() > 0 and _scores(line[sides.end() :]) > 0


def _is_labelled(line: str) -> bool:
    label = _LABEL.match(line)
    return label is not None and len(words_of(label.group(0))) <= LABEL_WORDS


def _is_fact(line: str) -> bool:
    line = " ".join(line.split())
    return (
        0 < len(line) <= FACT_LINE
        and clutter_of(line) is None
        and (_is_result(line) or _is_labelled(line))
    )


def facts_end(blocks: list[str], index: int) -> int:
    """Past a match's facts at ``index`` (a result line, labelled lines, scores among them),
    or ``index`` itself when the blocks there are none."""
    end = index
    while end < len(blocks) and _is_fact(blocks[end]):
        end += 1
    if end - index < FACTS or sum(_scores(block) for block in blocks[index:end]) < SCORES:
        return index
    return end
