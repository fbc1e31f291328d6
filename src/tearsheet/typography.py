"""Local typography per language: quotation marks, dashes and the spaces around punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tearsheet.language import Language

# Smarty (markup.py) writes these placeholders for the quotes and the `--` dash it
# recognises; apply_typography turns them into the language's own marks. They are Unicode
# noncharacters, which no article means to contain (markup.py removes any from the input).
OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE, DASH = "\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4"
PLACEHOLDERS = OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + DASH

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space (espace fine insécable)
APOSTROPHE = "\u2019"

CLDR = "CLDR 46 delimiters (quotationStart/End, alternateQuotationStart/End)"


@dataclass(frozen=True)
class Style:
    """One language's marks. ``dash`` is what `--` becomes: ``em`` (set as typed, usually
    closed up), ``spaced-en`` or ``spaced-em`` (the space before it made unbreakable)."""

    quotes: tuple[str, str]
    secondary: tuple[str, str]
    dash: str
    source: str
    french_spacing: bool = False
    cjk_spacing: bool = False


_EN = Style(("“", "”"), ("‘", "’"), "em", f"{CLDR}; Chicago Manual of Style 6.85 (em dash)")
_GUILLEMETS_SPANISH = Style(
    ("«", "»"), ("“", "”"), "em", f"{CLDR}; RAE Ortografía 2010 §3.4.6 (raya), §3.4.8 (comillas)"
)

# Keyed by language, language-script or language-territory; the most specific wins.
STYLES: dict[str, Style] = {
    "en": _EN,
    "en-GB": Style(("“", "”"), ("‘", "’"), "spaced-en", f"{CLDR}; New Hart's Rules 4.11.1"),
    "de": Style(("„", "“"), ("‚", "‘"), "spaced-en", f"{CLDR}; Duden K 31, K 77 (Gedankenstrich)"),
    "de-CH": Style(("«", "»"), ("‹", "›"), "spaced-en", f"{CLDR} (de_CH); Schweizer Duden"),
    "de-LI": Style(("«", "»"), ("‹", "›"), "spaced-en", f"{CLDR} (de_LI follows de_CH)"),
    "fr": Style(
        ("«", "»"),
        ("“", "”"),
        "spaced-en",
        "Lexique des règles typographiques en usage à l'Imprimerie nationale (guillemets, "
        "tiret, espaces fines insécables avant ; : ! ? et dans « »)",
        french_spacing=True,
    ),
    "es": _GUILLEMETS_SPANISH,
    "ca": Style(("«", "»"), ("“", "”"), "em", f"{CLDR}; IEC Ortografia catalana (2017) §6.3"),
    "gl": _GUILLEMETS_SPANISH,
    "pt": Style(("“", "”"), ("‘", "’"), "spaced-em", f"{CLDR} (pt = Brazil); travessão"),
    "pt-PT": Style(("«", "»"), ("“", "”"), "spaced-em", f"{CLDR} (pt_PT); travessão"),
    "it": Style(("«", "»"), ("“", "”"), "spaced-en", f"{CLDR}; Treccani (lineetta)"),
    "nl": Style(("“", "”"), ("‘", "’"), "spaced-en", f"{CLDR}; Woordenlijst (gedachtestreepje)"),
    "pl": Style(("„", "”"), ("«", "»"), "spaced-en", f"{CLDR}; PWN (półpauza)"),
    "cs": Style(("„", "“"), ("‚", "‘"), "spaced-en", f"{CLDR}; ČSN 01 6910 (pomlčka)"),
    "sk": Style(("„", "“"), ("‚", "‘"), "spaced-en", f"{CLDR}"),
    "ru": Style(
        ("«", "»"), ("„", "“"), "spaced-em", f"{CLDR}; Мильчин, Справочник издателя (тире)"
    ),
    "uk": Style(("«", "»"), ("„", "“"), "spaced-em", f"{CLDR}"),
    "el": Style(("«", "»"), ("“", "”"), "spaced-en", f"{CLDR}; dash: Greek press practice"),
    "sv": Style(("”", "”"), ("’", "’"), "spaced-en", f"{CLDR}; Svenska skrivregler (tankstreck)"),
    "da": Style(("“", "”"), ("‘", "’"), "spaced-en", f"{CLDR}"),
    "nb": Style(("«", "»"), ("‘", "’"), "spaced-en", f"{CLDR}"),
    "fi": Style(("”", "”"), ("’", "’"), "spaced-en", f"{CLDR}"),
    "hu": Style(("„", "”"), ("»", "«"), "spaced-en", f"{CLDR}"),
    "tr": Style(("“", "”"), ("‘", "’"), "em", f"{CLDR}"),
    "ar": Style(("”", "“"), ("’", "‘"), "em", f"{CLDR} (marks as written in right-to-left text)"),
    "fa": Style(("«", "»"), ("”", "“"), "em", f"{CLDR}"),
    "he": Style(("”", "”"), ("’", "’"), "spaced-en", f"{CLDR}"),
    "zh": Style(("“", "”"), ("‘", "’"), "em", f"{CLDR}", cjk_spacing=True),
    "zh-Hant": Style(("「", "」"), ("『", "』"), "em", f"{CLDR} (zh_Hant)", cjk_spacing=True),
    "ja": Style(("「", "」"), ("『", "』"), "em", f"{CLDR}", cjk_spacing=True),
    "ko": Style(("“", "”"), ("‘", "’"), "em", f"{CLDR}", cjk_spacing=True),
}


def style_for(language: Language) -> Style:
    """The most specific style: language-territory, then language-script, then language."""
    keys = [
        f"{language.language}-{language.territory}" if language.territory else None,
        f"{language.language}-{language.script}",
        language.language,
    ]
    return next((STYLES[key] for key in keys if key and key in STYLES), _EN)


_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_ENTITY = re.compile(r"(&#?\w+;)")
# Inside these the text is code or a single block's worth of quotes starts afresh.
_LITERAL = frozenset({"code", "pre", "kbd", "samp", "script", "style"})
_BLOCKS = frozenset(
    "p li h1 h2 h3 h4 h5 h6 blockquote td th dt dd figcaption caption div section".split()
)
_LETTER = re.compile(r"\w")
# French: a narrow no-break space before ; ! ? : that end a phrase (a space, the end or
# closing punctuation follows, so times and addresses are left alone), replacing any space
# typed there; and inside « ».
_FRENCH_BEFORE = re.compile(
    r"(?<=[\w»)\]…’\"])[ \u00a0\u202f]?([;!?])(?=[\s»)\]\"”’.,;:!?]|$)"
    r"|(?<=[\w»)\]…])[ \u00a0\u202f]?(:)(?=\s|$)"
)
_FRENCH_OPEN = re.compile(r"«[ \u00a0\u202f]*")
# Anchored at the start of a run of spaces, so a long run with no » after it is scanned once.
_FRENCH_CLOSE = re.compile(r"(?<![ \u00a0\u202f])[ \u00a0\u202f]*+»")
# CJK: full-width punctuation carries its own space; a Latin space after it is removed.
_CJK_PUNCTUATION = "。，、；：？！）」』】〕》〉"
_CJK_SPACE_AFTER = re.compile(rf"(?<=[{_CJK_PUNCTUATION}])[ \t]+")


class _State:
    """What carries across the text of a block: how many single quotes are open."""

    def __init__(self) -> None:
        self.open_single = 0


def apply_typography(fragment: str, language: Language) -> str:
    """Turn smarty's placeholders into the language's marks and set its spacing, in the text of
    an HTML fragment (never in tags, attributes, code or entities)."""
    style = style_for(language)
    parts = _TAG.split(fragment)
    literal = 0
    state = _State()
    for index, part in enumerate(parts):
        if index % 2:
            name = _TAG_NAME.match(part)
            if name:
                tag = name[2].lower()
                if tag in _LITERAL and not part.endswith("/>"):
                    literal += -1 if name[1] else 1
                    literal = max(literal, 0)
                if tag in _BLOCKS:
                    state = _State()
            continue
        if not part:
            continue
        pieces = _ENTITY.split(part)
        for number in range(0, len(pieces), 2):
            pieces[number] = _set_text(pieces[number], style, state, literal > 0)
        parts[index] = "".join(pieces)
    return "".join(parts)


def _set_text(text: str, style: Style, state: _State, literal: bool) -> str:
    if any(mark in text for mark in PLACEHOLDERS):
        text = _resolve_marks(text, style, state)
    if literal:
        return text
    if style.french_spacing:
        text = _FRENCH_BEFORE.sub(lambda m: NNBSP + (m[1] or m[2]), text)
        text = _FRENCH_OPEN.sub("«" + NNBSP, text)
        text = _FRENCH_CLOSE.sub(NNBSP + "»", text)
    if style.cjk_spacing:
        text = _CJK_SPACE_AFTER.sub("", text)
    return text


def _resolve_marks(text: str, style: Style, state: _State) -> str:
    out: list[str] = []
    for position, char in enumerate(text):
        if char == OPEN_DOUBLE:
            out.append(style.quotes[0])
        elif char == CLOSE_DOUBLE:
            out.append(style.quotes[1])
        elif char == OPEN_SINGLE:
            state.open_single += 1
            out.append(style.secondary[0])
        elif char == CLOSE_SINGLE:
            before = text[position - 1] if position else ""
            after = text[position + 1] if position + 1 < len(text) else ""
            inside_word = bool(_LETTER.match(before) and _LETTER.match(after))
            if state.open_single and not inside_word:
                state.open_single -= 1
                out.append(style.secondary[1])
            else:
                out.append(APOSTROPHE)
        elif char == DASH:
            out.append(_dash(style, out))
        else:
            out.append(char)
    return "".join(out)


def _dash(style: Style, before: list[str]) -> str:
    if style.dash == "em":
        return "—"
    glyph = "–" if style.dash == "spaced-en" else "—"
    if before and before[-1] == " ":
        before[-1] = NBSP
    return glyph
