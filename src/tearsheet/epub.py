"""Article HTML → EPUB 3 with ebooklib, working around its known traps."""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import os
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import tinyhtml5
from ebooklib import epub
from lxml import etree
from PIL import Image, UnidentifiedImageError

from tearsheet.article import Article
from tearsheet.cover import draw_cover
from tearsheet.errors import Notice
from tearsheet.fonts import font_faces
from tearsheet.kepub import add_kobo_spans
from tearsheet.labels import labels_for
from tearsheet.pagemap import PageStart, counted
from tearsheet.resources import (
    REMOTE_SCHEMES,
    RefusedResourceError,
    Resource,
    fetch_remote,
    read_local,
)
from tearsheet.theme import Theme

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
XML = "http://www.w3.org/XML/1998/namespace"
CHAPTER = "article.xhtml"
NAV = "nav.xhtml"
COVER_PAGE = "cover.xhtml"
STYLESHEET = "style/ebook.css"
FONT_STYLESHEET = "style/fonts.css"
COVER_ID = "cover-image"
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/svg+xml", "image/webp"}
# Characters that may stay as they are in a URL; others (spaces...) are percent-encoded,
# since EPUBCheck rejects a link whose address has a space (RSC-020).
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
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
    root: etree._Element, article: Article, notices: list[Notice], allow_remote: bool = False
) -> list[tuple[str, Resource]]:
    """Bring the article's local images (and remote ones, when allowed) into the book as
    items of their own; drop the rest with a warning."""
    names: dict[str, str] = {}
    items: list[tuple[str, Resource]] = []
    fetched: dict[str, Resource] = {}
    folder = article.folder.resolve()
    for img in list(root.iter(f"{{{XHTML}}}img")):
        src = img.get("src", "")
        parts = urlsplit(src)
        scheme = parts.scheme.lower()
        try:
            if scheme in REMOTE_SCHEMES and allow_remote:
                found = fetched.get(src) or fetch_remote(src)
                fetched[src] = found
            elif scheme in REMOTE_SCHEMES:
                raise RefusedResourceError("remote images are not fetched (use --allow-remote)")
            elif scheme or parts.netloc:
                raise RefusedResourceError(f"{scheme}: URLs are not fetched")
            else:
                found = read_local(folder / unquote(parts.path), (folder,))
            if found.media_type not in IMAGE_TYPES:
                raise RefusedResourceError(
                    f"not an EPUB image type ({found.media_type or 'unknown'})"
                )
        except RefusedResourceError as error:
            notices.append(Notice(article.path, f"EPUB: dropped image {src}: {error}"))
            _drop_image(img)
            continue
        if found.url not in names:
            extension = mimetypes.guess_extension(found.media_type) or ""
            names[found.url] = f"images/{len(names) + 1:03d}{extension}"
            items.append((names[found.url], found))
        img.set("src", names[found.url])
    return items


def _unlink_missing_targets(root: etree._Element, article: Article, notices: list[Notice]) -> None:
    """Turn links to files outside the book, or to anchors that do not exist, into plain text,
    and percent-encode what URLs may not hold: EPUBCheck rejects all three."""
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    for link in root.iter(f"{{{XHTML}}}a"):
        href = link.get("href")
        if href is None:
            continue
        if not href.strip():
            del link.attrib["href"]
            continue
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            link.set("href", quote(re.sub(r"[\t\n\r]", "", href), safe=URL_SAFE))
            continue
        if not parts.path and parts.fragment in ids:
            continue
        notices.append(Notice(article.path, f"EPUB: removed link to {href}: not in the book"))
        del link.attrib["href"]


def _drop_image(img: etree._Element) -> None:
    """Replace an image by its alt text in brackets, or remove it, keeping the text after it."""
    parent = img.getparent()
    alt = img.get("alt")
    if alt:
        span = etree.Element(f"{{{XHTML}}}span", {"class": "missing-image"})
        span.text = f"[{alt}]"
        span.tail = img.tail
        parent.replace(img, span)
        return
    previous = img.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + (img.tail or "")
    else:
        parent.text = (parent.text or "") + (img.tail or "")
    parent.remove(img)


def _x(tag: str) -> str:
    return f"{{{XHTML}}}{tag}"


def mark_pages(root: etree._Element, pages: list[PageStart]) -> list[str]:
    """Insert a page-break marker where each PDF page begins; return the markers' ids.

    A page that begins mid-paragraph gets its marker mid-paragraph, before the first
    character the PDF sets on that page.
    """
    ids = []
    article = root.find(f".//{_x('article')}")
    if article is None:
        return ids
    blocks = {element.get("id"): element for element in article.iter() if element.get("id")}
    for page in pages:
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
        elif page.offset == 0:
            block.addprevious(marker)
        else:
            _insert_at(block, page.offset, marker)
        ids.append(marker.get("id"))
    return ids


def _insert_at(block: etree._Element, offset: int, marker: etree._Element) -> None:
    """Put ``marker`` before the block's ``offset``-th counted character (or at its end)."""
    seen = 0
    for node, attribute in _text_slots(block):
        text = getattr(node, attribute) or ""
        for index, char in enumerate(text):
            if counted(char):
                if seen == offset:
                    _split_into(node, attribute, index, marker)
                    return
                seen += 1
    block.append(marker)


def _text_slots(element: etree._Element):
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


def make_popup_notes(root: etree._Element) -> int:
    """Turn Python-Markdown's footnotes into EPUB 3 pop-up notes; return how many.

    Note references become ``<a epub:type="noteref">``, each note an
    ``<aside epub:type="footnote">`` that keeps its link back to the reference.
    """
    renamed: dict[str, str] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and ":" in (element.get("id") or ""):
            renamed[element.get("id")] = element.get("id").replace(":", "-")
            element.set("id", renamed[element.get("id")])
    for link in root.iter(_x("a")):
        href = link.get("href", "")
        if href.startswith("#") and href[1:] in renamed:
            link.set("href", f"#{renamed[href[1:]]}")
        classes = link.get("class", "").split()
        if "footnote-ref" in classes:
            link.set(f"{{{OPS}}}type", "noteref")
            link.set("role", "doc-noteref")
        elif "footnote-backref" in classes:
            link.set("role", "doc-backlink")
    count = 0
    for notes in root.iter(_x("div")):
        if "footnote" not in notes.get("class", "").split():
            continue
        notes.set("role", "doc-endnotes")
        notes.set("aria-label", labels_for(root.get("lang") or "en").notes)
        for listing in notes.findall(_x("ol")):
            start = listing.get("start", "1")
            number = int(start) if start.isdigit() else 1
            for item in listing.findall(_x("li")):
                aside = etree.Element(
                    _x("aside"),
                    {
                        "id": item.get("id", f"note-{number}"),
                        f"{{{OPS}}}type": "footnote",
                        "role": "doc-footnote",
                        "class": "note",
                    },
                )
                aside.text = item.text
                aside.extend(list(item))
                label = etree.Element(_x("span"), {"class": "note-number"})
                label.text = f"{number}. "
                first = aside.find(_x("p"))
                holder = first if first is not None else aside
                label.tail = holder.text
                holder.text = None
                holder.insert(0, label)
                listing.addprevious(aside)
                aside.tail = "\n"
                number += 1
                count += 1
            notes.remove(listing)
    return count


def mark_structure(root: etree._Element) -> None:
    """Say what the content document is: body matter (the notes say so themselves)."""
    body = root.find(_x("body"))
    if body is not None:
        body.set(f"{{{OPS}}}type", "bodymatter")


@dataclass(frozen=True)
class Accessibility:
    """What the content actually offers a reader, as EPUB Accessibility 1.1 metadata."""

    images: int
    images_without_alt: int
    headings: bool
    page_list: bool
    tables_without_headers: int
    roles: bool

    @property
    def conforms(self) -> bool:
        return self.images_without_alt == 0 and self.tables_without_headers == 0

    def metadata(self) -> list[tuple[str, str]]:
        modes = ["textual"] + (["visual"] if self.images else [])
        sufficient = ["textual,visual"] if self.images else []
        if self.images_without_alt == 0:
            sufficient.insert(0, "textual")
        features = ["tableOfContents", "readingOrder", "displayTransformability"]
        if self.headings:
            features.append("structuralNavigation")
        if self.images and self.images_without_alt == 0:
            features.append("alternativeText")
        if self.page_list:
            features += ["pageBreakMarkers", "pageNavigation"]
        if self.roles:
            features.append("ARIA")
        pairs = [("schema:accessMode", mode) for mode in modes]
        pairs += [("schema:accessModeSufficient", mode) for mode in sufficient]
        pairs += [("schema:accessibilityFeature", feature) for feature in features]
        pairs.append(("schema:accessibilityHazard", "none"))
        pairs.append(("schema:accessibilitySummary", self.summary()))
        if self.conforms:
            pairs.append(("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"))
        return pairs

    def summary(self) -> str:
        parts = [
            "A single reflowable article whose text follows the reader's font, size and "
            "colour settings, with a table of contents"
        ]
        if self.headings:
            parts.append("headings for its sections")
        if self.page_list:
            parts.append("page markers matching the PDF edition")
        text = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] + "."
        if self.images and self.images_without_alt:
            text += f" {self.images_without_alt} of {self.images} images have no text description."
        elif self.images:
            text += " Every image has a text description."
        if self.tables_without_headers:
            text += " Some tables have no header cells."
        return text


def describe_accessibility(root: etree._Element, page_list: bool) -> Accessibility:
    """Measure the content document for its accessibility metadata (never assume)."""
    images = list(root.iter(_x("img")))
    tables = list(root.iter(_x("table")))
    body = root.find(_x("body"))
    return Accessibility(
        images=len(images),
        images_without_alt=sum(1 for img in images if not (img.get("alt") or "").strip()),
        headings=body is not None
        and any(True for level in "23456" for _ in body.iter(_x(f"h{level}"))),
        page_list=page_list,
        tables_without_headers=sum(1 for table in tables if table.find(f".//{_x('th')}") is None),
        roles=any(element.get("role") for element in root.iter() if isinstance(element.tag, str)),
    )


def _cover_image(article: Article, date_text: str, notices: list[Notice]) -> tuple[str, bytes]:
    """The user's ``cover:`` image when it is a usable JPEG or PNG, else a drawn one."""
    if article.cover is not None:
        try:
            with Image.open(article.cover) as image:
                kind, height = image.format, image.height
                image.verify()
        except (OSError, UnidentifiedImageError) as error:
            notices.append(
                Notice(
                    article.path,
                    f"cover {article.cover.name}: not a readable "
                    f"image ({error}); using a generated cover",
                )
            )
        else:
            if kind in ("JPEG", "PNG"):
                if height < 1000:
                    notices.append(
                        Notice(
                            article.path,
                            f"cover {article.cover.name} is "
                            f"{height} px tall; Kindle and Kobo want at least "
                            "1000 (1600×2560 is ideal)",
                        )
                    )
                return f"images/cover.{'jpg' if kind == 'JPEG' else 'png'}", (
                    article.cover.read_bytes()
                )
            notices.append(
                Notice(
                    article.path,
                    f"cover {article.cover.name}: {kind} is not "
                    "a JPEG or PNG; using a generated cover",
                )
            )
    return "images/cover.png", draw_cover(article, date_text)


def cover_page(article: Article, image: str) -> bytes:
    """The cover as the book's first page, which also keeps EPUBCheck from calling the cover
    image unused."""
    root = etree.Element(
        _x("html"),
        {"lang": article.lang, f"{{{XML}}}lang": article.lang},
        nsmap={None: XHTML, "epub": OPS},
    )
    if article.direction == "rtl":
        root.set("dir", "rtl")
    head = etree.SubElement(root, _x("head"))
    etree.SubElement(head, _x("title")).text = article.headline
    etree.SubElement(head, _x("link"), {"rel": "stylesheet", "href": STYLESHEET})
    body = etree.SubElement(root, _x("body"), {"class": "cover-page", f"{{{OPS}}}type": "cover"})
    section = etree.SubElement(body, _x("section"), {"class": "cover"})
    etree.SubElement(
        section, _x("img"), {"src": image, "alt": article.headline, "role": "doc-cover"}
    )
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")


def subset_fonts(root: etree._Element, rtl: bool) -> tuple[str, list[tuple[str, bytes]]]:
    """The text faces cut down to the characters the book uses, with their @font-face CSS.

    Newsreader (Amiri for right-to-left text) in regular, italic and bold; the family is set
    on the article only, so a reader's own font choice still wins.
    """
    from fontTools import subset

    family = "Amiri" if rtl else "Newsreader"
    text = "".join(root.itertext()) + "0123456789"
    rules, files = [], []
    for face in font_faces():
        if face.family != family:
            continue
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(face.path), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        buffer = io.BytesIO()
        subset.save_font(font, buffer, options)
        name = f"fonts/{family.replace(' ', '')}-{face.style}-{face.weight}.ttf"
        files.append((name, buffer.getvalue()))
        rules.append(
            f'@font-face {{ font-family: "{family}"; src: url("../{name}"); '
            f"font-style: {face.style}; font-weight: {face.weight}; }}"
        )
    rules.append(f'.article {{ font-family: "{family}", serif; }}')
    return "\n".join(rules) + "\n", files


def _finish_opf(data: bytes, lang: str) -> bytes:
    """Declare the package's language (Ace's epub-lang), which ebooklib leaves out."""
    root = etree.fromstring(data)
    root.set(f"{{{XML}}}lang", lang)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _finish_nav(data: bytes, page_ids: list[str]) -> bytes:
    """Add the page list ebooklib cannot build without picking up every epub:type."""
    root = etree.fromstring(data)
    body = root.find(_x("body"))
    for nav in body.iter(_x("nav")):
        if nav.get(f"{{{OPS}}}type") == "landmarks":
            nav.set("hidden", "hidden")
    if page_ids:
        nav = etree.SubElement(
            body,
            _x("nav"),
            {
                f"{{{OPS}}}type": "page-list",
                "role": "doc-pagelist",
                "id": "page-list",
                "hidden": "hidden",
                "aria-label": labels_for(root.get("lang") or "en").pages,
            },
        )
        listing = etree.SubElement(nav, _x("ol"))
        for page_id in page_ids:
            link = etree.SubElement(
                etree.SubElement(listing, _x("li")), _x("a"), {"href": f"{CHAPTER}#{page_id}"}
            )
            link.text = page_id.removeprefix("page-")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")


def _repack(data: bytes, when: dt.datetime, finish: dict[str, Callable[[bytes], bytes]]) -> bytes:
    """Rewrite the zip with fixed entry times (ebooklib stamps "now") and mimetype first,
    passing the entries named in ``finish`` through their function."""
    stamp = when.astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        names.sort(key=lambda name: name != "mimetype")
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            content = src.read(name)
            if name in finish:
                content = finish[name](content)
            dst.writestr(info, content, compresslevel=9)
    return out.getvalue()


def render_epub(
    article: Article,
    html: str,
    theme: Theme,
    *,
    notices: list[Notice] | None = None,
    pages: Sequence[PageStart] = (),
    page_source: str | None = None,
    kobo: bool = False,
    embed_fonts: bool = False,
    allow_remote: bool = False,
) -> bytes:
    """Package the article's HTML rendering as an EPUB 3 and return the bytes.

    ``pages`` (from the PDF's layout) become page-break markers and the nav's page list, with
    ``page_source`` naming that PDF edition. ``kobo`` makes the Kobo variant (.kepub.epub).
    ``embed_fonts`` adds the theme's text faces, subset to the characters used.
    """
    notices = notices if notices is not None else []
    root = to_xhtml(html)
    page_ids = mark_pages(root, list(pages))
    make_popup_notes(root)
    mark_structure(root)
    for img in root.iter(_x("img")):
        if not (img.get("alt") or "").strip():
            notices.append(
                Notice(
                    article.path,
                    f"EPUB: image {img.get('src')} has no alt text "
                    "(readers who cannot see it get nothing)",
                )
            )
    images = _collect_images(root, article, notices, allow_remote)
    _unlink_missing_targets(root, article, notices)
    access = describe_accessibility(root, bool(page_ids))
    fonts: list[tuple[str, bytes]] = []
    if embed_fonts:
        font_css, fonts = subset_fonts(root, article.direction == "rtl")
        link = root.find(f"{_x('head')}/{_x('link')}[@href='{STYLESHEET}']")
        if link is not None:
            link.addnext(etree.Element(_x("link"), {"rel": "stylesheet", "href": FONT_STYLESHEET}))
    if kobo:
        add_kobo_spans(root)
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
    for prop, value in access.metadata():
        book.add_metadata(None, "meta", value, {"property": prop})
    if page_ids and page_source:
        book.add_metadata(None, "meta", page_source, {"property": "pageBreakSource"})
    # Kobo and older Kindles find the cover only through the EPUB 2 meta (issue 5).
    book.add_metadata(None, "meta", "", {"name": "cover", "content": COVER_ID})

    time = root.find(f".//{_x('header')}//{_x('time')}")
    cover_name, cover_data = _cover_image(
        article, time.text if time is not None else article.date.isoformat(), notices
    )
    cover = epub.EpubItem(
        uid=COVER_ID,
        file_name=cover_name,
        media_type=mimetypes.guess_type(cover_name)[0],
        content=cover_data,
    )
    cover.properties = ["cover-image"]
    book.add_item(cover)
    front = epub.EpubItem(
        uid="cover",
        file_name=COVER_PAGE,
        media_type="application/xhtml+xml",
        content=cover_page(article, cover_name),
    )
    book.add_item(front)
    book.add_item(
        epub.EpubItem(
            uid="style",
            file_name=STYLESHEET,
            media_type="text/css",
            content=theme.read("ebook.css").encode(),
        )
    )
    if fonts:
        book.add_item(
            epub.EpubItem(
                uid="fonts",
                file_name=FONT_STYLESHEET,
                media_type="text/css",
                content=font_css.encode(),
            )
        )
    for number, (name, data) in enumerate(fonts, start=1):
        book.add_item(
            epub.EpubItem(uid=f"font{number}", file_name=name, media_type="font/ttf", content=data)
        )
    for number, (name, found) in enumerate(images, start=1):
        book.add_item(
            epub.EpubItem(
                uid=f"image{number}",
                file_name=name,
                media_type=found.media_type,
                content=found.data,
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
        epub.Link(f"{CHAPTER}#{anchor}", title, "toc-" + re.sub(r"[^\w.-]", "-", anchor))
        for level, anchor, title in article.headings
        if level <= min((h[0] for h in article.headings), default=2)
    ]
    book.toc = (
        [(epub.Section(article.headline, CHAPTER), sections)]
        if sections
        else [epub.Link(CHAPTER, article.headline, "toc-article")]
    )
    book.spine = [front, text]
    book.guide = [
        {"type": "cover", "href": COVER_PAGE, "title": labels_for(article.lang).cover},
        {"type": "text", "href": CHAPTER, "title": article.headline},
    ]

    when = modified_time(article)
    buffer = io.BytesIO()
    ok = epub.write_epub(
        buffer, book, {"raise_exceptions": True, "mtime": when, "epub3_pages": False}
    )
    if not ok:
        raise EpubWriteError(f"ebooklib could not write the EPUB for {article.slug}")
    return _repack(
        buffer.getvalue(),
        when,
        {
            "EPUB/content.opf": lambda data: _finish_opf(data, article.lang),
            f"EPUB/{NAV}": lambda data: _finish_nav(data, page_ids),
        },
    )
