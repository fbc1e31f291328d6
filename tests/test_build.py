"""Rebuild decisions and atomic writes."""

from __future__ import annotations

import os
import shutil
import time
import zipfile

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


def test_drafts_and_future_articles_are_held_back_unless_asked_for(tmp_path, capsys):
    content = tmp_path / "content"
    write_article(content, "2024-01-01-draft.md", "title: Draft\ndraft: true")
    write_article(content, "2099-01-01-later.md", "title: Later")
    write_article(content, "2024-01-02-now.md", "title: Now")
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html") == 0
    err = capsys.readouterr().err
    assert "2024-01-01-draft.md: warning: a draft: not built" in err and "[draft-skipped]" in err
    assert "2099-01-01-later.md: warning: dated 2099-01-01, in the future" in err
    assert sorted(p.name for p in out.glob("20*.html")) == ["2024-01-02-now.html"]
    assert "Draft" not in (out / "index.html").read_text()

    assert build([content], out, "--formats", "html", "--drafts", "--future") == 0
    assert len(list(out.glob("20*.html"))) == 3
    assert "Later" in (out / "index.html").read_text()

    # Back to a normal build: the draft and the future article are taken down again.
    assert build([content], out, "--formats", "html") == 0
    assert sorted(p.name for p in out.glob("20*.html")) == ["2024-01-02-now.html"]
    assert "removed" in capsys.readouterr().out


def _no_layout(monkeypatch) -> None:
    import tearsheet.pdf

    def refuse(*_args, **_kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr(tearsheet.pdf, "lay_out", refuse)


def test_an_epub_after_its_pdf_takes_the_page_map_without_a_layout(tmp_path, monkeypatch):
    body = "\n\n".join(f"Paragraph {n} of the long read, with words enough." * 6 for n in range(40))
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A", body)
    whole = tmp_path / "whole"
    assert build([path], whole, "--formats", "pdf,epub") == 0
    out = tmp_path / "out"
    assert build([path], out, "--formats", "pdf") == 0
    _no_layout(monkeypatch)
    assert build([path], out, "--formats", "epub") == 0
    epub = (out / "2020-01-01-a.epub").read_bytes()
    assert epub == (whole / "2020-01-01-a.epub").read_bytes()
    assert b"page-list" in zipfile.ZipFile(out / "2020-01-01-a.epub").read("EPUB/nav.xhtml")


def test_a_changed_article_or_page_size_is_laid_out_again_for_its_epub(tmp_path, monkeypatch):
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A", "Words. " * 300)
    out = tmp_path / "out"
    assert build([path], out, "--formats", "pdf") == 0
    _no_layout(monkeypatch)
    assert build([path], out, "--formats", "epub", "--page-size", "a5") == 1
    path.write_text(path.read_text() + "\nMore words.\n")
    assert build([path], out, "--formats", "epub") == 1
    monkeypatch.undo()
    assert build([path], out, "--formats", "epub") == 0


def test_a_deleted_article_leaves_no_page_map_behind(tmp_path):
    content = tmp_path / "content"
    path = write_article(content, "2020-01-01-a.md", "title: A", "Words. " * 50)
    write_article(content, "2020-01-02-b.md", "title: B")
    out = tmp_path / "out"
    assert build([content], out, "--formats", "pdf") == 0
    record = out / ".tearsheet-pagemaps" / "2020-01-01-a.json"
    assert record.is_file()
    path.unlink()
    assert build([content], out, "--formats", "pdf") == 0
    assert not record.exists() and not (out / "2020-01-01-a.pdf").exists()
    assert (out / ".tearsheet-pagemaps" / "2020-01-02-b.json").is_file()
