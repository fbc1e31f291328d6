"""A table whose rows are taller than what is left of a page: WeasyPrint would split them (the
same layout without print.css's ``tr { break-inside: avoid }`` does), the theme keeps each
row whole, and the EPUB's page list still marks where every PDF page begins."""

from __future__ import annotations

import re
import shutil

from tearsheet.epub import render_epub
from tearsheet.settings import EbookSettings
from tearsheet.theme import Theme

from conftest import ROOT, build, pdfinfo, pdftotext, write_article
from laidout import article_at, comparable, layout_of, page_edges, read_entry, words_after_markers

ROWS = 14
KEEP_ROWS_WHOLE = ".body tr { break-inside: avoid; }"


def _article(folder):
    # Cells of 12 to 20 sentences: tall enough that a page boundary falls inside some row.
    rows = "\n".join(
        f"| R{n}x "
        + " ".join(f"measurement {k} of row {n} on a slow network" for k in range(12 + n % 9))
        + f" Z{n}x | {n * 7} |"
        for n in range(ROWS)
    )
    body = f"Before the table.\n\n| Finding | Count |\n|---|---|\n{rows}\n\nAfter the table.\n"
    return write_article(folder, "2021-06-07-tall-rows.md", "title: Tall rows\nlang: en", body)


def _row_pages(pdf) -> dict[int, tuple[int, int]]:
    """Row number → (page of its first word, page of its last word)."""
    pages = [
        pdftotext(pdf, number, number).split()
        for number in range(1, int(pdfinfo(pdf)["Pages"]) + 1)
    ]
    where = {word: index for index, page in enumerate(pages) for word in page}
    return {n: (where[f"R{n}x"], where[f"Z{n}x"]) for n in range(ROWS)}


def test_tall_rows_would_split_without_the_rule_and_stay_whole_with_it(tmp_path):
    path = _article(tmp_path / "content")
    theme = tmp_path / "splitting-theme"
    shutil.copytree(ROOT / "styles", theme)
    css = (theme / "print.css").read_text(encoding="utf-8")
    assert KEEP_ROWS_WHOLE in css
    (theme / "print.css").write_text(css.replace(KEEP_ROWS_WHOLE, ""), encoding="utf-8")
    for size in ("a5", "6x9"):
        split_out, whole_out = tmp_path / f"split-{size}", tmp_path / f"whole-{size}"
        args = ("--formats", "pdf", "--page-size", size)
        assert build([path], split_out, *args, "--theme", str(theme)) == 0
        assert build([path], whole_out, *args) == 0
        split = _row_pages(split_out / "2021-06-07-tall-rows.pdf")
        assert any(first != last for first, last in split.values()), (size, split)
        whole = _row_pages(whole_out / "2021-06-07-tall-rows.pdf")
        assert all(first == last for first, last in whole.values()), (size, whole)
        assert len({first for first, _ in whole.values()}) >= 3, (size, whole)


def test_pages_that_begin_with_a_whole_row_are_marked_at_that_row(tmp_path):
    path = _article(tmp_path)
    for size in ("a5", "6x9"):
        layout = layout_of(path, size)
        book, _ = render_epub(article_at(path), Theme.load(), EbookSettings(), layout.page_map)
        markers = words_after_markers(read_entry(book, "EPUB/article.xhtml"), count=4)
        edges = page_edges(layout, count=6)
        assert [number for number, _ in markers] == [str(n) for n in range(1, len(edges) + 1)]
        in_table = 0
        for number, ((first, _), (_, after)) in enumerate(zip(edges, markers, strict=True), 1):
            # A page the table continues on repeats its header row (not in the EPUB's text).
            first = first.removeprefix("Finding Count ") if number > 1 else first
            assert comparable(first).startswith(comparable(after)), (size, number, after, first)
            in_table += number > 1 and re.fullmatch(r"R\d+x", first.split()[0]) is not None
        assert in_table >= 2, (size, edges)
