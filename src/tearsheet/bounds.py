"""Bounds that keep layout fast and shallow: nesting, indentation and word length in a body."""

from __future__ import annotations

import re

# Bounds that keep layout fast and shallow: Python-Markdown and WeasyPrint recurse per level
# (300 nested list levels or 200 nested quotes exhaust the stack), and line breaking is
# far slower than linear on one enormous word.
MAX_DEPTH = 16
MAX_INDENT = 128
LONG_WORD = 64
WORD_PIECE = 32
ZERO_WIDTH_SPACE = "\u200b"
VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "col"})
# Items the sanitiser lets stand outside their list; XHTML (and EPUBCheck) needs the list.
ORPHAN_PARENTS = {"li": ("ul", "ol"), "dt": ("dl",), "dd": ("dl",)}
# Levels a container needs below it to be valid: flattening must keep or drop them together.
CONTAINER_LEVELS = {
    "table": 3,
    "thead": 2,
    "tbody": 2,
    "tfoot": 2,
    "tr": 1,
    "ul": 1,
    "ol": 1,
    "dl": 1,
    "colgroup": 1,
}
TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
_TAG_NAME = re.compile(r"^</?([a-zA-Z][a-zA-Z0-9]*)")
# CJK text has no spaces but breaks between any two characters, so it is never a long word.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_LONG_RUN = re.compile(rf"(?:&#?\w+;|[^\s&{_CJK}]){{{LONG_WORD},}}")
_CHARACTER = re.compile(r"&#?\w+;|[^&]")
_INDENT = re.compile(r"^[ \t]+")


def clamp_indentation(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Limit leading indentation to MAX_INDENT columns (32 list levels), within Markdown's stack."""
    clamped: list[int] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        indent = _INDENT.match(line)
        if indent and len(indent[0].expandtabs(4)) > MAX_INDENT:
            lines[number - 1] = " " * MAX_INDENT + line[indent.end() :]
            clamped.append(number)
    if not clamped:
        return text, []
    message = f"{len(clamped)} line(s) indented over {MAX_INDENT} columns; nesting capped"
    return "\n".join(lines), [(clamped[0], message)]


def _break_word(match: re.Match[str]) -> str:
    characters = _CHARACTER.findall(match[0])
    return ZERO_WIDTH_SPACE.join(
        "".join(characters[i : i + WORD_PIECE]) for i in range(0, len(characters), WORD_PIECE)
    )


def bound_html(fragment: str) -> tuple[str, list[str]]:
    """Unwrap elements nested deeper than MAX_DEPTH (keeping their text) and give words over
    LONG_WORD characters a zero-width break point every WORD_PIECE characters."""
    notes: list[str] = []
    kept: list[bool] = []
    open_tags: list[tuple[str, str]] = []
    depth = deepest = 0
    broken = 0
    parts = TAG.split(fragment)
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if len(part) >= LONG_WORD:
                parts[index], count = _LONG_RUN.subn(_break_word, part)
                broken += count
            continue
        name = _TAG_NAME.match(part)
        if not name or name[1].lower() in VOID_TAGS:
            continue
        tag = name[1].lower()
        if part.startswith("</"):
            if kept and not kept.pop():
                parts[index] = ""
            elif open_tags:
                _, wrapper = open_tags.pop()
                if wrapper:
                    parts[index] = f"{part}</{wrapper}>"
            depth = max(0, depth - 1)
            continue
        depth += 1
        deepest = max(deepest, depth)
        kept.append(depth + CONTAINER_LEVELS.get(tag, 0) <= MAX_DEPTH and (not kept or kept[-1]))
        if not kept[-1]:
            parts[index] = ""
            continue
        parents = ORPHAN_PARENTS.get(tag)
        wrapper = ""
        if parents and (not open_tags or open_tags[-1][0] not in parents):
            wrapper = parents[0]
            parts[index] = f"<{wrapper}>{part}"
        open_tags.append((tag, wrapper))
    if deepest > MAX_DEPTH:
        notes.append(f"markup nested {deepest} deep; levels beyond {MAX_DEPTH} were flattened")
    if broken:
        notes.append(f"{broken} word(s) over {LONG_WORD} characters given break points")
    return "".join(parts), notes
