"""Whether a line is a site's menu copied as one row of section names, in any script."""

from __future__ import annotations

import re
from itertools import pairwise

from tearsheet.issuelines import is_running_head

# A menu copied as one line holds at least this many items ("Новини Бизнес Свят Спорт"),
# and at most this many words (more: a sentence of a script without capitals).
ROW_ITEMS = 4
ROW_WORDS = 10
# A section's name is one word of at most this many characters ("Tech-Tudomány").
ITEM_LENGTH = 16
# In a script with capitals, at least this share of a menu's words open with one (a
# headline in sentence case capitalises its first word and its names only).
CAPITALISED_SHARE = 0.6
# A menu read without the section's label under it names at least this many sections,
# all of them capitalised but for a short word or two.
BARE_ROW_ITEMS = 5
BARE_CAPITALISED_SHARE = 0.8
# At most one word in this many of a menu stands in the story's first paragraphs; a
# headline's words recur there.
BODY_SHARE = 4
# The section's label stands at most this many lines under its menu.
LABEL_REACH = 3
# A headline has punctuation, figures or quotes somewhere; a menu has none of them.
_NOT_MENU = re.compile(
    r"[\d.,;:!?…\"'«»“”„‘’()\[\]{}|/\\·•–—%&+@#*=_<>©®›‹~^$€£¥"
    r"،؛؟。、，：；！？「」『』（）፡።፣፤፥፦፧၊။।॥]"
)


def is_menu_row(blocks: list[str], at: int, body: list[str]) -> bool:
    """A row of a site's section names copied as one line ("Новини Бизнес Коментари Свят
    Култура Спорт", "หน้าแรก ข่าว การเมือง อาชญากรรม กีฬา"): a few short words, with no
    punctuation or figures, in a script with capitals nearly all capitalised, hardly any of
    them in the story's first paragraphs (``body``), and either one of them standing alone
    under it (the section the page is in, "Коментари", "อาชญากรรม"), or, in a script with
    capitals, five or more of them, none in the story."""
    line = blocks[at]
    items = line.split()
    if not ROW_ITEMS <= len(items) <= ROW_WORDS or _NOT_MENU.search(line):
        return False
    if any(len(item) > ITEM_LENGTH for item in items):
        return False
    cased = any(char.isupper() or char.islower() for char in line)
    capitalised = sum(item[:1].isupper() for item in items) / len(items)
    if cased and capitalised < CAPITALISED_SHARE:
        return False
    # Words as they stand: a local site's sections name its towns, which its story names
    # too ("Murcia, 17 sep (EFE).-"), counted only when no mark is glued to them.
    story = {word.casefold() for paragraph in body for word in paragraph.split()}
    found = sum(item.casefold() in story for item in items)
    if found * BODY_SHARE > len(items):
        return False
    if _labels_section(items, blocks[at + 1 : at + 1 + LABEL_REACH]):
        return True
    return (
        cased
        and found == 0
        and len(items) >= BARE_ROW_ITEMS
        and capitalised >= BARE_CAPITALISED_SHARE
    )


def _labels_section(items: list[str], under: list[str]) -> bool:
    """One of the menu's items (a word or two) stands alone under it, or as the label before
    a headline's colon ("Recenze: …"): the section the page is in, shown again."""
    names = {item.casefold() for item in items}
    names |= {f"{first} {second}".casefold() for first, second in pairwise(items)}
    for line in under:
        label = line.partition(":")[0] if ":" in line else line
        if label.strip().casefold() in names:
            return True
    return False


# A section's label is at most this many words ("Región de Murcia"); a word of at most
# FUNCTION_LENGTH letters in it may be a function word the menu leaves out ("de").
SECTION_WORDS = 3
SITE_NAME_WORDS = 4
FUNCTION_LENGTH = 3


# What a line taken for the headline is, as a part of the menu: the article stands under.
MENU_ROW = "a menu's item"
MASTHEAD = "the site's name over its menu"
RUNNING_HEAD = "the publication's name over its running head"
CATEGORIES = "the post's categories"
UNDER_MENU = (MENU_ROW, MASTHEAD, RUNNING_HEAD, CATEGORIES)


def menu_flaw(blocks: list[str], at: int, body: list[str]) -> str | None:
    """Why the line is no headline, as a part of the site's menu: the menu's row, or the
    line right over it, the site's name ("La Opinión de Murcia" over "Región Murcia
    Cartagena Deportes Opinión"); None for other lines."""
    if is_menu_row(blocks, at, body):
        return MENU_ROW
    if at + 1 < len(blocks) and is_running_head(blocks[at + 1]):
        return RUNNING_HEAD  # "Weekly Bulletin" over "Sunday 2 November 2025 · Page 2"
    if at + 1 < len(blocks) and _is_category_row(blocks[at], blocks[at + 1]):
        return CATEGORIES  # "Beskidy, Zima" over "Babia Góra zimą … na pierwszy raz?"
    # A site's name is a few words; a headline over a row of its tags is longer.
    named = len(blocks[at].split()) <= SITE_NAME_WORDS
    return (
        MASTHEAD if named and at + 1 < len(blocks) and is_menu_row(blocks, at + 1, body) else None
    )


def is_menu_part(blocks: list[str], at: int, body: list[str]) -> bool:
    """A menu's row, or the section's label under it."""
    return is_menu_row(blocks, at, body) or _labels_menu_section(blocks, at, body)


def _labels_menu_section(blocks: list[str], at: int, body: list[str]) -> bool:
    """A line of a few words under a menu's row, its words the row's ("Región de Murcia"
    under "Región Murcia Cartagena Lorca …"): the section the page is in, no headline."""
    words = blocks[at].split()
    if not 0 < len(words) <= SECTION_WORDS:
        return False
    for row in range(max(0, at - LABEL_REACH), at):
        if is_menu_row(blocks, row, body):
            items = {item.casefold() for item in blocks[row].split()}
            named = [w for w in words if len(w) > FUNCTION_LENGTH or w.casefold() in items]
            return bool(named) and all(w.casefold() in items for w in named)
    return False


# A blog's categories over its post's title: a few names parted by commas, a word each.
_CATEGORY = re.compile(r"[^\W\d_][^\W\d_-]*+(?:-[^\W\d_]++)?")
CATEGORY_ITEMS = 4


def _is_category_row(line: str, under: str) -> bool:
    """ "Beskidy, Zima", "Travel, Food, Europe": a post's categories, each one capitalised
    word, parted by commas, over a longer line (the title) under them."""
    parts = line.split(", ")
    return (
        2 <= len(parts) <= CATEGORY_ITEMS
        and all(_CATEGORY.fullmatch(part) and part[:1].isupper() for part in parts)
        and len(under) > len(line)
    )
