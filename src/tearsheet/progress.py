"""The build's progress bar: counts, elapsed time and the current article, on a terminal only.

Builds of more than a few articles show it on standard error when that is a terminal;
elsewhere (CI, pipes, files) nothing is drawn and the build stays one line per file.
``--quiet`` silences it. Lines printed while it runs appear above it (rich redirects them).
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import IO, Any

# Fewer articles than this build too quickly for a bar to help.
MIN_ARTICLES = 4


class BuildProgress:
    """A context manager: ``advance(name)`` once per finished article."""

    def __init__(self, total: int, *, quiet: bool = False, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.enabled = not quiet and total >= MIN_ARTICLES and _is_terminal(self.stream)
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> BuildProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(
                TextColumn("[bold]building"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}", markup=False),
                console=Console(file=self.stream),
                transient=True,
                # Lines for the same terminal go above the bar; a piped stdout stays as is.
                redirect_stdout=_is_terminal(sys.stdout),
                redirect_stderr=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("", total=self.total)
        return self

    def advance(self, name: str) -> None:
        """One more article done; ``name`` (already escaped for the terminal) is shown."""
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=name)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)
            self._bar = None


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
