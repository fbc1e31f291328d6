"""The standalone web page: the article's HTML with the web stylesheet inline, schema.org
JSON-LD, and the article's own images embedded, so one file is the whole page."""

from __future__ import annotations

import base64
import html as html_text
import json
import re
from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from tearsheet.article import Article
from tearsheet.errors import Notice
from tearsheet.figures import IMG, placeholder, unwrap_imageless_figures
from tearsheet.html import render_html
from tearsheet.resources import RefusedResourceError, StaticPathError, read_article_file
from tearsheet.theme import Theme

# All the images one page may embed, together: an article that names one large image many
# times must not make a page of hundreds of megabytes.
MAX_EMBEDDED_BYTES = 25 * 1024 * 1024


def render_page(
    article: Article, theme: Theme, site_links: Mapping[str, str | None] | None = None
) -> tuple[bytes, list[Notice]]:
    """The article as one self-contained HTML file, and what was left out of it.

    ``site_links`` (from the downloads site) add the bar linking back to the index and to
    the article's PDF and EPUB; only the web page has it, never the PDF or the EPUB.
    """
    page = render_html(
        article,
        theme,
        inline_css=theme.read("web.css"),
        json_ld=news_article_json_ld(article),
        site_links=site_links,
    )
    page, notices = embed_local_images(page, article)
    return page.encode("utf-8"), notices


def news_article_json_ld(article: Article) -> str:
    """schema.org NewsArticle data for search engines and read-later tools, as JSON."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "datePublished": (article.published or article.date).isoformat(),
        "inLanguage": article.lang,
    }
    if article.dek:
        data["description"] = article.dek
    if article.byline:
        data["author"] = [{"@type": "Person", "name": name} for name in article.byline]
    if article.source:
        data["publisher"] = {"@type": "Organization", "name": article.source}
    if article.source_url:
        data["url"] = article.source_url
        data["mainEntityOfPage"] = article.source_url
    if article.dateline:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if article.tags:
        data["keywords"] = list(article.tags)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def embed_local_images(page: str, article: Article) -> tuple[str, list[Notice]]:
    """Put the article's own images into the page as data: URLs, so the page stands alone.

    Only files inside the article's folder (or, for site-absolute paths, the static
    folders) are read, within a total size for the page;
    remote images are left as links. An image that may not be read is taken out of the page
    (its alt text stays, in brackets): a browser opening the page must not read it either.
    """
    notices: list[Notice] = []
    total = 0
    encoded: dict[str, str] = {}

    def embed(match: re.Match[str]) -> str:
        nonlocal total
        src = html_text.unescape(match[1])
        if urlsplit(src).scheme or src.startswith("//"):
            return match[0]
        try:
            if src not in encoded:
                encoded[src] = _data_url(article, src)
            if total + len(encoded[src]) > MAX_EMBEDDED_BYTES:
                raise RefusedResourceError(
                    f"the page's images are over {MAX_EMBEDDED_BYTES:,} bytes together"
                )
        except RefusedResourceError as error:
            if not isinstance(error, StaticPathError):  # that one was reported by parsing
                message = f"web page: image {src} left out: {error}"
                notices.append(Notice(article.path, message, code="image-refused"))
            return placeholder(match[0])
        total += len(encoded[src])
        return match[0].replace(f'src="{match[1]}"', f'src="{encoded[src]}"', 1)

    return unwrap_imageless_figures(IMG.sub(embed, page)), notices


def _data_url(article: Article, src: str) -> str:
    image = read_article_file(unquote(urlsplit(src).path), article.folder, article.static)
    if not (image.media_type or "").startswith("image/"):
        raise RefusedResourceError("not an image")
    return f"data:{image.media_type};base64,{base64.b64encode(image.data).decode('ascii')}"
