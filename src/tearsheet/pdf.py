"""HTML → PDF with WeasyPrint: the theme's print.css, packaged fonts, a fetcher that reads only
what the article may use."""

from __future__ import annotations

import datetime as dt
import logging
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import tinyhtml5
from weasyprint import CSS, HTML, Document
from weasyprint.formatting_structure import boxes
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from tearsheet.article import Article
from tearsheet.config import PDF_VARIANTS
from tearsheet.errors import Notice
from tearsheet.fonts import font_face_css, font_folders
from tearsheet.pagemap import PageStart, counted
from tearsheet.resources import (
    MAX_DATA_URL_CHARS,
    REMOTE_SCHEMES,
    RefusedResourceError,
    fetch_remote,
    read_local,
)
from tearsheet.theme import Theme

DEFAULT_PDF_VARIANT = "pdf/ua-1"


class ArticleFetcher(URLFetcher):
    """Fetch only regular files inside the allowed folders, small data: URLs, and http(s)
    images when remote fetching is allowed; refuse the rest.

    Every refusal is recorded as a Notice naming the article and the URL, so the build can
    report it and go on without the resource.
    """

    def __init__(
        self,
        article: Article,
        roots: tuple[Path, ...],
        notices: list[Notice],
        allow_remote: bool = False,
    ):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=10)
        self.article = article
        self.roots = tuple(root.resolve() for root in roots)
        self.notices = notices
        self.allow_remote = allow_remote

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        shown = unquote(parts.path) if scheme == "file" else url
        try:
            if scheme == "data":
                if len(url) > MAX_DATA_URL_CHARS:
                    raise RefusedResourceError(f"data: URL over {MAX_DATA_URL_CHARS:,} characters")
                return super().fetch(url, headers)
            if scheme == "file":
                found = read_local(Path(url2pathname(unquote(parts.path))), self.roots)
            elif scheme in REMOTE_SCHEMES and self.allow_remote:
                found = fetch_remote(url)
            elif scheme in REMOTE_SCHEMES:
                raise RefusedResourceError("remote resources are not fetched (use --allow-remote)")
            else:
                raise RefusedResourceError(f"{scheme}: URLs are not fetched")
        except RefusedResourceError as error:
            shown = shown if len(shown) <= 200 else shown[:197] + "..."
            self.notices.append(Notice(self.article.path, f"refused {shown}: {error}"))
            raise RefusedResourceError(f"refused: {error}") from None
        return URLFetcherResponse(
            found.url, found.data, {"Content-Type": found.media_type or "application/octet-stream"}
        )


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def creation_date(article: Article) -> str:
    """The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else the
    article's own date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if article.published:
        return article.published.isoformat()
    return article.date.isoformat()


def _classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def _append_text(element: ET.Element, text: str | None) -> None:
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _inline_copy(paragraphs: list[ET.Element]) -> ET.Element:
    """A footnote's paragraphs as one inline span, without Markdown's back link."""
    note = ET.Element("span", {"class": "note"})
    for number, paragraph in enumerate(paragraphs):
        for backref in [a for a in paragraph.iter("a") if "footnote-backref" in _classes(a)]:
            _remove(paragraph, backref)
        _append_text(note, " " if number else None)
        _append_text(note, paragraph.text)
        note.extend(list(paragraph))
    note.text = (note.text or "").lstrip()
    if len(note):
        note[-1].tail = (note[-1].tail or "").rstrip()
    else:
        note.text = note.text.rstrip()
    return note


def _remove(parent: ET.Element, child: ET.Element) -> None:
    """Remove ``child`` from ``parent`` keeping the text that followed it."""
    index = list(parent).index(child)
    if child.tail:
        if index:
            parent[index - 1].tail = (parent[index - 1].tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _mark_initial(body: ET.Element) -> None:
    """Wrap the first letter (with any opening quote) of the text for an optional drop cap."""
    first = body[0] if len(body) else None
    if first is None or first.tag != "p" or not first.text:
        return
    text = first.text.lstrip()
    letters = len(text) - len(text.lstrip("“‘\"'«„")) + 1
    if len(text) <= letters or not text[letters - 1].isalnum():
        return
    initial = ET.Element("span", {"class": "initial"})
    initial.text = text[:letters]
    initial.tail = text[letters:]
    first.text = None
    first.insert(0, initial)


def _number_notes(root: ET.Element) -> None:
    """Give each note and its call point ids, to check after layout they share a page."""
    parents = {child: parent for parent in root.iter() for child in parent}
    notes = [span for span in root.iter("span") if "note" in _classes(span)]
    for number, note in enumerate(notes, start=1):
        note.set("id", f"note-{number}")
        call = ET.Element("span", {"id": f"call-{number}", "class": "call"})
        parent = parents[note]
        parent.insert(list(parent).index(note), call)


def prepare_print_html(html: str, *, notes_first: bool = False) -> str:
    """Adapt the shared HTML rendering to paper.

    Footnotes move to their reference so print.css can float them to the foot of the page,
    each outside link's address becomes a footnote, since paper cannot be clicked, and the
    first letter gets a span for the optional drop cap. ``notes_first`` marks the root for
    print.css to relax orphans where they would push a footnote off its page.
    """
    root = tinyhtml5.parse(html, namespace_html_elements=False)
    if notes_first:
        root.set("class", f"{root.get('class', '')} notes-first".strip())
    parents = {child: parent for parent in root.iter() for child in parent}
    notes = {li.get("id"): li for li in root.iter("li") if li.get("id", "").startswith("fn:")}
    for sup in list(root.iter("sup")):
        link = sup.find("a")
        if link is None or "footnote-ref" not in _classes(link):
            continue
        item = notes.get(link.get("href", "").lstrip("#"))
        if item is None:
            continue
        note = _inline_copy(item.findall("p") or [item])
        note.tail = sup.tail
        parent = parents[sup]
        parent[list(parent).index(sup)] = note
    for container in [d for d in root.iter("div") if "footnote" in _classes(d)]:
        parents[container].remove(container)
    body = next((d for d in root.iter("div") if "body" in _classes(d)), None)
    if body is not None:
        _mark_initial(body)
    seen: set[str] = set()
    for link in list(body.iter("a")) if body is not None else []:
        href = link.get("href", "")
        text = "".join(link.itertext()).strip()
        if not href.startswith(("http://", "https://")) or href in seen or text == href:
            continue
        seen.add(href)
        note = ET.Element("span", {"class": "note link-note"})
        note.text = href
        parent = parents[link]
        note.tail = link.tail
        link.tail = None
        parent.insert(list(parent).index(link) + 1, note)
        parents[note] = parent
    _number_notes(root)
    return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html")


def _notes_off_their_page(document: Document) -> bool:
    page_of = {
        anchor: number for number, page in enumerate(document.pages) for anchor in page.anchors
    }
    notes = [anchor for anchor in page_of if anchor.startswith("note-")]
    return any(page_of[note] != page_of.get(f"call-{note[5:]}") for note in notes)


def render_pdf(
    article: Article,
    html: str,
    theme: Theme,
    *,
    variant: str = DEFAULT_PDF_VARIANT,
    notices: list[Notice] | None = None,
    pages: list[PageStart] | None = None,
    allow_remote: bool = False,
    write: bool = True,
) -> bytes:
    """Lay out the article's HTML with the theme's print.css and return the PDF bytes.

    The page size is chosen in the HTML (``render_html(..., page=...)``), not here. When
    ``pages`` is given, where each page begins is added to it (the EPUB's page list).
    ``variant`` is a WeasyPrint PDF variant: tagged PDF/UA by default, or a PDF/A level.
    With ``write`` false only the layout is done (for the page list) and no bytes returned.
    """
    if variant not in PDF_VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r}")
    notices = notices if notices is not None else []
    fetcher = ArticleFetcher(
        article, (article.folder, theme.folder, *font_folders()), notices, allow_remote
    )
    fonts = FontConfiguration()
    stylesheets = [
        CSS(string=font_face_css(), font_config=fonts, url_fetcher=fetcher),
        CSS(filename=str(theme.stylesheet("print.css")), font_config=fonts, url_fetcher=fetcher),
    ]
    collector = _WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    base_url = article.folder.resolve().as_uri() + "/"
    try:
        document = HTML(
            string=prepare_print_html(html), base_url=base_url, url_fetcher=fetcher
        ).render(stylesheets=stylesheets, font_config=fonts, pdf_variant=variant)
        if _notes_off_their_page(document):
            # WeasyPrint moves a footnote to the next page to keep two lines of a later
            # paragraph together; a footnote away from its call is the worse fault.
            document = HTML(
                string=prepare_print_html(html, notes_first=True),
                base_url=base_url,
                url_fetcher=fetcher,
            ).render(stylesheets=stylesheets, font_config=fonts, pdf_variant=variant)
    finally:
        logger.removeHandler(collector)
    if pages is not None:
        pages.extend(find_page_starts(document))
    created = creation_date(article)
    document.metadata.created = created
    document.metadata.modified = created
    document.metadata.generator = "tearsheet"
    for message in collector.messages:
        if not message.startswith("Failed to load") or "refused" not in message:
            notices.append(Notice(article.path, f"WeasyPrint: {message}"))
    return document.write_pdf(pdf_variant=variant) if write else b""


def find_page_starts(document) -> list[PageStart]:
    """Where each laid-out page begins: the first block with an id that has content on it, and
    how many of that block's characters earlier pages hold.

    Text boxes are matched character by character against the block's own text, so added
    hyphens and generated content (list markers, ``::before``) are not counted.
    """
    sources: dict[str, str] = {}
    consumed: dict[str, int] = {}
    starts: list[PageStart] = []
    for number, page in enumerate(document.pages, start=1):
        start: PageStart | None = PageStart(1, "", 0) if number == 1 else None
        for block, box in _block_boxes(page._page_box, None, None):
            if block not in sources:
                sources[block] = counted(_flow_text(box.element))
                consumed[block] = 0
            if start is None:
                start = PageStart(number, block, consumed[block])
            if isinstance(box, boxes.TextBox):
                consumed[block] = _advance(sources[block], consumed[block], counted(box.text))
        if start is None:
            previous = starts[-1]
            start = PageStart(number, previous.block, previous.offset)
        starts.append(start)
    return starts


def _block_boxes(box, block: str | None, parent):
    """Yield (block id, box) for the main flow's boxes inside a block (a child of the article
    or its body that has an id), in order."""
    if isinstance(box, boxes.MarginBox | boxes.FootnoteAreaBox) or "::" in (box.element_tag or ""):
        return
    element = box.element
    if block is None and _is_block(element, parent):
        block = element.get("id")
    if block is not None:
        yield block, box
    for child in box.all_children() if isinstance(box, boxes.ParentBox) else ():
        yield from _block_boxes(child, block, element if element is not None else parent)


def _flow_text(element) -> str:
    """An element's text without the notes print moves to the foot of the page."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and "note" not in child.get("class", "").split():
            parts.append(_flow_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_block(element, parent) -> bool:
    return (
        element is not None
        and parent is not None
        and element is not parent
        and bool(element.get("id"))
        and (parent.tag == "article" or "body" in parent.get("class", "").split())
    )


def _advance(source: str, position: int, text: str) -> int:
    """Move through ``source`` past the characters of ``text``, skipping characters layout
    added (a hyphen at a line break) and a few it dropped."""
    for char in text:
        for ahead in range(4):
            index = position + ahead
            if index < len(source) and source[index].lower() == char.lower():
                position = index + 1
                break
    return position
