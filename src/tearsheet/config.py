"""The project file tearsheet.toml: defaults for the command line, kept with the content."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tearsheet.errors import ContentError
from tearsheet.settings import EbookSettings, PrintSettings, SettingError

CONFIG_NAME = "tearsheet.toml"

# Tables other parts of tearsheet read for themselves (collections, delivery, the build
# backend, site-generator folders); load_config keeps them in ``tables`` unchecked.
OTHER_TABLES = frozenset({"collections", "send", "build", "site", "import"})


@dataclass(frozen=True)
class Config:
    """Settings from tearsheet.toml; each one a command-line option can override."""

    theme: Path | None = None
    out: Path = Path("build")
    print: PrintSettings = field(default_factory=PrintSettings)
    ebook: EbookSettings = field(default_factory=EbookSettings)
    ignore: frozenset[str] = frozenset()
    tables: dict[str, Any] = field(default_factory=dict)
    allow_private_networks: bool = False
    # The site's static folders (``static = ["static", "assets"]``), where site-absolute image
    # paths in articles (/img/x.png) are found, tried in order.
    static: tuple[Path, ...] = ()


_PRINT_KEYS = {f.name for f in dataclasses.fields(PrintSettings)} - {"allow_remote"}
_EBOOK_KEYS = {f.name for f in dataclasses.fields(EbookSettings)} - {"allow_remote"}


def load_config(path: Path) -> Config:
    """Read tearsheet.toml; a missing file gives the defaults, a wrong value one clear line."""
    if not path.is_file():
        return Config()
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(path, f"invalid TOML: {error}") from None
    top = {k.replace("-", "_"): v for k, v in data.items() if not isinstance(v, dict)}
    printing = {**_table(data, "print", path), **{k: v for k, v in top.items() if k in _PRINT_KEYS}}
    ebook = _table(data, "ebook", path)
    values: dict[str, Any] = {"tables": {k: v for k, v in data.items() if k in OTHER_TABLES}}
    for key, value in top.items():
        if key in ("theme", "out"):
            if not isinstance(value, str):
                raise ContentError(path, f"'{key}': expected a folder name, got {value!r}")
            values[key] = (path.parent / value).resolve()
        elif key == "static":
            values[key] = _folders(path, key, value)
        elif key in ("allow_remote", "allow_private_networks"):
            _check_bool(path, key, value)
            if key == "allow_private_networks":
                values[key] = value
        elif key not in _PRINT_KEYS:
            raise ContentError(path, f"unknown setting '{key}'")
    known = OTHER_TABLES | {"print", "ebook", "warnings"}
    for table, value in data.items():
        if isinstance(value, dict) and table not in known:
            raise ContentError(path, f"unknown table [{table}]")
    remote = top.get("allow_remote", False)
    values["print"] = _settings(PrintSettings, printing, _PRINT_KEYS, path, remote)
    values["ebook"] = _settings(EbookSettings, ebook, _EBOOK_KEYS, path, remote)
    values["ignore"] = _ignored_codes(_table(data, "warnings", path), path)
    return Config(**values)


def _table(data: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ContentError(path, f"'{name}': expected a table [{name}]")
    return {key.replace("-", "_"): value for key, value in table.items()}


def _folders(path: Path, key: str, value: Any) -> tuple[Path, ...]:
    """A list of folder names, relative to tearsheet.toml's folder (one name alone is a list
    of one). A folder that does not exist is kept: it simply holds nothing, as a site
    generator treats a missing ``assets``."""
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise ContentError(path, f"'{key}': expected a list of folder names, got {value!r}")
    return tuple(dict.fromkeys((path.parent / name).resolve() for name in names))


def _check_bool(path: Path, key: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise ContentError(path, f"'{key}': expected true or false, got {value!r}")


def _settings(kind: type, table: dict[str, Any], keys: set[str], path: Path, remote: bool):
    for key, value in table.items():
        if key not in keys:
            raise ContentError(path, f"unknown setting '{key}'")
        default = getattr(kind(), key)
        if isinstance(default, bool):
            _check_bool(path, key, value)
        elif not isinstance(value, str):
            raise ContentError(path, f"'{key}': expected text, got {value!r}")
    try:
        return kind(**table, allow_remote=remote)
    except SettingError as error:
        raise ContentError(path, str(error)) from None


def _ignored_codes(table: dict[str, Any], path: Path) -> frozenset[str]:
    unknown = set(table) - {"ignore"}
    if unknown:
        raise ContentError(path, f"[warnings]: unknown setting '{sorted(unknown)[0]}'")
    codes = table.get("ignore", [])
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise ContentError(path, "[warnings] 'ignore': expected a list of warning codes")
    return frozenset(codes)
