"""Article → HTML document, through the theme's Jinja template."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

import jinja2

from tearsheet.article import Article
from tearsheet.files import user_cache
from tearsheet.labels import format_article_date, labels_for
from tearsheet.refs import has_refs, unlink_refs
from tearsheet.theme import Theme


@cache
def template_environment(templates: Path) -> jinja2.Environment:
    """One Jinja environment per template folder and process, for every page made from it.

    Compiled templates are kept in the user's cache by Jinja's bytecode cache (keyed by each
    template's name and checked against its source), so a cold process, like a no-op build
    that publishes the site, loads them instead of compiling them again.
    """
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        bytecode_cache=_template_cache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def _template_cache() -> jinja2.BytecodeCache | None:
    """The compiled templates' folder; none (compile in memory) when it can't be made."""
    folder = user_cache("templates")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def render_html(
    article: Article,
    theme: Theme,
    *,
    stylesheets: tuple[str, ...] = (),
    inline_css: str | None = None,
    classes: tuple[str, ...] = (),
    json_ld: str | None = None,
    site_links: Mapping[str, str | None] | None = None,
) -> str:
    """The article as one HTML5 document; every format starts from this same rendering.

    ``stylesheets`` are linked and ``inline_css`` is embedded, so the same document serves
    the standalone web page (CSS inline), the PDF (CSS given to WeasyPrint) and the EPUB
    (ebook.css linked). ``classes`` go on the root element for the stylesheet to key on
    (the PDF's page size and print options); ``json_ld`` is schema.org data for the web
    page only (a script element would make the EPUB "scripted").
    """
    if has_refs(article.body):  # refs the build did not resolve (a collection book): text
        article = replace(article, body=unlink_refs(article.body))
    template = template_environment(theme.templates).get_template("article.html")
    moment = article.published.isoformat() if article.published else article.date.isoformat()
    return template.render(
        article=article,
        authors=article.byline or ((article.source,) if article.source else ()),
        kicker=article.label,
        created=moment,
        datetime=article.date.isoformat(),
        date_text=format_article_date(article.date, article.lang),
        labels=labels_for(article.lang, theme.folder),
        stylesheets=stylesheets,
        inline_css=inline_css,
        root_class=" ".join(classes),
        json_ld=json_ld,
        **({"site_links": site_links} if site_links else {}),
    )
