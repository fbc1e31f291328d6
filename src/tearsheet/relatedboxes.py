"""Related-article boxes inside a story whose label no list knows: a short label, perhaps
a section's word, and one to three other articles' headlines, between two paragraphs of
prose."""

from __future__ import annotations

from tearsheet import zones

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


def _is_label(line: str) -> bool:
    """A few words opening with a letter: no credit in brackets ("[Engadget]"), no quoted
    title ("“Wild Rose”"), no sentence trailing off ("So frustrating …")."""
    line = line.strip()
    return (
        0 < zones.word_count(line) <= LABEL_WORDS
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
    """The places of the lines of each unlabelled box: a label under a paragraph of prose,
    a section's word perhaps, one to three teasers, and prose again under them. A
    subheading stands right over its prose, so short lines with headlines under the first
    are no subheading's."""
    found: set[int] = set()
    for index in range(1, len(paragraphs) - 2):
        if not (zones.is_prose(paragraphs[index - 1]) and _is_label(paragraphs[index])):
            continue
        first = index + 1
        if zones.word_count(paragraphs[first]) == 1 and _is_label(paragraphs[first]):
            first += 1  # "Olvasd el ezt is!" / "Kult" / <teaser>
        end = first
        while (
            end < len(paragraphs)
            and end - first < MAX_TEASERS
            and _is_teaser(paragraphs[end])
            and not _shares_word(paragraphs[index], paragraphs[end])
        ):
            end += 1
        if first < end < len(paragraphs) and zones.is_prose(paragraphs[end]):
            if end - first > 1 and _ends_on_subheading(paragraphs[first:end]):
                end -= 1  # the story's subheading under the box's teasers stays
            found.update(range(index, end))
    return found


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
