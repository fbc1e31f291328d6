"""After the articles: collections, the downloads site, the feed and the OPDS catalog."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tearsheet.article import Article
from tearsheet.collection import Collection, load_collections, select_articles
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
from tearsheet.settings import BookSettings
from tearsheet.site import (
    SiteInput,
    collect_tags,
    load_site_settings,
    make_books,
    make_entries,
    render_site,
)
from tearsheet.source import display_path
from tearsheet.theme import Theme

# Files the site owns in build/ and may remove when they are no longer produced.
SITE_STATE = ".tearsheet-site.json"
MANAGED = ("index.page-*.html", "tags/*.html", "opds/*.xml", "covers/*.jpg")
RESERVED_SLUGS = frozenset({"index", "feed"})


@dataclass
class Published:
    """What publishing wrote and which collections or names it refused."""

    written: list[Path] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    books: list[tuple[Collection, list[Article]]] = field(default_factory=list)


def choose_books(
    articles: Sequence[Article], folders: Sequence[Path], config: Path | None
) -> tuple[list[tuple[Collection, list[Article]]], list[ContentError]]:
    """Every collection that loads and selects at least one article, with its members."""
    loaded = load_collections(folders, config)
    errors = list(loaded.errors)
    slugs = {article.slug for article in articles}
    books = []
    for collection in loaded.collections:
        if collection.name in slugs:
            errors.append(
                collection.error(
                    f"an article has the slug '{collection.name}' too; rename the collection"
                )
            )
            continue
        try:
            books.append((collection, select_articles(collection, articles)))
        except ContentError as error:
            errors.append(error)
    return books, errors


def sync_files(out: Path, files: Mapping[str, bytes], keep: Sequence[str] = ()) -> list[Path]:
    """Write the files that changed (unchanged files keep their time, so a second build
    touches nothing) and remove managed files that are no longer produced."""
    written = []
    for name, data in sorted(files.items()):
        target = out / name
        if target.is_file() and target.read_bytes() == data:
            continue
        write_atomic(target, data)
        written.append(target)
    wanted = {out / name for name in [*files, *keep]}
    for pattern in MANAGED:
        for stale in out.glob(pattern):
            if stale not in wanted and stale.is_file():
                stale.unlink()
    return written


def publish(
    articles: Sequence[Article],
    out: Path,
    theme: Theme,
    folders: Sequence[Path],
    config: Path | None = None,
    book_settings: BookSettings | None = None,
) -> Published:
    """Write the collection books (when ``book_settings`` are given), then the site and
    catalog for ``articles`` (already built into ``out``)."""
    from tearsheet.opds import render_catalog, write_covers

    published = Published()
    clash = [a for a in articles if a.slug in RESERVED_SLUGS]
    for article in clash:
        published.errors.append(
            ContentError(
                display_path(article.path),
                f"slug '{article.slug}' names a page of the site; set another 'slug:'",
            )
        )
    books, errors = choose_books(articles, folders, config)
    published.errors.extend(errors)
    published.books = books
    if book_settings is not None and books:
        from tearsheet.book import build_book

        for collection, members in books:
            result = build_book(collection, members, out, theme, book_settings)
            published.notices.extend(result.notices)
            published.written.extend(result.written)
            if result.error:
                published.errors.append(result.error)
    if clash:
        return published
    key = site_key(articles, books, out, theme, config)
    if _site_is_current(out, key):
        return published  # nothing the site shows has changed: a no-op build writes nothing
    entries = make_entries(articles, out)
    site = SiteInput(
        load_site_settings(config),
        tuple(entries),
        tuple(make_books(books, entries, out)),
        tuple(collect_tags(articles)),
    )
    files = render_site(site, theme)
    covers = write_covers(entries, out)
    files.update(render_catalog(site, covers))
    kept = [name for pair in covers.values() for name in pair]
    published.written += sync_files(out, files, kept)
    state = {"key": key, "files": sorted([*files, *kept])}
    with contextlib.suppress(OSError):  # only a shortcut: an unwritable record is no error
        write_atomic(out / SITE_STATE, json.dumps(state).encode())
    return published


def site_key(
    articles: Sequence[Article],
    books: Sequence[tuple[Collection, list[Article]]],
    out: Path,
    theme: Theme,
    config: Path | None,
) -> str:
    """A hash of everything the site, the feed and the catalog are made from: the articles,
    the collections, the download files' names and sizes, the theme, the settings file and
    the tool itself. When it matches the last build's, publishing can be skipped."""
    from tearsheet.staleness import folder_key, hash_file, tool_key

    digest = hashlib.sha256()
    for part in (tool_key(), folder_key(theme.folder), str(config and hash_file(config))):
        digest.update(part.encode() + b"\0")
    for article in sorted(articles, key=lambda article: str(article.path)):
        digest.update(repr(article).encode("utf-8", "surrogatepass") + b"\0")
    for collection, members in books:
        digest.update(repr((collection, [str(a.path) for a in members])).encode() + b"\0")
    downloads = []
    with contextlib.suppress(FileNotFoundError), os.scandir(out) as entries:
        downloads = sorted(
            (entry.name, entry.stat().st_size)
            for entry in entries
            if entry.name.endswith((".pdf", ".epub", ".html"))
            and entry.is_file()
            and not entry.name.startswith("index.")
        )
    digest.update(repr(downloads).encode())
    return digest.hexdigest()


def _site_is_current(out: Path, key: str) -> bool:
    try:
        state = json.loads((out / SITE_STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(state, dict) or state.get("key") != key:
        return False
    return all((out / name).is_file() for name in state.get("files", ()))
