"""The OPDS 1.2 catalog in build/opds/: what e-reader apps browse, search and download from."""

from __future__ import annotations

import io
import posixpath
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree
from PIL import Image, UnidentifiedImageError

from tearsheet.files import write_atomic
from tearsheet.site import (
    ATOM,
    Book,
    Entry,
    SiteInput,
    Tag,
    add_authors,
    article_id,
    atom_time,
)

FOLDER = "opds"
NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
OPENSEARCH = "application/opensearchdescription+xml"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
DC = "http://purl.org/dc/terms/"
OPDS = "http://opds-spec.org/2010/catalog"
REL_ACQUISITION = "http://opds-spec.org/acquisition"
REL_IMAGE = "http://opds-spec.org/image"
REL_THUMBNAIL = "http://opds-spec.org/image/thumbnail"
REL_NEW = "http://opds-spec.org/sort/new"
REL_SUBSECTION = "subsection"
COVER_SIZE = (600, 960)
THUMBNAIL_SIZE = (150, 240)
NSMAP = {None: ATOM, "dc": DC, "opds": OPDS, "opensearch": OPENSEARCH_NS}
EPOCH = "1970-01-01T00:00:00Z"


def _id(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'tearsheet:opds:' + name)}"


def _el(parent: etree._Element, tag: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, tag if tag.startswith("{") else f"{{{ATOM}}}{tag}")
    for key, value in attributes.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _feed(site: SiteInput, name: str, title: str, kind: str, updated: str) -> etree._Element:
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap=NSMAP)
    _el(feed, "id", _id(name))
    _el(feed, "title", title)
    _el(feed, "updated", updated)
    _el(_el(feed, "author"), "name", site.settings.title)
    _el(feed, "link", rel="self", href=f"{name}.xml", type=kind)
    _el(feed, "link", rel="start", href="index.xml", type=NAVIGATION)
    _el(feed, "link", rel="up", href="index.xml", type=NAVIGATION)
    _el(feed, "link", rel="search", href="opensearch.xml", type=OPENSEARCH)
    _el(feed, "link", rel="alternate", href="../index.html", type="text/html")
    return feed


def _newest(entries: Sequence[Entry]) -> str:
    return max((atom_time(entry.article) for entry in entries), default=EPOCH)


def _bytes(feed: etree._Element) -> bytes:
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _acquisition_entry(
    feed: etree._Element, item: Entry, covers: Mapping[str, tuple[str, str]]
) -> None:
    article = item.article
    entry = _el(feed, "entry")
    _el(entry, "title", article.headline)
    _el(entry, "id", article_id(article))
    _el(entry, "updated", atom_time(article))
    _el(entry, "published", atom_time(article))
    add_authors(entry, article)
    _el(entry, f"{{{DC}}}language", article.lang)
    if article.source:
        _el(entry, f"{{{DC}}}publisher", article.source)
    _el(entry, f"{{{DC}}}issued", article.date.isoformat())
    for tag in article.tags:
        _el(entry, "category", term=tag, label=tag)
    summary = article.dek or ", ".join(
        part for part in (article.dateline, article.source, item.date_text) if part
    )
    _el(entry, "summary", summary, type="text")
    if article.slug in covers:
        cover, thumbnail = covers[article.slug]
        _el(entry, "link", rel=REL_IMAGE, href=f"../{cover}", type="image/jpeg")
        _el(entry, "link", rel=REL_THUMBNAIL, href=f"../{thumbnail}", type="image/jpeg")
    for download in sorted(item.downloads, key=lambda d: ("epub", "kepub", "pdf").index(d.kind)):
        _acquisition_link(entry, download)
    if item.page:
        _el(entry, "link", rel="alternate", href=f"../{item.page}", type="text/html")


def _acquisition_link(entry: etree._Element, download) -> None:
    """An acquisition link to a built file, with its media type, size and label."""
    _el(
        entry,
        "link",
        rel=REL_ACQUISITION,
        href=f"../{download.href}",
        type=download.media_type,
        length=str(download.size),
        title=download.label,
    )


def _book_entry(feed: etree._Element, book: Book) -> None:
    collection = book.collection
    entry = _el(feed, "entry")
    _el(entry, "title", collection.title)
    members = [member.article for member in book.members]
    _el(entry, "id", _id("collection:" + collection.name + ":" + ",".join(a.slug for a in members)))
    updated = _newest(book.members)
    _el(entry, "updated", updated)
    _el(entry, "published", f"{book.date.isoformat()}T00:00:00Z")
    if collection.editor:
        _el(_el(entry, "author"), "name", collection.editor)
    _el(entry, f"{{{DC}}}language", collection.lang or (members[0].lang if members else "en"))
    _el(entry, f"{{{DC}}}issued", book.date.isoformat())
    summary = collection.description or collection.subtitle or ""
    headlines = "; ".join(a.headline for a in members)
    _el(entry, "summary", f"{summary} {len(members)} articles: {headlines}".strip(), type="text")
    for download in book.downloads:
        _acquisition_link(entry, download)


def _acquisition_feed(
    site: SiteInput,
    name: str,
    title: str,
    entries: Sequence[Entry],
    covers: Mapping[str, tuple[str, str]],
) -> bytes:
    feed = _feed(site, name, title, ACQUISITION, _newest(entries))
    for item in entries:
        _acquisition_entry(feed, item, covers)
    return _bytes(feed)


def _navigation_entry(
    feed: etree._Element, title: str, href: str, content: str, updated: str, rel: str
) -> None:
    entry = _el(feed, "entry")
    _el(entry, "title", title)
    _el(entry, "id", _id("nav:" + href))
    _el(entry, "updated", updated)
    _el(entry, "content", content, type="text")
    _el(entry, "link", rel=rel, href=href, type=ACQUISITION)


def tag_feed_name(tag: Tag) -> str:
    return f"tag-{tag.slug}"


def render_catalog(
    site: SiteInput, covers: Mapping[str, tuple[str, str]] | None = None
) -> dict[str, bytes]:
    """Every feed of the catalog and its OpenSearch description, by path under build/."""
    covers = covers or {}
    books = [book for book in site.books if book.downloads]  # only books built so far
    updated = _newest(site.entries)
    files: dict[str, bytes] = {}
    root = _feed(site, "index", site.settings.title, NAVIGATION, updated)
    count = len(site.entries)
    _navigation_entry(
        root,
        "Newest articles",
        "newest.xml",
        f"All {count} article{'s' if count != 1 else ''}, newest first.",
        updated,
        REL_NEW,
    )
    if books:
        _navigation_entry(
            root,
            "Collections",
            "collections.xml",
            f"{len(books)} collection book{'s' if len(books) != 1 else ''}, "
            "each several articles in one PDF and EPUB.",
            updated,
            REL_SUBSECTION,
        )
    for tag in site.tags:
        tagged = [e for e in site.entries if any(t.slug == tag.slug for t in e.tags)]
        name = tag_feed_name(tag)
        _navigation_entry(
            root,
            f"Tagged “{tag.name}”",
            f"{name}.xml",
            f"{len(tagged)} article{'s' if len(tagged) != 1 else ''} tagged “{tag.name}”.",
            _newest(tagged),
            REL_SUBSECTION,
        )
        files[f"{FOLDER}/{name}.xml"] = _acquisition_feed(
            site, name, f"Tagged “{tag.name}”", tagged, covers
        )
    files[f"{FOLDER}/index.xml"] = _bytes(root)
    files[f"{FOLDER}/newest.xml"] = _acquisition_feed(
        site, "newest", "Newest articles", site.entries, covers
    )
    # A static host ignores the query: search.xml then lists everything, which a reader
    # app can still filter; `tearsheet serve` answers the query itself.
    files[f"{FOLDER}/search.xml"] = _acquisition_feed(
        site, "search", "Search results", site.entries, covers
    )
    if books:
        feed = _feed(site, "collections", "Collections", ACQUISITION, _newest(site.entries))
        for book in books:
            _book_entry(feed, book)
        files[f"{FOLDER}/collections.xml"] = _bytes(feed)
    files[f"{FOLDER}/opensearch.xml"] = render_opensearch(site)
    return files


def render_opensearch(site: SiteInput) -> bytes:
    """The OpenSearch description that tells reader apps how to search the catalog."""
    root = etree.Element(f"{{{OPENSEARCH_NS}}}OpenSearchDescription", nsmap={None: OPENSEARCH_NS})
    etree.SubElement(root, f"{{{OPENSEARCH_NS}}}ShortName").text = site.settings.title[:16]
    etree.SubElement(
        root, f"{{{OPENSEARCH_NS}}}Description"
    ).text = f"Search the articles of {site.settings.title}"
    etree.SubElement(root, f"{{{OPENSEARCH_NS}}}InputEncoding").text = "UTF-8"
    etree.SubElement(root, f"{{{OPENSEARCH_NS}}}OutputEncoding").text = "UTF-8"
    etree.SubElement(
        root,
        f"{{{OPENSEARCH_NS}}}Url",
        type=ACQUISITION,
        template="search.xml?q={searchTerms}",
    )
    return _bytes(root)


def search_feed(site: SiteInput, query: str, covers: Mapping[str, tuple[str, str]]) -> bytes:
    """An acquisition feed of the articles whose headline, dek, byline, source or tags
    contain every word of ``query`` (used by ``tearsheet serve``)."""
    words = query.casefold().split()

    def matches(entry: Entry) -> bool:
        article = entry.article
        text = " ".join(
            [
                article.headline,
                article.dek or "",
                article.source or "",
                *article.byline,
                *article.tags,
            ]
        ).casefold()
        return all(word in text for word in words)

    return _acquisition_feed(
        site,
        "search",
        f"Search results for “{query}”",
        [e for e in site.entries if matches(e)],
        covers,
    )


def _epub_cover(epub: Path) -> bytes | None:
    """The cover image inside a built EPUB (the OPF item with properties="cover-image")."""
    try:
        with zipfile.ZipFile(epub) as book:
            container = etree.fromstring(book.read("META-INF/container.xml"))
            opf_path = container.find(".//{*}rootfile").get("full-path")
            opf = etree.fromstring(book.read(opf_path))
            item = opf.find(".//{*}item[@properties='cover-image']")
            if item is None:
                return None
            href = posixpath.normpath(posixpath.join(posixpath.dirname(opf_path), item.get("href")))
            return book.read(href)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, AttributeError):
        return None


def _jpeg(data: bytes, size: tuple[int, int]) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        picture = image.convert("RGB")
        picture.thumbnail(size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=85, optimize=True)
        return buffer.getvalue()


def write_covers(entries: Sequence[Entry], out: Path) -> dict[str, tuple[str, str]]:
    """Cover and thumbnail JPEGs in build/covers/, taken from each built EPUB's cover;
    an image newer than its EPUB is kept as it is."""
    covers: dict[str, tuple[str, str]] = {}
    for item in entries:
        slug = item.article.slug
        epub = out / f"{slug}.epub"
        if not epub.is_file():
            continue
        cover, thumbnail = f"covers/{slug}.jpg", f"covers/{slug}.thumb.jpg"
        targets = (out / cover, out / thumbnail)
        fresh = all(
            target.is_file() and target.stat().st_mtime >= epub.stat().st_mtime
            for target in targets
        )
        if not fresh:
            data = _epub_cover(epub)
            if data is None:
                continue
            try:
                write_atomic(targets[0], _jpeg(data, COVER_SIZE))
                write_atomic(targets[1], _jpeg(data, THUMBNAIL_SIZE))
            except (UnidentifiedImageError, OSError):
                continue
        covers[slug] = (cover, thumbnail)
    return covers
