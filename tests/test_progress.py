"""The progress bar: drawn on a terminal only, silent for pipes, files and --quiet."""

from __future__ import annotations

import io
import os
import pty

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
