"""The stages called directly, without the CLI: the page map from lay_out to mark_pages, the
EPUB's pop-up notes, and the bytes of the EPUB and PDF being the same on every run."""

from __future__ import annotations

import copy
import datetime as dt
import io
import time
import zipfile

import pytest
from lxml import etree
from pypdf import PdfReader

from tearsheet.epub import STYLESHEET, build_content, modified_time, render_epub
from tearsheet.html import render_html
from tearsheet.pagemap import PageMap, PageStart, counted, mark_pages
from tearsheet.pdf import write_pdf
from tearsheet.settings import EbookSettings
from tearsheet.source import parse_article
from tearsheet.theme import Theme
from tearsheet.xhtml import to_xhtml

from conftest import FIXTURES, SEED, write_article
from laidout import NS, OPS, XHTML, comparable, layout_of, lines_of, read_entry

LONG = FIXTURES / "long" / "2024-03-05-long-read.md"
SENTINEL = "\u2063"


def _x(tag: str) -> str:
    return f"{{{XHTML}}}{tag}"


def split_at_marker(block: etree._Element, marker_id: str) -> tuple[str, str]:
    """The counted characters of ``block`` before and after its marker, note call numbers left
    out (the PDF sets them as generated content), worked out without tearsheet's own walk."""
    block = copy.deepcopy(block)
    for sup in block.iter(_x("sup")):
        if any("footnote-ref" in (a.get("class") or "") for a in sup.iter(_x("a"))):
            for child in list(sup):
                child.text = ""
                for inner in child:
                    child.remove(inner)
    marker = next(e for e in block.iter() if e.get("id") == marker_id)
    marker.text = SENTINEL
    before, after = "".join(block.itertext()).split(SENTINEL)
    return counted(before), counted(after)


def _long_paragraphs(folder):
    """An article whose pages begin mid-paragraph, inside emphasis, after note calls."""
    sentences = []
    for number in range(1, 160):
        sentence = f"Sentence {number} of the *long* paragraph runs on for a while."
        if number % 37 == 0:
            sentence += f"[^n{number}]"
        if number % 23 == 0:
            sentence = f"Here **strongly _nested {number}_ words** come, then more."
        sentences.append(sentence)
    body = " ".join(sentences[:80]) + "\n\n" + " ".join(sentences[80:]) + "\n\n"
    body += "".join(f"[^n{n}]: Note {n} says something.\n\n" for n in range(37, 160, 37))
    return write_article(folder, "2020-01-01-paragraphs.md", "title: Paragraphs", body)


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory):
    return _long_paragraphs(tmp_path_factory.mktemp("paragraphs"))


@pytest.mark.parametrize(
    ("which", "size"),
    [("seed", "6x9"), ("long", "a5"), ("paragraphs", "a5"), ("paragraphs", "6x9")],
)
def test_page_map_from_the_layout_is_marked_at_the_same_character(which, size, paragraphs):
    path = {"seed": SEED, "long": LONG, "paragraphs": paragraphs}[which]
    layout = layout_of(path, size)
    starts = layout.page_map.starts
    assert len(starts) == len(layout.document.pages) >= 2
    assert starts[0] == PageStart(1, "", 0)
    assert [start.number for start in starts] == list(range(1, len(starts) + 1))
    assert layout.page_map.edition == f"tearsheet PDF edition, {size} pages"
    article, _ = parse_article(path)
    root = to_xhtml(render_html(article, Theme.load(), stylesheets=(STYLESHEET,)))
    order = [element.get("id") for element in root.iter() if element.get("id")]
    positions = [(order.index(s.block), s.offset) for s in starts[1:]]
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    lines = lines_of(layout)
    assert mark_pages(root, layout.page_map) == [f"page-{s.number}" for s in starts]
    blocks = {element.get("id"): element for element in root.iter() if element.get("id")}
    for start in starts[1:]:
        block = blocks[start.block]
        marker = f"page-{start.number}"
        first_line = next(line for line in lines if line.page == start.number)
        if start.offset == 0:
            assert block.getprevious().get("id") == marker, start
            after = counted("".join(block.itertext()))
        else:
            before, after = split_at_marker(block, marker)
            last_line = [line for line in lines if line.page == start.number - 1][-1]
            if last_line.hyphenated and last_line.element is first_line.element:
                # The page begins inside a word: the marker stands before the whole word.
                head = counted(last_line.text.rstrip("\u2010").split()[-1])
                assert len(before) == start.offset - len(head), start
                assert after.startswith(head), (start, head, after[:20])
                after = after[len(head) :]
            else:
                assert len(before) == start.offset, start
        assert comparable(after).startswith(comparable(first_line.text.rstrip("\u2010"))[:12])


BLOCK = (
    f'<html xmlns="{XHTML}"><body><article><p id="a">Ab c<em>de</em>f'
    '<sup id="r"><a class="footnote-ref" href="#n">1</a></sup> gh</p>'
    '<p id="b">\u00adij\u200b k</p><table><tr id="t"><td>one two</td><td>three</td></tr>'
    "</table></article></body></html>"
)


@pytest.mark.parametrize(
    ("block", "offset", "before", "after"),
    [
        ("a", 0, "", "Ab"),
        ("a", 1, "", "Ab"),  # inside a word: before the whole word
        ("a", 3, "Ab ", "cde"),  # a word across an element
        ("a", 5, "Ab ", "cdef"),
        ("a", 6, "Abcdef1", "gh"),
        ("a", 8, "Abcdef1gh", ""),
        ("b", 1, "\u00ad", "ij"),  # a soft hyphen is inside its word
        ("b", 2, "\u00adij\u200b", "k"),
        ("t", 4, "one ", "two"),  # a table row: cells side by side in the PDF
        ("t", 6, "one two", "three"),  # a cell's edge parts words without a space
        ("t", 8, "one two", "three"),
    ],
)
def test_mark_pages_counts_characters_as_the_pdf_side_does(block, offset, before, after):
    """Whitespace, soft hyphens, zero-width spaces and note numbers are not counted, and a
    position inside a word is marked before the word (a marker never splits one)."""
    root = etree.fromstring(BLOCK)
    mark_pages(root, PageMap((PageStart(1, "", 0), PageStart(2, block, offset)), "x"))
    marker = root.find(".//*[@id='page-2']")
    assert marker.get(f"{{{OPS}}}type") == "pagebreak" and marker.get("aria-label") == "2"
    text = "".join(root.find(f".//*[@id='{block}']").itertext()) if offset else ""
    if offset:
        marker.text = SENTINEL
        text = "".join(root.find(f".//*[@id='{block}']").itertext())
        assert counted(text.split(SENTINEL)[0]) == counted(before)
        assert counted(text.split(SENTINEL)[1]).startswith(counted(after))
    else:
        assert marker.getnext().get("id") == block
    first = root.find(".//*[@id='page-1']")
    assert first.getparent().tag == _x("article") and first.getparent().index(first) == 0


NOTES = """Opening words.[^first] More words.[^second]

A list:

- an item with a note[^third]

Later the first note is cited again.[^first]

[^first]: The first note.

[^second]: The second note has two paragraphs.

    Its second paragraph.

[^third]: A note with *emphasis* and [a link](https://example.org/).
"""


def test_popup_notes_from_build_content(tmp_path):
    path = write_article(tmp_path, "2020-01-01-notes.md", "title: Notes", NOTES)
    article, _ = parse_article(path)
    content = build_content(article, Theme.load(), EbookSettings(), PageMap(), [])
    root = etree.fromstring(content.chapter)
    ids = {element.get("id"): element for element in root.iter() if element.get("id")}
    assert not [name for name in ids if ":" in name]
    refs = root.findall(".//x:a[@epub:type='noteref']", NS)
    assert len(refs) == 4
    asides = root.findall(".//x:aside[@epub:type='footnote']", NS)
    assert len(asides) == 3 and root.find(".//x:div[@class='footnote']//x:ol", NS) is None
    for ref in refs:
        assert ref.get("role") == "doc-noteref"
        assert ids[ref.get("href").removeprefix("#")] in asides
    texts = [" ".join("".join(aside.itertext()).split()) for aside in asides]
    assert texts[0].startswith("1. The first note.")
    assert texts[1].startswith("2. The second note has two paragraphs. Its second paragraph.")
    assert texts[2].startswith("3. A note with emphasis and a link")
    for aside in asides:
        assert aside.get("role") == "doc-footnote"
        backs = aside.findall(".//x:a[@role='doc-backlink']", NS)
        assert backs, aside.get("id")
        for back in backs:
            target = ids[back.get("href").removeprefix("#")]
            assert any(ref in target.iter() for ref in refs)
    assert root.find(".//x:body", NS).get(f"{{{OPS}}}type") == "bodymatter"


def _entries(book: bytes) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return archive.infolist()


def _render(path) -> bytes:
    article, _ = parse_article(path)
    layout = layout_of(path, "a4")
    book, _ = render_epub(article, Theme.load(), EbookSettings(), layout.page_map)
    return book


@pytest.mark.parametrize("path", [SEED, LONG], ids=["seed", "long"])
def test_epub_bytes_are_the_same_on_every_run_and_in_every_time_zone(path, monkeypatch):
    first = _render(path)
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        assert _render(path) == first
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    entries = _entries(first)
    assert entries[0].filename == "mimetype" and entries[0].compress_type == zipfile.ZIP_STORED
    assert entries[0].extra == b"" and read_entry(first, "mimetype") == b"application/epub+zip"
    when = modified_time(parse_article(path)[0])
    assert {entry.date_time for entry in entries} == {when.timetuple()[:6]}
    assert {entry.external_attr >> 16 for entry in entries} == {0o644}
    assert f'"dcterms:modified">{when:%Y-%m-%dT%H:%M:%SZ}<'.encode() in read_entry(
        first, "EPUB/content.opf"
    )


def test_source_date_epoch_changes_the_dates_and_nothing_else(monkeypatch):
    plain = _render(SEED)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = _render(SEED)
    assert {entry.date_time for entry in _entries(dated)} == {(2023, 11, 14, 22, 13, 20)}
    for entry in _entries(plain):
        before, after = read_entry(plain, entry.filename), read_entry(dated, entry.filename)
        if entry.filename == "EPUB/content.opf":
            assert after == before.replace(b">2017-04-20T00:00:00Z<", b">2023-11-14T22:13:20Z<")
            assert after != before
        else:
            assert after == before, entry.filename


def test_pdf_bytes_are_the_same_from_one_layout_and_from_a_new_one():
    layout = layout_of(SEED, "a4")
    first = write_pdf(layout)
    assert write_pdf(layout) == first
    layout_of.cache_clear()
    assert write_pdf(layout_of(SEED, "a4")) == first
    created = PdfReader(io.BytesIO(first)).metadata.creation_date
    assert created.replace(tzinfo=None) == dt.datetime(2017, 4, 20)
