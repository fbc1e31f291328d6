"""Chinese and Japanese text wrapped at a fixed width (a release pasted from a PDF): the
width, and its lines joined as the script writes them, without spaces."""

from __future__ import annotations

import itertools
import re
import unicodedata

from tearsheet import zones
from tearsheet.recognise import Draft

# A Chinese or Japanese paragraph is wrapped when its lines but the last are at least this
# many columns and as wide as each other to within WIDE_SLACK (an ideograph takes two
# columns, a Latin letter or digit one: "2025年4月22日（火）より" is as wide as a line of
# ideographs with fewer characters).
WIDE_WRAP = 40
WIDE_SLACK = 4
# Marks that end a line of a paragraph without breaking a sentence in it.
_ENDS = '.!?:;。！？”"»)、，'


# Two characters of which one is an ideograph, kana, CJK punctuation or a full-width form.
_WIDE_CHARACTER = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_MEETS = re.compile(f"[{_WIDE_CHARACTER}].|.[{_WIDE_CHARACTER}]", re.DOTALL)
# Spaces as a copy gives them; a no-break space is kept.
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def columns(line: str) -> int:
    """How wide the line is set: two columns for a wide character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


def part_indented(lines: list[str]) -> list[str]:
    """A Japanese or Chinese paragraph opens with an ideographic space ("　株式会社…"): a
    wrapped release's lines part there, as at a blank line."""
    parted: list[str] = []
    for line in lines:
        if (
            parted
            and parted[-1].strip()
            and line.startswith("\u3000")
            and line.strip()
            and zones.has_wide(line)
        ):
            parted.append("")
        parted.append(line)
    return parted


def wide_width(lines: list[str]) -> int | None:
    """The width a Chinese or Japanese text was wrapped at (a release pasted from a PDF):
    the widest line of a paragraph of three or more lines that runs on at one width, or of
    two paragraphs of two lines that break at the same width; or None. A page copied from a
    browser has a line per paragraph."""
    found: list[tuple[int, bool]] = []
    for filled, run in itertools.groupby(lines, _has_text):
        stack = [line.strip() for line in run]
        if filled and len(stack) > 1 and zones.has_wide(stack[0]) and _wide_run(stack):
            found.append((max(map(columns, stack[:-1])), len(stack) > 2))
    agreed = [
        width
        for index, (width, long) in enumerate(found)
        if long or any(abs(width - other) <= WIDE_SLACK for other, _ in found[index + 1 :])
    ]
    return max(agreed) if agreed else None


def wide_wrapped(lines: list[str], width: int | None) -> bool:
    """A Chinese or Japanese paragraph wrapped at the text's width; two lines are wrapped
    only when the first reaches that width."""
    if width is None or not _wide_run(lines):
        return False
    return abs(max(map(columns, lines[:-1])) - width) <= WIDE_SLACK


def _wide_run(lines: list[str]) -> bool:
    """Every line but the last as long as the widest, give or take a character that line
    breaking rules moved, and some line broken inside a sentence. A stack of a heading, a
    date and an issuer, or of list items, has lines of many lengths."""
    widths = [columns(line) for line in lines[:-1]]
    widest = max(widths)
    return (
        widest >= WIDE_WRAP
        and min(widths) >= widest - WIDE_SLACK
        and columns(lines[-1]) <= widest + WIDE_SLACK
        and any(line[-1:] not in _ENDS for line in lines[:-1])
    )


def join_wide(lines: list[str]) -> str:
    """Wrapped lines joined as the script writes them: no space between two ideographs or
    kana, a space where a Latin word or a number meets the break."""
    joined = lines[0]
    for line in lines[1:]:
        joined += line if _WIDE_MEETS.match(joined[-1:] + line[:1]) else f" {line}"
    return _ASCII_SPACE.sub(" ", joined).strip(" \t\n\r\f\v")


def _has_text(line: str) -> bool:
    return bool(line.strip())


# A Japanese line ending in a particle or a comma runs on to the next ("…サイダー」を").
_PARTICLE_END = "をのがにでとはへやも、"
# A Japanese release's subtitle, between wave dashes or bars on the line under the title
# ("～レアメタルを使わない大型蓄電池の実現に道～", "―地域の足を守る新たな仕組み―").
SUBTITLE = re.compile(r"([～〜―－])[^～〜―－\n]{2,80}+\1")
# A wrapped headline's second line is at most this many characters.
HEADLINE_PART = 40


def read_wrapped_headline(blocks: list[str], start: int, draft: Draft) -> int:
    """A Japanese release's headline wrapped onto the line under it ("…「しまなみレモン
    サイダー」を" / "4月22日より中四国・関西エリアで発売"), joined; the subtitle between wave
    dashes under it is the dek. Returns where the body starts."""
    headline = draft.headline or ""
    if not (0 < start < len(blocks) and blocks[start - 1] == headline and zones.has_wide(headline)):
        return start
    line = blocks[start].strip()
    if (
        headline.rstrip()[-1:] in _PARTICLE_END
        and zones.has_wide(line)
        and len(line) <= HEADLINE_PART
        and line[-1:] not in "。．.！？"
    ):
        draft.headline = join_wide([headline, line])
        draft.recognised.append(f"headline wrapped onto {line[:20]!r}")
        start += 1
    if start < len(blocks) and draft.dek is None and SUBTITLE.fullmatch(blocks[start].strip()):
        draft.dek = blocks[start]
        draft.recognised.append(f"dek {blocks[start][:20]!r} between wave dashes")
        start += 1
    return start
