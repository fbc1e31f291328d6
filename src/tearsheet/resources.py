"""What an article may load while rendering: its own folder's files, and http(s) images only
when remote fetching is allowed, each within a size cap."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from tearsheet.fetch import FetchError, fetch_url

MAX_LOCAL_BYTES = 20 * 1024 * 1024
MAX_REMOTE_BYTES = 10 * 1024 * 1024
MAX_DATA_URL_CHARS = 2 * 1024 * 1024
REMOTE_TIMEOUT = 10.0
REMOTE_SCHEMES = frozenset({"http", "https"})


class RefusedResourceError(ValueError):
    """A resource the article may not use; the message says why, for the warning."""


@dataclass(frozen=True)
class Resource:
    """The bytes of an image or file, with its media type and final URL."""

    url: str
    data: bytes
    media_type: str | None


def read_local(path: Path, roots: tuple[Path, ...]) -> Resource:
    """Read a regular file whose real path (symlinks followed) lies under one of ``roots``."""
    real = path.resolve()
    if not any(real.is_relative_to(root.resolve()) for root in roots):
        raise RefusedResourceError("outside the article's folder")
    if not real.is_file():
        raise RefusedResourceError("no such file" if not real.exists() else "not a regular file")
    size = real.stat().st_size
    if size > MAX_LOCAL_BYTES:
        raise RefusedResourceError(f"{size:,} bytes; the limit is {MAX_LOCAL_BYTES:,}")
    return Resource(real.as_uri(), real.read_bytes(), mimetypes.guess_type(real.name)[0])


def fetch_remote(url: str) -> Resource:
    """Fetch an http(s) image within the timeout and size cap; refuse anything else."""
    try:
        download = fetch_url(
            url,
            max_bytes=MAX_REMOTE_BYTES,
            timeout=REMOTE_TIMEOUT,
            accept="image/*",
            scheme_message="only http and https images are fetched",
        )
    except FetchError as error:
        raise RefusedResourceError(str(error)) from None
    media_type = download.content_type.partition(";")[0].strip().lower()
    if not media_type.startswith("image/"):
        raise RefusedResourceError(f"not an image ({media_type or 'no media type'})")
    return Resource(download.url, download.data, media_type)
