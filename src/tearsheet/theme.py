"""The theme: stylesheets and templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

    def files(self) -> list[Path]:
        """Every file whose change should rebuild the outputs."""
        return sorted(p for p in self.folder.rglob("*") if p.is_file())
