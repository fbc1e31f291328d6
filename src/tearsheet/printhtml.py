"""The PDF's own HTML flavour: the shared article HTML adapted to paper (notes at the foot of
the page, outside links' addresses as notes, a span for the drop cap, headings' last words
kept together)."""

from __future__ import annotations

import functools
import re
import unicodedata
import xml.etree.ElementTree as ET

import budoux
import regex
import tinyhtml5

from tearsheet.article import Article
from tearsheet.html import render_html
from tearsheet.settings import PrintSettings
from tearsheet.theme import Theme


def render_print_html(article: Article, theme: Theme, settings: PrintSettings) -> str:
    """The article's HTML for print: the theme's template with the root classes print.css
    keys on (page size, alignment, drop cap); ``prepare_print_html`` then adapts it."""
    return render_html(article, theme, classes=settings.root_classes)


def _classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def _append_text(element: ET.Element, text: str | None) -> None:
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _inline_copy(paragraphs: list[ET.Element]) -> ET.Element:
    """A footnote's paragraphs as one inline span, without Markdown's back link."""
    note = ET.Element("span", {"class": "note"})
    for number, paragraph in enumerate(paragraphs):
        for backref in [a for a in paragraph.iter("a") if "footnote-backref" in _classes(a)]:
            _remove(paragraph, backref)
        _append_text(note, " " if number else None)
        _append_text(note, paragraph.text)
        note.extend(list(paragraph))
    note.text = (note.text or "").lstrip()
    if len(note):
        note[-1].tail = (note[-1].tail or "").rstrip()
    else:
        note.text = note.text.rstrip()
    return note


def _remove(parent: ET.Element, child: ET.Element) -> None:
    """Remove ``child`` from ``parent`` keeping the text that followed it."""
    index = list(parent).index(child)
    if child.tail:
        if index:
            parent[index - 1].tail = (parent[index - 1].tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _needs_address(link: ET.Element) -> bool:
    """An outside link whose text is not already its address: paper must print it."""
    href = link.get("href", "")
    text = "".join(link.itertext()).strip()
    return href.startswith(("http://", "https://")) and text != href


def _letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa: CSS's lower-alpha, so a reference matches its list item."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _list_table_links(table: ET.Element, parents: dict[ET.Element, ET.Element]) -> list:
    """Give a table's outside links a letter and list their addresses once each, under the
    table, instead of a footnote per cell (a table of links would otherwise fill its pages
    with notes and leave room for a few rows). Return the links handled."""
    links = [link for link in table.iter("a") if _needs_address(link)]
    letters: dict[str, str] = {}
    for link in links:
        href = link.get("href", "")
        letters.setdefault(href, _letters(len(letters) + 1))
        call = ET.Element("sup", {"class": "table-note-ref"})
        call.text = letters[href]
        call.tail = link.tail
        link.tail = None
        parent = parents[link]
        parent.insert(list(parent).index(link) + 1, call)
        parents[call] = parent
    if letters:
        listing = ET.Element("ol", {"class": "table-notes"})
        for href in letters:
            ET.SubElement(listing, "li").text = href
        holder = parents[table]
        listing.tail = table.tail
        table.tail = None
        holder.insert(list(holder).index(table) + 1, listing)
        parents[listing] = holder
    return links


def _mark_initial(body: ET.Element) -> None:
    """Wrap the first letter (with any opening quote) of the text for an optional drop cap."""
    first = body[0] if len(body) else None
    if first is None or first.tag != "p" or not first.text:
        return
    text = first.text.lstrip()
    quotes = len(text) - len(text.lstrip("“‘\"'«„"))
    # The first grapheme cluster, not the first code point: "रा" of "राजधानी" is one letter
    # (its vowel sign cannot stand apart), as "é" written with a combining accent is.
    cluster = regex.match(r"\X", text[quotes:])
    letters = quotes + (len(cluster.group()) if cluster else 1)
    if len(text) <= letters or not text[quotes].isalnum():
        return
    initial = ET.Element("span", {"class": "initial"})
    initial.text = text[:letters]
    initial.tail = text[letters:]
    first.text = None
    first.insert(0, initial)


def _number_notes(root: ET.Element) -> None:
    """Give each note and its call point ids, to check after layout they share a page."""
    parents = {child: parent for parent in root.iter() for child in parent}
    notes = [span for span in root.iter("span") if "note" in _classes(span)]
    for number, note in enumerate(notes, start=1):
        note.set("id", f"note-{number}")
        call = ET.Element("span", {"id": f"call-{number}", "class": "call"})
        parent = parents[note]
        parent.insert(list(parent).index(note), call)


def prepare_print_html(html: str, *, notes_first: bool = False) -> str:
    """Adapt the shared HTML rendering to paper.

    Footnotes move to their reference so print.css can float them to the foot of the page,
    each outside link's address becomes a footnote, since paper cannot be clicked (in a
    table, a lettered list under the table instead), and the
    first letter gets a span for the optional drop cap. ``notes_first`` marks the root for
    print.css to relax orphans where they would push a footnote off its page.
    """
    root = tinyhtml5.parse(html, namespace_html_elements=False)
    if notes_first:
        root.set("class", f"{root.get('class', '')} notes-first".strip())
    parents = {child: parent for parent in root.iter() for child in parent}
    notes = {li.get("id"): li for li in root.iter("li") if li.get("id", "").startswith("fn:")}
    for sup in list(root.iter("sup")):
        link = sup.find("a")
        if link is None or "footnote-ref" not in _classes(link):
            continue
        item = notes.get(link.get("href", "").lstrip("#"))
        if item is None:
            continue
        note = _inline_copy(item.findall("p") or [item])
        note.tail = sup.tail
        parent = parents[sup]
        parent[list(parent).index(sup)] = note
    for container in [d for d in root.iter("div") if "footnote" in _classes(d)]:
        parents[container].remove(container)
    body = next((d for d in root.iter("div") if "body" in _classes(d)), None)
    if body is not None:
        _mark_initial(body)
    in_tables: set[ET.Element] = set()
    for table in list(body.iter("table")) if body is not None else []:
        in_tables.update(_list_table_links(table, parents))
    seen: set[str] = set()
    for link in list(body.iter("a")) if body is not None else []:
        if link in in_tables or not _needs_address(link):
            continue
        href = link.get("href", "")
        if href in seen:
            continue
        seen.add(href)
        note = ET.Element("span", {"class": "note link-note"})
        note.text = href
        parent = parents[link]
        note.tail = link.tail
        link.tail = None
        parent.insert(list(parent).index(link) + 1, note)
        parents[note] = parent
    _number_notes(root)
    japanese = (root.get("lang") or "").lower().split("-")[0] == "ja"
    headings = [e for e in root.iter() if e.tag in ("h1", "h2", "h3") or "dek" in _classes(e)]
    for heading in headings:
        if not (japanese and _keep_phrases(heading)):
            _keep_last_line(heading)
    if (root.get("lang") or "").lower().split("-")[0] == "ko":
        _keep_korean_words(root)
    return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html")


# A headline's last line holding one short word (or one CJK character, "…として公 / 開") is
# what a typographer fixes first. Browsers have text-wrap: balance; WeasyPrint 70 does not,
# so the last words (or characters, in scripts written without spaces) go in a span that
# print.css keeps on one line. Only when they are short, so the span can never overflow.
_UNSPACED_END = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{3}\p{P}{0,3}\s{0,3}$"
)


# A phrase kept on one line is at most this long: fewer characters than the narrowest page's
# headline line holds (6x9), so no phrase runs past the margin.
KEPT_PHRASE = 10


def _keep_phrases(heading: ET.Element) -> bool:
    """Break a Japanese heading only between phrases (BudouX's, as Chrome's word-break:
    auto-phrase does): "オープンデータと / して公開", never "とし / て公開"."""
    if len(heading) or not heading.text:
        return False
    phrases = _japanese_phrases().parse(heading.text)
    if (
        len(phrases) > 2
        and len(phrases[-1].strip()) <= 3
        and len(phrases[-2] + phrases[-1]) <= KEPT_PHRASE
    ):
        phrases[-2:] = [phrases[-2] + phrases[-1]]
    heading.text = None
    kept = None
    for phrase in phrases:
        if len(phrase) <= KEPT_PHRASE:
            kept = ET.SubElement(heading, "span", {"class": "keep-line"})
            kept.text = phrase
        elif kept is None:  # a long name ("…審議会事務局長代理が") breaks where it must
            heading.text = (heading.text or "") + phrase
        else:
            kept.tail = (kept.tail or "") + phrase
    return True


@functools.cache
def _japanese_phrases() -> budoux.Parser:
    return budoux.load_default_japanese_parser()


def _keep_last_line(heading: ET.Element) -> None:
    last = heading[-1] if len(heading) else None
    text = (last.tail if last is not None else heading.text) or ""
    found = _UNSPACED_END.search(text)
    if found:
        start = _cluster_start(text, found.start())
    else:
        words = text.split()
        if len(words) < 4 or len(words[-1]) + len(words[-2]) > 24:
            return
        start = text.rfind(words[-2], 0, text.rfind(words[-1]))
    keep = ET.Element("span", {"class": "keep-line"})
    keep.text = text[start:]
    if last is not None:
        last.tail = text[:start]
    else:
        heading.text = text[:start]
    heading.append(keep)


# The combining class of a virama or coeng (Khmer's "្", Burmese's "္"): the letter after it
# is written under or beside the one before, in one cluster.
_VIRAMA = 9


def _cluster_start(text: str, start: int) -> int:
    """Where the cluster holding text[start] begins: a vowel sign or tone mark ("ล|่าว") or a
    subscript letter ("ថ|្មី") is never parted from its letter, which a span between them
    would do (the mark drawn alone, on a dotted circle)."""
    while start > 0 and (
        unicodedata.category(text[start]).startswith("M")
        or unicodedata.combining(text[start - 1]) == _VIRAMA
    ):
        start -= 1
    return start


# Korean is set with spaces between words and breaks only there (CSS word-break: keep-all),
# but WeasyPrint 70 has no keep-all and Pango breaks between any two Hangul syllables: a
# WORD JOINER between the syllables of a word gives the same lines.
_HANGUL_PAIR = re.compile("(?<=[\uac00-\ud7af])(?=[\uac00-\ud7af])")
_VERBATIM = frozenset({"pre", "code", "kbd", "samp", "script", "style"})


def _keep_korean_words(element: ET.Element) -> None:
    if element.tag in _VERBATIM:
        return
    if element.text:
        element.text = _HANGUL_PAIR.sub("\u2060", element.text)
    for child in element:
        _keep_korean_words(child)
        if child.tail:
            child.tail = _HANGUL_PAIR.sub("\u2060", child.tail)
