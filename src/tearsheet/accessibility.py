"""EPUB Accessibility 1.1 metadata, measured on the content document rather than assumed."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from tearsheet.labels import labels_for
from tearsheet.xhtml import xhtml_tag as _x

_LEAD = (
    "A single reflowable article whose text follows the reader's font, size and colour "
    "settings, with a table of contents"
)


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

    def metadata(self, lang: str = "en") -> list[tuple[str, str]]:
        """The schema.org and dcterms pairs, the summary in the book's language."""
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
        pairs.append(("schema:accessibilitySummary", self.summary(lang)))
        if self.conforms:
            pairs.append(("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"))
        return pairs

    def summary(self, lang: str = "en") -> str:
        """What a reader gets, in the book's language (the theme's catalogues), joined and
        ended as that language writes sentences ("।" in Hindi, "。" in Japanese, none in
        Thai). Where the catalogue lacks the lead phrase the whole summary is English, so no
        English sentence is listed with another language's "and" or ended with its stop."""
        labels = labels_for(self.summary_language(lang))
        parts = [labels.gettext(_LEAD)]
        if self.headings:
            parts.append(labels.gettext("headings for its sections"))
        if self.page_list:
            parts.append(labels.gettext("page markers matching the PDF edition"))
        sentences = [labels.names(parts)]
        if self.images and self.images_without_alt:
            missing = labels.gettext("{missing} of {count} images have no text description.")
            sentences.append(missing.format(missing=self.images_without_alt, count=self.images))
        elif self.images:
            sentences.append(labels.gettext("Every image has a text description."))
        if self.tables_without_headers:
            sentences.append(labels.gettext("Some tables have no header cells."))
        return labels.sentences(sentences)

    @staticmethod
    def summary_language(lang: str = "en") -> str:
        """The language the summary is written in: the book's, or English where the theme's
        catalogues do not translate it."""
        return lang if labels_for(lang).translates(_LEAD) else "en"


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
