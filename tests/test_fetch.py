"""fetch.py against hostile servers: a wall-clock deadline over headers and body, no private
addresses unless allowed (checked where the connection went), escaped redirect targets."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tearsheet.fetch import FetchBudget, FetchError, fetch_url, is_public_address, show_url


class TrickleServer:
    """A TCP server on 127.0.0.1 that answers each connection with ``script`` (a list of
    bytes), one item a ``pause`` apart, and records what it was asked."""

    def __init__(self, script: list[bytes], pause: float = 1.0):
        self.script = script
        self.pause = pause
        self.requests: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                request = connection.recv(65536)
                if not request:
                    return
                self.requests.append(request)
                for piece in self.script:
                    if self.stopped.is_set():
                        return
                    connection.sendall(piece)
                    time.sleep(self.pause)
            except OSError:
                return

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.listener.close()


@pytest.fixture
def trickle():
    servers: list[TrickleServer] = []

    def start(script: list[bytes], pause: float = 1.0) -> TrickleServer:
        servers.append(TrickleServer(script, pause))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def one_byte_at_a_time(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n"


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(one_byte_at_a_time(HEADERS + b"x" * 1000), id="headers"),
        pytest.param([HEADERS, *one_byte_at_a_time(b"x" * 1000)], id="body"),
    ],
)
def test_a_server_sending_one_byte_a_second_is_cut_at_the_deadline(trickle, script):
    server = trickle(script, pause=0.5)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^the download took longer than 2 s$"):
        fetch_url(f"http://127.0.0.1:{server.port}/slow", timeout=10, deadline=2)
    assert time.monotonic() - started < 4


def test_the_deadline_defaults_to_the_timeout(trickle):
    server = trickle(one_byte_at_a_time(HEADERS), pause=0.4)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"longer than 1\.5 s"):
        fetch_url(f"http://127.0.0.1:{server.port}/", timeout=1.5)
    assert time.monotonic() - started < 3.5


def test_a_prompt_server_is_read_whole(trickle):
    server = trickle([HEADERS + b"y" * 1000], pause=0)
    download = fetch_url(f"http://127.0.0.1:{server.port}/fast", timeout=5)
    assert download.data == b"y" * 1000 and download.content_type == "text/html"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_addresses_are_refused_where_the_connection_went(trickle, host):
    server = trickle([HEADERS + b"z" * 1000], pause=0)
    # "localhost" is a name: only the address the socket reached shows it is loopback.
    with pytest.raises(FetchError, match=r"^refused: (127\.0\.0\.1|::1) is a loopback"):
        fetch_url(f"http://{host}:{server.port}/", timeout=5, allow_private_networks=False)
    time.sleep(0.2)
    assert server.requests == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("224.0.0.1", False),
        ("not an address", False),
    ],
)
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def test_a_redirect_location_is_printed_escaped(trickle):
    redirect = (
        b"HTTP/1.1 302 Found\r\nLocation: file:///\x1b]0;owned\x07" + b"a" * 500 + b"\r\n"
        b"Content-Length: 0\r\n\r\n"
    )
    server = trickle([redirect], pause=0)
    with pytest.raises(FetchError) as caught:
        fetch_url(f"http://127.0.0.1:{server.port}/", timeout=5)
    message = str(caught.value)
    assert message.startswith("redirected to a non-http address file:///\\x1b]0;owned\\x07aaa")
    assert "\x1b" not in message and "\x07" not in message
    assert len(message) < 300
    assert show_url("http://x/\n\x1b[2J") == "http://x/\\x0a\\x1b[2J"


def test_a_fetch_budget_caps_count_and_bytes():
    budget = FetchBudget(max_count=3, max_bytes=100)
    assert budget.take() == 100
    budget.spend(60)
    assert budget.take() == 40
    budget.spend(40)
    with pytest.raises(FetchError, match="over 100 bytes of images in all"):
        budget.take()
    counted = FetchBudget(max_count=2, max_bytes=10**9)
    counted.take()
    counted.take()
    with pytest.raises(FetchError, match="over 2 images for one article"):
        counted.take()


def test_a_name_lookup_that_never_answers_ends_at_the_deadline(monkeypatch):
    import tearsheet.fetch

    released = threading.Event()

    def hang(*_args, **_kwargs):
        released.wait(30)
        raise socket.gaierror("no answer")

    monkeypatch.setattr(tearsheet.fetch.socket, "getaddrinfo", hang)
    start = time.monotonic()
    try:
        with pytest.raises(FetchError, match="longer than 1 s"):
            fetch_url("http://slow-resolver.example/", timeout=1.0)
        assert time.monotonic() - start < 3
    finally:
        released.set()  # the abandoned lookup ends, with an error nobody waits for


def test_a_name_is_looked_up_and_the_connection_made_to_its_address(trickle):
    server = trickle([HEADERS.replace(b"1000", b"2") + b"ok"], pause=0)
    download = fetch_url(f"http://localhost:{server.port}/", timeout=5)
    assert download.data == b"ok"
    assert b"Host: localhost:" in server.requests[0]
