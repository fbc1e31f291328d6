"""Read and validate content files into Articles, with errors that name the file and field."""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slugify import slugify as python_slugify

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.files import FileReadError, read_bounded
from tearsheet.frontmatter import (
    KNOWN_KEYS,
    REFUSED_KEYS,
    Fields,
    FrontMatter,
    describe_kind,
    is_web_url,
    parse_date,
    shorten,
    split_front_matter,
)
from tearsheet.language import LanguageError, detect_language, parse_language
from tearsheet.markup import render_markdown, smarten
from tearsheet.resources import StaticPathError, locate_local
from tearsheet.sitegen import convert_site_markup, find_beside, line_of, site_absolute_images

MAX_SOURCE_BYTES = 5 * 1024 * 1024
# A slug names files (SLUG.kepub.epub the longest): well inside the 255 bytes a name may have.
MAX_SLUG_CHARS = 200

_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_LANG_SUFFIX = re.compile(r"\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)$", re.IGNORECASE)
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
COVER_SUFFIXES = (".jpg", ".jpeg", ".png")


def display_path(path: Path) -> Path:
    """The path as the user would write it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError, RuntimeError):  # outside the folder, or a symlink loop
        return path


def read_source(path: Path) -> str:
    """Read a content file as UTF-8 text, refusing oversized and undecodable files."""
    shown = display_path(path)
    try:
        data = read_bounded(path, MAX_SOURCE_BYTES)
    except FileReadError as error:
        hint = " (split it or trim what was pasted)" if "limit" in error.strerror else ""
        raise ContentError(shown, f"{error.strerror}{hint}") from None
    except OSError as error:  # a folder named like an article
        raise ContentError(shown, f"cannot read: {error.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(
            shown,
            f"not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            "(save the file as UTF-8)",
            line,
        ) from None


def slugify(text: str, fallback: str | None = None) -> str:
    """An ASCII, lower-case, hyphenated name that is safe as a file name and URL; never empty.

    Any script is transliterated (python-slugify with text-unidecode: "Straße" → "strasse",
    "Москва" → "moskva", "中国" → "zhong-guo"); text with nothing to transliterate (emoji,
    punctuation) gives a stable short hash of ``fallback`` (the headline) or of the text.
    """
    return _transliterate(text) or short_hash(fallback or text)


def short_hash(text: str) -> str:
    """Eight hex digits that name a text stably (a slug of last resort)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _transliterate(text: str) -> str:
    return python_slugify(
        unicodedata.normalize("NFC", text), replacements=_APOSTROPHES, lowercase=True
    )


_APOSTROPHES = [["'", ""], ["\u2019", ""], ["\u02bc", ""]]


def _name_parts(path: Path) -> tuple[str, str | None]:
    """The file's base name (a page bundle's folder) and a Hugo ``.xx.md`` language suffix."""
    stem = path.stem
    if stem == "index" and path.parent.name:
        stem = path.parent.name
    lang = None
    if match := _LANG_SUFFIX.search(stem):
        try:
            lang = parse_language(match[1]).tag
            stem = stem[: match.start()]
        except LanguageError:
            lang = None
    return stem, lang


def _detected_language(body: str, shown: str, notices: list[Notice]) -> str:
    """The body's language when ``lang`` is not set: detected, or English when unsure.

    A detected language other than English is reported, since it changes the output."""
    detection = detect_language(body)
    if detection.confident and detection.language.language != "en":
        notices.append(
            Notice(
                shown,
                f"front matter has no 'lang'; the text reads as {detection.language.name}, "
                f"so it is set as '{detection.language.tag}' (add lang: to be sure)",
                code="language-detected",
            )
        )
        return detection.language.tag
    return "en"


def _key_notices(front: FrontMatter, shown: Path) -> list[Notice]:
    """Warnings for keys that are ignored: unknown ones (with a guess) and refused ones."""
    notices: list[Notice] = []
    for key in front.values:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            message = f"front matter: unknown key '{key}' ignored{hint}"
            notices.append(Notice(shown, message, front.lines.get(key), code="unknown-key"))
    for key in REFUSED_KEYS & set(front.values):
        message = (
            f"front matter: '{key}' ignored: only --allow-remote or tearsheet.toml "
            "switch remote fetching on"
        )
        notices.append(Notice(shown, message, front.lines.get(key), code="allow-remote-ignored"))
    for key, first, second in front.repeated:
        message = f"front matter: '{key}' is given twice (lines {first} and {second}); ignored"
        notices.append(Notice(shown, message, second, code="key-repeated"))
    return notices


def parse_article(path: Path, static: tuple[Path, ...] = ()) -> tuple[Article, list[Notice]]:
    """Read one content file into an Article; raise ContentError on the first problem.

    ``static`` are the site's static folders (tearsheet.toml), where site-absolute image
    paths are found; one that is in none of them is reported here, with its line, once.
    """
    shown = display_path(path)
    front = split_front_matter(read_source(path), shown)
    fields = Fields(front, shown)
    notices = _key_notices(front, shown)

    stem, name_lang = _name_parts(path)
    lang_text = fields.text("lang")
    if lang_text is not None:
        try:
            lang: str | None = parse_language(lang_text).tag
        except LanguageError as error:
            raise fields.error(fields.key("lang") or "lang", str(error)) from None
    else:
        lang = name_lang

    headline = fields.text("headline")
    if headline is None:
        raise fields.missing("headline", "'headline' (or 'title') is missing")

    date_key = fields.key("date")
    if date_key is None or front.values[date_key] is None:
        prefix = _DATE_PREFIX.match(stem)
        if not prefix:
            raise fields.missing(
                "date", "'date' is missing", "(or name the file YYYY-MM-DD-slug.md)"
            )
        date_value: Any = prefix[1]
    else:
        date_value = front.values[date_key]
    try:
        date, published = parse_date(date_value)
    except ValueError as error:
        raise fields.error(date_key or "date", str(error)) from None

    slug_text = fields.text("slug")
    if slug_text is not None:
        if not _SLUG.match(slug_text):
            raise fields.error(
                "slug", f"expected letters, digits, '-' and '_', got {shorten(slug_text)}"
            )
        if len(slug_text) > MAX_SLUG_CHARS:
            raise fields.error(
                "slug", f"{len(slug_text)} characters; the limit is {MAX_SLUG_CHARS}"
            )
        slug = slug_text
    else:
        slug = _transliterate(stem)[:MAX_SLUG_CHARS].rstrip("-") or (
            f"{date.isoformat()}-{short_hash(headline)}"
        )
        if name_lang:
            slug = f"{slug}-{name_lang.lower()}"

    source_url = fields.text("source_url")
    if source_url is not None and not is_web_url(source_url):
        raise fields.error(
            fields.key("source_url") or "source_url",
            f"expected an http(s) URL, got {shorten(source_url)}",
        )

    cover = _cover_path(fields, path)
    images = find_beside(path.parent, static)
    body_text, dropped = convert_site_markup(front.body, images, front.body_line)
    for line, snippet in dropped:
        notices.append(
            Notice(
                shown,
                f"dropped site-generator shortcode {snippet}",
                front.body_line + line - 1,
                code="shortcode-dropped",
            )
        )
    if not body_text.strip():
        raise ContentError(
            shown, "the article has no body text after the front matter", front.body_line
        )
    if lang is None:
        lang = _detected_language(body_text, shown, notices)
    markup = render_markdown(body_text, lang, headline)
    if markup.headline_repeated:
        message = "the body's first heading repeats the headline; printed once"
        notices.append(Notice(shown, message, front.body_line, code="headline-repeated"))
    for line, message in markup.removed:
        notices.append(Notice(shown, message, front.body_line + line - 1, code="markup-cleaned"))
    notices.extend(Notice(shown, message, code="markup-bounded") for message in markup.notes)
    notices += _static_notices(markup.html, front, path, static)

    draft = front.values.get("draft") is True or str(front.values.get("draft")).lower() == "true"
    article = Article(
        path=path,
        slug=slug,
        headline=smarten(headline, lang),
        date=date,
        published=published,
        body=markup.html,
        lang=lang,
        dek=_smart_or_none(fields.text("dek"), lang),
        byline=tuple(
            smarten(resolve_profile(path, name, "authors/{slug}/_index.md", "display_name"), lang)
            for name in fields.texts("byline")
        ),
        dateline=fields.text("dateline"),
        source=_smart_or_none(_source_name(path, fields.text("source")), lang),
        source_url=source_url,
        kicker=_smart_or_none(fields.text("kicker"), lang),
        tags=fields.texts("tags"),
        headings=tuple(markup.headings),
        cover=cover,
        draft=draft,
        identity=article_identity(path, source_url),
        static=tuple(static),
        sought=tuple(images.sought),
    )
    return article, notices


def _static_notices(
    body: str, front: FrontMatter, path: Path, static: tuple[Path, ...]
) -> list[Notice]:
    """One warning, with its line, for each site-absolute image no static folder holds (or
    that leads out of them); the renderers then leave it out without a word."""
    notices = []
    for src, name in site_absolute_images(body):
        try:
            locate_local(name, path.parent, static)
        except StaticPathError as error:
            line = front.body_line + line_of(front.body, src) - 1
            message = f"image {src} left out: {error}"
            notices.append(Notice(display_path(path), message, line, code="image-refused"))
    return notices


# Files that mark the root of a project or site: the article's path below it is the same in
# every clone.
PROJECT_MARKERS = (
    "tearsheet.toml",
    ".git",
    "hugo.toml",
    "hugo.yaml",
    "config.toml",
    "config.yaml",
    "_config.yml",
)


def article_identity(path: Path, source_url: str | None) -> str:
    """What names the article wherever it is built: its canonical address when it has one,
    else its path inside its project (the nearest folder holding tearsheet.toml, .git or a
    site generator's config), or failing that from the site folder above ``content/``.

    Not the slug alone: two sites' ``post/hello/index.md`` are different articles.
    """
    if source_url:
        return source_url
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the path as given still names it
        resolved = path.absolute()
    folders = list(resolved.parents)
    root = next(
        (f for f in folders if any((f / marker).exists() for marker in PROJECT_MARKERS)), None
    )
    if root is None:
        content = next((f for f in folders if f.name == "content"), None)
        root = content.parent.parent if content is not None else resolved.parent.parent
    return resolved.relative_to(root).as_posix()


def _cover_path(fields: Fields, path: Path) -> Path | None:
    """The ``cover:`` image: a JPEG or PNG inside the article's folder (Hugo's
    ``cover: {image: ...}`` form too)."""
    key = fields.key("cover")
    if key is None or fields.front.values[key] is None:
        return None
    value = fields.front.values[key]
    if isinstance(value, dict) and isinstance(value.get("image"), str):
        value = value["image"]
    if not isinstance(value, str) or not value.strip():
        raise fields.error(key, f"expected an image file name, got {describe_kind(value)}")
    name = value.strip()
    folder = path.parent.resolve()
    target = (folder / name).resolve()
    if is_web_url(name) or not target.is_relative_to(folder):
        raise fields.error(key, f"expected an image in the article's folder, got {shorten(name)}")
    if target.suffix.lower() not in COVER_SUFFIXES:
        raise fields.error(key, f"expected a .jpg or .png image, got {shorten(name)}")
    if not target.is_file():
        raise fields.error(key, f"no such file {shorten(name)} beside the article")
    return target


_PROFILE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PROFILE_DEPTH = 6


def resolve_profile(path: Path, slug: str, profile: str, key: str) -> str:
    """Hugo sites name authors and sources by slug (``authors: [jane-doe]``), with the real
    name in a profile page such as ``content/authors/jane-doe/_index.md``. Return that name
    (the ``key`` field of the first ``profile`` file found above the article), or the slug."""
    if not _PROFILE_SLUG.match(slug):
        return slug
    for folder in list(path.resolve().parents)[:_PROFILE_DEPTH]:
        candidate = folder / profile.format(slug=slug)
        if not candidate.is_file():
            continue
        try:
            values = split_front_matter(read_source(candidate), candidate).values
        except ContentError:
            return slug
        name = values.get(key)
        return " ".join(name.split()) if isinstance(name, str) and name.strip() else slug
    return slug


def _source_name(path: Path, source: str | None) -> str | None:
    return source and resolve_profile(path, source, "sources/source_{slug}.md", "name")


def _smart_or_none(text: str | None, lang: str) -> str | None:
    return smarten(text, lang) if text else None


def find_sources(targets: Iterable[Path]) -> list[Path]:
    """Expand files and folders into the Markdown files to build (Hugo ``_index.md`` skipped)."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            for root, dirs, files in os.walk(target):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(root, name)
                    for name in sorted(files)
                    if name.endswith(".md") and name != "_index.md" and not name.startswith(".")
                )
        else:
            found.append(target)
    return found


@dataclass
class Parsed:
    """The outcome of reading every source: good articles, errors and warnings."""

    articles: list[Article]
    errors: list[ContentError]
    notices: list[Notice]


def read_article(
    path: Path, static: tuple[Path, ...] = ()
) -> tuple[Article, list[Notice]] | ContentError:
    """Parse one source, returning its problem instead of raising (for child processes)."""
    try:
        return parse_article(path, static)
    except ContentError as error:
        return error
    except RecursionError:
        return ContentError(display_path(path), "the body is nested too deeply to convert")


def collect_articles(
    outcomes: Iterable[tuple[Path, tuple[Article, list[Notice]] | ContentError]],
) -> Parsed:
    """Gather parse outcomes into good articles, errors and warnings; refuse repeated slugs."""
    parsed = Parsed([], [], [])
    by_slug: dict[str, Article] = {}
    for path, outcome in outcomes:
        if isinstance(outcome, ContentError):
            parsed.errors.append(outcome)
            continue
        article, notices = outcome
        parsed.notices.extend(notices)
        if article.slug in by_slug:
            first = display_path(by_slug[article.slug].path)
            parsed.errors.append(
                ContentError(
                    display_path(path),
                    f"slug '{article.slug}' is already used by {first}; "
                    "rename one or set 'slug:' in its front matter",
                )
            )
            continue
        by_slug[article.slug] = article
        parsed.articles.append(article)
    return parsed


def parse_articles(paths: Iterable[Path]) -> Parsed:
    """Parse every source before anything renders, so all input errors show up together."""
    return collect_articles((path, read_article(path)) for path in paths)
