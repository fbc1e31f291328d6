"""The writer's name told from what stands beside it: a role after it on one line ("Helena
Marsh Energy correspondent"), a newsletter's name in a mail's sender, a copyright holder who
is the writer, the city before it on one line ("الرياض - خالد العتيبي")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet.bylinewords import AUTHOR_NOUNS, GREETINGS, ROLE_MODIFIERS
from tearsheet.organisations import organisation_of
from tearsheet.personnames import (
    has_given_name,
    is_name,
    is_person,
    is_place,
    is_role_line,
    is_role_word,
    is_uncased_name,
)
from tearsheet.places import is_place_name

if TYPE_CHECKING:
    from tearsheet.recognise import Draft


def name_before_role(text: str) -> str | None:
    """The name in front of a role on one line ("Helena Marsh Energy correspondent", "Jane
    Doe Staff Writer", "Ana Souza senior reporter"); the text itself when it holds no role
    word, None when no name is before the role ("Staff Writer")."""
    words = text.split()
    if not any(is_role_word(word.casefold().strip(".,")) for word in words):
        return text
    cuts = [
        k
        for k in range(2, min(len(words), MAX_NAME_WORDS + 1))
        if is_role_line(" ".join(words[k:])) and is_name(" ".join(words[:k]))
    ]
    if not cuts:
        return None

    # The role begins with its own word ("Chief Political Correspondent", "Staff Writer"),
    # or is written as a sentence is ("Energy correspondent"); else it is the last words.
    heads = [
        k
        for k in cuts
        if is_role_word(words[k].casefold().strip(".,"))
        or words[k].casefold().strip(".,") in ROLE_MODIFIERS
    ]
    sentences = [
        k for k in cuts if len(words) - k > 1 and all(w[0].islower() for w in words[k + 1 :])
    ]
    # A role in lower case after a capitalised word is written as a sentence is, the word its
    # beat or place ("Fiona MacLeod Scotland correspondent"): the role's, not the name's.
    beats = [k for k in sentences if k + 1 in heads and words[k + 1][:1].islower()]
    return " ".join(words[: min(beats or heads or sentences or [max(cuts)])])


def is_staff_credit(names: str) -> bool:
    """A byline's "names" that are a staff role and no person's ("Our Correspondent", "Staff
    Reporter", "Mwandishi Wetu": our writer), which credit the paper's staff, no writer."""
    return (
        "," not in names
        and len(names.split()) <= STAFF_WORDS
        and is_role_line(names)
        and name_before_role(names) is None
        and not has_given_name(names)
    )


# A staff credit is at most this many words ("Our Special Correspondent").
STAFF_WORDS = 3


# A name in front of a role is at most this many words.
MAX_NAME_WORDS = 4


def is_writer(holder: str, byline: list[str]) -> bool:
    """A copyright line's holder who is the writer ("© 2025 Maeve Doherty" under her own
    newsletter, "© 2025 Kasia z Drogi" under her blog): the byline's one name, so no source
    (a newsletter's name beside its writer's, "Kabar Pagi" and "Dewi Anggraini", is not)."""
    # (An organisation read as the writer, "Bristol Cycling Campaign" from a mail's sender,
    # leaves the byline: its © line names the publisher.)
    return (
        len(byline) == 1
        and holder.casefold() == byline[0].casefold()
        and organisation_of(byline[0]) is None
    )


def sender_name(sender: str) -> str:
    """The person in an e-mail's sender, without the newsletter's name beside it ("Bruno
    Tavares | Bolso Cheio", "Maeve Doherty from Cold Compost", "Marta Puig de La setmana
    verda"); the sender as it is when it is one name ("Sanne de Vries") or none."""
    if is_name(sender):
        return sender
    for part in _SENDER_SPLIT.split(sender)[:1]:
        if is_name(part.strip()) and not _is_brand(part.strip()):
            return part.strip()
    return sender


def _is_brand(name: str) -> bool:
    """One word that is no known given name beside a newsletter's title ("Röstfrisch – Der
    Kaffee-Newsletter"): the brand that sends it, not its writer ("Lena | Kaffeebrief")."""
    return " " not in name and not has_given_name(name)


# Between a newsletter writer's name and the newsletter's in a sender: a separator, or the
# languages' "from" (Substack writes "<name> from <newsletter>" in the reader's language).
_SENDER_SPLIT = re.compile(
    r"(?<!\s)\s++(?:[|–—-]|from|de|von|van|di|da|du|från|fra|fran|z|ze|od|dari|з|от|из|από)\s++"
)


# A place, a dash or a colon, a name: "الرياض - خالد العتيبي", "Київ – Олена Коваль",
# "القاهرة: أحمد سليم".
_PLACE_DASH_NAME = re.compile(
    r"^(?P<place>[^\W\d_][^\d|·•,:]{1,30}?)(?:\s++[-–—]|\s*+[:：])\s++"
    r"(?P<name>[^\d|·•,:]{3,50})$"
)


def name_after_place(line: str) -> str | None:
    """The writer after the city she reports from, on a header line of their own
    ("الرياض - خالد العتيبي", "Kyiv – Olena Koval", "القاهرة: أحمد سليم"); None for a
    place and a desk ("دبي - العربية.نت") or a headline with a dash."""
    match = _PLACE_DASH_NAME.match(line.strip())
    if match is None or not is_place_name(match["place"]):
        return None
    name = match["name"].strip()
    named = (is_name(name) or is_uncased_name(name)) and is_person(name)
    return name if named and not is_place_name(name) else None


def read_name_after_place(part: str, draft: Draft) -> bool:
    """ "الرياض - خالد العتيبي" in the header: the city the writer reports from, then her
    name, the byline when none is read yet."""
    if draft.byline or not (name := name_after_place(part)):
        return False
    draft.byline.append(name)
    draft.recognised.append(f"byline from the name after a place {part!r}")
    return True


def is_greeting(line: str) -> bool:
    """A letter's greeting to its reader ("Hi Martin", "Liebe Anna", "Querida Ana"): the
    language's greeting word first, a name after it, not the writer's name."""
    first = line.split(maxsplit=1)[0].casefold().strip(",!") if line.strip() else ""
    return first in GREETINGS


def read_name_before_role_line(part: str, draft: Draft) -> bool:
    """ "Dimas Prasetyo," over "Peneliti Transportasi Perkotaan": a columnist's name with the
    comma before the role, which the next line gives; a known given name makes it a
    person's."""
    name = part.removesuffix(",")
    if name == part or draft.byline or not (is_name(name) and is_person(name)):
        return False
    if not has_given_name(name) or is_place(name) or is_greeting(name):
        return False
    draft.byline.append(name)
    draft.recognised.append(f"byline from the name over its role {part!r}")
    return True


def without_outlet_initials(name: str) -> str:
    """A name without the initials of the paper it writes for, which a byline prints after
    it ("Mikko Lehtinen HS", "Anna Berg DN", "Jan Novák ČTK"): a short word in capitals
    after a family name (after a given name it is a family name in capitals, "Anne Marie
    LEE"), not a numeral ("John Smith III") nor a legal form ("Kliniken Nordoberpfalz AG")."""
    words = name.split()
    last = words[-1] if len(words) > 2 else ""
    if not (_OUTLET_INITIALS.fullmatch(last) and last.isupper() and not _ROMAN.fullmatch(last)):
        return name
    rest = " ".join(words[:-1])
    if organisation_of(name) is not None or has_given_name(words[-2]):
        return name
    if not (is_name(rest) and is_person(rest)):
        return name
    return rest


def without_outlet_name(name: str, outlet: str | None) -> str:
    """A name without the paper's name a byline prints before it ("Ouest-France Gwenaëlle
    Le Bras." → "Gwenaëlle Le Bras"), the paper being the source the page credits: what
    follows it must be a person's name still."""
    if not outlet or not name.casefold().startswith(outlet.casefold() + " "):
        return name
    rest = name[len(outlet) :].strip().rstrip(".")
    return rest if is_name(rest) and is_person(rest) else name


def tidy_writers(draft: Draft) -> None:
    """The byline's names without what a byline line printed with them: the paper's name
    before ("Ouest-France Gwenaëlle Le Bras."), its initials after ("Anna Berg DN"), the
    writer's label before ("Penulis Dimas Prakoso")."""
    draft.byline[:] = [
        without_writer_label(without_outlet_initials(without_outlet_name(name, draft.source)))
        for name in draft.byline
    ]


def no_writer_source(draft: Draft) -> None:
    """The source read from the © line is the writer the story's end names ("© 2019–2024
    Tomasz Wray" over "Tomasz Wray is a backend engineer …" under a personal blog): a person
    holds the rights to her own blog, no publisher (the byline read later than the © line)."""
    source = draft.source or ""
    writers = {name.casefold() for name in draft.byline}
    if source.casefold() not in writers or organisation_of(source) is not None:
        return
    # A name in capitals of two words at least, or a Korean one ("김지현").
    if (
        len(source.split()) > 1 and is_name(source) and is_person(source)
    ) or _HANGUL_NAME.fullmatch(source):
        draft.recognised.append(f"no source: the writer {source!r} holds the rights")
        draft.source = None


_HANGUL_NAME = re.compile(r"[가-힣]{2,4}+")


def without_writer_label(name: str) -> str:
    """A name without the languages' "author" or "reporter" a byline line printed before it
    with no colon ("Penulis Dimas Prakoso | Editor …", "Autor Jan Novák", "Reporter Anna
    Berg"): what follows must be a person's name still."""
    label, _, rest = name.partition(" ")
    if not _WRITER_LABEL.fullmatch(label) or len(rest.split()) < 2:
        return name
    return rest if is_name(rest) and is_person(rest) else name


# The languages' "author" and "reporter" before a writer's name.
_WRITER_LABEL = re.compile(
    rf"{AUTHOR_NOUNS}|pewarta|reporter|reporterin|reportér|reporterka|repórter|reportera",
    re.IGNORECASE,
)


# A paper's or an agency's initials after a writer's name: two to four capitals.
_OUTLET_INITIALS = re.compile(r"[^\W\d_]{2,4}+")
_ROMAN = re.compile(r"[IVX]++")


# A section's label for the writers of opinion and columns, over a columnist's name over the
# headline ("Yazarlar" / "Nuran Aksoy" / <headline>), in the core languages and the sets'.
COLUMNISTS_LABELS = frozenset(
    """writers columnists columns opinion authors contributors autoren autorinnen kolumnen
    kolumnisten meinung chroniqueurs chroniques opinions auteurs tribunes éditorialistes
    columnistas opinión autores firmas editorialisti opinioni firme autori rubriche
    colunistas opinião colunas columnisten opinie felietoniści publicyści
    autorzy felietony yazarlar görüş авторы колумнисты мнения колонки автори колумністи
    думки názory autoři sloupky komentáře krönikörer krönikor skribenter klummer spaltister
    kolumnit kolumnistit opinii editorialiști szerzők vélemény αρθρογράφοι απόψεις
    kolumnis opini penulis كتاب آراء مقالات نویسندگان דעות טורים""".split()
) | frozenset(("köşe yazarları", "opinion writers", "meinungsautoren"))


def read_columnist_over_headline(furniture: list[str], draft: Draft) -> bool:
    """A columnist's name right over the headline, under the page's label for its writers
    ("Yazarlar" / "Nuran Aksoy", "Opinion" / "Jane Doe"): the byline. Only under such a
    label: a name alone over a headline is as often the person the story is about (a
    topic's tag). ``furniture`` is the page's lines over the headline, in order."""
    if len(furniture) < 2 or furniture[-2].strip().casefold() not in COLUMNISTS_LABELS:
        return False
    name = furniture[-1].strip()
    if not (is_name(name) and is_person(name) and has_given_name(name)):
        return False
    draft.byline.append(name)
    draft.recognised.append(f"byline {name!r} under the label {furniture[-2].strip()!r}")
    return True
