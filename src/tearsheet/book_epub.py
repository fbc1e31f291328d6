"""Collection books as EPUB 3: one XHTML file per article, a nav with each article and its
sections, a page list matching the collection's PDF, and metadata for the whole book."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ebooklib import epub
from lxml import etree

from tearsheet.accessibility import Accessibility
from tearsheet.article import Article
from tearsheet.collection import Collection, book_date, book_identifier
from tearsheet.cover import draw_cover
from tearsheet.epub import (
    COVER_ID,
    STYLESHEET,
    build_content,
    stylesheet_item,
    write_book,
)
from tearsheet.errors import Notice
from tearsheet.labels import format_article_date
from tearsheet.pagemap import PageMap, PageStart
from tearsheet.settings import EbookSettings, source_date_epoch
from tearsheet.theme import Theme
from tearsheet.xhtml import OPS, XHTML
from tearsheet.xhtml import xhtml_tag as _x

NAV = "nav.xhtml"
TITLE_PAGE = "title.xhtml"
COVER_PAGE = "cover.xhtml"


def chapter_name(number: int) -> str:
    return f"article-{number:03d}.xhtml"


def split_page_map(
    starts: Sequence[PageStart], members: Sequence[Article], edition: str
) -> tuple[list[int], list[PageMap]]:
    """The book PDF's page starts, shared out to the articles they begin in (block ids in
    the book are prefixed with the article's slug); pages before the first article (title
    page, contents) come first."""
    front: list[int] = []
    per_article: list[list[PageStart]] = [[] for _ in members]
    index = {article.slug: number for number, article in enumerate(members)}
    for start in starts:
        slug, sep, block = start.block.partition("--")
        if sep and slug in index:
            per_article[index[slug]].append(PageStart(start.number, block, start.offset))
        elif not any(per_article):
            front.append(start.number)
    return front, [PageMap(tuple(pages), edition) for pages in per_article]


def _combine(parts: Sequence[Accessibility]) -> Accessibility:
    """The book's accessibility: what every article offers (counts add up, claims hold only
    if they hold for all)."""
    return Accessibility(
        images=sum(p.images for p in parts),
        images_without_alt=sum(p.images_without_alt for p in parts),
        headings=True,  # the book's own headings: one per article in the nav
        page_list=any(p.page_list for p in parts),
        tables_without_headers=sum(p.tables_without_headers for p in parts),
        roles=any(p.roles for p in parts),
    )


def _rename_images(chapter: bytes, renames: dict[str, str]) -> bytes:
    if not renames:
        return chapter
    root = etree.fromstring(chapter)
    for img in root.iter(_x("img")):
        if img.get("src") in renames:
            img.set("src", renames[img.get("src")])
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")


def _page(title: str, lang: str, body: etree._Element, css: bool = True) -> bytes:
    root = etree.Element(_x("html"), nsmap={None: XHTML, "epub": OPS})
    root.set("lang", lang)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    head = etree.SubElement(root, _x("head"))
    etree.SubElement(head, _x("title")).text = title
    if css:
        etree.SubElement(head, _x("link"), {"rel": "stylesheet", "href": STYLESHEET})
    root.append(body)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")


def _marker(number: int) -> etree._Element:
    return etree.Element(
        _x("span"),
        {
            f"{{{OPS}}}type": "pagebreak",
            "role": "doc-pagebreak",
            "id": f"page-{number}",
            "title": str(number),
            "aria-label": str(number),
        },
    )


def title_page(
    collection: Collection, members: Sequence[Article], lang: str, front_pages: Sequence[int]
) -> bytes:
    """The book's title page and contents, as the PDF opens (its page markers included)."""
    body = etree.Element(_x("body"))
    section = etree.SubElement(body, _x("section"), {f"{{{OPS}}}type": "titlepage"})
    for number in front_pages[:1]:
        section.append(_marker(number))
    etree.SubElement(section, _x("h1")).text = collection.title
    if collection.subtitle:
        etree.SubElement(section, _x("p"), {"class": "dek"}).text = collection.subtitle
    if collection.editor:
        etree.SubElement(
            section, _x("p"), {"class": "byline"}
        ).text = f"Edited by {collection.editor}"
    when = book_date(collection, members)
    etree.SubElement(section, _x("p"), {"class": "dateline"}).text = format_article_date(when, lang)
    if collection.description:
        etree.SubElement(section, _x("p")).text = collection.description
    for number in front_pages[1:]:
        section.append(_marker(number))
    return _page(collection.title, lang, body)


def _entry_title(article: Article) -> str:
    """A nav entry: the headline with byline, source and date, as each article keeps them."""
    parts = [
        ", ".join(article.byline) if article.byline else None,
        article.source,
        format_article_date(article.date, article.lang),
    ]
    return f"{article.headline} ({', '.join(p for p in parts if p)})"


def _safe_id(anchor: str) -> str:
    return re.sub(r"[^\w.-]", "-", anchor)


def _toc(members: Sequence[Article]) -> list:
    toc: list = []
    for number, article in enumerate(members, start=1):
        name = chapter_name(number)
        top = min((level for level, _, _ in article.headings), default=2)
        sections = [
            epub.Link(f"{name}#{anchor}", title, f"toc-{number}-{_safe_id(anchor)}")
            for level, anchor, title in article.headings
            if level == top
        ]
        if sections:
            toc.append((epub.Section(_entry_title(article), name), sections))
        else:
            toc.append(epub.Link(name, _entry_title(article), f"toc-{number}"))
    return toc


def cover_article(collection: Collection, members: Sequence[Article], lang: str) -> Article:
    """The collection dressed as an article for the cover drawer: its title as the headline,
    the lead headlines as the dek."""
    return Article(
        path=collection.path,
        slug=collection.name,
        headline=collection.title,
        date=book_date(collection, members),
        body="",
        lang=lang,
        dek=" · ".join(article.headline for article in members[:4]),
        byline=(collection.editor,) if collection.editor else (),
        kicker=f"{len(members)} articles",
    )


def render_book_epub(
    collection: Collection,
    members: Sequence[Article],
    theme: Theme,
    settings: EbookSettings,
    page_starts: Sequence[PageStart],
    edition: str,
) -> tuple[bytes, list[Notice]]:
    """The collection as one EPUB 3. ``page_starts`` come from the collection PDF's layout."""
    settings = dataclasses.replace(settings, embed_fonts=False, kobo=False)
    lang = collection.lang or members[0].lang
    notices: list[Notice] = []
    front, maps = split_page_map(page_starts, members, edition)
    book = epub.EpubBook()
    book.set_identifier(book_identifier(collection, members))
    book.set_title(collection.title)
    book.set_language(lang)
    if collection.editor:
        book.add_author(collection.editor, uid="creator1")
    when = book_date(collection, members)
    book.add_metadata("DC", "date", when.isoformat())
    if collection.description or collection.subtitle:
        book.add_metadata("DC", "description", collection.description or collection.subtitle)
    for source in dict.fromkeys(a.source for a in members if a.source):
        book.add_metadata("DC", "contributor", source)
    book.add_item(stylesheet_item(theme))
    cover = epub.EpubItem(
        uid=COVER_ID,
        file_name="images/cover.png",
        media_type="image/png",
        content=draw_cover(
            cover_article(collection, members, lang), format_article_date(when, lang)
        ),
    )
    cover.properties = ["cover-image"]
    book.add_item(cover)
    cover_body = etree.Element(_x("body"), {"class": "cover-page", f"{{{OPS}}}type": "cover"})
    figure = etree.SubElement(cover_body, _x("section"), {"class": "cover"})
    etree.SubElement(
        figure,
        _x("img"),
        {"src": "images/cover.png", "alt": collection.title, "role": "doc-cover"},
    )
    front_page = epub.EpubItem(
        uid="cover",
        file_name=COVER_PAGE,
        media_type="application/xhtml+xml",
        content=_page(collection.title, lang, cover_body),
    )
    book.add_item(front_page)
    title = epub.EpubItem(
        uid="title",
        file_name=TITLE_PAGE,
        media_type="application/xhtml+xml",
        content=title_page(collection, members, lang, front),
    )
    book.add_item(title)
    pages = [(f"{TITLE_PAGE}#page-{n}", str(n)) for n in front]
    chapters = []
    access = []
    images: dict[str, bytes] = {}
    for number, (article, page_map) in enumerate(zip(members, maps, strict=True), start=1):
        content = build_content(article, theme, settings, page_map, notices)
        access.append(content.access)
        renames = {}
        for name, found in content.images:
            unique = name.replace("images/", f"images/{number:03d}-", 1)
            renames[name] = unique
            if unique not in images:
                images[unique] = found.data
                book.add_item(
                    epub.EpubItem(
                        uid=f"image-{number}-{len(images)}",
                        file_name=unique,
                        media_type=found.media_type,
                        content=found.data,
                    )
                )
        name = chapter_name(number)
        chapter = epub.EpubItem(
            uid=f"article-{number}",
            file_name=name,
            media_type="application/xhtml+xml",
            content=_rename_images(content.chapter, renames),
        )
        book.add_item(chapter)
        chapters.append(chapter)
        pages += [
            (f"{name}#{page_id}", page_id.removeprefix("page-")) for page_id in content.page_ids
        ]
    summary = _combine(access)
    for prop, value in summary.metadata():
        if prop == "schema:accessibilitySummary":
            value = value.replace(
                "A single reflowable article", f"{len(members)} reflowable articles"
            )
        book.add_metadata(None, "meta", value, {"property": prop})
    if pages and edition:
        book.add_metadata(None, "meta", edition, {"property": "pageBreakSource"})
    book.add_metadata(None, "meta", "", {"name": "cover", "content": COVER_ID})
    nav = epub.EpubNav(title=collection.title)
    nav.lang = lang
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    book.toc = _toc(members)
    book.spine = [front_page, title, *chapters]
    book.guide = [
        {"type": "cover", "href": COVER_PAGE, "title": "Cover"},
        {"type": "text", "href": chapter_name(1), "title": members[0].headline},
    ]
    moment = source_date_epoch()
    if moment is None:
        import datetime as dt

        moment = dt.datetime.combine(when, dt.time(), dt.UTC)
    return write_book(book, moment, lang, pages, collection.name), notices
