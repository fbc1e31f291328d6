"""The EPUB 3: the article's content document packaged with ebooklib (cover, nav with a page
list, accessibility metadata, optional fonts), repacked for reproducible bytes."""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import re
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ebooklib import epub
from lxml import etree

from tearsheet.accessibility import Accessibility, describe_accessibility
from tearsheet.article import Article
from tearsheet.cover import draw_cover
from tearsheet.errors import Notice
from tearsheet.files import FileReadError, read_bounded
from tearsheet.fonts import TEXT_FAMILIES, font_faces
from tearsheet.html import render_html
from tearsheet.images import MAX_IMAGE_BYTES, RefusedImageError, measure_image
from tearsheet.kepub import add_kobo_spans
from tearsheet.labels import format_article_date, labels_for
from tearsheet.language import language_of
from tearsheet.pagemap import PageMap, mark_pages
from tearsheet.resources import RemoteImages, Resource
from tearsheet.settings import EARLIEST, EbookSettings, source_date_epoch
from tearsheet.theme import Theme
from tearsheet.xhtml import (
    OPS,
    XHTML,
    XML,
    collect_images,
    make_popup_notes,
    mark_structure,
    to_xhtml,
    unlink_missing_targets,
)
from tearsheet.xhtml import xhtml_tag as _x

# The namespace of xml:lang, for attributes written through ebooklib (lxml names).
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

CHAPTER = "article.xhtml"
NAV = "nav.xhtml"
COVER_PAGE = "cover.xhtml"
STYLESHEET = "style/ebook.css"
FONT_STYLESHEET = "style/fonts.css"
COVER_ID = "cover-image"
ID_NAMESPACE = uuid.UUID("5c0b8d4e-7f0a-4e55-9d6e-2a8f3c1b9e47")
# Zip entries cannot carry a date after 2107.
LATEST = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.UTC)


class EpubWriteError(RuntimeError):
    """ebooklib reported failure while writing the book."""


@dataclass(frozen=True)
class ContentDocument:
    """The article's XHTML for the book, with what it brings in and what it offers readers."""

    chapter: bytes
    images: list[tuple[str, Resource]]
    fonts: list[tuple[str, bytes]]
    font_css: str
    page_ids: list[str]
    access: Accessibility


def stylesheet_item(theme: Theme) -> epub.EpubItem:
    """The theme's ebook.css as the book's one stylesheet, the same for an article and a
    collection book, so both are styled alike."""
    return epub.EpubItem(
        uid="style",
        file_name=STYLESHEET,
        media_type="text/css",
        content=theme.read("ebook.css").encode(),
    )


def book_identifier(article: Article) -> str:
    """A UUID derived from the article's canonical address or its path in its project, so a
    rebuilt book keeps its identity on readers and two articles with one slug do not."""
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, article.identity or article.slug)}"


def modified_time(article: Article) -> dt.datetime:
    """dcterms:modified in UTC: SOURCE_DATE_EPOCH when set, else the article's own date, so
    the same article gives the same bytes whatever the file's modification time."""
    moment = source_date_epoch()
    if moment is None and article.published is not None:
        published = article.published
        moment = published if published.tzinfo else published.replace(tzinfo=dt.UTC)
    if moment is None:
        moment = dt.datetime.combine(article.date, dt.time(), dt.UTC)
    return min(max(moment.astimezone(dt.UTC), EARLIEST), LATEST).replace(microsecond=0)


def render_epub(
    article: Article,
    theme: Theme,
    settings: EbookSettings,
    page_map: PageMap,
    remote: RemoteImages | None = None,
) -> tuple[bytes, list[Notice]]:
    """The article as an EPUB 3, and what was dropped or warned about on the way.

    ``page_map`` comes from the PDF's layout: its pages become page-break markers and the
    nav's page list, so a reader can cite the printed edition. ``settings.kobo`` makes the
    Kobo flavour (.kepub.epub).
    """
    notices: list[Notice] = []
    content = build_content(article, theme, settings, page_map, notices, remote)
    book = _package(article, theme, content, page_map, notices)
    pages = _page_list(content.page_ids)
    return write_book(book, modified_time(article), article.lang, pages, article.slug), notices


def write_book(
    book: epub.EpubBook, when: dt.datetime, lang: str, pages: Sequence[tuple[str, str]], name: str
) -> bytes:
    """The book's bytes: written by ebooklib, then repacked with fixed entry times, the
    package's language declared and the page list added to the nav."""
    buffer = io.BytesIO()
    options = {"raise_exceptions": True, "mtime": when, "epub3_pages": False}
    if not epub.write_epub(buffer, book, options):
        raise EpubWriteError(f"ebooklib could not write the EPUB for {name}")
    return _repack(
        buffer.getvalue(),
        when,
        {
            "EPUB/content.opf": lambda opf: _finish_opf(opf, lang),
            f"EPUB/{NAV}": lambda nav: finish_nav(nav, pages, lang),
        },
    )


def build_content(
    article: Article,
    theme: Theme,
    settings: EbookSettings,
    page_map: PageMap,
    notices: list[Notice],
    remote: RemoteImages | None = None,
) -> ContentDocument:
    """The EPUB's own HTML flavour: the template with ebook.css linked, as XHTML, with page
    markers, pop-up notes, the book's own images and links that stay inside the book."""
    root = to_xhtml(render_html(article, theme, stylesheets=(STYLESHEET,)))
    page_ids = mark_pages(root, page_map)
    make_popup_notes(root)
    mark_structure(root)
    for img in root.iter(_x("img")):
        if not (img.get("alt") or "").strip():
            message = (
                f"EPUB: image {img.get('src')} has no alt text "
                "(readers who cannot see it get nothing)"
            )
            notices.append(Notice(article.path, message, code="alt-missing"))
    images = collect_images(root, article, notices, settings.allow_remote, remote)
    unlink_missing_targets(root, article, notices)
    access = describe_accessibility(root, bool(page_ids))
    font_css, fonts = "", []
    if settings.embed_fonts:
        font_css, fonts = subset_fonts(root, article.language.script)
        link = root.find(f"{_x('head')}/{_x('link')}[@href='{STYLESHEET}']")
        if link is not None and fonts:
            link.addnext(etree.Element(_x("link"), {"rel": "stylesheet", "href": FONT_STYLESHEET}))
    if settings.kobo:
        add_kobo_spans(root)
    chapter = etree.tostring(
        root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>"
    )
    return ContentDocument(chapter, images, fonts, font_css, page_ids, access)


def choose_cover(article: Article, notices: list[Notice]) -> tuple[str, bytes]:
    """The user's ``cover:`` image when it is a usable JPEG or PNG, else a drawn one."""
    if article.cover is None:
        return "images/cover.png", draw_cover(
            article, format_article_date(article.date, article.lang)
        )
    name = article.cover.name
    try:
        data = read_bounded(article.cover, MAX_IMAGE_BYTES)
        _width, height, media_type = measure_image(data)  # pixel bombs refused before decoding
    except (OSError, RefusedImageError) as error:
        reason = error.strerror if isinstance(error, FileReadError) else error
        message = f"cover {name}: not a usable image ({reason}); using a generated cover"
        notices.append(Notice(article.path, message, code="cover-refused"))
    else:
        kind = {"image/jpeg": "JPEG", "image/png": "PNG"}.get(media_type, media_type)
        if kind in ("JPEG", "PNG"):
            if height < 1000:
                message = (
                    f"cover {name} is {height} px tall; Kindle and Kobo want at least "
                    "1000 (1600×2560 is ideal)"
                )
                notices.append(Notice(article.path, message, code="cover-small"))
            return f"images/cover.{'jpg' if kind == 'JPEG' else 'png'}", data
        message = f"cover {name}: {kind} is not a JPEG or PNG; using a generated cover"
        notices.append(Notice(article.path, message, code="cover-refused"))
    return "images/cover.png", _drawn_cover(article)


def _drawn_cover(article: Article) -> bytes:
    return draw_cover(article, format_article_date(article.date, article.lang))


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


def subset_fonts(root: etree._Element, script: str) -> tuple[str, list[tuple[str, bytes]]]:
    """The text faces cut down to the characters the book uses, with their @font-face CSS.

    The script's packaged serif (fonts.TEXT_FAMILIES: Newsreader, Noto Serif for Cyrillic
    and Greek, Amiri, Frank Ruhl Libre) in regular, italic and bold; the family is set on
    the article only, so a reader's own font choice still wins. CJK books embed nothing.
    """
    from fontTools import subset

    family = TEXT_FAMILIES.get(script)
    if family is None:
        return "", []
    text = "".join(root.itertext())
    # Text the stylesheet transforms (the kicker in capitals) needs its other case too.
    text = text + text.upper() + text.lower() + "0123456789"
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


def _page_list(page_ids: list[str]) -> list[tuple[str, str]]:
    return [(f"{CHAPTER}#{page_id}", page_id.removeprefix("page-")) for page_id in page_ids]


def finish_nav(data: bytes, pages: Sequence[tuple[str, str]], lang: str) -> bytes:
    """Hide the landmarks and add the page list (an address and a label for every PDF page),
    which ebooklib cannot build without picking up every epub:type."""
    root = etree.fromstring(data)
    body = root.find(_x("body"))
    for nav in body.iter(_x("nav")):
        if nav.get(f"{{{OPS}}}type") == "landmarks":
            nav.set("hidden", "hidden")
    if pages:
        nav = etree.SubElement(
            body,
            _x("nav"),
            {
                f"{{{OPS}}}type": "page-list",
                "role": "doc-pagelist",
                "id": "page-list",
                "hidden": "hidden",
                "aria-label": labels_for(lang).pages,
            },
        )
        listing = etree.SubElement(nav, _x("ol"))
        for href, label in pages:
            link = etree.SubElement(etree.SubElement(listing, _x("li")), _x("a"), {"href": href})
            link.text = label
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


def _package(
    article: Article,
    theme: Theme,
    content: ContentDocument,
    page_map: PageMap,
    notices: list[Notice],
) -> epub.EpubBook:
    """The ebooklib book: metadata, cover, stylesheets, fonts, images, the text and the nav."""
    book = epub.EpubBook()
    _describe(book, article, content, page_map)
    cover_name, cover_data = choose_cover(article, notices)
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
    book.add_item(stylesheet_item(theme))
    if content.fonts:
        book.add_item(
            epub.EpubItem(
                uid="fonts",
                file_name=FONT_STYLESHEET,
                media_type="text/css",
                content=content.font_css.encode(),
            )
        )
    for number, (name, data) in enumerate(content.fonts, start=1):
        book.add_item(
            epub.EpubItem(uid=f"font{number}", file_name=name, media_type="font/ttf", content=data)
        )
    for number, (name, found) in enumerate(content.images, start=1):
        book.add_item(
            epub.EpubItem(
                uid=f"image{number}",
                file_name=name,
                media_type=found.media_type,
                content=found.data,
            )
        )
    text = epub.EpubItem(
        uid="article",
        file_name=CHAPTER,
        media_type="application/xhtml+xml",
        content=content.chapter,
    )
    book.add_item(text)
    nav = epub.EpubNav(title=article.headline)
    nav.lang = article.lang
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    book.toc = _table_of_contents(article)
    book.spine = [front, text]
    book.guide = [
        {"type": "cover", "href": COVER_PAGE, "title": labels_for(article.lang).cover},
        {"type": "text", "href": CHAPTER, "title": article.headline},
    ]
    return book


def _summary_language(prop: str, article: Article) -> dict[str, str]:
    """The summary's own language where it is not the book's (English, where the theme has
    no translation of it), and its direction where right to left: the package element
    carries neither, and a reading system would otherwise guess both."""
    if prop != "schema:accessibilitySummary":
        return {}
    lang = Accessibility.summary_language(article.lang)
    attributes = {} if lang == article.lang else {f"{{{XML_NAMESPACE}}}lang": lang}
    if language_of(lang).direction == "rtl":
        attributes["dir"] = "rtl"
    return attributes


def _describe(
    book: epub.EpubBook, article: Article, content: ContentDocument, page_map: PageMap
) -> None:
    """Dublin Core and accessibility metadata: the article's identity in the reader's library."""
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
    for prop, value in content.access.metadata(article.lang):
        book.add_metadata(
            None, "meta", value, {"property": prop, **_summary_language(prop, article)}
        )
    if content.page_ids and page_map.edition:
        book.add_metadata(None, "meta", page_map.edition, {"property": "pageBreakSource"})
    # Kobo and older Kindles find the cover only through the EPUB 2 meta (issue 5).
    book.add_metadata(None, "meta", "", {"name": "cover", "content": COVER_ID})


# How many heading levels the table of contents lists, from the article's top level down
# (pandoc's default depth): with sections in ## and ### that is down to h3.
TOC_LEVELS = 3


def _table_of_contents(article: Article) -> list:
    """The headline, with the article's headings nested under it by level: each heading holds
    the deeper ones that follow it (a skipped level nests directly)."""
    top = min((level for level, _, _ in article.headings), default=1)
    root: list = []
    # (level, children list) from the outermost open heading inwards.
    open_levels: list[tuple[int, list]] = [(0, root)]
    for level, anchor, title in article.headings:
        if level >= top + TOC_LEVELS:
            continue
        while open_levels[-1][0] >= level:
            open_levels.pop()
        link = epub.Link(f"{CHAPTER}#{anchor}", title, "toc-" + re.sub(r"[^\w.-]", "-", anchor))
        children: list = []
        open_levels[-1][1].append((link, children))
        open_levels.append((level, children))
    if not root:
        return [epub.Link(CHAPTER, article.headline, "toc-article")]
    return [(epub.Section(article.headline, CHAPTER), _without_empty(root))]


def _without_empty(entries: list) -> list:
    """ebooklib writes an entry with children as a (link, list) pair and a leaf as a link."""
    return [(link, _without_empty(children)) if children else link for link, children in entries]
