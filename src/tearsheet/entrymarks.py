"""The marks that open a body's entries: a live blog's times, an interview's questions.
Short lines that a page's furniture has too, they are the story's when the body repeats them."""

from __future__ import annotations

import re

from tearsheet.zones import is_sentence

# An interview's question opens with its mark: a dash ("―다음 계획은요?", "— И что
# дальше?"), "Q:", "P:" (pregunta), "F:" (Frage), "В:" (вопрос).
_QUESTION_MARK = re.compile(r"^(?:[―—–]\s?|(?:Q|P|F|D|V|В)[.:]\s)")
# So many questions above it make a short question the interview's, not the page's.
QUESTIONS_ABOVE = 2


def asks_as_before(blocks: list[str], start: int, index: int) -> bool:
    """An interview's next question, short as it may be ("―다음 계획은요?", and in Korean
    often no question mark): it opens with the mark of the questions above it in the body."""
    mark = _QUESTION_MARK.match(blocks[index].strip())
    if mark is None:
        return False
    opening = mark[0].strip()
    asked = sum(b.strip().startswith(opening) for b in blocks[start:index])
    return asked >= QUESTIONS_ABOVE


# A live blog's entry opens with its time alone on a line ("15:52", "12.48 uur", "3:45pm").
_ENTRY_TIME = re.compile(
    r"(?i)\d{1,2}[:.h]\d{2}(?:\s?(?:uur|uhr|h|hrs|horas|[ap]\.?m\.?|[A-Z]{2,4}T|GMT|UTC))?"
)
# So many entry times in the body make it a live blog.
ENTRIES_ABOVE = 2


def is_entry_time(line: str) -> bool:
    """A live blog entry's time, alone on its line."""
    return _ENTRY_TIME.fullmatch(line.strip()) is not None


def is_live_entry(blocks: list[str], index: int, body: range) -> bool:
    """The time opening a live blog's entry: a time alone on its line, when the body holds
    more lines so (the reader keeps the times, as the page shows them)."""
    return is_entry_time(blocks[index]) and (
        sum(is_entry_time(blocks[i]) for i in body if i != index) >= ENTRIES_ABOVE
    )


def opens_entry(blocks: list[str], index: int) -> bool:
    """The time has its entry under it: a sentence."""
    return index + 1 < len(blocks) and is_sentence(blocks[index + 1])
