"""EPUB Accessibility 1.1 metadata, measured on the content document rather than assumed."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"


def _x(tag: str) -> str:
    return f"{{{XHTML}}}{tag}"


@dataclass(frozen=True)
class Accessibility:
    """What the content actually offers a reader, as EPUB Accessibility 1.1 metadata."""

    images: int
    images_without_alt: int
    headings: bool
    page_list: bool
    tables_without_headers: int
    roles: bool

    @property
    def conforms(self) -> bool:
        return self.images_without_alt == 0 and self.tables_without_headers == 0

    def metadata(self) -> list[tuple[str, str]]:
        modes = ["textual"] + (["visual"] if self.images else [])
        sufficient = ["textual,visual"] if self.images else []
        if self.images_without_alt == 0:
            sufficient.insert(0, "textual")
        features = ["tableOfContents", "readingOrder", "displayTransformability"]
        if self.headings:
            features.append("structuralNavigation")
        if self.images and self.images_without_alt == 0:
            features.append("alternativeText")
        if self.page_list:
            features += ["pageBreakMarkers", "pageNavigation"]
        if self.roles:
            features.append("ARIA")
        pairs = [("schema:accessMode", mode) for mode in modes]
        pairs += [("schema:accessModeSufficient", mode) for mode in sufficient]
        pairs += [("schema:accessibilityFeature", feature) for feature in features]
        pairs.append(("schema:accessibilityHazard", "none"))
        pairs.append(("schema:accessibilitySummary", self.summary()))
        if self.conforms:
            pairs.append(("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"))
        return pairs

    def summary(self) -> str:
        parts = [
            "A single reflowable article whose text follows the reader's font, size and "
            "colour settings, with a table of contents"
        ]
        if self.headings:
            parts.append("headings for its sections")
        if self.page_list:
            parts.append("page markers matching the PDF edition")
        text = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] + "."
        if self.images and self.images_without_alt:
            text += f" {self.images_without_alt} of {self.images} images have no text description."
        elif self.images:
            text += " Every image has a text description."
        if self.tables_without_headers:
            text += " Some tables have no header cells."
        return text


def describe_accessibility(root: etree._Element, page_list: bool) -> Accessibility:
    """Measure the content document for its accessibility metadata (never assume)."""
    images = list(root.iter(_x("img")))
    tables = list(root.iter(_x("table")))
    body = root.find(_x("body"))
    return Accessibility(
        images=len(images),
        images_without_alt=sum(1 for img in images if not (img.get("alt") or "").strip()),
        headings=body is not None
        and any(True for level in "23456" for _ in body.iter(_x(f"h{level}"))),
        page_list=page_list,
        tables_without_headers=sum(1 for table in tables if table.find(f".//{_x('th')}") is None),
        roles=any(element.get("role") for element in root.iter() if isinstance(element.tag, str)),
    )
