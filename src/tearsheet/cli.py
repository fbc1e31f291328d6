"""The command line: argument parsing and output only."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tearsheet import __version__
from tearsheet.build import FORMATS, BuildOptions, build_articles, parse_sources
from tearsheet.config import ALIGNMENTS, CONFIG_NAME, PAGE_SIZES, PDF_VARIANTS, load_config
from tearsheet.delivery import DEVICES, check_delivery
from tearsheet.errors import ContentError
from tearsheet.guard import DEFAULT_MEMORY_BYTES, DEFAULT_SECONDS, Limits
from tearsheet.importer import ImportOutcome, import_sources
from tearsheet.source import find_sources
from tearsheet.theme import Theme

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
built), 2 on a usage error."""


def _formats(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated list of {', '.join(FORMATS)}, got {value!r}"
        )
    return names


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value!r}")
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

    build = commands.add_parser(
        "build",
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
    build.add_argument("-q", "--quiet", action="store_true", help="print only problems")

    check = commands.add_parser(
        "check",
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
    return parser


def _print_problems(errors: Sequence[ContentError], notices: Sequence[object]) -> None:
    for notice in notices:
        print(notice, file=sys.stderr)
    for error in errors:
        print(error, file=sys.stderr)


def _sources(arguments: argparse.Namespace) -> list[Path]:
    targets = arguments.sources or [Path("content")]
    missing = [str(target) for target in targets if not target.exists()]
    if missing:
        raise ContentError(missing[0], "no such file or folder")
    return find_sources(targets)


def _run_device_check(arguments: argparse.Namespace) -> int:
    if not arguments.sources:
        raise ContentError(None, "check --device: name the EPUB files to check")
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


def _choose(option: object, setting: object) -> object:
    return setting if option is None else option


def _run_build(arguments: argparse.Namespace) -> int:
    config = load_config(arguments.config)
    theme_folder = _choose(arguments.theme, config.theme)
    theme = Theme.load(theme_folder)
    if theme_folder and not theme.stylesheet("print.css").is_file():
        raise ContentError(theme_folder, "not a theme folder (no print.css)")
    limits = Limits(arguments.time_limit, int(arguments.memory_limit * 1024**2))
    jobs = max(1, arguments.jobs)
    parsed = parse_sources(_sources(arguments), limits, jobs)
    _print_problems(parsed.errors, parsed.notices)
    options = BuildOptions(
        out=_choose(arguments.out, config.out),
        theme=theme,
        formats=arguments.formats,
        page_size=_choose(arguments.page_size, config.page_size),
        pdf_variant=_choose(arguments.pdf_variant, config.pdf_variant),
        align=_choose(arguments.align, config.align),
        drop_cap=_choose(arguments.drop_cap, config.drop_cap),
        force=arguments.force,
        kobo=arguments.kobo,
        embed_fonts=arguments.embed_fonts,
        allow_remote=arguments.allow_remote,
        limits=limits,
    )
    failed = len(parsed.errors)
    for result in build_articles(parsed.articles, options, jobs=jobs):
        for notice in result.notices:
            print(notice, file=sys.stderr)
        if result.error:
            failed += 1
            print(result.error, file=sys.stderr)
        if not arguments.quiet:
            for path in result.written:
                print(f"wrote {path}")
    if failed:
        print(f"tearsheet: {failed} article(s) failed", file=sys.stderr)
    return 1 if failed else 0


def _print_import(outcome: ImportOutcome, dry_run: bool) -> None:
    report = sys.stderr if dry_run else sys.stdout
    if dry_run:
        print(outcome.markdown, end="")
    else:
        print(f"wrote {outcome.path}")
        for image in outcome.images:
            print(f"wrote {image}")
    print(f"  {outcome.source}: recognised " + "; ".join(outcome.article.recognised), file=report)
    if outcome.article.stripped:
        print("  left out " + "; ".join(outcome.article.stripped), file=report)
    for notice in outcome.notices:
        print(notice, file=sys.stderr)


def _run_import(arguments: argparse.Namespace) -> int:
    failed = 0
    outcomes = import_sources(
        arguments.sources,
        arguments.into,
        force=arguments.force,
        dry_run=arguments.dry_run,
        with_images=arguments.with_images,
        lang=arguments.lang,
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
        return _run_build(arguments)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tearsheet: interrupted", file=sys.stderr)
        return 130
