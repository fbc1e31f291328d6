"""Heading levels without gaps, no empty headings or header cells, and links that keep a name,
in every output, as Ace checks them (the corpus's interviews skip from the headline to ###,
its tables leave corners empty, its live blogs have bare ``##`` lines, and its image links
point at images it does not include)."""

from __future__ import annotations

import zipfile

from lxml import etree, html

from tearsheet.markup import render_markdown

from conftest import build, write_article

BODY = """\
### Why did you start?

Because.

##### What came first?

The data.

## Part two

#### A deep one

<h6>Raw and deeper still</h6>

##

See [{{< legacy-img src="2015/10/chart.png" alt="The fire-safety chart" >}}](https://example.org/chart.pdf).

Also <a href="https://example.org/empty"></a>Signal und Rauschen, with an empty link.

<p><a href="https://example.org/data.json">{{< legacy-img src="json.png" alt="Data as JSON" >}}</a></p>

|            | 2019 | 2020 |
|------------|------|------|
| Blocked    | 3    | 5    |

<table><tr><th>&nbsp;</th><th>Kept header</th></tr><tr><td>row</td><td>1</td></tr></table>
"""

LEVELS = [
    ("h2", "Why did you start?"),
    ("h3", "What came first?"),
    ("h2", "Part two"),
    ("h3", "A deep one"),
    ("h4", "Raw and deeper still"),
]


def _levels(root, namespace: str = "") -> list[tuple[str, str]]:
    found = []
    for element in root.iter():
        tag = element.tag.removeprefix(namespace) if isinstance(element.tag, str) else ""
        if tag in {"h2", "h3", "h4", "h5", "h6"}:
            found.append((tag, " ".join("".join(element.itertext()).split())))
    return found


def _header_texts(root, namespace: str = "") -> list[str]:
    return ["".join(th.itertext()).strip() for th in root.iter(f"{namespace}th")]


def test_headings_close_their_gaps_and_the_navigation_follows():
    markup = render_markdown(BODY)
    assert [level for level, _, _ in markup.headings] == [2, 3, 2, 3]
    assert "<h5" not in markup.html and "<h6" not in markup.html
    assert "<td></td>" in markup.html and "<td>&nbsp;</td>" in markup.html
    assert "<h2></h2>" not in markup.html and '<h2 id="section"' not in markup.html


def test_web_page_and_epub_have_no_heading_gap_or_empty_header(tmp_path, epubcheck, ace):
    path = write_article(tmp_path, "2023-04-05-interview.md", "title: Interview\nlang: en", BODY)
    assert build([path], tmp_path / "out", "--formats", "html,epub") == 0
    page = html.fromstring((tmp_path / "out" / "2023-04-05-interview.html").read_bytes())
    body = page.xpath("//div[contains(concat(' ', @class, ' '), ' body ')]")[0]
    assert _levels(body) == LEVELS
    assert _header_texts(body) == ["2019", "2020", "Kept header"]
    book = tmp_path / "out" / "2023-04-05-interview.epub"
    with zipfile.ZipFile(book) as archive:
        root = etree.fromstring(archive.read("EPUB/article.xhtml"))
    namespace = "{http://www.w3.org/1999/xhtml}"
    assert _levels(root, namespace) == LEVELS
    assert _header_texts(root, namespace) == ["2019", "2020", "Kept header"]
    links = {
        "".join(a.itertext()): a.get("href") for a in root.iter(f"{namespace}a") if a.get("href")
    }
    assert links["The fire-safety chart"] == "https://example.org/chart.pdf"
    assert links["Data as JSON"] == "https://example.org/data.json"
    assert "https://example.org/empty" not in links.values()
    assert not [
        h
        for h in root.iter()
        if h.tag in {f"{namespace}h{n}" for n in range(1, 7)} and not "".join(h.itertext()).strip()
    ]
    assert epubcheck(book).messages == []
    rules = {rule for rule, _, _ in ace(book).violations}
    assert not rules & {"heading-order", "empty-table-header", "empty-heading", "link-name"}, rules
