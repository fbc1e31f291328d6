"""The masthead of copied text: the page furniture above the headline (buttons, a cookie
notice, the site's or newsletter's own name as its copyright line gives it)."""

from __future__ import annotations

from tearsheet import zones
from tearsheet.clutter import ATTRIBUTION_RULES
from tearsheet.errors import ContentError
from tearsheet.recognise import Draft, excerpt

# A cookie notice is in one of the first this many blocks; the lines stacked with it go
# with it.
COOKIE_REACH = 8


def skip_masthead(blocks: list[str], groups: list[int], names: frozenset[str], draft: Draft) -> int:
    """The index of the first block that is not page furniture above the headline: buttons
    and labels, a cookie notice with the lines stacked with it, and the site's or
    newsletter's name as its copyright line gives it."""
    noticed = {
        groups[i] for i, block in enumerate(blocks[:COOKIE_REACH]) if zones.is_cookie_notice(block)
    }
    for index, block in enumerate(blocks):
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
