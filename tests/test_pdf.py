"""The PDF: text order, metadata, fonts, page sizes, running heads and outline."""

from __future__ import annotations

import re
import subprocess

import pytest
from pypdf import PdfReader

from conftest import FIXTURES, build, pdfinfo, pdftotext, require

SEED_PDF = "2017-04-20-us-china-north-korea.pdf"
HEADLINE = "How the U.S. and China can find common ground on North Korea"


def words(text: str) -> str:
    return " ".join(text.split())


def test_first_page_holds_headline_then_dateline(seed_build):
    page_one = words(pdftotext(seed_build / SEED_PDF, 1, 1))
    assert page_one.index("How the U.S. and China can find common ground on North Korea") < (
        page_one.index("April 20, 2017")
    ) < page_one.index("For the moment, fear of U.S. retaliation")


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
        [require("pdffonts"), str(seed_build / SEED_PDF)], capture_output=True, text=True,
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
    [("a4", "(A4)"), ("letter", "(letter)"), ("a5", "419.528 x 595.276 pts"), ("6x9", "432 x 648 pts")],
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
