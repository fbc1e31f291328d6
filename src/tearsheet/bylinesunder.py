"""Bylines under the story: a footer's "Posted by Mary Jones at 9:14 PM", and the one the
story's end gives over the header's (a blog theme's "Posted by …" under the post over a
menu's item, an interview's writer over the person interviewed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.agencies import NAME_CREDIT, read_credited_name
from tearsheet.blogbylines import read_footer_handle
from tearsheet.bylines import person_names, read_byline
from tearsheet.bylinetails import BY_LEAD, TIME_AFTER
from tearsheet.bylinewords import AGENCY_INITIALS, AGENCY_NAMES, AUTHOR_NOUNS
from tearsheet.personnames import has_given_name

if TYPE_CHECKING:
    from tearsheet.recognise import Draft


def footer_writer_over_label(trailer: list[str], draft: Draft) -> None:
    """A blog theme's "Posted by Dimas Pratama at 19.42" under the post names its writer
    over a bare line of the header read as a name but naming no one by a known given name
    (a menu's "Ikan Hias", ornamental fish, over the headline)."""
    from tearsheet.recognise import Draft

    if len(draft.byline) != 1 or has_given_name(draft.byline[0]):
        return
    for line in trailer:
        trial = Draft(lang=draft.lang)
        if (
            read_footer_byline(line, trial)
            and trial.byline
            and all(map(has_given_name, trial.byline))
        ):
            draft.recognised.append(f"byline {trial.byline} from {line[:40]!r}, not {draft.byline}")
            draft.byline[:] = trial.byline
            return


def interviewer_over_subject(closing: list[str], draft: Draft) -> None:
    """An interview's writer credited under it ("Интервью взяла Елизавета Кузнецова",
    "Rozmawiała Anna Nowak") over the name line the header gave, when the headline or the
    dek names that person: the one interviewed (their photo's caption over the text)."""
    from tearsheet.recognise import Draft

    header = " ".join(filter(None, (draft.headline, draft.dek, *draft.other_headlines)))
    if not header or not all(name in header for name in draft.byline):
        return
    for line in closing:
        trial = Draft(lang=draft.lang)
        if _INTERVIEWER.match(line.strip()) and read_byline(line.strip(), trial) and trial.byline:
            draft.recognised.append(f"byline {trial.byline} interviewing {draft.byline}")
            draft.byline[:] = trial.byline
            return


# The verbs of an interview's writer opening its credit: "Интервью взял(а)", "Беседовал(а)",
# "Розмовляв/ла", "Rozmawiał(a)", "Ptal(a) se", "Razgovarao/la", "Das Interview führte".
_INTERVIEWER = re.compile(
    r"(?:интервью\s++взял|інтерв['’]ю\s++взя|беседовал|розмовля|rozmawia|ptal|pýtal|"
    r"razgovara|разговара|(?:das\s++)?(?:interview|gespräch)\s++führte)",
    re.IGNORECASE,
)


# A wire's closing credit with its writer labelled inside parentheses after the agency:
# "AGERPRES/(A - autor: Daniela Marin, editor: Florin Popa)", "(ANSA - autore: Marco Rossi)".
_WIRE_AUTHOR = re.compile(
    rf"^(?P<agency>{AGENCY_NAMES}|(?-i:{AGENCY_INITIALS}))\s*+/?\s*+\(\s*+(?:[A-Z]{{1,3}}+\s*+-\s*+)?"
    rf"{AUTHOR_NOUNS}\s*+:\s*+(?P<names>[^,;()]{{2,60}}+)(?:[,;][^()]{{0,80}}+)?\)\.?$",
    re.IGNORECASE,
)


def read_wire_author(line: str, draft: Draft) -> bool:
    """The writer a wire's closing credit labels inside its parentheses (see _WIRE_AUTHOR):
    the byline, with the agency the story's source. True when read."""
    match = _WIRE_AUTHOR.match(" ".join(line.split()))
    names = person_names(match["names"]) if match else []
    if match is None or not names:
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from the wire's credit {line.strip()[:40]!r}")
    draft.credit_agency(match["agency"], f"the credit {line.strip()[:40]!r}")
    return True


def read_footer_byline(line: str, draft: Draft) -> bool:
    """A byline in the footer with the time after it, as Blogger and WordPress themes print
    it ("Posted by Mary Jones at 9:14 PM", "Publicado por X en 10:32"); a credit without a
    time ("Photo by X") is not one. The names are the byline when there is none yet."""
    from tearsheet.recognise import Draft

    if (credit := NAME_CREDIT.match(line)) and " " not in (credit["dash"] or ""):
        # "Lê Huy Hải (TTXVN)" under the story: the reporter and the agency (a name and a
        # firm's after a dash, "Aminata Touré – Kanvas Communication", is a press contact).
        trial = Draft(lang=draft.lang, source=draft.source)
        if not read_credited_name(line, trial):
            return False
        if not draft.byline:
            draft.byline.extend(trial.byline)
            draft.recognised.extend(trial.recognised)
        draft.source = trial.source
        return True
    if not BY_LEAD.match(line) or not TIME_AFTER.search(line):
        return False

    trial = Draft(lang=draft.lang)
    if not (read_byline(line, trial) or read_footer_handle(line, trial)):
        return False
    if not draft.byline:
        draft.byline.extend(trial.byline)
        draft.recognised.extend(trial.recognised)
    return True
