"""The user-facing error and warning types, each naming a file and, where known, a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def format_location(path: Path | str | None, line: int | None) -> str:
    """Return ``path:line`` (or just ``path``) for the start of a one-line message."""
    if path is None:
        return "tearsheet"
    where = str(path)
    return f"{where}:{line}" if line else where


def one_line(message: str) -> str:
    """Library messages can span lines; every message tearsheet prints is one line."""
    return " ".join(message.split())


class ContentError(Exception):
    """A problem with an article's input: printed as one line, never as a traceback."""

    def __init__(self, path: Path | str | None, message: str, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"{format_location(self.path, self.line)}: {one_line(self.message)}"

    def __reduce__(self) -> tuple:
        return (type(self), (self.path, self.message, self.line))


@dataclass(frozen=True)
class Notice:
    """A warning about input that was handled (dropped, replaced, refused) without failing."""

    path: Path | str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{format_location(self.path, self.line)}: warning: {one_line(self.message)}"
