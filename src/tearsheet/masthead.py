"""The masthead of copied text: the page furniture above the headline (buttons, a cookie
notice, the site's or newsletter's own name as its copyright line gives it)."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.clutter import ATTRIBUTION_RULES
from tearsheet.errors import ContentError
from tearsheet.importdates import find_date
from tearsheet.recognise import Draft, excerpt

# A cookie notice is in one of the first this many blocks; the lines stacked with it go
# with it.
COOKIE_REACH = 8
# An e-mail's header has at least this many lines.
MAIL_LINES = 2
# The header of a forwarded or saved e-mail: "From: …", "Von: …", "De : …", "Subject: …".
_MAIL_LINE = re.compile(
    r"(?i:(?P<label>from|to|cc|date|sent|subject|reply-to|von|an|datum|gesendet|betreff|de|à|"
    r"envoyé|objet|para|asunto|enviado|fecha|da|inviato|oggetto|data|van|aan|onderwerp|"
    r"verzonden|od|do|temat|wysłano|från|till|ämne|skickat|fra|til|emne|sendt|lähettäjä|"
    r"aihe|päivämäärä))\s?:\s*+(?P<value>\S.{0,200}+)"
)
_SENDER = re.compile(r"(?P<name>[^<>@\n]{2,60}?)\s*+<[^<>\s@]++@[^<>\s]++>")
_FROM = frozenset("from von de da van od från fra lähettäjä".split())
_DATE = frozenset("date sent datum gesendet envoyé enviado fecha inviato data verzonden".split())


def skip_masthead(blocks: list[str], groups: list[int], names: frozenset[str], draft: Draft) -> int:
    """The index of the first block that is not page furniture above the headline: buttons
    and labels, a cookie notice with the lines stacked with it, and the site's or
    newsletter's name as its copyright line gives it."""
    noticed = {
        groups[i] for i, block in enumerate(blocks[:COOKIE_REACH]) if zones.is_cookie_notice(block)
    }
    start = read_mail_header(blocks, draft)
    for index, block in enumerate(blocks[start:], start):
        found = zones.clutter_of(block, masthead=True)
        if found is None and groups[index] in noticed:
            found = zones.Clutter("cookie notice")
        if found is None and is_site_name(block, names) and index + 1 < len(blocks):
            found = zones.Clutter("masthead name")
        if found is None:
            return index
        draft.stripped.append(f"{found.name} {excerpt(block)}")
        draft.removed.append((found.name, block))
    raise ContentError(None, "nothing to import: the text is empty")


def is_site_name(line: str, names: frozenset[str]) -> bool:
    return " ".join(words_of_line(line)) in names


def words_of_line(line: str) -> list[str]:
    return [w for w in zones.words_of(line) if not w.isdigit()]


def site_names(blocks: list[str]) -> frozenset[str]:
    """The names a copyright or source line gives anywhere in the text: at the top, such a
    name is the site's or newsletter's masthead, not the headline."""
    names = set()
    for block in blocks:
        line = " ".join(block.split())
        for rule in ATTRIBUTION_RULES:
            if rule.field == "source" and (match := rule.pattern.fullmatch(line)):
                names.add(" ".join(words_of_line(rule.credit(match))))
    return frozenset(names)


def read_mail_header(blocks: list[str], draft: Draft) -> int:
    """The header of an e-mail pasted with the newsletter (two or more "From:", "Date:",
    "Subject:" lines at the top, in the mail program's language): the sender's name is the
    byline, its date the date; the lines go. Returns where the header ends."""
    end = 0
    while end < len(blocks) and _MAIL_LINE.fullmatch(" ".join(blocks[end].split())):
        end += 1
    if end < MAIL_LINES:
        return 0
    for block in blocks[:end]:
        match = _MAIL_LINE.fullmatch(" ".join(block.split()))
        label, value = match["label"].casefold(), match["value"]
        if label in _FROM and (sender := _SENDER.fullmatch(value)) and not draft.byline:
            draft.byline.append(sender["name"].strip(" \"'"))
            draft.recognised.append(f"byline from the e-mail's sender {excerpt(block)}")
        elif label in _DATE and draft.date is None and (date := find_date(value, draft.lang)):
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from the e-mail's {excerpt(block)}")
        draft.removed.append(("e-mail header", block))
    draft.stripped.append(f"e-mail header {excerpt(blocks[0])}")
    return end
