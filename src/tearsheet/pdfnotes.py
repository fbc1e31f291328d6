"""Footnotes tagged as notes in the written PDF's structure tree, which WeasyPrint 70 leaves
as plain spans in an untyped footnote area."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import pikepdf

# WeasyPrint 70 tags each page's footnote area as the /NonStruct it appends to the document
# after the page's flow (margin boxes are left out of the tree); each footnote in it is the
# /Span of the note's element, and each call is the /NonStruct of its ::footnote-call,
# which follows the empty <span class="call"> printhtml puts before every note.
_NOTE = pikepdf.Name("/Note")
_REFERENCE = pikepdf.Name("/Reference")
_SPAN = pikepdf.Name("/Span")
_LABEL = pikepdf.Name("/Lbl")
_NON_STRUCT = pikepdf.Name("/NonStruct")


def note_pages(document) -> list[int]:
    """The indexes of a laid-out WeasyPrint document's pages that hold footnotes."""
    from weasyprint.formatting_structure import boxes

    return [
        index
        for index, page in enumerate(document.pages)
        if any(isinstance(box, boxes.FootnoteAreaBox) for box in page._page_box.children)
    ]


def tag_notes(data: bytes, note_pages: Iterable[int]) -> bytes:
    """The PDF with each footnote tagged /Note (with the unique /ID PDF/UA-1 asks of notes)
    and each call tagged /Reference (in PDF 2.0 also pointing at its note with /Ref).

    ``note_pages`` are the indexes of the pages that hold footnotes. Calls are tagged only
    when they pair one to one with the notes, in order. The bytes stay reproducible: the
    file identifier is derived from the content, streams are copied as they are.
    """
    pages = set(note_pages)
    if not pages:
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        tree = pdf.Root.get("/StructTreeRoot")
        if tree is None:
            return data
        document = tree.K[0]
        areas = _footnote_areas(pdf, document, pages)
        notes = [kid for area in areas for kid in _kids(area) if kid.get("/S") == _SPAN]
        if not notes:
            return data
        flow = [kid for kid in _kids(document) if not any(kid.objgen == a.objgen for a in areas)]
        calls = list(_calls(flow))
        ids = {}
        for number, note in enumerate(notes, start=1):
            note.S = _NOTE
            note.ID = pikepdf.String(f"note-{number}")
            marker = next(iter(_kids(note)), None)
            if marker is not None and marker.get("/S") == _NON_STRUCT:
                marker.S = _LABEL  # the note's number (its ::footnote-marker)
            ids[f"note-{number}"] = note
        names = pikepdf.Array()
        for key in sorted(ids):  # a name tree's keys are in order
            names.extend([pikepdf.String(key), ids[key]])
        tree.IDTree = pdf.make_indirect(pikepdf.Dictionary(Names=names))
        if len(calls) == len(notes):
            for call, note in zip(calls, notes, strict=True):
                call.S = _REFERENCE
                if pdf.pdf_version >= "2.0":
                    call.Ref = pikepdf.Array([note])
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            object_stream_mode=pikepdf.ObjectStreamMode.preserve,
        )
    return out.getvalue()


def _kids(element: pikepdf.Dictionary) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def _footnote_areas(
    pdf: pikepdf.Pdf, document: pikepdf.Dictionary, pages: set[int]
) -> list[pikepdf.Dictionary]:
    """Each note page's footnote area: the last element the document holds for that page."""
    page_of = {pdf.pages[index].obj.objgen: index for index in pages if index < len(pdf.pages)}
    last: dict[int, pikepdf.Dictionary] = {}
    for kid in _kids(document):
        page = kid.get("/Pg")
        if page is not None and page.objgen in page_of:
            last[page_of[page.objgen]] = kid
    return [last[index] for index in sorted(last) if last[index].get("/S") == _NON_STRUCT]


def _calls(elements: list) -> Iterator[pikepdf.Dictionary]:
    """The footnote calls under ``elements``, in reading order: each /NonStruct that follows
    an empty /Span (the call marker)."""
    for element in elements:
        previous = None
        for kid in _kids(element):
            if (
                kid.get("/S") == _NON_STRUCT
                and previous is not None
                and previous.get("/S") == _SPAN
                and not _has_content(previous)
            ):
                yield kid
            else:
                yield from _calls([kid])
            previous = kid


def _has_content(element: pikepdf.Dictionary) -> bool:
    kids = element.get("/K")
    return kids is not None and (not isinstance(kids, pikepdf.Array) or len(kids) > 0)
