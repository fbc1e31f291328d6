"""Collection books: the PDF's title page, contents with page numbers, outline, right-hand
starts, running heads, per-article footnotes, and rebuilding only when something changed."""

from __future__ import annotations

import io
import os
import posixpath
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from conftest import (
    assert_epubcheck_clean,
    build,
    pdfinfo,
    pdftotext,
    require,
    write_article,
)

ATOM = "{http://www.w3.org/2005/Atom}"
LONG = "The council met again on Tuesday and argued about the harbour for hours. " * 70

MEMBERS = {
    "2024-05-01-harbour.md": (
        "headline: Harbour plans sink again\nbyline: Ann Lee\ndateline: OBAN\n"
        "date: 2024-05-01\nsource: The Ledger\ntags: [Local]",
        f"{LONG}\n\nA first note.[^1]\n\n## What next\n\n{LONG}\n\n[^1]: Harbour minutes, p. 4.\n",
    ),
    "2024-05-03-ferry.md": (
        "headline: The ferry that never came\ndate: 2024-05-03\nsource: Island Times\n"
        "tags: [Local]",
        "Passengers waited.[^1] Then they went home.\n\n[^1]: The timetable said 9:40.\n",
    ),
    "2024-05-02-bakery.md": (
        "headline: Die Bäckerei am Hafen\nbyline: Jonas Weber\ndate: 2024-05-02\n"
        "source: Rundschau\nlang: de\ntags: [Local]",
        "Um vier Uhr morgens riecht der Hafen nach Brot. " * 30,
    ),
}
ORDER = ["Harbour plans sink again", "Die Bäckerei am Hafen", "The ferry that never came"]


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("book")
    content = folder / "content"
    for name, (front, body) in MEMBERS.items():
        write_article(content, name, front, body)
    (content / "collections").mkdir()
    (content / "collections" / "local.yaml").write_text(
        "title: Local Matters\nsubtitle: A week on the coast\neditor: The desk\n"
        "date: 2024-05-04\ntags: [local]\norder: oldest\n",
        encoding="utf-8",
    )
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        assert build([content], folder / "build", "--page-size", "a5") == 0
    finally:
        os.chdir(cwd)
    return folder


def page_texts(pdf: Path) -> list[str]:
    pages = int(pdfinfo(pdf)["Pages"])
    return [pdftotext(pdf, n, n) for n in range(1, pages + 1)]


def contents(pages: list[str]) -> dict[str, int]:
    """Headline → page number, as the contents page prints them."""
    toc = " ".join(pages[1].split())
    found = {}
    for headline in ORDER:
        match = re.search(re.escape(headline) + r"[ .]*?(\d+)", toc)
        assert match, (headline, toc)
        found[headline] = int(match[1])
    return found


def test_title_page_and_metadata(library):
    pdf = library / "build" / "local.pdf"
    info = pdfinfo(pdf)
    assert (info["Title"], info["Author"]) == ("Local Matters", "The desk")
    assert info["Page size"].startswith("419.528 x 595.276 pts")  # A5
    first = " ".join(page_texts(pdf)[0].split())
    assert "Local Matters" in first and "A week on the coast" in first
    assert "EDITED BY THE DESK" in first.upper() and "May 4, 2024" in first


def test_contents_page_numbers_point_at_each_articles_first_page(library):
    pages = page_texts(library / "build" / "local.pdf")
    numbers = contents(pages)
    assert list(numbers) == ORDER and sorted(numbers.values()) == list(numbers.values())
    for headline, number in numbers.items():
        words = " ".join(pages[number - 1].split())
        assert headline in words, headline
        # ... and it is the article's first page: its byline block is there.
        earlier = " ".join(" ".join(p.split()) for p in pages[2 : number - 1])
        assert headline not in earlier, headline
        # Right-hand (odd) pages on book sizes.
        assert number % 2 == 1, (headline, number)


def test_outline_and_clickable_contents(library):
    reader = PdfReader(library / "build" / "local.pdf")
    numbers = contents(page_texts(library / "build" / "local.pdf"))
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ORDER
    for item in top:
        assert reader.get_destination_page_number(item) + 1 == numbers[item.title]
    nested = [entry.title for entry in reader.outline if isinstance(entry, list) for entry in entry]
    assert "What next" in nested
    links = [
        annotation.get_object()
        for annotation in reader.pages[1].get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    assert len(links) >= 3


def test_running_heads_follow_the_article_and_pages_run_through(library):
    pages = page_texts(library / "build" / "local.pdf")
    numbers = contents(pages)
    harbour = numbers["Harbour plans sink again"]
    assert numbers["Die Bäckerei am Hafen"] - harbour >= 3, "the long read spans pages"
    second = pages[harbour]  # the long read's second page
    head = next(line for line in second.splitlines() if line.strip())
    assert "Harbour plans sink again" in head
    # Page numbers run through the book: "n / N" in the foot of each article page; the
    # blank left-hand page before a right-hand start carries neither folio nor head.
    blank = [number for number, text in enumerate(pages, start=1) if not text.strip()]
    assert blank, "a5 starts every article on a right-hand page: some left page is blank"
    assert all(number + 1 in numbers.values() for number in blank), blank
    for number in range(harbour, len(pages) + 1):
        if number not in blank:
            assert re.search(rf"\b{number}\s*/\s*{len(pages)}\b", pages[number - 1]), number


def top_margin(pdf: Path, page: int) -> str:
    """The text in the top margin of an A5 page (17 mm, 48 pt): the running head alone."""
    command = [require("pdftotext"), "-f", str(page), "-l", str(page), "-x", "0", "-y", "0"]
    command += ["-W", "420", "-H", "46", str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def test_an_articles_opening_page_has_no_running_head(library):
    """Its own masthead opens the article: a running head repeating it above would be noise.
    The pages after it carry the article's head."""
    pdf = library / "build" / "local.pdf"
    pages = page_texts(pdf)
    numbers = contents(pages)
    for headline, first in numbers.items():
        assert headline in " ".join(pages[first - 1].split()), headline
        assert top_margin(pdf, first) == "", headline
    harbour = numbers["Harbour plans sink again"]
    for number in range(harbour + 1, numbers["Die Bäckerei am Hafen"]):
        if pages[number - 1].strip():
            assert "Harbour plans sink again" in top_margin(pdf, number), number


def test_footnotes_stay_with_their_article_and_restart(library):
    pages = page_texts(library / "build" / "local.pdf")
    numbers = contents(pages)
    harbour = " ".join(
        " ".join(p.split())
        for p in pages[
            numbers["Harbour plans sink again"] - 1 : numbers["Die Bäckerei am Hafen"] - 1
        ]
    )
    ferry = " ".join(" ".join(p.split()) for p in pages[numbers["The ferry that never came"] - 1 :])
    assert "1. Harbour minutes, p. 4." in harbour
    assert "1. The timetable said 9:40." in ferry
    assert "Harbour minutes" not in ferry


def test_each_article_keeps_its_dateline_and_attribution(library):
    pages = page_texts(library / "build" / "local.pdf")
    text = " ".join(" ".join(p.split()) for p in pages)
    for expected in ("OBAN", "Source: The Ledger", "Source: Island Times", "Quelle: Rundschau"):
        assert expected in text


def test_site_and_catalog_offer_the_book(library):
    index = (library / "build" / "index.html").read_text(encoding="utf-8")
    assert 'href="local.pdf"' in index and 'href="local.epub"' in index
    feed = etree.parse(str(library / "build" / "opds" / "collections.xml")).getroot()
    [entry] = feed.findall(f"{ATOM}entry")
    links = entry.findall(f"{ATOM}link[@rel='http://opds-spec.org/acquisition']")
    assert [(link.get("href"), link.get("type")) for link in links] == [
        ("../local.pdf", "application/pdf"),
        ("../local.epub", "application/epub+zip"),
    ]


DC = "{http://purl.org/dc/elements/1.1/}"
OPF = "{http://www.idpf.org/2007/opf}"
XHTML = "{http://www.w3.org/1999/xhtml}"
EPUB_NS = "{http://www.idpf.org/2007/ops}"


def read_epub(path: Path) -> tuple[zipfile.ZipFile, etree._Element, str]:
    book = zipfile.ZipFile(path)
    container = etree.fromstring(book.read("META-INF/container.xml"))
    opf_path = container.find(".//{*}rootfile").get("full-path")
    return book, etree.fromstring(book.read(opf_path)), posixpath.dirname(opf_path)


def test_epub_book_passes_epubcheck_and_ace(library, epubcheck, ace):
    path = library / "build" / "local.epub"
    assert_epubcheck_clean(epubcheck(path))
    report = ace(path)
    assert report.violations == [], report.summary()


def test_epub_book_has_one_file_per_article_and_a_nav_entry_each(library):
    book, opf, folder = read_epub(library / "build" / "local.epub")
    assert opf.findtext(f".//{DC}title") == "Local Matters"
    assert opf.findtext(f".//{DC}creator") == "The desk"
    assert opf.findtext(f".//{DC}date") == "2024-05-04"
    assert opf.findtext(f".//{DC}language") == "en"
    manifest = {item.get("id"): item for item in opf.iter(f"{OPF}item")}
    spine = [manifest[ref.get("idref")].get("href") for ref in opf.iter(f"{OPF}itemref")]
    chapters = [href for href in spine if href.startswith("article-")]
    assert len(chapters) == 3
    for href, headline in zip(chapters, ORDER, strict=True):
        page = etree.fromstring(book.read(posixpath.join(folder, href)))
        assert " ".join(page.find(f".//{XHTML}h1").itertext()).strip() == headline
    nav_item = next(i for i in manifest.values() if "nav" in (i.get("properties") or ""))
    nav = etree.fromstring(book.read(posixpath.join(folder, nav_item.get("href"))))
    toc = next(n for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB_NS}type") == "toc")
    top = toc.find(f"{XHTML}ol").findall(f"{XHTML}li")
    labels = [" ".join("".join(li[0].itertext()).split()) for li in top]
    assert labels[0] == "Harbour plans sink again (Ann Lee, The Ledger, May 1, 2024)"
    assert labels[1].startswith("Die Bäckerei am Hafen (Jonas Weber, Rundschau, 2. Mai 2024")
    assert [" ".join(a.itertext()) for a in top[0].iter(f"{XHTML}a")][1:] == ["What next"]
    text = " ".join(
        " ".join(etree.fromstring(book.read(posixpath.join(folder, h))).itertext())
        for h in chapters
    )
    for expected in ("OBAN", "The Ledger", "Island Times", "Rundschau", "Ann Lee"):
        assert expected in text


def test_epub_page_list_matches_the_collection_pdf(library):
    pdf_pages = page_texts(library / "build" / "local.pdf")
    numbers = contents(pdf_pages)
    book, opf, folder = read_epub(library / "build" / "local.epub")
    nav_item = next(i for i in opf.iter(f"{OPF}item") if "nav" in (i.get("properties") or ""))
    nav = etree.fromstring(book.read(posixpath.join(folder, nav_item.get("href"))))
    pages = next(n for n in nav.iter(f"{XHTML}nav") if n.get(f"{EPUB_NS}type") == "page-list")
    links = [(a.text, a.get("href")) for a in pages.iter(f"{XHTML}a")]
    assert [label for label, _ in links] == [str(n) for n in range(1, len(pdf_pages) + 1)]
    for _, href in links:
        name, _, anchor = href.partition("#")
        page = etree.fromstring(book.read(posixpath.join(folder, name)))
        [marker] = page.xpath(f"//*[@id='{anchor}']")
        assert marker.get(f"{EPUB_NS}type") == "pagebreak"
    # Each article's first PDF page is marked in that article's own file.
    files = {label: href.partition("#")[0] for label, href in links}
    assert files[str(numbers["Harbour plans sink again"])] == "article-001.xhtml"
    assert files[str(numbers["The ferry that never came"])] == "article-003.xhtml"


def test_epub_identifier_is_stable_and_follows_membership(library, tmp_path):
    _, opf, _ = read_epub(library / "build" / "local.epub")
    identifier = opf.findtext(f".//{DC}identifier")
    assert identifier.startswith("urn:uuid:")
    from tearsheet.collection import book_identifier, load_collections, select_articles
    from tearsheet.source import parse_articles

    parsed = parse_articles(sorted((library / "content").glob("*.md")))
    [collection] = load_collections([library / "content"]).collections
    members = select_articles(collection, parsed.articles)
    assert identifier == book_identifier(collection, members)
    assert identifier != book_identifier(collection, members[:2])


def test_epub_cover_lists_the_lead_headlines(library):
    from tearsheet.book_epub import cover_article
    from tearsheet.collection import load_collections
    from tearsheet.source import parse_articles

    book, opf, folder = read_epub(library / "build" / "local.epub")
    [cover] = [i for i in opf.iter(f"{OPF}item") if i.get("properties") == "cover-image"]
    with Image.open(io.BytesIO(book.read(posixpath.join(folder, cover.get("href"))))) as image:
        assert image.size == (1600, 2560)
    parsed = parse_articles(sorted((library / "content").glob("*.md")))
    [collection] = load_collections([library / "content"]).collections
    drawn = cover_article(collection, parsed.articles, "en")
    assert drawn.headline == "Local Matters"
    assert all(a.headline in drawn.dek for a in parsed.articles)


# Last: it changes the collection the tests above read.
def test_rebuilt_only_when_a_member_or_the_collection_changes(library, capsys, monkeypatch):
    monkeypatch.chdir(library)
    pdf = library / "build" / "local.pdf"
    before = pdf.stat().st_mtime_ns
    capsys.readouterr()
    assert build([library / "content"], library / "build", "--page-size", "a5") == 0
    assert "local.pdf" not in capsys.readouterr().out
    assert pdf.stat().st_mtime_ns == before
    collection = library / "content" / "collections" / "local.yaml"
    collection.write_text(collection.read_text(encoding="utf-8") + "limit: 2\n", encoding="utf-8")
    assert build([library / "content"], library / "build", "--page-size", "a5") == 0
    assert f"wrote {pdf}" in capsys.readouterr().out
    text = " ".join(pdftotext(pdf).split())
    assert "The ferry that never came" not in text


@pytest.mark.parametrize("variant", ["pdf/ua-1", "pdf/a-2u"])
def test_book_pdf_is_tagged_in_every_variant(library, tmp_path, variant):
    """A screen reader reads a book as it reads an article's PDF: a structure tree with each
    article's headline as a heading, whatever archival variant was asked for."""
    from tearsheet.book import lay_out_book
    from tearsheet.collection import Collection
    from tearsheet.settings import PrintSettings
    from tearsheet.source import parse_articles
    from tearsheet.theme import Theme

    articles = sorted(
        parse_articles(sorted((library / "content").glob("*.md"))).articles,
        key=lambda article: article.date,
    )
    collection = Collection("tagged", library / "content" / "collections" / "local.yaml", "T")
    layout = lay_out_book(collection, articles, Theme.load(), PrintSettings(pdf_variant=variant))
    pdf = tmp_path / "tagged.pdf"
    pdf.write_bytes(layout.pdf)
    assert pdfinfo(pdf)["Tagged"] == "yes"
    root = PdfReader(pdf).trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]

    def tags(element) -> list[str]:
        element = element.get_object()
        found = [str(element.get("/S", ""))]
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid.get_object(), "get"):
                found += tags(kid)
        return found

    assert tags(root["/StructTreeRoot"]).count("/H1") >= len(articles)


def test_footnotes_in_the_book_pdf_are_tagged_as_notes(library):
    import pdfplumber

    def elements(nodes):
        for node in nodes:
            yield node
            yield from elements(node.get("children", []))

    with pdfplumber.open(library / "build" / "local.pdf") as pdf:
        tree = list(elements(pdf.structure_tree))
    notes = [node for node in tree if node["type"] == "Note"]
    calls = [node for node in tree if node["type"] == "Reference"]
    assert notes and len(calls) == len(notes)  # earlier tests may have rebuilt the book
    assert len({note.get("id") for note in notes}) == len(notes)
