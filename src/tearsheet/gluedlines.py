"""A headline and the dek or caption under it, pasted as one line when the break was lost."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.bylinewords import BY, BY_START
from tearsheet.recognise import Draft, excerpt, header_part
from tearsheet.widelines import SUBTITLE

# A headline pasted with its dek or caption on one line is at least this long; the
# capitalised word that opens the second is a function word of at most GLUE_WORD letters.
GLUE_LENGTH = 160
GLUE_WORD = 3
GLUE_FROM = 5
# A headline wrapped onto two lines is at most this many words in all.
WRAPPED_HEADLINE_WORDS = 25
# A site's domain alone on its line ("hvg.hu", "delfi.lt", "news.err.ee"): the masthead
# under the headline, never its second line.
_DOMAIN_NAME = re.compile(r"(?:[^\W_][\w-]{0,40}+\.){1,3}+[a-z]{2,6}+")
# The language's "by" opening a line: a byline's, perhaps crediting a newsroom or a site.
_BY_OPENING = re.compile(rf"(?i:{BY})(?!\w)\s++|(?P<start>{BY_START})\s++")
# A newsroom or site credited after "by" is a name of at most this many words.
CREDIT_WORDS = 4


def glued_headline(line: str, lang: str | None) -> tuple[str, str] | None:
    """A headline and the dek or caption under it pasted as one line, the line break lost
    ("… slow grain barges as harvest peaks A towboat pushes barges …", "… inversión de 38
    millones La obra ganará …"): a word in small letters, then a capitalised function word
    of the language, where no sentence would have it. The headline and the rest, or None."""
    if len(line) <= GLUE_LENGTH or lang is None:
        return None
    words = line.split()
    stops = zones.stop_words(lang)
    for at in range(GLUE_FROM, min(len(words) - GLUE_FROM, 40)):
        before, word = words[at - 1], words[at]
        if (
            word[:1].isupper()
            and len(word) <= GLUE_WORD
            and word.casefold() in stops
            and before[-1:].isalnum()
            and (before[:1].islower() or before[:1].isdigit())
        ):
            return " ".join(words[:at]), " ".join(words[at:])
    return None


def mend_headline_lines(blocks: list[str], top: int, body_start: int, draft: Draft) -> int:
    """The headline read from the header ``blocks[top:body_start]``, mended where a line
    break split it from its dek or its own second line. Returns where the body starts."""
    from tearsheet.mailsubjects import subject_headline
    from tearsheet.pagehead import over_date

    glued = glued_headline(draft.headline or "", draft.lang)
    at = next((i for i in range(top, body_start) if blocks[i] == draft.headline), None)
    if glued is not None and at is not None and over_date(blocks, at, draft.lang):
        # The headline and its dek or caption pasted as one line, over the date or byline.
        draft.headline = glued[0]
        draft.dek = draft.dek or glued[1]
        draft.recognised.append(f"headline {excerpt(glued[0])} pasted with the line under it")
    elif (
        at is not None
        and at + 1 < len(blocks)
        and at + 1 <= body_start
        and wraps_on(draft.headline, blocks[at + 1], draft.lang)
        # The e-mail's subject gives the headline whole ("… que no marxa / per Marta …").
        and subject_headline(draft) != draft.headline
    ):
        # "Le musée de Grenoble rouvre ses salles d'art moderne / après dix-huit mois de
        # travaux": a headline hard-wrapped (a PDF, a mail), its second line taken for a dek
        # or the body's first; a long one onto a third ("… 18 milions / d'euros").
        under = at + 1
        while under < len(blocks) and (under <= body_start or under > at + 1):
            if under > at + 1 and not wraps_on(draft.headline, blocks[under], draft.lang):
                break
            if draft.dek == blocks[under]:
                draft.dek = None
            draft.headline = f"{draft.headline} {blocks[under]}"
            under += 1
        draft.recognised.append(f"headline {excerpt(draft.headline)} wrapped onto more lines")
        return max(body_start, under)
    return body_start


def wraps_on(headline: str | None, line: str, lang: str | None) -> bool:
    """The line under the headline goes on with it: the headline ends with no mark, the
    line opens in small letters (a dek, a byline or a sentence opens with a capital) and is
    no sentence nor a byline or date, and together they are a headline's length. Only in
    a script written with capitals (Georgian has small letters alone)."""
    from tearsheet.pagehead import same_script

    first = line[:1]
    return (
        headline is not None
        and any(char.isupper() for char in headline)
        and headline[-1:].isalnum()
        and first.isalpha()
        and (
            (first.islower() and first.upper() != first)
            or (first.isupper() and _title_case_wrap(headline, line, lang))
        )
        # A Cyrillic headline does not wrap onto a Latin handle ("… автором / dkorovin").
        and same_script(headline, line)
        and line[-1:] not in ".!?:"
        and not zones.is_sentence(line)
        and zones.word_count(f"{headline} {line}") <= WRAPPED_HEADLINE_WORDS
        and not header_part(line, Draft(lang=lang))  # "von Anna Berg", "vandaag, 08:32"
        and _DOMAIN_NAME.fullmatch(line.strip()) is None
        and not credits_by(line, lang)
    )


def credits_by(line: str, lang: str | None) -> bool:
    """ "de ZF Online", "by Staff Reporter": the language's "by" and a capitalised name,
    a newsroom's or site's byline under the headline, not the headline's second line. The
    bare "de" is "by" in Romanian only (in the Romance languages, "of": "… / de Correos")."""
    opening = _BY_OPENING.match(line)
    if opening is None or (opening.group("start") == "de" and lang != "ro"):
        return False
    words = line[opening.end() :].split()
    return 0 < len(words) <= CREDIT_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _title_cased(words: list[str], stops: frozenset[str]) -> bool:
    """Every word capitalised but the language's function words ("Plan to Replace Lead")."""
    return all(not w[:1].islower() or w.casefold() in stops for w in words)


def _title_case_wrap(headline: str, line: str, lang: str | None) -> bool:
    """A headline in title case that ends on a function word in small letters, the line
    under it in title case too ("… Approves $48 Million Plan to / Replace Lead Service Lines
    by 2030"): title case puts no such word last, so the headline goes on."""
    stops = zones.stop_words(lang)
    words, more = headline.split(), line.split()
    return (
        len(words) >= GLUE_FROM
        and GLUE_WORD <= len(more) <= len(words)  # a wrap's rest, no longer than the line
        and len(words[-1]) <= GLUE_WORD
        and words[-1].islower()
        and words[-1].casefold() in stops
        and _title_cased(words, stops)
        and _title_cased(more, stops)
    )


def join_subtitle(blocks: list[str], start: int, draft: Draft) -> int:
    """The subtitle between wave dashes right under the headline (the body's first line,
    or a header line left out), as a Japanese release prints it: the dek, not the story's
    (two of three releases' truths keep it out of the headline). Returns where the body
    starts."""
    at = next((i for i in range(start - 1, -1, -1) if blocks[i] == draft.headline), None)
    if at is None or at + 1 >= len(blocks) or at + 1 > start:
        return start
    line = blocks[at + 1].strip()
    if SUBTITLE.fullmatch(line) is None:
        return start
    draft.dek = draft.dek or line
    draft.recognised.append(f"dek {excerpt(line)}: the headline's subtitle")
    return start + 1 if at + 1 == start else start
