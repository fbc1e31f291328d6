"""A whole copied page's headline: the title-like line over the header, found under menus,
breadcrumbs and rows of buttons, and the bare bylines of names near it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from tearsheet import zones
from tearsheet.agencies import agency_of
from tearsheet.breadcrumbs import is_breadcrumb as is_breadcrumb
from tearsheet.bylines import BYLINE, byline_names, has_and, name_before_role
from tearsheet.bylinetails import name_with_sources
from tearsheet.consent import is_banner_title
from tearsheet.desklines import is_desk_line
from tearsheet.gluedlines import glued_headline
from tearsheet.labelpairs import is_details_row, label_pair_at, labelled_writer
from tearsheet.masthead import is_logo_text
from tearsheet.namelines import glued_and, is_capitals_name, is_credited_name
from tearsheet.organisations import is_company_name
from tearsheet.personnames import (
    confirms_byline,
    has_given_name,
    is_outlet,
    is_person,
    is_place,
    is_place_line,
    is_role_line,
    is_uncased_name,
)
from tearsheet.photocredits import is_bare_credit
from tearsheet.recognise import Draft, excerpt, header_part, is_name
from tearsheet.textlanguage import main_script
from tearsheet.timelines import is_comma_times

# A kicker (section label) over a longer line, and a button's part, are at most this long.
KICKER_WORDS = 4
# Where or for whom the writer filed, bracketed: "Ann Lee (à Lens)", "Ilze Kalniņa (LR), LSM.lv".
_FILED_IN = re.compile(
    r"(?<!\s)\s*+\((?:[a-zà-ÿ]{1,5}\s[A-ZÀ-Ý][^()]{1,40}+\)$|[A-ZÀ-Ý][^()]{1,40}+\)(?=,))"
)
# A social handle after the writer's name: "Jane Doe @janedoe", "Jane Doe (@janedoe)".
_HANDLE = re.compile(r"(?<=\S)\s++\(?@\w{2,30}+\)?$")
# A comma in the languages' scripts.
_COMMA = re.compile(r"[,،、，]")
# A line of several names without a "By" is at most this long.
NAMES_LENGTH = 80
# How far above the prose a copied page's headline may be.
PAGE_HEADLINE_REACH = 8
# The headline stands at most this many lines over the writer's name under it.
NAME_OVER = 3
# A headline over two deks: three title lines of at least DEK_RUN_WORDS words each.
DEK_RUN = 3
DEK_RUN_WORDS = 10
# A label at most LABEL_REACH lines over the byline; the headline this many times as long.
HEADLINE_OVER_LABEL = 3
LABEL_REACH = 2
# ... and at most this many lines (a time, buttons) over the byline under it.
BYLINE_OVER = 4
# The page's script is told from this many blocks of its prose.
SCRIPT_SAMPLE = 5

# The parts of a header line: "Ruth Adeyemi | February 11, 2022 | 3 min read".
HEADER_SEPARATOR = re.compile(r"(?<!\s)\s++[|·•—–]\s+")
# A button to keep the article for later, alone on its line in a page's header ("Share /
# Save", "Teilen / Merken"): the page's, however short.
_SAVE_BUTTONS = frozenset(
    """save bookmark speichern merken guardar enregistrer sauvegarder salva salvar opslaan
    bewaren zapisz gem spara lagre tallenna uložit uložiť mentés kaydet salvează 保存
    저장 сохранить зберегти""".split()
) | frozenset({"save article", "save for later", "save story", "add to list", "read later"})


def names_line(line: str) -> list[str]:
    """The names of a bare byline: one name ("Ann Lee"), or several joined as the language
    joins them ("Dana Whitcomb and Luis Ortega"); [] for any other line."""
    line = _HANDLE.sub("", line)  # "Jane Doe @janedoe": the writer's social handle beside
    line = _FILED_IN.sub("", line)
    if is_logo_text(line) or is_place_line(line) or ":" in line or BYLINE.match(line):
        # "South East", "New York": a section of the site or a place; a label; a byline with
        # its "By" ("By AFP" credits the agency) is read as one, not as a bare name.
        return []
    if is_name(line) or is_uncased_name(line) or is_capitals_name(line):
        return [line]
    if (pair := glued_and(line)) is not None:
        return pair  # "אסף לוי ויהודית כהן", "محمد علي وأحمد حسن"
    if (name := name_with_sources(line)) is not None:
        return [name]  # "Tomas Kazlauskas, LRT.lt, BNS"
    if (name := name_before_role(line)) and name != line:
        return [name]  # "Helena Marsh Energy correspondent"
    parts = HEADER_SEPARATOR.split(line)
    if len(parts) == 1 and " - " in line:
        parts = line.split(" - ")  # "أحمد علي - مراسل"
    named = len(parts) == 2 and (is_name(parts[0]) or is_uncased_name(parts[0]))
    if named and (is_outlet(parts[1]) or is_role_line(parts[1])):
        return [parts[0]]  # "Itzel Cruz Santiago | El Heraldo de Oaxaca", "علی رضایی - خبرنگار"
    last = parts[-1] if len(parts) == 2 and len(parts[-1].split()) > 1 else ""
    if not named and (has_given_name(last) or is_uncased_name(last)) and is_outlet(parts[0]):
        return [last] if is_person(last) else []  # "هسبريس - يوسف الإدريسي"
    names = byline_names(line) if len(line) <= NAMES_LENGTH else []
    # "Gemma Rhys, BBC News", "Sunil Sharma, New Delhi": the desk or place after the name.
    names = [n for at, n in enumerate(names) if is_person(n) and not (at and is_place(n))]
    cased = all(is_name(name) for name in names)
    if len(names) > 1 and _COMMA.search(line) and not has_and(line) and not cased:
        # "सुनील शर्मा, जयपुर", "राजेश कुमार, नई दिल्ली": the place or outlet after the name
        # (in a script without capitals, told from a co-author only by the language's "and";
        # in one with capitals, "Алексей Громов, Дарья Сотникова" are two writers).
        names = names[:1]
    if len(names) == 1 and not is_credited_name(line, names[0]):
        return []  # "Nick Suzuki a inscrit le but gagnant.", "New York, NY"
    if _title_cased_clauses(names):
        return []  # "Kelas Menengah Menahan Belanja, Ekonomi Kehilangan Mesin Utamanya"
    named = all((is_name(n) or is_uncased_name(n)) and is_person(n) for n in names)
    return names if names and named else []


# Two or more "names" of this many words each, none of them a known given name, are a
# headline's clauses in title case, not writers.
CLAUSE_WORDS = 4


def _title_cased_clauses(names: list[str]) -> bool:
    """ "Kelas Menengah Menahan Belanja, Ekonomi Kehilangan Mesin Utamanya": several
    capitalised runs of four words or more, no known given name at either end of any."""
    return (
        len(names) > 1
        and all(len(name.split()) >= CLAUSE_WORDS and is_name(name) for name in names)
        and not any(has_given_name(name) for name in names)
    )


def find_headline(
    blocks: list[str], top: int, body: int, lang: str | None = None, prose: int = 0
) -> int:
    """On a copied whole page: the headline is the nearest title-like block above the body
    (a few words, no full stop, not a date or a label); the page's menus are above it. With
    none there, the first under the body's date line and over the ``prose``."""

    # The body's script is read once, when a line in Latin letters asks (a menu of many
    # lines read it again for each of them).
    page_script = functools.cache(lambda: main_script(blocks[body : body + SCRIPT_SAMPLE]))

    def title(index: int) -> bool:
        return (
            index >= top
            and _is_title(blocks[index], lang)
            and label_pair_at(blocks, index) is None
            and not is_details_row(blocks, index)
            and not _is_foreign(blocks[index], page_script)
            and not _is_credited_caption(blocks, index, lang)
            and not _is_caption(blocks[index])
            and not is_banner_title(blocks, index)
            # A photo's alternative text and its caption, the credit between ("… / ANP / …").
            and not _around_credit(blocks, index, top)
        )

    for index in range(body - 1, max(top, body - PAGE_HEADLINE_REACH) - 1, -1):
        if index == body - 1 and index > top and is_company_name(blocks[index]):
            continue  # "株式会社ミナトフーズ" over a release's date: its issuer, no headline
        glued = glued_headline(blocks[index], lang) if index >= top else None
        if glued is not None and _is_title(glued[0], lang) and over_date(blocks, index, lang):
            return index  # the headline and its dek or caption pasted as one line
        if title(index) and _in_related_box(blocks, index, top):
            # "Mehr zum Thema / <another article's title> / Von Anna Clauß": a teaser in the
            # story; the headline is the first title over a byline or date under the menus.
            return next((i for i in range(top, index) if _over_header(blocks, i, title)), index)
        if title(index):
            if (over := _headline_over(blocks, index, top, title)) is not None:
                return over
            if names_line(blocks[index - 1]) or _signs_header(blocks[index - 1], lang):
                if is_desk_line(blocks[index], lang):
                    continue  # "Marta Rial Otero / VIGO / LA VOZ": the writer's desk, no dek
                # "<headline> / Rachel Hume / <dek> / <date>": the writer between the two;
                # "<headline> / Tribune / Claire Vasseur / Directrice des ressources
                # humaines / <dek>": under the name, the writer's role, shorter than the
                # headline over it (a section's word may stand between).
                over = next(
                    (i for i in range(index - 2, index - 2 - NAME_OVER, -1) if title(i)), None
                )
                if over is not None and (
                    over == index - 2 or len(blocks[over]) > len(blocks[index])
                ):
                    return over
            # A dek under its headline is the longer of two title lines in a row (of two alike,
            # the first is the headline); a line with its own dek under it (a sentence) is
            # the headline, a label over it.
            if (
                title(index - 1)
                and not is_breadcrumb(blocks[index - 1])
                and len(blocks[index - 1]) <= len(blocks[index])
                and not _has_dek(blocks, index, body)
            ):
                return index - 1
            return _top_of_deks(blocks, index, title)
    if body < len(blocks) and _is_title(blocks[body]) and not zones.is_prose(blocks[body]):
        return body  # no title over the prose: its first line, a headline, opens it
    # mbl.is's "Innlent | mbl.is | 9.2.2026" and a column's card (writer, role, date) over it.
    under = range(body + 1, min(prose + 1, len(blocks)))
    under = (i for i in under if zones.clutter_of(blocks[i]) is None)
    return next((i for i in under if title(i)), top)


def _signs_header(line: str, lang: str | None) -> bool:
    """A header line opening with the writer's name, a date beside it ("Sander Veltman,
    sportverslaggever • zaterdag 6 december 2025, 23:48 • Aangepast …")."""
    parts = HEADER_SEPARATOR.split(line)
    trial = Draft(lang=lang)
    return (
        len(parts) > 1
        and bool(names_line(parts[0]))
        and any(header_part(part, trial) and trial.date is not None for part in parts[1:])
    )


# A sentence's end inside a line: "Ferreiro celebra el 2-1 ante la grada. LaLiga".
_INNER_STOP = re.compile(r"[.!?。](?=\s++\S)")


def _top_of_deks(blocks: list[str], index: int, title: Callable[[int], bool]) -> int:
    """The headline over two deks ("<headline> / <dek> / <dek> / 15/04/2025", as ministries
    print their releases): the top of a run of DEK_RUN title lines of a headline's length
    each, the line over it shorter (a label or a menu's item)."""
    run = [index]
    while len(run) < DEK_RUN and title(run[-1] - 1) and _long_title(blocks[run[-1] - 1]):
        run.append(run[-1] - 1)
    if len(run) < DEK_RUN or not all(_long_title(blocks[at]) for at in run):
        return index
    return run[-1] if not _long_title(blocks[run[-1] - 1]) else index


def _long_title(line: str) -> bool:
    return zones.word_count(line) >= DEK_RUN_WORDS


def _headline_over_label(
    blocks: list[str], index: int, top: int, title: Callable[[int], bool]
) -> int | None:
    """A few words over the byline, a headline of HEADLINE_OVER_LABEL times their length a
    line or two over them with only a word between ("« Les Héritiers du phare », sur Arte :
    une saga bretonne … / TTT / On aime beaucoup / <byline>"): a review's rating or a
    label, and the headline over it."""
    if zones.word_count(blocks[index]) > KICKER_WORDS:
        return None
    for over in range(index - 1, max(top, index - 1 - LABEL_REACH) - 1, -1):
        if title(over):
            long_enough = len(blocks[over]) >= HEADLINE_OVER_LABEL * len(blocks[index])
            return over if long_enough and over < index - 1 else None
        if zones.word_count(blocks[over]) > 1:
            return None
    return None


def _has_dek(blocks: list[str], index: int, body: int) -> bool:
    """A sentence longer than the line stands right under it, over the body: its dek
    ("Türkiye Sigorta Basketbol Süper Ligi / Tofaş, Pınar Karşıyaka'yı uzatmada devirdi /
    <dek> / Kaynak: DHA / <date>")."""
    under = index + 1
    return (
        under < body
        and zones.is_sentence(blocks[under])
        and len(blocks[under]) > len(blocks[index])
        and zones.clutter_of(blocks[under]) is None
    )


def _headline_over(
    blocks: list[str], index: int, top: int, title: Callable[[int], bool]
) -> int | None:
    """The headline over a title-like line right over the prose that is a photo's caption:
    over its dek ("<headline> / <dek> / <caption> / <byline>"), or over the byline with short
    lines (a desk, a picture's credit) between ("<headline> / 2 hours ago / Share / <names> /
    BBC News, Glasgow / PA Media / <caption>"). A headline stands over its dek and byline,
    never under them. None when no such line stands there."""
    dek = index - 1
    if (
        dek - 1 >= top
        and zones.is_sentence(blocks[dek])
        and zones.clutter_of(blocks[dek]) is None
        and len(blocks[dek]) > max(len(blocks[dek - 1]), len(blocks[index]))
        # The caption is the shortest of the three, or a sentence and its credit after it.
        and (len(blocks[dek - 1]) > len(blocks[index]) or _INNER_STOP.search(blocks[index]))
        and title(dek - 1)
    ):
        return dek - 1
    if (over := _headline_over_label(blocks, index, top, title)) is not None:
        return over
    name = next(
        (
            at
            for at in range(index - 1, max(top, index - 1 - NAME_OVER) - 1, -1)
            if names_line(blocks[at]) or zones.word_count(blocks[at]) > KICKER_WORDS
        ),
        None,
    )
    if name is None or name == index - 1 or not names_line(blocks[name]):
        return None  # right under the name, the case find_headline reads itself
    over = next(
        (
            at
            for at in range(name - 1, max(top, name - 1 - BYLINE_OVER) - 1, -1)
            if title(at) or zones.word_count(blocks[at]) > KICKER_WORDS
        ),
        None,
    )
    if over is None or not title(over) or len(blocks[over]) <= len(blocks[index]):
        return None
    return over


def _in_related_box(blocks: list[str], index: int, top: int) -> bool:
    """The line stands right under the label of a box of other articles ("Mehr zum Thema",
    "Read more", "Lire aussi")."""
    return index - 1 >= top and zones.is_box_label(blocks[index - 1], paid=False)


def over_date(blocks: list[str], index: int, lang: str | None) -> bool:
    """A date or byline right under the line, in one of its parts ("Vigo / La Voz
    22/06/2026 05:00 h", "By Tom Brekke")."""
    following = blocks[index + 1] if index + 1 < len(blocks) else ""
    parts = [*HEADER_SEPARATOR.split(following), *following.split(" / ")]
    return any(header_part(part, Draft(lang=lang)) for part in parts if part)


def _over_header(blocks: list[str], index: int, title: Callable[[int], bool]) -> bool:
    """A title line with a byline or date line at most two lines under it."""
    return title(index) and any(
        header_part(blocks[i], Draft()) for i in range(index + 1, min(len(blocks), index + 4))
    )


def is_foreign_path(line: str, page: list[str]) -> bool:
    """ "Hindi News Local Mp Indore" over a Hindi page's headline: a line in Latin letters
    on a page in another script is the site's path in English, not the article's headline."""
    return _is_foreign(line, lambda: main_script(page))


def _is_foreign(line: str, page_script: Callable[[], str | None]) -> bool:
    """The line is in Latin letters and the page (its script read only then) in another."""
    return main_script([line]) == "LATIN" and page_script() not in ("LATIN", None)


def same_script(line: str, other: str) -> bool:
    """Most letters of both lines are of one script: a line does not wrap into another."""
    return main_script([line]) == main_script([other])


def _is_title(line: str, lang: str | None = None) -> bool:
    """A few words, no full stop, not a date, a name, a label or a row of buttons."""
    # A dash or a bullet between words is no word: "الرياض - واس", "PARIS – AFP" (a wire's
    # place and agency) are two.
    marks = sum(1 for part in line.split() if not any(char.isalnum() for char in part))
    return (
        3 <= zones.word_count(line) - marks <= 25
        and len(line) <= 200
        and not line.endswith((".", ":", "："))  # a sentence, a list's lead-in
        and zones.clutter_of(line) is None
        and not header_part(line, Draft(lang=lang))
        and not names_line(line)
        and not is_role_line(line)
        and not is_button_row(line)
        and not is_comma_times(line, lang)
    )


def _is_caption(line: str) -> bool:
    """A photo's caption with its credit ("… al mar. / Lobo Altuna", "… de Guixar.
    M.MORALEJO", "… (Foto: dpa)"): never the headline."""
    from tearsheet.underheadlines import is_capitals_credited, is_caption

    return is_caption(line) or is_capitals_credited(line)


def _is_credited_caption(blocks: list[str], index: int, lang: str | None) -> bool:
    """ "Aangepast vandaag, 09:40 / Werkzaamheden aan de Lekdijk / ANP / <byline>": a line
    under the date with a picture agency's initials under it is the photo's caption, not
    the headline (which stands over the date); a button's word or two may stand between
    ("<date> / Delen / <caption> / ANP"). A labelled credit does as well ("Źródło zdjęcia
    głównego: KM PSP w Łodzi")."""
    from tearsheet.slashcredit import is_credit_word

    under = blocks[index + 1].strip() if index + 1 < len(blocks) else ""
    found = zones.clutter_of(" ".join(under.split())) if under else None
    labelled = found is not None and found.name in ("photo caption", "credit mark")
    if not under or not (is_credit_word(under) or labelled):
        return False
    over = index - 1
    while over > 0 and over >= index - 2 and zones.word_count(blocks[over]) == 1:
        over -= 1
    return over >= 0 and header_part(blocks[over], Draft(lang=lang))


def is_button_row(line: str) -> bool:
    """Short parts parted by a separator ("Listen to this article · 6:42 min Learn more",
    "Share • Save • Print"): a row of buttons and counters, not a headline."""
    if " ".join(line.split()).casefold() in _SAVE_BUTTONS:
        return True
    parts = HEADER_SEPARATOR.split(line)
    if len(parts) == 2 and re.search(r"\s[—–]\s", line):
        return False  # "Nyhetsbrev fra styret – mars 2026": a title and its issue
    short = len(parts) > 1 and all(zones.word_count(part) <= KICKER_WORDS for part in parts)
    return short and not names_line(line)  # "Itzel Cruz Santiago | El Heraldo de Oaxaca"


def read_name_in_gap(blocks: list[str], index: int, draft: Draft) -> bool:
    """A name line between a copied page's headline block and its prose, under the dek or
    beside the photo: the byline when none was read, if what stands beside it confirms it
    (an outlet or a role on its line, "Олена Кравчук — Українська правда"; a role, an
    e-mail address or a date under it, "Elin Bergqvist" / "elin.bergqvist@vlt.se") or the
    page names the writer again (an author box, a bio, "© 2025 Harriet Okonedo"). A bare
    name alone may be an interviewee's, a tag's or a photographer's."""
    line = blocks[index]
    writer = labelled_writer(blocks, index)
    names = [] if draft.byline else (names_line(writer) if writer else []) or names_line(line)
    if not names or not all(is_person(name) for name in names):
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else ""
    previous = blocks[index - 1] if index else ""
    confirmed = (
        names != [line]
        or confirms_byline(following)
        or _is_date_line(following, draft)
        or (_is_date_line(previous, draft) and zones.is_prose(following))
        or named_again(blocks, index, names)
        or _stranger(blocks, index, names)
    )
    # The name the headline holds, bare under the date, is its subject's (the photo's
    # caption of the dead in an obituary: "Writer Sharada Ramaiah dies" / "Sharada Ramaiah").
    # A mail's sender line read for the headline so far names its writer, not a subject.
    headline = draft.headline or ""
    subject = names == [line] and line in headline and "@" not in headline
    if not confirmed or (subject and not confirms_byline(following)):
        return False
    from tearsheet.headernames import name_text

    draft.byline.extend(name_text(name) for name in names)  # "Gwénaëlle Le Bihan."
    draft.recognised.append(f"byline from the name line {excerpt(line)} over the article")
    return True


def _is_date_line(line: str, draft: Draft) -> bool:
    """A date line ("May 18", "14.03.2026 | 06:00"): what stands under a writer's name (a
    button under a name does not tell a writer from a teaser's or a tag's name)."""
    parts = HEADER_SEPARATOR.split(line) if line else []
    trial = Draft(lang=draft.lang)
    return bool(parts) and all(header_part(part, trial) for part in parts)


def named_again(blocks: list[str], index: int, names: list[str]) -> bool:
    """Whether another block is the writer's name alone (an author box under the story) or a
    copyright line naming them ("© 2025 Harriet Okonedo"); a caption or a headline opening
    with the name is about an interviewee ("Ірина Мельник у майстерні…"), and a credit
    ending in it ("Foto: Kuba Atys") is the photographer's."""
    for number, block in enumerate(blocks):
        if number == index:
            continue
        copyright_line = block.lstrip().startswith(("©", "(c)", "(C)", "Copyright"))
        if any(block == name or (copyright_line and name in block) for name in names):
            return True
    return False


def _stranger(blocks: list[str], index: int, names: list[str]) -> bool:
    """A person's name (a known given name, in a script with capitals) that the page gives
    nowhere else, not even the surname: the writer's, not an interviewee's or a tag's, whom
    the story names."""
    if not all(is_name(name) and has_given_name(name) for name in names):
        return False
    surnames = [name.split()[-1] for name in names]
    return not any(
        surname in block
        for number, block in enumerate(blocks)
        if number != index
        for surname in surnames
    )


def is_kicker(line: str) -> bool:
    """A few words not ended as a sentence: a section's label over a headline."""
    return zones.word_count(line) <= KICKER_WORDS and line[-1:] not in ".!?:。！？："


def drop_blocks(blocks: list[str], name: str, draft: Draft) -> None:
    """Blocks left out of the article, noted under the rule's name."""
    if blocks:
        draft.stripped.append(f"{name}: {len(blocks)} block(s) from {excerpt(blocks[0])}")
        draft.removed.extend((name, block) for block in blocks)


def _around_credit(blocks: list[str], index: int, top: int) -> bool:
    """The line again two lines over or under it, a photo's credit between ("… / ANP /
    …"); a headline printed twice has the site's name between, if anything."""
    line = blocks[index]
    near = [blocks[at] if top <= at < len(blocks) else "" for at in range(index - 2, index + 3)]
    return any(
        line == near[end] and (is_bare_credit(near[mid]) or agency_of(near[mid]) is not None)
        for end, mid in ((0, 1), (4, 3))
    )
