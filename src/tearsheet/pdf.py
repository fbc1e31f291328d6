"""The PDF: the article's print HTML laid out by WeasyPrint once, its page map read off the
pages, then written as tagged PDF/UA or PDF/A. A fetcher reads only what the article may use.

The layout is a value (``PrintLayout``), as WeasyPrint's ``HTML.render()`` returns a Document
that ``write_pdf()`` then writes: the EPUB takes the page map from the same layout.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

from tearsheet.article import Article
from tearsheet.engine import (
    CSS,
    HTML,
    Document,
    FontConfiguration,
    URLFetcher,
    URLFetcherResponse,
    font_configuration,
)
from tearsheet.errors import Notice
from tearsheet.figures import drop_images
from tearsheet.fonts import font_face_css, font_folders
from tearsheet.pagemap import PageMap, find_page_starts
from tearsheet.pdfnotes import note_pages, tag_notes
from tearsheet.printhtml import prepare_print_html, render_print_html
from tearsheet.resources import (
    MAX_DATA_URL_CHARS,
    REMOTE_SCHEMES,
    RefusedResourceError,
    RemoteImages,
    Resource,
    StaticPathError,
    read_article_file,
    read_local,
)
from tearsheet.settings import PrintSettings, source_date_epoch
from tearsheet.theme import Theme

# The article's own files are laid out under this fixed base, mapped to its folder by the
# fetcher: WeasyPrint names each embedded image after its URL, so a base in the checkout's
# folder would make two checkouts (or a Dask worker and a laptop) write different PDFs.
ARTICLE_ROOT = "/.tearsheet-article/"


def refusal(shown: str, error: Exception) -> str:
    """The one line a refused resource gets, its address shortened."""
    shown = shown if len(shown) <= 200 else shown[:197] + "..."
    return f"refused {shown}: {error}"


def response(found: Resource) -> URLFetcherResponse:
    """A file the fetcher read, as WeasyPrint takes it."""
    media_type = found.media_type or "application/octet-stream"
    return URLFetcherResponse(found.url, found.data, {"Content-Type": media_type})


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
        allow_remote: bool = False,
        remote: RemoteImages | None = None,
    ):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=10)
        self.article = article
        self.roots = tuple(root.resolve() for root in roots)
        self.notices: list[Notice] = []
        self.allow_remote = allow_remote
        self.remote = remote if remote is not None else RemoteImages()

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        shown = unquote(parts.path).removeprefix(ARTICLE_ROOT) if scheme == "file" else url
        try:
            if scheme == "data":
                if len(url) > MAX_DATA_URL_CHARS:
                    raise RefusedResourceError(f"data: URL over {MAX_DATA_URL_CHARS:,} characters")
                return super().fetch(url, headers)
            if scheme == "file" and self._site_absolute(unquote(parts.path)):
                found = read_article_file(
                    unquote(parts.path), self.article.folder, self.article.static
                )
                found = replace(found, url=url)  # named as the article names it
            elif scheme == "file":
                found = read_local(self._local_path(unquote(parts.path)), self.roots)
                if parts.path.startswith(ARTICLE_ROOT):
                    found = replace(found, url=url)  # the article's files keep their fixed name
            elif scheme in REMOTE_SCHEMES and self.allow_remote:
                found = self.remote.fetch(url)
            elif scheme in REMOTE_SCHEMES:
                raise RefusedResourceError("remote resources are not fetched (use --allow-remote)")
            else:
                raise RefusedResourceError(f"{scheme}: URLs are not fetched")
        except RefusedResourceError as error:
            message = refusal(shown, error)
            if not isinstance(error, StaticPathError):  # that one was reported by parsing
                self.notices.append(Notice(self.article.path, message, code="resource-refused"))
            raise RefusedResourceError(f"refused: {error}") from None
        return response(found)

    def _site_absolute(self, path: str) -> bool:
        """Whether a file: URL outside the article's fixed base is a site-absolute path the
        article wrote (``/img/x.png``) rather than the theme's or the fonts' own file."""
        if path.startswith(ARTICLE_ROOT):
            return False
        try:
            real = Path(url2pathname(path)).resolve()
        except (ValueError, OSError, RuntimeError):
            return True
        return not any(real.is_relative_to(root) for root in self.roots)

    def _local_path(self, path: str) -> Path:
        """The file a file: URL names, the article's own files under the fixed base."""
        if path.startswith(ARTICLE_ROOT):
            return self.article.folder / url2pathname(path[len(ARTICLE_ROOT) :])
        return Path(url2pathname(path))


@dataclass(frozen=True)
class Stylesheets:
    """The parsed @font-face rules and print.css, with the font configuration they loaded
    their faces into, and what their url()s asked for that was refused."""

    fonts: FontConfiguration
    stylesheets: tuple[CSS, ...]
    refused: tuple[str, ...]


def load_stylesheets(font_css: str, print_css: Path) -> Stylesheets:
    """The stylesheets for a document, parsed once per process for each text of them.

    Parsing print.css and loading the faces into a fresh Fontconfig configuration cost
    about a sixth of an article's layout; a warm worker or the preview server reuses them
    (WeasyPrint's CSS objects are not changed by rendering). The key is the text, so an
    edited theme is parsed again.
    """
    return _parse_stylesheets(font_css, str(print_css), print_css.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _parse_stylesheets(font_css: str, print_css: str, print_text: str) -> Stylesheets:
    fetcher = StyleFetcher((Path(print_css).parent, *font_folders()))
    fonts = font_configuration()
    stylesheets = (
        CSS(string=font_css, font_config=fonts, url_fetcher=fetcher),
        CSS(
            string=print_text,
            base_url=Path(print_css).resolve().as_uri(),
            font_config=fonts,
            url_fetcher=fetcher,
        ),
    )
    return Stylesheets(fonts, stylesheets, tuple(fetcher.refused))


class StyleFetcher(URLFetcher):
    """Fetch the theme's and the fonts' own files for the stylesheets, and nothing else."""

    def __init__(self, roots: tuple[Path, ...]):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=10)
        self.roots = tuple(root.resolve() for root in roots)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        try:
            if parts.scheme.lower() == "data" and len(url) <= MAX_DATA_URL_CHARS:
                return super().fetch(url, headers)
            if parts.scheme.lower() != "file":
                raise RefusedResourceError("a stylesheet may only use the theme's own files")
            found = read_local(Path(url2pathname(unquote(parts.path))), self.roots)
        except RefusedResourceError as error:
            self.refused.append(refusal(url, error))
            raise RefusedResourceError(f"refused: {error}") from None
        return response(found)


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass(frozen=True)
class PrintLayout:
    """An article laid out on pages: the WeasyPrint document, where each page begins (for the
    EPUB's page list) and what was refused or warned about on the way."""

    document: Document
    page_map: PageMap
    notices: tuple[Notice, ...]
    settings: PrintSettings


def creation_date(article: Article) -> str:
    """The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else the
    article's own date."""
    epoch = source_date_epoch()
    if epoch is not None:
        return epoch.strftime("%Y-%m-%dT%H:%M:%SZ")
    if article.published:
        return article.published.isoformat()
    return article.date.isoformat()


def _notes_off_their_page(document: Document) -> bool:
    page_of = {
        anchor: number for number, page in enumerate(document.pages) for anchor in page.anchors
    }
    notes = [anchor for anchor in page_of if anchor.startswith("note-")]
    return any(page_of[note] != page_of.get(f"call-{note[5:]}") for note in notes)


def lay_out(
    article: Article,
    theme: Theme,
    settings: PrintSettings,
    remote: RemoteImages | None = None,
) -> PrintLayout:
    """Lay the article out on the theme's print pages, once.

    The print HTML is rendered once; it is laid out a second time only when WeasyPrint moved
    a footnote away from its call's page to keep two lines of a later paragraph together
    (the worse fault), with orphans relaxed there. ``remote`` holds the build's remote images,
    so the EPUB does not fetch them again.
    """
    theme.check_page_size(settings.page_size)
    fetcher = ArticleFetcher(
        article,
        (article.folder, theme.folder, *font_folders()),
        settings.allow_remote,
        remote,
    )
    base_url = f"file://{ARTICLE_ROOT}"
    html = drop_images(
        render_print_html(article, theme, settings),
        lambda src: _refuses(fetcher, urljoin(base_url, src)),
    )
    styles = load_stylesheets(font_face_css(text=html), theme.stylesheet("print.css"))
    fonts, stylesheets = styles.fonts, list(styles.stylesheets)
    collector = _WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        document = _render(
            prepare_print_html(html), base_url, fetcher, stylesheets, fonts, settings
        )
        if _notes_off_their_page(document):
            document = _render(
                prepare_print_html(html, notes_first=True),
                base_url,
                fetcher,
                stylesheets,
                fonts,
                settings,
            )
    finally:
        logger.removeHandler(collector)
    notices = [Notice(article.path, message, code="resource-refused") for message in styles.refused]
    notices += fetcher.notices
    for message in collector.messages:
        if not message.startswith("Failed to load") or "refused" not in message:
            notices.append(Notice(article.path, f"WeasyPrint: {message}", code="weasyprint"))
    created = creation_date(article)
    document.metadata.created = created
    document.metadata.modified = created
    document.metadata.generator = "tearsheet"
    page_map = PageMap(find_page_starts(document), settings.edition)
    return PrintLayout(document, page_map, tuple(notices), settings)


def _refuses(fetcher: ArticleFetcher, url: str) -> bool:
    """Whether the fetcher turns ``url`` down (noting why): such an image is taken out of the
    print HTML beforehand, as from the web page and the EPUB, not left as an empty figure."""
    try:
        fetcher.fetch(url)
    except RefusedResourceError:
        return True
    return False


def _render(html, base_url, fetcher, stylesheets, fonts, settings) -> Document:
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        stylesheets=stylesheets,
        font_config=fonts,
        pdf_variant=settings.pdf_variant,
        pdf_tags=True,
    )


def write_pdf(layout: PrintLayout) -> bytes:
    """The laid-out pages as PDF bytes, in the layout's PDF variant, always tagged: an
    archival PDF/A-2u or -3b is then as readable by a screen reader as PDF/UA. Footnotes are
    then tagged as notes, which WeasyPrint does not do."""
    data = layout.document.write_pdf(pdf_variant=layout.settings.pdf_variant, pdf_tags=True)
    return tag_notes(data, note_pages(layout.document))
