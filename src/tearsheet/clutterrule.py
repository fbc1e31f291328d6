"""One kind of a page's clutter, as the rule tables (clutter, footerrules) write it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ClutterRule:
    """One kind of site clutter, matched against a whole paragraph of imported text.

    A rule removes the one paragraph it matches, never the paragraphs after it. ``tail``
    rules also mark where a trailer may start (a comment form, a "Related articles" list, a
    newsletter footer): tearsheet.zones ends the article there only when less prose follows
    than precedes the marker.
    """

    name: str
    pattern: re.Pattern[str]
    tail: bool = False

    def matches(self, paragraph: str) -> bool:
        return bool(self.pattern.fullmatch(" ".join(paragraph.split())))


def clutter_rule(name: str, pattern: str, *, tail: bool = False) -> ClutterRule:
    return ClutterRule(name, re.compile(pattern, re.IGNORECASE), tail)
