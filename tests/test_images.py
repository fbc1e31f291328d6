"""Images are checked before they are embedded anywhere: pixel bombs, non-images and odd names
are refused with one warning, SVG is reduced to drawing, and the article still builds."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from tearsheet.images import (
    MAX_PIXELS,
    RefusedImageError,
    check_image,
    clean_svg,
    is_image_data,
)

from conftest import assert_epubcheck_clean, build, write_article

SVG_NS = "http://www.w3.org/2000/svg"


def png(width=40, height=30, colour="green"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def pixel_bomb(width, height):
    """A small PNG whose header claims ``width``×``height`` pixels."""
    data = bytearray(png(16, 16))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


HOSTILE_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="100" height="50" onload="alert(1)">
  <?xml-stylesheet href="http://127.0.0.1:9/evil.css"?>
  <style>@import url(http://127.0.0.1:9/import.css);</style>
  <script>alert(document.cookie)</script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
  <rect id="r" width="100" height="50" fill="url(#g)" onclick="steal()"/>
  <rect width="10" height="10" style="fill: url(http://127.0.0.1:9/fill.svg#x)"/>
  <circle r="5" fill="url( 'http://127.0.0.1:9/x' )"/>
  <use href="#r"/>
  <use xlink:href="http://127.0.0.1:9/sprite.svg#icon"/>
  <image href="http://127.0.0.1:9/tracker.png" width="1" height="1"/>
  <a href="javascript:alert(1)"><text x="1" y="20">link</text></a>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <text x="10" y="40">Kept text</text>
</svg>
"""

ENTITY_SVG = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
"""


def test_raster_images_are_measured_and_typed_by_their_bytes():
    checked = check_image(png(), "image/jpeg")
    assert (checked.media_type, checked.width, checked.height) == ("image/png", 40, 30)
    assert is_image_data(png()) and not is_image_data(b"p { color: red }")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (pixel_bomb(9000, 9000), r"^9000×9000 pixels; the limit is 50,000,000 pixels$"),
        (pixel_bomb(60000, 60000), rf"^3,600,000,000 pixels; the limit is {MAX_PIXELS:,} pixels$"),
        (b"just some text, not an image", "^not a readable image$"),
        (png()[:60], "^not a readable image$"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><unclosed", "^not a readable SVG image$"),
        (ENTITY_SVG, "DOCTYPE"),
        (b"<?xml version='1.0'?><html><svg/></html>", "no <svg> root"),
    ],
)
def test_bad_images_are_refused(data, reason):
    with pytest.raises(RefusedImageError, match=reason):
        check_image(data, "image/png")


def test_other_raster_formats_are_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "BMP")
    with pytest.raises(RefusedImageError, match="a BMP image; PNG, JPEG, GIF or WebP expected"):
        check_image(buffer.getvalue())


def test_svg_is_reduced_to_drawing():
    cleaned = clean_svg(HOSTILE_SVG)
    root = etree.fromstring(cleaned)
    text = cleaned.decode()
    for banned in ("script", "alert", "onload", "onclick", "foreignObject", "127.0.0.1"):
        assert banned not in text, banned
    for banned in ("<style", "<image", "<a ", "xml-stylesheet", "javascript"):
        assert banned not in text, banned
    names = [etree.QName(element).localname for element in root.iter()]
    assert names.count("rect") == 2 and names.count("use") == 2 and "text" in names
    assert root.find(f"{{{SVG_NS}}}rect").get("fill") == "url(#g)"
    uses = root.findall(f"{{{SVG_NS}}}use")
    assert uses[0].get("href") == "#r"
    assert not uses[1].attrib
    assert "Kept text" in text
    assert check_image(HOSTILE_SVG).media_type == "image/svg+xml"


def test_hostile_images_are_refused_in_every_output_and_the_article_builds(
    tmp_path, capsys, epubcheck, weasyprint_warnings
):
    weasyprint_warnings.expect(r"^Failed to load image at .*refused")
    folder = tmp_path / "content"
    body = (
        "Intro.\n\n![good](good.png)\n\n![drawing](drawing.svg)\n\n![bomb](bomb.png)\n\n"
        "![text](fake.png)\n\n![null](a%00.png)\n\n![escape](%1b]0;owned%07.png)\n\nThe end.\n"
    )
    write_article(folder, "2024-01-02-images.md", "title: Images", body)
    (folder / "good.png").write_bytes(png())
    (folder / "drawing.svg").write_bytes(HOSTILE_SVG)
    (folder / "bomb.png").write_bytes(pixel_bomb(20000, 20000))
    (folder / "fake.png").write_text("not an image at all")
    out = tmp_path / "out"

    assert build([folder], out) == 0

    err = capsys.readouterr().err
    assert "Traceback" not in err and "\x1b" not in err and "\x07" not in err
    lines = err.splitlines()
    for names, reason in (
        (("bomb.png",), "400,000,000 pixels"),
        (("fake.png",), "not a readable image"),
        (("a%00.png", "a\\x00.png"), "not a usable file name"),
    ):
        found = [line for line in lines if any(n in line for n in names) and reason in line]
        assert len(found) == 3, (names, lines)  # web page, PDF, EPUB
    epub = out / "2024-01-02-images.epub"
    with zipfile.ZipFile(epub) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    images = sorted(name for name in members if name.startswith("EPUB/images/"))
    assert len(images) == 3  # the cover, good.png and the cleaned drawing
    svg = next(members[name] for name in images if name.endswith(".svg"))
    assert b"script" not in svg and b"127.0.0.1" not in svg and b"Kept text" in svg
    assert pixel_bomb(20000, 20000) not in members.values()
    assert_epubcheck_clean(epubcheck(epub))
    pdf = PdfReader(out / "2024-01-02-images.pdf")
    assert "The end." in "".join(page.extract_text() for page in pdf.pages)
    page = (out / "2024-01-02-images.html").read_text()
    assert page.count("data:image/png;base64,") == 1
    assert "data:image/svg+xml;base64," in page


def test_the_bytes_decide_the_type_not_the_name():
    assert check_image(png(), "image/svg+xml").media_type == "image/png"
    padded = b"\n" * 2000 + HOSTILE_SVG.split(b"\n", 1)[1]
    assert check_image(padded, "image/svg+xml").media_type == "image/svg+xml"
    with pytest.raises(RefusedImageError, match="not a readable SVG image"):
        check_image(b"neither", "image/svg+xml")


def test_a_pixel_bomb_cover_falls_back_to_the_generated_cover(tmp_path, capsys):
    folder = tmp_path / "content"
    path = write_article(folder, "2024-01-02-bomb.md", "title: Bomb\ncover: cover.png")
    (folder / "cover.png").write_bytes(pixel_bomb(13000, 13000))
    out = tmp_path / "out"
    assert build([path], out, "--formats", "epub") == 0
    assert "cover cover.png: not a usable image (13000×13000 pixels" in capsys.readouterr().err
    with zipfile.ZipFile(out / "2024-01-02-bomb.epub") as book:
        cover = Image.open(io.BytesIO(book.read("EPUB/images/cover.png")))
        assert cover.size == (1600, 2560)  # the drawn one


def test_a_fifo_in_content_is_one_line_at_once_and_the_rest_builds(tmp_path, capsys):
    import os
    import time

    folder = tmp_path / "content"
    write_article(folder, "2024-01-02-good.md", "title: Good")
    os.mkfifo(folder / "2024-01-03-pipe.md")
    started = time.monotonic()
    assert build([folder], tmp_path / "out", "--formats", "html") == 1
    assert time.monotonic() - started < 60  # not the 180 s time limit
    err = capsys.readouterr().err
    assert f"{folder}/2024-01-03-pipe.md: not a regular file" in err
    assert (tmp_path / "out" / "2024-01-02-good.html").exists()
