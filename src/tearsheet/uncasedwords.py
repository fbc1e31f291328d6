"""Letters and words of the scripts that write no capitals (Arabic, Hebrew, Devanagari,
Thai, Georgian ...), which names in them are told by instead of a capital letter."""

from __future__ import annotations

import re
import unicodedata

# A word of a name in a script without capitals is at most this long.
UNCASED_WORD_LENGTH = 15


def is_uncased_phrase(text: str) -> bool:
    """One to three words of a script without capitals: a place or an outlet after a name
    ("अमर उजाला", "महोबा"), which its script cannot tell from a name."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(map(is_uncased_word, words))


def is_uncased_word(word: str) -> bool:
    """A word of letters of a script without capitals (Hebrew, Arabic, Devanagari, Thai,
    Georgian), their vowel signs and Persian's zero-width non-joiner."""
    return (
        2 <= len(word) <= UNCASED_WORD_LENGTH
        and _is_uncased_letter(word[0])
        and all(
            _is_uncased_letter(char)
            or unicodedata.category(char) in ("Mn", "Mc")
            or char == "\u200c"
            for char in _NAME_JOINS.sub("", word)
        )
    )


def is_script_initial(word: str) -> bool:
    """An initial in a script without capitals: a letter, its vowel signs, a stop ("க.",
    "ఎం.", "के.")."""
    letters = word[:-1]
    return (
        0 < len(letters) < INITIAL_LENGTH
        and word.endswith(".")
        and _is_uncased_letter(letters[0])
        and all(_is_uncased_letter(c) or unicodedata.category(c) in ("Mn", "Mc") for c in letters)
    )


# An initial in an Indian script is at most this long, its stop included ("ఎం.").
INITIAL_LENGTH = 4


def _is_uncased_letter(char: str) -> bool:
    """A letter of a script that writes no capitals: Unicode's "other letters", and Georgian
    Mkhedruli, which Unicode counts as small letters since it gave Georgian capitals
    (Mtavruli) that names are not written in."""
    return unicodedata.category(char) == "Lo" or UNCASED_LETTER.match(char) is not None


# Georgian Mkhedruli letters: small letters to Unicode, the only ones names are written in.
UNCASED_LETTER = re.compile(r"[\u10d0-\u10fa\u10fd-\u10ff]")


# Inside a word of a name in a script without capitals: a hyphen or Hebrew's maqaf between
# its parts ("אורי בן-דוד", "בן־חיים"), Hebrew's geresh ("ז'בוטינסקי"), Arabic's "ـ" left
# aside; the word's first letter is a letter still. A geresh may end a Hebrew word too
# ("ברקוביץ'", "צ'" for the "ch" of a foreign name).
_NAME_JOINS = re.compile(r"(?<=\w)[-\u05be'\u05f3](?=\w)|(?<=[\u05d0-\u05ea])['\u05f3’]")
