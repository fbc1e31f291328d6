"""The progress bar: drawn on a terminal only, silent for pipes, files and --quiet."""

from __future__ import annotations

import io
import os
import pty
import threading

from tearsheet.progress import BuildProgress


def _terminal_output(total: int, quiet: bool = False) -> str:
    master, slave = pty.openpty()
    with open(slave, "w", encoding="utf-8", closefd=True) as terminal:
        with BuildProgress(total, quiet=quiet, stream=terminal) as progress:
            for number in range(total):
                progress.advance(f"content/article-{number}.md")
        terminal.flush()
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_gets_counts_and_the_current_article():
    shown = _terminal_output(6)
    assert "building" in shown
    assert "6/6" in shown or "5/6" in shown
    assert "content/article-" in shown


def test_pipes_files_quiet_and_small_builds_get_no_bar():
    stream = io.StringIO()
    with BuildProgress(50, stream=stream) as progress:
        progress.advance("content/a.md")
    assert stream.getvalue() == "" and not progress.enabled
    assert _terminal_output(6, quiet=True) == ""
    assert _terminal_output(2) == ""


def test_the_build_draws_the_bar_on_a_terminal_and_keeps_stdout_one_line_per_file(tmp_path):
    import subprocess
    import sys

    from conftest import write_article

    for number in range(1, 6):
        write_article(tmp_path / "content", f"2024-01-0{number}-p{number}.md", f"title: P{number}")
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:  # a terminal reads what it is sent; an unread pty would block
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    done = subprocess.run(
        [sys.executable, "-m", "tearsheet", "build", "--formats", "html", "--jobs", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
        timeout=300,
    )
    os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert done.returncode == 0
    assert "building" in terminal and "/5" in terminal
    assert sorted(line for line in done.stdout.splitlines() if "/2024-" in line) == [
        f"wrote build/2024-01-0{number}-p{number}.html" for number in range(1, 6)
    ]
