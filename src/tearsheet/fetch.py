"""Reading web addresses within limits: http(s) only, public addresses only, one wall-clock
deadline per transfer, a size cap, one-line errors."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from tearsheet.errors import printable

MAX_PAGE_BYTES = 10 * 1024 * 1024
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "tearsheet/0.1"
# Callers that fetch many images (an imported page's, an article's) stop after this many
# or this many bytes in all, whatever the page names.
MAX_IMAGES = 100
MAX_IMAGES_BYTES = 100 * 1024 * 1024
_SHOWN_URL = 200


@dataclass(frozen=True)
class Download:
    """A response body read within the size and time limits."""

    url: str
    data: bytes
    content_type: str


class FetchError(Exception):
    """A web address that could not be read; the message is one line for the user."""


class _RefusedAddressError(Exception):
    """The connection reached an address the caller did not allow."""


def show_url(url: str) -> str:
    """A URL from input made safe to print: control characters escaped, at most 200
    characters (a server's Location header is as untrusted as the page)."""
    text = printable(url)
    return text if len(text) <= _SHOWN_URL else text[: _SHOWN_URL - 3] + "..."


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet: not loopback, private, link-local,
    shared (carrier NAT), multicast, reserved or unspecified, IPv4-mapped forms included."""
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _Watch:
    """One wall-clock deadline over every socket a transfer opens: when it passes, the
    sockets are shut down, so a read that is trickling one byte a second ends at once
    (socket timeouts alone reset with every byte)."""

    def __init__(self, seconds: float, allow_private_networks: bool):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.allow_private_networks = allow_private_networks
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self.expire)
        self.timer.daemon = True

    def remaining(self) -> float:
        return max(0.01, self.deadline - time.monotonic())

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                _shut(sock)

    def admit(self, sock: socket.socket) -> None:
        """Check where a new connection really went (after DNS, so rebinding cannot slip an
        internal address past a check of the host name) and put it under the deadline."""
        address = sock.getpeername()[0]
        if not self.allow_private_networks and not is_public_address(address):
            sock.close()
            raise _RefusedAddressError(address)
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                _shut(sock)


def look_up(host: str, port: int, seconds: float) -> str:
    """The first address of ``host``, or an error once ``seconds`` have passed.

    getaddrinfo cannot be interrupted, and a resolver that never answers would hold the
    build past every deadline; the lookup runs in a daemon thread that is abandoned then.
    """
    try:
        ipaddress.ip_address(host.strip("[]").partition("%")[0])
    except ValueError:
        pass  # a name, not an address: look it up below
    else:
        return host
    found: list[str | OSError] = []

    def resolve() -> None:
        try:
            addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found.append(addresses[0][4][0])
        except OSError as error:
            found.append(error)

    thread = threading.Thread(target=resolve, name=f"look up {host}", daemon=True)
    thread.start()
    thread.join(seconds)
    if not found:
        raise TimeoutError(f"looking up {host} took longer than {seconds:.3g} s")
    if isinstance(found[0], OSError):
        raise found[0]
    return found[0]


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to cut
        sock.shutdown(socket.SHUT_RDWR)


def _pool_manager(watch: _Watch, timeout: float, accept: str) -> urllib3.PoolManager:
    """A PoolManager whose connections report to ``watch`` as soon as they connect."""

    def new_conn(base: type) -> Any:
        def _new_conn(self: Any) -> socket.socket:
            self.timeout = min(timeout, watch.remaining())
            # The name is looked up here, under the deadline, and the connection made to
            # the address found (the certificate is still checked against the name).
            self._dns_host = look_up(self._dns_host, self.port, watch.remaining())
            sock = base._new_conn(self)
            watch.admit(sock)
            return sock

        return _new_conn

    connection = type("_Connection", (HTTPConnection,), {"_new_conn": new_conn(HTTPConnection)})
    secure = type("_SecureConnection", (HTTPSConnection,), {"_new_conn": new_conn(HTTPSConnection)})
    manager = urllib3.PoolManager(
        timeout=urllib3.Timeout(connect=timeout, read=timeout),
        retries=False,
        headers={"User-Agent": USER_AGENT, "Accept": accept},
    )
    manager.pool_classes_by_scheme = {
        "http": type("_Pool", (HTTPConnectionPool,), {"ConnectionCls": connection}),
        "https": type("_SecurePool", (HTTPSConnectionPool,), {"ConnectionCls": secure}),
    }
    return manager


def fetch_url(
    url: str,
    max_bytes: int | None = None,
    timeout: float | None = None,
    *,
    deadline: float | None = None,
    allow_private_networks: bool = True,
    accept: str = "text/html,text/plain;q=0.9,*/*;q=0.5",
    scheme_message: str = "only http:// and https:// addresses can be imported",
) -> Download:
    """GET an http(s) address, following redirects, refusing bodies over ``max_bytes``.

    ``timeout`` bounds each connect and each wait for data; ``deadline`` (the timeout when
    not given) bounds the whole transfer, every redirect, the headers and the body included.
    With ``allow_private_networks`` false the address each connection actually reached must
    be public: an address taken from an article or a page (an image) must not make tearsheet
    probe the machine or its intranet. Only an address the user typed should be fetched
    with it true (the default, for ``import URL``); every other caller passes False.
    Redirects are followed here rather than by urllib3 so that each hop is checked: a page
    may not send the reader to a file: or other non-web address.
    """
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    timeout = FETCH_TIMEOUT if timeout is None else timeout
    limit = timeout if deadline is None else deadline
    _check_scheme(url, scheme_message)
    watch = _Watch(limit, allow_private_networks)
    pool = _pool_manager(watch, timeout, accept)
    watch.timer.start()
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            response = pool.request("GET", url, preload_content=False, redirect=False)
            try:
                location = response.get_redirect_location()
                if location:
                    url = urljoin(url, location)
                    _check_scheme(url, f"redirected to a non-http address {show_url(url)}")
                    continue
                return _read_body(response, url, max_bytes, watch)
            finally:
                response.release_conn()
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")
    except _RefusedAddressError as refused:
        raise FetchError(
            f"refused: {refused} is a loopback, private or link-local address "
            "(allow_private_networks in tearsheet.toml lets tearsheet fetch from it)"
        ) from None
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as error:
        if watch.expired or time.monotonic() >= watch.deadline - 0.05:
            raise FetchError(_over_time(limit)) from None
        raise FetchError(_network_reason(error)) from None
    finally:
        watch.timer.cancel()
        pool.clear()


def _over_time(limit: float) -> str:
    return f"the download took longer than {limit:g} s"


def _check_scheme(url: str, message: str) -> None:
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:
        raise FetchError(message) from None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        raise FetchError(message)


def _read_body(response: Any, url: str, max_bytes: int, watch: _Watch) -> Download:
    if response.status >= 400:
        answer = printable(f"{response.status} {response.reason or ''}".strip()[:100])
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
        chunks.append(chunk)
    if watch.expired:
        raise FetchError(_over_time(watch.seconds))
    return Download(url, b"".join(chunks), response.headers.get("Content-Type", ""))


@dataclass
class FetchBudget:
    """A count and a total-size cap for a caller that fetches many images for one article
    or page: ``take`` before each fetch, ``spend`` after it."""

    max_count: int = MAX_IMAGES
    max_bytes: int = MAX_IMAGES_BYTES
    count: int = 0
    spent: int = 0

    def take(self) -> int:
        """Reserve one fetch; return the bytes it may use, or raise FetchError when spent."""
        if self.count >= self.max_count:
            raise FetchError(f"over {self.max_count} images for one article; not fetched")
        left = self.max_bytes - self.spent
        if left <= 0:
            raise FetchError(f"over {self.max_bytes:,} bytes of images in all; not fetched")
        self.count += 1
        return left

    def spend(self, size: int) -> None:
        self.spent += size


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
    if isinstance(error, ValueError):
        return "not a valid address"
    return f"the download failed ({type(error).__name__})"
