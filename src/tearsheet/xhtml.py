"""The EPUB's XHTML content document: the article's HTML parsed as a browser would, then
rewritten for e-readers (the book's own images, pop-up notes, links that stay in the book)."""

from __future__ import annotations

import mimetypes
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote, unquote, urlsplit

import tinyhtml5
from lxml import etree

from tearsheet.article import Article
from tearsheet.errors import Notice
from tearsheet.figures import FIGURE_BLOCKS
from tearsheet.labels import labels_for
from tearsheet.resources import (
    REMOTE_SCHEMES,
    RefusedResourceError,
    RemoteImages,
    Resource,
    StaticPathError,
    read_article_file,
)

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
XML = "http://www.w3.org/XML/1998/namespace"
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/svg+xml", "image/webp"}
# Characters that may stay as they are in a URL; others (spaces...) are percent-encoded,
# since EPUBCheck rejects a link whose address has a space (RSC-020).
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def xhtml_tag(tag: str) -> str:
    """An element name in the XHTML namespace, as lxml writes it ({ns}tag)."""
    return f"{{{XHTML}}}{tag}"


_x = xhtml_tag


def _copy_tree(source: ET.Element, parent: etree._Element | None) -> etree._Element:
    """Copy a tinyhtml5 tree into lxml, mapping ``epub:`` attributes to their namespace."""
    attrib = {}
    for name, value in source.attrib.items():
        if name.startswith("epub:"):
            name = f"{{{OPS}}}{name[5:]}"
        elif name.startswith("xml:"):
            name = f"{{{XML}}}{name[4:]}"
        elif ":" in name and not name.startswith("{"):
            continue
        attrib[name] = value
    if parent is None:
        element = etree.Element(source.tag, attrib, nsmap={None: XHTML, "epub": OPS})
    else:
        element = etree.SubElement(parent, source.tag, attrib)
    element.text = source.text
    for child in source:
        if not isinstance(child.tag, str):
            if len(element):
                element[-1].tail = (element[-1].tail or "") + (child.tail or "")
            else:
                element.text = (element.text or "") + (child.tail or "")
            continue
        _copy_tree(child, element).tail = child.tail
    return element


def to_xhtml(html: str) -> etree._Element:
    """Parse an HTML5 document as a browser would and return it as an XHTML tree."""
    root = _copy_tree(tinyhtml5.parse(html), None)
    lang = root.get("lang")
    if lang:
        root.set(f"{{{XML}}}lang", lang)
    for meta in root.iterfind(f"{{{XHTML}}}head/{{{XHTML}}}meta[@name='viewport']"):
        meta.getparent().remove(meta)
    return root


def collect_images(
    root: etree._Element,
    article: Article,
    notices: list[Notice],
    allow_remote: bool = False,
    remote: RemoteImages | None = None,
) -> list[tuple[str, Resource]]:
    """Bring the article's local images (and remote ones, when allowed, through ``remote``
    so the build fetches each once) into the book as items of their own; drop the rest with
    a warning."""
    names: dict[str, str] = {}
    items: list[tuple[str, Resource]] = []
    remote = remote if remote is not None else RemoteImages()
    folder = article.folder.resolve()
    for img in list(root.iter(f"{{{XHTML}}}img")):
        src = img.get("src", "")
        parts = urlsplit(src)
        scheme = parts.scheme.lower()
        try:
            if scheme in REMOTE_SCHEMES and allow_remote:
                found = remote.fetch(src)
            elif scheme in REMOTE_SCHEMES:
                raise RefusedResourceError("remote images are not fetched (use --allow-remote)")
            elif scheme or parts.netloc:
                raise RefusedResourceError(f"{scheme}: URLs are not fetched")
            elif not parts.path:
                raise RefusedResourceError("no usable address (empty, or not a valid URL)")
            else:
                found = read_article_file(unquote(parts.path), folder, article.static)
            if found.media_type not in IMAGE_TYPES:
                raise RefusedResourceError(
                    f"not an EPUB image type ({found.media_type or 'unknown'})"
                )
        except RefusedResourceError as error:
            if not isinstance(error, StaticPathError):  # that one was reported by parsing
                message = f"EPUB: dropped image {src or '(no address)'}: {error}"
                notices.append(Notice(article.path, message, code="image-refused"))
            _drop_image(img)
            continue
        if found.url not in names:
            extension = mimetypes.guess_extension(found.media_type) or ""
            names[found.url] = f"images/{len(names) + 1:03d}{extension}"
            items.append((names[found.url], found))
        img.set("src", names[found.url])
    return items


def unlink_missing_targets(root: etree._Element, article: Article, notices: list[Notice]) -> None:
    """Turn links to files outside the book, or to anchors that do not exist, into plain text,
    and percent-encode what URLs may not hold: EPUBCheck rejects all three."""
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    for link in root.iter(f"{{{XHTML}}}a"):
        href = link.get("href")
        if href is None:
            continue
        if not href.strip():
            del link.attrib["href"]
            continue
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            link.set("href", quote(re.sub(r"[\t\n\r]", "", href), safe=URL_SAFE))
            continue
        if not parts.path and parts.fragment in ids:
            continue
        message = f"EPUB: removed link to {href}: not in the book"
        notices.append(Notice(article.path, message, code="link-removed"))
        del link.attrib["href"]


def _drop_image(img: etree._Element) -> None:
    """Replace an image by its alt text in brackets, or remove it, keeping the text after it."""
    parent = img.getparent()
    alt = img.get("alt")
    if alt:
        span = etree.Element(f"{{{XHTML}}}span", {"class": "missing-image"})
        span.text = f"[{alt}]"
        span.tail = img.tail
        parent.replace(img, span)
    else:
        _remove_keeping_tail(img)
        if parent.tag == _x("a") and not len(parent) and not (parent.text or "").strip():
            img, parent = parent, parent.getparent()  # a link with nothing left to name it
            _remove_keeping_tail(img)
    if parent.tag == _x("figure") and next(parent.iter(_x("img")), None) is None:
        _unwrap_figure(parent)


_BLOCKS = frozenset(_x(name) for name in FIGURE_BLOCKS)


def _unwrap_figure(figure: etree._Element) -> None:
    """A figure that lost its image becomes a paragraph of what a reader still needs of it,
    the image's [alt text] and the caption (keeping its id, for the page list); with nothing
    left, it goes. As figures.unwrap_imageless_figures does for the web page and the PDF."""
    if any(element.tag in _BLOCKS for element in figure.iterdescendants()):
        return  # block content a paragraph cannot hold: the figure stays
    for caption in figure.iter(_x("figcaption")):
        if caption.getprevious() is not None or (figure.text or "").strip():
            caption.text = " " + (caption.text or "").lstrip()
    etree.strip_tags(figure, _x("figcaption"))
    if not "".join(figure.itertext()).strip():
        _remove_keeping_tail(figure)
        return
    figure.tag = _x("p")


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + (element.tail or "")
    else:
        parent.text = (parent.text or "") + (element.tail or "")
    parent.remove(element)


def make_popup_notes(root: etree._Element) -> int:
    """Turn Python-Markdown's footnotes into EPUB 3 pop-up notes; return how many.

    Note references become ``<a epub:type="noteref">``, each note an
    ``<aside epub:type="footnote">`` that keeps its link back to the reference.
    """
    renamed: dict[str, str] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and ":" in (element.get("id") or ""):
            renamed[element.get("id")] = element.get("id").replace(":", "-")
            element.set("id", renamed[element.get("id")])
    for link in root.iter(_x("a")):
        href = link.get("href", "")
        if href.startswith("#") and href[1:] in renamed:
            link.set("href", f"#{renamed[href[1:]]}")
        classes = link.get("class", "").split()
        if "footnote-ref" in classes:
            link.set(f"{{{OPS}}}type", "noteref")
            link.set("role", "doc-noteref")
        elif "footnote-backref" in classes:
            link.set("role", "doc-backlink")
    count = 0
    for notes in root.iter(_x("div")):
        if "footnote" not in notes.get("class", "").split():
            continue
        notes.set("role", "doc-endnotes")
        notes.set("aria-label", labels_for(root.get("lang") or "en").notes)
        for listing in notes.findall(_x("ol")):
            start = listing.get("start", "1")
            number = int(start) if start.isdigit() else 1
            for item in listing.findall(_x("li")):
                aside = etree.Element(
                    _x("aside"),
                    {
                        "id": item.get("id", f"note-{number}"),
                        f"{{{OPS}}}type": "footnote",
                        "role": "doc-footnote",
                        "class": "note",
                    },
                )
                aside.text = item.text
                aside.extend(list(item))
                label = etree.Element(_x("span"), {"class": "note-number"})
                label.text = f"{number}. "
                first = aside.find(_x("p"))
                holder = first if first is not None else aside
                label.tail = holder.text
                holder.text = None
                holder.insert(0, label)
                listing.addprevious(aside)
                aside.tail = "\n"
                number += 1
                count += 1
            notes.remove(listing)
    return count


def mark_structure(root: etree._Element) -> None:
    """Say what the content document is: body matter (the notes say so themselves)."""
    body = root.find(_x("body"))
    if body is not None:
        body.set(f"{{{OPS}}}type", "bodymatter")
