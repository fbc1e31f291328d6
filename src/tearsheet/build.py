"""Which articles to (re)build, into which formats, in how many processes; atomic writes."""

from __future__ import annotations

import importlib
import json
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.settings import EbookSettings, PrintSettings
from tearsheet.source import Parsed, collect_articles, display_path, read_article
from tearsheet.theme import Theme
from tearsheet.web import render_page

FORMATS = ("html", "pdf", "epub")
STATE_FILE = ".tearsheet-state.json"


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

    def fingerprint(self, fmt: str) -> str:
        """What, besides file times, an output of ``fmt`` depends on."""
        settings = [str(self.theme.folder)]
        if fmt in ("pdf", "epub"):  # the EPUB's page list follows the PDF's pages
            settings.append(self.print.fingerprint())
        if fmt == "epub":
            settings.append(self.ebook.fingerprint())
        return " ".join(settings)


@dataclass
class ArticleResult:
    """What building one article wrote, warned about, or failed with."""

    article: Article
    written: list[Path] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    error: ContentError | None = None


def output_path(article: Article, fmt: str, out: Path) -> Path:
    return out / f"{article.slug}.{fmt}"


def kobo_path(article: Article, out: Path) -> Path:
    """Kobo's readers use their better engine for files named .kepub.epub."""
    return out / f"{article.slug}.kepub.epub"


def _code_files() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.glob("*.py"))


def _newest_input(article: Article, theme: Theme) -> float:
    """The newest modification time among the article, its theme and the tool itself."""
    inputs = [article.path, *theme.files(), *_code_files()]
    return max(path.stat().st_mtime for path in inputs if path.exists())


def _read_state(out: Path) -> dict[str, str]:
    try:
        state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def changed_settings(options: BuildOptions) -> set[str]:
    """Formats built last time with other settings (page size, theme, PDF variant)."""
    state = _read_state(options.out)
    return {fmt for fmt in options.formats if state.get(fmt) != options.fingerprint(fmt)}


def record_settings(options: BuildOptions) -> None:
    """Remember the settings the outputs in ``out`` were built with."""
    state = _read_state(options.out)
    state.update({fmt: options.fingerprint(fmt) for fmt in options.formats})
    write_atomic(options.out / STATE_FILE, json.dumps(state, indent=1).encode())


def stale_formats(
    article: Article, options: BuildOptions, changed: set[str] = frozenset()
) -> tuple[str, ...]:
    """The formats whose output is missing, older than any input, or built differently."""
    if options.force:
        return options.formats
    newest = _newest_input(article, options.theme)
    stale = []
    for fmt in options.formats:
        targets = [output_path(article, fmt, options.out)]
        if fmt == "epub" and options.ebook.kobo:
            targets.append(kobo_path(article, options.out))
        if fmt in changed or any(
            not target.exists() or target.stat().st_mtime < newest for target in targets
        ):
            stale.append(fmt)
    return tuple(stale)


def build_article(
    article: Article, options: BuildOptions, formats: tuple[str, ...]
) -> ArticleResult:
    """Render one article into ``formats`` and write each output atomically.

    The PDF is laid out once, and that layout's page map goes to the EPUB, whose page list
    follows the printed pages whether or not the PDF itself is written.
    """
    from tearsheet.epub import render_epub  # WeasyPrint and ebooklib are slow to import
    from tearsheet.pdf import lay_out, write_pdf

    result = ArticleResult(article)
    theme, out = options.theme, options.out
    step = "html"
    try:
        if "html" in formats:
            page, notices = render_page(article, theme)
            _write(result, output_path(article, "html", out), page, notices)
        if "pdf" in formats or "epub" in formats:
            step = "pdf"
            layout = lay_out(article, theme, options.print)
            result.notices.extend(layout.notices)
            if "pdf" in formats:
                _write(result, output_path(article, "pdf", out), write_pdf(layout))
        if "epub" in formats:
            step = "epub"
            settings = replace(options.ebook, kobo=False)
            book, notices = render_epub(article, theme, settings, layout.page_map)
            _write(result, output_path(article, "epub", out), book, notices)
            if options.ebook.kobo:
                settings = replace(options.ebook, kobo=True)
                kepub, _ = render_epub(article, theme, settings, layout.page_map)
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


def _build_one(task: tuple[Article, BuildOptions, tuple[str, ...]]) -> ArticleResult:
    return build_article(*task)


def parse_sources(paths: Iterable[Path], limits: Limits, jobs: int = 1) -> Parsed:
    """Parse every source, each in a child process under ``limits``, ``jobs`` at a time."""
    paths = list(paths)
    outcomes = run_limited(read_article, paths, limits, jobs)
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
    """Build every article that has stale outputs, each in a child process under the
    options' limits, ``jobs`` at a time, yielding results in order."""
    changed = changed_settings(options)
    tasks = []
    for article in articles:
        formats = stale_formats(article, options, changed)
        if formats:
            tasks.append((article, options, formats))
    if tasks and {"pdf", "epub"} & set(options.formats):
        # Import the renderers (WeasyPrint is slow to import) once, before the children fork.
        importlib.import_module("tearsheet.pdf")
        importlib.import_module("tearsheet.epub")
    for (article, _, _), outcome in zip(
        tasks, run_limited(_build_one, tasks, options.limits, jobs), strict=True
    ):
        if isinstance(outcome, Failure):
            error = ContentError(
                display_path(article.path),
                f"rendering {outcome.message}; skipped",
                details=outcome.details,
            )
            outcome = ArticleResult(article, error=error)
        yield outcome
    record_settings(options)
