"""Time tearsheet against pandoc on the same articles: `make bench`.

Each tool converts the same sample of real articles from ../shared/corpus to EPUB and to PDF
(pandoc through its WeasyPrint engine, so both lay out with the same engine). Wall-clock times
over whole runs, best of --repeat; printed as a table. Not a test: speed belongs here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def sample(count: int) -> list[Path]:
    """A fixed, varied sample: every n-th article of the corpus that tearsheet accepts."""
    from tearsheet.source import find_sources, parse_articles

    skip = {"authors", "sources"}
    paths = [p for p in find_sources([CORPUS]) if not skip & set(p.parts)]
    parsed = parse_articles(paths)
    good = sorted(article.path for article in parsed.articles)
    step = max(1, len(good) // count)
    return good[::step][:count]


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def run_tearsheet(articles: list[Path], formats: str, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tearsheet",
                "build",
                *map(str, articles),
                "--out",
                out,
                "--formats",
                formats,
                "--jobs",
                str(jobs),
                "--quiet",
                "--force",
            ],
            check=False,
            stderr=subprocess.DEVNULL,
        )


def run_pandoc(articles: list[Path], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as out:
        for article in articles:
            target = Path(out, article.stem + "." + fmt)
            command = ["pandoc", str(article), "-s", "-o", str(target)]
            if fmt == "pdf":
                command += ["--pdf-engine=weasyprint"]
            subprocess.run(command, check=False, capture_output=True, cwd=article.parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not shutil.which("pandoc"):
        print("pandoc is not installed (scripts/system-deps --bench installs it)", file=sys.stderr)
        return 1
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    articles = sample(args.articles)
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout
    print(f"{len(articles)} corpus articles, best of {args.repeat}; {version.splitlines()[0]}")
    parallel = f"tearsheet, {args.jobs} processes"
    rows = [
        ("EPUB", "tearsheet, 1 process", lambda: run_tearsheet(articles, "epub", 1)),
        ("EPUB", parallel, lambda: run_tearsheet(articles, "epub", args.jobs)),
        ("EPUB", "pandoc", lambda: run_pandoc(articles, "epub")),
        ("PDF", "tearsheet, 1 process", lambda: run_tearsheet(articles, "pdf", 1)),
        ("PDF", parallel, lambda: run_tearsheet(articles, "pdf", args.jobs)),
        ("PDF", "pandoc + WeasyPrint", lambda: run_pandoc(articles, "pdf")),
    ]
    print(f"{'format':<7}{'tool':<26}{'seconds':>9}{'per article':>13}")
    for fmt, tool, run in rows:
        seconds = best_of(args.repeat, run)
        print(f"{fmt:<7}{tool:<26}{seconds:>9.2f}{seconds / len(articles):>13.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
