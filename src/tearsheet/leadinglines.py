"""Short lines over a copied story's first paragraph (a caption without its credit, "Link
kopieren", the headline again): the page's, not the story's."""

from __future__ import annotations

import itertools

from tearsheet import zones
from tearsheet.contentslists import is_leading_length
from tearsheet.entrymarks import is_live_entry
from tearsheet.letters import is_salutation
from tearsheet.pagehead import names_line
from tearsheet.recognise import BYLINE, Draft, excerpt, read_byline
from tearsheet.summaries import drop_dek_again
from tearsheet.writernotes import drop_standing_note

# At most this many short lines that are no sentence stand over the story's first
# paragraph, each at most LEADING_WORDS words.
LEADING_LINES = 4
LEADING_WORDS = 12


def drop_leading_lines(paragraphs: list[str], draft: Draft) -> list[str]:
    """A story opens with a sentence: short lines that are none over its first paragraph (a
    photo's caption without a credit, "Link kopieren", "ОНОВЛЕНО", the headline again) are
    the page's. A letter's salutation and a list's lead-in are no such lines. The column's
    standing note over the story goes too."""
    paragraphs = drop_dek_again(drop_standing_note(paragraphs, draft), draft)
    lead = 0
    while (
        lead < min(len(paragraphs) - 1, LEADING_LINES)
        and not zones.is_sentence(paragraphs[lead])
        and is_leading_length(paragraphs[lead], LEADING_WORDS)
        and not is_salutation(paragraphs[lead])
        and paragraphs[lead].rstrip()[-1:] not in ":："
        and not is_live_entry(paragraphs, lead, range(len(paragraphs)))
        # An epigraph and its source ("“Not all those who wander are lost” / — Tolkien").
        and paragraphs[lead].lstrip()[:1] not in "\"“„«‘'—–-"
    ):
        lead += 1
    if lead == 0 or not _opens_story(paragraphs[lead]):
        return paragraphs
    _read_labelled_writer(paragraphs[:lead], draft)
    draft.stripped.append(f"lines over the story {excerpt(paragraphs[0])}")
    draft.removed.extend(("lines over the story", p) for p in paragraphs[:lead])
    return drop_standing_note(paragraphs[lead:], draft)


def _opens_story(paragraph: str) -> bool:
    """Prose, or a sentence of prose's length leading in to a list ("… se interrumpirá el
    suministro en las siguientes calles:")."""
    text = paragraph.rstrip()
    return zones.is_prose(text) or (text[-1:] in ":：" and zones.is_prose(text[:-1] + "."))


def _read_labelled_writer(lines: list[str], draft: Draft) -> None:
    """ "Автор" / "Дарья Соколова" among the lines over the story, where no byline was
    read: the label of "by" alone on its line, the writer's name under it."""
    for label, name in itertools.pairwise(lines):
        if draft.byline:
            return
        if zones.word_count(label) == 1 and names_line(name):
            joined = f"{label.strip().rstrip(':')}: {name.strip()}"
            if BYLINE.match(joined):
                read_byline(joined, draft)
