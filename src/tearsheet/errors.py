"""The user-facing error and warning types, each naming a file and, where known, a line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


def format_location(path: Path | str | None, line: int | None) -> str:
    """Return ``path:line`` (or just ``path``) for the start of a one-line message."""
    if path is None:
        return "tearsheet"
    where = printable(str(path))
    return f"{where}:{line}" if line else where


# Control characters (C0, DEL, C1) and the bidi overrides that can disguise a line on a terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text from input (paths, addresses, messages) made safe to print on a terminal: control
    characters become visible ``\\xNN`` escapes, so no escape sequence reaches the terminal
    and no newline can fake a line of output."""
    return _UNPRINTABLE.sub(
        lambda match: (
            f"\\x{ord(match[0]):02x}" if ord(match[0]) < 0x100 else f"\\u{ord(match[0]):04x}"
        ),
        text,
    )


def one_line(message: str) -> str:
    """Library messages can span lines; every message tearsheet prints is one line."""
    return printable(" ".join(message.split()))


class ContentError(Exception):
    """A problem with an article's input: printed as one line, never as a traceback.

    ``details`` holds the traceback behind a "could not render" line (a bug, not the
    input's fault), shown only with ``--traceback`` or TEARSHEET_DEBUG=1.
    """

    def __init__(
        self,
        path: Path | str | None,
        message: str,
        line: int | None = None,
        *,
        details: str | None = None,
    ):
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message
        self.details = details

    def __str__(self) -> str:
        return f"{format_location(self.path, self.line)}: {one_line(self.message)}"

    def __reduce__(self) -> tuple:
        return (_rebuild_error, (type(self), self.path, self.message, self.line, self.details))


def _rebuild_error(kind, path, message, line, details):
    """Unpickle a ContentError from a child process with its keyword-only details."""
    return kind(path, message, line, details=details)


class UsageError(Exception):
    """The command line asks for something that cannot be: exit status 2, one line."""


@dataclass(frozen=True)
class Notice:
    """A warning about input that was handled (dropped, replaced, refused) without failing.

    ``code`` is stable across releases (``shortcode-dropped``, ``remote-refused``...), shown at
    the end of the line, and can be silenced in tearsheet.toml (``[warnings] ignore``), as
    Sphinx's ``suppress_warnings`` does.
    """

    path: Path | str | None
    message: str
    line: int | None = None
    code: str = "warning"

    def __str__(self) -> str:
        where = format_location(self.path, self.line)
        code = "" if self.code == "warning" else f" [{self.code}]"
        return f"{where}: warning: {one_line(self.message)}{code}"
