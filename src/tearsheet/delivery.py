"""Delivery rules for Kindle, Kobo and Apple Books that EPUBCheck does not check, each with
where it comes from: ``tearsheet check --device``."""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from tearsheet.errors import ContentError, printable
from tearsheet.files import FileReadError, read_bounded
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.images import RefusedImageError, measure_image
from tearsheet.language import LanguageError, parse_language

DEVICES = ("kindle", "kobo", "apple")
NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
}
MB = 1024 * 1024
# Bounds on what one book may make this check read, so a crafted EPUB (a zip bomb, a
# million members) costs a bounded amount of memory and time.
MAX_BOOK_BYTES = 256 * MB
MAX_MEMBER_BYTES = 64 * MB
MAX_INFLATED_BYTES = 256 * MB
MAX_MEMBERS = 10_000
_TOLERANT = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_STRICT = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_MARKUP = (".xhtml", ".html", ".htm", ".opf", ".ncx", ".xml", ".svg")
# OCF 3.3 §4.2: members are stored or deflated, never encrypted at the zip level.
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_CHUNK = 64 * 1024


class BookReadError(ValueError):
    """The file is not an EPUB this check can read."""


@dataclass
class Book:
    """An EPUB opened for checking: its files, package document and manifest.

    Every member is read through ``read``, which streams it with a cap per member and per
    book, so no member is ever inflated whole before its size is known.
    """

    path: Path
    archive: zipfile.ZipFile
    opf_name: str
    opf: etree._Element
    size: int = 0
    inflated: int = 0
    cache: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> Book:
        try:
            data = read_bounded(path, MAX_BOOK_BYTES)
        except FileReadError as error:
            raise BookReadError(error.strerror or "cannot read") from None
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise BookReadError(f"not a readable EPUB ({error})") from None
        if len(archive.infolist()) > MAX_MEMBERS:
            raise BookReadError(f"over {MAX_MEMBERS:,} files in the zip; not checked")
        book = cls(path, archive, "", etree.Element("x"), len(data))
        try:
            container = etree.fromstring(book.read("META-INF/container.xml"), _STRICT)
            rootfile = container.find(".//c:rootfile", NS)
            book.opf_name = rootfile.get("full-path", "") if rootfile is not None else ""
            book.opf = etree.fromstring(book.read(book.opf_name), _STRICT)
        except (etree.XMLSyntaxError, ValueError) as error:
            if isinstance(error, BookReadError):
                raise
            raise BookReadError(f"not a readable EPUB ({error})") from None
        return book

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
        """A member's bytes (empty when missing), streamed within the member and book caps;
        raise BookReadError for a member that cannot or may not be read."""
        if name in self.cache:
            return self.cache[name]
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return b""
        shown = printable(name[:200])
        if info.flag_bits & 0x1:
            raise BookReadError(f"{shown} is encrypted; EPUB members must not be")
        if info.compress_type not in _COMPRESSIONS:
            raise BookReadError(
                f"{shown} uses zip compression method {info.compress_type}; "
                "EPUB allows only stored or deflated"
            )
        chunks: list[bytes] = []
        size = 0
        try:
            with self.archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES:
                        raise BookReadError(
                            f"{shown} inflates to over {MAX_MEMBER_BYTES // MB} MB; not checked"
                        )
                    if self.inflated + size > MAX_INFLATED_BYTES:
                        raise BookReadError(
                            f"the book inflates to over {MAX_INFLATED_BYTES // MB} MB; not checked"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as error:
            raise BookReadError(f"{shown} cannot be read ({error})") from None
        self.inflated += size
        self.cache[name] = data = b"".join(chunks)
        return data


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


def _shorten(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


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
        width, height, _ = measure_image(data)
    except RefusedImageError as error:
        return [f"cover {name} is not a usable image ({error})"]
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
    return [
        f"{name}: an XML comment contains '--'"
        for name in book.archive.namelist()
        if name.lower().endswith(_MARKUP) and _bad_comment(book.read(name))
    ]


def _bad_comment(data: bytes) -> bool:
    """Whether a comment holds ``--`` or ends in ``-``: one pass with str.find, linear even
    on a thousand ``<!--`` that never close."""
    start = data.find(b"<!--")
    while start != -1:
        end = data.find(b"-->", start + 4)
        if end == -1:
            return False
        body = data[start + 4 : end]
        if b"--" in body or body.endswith(b"-"):
            return True
        start = data.find(b"<!--", end + 3)
    return False


def _image_budget(book: Book, device: str) -> list[str]:
    return [
        f"image {name} is {len(data) / MB:.1f} MB; the limit is 5 MB"
        for name, data in book.images()
        if len(data) > 5 * MB
    ]


def _file_budget(book: Book, device: str) -> list[str]:
    limit = 200
    size = book.size
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


def check_delivery(path: Path, device: str, limits: Limits | None = None) -> list[ContentError]:
    """Every rule for ``device`` that the EPUB at ``path`` breaks, one error each.

    The book is read and checked in a child process under ``limits`` (time and memory), so
    a crafted book costs one line, never the check of the books after it.
    """
    limits = limits or Limits()
    (outcome,) = run_limited(_check_book, [(path, device)], limits)
    if isinstance(outcome, Failure):
        return [ContentError(path, f"{device}: not checked: {outcome.message}")]
    return outcome


def _check_book(job: tuple[Path, str]) -> list[ContentError]:
    path, device = job
    try:
        book = Book.open(path)
    except BookReadError as error:
        return [ContentError(path, f"{device}: {error}")]
    problems: list[ContentError] = []
    with book.archive:
        for rule in RULES:
            if device not in rule.devices:
                continue
            try:
                found = rule.check(book, device)
            except BookReadError as error:
                return [*problems, ContentError(path, f"{device}: {error}")]
            except (etree.XMLSyntaxError, RecursionError, ValueError) as error:
                found = [f"could not be checked ({type(error).__name__}: {error})"]
            problems.extend(
                ContentError(path, f"{device}: rule '{rule.name}': {problem}") for problem in found
            )
    return problems
