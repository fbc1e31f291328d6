"""The language of imported text: guessed with py3langid's bundled model, tags normalised."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Any

from tearsheet.zones import text_length

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# Below this many characters a language guess is not sure enough to write down; below
# MIN_LANGUAGE_GUESS it is little better than chance, and not made.
MIN_LANGUAGE_SAMPLE = 200
MIN_LANGUAGE_GUESS = 60

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*+")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, from py3langid's bundled model (read from
    the cache the build unpacks it into: decompressing it took a second of every import)."""
    code, _score = _identifier().classify(text[:5000])
    return str(code)


def _identifier() -> Any:
    from tearsheet.langmodel import identifier

    return identifier()


def _language_of(sample: str) -> str:
    """A language guess in the codes the rest reads (py3langid says "wuu" for some Chinese)."""
    code = detect_language(sample)
    return "zh" if code in ("wuu", "yue") else code


def detect_language_into(sample: str, draft: Draft) -> None:
    if text_length(sample) < MIN_LANGUAGE_SAMPLE:
        draft.doubt(
            "import-lang-unknown",
            "too little text to tell the language: 'lang' left out (set --lang)",
        )
        if text_length(sample) >= MIN_LANGUAGE_GUESS:
            # Not sure enough to write down, but better than none for reading the text: its
            # function words and the month names of its dates.
            draft.lang, draft.lang_guessed = _language_of(sample), True
        return
    draft.lang = detect_language(sample)
    draft.recognised.append(f"language {draft.lang!r} (detected)")


def normalise_lang(value: str | None) -> str | None:
    """A BCP 47 tag from what pages write ("en_GB", "de-DE", "EN"), or None when unusable."""
    if not value:
        return None
    tag = value.strip().replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(tag):
        return None
    parts = tag.split("-")
    parts[0] = parts[0].lower()
    return "-".join(parts[:1] + [p.upper() if len(p) == 2 else p for p in parts[1:]])


def main_script(lines: list[str]) -> str | None:
    """The script of most letters of the lines, as Unicode names it ("LATIN", "CJK")."""
    counts: Counter[str] = Counter()
    for line in lines:
        for char in line:
            if char.isalpha():
                counts[unicodedata.name(char, "UNKNOWN").split()[0]] += 1
    return counts.most_common(1)[0][0] if counts else None
