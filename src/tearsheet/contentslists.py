"""A story's table of contents ("Spis treści", "Inhalt", "In this article"): the page's
list of the subheadings the story repeats further down, told by that repetition alone."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.recognise import Draft, excerpt

# A contents list has at least this many items, each at most ITEM_WORDS words; its label
# over it at most LABEL_WORDS words.
MIN_ITEMS = 2
ITEM_WORDS = 14
LABEL_WORDS = 4


def drop_contents_list(paragraphs: list[str], draft: Draft) -> list[str]:
    """The paragraphs without the contents list: a run of MIN_ITEMS or more short lines,
    each of which the story writes again, in the same order, after the run (its
    subheadings), and the short label over the run that is no sentence ("Spis treści").
    In any language: only the repetition tells it, no word of the label."""
    found = _contents_list(paragraphs)
    if found is None:
        return paragraphs
    removed = paragraphs[found.start : found.stop]
    draft.stripped.append(f"contents list {excerpt(removed[0])}")
    draft.removed.extend(("contents list", line) for line in removed)
    return paragraphs[: found.start] + paragraphs[found.stop :]


def contents_items(blocks: list[str]) -> frozenset[str]:
    """The subheadings a contents list names, wherever the list stands (also over the
    story, among the lines the header's rules take): written twice, they are no
    repeated furniture."""
    found = _contents_list(blocks)
    return frozenset(blocks[found.start : found.stop]) if found is not None else frozenset()


def _contents_list(paragraphs: list[str]) -> range | None:
    """Where the first contents list stands, its label with it."""
    last = {line: index for index, line in enumerate(paragraphs)}
    start = 0
    while start < len(paragraphs):
        end = start
        while (
            end < len(paragraphs)
            and zones.word_count(paragraphs[end]) <= ITEM_WORDS
            and last[paragraphs[end]] > end
            and (end == start or _follows(paragraphs, end, last))
        ):
            end += 1
        if end - start >= MIN_ITEMS and _in_order(paragraphs, start, end, last):
            label = start - 1 if start and _is_label(paragraphs[start - 1], last, start) else start
            return range(label, end)
        start = max(end, start + 1)
    return None


def _follows(paragraphs: list[str], index: int, last: dict[str, int]) -> bool:
    """The item stands again later than the item over it does (the subheadings keep the
    list's order), and past the list itself."""
    return last[paragraphs[index]] > last[paragraphs[index - 1]]


def _in_order(paragraphs: list[str], start: int, end: int, last: dict[str, int]) -> bool:
    """The items' repetitions all stand after the list, between paragraphs of prose."""
    return all(
        last[line] >= end and _among_prose(paragraphs, last[line]) for line in paragraphs[start:end]
    )


def _among_prose(paragraphs: list[str], index: int) -> bool:
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return zones.is_prose(following) or following.rstrip().endswith((":", "："))


def _is_label(line: str, last: dict[str, int], start: int) -> bool:
    """The list's label: short, no sentence, not written again further down."""
    return (
        zones.word_count(line) <= LABEL_WORDS and not zones.is_sentence(line) and last[line] < start
    )


# The marks between the items of a contents line or a menu copied as one line.
_PARTS = re.compile(r"\s[·|•]\s")
# An issue's contents line has at least this many items, each at most PART_WORDS words.
MIN_PARTS = 3
PART_WORDS = 6


def is_contents_line(line: str) -> bool:
    """An issue's contents on one line ("I DETTE NUMMER: Affald fra januar · Vejfest 2026 ·
    Kalender", "In this issue: Budget · Roads · Events"): short items parted by a bullet,
    a middle dot or a bar, none of them a sentence. The page's, over the story."""
    parts = _PARTS.split(line.strip())
    return len(parts) >= MIN_PARTS and all(
        zones.word_count(part) <= PART_WORDS and not zones.is_sentence(part) for part in parts
    )


def is_leading_length(line: str, words: int) -> bool:
    """A line short enough to stand over the story as the page's (``words`` at most), or an
    issue's contents line, however long."""
    return zones.word_count(line) <= words or is_contents_line(line)
