"""The Makefile: `make` builds content/ whatever its file names (tearsheet decides what is stale)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from conftest import ROOT, require

NAMES = ("my article.md", "a:b.md", "50% #1.md", "cost $5 (draft).md", "semi;colon.md")


def _project(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the Makefile with the venv already set up and a stub tearsheet that logs."""
    project = tmp_path / "project"
    (project / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", project / "Makefile")
    (project / "pyproject.toml").write_text("")
    for stamp in (".system", ".installed"):
        (project / ".venv" / stamp).touch()
    log = project / "calls.log"
    stub = project / ".venv" / "bin" / "tearsheet"
    stub.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nmkdir -p build\n')
    stub.chmod(0o755)
    for folder in ("content/sub dir", "styles", "src/tearsheet"):
        (project / folder).mkdir(parents=True)
    for name in NAMES:
        (project / "content" / "sub dir" / name).write_text("---\ntitle: x\n---\n\nx\n")
    return project, log


def _make(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [require("make"), "-C", str(project), "JOBS=1"], capture_output=True, text=True
    )


def _calls(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_make_builds_content_with_any_file_name(tmp_path):
    project, log = _project(tmp_path)
    first = _make(project)
    assert first.returncode == 0, first.stderr
    assert log.read_text().split() == ["build", "content", "--out", "build", "--jobs", "1"]
    later = time.time() + 5
    os.utime(project / "content" / "sub dir" / "50% #1.md", (later, later))
    again = _make(project)
    assert again.returncode == 0, again.stderr
    assert _calls(log) == 2
