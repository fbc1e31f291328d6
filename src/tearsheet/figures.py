"""Images left out of an output (refused or missing) and the figures they leave behind, the
same in the web page, the PDF and the EPUB."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from tearsheet.structure import drop_empty_links

IMG = re.compile(r'<img\b[^>]*?\bsrc="([^"]*)"[^>]*>')
_ALT = re.compile(r'\balt="([^"]*)"')
# What stands for a left-out image: its alt text in brackets, or (no alt) an empty marker
# that tells a figure it lost its image. missing-image is a reserved class (markup.py), so
# raw HTML cannot pass for one.
_MARKER = '<span class="missing-image">'
_EMPTY_MARKER = _MARKER + "</span>"
# Possessive and unable to cross another figure's or caption's tag: linear on any input.
_FIGURE = re.compile(r"<figure\b([^<>]*+)>((?:[^<]|<(?!/?figure\b))*+)</figure>(\n?)")
_CAPTION = re.compile(r"<figcaption\b[^<>]*+>((?:[^<]|<(?!/figcaption\b))*+)</figcaption>")
_TAG = re.compile(r"<[^<>]*+>")
_CREDIT = '<span class="credit">'
_PICTURE = re.compile(r"<(?:img|svg|picture|video|audio|object)\b")
# Blocks a figure may hold that a paragraph may not: such a figure stays a figure.
FIGURE_BLOCKS = ("p", "div", "blockquote", "ul", "ol", "dl", "table", "pre", "hr", "figure")
FIGURE_BLOCKS += tuple(f"h{level}" for level in range(1, 7))
_BLOCK = re.compile(rf"<(?:{'|'.join(FIGURE_BLOCKS)})\b")


def placeholder(img: str) -> str:
    """What stands for the left-out ``<img ...>`` tag: its alt text in brackets, or a marker
    that ``unwrap_imageless_figures`` removes."""
    alt = _ALT.search(img)
    return f"{_MARKER}[{alt[1]}]</span>" if alt and alt[1] else _EMPTY_MARKER


def unwrap_imageless_figures(fragment: str) -> str:
    """A figure that lost its image is no longer a figure: what a reader still needs of it,
    the image's [alt text] and the caption, becomes a paragraph (keeping the figure's id,
    which the page map uses); with nothing left, it goes. Figures that never held an image
    (a quotation with its source) stay as they are, and a link left empty goes too."""

    def unwrap(match: re.Match[str]) -> str:
        inner = match[2]
        if _MARKER not in inner or _PICTURE.search(inner) or _BLOCK.search(inner):
            return match[0].replace(_EMPTY_MARKER, "")
        inner = _CAPTION.sub(lambda caption: " " + caption[1].strip() + " ", inner)
        inner = inner.replace(_EMPTY_MARKER, "").strip()
        # The caption's credit, set apart in a figure by its own line or style, needs a
        # separator once it runs on in a paragraph ("Dues since 2010 · Photo: Council").
        head, credit, tail = inner.partition(_CREDIT)
        if credit and _TAG.sub("", head).strip():
            inner = f"{head.rstrip()} · {credit}{tail}"
        if not _TAG.sub("", inner).strip():
            return ""
        return f"<p{match[1]}>{inner}</p>{match[3]}"

    return drop_empty_links(_FIGURE.sub(unwrap, fragment).replace(_EMPTY_MARKER, ""))


def drop_images(fragment: str, refuses: Callable[[str], bool]) -> str:
    """``fragment`` without the images whose (unescaped) src ``refuses`` turns down, each
    replaced by its placeholder, and with the figures they leave unwrapped."""

    def drop(match: re.Match[str]) -> str:
        return placeholder(match[0]) if refuses(html.unescape(match[1])) else match[0]

    return unwrap_imageless_figures(IMG.sub(drop, fragment))
