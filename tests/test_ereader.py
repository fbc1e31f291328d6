"""E-reader readiness: cover, pop-up notes, landmarks, accessibility metadata, the page list
that matches the PDF, the Kobo kepub, and Ace's verdict."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree
from PIL import Image

from tearsheet.cli import main

from conftest import FIXTURES, assert_epubcheck_clean, build, pdfinfo, pdftotext, write_article

SEED_EPUB = "2017-04-20-us-china-north-korea.epub"
LONG_EPUB = "2024-03-05-long-read.epub"
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def read(epub, name):
    with zipfile.ZipFile(epub) as archive:
        return etree.fromstring(archive.read(name))


def read_bytes(epub, name):
    with zipfile.ZipFile(epub) as archive:
        return archive.read(name)


def meta_values(opf, prop):
    return [m.text for m in opf.iterfind(f"opf:metadata/opf:meta[@property='{prop}']", NS)]


@pytest.fixture(scope="module")
def long_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("long")
    assert build([FIXTURES / "long"], out, "--kobo") == 0
    return out


def test_cover_is_declared_both_ways_and_is_1600_by_2560(seed_build):
    epub = seed_build / SEED_EPUB
    opf = read(epub, "EPUB/content.opf")
    items = opf.findall("opf:manifest/opf:item[@properties='cover-image']", NS)
    assert len(items) == 1
    meta = opf.find("opf:metadata/opf:meta[@name='cover']", NS)
    assert meta.get("content") == items[0].get("id")
    with Image.open(io.BytesIO(read_bytes(epub, "EPUB/" + items[0].get("href")))) as image:
        assert image.size == (1600, 2560)
    first = opf.find("opf:spine/opf:itemref", NS).get("idref")
    page = opf.find(f"opf:manifest/opf:item[@id='{first}']", NS).get("href")
    img = read(epub, f"EPUB/{page}").find(".//x:img", NS)
    assert img.get("src") == items[0].get("href")
    assert img.get("alt") == "How the U.S. and China can find common ground on North Korea"


def test_cover_from_front_matter_replaces_the_generated_one(tmp_path, epubcheck):
    Image.new("RGB", (1000, 1600), (20, 60, 120)).save(tmp_path / "photo.jpg", quality=80)
    path = write_article(tmp_path, "2020-01-01-c.md", "title: C\ncover: photo.jpg")
    assert build([path], tmp_path / "out", "--formats", "epub") == 0
    epub = tmp_path / "out" / "2020-01-01-c.epub"
    opf = read(epub, "EPUB/content.opf")
    item = opf.find("opf:manifest/opf:item[@properties='cover-image']", NS)
    assert item.get("media-type") == "image/jpeg"
    assert read_bytes(epub, "EPUB/" + item.get("href")) == (tmp_path / "photo.jpg").read_bytes()
    assert_epubcheck_clean(epubcheck(epub))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("missing.png", "front matter 'cover': no such file 'missing.png' beside the article"),
        (
            "https://example.org/a.png",
            "front matter 'cover': expected an image in the article's folder, got 'https://example.org/a.png'",
        ),
        (
            "../outside.png",
            "front matter 'cover': expected an image in the article's folder, got '../outside.png'",
        ),
        ("notes.txt", "front matter 'cover': expected a .jpg or .png image, got 'notes.txt'"),
    ],
)
def test_bad_cover_is_one_line_naming_the_field(tmp_path, capsys, value, message):
    (tmp_path / "notes.txt").write_text("x")
    path = write_article(tmp_path / "a", "2020-01-01-a.md", f"title: A\ncover: {value}")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"{path}:3: {message}"


def test_footnotes_are_popup_notes_linked_both_ways(long_build):
    doc = read(long_build / LONG_EPUB, "EPUB/article.xhtml")
    refs = doc.findall(".//x:a[@epub:type='noteref']", NS)
    assert len(refs) == 2
    ids = {element.get("id"): element for element in doc.iter() if element.get("id")}
    for ref in refs:
        assert ref.get("role") == "doc-noteref"
        note = ids[ref.get("href").removeprefix("#")]
        assert note.tag == "{http://www.w3.org/1999/xhtml}aside"
        assert (note.get(EPUB_TYPE), note.get("role")) == ("footnote", "doc-footnote")
        back = note.find(".//x:a[@role='doc-backlink']", NS)
        target = ids[back.get("href").removeprefix("#")]
        assert ref in target.iter()
    first = ids[refs[0].get("href")[1:]]
    assert (
        "".join(first.itertext()).strip().startswith("1. The American Society of Civil Engineers")
    )
    assert doc.find(".//x:ol/x:li[@id]", NS) is None


def test_body_matter_and_landmarks(long_build):
    epub = long_build / LONG_EPUB
    doc = read(epub, "EPUB/article.xhtml")
    assert doc.find("x:body", NS).get(EPUB_TYPE) == "bodymatter"
    nav = read(epub, "EPUB/nav.xhtml")
    landmarks = nav.find(".//x:nav[@epub:type='landmarks']", NS)
    kinds = {a.get(EPUB_TYPE): a.get("href") for a in landmarks.iterfind(".//x:a", NS)}
    assert kinds == {"cover": "cover.xhtml", "bodymatter": "article.xhtml"}


def test_accessibility_metadata_describes_the_long_article(long_build):
    opf = read(long_build / LONG_EPUB, "EPUB/content.opf")
    assert opf.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert meta_values(opf, "schema:accessMode") == ["textual", "visual"]
    assert meta_values(opf, "schema:accessModeSufficient") == ["textual", "textual,visual"]
    features = meta_values(opf, "schema:accessibilityFeature")
    for feature in (
        "alternativeText",
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "pageBreakMarkers",
        "pageNavigation",
    ):
        assert feature in features
    assert meta_values(opf, "schema:accessibilityHazard") == ["none"]
    assert (
        "Every image has a text description." in meta_values(opf, "schema:accessibilitySummary")[0]
    )
    assert meta_values(opf, "dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]


def test_seed_without_images_or_headings_claims_neither(seed_build):
    opf = read(seed_build / SEED_EPUB, "EPUB/content.opf")
    assert meta_values(opf, "schema:accessMode") == ["textual"]
    features = meta_values(opf, "schema:accessibilityFeature")
    assert "alternativeText" not in features and "structuralNavigation" not in features


def test_image_without_alt_text_is_not_claimed(tmp_path, epubcheck, capsys, weasyprint_warnings):
    weasyprint_warnings.expect(r'Image "river.png" has no required alt description')
    (tmp_path / "river.png").write_bytes((FIXTURES / "long" / "river.png").read_bytes())
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A", "Text.\n\n![](river.png)\n")
    assert build([path], tmp_path / "out", "--formats", "epub") == 0
    assert "EPUB: image river.png has no alt text" in capsys.readouterr().err
    epub = tmp_path / "out" / "2020-01-01-a.epub"
    opf = read(epub, "EPUB/content.opf")
    assert "alternativeText" not in meta_values(opf, "schema:accessibilityFeature")
    assert meta_values(opf, "schema:accessModeSufficient") == ["textual,visual"]
    assert meta_values(opf, "dcterms:conformsTo") == []
    assert (
        "1 of 1 images have no text description"
        in meta_values(opf, "schema:accessibilitySummary")[0]
    )
    assert_epubcheck_clean(epubcheck(epub))


def _text_after(marker, limit=40):
    """The words that follow a page-break marker in reading order."""
    parts = [marker.tail or ""]
    for element in marker.itersiblings():
        parts.append("".join(element.itertext()))
        parts.append(element.tail or "")
        if len(" ".join(parts).split()) > 12:
            break
    else:
        parent = marker.getparent()
        parts.append(parent.tail or "")
        for element in parent.itersiblings():
            parts.append("".join(element.itertext()))
    return " ".join(" ".join(parts).split())[:limit]


def _flat(text):
    return re.sub(r"\W+", "", text.replace("-\n", "").replace("\u2010\n", ""))


@pytest.mark.parametrize("which", ["seed", "long"])
def test_page_list_matches_the_pdf_page_by_page(which, seed_build, long_build):
    folder, epub_name = (seed_build, SEED_EPUB) if which == "seed" else (long_build, LONG_EPUB)
    pdf = folder / epub_name.replace(".epub", ".pdf")
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    epub = folder / epub_name
    nav = read(epub, "EPUB/nav.xhtml")
    entries = nav.findall(".//x:nav[@epub:type='page-list']//x:a", NS)
    assert [a.text for a in entries] == [str(n) for n in range(1, pages + 1)]
    doc = read(epub, "EPUB/article.xhtml")
    markers = doc.findall(".//x:span[@epub:type='pagebreak']", NS)
    assert [m.get("id") for m in markers] == [a.get("href").split("#")[1] for a in entries]
    for number, marker in enumerate(markers, start=1):
        assert (marker.get("role"), marker.get("title")) == ("doc-pagebreak", str(number))
        if number == 1:
            continue
        following = _text_after(marker)
        assert following, f"page {number}: no text after the marker"
        page_text = _flat(pdftotext(pdf, number, number))
        earlier = _flat(pdftotext(pdf, number - 1, number - 1))
        assert _flat(following)[:25] in page_text, (number, following)
        assert _flat(following)[:25] not in earlier, (number, following)
    opf = read(epub, "EPUB/content.opf")
    assert meta_values(opf, "pageBreakSource") == ["tearsheet PDF edition, a4 pages"]


def test_a_page_starting_mid_paragraph_is_marked_mid_paragraph(tmp_path):
    paragraph = " ".join(f"Sentence number {n} runs on for a while." for n in range(1, 400))
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A", paragraph + "\n")
    assert build([path], tmp_path, "--formats", "pdf,epub") == 0
    pdf = tmp_path / "2020-01-01-a.pdf"
    doc = read(tmp_path / "2020-01-01-a.epub", "EPUB/article.xhtml")
    markers = doc.findall(".//x:p/x:span[@epub:type='pagebreak']", NS)
    assert len(markers) == int(pdfinfo(pdf)["Pages"]) - 1 >= 2
    for marker in markers:
        number = int(marker.get("title"))
        words = (marker.tail or "").split()[:4]
        first_line = pdftotext(pdf, number, number).split("\n\n", 2)
        assert " ".join(words) in " ".join(pdftotext(pdf, number, number).split()), first_line
        assert " ".join(words) not in " ".join(pdftotext(pdf, number - 1, number - 1).split()[-8:])


def test_epub_alone_is_the_same_book_as_with_the_pdf(tmp_path, long_build):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "epub") == 0
    assert (tmp_path / LONG_EPUB).read_bytes() == (long_build / LONG_EPUB).read_bytes()


def test_kepub_has_kobo_spans_and_passes_epubcheck(long_build, epubcheck):
    kepub = long_build / "2024-03-05-long-read.kepub.epub"
    assert_epubcheck_clean(epubcheck(kepub))
    doc = read(kepub, "EPUB/article.xhtml")
    plain = read(long_build / LONG_EPUB, "EPUB/article.xhtml")
    body = doc.find("x:body", NS)
    assert [c.get("id") for c in body] == ["book-columns"]
    assert body.find("x:div/x:div", NS).get("id") == "book-inner"
    spans = doc.findall(".//x:span[@class='koboSpan']", NS)
    ids = [s.get("id") for s in spans]
    assert len(ids) == len(set(ids)) > 50
    assert all(re.fullmatch(r"kobo\.\d+\.\d+", i) for i in ids)
    first = doc.find(".//x:div[@class='body']/x:p", NS)
    assert [s.text for s in first.findall("x:span", NS)][:2] == [
        "When the water came in the spring of 1953, it came at night. ",
        "The storm surge rose over the dikes of Zeeland and the islands south of Rotterdam, and "
        "by morning 1,836 people were dead. ",
    ]
    assert " ".join("".join(body.itertext()).split()) == " ".join(
        "".join(plain.find("x:body", NS).itertext()).split()
    )


def test_ace_reports_no_violations_on_the_seed_and_long_article(seed_build, long_build, ace):
    for epub in (seed_build / SEED_EPUB, long_build / LONG_EPUB):
        report = ace(epub)
        assert report.violations == [], report.summary()


def test_ace_does_report_a_book_without_language_or_metadata(seed_build, tmp_path, ace):
    broken = tmp_path / "broken.epub"
    opf = read_bytes(seed_build / SEED_EPUB, "EPUB/content.opf").decode()
    opf = re.sub(r'<meta property="schema:accessMode">[^<]*</meta>', "", opf)
    opf = opf.replace(' xml:lang="en"', "")
    rewrite(seed_build / SEED_EPUB, broken, {"EPUB/content.opf": opf.encode()})
    rules = {rule for rule, _, _ in ace(broken).violations}
    assert {"epub-lang", "metadata-accessmode"} <= rules


def rewrite(source, target, replace, drop=()):
    """Copy an EPUB, replacing some entries and dropping others."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            dst.writestr(info, replace.get(info.filename, src.read(info.filename)))


def test_fonts_are_embedded_subset_only_when_asked(tmp_path, long_build, epubcheck):
    opf = read(long_build / LONG_EPUB, "EPUB/content.opf")
    assert opf.find("opf:manifest/opf:item[@media-type='font/ttf']", NS) is None
    assert build([FIXTURES / "long"], tmp_path, "--formats", "epub", "--embed-fonts") == 0
    epub = tmp_path / LONG_EPUB
    opf = read(epub, "EPUB/content.opf")
    fonts = opf.findall("opf:manifest/opf:item[@media-type='font/ttf']", NS)
    assert len(fonts) == 4
    from fontTools.ttLib import TTFont

    for item in fonts:
        font = TTFont(io.BytesIO(read_bytes(epub, "EPUB/" + item.get("href"))))
        cmap = font.getBestCmap()
        assert ord("W") in cmap and ord("€") in cmap and ord("Ж") not in cmap
        assert len(font.getGlyphOrder()) < 400
    doc = read(epub, "EPUB/article.xhtml")
    links = [link.get("href") for link in doc.iterfind(".//x:link[@rel='stylesheet']", NS)]
    assert links == ["style/ebook.css", "style/fonts.css"]
    css = read_bytes(epub, "EPUB/style/fonts.css").decode()
    assert css.count("@font-face") == 4 and '.article { font-family: "Newsreader", serif; }' in css
    # EPUBCheck's usage report (-u) notes every @font-face; it is the one message embedding
    # fonts cannot avoid, and the reason --embed-fonts is off by default.
    report = epubcheck(epub)
    assert [(m["severity"], m["ID"]) for m in report.messages] == [("USAGE", "CSS-028")], (
        report.summary()
    )


def _code_and_html_article(folder):
    """Pages that begin inside code blocks, raw HTML blocks and tables, in varied order."""
    code = "\n".join(
        f"    result_{n} = compute(value_{n}, limit={n * 7})  # step {n}" for n in range(90)
    )
    fenced = "\n".join(f"line {n}: fetch https://example.org/{n} and parse it" for n in range(80))
    raw = "\n".join(
        f"<p>Raw paragraph {n} holds words enough to fill a line or two of the page.</p>"
        for n in range(45)
    )
    rows = "\n".join(
        f"| Row {n} | Alpha beta gamma delta {n} | Epsilon zeta eta theta iota kappa {n} |"
        for n in range(70)
    )
    body = (
        f"Opening paragraph.\n\n{code}\n\nBetween.\n\n```\n{fenced}\n```\n\n"
        f'<div class="box">\n{raw}\n</div>\n\nAfter the box.\n\n'
        f"| Name | First | Second |\n|---|---|---|\n{rows}\n\nThe end.\n"
    )
    return write_article(folder, "2020-01-01-blocks.md", "title: Blocks", body)


def test_pages_starting_in_code_raw_html_and_tables_are_marked_where_they_start(tmp_path):
    path = _code_and_html_article(tmp_path)
    assert build([path], tmp_path, "--formats", "pdf,epub") == 0
    pdf, epub = tmp_path / "2020-01-01-blocks.pdf", tmp_path / "2020-01-01-blocks.epub"
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 6
    doc = read(epub, "EPUB/article.xhtml")
    markers = doc.findall(".//x:span[@epub:type='pagebreak']", NS)
    assert [m.get("title") for m in markers] == [str(n) for n in range(1, pages + 1)]
    for marker in markers[1:]:
        number = int(marker.get("title"))
        following = _flat(_text_after(marker))[:25]
        assert following in _flat(pdftotext(pdf, number, number)), (number, following)
        assert following not in _flat(pdftotext(pdf, number - 1, number - 1)), (number, following)
        if marker.getparent().tag in (f"{{{NS['x']}}}td", f"{{{NS['x']}}}th"):
            # In a table the PDF sets cells side by side: never a marker inside a word.
            previous = marker.getprevious()
            before = (previous.tail if previous is not None else marker.getparent().text) or ""
            after = marker.tail or ""
            assert not (before[-1:].isalnum() and after[:1].isalnum()), (number, before, after)
