"""A writer's name and role under labels for screen readers: "Author, Jane Doe" / "Role, X"."""

from __future__ import annotations

import re

from tearsheet import zones

# A role's value is at most this many words.
ROLE_WORDS = 4


# A label of one to three words and its value after a comma: "Author, Jane Doe", "Role, BBC
# News", "نویسنده، مریم احمدی" (a page's labels for screen readers, copied with the text).
_COMMA_LABEL = re.compile(
    r"(?P<label>[^\W\d_]{2,20}+(?:\s[^\W\d_]{2,20}+){0,2}+)[,،]\s++(?P<value>\S[^\n]{0,80}+)"
)
# ... the whole line at most this many words.
LABEL_PAIR_WORDS = 8


def label_pair_at(blocks: list[str], index: int) -> str | None:
    """The value of a "label, value" line standing with another such line next to it, the
    writer's name and role as a page labels them for screen readers ("Author, Jane Doe" /
    "Role, BBC News", "نویسنده، مریم احمدی" / "نقش، بی‌بی‌سی فارسی"): the lines are the
    byline's, not the headline. None for any other line."""

    def value(at: int) -> str | None:
        line = blocks[at] if 0 <= at < len(blocks) else ""
        match = _COMMA_LABEL.fullmatch(line.strip())
        if match is None or zones.word_count(line) > LABEL_PAIR_WORDS:
            return None
        return match["value"]

    own = value(index)
    if own is None or (value(index - 1) is None and value(index + 1) is None):
        return None
    return own


# A details box's line: a label of one to three words, a colon and its value ("Réalisation :
# Juliette Marchand", "Avec : …", "Laufzeit: 118 Minuten", "Autor: Jan Novák").
_COLON_LABEL = re.compile(r"[^\W\d_]{2,20}+(?:\s[^\W\d_]{2,20}+){0,2}+\s?[:：]\s*+\S[^\n]{0,160}+")
# ... the whole line at most this many words.
DETAIL_WORDS = 16


def is_details_row(blocks: list[str], index: int) -> bool:
    """A "label: value" line with another right over or under it: a review's or a notice's
    details box ("Réalisation : Juliette Marchand" / "Avec : Léa Drucker, Félix Moati" /
    "Durée : 1 h 52"), never the headline."""

    def labelled(at: int) -> bool:
        line = blocks[at].strip() if 0 <= at < len(blocks) else ""
        return zones.word_count(line) <= DETAIL_WORDS and _COLON_LABEL.fullmatch(line) is not None

    return labelled(index) and (labelled(index - 1) or labelled(index + 1))


def labelled_writer(blocks: list[str], index: int) -> str | None:
    """ "Author, Jane Doe" over "Role, BBC News": the name after the first pair's label;
    None for other lines (over "Image caption, <a sentence>", "Image source, Getty Images"
    is the picture's credit)."""
    role = label_pair_at(blocks, index + 1)
    return label_pair_at(blocks, index) if role and _is_role_value(role) else None


def _is_role_value(value: str) -> bool:
    """A role's few words ("BBC News", "بی‌بی‌سی فارسی"), not a caption's sentence."""
    return zones.word_count(value) <= ROLE_WORDS and not zones.is_sentence(value)
