"""Reading untrusted files within a size cap, writing outputs atomically, the user's cache."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class FileReadError(OSError):
    """A file that may not or cannot be read; the message is one line for the user."""


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """Read a regular file of at most ``max_bytes`` bytes.

    The file is opened without blocking and checked to be regular after opening (a FIFO or
    a device never hangs the read), and the size is what is actually read, never ``st_size``
    alone (``/dev/zero`` and files that grow report a size that lies).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise FileReadError(error.errno, f"cannot read: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(0, "not a regular file")
        if info.st_size > max_bytes:
            raise FileReadError(0, f"file is {info.st_size:,} bytes; the limit is {max_bytes:,}")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileReadError(0, f"file is over the limit of {max_bytes:,} bytes")
    return data


def write_atomic(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write to a temporary file beside ``path``, then move it into place (mode 0644).

    An interrupted write leaves the old file (or none), never a truncated one, and parallel
    writers never share a temporary name. With ``replace`` false an existing file is kept
    and FileExistsError raised, atomically (the temporary file is hard-linked into place).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        if replace:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def user_cache(name: str) -> Path:
    """A folder of tearsheet's cache (cut fonts, covers, the language model, compiled
    templates): $XDG_CACHE_HOME/tearsheet/<name>, or ~/.cache/tearsheet/<name>."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tearsheet" / name
