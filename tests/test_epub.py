"""The EPUB: OPF metadata, navigation, stable identity, reproducibility and EPUBCheck."""

from __future__ import annotations

import shutil
import zipfile

from lxml import etree

from conftest import FIXTURES, assert_epubcheck_clean, build, write_article

SEED_EPUB = "2017-04-20-us-china-north-korea.epub"
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}


def read(epub, name):
    with zipfile.ZipFile(epub) as archive:
        return etree.fromstring(archive.read(name))


def test_seed_opf_metadata(seed_build):
    opf = read(seed_build / SEED_EPUB, "EPUB/content.opf")
    meta = opf.find("opf:metadata", NS)
    assert meta.findtext("dc:title", namespaces=NS) == (
        "How the U.S. and China can find common ground on North Korea"
    )
    assert meta.findtext("dc:language", namespaces=NS) == "en"
    assert meta.findtext("dc:date", namespaces=NS) == "2017-04-20"
    assert meta.findtext("dc:publisher", namespaces=NS) == "Bloomberg"
    assert meta.findtext("dc:source", namespaces=NS) == "Bloomberg"
    assert meta.findtext("dc:identifier", namespaces=NS).startswith("urn:uuid:")
    modified = meta.find("opf:meta[@property='dcterms:modified']", NS).text
    assert len(modified) == 20 and modified.endswith("Z")


def test_seed_passes_epubcheck(seed_build, epubcheck):
    assert_epubcheck_clean(epubcheck(seed_build / SEED_EPUB))


def test_long_article_passes_epubcheck_with_image_nav_and_two_authors(tmp_path, epubcheck):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "epub") == 0
    epub = tmp_path / "2024-03-05-long-read.epub"
    assert_epubcheck_clean(epubcheck(epub))
    opf = read(epub, "EPUB/content.opf")
    creators = opf.findall(".//dc:creator", NS)
    assert [c.text for c in creators] == ["Maria Ortega", "James Whitfield"]
    assert len({c.get("id") for c in creators}) == 2
    assert opf.find(".//opf:item[@media-type='image/png']", NS) is not None
    nav = read(epub, "EPUB/nav.xhtml")
    labels = [a.text for a in nav.iterfind(".//x:nav[@epub:type='toc']//x:a", NS)]
    assert labels[0].startswith("The river that ran backwards")
    assert "A different idea" in labels and "Living with it" in labels
    ncx = read(epub, "EPUB/toc.ncx")
    assert ncx.find(".//ncx:navPoint", NS) is not None


def test_content_document_is_the_html_rendering_as_xhtml(seed_build):
    doc = read(seed_build / SEED_EPUB, "EPUB/article.xhtml")
    assert doc.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert doc.findtext(".//x:article/x:header/x:h1", namespaces=NS).startswith("How the U.S.")
    time = doc.find(".//x:header//x:time", NS)
    assert (time.get("datetime"), time.text) == ("2017-04-20", "April 20, 2017")
    assert doc.find(".//x:link[@rel='stylesheet']", NS).get("href") == "style/ebook.css"


def test_identifier_is_stable_and_build_is_reproducible(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    assert build([FIXTURES / "long"], first, "--formats", "epub") == 0
    assert build([FIXTURES / "long"], second, "--formats", "epub") == 0
    name = "2024-03-05-long-read.epub"
    assert (first / name).read_bytes() == (second / name).read_bytes()
    with zipfile.ZipFile(first / name) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED


def test_language_and_direction_for_arabic(tmp_path, epubcheck):
    path = write_article(tmp_path, "x.ar.md", "title: عنوان\ndate: 2020-01-01", "نص المقال.\n")
    assert build([path], tmp_path / "out", "--formats", "epub") == 0
    epub = tmp_path / "out" / "x-ar.epub"
    opf = read(epub, "EPUB/content.opf")
    assert opf.findtext(".//dc:language", namespaces=NS) == "ar"
    assert opf.find("opf:spine", NS).get("page-progression-direction") == "rtl"
    assert_epubcheck_clean(epubcheck(epub))


def test_raw_html_heading_ids_and_spaced_urls_stay_valid(tmp_path, epubcheck):
    body = (
        '<h2 id="what-is-it?">What is it?</h2>\n\nText <a href="https://ooni.org/install/OONI '
        'Probe/">install</a> <a href="https://example.org/a\nb">split</a>.\n\n## Next\n\nMore.\n'
    )
    assert (
        build(
            [write_article(tmp_path, "2024-01-02-ids.md", "title: Ids", body)],
            tmp_path,
            "--formats",
            "epub",
        )
        == 0
    )
    assert_epubcheck_clean(epubcheck(tmp_path / "2024-01-02-ids.epub"))
    chapter = read(tmp_path / "2024-01-02-ids.epub", "EPUB/article.xhtml")
    assert chapter.find(".//x:a[@href='https://ooni.org/install/OONI%20Probe/']", NS) is not None
    assert chapter.find(".//x:a[@href='https://example.org/ab']", NS) is not None


def _identifier(epub_path):
    return read(epub_path, "EPUB/content.opf").findtext(
        ".//{http://purl.org/dc/elements/1.1/}identifier"
    )


def test_identifier_follows_the_articles_address_or_path_not_its_slug(tmp_path):
    """Two index.md bundles named alike in different sites, or the same slug in two folders,
    are different books; the same article in another clone is the same book."""
    front = "title: Hello\ndate: 2024-01-02"
    sources = {
        "one": write_article(tmp_path / "one" / "content" / "post" / "hello", "index.md", front),
        "two": write_article(tmp_path / "two" / "content" / "news" / "hello", "index.md", front),
        "url": write_article(
            tmp_path / "three" / "content" / "hello",
            "index.md",
            front + "\nsource_url: https://example.org/2024/hello/",
        ),
    }
    (tmp_path / "one" / "tearsheet.toml").write_text("")
    ids = {}
    for name, source in sources.items():
        assert build([source], tmp_path / "out" / name, "--formats", "epub") == 0
        ids[name] = _identifier(tmp_path / "out" / name / "hello.epub")
    assert len(set(ids.values())) == 3, ids
    clone = tmp_path / "elsewhere" / "clone"
    shutil.copytree(tmp_path / "one", clone)
    assert build([clone / "content"], tmp_path / "out" / "clone", "--formats", "epub") == 0
    assert _identifier(tmp_path / "out" / "clone" / "hello.epub") == ids["one"]
    moved = tmp_path / "moved" / "hello" / "index.md"
    moved.parent.mkdir(parents=True)
    shutil.copy(sources["url"], moved)
    assert build([moved], tmp_path / "out" / "moved", "--formats", "epub") == 0
    assert _identifier(tmp_path / "out" / "moved" / "hello.epub") == ids["url"]


def test_nav_lists_heading_levels_nested_down_to_h3(tmp_path, epubcheck):
    body = (
        "Intro.\n\n# Findings\n\nText.\n\n## Blocked sites\n\nText.\n\n### News media\n\n"
        "Text.\n\n### Forums\n\nText.\n\n#### Too deep\n\nText.\n\n## Methods\n\nText.\n\n"
        "# Conclusion\n\nText.\n\n### Skipped a level\n\nText.\n"
    )
    source = write_article(tmp_path, "levels.md", "title: Levels\ndate: 2024-01-02", body)
    assert build([source], tmp_path / "out", "--formats", "epub") == 0
    book = tmp_path / "out" / "levels.epub"
    nav = read(book, "EPUB/nav.xhtml")
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)

    def outline(listing):
        items = []
        for item in listing.findall("x:li", NS):
            label = item.find("x:a", NS)
            sub = item.find("x:ol", NS)
            items.append((label.text, outline(sub) if sub is not None else []))
        return items

    assert outline(toc.find("x:ol", NS)) == [
        (
            "Levels",
            [
                (
                    "Findings",
                    [
                        ("Blocked sites", [("News media", []), ("Forums", [])]),
                        ("Methods", []),
                    ],
                ),
                ("Conclusion", [("Skipped a level", [])]),
            ],
        )
    ]
    ncx = read(book, "EPUB/toc.ncx")
    labels = [t.text for t in ncx.iterfind(".//ncx:navPoint/ncx:navLabel/ncx:text", NS)]
    assert labels == [
        "Levels",
        "Findings",
        "Blocked sites",
        "News media",
        "Forums",
        "Methods",
        "Conclusion",
        "Skipped a level",
    ]
    assert_epubcheck_clean(epubcheck(book))


def test_headings_named_like_the_tools_ids_stay_valid(tmp_path, epubcheck):
    """``## Page 1`` and ``## Attribution`` once gave ids the page markers and the footer use
    (EPUBCheck RSC-005); non-ASCII heading ids drew calibre warnings."""
    paragraph = " ".join(f"Sentence {n} fills the page a little more." for n in range(200))
    body = (
        f"## Page 1\n\n{paragraph}\n\n## Page 2\n\n{paragraph}\n\n## Attribution\n\n"
        '<p id="attribution">Raw attribution.</p>\n\n<p id="page-2">Raw page.</p>\n\n'
        "## Café crème\n\nText.[^1]\n\n## Fn 1\n\nMore.\n\n[^1]: A note.\n"
    )
    source = write_article(tmp_path, "ids.md", "title: Ids\ndate: 2024-01-02\nsource: Paper", body)
    assert build([source], tmp_path / "out", "--formats", "pdf,epub") == 0
    book = tmp_path / "out" / "ids.epub"
    doc = read(book, "EPUB/article.xhtml")
    ids = [element.get("id") for element in doc.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), ids
    assert all(i.isascii() for i in ids)
    assert {"page-1", "page-2", "attribution", "section-page-1", "cafe-creme"} <= set(ids)
    assert_epubcheck_clean(epubcheck(book))


def test_figures_whose_image_is_left_out_are_removed(tmp_path, epubcheck, weasyprint_warnings):
    weasyprint_warnings.expect("Failed to load image")
    body = (
        "Before.\n\n![](images/missing.png)\n\nBetween.\n\n![](../outside.png)\n\n"
        '![A chart](images/gone.png "Chart: measurements per day")\n\nAfter.\n'
    )
    (tmp_path / "outside.png").write_bytes(b"not read")
    source = write_article(tmp_path / "post", "figs.md", "title: Figs\ndate: 2024-01-02", body)
    assert build([source], tmp_path / "out", "--formats", "html,epub") == 0
    doc = read(tmp_path / "out" / "figs.epub", "EPUB/article.xhtml")
    # No figure is left: the captioned one is a paragraph of its [alt] and its caption.
    assert doc.findall(".//x:figure", NS) == []
    texts = [" ".join("".join(p.itertext()).split()) for p in doc.findall(".//x:p", NS)]
    assert "[A chart] Chart: measurements per day" in texts
    page = (tmp_path / "out" / "figs.html").read_text(encoding="utf-8")
    assert page.count("<figure") == 0 and "[A chart]</span> Chart: measurements" in page
    assert_epubcheck_clean(epubcheck(tmp_path / "out" / "figs.epub"))


def test_an_article_dated_after_2107_keeps_its_epub(tmp_path):
    import zipfile

    from conftest import build, write_article

    path = write_article(tmp_path, "2150-01-01-far.md", "title: Far")
    assert build([path], tmp_path / "out", "--formats", "epub", "--future") == 0
    with zipfile.ZipFile(tmp_path / "out" / "2150-01-01-far.epub") as book:
        assert {info.date_time[0] for info in book.infolist()} == {2107}
        assert b"2150-01-01" in book.read("EPUB/content.opf")
