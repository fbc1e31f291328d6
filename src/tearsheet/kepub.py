"""Kobo's kepub flavour of an XHTML content document: sentence spans and the book-columns
wrapper, as kepubify and calibre's KoboTouch driver write them."""

from __future__ import annotations

import re

from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"
_SPANNED = frozenset(
    f"{{{XHTML}}}{tag}"
    for tag in "p li h1 h2 h3 h4 h5 h6 blockquote figcaption td th dt dd caption pre".split()
)
_SKIPPED = frozenset(f"{{{XHTML}}}{tag}" for tag in ("script", "style", "svg", "math"))
# A sentence ends at . ! ? … (with closing quotes/brackets) followed by space, as kepubify's.
# Possessive quantifiers keep it linear: a lazy ``.*?`` rescanned the rest of the paragraph
# from every full stop not followed by a space.
_SENTENCE = re.compile(
    r"\S(?:[^.!?…]++|[.!?…]++(?![\"'”’»)\]]*+\s))*+(?:[.!?…]++[\"'”’»)\]]*+)?\s*"
)


def add_kobo_spans(root: etree._Element) -> None:
    """Wrap each sentence of each paragraph in ``<span class="koboSpan" id="kobo.P.S">`` and
    the body's content in ``div#book-columns > div#book-inner``, so Kobo's reader can track
    the reading position and highlights."""
    body = root.find(f"{{{XHTML}}}body")
    if body is None:
        return
    paragraph = 0
    for block in list(body.iter(*_SPANNED)):
        if any(parent.tag in _SPANNED for parent in block.iterancestors()):
            continue
        paragraph += 1
        _span_text(block, paragraph, [0])
    inner = etree.Element(f"{{{XHTML}}}div", {"id": "book-inner"})
    columns = etree.Element(f"{{{XHTML}}}div", {"id": "book-columns"})
    inner.text, body.text = body.text, "\n"
    for child in list(body):
        inner.append(child)
    columns.append(inner)
    body.append(columns)


def _span_text(element: etree._Element, paragraph: int, counter: list[int]) -> None:
    element.text = _wrap_run(element, element.text, paragraph, counter, before=None)
    for child in list(element):
        if isinstance(child.tag, str) and child.tag not in _SKIPPED and not _is_marker(child):
            _span_text(child, paragraph, counter)
        child.tail = _wrap_run(element, child.tail, paragraph, counter, before=child)


def _is_marker(element: etree._Element) -> bool:
    return element.get("role") == "doc-pagebreak" or "koboSpan" in element.get("class", "")


def _wrap_run(parent, text, paragraph, counter, before) -> str | None:
    """Replace a run of text by spans, one per sentence; return what stays as plain text."""
    if not text or not text.strip():
        return text
    leading = text[: len(text) - len(text.lstrip())]
    spans = []
    for match in _SENTENCE.finditer(text.lstrip()):
        counter[0] += 1
        span = etree.Element(
            f"{{{XHTML}}}span", {"class": "koboSpan", "id": f"kobo.{paragraph}.{counter[0]}"}
        )
        span.text = match[0]
        spans.append(span)
    index = 0 if before is None else parent.index(before) + 1
    for offset, span in enumerate(spans):
        parent.insert(index + offset, span)
    return leading or None
