"""A typographic cover image for the EPUB, drawn with Pillow from the headline, dateline and
source in the theme's packaged fonts."""

from __future__ import annotations

import io
from dataclasses import replace
from functools import cache
from pathlib import Path

import fontpkg
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont, features

from tearsheet.article import Article

# Kindle's recommended cover size (2560 px tall, 1.6:1); Kobo and Apple Books take it as is.
WIDTH, HEIGHT = 1600, 2560
MARGIN = 130
PAPER = (246, 243, 236)
INK = (22, 22, 22)
MUTED = (90, 90, 90)
ACCENT = (155, 27, 27)


@cache
def _face_path(family: str, style: str = "normal", weight: int | None = None) -> Path | None:
    """The packaged file: the variable one when there is one (its axes are set per use)."""
    files = [f for f in fontpkg.family(family).files if f.style == style]
    chosen = next((f for f in files if f.variable), None) or next(
        (f for f in files if f.weight == weight), None
    )
    return chosen.path if chosen else None


@cache
def _characters(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _covers(path: Path | None, text: str) -> bool:
    return path is not None and all(
        ord(char) in _characters(path) or char.isspace() for char in text
    )


def _shaping_needed(text: str) -> bool:
    """Scripts that Pillow can set only with libraqm (joining, reordering)."""
    return any(ord(char) >= 0x0590 for char in text)


def _font(text: str, size: int, role: str) -> ImageFont.FreeTypeFont | None:
    """The packaged font for a piece of cover text, or None when none can show it all."""
    if _shaping_needed(text) and not features.check("raqm"):
        return None
    if role == "label":
        choices = [
            ("Libre Franklin", "normal", None, {"Weight": 600}),
            ("Amiri", "normal", 700, {}),
        ]
    else:
        weight = 600 if role == "headline" else 400
        style = "italic" if role == "dek" else "normal"
        choices = [
            ("Newsreader", style, None, {"Weight": weight, "Optical Size": 72}),
            ("Amiri", style, 700 if role == "headline" else 400, {}),
        ]
    for family, style, weight, axes in choices:
        path = _face_path(family, style, weight)
        if _covers(path, text):
            font = ImageFont.truetype(str(path), size)
            if axes:
                names = [axis["name"].decode() for axis in font.get_variation_axes()]
                current = {"Weight": 400, "Optical Size": 12, **axes}
                font.set_variation_by_axes([current[name] for name in names])
            return font
    return None


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, direction: str) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate, direction=_dir(direction)) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _dir(direction: str) -> str | None:
    return direction if features.check("raqm") else None


class _Page:
    """The cover canvas, with text set line by line from the top or the bottom."""

    def __init__(self, article: Article):
        self.image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
        self.draw = ImageDraw.Draw(self.image)
        self.lang = article.lang
        self.direction = article.direction

    def line(self, text: str, font: ImageFont.FreeTypeFont, y: float, fill, spacing=0.0):
        """Set one line at baseline ``y``, aligned to the reading direction's start."""
        width = font.getlength(text, direction=_dir(self.direction))
        x = MARGIN if self.direction == "ltr" else WIDTH - MARGIN - width
        options = {"direction": _dir(self.direction)} if _dir(self.direction) else {}
        if spacing and self.direction == "ltr":
            for char in text:
                self.draw.text((x, y), char, font=font, fill=fill, anchor="ls")
                x += font.getlength(char) + spacing
            return
        self.draw.text((x, y), text, font=font, fill=fill, anchor="ls", **options)


def _fit_headline(text: str, direction: str) -> tuple[ImageFont.FreeTypeFont, list[str]] | None:
    """The largest headline size (within reason) whose lines fit the cover's text block."""
    for size in range(190, 70, -10):
        font = _font(text, size, "headline")
        if font is None:
            return None
        lines = _wrap(text, font, WIDTH - 2 * MARGIN, direction)
        if len(lines) * size * 1.1 <= 1250 and all(
            font.getlength(line, direction=_dir(direction)) <= WIDTH - 2 * MARGIN for line in lines
        ):
            return font, lines
    font = _font(text, 70, "headline")
    return (font, _wrap(text, font, WIDTH - 2 * MARGIN, direction)[:16]) if font else None


@cache
def _palette() -> Image.Image:
    """The cover's 16 colours: paper, and five steps from paper to each of ink, muted text
    and accent (the anti-aliased edges of the letters)."""
    colours = [PAPER]
    for colour in (INK, MUTED, ACCENT):
        for step in range(1, 6):
            share = step / 5
            colours.append(
                tuple(
                    round(p * (1 - share) + c * share) for p, c in zip(PAPER, colour, strict=True)
                )
            )
    palette = Image.new("P", (1, 1))
    palette.putpalette([value for colour in colours for value in colour])
    return palette


# The last cover drawn, by what it shows: the Kobo EPUB asks for the EPUB's cover again.
_last: list[tuple[object, bytes]] = []


def draw_cover(article: Article, date_text: str) -> bytes:
    """A 1600×2560 PNG: kicker, headline, dek, then dateline and source at the foot.

    Text no packaged font can show (a script the theme has no font for) is left off rather
    than drawn as empty boxes; the headline is still in the book's metadata. The same
    article's cover (EPUB and Kobo EPUB) is drawn once.
    """
    key = (replace(article, body=""), date_text)
    if _last and _last[0][0] == key:
        return _last[0][1]
    data = _draw_cover(article, date_text)
    _last[:] = [(key, data)]
    return data


def _draw_cover(article: Article, date_text: str) -> bytes:
    page = _Page(article)
    page.draw.rectangle((0, 0, WIDTH, 36), fill=ACCENT)
    y = 300.0
    kicker = (article.label or "").upper()
    if kicker and (font := _font(kicker, 48, "label")):
        page.line(kicker, font, y, ACCENT, spacing=6)
        y += 110
    fitted = _fit_headline(article.headline, article.direction)
    if fitted:
        font, lines = fitted
        y += font.size * 0.85
        for line in lines:
            page.line(line, font, y, INK)
            y += font.size * 1.1
    if article.dek and (font := _font(article.dek, 64, "dek")):
        y += 40
        for line in _wrap(article.dek, font, WIDTH - 2 * MARGIN, article.direction)[:6]:
            if y > HEIGHT - 560:
                break
            page.line(line, font, y, MUTED)
            y += 64 * 1.3
    page.draw.rectangle((MARGIN, HEIGHT - 420, WIDTH - MARGIN, HEIGHT - 416), fill=INK)
    foot = [part for part in (article.dateline, date_text) if part]
    bottom = HEIGHT - 300.0
    for text, size, colour in (
        (" · ".join(foot), 52, INK),
        (", ".join(article.byline) if article.byline else "", 44, MUTED),
        (article.source if article.byline else "", 44, MUTED),
    ):
        if text and (font := _font(text, size, "label")):
            page.line(text, font, bottom, colour)
            bottom += size * 1.6
    # A typographic cover needs few colours: a 4-bit palette PNG is a third of the size of
    # the RGB one and, mapped to a fixed palette, about ten times quicker to encode.
    indexed = page.image.quantize(palette=_palette(), dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    indexed.save(buffer, format="PNG", bits=4)
    return buffer.getvalue()
