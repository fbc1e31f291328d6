"""Collection books: several articles as one PDF, each keeping its own headline block,
dateline and attribution, after a title page and a table of contents with page numbers."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml import html as lxml_html

from tearsheet.article import Article
from tearsheet.collection import Collection, book_date, fingerprint
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
from tearsheet.html import format_article_date
from tearsheet.pagemap import PageStart, find_page_starts
from tearsheet.settings import BookSettings, PrintSettings, source_date_epoch
from tearsheet.source import display_path
from tearsheet.theme import Theme

STATE_FILE = ".tearsheet-books.json"
BOOK_CSS = "book.css"


@dataclass
class BookResult:
    """What building one collection book wrote or failed with."""

    collection: Collection
    written: list[Path] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    error: ContentError | None = None


def _prefixed(slug: str, value: str) -> str:
    return f"{slug}--{value}"


def article_section(article: Article, theme: Theme, settings: PrintSettings) -> etree._Element:
    """One member's print HTML as a section of the book: its ids and in-page links prefixed
    with its slug (so notes and headings of different articles never collide) and its own
    images addressed absolutely (each article keeps its own folder)."""
    from tearsheet.printhtml import prepare_print_html, render_print_html

    page = lxml_html.document_fromstring(
        prepare_print_html(render_print_html(article, theme, settings))
    )
    body = page.find("body")
    section = etree.Element("section", {"class": "book-article", "lang": article.lang})
    section.set("dir", article.direction)
    if not article.language.spaced_capitals:
        section.set("data-capitals", "none")
    for child in list(body):
        section.append(child)
    for element in section.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if element.get("id"):
            element.set("id", _prefixed(article.slug, element.get("id")))
        href = element.get("href")
        if element.tag == "a" and href and href.startswith("#") and len(href) > 1:
            element.set("href", "#" + _prefixed(article.slug, href[1:]))
        src = element.get("src")
        if element.tag == "img" and src and not urlsplit(src).scheme and not src.startswith("/"):
            element.set("src", (article.folder / unquote(src)).resolve().as_uri())
    section.set("id", f"a-{article.slug}")
    return section


def book_html(
    collection: Collection, members: Sequence[Article], theme: Theme, settings: PrintSettings
) -> str:
    """The whole book as one HTML document for WeasyPrint."""
    lang = collection.lang or members[0].lang
    when = book_date(collection, members)
    root = etree.Element("html", {"lang": lang, "class": " ".join(settings.root_classes)})
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "meta", {"charset": "utf-8"})
    etree.SubElement(head, "title").text = collection.title
    if collection.editor:
        etree.SubElement(head, "meta", {"name": "author", "content": collection.editor})
    if collection.description or collection.subtitle:
        text = collection.description or collection.subtitle or ""
        etree.SubElement(head, "meta", {"name": "description", "content": text})
    keywords = sorted({tag for article in members for tag in article.tags}, key=str.casefold)
    if keywords:
        etree.SubElement(head, "meta", {"name": "keywords", "content": ", ".join(keywords)})
    etree.SubElement(head, "meta", {"name": "dcterms.created", "content": when.isoformat()})
    etree.SubElement(head, "meta", {"name": "generator", "content": "tearsheet"})
    body = etree.SubElement(root, "body")

    title = etree.SubElement(body, "section", {"class": "book-title"})
    etree.SubElement(
        title, "p", {"class": "book-kicker"}
    ).text = f"{len(members)} article{'s' if len(members) != 1 else ''}"
    etree.SubElement(title, "h1").text = collection.title
    if collection.subtitle:
        etree.SubElement(title, "p", {"class": "book-subtitle"}).text = collection.subtitle
    if collection.editor:
        etree.SubElement(
            title, "p", {"class": "book-editor"}
        ).text = f"Edited by {collection.editor}"
    etree.SubElement(title, "p", {"class": "book-date"}).text = format_article_date(when, lang)
    if collection.description:
        etree.SubElement(title, "p", {"class": "book-description"}).text = collection.description

    toc = etree.SubElement(body, "nav", {"class": "book-toc", "aria-label": "Contents"})
    etree.SubElement(toc, "h2").text = "Contents"
    entries = etree.SubElement(toc, "ol")
    for article in members:
        item = etree.SubElement(entries, "li")
        link = etree.SubElement(item, "a", {"href": f"#a-{article.slug}"})
        link.text = article.headline
        link.set("lang", article.lang)
        meta = " · ".join(
            part
            for part in (
                ", ".join(article.byline) if article.byline else None,
                article.source,
                format_article_date(article.date, article.lang),
            )
            if part
        )
        etree.SubElement(item, "span", {"class": "toc-meta"}).text = meta

    for article in members:
        body.append(article_section(article, theme, settings))
    return "<!DOCTYPE html>\n" + etree.tostring(root, encoding="unicode", method="html")


@dataclass(frozen=True)
class BookLayout:
    """The collection laid out: the PDF's bytes, where each page begins (for the EPUB's page
    list) and what was refused or warned about."""

    pdf: bytes
    page_starts: tuple[PageStart, ...]
    notices: tuple[Notice, ...]


def lay_out_book(
    collection: Collection, members: Sequence[Article], theme: Theme, settings: PrintSettings
) -> BookLayout:
    """The collection as one PDF: title page, contents with page numbers (clickable, and in
    the outline), then every article on its own page, numbered through the book."""
    from tearsheet.engine import CSS, HTML, font_configuration
    from tearsheet.fonts import font_face_css, font_folders
    from tearsheet.longpdf import fewer_collections, share_page_references
    from tearsheet.pdf import ArticleFetcher
    from tearsheet.pdfnotes import note_pages, tag_notes

    theme.check_page_size(settings.page_size)
    folders = tuple(dict.fromkeys(article.folder.resolve() for article in members))
    fetcher = ArticleFetcher(members[0], (*folders, theme.folder, *font_folders()), False)
    fonts = font_configuration()
    stylesheets = [
        CSS(string=font_face_css(), font_config=fonts, url_fetcher=fetcher),
        CSS(filename=str(theme.stylesheet("print.css")), font_config=fonts, url_fetcher=fetcher),
    ]
    if theme.stylesheet(BOOK_CSS).is_file():
        stylesheets.append(
            CSS(filename=str(theme.stylesheet(BOOK_CSS)), font_config=fonts, url_fetcher=fetcher)
        )
    collector: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            collector.append(record.getMessage())

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    share_page_references()
    with fewer_collections():
        try:
            document = HTML(
                string=book_html(collection, members, theme, settings),
                base_url=folders[0].as_uri() + "/",
                url_fetcher=fetcher,
            ).render(
                stylesheets=stylesheets,
                font_config=fonts,
                pdf_variant=settings.pdf_variant,
                pdf_tags=True,
            )
        finally:
            logger.removeHandler(handler)
        epoch = source_date_epoch()
        created = (
            epoch.strftime("%Y-%m-%dT%H:%M:%SZ")
            if epoch
            else book_date(collection, members).isoformat()
        )
        document.metadata.created = created
        document.metadata.modified = created
        document.metadata.generator = "tearsheet"
        # Tagged in every PDF variant, as an article's own PDF is (pdf.write_pdf).
        pdf = document.write_pdf(pdf_variant=settings.pdf_variant, pdf_tags=True)
        pdf = tag_notes(pdf, note_pages(document))  # footnotes as /Note, as in pdf.write_pdf
        page_starts = find_page_starts(document)
    shown = display_path(collection.path)
    notices = [Notice(shown, n.message, code=n.code) for n in fetcher.notices]
    notices += [
        Notice(shown, f"WeasyPrint: {m}", code="weasyprint")
        for m in collector
        # A refused image was reported by the fetcher, or (a site-absolute path) by parsing.
        if not (m.startswith("Failed to load") and "refused" in m)
    ]
    return BookLayout(pdf, page_starts, tuple(notices))


def _code_files() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.glob("*.py"))


def book_is_stale(
    collection: Collection,
    members: Sequence[Article],
    targets: Sequence[Path],
    theme: Theme,
    key: str,
    state: dict[str, str],
) -> bool:
    """Rebuild when a member article, the collection file, the theme or tearsheet changed,
    or when the membership or the settings did."""
    if state.get(collection.name) != key or not all(t.is_file() for t in targets):
        return True
    inputs = [collection.path, *(a.path for a in members), *theme.files(), *_code_files()]
    newest = max(path.stat().st_mtime for path in inputs if path.exists())
    return any(target.stat().st_mtime < newest for target in targets)


def book_fingerprint(
    collection: Collection, members: Sequence[Article], settings: BookSettings
) -> str:
    formats = ",".join(f for f in ("pdf", "epub") if f in settings.formats)
    return (
        f"{fingerprint(collection, members)} {settings.print.fingerprint()} "
        f"{settings.ebook.fingerprint()} {formats}"
    )


def read_state(out: Path) -> dict[str, str]:
    try:
        state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def build_book(
    collection: Collection,
    members: Sequence[Article],
    out: Path,
    theme: Theme,
    settings: BookSettings,
) -> BookResult:
    """Write ``out/<name>.pdf`` and ``.epub`` when stale (the EPUB's page list comes from the
    PDF's layout, so the PDF is laid out for either); a failure is the collection's error."""
    from tearsheet.book_epub import render_book_epub

    result = BookResult(collection)
    formats = [fmt for fmt in ("pdf", "epub") if fmt in settings.formats]
    targets = {fmt: out / f"{collection.name}.{fmt}" for fmt in formats}
    key = book_fingerprint(collection, members, settings)
    if not formats or (
        not settings.force
        and not book_is_stale(
            collection, members, list(targets.values()), theme, key, read_state(out)
        )
    ):
        return result
    outputs: dict[str, bytes] = {}
    try:
        layout = lay_out_book(collection, members, theme, settings.print)
        result.notices.extend(layout.notices)
        if "pdf" in targets:
            outputs["pdf"] = layout.pdf
        if "epub" in targets:
            data, notices = render_book_epub(
                collection,
                members,
                theme,
                settings.ebook,
                layout.page_starts,
                settings.print.edition,
            )
            outputs["epub"] = data
            shown = display_path(collection.path)
            result.notices.extend(
                Notice(shown, notice.message, code=notice.code) for notice in notices
            )
    except ContentError as error:
        result.error = error
        return result
    except Exception as error:  # one bad book must not stop the site: report it, go on
        result.error = collection.error(f"could not render ({type(error).__name__}: {error})")
        return result
    for fmt, data in outputs.items():
        write_atomic(targets[fmt], data)
        result.written.append(targets[fmt])
    state = read_state(out)
    state[collection.name] = key
    write_atomic(out / STATE_FILE, json.dumps(state, indent=1, sort_keys=True).encode())
    return result
