"""`tearsheet check --device`: delivery rules beyond EPUBCheck, on good and broken books."""

from __future__ import annotations

import io
import zipfile

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
