"""Reading what WeasyPrint laid out (lines, their paragraphs, page starts) and what the EPUB
marks (the text after each page-break marker), independently of tearsheet's page map."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree
from weasyprint.formatting_structure import boxes

from tearsheet.pdf import PrintLayout, lay_out
from tearsheet.settings import PrintSettings
from tearsheet.source import parse_article
from tearsheet.theme import Theme

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
NS = {"x": XHTML, "epub": OPS}
# The hyphen WeasyPrint adds where it breaks a word (CSS hyphenate-character: auto).
ADDED_HYPHEN = "\u2010"


@dataclass(frozen=True)
class Line:
    """One line of the main text flow on a page (running heads and footnotes left out)."""

    page: int
    element: object  # the element whose block holds the line (a paragraph, a heading...)
    text: str
    right: float  # where its last glyph ends, in CSS px from the page's left edge
    width: float  # the width the line could fill

    @property
    def hyphenated(self) -> bool:
        """Whether layout broke a word at the end of this line (adding a hyphen)."""
        return self.text.endswith(ADDED_HYPHEN)

    def tag(self) -> str:
        return getattr(self.element, "tag", "")

    def classes(self) -> set[str]:
        return set((self.element.get("class") or "").split()) if self.element is not None else set()


def _flow_boxes(box) -> Iterator:
    """Boxes of the main flow: not the page's margin boxes, not the footnote area."""
    if isinstance(box, boxes.MarginBox | boxes.FootnoteAreaBox):
        return
    yield box
    if isinstance(box, boxes.ParentBox):
        for child in box.children:
            yield from _flow_boxes(child)


def _text_boxes(line) -> list:
    """The text of a line as laid out, without generated content (::before, footnote calls)."""
    return [
        box
        for box in line.descendants()
        if isinstance(box, boxes.TextBox) and "::" not in (box.element_tag or "")
    ]


def lines_of(layout: PrintLayout) -> list[Line]:
    """Every line of the main text flow, page by page, in reading order."""
    found = []
    for number, page in enumerate(layout.document.pages, start=1):
        for box in _flow_boxes(page._page_box):
            if not isinstance(box, boxes.LineBox):
                continue
            texts = _text_boxes(box)
            if not texts:
                continue
            right = max(text.position_x + text.width for text in texts)
            text = "".join(text.text for text in texts).strip()
            if text:
                found.append(Line(number, box.element, text, right, box.width))
    return found


def flow_text(lines: list[Line]) -> str:
    """Lines joined into running text, words broken by layout joined again."""
    parts = []
    for line in lines:
        if line.hyphenated:
            parts.append(line.text[:-1])
        else:
            parts.append(line.text + " ")
    return " ".join("".join(parts).split())


def page_edges(layout: PrintLayout, count: int = 8) -> list[tuple[str, str]]:
    """For each page, its first and last ``count`` words of main text."""
    lines = lines_of(layout)
    edges = []
    for number in range(1, len(layout.document.pages) + 1):
        words = flow_text([line for line in lines if line.page == number]).split()
        edges.append((" ".join(words[:count]), " ".join(words[-count:])))
    return edges


def words_after_markers(chapter: bytes, count: int = 8) -> list[tuple[str, str]]:
    """For each page-break marker in the EPUB's content document: its page number and the
    ``count`` words of text that follow it (note reference numbers left out)."""
    root = etree.fromstring(chapter)
    result = []
    for marker in root.iterfind(".//x:span[@epub:type='pagebreak']", NS):
        following = ""
        for text in marker.xpath("following::text()"):
            container = text.getparent().getparent() if text.is_tail else text.getparent()
            if not _in_note_call(container):
                following += text
            if len(following.split()) > count:
                break
        result.append((marker.get("title"), " ".join(following.split()[:count])))
    return result


def _in_note_call(element) -> bool:
    return (
        any(ancestor.get(f"{{{OPS}}}type") == "noteref" for ancestor in element.iterancestors())
        or element.get(f"{{{OPS}}}type") == "noteref"
    )


def comparable(text: str) -> str:
    """Letters and digits only, in lower case: what a PDF page and an EPUB marker must agree
    on whatever the case transform, hyphenation or punctuation spacing."""
    return re.sub(r"[\W_]+", "", text.lower())


def read_entry(epub: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(epub)) as archive:
        return archive.read(name)


@cache
def article_at(path: Path):
    article, _ = parse_article(path)
    return article


@lru_cache(maxsize=16)  # a laid-out document holds every box: keep a few, not all
def layout_of(
    path: Path, page_size: str = "a4", align: str = "justify", drop_cap: bool = False
) -> PrintLayout:
    """The article at ``path`` laid out once per process with these settings."""
    settings = PrintSettings(page_size=page_size, align=align, drop_cap=drop_cap)
    return lay_out(article_at(path), Theme.load(), settings)
