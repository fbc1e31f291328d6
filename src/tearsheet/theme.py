"""The theme: stylesheets and templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tearsheet.errors import ContentError


def default_theme_folder() -> Path:
    """styles/ in a source checkout, or the copy packed into an installed wheel."""
    packed = Path(__file__).resolve().parent / "styles"
    if packed.is_dir():
        return packed
    return Path(__file__).resolve().parents[2] / "styles"


@dataclass(frozen=True)
class Theme:
    """A folder holding print.css, ebook.css, web.css and templates/."""

    folder: Path

    @classmethod
    def load(cls, folder: Path | None = None) -> Theme:
        return cls((folder or default_theme_folder()).resolve())

    def stylesheet(self, name: str) -> Path:
        return self.folder / name

    def read(self, name: str) -> str:
        return self.stylesheet(name).read_text(encoding="utf-8")

    @property
    def templates(self) -> Path:
        return self.folder / "templates"

    def check_page_size(self, page_size: str) -> None:
        """Refuse a page size the theme's print.css has no rule for (``html.page-<size>``),
        which would otherwise print silently on the default page."""
        if page_size not in _page_sizes(self.stylesheet("print.css")):
            raise ContentError(
                self.stylesheet("print.css"),
                f"no rule for page size '{page_size}' (html.page-{page_size})",
            )

    def files(self) -> list[Path]:
        """Every file whose change should rebuild the outputs."""
        return sorted(p for p in self.folder.rglob("*") if p.is_file())


def _page_sizes(stylesheet: Path) -> frozenset[str]:
    """The page sizes a print stylesheet defines, by its ``html.page-<size>`` selectors."""
    try:
        text = stylesheet.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(re.findall(r"html\.page-([a-z0-9]+)\b", text))
