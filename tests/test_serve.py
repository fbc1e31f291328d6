"""tearsheet serve: media types, no listings, live reload, and a real browser session."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tearsheet.serve import content_type, decorate_page

from conftest import IN_CI, pdfinfo, require, write_article

CHROMIUM = "/usr/bin/chromium"
HEADLINE = "Ferries return to the northern isles"
BOOT_SECONDS = 240


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.pdf", "application/pdf"),
        ("a.epub", "application/epub+zip"),
        ("a.kepub.epub", "application/kepub+zip"),
        ("index.html", "text/html; charset=utf-8"),
        ("feed.xml", "application/atom+xml"),
        ("opds/index.xml", "application/atom+xml;profile=opds-catalog;kind=navigation"),
        ("opds/newest.xml", "application/atom+xml;profile=opds-catalog;kind=acquisition"),
        ("opds/opensearch.xml", "application/opensearchdescription+xml"),
        ("covers/a.thumb.jpg", "image/jpeg"),
        ("notes", "application/octet-stream"),
    ],
)
def test_media_types(path, expected):
    assert content_type(path) == expected


def test_served_pages_get_the_reload_script_and_the_error_banner():
    page = b'<!DOCTYPE html><html><body class="x"><p>Hi</p></body></html>'
    plain = decorate_page(page, [])
    assert b"EventSource('/__tearsheet/events')" in plain
    assert plain.index(b"<script>") > plain.index(b"<p>Hi</p>")
    assert b'role="alert"' not in plain
    flagged = decorate_page(page, ["content/a.md:3: front matter 'date': <bad>"])
    assert flagged.index(b'role="alert"') < flagged.index(b"<p>Hi</p>")
    assert b"content/a.md:3: front matter &#x27;date&#x27;: &lt;bad&gt;" in flagged


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Server:
    """`tearsheet serve` in a child process, its stderr read line by line."""

    def __init__(self, folder: Path, port: int, ignore_interrupts: bool = False):
        self.port = port
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tearsheet", "serve", "--port", str(port), "--jobs", "1"],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            preexec_fn=_ignore_interrupts if ignore_interrupts else None,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, seconds: float = BOOT_SECONDS) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                assert self.process.poll() is None, "\n".join(self.log)
                continue
            self.log.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} in: " + "\n".join(self.log))

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=60)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture
def served(tmp_path):
    content = tmp_path / "content"
    write_article(
        content,
        "2024-06-01-ferries.md",
        f"headline: {HEADLINE}\ndek: The winter timetable ends.\nbyline: Ewan Rae\n"
        "date: 2024-06-01\nsource: Island Times\ntags: [Transport]",
        "The first boat left at six. " * 40,
    )
    write_article(
        content,
        "2024-05-20-harbour.md",
        "headline: A new harbour wall\ndate: 2024-05-20",
        "Work starts in June.\n",
    )
    server = Server(tmp_path, free_port())
    try:
        server.wait_for("serving build at")
        server.wait_for("built: 2 articles, 0 problems")
        yield server, tmp_path
    finally:
        server.stop()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], b""


def test_serves_only_build_with_media_types_and_stops_on_ctrl_c(served):
    server, folder = served
    status, kind, body = fetch(server.url())
    assert (status, kind) == (200, "text/html; charset=utf-8")
    assert b"EventSource" in body
    assert b"EventSource" not in (folder / "build" / "index.html").read_bytes()
    status, kind, body = fetch(server.url("2024-06-01-ferries.epub"))
    assert (status, kind) == (200, "application/epub+zip")
    assert body == (folder / "build" / "2024-06-01-ferries.epub").read_bytes()
    assert fetch(server.url("opds/index.xml"))[1].endswith("kind=navigation")
    for path in (
        "tags/",
        "covers/",
        "../content/2024-05-20-harbour.md",
        "%2e%2e/content/",
        ".tearsheet-state.json",
    ):
        assert fetch(server.url(path))[0] == 404, path
    status, _, body = fetch(server.url("opds/search.xml?q=ferries"))
    titles = etree.fromstring(body).findall("{http://www.w3.org/2005/Atom}entry/{*}title")
    assert [t.text for t in titles] == [HEADLINE]
    assert server.stop() == 0
    output = "\n".join(server.log + list(server.lines.queue))
    assert "Traceback" not in output
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()


def chromium():
    if not Path(CHROMIUM).is_file():
        require("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    return sync_playwright


def test_a_reader_browses_downloads_and_sees_edits_live(served, tmp_path_factory):
    server, folder = served
    sync_playwright = chromium()
    downloads = tmp_path_factory.mktemp("downloads")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(accept_downloads=True)
            page.goto(server.url())
            assert page.locator("h1").count() == 1
            files = {}
            for label in ("PDF", "EPUB"):
                link = page.locator("article", has_text=HEADLINE).get_by_role(
                    "link", name=f"{label} of “{HEADLINE}”"
                )
                with page.expect_download() as info:
                    link.click()
                files[label] = downloads / info.value.suggested_filename
                info.value.save_as(files[label])
            assert int(pdfinfo(files["PDF"])["Pages"]) >= 1
            assert pdfinfo(files["PDF"])["Title"] == HEADLINE
            with zipfile.ZipFile(files["EPUB"]) as book:
                container = etree.fromstring(book.read("META-INF/container.xml"))
                opf = etree.fromstring(book.read(container.find(".//{*}rootfile").get("full-path")))
            assert opf.findtext(".//{http://purl.org/dc/elements/1.1/}title") == HEADLINE

            page.get_by_role("link", name=HEADLINE, exact=True).click()
            page.wait_for_url("**/2024-06-01-ferries.html")
            assert page.locator("h1").inner_text() == HEADLINE

            source = folder / "content" / "2024-06-01-ferries.md"
            source.write_text(
                source.read_text(encoding="utf-8").replace(HEADLINE, "Ferries return early"),
                encoding="utf-8",
            )
            page.wait_for_function(
                "document.querySelector('h1').innerText === 'Ferries return early'",
                timeout=BOOT_SECONDS * 1000,
            )
            # A broken article shows as a banner on the open page, and in the terminal.
            (folder / "content" / "broken.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
            page.locator("[role=alert]").wait_for(timeout=BOOT_SECONDS * 1000)
            assert "broken.md" in page.locator("[role=alert]").inner_text()
            server.wait_for("broken.md")
        finally:
            browser.close()


def test_ctrl_c_stops_serve_even_when_started_with_interrupts_ignored(tmp_path):
    """A script's background job starts with SIGINT ignored, and Python keeps it so."""
    write_article(tmp_path / "content", "2024-05-20-harbour.md", "headline: Wall\ndate: 2024-05-20")
    server = Server(tmp_path, free_port(), ignore_interrupts=True)
    try:
        server.wait_for("built: 1 article")
    finally:
        assert server.stop() == 0
