"""Article → HTML document, through the theme's Jinja template."""

from __future__ import annotations

import base64
import html as html_text
import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jinja2

from tearsheet.article import Article
from tearsheet.errors import Notice
from tearsheet.labels import format_article_date, labels_for
from tearsheet.resources import RefusedResourceError, read_local
from tearsheet.theme import Theme


@cache
def _environment(templates: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def render_html(
    article: Article,
    theme: Theme,
    *,
    stylesheets: tuple[str, ...] = (),
    inline_css: str | None = None,
    classes: tuple[str, ...] = (),
    structured_data: bool = False,
) -> str:
    """The article as one HTML5 document; every format starts from this same rendering.

    ``stylesheets`` are linked and ``inline_css`` is embedded, so the same document serves
    the standalone web page (CSS inline), the PDF (CSS given to WeasyPrint) and the EPUB
    (ebook.css linked). ``classes`` go on the root element for the stylesheet to key on
    (the PDF's page size and print options); ``structured_data`` adds schema.org JSON-LD,
    which belongs in the web page only (a script element would make the EPUB "scripted").
    """
    template = _environment(theme.templates).get_template("article.html")
    moment = article.published.isoformat() if article.published else article.date.isoformat()
    return template.render(
        article=article,
        authors=article.byline or ((article.source,) if article.source else ()),
        kicker=article.kicker or article.source,
        created=moment,
        datetime=article.date.isoformat(),
        date_text=format_article_date(article.date, article.lang),
        labels=labels_for(article.lang, theme.folder),
        stylesheets=stylesheets,
        inline_css=inline_css,
        root_class=" ".join(classes),
        json_ld=news_article_json_ld(article) if structured_data else None,
    )


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


_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


def embed_local_images(page: str, article: Article, notices: list[Notice]) -> str:
    """Put the article's own images into the web page as data: URLs, so the page stands alone.

    Only files inside the article's folder are read; remote images are left as they are.
    """

    def embed(match: re.Match[str]) -> str:
        src = html_text.unescape(match[2])
        if urlsplit(src).scheme or src.startswith("//"):
            return match[0]
        try:
            image = read_local(article.folder / unquote(urlsplit(src).path), (article.folder,))
        except RefusedResourceError as error:
            notices.append(Notice(article.path, f"web page: image {src} left out: {error}"))
            return match[0]
        if not (image.media_type or "").startswith("image/"):
            notices.append(Notice(article.path, f"web page: {src} is not an image"))
            return match[0]
        data = base64.b64encode(image.data).decode("ascii")
        return f"{match[1]}data:{image.media_type};base64,{data}{match[3]}"

    return _IMG_SRC.sub(embed, page)
