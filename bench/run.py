"""Time tearsheet against pandoc and against WeasyPrint alone, at every scale: `make bench`.

One run measures, side by side and as the median of several runs: (a) one article cold, all
three formats; (b) a batch of articles with one process and with N, against pandoc under
``xargs -P N`` and against WeasyPrint alone laying out the same print documents in one warm
process; (c) no-op and one-changed rebuilds, also after every input's mtime was reset as a
``git checkout`` does; (d) collections, once they exist; (e) output sizes; (f) a Dask
LocalCluster. It prints a table and writes bench/RESULTS.md. Not a test: tests never time.

The corpus is generated (bench/corpus.py: seeded, the same files on every machine); with
``--corpus shared`` it is a fixed sample of ../shared/corpus instead, when that is present.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
NOTES_MARK = "## Levers and targets"
PYTHON = sys.executable


def shared_corpus() -> Path | None:
    """../shared/corpus beside the clone, or beside a folder of worktrees above it."""
    return next(
        (p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
        None,
    )


def shared_sample(count: int) -> list[Path]:
    """A fixed, varied sample: every n-th article of the shared corpus that tearsheet reads."""
    from tearsheet.source import find_sources, parse_articles

    folder = shared_corpus()
    assert folder is not None
    skip = {"authors", "sources"}
    paths = [p for p in find_sources([folder]) if not skip & set(p.parts)]
    good = sorted(article.path for article in parse_articles(paths).articles)
    step = max(1, len(good) // count)
    return good[::step][:count]


def median_of(runs: int, run: Callable[[], object], before: Callable[[], object] | None = None):
    """The median wall time of ``runs`` calls of ``run`` (``before`` runs untimed first)."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tearsheet(sources: list[Path], out: Path, *extra: str, check: bool = False) -> None:
    command = [PYTHON, "-m", "tearsheet", "build", *map(str, sources), "--out", str(out)]
    subprocess.run([*command, "--quiet", *extra], check=check, stderr=subprocess.DEVNULL)


PANDOC_SCRIPT = """
set -u
article="$1"; out="$2"; stem=$(basename "$article" .md)
cd "$(dirname "$article")"
pandoc "$article" -o "$out/$stem.epub" 2>/dev/null
pandoc "$article" -s -o "$out/$stem.html" 2>/dev/null
pandoc "$article" --pdf-engine=weasyprint -o "$out/$stem.pdf" 2>/dev/null
exit 0
"""


def pandoc(articles: list[Path], out: Path, jobs: int) -> None:
    """EPUB, standalone HTML and PDF (through WeasyPrint) per article, ``jobs`` at a time."""
    out.mkdir(parents=True, exist_ok=True)
    listing = "\0".join(str(path.resolve()) for path in articles)
    subprocess.run(
        ["xargs", "-0", "-P", str(jobs), "-I{}", "bash", "-c", PANDOC_SCRIPT, "_", "{}", str(out)],
        input=listing.encode(),
        check=False,
    )


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def sizes(out: Path) -> dict[str, int]:
    total = {"html": 0, "pdf": 0, "epub": 0}
    for path in out.iterdir():
        if path.suffix[1:] in total and not path.name.endswith(".kepub.epub"):
            total[path.suffix[1:]] += path.stat().st_size
    return total


WEASYPRINT_ONLY = """
import sys, time
from pathlib import Path
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from tearsheet.fonts import font_face_css
from tearsheet.theme import Theme
documents = [line.split("\\t", 1) for line in Path(sys.argv[1]).read_text().splitlines()]
theme = Theme.load()
start = time.perf_counter()
for base, html_file in documents:
    fonts = FontConfiguration()
    sheets = [CSS(string=font_face_css(), font_config=fonts),
              CSS(filename=str(theme.stylesheet("print.css")), font_config=fonts)]
    HTML(string=Path(html_file).read_text(), base_url=base).write_pdf(
        stylesheets=sheets, font_config=fonts, pdf_variant="pdf/ua-1")
print(time.perf_counter() - start)
"""


def print_documents(articles: list[Path], folder: Path) -> Path:
    """Write tearsheet's print HTML of each article into ``folder``; return the list file."""
    from tearsheet.printhtml import prepare_print_html, render_print_html
    from tearsheet.settings import PrintSettings
    from tearsheet.source import parse_articles
    from tearsheet.theme import Theme

    theme = Theme.load()
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for article in parse_articles(articles).articles:
        html = prepare_print_html(render_print_html(article, theme, PrintSettings()))
        target = folder / f"{article.slug}.html"
        target.write_text(html, encoding="utf-8")
        lines.append(f"{article.folder.resolve().as_uri()}/\t{target}")
    listing = folder / "documents.tsv"
    listing.write_text("\n".join(lines), encoding="utf-8")
    return listing


def weasyprint_only(listing: Path) -> float:
    """WeasyPrint alone, one warm process: the time for layout and writing, import excluded."""
    done = subprocess.run(
        [PYTHON, "-c", WEASYPRINT_ONLY, str(listing)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.split()[-1])


WARM_REBUILD = """
import sys, time, statistics
from pathlib import Path
from tearsheet.build import BuildOptions, build_article
from tearsheet.source import parse_article
from tearsheet.theme import Theme
article, _ = parse_article(Path(sys.argv[1]))
options = BuildOptions(out=Path(sys.argv[2]), theme=Theme.load())
times = []
for _ in range(int(sys.argv[3]) + 1):
    start = time.perf_counter()
    build_article(article, options, ("html", "pdf", "epub"))
    times.append(time.perf_counter() - start)
print(statistics.median(times[1:]))
"""


def supports(flag: str) -> bool:
    usage = subprocess.run(
        [PYTHON, "-m", "tearsheet", "build", "--help"], capture_output=True, text=True
    ).stdout
    return flag in usage


def reset_mtimes(paths: list[Path]) -> None:
    """What a fresh clone or ``git checkout`` does: every input gets the current time."""
    now = time.time()
    for path in paths:
        os.utime(path, (now, now))


class Table:
    """Rows of (section, what, seconds or text, note), printed as they come."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, section: str, what: str, value: float | str, note: str = "") -> None:
        shown = f"{value:.2f}" if isinstance(value, float) else value
        self.rows.append((section, what, shown, note))
        print(f"{section:<4}{what:<52}{shown:>12}  {note}", flush=True)

    def markdown(self) -> str:
        lines = ["| | measured | value | note |", "|---|---|---:|---|"]
        lines += [f"| {s} | {w} | {v} | {n} |" for s, w, v, n in self.rows]
        return "\n".join(lines)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "–"


def run_one_article(table: Table, article: Path, work: Path, runs: int) -> None:
    words = len(article.read_text(encoding="utf-8").split())
    ours = median_of(runs, lambda: tearsheet([article], fresh(work / "one"), "--jobs", "1"))
    theirs = median_of(runs, lambda: pandoc([article], fresh(work / "one-pandoc"), 1))
    table.add("a", f"one article ({words:,} words), cold, tearsheet", ours)
    table.add("a", "one article, cold, pandoc (EPUB + -s HTML + PDF)", theirs)
    table.add("a", "ratio tearsheet / pandoc", ratio(ours, theirs), "target ≤ 1.0×")
    warm = subprocess.run(
        [PYTHON, "-c", WARM_REBUILD, str(article), str(work / "warm"), str(runs)],
        capture_output=True,
        text=True,
        check=True,
    )
    table.add(
        "a",
        "one article rebuilt in a warm process",
        float(warm.stdout.split()[-1]),
        "target ≤ 0.4 s",
    )


def run_batch(table: Table, articles: list[Path], work: Path, jobs: int, runs: int) -> Path:
    count = len(articles)
    out = work / "batch"
    one = median_of(runs, lambda: tearsheet(articles, fresh(out), "--jobs", "1"))
    many = median_of(runs, lambda: tearsheet(articles, fresh(out), "--jobs", str(jobs)))
    theirs1 = median_of(runs, lambda: pandoc(articles, fresh(work / "pandoc"), 1))
    theirs = median_of(runs, lambda: pandoc(articles, fresh(work / "pandoc"), jobs))
    listing = print_documents(articles, work / "print")
    limit = statistics.median(weasyprint_only(listing) for _ in range(runs))
    table.add("b", f"{count} articles, tearsheet --jobs 1", one, ratio(one, limit) + " of WP")
    table.add(
        "b", f"{count} articles, tearsheet --jobs {jobs}", many, ratio(many, limit) + " of WP"
    )
    table.add("b", f"{count} articles, pandoc one at a time", theirs1)
    table.add("b", f"{count} articles, pandoc under xargs -P {jobs}", theirs)
    table.add("b", f"{count} print documents, WeasyPrint alone, one warm process", limit)
    table.add("b", f"--jobs {jobs} / pandoc -P {jobs}", ratio(many, theirs), "target ≤ 0.7×")
    table.add("b", f"--jobs {jobs} / WeasyPrint alone", ratio(many, limit), "target ≤ 0.55×")
    table.add("b", "--jobs 1 / WeasyPrint alone", ratio(one, limit), "target ≤ 1.1×")
    tearsheet(articles, fresh(out), "--jobs", str(jobs))
    return out


def run_rebuilds(table: Table, articles: list[Path], out: Path, jobs: int, runs: int) -> None:
    args = ("--jobs", str(jobs))
    changed = articles[len(articles) // 2]
    original = changed.read_text(encoding="utf-8")
    counter = iter(range(10**6))

    def change() -> None:
        changed.write_text(original + f"\nA late correction, number {next(counter)}.\n")

    tearsheet(articles, out, *args)
    table.add(
        "c",
        "no-op rebuild",
        median_of(runs, lambda: tearsheet(articles, out, *args)),
        "target ≤ 0.3 s",
    )
    # A folder build also publishes the site, feed and catalog: start from the same outputs.
    site = fresh(out.with_name("site"))
    shutil.copytree(out, site)
    folder = articles[0].parent
    tearsheet([folder], site, *args)
    table.add(
        "c",
        "no-op rebuild of the whole folder (which also publishes)",
        median_of(runs, lambda: tearsheet([folder], site, *args)),
        "target ≤ 0.3 s",
    )
    alone = median_of(runs, lambda: tearsheet([changed], fresh(out.with_name("alone")), *args))
    table.add("c", "the changed article built alone", alone)
    table.add(
        "c",
        "one-changed rebuild",
        median_of(runs, lambda: tearsheet(articles, out, *args), change),
        "target ≤ alone + 0.3 s",
    )
    inputs = [*articles, *(articles[0].parent / "images").glob("*")]
    table.add(
        "c",
        "no-op after every mtime reset",
        median_of(runs, lambda: tearsheet(articles, out, *args), lambda: reset_mtimes(inputs)),
        "target ≤ 0.3 s",
    )
    table.add(
        "c",
        "one-changed after every mtime reset",
        median_of(
            runs, lambda: tearsheet(articles, out, *args), lambda: (reset_mtimes(inputs), change())
        ),
        "target ≤ alone + 0.3 s",
    )
    changed.write_text(original, encoding="utf-8")


def run_collections(table: Table, largest: int) -> None:
    """One collection book of a quarter, half and all of ``largest`` articles, each laid out
    and written (PDF and EPUB) in a fresh process by bench/collection.py."""
    sizes = [max(2, largest // 4), max(2, largest // 2), largest]
    rows = {}
    for size in sizes:
        done = subprocess.run(
            [PYTHON, str(Path(__file__).with_name("collection.py")), "--one", str(size)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            table.add("d", f"collection of {size} articles", "failed", done.stderr[-80:])
            return
        rows[size] = json.loads(done.stdout.strip().splitlines()[-1])
        row = rows[size]
        table.add(
            "d",
            f"collection of {size} articles: time, peak memory",
            row["seconds"],
            f"{row['peak_mb']:.0f} MB" + ("; target < 2 GB" if size == largest else ""),
        )
    growth = rows[largest]["seconds"] / rows[sizes[0]]["seconds"]
    table.add(
        "d",
        f"collection time, {largest} / {sizes[0]} articles",
        f"{growth:.2f}×",
        f"linear would be {largest / sizes[0]:.1f}× (target for 200/50: ≤ 4.4×)",
    )


def run_sizes(table: Table, ours: Path, theirs: Path, count: int) -> None:
    mine, other = sizes(ours), sizes(theirs)
    budgets = {
        "epub": (1.5 * other["epub"] + count * 60_000, "≤ 1.5× pandoc + 60 KB of cover each"),
        "pdf": (1.5 * other["pdf"], "≤ 1.5× pandoc"),
    }
    for fmt in ("epub", "pdf", "html"):
        note = ratio(mine[fmt], other[fmt])
        if fmt in budgets:
            budget, target = budgets[fmt]
            verdict = "met" if mine[fmt] <= budget else "missed"
            note += f"; target {target} = {budget / 1e6:.2f} MB: {verdict}"
        table.add(
            "e",
            f"{fmt.upper()} bytes, {count} articles: tearsheet / pandoc",
            f"{mine[fmt] / 1e6:.2f} / {other[fmt] / 1e6:.2f} MB",
            note,
        )


def run_dask(table: Table, articles: list[Path], work: Path, jobs: int, runs: int) -> None:
    try:
        from distributed import LocalCluster
    except ImportError:
        table.add("f", "Dask LocalCluster", "skipped", "pip install 'tearsheet[dask]'")
        return
    if not supports("--dask"):
        table.add("f", "Dask LocalCluster", "skipped", "this tearsheet has no --dask")
        return
    with LocalCluster(
        n_workers=jobs, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        seconds = median_of(
            runs, lambda: tearsheet(articles, fresh(work / "dask"), "--dask", address)
        )
    table.add("f", f"{len(articles)} articles on a LocalCluster of {jobs} workers", seconds)


def write_results(table: Table, header: list[str]) -> None:
    notes = ""
    if RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        if NOTES_MARK in text:
            notes = text[text.index(NOTES_MARK) :]
    body = "# Benchmark results\n\n" + "\n".join(header) + "\n\n" + table.markdown() + "\n\n"
    RESULTS.write_text(body + (notes or f"{NOTES_MARK}\n\n(not yet written)\n"), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200, help="batch size (200)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--batch-runs", type=int, help="runs of the batch rows (--runs)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", choices=("synthetic", "shared"), default="synthetic")
    parser.add_argument("--only", default="abcdef", help="sections to run, e.g. 'ac'")
    parser.add_argument("--quick", action="store_true", help="20 articles, one run each")
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args()
    if args.quick:
        args.articles, args.runs = 20, 1
    batch_runs = args.batch_runs or args.runs
    if not shutil.which("pandoc"):
        print("pandoc is not installed (scripts/system-deps --bench installs it)", file=sys.stderr)
        return 1
    os.environ["PATH"] = f"{Path(PYTHON).parent}{os.pathsep}{os.environ['PATH']}"
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    work = Path(tempfile.mkdtemp(prefix="tearsheet-bench-"))
    table = Table()
    try:
        if args.corpus == "shared" and shared_corpus():
            articles = shared_sample(args.articles)
            described = f"{len(articles)} articles sampled from {shared_corpus()}"
        else:
            articles = generate(work / "corpus", args.articles)
            words = sum(len(p.read_text(encoding="utf-8").split()) for p in articles)
            described = (
                f"{len(articles)} synthetic articles (bench/corpus.py, seed 12), {words:,} words"
            )
        one = min(articles, key=lambda p: abs(len(p.read_text(encoding="utf-8").split()) - 1800))
        pandoc_version = subprocess.run(
            ["pandoc", "--version"], capture_output=True, text=True
        ).stdout.splitlines()[0]
        header = [
            f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
            f"- machine: {os.cpu_count()} cores, {platform.machine()}, Python "
            f"{platform.python_version()}; load average at start "
            f"{os.getloadavg()[0]:.2f} (the machine may be shared)",
            f"- corpus: {described}",
            f"- {pandoc_version}; median of {args.runs} runs ({batch_runs} for batches); "
            f"N = --jobs {args.jobs}",
        ]
        print("\n".join(header), flush=True)
        if "a" in args.only:
            run_one_article(table, one, work, args.runs)
        out = None
        if "b" in args.only:
            out = run_batch(table, articles, work, args.jobs, batch_runs)
        if "c" in args.only:
            run_rebuilds(table, articles, out or work / "rebuild", args.jobs, args.runs)
        if "d" in args.only:
            run_collections(table, args.articles)
        if "e" in args.only and out:
            run_sizes(table, out, work / "pandoc", len(articles))
        if "f" in args.only:
            run_dask(table, articles, work, args.jobs, batch_runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not args.no_write:
        write_results(table, header)
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
