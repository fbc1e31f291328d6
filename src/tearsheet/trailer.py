"""Where a copied article ends: trailer markers, a comment section, furniture after the prose.

The body is the run of prose tearsheet.zones finds; what follows it is the trailer. A marker
such as "Leave a reply" or "Related articles" ends the body only when less prose follows it
than came before; sentences and credit lines right after the prose stay with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate

from tearsheet.attributions import ATTRIBUTION_RULES
from tearsheet.boilerplate import is_standing_line, writes_from
from tearsheet.entrymarks import asks_as_before, is_live_entry, opens_entry
from tearsheet.factboxes import facts_end
from tearsheet.furniturewords import COMMENT_STEMS, TRAILER_WORDS
from tearsheet.letters import is_closing, is_dashed_signature, is_signature_name
from tearsheet.paywalls import is_paywall_notice
from tearsheet.readercalls import READER_CALL_RULES
from tearsheet.relatedboxes import skipped_boxes, story_under_box
from tearsheet.sections import heads_prose, runs_on, section_after
from tearsheet.writercards import card_start
from tearsheet.zones import (
    LABEL_WORDS,
    TEASER_LENGTH,
    clutter_of,
    is_prose,
    is_rights_line,
    is_sentence,
    text_length,
    words_of,
)

# A copyright line with "All rights reserved" ends the article (it is the page's footer).
FOOTER_ENDS = True
# An inline "Read also" box holds at most this many teaser headlines (and the story's
# subheading under them), each at most TEASER_LENGTH long; the story goes on under it with
# at least INLINE_RUN paragraphs of prose in a row.
TEASERS = 3
INLINE_RUN = 2
# Under the story's last paragraph below a box inside it (of at most LAST_TEASERS
# teasers), this many lines hold no prose.
LAST_LOOK = 3
LAST_TEASERS = 2
# A block at the end of the prose, shorter than this, may be furniture ("Subscribe for free").
FURNITURE_LENGTH = 100
# "Alex on September 17, 2018 at 6:34 am said:", "thelastchargersfan says:".
_COMMENT_AUTHOR = re.compile(
    r"(?<![^\n])[*•-]?[ \t]*+[^\s:][^:\n]{0,80}? (?:says|said|wrote|replied|schreibt|sagt|"
    r"a écrit|dit|dice|escribió|disse|diz|zegt|schreef|pisze|napisał)\s*+:?",
    re.IGNORECASE,
)
# The formula a Chinese notice closes with ("特此通告。", "特此通知。"): the notice's last
# line, short as it is.
_NOTICE_END = re.compile(
    r"特此(?:通告|通知|公告|函告|通报|通報|公告|声明|聲明|说明|說明|批复)[。.]?"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s++")
# The page's rights line, however long ("Copyright Folha. Todos os direitos reservados. …").
_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s|\bcopyright\b")
# A line opening with the rights mark, in any language ("© Copyright 1999–2026 MAFRA, a.s.").
_RIGHTS_FIRST = re.compile(r"(?i)[*_\s]{0,3}+(?:©|\(c\)\s|copyright\b)")
# The page's address or an e-mail address alone on its line.
_ADDRESS = re.compile(r"(?i)(?:https?://|www\.)\S++|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")


def comment_section(blocks: list[str], start: int) -> int | None:
    """Where a comment section starts: two or more "<name> says:" lines after ``start``; the
    section begins at the marker above the first one ("34 responses to ...") if there is one."""
    authors = [i for i in range(start, len(blocks)) if _COMMENT_AUTHOR.fullmatch(blocks[i])]
    if len(authors) < 2:
        return None
    cut = authors[0]
    for index in range(authors[0] - 1, max(start, authors[0] - 4) - 1, -1):
        found = clutter_of(blocks[index])
        if found and found.marks_trailer:
            cut = index
    return cut


def prose_length(blocks: list[str], classes: list[str]) -> int:
    return sum(_prose_of(blocks, classes))


def _prose_of(blocks: list[str], classes: list[str]) -> Iterator[int]:
    """Each block's length as prose: its text's if the zones class it so, else none."""
    return (text_length(t) if k == "good" else 0 for t, k in zip(blocks, classes, strict=True))


def _has_trailer_word(text: str) -> bool:
    return any(word in TRAILER_WORDS for word in words_of(text))


# The words for "comment(s)" among the trailer's words, by their stems in the languages.
_COMMENT_WORD = re.compile(rf"(?i){COMMENT_STEMS}")


def _asks_readers(line: str) -> bool:
    """A blog's closing question to its readers, asking them to answer in the comments
    ("Voi come vi trovate quest'anno? Scrivetemi nei commenti.", "Các bạn đã ăn tiệm nào?
    Comment cho mình biết…"), or its call written as the writer's own exclamation ("Se
    tiver dúvida, deixa aqui nos comentários que eu respondo!"): the post's own words, for
    all that it names the comments. A line opening with a furniture word ("Share …",
    "Comment below"), a short call ("Leave a comment!") or any other furniture word is
    still the page's."""
    pictographs = _PICTOGRAPHS.search(line)
    line = _PICTOGRAPHS.sub("", line)  # "… que eu respondo! 💚"
    if not is_sentence(line) or _opens_with_trailer_word(line.split("?")[0]):
        return False
    asks = re.search(r"[?¿？؟]", line) is not None
    # The writer's own exclamation, signed with a pictograph; a site's standing call ("We
    # would love to hear your thoughts in the comments section below!") has none.
    exclaims = _EXCLAIMS.search(line) and text_length(line) >= READER_CALL_LENGTH
    # ... or as the last of the post's sentences ("Di postingan berikutnya saya akan bahas …
    # Jangan lupa tinggalkan komentar kalau ada pertanyaan ya!"): a site's call is one.
    told = len(_SENTENCE_SPLIT.split(line.strip())) > 1
    if not asks and not (exclaims and (pictographs or told)):
        return False
    trailer = [word for word in words_of(line) if word in TRAILER_WORDS]
    return all(_COMMENT_WORD.match(word) for word in trailer)


# A writer's exclamation to the readers ends the line ...
_EXCLAIMS = re.compile(r"[!！]$")
# ... a pictograph or two after it, which a sentence's end does not count.
_PICTOGRAPHS = re.compile(r"(?<=[.!?…！？])\s*+[^\w\s.!?…！？\"'»”’)]{1,4}+$")
# ... and is no short call ("Leave a comment!"): at least this long.
READER_CALL_LENGTH = 40


def _opens_with_trailer_word(text: str) -> bool:
    openings = [words_of(sentence)[:1] for sentence in _SENTENCE_SPLIT.split(text)]
    return any(first and first[0] in TRAILER_WORDS for first in openings)


def _is_furniture(text: str) -> bool:
    """A short block at the end of the prose that speaks to the reader about the page, not
    the story: a label, or a sentence opening with a clutter word ("Thanks for reading!
    Subscribe for free...", "Share this with a friend.")."""
    words = words_of(text)
    if text_length(text) >= FURNITURE_LENGTH or not words:
        return False
    if is_paywall_notice(text):
        return True  # "Il vous reste 38% de cet article à lire. La suite est réservée aux abonnés."
    if _asks_readers(text):
        return False  # "Các bạn đã ăn tiệm nào? Comment cho mình biết…": the post's own
    if not is_sentence(text) and len(words) <= LABEL_WORDS:
        return True
    return _opens_with_trailer_word(text)


def _trim_furniture(blocks: list[str], start: int, end: int) -> int:
    """Move the end of the prose back over furniture; a credit line stops it (it is read)."""
    while end - 1 > start:
        line = " ".join(blocks[end - 1].split())
        if any(rule.pattern.fullmatch(line) for rule in ATTRIBUTION_RULES):
            break
        if not _is_furniture(line):
            break
        end -= 1
    return end


def _trim_standing(blocks: list[str], start: int, end: int, *, unsigned: bool = False) -> int:
    """Move the end of the body back over the site's standing lines at its foot (the
    writer's bio, the column's disclaimer, a call to subscribe) and the footer's labels
    among them; the story's last paragraph stops it. A bio naming the writer stays when
    the header named none (``unsigned``): it gives the byline."""
    index = cut = end
    while index - 1 > start:
        line = " ".join(blocks[index - 1].split())
        if is_standing_line(line) or (not unsigned and writes_from(line)):
            index = cut = index - 1
        elif (
            _is_furniture(line)
            or _COPYRIGHT.search(line)
            or _ADDRESS.fullmatch(line)
            or clutter_of(line) is not None
        ):
            # "Impresszum", "Copyright Folha" under the call to subscribe: cut with the lines
            # above it (the trailer's credit lines are read as the source all the same).
            index -= 1
        else:
            break
    return cut


def trailer_marker(
    blocks: list[str],
    classes: list[str],
    start: int,
    end: int,
    skipped: set[int] | None = None,
) -> int | None:
    """The first trailer marker ("Leave a reply", "Related articles", "Unsubscribe") in
    ``blocks[start:end]`` that is followed by less prose than precedes it, if any.

    The prose before and after each block is summed once (a page of a thousand markers
    would otherwise be summed a thousand times)."""
    prose = list(accumulate(_prose_of(blocks, classes), initial=0))
    sentences: list[int] | None = None  # summed only when a short text needs them
    plain = [i for i, b in enumerate(blocks) if not is_rights_line(b)]
    last_plain = plain[-1] if plain else -1
    if skipped is None:
        skipped = skipped_boxes(blocks)  # a sign-up box a screen reader's marks enclose
    for index in range(start, end):
        if index in skipped:
            continue
        before = prose[index] - prose[start]
        # Only when something follows: a rights line closing the text is a credit, read as
        # the source with the other closing lines.
        if FOOTER_ENDS and is_rights_line(blocks[index]) and before and last_plain > index:
            return index
        found = clutter_of(blocks[index])
        inline = found is not None and found.name == "related articles"
        if found and found.marks_trailer and not (inline and _inline_box(blocks, classes, index)):
            after = prose[-1] - prose[index + 1]
            if before == 0:
                # A short text none of whose blocks is long enough to be sure of: its
                # sentences are the prose.
                if sentences is None:
                    sentences = list(accumulate((_sentence_length([b]) for b in blocks), initial=0))
                before = sentences[index] - sentences[start]
                after = sentences[-1] - sentences[index + 1]
            if before > 0 and after < before:
                return index
    return None


def _inline_box(blocks: list[str], classes: list[str], index: int) -> bool:
    """A "Mehr zum Thema" box inside the story: a few teaser headlines under the label,
    then the story going on (INLINE_RUN paragraphs of prose in a row), where a box at the
    story's end is followed by more teasers, comments or the page's footer."""
    after = index + 1
    while (
        after < len(blocks)
        and after - index <= TEASERS + 1
        and not is_sentence(blocks[after])
        and text_length(blocks[after]) <= TEASER_LENGTH
        and clutter_of(blocks[after]) is None
    ):
        after += 1
    if after == index + 1:
        return False
    # "Wie geht es weiter?" under the teasers: the story's next subheading, over its prose.
    asks = after + 1 < len(blocks) and _asks_over_prose(blocks, after)
    return _resumes_under(blocks, classes, index, after) or (
        asks and _resumes_under(blocks, classes, index, after + 1)
    )


def _resumes_under(blocks: list[str], classes: list[str], index: int, after: int) -> bool:
    """The story goes on at ``after``, under the box's label at ``index`` and its teasers."""
    # The story's paragraphs under the box, an advertisement's label among them aside; its
    # last paragraph may be the one, closed by the story's own end mark ("mop/dpa").
    following: list[bool] = []
    sentences: list[bool] = []
    for number in range(after, min(len(blocks), after + 2 * INLINE_RUN)):
        block = blocks[number]
        found = clutter_of(block)
        if found is not None and found.name == "advertisement":
            continue
        if following == [True] and found is not None and found.name in _STORY_END:
            return True
        following.append(is_prose(block))
        # "―앞으로의 계획은.": a question marked as the interview's above, short as it is.
        sentences.append(is_sentence(block) or asks_as_before(blocks, 0, number))
    if following[:INLINE_RUN] == [True] * INLINE_RUN:
        return True
    last = after < len(blocks) and classes[after] == "good" and is_prose(blocks[after])
    if last and after - index - 1 <= LAST_TEASERS and clutter_of(blocks[after]) is None:
        # The story's last paragraph under a box of a teaser or two, read as the story's
        # with the text around it, the page's furniture under it (a box at the story's end
        # lists teasers with their deks: headline, dek, headline, dek; a list of the most
        # read, several teasers, may stand over the writer's bio).
        under = blocks[after + 1 : after + 1 + LAST_LOOK]
        if under and not any(map(is_prose, under)):
            return True
    # An interview going on under the box: its short questions between the long answers
    # ("HVG: Mi lenne a legfontosabb lépés?"), every line a sentence, half of them prose.
    return len(sentences) == 2 * INLINE_RUN and all(sentences) and sum(following) >= INLINE_RUN


# A subheading asking the story's question is this many words at most ("Wie geht es
# weiter?", "What happens next?").
QUESTION_WORDS = 6


def _asks_over_prose(blocks: list[str], index: int) -> bool:
    """A short question on its own line right over a paragraph of prose: a subheading."""
    line = blocks[index].strip()
    return (
        line.endswith(("?", "？", "؟"))
        and len(line.split()) <= QUESTION_WORDS
        and is_prose(blocks[index + 1])
    )


# The marks a story ends with: the editors' initials of a wire story, a release's "ENDS".
_STORY_END = frozenset(("editor initials", "end of release"))


# Clutter that stands between a story's paragraphs, one line under another ("ANZEIGE" over
# "Jetzt … testen – 30 Tage gratis", a caption over "+ Veja a tabela"): the story goes on
# under them.
_INSIDE_STORY = frozenset(
    (
        "photo caption",
        "media label",
        "advertisement",
        "trial offer",
        "follow call",
        "photo call",
        "teaser link",
        "newsletter sign-up",
        "sign-up box",
    )
)

# The page's calls to the reader (tearsheet.readercalls) and ads: a letter's sign-off under
# one is still the letter's.
_CALLS = frozenset(rule.name for rule in READER_CALL_RULES) | {"advertisement", "read more"}


# A newsletter's call to sign up inside the story, and the button under it.
_SIGN_UP = frozenset(("newsletter sign-up", "sign-up box"))
_BUTTONS = frozenset(("button or label", "button"))


def _prose_after(blocks: list[str], index: int) -> int | None:
    """Where a sentence of some length comes right after the block, or after a few teaser
    lines (a "Read also" box of TEASERS headlines) or a photo caption; None when none
    does."""
    reach = index + TEASERS + 2
    signing_up = (
        {index} if (found := clutter_of(blocks[index])) and found.name in _SIGN_UP else set()
    )
    for after in range(index + 1, len(blocks)):
        found = clutter_of(blocks[after])
        if found is not None and found.name == "list mark":
            reach += 1  # "list of 2 items", "end of list": the box's, not counted
            continue
        if found is not None and found.name == "read more":
            reach = after + TEASERS + 2  # a caption, then a "See also" box under it
            continue
        if found is not None and found.name in _BUTTONS and after - 1 in signing_up:
            continue  # "Don't miss updates from Patch!" over its "Subscribe" button
        if found is not None and found.name in _SIGN_UP:
            signing_up.add(after)
        if after >= reach or (found is not None and found.name not in _INSIDE_STORY):
            return None
        if is_rights_line(blocks[after]) or _RIGHTS_FIRST.match(blocks[after]):
            return None  # the page's footer, not the story going on
        if is_prose(blocks[after]) or section_after(blocks, after) > after:
            return after  # the story, or its next section ("What's new inside" over a list)
    return None


def _signed_after(blocks: list[str], index: int) -> bool:
    """A letter's closing and the name under it right after the block."""
    return (
        index + 2 < len(blocks)
        and is_closing(blocks[index + 1])
        and is_signature_name(blocks[index + 2])
    )


# A review's details box under its score holds at most this many lines.
SCORE_DETAILS = 2


def _score_end(blocks: list[str], classes: list[str], start: int, end: int) -> int:
    """Where a review ends whose score closes the prose run, the film's or the book's
    details under it ("Értékelés: 8/10" over "Tél a Tiszán. Magyar játékfilm, 162 perc.
    Rendező: …"): right under the score, when no line under it reads as prose."""
    for index in range(end - 1, max(start, end - SCORE_DETAILS - 1), -1):
        found = clutter_of(blocks[index])
        if found is not None and found.name == "review score":
            under = classes[index + 1 : end]
            return index + 1 if under and "good" not in under else end
    return end


def _footer_under(blocks: list[str], index: int) -> bool:
    """Under the © line, lines of the footer: no more prose (a photo's "© dpa" inside the
    story has the story going on under it), and not only rights lines (read as credits)."""
    under = blocks[index + 1 : index + 1 + FOOTER_LOOK]
    return not all(map(is_rights_line, under)) and not any(map(is_prose, under))


# The lines under a © line looked at for the story going on.
FOOTER_LOOK = 12


def _sentence_length(blocks: list[str]) -> int:
    return sum(text_length(block) for block in blocks if is_sentence(block))


def end_of_body(
    blocks: list[str], classes: list[str], start: int, end: int, *, unsigned: bool = False
) -> int:
    """Where the trailer starts: at a trailer marker ("Leave a reply", "Related articles",
    "Unsubscribe") followed by less prose than precedes it; otherwise after the prose run and
    any sentences or credit lines right after it ("See you next week.", "— Ann"). When the
    header named no writer (``unsigned``), a bio line naming one stays for the byline. The
    writer's card closing the body (name, role, bio) is the trailer's."""
    body_end = _end_of_body(blocks, classes, start, end, unsigned=unsigned)
    return card_start(blocks, start, body_end)


def _end_of_body(
    blocks: list[str], classes: list[str], start: int, end: int, *, unsigned: bool = False
) -> int:
    comments = comment_section(blocks, start)
    if comments is not None and comments < end:
        end = comments
    skipped = skipped_boxes(blocks)
    marker = trailer_marker(blocks, classes, start, end, skipped)
    if marker is not None:
        return _trim_standing(blocks, start, marker, unsigned=unsigned)
    index = _trim_furniture(blocks, start, end)
    if (scored := _score_end(blocks, classes, start, index)) < index:
        return _trim_standing(blocks, start, scored, unsigned=unsigned)
    boxed = False  # the story went on under a box inside it
    while index < len(blocks):
        line = " ".join(blocks[index].split())
        found = clutter_of(line)
        inline = found is not None and found.name == "related articles"
        if inline and _inline_box(blocks, classes, index):
            # "SUSIJĘ" over a teaser, the story going on under it: the box inside the story.
            resumes = _prose_after(blocks, index)
            if resumes is not None:
                index, boxed = resumes, True
                continue
        if (found is not None and found.marks_trailer) or is_standing_line(line):
            break
        if found is None and (facts := facts_end(blocks, index)) > index:
            index = facts  # a match's result, scorers and referee under its report
            continue
        if found is not None and found.name == "review score":
            # "Voto: 8/10" under the review's prose closes it; the venue's or the
            # screening's details under it are the page's box.
            index += 1
            break
        if found is not None and found.name == "separator line":
            index += 1  # "___" over the story's credit line ("… contributed from Topeka")
            continue
        if found is not None and found.name in _CALLS and _signed_after(blocks, index):
            # "Přečíst celý článek →" over the newsletter's "Hezký den přeje / Ondřej Malý":
            # the rule takes the line, the letter's sign-off stays.
            index += 1
            continue
        resumes = _prose_after(blocks, index) if found is not None else None
        if resumes is not None:
            # "Read more: ..." or "Advertisement" inside the article (and a teaser headline
            # under a bare label): the clutter rules take those lines, the paragraphs after
            # them stay in the body.
            index, boxed = resumes, True
            continue
        run = found is None and (boxed or runs_on(blocks, index, INLINE_RUN))
        if run and heads_prose(blocks, index):
            # Under a box the story goes on, its subheadings with it ("Что дальше"); so
            # it does over prose the classes missed (Tamil has few function words).
            index += 1
            continue
        if found is None and (section := section_after(blocks, index)) > index:
            # "Tipps für heisse Tage" over its list of sentences, "… antara lain:" over its
            # bullets: the story's own section after its prose.
            index = section
            continue
        if is_rights_line(line) and _footer_under(blocks, index):
            break  # the page's footer, a line of its own under the © line (FOOTER_ENDS)
        credit = any(rule.pattern.fullmatch(line) for rule in ATTRIBUTION_RULES)
        credit = credit or (unsigned and writes_from(line))  # read as the byline
        credit = credit or is_dashed_signature(line)  # "— Nora" signs the newsletter
        credit = credit or _NOTICE_END.fullmatch(line) is not None
        furniture = _has_trailer_word(line) and not _asks_readers(line)
        furniture = furniture or (len(line) < FURNITURE_LENGTH and is_paywall_notice(line))
        aside = line.startswith("(") and line.endswith(")")
        prose = (
            is_sentence(line)
            or aside
            or _asks_readers(line)
            or asks_as_before(blocks, start, index)
            or (
                is_live_entry(blocks, index, range(max(start - 1, 0), len(blocks)))
                and opens_entry(blocks, index)
            )
        )
        if not credit and (furniture or found is not None or not prose):
            resumes = story_under_box(blocks, index, skipped, INLINE_RUN) if found is None else None
            if resumes is not None:
                index, boxed = resumes, True  # "Related to this story" and its teasers
                continue
            break
        index += 1
    return _trim_standing(blocks, start, index, unsigned=unsigned)
