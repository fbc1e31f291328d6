"""The writer who signs a letter or newsletter: under its brand's name ("Deník N" sent by
"Deník N <newsletter@…>", signed "Ondřej Malý"), or by a first name the footer gives in full
("Tom" and "… written by Tom Beckett")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from tearsheet.bylinewords import AND
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
    if personal or not (signer := closing_signer(paragraphs[-SIGNER_REACH:])):
        return False
    draft.byline[:] = [signer]
    draft.recognised.append(f"byline {signer!r} signing for the sender {sender!r}")
    return True


def read_last_signer(paragraphs: list[str], draft: Draft) -> bool:
    """A newsletter signed over its footer, which the body kept ("Těšíme se na vás," /
    "Tereza Nová a celý tým …" / "Knihkupectví … | Masarykovo nám. 12"): the signer is
    the writer. True when one was read."""
    if (name := closing_signer(paragraphs[-SIGNER_REACH:])) is None:
        return False
    draft.byline.append(name)
    draft.recognised.append(f"byline {name!r} from the signature under the closing")
    return True


def closing_signer(closing: list[str]) -> str | None:
    """The last person's name on a line of its own under a closing ("Hezký den přeje",
    "Until next week,"), with a known given name, without the title or team the signer
    writes around it (see signed_name)."""
    for line, name in reversed(list(itertools.pairwise(closing))):
        name = signed_name(name)
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
    name = signed_name(lines[1].split(",")[0])
    # A closing the letters know ("Lisätietoja" over a press contact's name is a label).
    if find_valediction([lines[0], name], -1, 0, None) is None:
        return []
    return [name] if is_name(name) and is_person(name) and has_given_name(name) else []


def signed_name(line: str) -> str:
    """The person's name on a signature's line, without what a letter's signer writes
    around it: a title's abbreviation before ("Fr. Declan Moriarty", "Dr. Ana Gil"), the
    initials of an office or a degree after ("… PP", "… PhD", "… MBE"), the team signing
    with them ("Tereza Nová a celý tým Knihkupectví", "Anna Berg and the team at …"). The
    line as it is when it holds nothing of these."""
    words = line.strip().rstrip(".").split()
    # "… and the (whole) team": the language's "and", then a team's word within three words.
    for at, word in enumerate(words[1:], 1):
        after = [w.casefold().rsplit("'", 1)[-1].rsplit("’", 1)[-1] for w in words[at + 1 : at + 4]]
        if word.casefold() in AND and any(w in _TEAM_WORDS for w in after):
            words = words[:at]
            break
    if len(words) > 2 and (_TITLE.fullmatch(words[0]) or words[0].casefold() in _YOURS):
        words = words[1:]
    while len(words) > 2 and _POSTNOMINAL.fullmatch(words[-1]):
        words = words[:-1]
    return " ".join(words)


# "Your" before the signer's name ("Ihr Tobias Brenner", "Votre Claire Roux").
_YOURS = frozenset("ihr ihre euer eure dein deine votre vostro vostra uw jullie".split())
# A title's abbreviation before a name: "Fr.", "Dr.", "Prof.", "Mgr.", "Pfr.".
_TITLE = re.compile(r"[^\W\d_]{1,4}+\.")
# An office's or a degree's initials after a name: "PP", "PhD", "MBE", "S.J.".
_POSTNOMINAL = re.compile(r"(?-i:[A-Z](?:[A-Z]|h(?=D))(?:\.?[A-Z]){0,3}+\.?)")
# The words of a team signing with its member ("tým", "team", "équipe", "equipo").
_TEAM_WORDS = frozenset(
    """team tým tím équipe equipe equipo squadra zespół ekipa csapat takım ekibi команда
    ομάδα tiimi""".split()
)


def sign_name_as_signed(closing: list[str], draft: Draft) -> None:
    """The byline's name as the writer signs the story, when the header gave it in another
    case ("Του Νίκου Παπαδάκη", "by Nikos Papadakis" in the genitive, signed "Καλή σας
    ημέρα, Νίκος Παπαδάκης"): the same words, each with another ending, closing a line."""
    for at, name in enumerate(draft.byline):
        words = name.split()
        for line in closing:
            # The name alone on the line, or after the sign-off's comma.
            signed = line.rstrip(" .").rsplit(",", 1)[-1].split()
            if (
                len(signed) == len(words)
                and signed != words
                and all(_inflected(word, other) for word, other in zip(words, signed, strict=True))
            ):
                draft.byline[at] = " ".join(signed)
                draft.recognised.append(f"byline {draft.byline[at]!r} as the story is signed")
                break


# Two forms of a word of a name differ in at most this many letters at its end, after a
# common stem of at least STEM letters ("Νίκου", "Νίκος").
INFLECTION = 2
STEM = 3


def _inflected(word: str, other: str) -> bool:
    """Whether two words are one name's word in two cases: a capital, the same stem."""
    pairs = zip(word, other, strict=False)
    stem = next((at for at, (a, b) in enumerate(pairs) if a != b), min(len(word), len(other)))
    return (
        word[:1].isupper()
        and stem >= STEM
        and len(word) - stem <= INFLECTION
        and len(other) - stem <= INFLECTION
    )
