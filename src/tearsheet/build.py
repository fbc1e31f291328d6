"""Which articles to (re)build, into which formats, in how many processes; atomic writes."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.files import write_atomic
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.html import embed_local_images, render_html
from tearsheet.pagemap import PageStart
from tearsheet.source import Parsed, collect_articles, display_path, read_article
from tearsheet.theme import Theme

FORMATS = ("html", "pdf", "epub")
STATE_FILE = ".tearsheet-state.json"


@dataclass(frozen=True)
class BuildOptions:
    """What to produce and where."""

    out: Path
    theme: Theme
    formats: tuple[str, ...] = FORMATS
    page_size: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    align: str = "justify"
    drop_cap: bool = False
    force: bool = False
    kobo: bool = False
    embed_fonts: bool = False
    allow_remote: bool = False
    limits: Limits = field(default_factory=Limits)

    def fingerprint(self, fmt: str) -> str:
        """What, besides file times, an output of ``fmt`` depends on."""
        settings = [str(self.theme.folder)]
        if fmt in ("pdf", "epub"):  # the EPUB's page list follows the PDF's pages
            settings += [self.page_size, self.pdf_variant, self.align, str(self.drop_cap)]
        if fmt == "epub":
            settings.append(f"embed-fonts={self.embed_fonts}")
        if fmt in ("pdf", "epub") and self.allow_remote:
            settings.append("allow-remote")
        return " ".join(settings)

    @property
    def print_classes(self) -> tuple[str, ...]:
        """Root classes print.css keys on: page size, alignment, drop cap."""
        return (f"page-{self.page_size}", self.align, *(("drop-cap",) if self.drop_cap else ()))


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
        if fmt == "epub" and options.kobo:
            targets.append(kobo_path(article, options.out))
        if fmt in changed or any(
            not target.exists() or target.stat().st_mtime < newest for target in targets
        ):
            stale.append(fmt)
    return tuple(stale)


def build_article(
    article: Article, options: BuildOptions, formats: tuple[str, ...]
) -> ArticleResult:
    """Render one article into the given formats and write each output atomically."""
    result = ArticleResult(article)
    shown = display_path(article.path)
    allow_remote = options.allow_remote or article.allow_remote
    renderers: dict[str, Callable[[], bytes]] = {}
    pages: list[PageStart] = []
    if "html" in formats:
        renderers["html"] = lambda: embed_local_images(
            render_html(
                article,
                options.theme,
                inline_css=options.theme.read("web.css"),
                structured_data=True,
            ),
            article,
            result.notices,
        ).encode()
    # The EPUB's page list comes from the PDF's layout, which is therefore done even for an
    # EPUB-only build: the same article always gives the same EPUB.
    if "pdf" in formats or "epub" in formats:
        from tearsheet.pdf import render_pdf

        renderers["pdf"] = lambda: render_pdf(
            article,
            render_html(article, options.theme, classes=options.print_classes),
            options.theme,
            variant=options.pdf_variant,
            notices=result.notices,
            pages=pages,
            allow_remote=allow_remote,
            write="pdf" in formats,
        )
    if "epub" in formats:
        from tearsheet.epub import STYLESHEET, render_epub

        def epub_renderer(kobo: bool) -> Callable[[], bytes]:
            return lambda: render_epub(
                article,
                render_html(article, options.theme, stylesheets=(STYLESHEET,)),
                options.theme,
                notices=[] if kobo else result.notices,
                pages=pages,
                page_source=page_source(options.page_size),
                kobo=kobo,
                embed_fonts=options.embed_fonts,
                allow_remote=allow_remote,
            )

        renderers["epub"] = epub_renderer(False)
        if options.kobo:
            renderers["kepub"] = epub_renderer(True)
    for fmt, render in renderers.items():
        try:
            data = render()
        except RecursionError:
            result.error = ContentError(shown, f"{fmt}: too deeply nested to lay out")
            return result
        except Exception as error:
            result.error = ContentError(
                shown, f"{fmt}: could not render ({type(error).__name__}: {error})"
            )
            return result
        if fmt not in formats and fmt != "kepub":
            continue
        target = (
            kobo_path(article, options.out)
            if fmt == "kepub"
            else output_path(article, fmt, options.out)
        )
        write_atomic(target, data)
        result.written.append(target)
    result.notices = [
        Notice(shown, notice.message, notice.line) if notice.path == article.path else notice
        for notice in result.notices
    ]
    return result


def page_source(page_size: str) -> str:
    """How the EPUB names the edition its page numbers come from."""
    return f"tearsheet PDF edition, {page_size} pages"


def _build_one(task: tuple[Article, BuildOptions, tuple[str, ...]]) -> ArticleResult:
    return build_article(*task)


def parse_sources(paths: Iterable[Path], limits: Limits, jobs: int = 1) -> Parsed:
    """Parse every source, each in a child process under ``limits``, ``jobs`` at a time."""
    paths = list(paths)
    outcomes = run_limited(read_article, paths, limits, jobs)
    return collect_articles(
        (path, ContentError(display_path(path), f"reading {outcome.message}; skipped"))
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
                display_path(article.path), f"rendering {outcome.message}; skipped"
            )
            outcome = ArticleResult(article, error=error)
        yield outcome
    record_settings(options)
