"""Hugo's ref and relref links between articles: marked in the body at parse, resolved against
the articles of one build (a value, not the file system), and written for each format."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from tearsheet.article import Article
from tearsheet.errors import Notice

# A ref as parsing leaves it: a relative link no real article writes, with the line of the
# shortcode in the source and the target as written, e.g. ".tearsheet-ref/12/news%2Fx.md".
REF_PREFIX = ".tearsheet-ref/"
_MARKER = re.compile(
    r'<a\b(?P<before>[^>]*?)\shref="\.tearsheet-ref/(?P<line>\d{1,9})/(?P<target>[^"/]*)"'
    r"(?P<after>[^>]*)>(?P<text>.*?)</a>",
    re.DOTALL,
)


def ref_address(line: int, target: str) -> str:
    """The address parsing gives a ref to ``target`` written on ``line`` of the source."""
    return f"{REF_PREFIX}{line}/{quote(target.strip(), safe='')}"


@dataclass(frozen=True)
class RefTarget:
    """An article a ref can point to: its source file, its slug (its outputs' names) and the
    address it was published at, if it says."""

    path: str
    slug: str
    source_url: str | None = None


def index_articles(articles: Iterable[Article]) -> dict[str, RefTarget]:
    """The articles of a build by the POSIX path of their source, for resolving refs."""
    return {
        Path(article.path).absolute().as_posix(): RefTarget(
            Path(article.path).absolute().as_posix(), article.slug, article.source_url
        )
        for article in articles
    }


def has_refs(body: str) -> bool:
    return REF_PREFIX in body


def find_refs(body: str) -> list[tuple[int, str]]:
    """Each ref in a body: the line it was written on and its target as written."""
    return [(int(m["line"]), unquote(m["target"])) for m in _MARKER.finditer(body)]


def _variants(path: str) -> list[str]:
    """The content files a Hugo ref path may name: ``x.md`` itself, or ``x`` as ``x.md``, or
    a page bundle ``x/index.md``."""
    path = path.strip().rstrip("/")
    if path.endswith((".md", ".markdown")):
        return [path]
    return [f"{path}.md", f"{path}/index.md", f"{path}.markdown"]


def resolve_ref(target: str, source: Path, index: Mapping[str, RefTarget]) -> RefTarget | None:
    """The article a ref names, as Hugo finds it, among ``index`` (this build's articles):

    - ``#anchor`` alone: the article itself;
    - ``/news/2019/x``: from the content folder (any article whose path ends so; one under a
      folder named ``content`` first);
    - ``x.md`` or ``2019/x``: beside the article first, then anywhere, when only one
      article's path ends so (Hugo's lookup by logical name).

    None when it is in none, or the name is ambiguous.
    """
    own = Path(source).absolute().as_posix()
    path = target.partition("#")[0].partition("?")[0].strip()
    if not path:
        return index.get(own)
    variants = _variants(path.lstrip("/"))
    if not path.startswith("/"):
        folder = posixpath.dirname(own)
        for variant in variants:
            found = index.get(posixpath.normpath(posixpath.join(folder, variant)))
            if found is not None:
                return found
    for variant in variants:
        matches = [key for key in index if key.endswith("/" + variant)]
        if path.startswith("/"):
            content = [key for key in matches if key.endswith("/content/" + variant)]
            matches = content or matches
        if len(matches) == 1:
            return index[matches[0]]
    return None


def resolve_refs(article: Article, index: Mapping[str, RefTarget]) -> dict[str, RefTarget | None]:
    """Each ref target the article writes, with the article it names in this build."""
    return {
        target: resolve_ref(target, article.path, index) for _, target in find_refs(article.body)
    }


def unresolved_refs(article: Article, targets: Mapping[str, RefTarget | None]) -> list[Notice]:
    """One warning, with its line, for each ref whose target is not in this build."""
    return [
        Notice(
            article.path,
            f"ref {target!r} names no article of this build; its text is kept",
            line,
            code="ref-unresolved",
        )
        for line, target in find_refs(article.body)
        if targets.get(target) is None
    ]


def link_refs(
    body: str, slug: str, targets: Mapping[str, RefTarget | None], web: bool = True
) -> str:
    """The body with each ref as a link a reader can follow, or as its text alone.

    On the web page (``web``) a ref links to the target's web page beside it (``x.html``,
    with the anchor). The PDF and the EPUB travel alone, where a link to a file beside them
    would break: they link to the target's published address (its ``source_url``) when it has
    one, and otherwise keep the text. A ref to an anchor of the article itself stays in it.
    """
    if not has_refs(body):
        return body

    def link(match: re.Match[str]) -> str:
        target = unquote(match["target"])
        found = targets.get(target)
        anchor = target.partition("#")[2]
        fragment = f"#{quote(anchor, safe='')}" if anchor else ""
        if found is None:
            return match["text"]
        if found.slug == slug:
            href = fragment
        elif web:
            href = f"{quote(found.slug)}.html{fragment}"
        else:
            href = f"{found.source_url}{fragment}" if found.source_url else ""
        if not href:
            return match["text"]
        address = html.escape(href, quote=True)
        return f'<a{match["before"]} href="{address}"{match["after"]}>{match["text"]}</a>'

    return _MARKER.sub(link, body)


def unlink_refs(body: str) -> str:
    """Every ref not resolved by the build as its text alone (a collection book, a preview)."""
    return link_refs(body, "", {}) if has_refs(body) else body
