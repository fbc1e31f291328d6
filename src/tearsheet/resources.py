"""What an article may load while rendering: its own folder's files, and http(s) images only
when remote fetching is allowed, each within a size cap."""

from __future__ import annotations

import mimetypes
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MAX_LOCAL_BYTES = 20 * 1024 * 1024
MAX_REMOTE_BYTES = 10 * 1024 * 1024
MAX_DATA_URL_CHARS = 2 * 1024 * 1024
REMOTE_TIMEOUT = 10.0
REMOTE_SCHEMES = frozenset({"http", "https"})
_CHUNK = 64 * 1024


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


class _HttpOnlyRedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in REMOTE_SCHEMES:
            raise RefusedResourceError(f"redirected to a non-http URL {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """An opener that speaks only http(s): no file:, ftp: or data: handlers, no proxies."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _HttpOnlyRedirectHandler(),
    ):
        opener.add_handler(handler)
    return opener


def fetch_remote(url: str) -> Resource:
    """Fetch an http(s) image within the timeout and size cap; refuse anything else."""
    if urlsplit(url).scheme.lower() not in REMOTE_SCHEMES:
        raise RefusedResourceError("only http and https images are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "tearsheet", "Accept": "image/*"})
    deadline = time.monotonic() + REMOTE_TIMEOUT
    try:
        with _opener().open(request, timeout=REMOTE_TIMEOUT) as response:
            media_type = response.headers.get_content_type()
            if not media_type.startswith("image/"):
                raise RefusedResourceError(f"not an image ({media_type})")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > MAX_REMOTE_BYTES:
                    raise RefusedResourceError(f"over the {MAX_REMOTE_BYTES:,}-byte limit")
                if time.monotonic() > deadline:
                    raise RefusedResourceError(f"took over {REMOTE_TIMEOUT:g} s")
                chunks.append(chunk)
            final = response.geturl()
    except urllib.error.HTTPError as error:
        location = error.headers.get("Location", "") if error.headers else ""
        if 300 <= error.code < 400 and urlsplit(location).scheme.lower() not in REMOTE_SCHEMES:
            raise RefusedResourceError(f"redirected to a non-http URL {location}") from None
        raise RefusedResourceError(f"HTTP {error.code}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, RefusedResourceError):
            raise error.reason from None
        raise RefusedResourceError(f"could not fetch ({error.reason})") from None
    except (OSError, ValueError) as error:
        if isinstance(error, RefusedResourceError):
            raise
        raise RefusedResourceError(f"could not fetch ({error})") from None
    return Resource(final, b"".join(chunks), media_type)
