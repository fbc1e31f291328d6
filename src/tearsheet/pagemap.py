"""Where each PDF page begins, in terms both the PDF (which finds it) and the EPUB (which marks
it) understand: a body block's id and how many characters of its text come first."""

from __future__ import annotations

from dataclasses import dataclass

# Characters that never count: they may be dropped, added or moved by line breaking.
_UNCOUNTED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class PageStart:
    """Page ``number`` begins in the block with id ``block`` (empty: at the very start)
    after ``offset`` counted characters of that block's text."""

    number: int
    block: str
    offset: int


def counted(text: str) -> str:
    """The characters that locate a position: whitespace and invisible marks left out, so a
    count means the same before and after line breaking and whitespace collapsing."""
    return "".join(c for c in text if not c.isspace() and c not in _UNCOUNTED)
