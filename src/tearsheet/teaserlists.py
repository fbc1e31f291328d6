"""Lists of other articles in copied text: teasers, each a title with its byline or date
lines under it, that a page shows after (or instead of) the story."""

from __future__ import annotations

from collections.abc import Iterator

from tearsheet import zones
from tearsheet.headblock import KICKER_WORDS
from tearsheet.relatedboxes import box_end

# A teaser in a list of other articles: its title and up to this many byline/date lines.
TEASER_LINES = 3
# ... and a list of them with a summary under each has at least this many.
TEASER_RUN = 3


def _teaser_end(blocks: list[str], anchors: frozenset[int], index: int) -> int | None:
    """Where a teaser of another article that starts at ``index`` ends: a title line, then
    up to TEASER_LINES lines of which at least one is a byline or date line (a short name
    line may come before it: "Rob Crilly" over "Wednesday November 20, 2019"); None when
    it is not one."""
    title = blocks[index]
    # A headline may ask a question ("What made Joker so popular?"); it makes no statement.
    statement = zones.is_sentence(title) and not title.endswith("?")
    if index in anchors or statement or len(title) > zones.TEASER_LENGTH:
        return None
    end, dated = index + 1, False
    while end < len(blocks) and end - index <= TEASER_LINES:
        if end in anchors:
            dated = True
        elif dated or len(blocks[end].split()) > KICKER_WORDS or zones.is_sentence(blocks[end]):
            break
        end += 1
    return end if dated else None


def _teaser_run(blocks: list[str], anchors: frozenset[int], index: int) -> range | None:
    """A list of other articles starting at ``index``: two teasers in a row with nothing
    between them, or TEASER_RUN or more each with one summary paragraph under it ("+ Kurt
    Volker throws Rudy Giuliani under the bus" / "Kaylee McGhee" / "Tuesday November 19,
    2019" / its first sentences). A live blog's entries have prose of varying length
    between their time stamps, and seldom one paragraph each three times over."""
    units = summaries = 0
    at, paired = index, False
    while at < len(blocks):
        end = _teaser_end(blocks, anchors, at)
        if end is None:
            break
        units, at = units + 1, end
        if at < len(blocks) and _teaser_end(blocks, anchors, at) is not None:
            paired = True  # the next teaser right under this one
            continue
        following = at + 1 < len(blocks) and _teaser_end(blocks, anchors, at + 1) is not None
        if at < len(blocks) and following:
            summaries, at = summaries + 1, at + 1
    return range(index, at) if paired or units >= TEASER_RUN else None


def teaser_pairs(blocks: list[str], anchors: frozenset[int], start: int) -> Iterator[range]:
    """Each list of other articles after ``start`` (see _teaser_run); the search goes on
    after each one, so that a page of a thousand teasers is read once, not once per line."""
    index = start + 1
    while index < len(blocks):
        found = _teaser_run(blocks, anchors, index)
        if found is None:
            index += 1
            continue
        yield found
        index = found.stop


def teaser_list(blocks: list[str], anchors: frozenset[int], start: int) -> int | None:
    """Where a list of other articles starts after ``start``: two teasers in a row, each a
    title line with its own byline or date lines under it ("Russia: strikes wrong move" /
    "By REUTERS" / "11/20/2019 10:08 AM") and nothing else between them, or three or more
    with a summary under each. A live blog's time stamps have prose between them. Not a box
    inside the story, its label over the teasers and the story going on under them
    ("Related to this story" / two headlines with their dates / the story's next
    paragraphs, tearsheet.relatedboxes)."""
    return next(
        (
            pair.start
            for pair in teaser_pairs(blocks, anchors, start)
            if pair.start == 0 or box_end(blocks, pair.start - 1) is None
        ),
        None,
    )
