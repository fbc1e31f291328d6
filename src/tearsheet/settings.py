"""Print and e-book settings with their defaults, defined once (light: no WeasyPrint import)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

PAGE_SIZES = ("a4", "letter", "a5", "6x9")
# The PDF variants WeasyPrint 70 writes that tearsheet offers: tagged PDF/UA-1 for screen
# readers by default, or an archival PDF/A level, the accessible PDF/A-3a and PDF/A-2a
# first (a test checks each is in weasyprint.pdf). Every one is written tagged (pdf.py).
PDF_VARIANTS = (
    "pdf/ua-1",
    "pdf/a-3a",
    "pdf/a-2a",
    "pdf/a-2u",
    "pdf/a-3u",
    "pdf/a-4u",
    "pdf/a-2b",
    "pdf/a-3b",
)
ALIGNMENTS = ("justify", "ragged")


class SettingError(ValueError):
    """A setting outside its allowed values; the message names the setting and the choices."""


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise SettingError(f"'{name}': expected one of {', '.join(choices)}, got {value!r}")


@dataclass(frozen=True)
class PrintSettings:
    """How the PDF is set: page size, PDF variant, alignment and drop cap.

    The EPUB's page list follows the PDF's pages, so these settings shape the EPUB too.
    """

    page_size: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    align: str = "justify"
    drop_cap: bool = False
    allow_remote: bool = False

    def __post_init__(self) -> None:
        _check_choice("page_size", self.page_size, PAGE_SIZES)
        _check_choice("pdf_variant", self.pdf_variant, PDF_VARIANTS)
        _check_choice("align", self.align, ALIGNMENTS)

    @property
    def root_classes(self) -> tuple[str, ...]:
        """Classes on the print document's root that print.css keys on."""
        return (f"page-{self.page_size}", self.align, *(("drop-cap",) if self.drop_cap else ()))

    @property
    def edition(self) -> str:
        """How the EPUB names the printed edition its page numbers come from."""
        return f"tearsheet PDF edition, {self.page_size} pages"

    def fingerprint(self) -> str:
        """Everything here that changes the laid-out pages, as one line."""
        remote = " allow-remote" if self.allow_remote else ""
        return f"{self.page_size} {self.pdf_variant} {self.align} drop-cap={self.drop_cap}{remote}"


@dataclass(frozen=True)
class EbookSettings:
    """What goes into the EPUB beyond the article: embedded fonts, the Kobo flavour."""

    embed_fonts: bool = False
    kobo: bool = False
    allow_remote: bool = False

    def fingerprint(self) -> str:
        remote = " allow-remote" if self.allow_remote else ""
        return f"embed-fonts={self.embed_fonts}{remote}"


# Zip entries cannot be dated before 1980 or after 2107; PDF dates have no such bound.
EARLIEST = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def source_date_epoch() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH (reproducible-builds.org) as a UTC time, or None when unset or not
    a whole number of seconds."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit() or len(value) > 12:
        return None
    return dt.datetime.fromtimestamp(int(value), tz=dt.UTC)


@dataclass(frozen=True)
class BookSettings:
    """How to build collection books: the build's print and e-book settings and formats."""

    print: PrintSettings
    ebook: EbookSettings
    formats: tuple[str, ...] = ("pdf", "epub")
    force: bool = False
