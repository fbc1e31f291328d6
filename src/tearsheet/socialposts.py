"""A social network's post embedded in a story, as a copied page keeps its card: the
account's name, its handle, the post and its date ("Gemeente Tilburg" / "@gemeentetilburg" /
"Vanaf woensdag …" / "14:05 · 8 apr. 2025"), out of the body."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.importdates import find_date

# The handle alone on its line ("@villeperrosguirec", "@NWS_Boston").
_HANDLE = re.compile(r"@[^\W_][\w.]{1,29}+")
# The account's name over it is at most this many words ("Ville de Perros-Guirec") ...
NAME_WORDS = 6
# ... the post under it at most this many lines, and its date line this long.
POST_LINES = 4
DATE_LENGTH = 40
DATE_WORDS = 7


def embedded_posts(paragraphs: list[str], lang: str | None) -> set[int]:
    """The indices of the paragraphs that are social posts embedded in the story: a name
    line over a handle alone on its line, one to four lines of the post, then its date with
    the year. Only between the story's paragraphs (the writer's own name and handle over
    the story are its byline), and only whole paragraphs."""
    lines = [
        (index, line.strip())
        for index, paragraph in enumerate(paragraphs)
        for line in paragraph.splitlines()
        if line.strip()
    ]
    posts: set[int] = set()
    for at in range(2, len(lines) - 2):
        if not _HANDLE.fullmatch(lines[at][1]) or not _is_account(lines[at - 1][1]):
            continue
        if not any(zones.is_prose(line) for _, line in lines[: at - 1]):
            continue  # over the story: the writer's own handle
        ends = range(at + 2, min(len(lines), at + 2 + POST_LINES))
        dated = next((end for end in ends if _is_post_date(lines[end][1], lang)), None)
        if dated is None:
            continue
        blocks = {index for index, _ in lines[at - 1 : dated + 1]}
        # No line of the story shares a block with the post.
        if sum(index in blocks for index, _ in lines) == dated + 2 - at:
            posts |= blocks
    return posts


def _is_account(line: str) -> bool:
    """An account's name: a few words, no sentence."""
    return 0 < zones.word_count(line) <= NAME_WORDS and not zones.is_sentence(line)


def _is_post_date(line: str, lang: str | None) -> bool:
    """The post's date and time alone on their line ("14:05 · 8 apr. 2025", "21 mai 2025")."""
    return (
        len(line) <= DATE_LENGTH
        and zones.word_count(line) <= DATE_WORDS
        and find_date(line, lang) is not None
    )
