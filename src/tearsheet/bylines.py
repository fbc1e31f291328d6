"""Bylines: the language's "by" and the names after it, a bare name line, and a credit line
that only looks like one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.agencies import (
    agency_of,
    desk_and_agency,
    read_credited_name,
    read_desk_with_agency,
    read_labelled_agency,
    read_name_with_credits,
)
from tearsheet.blogbylines import (
    blog_handle,
    date_then_by,
    read_handle,
    without_comment_count,
)
from tearsheet.bylinetails import (
    BY_LEAD,
    TEXT_LABEL_BARE,
    agency_after_names,
    names_before_time,
    names_before_update,
    without_interviewee,
)
from tearsheet.bylinetitles import is_title_not_byline
from tearsheet.bylinewords import (
    AND,
    AUTHOR_NOUNS,
    BY,
    BY_JOINED,
    BY_START,
    EDITOR_AFTER,
    LABELS,
    NOT_BY,
    NOT_WRITTEN_BY,
    PICTURE_WORDS,
    PRODUCER,
    PRODUCER_AFTER,
    STAFF_CREDIT,
    TEXT_AND_PICTURES,
    VISUAL,
)
from tearsheet.importdates import find_date_span
from tearsheet.personnames import (
    has_given_name,
    is_name,
    is_organisation,
    is_person,
    is_place,
    is_uncased_name,
    opens_with_given_name,
    starts_as_name,
)
from tearsheet.presslabels import is_press_label
from tearsheet.scriptbylines import (
    is_script_byline,
    name_in_parentheses,
    read_reporter_from,
    read_wechat_meta,
    script_byline_names,
)
from tearsheet.writernames import (
    is_staff_credit,
    name_before_role,
    read_name_after_place,
    read_name_before_role_line,
)
from tearsheet.writernames import is_writer as is_writer
from tearsheet.writernames import sender_name as sender_name

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

CREDIT_LENGTH = 120  # a picture's credit line under the byline is at most this long
# "By Ann Lee", "Autor: Anna Nowak", and up to two words before the language's "by" ("Ein
# Kommentar von Lena Hoffmann", "Written by Ann Lee"); or the second line of a byline
# broken after the first name ("By Wanjiru Kamau" / "& Brian Otieno").
BYLINE = re.compile(
    rf"^(?:(?:(?:(?!{BY}(?!\w))[^\W\d]++(?:-[^\W\d]++)?\s++){{0,2}}+(?P<by>{BY})(?!\w)[:,،-]?|&|{BY_START})\s++"
    rf"|{BY_JOINED})"
    r"(?P<names>[^\d|·•]{2,160})$",
    re.IGNORECASE,
)
_GROUP_SPLIT = re.compile(r"(?<!\s)\s*+[,;]\s*")
# Between two names, the language's "and" (any of them: a byline seldom says which) or "&".
_AND_WORDS = "|".join(sorted(AND, key=len, reverse=True))
_AND_SPLIT = re.compile(rf"(?<!\S)({_AND_WORDS})(?!\S)|(?<!\s)\s*+(&)\s*+")
# ... and in a byline in capitals ("BY CLAIRE RUSH AND SAM METZ"), between two words (a
# capital letter alone is an initial, and "DAN" first a given name).
_AND_UPPER = "|".join(sorted((w.upper() for w in AND if len(w) > 1), key=len, reverse=True))
_AND_SPLIT_UPPER = re.compile(rf"(?<=\w\s)({_AND_UPPER})(?=\s\w)|(?<!\s)\s*+(&)\s*+")
# The languages' "and" that is also their "in" or "at" (Swedish "i", Spanish "en", Italian
# "a"): one word after it is a place ("Av Anna Berg i Stockholm"), not a name.
_AND_OR_IN = frozenset("i en a".split())


# A name's last word an initial: "Marco B.", "Ana G."
_LAST_INITIAL = re.compile(r"(?<=\s)[^\W\d_]\.$")


def byline_names(text: str) -> list[str]:
    """The names in a byline, without a role after them ("Mark Ellis, Staff Writer") or an
    outlet in lower case ("Ana Souza, g1 SP", "Por Rafaela Cavalcanti e Diego Albuquerque,
    g1 PE e TV Globo")."""
    names = []
    for index, group in enumerate(_GROUP_SPLIT.split(without_notes(text))):
        pieces = (_AND_SPLIT_UPPER if group.isupper() else _AND_SPLIT).split(group)
        parts = [(pieces[0], None)] + [
            (pieces[at + 2], pieces[at] or pieces[at + 1]) for at in range(1, len(pieces), 3)
        ]
        if index and any(p.strip(" .,") and not starts_as_name(p.strip(" .,")) for p, _ in parts):
            continue  # after the names, the outlets they write for
        if index and agency_of(group):
            continue  # "By Jane Doe and Tom Roe, Reuters": their agency
        for part, joined_by in parts:
            name = part.strip(" ,:")
            # "Marco B.": the stop of an initial closing the name stays.
            name = name if _LAST_INITIAL.search(name) else name.strip(" .")
            if joined_by in _AND_OR_IN and len(name.split()) == 1:
                continue
            if PICTURE_MARK in name:
                continue  # "Julien Arnaud (photos)": the photographer is credited, not the author
            if name.isupper() and " " not in name and len(name) <= ACRONYM:
                continue  # "By Mike Alvarez, Jen Christensen, CNN": the outlet, not a name
            name = name_before_role(name) or ""
            if name and len(name) <= 60 and starts_as_name(name):
                names.append(name)
    return names


def without_notes(text: str) -> str:
    """The byline without its notes in parentheses ("Anne-Sophie Le Guen (Ouessant
    (Finistère), envoyée spéciale)"), nested or not; a picture credit's note leaves a mark
    on its name."""
    out: list[str] = []
    depth, note = 0, []
    for char in text:
        if char == "(":
            depth += 1
        if depth:
            note.append(char)
        else:
            out.append(char)
        if char == ")" and depth:
            depth -= 1
            if not depth:
                words = "".join(note).strip("()").casefold().replace("(", " ").split()
                if len(note) <= NOTE_LENGTH and any(w.strip(",.)") in PICTURE_WORDS for w in words):
                    out.append(PICTURE_MARK)
                note = []
    return "".join(out) + "".join(note)


# "(photos)", "(Fotos)", "(illustrations)" after a name in a byline, at most this long.
NOTE_LENGTH = 40
# A single word in capitals this short after the names is the outlet's initials.
ACRONYM = 6
PICTURE_MARK = "\x00"


def person_names(text: str) -> list[str]:
    """The byline's names when every one of them looks like a person's; none otherwise."""
    names = _names_with_roles(text) or byline_names(text)
    if len(names) > 1 and not has_and(text) and not all(map(opens_with_given_name, names[1:])):
        # "Amanda Kirsch, University Communications": co-authors are joined by the
        # language's "and"; after a comma alone comes the author's role or desk, unless
        # each name after it opens with a given name ("Agnieszka Zielińska, Paweł Nowicki").
        names = names[:1]
    if not names or not all(is_person(name) and not is_press_label(name) for name in names):
        return []  # "Pewarta: Siaran Pers": a wire's label for a release, no writer
    first = _AND_SPLIT.split(_GROUP_SPLIT.split(without_notes(text))[0])[0]
    if is_organisation(name_before_role(first) or first):
        # "Issued by: Department of Water and Sanitation": the issuer's name, its "and"
        # inside it, whose last word alone is no writer.
        return []
    # "By LISA MASCARO and KEVIN FREKING": a wire's byline in capitals, written as names are.
    return [name.title() if name.isupper() and " " in name else name for name in names]


def _names_with_roles(text: str) -> list[str]:
    """ "Jonas Fenger, overlæge, Akutafdelingen, …, og Sanne Bille Holm, afdelingssyge-
    plejerske, samme sted": each writer with a role and a place after a comma, the next
    joined by "and". The names are the first group's and those the "and" opens; none
    when every group is a person's (a list of names)."""
    groups = [g.strip() for g in _GROUP_SPLIT.split(without_notes(text))]
    if all(is_person(g) or _AND_SPLIT.match(g) for g in groups[1:]):
        return []
    names = [groups[0]]
    for group in groups[1:]:
        pieces = _AND_SPLIT.split(group)
        if len(pieces) > 1 and not pieces[0].strip():
            names.append(pieces[-1].strip(" .,:"))
    names = [name_before_role(name) or "" for name in names]
    return names if len(names) > 1 and all(map(is_person, names)) else []


def has_and(text: str) -> bool:
    """Whether the language's "and" (any language's) or "&" joins names in the text."""
    return any(word in AND for word in text.casefold().split()) or "&" in text


def read_byline(part: str, draft: Draft) -> bool:
    """Record a byline line's names: "By Ann Lee", "Autor: Anna Nowak", "文/记者 李华", and
    with a date or time after the names ("Skrevet av Kari Nordmann den 3. februar 2024",
    "Posted by Mary Jones at 9:14 PM")."""
    # "Text: Anna Berg /" when a header line is cut at its labels ("… / Photos: Tom Roth").
    # "Par Hélène Vasseur*": the asterisk of the note on the writer under the story.
    part = part.strip().rstrip("/|·•–—").rstrip().rstrip("*†").rstrip()
    if _read_byline(part, draft):
        return True
    # "By Rajiv Bajpai Edited By: Ankit Kumar": the editor credited after the writer.
    cut = EDITOR_AFTER.sub("", part)
    return bool(cut) and cut != part and _read_byline(cut, draft)


def _read_writer_with_agency(part: str, draft: Draft) -> bool:
    """ "Par Claire Dumoulin avec AFP", "Por Ana Gil con EFE": the writer, by-word and all,
    with the agency; both are read (a desk's "franceinfo avec AFP" has no by-word)."""
    found = desk_and_agency(part)
    if found is None or not ((by := BYLINE.match(found[0])) and by["by"]):
        return False
    trial = type(draft)(lang=draft.lang)  # Draft, imported for type checking only
    if not _read_byline(found[0], trial) or not trial.byline or trial.source:
        return False
    draft.byline.extend(trial.byline)
    draft.recognised.append(f"byline from {part!r}")
    draft.credit_agency(found[1], f"the credit {part!r}")
    return True


def _read_byline(part: str, draft: Draft) -> bool:
    if read_reporter_from(part, draft) or read_wechat_meta(part, draft):
        return True  # "〔記者陳怡君／台中報導〕"
    if names := _labelled_names(part):
        draft.byline.extend(names)
        draft.recognised.append(f"byline from {part!r}")
        return True
    if is_script_byline(part):
        return False  # "文/编辑": the title alone
    if (
        _read_counted(part, draft)
        or read_handle(part, draft)
        or read_name_with_credits(part, draft)
        or _read_writer_with_agency(part, draft)
        or read_desk_with_agency(part, draft)
        or read_name_before_role_line(part, draft)
        or read_name_after_place(part, draft)
    ):
        return True
    lead_words = part.split(maxsplit=3)[:3]
    # "Photographs by Jonah Reyes" credits the pictures; "Powered by Trinity Audio" is the
    # page's player.
    visual = any(word.casefold().rstrip(":") in VISUAL for word in lead_words)
    if visual or NOT_WRITTEN_BY.match(part):
        return False
    if _read_credit(part, draft):
        return True
    part = _without_slashed_desk(without_interviewee(part))
    match = BYLINE.match(part)
    by = (match["by"] or part.split(maxsplit=1)[0]).casefold() if match else ""
    if by in NOT_BY.get((draft.lang or "")[:2], ()):
        # Indonesian "di" is "in": "Ilustrasi kemacetan di Jalan Sudirman"; Portuguese "Na"
        # opens "Na Ria Formosa, as ostras …", no Swahili byline.
        return False
    if match and match["by"] and match.start("by") and _is_public_body(part):
        return False  # "COMUNE DI CASTELFRANCO ADIGE": a body's name, its "of" no "by"
    if match and _SENTENCE_BREAK.search(match["names"]):
        return False  # "Fundador da Orquestra do Interior, tinha 81 anos. Durante …": a dek
    if _read_names_before_by(part, draft) or _read_label_inside(part, draft):
        return True
    date = agency = None
    if match is None:
        lead = names_before_time(part, draft.lang) or names_before_update(part, draft.lang)
        if lead is None:
            return False
        names_text, date = lead
        names = person_names(names_text)
    else:
        names_text, agency = agency_after_names(_IN_PLACE.sub("", match["names"]))
        names = person_names(names_text)
    if not names or (match and is_title_not_byline(match, names, draft.lang)):
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    if agency:
        draft.credit_agency(agency, f"the byline {part!r}")  # "By Jane Doe Associated Press"
    for group in _GROUP_SPLIT.split(match["names"])[1:] if match else ():
        if agency := agency_of(group):
            draft.credit_agency(agency, f"the byline {part!r}")  # "By Jane Doe, Reuters"
    if date and draft.date is None:
        draft.date = date
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")
    return True


def _is_public_body(part: str) -> bool:
    from tearsheet.publicbodies import public_body  # it reads Draft from recognise

    return public_body(part) is not None


def _without_slashed_desk(part: str) -> str:
    """A byline line without the desk a slash parts from it ("ABC Sport / By Dean
    Tyrrell"), or with a second writer after the slash joined by "&" ("Por María López /
    Carlos Ruiz")."""
    sides = part.split(" / ")
    if len(sides) != 2:
        return part
    by, desk = sorted(sides, key=lambda side: BYLINE.match(side) is None)
    if BYLINE.match(by) and opens_with_given_name(desk) and agency_of(desk) is None:
        return f"{by} & {desk}"
    return by if len(desk.split()) <= KICKER_WORDS and BYLINE.match(by) else part


def _read_counted(part: str, draft: Draft) -> bool:
    """A blog's byline with its date, categories or count of comments ("Pubblicato il 4
    Agosto 2026 da Giulia dell'Orto — 12 commenti", "By Jane Doe · 5 Comments")."""
    counted = without_comment_count(part)
    if counted == part:
        return _read_date_then_names(part, draft)  # "Posted on … by Ann Lee in Recipes"
    if without_comment_count(counted) != counted:
        return False  # a row of counts is no byline (read again for each, it recursed)
    return _read_date_then_names(counted, draft) or read_byline(counted, draft)


def _read_date_then_names(part: str, draft: Draft) -> bool:
    """ "Pubblicato il 4 Agosto 2026 da Giulia dell'Orto": a blog's label, the date, the
    language's "by" and the names."""
    if (found := date_then_by(part, draft.lang)) is None:
        return False
    date, names_text = found
    names = [name for name in person_names(names_text) if not is_place(name)]
    names = names or blog_handle(names_text)  # "… 2025 por luciana.viaja": the user's handle
    if not names:
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    if draft.date is None:
        draft.date = date
        draft.recognised.append(f"date {date.isoformat()} from {part!r}")
    return True


def _read_credit(part: str, draft: Draft) -> bool:
    """A name with its agency beside it, a web producer's credit with the writer's or
    alone, a newsroom's credit in place of a byline."""
    if read_credited_name(part, draft) or read_labelled_agency(part, draft):
        return True
    if (agency := agency_of(part)) and (len(agency) > ACRONYM or not agency.isupper()):
        # "The Canadian Press · Posted: …", "Lusa": the agency by name (initials may be a
        # button's, "AA", or a picture's credit under its caption, "ANP").
        draft.credit_agency(agency, f"the credit {part!r}")
        return True
    if (producer := PRODUCER_AFTER.search(part)) and _read_names_before_producer(
        part[: producer.start()], part, draft
    ):
        return True
    if PRODUCER.match(part):
        # "Published by: नेहा शर्मा" under an Indian paper's byline: the web producer.
        draft.stripped.append(f"producer's credit {part!r}")
        return True
    by = BYLINE.match(part)
    if by and by["by"] and (agency := agency_of(by["names"])):
        # "By Reuters Staff", "Von dpa", "By The Associated Press": the agency, no writer
        # (its name goes from the byline with the source's).
        draft.byline.append(agency)
        draft.credit_agency(agency, f"the byline {part!r}")
        return True
    if STAFF_CREDIT.match(part) or (by and by.start("names") and is_staff_credit(by["names"])):
        # "Redazione ANSA", "Redacción EFE", "Na Mwandishi Wetu" ("by our writer"): the
        # byline line of a story no person signs, the agency's when it names one.
        draft.stripped.append(f"staff credit {part!r}")
        if (words := part.split(maxsplit=1)[1:]) and (agency := agency_of(words[0])):
            draft.credit_agency(agency, f"the staff credit {part!r}")
        return True
    if (sides := part.split(" / ")) and len(sides) == 2 and (agency := agency_of(sides[0])):
        # "AFP / Jane Doe": the agency, then its reporter.
        names = person_names(sides[1])
        if names and all(is_name(name) for name in names):
            draft.byline.extend(names)
            draft.recognised.append(f"byline from {part!r}")
            draft.credit_agency(agency, f"the byline {part!r}")
            return True
    return False


# Where the writer reported from after the names, by the languages' "in" ("By Jane Doe in
# Washington", "Par Jean Dupont à Paris", "Von Anna Berg in Brüssel"): one to three words
# in capitals. (Not "en" or "ve", which are Dutch's and Turkish's "and".)
_IN_PLACE = re.compile(
    r"(?<=\S)\s++(?:in|im|à|em|w|we|v|в|у|σε|στην?|στο)\s++"
    r"[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w.'’-]*+(?:\s++[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w.'’-]*+){0,2}$"
)


def _labelled_names(part: str) -> list[str]:
    """The names of a Chinese, Japanese or Korean byline ("文／店長阿哲": the title before the
    name goes; "（田中 美咲）" under the date), or of a writer who took the pictures too ("Text
    & Fotos: Anna Berg")."""
    if is_script_byline(part):
        return script_byline_names(part)
    if name := name_in_parentheses(part):
        return [name]  # "（田中 美咲）"
    if both := TEXT_AND_PICTURES.match(part):
        return person_names(both["names"])
    # "Tekst Maaike Oosterhuis" over "Beeld Jort Visser": a magazine's label, no colon.
    if (bare := TEXT_LABEL_BARE.match(part)) and (names := person_names(bare["names"])):
        return names if all(has_given_name(name) for name in names) else []
    return []


# A sentence's end inside the text after a by-word (not an initial's full stop): prose.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3}[.!?]\s++\S")


def _read_names_before_producer(before: str, part: str, draft: Draft) -> bool:
    """The writer's names, with the outlet and place after them, before the producer's
    credit; the producer is no byline."""
    names = person_names(before.strip(" |·,"))
    if not names or not (is_name(names[0]) or is_uncased_name(names[0])):
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    draft.stripped.append(f"producer's credit in {part!r}")
    return True


# "by" after the names: Turkish "Elif Karaca tarafından 9 Mart 2025 tarihinde", Hindi "द्वारा".
_BY_AFTER = re.compile(r"^(?P<names>[^\d|·•]{2,60}?)\s++(?:tarafından|द्वारा)(?:\s++(?P<rest>.+))?$")


def _read_names_before_by(part: str, draft: Draft) -> bool:
    """The names and the languages' "by" after them, a date after that."""
    match = _BY_AFTER.match(part)
    names = person_names(match["names"]) if match else []
    if not names:
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    found = find_date_span(match["rest"], draft.lang) if match["rest"] else None
    if found and draft.date is None:
        draft.date = found[0]
        draft.recognised.append(f"date {found[0].isoformat()} from {part!r}")
    return True


# A writer's label and the names after it at the end of a header line, the place and the
# time before it ("इंदौर 2 घंटे पहलेलेखक: राहुल शर्मा", "Kyiv · 2 hours ago · Text: Anna
# Berg"): glued to the words before it in a script without capitals, never inside a word
# of Latin letters ("Context: …").
_LABEL_INSIDE = re.compile(
    rf"^(?P<before>.{{2,60}}?)(?<![a-zà-ÿ])(?:{LABELS}|{AUTHOR_NOUNS})\s*+:\s*+"
    r"(?P<names>[^\d|·•:]{2,60})$",
    re.IGNORECASE,
)
# The words before the label are at most this many (a place, a time, a section).
LABEL_LEAD_WORDS = 6


def _read_label_inside(part: str, draft: Draft) -> bool:
    """The names after a writer's label that ends a header line (see _LABEL_INSIDE); a
    sentence before the label makes it prose."""
    match = _LABEL_INSIDE.match(part)
    if match is None or len(match["before"].split()) > LABEL_LEAD_WORDS:
        return False
    if _SENTENCE_BREAK.search(match["before"]) or not (names := person_names(match["names"])):
        return False
    draft.byline.extend(names)
    draft.recognised.append(f"byline from {part!r}")
    return True


# The desk beside a byline on its line is at most this many words ("ABC Sport").
KICKER_WORDS = 4


def credit_line(line: str) -> bool:
    """A short line with a "by" that names no author: a picture's credit ("Illustration by
    Paul Spella / The Atlantic. Source: Getty.")."""
    return len(line) <= CREDIT_LENGTH and bool(BY_LEAD.match(line))
