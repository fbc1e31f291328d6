"""The writer's card under a story: the writer's name alone on a line, perhaps the role
under it, then a bio opening with the same name ("Eline Bosman" / "Redacteur economie" /
"Eline Bosman schrijft over pensioenen…"). It is the page's, not the story's: the trailer
starts at the name, where the byline readers find it."""

from __future__ import annotations

from tearsheet.personnames import is_person
from tearsheet.zones import is_sentence, words_of

# A writer's name on its card is at most this many words.
CARD_NAME_WORDS = 5
# Between the name and the bio, at most this many lines (the writer's role).
CARD_ROLE_LINES = 1
# A list of people closing the story ("Jane Doe" / "Jane Doe runs …" for each of them) is
# the story's: a card is looked for this many lines above the last one.
CARD_LOOK = 6


def _bio_under(blocks: list[str], index: int, end: int) -> int | None:
    """Where the bio opening with the name on ``blocks[index]`` stands, right under it or
    under one more line, before ``end``; None when the line is no name over its bio."""
    name = " ".join(blocks[index].split())
    words = words_of(name)
    if not words or len(words) > CARD_NAME_WORDS or is_sentence(name) or name.endswith(":"):
        return None
    if not is_person(name):
        return None  # "Die Kosten" over "Die Kosten der Umstellung …": a subheading
    for at in range(index + 1, min(end, index + CARD_ROLE_LINES + 2)):
        bio = " ".join(blocks[at].split())
        if (
            bio.startswith(name + " ")
            and is_sentence(bio)
            and not bio[len(name) + 1 :].startswith(("–", "-", "—"))
        ):
            return at
    return None


def card_start(blocks: list[str], start: int, end: int) -> int:
    """Where the writer's card closing ``blocks[start:end]`` starts: its name line, when the
    card's bio is the last block and no such card stands above it; else ``end``."""
    for index in range(end - 2, max(start, end - CARD_ROLE_LINES - 3), -1):
        if _bio_under(blocks, index, end) != end - 1:
            continue
        above = range(max(start, index - CARD_LOOK), index)
        if any(_bio_under(blocks, i, index) is not None for i in above):
            return end  # one of a list of people, each named over what they do
        return index
    return end
