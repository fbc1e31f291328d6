"""Kickers over a headline: a section's label, a series' name, a line in capitals, an
interview's overline over its quoted headline, told from a short headline; and a headline
that asks, told from the story's prose."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.masthead import is_issue_line
from tearsheet.pagehead import drop_blocks, is_kicker, names_line
from tearsheet.personnames import is_role_line
from tearsheet.recognise import Draft, excerpt, is_name

# A line of at least HEADLINE_WORDS words over only lines longer than DEK_LIKE is a
# headline over its dek, not a section label.
HEADLINE_WORDS = 3
DEK_LIKE = 110
# A section's label is at most this many words.
KICKER_WORDS = 4


# A life's span, as an obituary's headline gives it with the name: "(1938–2026)",
# "1938 - 2026", "* 3. März 1938 † 1. Mai 2026".
_LIFE_SPAN = re.compile(
    r"\(?(?:\*\s?)?(?:\d{1,2}\.?\s[^\W\d_]{3,12}+\.?\s)?(?P<born>(?:1[89]|20)\d\d)"
    r"\s?(?:[–—-]|†)\s?(?:\d{1,2}\.?\s[^\W\d_]{3,12}+\.?\s)?(?P<died>(?:19|20)\d\d)\)?$"
)


def names_life(line: str) -> bool:
    """ "Margarete Hahn (1938–2026)": a person's name with the span of a life after it, an
    obituary's headline, not a section's label over it ("Tarifrunde 2025–2026" is no
    name)."""
    span = _LIFE_SPAN.search(line.rstrip())
    return (
        span is not None
        and int(span["born"]) < int(span["died"])
        and is_name(line[: span.start()].strip(" ,"))
    )


# A quotation standing whole on its line: „…“, »…«, «…», “…”, "…", 「…」; its marks are
# tried once each from the line's two ends.
_QUOTE_OPENING = "\"'„‚“‘«‹»›「『"
_QUOTE_CLOSING = "\"'“”‘’»›«‹」』"
# An interview's overline over its quoted headline is at most this many words; the quoted
# headline at most QUOTED_WORDS (a longer quotation under a title is its dek).
OVERLINE_WORDS = 8
QUOTED_WORDS = 10


def is_quotation(line: str) -> bool:
    """A line that is one quotation, mark to mark: an interview's or an opinion's headline
    ("»Wir haben die Brandsaison falsch verstanden«", "« La semaine de quatre jours … »")."""
    line = line.strip()
    inner = line[1:-1]
    return (
        len(line) > 2
        and line[0] in _QUOTE_OPENING
        and line[-1] in _QUOTE_CLOSING
        and not any(mark in inner for mark in "“”„»«「」")
        and HEADLINE_WORDS <= zones.word_count(inner) <= QUOTED_WORDS
    )


def is_overline(line: str, following: str) -> bool:
    """A few words, no quotation, over a quoted headline: the interview's or the opinion's
    overline ("Waldbrand-Expertin über den Sommer 2026" over "»Wir haben die Brandsaison
    falsch verstanden«"), not its headline."""
    return (
        is_quotation(following)
        and not any(mark in line for mark in _QUOTE_OPENING + _QUOTE_CLOSING)
        and zones.word_count(line) <= OVERLINE_WORDS
        and line.rstrip()[-1:] not in ".!?:。！？："
        and not names_line(line)
    )


def is_capitals_label(blocks: list[str], titles: list[int]) -> bool:
    """ "ENTREVISTA A LA GLACIÓLOGA MARIANA SOSA" over the headline in lower case: a label in
    capitals, however many words, when the line under it is not in capitals."""
    first, following = blocks[titles[0]], blocks[titles[1]]
    return first.isupper() and not following.isupper() and len(first) < len(following)


def dek_under(titles: list[int], kinds: list[str], top: int, anchor: int) -> bool:
    """A dek, or a third title line, under the second title line: the second is then the
    headline, and the first a label."""
    return len(titles) > 2 or "dek" in kinds[titles[1] - top : anchor - top]


def headline_over_dek(blocks: list[str], titles: list[int]) -> bool:
    """ "Le mani dei liutai" over a dek of two long clauses: a short headline, not a label,
    when all that follows it is a dek's length."""
    first = blocks[titles[0]]
    # The writer's role under the dek ("Sports reporter") stands for an unnamed byline.
    rest = [blocks[t] for t in titles[1:] if not is_role_line(blocks[t])]
    return zones.word_count(first) >= HEADLINE_WORDS and all(len(r) > DEK_LIKE for r in rest)


def repeats_menu(blocks: list[str], index: int, top: int) -> bool:
    """A section's label over the headline that repeats the item of the site's menu above it
    ("Нови Сад / Војводина / Спорт / Нови Сад / <headline>"): a label, not the headline, so
    the line under it is the headline, whatever stop ends it ("… до краја 2027.")."""
    line = blocks[index]
    return zones.word_count(line) <= KICKER_WORDS and line in blocks[top : index - 1]


# A page's path copied without its marks is looked for in this many lines over it.
MENU_REACH = 30


def is_menu_path(blocks: list[str], index: int) -> bool:
    """ "Fakty Polska", "Anasayfa Gündem": the page's path, its "›" lost in the copy, a word
    or two and then an item of the site's menu above (a line of its own there): not a
    writer's name, whatever its capitals."""
    words = blocks[index].split()
    above = set(blocks[max(0, index - MENU_REACH) : index])
    return any(
        0 < len(words) - last <= 2 and " ".join(words[-last:]) in above
        for last in (1, 2)
        if len(words) > last
    )


# A site's menu item is one word of at most this many characters (two words may be a
# writer's name), or a Chinese or Japanese word of at most WIDE_MENU_ITEM; a run of MENU_RUN
# of them.
MENU_ITEM_LENGTH = 20
MENU_RUN = 3
WIDE_MENU_ITEM = 6


def _is_menu_item(line: str) -> bool:
    if zones.has_wide(line):
        # A Chinese or Japanese item is a word of two to six characters ("国际", "経済・企業");
        # a headline, longer, has no spaces either.
        return len(line.strip()) <= WIDE_MENU_ITEM
    one_word = len(line.split()) == 1 and len(line) <= MENU_ITEM_LENGTH
    return one_word and line.rstrip()[-1:].isalnum()


def ends_menu_run(blocks: list[str], index: int) -> bool:
    """ "… / K100 / Mogginn / Minningargreinar": the line closes a run of the site's menu
    items of one word each, no punctuation after them."""
    run = blocks[max(0, index - MENU_RUN + 1) : index + 1]
    return len(run) == MENU_RUN and all(map(_is_menu_item, run))


# A series' part at the end of its title: "바다를 지키는 사람들 ①", "連載・地方の未来（上）",
# "系列报道之〈3〉".
_SERIES_PART = re.compile(
    r"(?:[\u2460-\u2473\u2776-\u277f]|[（(〈<《]\s*+(?:\d{1,2}|[上中下])\s*+[)）〉>》])$"
)


def is_series_label(line: str) -> bool:
    """ "[주말기획] 바다를 지키는 사람들 ①": a series' name and its part, over the part's own
    headline."""
    return _SERIES_PART.search(line.rstrip()) is not None


def read_masthead_over(lines: list[str], draft: Draft) -> bool:
    """A newsletter's name and issue over its headline over the greeting ("WEEKLY NOTES /
    Issue 42 / <headline> / Hi friends,"): the line over the greeting is the headline when
    all over it are a few words each. True when so read."""
    *masthead, headline = lines
    if not masthead or is_kicker(headline):
        return False
    if not all(is_kicker(line) or is_issue_line(line) for line in masthead):
        return False
    draft.headline = headline
    drop_blocks(masthead, "masthead over the headline", draft)
    draft.recognised.append(f"headline {excerpt(headline)} over the greeting")
    return True


def read_kicker_over(draft: Draft) -> None:
    """A short first line over a longer one is a section label, not the headline."""
    if not draft.other_headlines or draft.headline is None:
        return
    label, following = draft.headline, draft.other_headlines[0]
    kicker = is_kicker(label) and not names_life(label) and len(following) > len(label)
    if kicker or is_overline(label, following):
        draft.kicker = label
        draft.headline = following
        draft.other_headlines = draft.other_headlines[1:]
        draft.recognised[draft.recognised.index("headline from the first line")] = (
            f"kicker {label!r} and headline from the first two lines"
        )


def deks_between(
    blocks: list[str], top: int, anchor: int, kinds: list[str], titles: list[int]
) -> list[int]:
    """The deks between the headline and the date or byline: the sentences read as such, or
    a long line of two clauses under a short headline, without a full stop ("Последний
    паромщик Камы / Уже сорок лет Виктор Лаптев перевозит людей …, где не осталось …")."""
    deks = [n for n in range(titles[0] + 1, anchor) if kinds[n - top] == "dek"]
    if not deks and len(titles) == 2 and headline_over_dek(blocks, titles):
        deks = titles[1:]
    return deks


# A box's label over the headline block holds at most this many short lines (a section's
# label) between it and its teaser.
BOX_KICKERS = 2


def drop_box_teaser(blocks: list[str], titles: list[int], draft: Draft) -> list[int]:
    """Of two headlines stacked over the byline, the upper one under a box's label ("Top
    Stories" / "Davidson County" / "Crews battle overnight house fire" / "Boil water
    advisory issued …" / "by: …") is the box's teaser, the lower one the story's: the
    titles without the teaser."""
    long = [t for t in titles if zones.word_count(blocks[t]) > KICKER_WORDS]
    if len(long) < 2 or long[0] == 0:
        return titles
    above = long[0] - 1
    while (
        above > 0
        and long[0] - above <= BOX_KICKERS
        and zones.word_count(blocks[above]) <= KICKER_WORDS
        and not zones.is_box_label(blocks[above], paid=False)
    ):
        above -= 1  # a section's label between the box's label and its teaser
    if not zones.is_box_label(blocks[above], paid=False):
        return titles
    drop_blocks([blocks[long[0]]], "teaser", draft)
    return [t for t in titles if t != long[0]]


# A headline that asks is at most this long; a longer question is the story's.
QUESTION_HEADLINE = 160
_QUESTION_END = re.compile(r"[?؟？][\"'”’»)]*+$")
# A sentence's stop inside a line, and the next sentence starting.
_SENTENCE_INSIDE = re.compile(r"[.!?。！？؟][\"'”’»)]*+\s+\S")


def is_question_headline(line: str) -> bool:
    """A headline that asks a question, which ends like a sentence: one short question
    ("¿Por qué no baja el pan?"), not a paragraph of several."""
    return (
        len(line) <= QUESTION_HEADLINE
        and bool(_QUESTION_END.search(line))
        and not _SENTENCE_INSIDE.search(line)
    )
