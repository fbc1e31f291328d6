"""Untrusted articles: no network by default, no files from outside the article's folder,
bounded remote fetching, no attachments in the PDF."""

from __future__ import annotations

import http.server
import io
import re
import threading
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from tearsheet import resources
from tearsheet.fetch import FetchBudget
from tearsheet.markup import RESERVED_CLASSES

from conftest import ROOT, assert_epubcheck_clean, build, pdftotext, write_article

NS = {"opf": "http://www.idpf.org/2007/opf", "x": "http://www.w3.org/1999/xhtml"}


def png_bytes(colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(buffer, "PNG")
    return buffer.getvalue()


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Serves a PNG at /*.png, a redirect to file:// at /redirect, and records every request."""

    timeout = 5

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/page.html":
            body, kind = b"<html>not an image</html>", "text/html"
        elif self.path.endswith(".png"):
            body, kind = png_bytes(), "image/png"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def loopback():
    """An HTTP server on 127.0.0.1 that records what it was asked for."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.paths = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def hostile_body(base: str) -> str:
    return f"""Intro paragraph.

![markdown image]({base}/markdown.png)

<img src="{base}/raw.png" alt="raw image">

<style>@import url({base}/import.css); p {{ background: url({base}/style-url.png) }}</style>
<link rel="stylesheet" href="{base}/link.css">
<link rel="attachment" href="file:///etc/passwd">
<a rel="attachment" href="secret.txt">notes</a>
<div style="background: url({base}/inline.png)">Styled text.</div>
<object data="{base}/object.png"></object><embed src="{base}/embed.png">
<iframe src="{base}/frame.html"></iframe>
<svg><image href="{base}/svg.png"/></svg>
<base href="{base}/">
<img src="file:///etc/hostname" alt="file url">
<img src="../outside.png" alt="escape">
<img src="link.png" alt="symlink">
<img src="/dev/zero" alt="device">

Control\x00 characters\x0c and \ufffe\uffff here &#xD800; &#0; &#xFFFE;.

Closing paragraph.
"""


def test_default_build_fetches_nothing_and_reads_only_the_article_folder(
    tmp_path, loopback, epubcheck, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    base = f"http://127.0.0.1:{loopback.server_port}"
    (tmp_path / "outside.png").write_bytes(png_bytes("blue"))
    folder = tmp_path / "content"
    path = write_article(folder, "2024-01-02-hostile.md", "title: Hostile", hostile_body(base))
    (folder / "secret.txt").write_text("TOP SECRET LOCAL FILE")
    (folder / "link.png").symlink_to(tmp_path / "outside.png")
    out = tmp_path / "out"

    assert build([folder], out) == 0

    assert loopback.paths == []
    err = capsys.readouterr().err
    for refused in (f"{base}/markdown.png", f"{base}/raw.png", "outside.png", "link.png"):
        assert any(str(path) in line and refused in line for line in err.splitlines()), refused
    assert "Traceback" not in err
    assert f"{path}:25: warning: removed control character U+0000" in err
    assert f"{path}:25: warning: removed control character U+FFFE" in err
    pdf = PdfReader(out / "2024-01-02-hostile.pdf")
    assert pdf.attachments == {}
    assert all(not page.images for page in pdf.pages)
    assert "Closing paragraph" in "".join(page.extract_text() for page in pdf.pages)
    epub = out / "2024-01-02-hostile.epub"
    with zipfile.ZipFile(epub) as archive:
        names = archive.namelist()
        chapter = archive.read("EPUB/article.xhtml").decode()
    assert not [name for name in names if "images/" in name and not name.endswith("cover.png")]
    assert "127.0.0.1" not in chapter
    for banned in ("<script", "<style", '<link rel="attachment', "<iframe", "<object", "<base"):
        assert banned not in chapter
    assert_epubcheck_clean(epubcheck(epub))


def test_allow_remote_fetches_images_into_pdf_and_epub(
    tmp_path, loopback, epubcheck, capsys, weasyprint_warnings, monkeypatch
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    base = f"http://127.0.0.1:{loopback.server_port}"
    body = (
        f"![chart]({base}/chart.png)\n\n![moved]({base}/redirect)\n\n"
        f"![page]({base}/page.html)\n\nThe end.\n"
    )
    path = write_article(tmp_path / "content", "2024-01-02-remote.md", "title: Remote", body)
    out = tmp_path / "out"
    monkeypatch.setattr(resources, "MAX_REMOTE_BYTES", 10_000)
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)

    assert build([path], out, "--allow-remote") == 0

    assert "/chart.png" in loopback.paths
    err = capsys.readouterr().err
    assert f"{base}/redirect: redirected to a non-http address file:///etc/passwd" in err
    assert f"{base}/page.html: not an image (text/html)" in err
    pdf = PdfReader(out / "2024-01-02-remote.pdf")
    assert sum(len(page.images) for page in pdf.pages) == 1
    epub = out / "2024-01-02-remote.epub"
    with zipfile.ZipFile(epub) as archive:
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
        chapter = etree.fromstring(archive.read("EPUB/article.xhtml"))
        item = opf.find(".//opf:item[@href='images/001.png']", NS)
        assert archive.read(f"EPUB/{item.get('href')}") == png_bytes()
    assert [img.get("src") for img in chapter.iterfind(".//x:img", NS)] == [item.get("href")]
    assert_epubcheck_clean(epubcheck(epub))


def test_remote_images_over_the_size_cap_are_refused(tmp_path, loopback, monkeypatch):
    monkeypatch.setattr(resources, "MAX_REMOTE_BYTES", 50)
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)
    with pytest.raises(
        resources.RefusedResourceError, match=r"the limit is 50$|over the limit of 50 bytes"
    ):
        resources.fetch_remote(f"http://127.0.0.1:{loopback.server_port}/big.png")
    with pytest.raises(resources.RefusedResourceError, match="only http and https"):
        resources.fetch_remote("file:///etc/passwd")


def test_an_article_cannot_switch_remote_fetching_on(
    tmp_path, loopback, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    base = f"http://127.0.0.1:{loopback.server_port}"
    path = write_article(
        tmp_path,
        "2024-01-02-opt-in.md",
        "title: Opt in\nallow_remote: true",
        f"![chart]({base}/opt-in.png)\n",
    )
    assert build([path], tmp_path / "out", "--formats", "pdf,epub") == 0
    assert loopback.paths == []
    err = capsys.readouterr().err
    assert f"{path}:3: warning: front matter: 'allow_remote' ignored" in err
    assert "[allow-remote-ignored]" in err


def test_tearsheet_toml_switches_remote_fetching_on(
    tmp_path, loopback, weasyprint_warnings, monkeypatch
):
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)
    base = f"http://127.0.0.1:{loopback.server_port}"
    path = write_article(
        tmp_path, "2024-01-02-toml.md", "title: Toml", f"![chart]({base}/toml.png)\n"
    )
    config = tmp_path / "tearsheet.toml"
    config.write_text("allow_remote = true\n")
    out = tmp_path / "out"
    assert build([path], out, "--formats", "pdf", "--config", str(config)) == 0
    assert loopback.paths == ["/toml.png"]
    pdf = PdfReader(out / "2024-01-02-toml.pdf")
    assert sum(len(page.images) for page in pdf.pages) == 1


def test_local_reads_refuse_escapes_symlinks_and_devices(tmp_path):
    folder = tmp_path / "article"
    folder.mkdir()
    (tmp_path / "outside.png").write_bytes(png_bytes())
    (folder / "inside.png").write_bytes(png_bytes())
    (folder / "link.png").symlink_to(tmp_path / "outside.png")
    assert resources.read_local(folder / "inside.png", (folder,)).data == png_bytes()
    for path, reason in (
        (folder / ".." / "outside.png", "outside the article's folder"),
        (folder / "link.png", "outside the article's folder"),
        (Path("/dev/zero"), "outside the article's folder"),
        (folder / "missing.png", "no such file"),
    ):
        with pytest.raises(resources.RefusedResourceError, match=reason):
            resources.read_local(path, (folder,))
    with pytest.raises(resources.RefusedResourceError, match="not a regular file"):
        resources.read_local(Path("/dev/zero"), (Path("/dev"),))


def test_allow_remote_never_reaches_loopback_or_private_addresses(
    tmp_path, loopback, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    base = f"http://127.0.0.1:{loopback.server_port}"
    body = (
        f"![chart]({base}/chart.png)\n\n![named](http://localhost:{loopback.server_port}/a.png)\n"
    )
    path = write_article(tmp_path, "2024-01-02-intranet.md", "title: Intranet", body)
    assert build([path], tmp_path / "out", "--allow-remote") == 0
    assert loopback.paths == []
    err = capsys.readouterr().err
    refusals = [line for line in err.splitlines() if "is a loopback, private or link-local" in line]
    assert len(refusals) == 4, err  # two images, in the PDF and in the EPUB


AUTHOR_CLASSES = {"pullquote"}  # docs/THEME.md: classes meant for articles


ARTICLE_STYLESHEETS = ("print.css", "ebook.css", "web.css")
# Pages that list articles but never hold an article's own HTML.
SITE_MODULES = {"site.py", "opds.py", "serve.py"}


def test_every_class_the_theme_uses_is_reserved():
    """Every class the article's own outputs style or generate (site pages never show an
    article's raw HTML, so site.css and site.html are not among them)."""
    used = set()
    for name in ARTICLE_STYLESHEETS:
        rules = re.sub(r"/\*.*?\*/", "", (ROOT / "styles" / name).read_text(), flags=re.DOTALL)
        used |= set(re.findall(r"\.([A-Za-z][\w-]*)\s*[{,:.\s>+~\[]", rules))
    template = (ROOT / "styles" / "templates" / "article.html").read_text()
    for value in re.findall(r'class="([^"{]*)"', template):
        used |= set(value.split())
    for module in (ROOT / "src" / "tearsheet").glob("*.py"):
        if module.name in SITE_MODULES:
            continue
        for value in re.findall(r'"class": "([^"]*)"', module.read_text()):
            used |= set(value.split())
    assert used - RESERVED_CLASSES - AUTHOR_CLASSES == set()


def test_raw_html_cannot_take_the_theme_s_classes(tmp_path):
    body = (
        "Opening.[^n]\n\n"
        '<div class="footnote">Pasted words that must stay.</div>\n\n'
        '<p class="attribution">Fake credit line.</p>\n\n'
        '<p><span class="note">Inline note words.</span> and '
        '<span class="credit pullquote">mixed</span></p>\n\n'
        "[^n]: A real footnote.\n"
    )
    path = write_article(tmp_path, "2024-01-02-classes.md", "title: Classes", body)
    out = tmp_path / "out"
    assert build([path], out, "--formats", "html,pdf") == 0
    text = " ".join(pdftotext(out / "2024-01-02-classes.pdf").split())
    for words in ("Pasted words that must stay.", "Fake credit line.", "Inline note words."):
        assert words in text
    assert "A real footnote." in text
    page = etree.HTML((out / "2024-01-02-classes.html").read_bytes())
    body_div = page.find(".//div[@class='body']")
    classes = {value for e in body_div.iterdescendants() for value in e.get("class", "").split()}
    assert classes == {"footnote", "footnote-ref", "footnote-backref", "pullquote"}
    assert body_div.xpath("count(.//div[@class='footnote'])") == 1


@pytest.mark.parametrize(
    "value", ["nan", "NaN", "inf", "-inf", "1e300", "1e30", "0", "-5", "ten", "1e7"]
)
@pytest.mark.parametrize("option", ["--time-limit", "--memory-limit"])
def test_limit_options_must_be_finite_positive_and_sane(tmp_path, capsys, option, value):
    path = write_article(tmp_path, "2024-01-02-a.md", "title: A")
    assert build([path], tmp_path / "out", f"{option}={value}") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"argument {option}: expected a positive number up to 1,000,000, got '{value}'" in err
    assert not (tmp_path / "out").exists()


def test_a_symlink_loop_and_a_duplicate_key_are_one_line_each_and_the_rest_build(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    content = tmp_path / "content"
    write_article(content, "2024-01-02-good.md", "title: Good")
    write_article(content, "2024-01-03-twice.md", "title: Once\ndate: 2024-01-03\ntitle: Twice")
    (content / "loop.md").symlink_to("loop.md")
    (content / "ring-a.md").symlink_to("ring-b.md")
    (content / "ring-b.md").symlink_to("ring-a.md")
    assert build([Path("content")], Path("out"), "--formats", "html") == 1
    err = capsys.readouterr().err.splitlines()
    assert sorted(err) == sorted(
        [
            "content/2024-01-03-twice.md:4: front matter: 'title' is given twice "
            "(lines 2 and 4); keep one",
            "content/loop.md: cannot read: Too many levels of symbolic links",
            "content/ring-a.md: cannot read: Too many levels of symbolic links",
            "content/ring-b.md: cannot read: Too many levels of symbolic links",
            "tearsheet: 4 article(s) failed",
        ]
    )
    assert (tmp_path / "out" / "2024-01-02-good.html").is_file()


def test_a_fetch_budget_caps_an_article_s_remote_images(loopback, monkeypatch):
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)
    base = f"http://127.0.0.1:{loopback.server_port}"
    budget = FetchBudget(max_count=2, max_bytes=10**6)
    for number in range(2):
        assert resources.fetch_remote(f"{base}/{number}.png", budget=budget).data == png_bytes()
    with pytest.raises(resources.RefusedResourceError, match="over 2 images for one article"):
        resources.fetch_remote(f"{base}/2.png", budget=budget)
    assert loopback.paths == ["/0.png", "/1.png"]
    small = FetchBudget(max_count=10, max_bytes=len(png_bytes()) + 10)
    resources.fetch_remote(f"{base}/a.png", budget=small)
    with pytest.raises(resources.RefusedResourceError, match=r"the limit is 10$"):
        resources.fetch_remote(f"{base}/b.png", budget=small)


def test_allow_remote_fetches_each_image_once_per_build(
    tmp_path, loopback, weasyprint_warnings, monkeypatch
):
    """The PDF, the EPUB and the Kobo EPUB share one download of each image."""
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    base = f"http://127.0.0.1:{loopback.server_port}"
    body = (
        f"![chart]({base}/chart.png)\n\nText.\n\n![again]({base}/chart.png)\n\n"
        f"![other]({base}/other.png)\n\n![missing]({base}/missing.gif)\n\nThe end.\n"
    )
    path = write_article(tmp_path / "content", "2024-01-02-once.md", "title: Once", body)
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)
    assert build([path], tmp_path / "out", "--allow-remote", "--kobo") == 0
    assert sorted(loopback.paths) == ["/chart.png", "/missing.gif", "/other.png"]
    with zipfile.ZipFile(tmp_path / "out" / "2024-01-02-once.kepub.epub") as archive:
        assert len([n for n in archive.namelist() if n.startswith("EPUB/images/0")]) == 2


def test_one_budget_covers_the_pdf_and_the_epub(
    tmp_path, loopback, weasyprint_warnings, monkeypatch
):
    """An article naming more images than its budget gets that many, once, for every output."""
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", True)
    monkeypatch.setattr(resources, "FetchBudget", lambda: FetchBudget(max_count=2))
    base = f"http://127.0.0.1:{loopback.server_port}"
    body = "\n\n".join(f"![image {n}]({base}/{n}.png)" for n in range(4)) + "\n\nThe end.\n"
    path = write_article(tmp_path / "content", "2024-01-02-budget.md", "title: Budget", body)
    assert build([path], tmp_path / "out", "--allow-remote", "--formats", "pdf,epub") == 0
    assert loopback.paths == ["/0.png", "/1.png"]
    with zipfile.ZipFile(tmp_path / "out" / "2024-01-02-budget.epub") as archive:
        assert len([n for n in archive.namelist() if n.startswith("EPUB/images/0")]) == 2


def test_tearsheet_toml_alone_allows_private_networks(
    tmp_path, loopback, capsys, weasyprint_warnings, monkeypatch
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    monkeypatch.setattr(resources, "ALLOW_PRIVATE_NETWORKS", False)
    base = f"http://127.0.0.1:{loopback.server_port}"
    path = write_article(tmp_path, "2024-01-02-lan.md", "title: Lan", f"![c]({base}/lan.png)\n")
    config = tmp_path / "tearsheet.toml"
    config.write_text("allow_remote = true\n")
    out = tmp_path / "out"
    assert build([path], out, "--formats", "pdf", "--config", str(config)) == 0
    assert loopback.paths == []
    assert "is a loopback, private or link-local address" in capsys.readouterr().err
    config.write_text("allow_remote = true\nallow_private_networks = true\n")
    assert build([path], out, "--formats", "pdf", "--config", str(config), "--force") == 0
    assert loopback.paths == ["/lan.png"]
