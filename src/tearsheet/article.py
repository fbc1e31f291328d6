"""The Article model: one news or opinion piece, ready for any renderer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tearsheet.language import Language, language_of


@dataclass(frozen=True)
class Article:
    """Everything a renderer needs; the body is already a sanitised XHTML fragment.

    Text fields are plain Unicode with smart punctuation applied; renderers escape them.
    """

    path: Path
    slug: str
    headline: str
    date: dt.date
    body: str
    lang: str = "en"
    dek: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    source: str | None = None
    source_url: str | None = None
    kicker: str | None = None
    tags: tuple[str, ...] = ()
    published: dt.datetime | None = None
    headings: tuple[tuple[int, str, str], ...] = field(default=())
    cover: Path | None = None
    # Hugo's and Jekyll's 'draft: true': built only with --drafts.
    draft: bool = False
    # What names this article wherever it is built: its canonical address, or its path
    # inside its project (the EPUB's identifier comes from it).
    identity: str = ""
    # The site's static folders (tearsheet.toml's ``static``), where site-absolute image paths
    # such as /img/x.png are found, tried in order.
    static: tuple[Path, ...] = ()
    # Image files its shortcodes named that were not there when it was read: creating one
    # changes the article (a figure appears), so they are among its dependencies.
    sought: tuple[Path, ...] = ()

    @property
    def folder(self) -> Path:
        """The folder the article's own images and files may come from."""
        return self.path.parent

    @property
    def label(self) -> str | None:
        """The small label above the headline (the kicker), on every page and the cover: the
        article's own kicker, or failing that its source (never a tag)."""
        return self.kicker or self.source

    @property
    def language(self) -> Language:
        """The article's language: script, direction, typography, locale (language.py)."""
        return language_of(self.lang)

    @property
    def direction(self) -> str:
        """Text direction for the article's language."""
        return self.language.direction
