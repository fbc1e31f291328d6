"""Markdown and inline text → sanitised HTML, with the language's smart punctuation."""

from __future__ import annotations

import html
import re
import secrets
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import markdown
import nh3
from markdown.extensions import Extension, toc
from markdown.treeprocessors import Treeprocessor

from tearsheet.bounds import TAG, VOID_TAGS, bound_html, clamp_indentation
from tearsheet.language import language_of
from tearsheet.structure import (
    close_heading_gaps,
    demote_empty_headers,
    drop_empty_headings,
    drop_empty_links,
)
from tearsheet.typography import (
    CLOSE_DOUBLE,
    CLOSE_SINGLE,
    DASH,
    OPEN_DOUBLE,
    OPEN_SINGLE,
    PLACEHOLDERS,
    apply_typography,
)

# Smarty marks quotes and `--` with placeholders; typography.py sets each language's marks.
# `---` is always an em dash.
_SUBSTITUTIONS = {
    "ndash": DASH,
    "mdash": "&mdash;",
    "left-double-quote": OPEN_DOUBLE,
    "right-double-quote": CLOSE_DOUBLE,
    "left-single-quote": OPEN_SINGLE,
    "right-single-quote": CLOSE_SINGLE,
}
_NO_PLACEHOLDERS = dict.fromkeys(map(ord, PLACEHOLDERS))
# Code keeps its left-to-right order inside right-to-left text (EPUB CSS may not set it).
_LTR_CODE = re.compile(r"<(pre|code|kbd|samp)((?![^>]*\sdir=)[\s>])")

ALLOWED_TAGS = frozenset(
    """a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl
    dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s
    samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul
    var wbr""".split()
)
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "lang", "dir", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
STYLE_PROPERTIES = frozenset({"text-align"})
# Classes the theme and the renderers give their own blocks (styles/*.css, the template,
# the footnote and figure markup): raw HTML may not use them, or a pasted
# <div class="footnote"> vanishes from the PDF and a <p class="attribution"> passes for the
# credit block. Authors keep the classes meant for them (.pullquote, THEME.md).
RESERVED_CLASSES = frozenset(
    """article attribution author body byline call cover cover-page credit dateline dek
    drop-cap footnote footnote-backref footnote-ref headline initial keep-line kicker koboSpan
    link-note masthead missing-image note note-number notes-first page-6x9 page-a4 page-a5
    page-letter place ragged sep source source-url table-note-ref table-notes""".split()
) | frozenset(
    # The collection books' (book.css, book.py) and the downloads site's classes, and the
    # article page's download bar: a pasted <div class="book-toc"> must not pass for them.
    """book book-article book-date book-description book-editor book-kicker book-subtitle
    book-title book-toc toc-meta downloads intro list members meta pages site-footer
    site-header site-links site-name size skip tags visually-hidden""".split()
)
# Marks the reserved classes Markdown itself produced (footnotes, figure credits), so the
# sanitiser can tell them from raw HTML's; random per process, so no article can forge it.
_OWN_CLASS = f"ts-{secrets.token_hex(8)}"

# Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates,
# U+FFFE/U+FFFF) plus form feeds and C1 controls that no article means to contain.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Markup:
    """A body converted to sanitised HTML, with its headings and what was cleaned away."""

    html: str
    headings: list[tuple[int, str, str]] = field(default_factory=list)
    removed: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    headline_repeated: bool = False


def scrub_text(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove characters XML cannot hold; return the text and (line, description) for each."""
    found: list[tuple[int, str]] = []
    if not _FORBIDDEN.search(text):
        return text, found
    for number, line in enumerate(text.split("\n"), start=1):
        for char in _FORBIDDEN.findall(line):
            found.append((number, f"removed control character U+{ord(char):04X}"))
    return _FORBIDDEN.sub("", text), found


class _FigureTreeprocessor(Treeprocessor):
    """An image alone in its paragraph is a figure; its title is the caption.

    A title written ``Caption | Credit`` gives the credit its own line.
    """

    def run(self, root: ET.Element) -> None:
        for paragraph in root.iter("p"):
            if len(paragraph) != 1 or (paragraph.text or "").strip():
                continue
            image = paragraph[0]
            if image.tag != "img" or (image.tail or "").strip():
                continue
            paragraph.tag = "figure"
            title = image.attrib.pop("title", "").strip()
            if not title:
                continue
            caption_text, _, credit = (part.strip() for part in title.partition(" | "))
            caption = ET.SubElement(paragraph, "figcaption")
            caption.text = caption_text + (" " if credit else "")
            if credit:
                span = ET.SubElement(caption, "span", {"class": "credit"})
                span.text = credit


def _comparable(text: str) -> str:
    """Text reduced to its letters and digits, for telling whether two titles are the same."""
    return "".join(c for c in unicodedata.normalize("NFKD", text).casefold() if c.isalnum())


class _RepeatedHeadline(Treeprocessor):
    """Drop a first ``# Heading`` that repeats the headline (exported posts often start so):
    the template prints the headline already."""

    def __init__(self, md: markdown.Markdown, headline: str | None):
        super().__init__(md)
        self.headline = _comparable(headline or "")
        self.dropped = False

    def run(self, root: ET.Element) -> None:
        first = root[0] if len(root) else None
        if first is None or first.tag != "h1" or not self.headline:
            return
        text = toc.strip_tags(toc.render_inner_html(first, self.md))
        if _comparable(html.unescape(text)) == self.headline:
            root.remove(first)
            self.dropped = True


class _NotesWithoutRule(Treeprocessor):
    """Python-Markdown opens the footnotes with an <hr>, which readers and the theme show as a
    section break ("* * *"); the notes' own styling sets them apart instead."""

    def run(self, root: ET.Element) -> None:
        for notes in root.iter("div"):
            if "footnote" in notes.get("class", "").split():
                for rule in notes.findall("hr"):
                    notes.remove(rule)


class _FigureExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_FigureTreeprocessor(md), "tearsheet-figure", 5)
        md.treeprocessors.register(_MarkOwnClasses(md), "tearsheet-own-classes", 9)
        md.treeprocessors.register(_MarkOwnClasses(md, credits=True), "tearsheet-credits", 4.5)


class _MarkOwnClasses(Treeprocessor):
    """Mark the reserved classes the footnotes extension gave (run after the inline
    patterns, before attr_list, so an author's ``{: .footnote }`` is not marked), and the
    credit spans the figure step gave (run after it)."""

    def __init__(self, md: markdown.Markdown, *, credits: bool = False):
        super().__init__(md)
        self.credits = credits

    def run(self, root: ET.Element) -> None:
        if self.credits:
            elements = (span for caption in root.iter("figcaption") for span in caption)
        else:
            elements = root.iter()
        for element in elements:
            classes = element.get("class", "").split()
            if self.credits and classes != ["credit"]:
                continue
            if RESERVED_CLASSES.intersection(classes) and _OWN_CLASS not in classes:
                element.set("class", " ".join([*classes, _OWN_CLASS]))


BLOCK_ID_PREFIX = "blk-"
# Ids the tool itself gives out around and inside the body: page-break markers (pagemap),
# the attribution footer (template), block ids, print notes and their calls (printhtml),
# footnotes as the EPUB renames them (xhtml), the nav's lists. Heading ids never take one,
# and raw HTML that uses one loses it.
RESERVED_ID = re.compile(
    r"(?:page|blk|note|call)-\d+|attribution|page-list|toc|landmarks|fn-.*|fnref\d*-.*|kobo\..*"
)
_RAW_ID = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def slugify_heading(text: str) -> str:
    """An ASCII id for a heading (e-readers and calibre warn about others): accents dropped,
    other scripts left to a numbered "section"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "section"


def unique_id(candidate: str, taken: set[str]) -> str:
    """``candidate`` (``section-candidate`` if the tool reserves it), or that with ``-2``,
    ``-3``... : the first that is not taken."""
    if RESERVED_ID.fullmatch(candidate):
        candidate = f"section-{candidate}"
    name, number = candidate, 1
    while name in taken:
        number += 1
        name = f"{candidate}-{number}"
    taken.add(name)
    return name


class _HeadingIds(Treeprocessor):
    """Give headings ASCII ids that collide with nothing: not with each other, nor with ids
    in raw HTML, nor with the ids the tool adds (``## Page 1`` must not be ``page-1``).

    Runs before the toc extension, which keeps ids that are already set and lists them."""

    def run(self, root) -> None:
        taken = {element.get("id") for element in root.iter() if element.get("id")}
        for block in self.md.htmlStash.rawHtmlBlocks:
            if isinstance(block, str):
                taken.update(
                    next(v for v in match.groups() if v is not None)
                    for match in _RAW_ID.finditer(block)
                )
        for element in root.iter():
            if element.tag in _HEADINGS and not _own_id(element.get("id")):
                name = toc.strip_tags(toc.render_inner_html(toc.remove_fnrefs(element), self.md))
                element.set("id", unique_id(slugify_heading(html.unescape(name)), taken))


def _own_id(value: str | None) -> bool:
    return bool(value) and not RESERVED_ID.fullmatch(value)


_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ID_ATTRIBUTE = re.compile(r"""\sid=("[^"]*"|'[^']*')""")


def number_blocks(fragment: str) -> str:
    """Give every top-level block of the sanitised body, and every table row, an id, so the PDF
    can report where each page begins and the EPUB mark the same place, whatever the block
    (paragraph, code, raw HTML, a row of a long table). Ids that repeat one given earlier or
    use one reserved for the tool are removed.

    The fragment is nh3's output, where every element is closed, so depth is exact."""
    taken: set[str] = set()
    parts = TAG.split(fragment)
    depth = 0
    for index in range(1, len(parts), 2):
        tag = parts[index]
        if tag.startswith("</"):
            depth -= 1
            continue
        match = _START_TAG.match(tag)
        if not match:
            continue
        name = match[1].lower()
        attributes = match[2]
        found = _ID_ATTRIBUTE.search(attributes)
        if found:
            value = html.unescape(found[1][1:-1])
            if value in taken or RESERVED_ID.fullmatch(value):
                attributes = attributes[: found.start()] + attributes[found.end() :]
                found = None
            else:
                taken.add(value)
        if not found and (depth == 0 or name == "tr"):
            attributes = f' id="{{}}"{attributes}'
        parts[index] = f"<{match[1]}{attributes}>"
        if name not in VOID_TAGS and not tag.endswith("/>"):
            depth += 1
    number = 0
    for index in range(1, len(parts), 2):
        if ' id="{}"' in parts[index]:
            number += 1
            while f"{BLOCK_ID_PREFIX}{number}" in taken:
                number += 1
            parts[index] = parts[index].replace(' id="{}"', f' id="{BLOCK_ID_PREFIX}{number}"', 1)
    return "".join(parts)


def _markdown(headline: str | None = None) -> markdown.Markdown:
    md = markdown.Markdown(
        extensions=["extra", "smarty", "toc", "sane_lists", _FigureExtension()],
        extension_configs={
            "smarty": {"substitutions": _SUBSTITUTIONS},
            "footnotes": {"BACKLINK_TEXT": "\u21a9\ufe0e", "SUPERSCRIPT_TEXT": "{}"},
        },
        output_format="html",
    )
    md.treeprocessors.register(_RepeatedHeadline(md, headline), "repeated_headline", 7)
    md.treeprocessors.register(_HeadingIds(md), "heading_ids", 6)
    md.treeprocessors.register(_NotesWithoutRule(md), "notes_without_rule", 4)
    return md


# An address nh3 leaves unchecked (it applies URL_SCHEMES to href and src, not to cite).
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Take the theme's reserved classes off raw HTML (keeping those Markdown marked as its
    own) and ``cite`` addresses in schemes outside URL_SCHEMES."""
    if attribute == "cite":
        # As a browser reads a URL: outer controls and spaces, inner tabs and newlines dropped.
        scheme = _SCHEME.match(re.sub(r"[\t\n\r]", "", value.strip("".join(map(chr, range(33))))))
        return value if scheme is None or scheme[1].lower() in URL_SCHEMES else None
    if attribute != "class":
        return value
    classes = value.split()
    if _OWN_CLASS in classes:
        kept = [name for name in classes if name != _OWN_CLASS]
    else:
        kept = [name for name in classes if name not in RESERVED_CLASSES]
    return " ".join(kept) or None


def sanitise_html(fragment: str) -> str:
    """Reduce raw HTML to the documented allow-list: no scripts, handlers, frames or forms,
    and none of the classes the theme reserves for its own blocks."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attribute_filter=_filter_attribute,
        clean_content_tags={"script", "style", "template", "noscript", "iframe", "object"},
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )


# A raw <img> alone in its paragraph (as site content writes them) is a figure, as a Markdown
# image alone is (_FigureTreeprocessor).
_LONE_IMAGE = re.compile(r"<p>\s*(<img\b[^>]*>)\s*</p>")


def render_markdown(text: str, lang: str = "en", headline: str | None = None) -> Markup:
    """Convert an article body to sanitised HTML with smart punctuation for ``lang``; a first
    ``# heading`` that repeats ``headline`` is left out."""
    text, removed = scrub_text(text)
    text, clamped = clamp_indentation(text.translate(_NO_PLACEHOLDERS))
    md = _markdown(headline)
    converted = md.convert(text)
    language = language_of(lang)
    headings = [
        (token["level"], token["id"], title)
        for token in _flatten(md.toc_tokens)
        if (title := _plain(apply_typography(token["name"], language)))
    ]
    body = apply_typography(sanitise_html(converted), language)
    body = _LONE_IMAGE.sub(r"<figure>\1</figure>", body)
    if language.direction == "rtl":
        body = _LTR_CODE.sub(r'<\1 dir="ltr"\2', body)
    body, referenced = _FORBIDDEN.subn("", body)
    body, notes = bound_html(body)
    body = number_blocks(body)
    body = drop_empty_links(drop_empty_headings(demote_empty_headers(body)))
    body, moved = close_heading_gaps(body)
    headings = [(moved.get(anchor, level), anchor, title) for level, anchor, title in headings]
    if referenced:
        notes.insert(0, f"removed {referenced} character reference(s) to characters XML forbids")
    repeated = md.treeprocessors["repeated_headline"].dropped
    return Markup(body, headings, removed + clamped, notes, repeated)


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def _flatten(tokens: list[dict]) -> list[dict]:
    flat: list[dict] = []
    for token in tokens:
        flat.append(token)
        flat.extend(_flatten(token["children"]))
    return flat


def smarten(text: str, lang: str = "en") -> str:
    """Apply smart quotes and dashes to a plain-text field (headline, dek, byline)."""
    text, _ = scrub_text(text.translate(_NO_PLACEHOLDERS))
    escaped = html.escape(" ".join(text.split()), quote=False)
    escaped = re.sub(r"([\\`*_\[\]])", r"\\\1", escaped)
    escaped = re.sub(r"^([#>+-])", r"\\\1", escaped)
    escaped = re.sub(r"^(\d+)\.", r"\1\\.", escaped)
    converted = apply_typography(_markdown().convert(escaped), language_of(lang))
    inner = re.sub(r"^<p>|</p>$", "", converted.strip())
    return html.unescape(re.sub(r"<[^>]+>", "", inner))
