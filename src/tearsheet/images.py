"""Checking image bytes before they are embedded anywhere: a real raster image under a pixel cap,
or an SVG reduced to a safe subset; anything else is refused."""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from lxml import etree
from PIL import Image, UnidentifiedImageError

# 50 megapixels (about 7000×7000): more than any print or screen use needs, and a decoded
# RGBA image of that size is 200 MB, well inside the per-article memory limit.
MAX_PIXELS = 50_000_000
# The largest image file embedded anywhere (local files, remote images, covers).
MAX_IMAGE_BYTES = 20 * 1024 * 1024
# An SVG is parsed as XML: more elements than this is not an illustration.
MAX_SVG_ELEMENTS = 50_000

RASTER_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}
SVG_TYPE = "image/svg+xml"

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Drawing elements only: no script, foreignObject, style sheets, images, links, animation
# (which can rewrite attributes) or fonts.
SVG_ELEMENTS = frozenset(
    """svg g defs symbol use title desc path rect circle ellipse line polyline polygon text
    tspan textPath linearGradient radialGradient stop clipPath mask pattern marker""".split()
)
_SVG_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


# CSS functions and schemes in attribute values that would load or run something.
_LOADING_WORDS = ("javascript:", "image-set(", "image(", "src(", "element(", "expression(")


class RefusedImageError(ValueError):
    """Bytes that may not be embedded as an image; the message says why, for the warning."""


@dataclass(frozen=True)
class CheckedImage:
    """Image bytes safe to embed, with the media type read from the bytes themselves."""

    data: bytes
    media_type: str
    width: int | None = None
    height: int | None = None


def check_image(data: bytes, media_type: str | None = None) -> CheckedImage:
    """Return ``data`` as an embeddable image, or raise RefusedImageError.

    The media type is taken from the bytes, not from a file name or a server's header. A
    raster image is opened with Pillow and must be PNG, JPEG, GIF or WebP of at most
    MAX_PIXELS pixels; an SVG is rebuilt from an allow-list (see ``clean_svg``).
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise RefusedImageError(f"{len(data):,} bytes; the limit is {MAX_IMAGE_BYTES:,}")
    if _looks_like_svg(data):
        return CheckedImage(clean_svg(data), SVG_TYPE)
    try:
        width, height, kind = measure_image(data)
    except RefusedImageError:
        if media_type == SVG_TYPE:  # an SVG whose start the sniffing did not recognise
            return CheckedImage(clean_svg(data), SVG_TYPE)
        raise
    return CheckedImage(data, kind, width, height)


def is_image_data(data: bytes) -> bool:
    """Whether bytes are an image, whatever their name says: an SVG, or anything Pillow
    recognises (which is what WeasyPrint would decode them with)."""
    if _looks_like_svg(data):
        return True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)):
                return True
    except Image.DecompressionBombError:
        return True
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return False


def measure_image(data: bytes) -> tuple[int, int, str]:
    """Width, height and media type of a raster image, refusing pixel bombs before decoding."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                kind = RASTER_TYPES.get(image.format or "")
                if kind is None:
                    raise RefusedImageError(
                        f"a {image.format or 'unknown'} image; PNG, JPEG, GIF or WebP expected"
                    )
                if width * height > MAX_PIXELS:
                    raise RefusedImageError(_too_many(width, height))
                image.verify()
    except Image.DecompressionBombError as error:
        claimed = re.search(r"\((\d+) pixels\)", str(error))
        size = f"{int(claimed[1]):,}" if claimed else f"over {MAX_PIXELS:,}"
        raise RefusedImageError(f"{size} pixels; the limit is {MAX_PIXELS:,} pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        if isinstance(error, RefusedImageError):
            raise
        raise RefusedImageError("not a readable image") from None
    return width, height, kind


def _too_many(width: int, height: int) -> str:
    return f"{width}×{height} pixels; the limit is {MAX_PIXELS:,} pixels"


def _looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype svg")) and b"<svg" in (
        data[:4096].lower()
    )


def clean_svg(data: bytes) -> bytes:
    """An SVG reduced to drawing: no DOCTYPE or entities, no script, event handlers,
    foreignObject, style sheets or references to anything outside the image itself.

    Elements outside SVG_ELEMENTS are removed with their content; attributes are kept only
    when they are plain SVG presentation attributes whose value points nowhere but inside
    the image (``#id``).
    """
    try:
        root = etree.fromstring(data, _SVG_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        raise RefusedImageError("not a readable SVG image") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise RefusedImageError("an SVG with a DOCTYPE (entities are not allowed)")
    if root.tag != f"{{{SVG}}}svg":
        raise RefusedImageError("not an SVG image (no <svg> root in the SVG namespace)")
    count = 0
    for element in list(root.iter()):
        count += 1
        if count > MAX_SVG_ELEMENTS:
            raise RefusedImageError(f"an SVG of over {MAX_SVG_ELEMENTS:,} elements")
        if not isinstance(element.tag, str):
            _remove(element)
            continue
        namespace, _, name = element.tag[1:].partition("}")
        if namespace != SVG or name not in SVG_ELEMENTS:
            _remove(element)
            continue
        for attribute, value in list(element.attrib.items()):
            if not _safe_attribute(attribute, value):
                del element.attrib[attribute]
    etree.cleanup_namespaces(root)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _safe_attribute(attribute: str, value: str) -> bool:
    namespace, _, name = attribute[1:].partition("}") if attribute.startswith("{") else ("", "", "")
    if namespace == XLINK:
        return name == "href" and value.strip().startswith("#")
    if namespace == XML_NS:
        return name in ("lang", "space")
    if namespace:
        return False
    lowered = attribute.lower()
    if lowered.startswith("on"):
        return False
    text = "".join(value.split()).lower()
    if lowered == "href":
        return text.startswith("#")
    if "\\" in text or "@" in text or any(word in text for word in _LOADING_WORDS):
        return False
    return all(part.lstrip("'\"").startswith("#") for part in text.split("url(")[1:])
