"""The PDF: text order, metadata, fonts, page sizes, running heads and outline."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from conftest import FIXTURES, ROOT, build, pdfinfo, pdftotext, require, write_article

SEED_PDF = "2017-04-20-us-china-north-korea.pdf"
HEADLINE = "How the U.S. and China can find common ground on North Korea"


def words(text: str) -> str:
    return " ".join(text.split())


def test_first_page_holds_headline_then_dateline(seed_build):
    page_one = words(pdftotext(seed_build / SEED_PDF, 1, 1))
    assert (
        page_one.index("How the U.S. and China can find common ground on North Korea")
        < (page_one.index("April 20, 2017"))
        < page_one.index("For the moment, fear of U.S. retaliation")
    )


def test_attribution_and_smart_punctuation_in_pdf_text(seed_build):
    text = words(pdftotext(seed_build / SEED_PDF))
    assert "Source: Bloomberg, April 20, 2017" in text
    assert "few people do — but" in text
    assert "--" not in text and '"' not in text


def test_metadata(seed_build):
    info = pdfinfo(seed_build / SEED_PDF)
    assert info["Title"] == HEADLINE
    assert info["Author"] == "Bloomberg"
    assert info["Creator"] == "tearsheet"
    assert info["CreationDate"].startswith("Thu Apr 20 00:00:00 2017")
    assert info["Tagged"] == "yes"
    assert info["Page size"].endswith("(A4)")


def test_metadata_subject_and_keywords(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    meta = PdfReader(tmp_path / "2024-03-05-long-read.pdf").metadata
    assert meta["/Subject"].startswith("A century of levees")
    assert meta["/Keywords"] == "climate, cities, engineering"
    assert meta["/Author"] == "Maria Ortega, James Whitfield"


def test_source_date_epoch_sets_creation_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    info = pdfinfo(tmp_path / "2024-03-05-long-read.pdf")
    assert info["CreationDate"].startswith("Tue Nov 14 22:13:20 2023")


def test_fonts_are_embedded_subset_and_packaged(seed_build, tmp_path):
    output = subprocess.run(
        [require("pdffonts"), str(seed_build / SEED_PDF)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert output
    names = set()
    for line in output:
        name, *_rest = line.split()
        emb, sub = line.split()[-5], line.split()[-4]
        assert (emb, sub) == ("yes", "yes"), line
        names.add(name.split("+", 1)[1].split("-")[0])
    assert names <= {"Newsreader", "Libre", "IBM", "Amiri"}, names


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ("a4", "(A4)"),
        ("letter", "(letter)"),
        ("a5", "419.528 x 595.276 pts"),
        ("6x9", "432 x 648 pts"),
    ],
)
def test_page_sizes(tmp_path, size, expected):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf", "--page-size", size) == 0
    assert expected in pdfinfo(tmp_path / "2024-03-05-long-read.pdf")["Page size"]


def test_running_head_and_page_numbers_from_page_two(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    pdf = tmp_path / "2024-03-05-long-read.pdf"
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 2
    first = pdftotext(pdf, 1, 1)
    second = pdftotext(pdf, 2, 2)
    assert not re.search(rf"\b1\s*/\s*{pages}\b", first)
    assert re.search(rf"\b2\s*/\s*{pages}\b", second)
    head = second.strip().splitlines()[0]
    assert "Long read" in head and "The river that ran backwards" in head


def test_outline_has_headline_and_sections(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    reader = PdfReader(tmp_path / "2024-03-05-long-read.pdf")

    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    outline = list(titles(reader.outline))
    assert outline[0].startswith("The river that ran backwards")
    assert "A different idea" in outline and "Living with it" in outline


LONG_NOTES = [
    ("largest flood-protection system in the world", "counts the Delta Works among the"),
    ("another round of dike-raising would have", "Figures from the programme’s final report"),
]
LONG_HEADINGS = ("A different idea", "What changed on the ground", "Living with it")


def page_texts(pdf) -> list[str]:
    pages = int(pdfinfo(pdf)["Pages"])
    return [pdftotext(pdf, n, n) for n in range(1, pages + 1)]


def flat(text: str) -> str:
    """Page text on one line, with hyphenation at line ends undone."""
    return re.sub(r"[\u2010-]\n(?=\w)", "", text).replace("\n", " ")


@pytest.mark.parametrize("size", ["a4", "letter", "a5", "6x9"])
@pytest.mark.parametrize("drop_cap", ["--drop-cap", "--no-drop-cap"])
def test_footnotes_on_the_page_of_their_call_and_headings_never_last(tmp_path, size, drop_cap):
    args = ("--formats", "pdf", "--page-size", size, drop_cap)
    assert build([FIXTURES / "long"], tmp_path, *args) == 0
    pages = page_texts(tmp_path / "2024-03-05-long-read.pdf")
    for call, note in LONG_NOTES:
        call_pages = [n for n, text in enumerate(pages) if call in " ".join(flat(text).split())]
        note_pages = [n for n, text in enumerate(pages) if note in " ".join(flat(text).split())]
        assert len(call_pages) == 1 and call_pages == note_pages, (call, call_pages, note_pages)
    for heading in LONG_HEADINGS:
        for text in pages:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if heading in lines:
                after = lines[lines.index(heading) + 1]
                assert not re.match(r"^(\d+\.\s|\d+\s*/\s*\d+$)", after), (heading, after)


def test_link_addresses_become_footnotes(tmp_path):
    body = (
        "Read [the report](https://example.org/report) and [again](https://example.org/report).\n"
    )
    path = write_article(tmp_path, "2020-01-01-links.md", "title: Links", body)
    assert build([path], tmp_path / "out", "--formats", "pdf") == 0
    text = pdftotext(tmp_path / "out" / "2020-01-01-links.pdf")
    assert text.count("https://example.org/report") == 1
    assert "the report1" in words(text).replace(" 1", "1")


def test_pdf_a_variant_carries_xmp(tmp_path):
    assert (
        build([FIXTURES / "long"], tmp_path, "--formats", "pdf", "--pdf-variant", "pdf/a-3u") == 0
    )
    pdf = tmp_path / "2024-03-05-long-read.pdf"
    xmp = subprocess.run(
        [require("pdfinfo"), "-meta", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="U"' in xmp
    assert "<rdf:li>Maria Ortega</rdf:li><rdf:li>James Whitfield</rdf:li>" in xmp
    assert "The river that ran backwards" in xmp
    assert pdfinfo(pdf)["Title"].startswith("The river that ran backwards")


def test_default_pdf_is_pdf_ua_with_xmp(seed_build):
    xmp = subprocess.run(
        [require("pdfinfo"), "-meta", str(seed_build / SEED_PDF)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'pdfuaid:part="1"' in xmp
    assert HEADLINE in xmp


def test_no_straight_quotes_or_double_hyphens_in_long_article(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    text = pdftotext(tmp_path / "2024-03-05-long-read.pdf")
    assert '"' not in text and "--" not in text and "'" not in text
    assert "“We had trusted the walls,”" in words(text)


def test_figure_caption_and_table_in_pdf(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf") == 0
    text = words(pdftotext(tmp_path / "2024-03-05-long-read.pdf"))
    assert "The new channel at Nijmegen at high water" not in text  # alt text is not printed
    assert "Photo: Example Review" in text
    assert "Nijmegen dike relocation and side channel 1,650 2015" in text


def test_config_file_sets_page_size_and_theme(tmp_path, monkeypatch):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "styles", theme)
    css = (theme / "print.css").read_text(encoding="utf-8")
    (theme / "print.css").write_text(
        css.replace("--color-accent: #9b1b1b;", "--color-accent: #0000ff;")
    )
    (tmp_path / "tearsheet.toml").write_text('theme = "theme"\n\n[print]\npage_size = "letter"\n')
    monkeypatch.chdir(tmp_path)
    assert build([FIXTURES / "long"], tmp_path / "out", "--formats", "pdf") == 0
    pdf = tmp_path / "out" / "2024-03-05-long-read.pdf"
    assert "(letter)" in pdfinfo(pdf)["Page size"]
    stream = b"".join(page.get_contents().get_data() for page in PdfReader(pdf).pages[:1])
    assert b"0 0 1 rg" in stream


def test_bad_config_is_one_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "tearsheet.toml").write_text('page_size = "b5"\n')
    monkeypatch.chdir(tmp_path)
    assert build([FIXTURES / "long"], tmp_path / "out") == 1
    assert capsys.readouterr().err.strip() == (
        "tearsheet.toml: 'page_size': expected one of a4, letter, a5, 6x9, got 'b5'"
    )


def test_links_in_tables_get_one_note_list_under_the_table_and_rows_stay_whole(tmp_path):
    """A table of links once became a page of six rows and twenty footnotes: now each
    address is listed once, numbered, under its table, and no row is split across pages."""
    filler = " ".join(["measured on several networks over many months"] * 3)
    rows = "\n".join(
        f"| R{n}x | [site {n % 7}](https://example.org/site-{n % 7}) {filler} | "
        f"[report](https://example.org/report) end{n}x |"
        for n in range(40)
    )
    body = (
        "Before [the body link](https://example.org/body).\n\n"
        f"| Name | Site | Report |\n|---|---|---|\n{rows}\n\nAfter the table.\n"
    )
    path = write_article(tmp_path, "2020-01-01-table.md", "title: Table", body)
    assert build([path], tmp_path / "out", "--formats", "pdf") == 0
    pdf = tmp_path / "out" / "2020-01-01-table.pdf"
    text = pdftotext(pdf)
    for address in [f"https://example.org/site-{n}" for n in range(7)]:
        assert text.count(address) == 1, address
    assert text.count("https://example.org/report") == 1
    assert text.count("https://example.org/body") == 1
    flat = words(text)
    assert flat.index("end39x") < flat.index("https://example.org/site-0")
    assert flat.index("https://example.org/report") < flat.index("After the table.")
    pages = [words(pdftotext(pdf, n, n)) for n in range(1, int(pdfinfo(pdf)["Pages"]) + 1)]
    assert len(pages) >= 3
    for n in range(40):
        holding = [i for i, page in enumerate(pages) if f"R{n}x" in page]
        ending = [i for i, page in enumerate(pages) if f"end{n}x" in page]
        assert holding == ending and len(holding) == 1, (n, holding, ending)


@pytest.mark.parametrize("variant", ["pdf/a-3a", "pdf/a-2a", "pdf/a-3u", "pdf/a-2b"])
def test_every_pdf_a_variant_is_tagged(tmp_path, variant):
    """An archival PDF that is also accessible: a structure tree with the article's
    headings, paragraphs and figure, whatever the PDF/A level."""
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf", "--pdf-variant", variant) == 0
    pdf = tmp_path / "2024-03-05-long-read.pdf"
    reader = PdfReader(pdf)
    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"])
    kinds = set()

    def walk(element):
        element = element.get_object()
        if isinstance(element, dict) and "/S" in element:
            kinds.add(str(element["/S"]))
        children = element.get("/K", []) if isinstance(element, dict) else []
        for child in children if isinstance(children, list) else [children]:
            if hasattr(child, "get_object") and isinstance(child.get_object(), dict):
                walk(child)

    walk(catalog["/StructTreeRoot"])
    assert {"/H1", "/H2", "/P", "/Figure"} <= kinds, kinds
    xmp = subprocess.run(
        [require("pdfinfo"), "-meta", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    part, level = variant[-2], variant[-1].upper()
    assert f'pdfaid:part="{part}"' in xmp and f'pdfaid:conformance="{level}"' in xmp


def _laid_out_bytes(article_path, theme) -> bytes:
    from tearsheet.pdf import lay_out, write_pdf
    from tearsheet.settings import PrintSettings
    from tearsheet.source import parse_article

    article, _ = parse_article(article_path)
    return write_pdf(lay_out(article, theme, PrintSettings()))


def test_a_warm_process_writes_the_bytes_a_fresh_one_does(tmp_path):
    """The parsed stylesheets and their font configuration are reused across articles in
    one process: what another article loaded must not change this one's PDF."""
    from tearsheet.theme import Theme

    target = write_article(
        tmp_path / "in",
        "2022-01-02-tide.md",
        "title: Tide tables\nbyline: [Ada Obi]",
        "The tide turned.[^1] *Early* and **late**.\n\n[^1]: A note.\n",
    )
    write_article(tmp_path / "in", "2022-01-03-other.md", "title: Other", "Plain `code` text.\n")
    write_article(tmp_path / "in", "2022-01-04-ar.md", "title: مدينة\nlang: ar", "نص عربي قصير.\n")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "tearsheet", "build", str(target), "--formats", "pdf"),
            *("--out", str(tmp_path / "fresh"), "--jobs", "1", "--quiet"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    theme = Theme.load()
    for other in ("2022-01-03-other.md", "2022-01-04-ar.md"):
        _laid_out_bytes(tmp_path / "in" / other, theme)
    warm = _laid_out_bytes(target, theme)
    assert warm == (tmp_path / "fresh" / "2022-01-02-tide.pdf").read_bytes()


def test_an_edited_print_css_is_parsed_again(tmp_path):
    from tearsheet.theme import Theme

    folder = tmp_path / "theme"
    shutil.copytree(ROOT / "styles", folder)
    article = write_article(tmp_path / "in", "2022-01-02-tide.md", "title: Tide", "Word. " * 400)
    theme = Theme.load(folder)
    before = PdfReader(io.BytesIO(_laid_out_bytes(article, theme))).pages
    css = folder / "print.css"
    css.write_text(css.read_text().replace("--size-text: 11.4pt", "--size-text: 30pt"))
    after = PdfReader(io.BytesIO(_laid_out_bytes(article, theme))).pages
    assert len(after) > len(before)
