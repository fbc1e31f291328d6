"""The OPDS 1.2 catalog: every feed parsed, every link followed to a file of its media type.

No RELAX NG schema for OPDS 1.2 ships in any package we can install, so the rules of the
specification the catalog relies on are written out here instead.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from lxml import etree, html

from conftest import build
from sitefixtures import write_content

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/terms/}"
OS = "{http://a9.com/-/spec/opensearch/1.1/}"
NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
ACQUIRE = "http://opds-spec.org/acquisition"
IMAGES = {"http://opds-spec.org/image", "http://opds-spec.org/image/thumbnail"}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("opds")
    content = write_content(folder)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        build([content], folder / "build", "--kobo")
    finally:
        os.chdir(cwd)
    return folder / "build" / "opds"


def rfc3339(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    assert moment.tzinfo is not None, text
    return moment


def kind_of(path: Path) -> str:
    """The media type a file really has, judged from its content."""
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"PK"):
        with zipfile.ZipFile(path) as book:
            assert book.namelist()[0] == "mimetype"
            assert book.read("mimetype") == b"application/epub+zip"
            assert book.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        return (
            "application/kepub+zip" if path.name.endswith(".kepub.epub") else "application/epub+zip"
        )
    if path.suffix == ".html":
        html.fromstring(data)
        return "text/html"
    root = etree.fromstring(data)
    if root.tag == f"{OS}OpenSearchDescription":
        return "application/opensearchdescription+xml"
    assert root.tag == f"{ATOM}feed", path
    entries = root.findall(f"{ATOM}entry")
    acquires = [link for e in entries for link in e.findall(f"{ATOM}link[@rel='{ACQUIRE}']")]
    return ACQUISITION if acquires or not entries else NAVIGATION


def feeds(catalog: Path) -> list[Path]:
    return sorted(p for p in catalog.glob("*.xml") if p.name != "opensearch.xml")


def test_the_navigation_root_reaches_every_feed(catalog):
    root = etree.parse(str(catalog / "index.xml")).getroot()
    assert kind_of(catalog / "index.xml") == NAVIGATION
    assert root.find(f"{ATOM}link[@rel='self']").get("type") == NAVIGATION
    reached = {catalog / e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")}
    assert reached == set(feeds(catalog)) - {catalog / "index.xml", catalog / "search.xml"}
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert titles[:2] == ["Newest articles", "Collections"]
    assert "Tagged “Climate”" in titles
    for entry in root.iter(f"{ATOM}entry"):
        assert entry.findtext(f"{ATOM}content")
        assert entry.find(f"{ATOM}link").get("type") == ACQUISITION


def test_every_link_resolves_to_a_file_of_its_declared_media_type(catalog):
    checked = 0
    for feed in [*feeds(catalog)]:
        for link in etree.parse(str(feed)).getroot().iter(f"{ATOM}link"):
            href = link.get("href")
            parts = urlsplit(href)
            assert not parts.scheme and not parts.netloc, href
            target = (feed.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{feed.name}: {href}"
            declared = link.get("type")
            assert declared, f"{feed.name}: {href} has no type"
            assert kind_of(target) == declared, f"{feed.name}: {href}"
            if link.get("length"):
                assert int(link.get("length")) == target.stat().st_size
            # The same relative link resolves the same way from a server.
            served = urljoin(f"http://192.0.2.1:8000/opds/{feed.name}", href)
            assert urlsplit(served).path == "/" + target.relative_to(catalog.parent).as_posix()
            checked += 1
    assert checked > 50


def test_feeds_follow_the_atom_and_opds_rules(catalog):
    for feed in feeds(catalog):
        root = etree.parse(str(feed)).getroot()
        assert root.tag == f"{ATOM}feed"
        for name in ("id", "title", "updated"):
            assert root.findtext(f"{ATOM}{name}"), f"{feed.name}: no {name}"
        rfc3339(root.findtext(f"{ATOM}updated"))
        assert root.find(f"{ATOM}author/{ATOM}name") is not None
        rels = {link.get("rel") for link in root.findall(f"{ATOM}link")}
        assert {"self", "start", "search"} <= rels, feed.name
        assert root.find(f"{ATOM}link[@rel='self']").get("href") == feed.name
        ids = [entry.findtext(f"{ATOM}id") for entry in root.iter(f"{ATOM}entry")]
        assert len(ids) == len(set(ids)), f"{feed.name}: repeated ids"
        for entry in root.iter(f"{ATOM}entry"):
            assert entry.findtext(f"{ATOM}title")
            assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")
            rfc3339(entry.findtext(f"{ATOM}updated"))


def test_acquisition_entries_carry_the_books_metadata(catalog):
    newest = etree.parse(str(catalog / "newest.xml")).getroot()
    entries = newest.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries][:2] == [
        "The grid’s quiet week",
        "Der Wald im April",
    ]
    for entry in entries:
        assert entry.findtext(f"{DC}language")
        assert entry.findtext(f"{ATOM}summary")
        rfc3339(entry.findtext(f"{ATOM}published"))
        types = [link.get("type") for link in entry.findall(f"{ATOM}link[@rel='{ACQUIRE}']")]
        assert types == ["application/epub+zip", "application/kepub+zip", "application/pdf"]
        images = {
            link.get("rel") for link in entry.findall(f"{ATOM}link") if link.get("rel") in IMAGES
        }
        assert images == IMAGES
    grid, wald, souq, notes = entries
    assert [a.findtext(f"{ATOM}name") for a in grid.findall(f"{ATOM}author")] == [
        "Ann Lee",
        "Bo Chen",
    ]
    assert grid.findtext(f"{DC}publisher") == "The Ledger"
    assert grid.findtext(f"{ATOM}summary") == "Wind did the work."
    assert [c.get("term") for c in grid.findall(f"{ATOM}category")] == ["Climate", "Energy"]
    assert wald.findtext(f"{DC}language") == "de"
    assert souq.findtext(f"{DC}language") == "ar"
    assert notes.find(f"{ATOM}author") is None and newest.find(f"{ATOM}author") is not None


def test_tag_and_collection_feeds(catalog):
    climate = etree.parse(str(catalog / "tag-climate.xml")).getroot()
    assert [e.findtext(f"{ATOM}title") for e in climate.iter(f"{ATOM}entry")] == [
        "The grid’s quiet week",
        "Der Wald im April",
    ]
    books = etree.parse(str(catalog / "collections.xml")).getroot()
    [spring] = books.findall(f"{ATOM}entry")  # the broken collection is left out
    assert spring.findtext(f"{ATOM}title") == "Spring reads"
    assert spring.findtext(f"{ATOM}author/{ATOM}name") == "The desk"
    links = spring.findall(f"{ATOM}link[@rel='{ACQUIRE}']")
    assert [(link.get("href"), link.get("type")) for link in links] == [
        ("../spring.pdf", "application/pdf"),
        ("../spring.epub", "application/epub+zip"),
    ]


def test_collection_feed_lists_built_books(tmp_path):
    from tearsheet.collection import Collection
    from tearsheet.opds import render_catalog
    from tearsheet.site import Book, Download, SiteInput, SiteSettings, make_entries

    from test_collection import ARTICLES

    entries = tuple(make_entries(ARTICLES, tmp_path))
    spring = Collection("spring", tmp_path / "spring.yaml", "Spring reads", editor="The desk")
    book = Book(spring, entries[:3], (Download("epub", "spring.epub", 1234),))
    unbuilt = Book(Collection("later", tmp_path / "later.yaml", "Later"), entries[3:])
    files = render_catalog(SiteInput(SiteSettings(), entries, (book, unbuilt)))
    root = etree.fromstring(files["opds/index.xml"])
    assert "collections.xml" in [link.get("href") for link in root.iter(f"{ATOM}link")]
    feed = etree.fromstring(files["opds/collections.xml"])
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Spring reads"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "The desk"
    assert "3 articles" in entry.findtext(f"{ATOM}summary")
    [link] = entry.findall(f"{ATOM}link[@rel='{ACQUIRE}']")
    assert (link.get("href"), link.get("type"), link.get("length")) == (
        "../spring.epub",
        "application/epub+zip",
        "1234",
    )


def test_opensearch_description(catalog):
    root = etree.parse(str(catalog / "opensearch.xml")).getroot()
    assert root.tag == f"{OS}OpenSearchDescription"
    assert 0 < len(root.findtext(f"{OS}ShortName")) <= 16
    assert root.findtext(f"{OS}Description")
    [url] = root.findall(f"{OS}Url")
    assert url.get("type") == ACQUISITION
    assert "{searchTerms}" in url.get("template")
    target = urlsplit(url.get("template").replace("{searchTerms}", "x")).path
    assert kind_of(catalog / target) == ACQUISITION


def test_covers_are_jpeg_thumbnails_of_the_books_covers(catalog):
    from PIL import Image

    covers = catalog.parent / "covers"
    for slug in ("2024-05-02-grid", "2023-12-24-notes"):
        with (
            Image.open(covers / f"{slug}.jpg") as cover,
            Image.open(covers / f"{slug}.thumb.jpg") as thumb,
        ):
            assert cover.format == thumb.format == "JPEG"
            assert cover.size == (600, 960) and thumb.size == (150, 240)
