"""Site-absolute image paths (/img/x.png) found in the site's static folders (tearsheet.toml's
``static``), in every output, still confined to those folders, and rebuilt when they change."""

from __future__ import annotations

import base64
import io
import re
import shutil
import zipfile

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from tearsheet.config import load_config
from tearsheet.errors import ContentError
from tearsheet.resources import StaticPathError, locate_local
from tearsheet.sitegen import find_beside

from conftest import CORPUS, assert_epubcheck_clean, build, require, write_article

# Three images told apart by their size in every output.
SIZES = {"river": (90, 40), "red": (60, 30), "chart": (45, 70)}
OPF = "{http://www.idpf.org/2007/opf}"


def _image(path, name):
    path.parent.mkdir(parents=True, exist_ok=True)
    colour = {"river": (0, 90, 200), "red": (200, 0, 0), "chart": (0, 160, 60)}[name]
    Image.new("RGB", SIZES[name], colour).save(path)


def _site(tmp_path, static='["static", "assets"]'):
    """A Hugo-shaped site: content/news/..., static/img/..., assets/..., tearsheet.toml."""
    site = tmp_path / "site"
    _image(site / "static" / "img" / "river.png", "river")
    _image(site / "static" / "img" / "chart.png", "chart")
    _image(site / "assets" / "red.png", "red")
    (site / "tearsheet.toml").write_text(f"static = {static}\n")
    return site


def _build(site, *extra):
    return build(
        [site / "content"], site / "build", "--config", str(site / "tearsheet.toml"), *extra
    )


def _pdf_image_sizes(path):
    """The sizes of the PDF's distinct images (one may be listed on every page it spans)."""
    images = {}
    for page in PdfReader(path).pages:
        for image in page.images:
            images[image.indirect_reference.idnum] = image.image.size
    return sorted(images.values())


def _epub_images(path):
    """The sizes of the book's images (the cover left out), and the XHTML's image sources."""
    book = zipfile.ZipFile(path)
    opf = etree.fromstring(book.read("EPUB/content.opf"))
    items = [
        item.get("href")
        for item in opf.iter(f"{OPF}item")
        if item.get("media-type", "").startswith("image/") and "cover" not in item.get("href")
    ]
    sizes = sorted(Image.open(io.BytesIO(book.read(f"EPUB/{href}"))).size for href in items)
    sources = [
        img.get("src")
        for name in book.namelist()
        if name.endswith(".xhtml") and "nav" not in name
        for img in etree.fromstring(book.read(name)).iter("{http://www.w3.org/1999/xhtml}img")
        if "cover" not in img.get("src")
    ]
    return sizes, sources


def _page_image_sizes(path):
    page = path.read_text(encoding="utf-8")
    sizes = []
    for src in re.findall(r'<img\b[^>]*\bsrc="([^"]*)"', page):
        assert src.startswith("data:image/"), f"the page reads a file: {src[:60]}"
        data = base64.b64decode(src.partition(",")[2])
        sizes.append(Image.open(io.BytesIO(data)).size)
    return sorted(sizes)


ARTICLE = """Intro.

{{< img src="/img/river.png" alt="The river" caption="At dawn" attr="Ann Lee" >}}

![A red square](/red.png "Red | Bo Chen")

<img src="/img/chart.png" alt="A chart">

End.
"""


def test_shortcode_markdown_and_html_images_reach_every_output(tmp_path, capsys, epubcheck):
    site = _site(tmp_path)
    write_article(
        site / "content" / "news" / "2019", "2019-05-01-river.md", "title: River", ARTICLE
    )
    assert _build(site) == 0
    err = capsys.readouterr().err
    assert "image" not in err and "refused" not in err, err
    out = site / "build"
    expected = sorted(SIZES.values())
    assert _pdf_image_sizes(out / "2019-05-01-river.pdf") == expected
    sizes, sources = _epub_images(out / "2019-05-01-river.epub")
    assert sizes == expected
    assert sorted(sources) == ["images/001.png", "images/002.png", "images/003.png"]
    assert _page_image_sizes(out / "2019-05-01-river.html") == expected
    page = (out / "2019-05-01-river.html").read_text(encoding="utf-8")
    assert page.count("<figure") == 3 and '<span class="credit">Ann Lee</span>' in page
    assert '<span class="credit">Bo Chen</span>' in page
    assert_epubcheck_clean(epubcheck(out / "2019-05-01-river.epub"))


def test_the_first_static_folder_holding_the_file_wins(tmp_path, capsys):
    site = _site(tmp_path)
    _image(site / "assets" / "img" / "river.png", "red")  # shadowed by static/img/river.png
    write_article(site / "content", "2019-05-01-one.md", "title: One", "![R](/img/river.png)\n")
    assert _build(site, "--formats", "html") == 0
    assert _page_image_sizes(site / "build" / "2019-05-01-one.html") == [SIZES["river"]]
    (site / "tearsheet.toml").write_text('static = ["assets", "static"]\n')
    assert _build(site, "--formats", "html") == 0
    assert "wrote" in capsys.readouterr().out
    assert _page_image_sizes(site / "build" / "2019-05-01-one.html") == [SIZES["red"]]


def test_escapes_from_the_static_folders_are_refused_with_one_line_each(
    tmp_path, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"Failed to load image at .*(secret|link|nothing)\.png")
    site = _site(tmp_path)
    _image(site / "secret.png", "red")
    _image(tmp_path / "elsewhere" / "secret.png", "red")
    (site / "static" / "img" / "link.png").symlink_to(tmp_path / "elsewhere" / "secret.png")
    body = (
        "Intro.\n\n![Up](/../secret.png)\n\n![Linked](/img/link.png)\n\n"
        f'<img src="{tmp_path}/elsewhere/secret.png" alt="Absolute">\n\n'
        "![Missing](/img/nothing.png)\n\nEnd.\n"
    )
    write_article(site / "content" / "news", "2019-05-01-escape.md", "title: Escape", body)
    assert _build(site) == 0
    err = capsys.readouterr().err.splitlines()
    shown = site / "content" / "news" / "2019-05-01-escape.md"
    assert [line.split(": warning: ")[0] for line in err] == [
        f"{shown}:{line}" for line in (7, 9, 11, 13)
    ], err
    assert "/../secret.png left out: it leads outside the static folders" in err[0]
    assert "/img/link.png left out: it leads outside the static folders" in err[1]
    assert "secret.png left out: in none of the static folders (static, assets)" in err[2]
    assert "/img/nothing.png left out: in none of the static folders" in err[3]
    assert all(line.endswith("[image-refused]") for line in err)
    out = site / "build"
    assert _pdf_image_sizes(out / "2019-05-01-escape.pdf") == []
    assert _epub_images(out / "2019-05-01-escape.epub") == ([], [])
    assert _page_image_sizes(out / "2019-05-01-escape.html") == []


def test_without_static_folders_a_site_absolute_path_is_one_line(
    tmp_path, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"Failed to load image at .*/img/x\.png")
    write_article(tmp_path / "content", "2019-05-01-bare.md", "title: Bare", "![X](/img/x.png)\n")
    assert (
        build([tmp_path / "content"], tmp_path / "out", "--config", str(tmp_path / "no.toml")) == 0
    )
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(
        "2019-05-01-bare.md:5: warning: image /img/x.png left out: a site-absolute path, "
        "and tearsheet.toml names no static folders [image-refused]"
    )


def _written(capsys):
    return sorted(
        line.rpartition("/")[2]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("wrote") and line.rpartition("/")[2].startswith("2019-")
    )


def test_changing_a_static_image_rebuilds_only_the_articles_that_use_it(tmp_path, capsys):
    site = _site(tmp_path)
    content = site / "content" / "news"
    write_article(content, "2019-05-01-river.md", "title: River", "![R](/img/river.png)\n")
    write_article(content, "2019-05-02-red.md", "title: Red", "![R](/red.png)\n")
    write_article(content, "2019-05-03-none.md", "title: None", "No image.\n")
    assert _build(site, "--formats", "html,pdf") == 0
    assert len(_written(capsys)) == 6
    assert _build(site, "--formats", "html,pdf") == 0
    assert _written(capsys) == []
    _image(site / "assets" / "red.png", "chart")
    assert _build(site, "--formats", "html,pdf") == 0
    assert _written(capsys) == ["2019-05-02-red.html", "2019-05-02-red.pdf"]
    assert _page_image_sizes(site / "build" / "2019-05-02-red.html") == [SIZES["chart"]]
    # A file that appears in an earlier folder now stands in front: a change too.
    _image(site / "static" / "red.png", "river")
    assert _build(site, "--formats", "html,pdf") == 0
    assert _written(capsys) == ["2019-05-02-red.html", "2019-05-02-red.pdf"]
    assert _page_image_sizes(site / "build" / "2019-05-02-red.html") == [SIZES["river"]]


def test_a_digitalgov_post_gets_its_shortcode_figure_from_static(tmp_path, capsys):
    post = (
        "content/news/2019/03/2019-03-13-go-beyond-coaching-mentorship-get-started-as-a-sponsor.md"
    )
    source = require(CORPUS) / "digitalgov.gov" / post
    assert '{{< img src="sponsorship-fish2" >}}' in source.read_text(encoding="utf-8")
    site = tmp_path / "digitalgov"
    (site / post).parent.mkdir(parents=True)
    shutil.copyfile(source, site / post)
    _image(site / "static" / "sponsorship-fish2.png", "river")
    (site / "tearsheet.toml").write_text('static = ["static"]\n')
    assert _build(site, "--formats", "html,epub") == 0
    err = capsys.readouterr().err
    assert "left out" not in err and "dropped" not in err, err
    slug = "go-beyond-coaching-mentorship-get-started-as-a-sponsor"  # its front matter's
    assert _page_image_sizes(site / "build" / f"{slug}.html") == [SIZES["river"]]
    page = (site / "build" / f"{slug}.html").read_text(encoding="utf-8")
    assert re.search(r"<figure[^>]*>\s*<img", page)
    assert _epub_images(site / "build" / f"{slug}.epub")[0] == [SIZES["river"]]


def test_shortcode_names_are_found_beside_the_article_then_in_static(tmp_path):
    site = _site(tmp_path)
    article = site / "content" / "post"
    _image(article / "river.png", "red")
    static = (site / "static", site / "assets")
    find = find_beside(article, static)
    assert find("river") == "river.png", "the article's own file comes first"
    assert find("img/chart") == "/img/chart.png"
    assert find("/img/river.png") == "/img/river.png"
    assert find("red") == "/red.png"
    assert find("/../secret") is None and find("../river.png") is None
    assert find("/img/missing.png") is None and find("https://x.org/a.png") is None
    assert find_beside(article)("/img/chart.png") is None, "no static folders, no lookup"


def test_locate_local_confines_each_kind_of_path(tmp_path):
    site = _site(tmp_path)
    static = (site / "static", site / "assets")
    folder = site / "content"
    assert locate_local("a.png", folder, static) == (folder / "a.png", folder)
    assert locate_local("/red.png", folder, static) == (site / "assets" / "red.png", static[1])
    for name in ("/../tearsheet.toml", "/img/../../tearsheet.toml", "/x\0.png", "/none.png"):
        with pytest.raises(StaticPathError):
            locate_local(name, folder, static)


def test_tearsheet_toml_static_names_folders_beside_it(tmp_path):
    config = tmp_path / "site" / "tearsheet.toml"
    config.parent.mkdir()
    config.write_text('static = ["static", "assets"]\n')
    assert load_config(config).static == (
        (tmp_path / "site" / "static").resolve(),
        (tmp_path / "site" / "assets").resolve(),
    )
    config.write_text('static = "public"\n')
    assert load_config(config).static == ((tmp_path / "site" / "public").resolve(),)
    for wrong in ("3", "[1, 2]", '[""]'):
        config.write_text(f"static = {wrong}\n")
        with pytest.raises(ContentError, match="'static': expected a list of folder names"):
            load_config(config)


def test_serve_watches_the_static_folders_that_exist(tmp_path):
    from tearsheet.build import BuildOptions
    from tearsheet.serve import watch_paths
    from tearsheet.theme import Theme

    site = _site(tmp_path)
    static = (site / "static", site / "assets", site / "missing")
    options = BuildOptions(out=site / "build", theme=Theme.load(), static=static)
    watched = watch_paths([site / "content"], options, site / "tearsheet.toml")
    assert static[0] in watched and static[1] in watched and static[2] not in watched


def test_a_collection_book_shows_static_images_and_refs_as_text(
    tmp_path, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"Failed to load image at .*nothing\.png")
    site = _site(tmp_path)
    content = site / "content"
    write_article(content / "news", "2019-05-01-one.md", "title: One", "![R](/img/river.png)\n")
    write_article(
        content / "news",
        "2019-05-02-two.md",
        "title: Two",
        '![M](/img/nothing.png)\n\nSee [one]({{< ref "2019-05-01-one.md" >}}).\n',
    )
    (content / "collections").mkdir()
    (content / "collections" / "week.yaml").write_text(
        "title: Week\nslugs: [2019-05-01-one, 2019-05-02-two]\n"
    )
    assert _build(site, "--formats", "pdf,epub") == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "/img/nothing.png left out" in err[0], err
    out = site / "build"
    assert _pdf_image_sizes(out / "week.pdf") == [SIZES["river"]]
    book = zipfile.ZipFile(out / "week.epub")
    images = [name for name in book.namelist() if "/images/" in name and "cover" not in name]
    assert [Image.open(io.BytesIO(book.read(name))).size for name in images] == [SIZES["river"]]
    texts = b"".join(book.read(name) for name in book.namelist() if name.endswith(".xhtml"))
    assert b"See one." in texts and b"tearsheet-ref" not in texts


def test_a_shortcode_image_added_later_rebuilds_its_article(tmp_path, capsys):
    site = _site(tmp_path)
    content = site / "content" / "news"
    write_article(
        content, "2019-05-01-photo.md", "title: Photo", '{{< img src="photo" >}}\n\nText.\n'
    )
    write_article(content, "2019-05-02-other.md", "title: Other", "No image.\n")
    assert _build(site, "--formats", "html") == 0
    assert 'dropped site-generator shortcode {{< img src="photo" >}}' in capsys.readouterr().err
    assert _page_image_sizes(site / "build" / "2019-05-01-photo.html") == []
    _image(site / "assets" / "photo.jpg", "red")
    assert _build(site, "--formats", "html") == 0
    assert _written(capsys) == ["2019-05-01-photo.html"]
    assert _page_image_sizes(site / "build" / "2019-05-01-photo.html") == [SIZES["red"]]
    _image(content / "photo.png", "chart")  # beside the article: it comes first
    assert _build(site, "--formats", "html") == 0
    assert _written(capsys) == ["2019-05-01-photo.html"]
    assert _page_image_sizes(site / "build" / "2019-05-01-photo.html") == [SIZES["chart"]]
