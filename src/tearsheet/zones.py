"""Zones of pasted text (masthead, headline block, body, trailer) from blocks scored by features.

Each block (a paragraph, never two) is scored the way jusText scores a web page's paragraphs:
its length and the share of the language's function words (jusText's stop lists, one per
language, chosen through Babel's language names) say whether it reads as prose. The body is
the run of blocks with the most prose in it; what comes before is the masthead and headline
block, what comes after is the trailer. A clutter rule removes the one block it matches; only
the zones decide where the article ends, and a marker such as "Leave a reply" ends it only
when less prose follows than came before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tearsheet.classruns import boilerplate_runs, nearest_class
from tearsheet.clutter import CLUTTER_RULES
from tearsheet.consent import is_cookie_label, is_cookie_line
from tearsheet.furniturewords import CJK_LABELS, MASTHEAD_WORDS, TRAILER_WORDS
from tearsheet.rightslines import is_rights_line as is_rights_line
from tearsheet.rightslines import legal_footer

# jusText's thresholds (Pomikálek 2011): below LENGTH_LOW characters a block is too short to
# judge alone; above STOPWORDS_LOW function words it reads as prose.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
# A block of at most this many words that holds a clutter word is a button or label.
LABEL_WORDS = 3
# A short block costs this much against the run it is in (a list item, a subheading):
# nothing, measured best on the benchmark's copied pages (docs/IMPORT.md).
SHORT_COST = 0
# A short block in a run of at least RUN_LENGTH boilerplate blocks (a list of links, a
# teaser list) costs RUN_COST: measured on the even-numbered benchmark pages (docs/IMPORT.md).
RUN_LENGTH = 4
RUN_COST = 40
# A paragraph that is not long prose by itself and stands alone between boilerplate counts
# this share (percent) of its length.
ISOLATED_SHARE = 25
# ... when another one is at most this many blocks away.
TEASER_REACH = 4
# Another article's headline in a teaser or a "Read also" box is at most this long.
TEASER_LENGTH = 120
# A run of at least LIST_RUN short blocks, fewer than LIST_SENTENCES of them sentences, is a
# list of links or teasers (a sidebar, "Top videos"), boilerplate wherever it stands: jusText
# would give it the class of the prose around it. Measured on the even-numbered benchmark
# pages (docs/IMPORT.md).
LIST_RUN = 6
# A lead-in of at least LEAD_IN_WORDS words ending in a colon opens a list of at most
# LIST_ITEMS items that belongs to the article when prose stands over it.
LEAD_IN_WORDS = 4
LIST_ITEMS = 12
MIN_ITEMS = 2
LIST_SENTENCES = 0.3
# A run starting at most HEADER_REACH blocks under a date or byline line gains this much.
HEADER_BONUS = 400
HEADER_REACH = 5
# A line above the headline holding a browser or cookie word ("Wird diese E-Mail nicht
# richtig angezeigt? Im Browser ansehen") is furniture at up to this many words.
MASTHEAD_LABEL = 10
# A Chinese or Japanese line of at most this many characters holding a button's word.
CJK_LABEL_LENGTH = 16
# A cookie notice is at most this many words.
COOKIE_WORDS = 60

# Chinese and Japanese are written without spaces: each ideograph or kana is counted as a
# word, and as WIDE_WEIGHT characters of length (a Latin word is about five letters and a
# space, a Chinese word about two characters); a Hangul syllable is about two letters.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Combining marks are part of their word but not \w: accents written apart (NFD), Hebrew and
# Arabic vowel points, and the vowel signs of the Indic, Thai, Tibetan, Myanmar and Khmer
# scripts (the danda, a full stop, is left out).
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f"
    "\u1780-\u17ff"
)
_LETTERS = rf"(?:[^\W{_CJK}]|[{MARKS}])++"
_WORD = re.compile(rf"[{_CJK}]|{_LETTERS}(?:['’-]{_LETTERS})*+")
_WIDE = re.compile(f"[{_CJK}]")
_HANGUL = re.compile("[\uac00-\ud7af]")
WIDE_WEIGHT = 3
# Full stops of many scripts: Latin, CJK, Devanagari's danda, Arabic and Urdu, Armenian,
# Ethiopic, Myanmar.
# ... and the quotes closing it in any language: ”, “ („…“ in German, Czech, Lithuanian),
# « (»…« in German), ’, ‘, ›, ‹; French sets its » off with a space.
# A blog's emoji may follow the sentence's stop ("… que eu respondo! 💚").
_SENTENCE_END = re.compile(
    r"[.!?…。！？｡।॥؟۔։።။](?:[ \u00a0\u202f]?[\"'”“’‘»«›‹)」』）])*+"
    # A wire's or writer's credit in brackets after the stop ("… aufgerufen. (dpa)").
    r"(?:[ \u00a0]?+\([^()\n.!?]{1,40}+\))?+"
    r"(?:[ \u00a0]?+[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\ufe0f\u200d]){0,8}+$"
)
# A list item as a copy gives it.
# A label in brackets opening a line ("【延伸閱讀】", "[Read more]").
_BRACKETED_LABEL = re.compile(r"[【\[〔]\s*+(?P<label>[^】\]〕\n]{1,20}+)\s*+[】\]〕]\s*+")
_BULLET = re.compile(r"[*•·‣◦-]\s")
# A list item's mark in copied text: a bullet, a dash, an arrow or a number.
LIST_MARK = re.compile(r"(?:[-–—•*·‣◦▪■●→]|\d{1,2}[.)])\s")
# Thai, Lao and Khmer end a sentence with a space, not a mark: a long block is a sentence.
_UNPUNCTUATED = re.compile("[\u0e00-\u0eff\u1780-\u17ff]")
# Chinese and Japanese write no spaces: a sentence there is counted in characters.
_CJK_END = re.compile(r"[。！？][」』）]*+$")
CJK_SENTENCE = 10


@dataclass(frozen=True)
class Clutter:
    """Why a block is clutter: a rule's name, and whether it marks the start of the trailer."""

    name: str
    marks_trailer: bool = False


@functools.cache
def stop_words(lang: str | None) -> frozenset[str]:
    """The language's function words from jusText's stop lists; empty when it has none."""
    import justext
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse((lang or "en").split("-")[0]).get_display_name("en") or ""
    except (ValueError, UnknownLocaleError):
        return frozenset()
    name = name.replace(" ", "_").replace("å", "a")
    try:
        return frozenset(justext.get_stoplist(name))
    except ValueError:
        return frozenset()


def words_of(text: str) -> list[str]:
    # Turkish "İ" casefolds to "i" and a combining dot above, which no word list spells.
    return _WORD.findall(text.casefold().replace("i\u0307", "i"))


def word_count(line: str) -> int:
    """How many words a line has: its space-separated words, with a run of ideographs or
    kana counted as one word per two characters (the average Chinese word's length)."""
    if line.isascii() or not _WIDE.search(line):
        return len(line.split())
    wide = len(_WIDE.findall(line))
    return len(_WIDE.sub(" ", line).split()) + (wide + 1) // 2


def has_wide(text: str) -> bool:
    """Whether the text holds Chinese or Japanese characters (written without spaces)."""
    return not text.isascii() and _WIDE.search(text) is not None


def text_length(text: str) -> int:
    """A block's length as the thresholds mean it: characters of Latin-like text, with an
    ideograph or kana counted as WIDE_WEIGHT and a Hangul syllable as two, so that the same
    paragraph weighs about the same in every script."""
    wide = len(_WIDE.findall(text)) if not text.isascii() else 0
    hangul = len(_HANGUL.findall(text)) if wide < len(text) and not text.isascii() else 0
    return len(text) + (WIDE_WEIGHT - 1) * wide + hangul


def stop_word_density(text: str, lang: str | None) -> float:
    """The share of the block's words that are function words; 0.5 for languages without a
    list, so that length alone decides."""
    words = words_of(text)
    stops = stop_words(lang)
    if not words:
        return 0.0
    if not stops:
        return 0.5
    return sum(word in stops for word in words) / len(words)


def is_unpunctuated(text: str) -> bool:
    """Written in a script whose sentences end with no mark (Thai, Lao, Khmer)."""
    return bool(_UNPUNCTUATED.search(text))


def is_sentence(text: str) -> bool:
    """Prose ends like a sentence and has more than two words; a label or button does not."""
    text = text.strip()
    if _CJK_END.search(text):
        return len(text) >= CJK_SENTENCE
    if _UNPUNCTUATED.search(text) and text_length(text) >= LENGTH_LOW // 2:
        return not text.endswith(":")
    return len(words_of(text)) > 2 and bool(_SENTENCE_END.search(text))


# Each block is asked about by several stages; the answer depends on its text alone. The
# caches hold a long page's every distinct block (a page of 20,000 links asks of each three
# times: a smaller cache, walked in order, would miss every time).
BLOCK_CACHE = 65536


@functools.lru_cache(maxsize=BLOCK_CACHE)
def is_prose(text: str) -> bool:
    """A sentence long enough to judge alone: a paragraph of the story, not a label."""
    return is_sentence(text) and text_length(text) >= LENGTH_LOW


@functools.lru_cache(maxsize=BLOCK_CACHE)
def clutter_of(text: str, *, masthead: bool = False) -> Clutter | None:
    """The clutter a block is, if any: a rule's match, or a short label holding a clutter word
    ("Share this:", "Follow", "Responses (2)"). A long sentence is never a label."""
    plain = " ".join(text.split())
    # ``plain`` is spaced already: the rules' patterns are tried on it directly.
    rule = next((r for r in CLUTTER_RULES if r.pattern.fullmatch(plain)), None)
    if rule is not None:
        return Clutter(rule.name, rule.tail)
    if (label := _BRACKETED_LABEL.match(plain)) is not None:
        # "【延伸閱讀】颱風天…", "[Read more] …": a box's label in brackets before its teaser.
        labelled = f"{label['label'].strip()}: {plain[label.end() :]}".rstrip(": ")
        rule = next((r for r in CLUTTER_RULES if r.pattern.fullmatch(labelled)), None)
        if rule is not None and rule.name in BOX_LABELS:
            return Clutter(rule.name, rule.tail)
    words = words_of(plain)
    if not words or is_sentence(plain):
        return None
    short = len(words) <= LABEL_WORDS or (plain.endswith(":") and len(words) <= 6)
    vocabulary = TRAILER_WORDS | MASTHEAD_WORDS if masthead else TRAILER_WORDS
    if masthead and len(words) <= MASTHEAD_LABEL and any(w in MASTHEAD_WORDS for w in words):
        return Clutter("page furniture")
    if is_cookie_label(plain, len(words)):
        # "Cookie settings", "Cookie policy", not "Brown butter chocolate chip cookies".
        return Clutter("page furniture" if masthead else "button or label")
    # A compound's last part counts too ("Zur SZ-Startseite").
    if short and any(w in vocabulary or w.rpartition("-")[2] in vocabulary for w in words):
        return Clutter("button or label")
    if len(plain) <= CJK_LABEL_LENGTH and any(label in plain for label in CJK_LABELS):
        # Words are not spaced in Chinese and Japanese: a short line holding a button's
        # word ("この記事をシェアする", "はてなブックマーク", "分享到：").
        return Clutter("button or label")
    return None


# The clutter that labels a box of other articles' teasers ("Read also", "Mehr zum Thema"),
# or one teaser ("VG+" over a paid article's headline).
BOX_LABELS = frozenset(("read more", "related articles", "paid mark"))
_TEASER_BOX_LABELS = BOX_LABELS - {"paid mark"}


def is_box_label(text: str, *, paid: bool = True) -> bool:
    """A read-also or related box's label: the teasers under it are the box's (with ``paid``
    false, not a paid mark over one teaser, "Premium")."""
    found = clutter_of(text)
    return found is not None and found.name in (BOX_LABELS if paid else _TEASER_BOX_LABELS)


def box_label_above(lines: list[str], index: int, reach: int) -> int | None:
    """The nearest box label at ``index`` or above it, at most ``reach`` lines up."""
    return next(
        (i for i in range(index, max(-1, index - reach - 1), -1) if is_box_label(lines[i])), None
    )


def is_cookie_notice(block: str) -> bool:
    """A notice about cookies: the word is the same in most languages; where it is not
    ("kakor", "куки", "คุกกี้"), the notice's own words tell it (tearsheet.consent). However
    long and well written, it is the page's, not the article's."""
    words = words_of(block)
    return len(words) <= COOKIE_WORDS and is_cookie_line(block, len(words))


# A caption's words before its credit: a few words and no question (a promotion is not a
# caption: "Want more science? Get a subscription… (Image credit: Future plc)").
_CAPTION_TEXT = re.compile(
    r"(?!(?:photo|foto|image|picture|bild|credit)s?\b)[^?\n]{20,200}+\Z", re.IGNORECASE
)


def first_pass(blocks: list[str], lang: str | None) -> list[str]:
    """jusText's context-free classes: 'good', 'neargood', 'short' or 'bad'."""
    first: list[str] = []
    for text in blocks:
        density = stop_word_density(text, lang)
        found = clutter_of(text)
        if found is not None and found.name == "photo caption" and _CAPTION_TEXT.match(text):
            # A caption with its credit stands inside the story: its neighbours tell where
            # the prose runs (the clutter rules still take the caption itself). A credit
            # alone ("Photo: Hau Dinh, AP") is the gallery's or the page's.
            first.append("short")
        elif "©" in text or found is not None or is_cookie_notice(text):
            first.append("bad")
        elif _BULLET.match(text) and _WIDE.search(text) and not is_sentence(text):
            # A Chinese or Japanese list item that is not a sentence is a title or a link:
            # weighed as prose for its script, it would join a sidebar of them to the story.
            first.append("short")
        elif text_length(text) < LENGTH_LOW:
            first.append("short")
        elif density >= STOPWORDS_HIGH and text_length(text) > LENGTH_HIGH:
            first.append("good")
        elif density >= STOPWORDS_LOW:
            first.append("neargood")
        else:
            first.append("bad")
    return _prose_between(blocks, first)


def classify(blocks: list[str], lang: str | None) -> list[str]:
    """jusText's classes for each block, 'good' (prose) or 'bad', with its context rules:
    a short block between prose is prose, between boilerplate is boilerplate."""
    first = first_pass(blocks, lang)
    # The nearest class on each side, looked up once: a page of thousands of short lines
    # is read in linear time, not once per line.
    nearest = {
        (step, skip_near): nearest_class(first, step, skip_near)
        for step in (-1, 1)
        for skip_near in (False, True)
    }

    def neighbour(index: int, step: int, skip_near: bool) -> str:
        return nearest[step, skip_near][index]

    revised = list(first)
    for index, kind in enumerate(first):
        if kind != "short":
            continue
        before, after = neighbour(index, -1, True), neighbour(index, 1, True)
        if before == after:
            revised[index] = before
        elif (before == "bad" and neighbour(index, -1, False) == "neargood") or (
            after == "bad" and neighbour(index, 1, False) == "neargood"
        ):
            revised[index] = "good"
        else:
            revised[index] = "bad"
    # A short article may have no block long enough to be sure of: then near-prose is prose;
    # so are two sentences side by side (a paper's short paragraphs, no teaser's summary).
    sure = "good" in first
    for index, kind in enumerate(first):
        if kind == "neargood":
            both_bad = neighbour(index, -1, True) == "bad" == neighbour(index, 1, True)
            paired = any(_near_sentences(blocks, first, index, other) for other in (-1, 1))
            revised[index] = "bad" if both_bad and sure and not paired else "good"
    if not sure:
        for index, kind in enumerate(first):
            if kind == "short" and revised[index] == "bad":
                before, after = neighbour(index, -1, False), neighbour(index, 1, False)
                if "neargood" in (before, after) and before != "bad" != after:
                    revised[index] = "good"
    # Last, so that no context rule above gives a list the class of the prose around it.
    for start, end in _short_runs(first):
        if sum(is_sentence(blocks[i]) for i in range(start, end)) < LIST_SENTENCES * (end - start):
            revised[start:end] = ["bad"] * (end - start)
    for start, end in _introduced_lists(blocks, first, revised):
        revised[start:end] = ["good"] * (end - start)
    return revised


def _prose_between(blocks: list[str], first: list[str]) -> list[str]:
    """The first pass's classes, with a long sentence the function words alone judged
    boilerplate (a language whose stop list fits its words poorly: Korean's particles are
    parts of words) near-prose when prose stands on both sides of it (short lines between
    looked past) and right under it: a paragraph of the story. (A photo's long caption
    over the story stands over its credit, not over the story.)"""
    before, after = nearest_class(first, -1, False), nearest_class(first, 1, False)
    revised = list(first)
    for index, (text, kind) in enumerate(zip(blocks, first, strict=True)):
        following = first[index + 1] if index + 1 < len(first) else "bad"
        if (
            kind == "bad"
            and following in _PROSE_KINDS
            and before[index] in _PROSE_KINDS
            and after[index] in _PROSE_KINDS
            and is_prose(text)
            and "©" not in text
            and clutter_of(text) is None
            and not is_cookie_notice(text)
        ):
            revised[index] = "neargood"
    return revised


_PROSE_KINDS = ("good", "neargood")


def _introduced_lists(
    blocks: list[str], first: list[str], revised: list[str]
) -> list[tuple[int, int]]:
    """An article's own list: a lead-in sentence ending in a colon, under the story's prose
    ("Here is what I changed:"), a few short items, then the story goes on in a sentence.
    ``(start, end)`` of the lead-in, the items and that sentence."""
    found = []
    for lead, text in enumerate(blocks):
        if not text.rstrip().endswith(":") or len(words_of(text)) < LEAD_IN_WORDS:
            continue
        above = [i for i in range(max(0, lead - 2), lead) if clutter_of(blocks[i]) is None]
        if not any(revised[i] == "good" for i in above):
            continue
        end = lead + 1
        while end < min(len(blocks), lead + 1 + LIST_ITEMS) and _list_item(blocks[end], first[end]):
            end += 1
        # The story goes on after the items: the run ends in a sentence.
        if end - lead > MIN_ITEMS and is_sentence(blocks[end - 1]):
            found.append((lead, end))
    return found


def _list_item(text: str, kind: str) -> bool:
    """An item of an article's list, or the sentence that closes it: not clutter, not long."""
    short = kind in ("short", "neargood") and text_length(text) <= LENGTH_HIGH
    return short and clutter_of(text) is None


def _near_sentences(blocks: list[str], first: list[str], index: int, step: int) -> bool:
    """The block and its neighbour ``step`` away are both near-prose sentences."""
    near = [i for i in (index, index + step) if 0 <= i < len(first) and first[i] == "neargood"]
    return len(near) == 2 and all(is_prose(blocks[i]) for i in near)


def _short_runs(first: list[str]) -> list[tuple[int, int]]:
    """The runs of at least LIST_RUN consecutive short blocks, ``(start, end)``."""
    runs = []
    start = 0
    for index in range(len(first) + 1):
        if index == len(first) or first[index] != "short":
            if index - start >= LIST_RUN:
                runs.append((start, index))
            start = index + 1
    return runs


def main_region(
    blocks: list[str], classes: list[str], first: list[str], anchors: frozenset[int] = frozenset()
) -> tuple[int, int]:
    """The run of blocks with the most prose in it: prose counts its length, near-prose half
    of it, boilerplate against; a run that starts just under a date or byline line (the
    headline block) gets a bonus. ``(start, end)`` with ``end`` exclusive, (0, 0) for none."""
    weights = []
    alone = [
        kind == "good" and before != "good" and _isolated(blocks, first, index)
        for index, (kind, before) in enumerate(zip(classes, first, strict=True))
    ]
    teasers = [
        alone[index] and sum(alone[max(0, index - TEASER_REACH) : index + TEASER_REACH + 1]) > 1
        for index in range(len(blocks))
    ]
    # A teaser's summary does not break a run of boilerplate (headline, author, date, ...).
    runs = boilerplate_runs(
        ["bad" if teaser else kind for kind, teaser in zip(classes, teasers, strict=True)]
    )
    rows = zip(blocks, classes, first, runs, strict=True)
    for index, (text, kind, before, run) in enumerate(rows):
        if teasers[index]:
            # Short paragraphs each alone between boilerplate, one after another: the
            # summaries of a teaser list.
            weights.append(text_length(text) * ISOLATED_SHARE // 100)
        elif kind == "good":
            weights.append(text_length(text))
        elif before == "neargood":
            weights.append(text_length(text) // 2)
        elif before == "short":
            # One short line between prose costs nothing (a subheading); a long run of them
            # is a list of links or teasers, which the body does not stretch over.
            weights.append(-RUN_COST if run >= RUN_LENGTH else -SHORT_COST)
        else:
            weights.append(-max(text_length(text), 25))
    for index in legal_footer(blocks, classes, anchors, HEADER_REACH):
        weights[index] = -max(text_length(blocks[index]), 25)
    prefix = [0]
    for weight in weights:
        prefix.append(prefix[-1] + weight)
    # best_end[i]: the end j >= i with the largest prefix sum.
    best_end = list(range(len(prefix)))
    for index in range(len(prefix) - 2, -1, -1):
        if prefix[best_end[index + 1]] > prefix[index]:
            best_end[index] = best_end[index + 1]
    best = (0, 0, 0)
    for start, weight in enumerate(weights):
        if weight <= 0:
            continue
        end = best_end[start + 1]
        bonus = HEADER_BONUS if any(start - HEADER_REACH <= a < start for a in anchors) else 0
        score = prefix[end] - prefix[start] + bonus
        if score > best[0]:
            best = (score, start, end)
    return best[1], best[2]


def _isolated(blocks: list[str], first: list[str], index: int) -> bool:
    """Neither neighbour is prose by itself (jusText's first, context-free classes); an
    advertisement or "Read also" line between paragraphs is looked past."""

    def neighbour(step: int) -> str:
        at = index + step
        while 0 <= at < len(first) and clutter_of(blocks[at]) is not None:
            at += step
        return first[at] if 0 <= at < len(first) else "bad"

    return neighbour(-1) in ("short", "bad") and neighbour(1) in ("short", "bad")


def stands_whole(name: str, text: str) -> bool:
    """The name stands in the text as a whole ("Giorgio Ferrante," and "Ann Lee is")."""
    at = text.find(name)
    end = at + len(name)
    return at >= 0 and (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
