"""Summary boxes over a story ("In short:" and its points, Hindi's "सार"): not its paragraphs."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.recognise import Draft, excerpt

# The label of a summary box over the story, alone on its line (a colon after it or not), in
# the words news sites use for it: ABC's "In short:", Nation's "What you need to know:",
# "Das Wichtigste in Kürze", "En bref", "Em resumo", "Главное", "要点". A closed class of
# a few words per language; no maintained source of them exists.
_SUMMARY_LABEL = re.compile(
    r"(?i:in short|key points|key takeaways|what you need to know|at a glance|the short version|"
    r"tl;?dr|das wichtigste(?: in kürze)?|auf einen blick|kurz gesagt|in kürze|en bref|"
    r"l'essentiel|ce qu'il faut retenir|en resumen|lo que hay que saber|claves|em resumo|"
    r"o que você precisa saber|in sintesi|in breve|i punti chiave|in het kort|"
    r"w skrócie|najważniejsze|коротко|главное|кратко|коротко про головне|özetle|"
    r"ringkasan|poin penting|tóm tắt|i korthet|kort fortalt|lyhyesti|pähkinänkuoressa|"
    r"röviden|pe scurt|ve zkratce|stručně|συνοπτικά|בקצרה|ملخص|باختصار|خلاصه|"
    r"मुख्य बातें|खास बातें|要点|要約|摘要|重點|요약|핵심|สรุป|ประเด็นสำคัญ|"
    # Swahili, Catalan, Croatian and Serbian, Slovak, Romanian's other word, Bulgarian.
    r"muhtasari|en resum|ukratko|укратко|v skratke|rezumat|накратко)\s*+[:：]?"
)
# "Highlights" heads a box of points written as headlines are only under the story's dek
# (Jagran's "HighLights"); elsewhere it heads a teaser or a pull quote as often.
_HIGHLIGHTS = re.compile(r"(?i:(?:key |story )?highlights)\s*+[:：]?")
# A Hindi site's summary: one paragraph under "सार" (summary), the story under "विस्तार"
# (in detail).
SUMMARY_LABELS = frozenset(("सार",))
DETAIL_LABELS = frozenset(("विस्तार",))
# A point of a summary box is a sentence at most this long; the story's first paragraph
# under the box is longer.
POINT_LENGTH = 150
# A dek over a summary box is a sentence of this many words at least.
DEK_WORDS = 8
# A point written as a headline is, with no stop, has this many words at least.
POINT_WORDS = 3
# A box holds at most this many points and questions ("What's next?") between them.
POINTS = 6
# A button under a page's notice is at most this many words.
BUTTON_WORDS = 3
# A question heading a box's last point ("What's next?") is at most this many words.
QUESTION_WORDS = 5


def cut_summary(
    blocks: list[str], groups: list[int], draft: Draft
) -> tuple[list[str], list[int], str | None]:
    """A summary box over the story, cut out before the zones are read (they would take its
    points for the first paragraphs, or its label for a caption); returns the blocks, their
    groups and the dek, which a Hindi site's summary is. The points of other boxes go: they
    repeat the story, as its headline and dek do."""
    for index in range(len(blocks) - 2):
        if _is_story(blocks, index) and not _box_under_dek(blocks, index + 1):
            # Over the story only: a subheading inside it heads the story's own lines. (A
            # dek may stand over the box: "<dek> / HighLights / <points> / <the story>".)
            break
        label = blocks[index].strip()
        under_dek = _box_under_dek(blocks, index)
        if label in SUMMARY_LABELS:
            taken = [index, index + 1]
            if blocks[index + 2].strip() in DETAIL_LABELS:
                taken.append(index + 2)
            dek: str | None = blocks[index + 1]
        elif (_SUMMARY_LABEL.fullmatch(label) or under_dek) and (
            end := _points_end(blocks, index + 1, under_dek=under_dek)
        ):
            taken, dek = list(range(index, end)), None
        else:
            continue
        draft.stripped.append(f"summary box {excerpt(blocks[index + 1])}")
        draft.removed.extend(("summary box", blocks[i]) for i in taken)
        kept = [i for i in range(len(blocks)) if i not in taken]
        return [blocks[i] for i in kept], [groups[i] for i in kept], dek
    return blocks, groups, None


def _box_under_dek(blocks: list[str], index: int) -> bool:
    """A box's label right under a sentence of some length, the story's dek, over points
    written as headlines are ("HighLights" / "92 किलोमीटर लंबी पाइपलाइन का काम पूरा"). (Over
    short sentences, the label under a paragraph is the story's own subheading: "What you
    need to know" / "The road is closed.")"""
    dek = blocks[index - 1] if index > 0 else ""
    point = blocks[index + 1] if index + 1 < len(blocks) else ""
    label = blocks[index].strip()
    return (
        (_SUMMARY_LABEL.fullmatch(label) or _HIGHLIGHTS.fullmatch(label)) is not None
        and zones.is_sentence(dek)
        and zones.word_count(dek) >= DEK_WORDS
        and not zones.is_sentence(point)
        and zones.word_count(point) >= POINT_WORDS
    )


def _is_story(blocks: list[str], index: int) -> bool:
    """A paragraph of prose that is not a page's notice: a cookie banner is prose too, but
    a button of a word or two stands under it ("Accept", "स्वीकार करें")."""
    block = blocks[index]
    if not zones.is_prose(block) or zones.clutter_of(block) is not None:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else ""
    button = not zones.is_sentence(following) and 0 < zones.word_count(following) <= BUTTON_WORDS
    return not (zones.is_cookie_notice(block) or button)


def _points_end(blocks: list[str], start: int, *, under_dek: bool = False) -> int | None:
    """Where a box's points end: short sentences (and a question over the last, "What's
    next?"), then a longer paragraph of the story. None when the lines there are no such
    box (a menu's "Highlights" over links). Under the story's dek, a box's points may be
    written as headlines are, with no stop ("HighLights" / "92 किलोमीटर लंबी पाइपलाइन का
    काम पूरा")."""
    end = start
    while end < len(blocks) and end - start < POINTS:
        block = blocks[end]
        said = zones.is_sentence(block) or (under_dek and zones.word_count(block) >= POINT_WORDS)
        point = said and zones.text_length(block) <= POINT_LENGTH
        asks = block.rstrip()[-1:] in "?？" and zones.word_count(block) <= QUESTION_WORDS
        if not (point or asks) or zones.clutter_of(block) is not None:
            break
        end += 1
    points = [b for b in blocks[start:end] if under_dek or zones.is_sentence(b)]
    story = end < len(blocks) and zones.is_prose(blocks[end])
    longer = story and zones.text_length(blocks[end]) > POINT_LENGTH
    return end if points and longer else None


def drop_dek_again(paragraphs: list[str], draft: Draft) -> list[str]:
    """The dek printed again over the story's first paragraph (under the photo, as many
    pages show it twice): the dek's, read already, not the story's."""
    if not (paragraphs[1:] and draft.dek) or paragraphs[0].strip() != draft.dek.strip():
        return paragraphs
    draft.stripped.append(f"the dek again over the story {excerpt(paragraphs[0])}")
    draft.removed.append(("dek again", paragraphs[0]))
    return paragraphs[1:]
