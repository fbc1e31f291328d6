"""Collections: named, ordered sets of articles (a weekly book) from YAML or tearsheet.toml."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tearsheet.article import Article
from tearsheet.errors import ContentError
from tearsheet.files import FileReadError, read_bounded
from tearsheet.frontmatter import YamlLoader, parse_date
from tearsheet.source import COVER_SUFFIXES, display_path

COLLECTIONS_FOLDER = "collections"
SUFFIXES = (".yaml", ".yml")
MAX_COLLECTION_BYTES = 256 * 1024
ORDERS = ("newest", "oldest")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KEYS = frozenset(
    """title subtitle editor date description cover slugs articles tags since until source
    lang order limit""".split()
)


@dataclass(frozen=True)
class Collection:
    """One collection book: its metadata and the rules that pick and order its articles.

    ``slugs`` are taken in the order given; a selection (any of ``tags``, ``since``/``until``,
    ``source``, ``lang``) then adds the other matching articles, ``order`` first, at most
    ``limit`` of them.
    """

    name: str
    path: Path
    title: str
    subtitle: str | None = None
    editor: str | None = None
    date: dt.date | None = None
    description: str | None = None
    cover: Path | None = None
    slugs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    lang: str | None = None
    order: str = "newest"
    limit: int | None = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def selects(self) -> bool:
        """Whether the collection adds articles by a rule, besides its explicit slugs."""
        return bool(self.tags or self.since or self.until or self.source or self.lang)

    def error(self, message: str, *keys: str) -> ContentError:
        """A one-line error naming the collection's file (and the line of the first of
        ``keys`` whose line is known)."""
        line = next((self.lines[key] for key in keys if key in self.lines), None)
        return ContentError(display_path(self.path), f"collection '{self.name}': {message}", line)


def _matches(collection: Collection, article: Article) -> bool:
    if collection.tags:
        wanted = {tag.casefold() for tag in collection.tags}
        if not wanted & {tag.casefold() for tag in article.tags}:
            return False
    if collection.since and article.date < collection.since:
        return False
    if collection.until and article.date > collection.until:
        return False
    if collection.source and (article.source or "").casefold() != collection.source.casefold():
        return False
    if collection.lang:
        wanted_lang = collection.lang.casefold()
        lang = article.lang.casefold()
        if lang != wanted_lang and lang.split("-")[0] != wanted_lang:
            return False
    return True


def _sort_key(article: Article) -> tuple[dt.datetime, str]:
    moment = article.published or dt.datetime.combine(article.date, dt.time())
    return moment.replace(tzinfo=None), article.slug


def order_articles(articles: Iterable[Article], order: str = "newest") -> list[Article]:
    """Articles by publication date (then slug, so equal dates keep a stable order)."""
    return sorted(articles, key=_sort_key, reverse=order == "newest")


def select_articles(collection: Collection, articles: Sequence[Article]) -> list[Article]:
    """The collection's members in book order; a missing slug or an empty result raises
    ContentError naming the collection file and the slug."""
    by_slug = {article.slug: article for article in articles}
    chosen: list[Article] = []
    taken: set[str] = set()
    for slug in collection.slugs:
        if slug not in by_slug:
            raise collection.error(
                f"no article with slug '{slug}'", f"slug:{slug}", "slugs", "articles"
            )
        if slug not in taken:
            taken.add(slug)
            chosen.append(by_slug[slug])
    if collection.selects:
        picked = [a for a in articles if a.slug not in taken and _matches(collection, a)]
        picked = order_articles(picked, collection.order)
        chosen.extend(picked[: collection.limit] if collection.limit else picked)
    if not chosen:
        raise collection.error("selects no articles (check its tags, dates, source and lang)")
    return chosen


def book_identifier(collection: Collection, members: Sequence[Article]) -> str:
    """A urn:uuid stable across rebuilds that changes when the membership changes."""
    key = "\n".join([collection.name, *(article.slug for article in members)])
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'tearsheet:collection:' + key)}"


def book_date(collection: Collection, members: Sequence[Article]) -> dt.date:
    """The collection's own date, or its newest member's (never the clock: reproducible)."""
    return collection.date or max(article.date for article in members)


def fingerprint(collection: Collection, members: Sequence[Article]) -> str:
    """What the collection's books depend on besides file times: its settings and members."""
    text = repr((collection, [article.slug for article in members]))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _key_lines(node: Any) -> dict[str, int]:
    """The line of each top-level key, and of each listed slug (``slug:<slug>``)."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        key = str(key_node.value)
        lines[key] = key_node.start_mark.line + 1
        if key in ("slugs", "articles") and isinstance(value_node, yaml.SequenceNode):
            for item in value_node.value:
                if isinstance(item, yaml.ScalarNode):
                    lines.setdefault(f"slug:{item.value}", item.start_mark.line + 1)
    return lines


def _read_yaml(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    shown = display_path(path)
    try:
        text = read_bounded(path, MAX_COLLECTION_BYTES).decode("utf-8-sig")
    except FileReadError as error:
        raise ContentError(shown, str(error)) from None
    except UnicodeDecodeError:
        raise ContentError(shown, "not UTF-8 (save the file as UTF-8)") from None
    loader = YamlLoader(text)
    try:
        node = loader.get_single_node()
        values = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        line = mark.line + 1 if mark else None
        raise ContentError(shown, f"invalid YAML: {problem}", line) from None
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        raise ContentError(shown, f"invalid YAML: {error}") from None
    finally:
        loader.dispose()
    if not isinstance(values, dict):
        raise ContentError(shown, "expected 'key: value' lines (title, slugs, tags...)")
    return {str(key): value for key, value in values.items()}, _key_lines(node)


class _Fields:
    """Type-checked access to one collection's raw values, errors naming file and line."""

    def __init__(self, name: str, path: Path, values: dict[str, Any], lines: dict[str, int]):
        self.name, self.path, self.values, self.lines = name, path, values, lines

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(
            display_path(self.path),
            f"collection '{self.name}': '{key}': {message}",
            self.lines.get(key),
        )

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(key, f"expected text, got {type(value).__name__}")
        return " ".join(str(value).split()) or None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.values.get(key)
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str | int) for i in items):
            raise self.error(key, "expected a list of names")
        return tuple(dict.fromkeys(str(item).strip() for item in items if str(item).strip()))

    def date(self, key: str) -> dt.date | None:
        value = self.values.get(key)
        if value is None:
            return None
        try:
            return parse_date(value)[0]
        except ValueError as error:
            raise self.error(key, str(error)) from None


def parse_collection(
    name: str, path: Path, values: dict[str, Any], lines: dict[str, int] | None = None
) -> Collection:
    """Check one collection's values; raise ContentError on the first problem."""
    lines = lines or {}
    fields = _Fields(name, path, values, lines)
    if not _NAME.match(name):
        raise ContentError(
            display_path(path),
            f"collection name '{name}': use lower-case letters, digits, '-' and '_' "
            "(it names build/<name>.pdf and .epub)",
        )
    unknown = sorted(set(values) - _KEYS)
    if unknown:
        raise fields.error(unknown[0], f"unknown key (expected one of {', '.join(sorted(_KEYS))})")
    title = fields.text("title")
    if not title:
        raise ContentError(
            display_path(path), f"collection '{name}': 'title' is missing", lines.get("title")
        )
    slug_key = "slugs" if "slugs" in values else "articles"
    order = fields.text("order") or "newest"
    if order not in ORDERS:
        raise fields.error("order", f"expected newest or oldest, got {order!r}")
    limit = values.get("limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise fields.error("limit", f"expected a whole number above 0, got {limit!r}")
    since, until = fields.date("since"), fields.date("until")
    if since and until and since > until:
        raise fields.error("until", f"{until} is before 'since' ({since})")
    lang = fields.text("lang")
    if lang and not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", lang):
        raise fields.error("lang", f"expected a language tag like 'en' or 'pt-BR', got {lang!r}")
    collection = Collection(
        name=name,
        path=path,
        title=title,
        subtitle=fields.text("subtitle"),
        editor=fields.text("editor"),
        date=fields.date("date"),
        description=fields.text("description"),
        cover=_cover(fields),
        slugs=fields.texts(slug_key),
        tags=fields.texts("tags"),
        since=since,
        until=until,
        source=fields.text("source"),
        lang=lang,
        order=order,
        limit=limit,
        lines=lines,
    )
    if not collection.slugs and not collection.selects:
        raise ContentError(
            display_path(path),
            f"collection '{name}': name its articles with 'slugs', or select them with "
            "'tags', 'since', 'until', 'source' or 'lang'",
        )
    return collection


def _cover(fields: _Fields) -> Path | None:
    name = fields.text("cover")
    if name is None:
        return None
    folder = fields.path.parent.resolve()
    target = (folder / name).resolve()
    if not target.is_relative_to(folder) or target.suffix.lower() not in COVER_SUFFIXES:
        raise fields.error("cover", f"expected a .jpg or .png beside the file, got {name!r}")
    if not target.is_file():
        raise fields.error("cover", f"no such file {name!r}")
    return target


@dataclass
class Loaded:
    """Every collection that was read, and one error per collection that was not."""

    collections: list[Collection] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)


def collection_files(folders: Iterable[Path]) -> list[Path]:
    """The ``collections/*.yaml`` files inside the given content folders."""
    found: list[Path] = []
    for folder in folders:
        place = folder / COLLECTIONS_FOLDER
        if place.is_dir():
            found.extend(sorted(p for p in place.iterdir() if p.suffix in SUFFIXES and p.is_file()))
    return found


def load_collections(folders: Iterable[Path], config: Path | None = None) -> Loaded:
    """Read the collections in ``<folder>/collections/`` and the ``[collections]`` table of
    tearsheet.toml. A bad collection is an error of its own; the others still load."""
    loaded = Loaded()
    seen: dict[str, Path] = {}

    def add(name: str, path: Path, read: Any) -> None:
        try:
            values, lines = read()
            collection = parse_collection(name, path, values, lines)
        except ContentError as error:
            loaded.errors.append(error)
            return
        if name in seen:
            loaded.errors.append(
                ContentError(
                    display_path(path),
                    f"collection '{name}' is already defined in {display_path(seen[name])}",
                )
            )
            return
        seen[name] = path
        loaded.collections.append(collection)

    for path in collection_files(folders):
        add(path.stem, path, lambda path=path: _read_yaml(path))
    if config is not None and config.is_file():
        for name, values in _config_tables(config):
            add(name, config, lambda values=values: values)
    return loaded


def _config_tables(config: Path) -> list[tuple[str, tuple[dict[str, Any], dict[str, int]]]]:
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return []  # load_config reports a broken tearsheet.toml
    tables = data.get("collections", {})
    if not isinstance(tables, dict):
        return []
    found = []
    for name, values in tables.items():
        if isinstance(values, dict):
            lines = _toml_lines(config, name)
            found.append((str(name), ({str(k): v for k, v in values.items()}, lines)))
    return found


def _toml_lines(config: Path, name: str) -> dict[str, int]:
    """The line of each key in the ``[collections.<name>]`` table (tomllib keeps no marks);
    keys not found get the table header's line."""
    header = re.compile(rf"^\s*\[\s*collections\s*\.\s*\"?{re.escape(name)}\"?\s*\]")
    key_line = re.compile(r"^\s*\"?([A-Za-z0-9_-]+)\"?\s*=")
    lines: dict[str, int] = {}
    start = None
    for number, line in enumerate(config.read_text(encoding="utf-8").splitlines(), 1):
        if start is None:
            start = number if header.match(line) else None
        elif line.lstrip().startswith("["):
            break
        elif match := key_line.match(line):
            lines.setdefault(match[1], number)
    if start is None:
        return {}
    return {**dict.fromkeys(sorted(_KEYS), start), **lines}
