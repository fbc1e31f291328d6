"""The headline block of copied text: the masthead above it, the kicker, headline and
candidate headlines, and the date, byline and reading-time lines around them."""

from __future__ import annotations

from tearsheet import zones
from tearsheet.consent import is_consent_notice
from tearsheet.datelines import opens_with_dateline
from tearsheet.deks import CLOCK, is_under_dek
from tearsheet.entrymarks import is_live_entry
from tearsheet.gluedlines import mend_headline_lines
from tearsheet.headcaptions import is_caption_over_credit
from tearsheet.headerlabels import (
    is_bare_label,
    is_labelled_issuer,
    labelled_lines,
    labels_date,
    read_labelled_issuer,
)
from tearsheet.headerlines import header_line as header_line
from tearsheet.headerlines import is_audience_label
from tearsheet.headernames import (
    confirms_name,
    is_under_press_contact,
    joined_names,
    name_text,
    read_label_pairs,
    read_name_among_titles,
    read_under_dek,
)
from tearsheet.kickers import (
    dek_under,
    deks_between,
    drop_box_teaser,
    ends_menu_run,
    headline_over_dek,
    is_capitals_label,
    is_menu_path,
    is_overline,
    is_question_headline,
    is_series_label,
    names_life,
    read_kicker_over,
    read_masthead_over,
    repeats_menu,
)
from tearsheet.letters import is_salutation
from tearsheet.mailsubjects import is_mail_subject, read_subject_over_masthead, subject_headline
from tearsheet.masthead import (
    is_logo_text,
    is_newsletter_banner,
    is_site_name,
    is_web_address,
)
from tearsheet.masthead import site_names as site_names
from tearsheet.masthead import skip_masthead as skip_masthead
from tearsheet.namelines import is_co_author
from tearsheet.pagehead import HEADER_SEPARATOR as HEADER_SEPARATOR
from tearsheet.pagehead import KICKER_WORDS as KICKER_WORDS
from tearsheet.pagehead import drop_blocks as drop_blocks
from tearsheet.pagehead import find_headline as find_headline
from tearsheet.pagehead import (
    is_breadcrumb,
    is_button_row,
    is_foreign_path,
    names_line,
)
from tearsheet.pagehead import is_kicker as is_kicker
from tearsheet.paywalls import is_article_prompt, is_paywall_notice
from tearsheet.personnames import confirms_byline, is_role_line, lines_under_name
from tearsheet.places import is_place_name
from tearsheet.recognise import Draft, credit_line, excerpt, is_name
from tearsheet.slashcredit import is_credit_word as _is_credit_word
from tearsheet.slashcredit import read_slash_credit
from tearsheet.underheadlines import (
    EMAIL,
    caption_end,
    continues_line,
    headline_outranks,
    headline_read,
    headline_under,
    is_name_under_dek,
    is_picture_credit,
    join_wrapped,
    over_headline,
    take_headline_under,
    titles_over_prose,
)

# How many lines under the headline may hold the date, the byline or a second headline.
HEADER_LINES = 6
# How far under the top a date or byline line may anchor the headline block, and how many
# title-like lines above it may be kicker, headline and dek.
ANCHOR_SCAN = 14
# A name line naming a place of this many people is a menu's region or city, not a writer.
NAMED_PLACE = 100_000
MAX_TITLES = 4
# A dek (a sentence under the headline, over the byline) is at most this long.
DEK_LENGTH = 250
# A dek (standfirst) under the headline is at most this many characters.
MAX_DEK = 400


def read_header(
    blocks: list[str], top: int, draft: Draft, names: frozenset[str] = frozenset()
) -> int:
    """Take the headline block from ``top`` on; return where the body starts. With a date
    or byline line near the top, the headline is read around it; otherwise the headline is
    the first line and the date/byline lines are under it."""
    end = _read_header(blocks, top, draft, names)
    read_subject_over_masthead(draft)  # the newsletter's name read over its date
    return mend_headline_lines(blocks, top, end, draft)


def _read_header(
    blocks: list[str], top: int, draft: Draft, names: frozenset[str] = frozenset()
) -> int:
    anchor, kinds = _find_anchor(blocks, top, draft)
    if (
        anchor is not None
        and kinds[-1] == "header"
        and ends_menu_run(blocks, anchor - 1)
        and CLOCK.search(blocks[anchor])
    ):
        # "… / Mogginn / Minningargreinar / Innlent | mbl | 14.1.2025 | 16:02": the menu over
        # the story's date and time, the headline under it (a bare date is the day's).
        drop_blocks(blocks[top:anchor], "page furniture above the headline", draft)
        header_line(blocks[anchor], draft)
        top = anchor + 1
        anchor, kinds = _find_anchor(blocks, top, draft)
    if anchor is None:
        # A date over the headline (Blogger's "Tuesday, March 5, 2024"): read, and the
        # headline is the line under it.
        while top + 2 < len(blocks) and _header_kind(blocks, top, draft) == "header":
            header_line(blocks[top], draft)
            top += 1
    if anchor is not None and (titles := _read_titles(blocks, top, anchor, kinds, draft, names)):
        return _read_anchored_header(blocks, top, anchor, kinds, titles, draft)
    # No title over the date or byline (only the site's name is there): the headline is
    # the first line, as when no such line stands near the top.
    opens_story = (
        opens_with_dateline(blocks[top], draft.lang)
        or _header_kind(blocks, top, draft) == "prose"
        or is_salutation(blocks[top])
    )
    if opens_story and (subject := subject_headline(draft)) is not None:
        # A mailed release or newsletter whose title is only in the subject: the story (or
        # the letter's greeting, "Hi all,") opens under the header; the subject is the
        # headline.
        draft.headline = subject
        draft.recognised.append(f"headline {excerpt(subject)} from the e-mail's subject")
        return top
    if opens_with_dateline(blocks[top], draft.lang):
        # "Bilbao, 3 de marzo de 2026.– El Ayuntamiento …": the story itself, with no
        # headline over it; the headline is left for the user to fill in.
        return top
    draft.headline = blocks[top]
    draft.recognised.append("headline from the first line")
    body_start = top + 1
    candidates: list[str] = []
    end = min(len(blocks), top + HEADER_LINES)
    for number in range(top + 1, end):
        line = blocks[number]
        trial = Draft(lang=draft.lang, date=draft.date, dateline=draft.dateline)
        following = blocks[number + 1] if number + 1 < len(blocks) else ""
        if header_line(line, trial):
            pass
        elif zones.clutter_of(line) is not None and not candidates:
            draft.stripped.append(f"button or label {excerpt(line)}")
            draft.removed.append(("button or label", line))
            body_start = number + 1
            continue
        elif (
            not draft.byline
            and is_name(line)
            and not is_logo_text(line)  # "AP Logo" over "Menu"
            and confirms_name(following, draft)
        ):
            trial.byline.append(line)
            trial.recognised.append(f"byline from the name line {line!r}")
        elif (
            not draft.byline
            and body_start == top + 1
            and is_name_under_dek(line, candidates, following)
        ):
            trial.byline.append(line)
            trial.recognised.append(f"byline from the name line {line!r} under the dek")
        elif is_salutation(line) and not candidates:
            break  # the letter starts: "Liebe Kundinnen und Kunden,"
        elif is_salutation(line) and read_masthead_over(blocks[top:number], draft):
            body_start = number
            break
        else:
            prose = len(line) > 160 or (len(line) > 60 and zones.is_sentence(line))
            if body_start > top + 1 or prose or len(candidates) >= 2:
                if (
                    len(candidates) == 1
                    and body_start == top + 1
                    and (is_kicker(draft.headline) or is_overline(draft.headline, candidates[0]))
                ):
                    draft.other_headlines.extend(candidates)
                    body_start = number
                break
            candidates.append(line)
            continue
        draft.date = trial.date
        draft.dateline = trial.dateline
        draft.byline.extend(trial.byline)
        draft.recognised.extend(trial.recognised)
        draft.stripped.extend(trial.stripped)
        body_start = number + 1
        draft.other_headlines.extend(candidates)
        candidates = []
    read_kicker_over(draft)
    wraps = draft.other_headlines and continues_line(draft.headline or "", draft.other_headlines[0])
    if wraps and subject_headline(draft) != draft.headline:
        # A headline wrapped onto a second line (unless the mail's subject gives it whole).
        draft.headline = f"{draft.headline} {draft.other_headlines.pop(0)}"
    _doubt_headlines(draft, "the first line")
    return body_start


def _doubt_headlines(draft: Draft, which: str) -> None:
    if draft.other_headlines:
        others = ", ".join(repr(c) for c in draft.other_headlines)
        note = f"the others are noted in the front matter ({others})"
        draft.doubt(
            "import-headline-doubt",
            f"several candidate headlines: used {which} {draft.headline!r}; {note}",
        )


def _header_kind(blocks: list[str], number: int, draft: Draft) -> str:
    """What a block near the top is: 'header' (date, byline, reading time), 'name' (a bare
    name the next lines confirm), 'clutter', 'prose', or 'title' (anything else short)."""
    line = blocks[number]
    trial = Draft(lang=draft.lang)
    if header_line(line, trial):
        return "header"
    if zones.clutter_of(line) is not None or is_breadcrumb(line) or is_button_row(line):
        return "clutter"
    if is_web_address(line):
        return "clutter"  # the page's address, printed over it by the browser
    if is_consent_notice(line) or is_paywall_notice(line) or is_article_prompt(line):
        return "clutter"  # a cookie banner or a paywall's notice, in any language
    if not any(char.isalnum() for char in line):
        return "clutter"  # "/", "·": a separator copied on its own line
    following = lines_under_name(blocks, number, draft.lang)
    if is_menu_path(blocks, number):
        return "title"  # "Fakty Polska" under the menu: the page's path, no writer's name
    if names_line(line) and any(confirms_name(f, draft) or confirms_byline(f) for f in following):
        # Not a menu's region ("Rio Grande do Sul" over "Buscar"), asked last: the table loads.
        return "title" if is_place_name(line, draft.lang, population=NAMED_PLACE) else "name"
    if len(line) > 160 or (len(line) > 60 and zones.is_sentence(line)):
        return "prose"
    return "title"


def _find_anchor(blocks: list[str], top: int, draft: Draft) -> tuple[int | None, list[str]]:
    """The first date or byline line under the top (before any prose), and the kinds of the
    blocks from ``top`` on as far as the scan went."""
    kinds: list[str] = []
    for number in range(top, min(len(blocks), top + ANCHOR_SCAN)):
        kind = _header_kind(blocks, number, draft)
        if kind == "prose" and number == top and is_question_headline(blocks[number]):
            kind = "title"  # "Why do bread prices not fall though wheat does?" over its byline
        elif kind == "prose" and _is_dek(blocks, number, kinds, draft):
            kind = "dek"
        over = blocks[number - 1] if number > top else ""
        if kind == "title" and kinds[-1:] == ["label"] and is_labelled_issuer(over, blocks[number]):
            kind = "label"  # "From: / Department for Environment, Food & Rural Affairs"
            read_labelled_issuer(over, blocks[number], draft)
        elif kind == "title" and number + 1 < len(blocks) and is_bare_label(blocks[number]):
            kind = "label"
        elif (
            kind == "header"
            and kinds[-1:] == ["title"]
            and labels_date(over, blocks[number], draft.lang)
        ):
            kinds[-1] = "label"  # "Published / 28 May 2026", "Veröffentlicht am / 3. März 2026"
        kinds.append(kind)
        if kind == "prose":
            break
        if kind in ("header", "name") and number > top and "title" in kinds:
            return number, kinds
    return None, kinds


def _is_dek(blocks: list[str], number: int, kinds: list[str], draft: Draft) -> bool:
    """A standfirst between the headline and the byline or date: one sentence or two right
    under a title line, with a date or byline line at most two blocks under it."""
    if not kinds or kinds[-1] != "title" or len(blocks[number]) > MAX_DEK:
        return False
    following = range(number + 1, min(len(blocks), number + 3))
    if any(_header_kind(blocks, n, draft) in ("header", "name") for n in following):
        return True
    # "<dek> / From: / Home Office / Published / 26 February 2025": labels and their values.
    return labelled_lines(blocks, number + 1, draft.lang) > 0


def _read_titles(
    blocks: list[str], top: int, anchor: int, kinds: list[str], draft: Draft, names: frozenset[str]
) -> list[int]:
    """The title-like lines over the anchor: section labels become the kicker, an agency's
    word over the date the source; returns the rest (headline first, then deks)."""
    titles: list[int] = []
    caption = None
    for number in range(anchor - 1, top - 1, -1):
        kind = kinds[number - top]
        if kind == "clutter" and titles and is_picture_credit(blocks[number]):
            caption = number - 1  # "<caption>. / Foto: Jonas Ekströmer/TT" under the headline
            continue
        if number == caption and blocks[number].rstrip()[-1:] in ".。":
            drop_blocks([blocks[number]], "captions and credits", draft)
            continue
        if kind == "title" and not is_site_name(blocks[number], names):
            titles.insert(0, number)
            if len(titles) == MAX_TITLES:
                break
        elif kind == "label":
            continue  # "From: / <issuer> / Published / <date>" between the headline and date
        elif (
            kind == "dek"
            and not titles
            and number > top
            and kinds[number - 1 - top] == "title"
            and labelled_lines(blocks, number + 1, draft.lang)
        ):
            # "<headline> / <dek> / From: / <issuer> / <date>": the headline stands right
            # over its dek; the titles over it are labels and menus.
            titles = [number - 1]
            break
        elif (
            kind == "dek" and not titles and number > top and repeats_menu(blocks, number - 1, top)
        ):
            titles = [number]  # "<menu> / Нови Сад / <headline ending in 2027.> / <date>"
            break
        elif titles and kind == "dek" and number > top and kinds[number - 1 - top] == "title":
            # "<headline> / <dek> / Un texte de Marie Roy / <date>": a dek stands under its
            # headline, so a line under the dek is the byline's, not the headline.
            read_under_dek([blocks[t] for t in titles], draft)
            titles = []
        elif titles and kind != "title":
            break
    titles = drop_box_teaser(blocks, read_label_pairs(blocks, titles, draft), draft)
    read_name_among_titles(blocks, titles, kinds, top, anchor, draft)
    if len(titles) > 1 and _is_credit_word(blocks[titles[-1]]):
        # "Lusa", "STT" over the date: the agency or paper, not a second headline; under a
        # caption's sentence ("Aspas celebra el gol en Balaídos. / EFE"), the picture's.
        credit = blocks[titles.pop()]
        if is_caption_over_credit(blocks, titles[-1], titled_over=False):
            titles.pop()
        else:
            draft.source_hint = credit
    # Section labels over the headline ("News", "Falmouth"): short lines over a longer one.
    while len(titles) > 1:
        if is_foreign_path(blocks[titles[0]], [blocks[t] for t in titles[1:]]):
            # "Hindi News Local Mp Indore" over a Hindi headline: the site's path, which
            # goes with the page's furniture above the headline.
            titles.pop(0)
            continue
        label = (
            (
                (is_kicker(blocks[titles[0]]) and not names_life(blocks[titles[0]]))
                or is_series_label(blocks[titles[0]])
                or is_newsletter_banner(blocks[titles[0]])
                or (is_capitals_label(blocks, titles) and dek_under(titles, kinds, top, anchor))
            )
            and any(len(blocks[t]) > len(blocks[titles[0]]) for t in titles[1:])
            and not headline_over_dek(blocks, titles)
            and not is_mail_subject(blocks[titles[0]], draft)
        )
        if not (label or is_overline(blocks[titles[0]], blocks[titles[1]])):
            break
        draft.kicker = blocks[titles.pop(0)]
    return titles


def _read_anchored_header(
    blocks: list[str], top: int, anchor: int, kinds: list[str], titles: list[int], draft: Draft
) -> int:
    """The headline block around a date or byline line: the title-like lines above it are
    section labels (a few words over a longer line), the headline and a dek; the date,
    byline, buttons and a role or place line between them below it. Returns where the body
    starts."""
    headline_at = titles[0]
    draft.headline = blocks[headline_at]
    join_wrapped(blocks, titles, draft)
    above = []
    deks = deks_between(blocks, top, anchor, kinds, titles)
    draft.other_headlines.extend(blocks[i] for i in titles[1:] if i not in deks)
    _doubt_headlines(draft, "the first line" if headline_at == top else "the line")
    if deks and draft.dek is None:
        draft.dek = blocks[deks[0]]
        draft.recognised.append(f"dek {excerpt(blocks[deks[0]])}")
    for number in range(top, headline_at):
        if kinds[number - top] == "header":
            header_line(blocks[number], draft)
        elif blocks[number] != draft.kicker:
            above.append(blocks[number])
    drop_blocks(above, "page furniture above the headline", draft)
    draft.recognised.append(f"headline from the line over the {_anchor_word(kinds[anchor - top])}")
    number = anchor
    while number < len(blocks):
        kind = (
            kinds[number - top]
            if number - top < len(kinds)
            else _header_kind(blocks, number, draft)
        )
        line = blocks[number]
        if kind == "header":
            header_line(line, draft)
        elif (
            kind == "name"
            and (not draft.byline or is_co_author(blocks, number, draft.byline))
            and not is_under_press_contact(blocks, number)
        ):
            draft.byline.extend(names_line(name_text(line)) or [name_text(line)])
            draft.recognised.append(f"byline from the name line {line!r}")
        elif kind == "clutter" or is_audience_label(line):
            draft.stripped.append(f"button or label {excerpt(line)}")
            draft.removed.append(("button or label", line))
        elif (
            kind == "title"
            and not draft.byline
            and (names := [name_text(line)] if is_name(line) else joined_names(line))
            and not over_headline(blocks, number)
        ):
            # A name under the date ("Pubblicato il 4 marzo 2023 / Marco Ferri"), or two
            # ("18.03.26 / Francesca Ruggeri e Marco Tedeschi").
            draft.byline.extend(names)
            draft.recognised.append(f"byline from the name line {line!r} under the date")
        elif kind == "name" or (
            kind == "title" and (_between_header_lines(blocks, number, draft) or is_role_line(line))
        ):
            draft.stripped.append(f"role or place under the byline {excerpt(line)}")
            draft.removed.append(("byline role", line))
        elif (credit := caption_end(blocks, number)) is not None:
            drop_blocks(blocks[number : credit + 1], "captions and credits", draft)
            number = credit
        elif kind in ("title", "prose") and (under := titles_over_prose(blocks, number, draft)):
            if headline_read(draft) or headline_outranks(blocks, under, draft):
                # A caption, or an interview's credit line, between the header and the
                # prose; what follows it is the body's (an interview's first question).
                asks = [i for i in under if blocks[i].rstrip("\"'”’»)")[-1:] in "?？"]
                if asks:
                    drop_blocks(blocks[number : asks[0]], "captions and credits", draft)
                    number = asks[0]
                    break
                drop_blocks(blocks[number : under[-1] + 1], "captions and credits", draft)
                number = under[-1]
            else:
                number = take_headline_under(blocks, under, draft)
        elif (EMAIL.search(line) or credit_line(line)) and len(line) <= DEK_LENGTH:
            # A press contact, or a picture's credit ("Illustration by X / Y. Source: Z").
            draft.stripped.append(f"contact or credit line {excerpt(line)}")
            draft.removed.append(("contact or credit line", line))
        elif headline_under(titles, blocks, number, kind, draft):
            # "NEWS RELEASE / Embargoed until 8 January 2024 / <headline>": over the date
            # there was only a label, the headline is under it.
            draft.kicker, draft.headline = draft.headline, line
            draft.recognised.append(f"headline {excerpt(line)} under the date")
        elif not _read_credit_or_dek(blocks, number, kind, draft):
            break
        number += 1
    return number


def _read_credit_or_dek(blocks: list[str], number: int, kind: str, draft: Draft) -> bool:
    """A wire's dateline line with its credit ("Пловдив /БТА/"), or a standfirst among the
    header's lines: a sentence or two with a date or byline line right under it, as reader
    views and many sites print them ("<byline> / 5–6 Minuten / <dek> / <date>")."""
    line, after = blocks[number], blocks[number + 2] if number + 2 < len(blocks) else ""
    if read_slash_credit(line, draft):
        drop_blocks([line], "the wire's dateline line", draft)
        return True
    if (
        kind == "prose"
        and draft.dek is None
        and len(line) <= MAX_DEK
        and number + 1 < len(blocks)
        and is_under_dek(blocks[number + 1], _header_kind(blocks, number + 1, draft), after)
        # "14:50" under it opens a live blog's first entry: the paragraph is the story's.
        and not is_live_entry(blocks, number + 1, range(number + 1, len(blocks)))
    ):
        draft.dek = line
        draft.recognised.append(f"dek {excerpt(line)} between the header lines")
        return True
    return False


def _anchor_word(kind: str) -> str:
    return "byline" if kind == "name" else "date or byline"


def _between_header_lines(blocks: list[str], number: int, draft: Draft) -> bool:
    """A short line between a byline and a date is the author's role or place."""
    if number + 1 >= len(blocks) or zones.word_count(blocks[number]) > KICKER_WORDS:
        return False
    return _header_kind(blocks, number + 1, draft) == "header"
