"""Related-article boxes inside a story whose label no list knows: a short label, perhaps
a section's word, and one to three other articles' headlines, between two paragraphs of
prose; boxes a screen reader's marks enclose ("skip past newsletter promotion"); and the
last line of a box copied as a stack of its own."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.importdates import parse_date_line

# A box's label is at most this many words and characters ("Mavzuga oid", "Olvasd el ezt
# is!", "পড়ুন"); a section's word between it and the teaser ("Kult") one word.
LABEL_WORDS = 4
LABEL_LENGTH = 30
# The teaser is another article's headline: this many words at least, and at most.
TEASER_WORDS = (4, 20)
# A box holds at most this many teasers.
MAX_TEASERS = 3
# Quotation marks a teaser may open with ("\"Mae angen mwy o gyfleoedd …\" – Bardd Plant").
_QUOTES = "\"'“”„«»‘’"
# The ends a label or a teaser has not: a sentence's, a lead-in's or a speaker's (an
# interview's "Marta Nowicka:" and the question under it are the story's).
_NOT_ENDS = (".", ":", "：", ";", "?", "？", "؟", ",", "।", "。", "…")
# A box a screen reader can skip: "skip past newsletter promotion" over it, "after
# newsletter promotion" under it, at most SKIPPED_LINES lines apart.
_SKIP_PAST = re.compile(r"(?i)skip past (?P<what>[^\n]{3,40}+)")
SKIPPED_LINES = 12
# A teaser's date under it ("Feb 18, 2026") is at most this long.
DATE_LENGTH = 30


def _is_label(line: str) -> bool:
    """A few words opening with a letter: no credit in brackets ("[Engadget]"), no quoted
    title ("“Wild Rose”"), no sentence trailing off ("So frustrating …"). Not in Chinese or
    Japanese, whose words no space parts: a notice's "断水日時" over its value is as short."""
    line = line.strip()
    return (
        0 < zones.word_count(line) <= LABEL_WORDS
        and not zones.has_wide(line)
        and line[:1].isalpha()
        and len(line) <= LABEL_LENGTH
        and not line.endswith(_NOT_ENDS)
        and not any(char.isdigit() for char in line)
        and zones.clutter_of(line) is None
    )


def _is_teaser(line: str) -> bool:
    """A headline: opening with a letter (not a tweet's "— Club (@handle) date", not a
    picture's "1996-98 Acme Inc."), no sentence."""
    line = line.strip()
    low, high = TEASER_WORDS
    return (
        low <= zones.word_count(line) <= high
        and line.lstrip(_QUOTES)[:1].isalpha()
        and "@" not in line
        and zones.clutter_of(line) is None  # a caption, a known "Read also: …" line
        and len(line) <= zones.TEASER_LENGTH
        and not line.endswith(_NOT_ENDS)
        and not zones.is_sentence(line)
    )


def related_boxes(paragraphs: list[str]) -> set[int]:
    """The places of the lines of each unlabelled box (see box_end)."""
    found: set[int] = set()
    for index in range(1, len(paragraphs) - 2):
        if (end := box_end(paragraphs, index)) is not None:
            found.update(range(index, end))
    return found


def box_end(paragraphs: list[str], index: int) -> int | None:
    """Where the prose goes on under an unlabelled box whose label is at ``index``: a label
    under a paragraph of prose, a section's word perhaps, one to three teasers (each perhaps
    with its date under it, "Feb 18, 2026"), and prose again under them; None when no box
    stands there. A subheading stands right over its prose, so short lines with headlines
    under the first are no subheading's."""
    if not (
        0 < index < len(paragraphs) - 2
        and zones.is_prose(paragraphs[index - 1])
        and _is_label(paragraphs[index])
    ):
        return None
    first = index + 1
    if zones.word_count(paragraphs[first]) == 1 and _is_label(paragraphs[first]):
        first += 1  # "Olvasd el ezt is!" / "Kult" / <teaser>
    end, teasers = first, 0
    while (
        end < len(paragraphs)
        and teasers < MAX_TEASERS
        and _is_teaser(paragraphs[end])
        and not _shares_word(paragraphs[index], paragraphs[end])
    ):
        end, teasers = end + 1, teasers + 1
        if end < len(paragraphs) and is_teaser_date(paragraphs[end]):
            end += 1
    if not (first < end < len(paragraphs) and zones.is_prose(paragraphs[end])):
        return None
    if teasers > 1 and end - first == teasers and _ends_on_subheading(paragraphs[first:end]):
        end -= 1  # the story's subheading under the box's teasers stays
    return end


def is_teaser_date(line: str) -> bool:
    """A teaser's date alone on its line under it."""
    line = line.strip()
    return len(line) <= DATE_LENGTH and parse_date_line(line) is not None


def _shares_word(label: str, teaser: str) -> bool:
    """A subheading and the line under it on one topic ("Battery life" / "Battery is
    improved …"): a box's label ("Read also") names nothing of its teaser."""
    words = {word for word in zones.words_of(label) if len(word) > 3}  # casefolded
    return any(word in words for word in zones.words_of(teaser))


def _ends_on_subheading(lines: list[str]) -> bool:
    """The last of the lines under a box's label, shorter than every line over it, is the
    story's subheading over its prose ("Alma Note 7: la opinión de Xataka" under two
    teasers): a box's teasers are alike; losing a subheading is worse than keeping a
    teaser."""
    return all(len(lines[-1]) < len(line) for line in lines[:-1])


def skipped_boxes(paragraphs: list[str]) -> set[int]:
    """The places of each box a screen reader's marks enclose, the marks with it ("skip
    past newsletter promotion" / the sign-up box and its privacy notice / "after newsletter
    promotion"): both ends are marked, so nothing after the box goes with it."""
    found: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if (skip := _SKIP_PAST.fullmatch(" ".join(paragraph.split()))) is None:
            continue
        end = f"after {skip['what']}".casefold()
        closing = range(index + 1, min(len(paragraphs), index + SKIPPED_LINES + 1))
        after = next((at for at in closing if paragraphs[at].strip().casefold() == end), None)
        if after is not None:
            found.update(range(index, after + 1))
    return found


def story_under_box(blocks: list[str], index: int, skipped: set[int], run: int) -> int | None:
    """Where the story goes on under a box a screen reader's marks enclose (``skipped``,
    "skip past newsletter promotion" … "after …"), or, ``run`` paragraphs of prose in a
    row, under a box whose label no list knows (box_end); None when no box
    stands at ``index`` or less prose follows it (the most-read list over the footer)."""
    if index in skipped:
        return next((at for at in range(index, len(blocks)) if at not in skipped), len(blocks))
    end = box_end(blocks, index)
    if end is None or end + run > len(blocks):
        return None
    return end if all(map(zones.is_prose, blocks[end : end + run])) else None


def box_stack_ends(blocks: list[str], groups: list[int]) -> frozenset[str]:
    """The last line of each stack that opens with a box's label and is set apart from the
    story by blank lines ("Mehr zum Thema" / teasers / "Isemarkt: Warum die Standgebühren
    steigen"): the box's last teaser, however short. (A stack that opens with the story's
    paragraph over the label holds the story's subheading after the teasers as often.)"""
    ends = []
    for index in range(1, len(blocks) - 1):
        if groups[index] != groups[index - 1] or groups[index + 1] == groups[index]:
            continue
        head = index
        while head > 0 and groups[head - 1] == groups[index]:
            head -= 1
        if zones.is_box_label(blocks[head]):
            ends.append(blocks[index])
    return frozenset(ends)


def prose_under_box(paragraphs: list[str], index: int, prose: list[bool], reach: int) -> int:
    """The first paragraph of prose under a box whose label stands at ``index``, its teasers
    (one to ``reach`` lines) between; ``index`` itself when no such box stands there."""
    # (A label with no teaser under it closes the teaser over it: "<teaser>" / "Read more".)
    if (
        index + 1 >= len(paragraphs)
        or prose[index + 1]
        or not zones.is_box_label(paragraphs[index])
    ):
        return index
    end = min(len(paragraphs), index + 1 + reach)
    return next((at for at in range(index + 2, end) if prose[at]), index)
