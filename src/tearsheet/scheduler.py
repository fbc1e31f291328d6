"""Which articles to build, in what order and where: content-addressed staleness around
``build.build_article``, the worker pool (or a Dask cluster), and removal of orphaned outputs.

A source whose recorded outputs still match the hashes of everything they were made from is
not even parsed; the rest are parsed and built in one pool of warm workers, the longest
article first; outputs of deleted articles, and old names of articles whose slug changed,
are removed; the record is saved with the settings of each output actually written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.guard import Failure, WorkerPool
from tearsheet.refs import RefTarget, has_refs, index_articles, resolve_refs
from tearsheet.source import collect_articles, display_path, read_article
from tearsheet.staleness import (
    ArticleCache,
    BuildState,
    article_dependencies,
    build_context,
    folder_key,
)

KOBO = "kepub"


def import_renderers(formats: tuple[str, ...]) -> None:
    """Import what build_article imports, once, before the workers fork.

    WeasyPrint is slow to import, so each worker should not; and a worker forked while
    another thread of this process (the preview server's HTTP thread) is importing a module
    would wait forever on that module's lock if it imported the module itself.
    """
    for name in ("tearsheet.resources", "tearsheet.site", "tearsheet.web"):
        importlib.import_module(name)
    if {"pdf", "epub"} & set(formats):
        importlib.import_module("tearsheet.pdf")
        importlib.import_module("tearsheet.epub")


@dataclass
class BuildReport:
    """What one build did besides the per-article results: parse errors and warnings,
    outputs removed, how many sources were up to date."""

    errors: list[ContentError] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    up_to_date: int = 0
    to_build: int = 0


def output_name(slug: str, fmt: str) -> str:
    """The file name of an output: SLUG.html, SLUG.pdf, SLUG.epub, SLUG.kepub.epub."""
    return f"{slug}.kepub.epub" if fmt == KOBO else f"{slug}.{fmt}"


def _all_names(slug: str) -> set[str]:
    return {output_name(slug, fmt) for fmt in ("html", "pdf", "epub", KOBO)}


def format_settings(options: Any, fmt: str) -> dict[str, object]:
    """The settings an output of ``fmt`` depends on (recorded with it), from BuildOptions."""
    settings: dict[str, object] = {"theme": str(options.theme.folder)}
    # Where site-absolute images are found: another folder may hold another image.
    settings["static"] = [str(folder) for folder in options.static]
    if fmt == "html":  # the download bar links to the formats this build makes
        settings["site"] = options.site and sorted(options.formats)
    if fmt in ("pdf", "epub", KOBO):  # the EPUB's page list follows the PDF's pages
        settings["print"] = dataclasses.asdict(options.print)
    if fmt in ("epub", KOBO):
        settings["ebook"] = {**dataclasses.asdict(options.ebook), "kobo": fmt == KOBO}
    return settings


def _formats(options: Any) -> tuple[str, ...]:
    kobo = (KOBO,) if options.ebook.kobo and "epub" in options.formats else ()
    return (*options.formats, *kobo)


def _build_one(task: tuple) -> Any:
    from tearsheet.build import build_article

    return build_article(*task)


class Scheduler:
    """One build of a set of sources into ``options.out``."""

    def __init__(self, options: Any, jobs: int = 1, dask: str | None = None) -> None:
        self.options = options
        self.jobs = max(1, jobs)
        self.dask = dask
        self.state = BuildState(options.out)
        self._cache = ArticleCache(options.out, context=str(options.static))
        theme_key = folder_key(options.theme.folder)
        self.contexts = {
            fmt: build_context(theme_key, fmt, format_settings(options, fmt))
            for fmt in _formats(options)
        }
        self.report = BuildReport()
        self.sources: list[Path] = []
        self.kept: set[str] = set()
        self.tasks: list[tuple] = []
        self._pool: WorkerPool | None = None
        self._unchanged: list[Path] = []
        self.articles: list[Article] = []
        # What each article's ref/relref links name among this build's articles (refs.py).
        self._targets: dict[Path, dict[str, RefTarget | None]] = {}

    @property
    def _read_article(self) -> Callable[[Path], Any]:
        """Parsing with this build's static folders (picklable, for the workers)."""
        return partial(read_article, static=self.options.static)

    def _stale_formats(self, article: Article) -> tuple[str, ...]:
        """The requested formats (html, pdf, epub) with an output not built from exactly
        these inputs; the Kobo file goes with the EPUB."""
        if self.options.force:
            return self.options.formats
        dependencies = self._dependencies(article)
        stale = []
        for fmt in self.options.formats:
            checked = [fmt, KOBO] if fmt == "epub" and KOBO in self.contexts else [fmt]
            for each in checked:
                key, _ = self.state.key_for(dependencies, self.contexts[each])
                if not self.state.is_fresh(output_name(article.slug, each), key):
                    stale.append(fmt)
                    break
        return tuple(stale)

    def _dependencies(self, article: Article) -> list[Path]:
        """The files an article's outputs are made from, with the sources of the articles its
        refs name (a renamed or deleted target changes the link)."""
        targets = self._targets.get(article.path, {}).values()
        return [*article_dependencies(article), *(Path(t.path) for t in targets if t)]

    def _link(self, articles: list[Article], everything: Callable[[], list[Article]]) -> None:
        """Resolve the refs of ``articles`` against every article of the build (read only
        when one of them has a ref)."""
        with_refs = [article for article in articles if has_refs(article.body)]
        if not with_refs:
            return
        index = index_articles(everything())
        for article in with_refs:
            self._targets[article.path] = resolve_refs(article, index)

    def _task(self, article: Article, formats: tuple[str, ...]) -> tuple:
        return (article, self.options, formats, self._targets.get(article.path))

    def __enter__(self) -> Scheduler:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is not None:
            self._pool.close()
        with contextlib.suppress(OSError):  # only a cache: a read-only out folder is no error
            self._cache.save()

    def prepare(self, sources: list[Path]) -> None:
        """Decide what is stale among ``sources`` and parse it (in the worker pool);
        ``self.report`` then holds the parse errors and warnings."""
        options = self.options
        self.sources = sources
        unchanged = (
            set()
            if options.force
            else {source for source in sources if self.state.unchanged(source, self.contexts)}
        )
        unchanged -= self._held_back_unchanged(unchanged)
        unchanged -= self._naming_new_articles(unchanged)
        self.kept = {output for source in unchanged for output in self.state.outputs_of(source)}
        changed = [source for source in sources if source not in unchanged]
        self.report.up_to_date = len(unchanged)
        if changed:
            import_renderers(options.formats)
        self._unchanged = [source for source in sources if source in unchanged]
        if changed:
            self._pool = WorkerPool(options.limits, self.jobs)
            articles = self._parse(self._pool, changed, self.kept)
        else:
            articles = []
        for article in articles:
            self._cache.put(article)
        published = self._published(articles, report=True)
        held = {article.path for article in articles} - {article.path for article in published}
        articles = published
        self.articles = articles
        for article in articles:
            self.kept |= _all_names(article.slug)
        for source in self._failed_sources(changed, articles):
            if source not in held:  # a failed article keeps its outputs; a held-back one not
                self.kept |= set(self.state.outputs_of(source))
        self._link(articles, self.all_articles)
        self.tasks = [self._task(a, f) for a in articles if (f := self._stale_formats(a))]
        self.report.to_build = len(self.tasks)

    def build(self, advance: Callable[[str], None] | None = None) -> Iterator[Any]:
        """Build the stale articles; yield each one's result as it finishes."""
        if not self.tasks:
            return
        if self.dask:
            results = self._on_cluster(self.tasks)
        else:
            assert self._pool is not None
            results = self._in_pool(self._pool, self.tasks)
        for result in results:
            self._record(result)
            if advance:
                advance(str(display_path(result.article.path)))
            yield result

    def build_parsed(self, articles: list[Article]) -> Iterator[Any]:
        """Build the stale outputs of articles parsed elsewhere (the preview server keeps
        its own); record what was written. Removes nothing."""
        import_renderers(self.options.formats)
        self._link(articles, lambda: articles)
        self.tasks = [self._task(a, f) for a in articles if (f := self._stale_formats(a))]
        self.report.to_build = len(self.tasks)
        if self.tasks and self._pool is None and not self.dask:
            self._pool = WorkerPool(self.options.limits, self.jobs)
        yield from self.build()
        self.state.save()

    def all_articles(self) -> list[Article]:
        """Every good article among the sources, in their order, for what is published
        from all of them (collections, the site, the catalog): the unchanged ones are
        parsed now (their warnings were shown when they changed)."""
        missing = []
        for source in self._unchanged:
            cached = self._cache.get(source)
            if cached is None:
                missing.append(source)
            else:
                self.articles.append(cached)
        if missing:
            if self._pool is None:
                self._pool = WorkerPool(self.options.limits, self.jobs)
            for _, outcome in self._pool.run(self._read_article, missing):
                if not isinstance(outcome, (Failure, ContentError)):
                    self.articles.append(outcome[0])
                    self._cache.put(outcome[0])
        self._unchanged = []
        order = {source: index for index, source in enumerate(self.sources)}
        published = self._published(self.articles, report=False)
        return sorted(published, key=lambda article: order.get(article.path, 0))

    def _held_back_unchanged(self, unchanged: set[Path]) -> set[Path]:
        """Unchanged sources this build holds back (a draft built earlier with --drafts, now
        without): their outputs are removed, as a retracted article's are."""
        from tearsheet.build import held_back

        held = set()
        for source in unchanged:
            cached = self._cache.get(source)
            if cached is not None and held_back(cached, self.options):
                held.add(source)  # parsed again below, where the warning is given
        return held

    def _naming_new_articles(self, unchanged: set[Path]) -> set[Path]:
        """Unchanged sources with refs, when the build has articles new to it: a ref that
        named nothing may name one of them now (parsed again; rebuilt only if it does)."""
        if not unchanged or not self.state.new_sources(self.sources):
            return set()
        return {
            source
            for source in unchanged
            if (cached := self._cache.get(source)) is not None and has_refs(cached.body)
        }

    def _published(self, articles: list[Article], report: bool) -> list[Article]:
        """The articles this build publishes: drafts and future-dated ones held back (with a
        warning each, once), unless --drafts / --future ask for them."""
        from tearsheet.build import held_back

        kept = []
        for article in articles:
            reason = held_back(article, self.options)
            if reason is None:
                kept.append(article)
            elif report:
                self.report.notices.append(reason)
        return kept

    def finish(self) -> list[Path]:
        """Remove the outputs of deleted or renamed articles, save the record; return the
        paths removed."""
        for output in self.state.orphans(self.sources, self.kept):
            self.report.removed.append(self.state.remove(output))
        self.state.save()
        return self.report.removed

    def _parse(self, pool: WorkerPool, paths: list[Path], kept: set[str]) -> list[Article]:
        outcomes = []
        for index, outcome in pool.run(self._read_article, paths):
            if isinstance(outcome, Failure):
                message = f"reading {outcome.message}; skipped"
                outcome = ContentError(display_path(paths[index]), message, details=outcome.details)
            outcomes.append((paths[index], outcome))
        parsed = collect_articles(outcomes)
        self.report.errors += parsed.errors
        self.report.notices += parsed.notices
        articles = []
        for article in parsed.articles:
            if _all_names(article.slug) & kept:
                self.report.errors.append(
                    ContentError(
                        display_path(article.path),
                        f"slug '{article.slug}' is already used by another article; "
                        "rename one or set 'slug:' in its front matter",
                    )
                )
            else:
                articles.append(article)
        return articles

    @staticmethod
    def _failed_sources(changed: list[Path], articles: list[Article]) -> list[Path]:
        good = {article.path for article in articles}
        return [source for source in changed if source not in good]

    def _in_pool(self, pool: WorkerPool, tasks: list) -> Iterator[Any]:
        from tearsheet.build import ArticleResult

        for index, outcome in pool.run(
            _build_one, tasks, cost=lambda task: len(task[0].body), ordered=False
        ):
            if isinstance(outcome, Failure):
                article = tasks[index][0]
                error = ContentError(
                    display_path(article.path),
                    f"rendering {outcome.message}; skipped",
                    details=outcome.details,
                )
                outcome = ArticleResult(article, error=error)
            yield outcome

    def _on_cluster(self, tasks: list) -> Iterator[Any]:
        from tearsheet.build import ArticleResult
        from tearsheet.cluster import connect, deliver, pack, render_on_cluster

        assert self.dask is not None
        client = connect(self.dask)
        try:
            parcels = [
                pack(article, options, formats, self._dependencies(article), targets)
                for article, options, formats, targets in tasks
            ]
            costs = [len(task[0].body) for task in tasks]
            for index, delivery in render_on_cluster(client, parcels, costs):
                article = tasks[index][0]
                written, notices, error = deliver(
                    delivery, article, self.options.out, display_path(article.path)
                )
                yield ArticleResult(article, written=written, notices=notices, error=error)
        finally:
            client.close()

    def _record(self, result: Any) -> None:
        """Record each output actually written, with its dependencies and settings."""
        if not result.written:
            return
        dependencies = self._dependencies(result.article)
        for path in result.written:
            name = path.name
            fmt = KOBO if name.endswith(".kepub.epub") else path.suffix[1:]
            if fmt not in self.contexts:
                continue
            self.state.record(
                name,
                result.article.path,
                fmt,
                dependencies,
                self.contexts[fmt],
                format_settings(self.options, fmt),
            )
