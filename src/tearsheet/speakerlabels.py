"""Speaker labels: an interview's "STANDARD: Frau Hofer, …", "JOANNA PODGÓRSKA: W zeszłym …",
which say who speaks, where a dateline of the same shape ("BERLIN: …") says where from."""

from __future__ import annotations

import re
from collections import Counter

from tearsheet.organisations import is_personal_name
from tearsheet.places import is_place_name

# A paragraph opening with a label and a colon: one to four words, the first capitalised
# (a word's letters with the vowel signs of the Indian scripts, which are no \w: "सवाल").
_WORD = r"[^\W\d_][\w'’.\u0900-\u0dff-]{0,30}+"
_LABEL = re.compile(rf"^(?P<label>{_WORD}(?: {_WORD}){{0,3}}?)\s?[:：]\s++(?P<said>\S)")
# An interview's turns follow its first question within this many paragraphs.
_TURNS = 12
# A turn says at least this many words (a credit's "Foto: Heribert Corn" says fewer).
_TURN_WORDS = 4
# Other speakers' turns after the first that make the text an interview.
_OTHER_TURNS = 2


def speaker_label(paragraph: str) -> str | None:
    """The label a paragraph opens with before its colon ("EWA KOŁODZIEJ: – Niekoniecznie
    …" gives "EWA KOŁODZIEJ"), whoever it names; None when it opens with none."""
    turn = _LABEL.match(paragraph)
    return turn["label"] if turn else None


def is_speaker_label(
    label: str, paragraphs: list[str], byline: tuple[str, ...] | list[str], lang: str | None
) -> bool:
    """Whether ``label`` opening ``paragraphs[0]`` with a colon names a speaker: the
    writer's name, a person's name that is no place, or a label that opens further turns
    of the same shape (an interview's "Hofer: …", "EWA MALINOWSKA: …"), as a dateline
    never does."""
    written = label.strip()
    if not written:
        return False
    folded = written.casefold()
    if any(folded == name.casefold() for name in byline):
        return True
    named = written.title() if written.isupper() else written
    place = is_place_name(written, lang)
    if is_personal_name(named, lang) and not place:
        return True
    others = 0
    for paragraph in paragraphs[1:_TURNS]:
        turn = _LABEL.match(paragraph)
        if not turn or len(paragraph[turn.start("said") :].split()) < _TURN_WORDS:
            continue
        if turn["label"].casefold() == folded:
            return True
        others += 1
    # A known place's colon is a dateline's, though labelled lines follow ("NEW DELHI: …"
    # over "Key features: …"); a speaker's label recurs.
    return others >= _OTHER_TURNS and not place


# This many turns opening with a label make the text an interview.
SPEAKER_TURNS = 2


def interview_speakers(paragraphs: list[str], headline: str | None) -> set[str]:
    """Who speaks in an interview, where SPEAKER_TURNS turns or more open with a label: the
    labels ("Melzer: …", "JOANNA PODGÓRSKA: …") and the person a headline quotes ("Prof. Ewa
    Malinowska: Nie zatrzymamy …"). None in a text that is no interview."""
    turns = Counter(
        turn["label"]
        for paragraph in paragraphs
        if (turn := _LABEL.match(paragraph))
        and len(paragraph[turn.start("said") :].split()) >= _TURN_WORDS
    )
    if sum(turns.values()) < SPEAKER_TURNS:
        return set()
    speakers = set(turns)
    quoted = _LABEL.match(headline or "")
    # "Prof. Ewa Malinowska", "Dr. Ann Lee": a title's abbreviation before the name.
    name = quoted and re.sub(r"^[^\W\d_]{1,5}\.\s", "", quoted["label"])
    if name and is_personal_name(name):
        speakers.add(name)
    return speakers
