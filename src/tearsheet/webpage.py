"""Saved web pages → an imported article: trafilatura's text plus the page's own metadata."""

from __future__ import annotations

import copy
import json
import re
from typing import Any
from urllib.parse import urljoin

from tearsheet.credits import credit_from_tail, read_attribution
from tearsheet.datelines import read_wire_dateline
from tearsheet.errors import ContentError
from tearsheet.fallbackdates import date_from_paragraphs
from tearsheet.frontmatter import is_web_url
from tearsheet.importdates import parse_iso_date
from tearsheet.recognise import (
    BYLINE,
    IMAGE,
    Draft,
    ImportedArticle,
    byline_names,
    detect_language_into,
    doubt_missing,
    excerpt,
    normalise_lang,
    strip_clutter,
)
from tearsheet.sourcenames import spell_out_source

ARTICLE_TYPES = frozenset(
    """NewsArticle Article BlogPosting ReportageNewsArticle OpinionNewsArticle
    AnalysisNewsArticle BackgroundNewsArticle ReviewNewsArticle Report ScholarlyArticle
    LiveBlogPosting TechArticle SocialMediaPosting""".split()
)
# Where a caption names its photographer: a class, or "Photo: X", "Foto: X", "(AP Photo/X)".
_CREDIT_XPATH = (
    './/*[contains(@class, "credit") or contains(@class, "copyright") or '
    'contains(@class, "photographer") or contains(@class, "source")]'
)
_CREDIT_IN_CAPTION = re.compile(
    r"(?:\(|\b)(?P<credit>(?:photo|foto|image|bild|picture|crédit|crédito|credit|zdjęcie|"
    r"photograph|fotografia)s?(?: by)?\s*+[:/]\s*+[^()]{2,80}?|©\s*+[^()]{2,80}?|"
    r"\w+ photo/[^()]{2,80}?)\)?\.?$",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*+\n)++")
_HEADING_MARK = re.compile(r"^#++\s*+")
_TOP_HEADING = re.compile(r"#\s")
_NON_WORD = re.compile(r"\W+")
_EMPTY_ITEM = re.compile(r"^([-*+]|\d{1,3}\.)[ \t]*+\n[ \t]++", re.MULTILINE)
_DEEP_INDENT = re.compile(r"\n[ \t]{4,}+")
_LIST_ITEM = re.compile(r"[-*+]\s|\d{1,3}\.\s")
# An item that is a link and at most a few words more (a heading, a date).
_LINK_ITEM = re.compile(r"(?:[-*+]|\d{1,3}\.)\s++\[[^\[\]]*+\]\([^()\s]*+\)[^\[\]]{0,20}+$")
# A list of at least this many items, each a link, is a list of links to other pages.
LINK_LIST_ITEMS = 3


def _json_ld_articles(tree: Any) -> list[dict[str, Any]]:
    """The schema.org article objects in a page's JSON-LD blocks, @graph included."""
    found: list[dict[str, Any]] = []

    def visit(item: Any) -> None:
        if isinstance(item, list):
            for child in item:
                visit(child)
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k in ARTICLE_TYPES for k in kinds):
                found.append(item)
            if "@graph" in item:
                visit(item["@graph"])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            visit(json.loads(script.text or ""))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _text(value: Any) -> str | None:
    names = _names(value)
    return " ".join(names[0].split()) if names and names[0].strip() else None


def _page_metadata(tree: Any) -> dict[str, Any]:
    """What the page says about itself, each field from the first of: JSON-LD, microdata,
    Open Graph, <meta name="author">, article:published_time, <time datetime>; and <link
    rel=canonical>, <html lang>."""
    meta: dict[str, Any] = {}
    for item in _json_ld_articles(tree):
        for key, value in (
            ("headline", _text(item.get("headline") or item.get("name"))),
            ("date", parse_iso_date(item.get("datePublished") or item.get("dateCreated"))),
            ("byline", _names(item.get("author")) or None),
            ("source", _text(item.get("publisher"))),
            ("source_url", item.get("url") if isinstance(item.get("url"), str) else None),
            ("lang", normalise_lang(_text(item.get("inLanguage")))),
            ("dek", _text(item.get("description"))),
            ("dateline", _dateline(item)),
        ):
            if value and key not in meta:
                meta[key] = value
    _fallbacks(tree, meta)
    if "source_url" not in meta and (canonical := tree.xpath('//link[@rel="canonical"]/@href')):
        meta["source_url"] = canonical[0].strip()
    if langs := tree.xpath("/html/@lang"):
        meta["lang"] = normalise_lang(langs[0]) or meta.get("lang")
    return meta


def _first(tree: Any, *paths: str) -> str | None:
    for path in paths:
        for value in tree.xpath(path):
            text = " ".join(str(value).split())
            if text:
                return text
    return None


def _fallbacks(tree: Any, meta: dict[str, Any]) -> None:
    """Fields the JSON-LD did not give, from microdata, Open Graph and plain <meta>/<time>."""
    found = {
        "headline": _first(
            tree, '//*[@itemprop="headline"]//text()', '//meta[@property="og:title"]/@content'
        ),
        "date": parse_iso_date(
            _first(
                tree,
                '//*[@itemprop="datePublished"]/@content',
                '//*[@itemprop="datePublished"]/@datetime',
                '//meta[@property="article:published_time"]/@content',
                '//meta[@name="date"]/@content',
                "//article//time/@datetime",
                "//time/@datetime",
            )
        ),
        "byline": _first(
            tree,
            '//*[@itemprop="author"]//*[@itemprop="name"]/@content',
            '//*[@itemprop="author"]//*[@itemprop="name"]//text()',
            '//meta[@name="author"]/@content',
        ),
        "source_url": _first(tree, '//meta[@property="og:url"]/@content'),
        "lang": normalise_lang(_first(tree, '//meta[@property="og:locale"]/@content')),
        "source": _first(tree, '//meta[@property="og:site_name"]/@content'),
        "dek": _first(tree, '//meta[@property="og:description"]/@content'),
    }
    for key, value in found.items():
        if value and key not in meta:
            meta[key] = byline_names(value) if key == "byline" else value


def _dateline(item: dict[str, Any]) -> str | None:
    """schema.org's ``dateline`` ("WASHINGTON") or ``locationCreated`` (a Place)."""
    if isinstance(item.get("dateline"), str) and item["dateline"].strip():
        place = item["dateline"].strip().rstrip("—–- ")
        return place.title() if place.isupper() else place
    where = item.get("locationCreated")
    if isinstance(where, dict):
        address = where.get("address")
        if isinstance(address, dict) and isinstance(address.get("addressLocality"), str):
            return address["addressLocality"].strip() or None
        return _text(where.get("name"))
    return _text(where)


def _mark_figures(tree: Any) -> dict[str, tuple[str, str, str]]:
    """Give each <figure>'s image a placeholder alt text, so that its caption and credit,
    which trafilatura drops, can be put back as the Markdown figure title afterwards."""
    figures: dict[str, tuple[str, str, str]] = {}
    # Innermost first: a gallery's figures each take their own caption, and the gallery
    # only one left over for it.
    found = tree.xpath("//figure[.//img][.//figcaption]")
    for number, figure in enumerate(reversed(found)):
        images, captions = figure.xpath(".//img"), figure.xpath(".//figcaption")
        if not images or not captions:
            continue  # its only caption was an inner figure's, taken with that figure
        image, caption_element = images[0], captions[0]
        credit_elements = caption_element.xpath(_CREDIT_XPATH)
        credit = " ".join(" ".join(e.text_content().split()) for e in credit_elements)
        for element in credit_elements:
            element.drop_tree()
        caption = " ".join(caption_element.text_content().split())
        if not credit and (match := _CREDIT_IN_CAPTION.search(caption)):
            credit, caption = match["credit"].strip(), caption[: match.start()].rstrip(" .,;")
        key = f"tearsheet-figure-{number}"
        figures[key] = (image.get("alt") or caption, caption, credit.strip(" ()"))
        image.set("alt", key)
        image.attrib.pop("title", None)
        caption_element.drop_tree()
    return figures


def _restore_figures(paragraphs: list[str], figures: dict[str, tuple[str, str, str]]) -> list[str]:
    def restore(match: re.Match[str]) -> str:
        if match["alt"] not in figures:
            return match[0]
        alt, caption, credit = figures[match["alt"]]
        title = " | ".join(part for part in (caption, credit) if part).replace('"', "”")
        title = f' "{title}"' if title else ""
        return f"![{alt.replace('[', '(').replace(']', ')')}]({match['src']}{title})"

    return [IMAGE.sub(restore, paragraph) for paragraph in paragraphs]


def _unwrap_layout_tables(tree: Any) -> None:
    """Turn tables used for layout (as in e-mail newsletters) into plain blocks.

    A data table's cells hold words and numbers; a cell holding paragraphs or headings is layout.
    """
    blocks = "p|h1|h2|h3|h4|h5|h6|div|ul|ol|blockquote|figure|table"
    for table in reversed(tree.xpath("//table")):
        if not table.xpath(f"./tr/td/*[{_any_of(blocks)}] | ./tbody/tr/td/*[{_any_of(blocks)}]"):
            continue
        for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
            element.tag = "div"
            element.attrib.clear()


def _any_of(names: str) -> str:
    return " or ".join(f"self::{name}" for name in names.split("|"))


def _clean_extracted(markdown: str, headline: str | None) -> list[str]:
    """Paragraphs of trafilatura's Markdown, without a repeat of the headline."""
    markdown = markdown.replace("\\<", "&lt;")
    paragraphs = [p.strip() for p in _BLANK_LINES.split(markdown) if p.strip()]
    wanted = " ".join((headline or "").split()).casefold()
    # The headline repeated in the text; short lines above it are the masthead (a kicker).
    for index, paragraph in enumerate(paragraphs[:3]):
        text = " ".join(_HEADING_MARK.sub("", paragraph).split()).casefold()
        if wanted and text == wanted:
            if all(len(p) <= 60 for p in paragraphs[:index]):
                paragraphs = paragraphs[index + 1 :]
            break
    if any(_TOP_HEADING.match(p) for p in paragraphs):
        paragraphs = [f"#{p}" if _HEADING_MARK.match(p) else p for p in paragraphs]
    return paragraphs


def _tidy_markdown(paragraph: str) -> str:
    """trafilatura keeps the page source's indentation inside list items ("- " and the
    item's text on the next line, forty spaces in), which Markdown would read as code."""
    paragraph = _EMPTY_ITEM.sub(r"\1 ", paragraph)
    return _DEEP_INDENT.sub("\n", paragraph)


def _drop_link_lists(paragraphs: list[str], draft: Draft) -> list[str]:
    """A list whose every item is a link to another page is a teaser or navigation list
    that trafilatura let through; it goes as one block (link density, as jusText and
    trafilatura measure it, on a whole list)."""
    kept = []
    for paragraph in paragraphs:
        items = [line for line in paragraph.split("\n") if _LIST_ITEM.match(line)]
        linked = [item for item in items if _LINK_ITEM.match(item)]
        if len(items) >= LINK_LIST_ITEMS and len(linked) == len(items):
            draft.stripped.append(f"list of links {excerpt(paragraph)}")
            draft.removed.append(("page furniture in the article", paragraph))
            continue
        kept.append(paragraph)
    return kept


def _web_address(address: str | None, base: str | None) -> str | None:
    """The page's own address when it is a well-formed web one; a page may name anything
    there ("http://[::1" raises in urlsplit), which is then not kept."""
    if not address:
        return None
    try:
        joined = urljoin(base or address, address)
    except ValueError:  # not an address: the article simply has no source URL
        return None
    return joined if is_web_url(joined) else None


def _resolve_images(paragraphs: list[str], base: str | None) -> list[str]:
    if not base:
        return paragraphs

    def resolve(match: re.Match[str]) -> str:
        try:
            src = urljoin(base, match["src"])
        except ValueError:  # "http://[broken": left as written, for the build to refuse
            src = match["src"]
        return f"![{match['alt']}]({src}{match['title'] or ''})"

    return [IMAGE.sub(resolve, paragraph) for paragraph in paragraphs]


def parse_html(
    page: bytes | str, url: str | None = None, lang: str | None = None
) -> ImportedArticle:
    """The main text and metadata of a web page: trafilatura plus the page's JSON-LD and meta.

    Dates come only from the page's metadata (JSON-LD, <meta>, <time>, the address), never
    from a guess on the running text such as a copyright year.
    """
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        raise ContentError(None, "not a readable HTML page")
    meta = _page_metadata(tree)
    figures = _mark_figures(tree)
    _unwrap_layout_tables(tree)
    date_config = {"extensive_search": False, "original_date": True}
    found = trafilatura.extract_metadata(
        copy.deepcopy(tree), default_url=url, date_config=date_config
    )
    markdown = trafilatura.extract(
        tree,
        url=url,
        output_format="markdown",
        include_comments=False,
        include_images=True,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        date_extraction_params=date_config,
    )
    if not markdown:
        raise ContentError(None, "found no article text in the page")

    draft = Draft()
    draft.headline = meta.get("headline") or found.title
    if draft.headline:
        origin = "JSON-LD" if "headline" in meta else "metadata"
        draft.recognised.append(f"headline from the page's {origin}")
    draft.date = meta.get("date") or parse_iso_date(found.date)
    if draft.date:
        draft.recognised.append(f"date {draft.date.isoformat()} from the page's metadata")
    draft.byline = list(meta.get("byline") or (byline_names(found.author) if found.author else []))
    if draft.byline:
        draft.recognised.append("byline from the page's metadata")
    draft.source = meta.get("source") or found.sitename
    if draft.source:
        draft.recognised.append(f"source {draft.source!r} from the page's metadata")
    addresses = (_web_address(a, url) for a in (meta.get("source_url"), found.url, url))
    draft.source_url = next((a for a in addresses if a), None)
    draft.dek = meta.get("dek") or found.description
    draft.lang = normalise_lang(lang) or meta.get("lang")
    paragraphs = [_tidy_markdown(p) for p in _clean_extracted(markdown, draft.headline)]
    paragraphs = _drop_link_lists(paragraphs, draft)
    if draft.lang is None:
        detect_language_into(" ".join(paragraphs), draft)
    paragraphs, tail = strip_clutter(paragraphs, draft)
    paragraphs = read_attribution(paragraphs, draft)
    credit_from_tail(tail, draft)
    spell_out_source(paragraphs, draft)
    if paragraphs and (match := BYLINE.match(paragraphs[0])) and len(paragraphs[0]) < 100:
        draft.byline = draft.byline or byline_names(match["names"])
        draft.stripped.append(f"byline line {excerpt(paragraphs[0])}")
        paragraphs = paragraphs[1:]
    paragraphs = date_from_paragraphs(paragraphs, draft)
    if draft.dek and paragraphs and _same_text(draft.dek, paragraphs[0]):
        draft.dek = None
    paragraphs = _restore_figures(paragraphs, figures)
    if meta.get("dateline"):
        draft.dateline = meta["dateline"]
        draft.recognised.append(f"dateline {draft.dateline!r} from the page's metadata")
    read_wire_dateline(paragraphs, draft)
    paragraphs = _resolve_images(paragraphs, url)
    doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(paragraphs) + "\n")


def _same_text(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return _NON_WORD.sub(" ", text).strip().casefold()

    return norm(a) == norm(b) or norm(b).startswith(norm(a))
