"""A pasted PDF's running heads and footers: one line on every page, its page's number at
its end ("Communiqué de presse – Ville de Saint-Brieuc        1/2"), furniture wherever the
page broke the story."""

from __future__ import annotations

import re
from collections import Counter

# The page's number closing the line: "1/2", "2 / 4", "Page 3 of 5", "Seite 2", "- 3 -",
# after a space or a mark (searched from the line's end: a pattern that tried each length
# of the text before it would be quadratic).
_NUMBER_END = re.compile(
    r"\s(?P<mark>[|·•–—-]\s)?"
    r"(?P<number>(?:(?:page|p\.|seite|s\.|página|pagina|pág\.|strona|str\.|sida|side|sivu|"
    r"stránka|strana|oldal|σελίδα|стр\.|страница|сторінка|halaman|trang)\s?)?"
    r"\d{1,3}(?:\s?(?:/|of|von|de|di|z|van|av|af|из|з)\s?\d{1,3})?|-\s?\d{1,3}\s?-)$",
    re.IGNORECASE,
)
# A running head or footer is at most this long.
LINE_LENGTH = 120
# A line standing over this many of the document's pages is its running head or footer.
PAGES = 2


def page_lines(blocks: list[str]) -> frozenset[str]:
    """The blocks that are a running head or footer: the same text on two or more pages,
    the page's number after it counted ("1/2", "Page 2 of 4"), labelled ("Seite 2") or set
    apart by a mark ("… | 3"): a chapter's "Part 2" in the story is neither."""
    texts: dict[str, str] = {}
    for block in blocks:
        line = " ".join(block.split())
        if len(line) > LINE_LENGTH or (found := _NUMBER_END.search(line)) is None:
            continue
        if found["mark"] or not found["number"].isdigit():
            texts[block] = line[: found.start()].strip().casefold()
    counts = Counter(texts.values())
    return frozenset(b for b, text in texts.items() if len(text) > 1 and counts[text] >= PAGES)
