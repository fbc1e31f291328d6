"""`tearsheet import`: files, standard input and URLs in; content files out; then a build."""

from __future__ import annotations

import contextlib
import http.server
import io
import shutil
import socket
import threading
import time
import zipfile

import pytest
from lxml import etree
from pypdf import PdfReader

import tearsheet.fetch
import tearsheet.importer
from tearsheet.cli import main
from tearsheet.source import parse_article
from test_importer import CASES

from conftest import FIXTURES, SEED, SEED_TEXT, assert_epubcheck_clean, build, require

IMPORTS = FIXTURES / "import"
RIVER = FIXTURES / "long" / "river.png"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the test's folder, plus a few answers a real web server may give."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(2)
            self.send_error(504)
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        elif self.path == "/report.pdf":
            body = b"%PDF-1.4\n"
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/jsonld-newsarticle.html")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *_args) -> None:
        pass

    def handle(self) -> None:
        # The client under test may hang up on purpose (timeout, size cap).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()


@pytest.fixture
def site(tmp_path):
    """A web server on 127.0.0.1 serving saved pages the test writes into its folder."""
    folder = tmp_path / "site"
    folder.mkdir()
    for path in IMPORTS.iterdir():
        shutil.copy(path, folder / path.name)
    shutil.copy(RIVER, folder / "river.png")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: _Handler(*a, directory=str(folder))
    )
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def run(*argv: str) -> int:
    return main(["import", *argv])


# --- files and standard input -----------------------------------------------------------


def test_seed_dry_run_prints_the_content_seed_article(capsys):
    assert run(str(require(SEED_TEXT)), "--dry-run") == 0
    captured = capsys.readouterr()
    assert captured.out == SEED.read_text(encoding="utf-8")
    assert "date 2017-04-20 from 'April 20, 2017'" in captured.err
    assert "left out trailer: 2 block(s) from 'Leave a Comment'" in captured.err


def test_import_writes_a_file_reports_and_never_overwrites(tmp_path, capsys):
    into = tmp_path / "content"
    source = IMPORTS / "wire-reuters.txt"
    assert run(str(source), "--into", str(into)) == 0
    target = into / "2017-04-21-us-lawmakers-agree-on-stopgap-bill-to-avert-government.md"
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"wrote {target}"
    assert "dateline 'Washington' from 'WASHINGTON (Reuters) -'" in out[1]
    assert out[2] == "  left out trailer: 2 block(s) from 'Share this'"
    article, _ = parse_article(target)
    assert (article.headline, article.source, article.dateline) == (
        "U.S. lawmakers agree on stopgap bill to avert government shutdown",
        "Reuters",
        "Washington",
    )
    before = target.read_bytes()
    target.write_text("edited by hand", encoding="utf-8")
    assert run(str(source), "--into", str(into)) == 1
    err = capsys.readouterr().err
    assert f"{target}: already exists (use --force to replace it)" in err
    assert target.read_text(encoding="utf-8") == "edited by hand"
    assert run(str(source), "--into", str(into), "--force") == 0
    assert target.read_bytes() == before
    assert sorted(p.name for p in into.iterdir()) == [target.name]


def test_dry_run_writes_nothing(tmp_path, capsys):
    into = tmp_path / "content"
    assert run(str(IMPORTS / "german-article.txt"), "--into", str(into), "--dry-run") == 0
    assert capsys.readouterr().out.startswith("---\nheadline: Stadtrat beschließt")
    assert not into.exists()


def test_standard_input(tmp_path, capsys, monkeypatch):
    data = (IMPORTS / "blog-signature.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run("-", "--dry-run") == 0
    captured = capsys.readouterr()
    assert "byline: Priya Raman\n" in captured.out
    assert "<stdin>: recognised" in captured.err


def test_missing_date_is_written_for_the_user_and_check_reports_it(tmp_path, capsys):
    into = tmp_path / "content"
    assert run(str(IMPORTS / "no-date.txt"), "--into", str(into)) == 0
    captured = capsys.readouterr()
    target = into / "a-guide-to-the-new-recycling-rules.md"
    assert captured.out.startswith(f"wrote {target}\n")
    assert captured.err.endswith(
        "no-date.txt: warning: no date found: 'date' is left for you to fill in "
        "(tearsheet check reports it) [import-date-missing]\n"
    )
    assert len(captured.err.splitlines()) == 1
    assert main(["check", str(into)]) == 1
    assert (
        f"{target}: front matter: 'date' is missing (or name the file YYYY-MM-DD-slug.md)"
        in capsys.readouterr().err
    )


def test_one_bad_source_does_not_stop_the_others(tmp_path, capsys):
    into = tmp_path / "content"
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    code = run(
        str(tmp_path / "nope.txt"),
        str(empty),
        str(IMPORTS / "french-article.txt"),
        "--into",
        str(into),
    )
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{tmp_path}/nope.txt: no such file" in err
    assert f"{empty}: nothing to import: the text is empty" in err
    assert err[-1] == "tearsheet: 2 source(s) not imported"
    assert [p.name for p in into.iterdir()] == [
        "2017-04-20-le-conseil-municipal-adopte-le-budget-apres-une-longue.md"
    ]


def test_help_lists_the_options(capsys):
    assert main(["import", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--into", "--force", "--dry-run", "--with-images", "SOURCE"):
        assert option in out


# --- URLs -------------------------------------------------------------------------------


def test_url_import_uses_the_page_and_its_address(site, tmp_path, capsys):
    url, _ = site
    into = tmp_path / "content"
    assert run(f"{url}/moved", "--into", str(into)) == 0
    target = into / "2021-03-14-council-votes-to-keep-the-harbour-ferry-running.md"
    article, _ = parse_article(target)
    assert article.source == "The Harbour Gazette"
    assert article.source_url == "https://gazette.example/ferry"
    assert "Leave a Reply" not in article.body and "3 × 2" not in article.body


def test_url_of_plain_text(site, capsys):
    url, _ = site
    assert run(f"{url}/wire-ap-dateline.txt", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "dateline: Beijing\n" in out
    assert f"source_url: {url}/wire-ap-dateline.txt\n" in out


def test_page_without_a_source_url_gets_its_address(site, capsys):
    url, _ = site
    assert run(f"{url}/comments-section.html", "--dry-run") == 0
    assert f"source_url: {url}/comments-section.html\n" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/nothing-here.html", "cannot import: the server answered 404 File not found"),
        ("/to-file", "cannot import: redirected to a non-http address file:///etc/passwd"),
        ("/report.pdf", "cannot import: not a web page or text (application/pdf)"),
    ],
)
def test_url_errors_are_one_line(site, capsys, path, message):
    url, _ = site
    assert run(f"{url}{path}", "--dry-run") == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"{url}{path}: {message}", "tearsheet: 1 source(s) not imported"]


def test_url_over_the_size_cap_is_refused(site, capsys, monkeypatch):
    url, _ = site
    monkeypatch.setattr(tearsheet.fetch, "MAX_PAGE_BYTES", 1000)
    assert run(f"{url}/jsonld-newsarticle.html", "--dry-run") == 1
    err = capsys.readouterr().err
    assert "jsonld-newsarticle.html: cannot import: the response is " in err
    assert " bytes; the limit is 1,000\n" in err


def test_url_that_does_not_answer_in_time(site, capsys, monkeypatch):
    url, _ = site
    monkeypatch.setattr(tearsheet.fetch, "FETCH_TIMEOUT", 0.3)
    assert run(f"{url}/slow", "--dry-run") == 1
    err = capsys.readouterr().err
    # The overall deadline (headers and body together) or the read timeout, whichever is first.
    assert f"{url}/slow: cannot import: the download took longer than 0.3 s" in err or (
        f"{url}/slow: cannot import: the server stopped answering (timed out)" in err
    )


def test_offline_or_refused_is_one_clear_line(capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert run(f"http://127.0.0.1:{port}/story", "--dry-run") == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"http://127.0.0.1:{port}/story: cannot import: cannot connect: the connection was "
        "refused or the network is down"
    )


@pytest.mark.parametrize("source", ["ftp://example.org/a.html", "file:///etc/passwd"])
def test_only_http_addresses(source, capsys):
    assert run(source, "--dry-run") == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{source}: cannot import: only http:// and https:// addresses can be imported"
    )


# --- images -----------------------------------------------------------------------------


def test_images_are_downloaded_only_when_asked(site, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(tearsheet.importer, "ALLOW_PRIVATE_NETWORKS", True)
    url, folder = site
    page = (folder / "saved-page-with-image.html").read_text(encoding="utf-8")
    (folder / "remote.html").write_text(
        page.replace('src="river.png"', f'src="{url}/river.png"'), encoding="utf-8"
    )
    into = tmp_path / "content"
    assert run(f"{url}/remote.html", "--into", str(into)) == 0
    plain = into / "2022-05-12-a-new-footbridge-opens-over-the-canal.md"
    assert f"![The footbridge seen from the towpath]({url}/river.png)" in plain.read_text()
    assert sorted(p.name for p in into.iterdir()) == [plain.name]
    capsys.readouterr()

    assert run(f"{url}/remote.html", "--into", str(into), "--with-images") == 0
    bundle = into / "2022-05-12-a-new-footbridge-opens-over-the-canal"
    assert capsys.readouterr().out.splitlines()[:2] == [
        f"wrote {bundle / 'index.md'}",
        f"wrote {bundle / 'image-01.png'}",
    ]
    assert (bundle / "image-01.png").read_bytes() == RIVER.read_bytes()
    assert (
        "![The footbridge seen from the towpath](image-01.png)" in (bundle / "index.md").read_text()
    )


def test_with_images_on_text_writes_a_plain_file(tmp_path, capsys):
    into = tmp_path / "content"
    assert run(str(IMPORTS / "wire-reuters.txt"), "--into", str(into), "--with-images") == 0
    assert [p.name for p in into.iterdir()] == [
        "2017-04-21-us-lawmakers-agree-on-stopgap-bill-to-avert-government.md"
    ]


def test_saved_page_images_are_copied_from_beside_it(tmp_path, capsys):
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(IMPORTS / "saved-page-with-image.html", saved / "page.html")
    shutil.copy(RIVER, saved / "river.png")
    into = tmp_path / "content"
    assert run(str(saved / "page.html"), "--into", str(into), "--dry-run") == 0
    assert "](https://canaltimes.example/river.png)" in capsys.readouterr().out
    assert run(str(saved / "page.html"), "--into", str(into), "--with-images") == 0
    bundle = into / "2022-05-12-a-new-footbridge-opens-over-the-canal"
    assert (bundle / "image-01.png").read_bytes() == RIVER.read_bytes()


# --- round trip: every written input → content file → EPUB and PDF ---------------------


def test_round_trip_import_then_build(
    site, tmp_path, epubcheck_batch, weasyprint_warnings, monkeypatch
):
    monkeypatch.setattr(tearsheet.importer, "ALLOW_PRIVATE_NETWORKS", True)  # the test server
    url, _ = site
    into = tmp_path / "content"
    names = sorted(name for name in CASES if name != "saved-page-with-image.html")
    assert run(*(str(IMPORTS / name) for name in names), "--into", str(into)) == 0
    assert run(f"{url}/saved-page-with-image.html", "--into", str(into), "--with-images") == 0
    assert main(["check", str(into)]) == 1  # the article without a date, as it should
    undated = into / "a-guide-to-the-new-recycling-rules.md"
    text = undated.read_text(encoding="utf-8")
    undated.write_text(text.replace("# date: YYYY-MM-DD", "date: 2024-01-02 #"), encoding="utf-8")
    assert main(["check", str(into)]) == 0
    weasyprint_warnings.expect(r"gazette\.example/img/ferry\.jpg")
    out = tmp_path / "out"
    assert build([into], out, "--formats", "pdf,epub") == 0

    epubs = sorted(out.glob("*.epub"))
    pdfs = sorted(out.glob("*.pdf"))
    assert len(epubs) == len(pdfs) == len(CASES)
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(broken, "w") as book:
        book.writestr("mimetype", "application/zip")
    *reports, refused = epubcheck_batch([*epubs, broken])
    assert refused.counts["ERROR"] + refused.counts["FATAL"] > 0  # the batch really checks
    for report in reports:
        assert_epubcheck_clean(report)
    for pdf in pdfs:
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
        for clutter in ("Leave a", "Unsubscribe", "Advertisement", "Share this", "6 + 4"):
            assert clutter not in text, (pdf.name, clutter)
    headlines = {" ".join(CASES[name][0].split()) for name in CASES}
    found = set()
    for pdf in pdfs:
        first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
        found |= {h for h in headlines if h.replace("'", "’") in first or h in first}
    assert found == headlines

    with zipfile.ZipFile(out / "2022-05-12-a-new-footbridge-opens-over-the-canal.epub") as book:
        opf = etree.fromstring(book.read("EPUB/content.opf"))
    types = opf.xpath("//*[local-name()='item']/@media-type")
    assert "image/png" in types


def test_html_on_standard_input_and_a_language_override(capsys, monkeypatch):
    data = (IMPORTS / "opengraph-only.html").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert run("-", "--dry-run", "--lang", "en-GB") == 0
    out = capsys.readouterr().out
    assert "headline: Night trains are back, and they are full\n" in out
    assert "lang: en-GB\n" in out


def test_text_that_is_not_utf8_is_read_with_a_warning(tmp_path, capsys):
    source = tmp_path / "old.txt"
    text = (IMPORTS / "french-article.txt").read_text(encoding="utf-8")
    source.write_bytes(text.encode("cp1252"))
    assert run(str(source), "--dry-run") == 0
    captured = capsys.readouterr()
    assert (
        "headline: Le conseil municipal adopte le budget après une longue séance\n" in captured.out
    )
    assert f"{source}: warning: not UTF-8: read as cp1252" in captured.err


def test_with_images_refuses_a_page_s_loopback_images(site, tmp_path, capsys):
    url, folder = site
    page = (folder / "saved-page-with-image.html").read_text(encoding="utf-8")
    (folder / "remote.html").write_text(
        page.replace('src="river.png"', f'src="{url}/river.png"'), encoding="utf-8"
    )
    into = tmp_path / "content"
    assert run(f"{url}/remote.html", "--into", str(into), "--with-images") == 0
    err = capsys.readouterr().err
    assert "river.png not saved: refused" in err and "[image-refused]" in err
    assert not list(into.rglob("*.png"))
