"""Measure the speed levers one at a time, in one process: `python bench/levers.py`.

(1) warm workers (one worker serves every article) against a fresh fork per article (a
worker retired after each, as before the pool); (2) the longest article first against the
corpus order, with N workers; (3) a profile of one article built in a warm process, the
cumulative time of the costliest calls. Prints Markdown for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from tearsheet.build import FORMATS, BuildOptions, build_article
from tearsheet.guard import Limits, WorkerPool
from tearsheet.source import parse_article
from tearsheet.theme import Theme


def _build(task):
    return build_article(*task)


def _timed_pool(tasks, jobs: int, recycle_after: int, longest_first: bool) -> float:
    cost = (lambda task: len(task[0].body)) if longest_first else None
    start = time.perf_counter()
    with WorkerPool(Limits(), jobs, recycle_after=recycle_after) as pool:
        for _ in pool.run(_build, tasks, cost=cost, ordered=False):
            pass
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=16)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    importlib.import_module("tearsheet.pdf")
    importlib.import_module("tearsheet.epub")
    with tempfile.TemporaryDirectory() as work:
        paths = generate(Path(work) / "corpus", args.articles)
        articles = [parse_article(path)[0] for path in paths]
        options = BuildOptions(out=Path(work) / "out", theme=Theme.load())
        tasks = [(article, options, FORMATS) for article in articles]

        def median(**kwargs) -> float:
            return statistics.median(_timed_pool(tasks, **kwargs) for _ in range(args.runs))

        fresh = median(jobs=1, recycle_after=1, longest_first=False)
        warm = median(jobs=1, recycle_after=50, longest_first=False)
        print(f"| {len(tasks)} articles, 1 worker, a fresh fork per article | {fresh:.2f} s |")
        print(
            f"| {len(tasks)} articles, 1 warm worker for all | {warm:.2f} s "
            f"({(fresh - warm) / len(tasks):+.3f} s per article) |"
        )
        ordered = median(jobs=args.jobs, recycle_after=50, longest_first=False)
        longest = median(jobs=args.jobs, recycle_after=50, longest_first=True)
        print(
            f"| {len(tasks)} articles, {args.jobs} warm workers, corpus order | {ordered:.2f} s |"
        )
        print(
            f"| {len(tasks)} articles, {args.jobs} warm workers, longest first | {longest:.2f} s |"
        )
        one = min(articles, key=lambda a: abs(len(a.body.split()) - 1800))
        build_article(one, options, FORMATS)  # warm
        profile = cProfile.Profile()
        start = time.perf_counter()
        profile.runcall(build_article, one, options, FORMATS)
        print(
            f"\nOne article ({len(one.body.split()):,} words) in a warm process: "
            f"{time.perf_counter() - start:.2f} s under the profiler\n"
        )
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(22)
        print("```\n" + text.getvalue().split("\n\n", 2)[-1].strip() + "\n```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
