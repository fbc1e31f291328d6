"""Rebuild decisions and atomic writes."""

from __future__ import annotations

import os
import shutil
import time

from tearsheet.theme import Theme

from conftest import build, write_article


def test_a_theme_change_rebuilds_by_content_not_by_time(tmp_path, capsys):
    theme = tmp_path / "theme"
    shutil.copytree(Theme.load().folder, theme)
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    out = tmp_path / "out"
    assert build([path], out, "--theme", str(theme), "--formats", "html,pdf") == 0
    capsys.readouterr()
    later = time.time() + 60
    os.utime(theme / "print.css", (later, later))
    assert build([path], out, "--theme", str(theme), "--formats", "html,pdf") == 0
    assert capsys.readouterr().out == ""
    with open(theme / "print.css", "a", encoding="utf-8") as css:
        css.write("\nh1 { letter-spacing: 0.01em; }\n")
    assert build([path], out, "--theme", str(theme), "--formats", "html,pdf") == 0
    assert sorted(capsys.readouterr().out.splitlines()) == [
        f"wrote {out}/2020-01-01-a.html",
        f"wrote {out}/2020-01-01-a.pdf",
    ]


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
