"""A page's path over its headline ("Home > Regio > Zutphen", "首页 > 新闻中心"): the
breadcrumbs a copied page keeps, told from a headline by their marks and short parts."""

from __future__ import annotations

import re

from tearsheet import zones

# A breadcrumb's parts are at most this many words each ...
KICKER_WORDS = 4
# ... or, in a path of three or more from a one- or two-word start ("Accueil > Actualités >
# Santé et protection des animaux"), this many: a section's whole name.
SECTION_WORDS = 7
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
    counts = [zones.word_count(part) for part in parts]
    if len(parts) > 2 and 0 < counts[0] <= 2 and all(0 < n <= SECTION_WORDS for n in counts):
        return True
    return len(parts) > 1 and all(0 < n <= KICKER_WORDS for n in counts)
