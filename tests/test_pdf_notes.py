"""Footnotes in the PDF's structure tree: each a /Note with a unique ID, each call a
/Reference, read back with pdfplumber's structure tree and the text of its marked content."""

from __future__ import annotations

import pdfplumber
import pytest
from pypdf import PdfReader

from conftest import FIXTURES, build, write_article

NOTES_BODY = """\
A claim that needs support.[^a] A [linked page](https://example.org/evidence) follows.

- A list item with its own note.[^b]
- Another item.

> A quotation, noted.[^c]

The last paragraph repeats [the link](https://example.org/evidence) and ends.[^d]

[^a]: The first source, in a book.
[^b]: A note with two paragraphs.

    Its second paragraph.
[^c]: Where the quotation was said.
[^d]: The closing note.
"""


def _elements(nodes):
    for node in nodes:
        yield node
        yield from _elements(node.get("children", []))


def _mcids(node) -> list[int]:
    return [mcid for element in _elements([node]) for mcid in element.get("mcids", [])]


def _text(pdf, node) -> str:
    page = pdf.pages[node["page_number"] - 1]
    wanted = set(_mcids(node))
    return "".join(char["text"] for char in page.chars if char.get("mcid") in wanted)


def _notes_and_calls(path):
    with pdfplumber.open(path) as pdf:
        elements = list(_elements(pdf.structure_tree))
        notes = [
            (n.get("id"), n["page_number"], _text(pdf, n)) for n in elements if n["type"] == "Note"
        ]
        calls = [(c["page_number"], _text(pdf, c)) for c in elements if c["type"] == "Reference"]
        labels = [
            _text(pdf, child)
            for note in elements
            if note["type"] == "Note"
            for child in note.get("children", [])[:1]
            if child["type"] == "Lbl"
        ]
    return notes, calls, labels


@pytest.mark.parametrize("variant", ["pdf/ua-1", "pdf/a-2a", "pdf/a-4u"])
def test_footnotes_are_notes_and_their_calls_references(tmp_path, variant):
    path = write_article(tmp_path, "2021-02-03-noted.md", "title: Noted\nlang: en", NOTES_BODY)
    assert build([path], tmp_path / "out", "--formats", "pdf", "--pdf-variant", variant) == 0
    pdf = tmp_path / "out" / "2021-02-03-noted.pdf"
    notes, calls, labels = _notes_and_calls(pdf)
    texts = [" ".join(text.split()) for _, _, text in notes]
    # Four footnotes and the one link address (printed once): five notes, in reading order.
    assert texts == [
        "1. The first source, in a book.",
        "2. https://example.org/evidence",
        "3. A note with two paragraphs. Its second paragraph.",
        "4. Where the quotation was said.",
        "5. The closing note.",
    ]
    assert [note_id for note_id, _, _ in notes] == [f"note-{n}" for n in range(1, 6)]
    assert [label.strip() for label in labels] == [f"{n}." for n in range(1, 6)]
    assert [text for _, text in calls] == ["1", "2", "3", "4", "5"]
    assert [page for page, _ in calls] == [page for _, page, _ in notes]
    reader = PdfReader(pdf)
    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    names = tree["/IDTree"]["/Names"]
    assert [str(names[i]) for i in range(0, len(names), 2)] == [f"note-{n}" for n in range(1, 6)]
    assert all(str(names[i + 1].get_object()["/S"]) == "/Note" for i in range(0, len(names), 2))
    if variant == "pdf/a-4u":  # PDF 2.0: each call names its note
        references = []

        def walk(element):
            element = element.get_object()
            if element.get("/S") == "/Reference":
                references.append(str(element["/Ref"][0].get_object()["/ID"]))
            kids = element.get("/K", [])
            for kid in kids if isinstance(kids, list) else [kids]:
                if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                    walk(kid)

        walk(tree["/K"][0] if isinstance(tree["/K"], list) else tree["/K"])
        assert references == [f"note-{n}" for n in range(1, 6)]


def test_notes_over_many_pages_pair_with_their_calls(tmp_path):
    assert build([FIXTURES / "long"], tmp_path, "--formats", "pdf", "--page-size", "a5") == 0
    notes, calls, _ = _notes_and_calls(tmp_path / "2024-03-05-long-read.pdf")
    assert len(notes) >= 2 and len({page for _, page, _ in notes}) >= 2
    assert len(calls) == len(notes)
    for (page, call), (_, note_page, text) in zip(calls, notes, strict=True):
        assert text.startswith(f"{call}.") and page == note_page, (call, page, text, note_page)


def test_a_pdf_without_notes_has_none(tmp_path):
    path = write_article(tmp_path, "2021-02-04-plain.md", "title: Plain", "Nothing noted.\n")
    assert build([path], tmp_path / "out", "--formats", "pdf") == 0
    notes, calls, _ = _notes_and_calls(tmp_path / "out" / "2021-02-04-plain.pdf")
    assert notes == [] and calls == []
