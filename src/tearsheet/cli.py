"""The command line: argument parsing and output only."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tearsheet import __version__
from tearsheet.article import Article
from tearsheet.book import BookSettings
from tearsheet.build import FORMATS, BuildOptions, parse_sources
from tearsheet.cluster import ClusterError, dask_setting
from tearsheet.config import CONFIG_NAME, Config, load_config
from tearsheet.delivery import DEVICES, check_delivery
from tearsheet.documents import feed_limit
from tearsheet.errors import ContentError, Notice, UsageError, one_line, printable
from tearsheet.guard import DEFAULT_MEMORY_BYTES, DEFAULT_SECONDS, Limits
from tearsheet.progress import BuildProgress
from tearsheet.publish import publish
from tearsheet.scheduler import Scheduler
from tearsheet.settings import ALIGNMENTS, PAGE_SIZES, PDF_VARIANTS
from tearsheet.source import find_sources
from tearsheet.theme import Theme

if TYPE_CHECKING:
    from tearsheet.importer import ImportOutcome

DESCRIPTION = """\
Publish news and opinion articles kept as Markdown with YAML front matter:
each article becomes a standalone HTML page, a typeset PDF and an EPUB 3,
with its headline, dateline and attribution in every output."""

EPILOG = """\
examples:
  tearsheet build                      build every content/*.md into build/
  tearsheet build content/a.md --formats pdf --page-size letter
  tearsheet check content/             validate front matter without rendering
  tearsheet import saved.txt https://example.org/story --dry-run
  tearsheet build --kobo               also write SLUG.kepub.epub for Kobo readers
  tearsheet check --device kindle build/*.epub
                                       check built EPUBs against Kindle's delivery rules

exit status: 0 on success, 1 when any article failed (the others are still
built), 2 on a usage error (an unknown option or value, a missing source, a
theme folder without print.css).

warnings end in a code, e.g. [shortcode-dropped]; silence codes in tearsheet.toml:
  [warnings]
  ignore = ["shortcode-dropped"]"""


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated list of {', '.join(FORMATS)}, got {value!r}"
        )
    return names


# The largest --time-limit (seconds, about 11 days) or --memory-limit (MB, about 1 TB):
# beyond it the number is a typo, and nan, inf or 1e300 would switch the limit off or
# overflow setrlimit.
MAX_LIMIT = 1_000_000


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0 < number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"expected a positive number up to {MAX_LIMIT:,}, got {printable(value)!r}"
        )
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tearsheet",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tearsheet {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Options every command takes.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--traceback",
        action="store_true",
        help="show the traceback behind a 'could not render' line (also TEARSHEET_DEBUG=1)",
    )

    build = commands.add_parser(
        "build",
        parents=[common],
        help="render articles to HTML, PDF and EPUB",
        description="Render articles to HTML, PDF and EPUB. Only outputs older than their "
        "article, theme or the tool itself are rebuilt.",
    )
    build.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SOURCE",
        help="Markdown files or folders (searched recursively); default: content/",
    )
    build.add_argument("--out", type=Path, help="output folder (build/)")
    build.add_argument(
        "--formats",
        type=_formats,
        default=FORMATS,
        metavar="LIST",
        help="comma-separated formats to write: html,pdf,epub (all three)",
    )
    build.add_argument("--page-size", choices=PAGE_SIZES, help="PDF page size (a4)")
    build.add_argument(
        "--pdf-variant",
        choices=PDF_VARIANTS,
        help="tagged PDF/UA for screen readers (pdf/ua-1, the default) or a PDF/A level",
    )
    build.add_argument(
        "--align", choices=ALIGNMENTS, help="PDF body text: justified and hyphenated, or ragged"
    )
    build.add_argument(
        "--drop-cap",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="open the PDF's text with a drop cap",
    )
    build.add_argument("--theme", type=Path, help="theme folder (default: the built-in styles/)")
    build.add_argument(
        "--config",
        type=Path,
        default=Path(CONFIG_NAME),
        help=f"project settings, used when present ({CONFIG_NAME})",
    )
    build.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="articles to render at once (number of CPUs)",
    )
    build.add_argument(
        "--kobo",
        action="store_true",
        help="also write SLUG.kepub.epub, the EPUB flavour Kobo readers show best",
    )
    build.add_argument(
        "--embed-fonts",
        action="store_true",
        help="embed the text fonts in the EPUB, subset (off: the reader's fonts are used)",
    )
    build.add_argument("--force", action="store_true", help="rebuild even up-to-date outputs")
    build.add_argument(
        "--allow-remote",
        action="store_true",
        help="fetch http(s) images (10 s timeout, 10 MB each); by default nothing is fetched",
    )
    build.add_argument(
        "--time-limit",
        type=_positive,
        default=DEFAULT_SECONDS,
        metavar="SECONDS",
        help=f"skip an article that takes longer to read or render ({DEFAULT_SECONDS:g})",
    )
    build.add_argument(
        "--memory-limit",
        type=_positive,
        default=DEFAULT_MEMORY_BYTES // 1024**2,
        metavar="MB",
        help=f"skip an article that needs more memory ({DEFAULT_MEMORY_BYTES // 1024**2})",
    )
    build.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="render on a Dask cluster (tcp://SCHEDULER:8786, or [build] dask = ... in "
        f"{CONFIG_NAME}; pip install 'tearsheet[dask]')",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    check = commands.add_parser(
        "check",
        parents=[common],
        help="validate articles without rendering, or EPUBs for delivery to a device",
        description="Read and validate every article, report every problem, render nothing. "
        "With --device, check built EPUBs against that device's delivery rules instead "
        "(language tag, cover, NCX, XML comments, size budgets, alt text).",
    )
    check.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SOURCE",
        help="Markdown files or folders (default: content/); EPUB files with --device",
    )
    check.add_argument(
        "--device", choices=DEVICES, help="check EPUB files for delivery to kindle, kobo or apple"
    )
    imports = commands.add_parser(
        "import",
        parents=[common],
        help="turn saved text, saved web pages and URLs into content files",
        description="Turn copied text (.txt), saved web pages (.html), standard input (-) or "
        "http(s) addresses into content/<date>-<slug>.md with front matter, leaving out the "
        "site's comment forms, share buttons and other clutter. Prints what it recognised and "
        "what it left out; a date it cannot find is left for you to fill in, never guessed.",
    )
    imports.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a .txt or .html file, -, or an http(s) URL"
    )
    imports.add_argument(
        "--into", type=Path, default=Path("content"), help="folder to write to (content/)"
    )
    imports.add_argument("--force", action="store_true", help="replace existing files")
    imports.add_argument(
        "--dry-run", action="store_true", help="print the Markdown instead of writing it"
    )
    imports.add_argument(
        "--with-images",
        action="store_true",
        help="download the article's images into its own folder (<into>/<name>/index.md)",
    )
    imports.add_argument("--lang", help="the articles' language tag, when detection is wrong")
    imports.add_argument(
        "--limit",
        type=feed_limit,
        metavar="N",
        help="import at most the N newest entries of a feed",
    )
    serve = commands.add_parser(
        "serve",
        help="serve build/ on this computer and rebuild as you edit",
        description="Build, then serve build/ (the downloads site and the OPDS catalog) at "
        "http://127.0.0.1:8000/, rebuilding in the background whatever changes in the content, "
        "its collections, the theme or tearsheet.toml; open pages reload by themselves. "
        "--host 0.0.0.0 lets an e-reader on the same network browse the OPDS catalog.",
    )
    serve.add_argument(
        "sources", nargs="*", type=Path, metavar="SOURCE", help="content folders (content/)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (8000)")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (127.0.0.1: this computer only)"
    )
    serve.add_argument("--out", type=Path, help="output folder (build/)")
    serve.add_argument("--theme", type=Path, help="theme folder (default: the built-in styles/)")
    serve.add_argument("--config", type=Path, default=Path(CONFIG_NAME), help="(tearsheet.toml)")
    serve.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="(CPUs)")

    send = commands.add_parser(
        "send",
        help="mail a built book to a reading device (Send to Kindle, Kobo...)",
        description="Mail an article's or a collection's EPUB (or its kepub or PDF) to an "
        "address, through the SMTP server in the [send] table of tearsheet.toml (host, port, "
        "security, username, from). The password comes from $TEARSHEET_SMTP_PASSWORD or the "
        "system keyring (keyring set tearsheet-smtp:HOST USER), never from a file.",
    )
    send.add_argument(
        "book", metavar="ARTICLE-OR-COLLECTION", help="a slug, a collection name, or a file"
    )
    send.add_argument("--to", required=True, metavar="ADDRESS", help="the device's address")
    send.add_argument(
        "--format", choices=("epub", "kepub", "pdf"), default="epub", help="what to send (epub)"
    )
    send.add_argument("--out", type=Path, help="where the books were built (build/)")
    send.add_argument("--config", type=Path, default=Path(CONFIG_NAME), help="(tearsheet.toml)")
    return parser


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
    parsed = parse_sources(_sources(arguments), Limits(), jobs=os.cpu_count() or 1)
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


def _publishes(arguments: argparse.Namespace) -> bool:
    """Only a build of whole folders (content/ by default) publishes."""
    return all(folder.is_dir() for folder in arguments.sources or [Path("content")])


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
    parser = _parser()
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
