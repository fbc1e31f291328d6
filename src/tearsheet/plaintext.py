"""Copied text (a page selected and pasted) → an imported article: headline block, body, trailer."""

from __future__ import annotations

import re

from tearsheet.clutter import CLUTTER_RULES
from tearsheet.errors import ContentError
from tearsheet.recognise import (
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
    strip_clutter,
)

# How many lines under the headline may hold the date, the byline or a second headline.
HEADER_LINES = 6
# The look-behind starts a match only at the start of a run of spaces: linear, not quadratic.
_HEADER_SEPARATOR = re.compile(r"(?<!\s)\s++[|·•]\s+")
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]])")
_BLOCK_MARKER = re.compile(r"^([#>]|[-+](?=\s))")
_LIST_NUMBER = re.compile(r"^(\d++)([.)])(?=\s)")
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


def _split_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs separated by blank lines; or one per line when the text has no blank lines."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if all(line.strip() for line in lines):
        return [_collapse(line) for line in lines]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(_collapse(" ".join(current)))
            current = []
    return paragraphs


def _read_header(lines: list[str], draft: Draft) -> int:
    """Take the headline and the date/byline lines under it; return where the body starts."""
    numbered = [(number, line.strip()) for number, line in enumerate(lines) if line.strip()]
    if not numbered:
        raise ContentError(None, "nothing to import: the text is empty")
    first, headline = numbered[0]
    draft.headline = " ".join(headline.split())
    draft.recognised.append("headline from the first line")
    body_start = first + 1
    candidates: list[str] = []
    for number, line in numbered[1:HEADER_LINES]:
        parts = _HEADER_SEPARATOR.split(line)
        trial = Draft(lang=draft.lang, date=draft.date)
        if all(header_part(part, trial) for part in parts):
            draft.date = trial.date
            draft.byline.extend(trial.byline)
            draft.recognised.extend(trial.recognised)
            draft.stripped.extend(trial.stripped)
            body_start = number + 1
            draft.other_headlines.extend(candidates)
            candidates = []
            continue
        if body_start > first + 1 or len(line) > 160 or len(candidates) >= 2:
            break
        candidates.append(" ".join(line.split()))
    _read_kicker(draft)
    if draft.other_headlines:
        draft.doubt(
            "import-headline-doubt",
            "several candidate headlines: used the first line "
            f"{draft.headline!r}; the others are noted in the front matter ("
            + ", ".join(repr(c) for c in draft.other_headlines)
            + ")",
        )
    return body_start


def _read_kicker(draft: Draft) -> None:
    """A one- to three-word first line over a longer one is a section label, not the headline."""
    if not draft.other_headlines or draft.headline is None:
        return
    label, following = draft.headline, draft.other_headlines[0]
    if len(label.split()) <= 3 and label[-1:] not in ".!?:" and len(following) > len(label):
        draft.kicker = label
        draft.headline = following
        draft.other_headlines = draft.other_headlines[1:]
        draft.recognised[draft.recognised.index("headline from the first line")] = (
            f"kicker {label!r} and headline from the first two lines"
        )


def _skip_leading_clutter(lines: list[str], draft: Draft) -> list[str]:
    """Drop a cookie notice or share bar copied above the headline."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        rule = next((r for r in CLUTTER_RULES if not r.tail and r.matches(line)), None)
        if rule is None:
            return lines[index:]
        draft.stripped.append(f"{rule.name} {excerpt(line)}")
        draft.removed.append((rule.name, line.strip()))
    return []


def parse_text(text: str, lang: str | None = None) -> ImportedArticle:
    """Recognise headline, date, byline, dateline and source in copied text; drop clutter."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.replace("\t", " ").rstrip() for line in text.split("\n")]
    draft = Draft(lang=normalise_lang(lang))
    if draft.lang is None:
        detect_language_into(" ".join(line for line in lines if len(line) > 40) or text, draft)
    lines = _skip_leading_clutter(lines, draft)
    body_start = _read_header(lines, draft)
    paragraphs, tail = strip_clutter(_split_paragraphs(lines[body_start:]), draft)
    paragraphs = read_attribution(paragraphs, draft)
    credit_from_tail(tail, draft)
    read_wire_dateline(paragraphs, draft)
    paragraphs = date_from_paragraphs(paragraphs, draft)
    date_from_wire_day(draft)
    doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(escape_markdown(p) for p in paragraphs) + "\n")
