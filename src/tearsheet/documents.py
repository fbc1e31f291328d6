"""Other documents import reads: RSS/Atom feeds, Word and OpenDocument files, and Markdown
written for another site generator (Hugo, Jekyll, Eleventy...)."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import subprocess
import tempfile
import tomllib
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from tearsheet.errors import ContentError, Notice
from tearsheet.frontmatter import is_web_url
from tearsheet.importdates import parse_iso_date
from tearsheet.plaintext import parse_text
from tearsheet.recognise import ImportedArticle, byline_names, normalise_lang
from tearsheet.webpage import parse_html

MAX_FEED_LIMIT = 10_000
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
# pandoc converts an .odt file; a document that takes longer is not an article.
PANDOC_SECONDS = 60
# A Word file's parts may not inflate to more than this in all (a zip bomb is refused).
MAX_INFLATED_BYTES = 100 * 1024 * 1024

# Other generators' front matter keys → tearsheet's. Keys not named here are reported.
FRONT_MATTER_KEYS = {
    "title": "headline",
    "headline": "headline",
    "subtitle": "dek",
    "description": "dek",
    "summary": "dek",
    "excerpt": "dek",
    "dek": "dek",
    "date": "date",
    "publishDate": "date",
    "published": "date",
    "pubDate": "date",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "lang": "lang",
    "language": "lang",
    "locale": "lang",
    "canonical_url": "source_url",
    "canonicalURL": "source_url",
    "canonical": "source_url",
    "original_url": "source_url",
    "source_url": "source_url",
    "source": "source",
    "dateline": "dateline",
    "kicker": "kicker",
}
# Keys every generator uses for its own site, dropped without a word.
SITE_KEYS = frozenset(
    """layout permalink slug url aliases categories category tags keywords draft weight
    series toc type menu comments sitemap lastmod updated modified images image cover
    featured_image thumbnail hero share""".split()
)
_PARENTHESES = re.compile(r"\(([^()]{1,100})\)")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*+\n")


def feed_limit(value: str) -> int:
    """``--limit N``: a whole number of feed entries, 1 to 10,000 (a usage error otherwise)."""
    import argparse

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if not 1 <= number <= MAX_FEED_LIMIT:
        raise argparse.ArgumentTypeError(f"expected 1 to {MAX_FEED_LIMIT:,}, got {number}")
    return number


def is_feed(data: bytes) -> bool:
    """An RSS or Atom document: XML whose root is <rss>, <feed> or <rdf:RDF>."""
    head = data[:1024].lstrip().lower()
    if not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return False
    return any(marker in data[:4096].lower() for marker in (b"<rss", b"<feed", b"<rdf:rdf"))


def is_foreign_markdown(suffix: str, data: bytes) -> bool:
    """A Markdown file with front matter (YAML between --- or TOML between +++)."""
    return suffix in MARKDOWN_SUFFIXES and bool(_FRONT_MATTER.match(data[:8].decode("latin-1")))


# --- feeds ------------------------------------------------------------------------------


def _feed_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        moment = entry.get(key)
        if moment:
            return dt.date(moment.tm_year, moment.tm_mon, moment.tm_mday)
    return None


def parse_feed(
    data: bytes, url: str | None, lang: str | None, limit: int | None
) -> list[ImportedArticle]:
    """One article per feed entry, newest first as the feed lists them, at most ``limit``."""
    import feedparser

    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise ContentError(None, f"a feed with no entries{reason}")
    source = " ".join(str(feed.feed.get("title", "")).split()) or None
    feed_lang = normalise_lang(lang) or normalise_lang(feed.feed.get("language"))
    articles = []
    for entry in feed.entries[:limit]:
        title = " ".join(str(entry.get("title", "")).split())
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        page = (
            f"<html><head><title>{html.escape(title)}</title></head><body><article>"
            f"<h1>{html.escape(title)}</h1>{body}</article></body></html>"
        )
        # An entry's link is the feed's to say: only a well-formed web address is kept (a
        # "javascript:" one would be refused by the build, a broken one break the import).
        link = entry.get("link") if isinstance(entry.get("link"), str) else None
        link = link if link and is_web_url(link) else None
        try:
            article = parse_html(page, link or url, feed_lang)
        except ContentError:
            article = parse_text(f"{title}\n\n{_html_text(body)}", feed_lang)
        names = _entry_authors(entry) or list(article.byline)
        date = _feed_date(entry) or article.date
        article = replace(
            article,
            headline=title or article.headline,
            date=date,
            byline=tuple(names),
            source=source or article.source,
            source_url=link or article.source_url,
            recognised=(*article.recognised, "headline, date, byline and source from the feed"),
            doubts=tuple(
                d for d in article.doubts if not (date and d.code == "import-date-missing")
            ),
        )
        articles.append(article)
    return articles


def _entry_authors(entry: Any) -> list[str]:
    """RSS writes "ann@example.org (Ann Lee)" (feedparser's author_detail splits it wrong)."""
    detail = entry.get("author_detail") or {}
    name = entry.get("author") or detail.get("name") or ""
    name = str(name)
    if "@" in name and (inside := _PARENTHESES.search(name)):
        name = inside[1]
    name = " ".join(word for word in name.split() if "@" not in word)
    return byline_names(name) if name else []


def _html_text(fragment: str) -> str:
    """The blocks of an HTML fragment as plain text, one paragraph per block."""
    from lxml import html as lxml_html

    if not fragment.strip():
        return ""
    tree = lxml_html.fromstring(f"<div>{fragment}</div>")
    blocks = tree.xpath("//p|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote|//pre")
    texts = [" ".join(block.text_content().split()) for block in blocks] or [tree.text_content()]
    return "\n\n".join(text for text in texts if text)


# --- Word and OpenDocument --------------------------------------------------------------


def _check_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ContentError(None, "not a Word or OpenDocument file (not a zip archive)") from None
    if sum(info.file_size for info in archive.infolist()) > MAX_INFLATED_BYTES:
        raise ContentError(None, f"the document inflates to over {MAX_INFLATED_BYTES:,} bytes")
    return archive


def parse_docx(data: bytes, lang: str | None) -> ImportedArticle:
    """A Word file through mammoth (its styles become headings and paragraphs), then the
    same recognition as copied text; the file's own title and author fill what is missing."""
    import mammoth

    archive = _check_zip(data)
    try:
        result = mammoth.convert_to_html(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ContentError(None, f"not a readable Word file ({type(error).__name__})") from None
    article = parse_text(_html_text(result.value), lang)
    return _with_core_properties(article, archive)


def _with_core_properties(article: ImportedArticle, archive: zipfile.ZipFile) -> ImportedArticle:
    """docProps/core.xml's creator and created date, where the text gave none."""
    from lxml import etree

    try:
        core = etree.fromstring(
            archive.read("docProps/core.xml"), etree.XMLParser(resolve_entities=False)
        )
    except (KeyError, etree.XMLSyntaxError):
        return article
    spaces = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
    }
    creator = core.xpath("string(dc:creator)", namespaces=spaces).strip()
    created = parse_iso_date(core.xpath("string(dcterms:created)", namespaces=spaces))
    changes: dict[str, Any] = {}
    if creator and not article.byline:
        changes["byline"] = tuple(byline_names(creator))
    if created and article.date is None:
        changes["date"] = created
        changes["doubts"] = tuple(d for d in article.doubts if d.code != "import-date-missing")
    return replace(article, **changes) if changes else article


def parse_odt(data: bytes, lang: str | None) -> ImportedArticle:
    """An OpenDocument text through pandoc (plain text out), then the copied-text recognition."""
    _check_zip(data)
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise ContentError(None, "reading .odt needs pandoc (scripts/system-deps installs it)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.odt"
        path.write_bytes(data)
        try:
            done = subprocess.run(
                [pandoc, "--from=odt", "--to=plain", "--wrap=none", str(path)],
                capture_output=True,
                timeout=PANDOC_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ContentError(None, f"pandoc took longer than {PANDOC_SECONDS} s") from None
    if done.returncode != 0:
        reason = " ".join(done.stderr.decode("utf-8", "replace").split())[:200]
        raise ContentError(None, f"pandoc could not read it: {reason}")
    return parse_text(done.stdout.decode("utf-8", "replace"), lang)


# --- another site generator's Markdown --------------------------------------------------


def parse_foreign_markdown(text: str, lang: str | None) -> tuple[ImportedArticle, list[Notice]]:
    """A Markdown file from Hugo, Jekyll, Eleventy...: its front matter keys converted to
    tearsheet's (title → headline, author → byline, description → dek...), the body kept."""
    fence = text[:3]
    end = text.find(f"\n{fence}", 3)
    if end < 0:
        raise ContentError(None, f"front matter opened with {fence} is never closed")
    raw, body = text[3:end], text[end + 4 :].lstrip("\n")
    try:
        if fence == "+++":
            front = tomllib.loads(raw)
        else:
            # Hugo accepts a value followed by a tab; YAML does not.
            front = yaml.safe_load(re.sub(r"[ \t]++$", "", raw, flags=re.MULTILINE))
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as error:
        raise ContentError(None, f"front matter: {' '.join(str(error).split())[:200]}") from None
    if not isinstance(front, dict):
        raise ContentError(None, "front matter is not a set of keys and values")
    fields: dict[str, Any] = {}
    dropped = []
    for key, value in front.items():
        target = FRONT_MATTER_KEYS.get(str(key))
        if target is None:
            if str(key) not in SITE_KEYS:
                dropped.append(str(key))
            continue
        fields.setdefault(target, value)
    notices = []
    if dropped:
        notices.append(
            Notice(None, "front matter keys left out: " + ", ".join(dropped), code="import-keys")
        )
    if not body.strip():
        raise ContentError(None, "nothing to import: no body text under the front matter")
    date = fields.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    elif not isinstance(date, dt.date):
        date = parse_iso_date(str(date)) if date else None
    byline = fields.get("byline") or []
    names = byline if isinstance(byline, list) else byline_names(str(byline))
    article = ImportedArticle(
        headline=_string(fields.get("headline")),
        body=body if body.endswith("\n") else body + "\n",
        date=date,
        dek=_string(fields.get("dek")),
        kicker=_string(fields.get("kicker")),
        byline=tuple(str(name) for name in names if str(name).strip()),
        dateline=_string(fields.get("dateline")),
        source=_string(fields.get("source")),
        source_url=_string(fields.get("source_url")),
        lang=normalise_lang(lang) or normalise_lang(_string(fields.get("lang"))),
        recognised=("fields from the front matter (" + ", ".join(sorted(fields)) + ")",),
    )
    return article, notices


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None
