"""Golden files: where every PDF page begins and ends, the text after every EPUB page marker,
and the EPUB's package document and nav, for the seed and the long read at every page size.

Compared exactly: a page break that moves, a marker one character off, or a changed package
shows as a diff. After an intended change: ``pytest tests/test_golden.py --update-golden``,
then review and commit the rewritten files in tests/golden/.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from functools import cache

import pytest

from tearsheet.epub import render_epub
from tearsheet.pdf import write_pdf
from tearsheet.settings import PAGE_SIZES, EbookSettings
from tearsheet.theme import Theme

from conftest import FIXTURES, ROOT, SEED, pdftotext
from laidout import (
    article_at,
    comparable,
    layout_of,
    page_edges,
    read_entry,
    words_after_markers,
)

ARTICLES = {"seed": SEED, "long": FIXTURES / "long" / "2024-03-05-long-read.md"}


def _header(name: str, what: str) -> list[str]:
    path = ARTICLES[name]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return [
        f"# {what}",
        f"# input: {path.relative_to(ROOT)} sha256:{digest}",
        "# rewrite: pytest tests/test_golden.py --update-golden (then review the diff)",
    ]


@cache
def _epub(name: str, size: str) -> bytes:
    layout = layout_of(ARTICLES[name], size)
    book, _ = render_epub(
        article_at(ARTICLES[name]), Theme.load(), EbookSettings(), layout.page_map
    )
    return book


def page_breaks(name: str, size: str) -> str:
    """The golden text: each PDF page's first and last words, each marker's next words."""
    layout = layout_of(ARTICLES[name], size)
    lines = _header(name, f"Page breaks at {size}, justified, no drop cap: PDF and EPUB")
    for number, (first, last) in enumerate(page_edges(layout), start=1):
        lines.append(f"pdf page {number} begins: {first}")
        lines.append(f"pdf page {number} ends: {last}")
    for number, words in words_after_markers(read_entry(_epub(name, size), "EPUB/article.xhtml")):
        lines.append(f"epub marker {number} is followed by: {words}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("size", PAGE_SIZES)
@pytest.mark.parametrize("name", ARTICLES)
def test_page_breaks_match_the_golden_file(name, size, golden):
    golden(f"pages/{name}-{size}.txt", page_breaks(name, size))


@pytest.mark.parametrize("size", PAGE_SIZES)
@pytest.mark.parametrize("name", ARTICLES)
def test_each_epub_marker_stands_where_its_pdf_page_begins(name, size, tmp_path):
    """Independently of the golden files: the words after marker N are the words PDF page N
    begins with, and the written PDF (read by pdftotext) has them on that page."""
    layout = layout_of(ARTICLES[name], size)
    edges = page_edges(layout, count=6)
    markers = words_after_markers(read_entry(_epub(name, size), "EPUB/article.xhtml"), count=6)
    assert [number for number, _ in markers] == [str(n) for n in range(1, len(edges) + 1)]
    assert len(edges) >= 2
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(write_pdf(layout))
    for number, ((first, last), (_, after)) in enumerate(zip(edges, markers, strict=True), 1):
        assert comparable(after) == comparable(first), (number, after, first)
        page = comparable(pdftotext(pdf, number, number))
        assert comparable(first) in page and comparable(last) in page, (number, first, last)
        if number > 1:
            previous = comparable(pdftotext(pdf, number - 1, number - 1))
            assert not previous.endswith(comparable(first)), (number, first)


def _blank_modified(text: str) -> str:
    return re.sub(
        r'(<meta property="dcterms:modified">)[^<]*(</meta>)', r"\1(blanked)\2", text, count=1
    )


def packaging(name: str) -> str:
    """The golden text: the zip's entries, the package document and the nav, at A4."""
    book = _epub(name, "a4")
    lines = _header(name, "EPUB packaging at a4: zip entries, content.opf, nav.xhtml")
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        for info in archive.infolist():
            stored = "stored" if info.compress_type == zipfile.ZIP_STORED else "deflated"
            lines.append(f"zip {info.filename} {stored} {oct(info.external_attr >> 16)}")
    opf = _blank_modified(read_entry(book, "EPUB/content.opf").decode("utf-8"))
    assert "(blanked)" in opf, "no dcterms:modified in the package document"
    lines += ["", "=== EPUB/content.opf", opf.strip()]
    lines += ["", "=== EPUB/nav.xhtml", read_entry(book, "EPUB/nav.xhtml").decode("utf-8").strip()]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", ARTICLES)
def test_packaging_matches_the_golden_file(name, golden):
    golden(f"packaging/{name}.txt", packaging(name))
