"""Rebuild decisions and atomic writes."""

from __future__ import annotations

import os

from tearsheet.build import BuildOptions, stale_formats
from tearsheet.files import write_atomic
from tearsheet.source import parse_article
from tearsheet.theme import Theme

from conftest import write_article


def test_stale_formats_follow_source_and_theme(tmp_path):
    theme_dir = tmp_path / "theme"
    (theme_dir / "templates").mkdir(parents=True)
    (theme_dir / "print.css").write_text("")
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    article, _ = parse_article(path)
    options = BuildOptions(out=tmp_path / "out", theme=Theme.load(theme_dir))
    assert stale_formats(article, options) == ("html", "pdf", "epub")
    for fmt in ("html", "pdf", "epub"):
        write_atomic(tmp_path / "out" / f"2020-01-01-a.{fmt}", b"x")
    assert stale_formats(article, options) == ()
    future = path.stat().st_mtime + 10
    os.utime(theme_dir / "print.css", (future, future))
    assert stale_formats(article, options) == ("html", "pdf", "epub")


def test_changing_page_size_rebuilds_pdf_only(tmp_path, capsys):
    from conftest import build

    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    out = tmp_path / "out"
    assert build([path], out, "--formats", "html,pdf") == 0
    capsys.readouterr()
    assert build([path], out, "--formats", "html,pdf") == 0
    assert capsys.readouterr().out == ""
    assert build([path], out, "--formats", "html,pdf", "--page-size", "a5") == 0
    assert capsys.readouterr().out.splitlines() == [f"wrote {out}/2020-01-01-a.pdf"]
