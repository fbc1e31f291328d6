"""Closing credit lines: "(Source: X)", "© 2017 X", "— Name" and a wire's sign-offs, read
off the end of the article into the source and byline."""

from __future__ import annotations

import re

from tearsheet.clutter import ATTRIBUTION_RULES, AttributionRule
from tearsheet.recognise import LINK, Draft, excerpt


def _apply_attribution(
    rule: AttributionRule, match: re.Match[str], line: str, draft: Draft
) -> None:
    name = " ".join(LINK.sub(r"\1", match["name"]).split()).strip(" .,")
    if rule.field == "byline":
        if name not in draft.byline:
            draft.byline.append(name)
        draft.recognised.append(f"byline {name!r} from the signature {excerpt(line)}")
        return
    year = match.groupdict().get("year")
    if year:
        draft.copyright_year = int(year)
    if draft.source is None or rule.name in ("source line", "wire source line"):
        draft.source = name
        draft.recognised.append(f"source {name!r} from {excerpt(line)}")


def read_attribution(paragraphs: list[str], draft: Draft) -> list[str]:
    """Take the closing credit lines ("(Source: X)", "© 2017 X", "—Name") off the end."""
    kept = list(paragraphs)
    found: list[tuple[AttributionRule, re.Match[str], str]] = []
    while kept and len(found) < 3:
        line = " ".join(kept[-1].split())
        hit = next(
            ((rule, m) for rule in ATTRIBUTION_RULES if (m := rule.pattern.fullmatch(line))),
            None,
        )
        if hit is None:
            break
        found.append((*hit, line))
        kept.pop()
    order = {
        "source line": 0,
        "wire source line": 0,
        "originally published": 1,
        "copyright line": 2,
        "signature": 3,
    }
    for rule, match, line in sorted(found, key=lambda item: order.get(item[0].name, 9)):
        _apply_attribution(rule, match, line, draft)
    return kept


def credit_from_tail(tail: list[str], draft: Draft) -> None:
    """A copyright or source line in a dropped footer still names the source."""
    for paragraph in tail:
        line = " ".join(paragraph.split())
        for rule in ATTRIBUTION_RULES:
            if rule.field == "source" and (match := rule.pattern.fullmatch(line)):
                _apply_attribution(rule, match, line, draft)
                return
