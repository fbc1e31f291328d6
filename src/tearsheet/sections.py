"""A story's own sections after its prose run: a subheading over sentences, a lead-in over
list items, a recipe's quantities, a chronology, a match's facts (tearsheet.trailer keeps
them with the body; a box of the page's under the story holds a sentence or two)."""

from __future__ import annotations

import re

from tearsheet.factboxes import facts_end
from tearsheet.furniturewords import TRAILER_WORDS
from tearsheet.zones import (
    LABEL_WORDS,
    LIST_MARK,
    TEASER_LENGTH,
    clutter_of,
    is_prose,
    is_rights_line,
    is_sentence,
    text_length,
    words_of,
)

# A list the article closes with (tour dates, results): its items share a separator.
LIST_SEPARATORS = (" -- ", " – ", " — ", " - ", " @ ", " | ")
CLOSING_LIST_ITEMS = 3
LIST_ITEM_LENGTH = 160
# The article's own list running on to a trailer marker has at least this many lines.
PARAGRAPH_LIST = 10
# A section of the story after its prose run holds at least this many items.
SECTION_ITEMS = 3
# A list's lead-in is a sentence of at least this many words ("Die Ämter raten:").
LEAD_IN_WORDS = 3


def heads_prose(blocks: list[str], index: int) -> bool:
    """A subheading: a few words, no sentence, right over a paragraph of prose."""
    following = blocks[index + 1] if index + 1 < len(blocks) else ""
    return (
        not is_sentence(blocks[index])
        and len(words_of(blocks[index])) <= LABEL_WORDS * 2
        and is_prose(following)
    )


# A labelled line: up to three words (or a score's side, "2 - Atlético"), then a colon.
_LABELLED = re.compile(r"[^:：\s]{1,25}+(?:\s[^:：\s]{1,25}+){0,2}+[:：]\s")


def runs_on(blocks: list[str], index: int, run: int) -> bool:
    """``run`` sentences of prose right under the line at ``index``, and a sentence of the
    story over it: a subheading inside the story, not a box's label after it."""
    under = blocks[index + 1 : index + 1 + run]
    return (
        index > 0
        and is_sentence(blocks[index - 1])
        and len(under) == run
        # (A match's facts under "Ficha técnica" are labelled lines: "Árbitro: Soto Grado.")
        and all(
            is_prose(b) and is_sentence(b) and clutter_of(b) is None and not _LABELLED.match(b)
            for b in under
        )
    )


# An entry of a chronology: "1974 Devient photographe indépendante", "4 juin 1937 Naissance
# à Tourcoing" (a year, perhaps after its day and month, then words).
_TIMELINE_ENTRY = re.compile(r"(?:\d{1,2}\.?\s[^\W\d]{3,12}+\s)?\d{4}\s(?:[^\W\d_]|[«\"“„])")


def _is_item(line: str) -> bool:
    """A list item: a bulleted or numbered line, a short sentence, or a label and its value
    ("RAM: 16 GB", "Prix : 1 299 €"), as a review's specifications list them."""
    # "снижение ключевой ставки;": an item of a list written as one sentence ends in a
    # semicolon or a comma.
    short = len(line) <= TEASER_LENGTH
    listed = line.rstrip().endswith((";", "；")) and len(words_of(line)) > 1
    dated = _TIMELINE_ENTRY.match(line) is not None
    paired = _is_pair(line)
    return bool(LIST_MARK.match(line)) or (
        short and (is_sentence(line) or listed or dated or paired)
    )


# A specification: a label of a few words, a colon, the value ("Layar: 14 inci, 300 nits");
# not a contact line (a telephone number, an address on the web or for mail), nor a row of
# links ("Podeli: Facebook | Viber").
_PAIR = re.compile(r"[^\W\d_][^:：\n]{0,30}?[:：]\s*+\S")
PAIR_LABEL_WORDS = 3
_CONTACT = re.compile(r"@|https?:|www\.|\+?\d[\d ()/.-]{7,}|[|·•]")


def _is_pair(line: str) -> bool:
    pair = _PAIR.match(line)
    return (
        pair is not None
        and len(words_of(pair.group(0))) <= PAIR_LABEL_WORDS + 1
        and _CONTACT.search(line) is None
    )


def _opens_quote(block: str) -> bool:
    """A paragraph of prose that a lead-in introduces: a quotation or a sentence of some
    length, not the page's furniture."""
    return is_prose(block) and clutter_of(block) is None


# A review's heading over its good and bad points, in the languages' words.
_MERITS = re.compile(
    r"(?:pros|cons|the good|the bad|plus(?:punkte)?|minus(?:punkte)?|vorteile|nachteile|"
    r"points forts|points faibles|les plus|les moins|pour|contre|ventajas|desventajas|"
    r"a favor|en contra|pregi|difetti|pro|contro|prós|contras|pontos (?:positivos|negativos)|"
    r"voordelen|nadelen|pluspunten|minpunten|zalety|wady|plusy|minusy|výhody|nevýhody|klady|"
    r"zápory|fördelar|nackdelar|plussat|miinukset|előnyök|hátrányok|avantaje|dezavantaje|"
    r"artıları?|eksileri?|плюсы|минусы|переваги|недоліки|πλεονεκτήματα|μειονεκτήματα|"
    r"kelebihan|kekurangan|ưu điểm|nhược điểm|ข้อดี|ข้อเสีย|優點|缺點|优点|缺点|長所|短所|"
    r"良い点|悪い点|장점|단점|مزايا|عيوب|יתרונות|חסרונות|खूबियां|कमियां)\s*+[:：]?",
    re.IGNORECASE,
)


def section_after(blocks: list[str], index: int) -> int:
    """Past a section of the story that its prose run did not reach: a subheading of a few
    words over sentences, or a lead-in ending in a colon over list items, the section ending
    in a sentence, or a match's facts (tearsheet.factboxes). Returns ``index`` itself when
    the blocks there are no such section."""
    line = " ".join(blocks[index].split())
    if any(word in TRAILER_WORDS for word in words_of(line)):
        return index
    if (facts := facts_end(blocks, index)) > index:
        return facts  # a match's result and scorers under its report
    heading = not is_sentence(line) and 0 < len(words_of(line)) <= LABEL_WORDS * 2
    lead_in = line.endswith((":", "："))
    previous = " ".join(blocks[index - 1].split()) if index else ""
    if _leads_in(previous) and (bare := _bare_list_end(blocks, index)) > index:
        return bare
    if _MERITS.fullmatch(line) and (bare := _bare_list_end(blocks, index + 1)) > index + 1:
        return bare  # a review's "Pros" over its points, "Cons", "Verdict", the verdict
    # "Rúas afectadas:" over the streets, no marks or stops, the notice going on under them:
    # a heading and its colon announce the list as a lead-in does.
    announces = heading and lead_in and clutter_of(line) is None
    if announces and (bare := _bare_list_end(blocks, index + 1)) > index + 1:
        return bare
    if heading and (listed := _quantities_end(blocks, index + 1)) > index + 1:
        # "Ingredientes" over "3 ovos", "1 xícara de óleo" …, the recipe going on under them.
        return listed
    if not (heading or lead_in or (previous.endswith((":", "：")) and LIST_MARK.match(line))):
        return index
    end = index + 1
    if lead_in and not heading and end < len(blocks) and _opens_quote(blocks[end]):
        # "Hasan Demir … anlattı:" over the quotation it introduces: the story goes on.
        return end
    if (
        heading
        and end < len(blocks)
        and blocks[end].rstrip().endswith((":", "："))
        and clutter_of(blocks[end]) is None
    ):
        end += 1  # "Что дальше" / "… среди рисков они называют:" / the items
        if (bare := _bare_list_end(blocks, end)) > end:
            return bare  # the items without marks or stops, the story going on under them
    items = end
    while end < len(blocks) and clutter_of(blocks[end]) is None and _is_item(blocks[end]):
        end += 1
    # The section holds a list (an "About us" or "Tips" box under the story holds a
    # sentence or two), and a sentence closes it or the story's prose goes on under it.
    closed = is_sentence(blocks[end - 1]) or (end < len(blocks) and is_prose(blocks[end]))
    # A list right over the trailer's marker ("Lisätietoja:", "Related articles") ends there.
    marker = clutter_of(blocks[end]) if end < len(blocks) else None
    # The post's tags under the list ("Ämnen i artikeln", "বিষয়:"): the story ended there.
    closed = closed or (marker is not None and (marker.marks_trailer or marker.name == "tags line"))
    # A marked list under a heading of the story's own ("L'ordine d'arrivo" over "1. …"),
    # a box of the page's right under it ("LEGGI ANCHE"), the story going on below.
    closed = closed or (
        marker is not None and clutter_of(line) is None and _listed(blocks[items:end])
    )
    # A chronology under its heading ("… en quelques dates") ends on its last entry.
    closed = closed or all(_TIMELINE_ENTRY.match(b) for b in blocks[items:end])
    # The story goes on under a teaser or an advertisement's label under the list, or under
    # its next subheading (a review's specifications, "Publicidad", "Una pantalla que …").
    resumes = _resumes_under(blocks, end)
    if resumes > end and not _listed(blocks[items:end]):
        resumes = -1  # a box's teasers ("También te recomendamos") over the next section
    if end - items < SECTION_ITEMS or not (closed or resumes >= end):
        return index
    return max(end, resumes)


def _listed(items: list[str]) -> bool:
    """Items that are a list's by their form: each marked ("- …", "1. …"), or each a label
    and its value ("Peso: 198 gramos"), as a box's teasers are not."""
    return all(LIST_MARK.match(item) for item in items) or all(map(_is_pair, items))


# Clutter between a section and the story going on under it: a teaser line, an ad's label.
INSIDE_CLUTTER = 2


def _resumes_under(blocks: list[str], end: int) -> int:
    """Where the story's prose goes on under a line or two of clutter that ends nothing
    ("Baca juga: …", "Advertisement") right under the section, or under the next section's
    subheading: past that subheading (the clutter left to its rules), or ``end`` when it
    goes on after clutter; -1 when the story does not go on there."""
    after = end
    while after < min(len(blocks), end + INSIDE_CLUTTER):
        found = clutter_of(blocks[after])
        if found is None or found.marks_trailer:
            break
        after += 1
    if after >= len(blocks):
        return -1
    if after > end and _opens_quote(blocks[after]):
        return end
    if heads_prose(blocks, after) and clutter_of(blocks[after]) is None:
        return after + 1
    return -1


def _leads_in(line: str) -> bool:
    """A sentence of the story that announces a list ("Die Ämter raten:"), not a box's label
    ("Mehr zum Thema:"): words enough, and no clutter."""
    return (
        line.endswith((":", "："))
        and len(words_of(line)) >= LEAD_IN_WORDS
        and clutter_of(line) is None
    )


def _bare_list_end(blocks: list[str], index: int) -> int:
    """Past the items of a list written without marks or stops under its lead-in ("den
    Mietvertrag mitschicken", "bei Rückfragen antworten"), when the story's prose goes on
    under them; ``index`` itself otherwise (a box's teaser headlines are followed by more
    teasers or the footer, not by the story)."""
    end = index
    while (
        end < len(blocks)
        and not is_sentence(blocks[end])
        and 0 < text_length(blocks[end]) <= TEASER_LENGTH
        and clutter_of(blocks[end]) is None
    ):
        end += 1
    if (
        end - index >= SECTION_ITEMS - 1
        and end < len(blocks)
        and all(blocks[i].rstrip().endswith((",", ";")) for i in range(index, end))
        and text_length(blocks[end]) <= TEASER_LENGTH
        and blocks[end].rstrip().endswith(".")
    ):
        end += 1  # "juha od bundeve (6 eura)," … "čokoladni fondant (7 eura).": one sentence
    # (The page's © line under a box's links is no story going on.)
    resumes = (
        end < len(blocks)
        and is_prose(blocks[end])
        and clutter_of(blocks[end]) is None
        and not is_rights_line(blocks[end])
        and not _RIGHTS_FIRST.match(blocks[end])
    )
    return end if end - index >= SECTION_ITEMS and resumes else index


# A line opening with the rights mark ("© Copyright 2026 Hürriyet …"), in any language.
_RIGHTS_FIRST = re.compile(r"(?i)[*_\s]{0,3}+(?:©|\(c\)\s|copyright\b)")


# A recipe's ingredient: a quantity first ("3 ovos", "½ cup sugar", "200 g Mehl").
_QUANTITY = re.compile(r"[\d½¼¾⅓⅔⅛]")


def _quantities_end(blocks: list[str], index: int) -> int:
    """Past a list of quantities under a heading (a recipe's ingredients, each line
    opening with a number), when the story's prose goes on under it (after a heading of
    its own, "Modo de preparo"); ``index`` itself otherwise."""
    end = index
    while (
        end < len(blocks)
        and _QUANTITY.match(blocks[end].lstrip("-*• "))
        and not is_sentence(blocks[end])
        and 0 < text_length(blocks[end]) <= TEASER_LENGTH
        and clutter_of(blocks[end]) is None
    ):
        end += 1
    if end - index < SECTION_ITEMS:
        return index
    after = end + 1 if end < len(blocks) and heads_prose(blocks, end) else end
    resumes = after < len(blocks) and is_prose(blocks[after]) and clutter_of(blocks[after]) is None
    return after if resumes else index


def list_under(blocks: list[str], groups: list[int], lead: int) -> int | None:
    """Where a list the article closes with ends: ``blocks[lead]`` is a lead-in ("Tour
    dates:", "The Doobie Brothers Tour Dates") and three or more lines of one stack follow it,
    each parted by the same separator ("June 9 -- Coral Sky Amphitheatre, West Palm Beach",
    "June 10 -- ..."): a table or list copied as text. None when there is none."""
    if lead + CLOSING_LIST_ITEMS >= len(blocks) or clutter_of(blocks[lead]) is not None:
        return None
    if len(blocks[lead]) > TEASER_LENGTH or blocks[lead].endswith((".", "!", "?")):
        return None
    first = blocks[lead + 1]
    separator = next((mark for mark in LIST_SEPARATORS if mark in first), None)
    if separator is None:
        return None
    end = lead + 1
    while (
        end < len(blocks)
        and groups[end] == groups[lead + 1]
        and separator in blocks[end]
        and len(blocks[end]) <= LIST_ITEM_LENGTH
        and clutter_of(blocks[end]) is None
    ):
        end += 1
    return end if end - lead - 1 >= CLOSING_LIST_ITEMS else None


def paragraphs_to_marker(blocks: list[str], groups: list[int], start: int) -> int | None:
    """Where the article's own list ends when it runs on after the prose to a trailer
    marker ("Related Articles"): PARAGRAPH_LIST or more lines, each a paragraph of its own
    (a menu or a tag list is a stack of lines), none of them clutter. A recipe, a meal plan,
    a programme: the lines are short, so they do not read as prose."""

    def alone(index: int) -> bool:
        return all(
            0 <= other < len(groups) and groups[other] != groups[index]
            for other in (index - 1, index + 1)
        )

    end = start
    while end < len(blocks) and alone(end) and clutter_of(blocks[end]) is None:
        end += 1
    if end - start < PARAGRAPH_LIST or end >= len(blocks):
        return None
    found = clutter_of(blocks[end])
    return end if found is not None and found.marks_trailer else None
