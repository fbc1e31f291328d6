"""Copied text (a page selected and pasted) → an imported article: headline block, body, trailer."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.clutter import ATTRIBUTION_RULES
from tearsheet.errors import ContentError
from tearsheet.recognise import (
    BYLINE,
    Draft,
    ImportedArticle,
    credit_from_tail,
    date_from_paragraphs,
    date_from_wire_day,
    detect_language_into,
    doubt_missing,
    excerpt,
    header_part,
    normalise_lang,
    read_attribution,
    read_wire_dateline,
)

# How many lines under the headline may hold the date, the byline or a second headline.
HEADER_LINES = 6
# A first line of at most this many words over a longer one is a kicker (section label).
KICKER_WORDS = 4
# How far under the top a date or byline line may anchor the headline block, and how many
# title-like lines above it may be kicker, headline and dek.
ANCHOR_SCAN = 14
MAX_TITLES = 4
# More blocks than this between the header and the prose: a whole page was copied.
PAGE_GAP = 2
# How far above the prose a copied page's headline may be.
PAGE_HEADLINE_REACH = 8
# A block is wrapped text when its lines are at least this wide and all but the last
# reach this share of the widest.
WRAP_WIDTH = 60
WRAPPED = 0.7
# A closing paragraph about the author is at most this long.
MAX_BIO = 300
# A bare name: two to four capitalised words, with the particles names carry.
_NAME_LINE = re.compile(
    r"[A-ZÀ-ÝŁŚŻŹĆ][\w’'.-]++(?:\s(?:(?:de|da|das|do|dos|van|von|der|den|del|di|du|la|le)\s)*+"
    r"[A-ZÀ-ÝŁŚŻŹĆ][\w’'.-]++){1,3}"
)
# The look-behind starts a match only at the start of a run of spaces: linear, not quadratic.
_HEADER_SEPARATOR = re.compile(r"(?<!\s)\s++[|·•—–]\s+")
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]])")
_BLOCK_MARKER = re.compile(r"^([#>]|[-+](?=\s))")
_LIST_NUMBER = re.compile(r"^(\d++)([.)])(?=\s)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def escape_markdown(paragraph: str) -> str:
    """Keep a plain-text paragraph literal in Markdown (no accidental emphasis, lists, HTML)."""
    text = _MARKDOWN_SYNTAX.sub(r"\\\1", paragraph)
    text = text.replace("<", "&lt;")
    text = _BLOCK_MARKER.sub(r"\\\1", text)
    return _LIST_NUMBER.sub(r"\1\\\2", text)


def _collapse(text: str) -> str:
    """Collapse runs of ASCII white space; a no-break space in the source is kept as it is."""
    return _ASCII_SPACE.sub(" ", text).strip(" \t\n\r\f\v")


def _is_anchor(block: str, lang: str | None) -> bool:
    """A date or byline line: the headline block is next to it."""
    block = block.lstrip("*•-– ")
    if len(block) > 80:
        return False
    if BYLINE.match(block):
        return True
    return bool(_YEAR.search(block)) and any(
        header_part(part, Draft(lang=lang)) for part in _HEADER_SEPARATOR.split(block)
    )


def _split_blocks(lines: list[str]) -> list[str]:
    """Paragraphs: separated by blank lines, or one per line when the text has none. The
    lines of a block are joined only when it looks wrapped (every line but the last nearly
    full, as e-mail wraps text); a stack of lines (a header, a footer, a share bar) stays one
    block per line, so that no two of them are ever read as one paragraph."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if all(line.strip() for line in lines):
        return [_collapse(line) for line in lines]
    blocks: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
            continue
        if not current:
            continue
        width = max(len(part) for part in current)
        full = all(len(part) >= WRAPPED * width for part in current[:-1])
        if len(current) > 1 and width >= WRAP_WIDTH and full:
            blocks.append(_collapse(" ".join(current)))
        else:
            blocks.extend(_collapse(part) for part in current)
        current = []
    return blocks


def _skip_masthead(blocks: list[str], draft: Draft) -> int:
    """The index of the first block that is not page furniture above the headline."""
    for index, block in enumerate(blocks):
        found = zones.clutter_of(block, masthead=True)
        if found is None:
            return index
        draft.stripped.append(f"{found.name} {excerpt(block)}")
        draft.removed.append((found.name, block))
    raise ContentError(None, "nothing to import: the text is empty")


def _is_name(line: str) -> bool:
    return bool(_NAME_LINE.fullmatch(line)) and not line.isupper()


def _read_header(
    blocks: list[str], top: int, draft: Draft, names: frozenset[str] = frozenset()
) -> int:
    """Take the headline block from ``top`` on; return where the body starts. With a date
    or byline line near the top, the headline is read around it; otherwise the headline is
    the first line and the date/byline lines are under it."""
    anchor, kinds = _find_anchor(blocks, top, draft)
    if anchor is not None:
        return _read_anchored_header(blocks, top, anchor, kinds, draft, names)
    draft.headline = blocks[top]
    draft.recognised.append("headline from the first line")
    body_start = top + 1
    candidates: list[str] = []
    end = min(len(blocks), top + HEADER_LINES)
    for number in range(top + 1, end):
        line = blocks[number]
        parts = _HEADER_SEPARATOR.split(line)
        trial = Draft(lang=draft.lang, date=draft.date, dateline=draft.dateline)
        following = blocks[number + 1] if number + 1 < len(blocks) else ""
        if all(header_part(part, trial) for part in parts):
            pass
        elif zones.clutter_of(line) is not None and not candidates:
            draft.stripped.append(f"button or label {excerpt(line)}")
            draft.removed.append(("button or label", line))
            body_start = number + 1
            continue
        elif not draft.byline and _is_name(line) and _confirms_name(following, draft):
            trial.byline.append(line)
            trial.recognised.append(f"byline from the name line {line!r}")
        else:
            prose = len(line) > 160 or (len(line) > 60 and zones.is_sentence(line))
            if body_start > top + 1 or prose or len(candidates) >= 2:
                if len(candidates) == 1 and body_start == top + 1 and _is_kicker(draft.headline):
                    draft.other_headlines.extend(candidates)
                    body_start = number
                break
            candidates.append(line)
            continue
        draft.date = trial.date
        draft.dateline = trial.dateline
        draft.byline.extend(trial.byline)
        draft.recognised.extend(trial.recognised)
        draft.stripped.extend(trial.stripped)
        body_start = number + 1
        draft.other_headlines.extend(candidates)
        candidates = []
    _read_kicker(draft)
    _doubt_headlines(draft, "the first line")
    return body_start


def _doubt_headlines(draft: Draft, which: str) -> None:
    if draft.other_headlines:
        draft.doubt(
            "import-headline-doubt",
            f"several candidate headlines: used {which} "
            f"{draft.headline!r}; the others are noted in the front matter ("
            + ", ".join(repr(c) for c in draft.other_headlines)
            + ")",
        )


def _header_kind(blocks: list[str], number: int, draft: Draft) -> str:
    """What a block near the top is: 'header' (date, byline, reading time), 'name' (a bare
    name the next lines confirm), 'clutter', 'prose', or 'title' (anything else short)."""
    line = blocks[number]
    trial = Draft(lang=draft.lang)
    if all(header_part(part, trial) for part in _HEADER_SEPARATOR.split(line)):
        return "header"
    if zones.clutter_of(line) is not None:
        return "clutter"
    following = blocks[number + 1 : number + 3]
    if _is_name(line) and any(_confirms_name(f, draft) for f in following):
        return "name"
    if len(line) > 160 or (len(line) > 60 and zones.is_sentence(line)):
        return "prose"
    return "title"


def _find_anchor(blocks: list[str], top: int, draft: Draft) -> tuple[int | None, list[str]]:
    """The first date or byline line under the top (before any prose), and the kinds of the
    blocks from ``top`` on as far as the scan went."""
    kinds: list[str] = []
    for number in range(top, min(len(blocks), top + ANCHOR_SCAN)):
        kind = _header_kind(blocks, number, draft)
        kinds.append(kind)
        if kind == "prose":
            break
        if kind in ("header", "name") and number > top and "title" in kinds:
            return number, kinds
    return None, kinds


def _is_site_name(line: str, names: frozenset[str]) -> bool:
    return " ".join(words_of_line(line)) in names


def words_of_line(line: str) -> list[str]:
    return [w for w in zones.words_of(line) if not w.isdigit()]


def _read_anchored_header(
    blocks: list[str], top: int, anchor: int, kinds: list[str], draft: Draft, names: frozenset[str]
) -> int:
    """The headline block around a date or byline line: the title-like lines above it are
    section labels (a few words over a longer line), the headline and a dek; the date,
    byline, buttons and a role or place line between them below it. Returns where the body
    starts."""
    titles: list[int] = []
    for number in range(anchor - 1, top - 1, -1):
        kind = kinds[number - top]
        if kind == "title" and not _is_site_name(blocks[number], names):
            titles.insert(0, number)
            if len(titles) == MAX_TITLES:
                break
        elif titles and kind != "title":
            break
    while (
        len(titles) > 1
        and _is_kicker(blocks[titles[0]])
        and (len(blocks[titles[0]]) < len(blocks[titles[1]]))
    ):
        draft.kicker = blocks[titles.pop(0)]
    headline_at = titles[0]
    draft.headline = blocks[headline_at]
    draft.other_headlines.extend(blocks[i] for i in titles[1:])
    _doubt_headlines(draft, "the first line" if headline_at == top else "the line")
    above = []
    for number in range(top, headline_at):
        if kinds[number - top] == "header":
            for part in _HEADER_SEPARATOR.split(blocks[number]):
                header_part(part, draft)
        elif blocks[number] != draft.kicker:
            above.append(blocks[number])
    _drop_blocks(above, "page furniture above the headline", draft)
    draft.recognised.append(f"headline from the line over the {_anchor_word(kinds[anchor - top])}")
    number = anchor
    while number < len(blocks):
        kind = (
            kinds[number - top]
            if number - top < len(kinds)
            else _header_kind(blocks, number, draft)
        )
        line = blocks[number]
        if kind == "header":
            for part in _HEADER_SEPARATOR.split(line):
                header_part(part, draft)
        elif kind == "name" and not draft.byline:
            draft.byline.append(line)
            draft.recognised.append(f"byline from the name line {line!r}")
        elif kind == "clutter" or (kind == "name" and draft.byline):
            draft.stripped.append(f"button or label {excerpt(line)}")
            draft.removed.append(("button or label", line))
        elif kind == "title" and _between_header_lines(blocks, number, draft):
            draft.stripped.append(f"role or place under the byline {excerpt(line)}")
            draft.removed.append(("byline role", line))
        else:
            break
        number += 1
    return number


def _anchor_word(kind: str) -> str:
    return "byline" if kind == "name" else "date or byline"


def _between_header_lines(blocks: list[str], number: int, draft: Draft) -> bool:
    """A short line between a byline and a date is the author's role or place."""
    if number + 1 >= len(blocks) or len(blocks[number].split()) > KICKER_WORDS:
        return False
    return _header_kind(blocks, number + 1, draft) == "header"


def _confirms_name(following: str, draft: Draft) -> bool:
    """A bare name under the headline is the byline when a date or a button follows it
    (Medium's "Name / Follow", Substack's "Name / date")."""
    trial = Draft(lang=draft.lang)
    parts = _HEADER_SEPARATOR.split(following) if following else []
    return bool(parts) and (
        zones.clutter_of(following) is not None or all(header_part(p, trial) for p in parts)
    )


def _is_kicker(line: str) -> bool:
    return len(line.split()) <= KICKER_WORDS and line[-1:] not in ".!?:"


def _read_kicker(draft: Draft) -> None:
    """A short first line over a longer one is a section label, not the headline."""
    if not draft.other_headlines or draft.headline is None:
        return
    label, following = draft.headline, draft.other_headlines[0]
    if _is_kicker(label) and len(following) > len(label):
        draft.kicker = label
        draft.headline = following
        draft.other_headlines = draft.other_headlines[1:]
        draft.recognised[draft.recognised.index("headline from the first line")] = (
            f"kicker {label!r} and headline from the first two lines"
        )


def _find_headline(blocks: list[str], top: int, body: int) -> int:
    """On a copied whole page: the headline is the nearest title-like block above the body
    (a few words, no full stop, not a date or a label); the page's menus are above it."""
    for index in range(body - 1, max(top, body - PAGE_HEADLINE_REACH) - 1, -1):
        line = blocks[index]
        words = len(line.split())
        trial = Draft()
        if (
            3 <= words <= 25
            and len(line) <= 200
            and not line.endswith(".")
            and zones.clutter_of(line) is None
            and not header_part(line, trial)
            and not _is_name(line)
        ):
            return index
    return top


def site_names(blocks: list[str]) -> frozenset[str]:
    """The names a copyright or source line gives anywhere in the text: at the top, such a
    name is the site's or newsletter's masthead, not the headline."""
    names = set()
    for block in blocks:
        line = " ".join(block.split())
        for rule in ATTRIBUTION_RULES:
            if rule.field == "source" and (match := rule.pattern.fullmatch(line)):
                names.add(" ".join(words_of_line(match["name"])))
    return frozenset(names)


def _drop_blocks(blocks: list[str], name: str, draft: Draft) -> None:
    if blocks:
        draft.stripped.append(f"{name}: {len(blocks)} block(s) from {excerpt(blocks[0])}")
        draft.removed.extend((name, block) for block in blocks)


def _drop_clutter(paragraphs: list[str], draft: Draft) -> list[str]:
    """Each block that is clutter goes alone; the blocks after it stay."""
    kept = []
    for paragraph in paragraphs:
        found = zones.clutter_of(paragraph)
        if found is None:
            kept.append(paragraph)
            continue
        draft.stripped.append(f"{found.name} {excerpt(paragraph)}")
        draft.removed.append((found.name, paragraph))
    return kept


def _drop_bio(paragraphs: list[str], draft: Draft) -> list[str]:
    """A closing paragraph that starts with the author's name is the author's bio."""
    if len(paragraphs) < 2 or not draft.byline:
        return paragraphs
    last = paragraphs[-1]
    if len(last) <= MAX_BIO and any(last.startswith(f"{name} ") for name in draft.byline):
        draft.stripped.append(f"author bio {excerpt(last)}")
        draft.removed.append(("author bio", last))
        return paragraphs[:-1]
    return paragraphs


def parse_text(text: str, lang: str | None = None) -> ImportedArticle:
    """Recognise headline, date, byline, dateline and source in copied text; drop clutter.

    The text is split into blocks and zones (tearsheet.zones): the page's furniture above
    the headline, the headline block, the body (the run of prose) and the trailer.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.replace("\t", " ").rstrip() for line in text.split("\n")]
    draft = Draft(lang=normalise_lang(lang))
    if draft.lang is None:
        detect_language_into(" ".join(line for line in lines if len(line) > 40) or text, draft)
    blocks = _split_blocks(lines)
    if not blocks:
        raise ContentError(None, "nothing to import: the text is empty")
    classes = zones.classify(blocks, draft.lang)
    first = zones.first_pass(blocks, draft.lang)
    anchors = frozenset(i for i, block in enumerate(blocks) if _is_anchor(block, draft.lang))
    region_start, region_end = zones.main_region(blocks, classes, first, anchors)
    top = _skip_masthead(blocks, draft)
    names = site_names(blocks)
    body_start = _read_header(blocks, top, draft, names)
    whole_page = region_end > region_start and region_start - body_start > PAGE_GAP
    if whole_page:
        # A whole copied page: menus above, the article's prose further down.
        headline_at = _find_headline(blocks, top, region_start)
        page = Draft(lang=draft.lang, recognised=[r for r in draft.recognised if "language" in r])
        page.doubts = [d for d in draft.doubts if d.code == "import-lang-unknown"]
        page.stripped, page.removed = draft.stripped, draft.removed
        draft = page
        _drop_blocks(blocks[top:headline_at], "page furniture above the headline", draft)
        header_end = _read_header(blocks, headline_at, draft, names)
        _drop_blocks(blocks[header_end:region_start], "captions and credits", draft)
        body_start = max(header_end, region_start)
    if region_end > region_start:
        body_end = zones.end_of_body(blocks, classes, body_start, max(region_end, body_start))
    else:
        body_end = len(blocks)
    trailer = blocks[body_end:]
    body = blocks[body_start:body_end]
    if whole_page:
        # Inside a copied page's article, what is neither prose nor a sentence is furniture
        # (other headlines, tags, "(View all)"); subheadings between prose are prose.
        kinds = classes[body_start:body_end]
        furniture = [
            b for b, k in zip(body, kinds, strict=True) if k == "bad" and not zones.is_sentence(b)
        ]
        _drop_blocks(furniture, "page furniture in the article", draft)
        body = [b for b, k in zip(body, kinds, strict=True) if k != "bad" or zones.is_sentence(b)]
    paragraphs = _drop_clutter(body, draft)
    paragraphs = read_attribution(paragraphs, draft)
    paragraphs = _drop_bio(paragraphs, draft)
    credit_from_tail(trailer, draft)
    _drop_blocks(trailer, "trailer", draft)
    read_wire_dateline(paragraphs, draft)
    paragraphs = date_from_paragraphs(paragraphs, draft)
    date_from_wire_day(draft)
    doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(escape_markdown(p) for p in paragraphs) + "\n")
