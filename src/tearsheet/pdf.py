"""HTML → PDF with WeasyPrint: the theme's print.css, packaged fonts, a fetcher that reads only
what the article may use."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML, URLFetcher
from weasyprint.text.fonts import FontConfiguration

from tearsheet.article import Article
from tearsheet.errors import Notice
from tearsheet.theme import Theme, font_face_css, font_folders


class RefusedURLError(ValueError):
    """A resource the article may not use: remote, or outside its folder."""


class ArticleFetcher(URLFetcher):
    """Fetch only local files inside the allowed folders (and data: URLs); refuse the rest.

    Every refusal is recorded as a Notice naming the article and the URL, so the build can
    report it and go on without the resource.
    """

    def __init__(self, article: Article, roots: tuple[Path, ...], notices: list[Notice]):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=10)
        self.article = article
        self.roots = tuple(root.resolve() for root in roots)
        self.notices = notices

    def fetch(self, url: str, headers: dict | None = None):
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(url2pathname(unquote(urlsplit(url).path))).resolve()
            if any(path.is_relative_to(root) for root in self.roots):
                return super().fetch(url, headers)
            reason = "outside the article's folder"
        else:
            reason = "remote resources are not fetched (use --allow-remote)"
        shown = url if scheme != "file" else unquote(urlsplit(url).path)
        self.notices.append(Notice(self.article.path, f"refused {shown}: {reason}"))
        raise RefusedURLError(f"refused {url}")


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


def render_pdf(
    article: Article,
    html: str,
    theme: Theme,
    *,
    notices: list[Notice] | None = None,
) -> bytes:
    """Lay out the article's HTML with the theme's print.css and return the PDF bytes.

    The page size is chosen in the HTML (``render_html(..., page=...)``), not here.
    """
    notices = notices if notices is not None else []
    fetcher = ArticleFetcher(article, (article.folder, theme.folder, *font_folders()), notices)
    fonts = FontConfiguration()
    stylesheets = [
        CSS(string=font_face_css(), font_config=fonts, url_fetcher=fetcher),
        CSS(filename=str(theme.stylesheet("print.css")), font_config=fonts, url_fetcher=fetcher),
    ]
    collector = _WarningCollector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        document = HTML(
            string=html, base_url=article.folder.resolve().as_uri() + "/", url_fetcher=fetcher
        ).render(stylesheets=stylesheets, font_config=fonts, pdf_tags=True)
    finally:
        logger.removeHandler(collector)
    created = creation_date(article)
    document.metadata.created = created
    document.metadata.modified = created
    document.metadata.generator = "tearsheet"
    for message in collector.messages:
        if not message.startswith("Failed to load") or "refused" not in message:
            notices.append(Notice(article.path, f"WeasyPrint: {message}"))
    return document.write_pdf(pdf_tags=True)
