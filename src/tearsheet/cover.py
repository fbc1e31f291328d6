"""A typographic cover for the EPUB, drawn with Pillow in the faces the article's script is set
in, wrapped to fit, and stored compactly (a palette PNG, drawn once per text and settings)."""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import unicodedata
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from tearsheet.article import Article
from tearsheet.files import write_atomic
from tearsheet.fonts import (
    LATIN_ROLES,
    SCRIPT_ROLES,
    FaceFile,
    cache_folder,
    face_characters,
    find_face,
)

# Kindle's recommended cover size (2560 px tall, 1.6:1); Kobo and Apple Books take it as is.
WIDTH, HEIGHT = 1600, 2560
MARGIN = 130
TEXT_WIDTH = WIDTH - 2 * MARGIN
PAPER = (246, 243, 236)
INK = (22, 22, 22)
MUTED = (90, 90, 90)
ACCENT = (155, 27, 27)
# The size a generated cover should stay under (an RGB PNG of one is 300–400 KB).
MAX_COVER_BYTES = 60 * 1024
# Bump when the drawing changes: it is part of the cache key.
COVER_VERSION = "5"

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# Han and kana break between any two characters; Korean, like Latin, breaks between words
# (word-break: keep-all), so Hangul is not among them.
_BREAK_ANYWHERE = re.compile(
    "[\u2e80-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer.
_NO_SPACES = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# Kinsoku: marks that never start a line and marks that never end one.
_NO_START = set("，。、；：？！）」』】〕》〉”’・ー…")
_NO_END = set("（「『【〔《〈“‘")


@dataclass(frozen=True)
class CoverText:
    """Everything the drawing depends on; its hash names the cached image."""

    kicker: str
    headline: str
    dek: str
    foot: str
    byline: str
    source: str
    script: str
    direction: str
    spaced_capitals: bool = True


def cover_text(article: Article, date_text: str) -> CoverText:
    """The words on the cover: kicker (the label), headline, dek, then place and date, byline
    and source at the foot."""
    return CoverText(
        kicker=article.label or "",
        headline=article.headline,
        dek=article.dek or "",
        foot=" · ".join(part for part in (article.dateline, date_text) if part),
        byline=", ".join(article.byline),
        source=article.source or "" if article.byline else "",
        script=article.language.script,
        direction=article.direction,
        spaced_capitals=article.language.spaced_capitals,
    )


def draw_cover(article: Article, date_text: str) -> bytes:
    """The cover as a 1600×2560 palette PNG, from the cache when this text was drawn before."""
    return cover_image(cover_text(article, date_text))


@lru_cache(maxsize=64)
def cover_image(text: CoverText) -> bytes:
    """Draw (or read from the user's cache) the cover for one text; each is drawn once."""
    key = hashlib.sha256(repr((COVER_VERSION, astuple(text))).encode()).hexdigest()[:24]
    cached = covers_folder() / f"{key}.png"
    if cached.is_file():
        return cached.read_bytes()
    data = encode_cover(_draw(text))
    write_atomic(cached, data)
    return data


def covers_folder() -> Path:
    """Where drawn covers are kept: beside the cut fonts in the user's cache folder."""
    return cache_folder().parent / "covers"


def encode_cover(image: Image.Image) -> bytes:
    """A typographic cover needs few colours: a 4-bit palette PNG is a tenth of an RGB one.

    Twelve colours keep anti-aliased edges smooth; a cover that still comes out over
    MAX_COVER_BYTES (long text in a dense script) is redone with eight.
    """
    data = b""
    for colours, level in ((12, 6), (8, 9)):
        reduced = image.quantize(
            colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
        buffer = io.BytesIO()
        reduced.save(buffer, format="PNG", bits=4, compress_level=level)
        data = buffer.getvalue()
        if len(data) <= MAX_COVER_BYTES:
            break
    return data


# --- fonts and lines ----------------------------------------------------------------------


def _candidates(script: str, role: str) -> list[tuple[str, str, int]]:
    own = SCRIPT_ROLES.get(script, LATIN_ROLES)[role]
    others = [roles[role] for roles in SCRIPT_ROLES.values()]
    return list(dict.fromkeys([own, LATIN_ROLES[role], *others]))


def _face(text: str, script: str, role: str) -> FaceFile | None:
    """The first face, the script's own first, that has every character of the text."""
    needed = {ord(char) for char in text if not char.isspace()}
    for family, style, weight in _candidates(script, role):
        face = find_face(family, style, weight)
        if face is not None and needed <= face_characters(face):
            return face
    return None


@lru_cache(maxsize=128)
def _font(face: FaceFile, size: int) -> ImageFont.FreeTypeFont:
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(face.path), size, index=face.index, layout_engine=engine)


def _needs_shaping(text: str) -> bool:
    """Scripts Pillow can set only with libraqm: joining (Hebrew to Arabic's ranges),
    reordering and stacking (Indic, Thai, Lao, Tibetan, Myanmar, Khmer)."""
    return any(
        "\u0590" <= char <= "\u08ff"
        or "\u0900" <= char <= "\u109f"
        or "\u1780" <= char <= "\u17ff"
        or "\ufb1d" <= char <= "\ufeff"
        for char in text
    )


def _words(token: str) -> list[str]:
    """A run of a script written without spaces between words (Thai, Lao, Myanmar, Khmer)
    cut where Pango would break the line, as in the PDF: Thai words from libthai's
    dictionary, so no line breaks inside a word or a syllable."""
    from weasyprint.text.ffi import ffi, pango

    data = token.encode("utf-8")
    attributes = ffi.new("PangoLogAttr[]", len(token) + 1)
    language = pango.pango_language_get_default()
    pango.pango_get_log_attrs(data, len(data), -1, language, attributes, len(token) + 1)
    cuts = [0, *(i for i in range(1, len(token)) if attributes[i].is_line_break), len(token)]
    return [token[start:end] for start, end in itertools.pairwise(cuts)]


def _units(text: str) -> list[str]:
    """Where a line may break: after spaces, between words in scripts written without
    spaces, and between Han or kana characters except before a closing mark or after an
    opening one."""
    units: list[str] = []
    for token in re.findall(r"\S+\s*", text):
        if _NO_SPACES.search(token):
            units += _words(token)
            continue
        if not _BREAK_ANYWHERE.search(token):
            units.append(token)
            continue
        for char in token:
            last = units[-1][-1] if units else ""
            joined = char in _NO_START or char.isspace() or last in _NO_END
            latin = not _BREAK_ANYWHERE.match(char) and not _BREAK_ANYWHERE.match(last)
            if units and (joined or latin):
                units[-1] += char
            else:
                units.append(char)
    return units


def _line_direction(line: str, default: str) -> str:
    """A line's own direction from its first strong character (as dir="auto" does), so a
    line of Latin names in an Arabic cover keeps its comma at its end; alignment stays the
    article's."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


class _Setter:
    """Measures and sets lines in one direction."""

    def __init__(self, text: CoverText):
        self.direction = text.direction
        self.raqm = features.check("raqm")

    def width(self, line: str, font: ImageFont.FreeTypeFont) -> float:
        if self.raqm:
            return font.getlength(line, direction=_line_direction(line, self.direction))
        return font.getlength(line)

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, limit: int) -> list[str]:
        """Greedy lines no wider than the text block; a unit wider than it is cut."""
        lines: list[str] = []
        for unit in _units(text):
            candidate = (lines[-1] + unit) if lines else unit
            if lines and self.width(candidate.rstrip(), font) <= TEXT_WIDTH:
                lines[-1] = candidate
                continue
            while self.width(unit.rstrip(), font) > TEXT_WIDTH and len(unit) > 1:
                cut = len(unit) - 1
                while cut > 1 and self.width(unit[:cut], font) > TEXT_WIDTH:
                    cut -= 1
                lines.append(unit[:cut])
                unit = unit[cut:]
            lines.append(unit)
        lines = [line.strip() for line in lines if line.strip()]
        if len(lines) > limit:
            lines = lines[:limit]
            last = lines[-1]
            while last and self.width(last + "…", font) > TEXT_WIDTH:
                last = last[:-1].rstrip()
            lines[-1] = last + "…"
        return lines


def _draw(text: CoverText) -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    setter = _Setter(text)
    draw.rectangle((0, 0, WIDTH, 36), fill=ACCENT)

    def put(line: str, font: ImageFont.FreeTypeFont, y: float, fill, spacing: float = 0) -> None:
        width = setter.width(line, font) + spacing * max(len(line) - 1, 0)
        x = MARGIN if setter.direction == "ltr" else WIDTH - MARGIN - width
        if spacing:
            for char in line:
                draw.text((x, y), char, font=font, fill=fill, anchor="ls")
                x += font.getlength(char) + spacing
            return
        options = {"direction": _line_direction(line, setter.direction)} if setter.raqm else {}
        draw.text((x, y), line, font=font, fill=fill, anchor="ls", **options)

    # The foot, set from the bottom up: place and date, byline, source.
    foot: list[tuple[str, ImageFont.FreeTypeFont, tuple[int, int, int], float]] = []
    for words, size, colour, limit in (
        (text.foot, 52, INK, 2),
        (text.byline, 44, MUTED, 3),
        (text.source, 44, MUTED, 2),
    ):
        face = _face(words, text.script, "label") if words else None
        if face is None or (_needs_shaping(words) and not setter.raqm):
            continue
        font = _font(face, size)
        foot += [(line, font, colour, size * 1.45) for line in setter.wrap(words, font, limit)]
    # The last baseline sits at the bottom margin; the rule sits above the first line.
    y = HEIGHT - 150.0 - sum(step for *_, step in foot[:-1])
    rule = y - (foot[0][1].size if foot else 0) - 70
    draw.rectangle((MARGIN, rule - 4, WIDTH - MARGIN, rule), fill=INK)
    for line, font, colour, step in foot:
        put(line, font, y, colour)
        y += step

    y = 300.0
    # Letter-spaced capitals only in a script with case (as the stylesheets do).
    kicker = text.kicker.upper() if text.spaced_capitals else text.kicker
    if kicker and (face := _face(kicker, text.script, "label")):
        spaced = text.spaced_capitals and not _needs_shaping(kicker) and not _CJK.search(kicker)
        font = _font(face, 48)
        line = setter.wrap(kicker, font, 1)[0]
        put(line, font, y, ACCENT, spacing=6 if spaced and setter.direction == "ltr" else 0)
        y += 110
    room = rule - 120 - y
    headline = _fit_headline(text, setter, room * 0.8)
    if headline:
        font, lines, leading = headline
        y += font.size * 0.85
        for line in lines:
            put(line, font, y, INK)
            y += font.size * leading
    if text.dek and (face := _face(text.dek, text.script, "dek")):
        font = _font(face, 64)
        y += 40
        limit = max(0, int((rule - 120 - y) // (64 * 1.3)))
        for line in setter.wrap(text.dek, font, min(limit, 6)) if limit else []:
            put(line, font, y + 64 * 0.85, MUTED)
            y += 64 * 1.3
    return image


def _fit_headline(
    text: CoverText, setter: _Setter, room: float
) -> tuple[ImageFont.FreeTypeFont, list[str], float] | None:
    """The largest headline size (within reason) whose wrapped lines fit the room."""
    face = _face(text.headline, text.script, "headline")
    if face is None or (_needs_shaping(text.headline) and not setter.raqm):
        return None
    leading = 1.25 if _CJK.search(text.headline) or _needs_shaping(text.headline) else 1.1
    for size in range(190, 60, -10):
        font = _font(face, size)
        lines = setter.wrap(text.headline, font, 99)
        if len(lines) * size * leading <= room:
            return font, lines, leading
    font = _font(face, 60)
    return font, setter.wrap(text.headline, font, max(1, int(room // (60 * leading)))), leading
