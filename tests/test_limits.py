"""Bounds: hostile articles lay out quickly or are skipped with one line; the rest still build."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from pypdf import PdfReader

from tearsheet.bounds import LONG_WORD, MAX_DEPTH, ZERO_WIDTH_SPACE, bound_html
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.markup import render_markdown

from conftest import ROOT, build, pdftotext, write_article


def _sleep_or_echo(item: float) -> float:
    if item > 1:
        time.sleep(item)
    return item


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def test_guard_kills_an_item_over_time_and_keeps_order():
    started = time.monotonic()
    outcomes = list(run_limited(_sleep_or_echo, [0.5, 60.0, 0.25], Limits(seconds=2), jobs=2))
    assert outcomes == [0.5, Failure("took longer than 2 s"), 0.25]
    assert time.monotonic() - started < 30


def test_guard_reports_an_item_over_memory():
    # The limit counts what the item adds to the worker, not the test runner's own size.
    limits = Limits(seconds=60, memory_bytes=300 * 1024**2)
    outcomes = list(run_limited(_allocate, [1, 2048, 2], limits))
    assert outcomes[0] == 1024**2 and outcomes[2] == 2 * 1024**2
    assert isinstance(outcomes[1], Failure)
    assert outcomes[1].message.startswith("ran out of memory (limit")


def test_long_words_get_break_points_and_deep_markup_is_flattened():
    markup = render_markdown("Start " + "x" * 1000 + " end.")
    assert ZERO_WIDTH_SPACE in markup.html
    assert max(len(word) for word in markup.html.split(ZERO_WIDTH_SPACE)) < LONG_WORD + 10
    assert markup.notes == [f"1 word(s) over {LONG_WORD} characters given break points"]
    assert render_markdown("中国最近开始封锁所有语言版本的维基百科。" * 10).notes == []
    flattened, notes = bound_html("<div>" * 100 + "deep" + "</div>" * 100)
    assert flattened == "<div>" * MAX_DEPTH + "deep" + "</div>" * MAX_DEPTH
    assert notes == [f"markup nested 100 deep; levels beyond {MAX_DEPTH} were flattened"]
    untouched = '<a href="https://example.org/' + "y" * 100 + '">link</a>'
    assert bound_html(untouched) == (untouched, [])


def test_hostile_layouts_build_within_a_generous_bound(tmp_path, capsys):
    content = tmp_path / "content"
    hostile = {
        "word": "Before " + "x" * 100_000 + " after.",
        "quotes": ">" * 200 + " Deep quote.",
        "lists": "\n".join("    " * depth + f"- item {depth}" for depth in range(300)),
        "table": "\n".join(
            [
                "|" + "|".join(f"c{i}" for i in range(150)) + "|",
                "|" + "---|" * 150,
                "|" + "|".join("cell" for _ in range(150)) + "|",
            ]
        ),
    }
    for name, body in hostile.items():
        write_article(content, f"2024-01-02-{name}.md", f"title: {name.title()}", body + "\n")
    started = time.monotonic()
    assert build([content], tmp_path / "out", "--formats", "pdf") == 0
    assert time.monotonic() - started < 240
    err = capsys.readouterr().err
    assert "content/2024-01-02-lists.md:38: warning: 267 line(s) indented over 128 columns" in err
    assert "2024-01-02-quotes.md: warning: markup nested 201 deep" in err
    for name in hostile:
        pdf = tmp_path / "out" / f"2024-01-02-{name}.pdf"
        assert len(PdfReader(pdf).pages) >= 1
    assert "after." in pdftotext(tmp_path / "out" / "2024-01-02-word.pdf")
    quotes = pdftotext(tmp_path / "out" / "2024-01-02-quotes.pdf")
    assert "Deep quote." in " ".join(quotes.split())


def test_an_article_over_the_time_limit_gets_one_line_and_the_rest_build(tmp_path, capsys):
    content = tmp_path / "content"
    write_article(content, "2024-01-02-brackets.md", "title: Brackets", "[" * 20_000 + "\n")
    write_article(content, "2024-01-03-fine.md", "title: Fine")
    started = time.monotonic()
    assert build([content], tmp_path / "out", "--formats", "html", "--time-limit", "3") == 1
    assert time.monotonic() - started < 60
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{content}/2024-01-02-brackets.md: reading took longer than 3 s; skipped",
        "tearsheet: 1 article(s) failed",
    ]
    assert (tmp_path / "out" / "2024-01-03-fine.html").is_file()


def test_concurrent_builds_into_one_folder_do_not_corrupt_outputs(tmp_path):
    content = tmp_path / "content"
    for number in range(1, 5):
        write_article(
            content,
            f"2024-01-0{number}-piece-{number}.md",
            f"title: Piece number {number}",
            f"Body of piece {number}.\n",
        )
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "tearsheet",
        "build",
        str(content),
        "--out",
        str(out),
        "--formats",
        "html,pdf",
        "--force",
        "--jobs",
        "2",
        "--quiet",
    ]
    runs = [
        subprocess.Popen(command, cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""})
        for _ in range(2)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    articles = {p.name for p in out.iterdir() if p.name.startswith("2024-")}
    assert articles == {
        f"2024-01-0{n}-piece-{n}.{fmt}" for n in range(1, 5) for fmt in ("html", "pdf")
    }
    assert not [p.name for p in out.rglob("*.tmp")]  # no temporary file left behind
    for number in range(1, 5):
        text = pdftotext(out / f"2024-01-0{number}-piece-{number}.pdf")
        assert f"Piece number {number}" in text and f"Body of piece {number}." in text
        page = (out / f"2024-01-0{number}-piece-{number}.html").read_text()
        assert re.search(rf"<title>Piece number {number}\b", page)


def test_makefile_deletes_targets_of_failed_recipes():
    assert ".DELETE_ON_ERROR:" in (ROOT / "Makefile").read_text().splitlines()
