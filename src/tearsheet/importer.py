"""Saved text, saved web pages and web addresses → Markdown articles with front matter."""

from __future__ import annotations

import errno
import io
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urljoin, urlsplit

import yaml

from tearsheet import documents
from tearsheet.errors import ContentError, Notice
from tearsheet.fetch import MAX_PAGE_BYTES, FetchError, fetch_url
from tearsheet.files import FileReadError, read_bounded, write_atomic
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.importdates import parse_date_line
from tearsheet.plaintext import parse_text
from tearsheet.recognise import IMAGE, ImportedArticle
from tearsheet.source import display_path, slugify
from tearsheet.webpage import parse_html

MAX_IMAGE_BYTES = 10 * 1024 * 1024
# --with-images saves at most this many images, and this many bytes in all, per article.
MAX_IMAGES = 60
MAX_TOTAL_IMAGE_BYTES = 50 * 1024 * 1024
# The page's images come from addresses the page names, not the user: loopback, private and
# link-local ones are refused, as for build (tearsheet.toml's allow_private_networks).
ALLOW_PRIVATE_NETWORKS = False
SLUG_LENGTH = 60

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml"})
IMAGE_SUFFIXES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*+://")
_ABBREVIATION_DOTS = re.compile(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w\.\w)\.")


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
    kind: str  # "text", "html", "feed", "docx", "odt" or "markdown"
    url: str | None = None
    folder: Path | None = None


def is_url(source: str) -> bool:
    """Whether a source argument is an address (any scheme: non-web ones are refused later)."""
    return bool(_SCHEME.match(source))


def _sniff_kind(data: bytes) -> str:
    if documents.is_feed(data):
        return "feed"
    head = data[:2048].lstrip().lower()
    markers = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<?xml")
    return "html" if head.startswith(markers) else "text"


def load_source(source: str, stdin: BinaryIO | None = None) -> Loaded:
    """Read a source argument: ``-`` (standard input), an http(s) address, or a file (text,
    a saved page, a feed, a Word or OpenDocument file, another generator's Markdown)."""
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
        if media in documents.FEED_TYPES or documents.is_feed(download.data):
            kind = "feed"
        elif media == "text/plain":
            kind = "text"
        elif media in ("text/html", "application/xhtml+xml", ""):
            kind = "html"
        elif media in (documents.DOCX, documents.ODT):
            kind = "docx" if media == documents.DOCX else "odt"
        else:
            raise ContentError(source, f"cannot import: not a web page or text ({media})")
        return Loaded(source, download.data, kind, url=download.url)
    path = Path(source)
    shown = str(display_path(path))
    if path.is_dir():
        raise ContentError(shown, "is a folder; name the files to import")
    try:
        data = read_bounded(path, MAX_PAGE_BYTES)
    except FileReadError as error:
        message = "no such file" if error.errno == errno.ENOENT else error.strerror
        raise ContentError(shown, message) from None
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in (".docx", ".odt"):
        kind = suffix[1:]
    elif documents.is_foreign_markdown(suffix, data):
        kind = "markdown"
    else:
        kind = _sniff_kind(data)
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
        notice = Notice(shown, f"not UTF-8: read as {best.encoding}", code="import-encoding")
        return str(best), [notice]


def parse_loaded(
    loaded: Loaded, lang: str | None = None, limit: int | None = None
) -> list[tuple[ImportedArticle, list[Notice]]]:
    """Parse a loaded source into its articles (a feed has several), each with its
    warnings; errors name the source."""
    notices: list[Notice] = []
    try:
        if loaded.kind == "html":
            articles = [parse_html(loaded.data, loaded.url, lang)]
        elif loaded.kind == "feed":
            articles = documents.parse_feed(loaded.data, loaded.url, lang, limit)
        elif loaded.kind == "docx":
            articles = [documents.parse_docx(loaded.data, lang)]
        elif loaded.kind == "odt":
            articles = [documents.parse_odt(loaded.data, lang)]
        else:
            text, notices = decode_text(loaded.data, loaded.shown)
            if loaded.kind == "markdown":
                article, found = documents.parse_foreign_markdown(text, lang)
                notices.extend(replace(notice, path=loaded.shown) for notice in found)
            else:
                article = parse_text(text, lang)
            if loaded.url and not article.source_url:
                article = replace(article, source_url=loaded.url)
            articles = [article]
    except ContentError as error:
        raise ContentError(loaded.shown, error.message, error.line) from None
    return [
        (article, [*notices, *(replace(doubt, path=loaded.shown) for doubt in article.doubts)])
        for article in articles
    ]


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
    limit: int | None = None,
) -> list[ImportOutcome | ContentError]:
    """Read, recognise and (unless ``dry_run``) write one source as content files: one, or
    one per entry of a feed (at most ``limit``), each with its outcome or its error.

    With ``with_images`` an article that has images goes in its own folder
    (``into/<name>/index.md``) with its images beside it; an existing file is replaced only
    with ``force``.
    """
    loaded = load_source(source, stdin)
    results: list[ImportOutcome | ContentError] = []
    for article, notices in parse_loaded(loaded, lang, limit):
        try:
            results.append(
                _import_article(article, notices, loaded, into, force, dry_run, with_images)
            )
        except ContentError as error:
            results.append(error)
    return results


def _import_article(
    article: ImportedArticle,
    notices: list[Notice],
    loaded: Loaded,
    into: Path,
    force: bool,
    dry_run: bool,
    with_images: bool,
) -> ImportOutcome:
    name = name_file(article)
    bundle = with_images and bool(article.images)
    path = into / name / "index.md" if bundle else into / f"{name}.md"
    download = bundle and not dry_run
    if article.images and not download:
        article, image_notices = link_images(article, loaded)
        notices.extend(image_notices)
    if dry_run:
        return ImportOutcome(loaded.shown, article, format_markdown(article), None, notices)
    _check_folder(into)
    if path.exists() and not force:
        raise ContentError(display_path(path), "already exists (use --force to replace it)")
    images: list[Path] = []
    try:
        if download:
            path.parent.mkdir(parents=True, exist_ok=True)
            article, images, image_notices = download_images(article, loaded, path.parent)
            notices.extend(image_notices)
        markdown = format_markdown(article)
        write_text(path, markdown, force=force)
    except OSError as error:
        raise ContentError(display_path(path), _cannot_write(error)) from None
    return ImportOutcome(loaded.shown, article, markdown, path, notices, images)


def _check_folder(into: Path) -> None:
    """The --into folder must be a folder (it is created when missing)."""
    if into.exists() and not into.is_dir():
        raise ContentError(display_path(into), "cannot import into it: not a folder")


def _cannot_write(error: OSError) -> str:
    return f"cannot write: {error.strerror or type(error).__name__}"


def write_text(path: Path, text: str, *, force: bool) -> None:
    """Write a new file; replace an existing one only with ``force`` (atomically)."""
    try:
        write_atomic(path, text.encode("utf-8"), replace=force)
    except FileExistsError as error:
        if not path.exists():  # a file where a folder on the way should be
            raise ContentError(display_path(path), _cannot_write(error)) from None
        raise ContentError(
            display_path(path), "already exists (use --force to replace it)"
        ) from None


def _image_bytes(src: str, loaded: Loaded, allowance: int) -> tuple[bytes, str]:
    """An image's bytes and file suffix, from the web or from beside a saved page.

    ``allowance`` is what is left of the article's total image budget.
    """
    if allowance <= 0:
        raise FetchError(f"the article's images are over {MAX_TOTAL_IMAGE_BYTES:,} bytes in all")
    cap = min(MAX_IMAGE_BYTES, allowance)
    parts = urlsplit(src)
    if parts.scheme in ("http", "https"):
        download = fetch_url(src, max_bytes=cap, allow_private_networks=ALLOW_PRIVATE_NETWORKS)
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
    try:
        return read_bounded(path, cap), suffix
    except FileReadError as error:
        raise FetchError(error.strerror) from None


def link_images(article: ImportedArticle, loaded: Loaded) -> tuple[ImportedArticle, list[Notice]]:
    """Point a saved page's relative image addresses at the web page they came from."""
    notices: list[Notice] = []

    def relink(match: re.Match[str]) -> str:
        src = match["src"]
        if urlsplit(src).scheme:
            return match[0]
        if article.source_url:
            return f"![{match['alt']}]({urljoin(article.source_url, src)}{match['title'] or ''})"
        notices.append(
            Notice(
                loaded.shown,
                f"image {src} is beside the saved page: use --with-images "
                "to copy it into the article's folder",
                code="image-beside-page",
            )
        )
        return match[0]

    return replace(article, body=IMAGE.sub(relink, article.body)), notices


def download_images(
    article: ImportedArticle, loaded: Loaded, folder: Path
) -> tuple[ImportedArticle, list[Path], list[Notice]]:
    """Save the article's images into its folder and point the body at the saved copies."""
    saved: dict[str, str] = {}
    written: list[Path] = []
    notices: list[Notice] = []
    total = 0
    addresses = list(dict.fromkeys(src for _alt, src in article.images))
    if len(addresses) > MAX_IMAGES:
        notices.append(
            Notice(
                loaded.shown,
                f"{len(addresses)} images: only the first {MAX_IMAGES} are saved, "
                "the others keep their addresses",
                code="image-refused",
            )
        )
    for number, src in enumerate(addresses[:MAX_IMAGES], start=1):
        try:
            data, suffix = _image_bytes(src, loaded, MAX_TOTAL_IMAGE_BYTES - total)
        except FetchError as error:
            notices.append(
                Notice(loaded.shown, f"image {src} not saved: {error}", code="image-refused")
            )
            continue
        total += len(data)
        target = folder / f"image-{number:02d}{suffix}"
        write_atomic(target, data)
        written.append(target)
        saved[src] = target.name

    def relink(match: re.Match[str]) -> str:
        return f"![{match['alt']}]({saved.get(match['src'], match['src'])}{match['title'] or ''})"

    return replace(article, body=IMAGE.sub(relink, article.body)), written, notices


def _load_libraries() -> None:
    """Load the recognisers' libraries and data once, before the children are forked."""
    import py3langid
    import trafilatura  # noqa: F401

    py3langid.classify("warm up the language model")
    parse_date_line("20 April 2017", "en")


def import_sources(
    sources: Iterable[str],
    into: Path,
    *,
    limits: Limits | None = None,
    stdin: BinaryIO | None = None,
    **options: Any,
) -> Iterator[ImportOutcome | ContentError]:
    """Import each source in its own child process under ``limits``, yielding its outcome or
    its error (the rest go on): a hostile page or a stalled server costs at most the limit.

    Standard input is read here, in the parent, since a child process has none of its own.
    """
    sources = list(sources)
    _load_libraries()
    piped: BinaryIO | None = None
    if "-" in sources:
        stream = stdin if stdin is not None else sys.stdin.buffer
        piped = io.BytesIO(stream.read(MAX_PAGE_BYTES + 1))

    def run(source: str) -> list[ImportOutcome | ContentError]:
        try:
            return import_source(source, into, stdin=piped, **options)
        except ContentError as error:
            return [error]

    for source, result in zip(sources, run_limited(run, sources, limits or Limits()), strict=True):
        if isinstance(result, Failure):
            shown = "<stdin>" if source == "-" else source
            yield ContentError(shown, f"not imported: {result.message}")
        else:
            yield from result
