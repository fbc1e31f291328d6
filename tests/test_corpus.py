"""A fixed sample of the real-world corpus: each file builds (EPUBCheck-clean) or gets one line."""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
from pypdf import PdfReader

from tearsheet.cli import main

from conftest import CORPUS, assert_epubcheck_clean, pdftotext, require

SAMPLE = {
    # Its front matter has a value with a trailing TAB, which Hugo accepts, and so do we.
    "codefor.de/content/blog/2022-12-21-open-soure-in-der-berliner-verwaltung.md": (
        "2022-12-21-open-soure-in-der-berliner-verwaltung"
    ),
    "codefor.de/content/blog/2017-08-23-Wahlsalon-Berlin-Showroom Kopie.md": "2017-08-23-wahlsalon-berlin-showroom-kopie",
    "digitalgov.gov/content/news/2023/05/"
    "2023-05-15-a-digital-accessibility-catalyst-for-your-next-policy-refresh.md": "a-digital-accessibility-catalyst-for-your-next-policy-refresh",
    "digitalgov.gov/content/news/2020/11/2020-12-07-federal-student-aid’s-new-virtual-assistant-"
    "offers-model-for-improved-customer-service-in-government.md": "federal-student-aids-new-virtual-assistant-offers-model-for-improved-"
    "customer-service-in-government",
    "digitalgov.gov/content/news/2023/03/"
    "2023-03-06-a-happy-compromise-between-people-first-and-plain-language.md": "a-happy-compromise-between-people-first-and-plain-language",
    "ooni-web/content/post/2019-egypt-blocks-bbc-and-alhurra.ar.md": "2019-egypt-blocks-bbc-and-alhurra-ar",
    "ooni-web/content/post/2019-china-wikipedia-blocking.zh.md": "2019-china-wikipedia-blocking-zh",
    "ooni-web/content/post/2020-encrypted-dns-blocking-india/index.md": "2020-encrypted-dns-blocking-india",
}


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    require(CORPUS)
    content = tmp_path_factory.mktemp("corpus")
    for name in SAMPLE:
        target = content / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / name, target)
    authors = CORPUS / "digitalgov.gov" / "content" / "authors"
    shutil.copytree(authors, content / "digitalgov.gov" / "content" / "authors")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(
            [
                "build",
                str(content),
                "--out",
                str(content / "out"),
                "--jobs",
                "2",
                "--formats",
                "pdf,epub",
            ]
        )
    return content, status, err.getvalue()


def test_corpus_sample_builds_or_reports_one_line(corpus_build, epubcheck):
    content, status, err = corpus_build
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if ": warning: " not in line]
    assert errors == []
    assert status == 0
    built = [content / "out" / f"{slug}.epub" for slug in SAMPLE.values() if slug]
    for epub in built:
        assert len(PdfReader(epub.with_suffix(".pdf")).pages) >= 1
    with ThreadPoolExecutor(2) as pool:
        for report in pool.map(epubcheck, built):
            assert_epubcheck_clean(report)


def test_corpus_sample_drops_shortcodes_and_resolves_authors(corpus_build):
    content, _, err = corpus_build
    assert ": warning: dropped site-generator shortcode {{< img" in err
    text = pdftotext(
        content / "out" / "a-happy-compromise-between-people-first-and-plain-language.pdf"
    )
    assert "{{" not in text and "}}" not in text
    # The byline (set in capitals) names the author; with no source there is no
    # "Source: <author>" line any more.
    assert "BY CELIA A. TERRAZAS" in text
    assert "Source:" not in text
    arabic = pdftotext(content / "out" / "2019-egypt-blocks-bbc-and-alhurra-ar.pdf")
    assert "مصر" in arabic
    chinese = content / "out" / "2019-china-wikipedia-blocking-zh.pdf"
    assert "维基百科" in pdftotext(chinese)
    fonts = subprocess.run(
        [require("pdffonts"), str(chinese)], capture_output=True, text=True, check=True
    ).stdout
    assert "CJK" in fonts, "no CJK font: scripts/system-deps installs fonts-noto-cjk"
