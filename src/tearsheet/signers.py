"""The writer who signs a letter or newsletter: under its brand's name ("Deník N" sent by
"Deník N <newsletter@…>", signed "Ondřej Malý"), or by a first name the footer gives in full
("Tom" and "… written by Tom Beckett")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from tearsheet.letters import find_valediction, is_closing
from tearsheet.personnames import has_given_name, is_name, is_person

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# A first name alone, capitalised, signing a letter.
_FIRST_NAME = re.compile(r"[^\W\d_][\w'’-]{1,20}+")
# A newsletter's signature is within this many paragraphs of the body's end.
SIGNER_REACH = 6


def read_brands_signer(paragraphs: list[str], draft: Draft) -> bool:
    """A newsletter's byline that is only the name it is sent under ("Deník N" from "Deník N
    – Ranní briefing", sent by "Deník N <newsletter@…>"), no person's, gives way to the
    writer signing the letter under a closing ("Hezký den přeje" / "Ondřej Malý"). True
    when the signer was read."""
    from tearsheet.issuers import mail_sender

    sender = mail_sender(draft)
    if len(draft.byline) != 1 or sender is None or draft.byline[0].casefold() != sender.casefold():
        return False
    personal = is_name(sender) and is_person(sender) and has_given_name(sender)
    if personal or not (signer := _signer(paragraphs[-SIGNER_REACH:])):
        return False
    draft.byline[:] = [signer]
    draft.recognised.append(f"byline {signer!r} signing for the sender {sender!r}")
    return True


def _signer(closing: list[str]) -> str | None:
    """The last person's name on a line of its own under a closing ("Hezký den přeje",
    "Until next week,"), with a known given name."""
    for line, name in reversed(list(itertools.pairwise(closing))):
        name = name.strip().rstrip(".")
        if is_closing(line) and is_name(name) and is_person(name) and has_given_name(name):
            return name
    return None


def first_name_in_full(paragraphs: list[str], footer: list[str]) -> str | None:
    """A letter signed with a first name alone under its closing ("See you next Thursday," /
    "Tom"), whose footer gives the full name ("… a newsletter written by Tom Beckett."):
    that name, in any language the footer is written in."""
    if len(paragraphs) < 2 or not is_closing(paragraphs[-2]):
        return None
    first = paragraphs[-1].strip().rstrip(".!")
    if not _FIRST_NAME.fullmatch(first) or not has_given_name(first):
        return None
    full = re.compile(rf"(?<!\w){re.escape(first)}(?:\s++[^\W\d_][\w'’-]*+){{1,2}}+")
    for line in footer:
        for found in full.finditer(line):
            name = found.group().rstrip(".,")
            for cut in (name, name.rsplit(" ", 1)[0]):
                if is_name(cut) and is_person(cut) and cut != first:
                    return cut
    return None


def signer_under_closing(blocks: list[str]) -> list[str]:
    """The writer signing under a closing at the top of the page's footer, with a role after
    a comma or not ("Dobrú kávu praje" / "Martin Kollár, pražiar", "Warm wishes," / "Ana
    Gil"), by a known given name."""
    lines = [line.strip() for block in blocks[:2] for line in block.splitlines() if line.strip()]
    if len(lines) < 2:
        return []
    name = lines[1].split(",")[0].strip().rstrip(".")
    # A closing the letters know ("Lisätietoja" over a press contact's name is a label).
    if find_valediction([lines[0], name], -1, 0, None) is None:
        return []
    return [name] if is_name(name) and is_person(name) and has_given_name(name) else []
