"""A refused or missing image leaves no empty figure in the web page, the PDF or the EPUB: the
figure becomes a paragraph of its [alt text] and caption, or goes when nothing is left."""

from __future__ import annotations

import io
import zipfile

import pdfplumber
from lxml import etree, html
from PIL import Image

from conftest import build, write_article

BODY = """\
Before the images.

![](../secret.png)

After the first.

![A harbour at dawn](/etc/hostname "The harbour, photographed at dawn")

![](missing.png "Only a caption survives")

![The missing chart](gone/chart.png)

<figure><blockquote><p>A quotation kept whole.</p></blockquote><figcaption>Its speaker</figcaption></figure>

<figure><img src="kept.png" alt="A kept image"><img src="absent.png" alt="an absent one"></figure>

End of the article. [![](icon.png)](https://example.org/icon)
"""


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "teal").save(out, "PNG")
    return out.getvalue()


EXPECTED = [
    "Before the images.",
    "After the first.",
    "[A harbour at dawn] The harbour, photographed at dawn",
    "Only a caption survives",
    "[The missing chart]",
]


def _build(tmp_path):
    folder = tmp_path / "site" / "article"
    path = write_article(folder, "2022-05-06-figures.md", "title: Figures\nlang: en", BODY)
    (tmp_path / "site" / "secret.png").write_bytes(_png())
    (folder / "kept.png").write_bytes(_png())
    out = tmp_path / "out"
    assert build([path], out) == 0
    return out / "2022-05-06-figures"


def _blocks(body) -> list[tuple[str, str]]:
    return [
        (child.tag.split("}")[-1], " ".join(" ".join(child.itertext()).split())) for child in body
    ]


def _check_body(blocks):
    assert blocks[:5] == [("p", text) for text in EXPECTED], blocks
    assert blocks[5] == ("figure", "A quotation kept whole. Its speaker")
    assert blocks[6] == ("figure", "[an absent one]")
    assert blocks[7] == ("p", "End of the article.")


def test_web_page_and_epub_unwrap_figures_that_lost_their_image(tmp_path):
    out = _build(tmp_path)
    page = html.fromstring(out.with_suffix(".html").read_bytes())
    body = page.xpath("//div[contains(concat(' ', @class, ' '), ' body ')]")[0]
    _check_body(_blocks(body))
    assert len(body.xpath(".//img")) == 1
    assert body.xpath(".//a") == []  # the icon's link went with its image
    with zipfile.ZipFile(out.with_suffix(".epub")) as book:
        root = etree.fromstring(book.read("EPUB/article.xhtml"))
    body = root.xpath(
        "//x:div[contains(concat(' ', @class, ' '), ' body ')]",
        namespaces={"x": "http://www.w3.org/1999/xhtml"},
    )[0]
    _check_body(_blocks(body))
    assert body.xpath(".//x:a", namespaces={"x": "http://www.w3.org/1999/xhtml"}) == []
    # The unwrapped figures keep their block ids (the page list points at them).
    assert all(child.get("id", "").startswith("blk-") for child in body)


def test_pdf_has_no_empty_figure_and_keeps_captions_as_text(tmp_path):
    out = _build(tmp_path)
    with pdfplumber.open(out.with_suffix(".pdf")) as pdf:
        lines = [
            " ".join(line["text"].split())
            for page in pdf.pages
            for line in page.extract_text_lines()
        ]
        tops = {
            " ".join(line["text"].split()): line["top"]
            for line in pdf.pages[0].extract_text_lines()
        }
        figures = [node for node in _walk(pdf.structure_tree) if node["type"] == "Figure"]
        links = [node for node in _walk(pdf.structure_tree) if node["type"] == "Link"]
    start = lines.index(EXPECTED[0])
    assert lines[start : start + 5] == EXPECTED
    # Two paragraphs apart as any two: no empty figure's margins between them.
    first = tops[EXPECTED[1]] - tops[EXPECTED[0]]
    second = tops[EXPECTED[2]] - tops[EXPECTED[1]]
    assert abs(first - second) < 1, (first, second)
    assert len(figures) == 1  # the one image that could be read
    assert links == [] and not any("example.org/icon" in line for line in lines)


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node.get("children", []))


def test_a_credit_runs_on_after_the_caption_with_a_separator():
    from tearsheet.figures import unwrap_imageless_figures

    figure = (
        '<figure id="b1"><span class="missing-image">[A chart]</span><figcaption>'
        'Dues since 2010 <span class="credit">Photo: Council</span></figcaption></figure>'
    )
    assert unwrap_imageless_figures(figure) == (
        '<p id="b1"><span class="missing-image">[A chart]</span> Dues since 2010 · '
        '<span class="credit">Photo: Council</span></p>'
    )
    alone = figure.replace("Dues since 2010 ", "").replace("[A chart]", "")
    assert unwrap_imageless_figures(alone) == (
        '<p id="b1"><span class="credit">Photo: Council</span></p>'
    )
