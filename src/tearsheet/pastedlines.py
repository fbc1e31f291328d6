"""Pasted text as plain lines: line ends, a page's hidden marks, a mail quoted whole and
no-break spaces made what a reader's copy has."""

from __future__ import annotations

import re
import textwrap


def pasted_lines(text: str) -> list[str]:
    """The lines of a paste as its words stand, whatever the shape it came in: Windows or
    old Mac line ends, the page's hidden marks, a mail quoted or indented whole, tabs, the
    no-break spaces a browser copies between words."""
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = textwrap.dedent(unquote_mail(text))  # indented whole, as some mail clients quote
    return [plain_spaces(line.replace("\t", " ")).rstrip() for line in text.split("\n")]


# A no-break space a browser copies between words ("By\u00a0Jane Doe", "21\u00a0Aug\u00a02025"),
# where the page's markup had "&nbsp;"; kept between digits ("10\u00a0000") and at French
# punctuation ("«\u202fOui\u202f»", "Pourquoi\u00a0?").
_NO_BREAK = re.compile(r"[\u00a0\u2007\u202f]")

# Marks a page hides in its text: soft hyphens (where a word may break), zero-width spaces
# and word joiners, byte-order marks. A reader's copy has none (the typography hyphenates);
# the joiners that shape Persian and Indic letters (U+200C, U+200D) stay. Also the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): one left unclosed turns
# the rest of a headline or paragraph backwards ("Trojan Source"), and each output sets the
# article's direction itself; the marks (LRM, RLM, ALM) that fix a neutral's side stay.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
# A mail quoted whole ("> " before each line), as a forwarded newsletter is pasted from a
# reply: at least this share of its lines so marked.
QUOTED_SHARE = 0.8
_QUOTE_MARK = re.compile(r"^> ?", re.MULTILINE)


def unquote_mail(text: str) -> str:
    """The text of a mail quoted whole, without the "> " before each of its lines."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(line.startswith(">") for line in lines)
    if not lines or quoted < QUOTED_SHARE * len(lines):
        return text
    return _QUOTE_MARK.sub("", text)


def plain_spaces(line: str) -> str:
    """The line with a plain space for each no-break space between words: the recognisers
    read it as the space it stands for, and a reader's copy has no word bound to the next
    by a page's markup (the typography binds what should be)."""
    return _NO_BREAK.sub(lambda m: m[0] if _kept_no_break(line, m.start()) else " ", line)


def _kept_no_break(line: str, at: int) -> bool:
    before, after = line[at - 1 : at], line[at + 1 : at + 2]
    return (
        (before.isdigit() and after.isdigit())
        or before == "«"
        or (after != "" and after in ";:!?»")
    )
