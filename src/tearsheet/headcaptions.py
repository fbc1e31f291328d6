"""A picture's caption in the header, told from the headline by its credit: on its line
("… avant la Toussaint. | OUEST-FRANCE", "… أمس. (عكاظ)") or on the line under it
("… en Mestalla. / EFE", "<caption> / Foto: Bo Amstrup/EPA")."""

from __future__ import annotations

import re

from tearsheet.personnames import has_given_name, is_person, is_place
from tearsheet.slashcredit import is_credit_word
from tearsheet.underheadlines import (
    is_bracket_credited,
    is_capitals_credited,
    is_picture_credit,
    is_slash_credited,
)

# A picture's alt text copied with the page: "Chidinma Eze's photo", "Avatar of Ann Lee",
# "Ann Lee profile picture", "Foto de perfil de Ana Ruiz".
_ALT_TEXT = re.compile(
    r"[^\n]{1,60}?(?:['’]s?\s(?:photo|picture|avatar|image|profile (?:photo|picture|image))|"
    r"\s(?:avatar|profile (?:photo|picture|image))|\s(?:avatar|photo|picture) \(.{1,40}\))|"
    r"(?:avatar|profile (?:photo|picture|image)|photo|picture|foto de perfil|profilbild)"
    r"\s(?:of|de|von)\s[^\n]{1,60}",
    re.IGNORECASE,
)


def is_alt_text(line: str) -> bool:
    """A picture's alt text copied with the page ("Avatar of Ann Lee"): never a headline."""
    return _ALT_TEXT.fullmatch(line) is not None


# A caption's sentence before its credit is at least this long; the credit at most
# CREDIT_LENGTH ("… on Tuesday. | AFP").
CAPTION_LENGTH = 20
CREDIT_LENGTH = 40


def is_credited_line(line: str) -> bool:
    """A caption with its credit on its line: after a bar, a slash, in capitals or in
    brackets, or the photographer's name after the caption's full stop ("… este martes.
    Claudio Álvarez"), closing the caption's sentence."""
    return (
        _is_credited_sentence(line)
        or _is_named_after_sentence(line)
        or is_slash_credited(line)
        or is_capitals_credited(line)
        or is_bracket_credited(line)
    )


def _is_credited_sentence(line: str) -> bool:
    """A sentence, then a bar and a short credit: a picture's caption ("La passerelle …
    avant la Toussaint. | OUEST-FRANCE"), not a headline with its site's name."""
    sentence, bar, credit = line.rpartition("|")
    sentence, credit = sentence.rstrip(), credit.strip()
    return (
        bool(bar)
        and "|" not in sentence
        and len(sentence) >= CAPTION_LENGTH
        and sentence[-1:] in ".!?。"
        and 0 < len(credit) <= CREDIT_LENGTH
        and "." not in credit
    )


def is_caption_over_credit(blocks: list[str], at: int, titled_over: bool) -> bool:
    """A line over a picture's credit is its caption when it is a sentence ("Abde celebra el
    segundo tanto en Mestalla. / EFE"), or when the credit is the picture's own ("Foto: Bo
    Amstrup/EPA", not an agency's bare name, which may credit the story) and a title line
    stands over it (``titled_over``: the headline or its dek; a headline alone over its
    picture's credit, the picture uncaptioned, has only the menus over it)."""
    following = " ".join(blocks[at + 1].split()) if at + 1 < len(blocks) else ""
    if not following:
        return False
    if blocks[at].rstrip()[-1:] in ".。" and (
        is_credit_word(following) or is_picture_credit(following)
    ):
        return True
    return titled_over and is_picture_credit(following)


# A photographer's name after a caption's full stop: two or three capitalised words.
_NAME_AFTER_STOP = re.compile(
    r".{20,300}?[.!?] (?-i:(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]++(?: [A-ZÀ-ÖØ-Þ][\w'’-]++){1,2}+))"
)


def _is_named_after_sentence(line: str) -> bool:
    """ "Una columna de humo negro se eleva sobre el polígono, este martes. Claudio Álvarez":
    the caption's sentence, then who took the picture, with no stop after the name."""
    match = _NAME_AFTER_STOP.fullmatch(line)
    name = match["name"] if match else ""
    return bool(name) and is_person(name) and has_given_name(name) and not is_place(name)
