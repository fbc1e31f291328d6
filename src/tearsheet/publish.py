"""After the articles: collections, the downloads site, the feed and the OPDS catalog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tearsheet.article import Article
from tearsheet.book import BookSettings
from tearsheet.collection import Collection, load_collections, select_articles
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
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
    if book_settings is not None:
        from tearsheet.book import build_book

        for collection, members in books:
            result = build_book(collection, members, out, theme, book_settings)
            published.notices.extend(result.notices)
            published.written.extend(result.written)
            if result.error:
                published.errors.append(result.error)
    if clash:
        return published
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
    published.written += sync_files(out, files, [name for pair in covers.values() for name in pair])
    return published
