"""Content-addressed staleness: an output is rebuilt when a hash of what it depends on changed.

What an output depends on: the article's source file, the files it reads (its images, its
cover, the author and source profile pages it resolved), the theme's files, the settings of
its format, SOURCE_DATE_EPOCH, and the tool itself (its code and the versions of the
libraries that lay it out). Modification times play no part, so a fresh clone or a
``git checkout`` of another branch rebuilds only what really differs.

The record lives in the out folder (``.tearsheet-state.json``), one entry per output, written
only for outputs actually written. Each entry names its source and the hashes of its
dependencies, so an unchanged article is recognised without parsing it, and the outputs of
a deleted or renamed article can be found and removed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tearsheet import __version__
from tearsheet.article import Article
from tearsheet.errors import ContentError
from tearsheet.files import write_atomic
from tearsheet.frontmatter import FIELD_ALIASES, split_front_matter
from tearsheet.source import read_source

STATE_FILE = ".tearsheet-state.json"
# Each article's last page map (build.py), so an EPUB built after its PDF needs no layout.
PAGE_MAPS = ".tearsheet-pagemaps"
STATE_VERSION = 2
# The libraries whose versions change the bytes of an output.
LIBRARIES = ("weasyprint", "pydyf", "ebooklib", "markdown", "pillow", "fonttools", "jinja2")
_SOURCE_ATTRIBUTE = re.compile(r"""\ssrc\s*=\s*["']([^"']+)["']""")
_PROFILE_DEPTH = 6
_PROFILE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# folder_key's per-process memory, and how old a file's time stamp must be to be trusted.
_FOLDER_KEYS: dict[Path, tuple[list[tuple[str, int, int, int]], str]] = {}
_SETTLED_NS = 3_000_000_000


def hash_file(path: Path) -> str | None:
    """The SHA-256 of a regular file's bytes; None when it is missing, unreadable or not a
    regular file (a FIFO or a device is never read, so it never blocks the build)."""
    digest = hashlib.sha256()
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError):  # missing, unreadable, or a name no file can have
        return None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        return None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        except OSError:
            return None
    return digest.hexdigest()


def _hash_text(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


@cache
def tool_key() -> str:
    """The tool's identity: its version, its own code, and its layout libraries' versions."""
    package = Path(__file__).resolve().parent
    parts = [__version__]
    parts += [f"{path.name}={hash_file(path)}" for path in sorted(package.glob("*.py"))]
    for name in LIBRARIES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=none")
    return _hash_text(*parts)


def folder_key(folder: Path) -> str:
    """A hash of every file in a folder (a theme, a collection) by relative name and bytes.

    Each article's page-map key and the site's key name the theme, so the hash is kept per
    process while no file's name, size or modification time changes. As git does with its
    index, a file changed in the last seconds is not trusted to have a settled time stamp
    (a same-size rewrite within the clock's tick keeps it), and the hash is then not kept."""
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    signature = []
    for path in files:
        try:
            status = path.stat()
        except OSError:
            signature = None
            break
        signature.append((str(path), status.st_size, status.st_mtime_ns, status.st_ino))
    kept = _FOLDER_KEYS.get(folder)
    if signature is not None and kept is not None and kept[0] == signature:
        return kept[1]
    key = _hash_text(*(f"{path.relative_to(folder)}={hash_file(path)}" for path in files))
    settled = time.time_ns() - _SETTLED_NS
    if signature is not None and all(entry[2] < settled for entry in signature):
        _FOLDER_KEYS[folder] = (signature, key)
    return key


def _profile_candidates(path: Path, slug: str, pattern: str) -> list[Path]:
    """Where source.resolve_profile looks for a profile, up to and including the first found."""
    if not _PROFILE_SLUG.match(slug):
        return []
    candidates = []
    for folder in list(path.resolve().parents)[:_PROFILE_DEPTH]:
        candidate = folder / pattern.format(slug=slug)
        candidates.append(candidate)
        if candidate.is_file():
            break
    return candidates


def _profile_names(path: Path) -> tuple[list[str], list[str]]:
    """The byline and source names as written in the front matter (slugs, before the
    profile pages turned them into display names)."""
    try:
        values = split_front_matter(read_source(path), path).values
    except ContentError:
        return [], []

    def texts(field_name: str) -> list[str]:
        for key in FIELD_ALIASES[field_name]:
            value = values.get(key)
            if isinstance(value, str):
                return [value.strip()]
            if isinstance(value, list):
                return [item.strip() for item in value if isinstance(item, str)]
        return []

    return texts("byline"), texts("source")


def article_dependencies(article: Article) -> list[Path]:
    """The files an article's outputs are made from: its source, its local images (site-absolute
    ones in the static folders) and cover, and the author and source profile pages its
    byline and source may resolve to. A file that does not exist yet is one too when creating
    it would change the article: a profile (the byline), a shortcode's image (a figure)."""
    files = [article.path.resolve()]
    if article.cover:
        files.append(article.cover.resolve())
    folder = article.folder.resolve()
    for address in _SOURCE_ATTRIBUTE.findall(article.body):
        parts = urlsplit(address)
        if parts.scheme or parts.netloc or not parts.path:
            continue  # remote or data: nothing on disk to hash
        name = unquote(parts.path)
        if "\0" in name:
            continue  # refused by every renderer; no file can have such a name
        if name.startswith("/"):
            files += static_candidates(name, article.static)
            continue
        try:
            target = (folder / name).resolve()
        except (OSError, RuntimeError):  # a symlink loop, a name too long: not a dependency
            continue
        if target.is_relative_to(folder):
            files.append(target)
    files += article.sought
    authors, sources = _profile_names(article.path)
    for name in authors:
        files += _profile_candidates(article.path, name, "authors/{slug}/_index.md")
    for name in sources:
        files += _profile_candidates(article.path, name, "sources/source_{slug}.md")
    return list(dict.fromkeys(files))


def static_candidates(name: str, static: tuple[Path, ...]) -> list[Path]:
    """Where a site-absolute path (``/img/x.png``) is looked for, up to and including the
    static folder that holds it (resources.locate_local): a file created in an earlier
    folder later is a change, as is editing the one found. Nothing outside the folders."""
    candidates = []
    for root in static:
        try:
            target = (root / name.lstrip("/")).resolve()
            inside = target.is_relative_to(root.resolve())
        except (OSError, RuntimeError):
            continue
        if inside:
            candidates.append(target)
            if target.is_file():
                break
    return candidates


def output_key(dependencies: Mapping[str, str | None], context: str) -> str:
    """The key of one output: its dependencies' hashes and the context (tool, theme, settings)."""
    return _hash_text(
        context, *(f"{name}={digest}" for name, digest in sorted(dependencies.items()))
    )


def build_context(theme_key: str, fmt: str, settings: Mapping[str, object]) -> str:
    """Everything besides files that an output of ``fmt`` depends on."""
    return _hash_text(
        tool_key(),
        theme_key,
        fmt,
        json.dumps(dict(settings), sort_keys=True, default=str),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
    )


@dataclass
class Record:
    """What one output was last built from."""

    source: str
    fmt: str
    key: str
    dependencies: dict[str, str | None]
    settings: dict[str, object] = field(default_factory=dict)


class BuildState:
    """The records of one out folder: read at the start of a build, merged and saved at the end."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.records: dict[str, Record] = _read_records(out)
        self._written: dict[str, Record] = {}
        self._removed: set[str] = set()

    def _relative(self, path: Path) -> str:
        # abspath, not resolve: a symlink loop among the sources must not raise here (the
        # parser reports it as one line).
        return os.path.relpath(os.path.abspath(path), os.path.abspath(self.out))

    def _absolute(self, name: str) -> Path:
        return Path(os.path.abspath(self.out / name))

    def is_fresh(self, output: str, key: str) -> bool:
        """Whether ``output`` exists and was built from exactly ``key``."""
        record = self.records.get(output)
        if record is None or record.key != key:
            return False
        try:
            return (self.out / output).is_file()
        except OSError:  # a name too long for the file system, say: not built
            return False

    def outputs_of(self, source: Path) -> dict[str, Record]:
        """The outputs recorded for a source file."""
        name = self._relative(source)
        return {output: r for output, r in self.records.items() if r.source == name}

    def new_sources(self, sources: Iterable[Path]) -> list[Path]:
        """The sources with no output recorded: articles new to this out folder."""
        recorded = {record.source for record in self.records.values()}
        return [source for source in sources if self._relative(source) not in recorded]

    def unchanged(self, source: Path, contexts: Mapping[str, str]) -> bool:
        """Whether every requested format of ``source`` (``contexts``: format → context) was
        built from the same files and context: true means no need even to parse it."""
        recorded = self.outputs_of(source)
        by_format = {record.fmt: (output, record) for output, record in recorded.items()}
        for fmt, context in contexts.items():
            if fmt not in by_format:
                return False
            output, record = by_format[fmt]
            current = {name: hash_file(self._absolute(name)) for name in record.dependencies}
            if not self.is_fresh(output, output_key(current, context)):
                return False
        return True

    def key_for(self, dependencies: Iterable[Path], context: str) -> tuple[str, dict]:
        """The key of an output made from these files in this context, and the hashes."""
        hashes = {self._relative(path): hash_file(path) for path in dependencies}
        return output_key(hashes, context), hashes

    def record(
        self,
        output: str,
        source: Path,
        fmt: str,
        dependencies: Iterable[Path],
        context: str,
        settings: Mapping[str, object],
    ) -> None:
        """Note that ``output`` was just written (call only for outputs really written)."""
        key, hashes = self.key_for(dependencies, context)
        record = Record(self._relative(source), fmt, key, hashes, dict(settings))
        self.records[output] = self._written[output] = record
        self._removed.discard(output)

    def orphans(self, sources: Iterable[Path], current: Iterable[str]) -> list[str]:
        """Outputs to remove: those of source files that no longer exist, and those of this
        build's sources that the sources no longer produce (a changed slug)."""
        built = {self._relative(path) for path in sources}
        keep = set(current)
        return sorted(
            output
            for output, record in self.records.items()
            if output not in keep
            and (record.source in built or not self._absolute(record.source).exists())
        )

    def remove(self, output: str) -> Path:
        """Delete an orphaned output and its record; return the path removed."""
        path = self.out / output
        path.unlink(missing_ok=True)
        (self.out / PAGE_MAPS / f"{output.split('.')[0]}.json").unlink(missing_ok=True)
        self.records.pop(output, None)
        self._written.pop(output, None)
        self._removed.add(output)
        return path

    def save(self) -> None:
        """Merge this build's records into the file as it is now (another build may have
        written it meanwhile) and write it atomically."""
        if not self._written and not self._removed:
            return
        records = _read_records(self.out)
        records.update(self._written)
        for output in self._removed:
            records.pop(output, None)
        state = {
            "version": STATE_VERSION,
            "outputs": {name: vars(record) for name, record in sorted(records.items())},
        }
        write_atomic(self.out / STATE_FILE, json.dumps(state, indent=1).encode())


def _read_records(out: Path) -> dict[str, Record]:
    try:
        state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
        outputs = state["outputs"] if state.get("version") == STATE_VERSION else {}
        return {name: Record(**fields) for name, fields in outputs.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # no record, or an older or damaged one: everything is rebuilt once


ARTICLE_CACHE = ".tearsheet-articles.json"


def _encode(value: object) -> object:
    """An Article field as JSON; TypeError for a type the cache does not know."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Path):
        return {"path": str(value)}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return {"tuple": [_encode(item) for item in value]}
    raise TypeError(type(value).__name__)


def _decode(value: object) -> object:
    if not isinstance(value, dict):
        return value
    ((kind, content),) = value.items()
    if kind == "path":
        return Path(content)
    if kind == "datetime":
        return dt.datetime.fromisoformat(content)
    if kind == "date":
        return dt.date.fromisoformat(content)
    return tuple(_decode(item) for item in content)


class ArticleCache:
    """Parsed articles by source, each with the key of the files it was parsed from, so a
    build that publishes every article (collections, the site) need not parse the unchanged
    ones again. Kept in the out folder; a damaged or outdated file is simply ignored."""

    def __init__(self, out: Path, context: str = "") -> None:
        self.out = out
        # What else parsing depends on (the static folders): another context, another parse.
        self.context = context
        self._entries: dict[str, dict] = {}
        self._loaded = False
        self._dirty = False

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            data = json.loads((self.out / ARTICLE_CACHE).read_text(encoding="utf-8"))
            if data.get("tool") == tool_key() and isinstance(data.get("articles"), dict):
                self._entries = data["articles"]
        except (OSError, ValueError, AttributeError):
            self._entries = {}

    def _key(self, dependencies: Iterable[str]) -> str:
        hashes = {name: hash_file(Path(name)) for name in dependencies}
        return output_key(hashes, _hash_text(tool_key(), self.context))

    def get(self, source: Path) -> Article | None:
        """The cached article of ``source`` if nothing it was parsed from has changed."""
        self._load()
        entry = self._entries.get(os.path.abspath(source))
        if not entry:
            return None
        try:
            names = {field_.name for field_ in dataclasses.fields(Article)}
            fields = {name: _decode(value) for name, value in entry["fields"].items()}
            if set(fields) != names:
                return None
            article = Article(**fields)
        except (KeyError, TypeError, ValueError):
            return None
        # The files it was parsed from, as recorded: hashing them needs no parse (the list
        # itself follows from the source, which is one of them).
        dependencies = entry.get("dependencies")
        if not isinstance(dependencies, list) or self._key(dependencies) != entry.get("key"):
            return None
        return dataclasses.replace(article, path=source)

    def put(self, article: Article) -> None:
        """Remember a freshly parsed article."""
        self._load()
        try:
            fields = {
                field_.name: _encode(getattr(article, field_.name))
                for field_ in dataclasses.fields(Article)
            }
        except TypeError:
            return  # a field the cache cannot keep: parse this one every time
        dependencies = [str(path) for path in article_dependencies(article)]
        self._entries[os.path.abspath(article.path)] = {
            "key": self._key(dependencies),
            "dependencies": dependencies,
            "fields": fields,
        }
        self._dirty = True

    def save(self) -> None:
        if self._dirty:
            entries = {name: e for name, e in self._entries.items() if Path(name).exists()}
            data = {"tool": tool_key(), "articles": entries}
            write_atomic(self.out / ARTICLE_CACHE, json.dumps(data).encode())
