"""Copied text (a page selected and pasted) → an imported article: headline block, body, trailer."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.agencycredits import closing_agency, read_agency_alone
from tearsheet.anchorlines import is_anchor, read_date_over_headline
from tearsheet.captions import caption_indices
from tearsheet.closingbylines import read_closing_byline
from tearsheet.contentslists import contents_items
from tearsheet.credits import credit_from_tail, read_attribution
from tearsheet.datelines import is_dateline_alone, read_wire_dateline
from tearsheet.deks import read_dek_over_caption, read_dek_over_dateline
from tearsheet.entrymarks import is_live_entry
from tearsheet.errors import ContentError
from tearsheet.fallbackdates import date_from_paragraphs, date_from_trailer, date_from_wire_day
from tearsheet.headblock import (
    drop_blocks,
    find_headline,
    header_line,
    is_name,
    read_header,
    site_names,
    skip_masthead,
)
from tearsheet.headlines import mend_headline
from tearsheet.headrank import rerank_headline
from tearsheet.leadinglines import drop_leading_lines
from tearsheet.letters import (
    find_valediction,
    is_signed_line,
    opening_salutation,
    postscript_end,
    signature_end,
    team_signs,
)
from tearsheet.pagefooters import page_lines
from tearsheet.pagehead import NAME_OVER, read_name_in_gap
from tearsheet.paragraphs import (
    drop_bio,
    drop_clutter,
    is_button,
    is_subheading,
    repeated_lines,
)
from tearsheet.placemarks import read_place_stop
from tearsheet.publicbodies import read_announcing_body
from tearsheet.pullquotes import drop_pull_quotes
from tearsheet.recognise import (
    BYLINE,
    Draft,
    ImportedArticle,
    detect_language_into,
    doubt_missing,
    excerpt,
    header_part,
    normalise_lang,
)
from tearsheet.relatedboxes import box_stack_ends, skipped_boxes
from tearsheet.sections import list_under, paragraphs_to_marker
from tearsheet.signers import signed_name
from tearsheet.socialposts import embedded_posts
from tearsheet.sourcenames import spell_out_source
from tearsheet.summaries import cut_summary
from tearsheet.teaserlists import TEASER_LINES, teaser_list, teaser_pairs
from tearsheet.textblocks import pasted_lines, split_blocks, stack_openers
from tearsheet.trailer import end_of_body, prose_length, section_after, trailer_marker
from tearsheet.widelines import read_wrapped_headline

# More blocks than this between the header and the prose: a whole page was copied.
PAGE_GAP = 2
# The headline block's date and byline lie this close over the prose, ANCHOR_GAP apart.
HEADER_IN_RUN = 8
# A copied page's date and byline may stand this far over its prose (buttons, a photo).
HEADER_REACH = 16
ANCHOR_GAP = 2
# The credits a wire story closes with, in brackets: "(Reporting by Ann Lee in Lagos;
# Editing by Tom Berg)", "(Reportage Anne Roy; édité par Marc Joly)": words and names
# parted by a semicolon, no brackets inside.
_WIRE_CREDIT = re.compile(r"\([^()\n;]{8,200}+(?:;[^()\n;]{8,200}+){1,4}+\)")
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_\[\]])")
_BLOCK_MARKER = re.compile(r"^([#>]|[-+](?=\s))")
_LIST_NUMBER = re.compile(r"^(\d++)([.)])(?=\s)")


def escape_markdown(paragraph: str) -> str:
    """Keep a plain-text paragraph literal in Markdown (no accidental emphasis, lists, HTML)."""
    text = _MARKDOWN_SYNTAX.sub(r"\\\1", paragraph)
    text = text.replace("<", "&lt;")
    text = _BLOCK_MARKER.sub(r"\\\1", text)
    return _LIST_NUMBER.sub(r"\1\\\2", text)


def _after_header(
    blocks: list[str], classes: list[str], anchors: frozenset[int], start: int, end: int
) -> int:
    """Where the prose starts when the run of prose took in the headline block (a cookie
    notice or a dek above it read as prose): after the date and byline lines near its top,
    when more prose follows them than precedes them."""
    inside = sorted(
        a
        for a in anchors
        if start <= a < min(end, start + HEADER_IN_RUN) and not _in_box(blocks, a)
    )
    if not inside:
        return start
    last = _run_from(inside)
    if any(last < a < end for a in anchors):
        # Date lines all through the prose: a live blog's time stamps, not a header.
        return start
    before = prose_length(blocks[start : inside[0]], classes[start : inside[0]])
    after = prose_length(blocks[last + 1 : end], classes[last + 1 : end])
    return last + 1 if after > before else start


def _box_above(blocks: list[str], top: int, start: int) -> int | None:
    """Where the prose above a read-also box right over ``start`` ends (the box's label and
    its teaser lines between), when paragraphs of prose stand over the box; None otherwise."""
    label = zones.box_label_above(blocks, start - 1, min(start - 1 - top, TEASER_LINES + 1))
    if label is None:
        return None
    lines = blocks[label + 1 : start]
    if not lines or any(zones.is_prose(line) for line in lines):
        return None
    return label if label > top and zones.is_prose(blocks[label - 1]) else None


def _label_above(blocks: list[str], top: int, start: int, anchors: frozenset[int]) -> int | None:
    """Where the prose above one short line right over ``start`` begins its run (a banner's
    or an advertisement's label, a subheading inside the story: "[연합뉴스 배너]",
    "Anzeige"), when a paragraph of prose stands over it; None otherwise. Not a date or
    byline line: what stands over one is the headline block's."""
    above = start - 2
    if above < top or start - 1 in anchors or zones.is_sentence(blocks[start - 1]):
        return None
    if zones.word_count(blocks[start - 1]) > zones.LABEL_WORDS or not zones.is_prose(blocks[above]):
        return None
    return above if zones.clutter_of(blocks[above]) is None else None


def _in_box(blocks: list[str], index: int) -> bool:
    """A teaser's byline or date in a "Mehr zum Thema" box inside the story (its label a
    line or two above): the box's, not the article's header."""
    return index > 0 and zones.box_label_above(blocks, index - 1, 1) is not None


def _header_top(anchors: frozenset[int], top: int, start: int, reach: int = HEADER_IN_RUN) -> int:
    """The first of the date and byline lines just above the prose (the headline is over
    them), at most ``reach`` blocks above it; ``start`` when there are none."""
    above = sorted((a for a in anchors if max(top, start - reach) <= a < start), reverse=True)
    return _run_from(above) if above else start


def _run_from(positions: list[int]) -> int:
    """Of date and byline lines in the order given, the last of the run the first starts:
    each at most ANCHOR_GAP blocks from the one before."""
    end = positions[0]
    for position in positions[1:]:
        if abs(position - end) > ANCHOR_GAP:
            break
        end = position
    return end


def headline_anchors(blocks: list[str], anchors: frozenset[int]) -> frozenset[int]:
    """The date and byline lines that may be the headline block's: not those of a list of
    other articles, whose prose below them is another story's."""
    teasers = {index for pair in teaser_pairs(blocks, anchors, -1) for index in pair}
    return anchors - teasers


def _region_under(
    blocks: list[str], classes: list[str], first: list[str], body_start: int, region: range
) -> range:
    """The run of prose under the headline block. When the run found lies in the headline
    block (a long dek over a live blog's short entries), the story's is looked for under it,
    so that the entries are not lost with "nothing to import"."""
    if region.stop > body_start or body_start >= len(blocks):
        return region
    start, end = zones.main_region(blocks[body_start:], classes[body_start:], first[body_start:])
    return range(start + body_start, end + body_start)


def _first_entry(blocks: list[str], top: int, body_start: int, draft: Draft) -> int:
    """Where a live blog's first entry opens, when the header took its time (and its text
    as the dek): the body starts there."""
    entry = next(
        (i for i in range(top, body_start) if is_live_entry(blocks, i, range(i + 1, len(blocks)))),
        None,
    )
    if entry is None:
        return body_start
    if draft.dek is not None and draft.dek in blocks[entry:body_start]:
        draft.dek = None
    return entry


def _opens_prose(line: str) -> bool:
    """A sentence that is not clutter: above the prose run, the article's first paragraph."""
    return zones.is_sentence(line) and zones.clutter_of(line) is None


def _end_letter(
    blocks: list[str], body_start: int, body_end: int, draft: Draft, letter: set[int]
) -> int:
    """Where a letter's body ends: at its sign-off ("Until next week, / Tom Whitley", or on
    one line), past a last sentence the trailer took, but for a P.S.; the signer's name is
    the byline when the header gave none. The sign-off's blocks join ``letter``."""
    closing = find_valediction(blocks, body_start, body_end, draft.lang, draft.byline)
    if closing is not None:
        # "Until next week, / Tom Whitley": the letter's sign-off is the body's end (past a
        # last sentence the trailer took), and its name the byline when the header gave none.
        name = signed_name(blocks[closing + 1])  # "Pfr. Thomas Brandl SJ": the name
        if not draft.byline and is_name(name):
            draft.byline.append(name)
            draft.recognised.append(f"byline from the signature {excerpt(name)}")
        if closing <= body_end or (closing == body_end + 1 and zones.is_sentence(blocks[body_end])):
            # The letter ends with it: what follows is the mail's footer, but for a P.S.
            signed = signature_end(blocks, closing)
            letter.update(range(closing, signed))
            ends = postscript_end(blocks, signed)
            # Not past the story's own prose: a closing inside a story ("Thanks, / Ann" in
            # a quoted note) does not end it; one call to donate under the letter does.
            prose_after = sum(zones.is_prose(b) for b in blocks[ends:body_end]) > 1
            body_end = max(body_end, signed) if prose_after else ends
    elif body_end < len(blocks) and is_signed_line(blocks[body_end], draft.byline):
        letter.add(body_end)  # "Bon week-end, Camille": the letter's last line
        body_end += 1
    return body_end


def _opens_story(blocks: list[str], start: int, draft: Draft) -> bool:
    """The line over the prose opens the story: detik's "Jakarta -" on its own line, a live
    blog's first entry's time or update label ("AKTUALIZACJA, godz. 12.15")."""
    return is_dateline_alone(blocks[start - 1], draft.lang) or is_live_entry(
        blocks, start - 1, range(start, len(blocks))
    )


def _rerank_headline(
    pasted: tuple[list[str], list[int]], draft: Draft, paragraphs: list[str]
) -> list[str]:
    """The learned ranker's headline; where it stood lower down than the first paragraph
    (a mailed release's cover note over it), the story under it opens with its own dek and
    dateline, read as at the top."""
    ranked = rerank_headline(*pasted, draft, paragraphs, is_anchor)
    if len(ranked) < len(paragraphs) - 1 and draft.dateline is None:
        ranked = read_dek_over_dateline(ranked, draft)
        read_wire_dateline(ranked, draft)
    return ranked


def _read_gap(blocks: list[str], gap: range, anchors: frozenset[int], draft: Draft) -> list[int]:
    """The lines between the headline block and the prose that credit the story: a writer's
    name (tearsheet.pagehead), or right under the date or byline line an agency in the
    byline's place ("PTI"; a picture's credit stands under its caption, a text-size button
    "AA" under "Share")."""
    read = [i for i in gap if read_name_in_gap(blocks, i, draft)]
    # "Autorka/Autor: Magdalena Zielińska" under the photo's credit and the buttons, the date
    # read over them: the byline line, where no byline was read.
    read += [
        i
        for i in gap
        if i in anchors
        and not draft.byline
        and BYLINE.match(blocks[i])
        and header_part(blocks[i], draft)
    ]
    return read + [i for i in gap if i - 1 in anchors and read_agency_alone(blocks[i], draft)]


def _read_closing(paragraphs: list[str], draft: Draft) -> list[str]:
    """The closing credit lines read off the story's end, and the writer's bio under the
    story dropped; a credit over the bio ("Quelle: F.A.Z." / the writer's card) is read
    once the bio has gone."""
    paragraphs = read_attribution(paragraphs, draft)
    before_bio = len(paragraphs)
    paragraphs = drop_bio(paragraphs, draft)
    return read_attribution(paragraphs, draft) if len(paragraphs) < before_bio else paragraphs


def parse_text(text: str, lang: str | None = None) -> ImportedArticle:
    """Recognise headline, date, byline, dateline and source in copied text; drop clutter.

    The text is split into blocks and zones (tearsheet.zones): the page's furniture above
    the headline, the headline block, the body (the run of prose) and the trailer.
    """
    lines = pasted_lines(text)
    draft = Draft(lang=normalise_lang(lang))
    if draft.lang is None:
        detect_language_into(
            " ".join(line for line in lines if zones.text_length(line) > 40) or text, draft
        )
    blocks, groups = split_blocks(lines)
    pasted = (blocks, groups)  # what the headline ranker reads
    blocks, groups, summary = cut_summary(blocks, groups, draft)
    if not blocks:
        raise ContentError(None, "nothing to import: the text is empty")
    classes = zones.classify(blocks, draft.lang)
    first = zones.first_pass(blocks, draft.lang)
    anchors = frozenset(i for i, block in enumerate(blocks) if is_anchor(block, draft.lang))
    region_start, region_end = zones.main_region(
        blocks, classes, first, headline_anchors(blocks, anchors)
    )
    region_start = _after_header(blocks, classes, anchors, region_start, region_end)
    names = site_names(blocks)
    top = skip_masthead(blocks, groups, names, draft)
    # What an e-mail's header over the page gave (its sender, its date) holds however the
    # page's headline block is read.
    mailed = (list(draft.byline), draft.date, list(draft.recognised))
    body_start = read_header(blocks, top, draft, names)
    body_start = _first_entry(blocks, top, body_start, draft)
    while region_start > body_start and (
        _opens_prose(blocks[region_start - 1])
        or (box := _box_above(blocks, body_start, region_start)) is not None
        or (box := _label_above(blocks, body_start, region_start, anchors)) is not None
    ):
        # A short first paragraph right above the prose ("Time is not on his side."), or
        # the story's first paragraphs over a "Mehr zum Thema" box or a banner's label
        # inside it.
        region_start = region_start - 1 if _opens_prose(blocks[region_start - 1]) else box
    letter: set[int] = set()  # a letter's salutation and sign-off: the body's, whatever they look
    if opening_salutation(blocks, body_start, region_start):
        region_start -= 1  # a letter's "Dear Member," opens the body
        letter.add(region_start)
    elif region_start > body_start and _opens_story(blocks, region_start, draft):
        region_start -= 1
    # Buttons and counters between the headline block and the prose ("Share", "14", "Listen
    # to this article") are furniture; anything else there means a whole page was copied.
    gap = blocks[body_start:region_start] if region_end > region_start else []
    buttons = all(is_button(b) for b in gap)
    whole_page = bool(gap) and len(gap) > PAGE_GAP and not buttons
    # The date and byline lines stand far down, over the prose, with only menus above them:
    # the headline block is there, not at the top.
    cluster = (
        _header_top(anchors, top, region_start, HEADER_REACH) if region_end > region_start else 0
    )
    unread = draft.date is None and not draft.byline
    whole_page = whole_page or (body_start < cluster < region_start and unread)
    # The top's headline block read a date and a byline, and none stands over the prose (a
    # review's verdict box between them): its reading stands, what lies between is the page's.
    stands = draft.date is not None and bool(draft.byline) and draft.byline != mailed[0]
    stands = stands and whole_page and cluster == region_start and draft.headline is not None
    buttons = (buttons and not whole_page) or stands
    if gap and buttons:
        for block in gap if draft.date is None else ():
            header_line(block, draft)  # Medium's "Published in / X / · / Jan 3, 2024"
        read = _read_gap(blocks, range(body_start, region_start), anchors, draft)
        drop_blocks(
            [b for i, b in enumerate(gap, body_start) if i not in read],
            "captions and credits",
            draft,
        )
        body_start = region_start
    if whole_page and not stands:
        # A whole copied page: menus above, the article's prose further down.
        headline_at = find_headline(blocks, top, cluster, draft.lang, region_start)
        page = Draft(
            lang=draft.lang,
            lang_guessed=draft.lang_guessed,
            recognised=[r for r in draft.recognised if "language" in r],
        )
        page.doubts = [d for d in draft.doubts if d.code == "import-lang-unknown"]
        page.stripped, page.removed = draft.stripped, draft.removed
        page.byline, page.date = list(mailed[0]), mailed[1]
        page.recognised += [r for r in mailed[2] if "language" not in r]
        draft = page
        # The headline under the date line: the card over it credits the story.
        card = range(max(top, cluster - NAME_OVER), headline_at if headline_at > cluster else 0)
        read = [i for i in card if i in anchors and header_line(blocks[i], draft)]
        read += _read_gap(blocks, card, anchors, draft)
        above = [b for i, b in enumerate(blocks[top:headline_at], top) if i not in read]
        drop_blocks(above, "page furniture above the headline", draft)
        header_end = read_header(blocks, headline_at, draft, names)
        # The date and byline lines may stand apart from the headline, below a dek, a
        # photo and its buttons: they are read where they are.
        between = range(header_end, region_start)
        read = [i for i in between if i in anchors and header_line(blocks[i], draft)]
        read += _read_gap(blocks, between, anchors, draft)
        drop_blocks([blocks[i] for i in between if i not in read], "captions and credits", draft)
        read_date_over_headline(
            blocks, range(max(top, headline_at - NAME_OVER), headline_at), draft
        )
        body_start = max(header_end, region_start)
    body_start = read_wrapped_headline(blocks, mend_headline(blocks, top, body_start, draft), draft)
    body_start = read_dek_over_caption(blocks, body_start, draft)
    draft.dek = draft.dek or summary  # a summary box's, read before the whole page's header
    region = _region_under(blocks, classes, first, body_start, range(region_start, region_end))
    region_start, region_end = region.start, region.stop
    if region_end > region_start:
        teasers = teaser_list(blocks, anchors, max(region_start, body_start))
        if teasers is not None and teasers < region_end:
            region_end = max(teasers, body_start)
        body_end = end_of_body(
            blocks, classes, body_start, max(region_end, body_start), unsigned=not draft.byline
        )
        if teasers is not None and teasers >= body_start:
            # Not even a sentence after the prose goes past it ("What made Joker so popular?").
            body_end = min(body_end, teasers)
    else:
        # No block reads as prose by itself (a short text): a trailer marker still ends it.
        marker = trailer_marker(blocks, classes, body_start, len(blocks))
        body_end = len(blocks) if marker is None else marker
    listed = list_under(blocks, groups, body_end) if body_end > body_start else None
    if listed is None and body_end > body_start:
        listed = paragraphs_to_marker(blocks, groups, body_end)
    kept = range(body_end, listed or body_end)
    body_end = listed or body_end
    body_end = _end_letter(blocks, body_start, body_end, draft, letter)
    trailer = blocks[body_end:]
    body = blocks[body_start:body_end]
    kinds = [
        "list" if i in kept else "letter" if i in letter else classes[i]
        for i in range(body_start, body_end)
    ]
    # The lines a blank line sets apart from a box's stack over them (subheadings, not teasers).
    openers = stack_openers(blocks, groups)
    captions = caption_indices(body, draft)
    skipped = skipped_boxes(body)  # "skip past newsletter promotion" … "after …"
    drop_blocks([b for i, b in enumerate(body) if i in skipped - captions], "skipped box", draft)
    footers = page_lines(blocks)  # a pasted PDF's "Communiqué de presse – Ville … 1/2"
    paged = {i for i, b in enumerate(body) if b in footers} - captions - skipped
    drop_blocks([body[i] for i in sorted(paged)], "page footer", draft)
    # A social post embedded in the story ("Gemeente Tilburg" / "@gemeentetilburg" / …).
    posts = embedded_posts(body, draft.lang) - captions - skipped - paged
    drop_blocks([body[i] for i in sorted(posts)], "embedded post", draft)
    dropped = captions | skipped | paged | posts
    body = [b for i, b in enumerate(body) if i not in dropped]
    kinds = [k for i, k in enumerate(kinds) if i not in dropped]
    if whole_page:
        # Inside a copied page's article, what is neither prose nor a sentence is furniture
        # (other headlines, tags, "(View all)"); subheadings between prose are prose.
        prose = [
            k != "bad"
            or zones.is_sentence(b)
            or zones.is_box_label(b)
            # "الرياض 14 رمضان 1446 هـ … واس": the dateline on a line of its own opens it.
            or (i == 0 and is_dateline_alone(b, draft.lang))
            for i, (b, k) in enumerate(zip(body, kinds, strict=True))
        ]
        if body and (_WIRE_CREDIT.fullmatch(body[-1]) or closing_agency(body[-1], draft)):
            # "(Reporting by …; Editing by …)", "(APA, red, 4.7.2026)": the story's own credit
            prose[-1] = True
        keep = [ok or is_subheading(body, i, prose, openers) for i, ok in enumerate(prose)]
        # The post's tags right under a list at the body's end ("Ämnen i artikeln") close
        # it as the story's; a box of the page's ("Most read") does not.
        tags = [t for t in trailer[:1] if (c := zones.clutter_of(t)) and c.name == "tags line"]
        for i in range(len(body)):
            if (end := min(section_after(body + tags, i), len(body))) > i:
                keep[i:end] = [True] * (end - i)  # a section's heading, lead-in and items
        drop_blocks(
            [b for b, ok in zip(body, keep, strict=True) if not ok],
            "page furniture in the article",
            draft,
        )
        body = [b for b, ok in zip(body, keep, strict=True) if ok]
    repeated = repeated_lines(blocks) - contents_items(blocks)
    paragraphs = drop_clutter(body, draft, repeated, openers, box_stack_ends(blocks, groups))
    paragraphs = drop_pull_quotes(paragraphs, draft)
    paragraphs = _read_closing(paragraphs, draft)
    # A team's signature ends the letter, stays in it and names its sender ("Le bureau de …").
    signed = paragraphs[-1:] if paragraphs and team_signs(paragraphs[-1]) else []
    credit_from_tail([*signed, *trailer], draft)
    spell_out_source(paragraphs, draft)
    read_announcing_body(paragraphs, draft)
    paragraphs = read_closing_byline(paragraphs, trailer, draft)
    drop_blocks(trailer, "trailer", draft)
    read_wire_dateline(paragraphs, draft)
    read_place_stop(paragraphs, draft)
    # A header's date line left over the story is read before the lines over the story go.
    paragraphs = date_from_paragraphs(paragraphs, draft)
    paragraphs = drop_leading_lines(paragraphs, draft)
    date_from_trailer(trailer, draft)
    date_from_wire_day(draft)
    if draft.source:
        # "By Reuters" over a Reuters story names the source, not an author.
        draft.byline = [n for n in draft.byline if n.casefold() != draft.source.casefold()]
    paragraphs = _rerank_headline(pasted, draft, paragraphs)
    doubt_missing(draft, paragraphs)
    return draft.freeze("\n\n".join(escape_markdown(p) for p in paragraphs) + "\n")
