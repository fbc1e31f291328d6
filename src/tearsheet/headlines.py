"""Whether a line reads as a headline, and a better one near a pick that does not."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.consent import is_consent_notice
from tearsheet.gluedlines import wraps_on
from tearsheet.headblock import drop_blocks, header_line, is_kicker
from tearsheet.headcaptions import is_alt_text, is_caption_over_credit, is_credited_line
from tearsheet.headernames import confirms_name
from tearsheet.importdates import is_relative_time
from tearsheet.issuelines import is_issue_line, is_labelled_list, read_print_date
from tearsheet.issuers import LABEL_ISSUER_WORDS as ISSUER_WORDS
from tearsheet.issuers import beside_label, read_issuer_beside_label
from tearsheet.letters import is_salutation
from tearsheet.masthead import is_logo_text
from tearsheet.menurows import UNDER_MENU, is_menu_part, menu_flaw
from tearsheet.organisations import is_company_name
from tearsheet.pagehead import (
    SCRIPT_SAMPLE,
    is_breadcrumb,
    is_button_row,
    is_foreign_path,
    names_line,
)
from tearsheet.paragraphs import PRESS_LABEL
from tearsheet.paywalls import is_article_prompt, is_paywall_notice
from tearsheet.personnames import ROLE_WORDS
from tearsheet.presslabels import is_letterhead, is_press_label, is_release_note
from tearsheet.recognise import Draft, excerpt
from tearsheet.scorelines import is_result_line, is_scorer_line
from tearsheet.timelines import is_date_line

# A headline is at least this many words (a script without spaces: this many characters).
HEADLINE_MIN_WORDS = 3
HEADLINE_MIN_WIDE = 10
# A line ending in a full stop with more words than this is a sentence (a dek, a caption,
# the story's first paragraph); a longer line is prose. Neither is a headline.
SENTENCE_WORDS = 14
HEADLINE_LENGTH = 200
# The header holds at most this many lines on either side of a flawed pick.
REACH = 8
# A line over the headline taken is the headline, and that one its dek, when it has at
# least this many words (fewer: a section's label, a kicker).
OVER_DEK_WORDS = 6
OVER_DEK_WIDE = 15
FURNITURE = "page furniture above the headline"
CAPTION_OVER_CREDIT = "a caption over its credit"
# The first lines of the body may be the headline, under a label taken for it.
INTO_BODY = 2
# "Topic:Cricket", "Piše: Ivana Bašić", "À : redaction@journal.ch": a label and its value.
_LABELLED = re.compile(r"[^\W\d_]{1,20}+\s?[:：]\s?\S.{0,40}+")
_MAIL = re.compile(r"\S@\S|<[^<>\s]{1,80}+>")
# The words of a site's menu, in the languages of its readers.
_MENU_WORDS = frozenset(
    """home posts post blog photos photo about rss feed archive archives contact tags
    categories search menu projects notes links now uses talks books reading newsletter
    subscribe portfolio work writing videos podcast shop events faq imprint impressum
    start startseite archiv kontakt über accueil articles à propos inicio archivo
    contacto sobre mí etiquetas sobre arquivo contato chi sono archivio contatti
    over archief""".split()
)
MENU_MIN_WORDS = 3
# A headline taken among this many other short lines around it, each at most
# MENU_ITEM_WORDS words, is an item of the site's menu.
MENU_ITEMS = 3
MENU_ITEM_WORDS = 3
MENU_ITEM_LENGTH = 25
# A line without spaces in a script without capitals (Thai) is one word: a label when
# at most this long ("สำหรับเผยแพร่ทันที"), else maybe a headline.
UNCASED_WORD_LENGTH = 20
# A line in Chinese, Japanese or Korean of at most this many characters is a section's
# or a site's name ("経済・企業", "연합뉴스"), not a headline.
WIDE_LABEL_LENGTH = 6
# The parts of a page's path: "Trang chủ / Tin tức - Sự kiện", "Home > News".
_PATH_PARTS = re.compile(r"(?<!\s)\s++[>›»/]\s++")
# A section's label before a headline's colon is at most this many words ("Tiere").
LABEL_WORDS = 3
# A line opening with a dash and a space (none in Chinese and Japanese): an interview's
# turn, dialogue ("– Hur började det?", "――なぜ今なのですか？"), a list's item; no headline.
_DIALOGUE = re.compile(r"[—–―-]\s|[—―]{1,2}+(?=[\u3040-\u30ff\u4e00-\u9fff])")
# An interview's question under its label: "P: ¿Por qué ahora?", "Вопрос: Почему?", "질문: 왜?".
_QUESTION = re.compile(
    r"(?:[QPDFKVS]|question|pregunta|pergunta|domanda|frage|vraag|pytanie|otázka|kérdés|"
    r"întrebare|ερώτηση|вопрос|питання|въпрос|pitanje|soru|kysymys|fråga|spørsmål|"
    r"spørgsmål|pertanyaan|soalan|swali|tanong|câu hỏi|hỏi|سؤال|سوال|پرسش|שאלה|प्रश्न|"
    r"সওয়াল|প্রশ্ন|கேள்வி|คำถาม|질문|問|问)\s?[:：]\s*+\S.{0,300}[?？؟]",
    re.IGNORECASE,
)
# A relative time: "Updated a day ago", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos".
_RELATIVE_TIME = re.compile(
    r".{0,20}?(?:\b(?:an?|one|\d{1,3}) (?:minutes?|hours?|days?|weeks?|months?) ago|"
    r"\b(?:vor|il y a|hace|há) (?:\d{1,3}|une?|einer?) (?:min|minuten?|minutes?|minutos?|"
    r"stunden?|heures?|horas?|tagen?|jours?|d[ií]as?)|"
    r"\b\d{1,3} (?:minuten|uur|dagen|minuti|ore|giorni|minut|godzin|dni) (?:geleden|fa|temu))",
    re.IGNORECASE,
)


def headline_flaw(line: str, lang: str | None) -> str | None:
    """Why a line is not a headline ("a caption", "a label", ...), or None if it may be one."""
    plain = " ".join(line.split())
    words = zones.word_count(plain)
    found = zones.clutter_of(plain)
    if found is not None:
        return found.name
    if is_consent_notice(plain):
        return "a cookie notice"
    if is_paywall_notice(plain) or is_article_prompt(plain):
        return "a paywall's notice"
    if (label := _label_flaw(plain)) is not None:
        return label
    if is_breadcrumb(plain) or is_button_row(plain) or _is_menu_row(plain) or _is_path(plain):
        return "a row of links"
    if is_alt_text(plain) or is_logo_text(plain):
        return "a picture's alt text"
    if is_credited_line(plain):
        return "a caption"  # "La passerelle … avant la Toussaint. | OUEST-FRANCE"
    if len(plain) > HEADLINE_LENGTH or (plain.endswith((".", "。")) and words > SENTENCE_WORDS):
        return "a sentence"
    if "," in plain and is_salutation(plain):
        return "a salutation"  # "Selamat pagi, pembaca Kabar Pagi!", "Hi friends,"
    if words <= 6 and (_RELATIVE_TIME.fullmatch(plain) or is_relative_time(plain, lang)):
        return "a time"
    if words <= 6 and _LABELLED.fullmatch(plain):
        return "a label"
    if zones.has_wide(plain) and len(plain) <= WIDE_LABEL_LENGTH and plain[-1:] not in "。！？":
        return "a single word"  # a section's name in Chinese or Japanese: "経済・企業", "社会"
    uncased_word = not zones.has_wide(plain) and len(plain) <= UNCASED_WORD_LENGTH
    if words == 1 and (any(char.islower() for char in plain) or uncased_word):
        return "a single word"  # a section's or a site's name: "Gazdaság", "gingernutnotes"
    if header_line(plain, Draft(lang=lang)):
        return "a date or byline"
    if is_date_line(plain, lang):
        return "a date"  # "Publié le 27 janvier 2025 à 07h15 - Mis à jour le …"
    if names_line(plain):
        return "a name"
    if words <= 6 and any(word in ROLE_WORDS for word in zones.words_of(plain)):
        return "a role"
    return None


def _label_flaw(plain: str) -> str | None:
    """What a line that labels the text is: a press release's name or note, an address, an
    issue's number, or the body's dialogue."""
    if PRESS_LABEL.fullmatch(plain) or is_press_label(plain) or is_release_note(plain):
        return "a press release's label"
    if _is_issued_label(plain):
        return "a press release's label"
    if _MAIL.search(plain):
        return "an address"
    quoted = plain[:1] in "–—" and plain[-1:].isalnum() and zones.word_count(plain) > 3
    if (_DIALOGUE.match(plain) and not quoted) or _QUESTION.fullmatch(plain):
        # "— Девятнадцать грамот за сезон — это много?"; a quotation with no stop after it is
        # a headline, as the Nordic press quotes ("– Jeg har aldri kjedet meg her ute").
        return "a line of dialogue"
    if is_scorer_line(plain):
        return "a match's scorers"  # "Hugo Duro (23')", "Abde (71', 80')"
    if is_issue_line(plain):
        return "an issue's number"  # "Kundenbrief | Ausgabe 10/2025", "Issue #42"
    if is_labelled_list(plain):
        return "a labelled list"  # "I DETTE NUMMER: Affald · Vejfest 2026 · Kalender"
    return None


COMPANY_WORDS = 5  # "PT Nusa Tirta Energi Resmikan PLTS …" opens a headline with its name


def _is_issued_label(plain: str) -> bool:
    """ "Communiqué de presse – Préfecture du Rhône": a release's name beside its issuer's
    (no sentence), or the issuer alone by its legal form ("株式会社ミナトフーズ")."""
    company = zones.word_count(plain) <= COMPANY_WORDS and is_company_name(plain)
    return issuer_of_label(plain) is not None or company


def issuer_of_label(line: str) -> str | None:
    """The issuer named beside a press release's label ("Préfecture du Rhône" in
    "Communiqué de presse – Préfecture du Rhône"); None when the line is no such label."""
    sides = beside_label(line)
    return next((side for side in sides if 0 < zones.word_count(side) <= ISSUER_WORDS), None)


# A label before the headline on its line: "PRESSEMITTEILUNG | …", "Press release: …".
_LABEL_BEFORE = re.compile(r"(?<!\s)\s*+(?:[|–—:：]|\s-)\s++")


def _drop_press_label(draft: Draft) -> None:
    """ "COMMUNIQUÉ DE PRESSE | La bibliothèque fermera après 80 ans": the press release's
    label before the headline on its line is the release's kicker, not the headline's."""
    headline = draft.headline or ""
    match = _LABEL_BEFORE.search(headline)
    if match is None or issuer_of_label(headline) is not None:
        return  # "Communiqué de presse – Préfecture du Rhône": the label and its issuer
    label, rest = headline[: match.start()].strip(), headline[match.end() :].strip()
    if not is_press_label(label) or zones.word_count(rest) < HEADLINE_MIN_WORDS:
        return
    draft.recognised.append(f"headline {excerpt(rest)} after the release's label {label!r}")
    draft.kicker = draft.kicker or label
    draft.headline = rest


def _read_issuer(blocks: list[str], span: range, draft: Draft) -> None:
    """ "Communiqué de presse – Préfecture du Rhône" in the header: the issuer it names
    issued the release, its source (when nothing named one before)."""
    if draft.source is not None:
        return
    for index in span:
        if (issuer := issuer_of_label(blocks[index])) is not None:
            draft.source = issuer
            draft.recognised.append(f"source {issuer!r} from the release's label")
            return


def _take_name_over_date(blocks: list[str], at: int, draft: Draft) -> None:
    """A name taken for the headline is the byline when a date or a button stands under it
    (itself repeated aside: "Aditya Menon / Aditya Menon / Posted on Jan 19, 2025")."""
    if draft.byline:
        return
    following = at + 1
    while following < len(blocks) and blocks[following] == blocks[at]:
        following += 1
    if following < len(blocks) and (
        confirms_name(blocks[following], draft)
        or header_line(blocks[following], Draft(lang=draft.lang))
    ):
        draft.byline.extend(names_line(blocks[at]))
        draft.recognised.append(f"byline from the name line {blocks[at]!r} over the date")


def _labelled_repeat(blocks: list[str], span: range, headline: str) -> int | None:
    """Where the headline taken, less a short label before a colon, a full stop or a dash
    ("Tiere:", "DIRECT.", "VIDÉO –"), or less the page's path before it ("Trang chủ » Ẩm
    thực »", "Home > Food >"), stands alone in the header; None if it does not."""
    for mark in (":", ". ", " – ", " - ", " | ", " » ", " › ", " > "):
        crumbs = mark in (" » ", " › ", " > ")
        label, found, rest = (headline.rpartition if crumbs else headline.partition)(mark)
        if not found or zones.word_count(rest) < 3:
            continue
        if any(zones.word_count(part) > LABEL_WORDS for part in label.split(mark)):
            continue
        rest = rest.strip()
        if (index := next((i for i in span if blocks[i] == rest), None)) is not None:
            return index
    return None


# The site's name after the headline in a page's title: "<headline> | The Harbour Post",
# "<headline> - Le Monde", "<headline> – DW – 04.03.2025".
_TITLE_SEPARATOR = re.compile(r"\s[|–—-]\s")


def _titled_repeat(blocks: list[str], span: range, headline: str) -> int | None:
    """Where the headline taken, less the site's name after a bar or dash, stands alone in
    the header; None if it does not."""
    for match in reversed(list(_TITLE_SEPARATOR.finditer(headline))):
        head, rest = headline[: match.start()].strip(), headline[match.end() :]
        if zones.word_count(rest) > LABEL_WORDS + 1:
            break  # the site's name only grows to the left: no later cut can be short
        if zones.word_count(head) < 3:
            continue
        found = next((i for i in span if blocks[i] == head), None)
        if found is not None:
            return found
    return None


def _headline_at(blocks: list[str], span: range, end: int, headline: str) -> int | None:
    """Where the headline taken stands: of several lines alike (a section's name in the menu
    and over the headline), the last one over the body."""
    found = [i for i in span if blocks[i] == headline]
    return max((i for i in found if i < end), default=found[0] if found else None)


def _take_headline_over_dek(blocks: list[str], span: range, end: int, draft: Draft) -> None:
    """A headline-like line over the headline taken, dropped as the page's furniture, under
    a section's label or the menus: it is the headline, and the line taken its dek. Right
    over it, when longer ("Estados / <headline> / <dek> / <byline>": a shorter line there
    is taken by the page's reading already); over the site's name between them, when
    shorter ("<headline> / הארץ / <dek> / <byline>")."""
    at = _headline_at(blocks, span, end, draft.headline)
    if at is None or draft.dek is not None or at - 1 < span.start:
        return
    over = at - 1
    if (
        over - 1 >= span.start
        and headline_flaw(blocks[over], draft.lang) == "a single word"
        and len(blocks[over - 1]) < len(draft.headline)
    ):
        over -= 1  # the site's or section's name between the headline and its dek
    elif len(blocks[over]) <= len(draft.headline):
        return
    line = blocks[over]
    long_enough = (
        zones.text_length(line) >= OVER_DEK_WIDE
        if zones.has_wide(line)
        else zones.word_count(line) >= OVER_DEK_WORDS
    )
    if (
        not long_enough
        or draft.headline in line
        or (FURNITURE, line) not in draft.removed
        or line.rstrip()[-1:] in ".。"
        or not _may_be_headline(line, draft.lang)
        or is_result_line(line)  # "Real Madrid 1 - 1 Atlético / Crónica / <headline>"
        or is_foreign_path(line, blocks[end : end + SCRIPT_SAMPLE])  # "Hindi News › … › …"
    ):
        return
    if over - 1 >= span.start and (FURNITURE, blocks[over - 1]) in draft.removed:
        higher = blocks[over - 1]
        if _may_be_headline(higher, draft.lang) and not is_kicker(higher):
            return  # three title lines in a row: a list of teasers, not a headline and dek
    draft.removed.remove((FURNITURE, line))
    if wraps_on(line, draft.headline, draft.lang):  # its own second line, not its dek
        draft.headline = f"{line} {draft.headline}"
        return
    draft.recognised.append(f"headline {excerpt(line)} over its dek {excerpt(draft.headline)}")
    draft.headline, draft.dek = line, draft.headline


def _flaw_beside(blocks: list[str], at: int, span: range, end: int, draft: Draft) -> str | None:
    """Why the headline taken, a headline by itself, is not one where it stands: among a
    menu's items or a row of them, over a release's label, over a picture's credit."""
    if _is_menu_item(blocks, at, draft.lang):
        return "a menu's item"
    if (flaw := menu_flaw(blocks, at, blocks[end : end + REACH])) is not None:
        return flaw
    if is_letterhead(blocks, at):
        return "the release's issuer"
    if _caption_over_credit(blocks, at, span, draft.lang):
        if draft.source_hint == blocks[at + 1].strip():
            draft.source_hint = None  # "EFE" under the caption credits the picture
        return CAPTION_OVER_CREDIT
    return None


def _caption_over_credit(blocks: list[str], at: int, span: range, lang: str | None) -> bool:
    """The line taken over a picture's credit, with a title line over it: the caption."""
    titled = at - 1 >= span.start and _may_be_headline(blocks[at - 1], lang)
    return is_caption_over_credit(blocks, at, titled)


def _is_menu_item(blocks: list[str], at: int, lang: str | None) -> bool:
    """A short line among short lines that are no date, three or more with it and at least
    one over it: an item of the site's menu ("Home / Reviews A-Z / Review Policy / Contact",
    "Posts / Likes / Archive / Ask me anything"), not a headline."""

    def short(i: int) -> bool:
        line = blocks[i] if 0 <= i < len(blocks) else ""
        longest = WIDE_LABEL_LENGTH if zones.has_wide(line) else MENU_ITEM_LENGTH
        return (
            0 < len(line) <= longest
            and 0 < zones.word_count(line) <= MENU_ITEM_WORDS
            and not zones.is_sentence(line)
            and not header_line(line, Draft(lang=lang))
        )

    if not short(at):
        return False
    if at + 1 < len(blocks) and header_line(blocks[at + 1], Draft(lang=lang)):
        return False  # right over its byline or date: the headline under the menu
    above = next((n for n in range(1, MENU_ITEMS + 2) if not short(at - n)), MENU_ITEMS + 1) - 1
    below = next((n for n in range(1, MENU_ITEMS + 2) if not short(at + n)), MENU_ITEMS + 1) - 1
    return above > 0 and above + below >= MENU_ITEMS


def _is_path(line: str) -> bool:
    """The page's path, its parts a few words each ("Trang chủ / Tin tức - Sự kiện"), dashes
    inside a part not counted as words."""
    parts = _PATH_PARTS.split(line)
    return len(parts) > 1 and all(
        0 < len(zones.words_of(part)) <= LABEL_WORDS + 1 for part in parts
    )


def _is_menu_row(line: str) -> bool:
    """Three or more words, each the name of a part of a site ("home posts photos about
    rss", "Start Blog Archiv Kontakt"): a menu copied as one line, not a headline."""
    words = [word.casefold() for word in zones.words_of(line)]
    return len(words) >= MENU_MIN_WORDS and all(word in _MENU_WORDS for word in words)


def _may_be_headline(line: str, lang: str | None) -> bool:
    wide = zones.has_wide(line)
    # A run of a script without spaces or capitals (Thai) longer than a word is many words.
    unspaced = " " not in line.strip() and not any(c.isupper() or c.islower() for c in line)
    long_enough = (
        zones.text_length(line) >= HEADLINE_MIN_WIDE * 3
        if wide
        else zones.word_count(line) >= HEADLINE_MIN_WORDS
        or (unspaced and len(line) > UNCASED_WORD_LENGTH)
    )
    return long_enough and not line.rstrip().endswith(":") and headline_flaw(line, lang) is None


def mend_headline(blocks: list[str], start: int, end: int, draft: Draft) -> int:
    """When the headline taken is plainly something else (a caption, a press release's label,
    a byline, a role), the nearest line of the header that may be a headline is taken
    instead: ``blocks[start:end]`` is the header, from under the page's masthead to the body,
    and the first lines of the body ("PRESSEMITTEILUNG" over the headline taken as the
    body's first line). Returns where the body starts."""
    span = range(max(0, start), min(len(blocks), end + INTO_BODY))
    _read_issuer(blocks, span, draft)
    read_print_date(blocks, span, draft)
    if draft.headline is None:
        return end
    _drop_press_label(draft)
    if (index := _labelled_repeat(blocks, span, draft.headline)) is not None:
        # "Tiere: Zahl der Wolfsrudel …" over "Zahl der Wolfsrudel …": the page's title,
        # a section's name before the headline, over the headline itself.
        label = draft.headline[: -len(blocks[index])].rstrip(" :：.–|->»›")
        draft.recognised.append(f"headline {excerpt(blocks[index])}, not under the label {label!r}")
        draft.kicker = draft.kicker or label
        draft.headline = blocks[index]
        return max(end, index + 1) if index >= end else end
    if (index := _titled_repeat(blocks, span, draft.headline)) is not None:
        # "<headline> | The Harbour Post" over "<headline>": the page's title, the site's
        # name after the headline, over the headline itself.
        draft.recognised.append(f"headline {excerpt(blocks[index])}, not the page's title")
        draft.headline = blocks[index]
        return max(end, index + 1) if index >= end else end
    at = _headline_at(blocks, span, end, draft.headline)
    flaw = headline_flaw(draft.headline, draft.lang)
    if flaw is None and at is not None:
        flaw = _flaw_beside(blocks, at, span, end, draft)
    if flaw is None:
        _take_headline_over_dek(blocks, span, end, draft)
        return end
    if at is None:
        return end
    if flaw == "a single word":
        # The site's name over its menu and again under the headline: looked for there.
        at = max(i for i in span if blocks[i] == draft.headline)
    if flaw == "a press release's label":  # the release's kicker ("報道関係者各位")
        draft.kicker = draft.kicker or draft.headline
        _ = draft.source or read_issuer_beside_label(draft.headline, draft)
    nearby = sorted(
        (i for i in span if abs(i - at) <= REACH and i != at),
        # A menu stands over the article: its headline is looked for under it first.
        key=lambda i: (i < at, abs(i - at)) if flaw in UNDER_MENU else (abs(i - at), i > at),
    )
    nearby.sort(key=lambda i: blocks[i] != draft.dek or i < at)  # the dek under the label first
    for index in nearby:
        line = blocks[index]
        if flaw == "a single word" and index >= end and line.rstrip()[-1:] in ".。":
            continue  # a one-word headline over the body's first sentence may be the article's
        # The dek read under a label taken for the headline, only labels between, is the
        # headline ("สิ่งแวดล้อม / <headline> / <date>", "ไทยรัฐออนไลน์ / หน้าแรก / <headline>").
        under_label = (
            line == draft.dek
            and index > at
            and not any(_may_be_headline(blocks[i], draft.lang) for i in range(at + 1, index))
        )
        if (
            (line != draft.dek or under_label)
            and _may_be_headline(line, draft.lang)
            and not _is_menu_item(blocks, index, draft.lang)
            and not is_menu_part(blocks, index, blocks[end : end + REACH])
            and not is_letterhead(blocks, index)  # the letterhead's other line
            and not is_caption_over_credit(blocks, index, titled_over=False)
            # "Hindi News Local Mp Indore": the site's path in English over the page's own.
            and not is_foreign_path(line, blocks[end : end + SCRIPT_SAMPLE])
        ):
            if under_label:
                draft.dek = None
            above = index - 1
            if (
                index < at
                and above >= span.start
                and _may_be_headline(blocks[above], draft.lang)
                and (
                    len(blocks[above]) < len(line) or (flaw, index) == (CAPTION_OVER_CREDIT, at - 1)
                )
            ):
                # A dek under its headline is the longer of two title lines in a row; over a
                # caption, the two are the headline and its dek, whatever their lengths.
                if draft.dek is None:
                    draft.dek = line
                index, line = above, blocks[above]
            draft.recognised.append(
                f"headline {excerpt(line)}, not {excerpt(draft.headline)} ({flaw})"
            )
            if flaw == "a name":
                _take_name_over_date(blocks, at, draft)
            opens_body = flaw in ("a salutation", "a line of dialogue") or (
                flaw == "a sentence" and zones.is_prose(draft.headline)
            )
            if opens_body and index < at == end - 1:
                # The story's first paragraph, a letter's greeting or an interview's first
                # question, taken for the headline right over the body: the body's again.
                draft.headline = line
                return at
            # Lines of the body over the headline taken there are the page's, and the site's
            # name taken for it, standing again under it.
            under = index + 1 + (index + 1 < len(blocks) and blocks[index + 1] == draft.headline)
            drop_blocks(blocks[end:index] + blocks[max(end, index + 1) : under], FURNITURE, draft)
            draft.headline = line
            return max(end, under)
    return end
