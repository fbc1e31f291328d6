"""Collection books: the PDF's title page, contents with page numbers, outline, right-hand
starts, running heads, per-article footnotes, and rebuilding only when something changed."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader

from conftest import build, pdfinfo, pdftotext, write_article

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
    # Page numbers run through the book: "n / N" in the foot of each article page.
    for number in range(harbour, len(pages) + 1):
        assert re.search(rf"\b{number}\s*/\s*{len(pages)}\b", pages[number - 1]), number


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
    assert 'href="local.pdf"' in index
    feed = etree.parse(str(library / "build" / "opds" / "collections.xml")).getroot()
    [entry] = feed.findall(f"{ATOM}entry")
    [link] = entry.findall(f"{ATOM}link[@rel='http://opds-spec.org/acquisition']")
    assert (link.get("href"), link.get("type")) == ("../local.pdf", "application/pdf")


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
