"""Typesetting the PDF keeps its promises: no paragraph leaves a single line alone at the foot
or head of a page, --drop-cap sets a large initial the text wraps around (and without it no
initial is raised), --align ragged leaves the right edge uneven, justify makes it flush."""

from __future__ import annotations

import re
import statistics
import subprocess
from dataclasses import dataclass
from itertools import groupby, pairwise

import pytest

from tearsheet.pdf import write_pdf
from tearsheet.settings import PAGE_SIZES

from conftest import FIXTURES, SEED, require, write_article
from laidout import ADDED_HYPHEN, Line, layout_of, lines_of

LONG = FIXTURES / "long" / "2024-03-05-long-read.md"


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    """A varied article: opens on a quotation, long paragraphs, a list, a quote, a note."""
    folder = tmp_path_factory.mktemp("quoted")
    paragraph = " ".join(
        f"Clause {n} of the statement carries the argument a little further along."
        for n in range(40)
    )
    body = (
        '"Quiet waters run deep," the engineer said, and then she said it again, because the '
        "committee had not been listening the first time.\n\n"
        f"{paragraph}\n\n- {paragraph[:400]}\n- A short item.[^a]\n\n> {paragraph[:900]}\n\n"
        f"{paragraph}\n\n[^a]: The note.\n"
    )
    return write_article(folder, "2020-02-02-quoted.md", "title: Quoted", body)


def _split_paragraphs(lines: list[Line]) -> list[list[Line]]:
    """The lines of each block (paragraph, list item, heading) in reading order."""
    return [list(group) for _, group in groupby(lines, key=lambda line: id(line.element))]


def _notes_first(layout) -> bool:
    root = layout.document.pages[0]._page_box.children[0].element
    return "notes-first" in (root.get("class") or "").split()


CASES = [("seed", "6x9")] + [("long", size) for size in PAGE_SIZES]
CASES += [("quoted", "a5"), ("quoted", "6x9")]


@pytest.mark.parametrize(("which", "size"), CASES)
def test_no_paragraph_leaves_one_line_alone_at_a_page_top_or_bottom(which, size, quoted):
    path = {"seed": SEED, "long": LONG, "quoted": quoted}[which]
    layout = layout_of(path, size)
    assert len(layout.document.pages) >= 2
    split = 0
    for block in _split_paragraphs(lines_of(layout)):
        pages = [list(group) for _, group in groupby(block, key=lambda line: line.page)]
        if len(pages) == 1:
            continue
        split += 1
        where = f"{block[0].tag()} on pages {[part[0].page for part in pages]}"
        # orphans: 2 (relaxed only when a footnote would otherwise leave its call's page)
        if not _notes_first(layout):
            assert len(pages[0]) >= 2, f"orphan: {where}: {pages[0][0].text!r} alone"
        assert len(pages[-1]) >= 2, f"widow: {where}: {pages[-1][0].text!r} alone"
    assert {line.page for line in lines_of(layout)} == set(range(1, len(layout.document.pages) + 1))
    # The seed and the quoted fixture run paragraphs over pages (the long read need not).
    assert split or which == "long", "no paragraph runs over a page: the check saw nothing"


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def first_page_words(pdf) -> list[Word]:
    """The words of page 1 with their boxes, as pdftotext reads them from the PDF."""
    html = subprocess.run(
        [require("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        Word(text, float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in _WORD.findall(html)
    ]


DROP_CAPS = [("seed", "a4", "F", "or"), ("seed", "6x9", "F", "or"), ("long", "a5", "W", "hen")]
DROP_CAPS += [("quoted", "letter", "“Q", "uiet")]


@pytest.mark.parametrize(("which", "size", "initial", "rest"), DROP_CAPS)
def test_drop_cap_is_large_and_the_text_wraps_around_it(
    which, size, initial, rest, quoted, tmp_path
):
    path = {"seed": SEED, "long": LONG, "quoted": quoted}[which]
    with_cap, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    with_cap.write_bytes(write_pdf(layout_of(path, size, drop_cap=True)))
    without.write_bytes(write_pdf(layout_of(path, size, drop_cap=False)))

    words = first_page_words(with_cap)
    text_height = statistics.median(word.height for word in words)
    cap = next(word for word in words if word.text == initial)
    assert cap.height > 3 * text_height, (cap, text_height)
    after = next(word for word in words if word.text == rest and word.top >= cap.top - 1)
    assert after.left > cap.right, "the first line does not start beside the initial"
    beside = [w for w in words if cap.top < w.top < cap.bottom and w.left < cap.left + 1]
    assert not beside, f"lines beside the initial start at the margin: {beside[:3]}"
    below = [w for w in words if w.top > cap.bottom and w.left <= cap.left + 1]
    assert below, "no line below the initial returns to the margin"

    plain = first_page_words(without)
    assert not [word for word in plain if word.text == initial]
    whole = next(word for word in plain if word.text.startswith(initial + rest))
    assert abs(whole.height - statistics.median(w.height for w in plain)) < 0.5


def _justifiable(lines: list[Line]) -> list[Line]:
    """Lines of the body's own paragraphs (they have block ids) but the last of each: the
    lines justification stretches to the right edge."""
    found = []
    for block in _split_paragraphs(lines):
        if block[0].tag() == "p" and block[0].element.get("id", "").startswith("blk-"):
            found += block[:-1]
    return found


def _limits_hold(lines: list[Line], before: int, after: int) -> list[str]:
    """Words broken against ``hyphenate-limit-chars``: fewer letters than allowed before the
    added hyphen (end of a line) or after it (start of the next)."""
    bad = []
    for line, following in pairwise(lines):
        if not line.hyphenated:
            continue
        head = re.split(r"\W", line.text[:-1])[-1]
        tail = re.split(r"\W", following.text)[0]
        if len(head) < before or len(tail) < after:
            bad.append(f"{head}{ADDED_HYPHEN}{tail}")
    return bad


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_justified_lines_end_flush_and_ragged_ones_do_not(size, quoted):
    justified = lines_of(layout_of(quoted, size))
    ragged = lines_of(layout_of(quoted, size, align="ragged"))
    full = _justifiable(justified)
    assert len(full) > 40
    edge = max(line.right for line in full)
    flush = [line for line in full if abs(line.right - edge) < 0.5]
    assert len(flush) == len(full), [line.text for line in full if line not in flush][:3]
    uneven = _justifiable(ragged)
    edge = max(line.right for line in uneven)
    flush = [line for line in uneven if abs(line.right - edge) < 0.5]
    assert len(flush) < len(uneven) / 4, f"{len(flush)} of {len(uneven)} ragged lines flush"
    assert statistics.pstdev(line.right for line in uneven) > 3
    # Both hyphenate, each within the limits print.css sets (hyphenate-limit-chars).
    assert not _limits_hold(justified, 3, 4)
    assert not _limits_hold(ragged, 4, 4)
    assert sum(line.hyphenated for line in ragged) <= sum(line.hyphenated for line in justified)


@pytest.mark.parametrize(
    ("opening", "initial"),
    [("राजधानी में आज", "रा"), ("e\u0301te\u0301 venu", "e\u0301"), ("“Quiet, please", "“Q")],
)
def test_the_drop_cap_takes_a_whole_letter_with_its_marks(opening, initial):
    import xml.etree.ElementTree as ET

    from tearsheet.printhtml import _mark_initial

    body = ET.fromstring(f"<div><p>{opening}</p></div>")
    _mark_initial(body)
    span = body[0][0]
    assert (span.get("class"), span.text) == ("initial", initial)
    assert span.text + span.tail == opening
