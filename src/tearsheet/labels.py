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


@dataclass(frozen=True)
class Labels:
    """The words a template prints, for one article's language."""

    lang: str
    folder: Path | None = None

    def gettext(self, message: str) -> str:
        return translations(self.lang, self.folder).gettext(message)

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
