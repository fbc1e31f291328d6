"""The body's paragraphs cleaned: clutter lines, cookie notices, captions, the lines over the
story (the writer's notes: tearsheet.writernotes)."""

from __future__ import annotations

import re
from collections import Counter

from tearsheet import zones
from tearsheet.bylines import BYLINE
from tearsheet.contentslists import drop_contents_list
from tearsheet.credits import credit_from_tail
from tearsheet.entrymarks import is_live_entry, opens_entry
from tearsheet.headblock import KICKER_WORDS
from tearsheet.recognise import Draft, excerpt, is_person
from tearsheet.relatedboxes import is_teaser_date, prose_under_box, related_boxes
from tearsheet.titlecase import capitalises_nouns, title_cased
from tearsheet.writernotes import drop_bio as drop_bio

# The label a press release carries alone on its line ("Comunicat de presă" under the date,
# over the text); over the headline it is the kicker (tearsheet.headblock).
PRESS_LABEL = re.compile(
    r"(?:for immediate release|press release|news release|media release|pressemitteilung|"
    r"communiqué de presse|comunicado de prensa|nota de prensa|comunicato stampa|"
    r"comunicado de imprensa|persbericht|informacja prasowa|tiskov[áé] zpráva|"
    r"tlačová správa|pressmeddelande|pressemeddelelse|pressemelding|tiedote|"
    r"sajtóközlemény|comunicat de presă|basın (?:bülteni|açıklaması)|δελτίο τύπου|"
    r"пресс-релиз|прес-реліз|siaran pers)[:.]?",
    re.IGNORECASE,
)
# A "Read also" box holds at most this many teasers.
TEASER_REACH = 3
# A subheading inside the story is at most this many words.
SUBHEADING_WORDS = 12
# A subheading's characters: words and their punctuation, no sentence inside it, no
# markup, no brackets around it ("[Related: …]"); it may ask a question.
_SUBHEADING = re.compile(r"(?![\[(])[^<>{}=|!.?\n]++[?:]?")
# A line that says nothing, between the story's parts: "___" over AP's contributor line,
# "* * *", "---", "•••" (no letter and no digit; "_" is a word's character to \w).
_SEPARATOR = re.compile(r"[^\w\s]*+(?:[_\s][^\w\s]*+)*+")
# A page's placeholder left in the copy, in square brackets alone on its line ("[연합뉴스
# 배너]", "[Anzeige]", "[ Advertisement ]"): a few words, no sentence.
_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,40}+\]")
# A link to a file, its format and size in brackets: "西町二丁目断水区域図（PDF：412KB）",
# "Bebauungsplan (PDF, 1,2 MB)". (Read here, not by the zones: a notice's lines around it
# are its own.)
_FILE_LINK = re.compile(
    r"[^\n]{1,100}?[（(](?i:pdf|docx?|xlsx?|odt)[：:,\s]\s*+\d{1,5}(?:[.,]\d{1,2})?\s?"
    r"(?i:[kmg]i?b)[）)]"
)
PLACEHOLDER_WORDS = 4


def drop_clutter(
    paragraphs: list[str],
    draft: Draft,
    repeated: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
    box_ends: frozenset[str] = frozenset(),
) -> list[str]:
    """Each block that is clutter goes alone; the blocks after it stay. A short line that
    the page repeats ("Article content", "Share") is its furniture; a cookie notice goes
    with the button under it ("Akkoord"); a line set apart from a box's stack of label and
    teasers (``openers``, tearsheet.textblocks.stack_openers) is none of its teasers, and
    the last line of a box's own stack (``box_ends``) is one."""
    listed = drop_contents_list(paragraphs, draft)
    if len(listed) < len(paragraphs):
        # The story's subheadings its contents list named stand once now: no furniture.
        repeated = repeated - set(Counter(paragraphs) - Counter(listed))
        paragraphs = listed
    kept = []
    boxes = related_boxes(paragraphs)
    label = consent = False
    reads = 0  # clutter lines read for a credit so far
    teasers: list[str] = []  # the box's teasers so far
    prose_kept, looked = False, 0  # whether a paragraph of prose is kept, read once each
    boxed = False  # whether the paragraph before is a sign-up box's line
    for index, paragraph in enumerate(paragraphs):
        found = zones.clutter_of(paragraph)
        if found is not None and found.name == "review score":
            while not prose_kept and looked < len(kept):
                prose_kept, looked = zones.is_prose(kept[looked]), looked + 1
            if prose_kept:
                found = None  # "Voto: 8/10" under the review's prose: the review's verdict
        if found is None and not kept and PRESS_LABEL.fullmatch(" ".join(paragraph.split())):
            found = zones.Clutter("press release label")
        if found is None and _SEPARATOR.fullmatch(paragraph.strip()):
            found = zones.Clutter("separator")
        if found is None and _is_placeholder(paragraph):
            found = zones.Clutter("placeholder")
        if found is None and _FILE_LINK.fullmatch(paragraph.strip()):
            found = zones.Clutter("file link")
        if (
            found is None
            and label
            and paragraph not in openers
            and _is_boxed_teaser(paragraph)
            and (paragraph in box_ends or not _ends_box(paragraphs, index, teasers, strict=False))
        ):
            # "Read also" alone on its line: the headline under it is the teaser, and only it.
            found = zones.Clutter("teaser")
        if found is None and index in boxes:
            found = zones.Clutter("related box")  # "Mavzuga oid" / <teaser>, between prose
        if found is None and (
            zones.is_cookie_notice(paragraph) or (consent and is_button(paragraph))
        ):
            found = zones.Clutter("cookie notice")
        if found is None and paragraph in repeated and _between_prose(paragraphs, index):
            found = zones.Clutter("repeated page furniture")
        if (
            found is None
            and boxed
            and len(paragraph) <= SIGN_UP_LINE
            and _opens_sign_up(paragraphs, index + 1)
        ):
            # A subscribe box's line on the newsletter ("Notes from a small bookshop on the
            # Welsh border.") between its sign-up lines.
            found = zones.Clutter("sign-up box")
        boxed = found is not None and found.name in _SIGN_UP and len(paragraph) <= SIGN_UP_LINE
        consent = found is not None and found.name == "cookie notice"
        label = (
            found is not None
            and found.name in zones.BOX_LABELS
            # A "Read more: <teaser>" line holds its teaser; the related box's label holds
            # none however many words it has ("Das könnte Sie auch interessieren", "RELATED
            # STORIES FROM FRESNO BEE", no colon in it).
            and (
                zones.word_count(paragraph) <= KICKER_WORDS
                or found.name == "related articles"
                or paragraph.strip().isupper()
            )
        ) or (label and found is not None and found.name in ("teaser", "list mark"))  # a box
        teasers = [*teasers, paragraph] if label and found and found.name == "teaser" else []
        if found is None:
            kept.append(paragraph)
            continue
        draft.stripped.append(f"{found.name} {excerpt(paragraph)}")
        draft.removed.append((found.name, paragraph))
        if draft.source is None and found.name not in _NAMES_NOBODY and reads < CREDIT_READS:
            reads += 1
            credit_from_tail([paragraph], draft)  # "About Greenfield Foods" names the source
    return kept


# At most this many clutter lines inside the article are read for a credit (each reading
# looks through all that was removed before it); the trailer is read whole afterwards.
CREDIT_READS = 40
# Clutter that never names the article's source: reading each such line for a credit (a
# page of a thousand "Read also" lines) would cost time and find nothing.
_NAMES_NOBODY = frozenset(
    (
        "read more",
        "related articles",
        "continue button",
        "teaser",
        "separator",
        "placeholder",
        "list mark",
        "button or label",
        "social network name",
        "share buttons",
        "advertisement",
        "skip link",
        "cookie notice",
        "comment form",
        "captcha",
        "repeated page furniture",
        "related box",
        "chart credit",
        "file link",
        # A video's "01:12 - Source: WSMV" credits the video, not the story.
        "media label",
        "page control",
    )
)


# The clutter rules of a newsletter's sign-up box ("Subscribe to X", "Type your email...").
_SIGN_UP = frozenset(("sign-up box", "newsletter sign-up"))
# A sign-up box's line is at most this long; a line on the newsletter between two of them too.
SIGN_UP_LINE = 160


def _opens_sign_up(paragraphs: list[str], index: int) -> bool:
    """The paragraph at ``index`` is a short line of a sign-up box."""
    if index >= len(paragraphs) or len(paragraphs[index]) > SIGN_UP_LINE:
        return False
    found = zones.clutter_of(paragraphs[index])
    return found is not None and found.name in _SIGN_UP


def _heads_story(paragraphs: list[str], index: int, teasers: list[str]) -> bool:
    """The last short line of a "Read also" box, right over the story's next paragraph, is
    the story's subheading when it is shorter than every teaser over it ("Mehr zum Thema" /
    two headlines of eight words / "Digitalisierung kommt kaum voran" / the story)."""
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    words = zones.word_count(paragraphs[index])
    if _marked_as_before(paragraphs, index) and zones.is_sentence(following):
        return True  # "3. …" under "2. …", "Ore 17.20 – …" under "Ore 18.04 – …"
    lead_in = following.rstrip().endswith((":", "：")) and zones.text_length(following) >= (
        zones.LENGTH_LOW
    )
    return (
        bool(teasers)
        and (zones.is_prose(following) or lead_in)
        and words <= KICKER_WORDS + 1
        and all(words < zones.word_count(teaser) for teaser in teasers)
    )


def _is_placeholder(line: str) -> bool:
    """A bracketed label alone on its line where the page had a banner or a widget."""
    line = line.strip()
    return (
        _PLACEHOLDER.fullmatch(line) is not None
        and zones.word_count(line) <= PLACEHOLDER_WORDS
        and not zones.is_sentence(line[1:-1])
    )


def _stands_between(line: str) -> bool:
    """An advertisement's label, a button that unfolds the story ("Haberin Devamı"), or a
    picture's credit left under its caption ("Bild: dpa"): what stands between a paragraph
    and the subheading under it."""
    found = zones.clutter_of(line)
    credit = found is not None and found.name == "photo caption" and len(line) <= CREDIT_LINE
    return credit or (found is not None and found.name in ("advertisement", "continue button"))


# A picture's credit alone on its line is at most this long.
CREDIT_LINE = 60


def is_subheading(
    paragraphs: list[str],
    index: int,
    prose: list[bool],
    openers: frozenset[str] = frozenset(),
) -> bool:
    """A short line between two paragraphs of prose, the second long: the story's
    subheading ("Befristung als eigentliches Problem"), not the page's furniture; or a
    live blog entry's time over its entry, the first one too ("14:55" under the header).
    Under a "Read also" box, a line set apart from the box's stack (``openers``,
    tearsheet.textblocks.stack_openers) heads the story when shorter than each teaser."""
    line = paragraphs[index]
    if is_live_entry(paragraphs, index, range(len(paragraphs))) and opens_entry(paragraphs, index):
        return True
    if _in_box(paragraphs, index, prose, openers):
        return True
    before = index - 1
    while before > 0 and index - before <= 2 and _stands_between(paragraphs[before]):
        before -= 1  # an ad's label or a credit over the subheading ("Anzeige", "Bild: dpa")
    marked = _marked_as_before(paragraphs, index)
    if marked:
        before = _above_box(paragraphs, before)  # "3. …" under a box, as "2. …" above it
    elif before >= 0 and not prose[before] and index + 1 < len(prose) and prose[index + 1]:
        before = _over_box(paragraphs, index, prose, line in openers)
    # "Auch die U2 betroffen" / "Mehr zum Thema" / teasers / the section's prose.
    after = prose_under_box(paragraphs, index + 1, prose, BOX_LINES)
    return (
        0 <= before < index < len(paragraphs) - 1
        and _SUBHEADING.fullmatch(_SUBHEADING_MARK.sub("", line, count=1)) is not None
        and zones.word_count(line) <= SUBHEADING_WORDS
        and zones.clutter_of(line) is None
        and prose[before]
        and prose[after]
        and (marked or zones.text_length(paragraphs[after]) >= zones.LENGTH_LOW)
    )


# A "Read also" box over a subheading spans at most this many lines under its label: its
# teasers and a screen reader's list marks around them ("list 1 of 2", "end of list").
BOX_LINES = 2 * TEASER_REACH + 2
# The story's other subheadings are sought this many paragraphs around a line under a box.
SECTIONS_REACH = 30


def _box_over(paragraphs: list[str], index: int) -> tuple[int, list[str]] | None:
    """The "Read also" box right over ``index``: its label's place and its teasers (a
    screen reader's list marks aside); None when the lines over it are no such box."""
    teasers: list[str] = []
    for at in range(index - 1, max(-1, index - BOX_LINES - 2), -1):
        line = paragraphs[at]
        if zones.is_box_label(line):
            return at, teasers[::-1]
        if _is_list_mark(line) or (not teasers and _stands_between(line)) or is_teaser_date(line):
            # "list 1 of 2"; an advertisement's label under the box ("Reklama"); a teaser's
            # date under it ("March 9, 2026 6:00 AM").
            continue
        if len(teasers) == TEASER_REACH or not _is_boxed_teaser(line):
            return None
        teasers.append(line)
    return None


def _over_box(paragraphs: list[str], index: int, prose: list[bool], opener: bool) -> int:
    """The prose over the "Read also" box right above ``index`` ("Leggi anche" / a teaser /
    "Più gente, meno personale" / the story), when the line at ``index`` heads the story
    (_ends_box, strictly: on a whole page, the short lines under a box were all taken for
    furniture; shorter than each teaser is enough for a line the copy set apart from the
    box's stack, an ``opener``); ``index - 1`` otherwise."""
    box = _box_over(paragraphs, index)
    above = box[0] - 1 if box is not None else -1
    while above > 0 and _stands_between(paragraphs[above]):
        above -= 1  # an advertisement's label between the story and the box
    if box is None or not box[1] or above < 0 or not prose[above]:
        return index - 1
    if opener:
        # A section's word among the teasers ("Fresno") is no teaser to measure by.
        words = zones.word_count(paragraphs[index])
        teasers = [zones.word_count(teaser) for teaser in box[1]]
        ends = (
            words <= SUBHEADING_WORDS
            and any(count > 1 for count in teasers)
            and all(words < count for count in teasers if count > 1)
            and not _signed(paragraphs[index])
        )
    else:
        ends = _ends_box(paragraphs, index, box[1], strict=True)
    return above if ends else index - 1


def _signed(line: str) -> bool:
    """A teaser's byline ("Von Anna Clauß") is no subheading."""
    byline = BYLINE.match(line.strip())
    return bool(byline and is_person(byline["names"]))


# A teaser's topic before its headline: "Mietpreisbremse: Was die Verlängerung …".
_TOPIC = re.compile(r"[^:：]{2,40}+[:：]\s")


def _topics_over(line: str, teasers: list[str]) -> bool:
    """ "Mietpreisbremse: Was …" / "Heizkosten: Warum …" / "Folgen für Mieter": teasers
    that each name their topic, then a line that names none, the story's subheading."""
    return len(teasers) >= 2 and all(map(_TOPIC.match, teasers)) and not _TOPIC.match(line)


def _ends_box(paragraphs: list[str], index: int, teasers: list[str], strict: bool) -> bool:
    """The short line at ``index`` under a "Read also" box's teasers is the story's
    subheading, not its last teaser: shorter than every teaser (_heads_story; clearly
    shorter in a story with no other subheading), no byline
    (the teaser's "Von Anna Clauß"), and not in title case where the story's other
    subheadings are not ("What the Great Lakes Remember" among "A light with no keeper").
    A box's last teaser is as often shorter than the one over it: ``strict``, the box must
    surely end over the line, closed by a screen reader's "end of list" or an ad's label
    ("Reklama"), or holding one teaser in a story that has other subheadings, or the line a
    third as long as each teaser, or two words shorter than each and like the story's other
    subheadings."""
    if not _heads_story(paragraphs, index, teasers):
        return False
    if _signed(paragraphs[index]):
        return False
    if _topics_over(paragraphs[index], teasers):
        return True
    others = _subheadings_near(paragraphs, index)
    words = zones.word_count(paragraphs[index])
    # A story with no other subheading: the line must be clearly shorter (two thirds of each
    # teaser's words at most); a box's last teaser is as often a word shorter than the one
    # over it ("Neue Bäckerei am Rathausplatz eröffnet" / "Traditionsmetzgerei in
    # Haltingen schließt" / the story).
    if (
        not others
        and not _marked_as_before(paragraphs, index)
        and any(words * 3 > zones.word_count(teaser) * 2 for teaser in teasers)
    ):
        return False
    if (
        others
        and title_cased(paragraphs[index])
        and not any(map(title_cased, others))
        and not capitalises_nouns(paragraphs)
    ):
        return False
    return (
        not strict
        or _marked_as_before(paragraphs, index)
        or _is_list_mark(paragraphs[index - 1])
        or _stands_between(paragraphs[index - 1])  # the box closed by an ad's label
        or (len(teasers) == 1 and bool(others))
        or _like_sections(words, teasers, others)
        # A third of each teaser's words at most: no teaser is that short ("Le reazioni").
        or all(words * 3 <= zones.word_count(teaser) for teaser in teasers)
    )


def _like_sections(words: int, teasers: list[str], others: list[str]) -> bool:
    """A line two words shorter than every teaser over it and no longer than the story's
    other subheadings is one of them ("Sønnen, der ikke ringer" under two headlines of six
    and eight words, in a review whose sections are headed "Et sprog, der lugter af
    diesel")."""
    return (
        bool(others)
        and all(words + 2 <= zones.word_count(teaser) for teaser in teasers)
        and words <= max(map(zones.word_count, others))
    )


def _is_list_mark(line: str) -> bool:
    found = zones.clutter_of(line)
    return found is not None and found.name == "list mark"


def _subheadings_near(paragraphs: list[str], index: int) -> list[str]:
    """The story's other subheadings (short lines between its prose) near ``index``."""
    start = max(1, index - SECTIONS_REACH)
    return [
        line
        for at, line in enumerate(paragraphs[start : index + SECTIONS_REACH], start)
        if at != index
        and at + 1 < len(paragraphs)
        and zones.word_count(line) <= SUBHEADING_WORDS
        and _SUBHEADING.fullmatch(line) is not None
        and zones.is_prose(paragraphs[at - 1])
        and zones.is_prose(paragraphs[at + 1])
        and zones.clutter_of(line) is None
    ]


def _in_box(paragraphs: list[str], index: int, prose: list[bool], openers: frozenset[str]) -> bool:
    """The line is a teaser in a "Read also" box between the story's prose with its
    subheading under it (_over_box): it is left to the clutter rules, which take the box
    and leave the subheading."""
    stop = min(len(paragraphs), index + BOX_LINES + 1)
    head = next((at - 1 for at in range(index + 1, stop) if prose[at]), index)
    if head <= index:
        return False  # no prose under the box, or the line itself is over it
    line = paragraphs[index]
    if not _is_boxed_teaser(line) or zones.clutter_of(line) is not None:
        return False
    return _over_box(paragraphs, head, prose, paragraphs[head] in openers) < index


def _above_box(paragraphs: list[str], index: int) -> int:
    """Above the "Read also" box that ``index`` ends (its label and a teaser or a few), or
    ``index`` itself."""
    label = zones.box_label_above(paragraphs, index, TEASER_REACH)
    if label is None:
        return index
    teasers = paragraphs[label + 1 : index + 1]
    boxed = bool(teasers) and all(_is_teaser(t) for t in teasers)
    return label - 1 if boxed else index


# The mark opening the story's numbered or timed subheadings: "3. ", "Ore 17.20 – ".
_SUBHEADING_MARK = re.compile(r"(?:\d{1,2}[.)]|[^\W\d_]{0,4}\s?\d{1,2}[.:h]\d{2}\s?[–—-])\s")


def _marked_as_before(paragraphs: list[str], index: int) -> bool:
    """The line opens with the mark (digits aside) of a line above it: the story's numbered
    or timed subheadings go on ("3. …" under "2. …")."""
    shape = _mark_shape(paragraphs[index])
    return shape is not None and any(_mark_shape(p) == shape for p in paragraphs[:index])


def _mark_shape(line: str) -> str | None:
    """A subheading's mark with its digits blanked ("3. " and "2. " are one shape)."""
    mark = _SUBHEADING_MARK.match(line)
    return re.sub(r"\d", "0", mark[0]) if mark else None


def _between_prose(paragraphs: list[str], index: int) -> bool:
    """A repeated line is furniture where it breaks prose ("Article content" between
    paragraphs), not where it heads a list ("Lunch" over each day's dishes in a meal plan)."""
    around = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return any(zones.is_prose(p) for p in around)


def is_button(line: str) -> bool:
    """A short line that is not a sentence: a button, a label, a counter."""
    return zones.word_count(line) <= KICKER_WORDS and not zones.is_sentence(line)


def repeated_lines(blocks: list[str]) -> frozenset[str]:
    """Short lines that are not sentences and stand more than once in the copied text."""
    counts = Counter(blocks)
    return frozenset(b for b, n in counts.items() if n > 1 and is_button(b))


def _is_teaser(line: str) -> bool:
    """Another article's headline: a short line that is not a sentence. (A question is not
    taken: the benchmark's readers marked "Leggi anche / <a question>?" as the story's.)"""
    # A lead-in ("Among the risks they name:") and a list's item ("a cut in the key rate;")
    # are the story's.
    return (
        len(line) <= zones.TEASER_LENGTH
        and not zones.is_sentence(line)
        and not line.rstrip().endswith((":", ";", "：", "；"))
    )


def _is_boxed_teaser(line: str) -> bool:
    """Under a "Read also" label, another article's headline: a teaser (_is_teaser), or a
    short line in a script that writes no full stops (Thai: "ข่าวที่เกี่ยวข้อง" /
    "จุดความร้อนภาคเหนือพุ่ง ดาวเทียมพบกว่า 2,000 จุด"). A headline's question ("…: Wie
    kommen Sie zur Arbeit?") stays, as _is_teaser says."""
    line = line.strip()
    if _is_teaser(line):
        return True
    return zones.is_unpunctuated(line) and zones.text_length(line) < zones.LENGTH_LOW
