"""The EPUB's accessibility summary, written and ended as the book's language writes sentences."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from tearsheet.accessibility import Accessibility

from conftest import FIXTURES, build, write_article

CASELESS = FIXTURES / "caseless"
OPF = {"opf": "http://www.idpf.org/2007/opf"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FULL = Accessibility(
    images=2,
    images_without_alt=1,
    headings=True,
    page_list=True,
    tables_without_headers=1,
    roles=True,
)
PLAIN = Accessibility(
    images=0,
    images_without_alt=0,
    headings=True,
    page_list=False,
    tables_without_headers=0,
    roles=False,
)


@pytest.mark.parametrize(
    ("lang", "end", "not_in"),
    [
        ("hi", "कुछ तालिकाओं में शीर्ष कक्ष नहीं हैं।", "."),
        ("th", "บางตารางไม่มีเซลล์หัวตาราง", "."),
        ("ja", "一部の表に見出しセルがありません。", ". "),
        ("ar", "بعض الجداول بلا خلايا عناوين.", " and "),
        ("en", "Some tables have no header cells.", "。"),
    ],
)
def test_every_sentence_ends_as_the_language_ends_it(lang, end, not_in):
    summary = FULL.summary(lang)
    assert summary.endswith(end), summary
    assert not_in not in summary.replace("PDF", ""), summary


def test_the_listed_sentence_takes_the_language_s_stop():
    assert PLAIN.summary("hi").endswith("अनुभागों के शीर्षक।")
    assert PLAIN.summary("zh").endswith("各节标题。")
    assert PLAIN.summary("th").endswith("หัวข้อของแต่ละส่วน")  # Thai marks no sentence end
    assert PLAIN.summary("ar").endswith("لأقسامه.")
    # Hindi's first sentence is followed by the next one after the danda and one space.
    assert "पृष्ठ चिह्न। 2 में से 1" in FULL.summary("hi")
    # Japanese sentences run on after the full-width stop; Thai ones after a space.
    assert "ページ位置。2 枚" in FULL.summary("ja")
    assert "ฉบับ PDF รูปภาพ" in FULL.summary("th")


@pytest.mark.parametrize("lang", ["hy", "am", "my", "ur", "ko", "sw"])
def test_a_language_without_the_translation_gets_an_english_summary(lang):
    """No English phrases joined with Armenian "և" or ended with "։": all English."""
    assert Accessibility.summary_language(lang) == "en"
    assert PLAIN.summary(lang) == PLAIN.summary("en")
    assert PLAIN.summary(lang).endswith(" and headings for its sections.")


def _summary(path):
    with zipfile.ZipFile(path) as book:
        opf = etree.fromstring(book.read("EPUB/content.opf"))
    (meta,) = opf.iterfind("opf:metadata/opf:meta[@property='schema:accessibilitySummary']", OPF)
    return opf, meta


def test_the_built_books_carry_the_summary_in_their_language(tmp_path, epubcheck_batch):
    korean = write_article(
        tmp_path, "ko.md", "title: 서울의 비\ndate: 2024-07-02\nlang: ko", "## 교통\n\n비가 왔다.\n"
    )
    sources = [CASELESS / "hi.md", CASELESS / "th.md", CASELESS / "ar.md", korean]
    out = tmp_path / "out"
    assert build(sources, out, "--formats", "epub") == 0

    opf, meta = _summary(out / "hi.epub")
    assert opf.get(XML_LANG) == "hi" and meta.get(XML_LANG) is None
    assert meta.text.endswith("पृष्ठ चिह्न।") and not meta.text.endswith(".")

    _, meta = _summary(out / "th.epub")
    assert meta.text.endswith("ฉบับ PDF"), meta.text

    opf, meta = _summary(out / "ar.epub")
    assert opf.get("dir") is None and meta.get("dir") == "rtl"
    assert meta.text.startswith("مقال واحد") and meta.text.endswith("نسخة PDF.")

    opf, meta = _summary(out / "ko.epub")
    assert opf.get(XML_LANG) == "ko" and meta.get(XML_LANG) == "en"
    assert meta.text.startswith("A single reflowable article") and meta.text.endswith(".")

    reports = epubcheck_batch([out / f"{name}.epub" for name in ("hi", "th", "ar", "ko")])
    assert all(report.messages == [] for report in reports), [r.summary() for r in reports]
