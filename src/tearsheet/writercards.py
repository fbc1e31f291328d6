"""The writer's card under a story: the writer's name alone on a line, perhaps the role
under it, then a bio opening with the same name ("Eline Bosman" / "Redacteur economie" /
"Eline Bosman schrijft over pensioenen…"), or the name the header printed as the byline over
the lines on the writer ("Marta Iturbe" / "Redactora jefa de Economía. Antes fue…"). It is
the page's, not the story's: the trailer starts at the name, where the byline readers find
it."""

from __future__ import annotations

from tearsheet.letters import is_closing
from tearsheet.lineends import opens_byline
from tearsheet.personnames import is_person
from tearsheet.zones import clutter_of, is_sentence, stands_whole, words_of

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


# Under the byline's name on the card, at most this many lines: role, bio, address.
CARD_LINES = 3
# A line on the writer under their name is at most this long.
CARD_LINE = 300
# The byline over the story is a line of at most this many words.
BYLINE_WORDS = 8


def _is_card_name(line: str) -> bool:
    name = " ".join(line.split())
    words = words_of(name)
    return (
        1 < len(words) <= CARD_NAME_WORDS
        and not is_sentence(name)
        and not name.endswith(":")
        and is_person(name)
        and clutter_of(name) is None
        and not opens_byline(name)  # "By Ann Lee" under a box: a teaser's byline
    )


def _printed_above(blocks: list[str], start: int, name: str) -> bool:
    """The name stands in a short line over the body: the byline ("Tekst: Sigrid Haugen")."""
    return any(
        len(words_of(line)) <= BYLINE_WORDS and stands_whole(name, line) for line in blocks[:start]
    )


def _byline_card(blocks: list[str], start: int, end: int) -> int | None:
    """Where the writer's card under the story starts when its name is the byline's over the
    story and only short lines on the writer follow it ("Sigrid Haugen" / "Journalist" /
    "sigrid.haugen@…"); a letter's signature under its closing is the letter's."""
    for index in range(end - 2, max(start, end - CARD_LINES - 2), -1):
        name = " ".join(blocks[index].split())
        if not _is_card_name(name) or is_closing(blocks[index - 1]):
            continue
        under = blocks[index + 1 : end]
        if any(len(line) > CARD_LINE or line.lstrip()[:1] in '-–—"“„«' for line in under):
            continue
        if _printed_above(blocks, start, name):
            return index
    return None


def card_start(blocks: list[str], start: int, end: int) -> int:
    """Where the writer's card closing ``blocks[start:end]`` starts: its name line, when the
    card's bio is the last block and no such card stands above it, or when its name is the
    byline's; else ``end``."""
    if (card := _byline_card(blocks, start, end)) is not None:
        return card
    for index in range(end - 2, max(start, end - CARD_ROLE_LINES - 3), -1):
        if _bio_under(blocks, index, end) != end - 1:
            continue
        above = range(max(start, index - CARD_LOOK), index)
        if any(_bio_under(blocks, i, index) is not None for i in above):
            return end  # one of a list of people, each named over what they do
        return index
    return end
