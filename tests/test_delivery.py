"""`tearsheet check --device`: delivery rules beyond EPUBCheck, on good and broken books."""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from tearsheet.cli import main
from tearsheet.delivery import RULES

from conftest import FIXTURES, build

SEED_EPUB = "2017-04-20-us-china-north-korea.epub"


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    out = tmp_path_factory.mktemp("books")
    assert build([FIXTURES / "long"], out, "--formats", "epub", "--kobo") == 0
    return out


def rewrite(source, target, replace=None, drop=(), add=None):
    """Copy an EPUB, replacing, dropping and adding entries."""
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            if info.filename not in drop:
                data = src.read(info.filename)
                dst.writestr(
                    info, replace[info.filename](data) if info.filename in replace else data
                )
        for name, data in (add or {}).items():
            dst.writestr(name, data)


@pytest.mark.parametrize("device", ["kindle", "kobo", "apple"])
def test_built_books_pass_every_device(seed_build, books, device, capsys):
    paths = [seed_build / SEED_EPUB, *sorted(books.glob("*.epub"))]
    assert len(paths) == 3
    assert main(["check", "--device", device, *map(str, paths)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert f"3 of 3 books pass the {device} delivery rules" in captured.out


def small_png(height):
    buffer = io.BytesIO()
    Image.new("RGB", (height * 10 // 16, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_broken_book_fails_naming_each_rule(seed_build, tmp_path, capsys):
    broken = tmp_path / "broken.epub"

    def opf(data):
        text = data.decode()
        text = text.replace("<dc:language>en</dc:language>", "<dc:language>english</dc:language>")
        text = text.replace('<meta name="cover" content="cover-image"/>', "")
        text = text.replace(
            '<item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>', ""
        )
        return text.encode()

    def article(data):
        return data.replace(b"<body", b"<!-- old -- note --><body", 1).replace(
            b"</article>", b'<img src="images/cover.png"/></article>', 1
        )

    rewrite(
        seed_build / SEED_EPUB,
        broken,
        replace={
            "EPUB/content.opf": opf,
            "EPUB/article.xhtml": article,
            "EPUB/images/cover.png": lambda _: small_png(800),
        },
    )
    assert main(["check", "--device", "kindle", str(broken)]) == 1
    err = capsys.readouterr().err.splitlines()
    expected = {
        "language": "dc:language: 'english' is not a language tag (like 'en', 'pt-BR' or 'zh-Hant')",
        "cover-declared": 'no <meta name="cover"> (the EPUB 2 way, which Kobo and Kindle read)',
        "cover-size": "cover EPUB/images/cover.png is 800 px tall; at least 1000 needed (1600×2560 ideal)",
        "ncx": "no NCX table of contents (application/x-dtbncx+xml) in the manifest",
        "xml-comments": "EPUB/article.xhtml: an XML comment contains '--'",
        "alt-text": "EPUB/article.xhtml: image images/cover.png has no alt text",
    }
    assert sorted(err) == sorted(
        f"{broken}: kindle: rule '{rule}': {text}" for rule, text in expected.items()
    )
    assert main(["check", "--device", "apple", str(broken)]) == 1
    apple = capsys.readouterr().err
    assert "rule 'ncx'" not in apple
    assert "cover EPUB/images/cover.png is 500 px wide; Apple Books wants at least 1400" in apple


def test_size_budgets(seed_build, tmp_path, capsys):
    heavy = tmp_path / "heavy.epub"
    noise = Image.effect_noise((1600, 2560), 100).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    png = buffer.getvalue() + b"\0" * (5 * 1024 * 1024)
    rewrite(seed_build / SEED_EPUB, heavy, replace={"EPUB/images/cover.png": lambda _: png})
    assert main(["check", "--device", "kobo", str(heavy)]) == 1
    err = capsys.readouterr().err
    assert "kobo: rule 'image-size': image EPUB/images/cover.png is" in err
    assert "MB; the limit is 5 MB" in err


def test_not_an_epub_is_one_line(tmp_path, capsys):
    junk = tmp_path / "junk.epub"
    junk.write_text("not a zip")
    assert main(["check", "--device", "kobo", str(junk)]) == 1
    assert capsys.readouterr().err.startswith(f"{junk}: kobo: not a readable EPUB")


def test_every_rule_names_its_source():
    assert {rule.name for rule in RULES} >= {
        "language",
        "cover-declared",
        "cover-size",
        "ncx",
        "xml-comments",
        "image-size",
        "file-size",
        "alt-text",
    }
    assert all(len(rule.source) > 40 for rule in RULES)


# Crafted books: each gets one line naming the problem, and the books after it are checked.


def patch_member(path, name, *, method=None, encrypted=False, corrupt=False):
    """Rewrite a stored member's compression method or encryption flag (local and central
    headers) or flip one byte of its data, as a hostile tool would."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[local + 26 : local + 30])
    central = data.find(b"PK\x01\x02", local)
    while central != -1:
        length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + length] == name.encode():
            break
        central = data.find(b"PK\x01\x02", central + 4)
    if method is not None:
        data[local + 8 : local + 10] = struct.pack("<H", method)
        data[central + 10 : central + 12] = struct.pack("<H", method)
    if encrypted:
        data[local + 6] |= 0x1
        data[central + 8] |= 0x1
    if corrupt:
        start = local + 30 + name_length + extra_length
        data[start + 10] ^= 0xFF
    path.write_bytes(bytes(data))


def stored_copy(seed, target, replace=None):
    """Copy the seed EPUB with every member stored, so bytes can be patched."""
    replace = replace or {}
    with zipfile.ZipFile(seed) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            data = replace[info.filename](data) if info.filename in replace else data
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = zipfile.ZIP_STORED
            dst.writestr(copy, data)
    return target


def bomb_png(width, height):
    """A tiny PNG whose header claims ``width``×``height`` pixels."""
    data = bytearray(small_png(16))
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def check_lines(device, *paths):
    return main(["check", "--device", device, *map(str, paths)])


def test_crafted_books_give_one_line_each_and_the_rest_are_checked(seed_build, tmp_path, capsys):
    seed = seed_build / SEED_EPUB
    good = tmp_path / "zz-good.epub"
    good.write_bytes(seed.read_bytes())
    cases = {}

    cases["bomb"] = tmp_path / "bomb.epub"
    rewrite(
        seed,
        cases["bomb"],
        replace={"EPUB/article.xhtml": lambda data: data + b" " * (100 * 1024 * 1024)},
    )
    cases["comments"] = tmp_path / "comments.epub"
    rewrite(
        seed,
        cases["comments"],
        replace={"EPUB/article.xhtml": lambda data: data + b"<!--" * 20_000},
    )
    cases["pixels"] = tmp_path / "pixels.epub"
    rewrite(
        seed, cases["pixels"], replace={"EPUB/images/cover.png": lambda _: bomb_png(60000, 60000)}
    )
    cases["language"] = tmp_path / "language.epub"
    rewrite(
        seed,
        cases["language"],
        replace={
            "EPUB/content.opf": lambda data: data.replace(
                b"<dc:language>en</dc:language>",
                b"<dc:language>en" + b"-abc" * 7000 + b"</dc:language>",
            )
        },
    )
    cases["encrypted"] = stored_copy(seed, tmp_path / "encrypted.epub")
    patch_member(cases["encrypted"], "EPUB/article.xhtml", encrypted=True)
    cases["method"] = stored_copy(seed, tmp_path / "method.epub")
    patch_member(cases["method"], "EPUB/article.xhtml", method=99)
    cases["crc"] = stored_copy(seed, tmp_path / "crc.epub")
    patch_member(cases["crc"], "EPUB/article.xhtml", corrupt=True)
    fifo = tmp_path / "fifo.epub"
    os.mkfifo(fifo)
    cases["fifo"] = fifo
    cases["zero"] = Path("/dev/zero")

    started = time.monotonic()
    assert check_lines("kindle", *cases.values(), good) == 1
    assert time.monotonic() - started < 60
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    expected = {
        "bomb": "kindle: EPUB/article.xhtml inflates to over 64 MB; not checked",
        "comments": None,
        "pixels": "kindle: rule 'cover-size': cover EPUB/images/cover.png is not a usable "
        "image (3,600,000,000 pixels; the limit is 50,000,000 pixels)",
        "language": "kindle: rule 'language': dc:language: 'en-abc-abc-abc",
        "encrypted": "kindle: EPUB/article.xhtml is encrypted; EPUB members must not be",
        "method": "kindle: EPUB/article.xhtml uses zip compression method 99",
        "crc": "kindle: EPUB/article.xhtml cannot be read (Bad CRC-32",
        "fifo": "kindle: not a regular file",
        "zero": "kindle: not a regular file",
    }
    for case, text in expected.items():
        mine = [line for line in lines if line.startswith(f"{cases[case]}: ")]
        if text is None:
            assert mine == [], case
        else:
            assert len(mine) == 1 and mine[0].startswith(f"{cases[case]}: {text}"), (case, lines)
    assert not [line for line in lines if line.startswith(str(good))]
    assert f"2 of {len(cases) + 1} books pass the kindle delivery rules" in captured.out


def test_a_book_over_the_memory_limit_is_one_line(seed_build, tmp_path):
    from tearsheet.delivery import check_delivery
    from tearsheet.guard import Limits

    # The limit counts what the check adds to the worker, not the test runner's own size.
    limits = Limits(seconds=60, memory_bytes=40 * 1024**2)
    big = tmp_path / "big.epub"
    rewrite(
        seed_build / SEED_EPUB,
        big,
        replace={"EPUB/article.xhtml": lambda data: data + b" " * (60 * 1024 * 1024)},
    )
    (error,) = check_delivery(big, "kobo", limits)
    assert str(error).startswith(f"{big}: kobo: not checked: ran out of memory")


def test_names_from_a_book_reach_the_terminal_escaped(seed_build, tmp_path, capsys):
    hostile = tmp_path / "escape.epub"
    name = "EPUB/\x1b]0;owned\x07\n/tmp/fake.epub: kindle passes.xhtml"
    rewrite(seed_build / SEED_EPUB, hostile, add={name: b"<!-- a -- b -->"})
    assert check_lines("kindle", hostile) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert err.splitlines() == [
        f"{hostile}: kindle: rule 'xml-comments': EPUB/\\x1b]0;owned\\x07 /tmp/fake.epub: "
        "kindle passes.xhtml: an XML comment contains '--'"
    ]
