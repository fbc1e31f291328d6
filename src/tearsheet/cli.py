"""The command line: argument parsing and output only."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tearsheet.arguments import build_parser
from tearsheet.article import Article
from tearsheet.build import BuildOptions, parse_sources
from tearsheet.cluster import ClusterError, dask_setting
from tearsheet.config import Config, load_config
from tearsheet.delivery import check_delivery
from tearsheet.errors import ContentError, Notice, UsageError, one_line, printable
from tearsheet.guard import Limits
from tearsheet.progress import BuildProgress
from tearsheet.publish import publish
from tearsheet.scheduler import Scheduler
from tearsheet.settings import BookSettings
from tearsheet.source import find_sources
from tearsheet.theme import Theme

if TYPE_CHECKING:
    from tearsheet.importer import ImportOutcome


def _run_serve(arguments: argparse.Namespace) -> int:
    """Serve build/ and rebuild on change until Ctrl-C."""
    from tearsheet.serve import serve

    if not 0 < arguments.port < 65536:
        raise UsageError(f"serve: --port must be 1-65535, got {arguments.port}")
    config = load_config(arguments.config)
    sources = arguments.sources or [Path("content")]
    missing = [str(source) for source in sources if not source.is_dir()]
    if missing:
        raise UsageError(f"serve: {printable(missing[0])}: expected a content folder")
    options = BuildOptions(
        out=arguments.out or config.out,
        theme=_load_theme(arguments.theme or config.theme),
        print=config.print,
        ebook=config.ebook,
        site=True,
        static=config.static,
    )
    jobs = max(1, arguments.jobs)
    return serve(sources, options, arguments.config, arguments.host, arguments.port, jobs)


def _run_send(arguments: argparse.Namespace) -> int:
    """Mail one built book; every failure is one line and exit status 1."""
    from tearsheet.send import (
        SendError,
        find_password,
        load_send_settings,
        resolve_book,
        send_book,
    )

    settings = load_send_settings(arguments.config)
    out = arguments.out or load_config(arguments.config).out
    try:
        book = resolve_book(arguments.book, arguments.format, out)
        title = send_book(settings, book, arguments.to, arguments.format, find_password(settings))
    except SendError as error:
        print(f"tearsheet: send: {printable(str(error))}", file=sys.stderr)
        return 1
    print(f"sent {book} to {printable(arguments.to)} ({printable(title)})")
    return 0


def _show_tracebacks(arguments: argparse.Namespace) -> bool:
    return getattr(arguments, "traceback", False) or os.environ.get("TEARSHEET_DEBUG") == "1"


def _print_problems(
    errors: Sequence[ContentError],
    notices: Sequence[Notice],
    ignore: frozenset[str] = frozenset(),
    tracebacks: bool = False,
) -> None:
    """Warnings first (less those tearsheet.toml silences), then errors, one line each; the
    traceback behind a "could not render" line only when asked for."""
    for notice in notices:
        if notice.code not in ignore:
            print(notice, file=sys.stderr)
    for error in errors:
        print(error, file=sys.stderr)
        if tracebacks and error.details:
            print(error.details.rstrip(), file=sys.stderr)


def _sources(arguments: argparse.Namespace) -> list[Path]:
    targets = arguments.sources or [Path("content")]
    missing = [str(target) for target in targets if not target.exists()]
    if missing:
        raise UsageError(f"{printable(missing[0])}: no such file or folder")
    return find_sources(targets)


def _run_device_check(arguments: argparse.Namespace) -> int:
    if not arguments.sources:
        raise UsageError("check --device: name the EPUB files to check")
    problems = [
        error for path in arguments.sources for error in check_delivery(path, arguments.device)
    ]
    _print_problems(problems, [])
    failed = len({str(error.path) for error in problems})
    total = len(arguments.sources)
    print(f"{total - failed} of {total} books pass the {arguments.device} delivery rules")
    return 1 if problems else 0


def _run_check(arguments: argparse.Namespace) -> int:
    if arguments.device:
        return _run_device_check(arguments)
    static = load_config(arguments.config).static
    parsed = parse_sources(_sources(arguments), Limits(), os.cpu_count() or 1, static)
    _print_problems(parsed.errors, parsed.notices)
    total = len(parsed.articles) + len(parsed.errors)
    print(f"{len(parsed.articles)} of {total} articles are valid")
    return 1 if parsed.errors else 0


def _load_theme(folder: Path | None) -> Theme:
    theme = Theme.load(folder)
    if folder and not theme.stylesheet("print.css").is_file():
        raise UsageError(f"{printable(str(folder))}: not a theme folder (no print.css)")
    return theme


def _build_options(arguments: argparse.Namespace, config: Config) -> BuildOptions:
    """The command line's options over tearsheet.toml's settings over the defaults."""
    chosen = {
        name: value
        for name in ("page_size", "pdf_variant", "align", "drop_cap")
        if (value := getattr(arguments, name)) is not None
    }
    remote = arguments.allow_remote or config.print.allow_remote
    ebook = {"embed_fonts": True} if arguments.embed_fonts else {}
    if arguments.kobo:
        ebook["kobo"] = True
    return BuildOptions(
        out=arguments.out or config.out,
        theme=_load_theme(arguments.theme or config.theme),
        formats=arguments.formats,
        print=replace(config.print, **chosen, allow_remote=remote),
        ebook=replace(config.ebook, **ebook, allow_remote=remote),
        force=arguments.force,
        limits=Limits(arguments.time_limit, int(arguments.memory_limit * 1024**2)),
        site=_publishes(arguments),
        allow_private_networks=config.allow_private_networks,
        drafts=arguments.drafts,
        future=arguments.future,
        static=config.static,
    )


def _publishes(arguments: argparse.Namespace) -> bool:
    """Only a build of whole folders (content/ by default) publishes the downloads site: an
    index of a few named files would hide the other articles."""
    return all(folder.is_dir() for folder in arguments.sources or [Path("content")])


def _run_build(arguments: argparse.Namespace) -> int:
    config = load_config(arguments.config)
    options = _build_options(arguments, config)
    jobs = max(1, arguments.jobs)
    tracebacks = _show_tracebacks(arguments)
    dask = arguments.dask or dask_setting(config.tables.get("build"), arguments.config)
    with Scheduler(options, jobs, dask=dask) as scheduler:
        scheduler.prepare(_sources(arguments))
        report = scheduler.report
        _print_problems(report.errors, report.notices, config.ignore, tracebacks)
        failed = len(report.errors)
        with BuildProgress(report.to_build, quiet=arguments.quiet) as progress:
            for result in scheduler.build(progress.advance):
                errors = [result.error] if result.error else []
                _print_problems(errors, result.notices, config.ignore, tracebacks)
                failed += result.error is not None
                if not arguments.quiet:
                    for path in result.written:
                        print(f"wrote {printable(str(path))}")
        for path in scheduler.finish():
            if not arguments.quiet:
                print(f"removed {printable(str(path))}")
        problems = 0
        if _publishes(arguments):
            problems = _publish(scheduler.all_articles(), options, arguments, config.ignore)
    if failed:
        print(f"tearsheet: {failed} article(s) failed", file=sys.stderr)
    return 1 if failed or problems else 0


def _publish(
    articles: Sequence[Article],
    options: BuildOptions,
    arguments: argparse.Namespace,
    ignore: frozenset[str],
) -> int:
    """Collection books, the downloads site, the feed and the OPDS catalog; the number of
    collections (or clashing names) that failed. Only a build of whole folders (content/ by
    default) publishes: an index of a few named files would hide the other articles."""
    folders = arguments.sources or [Path("content")]
    if not _publishes(arguments):
        return 0
    published = publish(
        articles,
        options.out,
        options.theme,
        folders,
        arguments.config,
        book_settings=BookSettings(options.print, options.ebook, options.formats, options.force),
    )
    _print_problems(published.errors, published.notices, ignore)
    if not arguments.quiet:
        for path in published.written:
            print(f"wrote {printable(str(path))}")
    return len(published.errors)


def _print_import(outcome: ImportOutcome, dry_run: bool) -> None:
    report = sys.stderr if dry_run else sys.stdout
    if dry_run:
        print(outcome.markdown, end="")
    else:
        print(f"wrote {printable(str(outcome.path))}")
        for image in outcome.images:
            print(f"wrote {printable(str(image))}")
    recognised = "; ".join(outcome.article.recognised)
    print(f"  {printable(str(outcome.source))}: recognised {printable(recognised)}", file=report)
    if outcome.article.stripped:
        print("  left out " + printable("; ".join(outcome.article.stripped)), file=report)
    for notice in outcome.notices:
        print(notice, file=sys.stderr)


def _run_import(arguments: argparse.Namespace) -> int:
    from tearsheet.importer import import_sources  # trafilatura is slow to import

    failed = 0
    outcomes = import_sources(
        arguments.sources,
        arguments.into,
        force=arguments.force,
        dry_run=arguments.dry_run,
        with_images=arguments.with_images,
        lang=arguments.lang,
        limit=arguments.limit,
    )
    for outcome in outcomes:
        if isinstance(outcome, ContentError):
            failed += 1
            print(outcome, file=sys.stderr)
        else:
            _print_import(outcome, arguments.dry_run)
    if failed:
        print(f"tearsheet: {failed} source(s) not imported", file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 article errors, 2 usage)."""
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        if arguments.command == "check":
            return _run_check(arguments)
        if arguments.command == "import":
            return _run_import(arguments)
        if arguments.command == "send":
            return _run_send(arguments)
        if arguments.command == "serve":
            return _run_serve(arguments)
        return _run_build(arguments)
    except UsageError as error:
        print(f"tearsheet: {one_line(str(error))}", file=sys.stderr)
        return 2
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    except ClusterError as error:
        print(f"tearsheet: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # the out folder is full, read-only, or not a folder
        where = f"{printable(error.filename)}: " if error.filename else ""
        print(f"tearsheet: {where}{one_line(error.strerror or str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tearsheet: interrupted", file=sys.stderr)
        return 130
