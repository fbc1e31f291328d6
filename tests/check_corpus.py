"""Build every article of the shared corpus and check each EPUB with EPUBCheck and Ace
(`make check-corpus`; the results are kept in docs/CORPUS.md)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from validators import run_ace, run_epubcheck_batch

ROOT = Path(__file__).resolve().parents[1]
# The article folders of the three sites; author and source profiles live beside them.
SITES = ("digitalgov.gov/content/news", "ooni-web/content/post", "codefor.de/content/blog")


def find_corpus() -> Path:
    """shared/corpus beside the clone or beside its folder of worktrees (as the tests look)."""
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    raise SystemExit("no shared/corpus folder found beside the checkout")


def build(corpus: Path, out: Path, jobs: int) -> tuple[list[str], list[str]]:
    """Build PDF and EPUB of every article: the one-line errors about the input (a stub
    with no body...), which the README expects, and any failure of the tool itself."""
    command = [
        str(Path(sys.executable).with_name("tearsheet")),
        "build",
        *(str(corpus / site) for site in SITES),
        "--out",
        str(out),
        "--formats",
        "pdf,epub",
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    result = subprocess.run(command, check=False, capture_output=True, text=True)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    problems = [line for line in lines if "warning:" not in line]
    crashes = [
        line
        for line in problems
        if "could not render" in line or "Traceback" in line or "took longer" in line
    ]
    if result.returncode not in (0, 1):
        crashes.append(f"tearsheet build exited with status {result.returncode}")
    errors = [
        line for line in problems if line not in crashes and not line.startswith("tearsheet:")
    ]
    return errors, crashes


def check(books: list[Path], jobs: int) -> tuple[list[str], list[str]]:
    """EPUBCheck (any message fails) and Ace (any violation fails) on every book; the
    summaries of the books that failed each."""
    epubcheck = [r.summary() for r in run_epubcheck_batch(books) if r.messages]
    with ThreadPoolExecutor(jobs) as pool:
        ace = [r.summary() for r in pool.map(run_ace, books) if r.violations]
    return epubcheck, ace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build-corpus")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-build", action="store_true", help="check what --out holds")
    args = parser.parse_args(argv)
    corpus = find_corpus()
    started = time.monotonic()
    errors, crashes = ([], []) if args.no_build else build(corpus, args.out, args.jobs)
    books = sorted(p for p in args.out.glob("*.epub") if not p.name.endswith(".kepub.epub"))
    articles = sum(
        1 for site in SITES for path in (corpus / site).rglob("*.md") if path.name != "_index.md"
    )
    epubcheck, ace = check(books, args.jobs)
    for line in errors + crashes + epubcheck + ace:
        print(line)
    print(
        f"{articles} articles: {len(books)} EPUBs built, {len(errors)} one-line input errors, "
        f"{articles - len(books) - len(errors)} not built (drafts, future dates), "
        f"{len(crashes)} tool failures; EPUBCheck: {len(books) - len(epubcheck)} clean, "
        f"{len(epubcheck)} with messages; Ace: {len(books) - len(ace)} clean, "
        f"{len(ace)} with violations ({time.monotonic() - started:.0f} s)"
    )
    return 1 if crashes or epubcheck or ace else 0


if __name__ == "__main__":
    sys.exit(main())
