"""One article into its formats, a straight sequence of stages with atomic writes; parsing
sources under limits. Which articles to build, and where, is scheduler.py's."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.refs import RefTarget, has_refs, link_refs, unresolved_refs
from tearsheet.settings import EbookSettings, PrintSettings
from tearsheet.source import Parsed, collect_articles, display_path, read_article
from tearsheet.theme import Theme

if TYPE_CHECKING:
    from tearsheet.pagemap import PageMap

FORMATS = ("html", "pdf", "epub")


@dataclass(frozen=True)
class BuildOptions:
    """What to produce, where, and how: the print and e-book settings, the limits."""

    out: Path
    theme: Theme
    formats: tuple[str, ...] = FORMATS
    print: PrintSettings = field(default_factory=PrintSettings)
    ebook: EbookSettings = field(default_factory=EbookSettings)
    force: bool = False
    limits: Limits = field(default_factory=Limits)
    # The build publishes the downloads site: each web page gets its download bar.
    site: bool = False
    # Remote images from loopback, link-local and private addresses (tearsheet.toml only).
    allow_private_networks: bool = False
    # Articles marked 'draft: true', and articles dated after today, are built only on request.
    drafts: bool = False
    future: bool = False
    # The site's static folders (tearsheet.toml's ``static``) for site-absolute image paths.
    static: tuple[Path, ...] = ()


@dataclass
class ArticleResult:
    """What building one article wrote, warned about, or failed with."""

    article: Article
    written: list[Path] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    error: ContentError | None = None


def page_map_key(article: Article, options: BuildOptions) -> str:
    """A hash of everything the printed pages depend on: the article as it is laid out, its
    files (images change the layout by their size), the theme, the print settings, the tool."""
    from tearsheet.staleness import article_dependencies, folder_key, hash_file, tool_key

    parts = [tool_key(), folder_key(options.theme.folder), repr(options.print), repr(article)]
    parts += [f"{path}={hash_file(path)}" for path in article_dependencies(article)]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def read_page_map(article: Article, options: BuildOptions) -> PageMap | None:
    """The page map the last layout of exactly this article found, so an EPUB built after its
    PDF (``--formats epub``) needs no layout; None when there is none for this key."""
    from tearsheet.pagemap import PageMap, PageStart
    from tearsheet.staleness import PAGE_MAPS

    try:
        record = json.loads((options.out / PAGE_MAPS / f"{article.slug}.json").read_bytes())
        if record["key"] != page_map_key(article, options):
            return None
        starts = tuple(PageStart(int(n), str(b), int(o)) for n, b, o in record["starts"])
        return PageMap(starts, str(record["edition"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_page_map(article: Article, options: BuildOptions, page_map: PageMap) -> None:
    """Keep the page map beside the outputs, one file per article (replaced, never piling up).
    Only a shortcut: an unwritable record costs a layout next time, not the build."""
    from tearsheet.staleness import PAGE_MAPS

    record = {
        "key": page_map_key(article, options),
        "edition": page_map.edition,
        "starts": [[start.number, start.block, start.offset] for start in page_map.starts],
    }
    with contextlib.suppress(OSError):
        write_atomic(options.out / PAGE_MAPS / f"{article.slug}.json", json.dumps(record).encode())


def output_path(article: Article, fmt: str, out: Path) -> Path:
    return out / f"{article.slug}.{fmt}"


def kobo_path(article: Article, out: Path) -> Path:
    """Kobo's readers use their better engine for files named .kepub.epub."""
    return out / f"{article.slug}.kepub.epub"


def build_article(
    article: Article,
    options: BuildOptions,
    formats: tuple[str, ...],
    targets: Mapping[str, RefTarget | None] | None = None,
) -> ArticleResult:
    """Render one article into ``formats`` and write each output atomically.

    ``targets`` are the articles of this build its ref/relref links name (refs.py): the web
    page links to theirs, the PDF and EPUB to their published address; a ref to none keeps
    its text, with one warning.

    The PDF is laid out once, and that layout's page map goes to the EPUB, whose page list
    follows the printed pages whether or not the PDF itself is written. Remote images (with
    --allow-remote) are fetched once for all of them.
    """
    # Imported here, not at the top: a no-op build never renders, and WeasyPrint, ebooklib,
    # the fetcher and the site's templates are most of a cold start.
    from tearsheet.epub import render_epub
    from tearsheet.pdf import lay_out, write_pdf
    from tearsheet.resources import RemoteImages
    from tearsheet.site import article_links
    from tearsheet.web import render_page

    result = ArticleResult(article)
    theme, out = options.theme, options.out
    page_article = print_article = article
    if has_refs(article.body):
        targets = targets or {}
        result.notices.extend(unresolved_refs(article, targets))
        page_article = replace(article, body=link_refs(article.body, article.slug, targets))
        body = link_refs(article.body, article.slug, targets, web=False)
        print_article = replace(article, body=body)
    remote = RemoteImages(allow_private_networks=options.allow_private_networks or None)
    step = "html"
    try:
        if "html" in formats:
            links = article_links(article, options.formats) if options.site else None
            page, notices = render_page(page_article, theme, links)
            _write(result, output_path(article, "html", out), page, notices)
        page_map = None
        if "epub" in formats and "pdf" not in formats:
            page_map = read_page_map(print_article, options)
        if "pdf" in formats or (page_map is None and "epub" in formats):
            step = "pdf"
            layout = lay_out(print_article, theme, options.print, remote)
            result.notices.extend(layout.notices)
            page_map = layout.page_map
            store_page_map(print_article, options, page_map)
            if "pdf" in formats:
                _write(result, output_path(article, "pdf", out), write_pdf(layout))
        if "epub" in formats:
            step = "epub"
            settings = replace(options.ebook, kobo=False)
            book, notices = render_epub(print_article, theme, settings, page_map, remote)
            _write(result, output_path(article, "epub", out), book, notices)
            if options.ebook.kobo:
                settings = replace(options.ebook, kobo=True)
                kepub, _ = render_epub(print_article, theme, settings, page_map, remote)
                _write(result, kobo_path(article, out), kepub)
    except ContentError as error:
        result.error = error
    except OutputError as error:
        result.error = ContentError(error.filename, f"cannot write: {error.strerror}")
    except RecursionError:
        result.error = ContentError(display_path(article.path), f"{step}: too deeply nested")
    except Exception as error:  # a bug: one line for the user, the traceback on request
        message = f"{step}: could not render ({type(error).__name__}: {error})"
        details = traceback.format_exc()
        result.error = ContentError(display_path(article.path), message, details=details)
    shown = display_path(article.path)
    result.notices = [
        replace(notice, path=shown) if notice.path == article.path else notice
        for notice in result.notices
    ]
    return result


class OutputError(OSError):
    """An output that could not be written (disk full, read-only folder, name too long)."""


def _write(result: ArticleResult, target: Path, data: bytes, notices=()) -> None:
    result.notices.extend(notices)
    try:
        write_atomic(target, data)
    except OSError as error:
        raise OutputError(error.errno, error.strerror, str(target)) from None
    result.written.append(target)


def parse_sources(
    paths: Iterable[Path], limits: Limits, jobs: int = 1, static: tuple[Path, ...] = ()
) -> Parsed:
    """Parse every source, each in a child process under ``limits``, ``jobs`` at a time, with
    the site's ``static`` folders for site-absolute image paths."""
    paths = list(paths)
    outcomes = run_limited(partial(read_article, static=static), paths, limits, jobs)
    return collect_articles(
        (
            path,
            ContentError(
                display_path(path), f"reading {outcome.message}; skipped", details=outcome.details
            ),
        )
        if isinstance(outcome, Failure)
        else (path, outcome)
        for path, outcome in zip(paths, outcomes, strict=True)
    )


def build_articles(
    articles: Iterable[Article], options: BuildOptions, jobs: int = 1
) -> Iterator[ArticleResult]:
    """Build the stale outputs of already parsed articles in ``jobs`` warm workers under the
    options' limits, yielding each result as it finishes (staleness: scheduler.py)."""
    from tearsheet.scheduler import Scheduler

    with Scheduler(options, jobs) as scheduler:
        yield from scheduler.build_parsed(list(articles))


def held_back(
    article: Article, options: BuildOptions, today: dt.date | None = None
) -> Notice | None:
    """Why an article is not published in this build (a draft, or dated in the future, as
    Hugo and Jekyll hold them back), as a warning; None when it is published."""
    today = today or dt.datetime.now(dt.UTC).date()
    shown = display_path(article.path)
    if article.draft and not options.drafts:
        return Notice(shown, "a draft: not built (--drafts builds drafts)", code="draft-skipped")
    if article.date > today and not options.future:
        message = f"dated {article.date.isoformat()}, in the future: not built (--future builds it)"
        return Notice(shown, message, code="future-skipped")
    return None
