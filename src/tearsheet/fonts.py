"""The packaged fonts, with static instances cut once from the variable ones and cached.

WeasyPrint can embed variable fonts, but it instantiates them again for every PDF, which
costs more than laying the article out. Cutting the few instances the theme uses once, and
keeping them in the user's cache folder, makes every later PDF faster.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fontpkg

from tearsheet.files import user_cache, write_atomic


@dataclass(frozen=True)
class FontFace:
    """One font file as the stylesheets name it: family, style, weight."""

    family: str
    path: Path
    style: str
    weight: int


@dataclass(frozen=True)
class Instance:
    """A static cut of a packaged variable family at fixed axis values."""

    family: str
    style: str
    weight: int
    source: str
    axes: tuple[tuple[str, float], ...]


# Newsreader's text cut is set at optical size 12 (body, notes, dek); its display cut at 36
# (headline, drop cap). Libre Franklin carries the labels.
INSTANCES = (
    Instance("Newsreader", "normal", 400, "Newsreader", (("wght", 400), ("opsz", 12))),
    Instance("Newsreader", "italic", 400, "Newsreader", (("wght", 400), ("opsz", 12))),
    Instance("Newsreader", "normal", 700, "Newsreader", (("wght", 700), ("opsz", 12))),
    Instance("Newsreader", "italic", 700, "Newsreader", (("wght", 700), ("opsz", 12))),
    Instance("Newsreader Display", "normal", 600, "Newsreader", (("wght", 600), ("opsz", 36))),
    Instance("Newsreader Display", "italic", 400, "Newsreader", (("wght", 400), ("opsz", 36))),
    Instance("Libre Franklin", "normal", 400, "Libre Franklin", (("wght", 400),)),
    Instance("Libre Franklin", "normal", 600, "Libre Franklin", (("wght", 600),)),
    Instance("Libre Franklin", "normal", 700, "Libre Franklin", (("wght", 700),)),
    # Cyrillic and Greek (Newsreader and Libre Franklin are Latin only): Noto Serif and Sans.
    *(
        Instance("Noto Serif", style, weight, "Noto Serif", (("wght", weight), ("wdth", 100)))
        for style in ("normal", "italic")
        for weight in (400, 700)
    ),
    *(
        Instance("Noto Sans", "normal", weight, "Noto Sans", (("wght", weight), ("wdth", 100)))
        for weight in (400, 600, 700)
    ),
    # Arabic sans beside Amiri; Hebrew serif (Frank Ruhl Libre) and sans (Heebo).
    *(
        Instance(
            "Noto Sans Arabic",
            "normal",
            weight,
            "Noto Sans Arabic",
            (("wght", weight), ("wdth", 100)),
        )
        for weight in (400, 600, 700)
    ),
    *(
        Instance("Frank Ruhl Libre", "normal", weight, "Frank Ruhl Libre", (("wght", weight),))
        for weight in (400, 600, 700)
    ),
    *(
        Instance("Heebo", "normal", weight, "Heebo", (("wght", weight),))
        for weight in (400, 600, 700)
    ),
)
# Static families used as they come.
STATIC_FAMILIES = {"IBM Plex Mono": (400, 700), "Amiri": (400, 700)}


def cache_folder() -> Path:
    """Where the cut instances live: $XDG_CACHE_HOME/tearsheet/fonts (or ~/.cache/...)."""
    return user_cache("fonts")


def _variable_file(instance: Instance) -> Path:
    family = fontpkg.family(instance.source)
    return next(f.path for f in family.files if f.variable and f.style == instance.style)


def _instance_path(instance: Instance) -> Path:
    source = _variable_file(instance)
    key = hashlib.sha256(
        f"{source.name}:{source.stat().st_size}:{instance.axes}".encode()
    ).hexdigest()[:16]
    name = f"{instance.family.replace(' ', '')}-{instance.style}-{instance.weight}-{key}.ttf"
    return cache_folder() / name


def cut_instance(instance: Instance) -> Path:
    """The static instance's file, cut and cached on first use (written atomically)."""
    target = _instance_path(instance)
    if target.is_file():
        return target
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = instancer.instantiateVariableFont(
        TTFont(_variable_file(instance)), dict(instance.axes), updateFontNames=False
    )
    buffer = io.BytesIO()
    font.save(buffer)
    write_atomic(target, buffer.getvalue())
    return target


@cache
def font_faces() -> tuple[FontFace, ...]:
    """Every face the stylesheets may name."""
    faces = [FontFace(i.family, cut_instance(i), i.style, i.weight) for i in INSTANCES]
    for name, weights in STATIC_FAMILIES.items():
        for file in fontpkg.family(name).files:
            if file.weight in weights:
                faces.append(FontFace(name, file.path, file.style, file.weight))
    return tuple(faces)


def font_folders() -> tuple[Path, ...]:
    """Folders holding the fonts: the only place outside the theme fonts load from."""
    return tuple(sorted({face.path.parent.resolve() for face in font_faces()}))


# The Latin faces every document loads; the others only when its text needs them.
BASE_FAMILIES = frozenset({"Newsreader", "Newsreader Display", "Libre Franklin", "IBM Plex Mono"})


@cache
def _characters(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def needed_families(text: str) -> frozenset[str]:
    """The families a text needs: the Latin base, and each other family that has a character
    the text faces lack (Cyrillic → Noto Serif and Sans, Arabic → Amiri and Noto Sans Arabic).

    Loading only these keeps an English PDF from paying for fourteen faces it never uses
    (about 50 ms a document), while a Russian quote in it still finds its glyphs.
    """
    samples = _family_samples()
    missing = {ord(char) for char in set(text)} - _base_characters()
    return frozenset(BASE_FAMILIES) | {
        family
        for family, path in samples.items()
        if family not in BASE_FAMILIES and missing & _characters(path)
    }


@cache
def _family_samples() -> dict[str, Path]:
    """One face per family (its first), for what characters the family has."""
    samples: dict[str, Path] = {}
    for face in font_faces():
        samples.setdefault(face.family, face.path)
    return samples


@cache
def _base_characters() -> frozenset[int]:
    """What both Latin text faces (serif and sans) can show."""
    samples = _family_samples()
    return _characters(samples["Newsreader"]) & _characters(samples["Libre Franklin"])


def font_face_css(url_for=lambda path: path.as_uri(), text: str | None = None) -> str:
    """@font-face rules for the fonts, with each file's URL given by ``url_for``; with
    ``text``, only for the families that text needs."""
    families = needed_families(text) if text is not None else None
    return "".join(
        f'@font-face {{ font-family: "{face.family}"; src: url("{url_for(face.path)}");'
        f" font-style: {face.style}; font-weight: {face.weight}; }}\n"
        for face in font_faces()
        if families is None or face.family in families
    )


# The faces an article's script is set in, by role, as print.css's stacks lead with them:
# (family, style, weight). CJK families come from Debian's fonts-noto-cjk, found by
# fontconfig; the rest are the packaged faces above.
LATIN_ROLES = {
    "headline": ("Newsreader Display", "normal", 600),
    "dek": ("Newsreader", "italic", 400),
    "label": ("Libre Franklin", "normal", 600),
}
SCRIPT_ROLES: dict[str, dict[str, tuple[str, str, int]]] = {
    "Latn": LATIN_ROLES,
    "Cyrl": {
        "headline": ("Noto Serif", "normal", 700),
        "dek": ("Noto Serif", "italic", 400),
        "label": ("Noto Sans", "normal", 600),
    },
    "Arab": {
        "headline": ("Amiri", "normal", 700),
        "dek": ("Amiri", "normal", 400),
        "label": ("Noto Sans Arabic", "normal", 600),
    },
    "Hebr": {
        "headline": ("Frank Ruhl Libre", "normal", 700),
        "dek": ("Frank Ruhl Libre", "normal", 400),
        "label": ("Heebo", "normal", 600),
    },
}
SCRIPT_ROLES["Grek"] = SCRIPT_ROLES["Cyrl"]
# Devanagari: the packaged Noto Sans has it (Noto Serif does not), as the PDF sets it. Thai:
# TLWG's faces from Debian (scripts/system-deps), found by fontconfig as the PDF finds them.
SCRIPT_ROLES["Deva"] = {
    "headline": ("Noto Sans", "normal", 700),
    "dek": ("Noto Sans", "normal", 400),
    "label": ("Noto Sans", "normal", 600),
}
SCRIPT_ROLES["Thai"] = {
    "headline": ("Kinnari", "normal", 700),
    "dek": ("Kinnari", "normal", 400),
    "label": ("Loma", "normal", 700),
}
CJK_VARIANTS = {"Hans": "SC", "Hant": "TC", "Jpan": "JP", "Kore": "KR"}
for _script, _variant in CJK_VARIANTS.items():
    SCRIPT_ROLES[_script] = {
        "headline": (f"Noto Sans CJK {_variant}", "normal", 700),
        "dek": (f"Noto Serif CJK {_variant}", "normal", 400),
        "label": (f"Noto Sans CJK {_variant}", "normal", 400),
    }


# The packaged serif an e-book embeds for each script's text (--embed-fonts); CJK faces are
# tens of megabytes even subset, so a CJK book keeps the reader's own font.
TEXT_FAMILIES = {
    "Latn": "Newsreader",
    "Cyrl": "Noto Serif",
    "Grek": "Noto Serif",
    "Arab": "Amiri",
    "Hebr": "Frank Ruhl Libre",
}


@dataclass(frozen=True)
class FaceFile:
    """A font file and, in a collection (.ttc), the index of the face in it."""

    path: Path
    index: int = 0


@cache
def find_face(family: str, style: str = "normal", weight: int = 400) -> FaceFile | None:
    """The file of a face the stylesheets name: packaged (nearest weight), else a system CJK
    face through fontconfig; None when the system has no such family."""
    packaged = [face for face in font_faces() if face.family == family and face.style == style]
    if packaged:
        best = min(packaged, key=lambda face: abs(face.weight - weight))
        return FaceFile(best.path)
    return _system_face(family, weight)


def _system_face(family: str, weight: int) -> FaceFile | None:
    import shutil
    import subprocess

    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    pattern = f"{family}:weight={'bold' if weight >= 600 else 'regular'}"
    found = subprocess.run(
        [fc_match, "-f", "%{family[0]}|%{file}|%{index}", pattern],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    name, _, rest = found.partition("|")
    path, _, index = rest.partition("|")
    if name != family or not path:
        return None
    return FaceFile(Path(path), int(index or 0))


def face_characters(face: FaceFile) -> frozenset[int]:
    """The characters a face has glyphs for."""
    return _face_characters(face.path, face.index)


@cache
def _face_characters(path: Path, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True, fontNumber=index) as font:
        return frozenset(font.getBestCmap())


def main() -> None:
    """Cut and cache the instances now (``python -m tearsheet.fonts``, run by make)."""
    for face in font_faces():
        print(face.path)


if __name__ == "__main__":
    main()
