"""The command line's arguments: the parser, its help, and the checks on option values."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path

from tearsheet import __version__
from tearsheet.build import FORMATS
from tearsheet.config import CONFIG_NAME
from tearsheet.delivery import DEVICES
from tearsheet.errors import printable
from tearsheet.guard import DEFAULT_MEMORY_BYTES, DEFAULT_SECONDS
from tearsheet.settings import ALIGNMENTS, PAGE_SIZES, PDF_VARIANTS


def _feed_limit(value: str) -> int:
    """``--limit N``, checked by the feed reader, imported only when the option is given."""
    from tearsheet.documents import feed_limit

    return feed_limit(value)


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


def build_parser() -> argparse.ArgumentParser:
    """Every command with its options; values are checked here, so a bad one is exit 2."""
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
        "--drafts", action="store_true", help="also build articles marked 'draft: true'"
    )
    build.add_argument(
        "--future", action="store_true", help="also build articles dated after today"
    )
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
    check.add_argument("--config", type=Path, default=Path(CONFIG_NAME), help="(tearsheet.toml)")
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
        type=_feed_limit,
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
