"""A press release's or official notice's letterhead: the organisation printed over the
headline ("SOSIAALI- JA TERVEYSMINISTERIÖ", "Ministero dell’Università e della Ricerca",
"WIZARA YA AFYA", "国 土 交 通 省") that the release's first paragraph names again as the one
acting ("Sosiaali- ja terveysministeriö on päättänyt …") issued it."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from tearsheet.organisations import is_personal_name, organisation_of
from tearsheet.personnames import is_cjk
from tearsheet.presslabels import is_press_label
from tearsheet.releasemastheads import RELEASE, is_menu_label

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# A letterhead's organisation has at most this many words.
LETTERHEAD_WORDS = 8
# The opening paragraph names its issuer within this many characters (after a dateline).
OPENING = 240
# Where the import put the lines over a release's headline.
_HEADER_RULES = frozenset(
    ("page furniture above the headline", "captions and credits", "masthead name", "e-mail header")
)
# Between an organisation and its department or parent on a letterhead's line ("Region
# Hovedstaden · Rigshospitalet", "Ville de Lyon – Direction de la communication"), and a
# name's own parts after a comma ("وزارت قومی صحت، ضوابط و رابطہ").
_PARTS = re.compile(r"(?<!\s)\s*+[–—|·•]\s*+|(?<!\s)\s++-\s++")
_COMMA = re.compile(r"[,،]\s*+")
# Spaces between the characters of a Chinese or Japanese letterhead ("国 土 交 通 省").
_SPACED_CJK = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[ \u3000]++(?=[\u3040-\u30ff\u4e00-\u9fff])"
)
# The capitals of a name's words, after an elided article too ("dell’Università").
_CAPITAL = re.compile(r"(?<![\w’'])[A-ZÀ-ÞĀ-Ž]|(?<=[’'])[A-ZÀ-Þ]")
# A press office names its organisation by initials at most this long ("MUR").
INITIALS = 6


def _header_lines(draft: Draft) -> list[str]:
    """The lines over the body: the headline, its kicker, the other title lines and what
    the import removed above it."""
    removed = [text for rule, text in draft.removed if rule in _HEADER_RULES]
    lines = [draft.kicker or "", draft.headline or "", *draft.other_headlines, *removed]
    return [" ".join(line.split()) for line in lines if line and line.strip()]


def _wrapped_pairs(lines: list[str]) -> list[str]:
    """Each two of the lines in capitals joined: a letterhead set on two lines ("VILLE DE" /
    "SAINT-BRIEUC"), which the import may have taken apart (a kicker, a removed line)."""
    capitals = [line for line in lines if line.isupper()][:WRAPPED_LINES]
    return [f"{a} {b}" for a in capitals for b in capitals if a != b]


# The lines in capitals over a release that are tried two by two.
WRAPPED_LINES = 8


def read_letterhead_issuer(paragraphs: list[str], draft: Draft) -> bool:
    """In a release or notice (its label over the headline), the letterhead's organisation
    the first paragraph names again is the issuer, written as the paragraph writes it: over
    no source, a © line's, or the press office's initials of the same name ("Ufficio Stampa
    MUR"). True when the source was read."""
    source = draft.source or ""
    initials = 2 <= len(source) <= INITIALS and source.isalpha() and source.isupper()
    if not paragraphs or (source and not draft.source_weak and not initials):
        return False
    heads = _header_lines(draft)
    headline = " ".join((draft.headline or "").split())
    if not any(RELEASE.search(line) for line in heads):
        return False
    # The first paragraph; the second under a line the dateline's reader drops (the
    # headline again over "Roma, 15 settembre 2026 –").
    openings = [" ".join(p.split())[:OPENING] for p in paragraphs[:2]]
    # A letterhead set on two lines ("VILLE DE" / "SAINT-BRIEUC"), named whole by the opening.
    for pair in _wrapped_pairs(heads):
        name = next(filter(None, (_find(pair, opening) for opening in openings)), None)
        if name is not None and not initials:
            draft.source, draft.source_weak = name, False
            draft.recognised.append(f"source {name!r} from the release's letterhead {pair!r}")
            return True
    for line in heads:
        if RELEASE.search(line) or any(char.isdigit() for char in line):
            continue
        name = next(filter(None, (_named_in(line, opening) for opening in openings)), None)
        if name is None or (initials and "".join(_CAPITAL.findall(name)) != source):
            continue
        if line == headline and organisation_of(name) is None:
            continue  # "Alte Speicher am Hafen" restated by the opening: the release's title
        draft.source, draft.source_weak = name, False
        draft.recognised.append(f"source {name!r} from the release's letterhead {line[:40]!r}")
        return True
    return False


def _named_in(line: str, opening: str) -> str | None:
    """The organisation of a letterhead's line that the opening names: the whole line (or
    one of its parts), as the opening writes it; the whole line when the opening names its
    first part before a comma."""
    line = _SPACED_CJK.sub("", line)
    for part in [line, *_PARTS.split(line)]:
        part = part.strip()
        words = len(part.split())
        if not part or words > LETTERHEAD_WORDS or (words < 2 and not is_cjk(part)):
            continue  # (a menu's "Movilidad", a country's "الأردن": no letterhead)
        if not part.isupper() and is_menu_label(part):
            continue  # "Reto demográfico": a menu's label, written as a sentence is
        if (found := _find(part, opening)) is not None and _keeps_capitals(part, found):
            return found if part.isupper() else part
        head = _COMMA.split(part, maxsplit=1)[0]
        if head != part and len(head.split()) > 1 and _find(head, opening) is not None:
            return part
    return None


def _find(name: str, text: str) -> str | None:
    """``name`` in ``text`` as a run of whole words, whatever their case; as written there."""
    lowered, folded = text.lower(), name.lower()
    if len(lowered) != len(text) or len(folded) != len(name):
        return name if name in text else None
    start = lowered.find(folded)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not any(char.isalnum() and not _is_cjk(char) for char in (before, after)):
            return text[start:end]
        start = lowered.find(folded, start + 1)
    return None


def _keeps_capitals(line: str, found: str) -> bool:
    """A name keeps its capitals in the prose ("Ministero dell’Università e della Ricerca"); a
    headline in title case the opening restates does not ("Winter Flu Campaign Opens" in
    "The winter flu campaign opens …"). A line in capitals tells nothing."""
    return line.isupper() or all(
        not word[:1].isupper() or said[:1].isupper()
        for word, said in zip(line.split(), found.split(), strict=False)
    )


def _is_cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff"


def read_letterhead_in_footer(footer: list[str], draft: Draft) -> bool:
    """A bulletin's or notice's letterhead in capitals over it ("GRUNDEJERFORENINGEN
    SOLBAKKEN", "ST BRENDAN'S PARISH, KILMORNA", "ΔΗΜΟΣ ΖΙΤΣΑΣ") that its footer writes
    again before an address, a phone or a registration number ("Grundejerforeningen
    Solbakken · CVR 28 41 77 90", "Charity Reg. No. 20016048 · St Brendan's Parish,
    Kilmorna"): the club, parish or office that issued it, as the footer writes it (without
    the place after its comma). A person's name (a blogger's over her blog and in its
    footer) is none. True when read."""
    if any(rule == "e-mail header" for rule, _ in draft.removed):
        return False  # a mail's sender names who sent it (tearsheet.issuers)
    # Printed in capitals over the page, as a letterhead is (a headline or a menu's item
    # the footer names again, "Osteria da Nives, Trastevere: …", is none).
    header = _header_lines(draft)
    heads = {
        _folded(_COMMA.split(line, maxsplit=1)[0])
        for line in [*_wrapped_pairs(header), *header]
        if line.isupper() and not is_press_label(line)  # not "COMMUNIQUÉ DE PRESSE"
    }
    lines = (" ".join(part.split()) for block in footer for part in block.splitlines())
    for line in (piece for joined in lines for piece in _RULE.split(joined)):
        if not any(char.isdigit() for char in line) or len(line) > FOOTER_LENGTH:
            continue  # no address nor number: a footer's sentence or link
        for part in _PARTS.split(line):
            name = _COMMA.split(_PAGE_NUMBER.sub("", part.strip()), maxsplit=1)[0].strip(" .")
            if not 2 <= len(name.split()) <= LETTERHEAD_WORDS or _folded(name) not in heads:
                continue
            if name.isupper() or is_personal_name(name, draft.lang):
                continue
            draft.source, draft.source_weak = name, False
            draft.recognised.append(f"source {name!r} from the letterhead and {line[:40]!r}")
            return True
    return False


# A PDF page's number after a footer's name ("Ville de Saint-Brieuc 2/2").
_PAGE_NUMBER = re.compile(r"(?<!\s)\s++\d{1,3}+\s*+/\s*+\d{1,3}+$")
# A rule of dashes or underscores between a footer's lines, joined into one ("- - - - …").
_RULE = re.compile(r"[-–—_=*]{3,}+|(?:-\s){3,}+-?")
# A footer's line with the issuer's address is at most this long.
FOOTER_LENGTH = 200


def _folded(text: str) -> str:
    """The text without case or accents: "ΔΗΜΟΣ ΖΙΤΣΑΣ" as "Δήμος Ζίτσας" is."""
    split = unicodedata.normalize("NFD", " ".join(text.split()).casefold())
    return "".join(char for char in split if not unicodedata.combining(char))
