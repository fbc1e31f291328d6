"""Front matter: the YAML between '---' lines read safely, and its fields looked up and checked
with errors that name the file, the line and the field."""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from tearsheet.errors import ContentError
from tearsheet.markup import scrub_text

# Each field and the spellings Jekyll, Hugo and Pandoc use for it, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title"),
    "date": ("date",),
    "dek": ("dek", "deck", "subtitle", "description", "summary", "excerpt"),
    "byline": ("byline", "author", "authors"),
    "dateline": ("dateline", "place", "where"),
    "source": ("source", "publisher"),
    "source_url": ("source_url", "canonical_url", "original_url"),
    "lang": ("lang", "language"),
    "tags": ("tags", "topics", "keywords"),
    "kicker": ("kicker", "overline"),
    "slug": ("slug",),
    "cover": ("cover", "cover_image"),
}

# Keys site generators use for their own purposes: accepted without a warning, not used.
SITE_KEYS = frozenset(
    """aliases categories draft expirydate expiryDate publishDate lastmod layout type url
    permalink weight images image featured_image primary_image thumbnail enabletoc toc
    menu series sitemap comments share published hidden redirect_from redirect_to
    translationKey og_image og-image twitter_handle lab when links color pattern members
    topic sub headless outputs markup""".split()
)

# Keys an article may not set for itself: remote fetching is the user's decision alone
# (--allow-remote or tearsheet.toml), never a pasted article's.
REFUSED_KEYS = frozenset({"allow_remote"})

# Keys whose value tearsheet uses: given twice, which one is meant is an error, not a guess.
READ_KEYS = frozenset(key for keys in FIELD_ALIASES.values() for key in keys) | {"draft"}

KNOWN_KEYS = (
    frozenset(key for keys in FIELD_ALIASES.values() for key in keys) | SITE_KEYS | REFUSED_KEYS
)

MAX_FRONT_MATTER_BYTES = 64 * 1024
# The longest text one front-matter field may hold (the corpus's longest dek is 662).
MAX_FIELD_CHARS = 4000

_DATE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


class YamlLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases (alias bombs), with timestamps left as text and
    YAML 1.2's booleans: front matter and collection files are read with it."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


YamlLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)
# YAML 1.2, as Hugo's and most site generators' parsers read it: only true and false are
# booleans ("title: No" or "lang: no" is text, not false).
YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass(frozen=True)
class FrontMatter:
    """The parsed front matter, with the line of each key for error messages."""

    values: dict[str, Any]
    lines: dict[str, int]
    body: str
    body_line: int
    # Keys tearsheet does not read that were given twice: (key, first line, second line).
    repeated: tuple[tuple[str, int, int], ...] = ()


def split_front_matter(text: str, path: Path) -> FrontMatter:
    """Split ``---``-fenced YAML front matter from the Markdown body and load it safely."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start == len(lines) or lines[start].rstrip() != "---":
        raise ContentError(
            path,
            "front matter: expected a '---' line at the top, then YAML, then '---'",
            start + 1 if start < len(lines) else None,
        )
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].rstrip() in ("---", "...")), None
    )
    if end is None:
        raise ContentError(path, "front matter: no closing '---' line", start + 1)
    # Trailing spaces and tabs, which Hugo's YAML 1.2 parser accepts and PyYAML does not.
    yaml_text = "\n".join(line.rstrip(" \t") for line in lines[start + 1 : end])
    if len(yaml_text.encode()) > MAX_FRONT_MATTER_BYTES:
        raise ContentError(path, f"front matter: over {MAX_FRONT_MATTER_BYTES:,} bytes", start + 1)
    offset = start + 2
    loader = None
    try:
        loader = YamlLoader(yaml_text)
        node = loader.get_single_node()
        values = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = offset + mark.line if mark else start + 1
        problem = error.problem or error.context or "invalid YAML"
        raise ContentError(path, f"front matter: invalid YAML: {problem}", line) from None
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        raise ContentError(path, f"front matter: invalid YAML: {error}", start + 1) from None
    finally:
        if loader is not None:
            loader.dispose()
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise ContentError(
            path,
            f"front matter: expected 'key: value' lines, got a {describe_kind(values)}",
            start + 1,
        )
    key_lines: dict[str, int] = {}
    repeated: list[tuple[str, int, int]] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key, line = str(key_node.value), offset + key_node.start_mark.line
            if key in key_lines and key not in READ_KEYS:
                # A site generator's own key, which tearsheet ignores anyway: a warning.
                repeated.append((key, key_lines[key], line))
            elif key in key_lines:
                raise ContentError(
                    path,
                    f"front matter: '{key}' is given twice (lines {key_lines[key]} and "
                    f"{line}); keep one",
                    line,
                )
            key_lines[key] = line
    return FrontMatter(
        {str(k): v for k, v in values.items()},
        key_lines,
        "\n".join(lines[end + 1 :]),
        end + 2,
        tuple(repeated),
    )


def describe_kind(value: Any) -> str:
    names = {list: "list", str: "string", int: "number", float: "number", bool: "true/false"}
    return names.get(type(value), type(value).__name__)


def shorten(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Fields:
    """Look up front-matter fields by their aliases and check their types."""

    def __init__(self, front: FrontMatter, path: Path):
        self.front = front
        self.path = path

    def key(self, field: str) -> str | None:
        return next((k for k in FIELD_ALIASES[field] if k in self.front.values), None)

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(
            self.path, f"front matter '{key}': {message}", self.front.lines.get(key)
        )

    def missing(self, field: str, message: str, hint: str = "") -> ContentError:
        """A required field is absent: name the unknown key that looks like a typo for it
        (``headlin:``), on that key's line, or else give ``hint``."""
        unknown = [key for key in self.front.values if key not in KNOWN_KEYS]
        for key in unknown:
            close = difflib.get_close_matches(key.lower(), FIELD_ALIASES[field], n=1)
            if close:
                return ContentError(
                    self.path,
                    f"front matter: {message} (did you mean '{close[0]}' for '{key}'?)",
                    self.front.lines.get(key),
                )
        return ContentError(self.path, f"front matter: {message} {hint}".rstrip())

    def text(self, field: str) -> str | None:
        key = self.key(field)
        if key is None:
            return None
        value = self.front.values[key]
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(
                key, f"expected text, got {describe_kind(value)} {shorten(value)} (quote it)"
            )
        if len(value) > MAX_FIELD_CHARS:
            # Smart punctuation goes through Python-Markdown, which is slower than linear on
            # some inputs: a field is bounded like the body's words are.
            raise self.error(key, f"{len(value):,} characters; the limit is {MAX_FIELD_CHARS:,}")
        cleaned = _plain(value)
        if value.strip() and not cleaned:
            raise self.error(key, "expected text, got only control characters")
        return cleaned or None

    def texts(self, field: str) -> tuple[str, ...]:
        key = self.key(field)
        if key is None or self.front.values[key] is None:
            return ()
        value = self.front.values[key]
        if isinstance(value, str):
            items = [value]
        elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            items = [str(v) for v in value if not isinstance(v, bool)]
        else:
            raise self.error(key, f"expected text or a list of text, got {describe_kind(value)}")
        cleaned = (_plain(item) for item in items)
        return tuple(item for item in cleaned if item)


def _plain(value: str) -> str:
    """A front-matter text as plain Unicode: HTML character references (``&#8217;``,
    ``&mdash;``, which exported WordPress and Hugo sites write) decoded, once, here, so every
    output shows the character; characters XML cannot hold removed; whitespace collapsed."""
    return " ".join(scrub_text(html.unescape(" ".join(value.split())))[0].split())


def parse_date(value: Any) -> tuple[dt.date, dt.datetime | None]:
    """Parse an ISO 8601 date or date-time; raise ValueError with the reason otherwise."""
    if isinstance(value, dt.datetime):
        return value.date(), value
    if isinstance(value, dt.date):
        return value, None
    if not isinstance(value, str) or not (match := _DATE.fullmatch(value.strip())):
        raise ValueError(f"expected YYYY-MM-DD, got {shorten(value)}")
    try:
        day = dt.date.fromisoformat(match["date"])
    except ValueError as error:
        raise ValueError(f"{match['date']} is not a date ({error})") from None
    if not match["time"]:
        return day, None
    tz = match["tz"] or ""
    if tz and tz != "Z" and ":" not in tz:
        tz = f"{tz[:3]}:{tz[3:]}"
    try:
        clock = match["time"] if match["time"][2:3] == ":" else f"0{match['time']}"
        moment = dt.datetime.fromisoformat(f"{match['date']}T{clock}{tz}")
    except ValueError as error:
        raise ValueError(f"{value.strip()} is not a date and time ({error})") from None
    return day, moment


# An address a front matter's source_url may hold.
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def is_web_url(value: str) -> bool:
    """An http(s) address every output can link: the shape, and one urlsplit can read
    ("http://[::1/x" passes the shape and then raises in the EPUB's writer)."""
    if not _URL.match(value):
        return False
    try:
        return bool(urlsplit(value).hostname)
    except ValueError:
        return False
