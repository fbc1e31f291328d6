"""Cost of a collection book as it grows: wall time and peak memory of laying out the PDF and
writing the EPUB for 25, 50, 100 and 200 generated articles (bench/corpus.py, seeded), each
size in a fresh process.

    .venv/bin/python bench/collection.py [--sizes 25,50,100,200]

Not a test: the issue asks that 200 articles fit in 2 GB and that cost grows linearly; this
prints the numbers to check both (time and memory per article should stay flat).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def measure(size: int) -> dict[str, float]:
    """Build one book of ``size`` articles in this process; time and peak memory."""
    import tempfile

    from corpus import generate

    from tearsheet.book import lay_out_book
    from tearsheet.book_epub import render_book_epub
    from tearsheet.collection import Collection
    from tearsheet.settings import EbookSettings, PrintSettings
    from tearsheet.source import parse_articles
    from tearsheet.theme import Theme

    folder = Path(tempfile.mkdtemp(prefix="tearsheet-book-bench-"))
    articles = parse_articles(generate(folder, size)).articles
    collection = Collection(f"bench-{size}", ROOT / "bench" / "collection.py", f"{size} articles")
    settings = PrintSettings()
    start = time.perf_counter()
    layout = lay_out_book(collection, articles, Theme.load(), settings)
    render_book_epub(
        collection, articles, Theme.load(), EbookSettings(), layout.page_starts, settings.edition
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB
    return {"articles": len(articles), "seconds": seconds, "peak_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,50,100,200")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(measure(arguments.one)))
        return
    print(f"{'articles':>8}  {'seconds':>8}  {'s/article':>9}  {'peak MB':>8}  {'MB/article':>10}")
    for size in (int(part) for part in arguments.sizes.split(",")):
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        row = json.loads(output.strip().splitlines()[-1])
        count = row["articles"]
        print(
            f"{count:>8}  {row['seconds']:>8.1f}  {row['seconds'] / count:>9.2f}  "
            f"{row['peak_mb']:>8.0f}  {row['peak_mb'] / count:>10.1f}"
        )


if __name__ == "__main__":
    main()
