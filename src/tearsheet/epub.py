"""Article HTML → EPUB 3 with ebooklib, working around its known traps."""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import os
import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import tinyhtml5
from ebooklib import epub
from lxml import etree

from tearsheet.article import Article
from tearsheet.errors import Notice
from tearsheet.theme import Theme

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
XML = "http://www.w3.org/XML/1998/namespace"
CHAPTER = "article.xhtml"
STYLESHEET = "style/ebook.css"
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/svg+xml", "image/webp"}
ID_NAMESPACE = uuid.UUID("5c0b8d4e-7f0a-4e55-9d6e-2a8f3c1b9e47")


class EpubWriteError(RuntimeError):
    """ebooklib reported failure while writing the book."""


def book_identifier(article: Article) -> str:
    """A UUID derived from the slug, so a rebuilt book keeps its identity on readers."""
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, article.slug)}"


def modified_time(article: Article) -> dt.datetime:
    """dcterms:modified in UTC: SOURCE_DATE_EPOCH when set, else the source file's mtime."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        seconds = int(epoch)
    else:
        try:
            seconds = int(article.path.stat().st_mtime)
        except OSError:
            seconds = int(dt.datetime.combine(article.date, dt.time(), dt.UTC).timestamp())
    return dt.datetime.fromtimestamp(max(seconds, 315532800), tz=dt.UTC)


def _copy_tree(source: ET.Element, parent: etree._Element | None) -> etree._Element:
    """Copy a tinyhtml5 tree into lxml, mapping ``epub:`` attributes to their namespace."""
    attrib = {}
    for name, value in source.attrib.items():
        if name.startswith("epub:"):
            name = f"{{{OPS}}}{name[5:]}"
        elif name.startswith("xml:"):
            name = f"{{{XML}}}{name[4:]}"
        elif ":" in name and not name.startswith("{"):
            continue
        attrib[name] = value
    if parent is None:
        element = etree.Element(source.tag, attrib, nsmap={None: XHTML, "epub": OPS})
    else:
        element = etree.SubElement(parent, source.tag, attrib)
    element.text = source.text
    for child in source:
        if not isinstance(child.tag, str):
            if len(element):
                element[-1].tail = (element[-1].tail or "") + (child.tail or "")
            else:
                element.text = (element.text or "") + (child.tail or "")
            continue
        _copy_tree(child, element).tail = child.tail
    return element


def to_xhtml(html: str) -> etree._Element:
    """Parse an HTML5 document as a browser would and return it as an XHTML tree."""
    root = _copy_tree(tinyhtml5.parse(html), None)
    lang = root.get("lang")
    if lang:
        root.set(f"{{{XML}}}lang", lang)
    for meta in root.iterfind(f"{{{XHTML}}}head/{{{XHTML}}}meta[@name='viewport']"):
        meta.getparent().remove(meta)
    return root


def _collect_images(
    root: etree._Element, article: Article, notices: list[Notice]
) -> list[tuple[str, Path]]:
    """Bring the article's local images into the book; drop (with a warning) the rest."""
    images: dict[Path, str] = {}
    folder = article.folder.resolve()
    for img in list(root.iter(f"{{{XHTML}}}img")):
        src = img.get("src", "")
        parts = urlsplit(src)
        path = (folder / unquote(parts.path)).resolve() if not parts.scheme else None
        media_type = mimetypes.guess_type(src)[0] if path else None
        if path is None or not path.is_relative_to(folder):
            reason = "remote images are not fetched" if parts.scheme else "outside the folder"
        elif not path.is_file():
            reason = "no such file"
        elif media_type not in IMAGE_TYPES:
            reason = f"not an EPUB image type ({media_type or 'unknown'})"
        else:
            name = images.setdefault(path, f"images/{len(images) + 1:03d}{path.suffix.lower()}")
            img.set("src", name)
            continue
        notices.append(Notice(article.path, f"EPUB: dropped image {src}: {reason}"))
        parent = img.getparent()
        alt = img.get("alt")
        if alt:
            span = etree.Element(f"{{{XHTML}}}span", {"class": "missing-image"})
            span.text = f"[{alt}]"
            span.tail = img.tail
            parent.replace(img, span)
        else:
            previous = img.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + (img.tail or "")
            else:
                parent.text = (parent.text or "") + (img.tail or "")
            parent.remove(img)
    return [(name, path) for path, name in images.items()]


def _repack(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite the zip with fixed entry times (ebooklib stamps "now") and mimetype first."""
    stamp = when.astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        names.sort(key=lambda name: name != "mimetype")
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name), compresslevel=9)
    return out.getvalue()


def render_epub(
    article: Article,
    html: str,
    theme: Theme,
    *,
    notices: list[Notice] | None = None,
) -> bytes:
    """Package the article's HTML rendering as an EPUB 3 and return the bytes."""
    notices = notices if notices is not None else []
    root = to_xhtml(html)
    images = _collect_images(root, article, notices)
    chapter = etree.tostring(
        root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>"
    )

    book = epub.EpubBook()
    book.set_identifier(book_identifier(article))
    book.set_title(article.headline)
    book.set_language(article.lang)
    if article.direction == "rtl":
        book.set_direction("rtl")
    for number, name in enumerate(article.byline, start=1):
        book.add_author(name, uid=f"creator{number}")
    if not article.byline and article.source:
        book.add_author(article.source, uid="creator1")
    book.add_metadata("DC", "date", article.date.isoformat())
    if article.source:
        book.add_metadata("DC", "publisher", article.source)
    if article.source_url or article.source:
        book.add_metadata("DC", "source", article.source_url or article.source)
    if article.dek:
        book.add_metadata("DC", "description", article.dek)
    for tag in article.tags:
        book.add_metadata("DC", "subject", tag)

    book.add_item(
        epub.EpubItem(
            uid="style", file_name=STYLESHEET, media_type="text/css",
            content=theme.read("ebook.css").encode(),
        )
    )
    for number, (name, path) in enumerate(images, start=1):
        book.add_item(
            epub.EpubItem(
                uid=f"image{number}", file_name=name,
                media_type=mimetypes.guess_type(name)[0], content=path.read_bytes(),
            )
        )
    text = epub.EpubItem(
        uid="article", file_name=CHAPTER, media_type="application/xhtml+xml", content=chapter
    )
    book.add_item(text)
    nav = epub.EpubNav(title=article.headline)
    nav.lang = article.lang
    book.add_item(nav)
    book.add_item(epub.EpubNcx())

    sections = [
        epub.Link(f"{CHAPTER}#{anchor}", title, f"toc-{anchor}")
        for level, anchor, title in article.headings
        if level <= min((h[0] for h in article.headings), default=2)
    ]
    book.toc = [(epub.Section(article.headline, CHAPTER), sections)] if sections else [
        epub.Link(CHAPTER, article.headline, "toc-article")
    ]
    book.spine = [text]
    book.guide = [{"type": "text", "href": CHAPTER, "title": article.headline}]

    when = modified_time(article)
    buffer = io.BytesIO()
    ok = epub.write_epub(
        buffer, book, {"raise_exceptions": True, "mtime": when, "epub3_pages": False}
    )
    if not ok:
        raise EpubWriteError(f"ebooklib could not write the EPUB for {article.slug}")
    return _repack(buffer.getvalue(), when)
