"""Reproducible bytes: two clones with different file times build byte-identical outputs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from conftest import require, write_article

FORMATS = ("html", "pdf", "epub")


def _repository(root: Path, image: bool) -> Path:
    """A small site: two articles (one with a table and a footnote, and an image when
    ``image``), in git."""
    origin = root / "origin"
    content = origin / "content"
    write_article(
        content,
        "2021-06-30-harbour.md",
        "title: Harbour dues rise\ndek: The council votes\nbyline: [Ada Obi]\ndateline: HOBART",
        "## The vote\n\nThe council voted.[^1]\n\n"
        + ("![Chart](chart.png)\n\n" if image else "")
        + "| Year | Dues |\n|---|---|\n| 2020 | 1,200 |\n\n> A quote.\n\n[^1]: A note.\n",
    )
    write_article(content, "2019-02-01-ferry.md", "title: Ferry late\nlang: de", "Verspätet.\n")
    Image.new("RGB", (64, 32), (200, 30, 30)).save(content / "chart.png")
    git = require("git")
    for command in (
        ["init", "-q"],
        ["add", "."],
        ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "site"],
    ):
        subprocess.run([git, *command], cwd=origin, check=True)
    return origin


def _clone_and_build(origin: Path, target: Path, shift: float, epoch: str | None) -> Path:
    subprocess.run([require("git"), "clone", "-q", str(origin), str(target)], check=True)
    moment = time.time() + shift
    for path in target.rglob("*"):
        os.utime(path, (moment, moment))
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    done = subprocess.run(
        [sys.executable, "-m", "tearsheet", "build", "--jobs", "1", "--quiet"],
        cwd=target,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return target / "build"


def _outputs(out: Path) -> dict[str, bytes]:
    """Every file built (the articles' outputs, and the site and feed beside them); not the
    build's own records (dot-files and dot-folders), which name the checkout's paths."""
    return {
        str(path.relative_to(out)): path.read_bytes()
        for path in out.rglob("*")
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(out).parts)
    }


def _assert_identical(first: Path, second: Path) -> None:
    a, b = _outputs(first), _outputs(second)
    assert sorted(a) == sorted(b)
    assert len([name for name in a if name.split(".")[-1] in FORMATS and "-" in name]) == 6
    different = [name for name in a if a[name] != b[name]]
    assert different == []


def test_two_clones_with_different_times_are_identical_by_the_articles_dates(tmp_path):
    origin = _repository(tmp_path, image=False)
    first = _clone_and_build(origin, tmp_path / "one", 0, None)
    second = _clone_and_build(origin, tmp_path / "two", -86400 * 400, None)
    _assert_identical(first, second)


def test_two_clones_with_a_source_date_epoch_are_identical(tmp_path):
    origin = _repository(tmp_path, image=False)
    first = _clone_and_build(origin, tmp_path / "one", 0, "1700000000")
    second = _clone_and_build(origin, tmp_path / "two", -86400 * 400, "1700000000")
    _assert_identical(first, second)


def test_two_clones_of_an_article_with_an_image_are_identical(tmp_path):
    """WeasyPrint names an embedded image after its URL: the article's files are laid out
    under a fixed base (pdf.ARTICLE_ROOT), not the clone's folder."""
    origin = _repository(tmp_path, image=True)
    first = _clone_and_build(origin, tmp_path / "one", 0, None)
    second = _clone_and_build(origin, tmp_path / "two", -86400 * 400, None)
    _assert_identical(first, second)
