"""Saved text, saved web pages and web addresses → Markdown articles with front matter."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urljoin, urlsplit

import yaml

from tearsheet.clutter import ATTRIBUTION_RULES, CLUTTER_RULES, AttributionRule
from tearsheet.errors import ContentError, Notice
from tearsheet.fetch import MAX_PAGE_BYTES, FetchError, fetch_url
from tearsheet.files import write_atomic
from tearsheet.source import display_path, slugify

MAX_IMAGE_BYTES = 10 * 1024 * 1024

# How many lines under the headline may hold the date, the byline or a second headline.
HEADER_LINES = 6
# A date line is short; a longer line is a sentence that merely mentions a date.
MAX_DATE_LINE = 60
SLUG_LENGTH = 60
# Below this many characters a language guess is little better than chance.
MIN_LANGUAGE_SAMPLE = 200

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml"})
IMAGE_SUFFIXES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}
ARTICLE_TYPES = frozenset(
    """NewsArticle Article BlogPosting ReportageNewsArticle OpinionNewsArticle
    AnalysisNewsArticle BackgroundNewsArticle ReviewNewsArticle Report ScholarlyArticle
    LiveBlogPosting TechArticle SocialMediaPosting""".split()
)

_DATE_LABEL = re.compile(
    r"^(published|posted|updated|last updated|first published|date|dated|veröffentlicht|"
    r"aktualisiert|stand|erschienen|publié|mis à jour|publicado|actualizado|pubblicato)"
    r"(\s+(on|am|le|el|il|at))?\s*:?\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(by|von|par|por|di|door|av)\s+(?P<names>[^\d|·•]{2,100})$", re.IGNORECASE)
_READING_TIME = re.compile(r"^\d+\s*(min(ute)?s?|minuten)\.?( read| lesezeit)?$", re.IGNORECASE)
_HEADER_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))??"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?"
    r"\s*(?:-|—|–|--)\s+"
)
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&)\s*")
_ABBREVIATION_DOTS = re.compile(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.")


@dataclass(frozen=True)
class ImportedArticle:
    """What an import recognised in its source, plus a report of what it did and doubts."""

    headline: str | None
    body: str
    date: dt.date | None = None
    dek: str | None = None
    kicker: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    source: str | None = None
    source_url: str | None = None
    lang: str | None = None
    other_headlines: tuple[str, ...] = ()
    recognised: tuple[str, ...] = ()
    stripped: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()

    @property
    def images(self) -> list[tuple[str, str]]:
        """Each image in the body as (alt text, address)."""
        return [(match["alt"], match["src"]) for match in _IMAGE.finditer(self.body)]


@dataclass
class _Draft:
    """The mutable working state of one import, frozen into an ImportedArticle at the end."""

    headline: str | None = None
    date: dt.date | None = None
    dek: str | None = None
    kicker: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    source: str | None = None
    source_url: str | None = None
    lang: str | None = None
    other_headlines: list[str] = field(default_factory=list)
    recognised: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    wire_day: str | None = None
    copyright_year: int | None = None

    def freeze(self, body: str) -> ImportedArticle:
        return ImportedArticle(
            headline=self.headline,
            body=body,
            date=self.date,
            dek=self.dek,
            kicker=self.kicker,
            byline=tuple(dict.fromkeys(self.byline)),
            dateline=self.dateline,
            source=self.source,
            source_url=self.source_url,
            lang=self.lang,
            other_headlines=tuple(self.other_headlines),
            recognised=tuple(self.recognised),
            stripped=tuple(self.stripped),
            doubts=tuple(self.doubts),
        )


# --- dates and language ---------------------------------------------------------------


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, from py3langid's bundled model."""
    import py3langid

    code, _score = py3langid.classify(text[:5000])
    return str(code)


def _detect_language(sample: str, draft: _Draft) -> None:
    if len(sample) < MIN_LANGUAGE_SAMPLE:
        draft.doubts.append("too little text to tell the language: 'lang' left out (set --lang)")
        return
    draft.lang = detect_language(sample)
    draft.recognised.append(f"language {draft.lang!r} (detected)")


def parse_date_line(line: str, lang: str | None = None) -> dt.date | None:
    """The date a short line states ("April 20, 2017", "20. April 2017", "2017-04-20", ...).

    Only a full date with day, month and year counts: a missing year is never guessed.
    """
    text = _DATE_LABEL.sub("", " ".join(line.split())).strip(" .,;:()[]")
    if not text or len(text) > MAX_DATE_LINE or not re.search(r"\d", text):
        return None
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?", text):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    languages = list(dict.fromkeys([(lang or "en").split("-")[0].lower(), "en"]))
    try:
        moment = dateparser.parse(text, languages=languages, settings=settings)
    except ValueError:
        moment = dateparser.parse(text, languages=["en"], settings=settings)
    if moment is None or not 1800 <= moment.year <= dt.date.today().year + 1:
        return None
    return moment.date()


def parse_iso_date(value: Any) -> dt.date | None:
    """A date from an ISO 8601 value as pages write it in metadata, or None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def normalise_lang(value: str | None) -> str | None:
    """A BCP 47 tag from what pages write ("en_GB", "de-DE", "EN"), or None when unusable."""
    if not value:
        return None
    tag = value.strip().replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", tag):
        return None
    parts = tag.split("-")
    parts[0] = parts[0].lower()
    return "-".join(parts[:1] + [p.upper() if len(p) == 2 else p for p in parts[1:]])


# --- plain text -------------------------------------------------------------------------


def escape_markdown(paragraph: str) -> str:
    """Keep a plain-text paragraph literal in Markdown (no accidental emphasis, lists, HTML)."""
    text = re.sub(r"([\\`*_\[\]])", r"\\\1", paragraph)
    text = text.replace("<", "&lt;")
    text = re.sub(r"^([#>]|[-+](?=\s))", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])(?=\s)", r"\1\\\2", text)


def _collapse(text: str) -> str:
    """Collapse runs of ASCII white space; a no-break space in the source is kept as it is."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" \t\n\r\f\v")


def _split_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs separated by blank lines; or one per line when the text has no blank lines."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if all(line.strip() for line in lines):
        return [_collapse(line) for line in lines]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(_collapse(" ".join(current)))
            current = []
    return paragraphs


def _byline_names(text: str) -> list[str]:
    names = [name.strip(" .,") for name in _NAME_SPLIT.split(text)]
    return [name for name in names if name and len(name) <= 60]


def _header_part(part: str, draft: _Draft) -> bool:
    """Record a header line's date, byline or reading time; False when it is none of these."""
    if draft.date is None and (date := parse_date_line(part, draft.lang)):
        draft.date = date
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")
        return True
    if match := _BYLINE.match(part):
        names = _byline_names(match["names"])
        if names and all(name[0].isupper() for name in names):
            draft.byline.extend(names)
            draft.recognised.append(f"byline from {part!r}")
            return True
    if _READING_TIME.match(part):
        draft.stripped.append(f"reading time {part!r}")
        return True
    return False


def _read_header(lines: list[str], draft: _Draft) -> int:
    """Take the headline and the date/byline lines under it; return where the body starts."""
    numbered = [(number, line.strip()) for number, line in enumerate(lines) if line.strip()]
    if not numbered:
        raise ContentError(None, "nothing to import: the text is empty")
    first, headline = numbered[0]
    draft.headline = " ".join(headline.split())
    draft.recognised.append("headline from the first line")
    body_start = first + 1
    candidates: list[str] = []
    for number, line in numbered[1:HEADER_LINES]:
        parts = _HEADER_SEPARATOR.split(line)
        trial = _Draft(lang=draft.lang, date=draft.date)
        if all(_header_part(part, trial) for part in parts):
            draft.date = trial.date
            draft.byline.extend(trial.byline)
            draft.recognised.extend(trial.recognised)
            draft.stripped.extend(trial.stripped)
            body_start = number + 1
            draft.other_headlines.extend(candidates)
            candidates = []
            continue
        if body_start > first + 1 or len(line) > 160 or len(candidates) >= 2:
            break
        candidates.append(" ".join(line.split()))
    _read_kicker(draft)
    if draft.other_headlines:
        draft.doubts.append(
            "several candidate headlines: used the first line "
            f"{draft.headline!r}; the others are noted in the front matter ("
            + ", ".join(repr(c) for c in draft.other_headlines)
            + ")"
        )
    return body_start


def _read_kicker(draft: _Draft) -> None:
    """A one- to three-word first line over a longer one is a section label, not the headline."""
    if not draft.other_headlines or draft.headline is None:
        return
    label, following = draft.headline, draft.other_headlines[0]
    if len(label.split()) <= 3 and label[-1:] not in ".!?:" and len(following) > len(label):
        draft.kicker = label
        draft.headline = following
        draft.other_headlines = draft.other_headlines[1:]
        draft.recognised[draft.recognised.index("headline from the first line")] = (
            f"kicker {label!r} and headline from the first two lines"
        )


def _read_wire_dateline(paragraphs: list[str], draft: _Draft) -> None:
    """Move a wire dateline ("WASHINGTON (Reuters) -") from the first paragraph to the fields."""
    if not paragraphs or not (match := _WIRE_DATELINE.match(paragraphs[0])):
        return
    place = match["place"].strip()
    if not re.search(r"[A-Z]{2}", place) or len(paragraphs[0]) <= match.end() + 20:
        return
    # "NEW YORK — " alone is a dateline; "UPDATE - " is not, so a bare place needs a long dash.
    dash = match[0].rstrip()[-1]
    bare_place = place.isupper() and len(place.replace(" ", "")) >= 4 and dash != "-"
    if not (match["agency"] or match["when"] or bare_place):
        return
    draft.dateline = place.title() if place.isupper() else place
    if match["region"]:
        draft.dateline += f", {match['region']}"
    paragraphs[0] = paragraphs[0][match.end() :]
    draft.recognised.append(f"dateline {draft.dateline!r} from {match[0].strip()!r}")
    if match["agency"] and draft.source is None:
        draft.source = match["agency"].strip()
        draft.recognised.append(f"source {draft.source!r} from the wire dateline")
    if match["when"] and draft.date is None:
        draft.wire_day = match["when"]


def _strip_clutter(paragraphs: list[str], draft: _Draft) -> tuple[list[str], list[str]]:
    """Drop paragraphs that match a clutter rule; a tail rule ends the article there.

    Returns the kept paragraphs and the dropped tail, which may still hold a copyright line.
    """
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if paragraph.startswith(("![", "|", "```")):
            kept.append(paragraph)
            continue
        plain = _plain(paragraph)
        rule = next((rule for rule in CLUTTER_RULES if rule.matches(plain)), None)
        if rule is None:
            kept.append(paragraph)
            continue
        shown = _excerpt(plain)
        if rule.tail:
            after = len(paragraphs) - index - 1
            more = f" and the {after} paragraph(s) after it" if after else ""
            draft.stripped.append(f"{rule.name} {shown}{more}")
            return kept, paragraphs[index + 1 :]
        draft.stripped.append(f"{rule.name} {shown}")
    return kept, []


def _plain(markdown: str) -> str:
    """A paragraph's words without Markdown link, emphasis and escape syntax, for matching."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"\\([\\`*_{}\[\]()#+.!|-])", r"\1", text).replace("**", "")


def _excerpt(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= length else text[: length - 3] + "...")


def _apply_attribution(
    rule: AttributionRule, match: re.Match[str], line: str, draft: _Draft
) -> None:
    name = " ".join(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", match["name"]).split()).strip(" .,")
    if rule.field == "byline":
        if name not in draft.byline:
            draft.byline.append(name)
        draft.recognised.append(f"byline {name!r} from the signature {_excerpt(line)}")
        return
    year = match.groupdict().get("year")
    if year:
        draft.copyright_year = int(year)
    if draft.source is None or rule.name == "source line":
        draft.source = name
        draft.recognised.append(f"source {name!r} from {_excerpt(line)}")


def _read_attribution(paragraphs: list[str], draft: _Draft) -> list[str]:
    """Take the closing credit lines ("(Source: X)", "© 2017 X", "—Name") off the end."""
    kept = list(paragraphs)
    found: list[tuple[AttributionRule, re.Match[str], str]] = []
    while kept and len(found) < 3:
        line = " ".join(kept[-1].split())
        hit = next(
            ((rule, m) for rule in ATTRIBUTION_RULES if (m := rule.pattern.fullmatch(line))),
            None,
        )
        if hit is None:
            break
        found.append((*hit, line))
        kept.pop()
    order = {"source line": 0, "originally published": 1, "copyright line": 2, "signature": 3}
    for rule, match, line in sorted(found, key=lambda item: order.get(item[0].name, 9)):
        _apply_attribution(rule, match, line, draft)
    return kept


def _credit_from_tail(tail: list[str], draft: _Draft) -> None:
    """A copyright or source line in a dropped footer still names the source."""
    for paragraph in tail:
        line = " ".join(paragraph.split())
        for rule in ATTRIBUTION_RULES:
            if rule.field == "source" and (match := rule.pattern.fullmatch(line)):
                _apply_attribution(rule, match, line, draft)
                return


def _date_from_paragraphs(paragraphs: list[str], draft: _Draft) -> list[str]:
    """When the header had no date, look for a date-only paragraph near either end."""
    if draft.date is not None:
        return paragraphs
    edges = [*range(min(3, len(paragraphs))), *range(max(0, len(paragraphs) - 3), len(paragraphs))]
    for index in dict.fromkeys(edges):
        if (date := parse_date_line(paragraphs[index], draft.lang)) is not None:
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {_excerpt(paragraphs[index])}")
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def _date_from_wire_day(draft: _Draft) -> None:
    """A wire dateline's "April 20" plus the year of the copyright line, when both are there."""
    day, year = draft.wire_day, draft.copyright_year
    if draft.date is not None or day is None:
        return
    if year is None:
        draft.doubts.append(f"the wire dateline {day!r} has no year, and no other date was found")
    elif date := parse_date_line(f"{day} {year}", "en"):
        draft.date = date
        draft.recognised.append(
            f"date {date.isoformat()} from the wire dateline {day!r} and the copyright year {year}"
        )


def _skip_leading_clutter(lines: list[str], draft: _Draft) -> list[str]:
    """Drop a cookie notice or share bar copied above the headline."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        rule = next((r for r in CLUTTER_RULES if not r.tail and r.matches(line)), None)
        if rule is None:
            return lines[index:]
        draft.stripped.append(f"{rule.name} {_excerpt(line)}")
    return []


def parse_text(text: str, lang: str | None = None) -> ImportedArticle:
    """Recognise headline, date, byline, dateline and source in copied text; drop clutter."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.replace("\t", " ").rstrip() for line in text.split("\n")]
    draft = _Draft(lang=normalise_lang(lang))
    if draft.lang is None:
        _detect_language(" ".join(line for line in lines if len(line) > 40) or text, draft)
    lines = _skip_leading_clutter(lines, draft)
    body_start = _read_header(lines, draft)
    paragraphs, tail = _strip_clutter(_split_paragraphs(lines[body_start:]), draft)
    paragraphs = _read_attribution(paragraphs, draft)
    _credit_from_tail(tail, draft)
    _read_wire_dateline(paragraphs, draft)
    paragraphs = _date_from_paragraphs(paragraphs, draft)
    _date_from_wire_day(draft)
    _doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(escape_markdown(p) for p in paragraphs) + "\n")


def _doubt_missing(draft: _Draft, paragraphs: list[str]) -> None:
    if not paragraphs:
        raise ContentError(None, "nothing to import: no body text under the headline")
    if draft.date is None:
        draft.doubts.append(
            "no date found: 'date' is left for you to fill in (tearsheet check reports it)"
        )
    if draft.headline is None:
        draft.doubts.append("no headline found: 'headline' is left for you to fill in")


# --- HTML -------------------------------------------------------------------------------


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
    """What the page says about itself in JSON-LD, Open Graph, <link> and <html lang>."""
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
        ):
            if value and key not in meta:
                meta[key] = value
    for prop, key in (("og:url", "source_url"), ("og:locale", "lang"), ("og:site_name", "source")):
        values = tree.xpath(f'//meta[@property="{prop}"]/@content')
        if values and key not in meta:
            meta[key] = normalise_lang(values[0]) if key == "lang" else values[0].strip()
    if "source_url" not in meta and (canonical := tree.xpath('//link[@rel="canonical"]/@href')):
        meta["source_url"] = canonical[0].strip()
    if langs := tree.xpath("/html/@lang"):
        meta["lang"] = normalise_lang(langs[0]) or meta.get("lang")
    return meta


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
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]
    wanted = " ".join((headline or "").split()).casefold()
    # The headline repeated in the text; short lines above it are the masthead (a kicker).
    for index, paragraph in enumerate(paragraphs[:3]):
        text = " ".join(re.sub(r"^#+\s*", "", paragraph).split()).casefold()
        if wanted and text == wanted:
            if all(len(p) <= 60 for p in paragraphs[:index]):
                paragraphs = paragraphs[index + 1 :]
            break
    if any(re.match(r"#\s", p) for p in paragraphs):
        paragraphs = [f"#{p}" if re.match(r"#+\s", p) else p for p in paragraphs]
    return paragraphs


def _resolve_images(paragraphs: list[str], base: str | None) -> list[str]:
    if not base:
        return paragraphs

    def resolve(match: re.Match[str]) -> str:
        return f"![{match['alt']}]({urljoin(base, match['src'])})"

    return [_IMAGE.sub(resolve, paragraph) for paragraph in paragraphs]


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

    draft = _Draft()
    draft.headline = meta.get("headline") or found.title
    if draft.headline:
        origin = "JSON-LD" if "headline" in meta else "metadata"
        draft.recognised.append(f"headline from the page's {origin}")
    draft.date = meta.get("date") or parse_iso_date(found.date)
    if draft.date:
        draft.recognised.append(f"date {draft.date.isoformat()} from the page's metadata")
    draft.byline = list(meta.get("byline") or (_byline_names(found.author) if found.author else []))
    if draft.byline:
        draft.recognised.append("byline from the page's metadata")
    draft.source = meta.get("source") or found.sitename
    if draft.source:
        draft.recognised.append(f"source {draft.source!r} from the page's metadata")
    source_url = meta.get("source_url") or found.url or url
    if source_url and urlsplit(source_url).scheme in ("http", "https"):
        draft.source_url = urljoin(url or source_url, source_url)
    draft.dek = meta.get("dek") or found.description
    draft.lang = normalise_lang(lang) or meta.get("lang")
    paragraphs = _clean_extracted(markdown, draft.headline)
    if draft.lang is None:
        _detect_language(" ".join(paragraphs), draft)
    paragraphs, tail = _strip_clutter(paragraphs, draft)
    paragraphs = _read_attribution(paragraphs, draft)
    _credit_from_tail(tail, draft)
    if paragraphs and (match := _BYLINE.match(paragraphs[0])) and len(paragraphs[0]) < 100:
        draft.byline = draft.byline or _byline_names(match["names"])
        draft.stripped.append(f"byline line {_excerpt(paragraphs[0])}")
        paragraphs = paragraphs[1:]
    paragraphs = _date_from_paragraphs(paragraphs, draft)
    if draft.dek and paragraphs and _same_text(draft.dek, paragraphs[0]):
        draft.dek = None
    paragraphs = _resolve_images(paragraphs, url)
    _doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(paragraphs) + "\n")


def _same_text(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return re.sub(r"\W+", " ", text).strip().casefold()

    return norm(a) == norm(b) or norm(b).startswith(norm(a))


# --- Markdown out -----------------------------------------------------------------------


def format_markdown(article: ImportedArticle) -> str:
    """The content file: YAML front matter (PyYAML, so any text is quoted right), then body."""
    front: dict[str, Any] = {}
    if article.headline:
        front["headline"] = article.headline
    if article.kicker:
        front["kicker"] = article.kicker
    if article.dek:
        front["dek"] = article.dek
    if article.date:
        front["date"] = article.date
    if article.dateline:
        front["dateline"] = article.dateline
    if article.byline:
        front["byline"] = article.byline[0] if len(article.byline) == 1 else list(article.byline)
    for key in ("source", "source_url", "lang"):
        if value := getattr(article, key):
            front[key] = value
    text = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
    notes = []
    if not article.headline:
        notes.append("# headline: (not found in the source: fill it in)")
    if not article.date:
        notes.append("# date: YYYY-MM-DD (not found in the source: fill it in)")
    for other in article.other_headlines:
        notes.append("# other candidate headline: " + " ".join(other.split()))
    lines = "\n".join(notes) + "\n" if notes else ""
    return f"---\n{text}{lines}---\n\n{article.body}"


def name_file(article: ImportedArticle) -> str:
    """``YYYY-MM-DD-slug`` from the date and headline; just ``slug`` when the date is unknown."""
    headline = _ABBREVIATION_DOTS.sub("", article.headline or "untitled")
    slug = slugify(headline)
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    slug = slug or "article"
    return f"{article.date.isoformat()}-{slug}" if article.date else slug


# --- reading sources and writing content files ------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """A source's bytes, what kind of document they are and where they came from."""

    shown: str
    data: bytes
    kind: str  # "text" or "html"
    url: str | None = None
    folder: Path | None = None


def is_url(source: str) -> bool:
    """Whether a source argument is an address (any scheme: non-web ones are refused later)."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source))


def _sniff_kind(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    markers = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<?xml")
    return "html" if head.startswith(markers) else "text"


def load_source(source: str, stdin: BinaryIO | None = None) -> Loaded:
    """Read a source argument: ``-`` (standard input), an http(s) address, or a file."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            raise ContentError("<stdin>", f"over the limit of {MAX_PAGE_BYTES:,} bytes")
        return Loaded("<stdin>", data, _sniff_kind(data))
    if is_url(source):
        try:
            download = fetch_url(source)
        except FetchError as error:
            raise ContentError(source, f"cannot import: {error}") from None
        media = download.content_type.split(";")[0].strip().lower()
        if media == "text/plain":
            kind = "text"
        elif media in ("text/html", "application/xhtml+xml", ""):
            kind = "html"
        else:
            raise ContentError(source, f"cannot import: not a web page or text ({media})")
        return Loaded(source, download.data, kind, url=download.url)
    path = Path(source)
    shown = str(display_path(path))
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise ContentError(shown, f"file is {size:,} bytes; the limit is {MAX_PAGE_BYTES:,}")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(shown, "no such file") from None
    except IsADirectoryError:
        raise ContentError(shown, "is a folder; name the files to import") from None
    except OSError as error:
        raise ContentError(shown, f"cannot read: {error.strerror}") from None
    kind = "html" if path.suffix.lower() in HTML_SUFFIXES else _sniff_kind(data)
    return Loaded(shown, data, kind, folder=path.resolve().parent)


def decode_text(data: bytes, shown: str) -> tuple[str, list[Notice]]:
    """UTF-8 text, or failing that the encoding charset-normalizer finds (with a warning)."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ContentError(shown, "not text: cannot tell the character encoding") from None
        notice = Notice(shown, f"not UTF-8: read as {best.encoding}")
        return str(best), [notice]


def parse_loaded(loaded: Loaded, lang: str | None = None) -> tuple[ImportedArticle, list[Notice]]:
    """Parse a loaded source; errors name the source."""
    notices: list[Notice] = []
    try:
        if loaded.kind == "html":
            article = parse_html(loaded.data, loaded.url, lang)
        else:
            text, notices = decode_text(loaded.data, loaded.shown)
            article = parse_text(text, lang)
            if loaded.url:
                article = replace(article, source_url=loaded.url)
    except ContentError as error:
        raise ContentError(loaded.shown, error.message, error.line) from None
    notices.extend(Notice(loaded.shown, doubt) for doubt in article.doubts)
    return article, notices


@dataclass
class ImportOutcome:
    """One imported source: the article, its Markdown, where it went, and warnings."""

    source: str
    article: ImportedArticle
    markdown: str
    path: Path | None
    notices: list[Notice]
    images: list[Path] = field(default_factory=list)


def import_source(
    source: str,
    into: Path,
    *,
    force: bool = False,
    dry_run: bool = False,
    with_images: bool = False,
    lang: str | None = None,
    stdin: BinaryIO | None = None,
) -> ImportOutcome:
    """Read, recognise and (unless ``dry_run``) write one source as a content file.

    With ``with_images`` an article that has images goes in its own folder
    (``into/<name>/index.md``) with its images beside it; an existing file is replaced only
    with ``force``.
    """
    loaded = load_source(source, stdin)
    article, notices = parse_loaded(loaded, lang)
    name = name_file(article)
    bundle = with_images and bool(article.images)
    path = into / name / "index.md" if bundle else into / f"{name}.md"
    download = bundle and not dry_run
    if article.images and not download:
        article, image_notices = link_images(article, loaded)
        notices.extend(image_notices)
    if dry_run:
        return ImportOutcome(loaded.shown, article, format_markdown(article), None, notices)
    if path.exists() and not force:
        raise ContentError(display_path(path), "already exists (use --force to replace it)")
    images: list[Path] = []
    if download:
        path.parent.mkdir(parents=True, exist_ok=True)
        article, images, image_notices = download_images(article, loaded, path.parent)
        notices.extend(image_notices)
    markdown = format_markdown(article)
    write_text(path, markdown, force=force)
    return ImportOutcome(loaded.shown, article, markdown, path, notices, images)


def write_text(path: Path, text: str, *, force: bool) -> None:
    """Write a new file; replace an existing one only with ``force`` (atomically)."""
    try:
        write_atomic(path, text.encode("utf-8"), replace=force)
    except FileExistsError:
        raise ContentError(
            display_path(path), "already exists (use --force to replace it)"
        ) from None


def _image_bytes(src: str, loaded: Loaded) -> tuple[bytes, str]:
    """An image's bytes and file suffix, from the web or from beside a saved page."""
    parts = urlsplit(src)
    if parts.scheme in ("http", "https"):
        download = fetch_url(src, max_bytes=MAX_IMAGE_BYTES)
        media = download.content_type.split(";")[0].strip().lower()
        if media not in IMAGE_SUFFIXES:
            raise FetchError(f"not a JPEG, PNG, GIF or WebP image ({media or 'no type'})")
        return download.data, IMAGE_SUFFIXES[media]
    if parts.scheme or loaded.folder is None:
        raise FetchError("not an http(s) address")
    path = (loaded.folder / unquote(parts.path)).resolve()
    suffix = path.suffix.lower().replace(".jpeg", ".jpg")
    if not path.is_relative_to(loaded.folder) or suffix not in IMAGE_SUFFIXES.values():
        raise FetchError("not an image beside the saved page")
    if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
        raise FetchError("missing or too large")
    return path.read_bytes(), suffix


def link_images(article: ImportedArticle, loaded: Loaded) -> tuple[ImportedArticle, list[Notice]]:
    """Point a saved page's relative image addresses at the web page they came from."""
    notices: list[Notice] = []

    def relink(match: re.Match[str]) -> str:
        src = match["src"]
        if urlsplit(src).scheme:
            return match[0]
        if article.source_url:
            return f"![{match['alt']}]({urljoin(article.source_url, src)})"
        notices.append(
            Notice(
                loaded.shown,
                f"image {src} is beside the saved page: use --with-images "
                "to copy it into the article's folder",
            )
        )
        return match[0]

    return replace(article, body=_IMAGE.sub(relink, article.body)), notices


def download_images(
    article: ImportedArticle, loaded: Loaded, folder: Path
) -> tuple[ImportedArticle, list[Path], list[Notice]]:
    """Save the article's images into its folder and point the body at the saved copies."""
    saved: dict[str, str] = {}
    written: list[Path] = []
    notices: list[Notice] = []
    for number, (_alt, src) in enumerate(dict.fromkeys(article.images), start=1):
        if src in saved:
            continue
        try:
            data, suffix = _image_bytes(src, loaded)
        except FetchError as error:
            notices.append(Notice(loaded.shown, f"image {src} not saved: {error}"))
            continue
        target = folder / f"image-{number:02d}{suffix}"
        write_atomic(target, data)
        written.append(target)
        saved[src] = target.name

    def relink(match: re.Match[str]) -> str:
        return f"![{match['alt']}]({saved.get(match['src'], match['src'])})"

    return replace(article, body=_IMAGE.sub(relink, article.body)), written, notices


def import_sources(
    sources: Iterable[str], into: Path, **options: Any
) -> Iterable[ImportOutcome | ContentError]:
    """Import each source in turn, yielding its outcome or its error (the rest go on)."""
    for source in sources:
        try:
            yield import_source(source, into, **options)
        except ContentError as error:
            yield error
