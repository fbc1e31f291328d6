"""A letter's salutation and sign-off in a newsletter or notice: part of the body, not furniture."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tearsheet import zones
from tearsheet.boilerplate import is_standing_line
from tearsheet.bylinewords import GREETINGS
from tearsheet.letterwords import (
    DEAR,
    FORMAL,
    REGARDS,
    REGARDS_FIRST,
    SIGNED_AS,
    SIGNED_LABEL,
    TEAM_FIRST,
    TEAM_WORDS,
)
from tearsheet.personnames import NAME_PARTICLES, has_given_name, is_name, is_role_line

# A letter's closing is at most this many blocks before the end of the body.
CLOSING_REACH = 6
# A letter's greeting is among the body's first this many blocks.
GREETING_REACH = 2
# A letter's opening or closing line is at most this many words.
LETTER_WORDS = 6
# A signature's name line is at most this many words ("Ihr Team der Stadtwerke Tübingen"),
# and the role line under it at most ROLE_WORDS ("CEO, Prairie Hearth Credit Union").
SIGNATURE_WORDS = 6
ROLE_WORDS = 8
ROLE_LENGTH = 70
# A name in a script without capitals ("店長阿哲") is at most this many characters.
UNCASED_NAME = 12
# What ends a salutation or a closing: a comma in any script, an exclamation ("Hej!",
# "Trevlig helg!"), or the full-width colon of a Chinese or Japanese greeting ("各位書友好："),
# with a pictograph or two after it ("Bom dia, pessoal! 👋"). Not a colon: "Updated:",
# "Note:" and "Highlights:" are labels.
_LETTER_END = re.compile(r"[,，!！、：]\s*[\W_]{0,4}$")
# A postscript under the signature: "P.S.", "PS:", "P.-S.", "Nachtrag:".
_POSTSCRIPT = re.compile(r"(?i)^\s*(?:p\.?\s?-?s\.?\s?[:.\-–—]?|post scriptum|nachtrag\s*:)\s")
# What a name or a role never holds: digits (an address, a phone number), an address's
# marks, a sentence's end.
_NOT_A_NAME = re.compile(r"[\d@/|·•©]|https?:|www\.|[.!?]\s|\.$")


def _signs_formally(name: str) -> bool:
    """The line under a formal closing: a short name, a person's or an office's, no address
    and no sentence."""
    words = name.split()
    return (
        0 < len(words) <= SIGNATURE_WORDS
        and not _NOT_A_NAME.search(name)
        and not zones.is_sentence(name)
        and zones.clutter_of(name) is None
        and (name[:1].isupper() or name[:1].lower() == name[:1].upper())
    )


def _greets(line: str) -> bool:
    """The line opens with a greeting's word and a comma ("Hola, socias y socios:", "Hallo,
    liebe Mitglieder:"): a greeting, whatever ends it."""
    first, comma, _ = line.strip().partition(",")
    return bool(comma) and first.casefold() in GREETINGS


def is_salutation(line: str) -> bool:
    """A few words ending in a comma or an exclamation, opening or closing a letter
    ("Hi friends,", "Liebe Leserinnen und Leser,", "各位書友好：", "Trevlig helg!"), or a
    greeting ending in a colon or a dash ("Estimados asociados:", "Good morning, readers —")."""
    if zones.word_count(line) > LETTER_WORDS or len(line) > 60 or zones.clutter_of(line):
        return False
    if line.rstrip().endswith((":", " —", " –")) and (DEAR.match(line.strip()) or _greets(line)):
        # "Estimados asociados:", "Good morning, Ledger readers —"
        return not _NOT_A_NAME.search(line)
    if _bare_greeting(line):
        return True
    end = _LETTER_END.search(line)
    return end is not None and not _NOT_A_NAME.search(line[: end.start()])


def is_closing(line: str) -> bool:
    """ "Until next week," or, without the comma, "Viele Grüße": a few words over the name
    (not a label's colon: "Contatto stampa:" heads a press contact)."""
    words = line.split()
    if line.rstrip()[-1:] in ":：" or is_standing_line(line):
        return False  # nor a call to the reader: "Támogasd a Telexet!" over "Impresszum"
    # A closing that names its regards or wishes may run longer ("Einen schönen Dienstag
    # wünscht Ihnen").
    regards = len(words) <= LETTER_WORDS and REGARDS.search(line) is not None
    return is_salutation(line) or (
        (len(words) <= LETTER_WORDS - 2 or regards)
        and line[-1:].isalpha()
        and not line.isupper()
        and zones.clutter_of(line) is None
    )


def is_signature_name(line: str) -> bool:
    """The name under a closing: a person's ("Nora", "Colleen Wiebe", "店長阿哲") or a
    team's ("Ihr Team der Stadtwerke Tübingen"), never a button or an address."""
    line = _HONORIFIC.sub("", line.rstrip("."))
    if not line or _NOT_A_NAME.search(line) or zones.clutter_of(line) is not None:
        return False
    if is_name(line) or _regards_first(line) or _name_and_role(line) or _name_and_team(line):
        return True
    words = line.split()
    if not any(c.isalpha() and c.lower() != c.upper() for c in line):
        return len(line) <= UNCASED_NAME and len(words) <= 2
    if len(words) > SIGNATURE_WORDS:
        return False
    if not words[-1][:1].isupper():
        # "The Kestrel team", "Il team di Verde Casa": a team's name ends in the word.
        return _is_team(words)
    # A person's first name, or a team's name: most of its words capitalised ("Ihr Team
    # der Stadtwerke Tübingen"), where "the results are below" has none.
    capitalised = sum(w[:1].isupper() or w in NAME_PARTICLES or not w[:1].isalpha() for w in words)
    return capitalised * 2 > len(words)


# A title abbreviated before a signer's name ("Fr. Declan Moriarty PP", "Dr. Anna Berg",
# "Mgr. Jana Malá"): one capitalised word of at most four letters and its full stop.
_HONORIFIC = re.compile(r"^[A-ZÀ-ÞА-ЯΑ-Ω][a-zà-ÿа-яα-ω]{0,3}\.\s++(?=[^\W\d_])")
# A signer's name and her team after it ("Tereza Novotná a celý tým U Zeleného stromu",
# "Anna and the whole Kestrel team"): at most this many words.
NAME_AND_TEAM_WORDS = 10


def _name_and_team(line: str) -> bool:
    """The signer's full name, then the team she signs with, its word for "team" in it."""
    words = line.split()
    if not 3 < len(words) <= NAME_AND_TEAM_WORDS:
        return False
    named = is_name(" ".join(words[:2])) or is_name(" ".join(words[:3]))
    return named and any(w.casefold() in TEAM_WORDS for w in words[2:])


def _name_and_role(line: str) -> bool:
    """ "Priya Nandakumar, news editor", "Martin Kollár, pražiar": the signer's name and
    role on one line, the role in small letters (a place or a paper is capitalised)."""
    name, comma, role = line.partition(", ")
    return (
        bool(comma)
        and is_name(name)
        and role[:1].islower()
        and zones.word_count(role) <= ROLE_WORDS
        and len(role) <= ROLE_LENGTH
        and not role.endswith(("!", "?", ":"))
    )


def team_signs(line: str) -> bool:
    """ "Jūsų „Vėjo energijos“ komanda", "a Lapozó csapata", "Le bureau de Vélo Cité
    Nantes": a team or board's name alone on the line, as a letter's last line."""
    line = line.strip().rstrip(".")
    words = line.split()
    if not 1 < len(words) <= SIGNATURE_WORDS or _NOT_A_NAME.search(line):
        return False
    return _is_team(words) or TEAM_FIRST.fullmatch(line) is not None


def _is_team(words: list[str]) -> bool:
    """A team's name ending in the word for "team", the name capitalised before it."""
    return (
        len(words) > 1
        and words[-1].casefold() in TEAM_WORDS
        and any(w.lstrip(_QUOTES)[:1].isupper() for w in words[:-1])
    )


# The quotation marks a team's name may open with ("„Maisto banko“ komanda").
_QUOTES = "\"'„“”«»‚‘’‹›「『"


def _regards_first(line: str) -> bool:
    """ "Hilsen oss i Ruter": the closing and the signer on one short line, a capital in the
    name (not "Hilsen fra ferien" in a story)."""
    found = REGARDS_FIRST.fullmatch(line.strip())
    return (
        found is not None
        and len(line.split()) <= SIGNATURE_WORDS
        and not _NOT_A_NAME.search(line)
        and any(w.lstrip(_QUOTES)[:1].isupper() for w in found["name"].split())
    )


def _signed_by(name: str, byline: Sequence[str]) -> bool:
    """A name line that signs the letter by its own shape: after a possessive ("Ihr Felix
    Hartmann"), or the first name of the writer the header named ("Maya" under a story by
    Maya Okafor-Lind)."""
    name = name.strip().rstrip(".")
    signed = SIGNED_AS.match(name)
    # "Ihr Felix Hartmann", or with a word between: "Votre dévoué Paul Martin".
    rest = name[signed.end() :].split() if signed else []
    if rest and (is_name(" ".join(rest)) or (len(rest) > 1 and is_name(" ".join(rest[1:])))):
        return True
    return any(name in (writer, writer.split()[0]) for writer in byline if writer.split())


def find_valediction(
    blocks: list[str], start: int, end: int, lang: str | None, byline: Sequence[str] = ()
) -> int | None:
    """Where a letter's closing ("Until next week," over a name line) is, near the end of
    the body (on either side of it, as the zones may have put it in the trailer); a name
    line that signs by its shape (``_signed_by``) needs no closing over it."""
    greeted = any(_greets_reader(block) for block in blocks[start : start + GREETING_REACH])
    for index in range(max(start + 1, end - CLOSING_REACH), min(len(blocks) - 1, end + 2)):
        line, name = blocks[index], blocks[index + 1]
        if greeted and index + 1 >= end - 1 and _signs_after_greeting(line, name):
            # "Kære medlem" over the letter, "God weekend, når den kommer." over "Sofie
            # Kjær, forbrugerjurist" at its end: the letter's last sentence, then its signer.
            return index
        if SIGNED_LABEL.fullmatch(line.strip()) and is_signature_name(name.split(",")[0]):
            return index  # "Signed:" over "Oladejo Azeez, Registrar and Secretary to Council"
        if FORMAL.fullmatch(line.strip()) and _signs_formally(name.strip()):
            return index  # "Pagarbiai" over "Vilniaus miesto savivaldybės administracija"
        if team_signs(name) and _closes_with_colon(line):
            return index  # "Szeretettel várjuk:" over "a Lapozó csapata"
        if not is_signature_name(name):
            continue
        if (
            not byline
            and _closes_long(line)
            and len(name.split()) == 1
            and has_given_name(name.strip(" ."))
        ):
            # "Hezký den a ať vás dnešní nákup nezaskočí," over "Tereza", no writer named
            # (under another writer's story, another first name is not the sign-off).
            return index
        if (_signed_by(name, byline) and (zones.is_sentence(line) or _closes_long(line))) or (
            _signed_by(name, ()) and is_closing(line)
        ):
            return index
        if not is_closing(line):
            continue
        if _LETTER_END.search(line) and (
            is_name(name)
            or len(name.split()) <= 2
            or _name_and_role(name)
            or _name_and_team(name)
            or _is_team(name.split())
            or _regards_first(name)
        ):
            return index
        if REGARDS.search(line):
            return index
    return None


def _greets_reader(line: str) -> bool:
    """A letter's greeting over its first paragraph ("Kære medlem", "Hi friends,", "Hola,
    socias y socios:"): a salutation ending in a comma or a colon, or opening with the
    word for "dear" or "hello"; not an exclamation alone ("Link Copied!")."""
    if not is_salutation(line):
        return False
    words = line.split()
    first = words[0].strip(",:!").casefold() if words else ""
    return line.rstrip()[-1:] in ",:，：" or DEAR.match(line) is not None or first in GREETINGS


def _signs_after_greeting(line: str, name: str) -> bool:
    """A letter's last sentence, then the signer's full name (with her role after a comma):
    a letter that opened with a greeting is signed so without a closing's words."""
    name = _HONORIFIC.sub("", name.strip().rstrip("."))
    return (
        zones.is_sentence(line)
        and not _NOT_A_NAME.search(name)
        and FORMAL.fullmatch(name) is None
        and REGARDS.search(name) is None
        and (is_name(name) or _name_and_role(name))
    )


# A letter signed with the writer's first name after a dash: "— Nora", "– Miriam".
# ... or the writer's initial ("— P.").
_DASHED_FIRST_NAME = re.compile(
    r"(?:—|–|--|-)\s*+(?P<name>[^\W\d_][\w'’-]{1,20}+|(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.)?)\s*+"
)


def is_dashed_signature(line: str) -> bool:
    """ "— Nora": a newsletter's sign-off with the writer's first name, the letter's own last
    line (a full name after the dash, "— Hannah Price", credits the writer: the byline); a
    closing may stand before it on the line ("See you in the shop — Hannah")."""
    line = line.strip()
    head, dash, _ = line.rpartition(" ")
    closing, spaced, _ = head.rpartition(" ")
    if spaced and dash and _DASH_ONLY.fullmatch(head.rsplit(" ", 1)[-1]):
        said = closing.strip()
        if 0 < zones.word_count(said) <= CLOSING_WORDS and is_closing(f"{said},"):
            line = line[len(closing) :].strip()
    found = _DASHED_FIRST_NAME.fullmatch(line)
    return found is not None and found["name"][0].isupper() and zones.clutter_of(line) is None


# A closing before the dash and the name is at most this many words; the dash alone between.
CLOSING_WORDS = 6
_DASH_ONLY = re.compile(r"—|–|--|-")


def _closes_with_colon(line: str) -> bool:
    """A few words and a colon over the team signing the letter ("Szeretettel várjuk:",
    "Wir freuen uns auf euch:"), no label of the page's ("Kontakt:" is one word)."""
    line = line.strip()
    return (
        line[-1:] in ":："
        and 1 < zones.word_count(line) <= LETTER_WORDS
        and not _NOT_A_NAME.search(line)
        and zones.clutter_of(line) is None
    )


def _closes_long(line: str) -> bool:
    """A closing longer than a salutation, over the writer's own first name ("Um abraço e
    até a próxima terça," over "Renata"): a few words more, the comma at the end."""
    return (
        zones.word_count(line) <= 2 * LETTER_WORDS
        and _LETTER_END.search(line) is not None
        and not _NOT_A_NAME.search(line)
        and zones.clutter_of(line) is None
    )


def is_signed_line(line: str, byline: list[str]) -> bool:
    """A closing and its name on one line ("Bon week-end, et à vendredi prochain, Camille"):
    a few words, a comma, and the writer's first name or a person's name."""
    if _regards_first(line) or team_signs(line):
        return True  # "Hilsen oss i Ruter", "Le bureau de Vélo Cité Nantes"
    text = line.rstrip(" .!")
    closing, comma, name = text.rpartition(", ")
    if "! " in text and (not comma or text.rindex("! ") > len(closing)):
        closing, comma, name = text.rpartition("! ")  # "Szép napot! A Telex csapata"
    if not comma or len(line) > 2 * ROLE_LENGTH or zones.word_count(closing) > LETTER_WORDS + 2:
        return False
    # "A Telex csapata", "L'équipe de Brief Éco": a team's name, its word for "team" in it.
    team = any(w.casefold().split("'")[-1] in TEAM_WORDS for w in name.split())
    if _NOT_A_NAME.search(closing) or re.search(r"[.!?:;]", closing):
        return False
    if len(name.split()) > (SIGNATURE_WORDS if team else 3) or zones.clutter_of(line):
        return False
    first_names = {n.split()[0] for n in byline if n.split()}
    if REGARDS.search(closing) and len(name.split()) == 1 and has_given_name(name):
        return is_signature_name(name)  # "Puszi, Kati": a given name under kisses or regards
    if team:
        return any(w[:1].isupper() for w in name.split()[1:]) and not _NOT_A_NAME.search(name)
    return is_signature_name(name) and (name.split()[0] in first_names or is_name(name))


def signature_end(blocks: list[str], closing: int) -> int:
    """Past a closing and its name, and the signer's role under it ("CEO, Prairie Hearth
    Credit Union", "styreleder"), which a signature holds too."""
    end = closing + 2
    if end < len(blocks):
        role = blocks[end]
        if (
            (
                ", " in role
                or role[:1].islower()
                or is_role_line(role)  # "Stellvertretender Chefredakteur"
                or _sender_below(blocks, end)
                or _footer_below(blocks, end)
            )
            and any(c.isalpha() for c in role)
            and zones.word_count(role) <= ROLE_WORDS
            and len(role) <= ROLE_LENGTH
            and not _NOT_A_NAME.search(role)
            and zones.clutter_of(role) is None
            and not role.endswith(("!", "?", ":"))
        ):
            end += 1
    return end


# An address's or a contact line's marks: digits, an e-mail's at, the bars and dots between
# its parts.
_ADDRESS_MARKS = re.compile(r"[\d@|·•]")


def _footer_below(blocks: list[str], index: int) -> bool:
    """The mail's footer right under the line ("Secretaria de la Junta Directiva" over a
    rule of dashes, the text's end, or the sender's address): the line is the signature's
    last, the signer's role written with capitals."""
    words = blocks[index].split()
    capitalised = sum(w[:1].isupper() or w in NAME_PARTICLES for w in words)
    if "." in blocks[index] or capitalised < len(words):
        return False  # "Læs hele testen på taenk.dk", "Jetzt Antrag stellen": a call
    if index + 1 >= len(blocks):
        return True
    below = blocks[index + 1]
    return not any(c.isalpha() for c in below) or _ADDRESS_MARKS.search(below) is not None


# The sender's name under the signer's is at most this many words ("Fietsersbond").
SENDER_WORDS = 3


def _sender_below(blocks: list[str], index: int) -> bool:
    """The organisation under the signer's name ("Esther Klomp" / "Fietsersbond"): a short
    capitalised name that opens the mail's imprint line under it ("Fietsersbond, Postbus
    2828, 3500 GV Utrecht"), not a word the page names anywhere ("Landerneau")."""
    name = blocks[index].strip()
    words = name.split()
    if not 0 < len(words) <= SENDER_WORDS or not all(
        w.lstrip(_QUOTES)[:1].isupper() for w in words
    ):
        return False
    imprint = tuple(f"{name}{mark}" for mark in (",", " |", " ·", " •", " –", " -"))
    return any(block.strip().startswith(imprint) for block in blocks[index + 1 :])


def opening_salutation(blocks: list[str], start: int, prose: int) -> bool:
    """Whether the block right above the prose (between ``start`` and ``prose``) is a
    letter's salutation ("Dear Member,") that belongs to the body."""
    return start < prose and is_salutation(blocks[prose - 1])


def _bare_greeting(line: str) -> bool:
    """A greeting written without its comma right over the letter ("Kære medlem", "Dear
    Member"): the word for "dear" and a few words, no stop."""
    line = line.strip()
    return (
        DEAR.match(line) is not None
        and zones.word_count(line) <= LETTER_WORDS - 2
        and line[-1:].isalpha()
        and zones.clutter_of(line) is None
    )


def ends_with_signature(paragraphs: list[str]) -> bool:
    """Whether the paragraphs end with a letter's sign-off (a closing, the name, perhaps the
    signer's role): the writer's name there signs the letter and is not a bio."""
    for closing in (len(paragraphs) - 2, len(paragraphs) - 3):
        if (
            closing >= 0
            and is_closing(paragraphs[closing])
            and is_signature_name(paragraphs[closing + 1])
        ):
            return signature_end(paragraphs, closing) == len(paragraphs)
    return False


def postscript_end(blocks: list[str], signed: int) -> int:
    """Where the letter ends: right under its signature, or under the postscripts there."""
    while signed < len(blocks) and _POSTSCRIPT.match(blocks[signed]):
        signed += 1
    return signed
