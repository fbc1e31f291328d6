"""A newsletter's or paper's issue over the headline: its banner ("FIETSERSBOND NIEUWSBRIEF
– OKTOBER 2025"), its number ("Ausgabe 10/2025"), and where the story stood in print
("Газета «Коммерсантъ» №71 от 22.04.2026, стр. 9"), whose date is the story's."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.recognise import Draft

# A newsletter's or magazine's issue: "Ausgabe 10/2025", "Issue #42", "n° 17", "第12期".
_ISSUE_WORDS = (
    r"issue|edition|vol(?:ume)?|no|number|ausgabe|heft|nummer|nr|jahrgang|numéro|n[°º]|"
    r"édition|número|edición|edició|nº|numero|edizione|n|edição|editie|uitgave|wydanie|numer|"
    r"vydání|číslo|udgave|utgave|utgåva|szám|kiadás|ediția|numărul|sayı|τεύχος|выпуск|номер|"
    r"випуск|№|edisi|nomor|bil|toleo|số|#"
)
# Each word whole: "n", "no", "nr", "bil" end many words ("Wimbledon 2026", "Season 2").
_ISSUE = re.compile(
    rf"(?<![^\W\d_])(?:{_ISSUE_WORDS})\.?\s*+[#№]?\s*+\d{{1,4}}(?:[/.-]\d{{2,4}})?|第\s*+\d{{1,4}}\s*+[期号號]"
    r"|제\s*+\d{1,4}\s*+호",
    re.IGNORECASE,
)
# ... and the parts beside it: the newsletter's name, a month ("Kundenbrief | Ausgabe
# 10/2025", "The Tide · Issue 42 · March 2025"), each at most this many words.
ISSUE_PART_WORDS = 3
_ISSUE_PARTS = re.compile(r"(?<!\s)\s*+[|·•–—]\s*+|,\s++")


# A newsletter's name and month: "FIETSERSBOND NIEUWSBRIEF – OKTOBER 2025", "Newsletter ·
# März 2026": the word for a newsletter in the languages, and a year, in a few words.
_NEWSLETTER = re.compile(
    r"(?<![^\W\d_])(?:newsletter|nieuwsbrief|infolettre|lettre d['’]information|bulletin|"
    r"boletín|boletim|butlletí|notiziario|rundbrief|nyhetsbrev|nyhedsbrev|uutiskirje|"
    r"hírlevél|biuletyn|zpravodaj|bülten|бюллетень|рассылка|бюлетень|розсилка|бюлетин|"
    r"buletin|bản tin|jarida)|ニュースレター|뉴스레터|通讯|简报|نشرة|خبرنامه|ניוזלטר|न्यूज़लेटर",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
NEWSLETTER_LINE_WORDS = 6


def is_newsletter_banner(line: str) -> bool:
    """ "FIETSERSBOND NIEUWSBRIEF – OKTOBER 2025": a newsletter's name and month, the
    banner over its headline (or, alone, the title of a letter with no other)."""
    short = zones.word_count(line) <= NEWSLETTER_LINE_WORDS
    return short and _NEWSLETTER.search(line) is not None and _YEAR.search(line) is not None


# A printed page's number closing a paper's reference: "стр. 9", "S. 9", "p. 12", "Seite 3".
_PAGE_REF = re.compile(
    r"[,|·•–—]\s*+(?:page|p|pp|s|seite|str|стр|σελ|strona|oldal|sayfa|pag|pág|página|"
    r"pagina|blz|sid|side|sivu|strana|stran|trang|halaman|hal|صفحة|ص|עמוד|עמ)\.?\s*+\d{1,4}$",
    re.IGNORECASE,
)
# ... a reference of at most this many words.
PRINT_REFERENCE_WORDS = 12


def is_issue_line(line: str) -> bool:
    """ "Kundenbrief | Ausgabe 10/2025", "Issue 42", "Lettre n° 17 · mars 2025": the issue
    of a newsletter or magazine over its headline, not the headline; or where the story
    stood in print ("Газета «Коммерсантъ» №71 от 22.04.2026, стр. 9", "Le Monde n° 24567,
    p. 12"): its paper's issue and page."""
    plain = " ".join(line.split())
    if (
        _PAGE_REF.search(plain)
        and _ISSUE.search(plain)
        and zones.word_count(plain) <= PRINT_REFERENCE_WORDS
    ):
        return True
    parts = [p for p in _ISSUE_PARTS.split(plain) if p]
    issue = [p for p in parts if _ISSUE.fullmatch(p) or (_ISSUE.search(p) and _short(p))]
    return bool(issue) and all(
        _short(p) and p.rstrip()[-1:] not in ".!?:" for p in parts if p not in issue
    )


# A date in a paper's reference: "27.11.2026", "22 avril 2026", "2026-04-22".
_DATE_RUN = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s[^\W\d_]{3,12}+\.?\s\d{4}"
)


def read_print_date(blocks: list[str], span: range, draft: Draft) -> None:
    """The date of the paper's issue the story stood in ("Газета «Коммерсантъ» №221 от
    27.11.2026, стр. 9"), when the header gave none: the story's date."""
    from tearsheet.importdates import parse_date_line

    for index in span if draft.date is None else ():
        line = " ".join(blocks[index].split())
        if not (_PAGE_REF.search(line) and is_issue_line(line)):
            continue
        for run in _DATE_RUN.finditer(line):
            if (date := parse_date_line(run.group(), draft.lang)) is not None:
                draft.date = date
                draft.recognised.append(f"date {date.isoformat()} from the paper's issue")
                return


def _short(part: str) -> bool:
    return 0 < zones.word_count(part) <= ISSUE_PART_WORDS


# A printed page's number at a line's end, perhaps of how many: "Page 2", "Side 1 af 4",
# "Seite 3 von 8", "Strona 2 z 6", "p. 4/12".
_PAGE_OF = re.compile(
    r"(?<![^\W\d_])(?:page|p|side|sida|seite|sivu|strona|strana|stran|oldal|pagina|página|"
    r"pag|pág|blz|bladzijde|sayfa|σελίδα|σελ|стр|страница|сторінка|halaman|trang)\.?\s*+"
    r"\d{1,3}(?:\s*+(?:of|af|av|von|de|di|z|ze|od|/|из|з|из|από)\s*+\d{1,3})?$",
    re.IGNORECASE,
)
# A running head is a short line: at most this many words.
RUNNING_HEAD_WORDS = 16


def is_running_head(line: str) -> bool:
    """A printed newsletter's or bulletin's running head: its date or issue, and the page's
    number at the end ("Sunday 2 November 2025 · Page 2", "Medlemsblad nr. 4 · Udgivet 28.
    november 2025 Side 1 af 4"). The lines over it are the publication's name and issue,
    its masthead; the page's story stands under it."""
    plain = " ".join(line.split())
    page = _PAGE_OF.search(plain)
    if page is None or zones.word_count(plain) > RUNNING_HEAD_WORDS:
        return False
    # The page's number stands apart, after a mark or the date's figures ("… title on
    # page 3" is a sentence's end).
    before = plain[: page.start()].rstrip()
    apart = before[-1:] in "·|•–—,-" or before[-1:].isdigit()
    return apart and (_YEAR.search(before) is not None or _ISSUE.search(before) is not None)


# A list under its label, its items parted by bars or dots: "I DETTE NUMMER: Affald fra
# januar · Vejfest 2026 · Nyt fra bestyrelsen", "Mass Times: Sat 6.30pm | Sun 9.00am".
_LIST_PARTS = re.compile(r"\s[|·•]\s")
LIST_LABEL_WORDS = 4
LIST_ITEMS = 3


def is_labelled_list(line: str) -> bool:
    """A label, its colon, and three or more items parted by bars or dots: a newsletter's
    contents or a notice's times; or two or more labels and their values so parted, a
    review's credits ("இயக்கம்: … | நடிப்பு: …", "Regie: … | Mit: …"). No headline (a
    headline has one colon, no such parts)."""
    label, colon, rest = line.partition(":")
    if not colon or not 0 < len(label.split()) <= LIST_LABEL_WORDS:
        return False
    parts = _LIST_PARTS.split(line)
    pairs = all(0 < len(p.partition(":")[0].split()) <= LIST_LABEL_WORDS < len(p) for p in parts)
    return len(_LIST_PARTS.split(rest)) >= LIST_ITEMS or (
        len(parts) > 1 and pairs and all(":" in part for part in parts)
    )
