"""Copied text as blocks: paragraphs parted by blank lines, or lines, unwrapped where wrapped."""

from __future__ import annotations

import re

from tearsheet import zones

# A block is wrapped text when its lines are at least this wide and all but the last
# reach this share of the widest.
WRAP_WIDTH = 60
WRAPPED = 0.7
# A stack of at least this many lines, this share of them nearly full, is wrapped text with
# no blank line between its paragraphs.
WRAPPED_STACK = 6
WRAPPED_SHARE = 0.6
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def _collapse(text: str) -> str:
    """Collapse runs of ASCII white space; a no-break space in the source is kept as it is."""
    return _ASCII_SPACE.sub(" ", text).strip(" \t\n\r\f\v")


def split_blocks(lines: list[str]) -> tuple[list[str], list[int]]:
    """Paragraphs: separated by blank lines, or one per line when the text has none. The
    lines of a block are joined only when it looks wrapped (every line but the last nearly
    full, as e-mail wraps text); a stack of lines (a header, a footer, a share bar) stays one
    block per line, so that no two of them are ever read as one paragraph. Returns the
    blocks and, for each, the number of the stack of lines it came from."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if all(line.strip() for line in lines):
        return [_collapse(line) for line in lines], list(range(len(lines)))
    blocks: list[str] = []
    groups: list[int] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
            continue
        if not current:
            continue
        if _is_wrapped(current):
            blocks.append(_collapse(" ".join(current)))
        else:
            blocks.extend(_collapse(part) for part in _unwrap(current))
        groups.extend([len(groups) and groups[-1] + 1] * (len(blocks) - len(groups)))
        current = []
    return blocks, groups


def _unwrap(lines: list[str]) -> list[str]:
    """A stack of wrapped paragraphs with no blank line between them (an e-mailed press
    release): most lines nearly full, and a paragraph ends at a line that had room for the
    next line's first word (wrapping would have put it there). Other stacks stay one block
    per line."""
    width = max(len(line) for line in lines)
    full = [len(line) >= WRAPPED * width for line in lines]
    # Wrapping breaks lines mostly inside sentences; rows of a table or a list end each
    # line with a full stop.
    ends = sum(line[-1:] in ".!?:;" for line in lines[:-1])
    if (
        len(lines) < WRAPPED_STACK
        or width < WRAP_WIDTH
        or sum(full) < WRAPPED_SHARE * len(lines)
        or ends * 2 > len(lines) - 1
    ):
        return lines
    paragraphs: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        if len(line) + 1 + len((following.split() or [""])[0]) <= width:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _is_wrapped(lines: list[str]) -> bool:
    """Every line but the last nearly as wide as the widest; and not two lines of which the
    first ends a sentence (a notice and its button, "... uses cookies. / OK", or two footer
    lines), which wrapping at a fixed width seldom gives."""
    width = max(len(part) for part in lines)
    full = all(len(part) >= WRAPPED * width for part in lines[:-1])
    if len(lines) < 2 or width < WRAP_WIDTH or not full:
        return False
    if len(lines) == 2 and lines[0][-1:].isalnum() and lines[1][:1].isupper():
        # A headline over its dek ("Les abeilles … sans pesticides / Une étude menée …"):
        # no mark ends the first line and the second starts a sentence.
        return not zones.is_sentence(lines[1])
    return not (len(lines) == 2 and zones.is_sentence(lines[0]))
