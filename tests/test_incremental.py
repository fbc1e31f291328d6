"""Incremental builds by content, not by time: checkouts, deletions, renames and settings."""

from __future__ import annotations

import os
import subprocess
import time

from tearsheet.staleness import STATE_FILE

from conftest import ROOT, build, pdfinfo, require, write_article


def _written(capsys) -> list[str]:
    """The article outputs written (the site, feed and catalog beside them are publish.py's)."""
    return sorted(
        line.split("/")[-1]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("wrote") and line.split("/")[-1].startswith("2024-")
    )


def _git(folder, *args: str) -> None:
    subprocess.run(
        [require("git"), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


def test_a_git_checkout_rebuilds_only_the_articles_that_differ(tmp_path, capsys):
    site = tmp_path / "site"
    content = site / "content"
    write_article(content, "2024-01-02-one.md", "title: One", "First.\n")
    write_article(content, "2024-01-03-two.md", "title: Two", "Second.\n")
    _git(site, "init", "-q", "-b", "main")
    _git(site, "add", ".")
    _git(site, "commit", "-qm", "site")
    out = site / "build"
    assert build([content], out, "--formats", "html,pdf") == 0
    assert _written(capsys) == [
        "2024-01-02-one.html", "2024-01-02-one.pdf", "2024-01-03-two.html", "2024-01-03-two.pdf",
    ]  # fmt: skip
    _git(site, "checkout", "-q", "-b", "other")
    write_article(content, "2024-01-02-one.md", "title: One", "First, corrected.\n")
    _git(site, "commit", "-qam", "correct")
    assert build([content], out, "--formats", "html,pdf") == 0
    assert _written(capsys) == ["2024-01-02-one.html", "2024-01-02-one.pdf"]
    _git(site, "checkout", "-q", "main")
    # Every file touched now, as a fresh clone's are: only the real difference is rebuilt.
    later = time.time() + 60
    for path in content.rglob("*"):
        os.utime(path, (later, later))
    assert build([content], out, "--formats", "html,pdf") == 0
    assert _written(capsys) == ["2024-01-02-one.html", "2024-01-02-one.pdf"]
    assert build([content], out, "--formats", "html,pdf") == 0
    assert _written(capsys) == []


def test_deleted_and_renamed_articles_lose_their_outputs(tmp_path, capsys):
    content = tmp_path / "content"
    kept = write_article(content, "2024-01-02-kept.md", "title: Kept")
    retracted = write_article(content, "2024-01-03-retracted.md", "title: Retracted")
    moved = write_article(content, "2024-01-04-old-name.md", "title: Moved")
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html") == 0
    capsys.readouterr()
    retracted.unlink()
    moved.rename(content / "2024-01-04-new-name.md")
    assert build([content], out, "--formats", "html") == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"removed {out}/2024-01-03-retracted.html" in lines
    assert f"removed {out}/2024-01-04-old-name.html" in lines
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("2024-")) == [
        "2024-01-02-kept.html", "2024-01-04-new-name.html",
    ]  # fmt: skip
    assert (out / STATE_FILE).is_file()
    # Building one article alone removes nothing of the others.
    assert build([kept], out, "--formats", "html", "--force") == 0
    assert "removed" not in capsys.readouterr().out
    assert (out / "2024-01-04-new-name.html").is_file()


def test_settings_are_kept_per_output(tmp_path, capsys):
    content = tmp_path / "content"
    a1 = write_article(content, "2024-01-02-a1.md", "title: A1")
    a2 = write_article(content, "2024-01-03-a2.md", "title: A2")
    out = tmp_path / "out"
    assert build([a1], out, "--formats", "pdf", "--page-size", "a4") == 0
    assert build([a2], out, "--formats", "pdf", "--page-size", "letter") == 0
    capsys.readouterr()
    assert build([content], out, "--formats", "pdf", "--page-size", "letter") == 0
    assert _written(capsys) == ["2024-01-02-a1.pdf"]
    for name in ("a1", "a2"):
        assert (
            "612 x 792 pts"
            in pdfinfo(out / f"2024-01-0{2 if name == 'a1' else 3}-{name}.pdf")["Page size"]
        )
    # A build that writes nothing records nothing: the next one still sees A4 outputs.
    assert (
        build([content], out, "--formats", "pdf", "--page-size", "a4", "--time-limit", "0.001") == 1
    )
    capsys.readouterr()
    assert build([content], out, "--formats", "pdf", "--page-size", "a4") == 0
    assert _written(capsys) == ["2024-01-02-a1.pdf", "2024-01-03-a2.pdf"]
    assert "595.276 x 841.89 pts" in pdfinfo(out / "2024-01-02-a1.pdf")["Page size"]


def test_make_leaves_staleness_to_tearsheet(tmp_path):
    """make asks tearsheet even when its own stamp is newer than every file: a deleted
    article (which no prerequisite names) still has its outputs removed, and the two never
    disagree about what is stale."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".built").touch()
    future = time.time() + 3600
    os.utime(out / ".built", (future, future))
    dry = subprocess.run(
        [require("make"), "-n", "-C", str(ROOT), "-o", ".venv/.installed", "all", f"OUT={out}"],
        capture_output=True,
        text=True,
    )
    assert f"tearsheet build content --out {out}" in dry.stdout


def test_a_no_op_build_of_a_folder_publishes_from_cached_articles(tmp_path, capsys, monkeypatch):
    import tearsheet.scheduler
    from tearsheet.errors import ContentError

    content = tmp_path / "content"
    for number in (2, 3, 4):
        write_article(content, f"2024-01-0{number}-n{number}.md", f"title: N{number}")
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html") == 0
    first = capsys.readouterr().out
    assert "index.html" in first and "feed.xml" in first

    def unparsable(path):
        return ContentError(path, "parsed again although unchanged")

    monkeypatch.setattr(tearsheet.scheduler, "read_article", unparsable)
    assert build([content], out, "--formats", "html") == 0
    assert capsys.readouterr().out == "", "nothing rebuilt, the site unchanged"
