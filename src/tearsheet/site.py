"""The downloads site in build/: index.html, pages per tag, pagination and an Atom feed."""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from lxml import etree

from tearsheet.article import Article
from tearsheet.collection import Collection, book_date, order_articles
from tearsheet.html import format_article_date, template_environment
from tearsheet.source import slugify
from tearsheet.theme import Theme

PAGE_SIZE = 50
FEED_SIZE = 20
WORDS_PER_MINUTE = 230
CJK_CHARACTERS_PER_MINUTE = 500
ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPES = {
    "html": "text/html",
    "pdf": "application/pdf",
    "epub": "application/epub+zip",
    "kepub": "application/kepub+zip",
}
LABELS = {"pdf": "PDF", "epub": "EPUB", "kepub": "Kobo EPUB"}
SUFFIXES = {"html": ".html", "pdf": ".pdf", "epub": ".epub", "kepub": ".kepub.epub"}


@dataclass(frozen=True)
class SiteSettings:
    """The ``[site]`` table of tearsheet.toml: the site's name and language."""

    title: str = "Articles"
    lang: str = "en"


def load_site_settings(config: Path | None) -> SiteSettings:
    """Read ``[site] title, lang``; a missing or broken file gives the defaults (load_config
    reports a broken tearsheet.toml)."""
    if config is None or not config.is_file():
        return SiteSettings()
    try:
        table = tomllib.loads(config.read_text(encoding="utf-8")).get("site", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return SiteSettings()
    if not isinstance(table, dict):
        return SiteSettings()
    title, lang = table.get("title"), table.get("lang")
    return SiteSettings(
        title=title.strip() if isinstance(title, str) and title.strip() else "Articles",
        lang=lang
        if isinstance(lang, str) and re.fullmatch(r"[A-Za-z]{2,3}(-\w+)*", lang)
        else "en",
    )


@dataclass(frozen=True)
class Download:
    """One file a reader can download, with its size as built."""

    kind: str
    href: str
    size: int

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def size_text(self) -> str:
        return format_size(self.size)


@dataclass(frozen=True)
class Tag:
    """A tag as the site shows it; tags differing only in case share one page."""

    slug: str
    name: str
    count: int = 0


@dataclass(frozen=True)
class Entry:
    """An article as the site lists it: page, downloads, reading time, tags."""

    article: Article
    page: str | None
    downloads: tuple[Download, ...]
    minutes: int
    tags: tuple[Tag, ...] = ()

    @property
    def kicker(self) -> str | None:
        return self.article.kicker or self.article.source

    @property
    def date_text(self) -> str:
        return format_article_date(self.article.date, self.article.lang)


@dataclass(frozen=True)
class Book:
    """A collection with its members and its built PDF and EPUB."""

    collection: Collection
    members: tuple[Entry, ...]
    downloads: tuple[Download, ...] = ()

    @property
    def date(self) -> dt.date:
        return book_date(self.collection, [entry.article for entry in self.members])

    @property
    def date_text(self) -> str:
        return format_article_date(self.date, self.collection.lang or "en")


def format_size(size: int) -> str:
    """A file size as people read it: 930 bytes, 48 kB, 1.2 MB (decimal units)."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{round(size / 1000)} kB"
    return f"{size / 1_000_000:.1f} MB"


def reading_minutes(article: Article) -> int:
    """Minutes to read the body: words at 230 a minute, Chinese, Japanese and Korean
    characters at 500."""
    text = re.sub(r"<[^>]+>", " ", article.body)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text))
    words = len(re.findall(r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+", text))
    return max(1, math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE))


def tag_slug(name: str) -> str:
    """A file name for a tag page: any script transliterated, else a stable hash."""
    return slugify(name.casefold())


def find_downloads(stem: str, out: Path, kinds: Sequence[str] = ("pdf", "epub", "kepub")) -> tuple:
    """The built files named ``stem`` in ``out``, with their sizes."""
    found = []
    for kind in kinds:
        path = out / f"{stem}{SUFFIXES[kind]}"
        if path.is_file():
            found.append(Download(kind, path.name, path.stat().st_size))
    return tuple(found)


def article_links(article: Article, formats: Sequence[str]) -> dict[str, str | None]:
    """What an article page's download bar links to (``site_links`` in article.html): every
    key present (the template's undefined values are strict), None for a format not built."""
    links: dict[str, str | None] = {"index": "index.html"}
    for kind in ("pdf", "epub"):
        links[kind] = f"{article.slug}.{kind}" if kind in formats else None
    return links


def collect_tags(articles: Sequence[Article]) -> list[Tag]:
    """Every tag with the number of its articles, by name; case variants merge under the
    newest article's spelling."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for article in order_articles(articles):
        for slug in {tag_slug(tag): tag for tag in article.tags}:
            counts[slug] = counts.get(slug, 0) + 1
        for tag in article.tags:
            names.setdefault(tag_slug(tag), tag)
    return sorted(
        (Tag(slug, names[slug], counts[slug]) for slug in names),
        key=lambda tag: (tag.name.casefold(), tag.slug),
    )


def make_entries(articles: Sequence[Article], out: Path) -> list[Entry]:
    """Site entries, newest first, for the articles whose outputs are in ``out``."""
    entries = []
    for article in order_articles(articles):
        page = f"{article.slug}.html"
        tags = tuple({tag_slug(t): Tag(tag_slug(t), t) for t in article.tags}.values())
        entries.append(
            Entry(
                article,
                page if (out / page).is_file() else None,
                find_downloads(article.slug, out),
                reading_minutes(article),
                tags,
            )
        )
    return entries


def make_books(
    books: Sequence[tuple[Collection, Sequence[Article]]], entries: Sequence[Entry], out: Path
) -> list[Book]:
    by_slug = {entry.article.slug: entry for entry in entries}
    return [
        Book(
            collection,
            tuple(by_slug[a.slug] for a in members if a.slug in by_slug),
            find_downloads(collection.name, out, ("pdf", "epub")),
        )
        for collection, members in books
    ]


@dataclass
class _Page:
    number: int
    href: str
    current: bool = False


@dataclass(frozen=True)
class SiteInput:
    """Everything the site is made of, gathered from build/ beforehand (pure rendering)."""

    settings: SiteSettings
    entries: tuple[Entry, ...]
    books: tuple[Book, ...] = ()
    tags: tuple[Tag, ...] = field(default=())


def _page_name(base: str, number: int) -> str:
    """``index.html``, ``index.page-2.html``: slugs have no dots, so no article or tag page
    can take a pagination page's name."""
    return f"{base}.html" if number == 1 else f"{base}.page-{number}.html"


def _template(theme: Theme) -> jinja2.Template:
    return template_environment(theme.templates).get_template("site.html")


def _render_list(
    site: SiteInput,
    theme: Theme,
    *,
    base: str,
    root: str,
    heading: str,
    intro: str,
    list_heading: str,
    entries: Sequence[Entry],
    books: Sequence[Book],
    is_tag_page: bool,
) -> dict[str, bytes]:
    template = _template(theme)
    css = theme.read("site.css") if theme.stylesheet("site.css").is_file() else ""
    count = max(1, math.ceil(len(entries) / PAGE_SIZE))
    name = base.rsplit("/", 1)[-1]
    pages = {}
    for number in range(1, count + 1):
        links = [_Page(n, _page_name(name, n), n == number) for n in range(1, count + 1)]
        title = heading if number == 1 else f"{heading}, page {number} of {count}"
        html = template.render(
            site=site.settings,
            title=title if heading == site.settings.title else f"{title} · {site.settings.title}",
            heading=title,
            intro=intro,
            list_heading=list_heading,
            root=root,
            css=css,
            books=books if number == 1 else (),
            entries=entries[(number - 1) * PAGE_SIZE : number * PAGE_SIZE],
            pages=links,
            previous=_page_name(name, number - 1) if number > 1 else None,
            next=_page_name(name, number + 1) if number < count else None,
            tags=site.tags,
            is_tag_page=is_tag_page,
        )
        pages[_page_name(base, number)] = html.encode("utf-8")
    return pages


def render_site(site: SiteInput, theme: Theme) -> dict[str, bytes]:
    """Every page of the site and its feed, by path relative to build/."""
    count = len(site.entries)
    files = _render_list(
        site,
        theme,
        base="index",
        root="",
        heading=site.settings.title,
        intro=f"{count} article{'' if count == 1 else 's'}, newest first, each as a web page, "
        "a PDF to print and an EPUB for e-readers.",
        list_heading="Articles",
        entries=site.entries,
        books=site.books,
        is_tag_page=False,
    )
    for tag in site.tags:
        tagged = [e for e in site.entries if any(t.slug == tag.slug for t in e.tags)]
        files.update(
            _render_list(
                site,
                theme,
                base=f"tags/{tag.slug}",
                root="../",
                heading=f"Tagged “{tag.name}”",
                intro=f"{len(tagged)} article{'' if len(tagged) == 1 else 's'} tagged "
                f"“{tag.name}”, newest first.",
                list_heading="Articles",
                entries=tagged,
                books=(),
                is_tag_page=True,
            )
        )
    files["feed.xml"] = render_feed(site)
    return files


def atom_time(article: Article) -> str:
    """The article's publication time in RFC 3339; a date alone is midnight UTC."""
    moment = article.published or dt.datetime.combine(article.date, dt.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat().replace("+00:00", "Z")


def article_id(article: Article) -> str:
    """A permanent Atom id for the article, from its slug."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'tearsheet:article:' + article.slug)}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str):
    element = etree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def add_authors(entry: etree._Element, article: Article) -> None:
    for name in article.byline or ((article.source,) if article.source else ()):
        _sub(_sub(entry, "author"), "name", name)


def render_feed(site: SiteInput) -> bytes:
    """An Atom feed of the latest articles, linking each page and its downloads."""
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", site.settings.lang)
    _sub(feed, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'tearsheet:site:feed')}")
    _sub(feed, "title", site.settings.title)
    latest = site.entries[:FEED_SIZE]
    updated = max((atom_time(e.article) for e in latest), default="1970-01-01T00:00:00Z")
    _sub(feed, "updated", updated)
    _sub(_sub(feed, "author"), "name", site.settings.title)
    _sub(feed, "link", rel="self", href="feed.xml", type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href="index.html", type="text/html")
    _sub(feed, "generator", "tearsheet")
    for item in latest:
        article = item.article
        entry = _sub(feed, "entry")
        entry.set("{http://www.w3.org/XML/1998/namespace}lang", article.lang)
        _sub(entry, "id", article_id(article))
        _sub(entry, "title", article.headline)
        _sub(entry, "updated", atom_time(article))
        _sub(entry, "published", atom_time(article))
        add_authors(entry, article)
        for tag in article.tags:
            _sub(entry, "category", term=tag)
        if item.page:
            _sub(entry, "link", rel="alternate", href=item.page, type="text/html")
        for download in item.downloads:
            _sub(
                entry,
                "link",
                rel="enclosure",
                href=download.href,
                type=download.media_type,
                length=str(download.size),
                title=f"{download.label}: {article.headline}",
            )
        summary = article.dek or (f"{article.source}, {item.date_text}" if article.source else "")
        if summary:
            _sub(entry, "summary", summary)
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)
