"""One language model for the whole tool: a BCP 47 tag parsed once, and what follows from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import langcodes
from babel import Locale, UnknownLocaleError

# RFC 5646 §4.4.1 asks implementations to hold tags of at least 35 characters; longer
# ones carry extensions no renderer reads, and a bound keeps hostile input cheap.
MAX_TAG_LENGTH = 64

# Scripts written right to left (Unicode's Bidi_Class R/AL scripts in current use).
RTL_SCRIPTS = frozenset(
    {"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Samr", "Mand", "Yezi"}
)
# Scripts set without spaces between words, broken between characters, never hyphenated.
CJK_SCRIPTS = frozenset({"Hans", "Hant", "Jpan", "Kore", "Hani", "Hira", "Kana", "Hang"})
# Scripts with capital letters, where a label may be set in letter-spaced capitals (the
# kicker, the byline). Elsewhere spacing pulls apart what should touch: it breaks Arabic and
# Adlam joining (Adlam has case, but joins), spreads Thai and Indic clusters, and in Han or
# kana text reads as a gap, not a style. Georgian is left out though Unicode 11 gave it
# Mtavruli capitals: they are not a running-text style and most fonts have none, so upper-
# casing a Georgian label would set it in a fallback font.
SPACED_CAPITAL_SCRIPTS = frozenset(
    {"Latn", "Cyrl", "Grek", "Armn", "Copt", "Glag", "Cher", "Dsrt", "Osge", "Vith", "Medf"}
)

# Detection: below this much text, or this confidence, the body's language is not guessed.
MIN_DETECTION_CHARACTERS = 200
MIN_DETECTION_CONFIDENCE = 0.95


# Markup, addresses and code that say nothing about the language the prose is in.
# Negated classes with possessive quantifiers, on a bounded prefix of the text: a lazy .*?
# rescanned to the end from every unclosed '<', '{{' or fence.
_NOT_PROSE = re.compile(
    r"```(?:[^`]++|`(?!``))*+```|`[^`\n]*+`|<[^<>]*+>|\]\([^()]*+\)|https?://\S++"
    r"|&#?\w++;|\{\{[^{}]*+\}\}"
)
# Detection reads at most this much of the body (the sample is cut to 5,000 characters).
MAX_DETECTION_TEXT = 50_000


class LanguageError(ValueError):
    """A language tag that is malformed or names no known language."""


@dataclass(frozen=True)
class Language:
    """A language tag and the facts every renderer needs from it."""

    tag: str
    language: str
    script: str
    territory: str | None

    @property
    def direction(self) -> str:
        """``rtl`` for scripts written right to left, ``ltr`` otherwise."""
        return "rtl" if self.script in RTL_SCRIPTS else "ltr"

    @property
    def is_cjk(self) -> bool:
        """Chinese, Japanese or Korean: no hyphenation, per-character line breaking."""
        return self.script in CJK_SCRIPTS

    @property
    def spaced_capitals(self) -> bool:
        """Whether labels may be set in letter-spaced capitals: only in a script with case
        whose letters stand apart (SPACED_CAPITAL_SCRIPTS)."""
        return self.script in SPACED_CAPITAL_SCRIPTS

    @property
    def script_tag(self) -> str:
        """The tag with its script made explicit (``zh`` → ``zh-Hans``), for font selection:
        browsers and Pango pick a CJK variant from the script, not from ``zh`` alone."""
        return "-".join(part for part in (self.language, self.script, self.territory) if part)

    @property
    def hyphenation(self) -> str | None:
        """The Pyphen (LibreOffice) dictionary WeasyPrint hyphenates with, or None."""
        if self.is_cjk:
            return None
        import pyphen

        return pyphen.language_fallback(self.tag.replace("-", "_"))

    @property
    def locale(self) -> Locale:
        """The CLDR locale for dates and numbers; English when CLDR has none for the tag."""
        return cldr_locale(self.tag)

    @property
    def name(self) -> str:
        """The language's name in English, for messages ("German", "Chinese")."""
        try:
            return Locale.parse(self.language).get_display_name("en") or self.tag
        except (UnknownLocaleError, ValueError):
            return self.tag


@cache
def parse_language(value: str) -> Language:
    """Parse and validate a BCP 47 tag (``pt-BR``, ``zh-Hant``, ``sr-Latn``).

    Raises LanguageError with a message fit to follow ``front matter 'lang':``.
    """
    text = value.strip()
    if not text or len(text) > MAX_TAG_LENGTH:
        raise LanguageError(f"{_show(text)} is not a language tag")
    try:
        parsed = langcodes.Language.get(text.replace("_", "-"), normalize=True)
    except (langcodes.LanguageTagError, ValueError):
        raise LanguageError(
            f"{_show(text)} is not a language tag (like 'en', 'pt-BR' or 'zh-Hant')"
        ) from None
    if not parsed.language or not parsed.is_valid() or not langcodes.tag_is_valid(parsed.to_tag()):
        raise LanguageError(f"{_show(text)} is not a known language")
    likely = parsed.maximize()
    return Language(
        tag=parsed.to_tag(),
        language=parsed.language,
        script=parsed.script or likely.script or "Latn",
        territory=parsed.territory,
    )


ENGLISH = parse_language("en")


def language_of(tag: str) -> Language:
    """The Language of a tag already validated where it was read; English if it is not one
    (an Article made in code), so a renderer never fails on it."""
    try:
        return parse_language(tag)
    except LanguageError:
        return ENGLISH


@cache
def cldr_locale(tag: str) -> Locale:
    """The closest CLDR locale Babel has for a tag, falling back to English."""
    parsed = langcodes.Language.get(tag)
    for candidate in (
        parsed.to_tag(),
        parsed.simplify_script().to_tag(),
        langcodes.Language.make(
            language=parsed.language, script=parsed.script, territory=parsed.territory
        ).to_tag(),
        langcodes.Language.make(language=parsed.language, script=parsed.script).to_tag(),
        parsed.language or "en",
    ):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


@dataclass(frozen=True)
class Detection:
    """What the detector made of a body: a language, and how sure it was."""

    language: Language
    confidence: float
    confident: bool


def detect_language(text: str) -> Detection:
    """The body's language, from py3langid's bundled model (a 2.6 MB pure-Python classifier).

    py3langid is chosen over lingua (about 100 MB of models) and fastText (a model fetched at
    run time): article bodies are paragraphs, not tweets, where its accuracy is close to
    theirs. Short or uncertain text gives English, with ``confident`` false.
    """
    sample = " ".join(_NOT_PROSE.sub(" ", text[:MAX_DETECTION_TEXT]).split())[:5000]
    if len(sample) < MIN_DETECTION_CHARACTERS:
        return Detection(ENGLISH, 0.0, False)
    code, confidence = _identifier().classify(sample)
    try:
        found = parse_language(str(code))
    except LanguageError:
        return Detection(ENGLISH, float(confidence), False)
    if confidence < MIN_DETECTION_CONFIDENCE:
        return Detection(ENGLISH, float(confidence), False)
    return Detection(found, float(confidence), True)


def _identifier():
    from tearsheet.langmodel import identifier

    return identifier()


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
