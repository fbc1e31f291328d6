"""A page's path over its headline ("Home > Regio > Zutphen", "首页 > 新闻中心"): the
breadcrumbs a copied page keeps, told from a headline by their marks and short parts."""

from __future__ import annotations

import re

from tearsheet import zones

# A breadcrumb's parts are at most this many words each.
KICKER_WORDS = 4
# The look-behind starts a match only at the start of a run of spaces: linear, not quadratic.
_BREADCRUMB = re.compile(r"(?<!\s)\s++[>›»/]\s++")
_WIDE_BREADCRUMB = re.compile(r"(?<!\s)\s*+(?:[>＞›»→]{1,2}+|\s/)\s*+")


def is_breadcrumb(line: str) -> bool:
    """The page's path ("Home > Regio > Zutphen", "Startseite › Panorama"), not a title;
    with its label before a colon ("Vous êtes ici : Accueil > Actualités", "您当前的位置：首页
    > 政务公开 > 通知公告"); in Chinese or Japanese, its marks often unspaced ("首页>新闻中心
    >通知公告", "ホーム ＞ ニュース")."""
    wide = zones.has_wide(line)
    if wide and any(mark in line for mark in "「」『』（）()、。？！?!"):
        return False  # "「AI>人間」は本当か": a headline quoting, asking, its clauses parted
    parts = (_WIDE_BREADCRUMB if wide else _BREADCRUMB).split(line)
    label, colon, first = parts[0].partition(":") if ":" in parts[0] else parts[0].partition("：")
    if colon and len(parts) > 1 and 0 < zones.word_count(label) <= KICKER_WORDS:
        parts[0] = first.strip()
    return len(parts) > 1 and all(0 < zones.word_count(part) <= KICKER_WORDS for part in parts)
