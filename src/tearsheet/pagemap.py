"""Where each PDF page begins, found in the laid-out PDF and marked in the EPUB: one module for
both sides, so the two always count characters the same way.

A position is a body block's id and how many counted characters of its text come first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from tearsheet.xhtml import OPS
from tearsheet.xhtml import xhtml_tag as _x

# Characters that never count: they may be dropped, added or moved by line breaking.
_UNCOUNTED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class PageStart:
    """Page ``number`` begins in the block with id ``block`` (empty: at the very start)
    after ``offset`` counted characters of that block's text."""

    number: int
    block: str
    offset: int


@dataclass(frozen=True)
class PageMap:
    """Where every page of one printed edition begins, and which edition that is."""

    starts: tuple[PageStart, ...] = ()
    edition: str = ""

    def __bool__(self) -> bool:
        return bool(self.starts)


def counted(text: str) -> str:
    """The characters that locate a position: whitespace and invisible marks left out, so a
    count means the same before and after line breaking and whitespace collapsing."""
    return "".join(c for c in text if not c.isspace() and c not in _UNCOUNTED)


# The PDF side: read the positions off WeasyPrint's laid-out pages.


def find_page_starts(document: Any) -> tuple[PageStart, ...]:
    """Where each laid-out page of a WeasyPrint Document begins: the first block with an id
    that has content on it, and how many of that block's characters earlier pages hold.

    Text boxes are matched character by character against the block's own text, so added
    hyphens and generated content (list markers, ``::before``) are not counted.
    """
    from weasyprint.formatting_structure import boxes  # only the PDF side lays out

    sources: dict[str, str] = {}
    consumed: dict[str, int] = {}
    first_page: dict[str, int] = {}
    starts: list[PageStart] = []
    for number, page in enumerate(document.pages, start=1):
        start: PageStart | None = PageStart(1, "", 0) if number == 1 else None
        first: PageStart | None = None
        for block, box in _block_boxes(boxes, page._page_box, None, None):
            if block not in sources:
                sources[block] = counted(_flow_text(box.element))
                consumed[block] = 0
                first_page[block] = number
            elif first_page[block] < number and consumed[block] >= len(sources[block]):
                continue  # a table's header row repeated on this page, or an empty remnant
            if first is None:
                first = PageStart(number, block, consumed[block])
            # The page starts where its first text or image is: a table's own box comes
            # before its rows, whose text counts in each row's id.
            if start is None and isinstance(box, boxes.TextBox | boxes.ReplacedBox):
                start = PageStart(number, block, consumed[block])
            if isinstance(box, boxes.TextBox):
                consumed[block] = _advance(sources[block], consumed[block], counted(box.text))
        if start is None:
            previous = starts[-1]
            start = first or PageStart(number, previous.block, previous.offset)
        starts.append(start)
    return tuple(starts)


def _block_boxes(boxes: Any, box: Any, block: str | None, parent: Any) -> Iterator:
    """Yield (block id, box) for the main flow's boxes inside a block (a child of the article
    or its body that has an id), in order."""
    if isinstance(box, boxes.MarginBox | boxes.FootnoteAreaBox) or "::" in (box.element_tag or ""):
        return
    element = box.element
    if _is_block(element, parent):
        block = element.get("id")
    if block is not None:
        yield block, box
    for child in box.all_children() if isinstance(box, boxes.ParentBox) else ():
        yield from _block_boxes(boxes, child, block, element if element is not None else parent)


def _flow_text(element: Any) -> str:
    """An element's text without the notes print moves to the foot of the page."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and "note" not in child.get("class", "").split():
            parts.append(_flow_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_block(element: Any, parent: Any) -> bool:
    """A block positions are counted in: a child of the article or its body with an id, or
    a table row with an id (a long table spans pages row by row)."""
    return (
        element is not None
        and parent is not None
        and element is not parent
        and bool(element.get("id"))
        and (
            element.tag == "tr"
            or parent.tag == "article"
            or "body" in parent.get("class", "").split()
        )
    )


def _advance(source: str, position: int, text: str) -> int:
    """Move through ``source`` past the characters of ``text``, skipping characters layout
    added (a hyphen at a line break) and a few it dropped."""
    for char in text:
        for ahead in range(4):
            index = position + ahead
            if index < len(source) and source[index].lower() == char.lower():
                position = index + 1
                break
    return position


# The EPUB side: put a page-break marker at each position in the XHTML content document.


def mark_pages(root: etree._Element, page_map: PageMap) -> list[str]:
    """Insert a page-break marker where each PDF page begins; return the markers' ids.

    A page that begins mid-paragraph gets its marker mid-paragraph, before the first
    character the PDF sets on that page.
    """
    ids: list[str] = []
    article = root.find(f".//{_x('article')}")
    if article is None:
        return ids
    blocks = {element.get("id"): element for element in article.iter() if element.get("id")}
    for page in page_map.starts:
        marker = etree.Element(
            _x("span"),
            {
                f"{{{OPS}}}type": "pagebreak",
                "role": "doc-pagebreak",
                "id": f"page-{page.number}",
                "title": str(page.number),
                "aria-label": str(page.number),
            },
        )
        block = blocks.get(page.block)
        if block is None:
            article.insert(0, marker)
        elif page.offset == 0 and block.tag not in _NO_TEXT_BESIDE:
            block.addprevious(marker)
        else:
            _insert_at(block, page.offset, marker)
        ids.append(marker.get("id"))
    return ids


# Elements a span may not stand beside or inside (a marker for a table row goes into a cell).
_NO_TEXT_BESIDE = frozenset(
    _x(tag) for tag in ("table", "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "colgroup")
)


# Elements whose start and end part words even with no space between (cells, items, lines).
_APART = frozenset(
    _x(tag)
    for tag in ("td", "th", "li", "dt", "dd", "p", "div", "br", "figcaption", "caption", "pre")
)


def _joins(before: str, after: str) -> bool:
    """Whether a marker between these two characters would split a word (CJK text has no
    spaces, so any two of its characters may part)."""
    return (
        before.isalnum()
        and after.isalnum()
        and unicodedata.east_asian_width(before) not in "WF"
        and unicodedata.east_asian_width(after) not in "WF"
    )


def _insert_at(block: etree._Element, offset: int, marker: etree._Element) -> None:
    """Put ``marker`` before the block's ``offset``-th counted character, or at the block's
    end. A position inside a word (a page that begins with the end of a hyphenated word, or
    a count through a table row, whose cells the PDF sets side by side) moves back to the
    start of that word: a marker never splits a word, and the page's first word is whole
    on it."""
    seen = 0
    previous = ""
    word_start: tuple[etree._Element, str, int] | None = None
    for node, attribute in _text_slots(block):
        if node.tag in _APART:
            previous = ""  # a cell's, item's or line's edge ends a word, spaces or not
        text = getattr(node, attribute) or ""
        for index, char in enumerate(text):
            if char in _UNCOUNTED:
                continue  # a soft hyphen or joiner is inside a word, not between two
            if not _joins(previous, char):
                word_start = (node, attribute, index)
            if counted(char):
                if seen >= offset:
                    _split_into(*(word_start or (node, attribute, index)), marker)
                    return
                seen += 1
            previous = char
    holder = block
    while holder.tag in _NO_TEXT_BESIDE and len(holder):
        holder = holder[-1]
    holder.append(marker)


def _text_slots(element: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(node, "text" | "tail") for every run of text inside ``element``, in document order,
    leaving out note references (the PDF sets their numbers as generated content)."""
    yield element, "text"
    for child in element:
        if isinstance(child.tag, str) and not _is_note_call(child):
            yield from _text_slots(child)
        yield child, "tail"


def _is_note_call(element: etree._Element) -> bool:
    return element.tag == _x("sup") and any(
        "footnote-ref" in link.get("class", "").split() for link in element.iter(_x("a"))
    )


def _split_into(node: etree._Element, attribute: str, index: int, marker: etree._Element) -> None:
    text = getattr(node, attribute)
    before, after = text[:index], text[index:]
    if attribute == "text":
        node.text = before
        node.insert(0, marker)
    else:
        node.tail = before
        node.addnext(marker)
    marker.tail = after
