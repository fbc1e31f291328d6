"""The project file tearsheet.toml: defaults for the command line, kept with the content."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tearsheet.errors import ContentError

CONFIG_NAME = "tearsheet.toml"
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-2u", "pdf/a-3u", "pdf/a-4u", "pdf/a-2b", "pdf/a-3b")
PAGE_SIZES = ("a4", "letter", "a5", "6x9")
ALIGNMENTS = ("justify", "ragged")


@dataclass(frozen=True)
class Config:
    """Settings from tearsheet.toml; each one a command-line option can override."""

    theme: Path | None = None
    page_size: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    align: str = "justify"
    drop_cap: bool = False
    out: Path = Path("build")


_CHOICES = {"page_size": PAGE_SIZES, "pdf_variant": PDF_VARIANTS, "align": ALIGNMENTS}


def load_config(path: Path) -> Config:
    """Read tearsheet.toml; a missing file gives the defaults, a wrong value one clear line."""
    if not path.is_file():
        return Config()
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(path, f"invalid TOML: {error}") from None
    values: dict[str, Any] = {}
    flat = {**data.get("print", {}), **{k: v for k, v in data.items() if k != "print"}}
    for key, value in flat.items():
        key = key.replace("-", "_")
        if key in ("theme", "out"):
            if not isinstance(value, str):
                raise ContentError(path, f"'{key}': expected a folder name, got {value!r}")
            values[key] = (path.parent / value).resolve()
        elif key in _CHOICES:
            if value not in _CHOICES[key]:
                expected = ", ".join(_CHOICES[key])
                raise ContentError(path, f"'{key}': expected one of {expected}, got {value!r}")
            values[key] = value
        elif key == "drop_cap":
            if not isinstance(value, bool):
                raise ContentError(path, f"'drop_cap': expected true or false, got {value!r}")
            values[key] = value
        else:
            raise ContentError(path, f"unknown setting '{key}'")
    return Config(**values)
