"""Copied text as blocks: paragraphs parted by blank lines, or lines, unwrapped where wrapped."""

from __future__ import annotations

import itertools
import re

from tearsheet import zones
from tearsheet.importdates import find_date_span
from tearsheet.lineends import (
    FUNCTION_WORD,
    NEARLY_FULL,
    ends_sentence,
    opens_byline,
    opens_dated_dateline,
    runs_into_day,
    runs_into_field,
    stands_alone,
    stops_on_short_word,
)
from tearsheet.masthead import is_mail_folder
from tearsheet.pastedlines import pasted_lines as pasted_lines
from tearsheet.widelines import join_wide, part_indented, wide_width, wide_wrapped

# A block is wrapped text when its lines are at least this wide and all but the last
# reach this share of the widest.
WRAP_WIDTH = 60
WRAPPED = 0.7
# A stack of at least this many lines, this share of them nearly full, is wrapped text with
# no blank line between its paragraphs.
WRAPPED_STACK = 6
# A byline's words before its date on the line under a headline.
DATED_NAME_WORDS = 5
WRAPPED_SHARE = 0.6
# A text is hard-wrapped when at least WRAP_LINES of its lines are WRAP_LINE characters or
# longer, the widest (at the percentile, so a stray long address does not count) at most
# MAX_WRAP_WIDTH, and hardly any line longer than it by WRAP_SLACK.
WRAP_LINE = 30
# ... of which this share (or at least half of WRAP_LINES) reach near the widest.
WRAPPED_NEAR = 0.35
WRAP_LINES = 8
WRAP_PERCENTILE = 0.8
WRAP_SLACK = 4
# ... but for a few longer lines (a subject, a headline): at most this share.
WRAP_LONGER = 0.15
MAX_WRAP_WIDTH = 120
# A line wider than this was not wrapped (a PDF's or a mail's lines are narrower).
MAX_LINE_WIDTH = 140
# ... and a text with this many such lines was not wrapped at all.
LONG_LINES = 3
# A line this long is a paragraph's, broken where it stops on a short word (_mend_breaks).
BROKEN_PARAGRAPH = 100
# A mail header's field or a label opening its line ("From: ...", "Betreff:"), or a
# footer's rights line: the start of a line of its own.
_FIELD = re.compile(r"[^\W\d_][\w-]{0,20}+[ \u00a0\u202f]?:\s|©|\(c\)\s|copyright\b", re.IGNORECASE)
# A label of two or three words ("Parish Office:", "COUNTING TEAM:", "Contacto de Prensa:"),
# its words after the first in capitals but for short particles: a sentence wrapped onto a
# new line ("Minister said: …") has a word in small letters before its colon.
_LABEL = re.compile(
    r"[^\W\d_][\w-]{0,20}+((?:[ \u00a0][^\W\d_][\w-]{0,20}+){1,2})[ \u00a0\u202f]?:\s"
)
# A second line of at most this many words under a headline is a name ("EFE", "Ann Lee").
NAME_WORDS = 2
# A wrapped text with at least this many blocks of several lines parts its paragraphs
# with blank lines.
SPACED_BLOCKS = 3
_SENTENCE_ENDS = '.!?:;。！？”"»)'
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# A list item whose lines run on indented under it was wrapped: it is at least this long.
HANGING_ITEM = 40
_NESTED_ITEM = re.compile(r"\S\s|\S$|\d{1,2}[.)]\s")


def _collapse(text: str) -> str:
    """Collapse runs of ASCII white space; a no-break space in the source is kept as it is."""
    return _ASCII_SPACE.sub(" ", text).strip(" \t\n\r\f\v")


def split_blocks(lines: list[str]) -> tuple[list[str], list[int]]:
    """Paragraphs: separated by blank lines, or one per line when the text has none. The
    lines of a block are joined only when it looks wrapped (every line but the last nearly
    full, as e-mail wraps text); a stack of lines (a header, a footer, a share bar) stays one
    block per line, so that no two of them are ever read as one paragraph. Returns the
    blocks and, for each, the number of the stack of lines it came from."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    lines = part_indented(_join_hanging_indents(lines))
    width = wrap_width(lines)
    if width is not None:
        lines = _single_spaced(lines)
    if all(line.strip() for line in lines):
        if width is not None:
            # Hard-wrapped text with no blank line at all: the paragraphs are found by where
            # the lines end.
            blocks = [_collapse(part) for part in _join_lines([x.strip() for x in lines], width)]
            return blocks, list(range(len(blocks)))
        return [_collapse(line) for line in lines], list(range(len(lines)))
    blocks: list[str] = []
    groups: list[int] = []
    current: list[str] = []
    # Paragraphs parted by blank lines: inside a block, a line ending a sentence is a wrap.
    spaced = _spaced_paragraphs(lines, width)
    wide = wide_width(lines)
    unwrapped = width is None and _has_long_lines(lines)
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
            continue
        if not current:
            continue
        if len(current) > 1 and zones.has_wide(current[0]) and wide_wrapped(current, wide):
            blocks.append(join_wide(current))
        elif width is not None and len(current) > 1 and _filled_or_broken(current, width):
            blocks.extend(_collapse(part) for part in _join_lines(current, width, spaced))
        elif _is_wrapped(current) and not (unwrapped and len(current) > 2 and not _marked(current)):
            blocks.append(_collapse(" ".join(current)))
        else:
            blocks.extend(_collapse(part) for part in _mend_breaks(_unwrap(current)))
        groups.extend([len(groups) and groups[-1] + 1] * (len(blocks) - len(groups)))
        current = []
    return blocks, groups


# A photo's credit in a caption: the agency or paper and the photographer, a slash between
# ("REUTERS/Staff/File Photo", "EPA-EFE/Anna Berg", "Foto: Jan Nowak/PAP").
_CREDIT_SLASH = re.compile(r"[A-Z][\w-]{0,30}+/[A-Z]")


def _mend_breaks(lines: list[str]) -> list[str]:
    """A paragraph's line broken after a short word in small letters ("… neither the council
    nor the / West of England Combined Authority has … gap."): a stray line break in a copied
    page. Only a long line (a teaser may end on "tax") over one ending a sentence and not
    opening the story (a caption's "… opens new tab" over a headline or "SANTIAGO, May 14"),
    and not a caption credited with a slash, whatever the story opens with."""
    mended: list[str] = []
    for line in lines:
        previous = mended[-1] if mended else ""
        if (
            len(previous) >= BROKEN_PARAGRAPH
            and stops_on_short_word(previous)
            and line[:1].isalpha()
            and ends_sentence(line)
            and not opens_dated_dateline(line)
            and _CREDIT_SLASH.search(previous) is None
        ):
            mended[-1] = f"{previous} {line}"
        else:
            mended.append(line)
    return mended


def _has_long_lines(lines: list[str]) -> bool:
    """The paste holds paragraphs far wider than any wrapping, a line each: nothing in it
    was wrapped, and a stack of shorter lines is a list or a set of lines (a page's items
    whose marks the copy dropped), not one paragraph."""
    return sum(len(line) > MAX_LINE_WIDTH and " " in line.strip() for line in lines) >= LONG_LINES


def _single_spaced(lines: list[str]) -> list[str]:
    """A hard-wrapped text pasted with a blank line after every line (as some mail clients
    and PDF readers give it): its lines as they were, a paragraph ending where two or more
    blank lines stand, or where its lines say (as with no blank line at all)."""
    runs = [len(list(run)) for filled, run in itertools.groupby(lines, _is_filled) if filled]
    if len(runs) < WRAP_LINES or max(runs) > 1:
        return lines
    kept: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip():
            if blanks > 1:
                kept.append("")
            kept.append(line)
            blanks = 0
        else:
            blanks += 1
    return kept


def _is_filled(line: str) -> bool:
    return bool(line.strip())


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (an e-mail, a release pasted from a PDF) was wrapped at,
    or None when the text is not wrapped: many lines, none much longer than the rest, most
    of them near the longest. A copied web page has a line per paragraph, many far longer."""
    if zones.has_wide("".join(lines)):
        return None  # Chinese, Japanese, Korean: a paragraph is a short line, not a wrapped one
    widths = sorted(len(line.strip()) for line in lines if len(line.strip()) >= WRAP_LINE)
    if len(widths) < WRAP_LINES:
        return None
    # The widest line but a few longer ones (a subject, a headline), to within a few
    # characters of the percentile: the wrapping width.
    percentile = widths[int(len(widths) * WRAP_PERCENTILE)]
    width = max(w for w in widths if w <= percentile + WRAP_SLACK)
    longer = sum(w > width + WRAP_SLACK for w in widths)
    near = [line.strip() for line in lines if len(line.strip()) >= WRAPPED * width]
    if not WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or longer > len(widths) * WRAP_LONGER:
        return None
    # Wrapping breaks lines inside sentences; a page's short paragraphs end with their own.
    broken = sum(line[-1:] not in _SENTENCE_ENDS for line in near)
    enough = len(near) >= max(WRAP_LINES // 2, WRAPPED_NEAR * len(widths))
    return width if enough and broken * 2 > len(near) else None


def _filled(lines: list[str], width: int) -> bool:
    """Lines of the block were wrapped: two or more reach near the wrapping width and break
    inside a sentence (a stack of a mail's header fields or of a footer's links does not)."""
    wrapped = [line for line in lines[:-1] if len(line) >= WRAPPED * width and not _is_rule(line)]
    return sum(line[-1:] not in ".!?:;" for line in wrapped) >= 2


def _filled_or_broken(lines: list[str], width: int) -> bool:
    """A block of a hard-wrapped text whose lines run on: several filled, or one broken
    inside a sentence ("… if you have a tip, a / complaint, or …" over a letter's sign-off
    lines, which stay lines of their own)."""
    if _filled(lines, width) or (len(lines) == 2 and _broken_pair(lines, width)):
        return True
    if len(lines) == 2 and _runs_on_small(lines, width):
        return True
    # In a longer stack, only a line running on in small letters: a capital may open a
    # name or a field under a full line ("… ενοίκια / Του Νίκου Παπαδάκη").
    return any(
        following[:1].islower() and _broken_pair([line, following], width)
        for line, following in itertools.pairwise(lines)
    )


def _runs_on_small(lines: list[str], width: int) -> bool:
    """A filled line broken inside a sentence over a line in small letters: a headline or a
    paragraph broken where its writer or the mail's wrapping chose ("Košice spustia pilotný
    projekt zdieľaných elektrických / kolobežiek v troch mestských častiach")."""
    first, following = lines
    return (
        first[-1:] not in _SENTENCE_ENDS
        and len(first) >= WRAPPED * width
        and following[:1].islower()
        and not _opens_field(following)
        and not opens_byline(following)
        and not zones.LIST_MARK.match(following)
    )


def _opens_field(line: str) -> bool:
    """The line opens with a field's label or a rights mark: a line of its own in a
    hard-wrapped text, never the rest of the line over it."""
    if _FIELD.match(line):
        return True
    found = _LABEL.match(line)
    if found is None:
        return False
    words = found.group(1).split()
    return any(word[:1].isupper() for word in words) and all(
        word[:1].isupper() or (word.islower() and len(word) <= FUNCTION_WORD) for word in words
    )


def _is_rule(line: str) -> bool:
    """A separator drawn with marks ("-----", "* * *", "═══"): a line of its own, wrapping
    never makes one."""
    return not any(char.isalnum() for char in line)


def _is_salutation(line: str, width: int) -> bool:
    """A short line ending in a comma: a letter's greeting ("Liebe Kundinnen und Kunden,")
    or sign-off, never the last line of a wrapped paragraph, which ends with a stop."""
    return line.endswith(",") and len(line) < WRAPPED * width


def _broken_pair(lines: list[str], width: int) -> bool:
    """Two lines of a hard-wrapped text, the first broken inside a sentence with no room
    left for the next line's first word ("… en France, en Allemagne et en / Italie. …")."""
    first, following = lines
    room = len(first) + 1 + len((following.split() or [""])[0]) <= width
    return first[-1:] not in _SENTENCE_ENDS and not room and not _opens_field(following)


def _join_hanging_indents(lines: list[str]) -> list[str]:
    """A list item's lines run on under it indented ("- Pour les abonnés : … puis /
    ␣␣CHF 1.– par tranche"): one line each item."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1].strip() if joined else ""
        if (
            line[:2] in ("  ", "\t")
            and line.strip()
            and zones.LIST_MARK.match(previous)
            and previous[-1:] not in _SENTENCE_ENDS
            and len(previous) >= HANGING_ITEM
            # Not a nested item (a page's menu copied: "  * Home / ␣␣␣␣o Contact").
            and not _NESTED_ITEM.match(line.strip())
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _spaced_paragraphs(lines: list[str], width: int | None) -> bool:
    """Whether the wrapped text parts its paragraphs with blank lines: several blocks of two
    or more lines, each ending with a short line."""
    if width is None:
        return False
    runs, run = 0, 0
    for line in [*lines, ""]:
        if line.strip():
            run += 1
            continue
        runs += run > 1
        run = 0
    return runs >= SPACED_BLOCKS


# A heading inside a hard-wrapped text is at most this many words.
HEADING_WORDS = 6


def _is_heading_line(line: str, after: str, width: int) -> bool:
    """A short line with no mark ending it, a capital opening it and the next line: a
    heading between two paragraphs ("Key findings")."""
    line = line.strip()
    return (
        0 < zones.word_count(line) <= HEADING_WORDS
        and len(line) < WRAPPED * width
        and line[:1].isupper()
        and line[-1:].isalnum()
        and after[:1].isupper()
    )


def _join_lines(lines: list[str], width: int, spaced: bool = False) -> list[str]:
    """The paragraphs of hard-wrapped lines: a line runs on into the next when it does not
    end a sentence and is long enough to have been wrapped, or when it ends one but had no
    room for the next line's first word, in small letters; a list item's line starts a
    paragraph."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line, following, after in zip(lines, [*lines[1:], ""], [*lines[2:], "", ""], strict=True):
        current.append(line)
        first = (following.split() or [""])[0]
        ends = line[-1:] in ".!?:;。" or line[-2:] in (".»", ".”", '."', "?”", "!”")
        full = len(line) + 1 + len(first) > width
        # A labelled line ("Embargo: …", "Contact: …") with room left for the next line's
        # first word, a capital, stands alone: a PDF release's embargo over its headline.
        labelled = not full and len(current) == 1 and first[:1].isupper() and _opens_field(line)
        runs_on = (
            bool(following)
            and not _is_rule(line)
            and not _is_rule(following)
            and not (zones.LIST_MARK.match(following) and not runs_into_day(current, first, after))
            and not (_opens_field(following) and not runs_into_field(line, first, width))
            and not opens_byline(following)
            # "Jakarta, 2 Desember 2025 – …" opens the story under a headline that filled
            # its line.
            and not (not ends and opens_dated_dateline(following))
            and not _is_salutation(following, width)
            and not (not spaced and not current[:-1] and stands_alone(line, first, width))
            # "… a fix quickly.”" / "Key findings" / "The survey …": a short line with no
            # stop after a sentence's end is a heading, never a wrapped line's start.
            and not (ends and _is_heading_line(following, after, width))
            and (
                (not ends and len(line) >= WRAPPED * width and not labelled)
                # A full line ending a sentence runs on only into words in small letters
                # ("etc." in the middle of one); a new sentence on a new line is a new
                # paragraph far more often than a wrap that fell on a sentence's end.
                or (ends and full and (spaced or first[:1].islower()))
                # In a text that parts its paragraphs with blank lines, a line ending a
                # sentence within a few characters of the width ran on: a hand-wrapped
                # mail's width wavers ("… the boat exists. It has existed since October.").
                or (ends and spaced and len(line) >= NEARLY_FULL * width)
            )
        )
        if not runs_on:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _unwrap(lines: list[str]) -> list[str]:
    """A stack of wrapped paragraphs with no blank line between them (an e-mailed press
    release): most lines nearly full, and a paragraph ends at a line that had room for the
    next line's first word (wrapping would have put it there). Other stacks stay one block
    per line."""
    width = max(len(line) for line in lines)
    full = [len(line) >= WRAPPED * width for line in lines]
    # Wrapping breaks lines mostly inside sentences; rows of a table or a list end each
    # line with a full stop.
    ends = sum(line[-1:] in ".!?:;" for line in lines[:-1])
    if (
        len(lines) < WRAPPED_STACK
        or not WRAP_WIDTH <= width <= MAX_LINE_WIDTH
        or sum(full) < WRAPPED_SHARE * len(lines)
        or ends * 2 > len(lines) - 1
    ):
        return lines
    paragraphs: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        if len(line) + 1 + len((following.split() or [""])[0]) <= width:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _is_wrapped(lines: list[str]) -> bool:
    """Every line but the last nearly as wide as the widest; and not two lines of which the
    first ends a sentence (a notice and its button, "... uses cookies. / OK", or two footer
    lines), which wrapping at a fixed width seldom gives."""
    width = max(len(part) for part in lines)
    full = all(len(part) >= WRAPPED * width for part in lines[:-1])
    if len(lines) < 2 or not WRAP_WIDTH <= width <= MAX_LINE_WIDTH or not full:
        # Lines far wider than any wrapping are a copied page's paragraphs, one a line.
        return False
    if len(lines) == 2 and is_mail_folder(lines[1]):
        return False  # a mail's subject over Gmail's folder label ("Posteingang")
    if len(lines) == 2 and opens_byline(lines[1]):
        return False  # a headline over its byline in small letters ("von Anna Berg")
    if len(lines) == 2 and _is_dated_name(lines[1]):
        return False  # a headline over "Тарас Мельничук — Понеділок, 2 листопада 2026, 10:15"
    if any(line[:1].isupper() and _opens_field(line) for line in lines[1:]):
        return False  # a stack of fields ("Mass Times: …" / "Parish Office: …")
    if _is_rule(lines[-1]):
        return False  # a rule of dashes under the last line
    if _lists_items(lines):
        return False  # a lead-in over its items ("Au programme : / • visites … ; / • ateliers …")
    if len(lines) == 2 and lines[0][-1:].isalnum() and lines[1][:1].isupper():
        # A headline over its dek ("Les abeilles … sans pesticides / Une étude menée …"):
        # no mark ends the first line and the second starts a sentence; or over a longer
        # dek (wrapping fills the first line), a dek with no full stop either (a wrapped
        # paragraph ends one), or an agency's or a writer's name.
        over_name = len(lines[1].split()) <= NAME_WORDS
        unended = lines[1][-1:].isalnum()
        if (
            stops_on_short_word(lines[0])
            and len(lines[0].rsplit(None, 1)[-1]) <= 2
            and len(lines[1]) <= len(lines[0])
        ):
            # "… Service in / Zürich ein …": a wrapped paragraph's last line, shorter than
            # the line it runs on from. A headline may end on a verb's particle ("… keep
            # going up", "… schafft Gebühren ab", "… stelt besluit uit op") over a longer dek.
            return True
        return not (
            zones.is_sentence(lines[1]) or len(lines[1]) > len(lines[0]) or over_name or unended
        )
    # Nor a stack of sentences, a line each (a list whose marks the copy dropped): wrapping
    # at a width seldom breaks a line at a sentence's end, never at every one.
    return not (
        (len(lines) == 2 and zones.is_sentence(lines[0]))
        or (len(lines) > 2 and all(ends_sentence(line) for line in lines[:-1]))
    )


def _is_dated_name(line: str) -> bool:
    """A line that is a few words and a date with its year after them ("Anna Berg — 2. März
    2026, 10:15"): a byline and its date, which a wrapped paragraph's last line seldom is."""
    found = find_date_span(line, None, lead=DATED_NAME_WORDS)
    return bool(found and found[1] and not found[2] and len(found[1].split()) <= DATED_NAME_WORDS)


def _lists_items(lines: list[str]) -> bool:
    """Lines under the first open with list marks: two or more, one under a colon, or a
    bullet under a single line. One wrapped line may open with a date's day ("am / 12.
    März") or a dash inside a sentence."""
    marked = [index for index in range(1, len(lines)) if zones.LIST_MARK.match(lines[index])]
    if len(lines) == 2 and marked and not lines[1][:1].isdigit():
        return True  # a headline over a bulleted item
    return len(marked) >= 2 or any(lines[index - 1].rstrip()[-1:] in ":：" for index in marked)


def _marked(lines: list[str]) -> bool:
    """Some line of the stack carries a list mark: the readers of a page's boxes take such a
    stack whole ("Trending News" over its marked teasers)."""
    return any(zones.LIST_MARK.match(line) for line in lines)


def stack_openers(blocks: list[str], groups: list[int]) -> frozenset[str]:
    """The blocks that open a new stack of lines right under a stack of two or more: a
    "Read also" label and its teasers copied as one stack, the story's subheading under them
    set apart by a blank line. (A text with no blank lines, or one between every line, has
    no such block.)"""
    return frozenset(
        blocks[index]
        for index in range(2, len(blocks))
        if groups[index] != groups[index - 1] == groups[index - 2]
    )
