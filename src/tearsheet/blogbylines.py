"""A blog's byline line: its label, the date, the language's "by" and the names, and the
count of comments after them ("Pubblicato il 4 Agosto 2026 da Giulia dell'Orto — 12
commenti"), or a blog platform's writer by the handle alone ("mizuki_tabi")."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from tearsheet.bylinetails import TIME_AFTER, names_before_time
from tearsheet.bylinewords import BY, NOT_BY
from tearsheet.furniturewords import COMMENT_STEMS
from tearsheet.importdates import find_date_span

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# A blog's count of comments after the byline ("— 12 commenti", "· 3 Comments", WordPress's
# "9. März 2025 von Lena 23 Kommentare" with no mark before it); the
# spaces before the mark are read from their first (from each of them, a long run of spaces
# would be read again at every one).
_COMMENT_COUNT = re.compile(
    rf"(?<!\s)(?:\s*+[—–|·•-])?\s*+\d{{1,5}}\s++(?:{COMMENT_STEMS})\w*+$", re.IGNORECASE
)
# The words before the date, the date, the language's "by", the names. After a date,
# Catalan's "per" is "by" as well ("Publicat el 8 de febrer de 2026 per Marta Puig").
_DATE_THEN_BY = re.compile(
    rf"^(?P<when>[^|·•]{{4,60}}?)\s++(?P<by>{BY}|per)\s++(?P<names>[^\d|·•]{{2,100}})$",
    re.IGNORECASE,
)


# The languages' "in" before a blog post's categories after the names ("by Priya Nair in
# Recipes, Weeknight", "da Giulia Rinaldi in Viaggi", "por Ana Gil en Recetas"); a
# language's "and" is never one ("en" is Dutch "and", "i" Polish).
_CATEGORY_IN = {
    "es": ("en",),
    "ca": ("a", "en"),
    "gl": ("en",),
    "pt": ("em", "no", "na"),
    "fr": ("dans",),
    "it": ("in",),
    "de": ("in", "im"),
    "nl": ("in",),
    "pl": ("w",),
    "cs": ("v",),
    "sk": ("v",),
    "sv": ("i",),
    "no": ("i",),
    "nb": ("i",),
    "da": ("i",),
    "ro": ("în",),
    "id": ("di", "dalam"),
    "ms": ("di", "dalam"),
}


def without_categories(names: str, lang: str | None) -> str:
    """The names of a blog's byline without the categories after the language's "in"
    ("Priya Nair in Recipes, Weeknight" → "Priya Nair"): cut at its last "in", which the
    categories' words seldom hold."""
    words = names.split()
    ins = _CATEGORY_IN.get((lang or "")[:2], ("in",))
    for at in range(len(words) - 2, 0, -1):
        if words[at].casefold() in ins:
            return " ".join(words[:at])
    return names


def without_comment_count(line: str) -> str:
    """The byline line without the blog's count of comments at its end."""
    return _COMMENT_COUNT.sub("", line)


def date_then_by(line: str, lang: str | None) -> tuple[dt.date, str] | None:
    """The date and the names of a line that gives the date before the language's "by"
    and the names ("Pubblicato il 4 Agosto 2026 da Giulia dell'Orto"); None for another
    line, or one whose "by" is the language's "in" ("Diterbitkan 3 Maret 2024 di
    Jakarta")."""
    match = _DATE_THEN_BY.match(line)
    found = find_date_span(match["when"], lang) if match else None
    # A date in another calendar may follow in parentheses ("4 בנובמבר 2025 (י"ג בחשוון
    # תשפ"ו)"): the date's, not words between it and the "by".
    if match is None or found is None or (found[2] and not _ASIDE.fullmatch(found[2].strip())):
        return None
    if match["by"].casefold() in NOT_BY.get((lang or "")[:2], ()):
        return None
    return found[0], without_categories(match["names"], lang)


# A short aside in parentheses after the date.
_ASIDE = re.compile(r"\([^()]{1,40}+\)")
# A social handle on a line of its own: "@" and a name, or words in lower case joined by an
# underscore ("mizuki_tabi", "@jane.doe"); a word alone ("note") is a site's name, and a
# dotted word without "@" a domain's.
_HANDLE_LINE = re.compile(r"^(?:@[A-Za-z][\w.]{2,29}+|[a-z][a-z0-9]*+(?:_[a-z0-9]++)++)$")


def read_handle(part: str, draft: Draft) -> bool:
    """ "mizuki_tabi", "@janedoe": a blog platform's writer by the handle alone (note.com,
    Medium, Tumblr), in the header's lines; beside a byline, the outlet's or the writer's
    account ("By: Ramon Villanueva - @inquirerdotnet")."""
    if not _HANDLE_LINE.match(part):
        return False
    if draft.byline:
        draft.stripped.append(f"handle beside the byline {part!r}")
    else:
        draft.byline.append(part.lstrip("@"))
        draft.recognised.append(f"byline from the handle {part!r}")
    return True


# A blog's user name after the date and the language's "by": words in lower case joined by
# a full stop, an underscore or a hyphen ("luciana.viaja", "ana_viaja", "kaffee-lena").
_BLOG_HANDLE = re.compile(r"@?+[a-z][a-z0-9]*+(?:[._-][a-z0-9]++)++")


def blog_handle(names: str) -> list[str]:
    """The user's handle a blog's byline gives for the name ("Publicado em 3 de março de
    2025 por luciana.viaja"): [] for anything else (a single word, "admin", stays a
    name's or a role's to read)."""
    names = names.strip(" .,")
    return [names.lstrip("@")] if _BLOG_HANDLE.fullmatch(names) else []


# A blog platform's user name alone, in one word ("nonnapina", "kaffee-lena", "Gartenfee").
_ONE_WORD_HANDLE = re.compile(r"@?+[^\W\d_][\w.-]{2,29}+")


def read_footer_handle(line: str, draft: Draft) -> bool:
    """A Blogger or WordPress footer's user name in one word, the time after it ("Pubblicato
    da nonnapina alle 17:42", "Posted by gardengirl at 9:14 PM"): the platform prints the
    writer's account there, whatever it is called."""
    lead = names_before_time(line, draft.lang) if TIME_AFTER.search(line) else None
    if lead is None or not _ONE_WORD_HANDLE.fullmatch(handle := lead[0].strip(" ,.")):
        return False
    draft.byline.append(handle.lstrip("@"))
    draft.recognised.append(f"byline from the footer's handle {line!r}")
    return True


# A blog's link to the writer's other posts under the post: "More from", "More posts by",
# "Other articles by", "Mehr von", "Weitere Beiträge von", "Plus d'articles de", "Más
# artículos de", "Altri articoli di", "Mais textos de", "Meer van", "نوشته‌های دیگر" (the
# other writings of), "المزيد من" (more from), "Другие статьи" (other articles).
_MORE_BY = re.compile(
    r"^(?:more\s++(?:posts\s++|stories\s++|articles\s++)?(?:from|by)|other\s++(?:posts|"
    r"stories|articles)\s++by|mehr\s++von|weitere\s++(?:beiträge|artikel|texte)\s++von|"
    r"plus\s++d['’]articles\s++de|autres\s++articles\s++de|más\s++(?:artículos\s++|entradas\s++)?de|"
    r"otros\s++artículos\s++de|altri\s++(?:articoli|post)\s++di|mais\s++(?:textos\s++|artigos\s++)?de|"
    r"meer\s++(?:artikelen\s++)?van|نوشته[\u200c ]?های\s++دیگر|مطالب\s++بیشتر\s++از|"
    r"المزيد\s++من|مقالات\s++أخرى\s++(?:ل|لـ)\s*+|другие\s++(?:статьи|публикации|материалы)|"
    r"інші\s++(?:статті|публікації))\s++(?P<name>[^\d:|·•]{2,40}+)$",
    re.IGNORECASE,
)


def read_more_by(trailer: list[str], draft: Draft) -> bool:
    """The writer a blog's link to their other posts names under the post ("More from Ann
    Lee", "نوشته‌های دیگر سارا محمدی"), when nothing else named one: a person's name in full
    (a blog's "More from Our Kitchen" names none). True when read."""
    from tearsheet.personnames import has_given_name, is_name, is_person, is_uncased_name

    for line in trailer:
        match = _MORE_BY.match(" ".join(line.split()))
        name = match["name"].strip() if match else ""
        cased = is_name(name) and is_person(name) and has_given_name(name)
        if name and " " in name and (cased or is_uncased_name(name)):
            draft.byline.append(name)
            draft.recognised.append(f"byline {name!r} from the link {line.strip()[:40]!r}")
            return True
    return False
