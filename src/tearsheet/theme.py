"""The theme: stylesheets, templates and the packaged fonts they name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fontpkg

# Families the stylesheets may name; each ships as a Python package, never taken from the system.
FONT_FAMILIES = ("Newsreader", "Libre Franklin", "IBM Plex Mono", "Amiri")
MONO_WEIGHTS = (400, 700)


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


@dataclass(frozen=True)
class FontFace:
    family: str
    path: Path
    style: str
    weight: int | None


@cache
def font_faces() -> tuple[FontFace, ...]:
    """The packaged font files, one per family, style and (for static fonts) weight."""
    faces: list[FontFace] = []
    for name in FONT_FAMILIES:
        family = fontpkg.family(name)
        for file in family.files:
            if file.variable or file.weight in (None, *MONO_WEIGHTS):
                faces.append(FontFace(name, file.path, file.style, file.weight))
    return tuple(faces)


def font_folders() -> tuple[Path, ...]:
    """Folders holding the packaged fonts: the only place outside the theme fonts load from."""
    return tuple(sorted({face.path.parent.resolve() for face in font_faces()}))


def font_face_css(url_for=lambda path: path.as_uri()) -> str:
    """@font-face rules for the packaged fonts, with each file's URL given by ``url_for``."""
    rules = []
    for face in font_faces():
        weight = f" font-weight: {face.weight};" if face.weight else ""
        rules.append(
            f'@font-face {{ font-family: "{face.family}"; src: url("{url_for(face.path)}");'
            f" font-style: {face.style};{weight} }}"
        )
    return "\n".join(rules) + "\n"
