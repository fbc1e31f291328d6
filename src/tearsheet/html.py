"""Article → HTML document, through the theme's Jinja template."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from tearsheet.article import Article
from tearsheet.theme import Theme

# Words the template prints around the metadata, by language.
LABELS = {
    "en": {"by": "By", "and_": ", ", "source": "Source"},
    "de": {"by": "Von", "and_": ", ", "source": "Quelle"},
    "fr": {"by": "Par", "and_": ", ", "source": "Source"},
    "es": {"by": "Por", "and_": ", ", "source": "Fuente"},
    "ca": {"by": "Per", "and_": ", ", "source": "Font"},
    "pt": {"by": "Por", "and_": ", ", "source": "Fonte"},
    "it": {"by": "Di", "and_": ", ", "source": "Fonte"},
    "nl": {"by": "Door", "and_": ", ", "source": "Bron"},
    "ar": {"by": "بقلم", "and_": "، ", "source": "المصدر"},
    "zh": {"by": "作者：", "and_": "、", "source": "来源"},
}


@cache
def _environment(templates: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_article_date(date: dt.date, lang: str) -> str:
    """The date as a reader of ``lang`` writes it: "April 20, 2017", "20. April 2017"."""
    return format_date(date, format="long", locale=_locale(lang))


def labels_for(lang: str) -> dict[str, str]:
    return LABELS.get(lang.split("-")[0].lower(), LABELS["en"])


def render_html(
    article: Article,
    theme: Theme,
    *,
    stylesheets: tuple[str, ...] = (),
    inline_css: str | None = None,
    classes: tuple[str, ...] = (),
    json_ld: str | None = None,
) -> str:
    """The article as one HTML5 document; every format starts from this same rendering.

    ``stylesheets`` are linked and ``inline_css`` is embedded, so the same document serves
    the standalone web page (CSS inline), the PDF (CSS given to WeasyPrint) and the EPUB
    (ebook.css linked). ``classes`` go on the root element for the stylesheet to key on
    (the PDF's page size and print options); ``json_ld`` is schema.org data for the web
    page only (a script element would make the EPUB "scripted").
    """
    template = _environment(theme.templates).get_template("article.html")
    moment = article.published.isoformat() if article.published else article.date.isoformat()
    return template.render(
        article=article,
        authors=article.byline or ((article.source,) if article.source else ()),
        kicker=article.label,
        created=moment,
        datetime=article.date.isoformat(),
        date_text=format_article_date(article.date, article.lang),
        labels=labels_for(article.lang),
        stylesheets=stylesheets,
        inline_css=inline_css,
        root_class=" ".join(classes),
        json_ld=json_ld,
    )
