"""Labels alone on their line in a page's header, their value on the line under them:
"From: / <issuer>", "Published / <date>" (GOV.UK and many public bodies' pages)."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.bylinewords import BY
from tearsheet.importdates import UPDATE_LABEL, labelled_date, parse_date_line
from tearsheet.personnames import is_organisation
from tearsheet.recognise import Draft, excerpt

# A label alone on its line is at most this many words, a colon after it.
LABEL_WORDS = 3
# The labels whose value is the body that issued the page: "From:", "Issued by:",
# "Herausgeber:", "Publié par :", in the sets' languages.
_ISSUED_BY = re.compile(
    r"(?:from|issued by|published by|organisation|organization|von|herausgeber|"
    r"herausgegeben von|publié par|émis par|émetteur|publicado por|emitido por|"
    r"pubblicato da|emesso da|van|uitgegeven door|od|wydawca|wydane przez|från|utgiven av|"
    r"fra|udgivet af|utgitt av|lähettäjä|julkaisija|kiadó|kiadta|yayımlayan|від|от|"
    r"издатель|видавець|έκδοση|εκδότης|penerbit|diterbitkan oleh|từ|"
    r"الجهة|المصدر|از|מאת|द्वारा|জারি|发布机构|發布機構|発行元|발행)",
    re.IGNORECASE,
)


# The languages' "by" alone on its line, perhaps after the verb ("By", "Geschreven door",
# "Escrito por"): the writer's name is under it.
_BY_ALONE = re.compile(rf"(?:[^\W\d_]++\s++)?(?:{BY})\s*+[:：]?", re.IGNORECASE)


def is_bare_label(line: str) -> bool:
    """A few words and a colon, alone on the line ("From:", "Herausgeber:"), or a by-word
    ("Geschreven door"): a label whose value is the line under it."""
    line = line.strip()
    if _BY_ALONE.fullmatch(line):
        return True
    return line[-1:] in ":：" and 0 < zones.word_count(line[:-1]) <= LABEL_WORDS


def is_labelled_issuer(label: str, value: str) -> bool:
    """An organisation's name under a label saying who issued the page ("From: / Department
    for Environment, Food & Rural Affairs"): the label's value, no headline or dek."""
    return (
        is_bare_label(label)
        and _ISSUED_BY.fullmatch(label.strip().rstrip(":：").strip()) is not None
        and is_organisation(value.replace(",", " "), menu=False)
    )


def read_labelled_issuer(label: str, value: str, draft: Draft) -> None:
    """The organisation under "From:" or "Issued by:" issued the page: its source, unless
    one was read before."""
    if draft.source is None and is_labelled_issuer(label, value):
        draft.source = value.strip()
        draft.recognised.append(f"source {excerpt(value)} under the label {label.strip()!r}")


def labels_date(label: str, date_line: str, lang: str | None = None) -> bool:
    """A date's label alone over it ("Published / 28 May 2026", "Publié le / 12 mars
    2026", "Updated / …"): the label is the date line's, no title."""
    label = label.strip()
    if not 0 < zones.word_count(label) <= LABEL_WORDS or parse_date_line(label, lang):
        return False
    joined = f"{label} {date_line.strip()}"
    return labelled_date(joined, lang) is not None or UPDATE_LABEL.fullmatch(label) is not None


# A header holds at most this many labels with their values.
LABELS = 3


def labelled_lines(blocks: list[str], start: int, lang: str | None = None) -> int:
    """How many lines from ``start`` are labels and their values ending in a labelled date
    ("From: / Home Office / Published / 26 February 2025"); 0 when they do not end so."""
    number = start
    for _ in range(LABELS):
        label = blocks[number] if number < len(blocks) else ""
        value = blocks[number + 1] if number + 1 < len(blocks) else ""
        if labels_date(label, value, lang):
            return number + 2 - start
        if not is_labelled_issuer(label, value):
            return 0
        number += 2
    return 0
