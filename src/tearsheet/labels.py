"""The theme's fixed words in the article's language (gettext catalogues) and its dates (CLDR)."""

from __future__ import annotations

import datetime as dt
import gettext
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from markupsafe import Markup, escape

from tearsheet.language import Language, language_of
from tearsheet.theme import default_theme_folder

DOMAIN = "tearsheet"
# Full-width punctuation carries its own space: no Latin space follows it.
_FULL_WIDTH = "\uff1a\u3001\u3002"
# A language whose catalogue is kept under its macrolanguage's code: Norwegian papers write
# Bokmål whether an article is tagged ``nb`` or ``no``, so both read ``styles/locale/no``.
_MACROLANGUAGE = {"nb": "no"}

# The mark that ends a sentence, where a language does not use the Latin full stop. CLDR has
# no such data (its delimiters are quotation marks, its punctuation exemplars do not say which
# mark ends a sentence), so the table is kept here, by language where languages sharing a
# script differ (Hindi and Nepali end with the danda, Marathi with "."), else by script.
# Arabic and Persian use "." (U+002E); Thai marks no sentence end (a space separates them).
_SENTENCE_END_BY_LANGUAGE = {
    "hi": "\u0964",  # । DEVANAGARI DANDA
    "ne": "\u0964",
    "sa": "\u0964",
    "mai": "\u0964",
    "ur": "\u06d4",  # ۔ ARABIC FULL STOP (Urdu)
}
_SENTENCE_END_BY_SCRIPT = {
    "Hans": "\u3002",  # 。 IDEOGRAPHIC FULL STOP
    "Hant": "\u3002",
    "Jpan": "\u3002",
    "Beng": "\u0964",  # Bengali and Assamese
    "Guru": "\u0964",  # Punjabi in Gurmukhi
    "Orya": "\u0964",  # Odia
    "Armn": "\u0589",  # ։ ARMENIAN FULL STOP
    "Ethi": "\u1362",  # ። ETHIOPIC FULL STOP (Amharic, Tigrinya)
    "Mymr": "\u104b",  # ။ MYANMAR SIGN SECTION
    "Khmr": "\u17d4",  # ។ KHMER SIGN KHAN
    "Tibt": "\u0f0d",  # ། TIBETAN MARK SHAD
    "Thai": "",
}
# Marks that already end a sentence (Unicode's Sentence_Terminal, the ones in use above).
_TERMINAL = frozenset(".!?\u0964\u06d4\u3002\uff01\uff1f\u0589\u1362\u104b\u17d4\u0f0d")


def locale_folder(theme_folder: Path | None = None) -> Path:
    """The theme's catalogues: ``styles/locale/<lang>/LC_MESSAGES/tearsheet.po``."""
    return (theme_folder or default_theme_folder()) / "locale"


@cache
def _compiled(path: Path) -> bytes | None:
    """One .po file compiled to .mo bytes in memory (no .mo files to keep in step)."""
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def _candidates(language: Language) -> list[str]:
    """Catalogue names from the most specific to the language alone (pt_BR, zh_Hant, zh),
    then its macrolanguage where the catalogue lives there (nb → no)."""
    names = []
    if language.territory:
        names.append(f"{language.language}_{language.territory}")
    names.append(f"{language.language}_{language.script}")
    names.append(language.language)
    if language.language in _MACROLANGUAGE:
        names.append(_MACROLANGUAGE[language.language])
    return names


@cache
def translations(tag: str, folder: Path | None = None) -> gettext.NullTranslations:
    """The chain of catalogues for a language, ending in English (the message ids).

    ``zh-TW`` reads ``zh_TW``, then ``zh_Hant``; a message missing there falls back along the
    chain and finally to English.
    """
    language = language_of(tag)
    root = locale_folder(folder)
    result = gettext.NullTranslations()
    for name in reversed(_candidates(language)):
        compiled = _compiled(root / name / "LC_MESSAGES" / f"{DOMAIN}.po")
        if compiled is not None:
            catalogue = gettext.GNUTranslations(io.BytesIO(compiled))
            catalogue.add_fallback(result)
            result = catalogue
    return result


def format_article_date(date: dt.date, lang: str) -> str:
    """The date as a reader of ``lang`` writes it: "April 20, 2017", "20. April 2017",
    "2017年4月20日" (CLDR's long date format through Babel)."""
    return format_date(date, format="long", locale=language_of(lang).locale)


def sentence_end(language: Language) -> str:
    """The mark that ends a sentence in the language: "." in most, "।" in Hindi, "。" in
    Chinese and Japanese, "։" in Armenian, none in Thai."""
    if language.language in _SENTENCE_END_BY_LANGUAGE:
        return _SENTENCE_END_BY_LANGUAGE[language.language]
    return _SENTENCE_END_BY_SCRIPT.get(language.script, ".")


@dataclass(frozen=True)
class Labels:
    """The words a template prints, for one article's language."""

    lang: str
    folder: Path | None = None

    def gettext(self, message: str) -> str:
        return translations(self.lang, self.folder).gettext(message)

    def translates(self, message: str) -> bool:
        """Whether the catalogues have the message in this language (else it reads English)."""
        return translations(self.lang, self.folder).gettext(message) != message

    def sentence(self, text: str) -> str:
        """Text ended as a sentence of the language, unless it already ends as one."""
        if not text or text[-1] in _TERMINAL:
            return text
        return text + sentence_end(language_of(self.lang))

    def sentences(self, texts: list[str]) -> str:
        """Sentences run together: after a full-width stop with no space (it carries its
        own), otherwise with one (Thai sentences are separated by the space alone)."""
        ended = [self.sentence(text) for text in texts if text]
        return "".join(
            text + ("" if index == len(ended) - 1 or text[-1] in _FULL_WIDTH else " ")
            for index, text in enumerate(ended)
        )

    def names(self, names: tuple[str, ...] | list[str]) -> str:
        """Authors as the language lists them ("A, B and C", "A, B und C", "A、B和C")."""
        return format_list(list(names), style="standard", locale=language_of(self.lang).locale)

    def byline(self, names: tuple[str, ...] | list[str]) -> Markup:
        """The byline, "By" and the authors, with each name isolated (<bdi>), so a Latin
        name in Arabic text or an Arabic one in English keeps its own direction."""
        listed = format_list(
            [f"\ue000{index}\ue001" for index in range(len(names))],
            style="standard",
            locale=language_of(self.lang).locale,
        )
        html = str(escape(listed))
        for index, name in enumerate(names):
            html = html.replace(f"\ue000{index}\ue001", f"<bdi>{escape(name)}</bdi>", 1)
        pattern = str(escape(self.gettext("By {names}")))
        before, _, after = pattern.partition("{names}")
        return Markup(f'{before}<span class="author">{html}</span>{after}')

    def label(self, message: str) -> Markup:
        """A label that runs into what follows ("Source:"), with the space its script wants."""
        text = self.gettext(message)
        gap = "" if text and text[-1] in _FULL_WIDTH else " "
        return Markup(escape(text) + gap)

    @property
    def by(self) -> str:
        return self.gettext("By {names}").replace("{names}", "").strip()

    @property
    def source(self) -> str:
        return self.gettext("Source:").rstrip(":： \u202f")

    @property
    def notes(self) -> str:
        return self.gettext("Notes")

    @property
    def contents(self) -> str:
        return self.gettext("Contents")

    @property
    def pages(self) -> str:
        return self.gettext("Pages")

    @property
    def cover(self) -> str:
        return self.gettext("Cover")

    def page(self, number: int | str) -> str:
        return self.gettext("Page {page}").format(page=number)


def labels_for(lang: str, theme_folder: Path | None = None) -> Labels:
    """The labels for a language tag, from the theme's catalogues (English where none)."""
    return Labels(lang, theme_folder)
