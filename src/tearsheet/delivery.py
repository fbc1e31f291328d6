"""Delivery rules for Kindle, Kobo and Apple Books that EPUBCheck does not check, each with
where it comes from: ``tearsheet check --device``."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from PIL import Image, UnidentifiedImageError

from tearsheet.errors import ContentError
from tearsheet.language import LanguageError, parse_language

DEVICES = ("kindle", "kobo", "apple")
NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
}
MB = 1024 * 1024
_COMMENT = re.compile(rb"<!--(.*?)-->", re.DOTALL)
_TOLERANT = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_MARKUP = (".xhtml", ".html", ".htm", ".opf", ".ncx", ".xml", ".svg")


class BookReadError(ValueError):
    """The file is not an EPUB this check can read."""


@dataclass
class Book:
    """An EPUB opened for checking: its files, package document and manifest."""

    path: Path
    archive: zipfile.ZipFile
    opf_name: str
    opf: etree._Element

    @classmethod
    def open(cls, path: Path) -> Book:
        try:
            archive = zipfile.ZipFile(path)
            container = etree.fromstring(archive.read("META-INF/container.xml"))
            opf_name = container.find(".//c:rootfile", NS).get("full-path")
            opf = etree.fromstring(archive.read(opf_name))
        except (
            OSError,
            KeyError,
            AttributeError,
            zipfile.BadZipFile,
            etree.XMLSyntaxError,
        ) as error:
            raise BookReadError(f"not a readable EPUB ({error})") from None
        return cls(path, archive, opf_name, opf)

    def items(self) -> list[etree._Element]:
        return self.opf.findall("opf:manifest/opf:item", NS)

    def item_path(self, item: etree._Element) -> str:
        folder = posixpath.dirname(self.opf_name)
        return posixpath.normpath(posixpath.join(folder, item.get("href", "")))

    def images(self) -> list[tuple[str, bytes]]:
        return [
            (self.item_path(item), self.read(self.item_path(item)))
            for item in self.items()
            if item.get("media-type", "").startswith("image/")
        ]

    def read(self, name: str) -> bytes:
        try:
            return self.archive.read(name)
        except KeyError:
            return b""


@dataclass(frozen=True)
class Rule:
    """One delivery rule: its name, the devices it applies to, and where it is written down."""

    name: str
    devices: tuple[str, ...]
    source: str
    check: Callable[[Book, str], list[str]]


def _language(book: Book, device: str) -> list[str]:
    tags = [tag.text or "" for tag in book.opf.findall("opf:metadata/dc:language", NS)]
    if not tags:
        return ["no dc:language"]
    problems = []
    for tag in tags:
        try:
            parse_language(tag)
        except LanguageError as error:
            problems.append(f"dc:language: {error}")
    return problems


def _cover_declared(book: Book, device: str) -> list[str]:
    problems = []
    ids = {item.get("id"): item for item in book.items()}
    flagged = [item for item in book.items() if "cover-image" in item.get("properties", "").split()]
    if not flagged:
        problems.append('no manifest item has properties="cover-image" (the EPUB 3 way)')
    meta = book.opf.find("opf:metadata/opf:meta[@name='cover']", NS)
    if meta is None:
        problems.append('no <meta name="cover"> (the EPUB 2 way, which Kobo and Kindle read)')
    elif (
        not ids.get(meta.get("content"), etree.Element("x"))
        .get("media-type", "")
        .startswith("image/")
    ):
        problems.append(f'<meta name="cover"> names {meta.get("content")!r}, not an image item')
    return problems


def _cover_image(book: Book) -> tuple[str, bytes] | None:
    for item in book.items():
        if "cover-image" in item.get("properties", "").split():
            return book.item_path(item), book.read(book.item_path(item))
    return None


def _cover_size(book: Book, device: str) -> list[str]:
    found = _cover_image(book)
    if found is None:
        return []
    name, data = found
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError):
        return [f"cover {name} is not a readable image"]
    problems = []
    if height < 1000:
        problems.append(f"cover {name} is {height} px tall; at least 1000 needed (1600×2560 ideal)")
    if device == "apple" and width < 1400:
        problems.append(f"cover {name} is {width} px wide; Apple Books wants at least 1400")
    return problems


def _ncx(book: Book, device: str) -> list[str]:
    if any(item.get("media-type") == "application/x-dtbncx+xml" for item in book.items()):
        return []
    return ["no NCX table of contents (application/x-dtbncx+xml) in the manifest"]


def _comments(book: Book, device: str) -> list[str]:
    problems = []
    for name in book.archive.namelist():
        if name.lower().endswith(_MARKUP):
            for match in _COMMENT.finditer(book.read(name)):
                if b"--" in match[1] or match[1].endswith(b"-"):
                    problems.append(f"{name}: an XML comment contains '--'")
                    break
    return problems


def _image_budget(book: Book, device: str) -> list[str]:
    return [
        f"image {name} is {len(data) / MB:.1f} MB; the limit is 5 MB"
        for name, data in book.images()
        if len(data) > 5 * MB
    ]


def _file_budget(book: Book, device: str) -> list[str]:
    limit = 200
    size = book.path.stat().st_size
    return [f"the file is {size / MB:.0f} MB; the limit is {limit} MB"] if size > limit * MB else []


def _alt_text(book: Book, device: str) -> list[str]:
    problems = []
    for item in book.items():
        if item.get("media-type") != "application/xhtml+xml":
            continue
        name = book.item_path(item)
        document = etree.fromstring(book.read(name) or b"<x/>", _TOLERANT)
        if document is None:
            continue
        for img in document.iter(f"{{{NS['x']}}}img"):
            if not (img.get("alt") or "").strip():
                problems.append(f"{name}: image {img.get('src')} has no alt text")
    return problems


RULES = (
    Rule(
        "language",
        DEVICES,
        "Send to Kindle refuses books whose dc:language is missing or not a BCP 47 tag "
        "(RFC 5646; reported in e-book tools' issue trackers); readers also pick "
        "hyphenation rules from it",
        _language,
    ),
    Rule(
        "cover-declared",
        DEVICES,
        'Kobo and older Kindles read only the EPUB 2 <meta name="cover">, EPUB 3 readers '
        "(Apple Books) the cover-image property (EPUB 3.3 §5.6.3; kepubify and calibre "
        "issue trackers)",
        _cover_declared,
    ),
    Rule(
        "cover-size",
        DEVICES,
        "Kindle Publishing Guidelines, cover image: minimum 1000×625, ideal 1600×2560; "
        "Apple Books Asset Guide: covers at least 1400 px wide",
        _cover_size,
    ),
    Rule(
        "ncx",
        ("kindle", "kobo"),
        "Kindle Publishing Guidelines (NCX for the device's table of contents) and Kobo's "
        "older RMSDK engine, which reads only the NCX",
        _ncx,
    ),
    Rule(
        "xml-comments",
        DEVICES,
        "XML 1.0 §2.5 forbids '--' inside comments; Send to Kindle rejects such books "
        "(error E999, reported in e-book tools' issue trackers)",
        _comments,
    ),
    Rule(
        "image-size",
        DEVICES,
        "Kindle Publishing Guidelines, image guidelines: each image at most 5 MB; "
        "tearsheet holds Kobo and Apple to the same budget",
        _image_budget,
    ),
    Rule(
        "file-size",
        DEVICES,
        "Send to Kindle takes documents up to 200 MB (Amazon's Send to Kindle help); "
        "tearsheet holds Kobo and Apple to the same budget",
        _file_budget,
    ),
    Rule(
        "alt-text",
        DEVICES,
        "Kindle Publishing Guidelines (alt text on images), Apple Books accessibility "
        "guidance and the European Accessibility Act (WCAG 1.1.1)",
        _alt_text,
    ),
)


def check_delivery(path: Path, device: str) -> list[ContentError]:
    """Every rule for ``device`` that the EPUB at ``path`` breaks, one error each."""
    try:
        book = Book.open(path)
    except BookReadError as error:
        return [ContentError(path, f"{device}: {error}")]
    with book.archive:
        return [
            ContentError(path, f"{device}: rule '{rule.name}': {problem}")
            for rule in RULES
            if device in rule.devices
            for problem in rule.check(book, device)
        ]
