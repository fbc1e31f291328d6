"""Reading web addresses within limits: http(s) only, a timeout, a size cap, one-line errors."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3

MAX_PAGE_BYTES = 10 * 1024 * 1024
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "tearsheet/0.1"


@dataclass(frozen=True)
class Download:
    """A response body read within the size and time limits."""

    url: str
    data: bytes
    content_type: str


class FetchError(Exception):
    """A web address that could not be read; the message is one line for the user."""


def fetch_url(
    url: str,
    max_bytes: int | None = None,
    timeout: float | None = None,
    *,
    accept: str = "text/html,text/plain;q=0.9,*/*;q=0.5",
    scheme_message: str = "only http:// and https:// addresses can be imported",
) -> Download:
    """GET an http(s) address, following redirects, refusing bodies over ``max_bytes``.

    Redirects are followed here rather than by urllib3 so that each hop is checked: a page
    may not send the reader to a file: or other non-web address. The importer reads pages
    with it, and rendering reads remote images with it when the user allows.
    """
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    timeout = FETCH_TIMEOUT if timeout is None else timeout
    _check_scheme(url, scheme_message)
    pool = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        retries=False,
        headers={"User-Agent": USER_AGENT, "Accept": accept},
    )
    deadline = time.monotonic() + 3 * timeout
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            response = pool.request("GET", url, preload_content=False, redirect=False)
            try:
                location = response.get_redirect_location()
                if location:
                    url = urljoin(url, location)
                    _check_scheme(url, f"redirected to a non-http address {url}")
                    continue
                return _read_body(response, url, max_bytes, deadline, timeout)
            finally:
                response.release_conn()
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise FetchError(_network_reason(error)) from None
    finally:
        pool.clear()


def _check_scheme(url: str, message: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(message)


def _read_body(
    response: Any, url: str, max_bytes: int, deadline: float, timeout: float
) -> Download:
    if response.status >= 400:
        answer = f"{response.status} {response.reason or ''}".strip()
        raise FetchError(f"the server answered {answer}")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"the response is {int(length):,} bytes; the limit is {max_bytes:,}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the response is over the limit of {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"the download took longer than {3 * timeout:.0f} s")
        chunks.append(chunk)
    return Download(url, b"".join(chunks), response.headers.get("Content-Type", ""))


def _network_reason(error: BaseException) -> str:
    errors = urllib3.exceptions
    if isinstance(error, errors.NameResolutionError):
        return "cannot find the host (are you offline?)"
    if isinstance(error, errors.NewConnectionError):
        return "cannot connect: the connection was refused or the network is down"
    if isinstance(error, errors.ConnectTimeoutError):
        return "cannot connect: no answer in time (are you offline?)"
    if isinstance(error, errors.TimeoutError | TimeoutError):
        return "the server stopped answering (timed out)"
    if isinstance(error, errors.SSLError):
        return "the secure connection failed (certificate or TLS error)"
    if isinstance(error, errors.ProtocolError | ConnectionError):
        return "the connection broke off"
    return f"the download failed ({type(error).__name__})"
