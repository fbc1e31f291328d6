"""Bylines at the end of an article: an author box, the writer's signature or bio under the
story, a labelled author line in the footer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tearsheet import zones
from tearsheet.agencies import agency_of
from tearsheet.blogbylines import read_more_by
from tearsheet.bylines import BYLINE, has_and, read_byline
from tearsheet.bylinesunder import (
    footer_writer_over_label,
    interviewer_over_subject,
    read_footer_byline,
    read_wire_author,
)
from tearsheet.bylinetails import names_before_credit, writer_credit
from tearsheet.bylinewords import AUTHOR_BOX, BY, TEXT_AND_PICTURES
from tearsheet.letters import is_closing, is_salutation, team_signs
from tearsheet.organisations import organisation_of
from tearsheet.pagehead import names_line
from tearsheet.personnames import ROLE_WORDS as ROLE_NAMES
from tearsheet.personnames import (
    has_given_name,
    is_common_given_name,
    is_name,
    is_person,
    is_place,
    is_role_line,
    is_vietnamese_name,
)
from tearsheet.scriptbylines import is_script_byline, name_in_parentheses, read_korean_sign_off
from tearsheet.signers import (
    first_name_in_full,
    read_brands_signer,
    read_last_signer,
    sign_name_as_signed,
    signer_under_closing,
)
from tearsheet.writernames import no_writer_source, read_columnist_over_headline, tidy_writers

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

# A story signed over a closing note has at least this many paragraphs.
SIGNED_STORY = 4
# An interview asks at least this many questions.
QUESTIONS = 2
# The writer's bio under the story is at most this long.
MAX_BIO = 300
# How many blocks at the start of the trailer, right under the story, may be the writer's
# name and role or bio; how far down the trailer an author box or a labelled line may be.
SIGNATURE_REACH = 2
TRAILER_REACH = 12
# A role under a signature ("pour le conseil d'administration", "kirjastotoimenjohtaja")
# is at most this many words.
ROLE_WORDS = 6
# A journalist's role in a bio is within this many words after the name ("is a senior
# reporter", "ist Redakteurin im Ressort Politik").
BIO_ROLE_REACH = 8
# The languages' "writes" after a writer's name in a bio ("X, an energy lawyer, writes from
# Lagos", "X schreibt über Wohnungsbau").
_WRITES = frozenset(
    """writes wrote schreibt écrit escribe scrive escreve schrijft pisze skriver kirjoittaa
    píše piše ír yazıyor yazar пишет пише γράφει menulis scrie""".split()
)
# A byline line under the story is at most this long.
BYLINE_LENGTH = 80
# A journalist's role words, without a press office's or a desk's ("Maria Lopez, media
# relations manager at Acme, said…" closes a story about Acme).
_JOURNALISTS = ROLE_NAMES - frozenset(
    """communications office press media relations newsroom desk team department
    pressestelle comunicação comunicación comunicazione kommunikation communicatie
    komunikacja humas staff analyst critic""".split()
)
# A signer's role and place after the name on a signature's line are at most this many words.
SIGNATURE_ROLE_WORDS = 10
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
# A Korean name in an author box: two to four syllables alone on the line.
_HANGUL_NAME = re.compile(r"^([가-힣]{2,4}+)$")
# Marks of a quotation: a closing paragraph quoting a person is the story's, not a bio.
_QUOTES = '"“”„«»‘’「」'
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’‘](?=[^\W\d_])")


def read_closing_byline(paragraphs: list[str], trailer: list[str], draft: Draft) -> list[str]:
    """When no byline was read: the writer named under the story, in an author box ("この記事を
    書いた人" / "森田美穂"), a labelled line ("Autorin: Friederike Balzer", "Publicado por
    Guadalupe Ríos en 10:32"), a byline line ("（记者 王小明）"), a signature ("Tuula
    Heikkinen" / "kirjastotoimenjohtaja") or a bio ("Rachel Hume is a transport writer…").
    Returns the paragraphs without a bio or byline line taken from the story's end (a
    signature there is the letter's sign-off, the body's)."""
    # An organisation read as the writer ("Bristol Cycling Campaign" from a mail's sender)
    # is no writer's name: the story's signature is looked for still, and the organisation
    # is kept for the source it may give.
    tidy_writers(draft)
    if read_brands_signer(paragraphs, draft):
        return paragraphs
    organisations = [name for name in draft.byline if organisation_of(name) is not None]
    if draft.byline and len(organisations) < len(draft.byline):
        sign_name_as_signed(paragraphs[-SIGNATURE_REACH:] + trailer[:SIGNATURE_REACH], draft)
        _complete_first_names(trailer[:TRAILER_REACH], draft)
        footer_writer_over_label(trailer[:TRAILER_REACH], draft)
        interviewer_over_subject(paragraphs[-1:] + trailer[:SIGNATURE_REACH], draft)
        return paragraphs
    draft.byline.clear()
    kept = _read_story_end(paragraphs, trailer, draft)
    if not draft.byline:
        _read_trailer(trailer, " ".join(paragraphs), draft)
    if not draft.byline and (name := first_name_in_full(paragraphs, trailer[:TRAILER_REACH])):
        draft.byline.append(name)
        draft.recognised.append(f"byline {name!r} from the signature and the footer")
    if not (draft.byline or read_last_signer(paragraphs, draft)):
        furniture = [t for rule, t in draft.removed if rule == "page furniture above the headline"]
        _ = read_columnist_over_headline(furniture, draft) or read_more_by(trailer, draft)
    no_writer_source(draft)
    draft.byline[:0] = organisations
    return kept


def _complete_first_names(trailer: list[str], draft: Draft) -> None:
    """A byline of a first name alone ("Teresa", as a blog's title or a letter's signature
    gives it) in full when the footer's byline line names the writer ("Publicada por Teresa
    Almeida à(s) 21:37")."""
    from tearsheet.recognise import Draft

    for at, name in enumerate(draft.byline):
        if " " in name or not name[:1].isupper():
            continue
        for line in trailer:
            trial = Draft(lang=draft.lang)
            if not (read_footer_byline(line, trial) or _byline_line(line, draft.lang)):
                continue
            full = trial.byline or _byline_line(line, draft.lang)
            if len(full) == 1 and full[0].split()[0] == name and " " in full[0]:
                draft.byline[at] = full[0]
                draft.recognised.append(f"byline {full[0]!r} in full from {line[:40]!r}")
                break


def _read_story_end(paragraphs: list[str], trailer: list[str], draft: Draft) -> list[str]:
    """The writer in the story's last paragraphs: a name over its role or bio, a byline line,
    a writer's bio. A last paragraph about anyone else is the story's."""
    box = paragraphs[-3:-1] if len(paragraphs) > 3 and is_role_line(paragraphs[-2]) else []
    names = _signed(box, " ".join(paragraphs[:-3]), draft.lang) if box else []
    if names and _opens_with(paragraphs[-1], names):
        # An author box: "Eline Bosman" / "Redacteur economie" / "Eline Bosman schrijft …".
        _take(names, paragraphs[-3:], draft, dropped=False)
        return paragraphs[:-3]
    ending = paragraphs[-2:] if len(paragraphs) > 2 else []
    if ending and (names := _signed(ending, " ".join(paragraphs[:-2]), draft.lang)):
        if not _opens_with(ending[1], names):
            # A letter's signature, the name over the role, is the body's sign-off.
            _take(names, ending[:1], draft, dropped=True)
            return paragraphs
        _take(names, ending, draft, dropped=False)
        return paragraphs[:-2]
    last = paragraphs[-1] if len(paragraphs) > 1 else ""
    # "La redazione di Biblioteche di Roma": a team signing, its "di" no writer's "by".
    names = [] if team_signs(last) else _byline_line(last, draft.lang)  # "Por Lucía Mérida"
    if not names and (bio := writer_bio(last)):
        names = bio if is_new_person(bio[0], " ".join(paragraphs[:-1]), draft.lang) else []
    if not names and (bio := bio_writer(last) or bio_writer(last, titles=True)):
        # "Claire Vasseur" over the op-ed, or her card under it ("Claire Vasseur (Maire de
        # …)"), and "Claire Vasseur est directrice…" closing it: the writer, whatever she does;
        # so is "La sociologue Jeanne Roy plaide …" over the op-ed, her bio under it.
        named = _named_above(bio[0], draft) or _carded_under(bio[0], trailer)
        names = bio if named or _named_in_dek(bio[0], paragraphs, draft) else []
    signed = not names and signature_line(last, " ".join(paragraphs[:-1]))
    names = names or signed or []
    if names:
        letter = bool(signed) and is_salutation(paragraphs[0])  # a greeted letter's sign-off
        _take(names, [last], draft, dropped=letter)
        return paragraphs if letter else paragraphs[:-1]
    if names := _signed_over_note(paragraphs, draft.lang):
        _take(names, paragraphs[-2:-1], draft, dropped=False)
        return [*paragraphs[:-2], paragraphs[-1]]
    if names := _signed_over_note([*paragraphs, ""], draft.lang):
        # "… Hvíl í friði." / "Katrín Björk Einarsdóttir.": the writer's full name under the
        # last sentence, no closing over it (a letter's "Herzlich," keeps its signer).
        _take(names, paragraphs[-1:], draft, dropped=False)
        return paragraphs[:-1]
    return paragraphs


def _signed_over_note(paragraphs: list[str], lang: str | None) -> list[str]:
    """The writer signing an obituary or a letter under its last sentence, with a short
    note after the signature ("Elsku afi, … Hvíl í friði." / "Guðrún Ósk Hjaltadóttir" /
    "Útför Sigurjóns fer fram …"): a person's full name new to the story, alone on its
    line, between a sentence and the note."""
    if len(paragraphs) < SIGNED_STORY or len(paragraphs[-1]) > MAX_BIO:
        return []
    before, line = paragraphs[-3], paragraphs[-2]
    names = _name_line(line.rstrip("."), cased=True)
    if len(names) != 1 or not has_given_name(names[0]) or before.rstrip()[-1:] not in ".!?":
        return []
    if not paragraphs[-1] and (len(names[0].split()) < 2 or is_closing(before)):
        return []  # alone under the story: a full name, no closing over it
    return names if is_new_person(names[0], " ".join(paragraphs[:-2]), lang) else []


def _named_above(name: str, draft: Draft) -> bool:
    """The name stood alone on a line over the story that the import removed or kept as a
    title line (an op-ed's contributor over her role): the bio under the story that opens
    with it is the writer's, whatever she does."""
    above = [text for rule, text in draft.removed if rule != "e-mail header"]
    # ... or kept among the header's other title lines ("Tribune", "Claire Vasseur",
    # "Directrice des ressources humaines" between the headline and the dek).
    return any(text.strip().rstrip(".") == name for text in [*above, *draft.other_headlines])


def _carded_under(name: str, trailer: list[str]) -> bool:
    """The footer opens with the name again, alone or with the role in brackets ("Hélène
    Vautrin (Maire de …)"): the writer's card under the bio. ("Jane Doe, the council's
    leader" may as well be the story's caption of the person it quotes.)"""
    for line in trailer[:SIGNATURE_REACH]:
        text = " ".join(line.split())
        if len(text) <= BYLINE_LENGTH and (text == name or text.startswith(name + " (")):
            return True
    return False


def _named_in_dek(name: str, paragraphs: list[str], draft: Draft) -> bool:
    """The dek names the person the closing bio is about, and the story itself does not: an
    op-ed's writer ("La sociologue Jeanne Roy plaide pour …" / "Jeanne Roy est
    sociologue …"); in an interview (questions a paragraph each) the bio is the guest's."""
    story = " ".join(paragraphs[:-1])
    surname = re.compile(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)")
    asked = sum(p.rstrip().endswith(("?", "？", "؟")) for p in paragraphs[:-1])
    named = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", draft.dek or "")
    return named is not None and not surname.search(story) and asked < QUESTIONS


def _read_trailer(trailer: list[str], story: str, draft: Draft) -> None:
    """The writer in the page's footer: a byline line, a signature or a bio opening it, an
    author box or a labelled line down it."""
    trailer = [_one_label(line) for line in trailer]
    start = trailer[:SIGNATURE_REACH]
    if start and (names := _byline_line(start[0], draft.lang, credited=False)):
        _take(names, start[:1], draft, dropped=True)
        return
    if start and read_korean_sign_off(start[0], draft):
        return
    if (names := signature_line(start[0], story) if start else []) or (
        names := signer_under_closing(start)
    ):
        _take(names, start[:1], draft, dropped=True)
        return
    for taken in range(len(start), 0, -1):
        if names := _signed(start[:taken], story, draft.lang):
            _take(names, start[:taken], draft, dropped=True)
            return
    for index, line in enumerate(trailer[:TRAILER_REACH]):
        following = trailer[index + 1] if index + 1 < len(trailer) else ""
        if AUTHOR_BOX.fullmatch(line.strip()) and (names := _boxed_name(following)):
            _take(names, [line, following], draft, dropped=True)
            return
        if (_labelled(line) and read_byline(line, draft)) or read_footer_byline(line, draft):
            return
        if read_wire_author(line, draft):
            return
        if (bio := bio_writer(line)) and _named_above(bio[0], draft):
            _take(bio, [line], draft, dropped=True)  # under a box of the writer's other columns
            return


def _one_label(line: str) -> str:
    """A byline's label written in both genders ("Autorka/Autor: Karolina Zając", "Autor/in:
    Lena Berg") as one of them: the first when the languages' "by" is it."""
    if (found := _PAIRED_LABEL.match(line)) is None:
        return line
    first, second = found["first"], found["second"]
    label = first if re.fullmatch(BY, first, re.IGNORECASE) else second
    return label + line[found.end() :]


# A label in its two genders before its colon: "Autorka/Autor:", "Autor/in:", "Autor*in:".
_PAIRED_LABEL = re.compile(
    r"(?P<first>[^\W\d_]{3,20}+)\s?+[/*]\s?+(?P<second>[^\W\d_]{1,20}+)(?=\s*+:)"
)


def _boxed_name(line: str) -> list[str]:
    """The name under an author box's label, with a role or outlet beside it or not, in any
    script (a Korean name of two to four syllables too)."""
    return _name_line(line, cased=False, alone=False) or _HANGUL_NAME.findall(line.strip())


def _byline_line(line: str, lang: str | None, *, credited: bool = True) -> list[str]:
    """The names of a short line that is a byline by its shape: with the language's "by"
    or label ("Por Lucía Mérida"), a Chinese, Japanese or Korean reporter's line, in
    parentheses or not ("（记者 王小明）", "（田中美咲）", "김민지 기자"), or (``credited``) a name
    with its place or outlet ("أحمد علي - القاهرة"); under the story's end, in the page's
    footer, such a line is as often a teaser's or a picture's credit."""
    from tearsheet.recognise import Draft

    line = " ".join(line.split()) if len(line) <= 4 * BYLINE_LENGTH else ""
    line = writer_credit(line)  # "Haber: Mehmet Yıldız - Kamera: Ayşe Demir / İZMİR"
    if not line or len(line) > BYLINE_LENGTH:
        return []
    trial = Draft(lang=lang)
    shaped = BYLINE.match(line) or TEXT_AND_PICTURES.match(line)  # "Texto y fotos: Ana Gil"
    if (shaped or is_script_byline(_unbracketed(line))) and read_byline(_unbracketed(line), trial):
        return trial.byline
    if name := name_in_parentheses(line):
        return [name]
    credited_names = names_before_credit(line) or ""
    if is_name(credited_names) and is_person(credited_names):
        return [credited_names]  # "Minh Anh thực hiện": the interview's writer
    if line[:1] in "—–―" and (names := _name_line(line[1:], cased=True)):
        # "— Иван Петров", "— Ελένη Παππά": the writer signing in Cyrillic or Greek, by a
        # known given name (the attributions' signature reads Latin letters; a name in a
        # script without capitals is not told from a place's, "— नई दिल्ली").
        return names if all(map(has_given_name, names)) and not _LATIN.search(line) else []
    names = names_line(line) if credited else []
    return names if names and names != [line] and all(is_person(n) for n in names) else []


def _unbracketed(line: str) -> str:
    """ "（记者 王小明）" → "记者 王小明": a reporter's line in parentheses under the story."""
    if line[:1] in "(（" and line[-1:] in ")）":
        return line[1:-1].strip()
    return line


def _signed(blocks: list[str], story: str, lang: str | None) -> list[str]:
    """The writer's names when the blocks are a signature (a name line, a role under it), a
    name line over its bio, or a writer's bio alone (a teaser's headline opens with a name
    as well: "Taylor Swift announces new tour dates"), naming someone new to the story
    whose first name is a known given name."""
    first, rest = blocks[0], blocks[1:]
    if len(rest) > 1:
        return []
    names = _name_line(first, cased=not rest or not is_role_line(rest[0]))
    if rest and not (_is_role(rest[0]) or _opens_with(rest[0], names)):
        names = []
    names = names or ([] if rest else writer_bio(first))
    # A journalist's role under the name confirms it whatever its given name is a word of
    # too: the stop lists hold the commonest names ("María", "Jean", "Anna", "Jan").
    roled = bool(rest) and is_role_line(rest[0])
    # A Vietnamese pen name alone under the story ("Gia Minh"), its syllables words of the
    # language; "Theo Dân Trí" ("according to Dân Trí") credits a paper.
    vi = (lang or "")[:2] == "vi" and not rest
    if vi and not names and first.isupper() and names_line(first.strip().title()):
        names = [first.strip()]  # "THU HÀ": a Vietnamese paper signs in capitals
    pen = vi and all(is_vietnamese_name(n, plain=True) and n.split()[0] != "Theo" for n in names)
    new = all(is_new_person(n, story, lang, function_words=not (roled or pen)) for n in names)
    # A journalist's role under a name in a script without capitals confirms it ("נועה ברגר"
    # / "כתבת…"); a name with capitals needs a known given name ("Herzliche Grüße" / "Ihr Team
    # der Stadtwerke" is a greeting over a team).
    role = bool(rest) and is_role_line(rest[0]) and not any(map(is_name, names))
    return names if new and (role or pen or any(map(has_given_name, names))) else []


def signature_line(line: str, story: str) -> list[str]:
    """The writer signing an opinion piece on one line under it: the name, a comma, the
    signer's role, then places or organisations in capitals ("Анна Крылова, директор
    библиотеки, Вологодская область", "— Jane Doe, head librarian, Leeds"), someone new to
    the story with a known given name. An age, a quotation or a clause after the role ("Jane
    Doe, 54, …", "…, said the company would appeal") is the story's."""
    name, comma, role = line.strip().lstrip("—–―- ").rstrip(".").partition(",")
    first, *places = [part.strip() for part in role.split(",")]
    if (
        not comma
        or len(role.split()) > SIGNATURE_ROLE_WORDS
        or any(mark in line for mark in _QUOTES)
        or any(char.isdigit() for char in role)
        or not _is_role(first)
        or not all(place[:1].isupper() for place in places)
    ):
        return []
    names = _name_line(name, cased=True)
    # New to the story by the surname: a given name may be a word of the language too
    # ("Анна" is in the Russian stop words), the comma and role already make the shape.
    new = names == [name.strip()] and names[0].split()[-1] not in story
    return names if new and has_given_name(names[0]) else []


def is_new_person(name: str, story: str, lang: str | None, *, function_words: bool = True) -> bool:
    """A person's name the story has not given (not even the surname: "Dr Singh" after "Dr
    Amara Singh"), none of its words a function word of the language ("Der Park", "Sobre
    Renfe", "Om Nordvind Energi"; a particle in lower case is a name's: "Sanne de Vries"),
    unless ``function_words`` is False (a role under the name confirms it)."""
    words = name.split()
    stops = zones.stop_words(lang) if function_words else frozenset()
    # A Vietnamese name's syllables are words of the language ("Hoàng Phương": "direction");
    # only a first one would be a sentence's ("Về Hà Nội").
    checked = words[:1] if is_vietnamese_name(name) else words
    if len(words) > 1 and is_common_given_name(words[0]):
        checked = checked[1:]  # "María López", "Jean Dupont": the stop lists hold "maría"
    return (
        bool(words)
        and words[-1] not in story
        and not any(
            (word[:1].isupper() and word.casefold() in stops) or word.endswith(".")
            for word in checked
        )
    )


def bio_writer(paragraph: str, *, titles: bool = False) -> list[str]:
    """The person a closing bio is about ("Rachel Hume is a transport writer…", "Lucia
    Ferrante insegna lettere…"): a short paragraph whose subject is a name, without a
    quotation (a closing paragraph quoting a person is the story's); with ``titles``, the
    marks may quote the title of a book the writer published."""
    # An apostrophe between letters is a word's ("d’une", "O’Brien"), not a quotation's.
    unquoted = _APOSTROPHE.sub("", paragraph)
    quoted = not titles and any(mark in unquoted for mark in _QUOTES)
    if len(paragraph) > MAX_BIO or quoted:
        return []
    words = paragraph.split()
    for length in range(min(4, len(words) - 1), 1, -1):
        name = " ".join(words[:length]).rstrip(",")
        if (
            words[length][:1].islower()
            and not words[length - 1].endswith((".", ":", ";"))
            and is_name(name)
            and is_person(name)
            and not is_place(name)
        ):
            return [name]
    return []


def writer_bio(paragraph: str) -> list[str]:
    """The writer a bio closing the story is about, when it says what the person does as a
    writer: a journalist's role in its first words ("Jane Doe is a reporter for the Example
    Times") or the languages' "writes" after the name ("Chinedu Okeke, an energy lawyer,
    writes from Lagos"). A closing paragraph about anyone else is the story's."""
    names = bio_writer(paragraph)
    if not names:
        return []
    rest = paragraph[len(names[0]) :].casefold().replace(",", " ").split()
    if any(word.strip(".;:") in _JOURNALISTS for word in rest[:BIO_ROLE_REACH]):
        return names
    return names if any(word in _WRITES for word in rest[: BIO_ROLE_REACH // 2 + 4]) else []


def _name_line(line: str, cased: bool, *, alone: bool = True) -> list[str]:
    """The names of a line that is only a person's name (with ``alone``, nothing beside it:
    "Jane Doe | The Example Times" is a credit); with ``cased``, only in a script with
    capitals (a short line in Arabic or Thai may as well be a label)."""
    line = line.strip().rstrip(".")
    names = names_line(line) if len(line) <= 80 else []
    if not names and len(sides := line.split(" - ")) == 2:
        # "Hoàng Phương - Võ Thạnh": two writers under the story, a dash between them (a name
        # and an outlet or a place, "Ana Souza - Recife", are not two known names).
        names = sides if all(is_name(n) and has_given_name(n) for n in sides) else []
    if cased and not all(is_name(name) for name in names):
        return []
    rest = line
    for name in names:
        rest = rest.replace(name, " ")
    if alone and not has_and(rest) and rest.strip(" ,&-"):
        return []  # "Jane Doe | The Example Times": a credit line, not a name alone
    return names if names and all(is_person(n) and not is_place(n) for n in names) else []


def _is_role(line: str) -> bool:
    """The signer's role or organisation under the name ("CEO, Prairie Hearth Credit Union",
    "pour le conseil d'administration"), not a sentence."""
    return is_role_line(line) or (
        0 < zones.word_count(line) <= ROLE_WORDS
        and not zones.is_sentence(line)
        and zones.clutter_of(line) is None
    )


def _opens_with(paragraph: str, names: list[str]) -> bool:
    return any(paragraph.startswith(name) for name in names) and len(paragraph) <= MAX_BIO


def _labelled(line: str) -> bool:
    """A byline with its label and colon ("Autorin: Friederike Balzer", "Text: Jan Novák"):
    the author wherever the footer gives it; a bare "By X" there may be a comment's."""
    match = BYLINE.match(line)
    return bool(match and match["by"]) and line[match.end("by") :].lstrip()[:1] in (":", "：")


def _take(names: list[str], blocks: list[str], draft: Draft, *, dropped: bool) -> None:
    """Record the names; the blocks go as the author's bio unless they stay where they are
    (in the body, or in the trailer dropped with it)."""
    from tearsheet.recognise import excerpt

    source = (draft.source or "").casefold()
    if source and any(source in name.casefold().split() for name in names):
        return  # "Theo TTXVN" under the story: the agency's credit ("according to"), read
    if all(agencies := [agency_of(name) for name in names]):
        # "Autor: ČTK", "Text: dpa" under a story: the agency wrote it, it is the source.
        for agency in agencies:
            draft.credit_agency(agency, f"the closing lines {excerpt(blocks[0])}")
    else:
        draft.byline.extend(names)
        draft.recognised.append(f"byline from the closing lines {excerpt(blocks[0])}")
    if not dropped:
        draft.stripped.append(f"author bio: {len(blocks)} block(s) from {excerpt(blocks[0])}")
        draft.removed.extend(("author bio", block) for block in blocks)
