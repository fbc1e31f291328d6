"""The headline under the date or byline line, not over it: a page's section labels over
the date, the headline and the prose under it ("14.04.2025 – 11:23 Uhr / Verkehr /
<headline> / <prose>")."""

from __future__ import annotations

import re

from tearsheet import zones
from tearsheet.datelines import is_dateline_alone
from tearsheet.gluedlines import credits_by
from tearsheet.headerlines import header_line
from tearsheet.issuelines import is_labelled_list
from tearsheet.letters import is_salutation
from tearsheet.pagehead import KICKER_WORDS, drop_blocks, is_button_row, is_kicker
from tearsheet.personnames import is_place, is_uncased_name
from tearsheet.photocredits import is_bare_credit
from tearsheet.presslabels import is_press_label
from tearsheet.recognise import Draft, excerpt, is_name
from tearsheet.slashcredit import SLASH_CREDIT

# A headline of this many words over the date or byline is not given up for title lines
# under them ("Z dr Magdaleną Żukowską … rozmawia Karolina Nowicka": an interview's credit).
FULL_HEADLINE_WORDS = 8
# A contact line in a press release's header holds an e-mail address.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")

# A picture's caption under the date, labelled or credited in the languages' words (only
# here: as clutter rules they cost the copied pages prose, docs/IMPORT.md).
_PICTURE = "photo|picture|image|foto|bild|kuva|zdjęcie|fotó|imagen|immagine|imagem"
_CAPTION_LABEL = re.compile(rf"(?:{_PICTURE})s?:\s", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(
    rf"\((?:{_PICTURE}|pic|credit)s?:\s?[^()\n]{{1,60}}+\)$", re.IGNORECASE
)
# A picture's note in brackets closing its caption, of two words or more: "(फाइल फोटो)",
# "(File photo)", "(AP Photo/Jane Doe)", "(Foto de archivo)"; the picture's word in the
# languages' scripts ("(Photos)" alone may close a headline).
_PICTURE_WORDS = (
    rf"{_PICTURE}|fotografia|φωτογραφία|фото|फ़?ोटो|तस्वीर|ছবি|படம்|صورة|الصورة|عکس|"
    r"تصویر|תמונה|צילום|사진|写真|图片|圖片|ảnh|ภาพ|picha|gambar"
)
# ... or a picture from the archive: "(أرشيفية - رويترز)", "(Archivbild: dpa)", "(archive -
# AFP)", "(Foto de archivo)", "(архивное фото)".
_ARCHIVE_WORDS = (
    r"archive|archives|archivo|archiv|archivbild|archief|archivio|arquivo|arxiu|arkiv|"
    r"arkisto|archiwum|archívum|arşiv|архив|архів|архивное|αρχείου|أرشيف|أرشيفية|"
    r"آرشیو|ארכיון|संग्रह|অর্কাইভ|arsip|lưu_trữ"
).replace("_", " ")
_CAPTION_NOTE = re.compile(
    rf"\((?=[^()\n]{{0,40}}[\s/:])[^()\n]{{0,40}}?(?:{_PICTURE_WORDS}|{_ARCHIVE_WORDS})"
    rf"[^()\n]{{0,40}}\)$",
    re.IGNORECASE,
)
# A picture's credit closing its caption in the languages' scripts, in full-width brackets
# or after the caption's sentence: "（写真：田中太郎）", "… صباح الثلاثاء. تصوير: توم بيرغ",
# "… am Montag. © Jana Wiesemann", "周二清晨的旧码头。（记者 李华 摄）".
_CAPTION_CREDITED = re.compile(
    rf"[(（](?:{_PICTURE_WORDS}|摄影|攝影|撮影|تصوير)\s?[:：][^()（）\n]{{1,60}}+[)）]$"
    rf"|[.。!?؟]\s*+(?:{_PICTURE_WORDS}|摄影|攝影|撮影|تصوير)\s?[:：]\s?[^.。:：\n]{{1,60}}+$"
    # ... or its copyright's holder: "… noch nicht freigegeben. © Jana Wiesemann".
    r"|[.。!?؟]\s*+©\s?[^\W\d_][^.。:：©\n]{1,60}+$"
    # ... or who shot it, in Chinese and Japanese ("（记者 李华 摄）", "（新华社发 王明 摄）",
    # "（田中太郎撮影）") and Korean ("(사진=연합뉴스)", "[사진 제공=시청]").
    r"|[(（][^()（）\n]{0,30}?(?:[摄攝]|撮影)[)）]$"
    r"|[(（\[]사진\s?(?:제공)?\s?[=:＝][^()（）\[\]\n]{1,40}+[)）\]]$",
    re.IGNORECASE,
)


# The outlet's or agency's credit in brackets after a caption's sentence, with or without
# a space: "… in the final two quarters.(AAP: Dean Lewins)", "… on Monday. (Reuters: Jo Li)".
_CAPTION_SOURCE = re.compile(r"[.!?。]\s*+\([^\W\d_][^():\n]{1,30}+:\s?[^():\n]{2,60}+\)$")
# ... or the outlet's or agency's name alone in brackets, or the picture's note, after the
# caption's sentence: "… على مكة المكرمة أمس. (عكاظ)", "… on Monday. (Reuters)",
# "…審議會27日開會。（中央社檔案照片）". A headline does not close on a stop and a bracket.
_CAPTION_OUTLET = re.compile(r"[.。]\s*+[(（][^\W\d_][^()（）:：.。!?\n]{0,30}+[)）]$")
# An agency's or paper's credit with its photographer's name after a slash, closing the
# caption's sentence: "… en una imagen de archivo. EFE/Salas", "… en 2019. Photo archives
# Gazette/Jean-Luc Bailly", "… am Montag. Foto: dpa/Julian Stratenschulte", "… on Tuesday.
# REUTERS/Kevin Lamarque". The words before the slash are at most a few.
_SLASH_CAPTION = re.compile(
    r"[.!?。]\s++(?:[^\W\d_][\w'’-]{0,20}+[.:]?\s++){0,3}?[^\W\d_][\w&'’-]{0,20}+"
    r"\s?/\s?(?P<name>[^\W\d_][^/\n!?]{0,40}+)$"
)
# Initials closing a credit, each with its stop: "D.C.E.", "J.M."
_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,6}+")
# ... the name after the slash (or the outlet's: "Fot. Jan Kowalski / Agencja Wyborcza.pl")
# is at most this many words.
CREDIT_NAME_WORDS = 4
# The photographer's name after the slash: each word capitalised, but for a particle.
CREDIT_PARTICLE_LENGTH = 3
# A caption's sentence before its credit is at least this long.
CAPTION_SENTENCE = 20


def headline_read(draft: Draft) -> bool:
    """Whether the headline over the date or byline is surely the article's: a dek was read
    under it, or it is a headline's length over a byline."""
    full = zones.word_count(draft.headline or "") >= FULL_HEADLINE_WORDS
    return draft.dek is not None or bool(draft.byline and full)


def headline_outranks(blocks: list[str], under: list[int], draft: Draft) -> bool:
    """One line under the date, with prose under it, is not the headline but an office's or
    a credit's line when the headline over the date (no label) is more than twice as long,
    or longer and under a press release's label ("報道発表資料 / <headline> / 令和7年7月15日
    / 環境省大臣官房環境保健部 / <prose>")."""
    above = draft.headline or ""
    if len(under) != 1 or is_kicker(above):
        return False
    length, headline = zones.text_length(blocks[under[0]]), zones.text_length(above)
    released = draft.kicker is not None and is_press_label(draft.kicker)
    return length * 2 <= headline or (released and length < headline)


def over_headline(blocks: list[str], number: int) -> bool:
    """Whether a title line of a headline's length, not prose, stands under this one: it is
    then a kicker ("09.02.2026 / Überlastete Ämter / Zehntausende Anträge …"), not a name;
    a photo's caption with its credit is no headline ("… nel 2016 (Foto Bedolis)")."""
    following = blocks[number + 1] if number + 1 < len(blocks) else ""
    return (
        zones.word_count(following) > KICKER_WORDS
        and len(following) > len(blocks[number])
        and not is_prose_line(following)
        and not is_caption(following)
    )


def take_headline_under(blocks: list[str], under: list[int], draft: Draft) -> int:
    """ "14.04.2025 – 11:23 Uhr / Verkehr / <headline> / <prose>": the line over the prose is
    the headline; a label taken over the date is the kicker, a longer line the page's."""
    above_date = draft.headline or ""
    first, second = blocks[under[0]], blocks[under[-1]]
    labelled = is_kicker(first) and len(first) < len(second)
    if len(under) > 1 and not labelled and draft.dek is None:
        # "<headline> / <dek> / <date> / <prose>": the second line is the dek ("Hafenrat
        # genehmigt neues Fährterminal / Neubau soll 2028 in Betrieb gehen": a label over a
        # headline is shorter than it).
        drop_blocks([above_date], "page furniture above the headline", draft)
        draft.headline, draft.dek = blocks[under[0]], blocks[under[1]]
        draft.source_hint = None
        if continues_line(draft.headline, draft.dek):
            # "Košice spustia pilotný projekt zdieľaných elektrických / kolobežiek v troch
            # mestských častiach": one headline, wrapped.
            draft.headline, draft.dek = f"{draft.headline} {draft.dek}", None
        draft.recognised.append(f"headline {excerpt(draft.headline)} and its dek under the byline")
        return under[-1]
    if len(under) > 1 or not is_kicker(above_date):
        drop_blocks([above_date], "page furniture above the headline", draft)
        above_date = blocks[under[0]] if len(under) > 1 else draft.kicker or ""
    if draft.kicker and draft.kicker != above_date:
        # "PERSBERICHT" read as the kicker over the date: a label the page still shows.
        drop_blocks([draft.kicker], "page furniture above the headline", draft)
    draft.headline, draft.kicker = blocks[under[-1]], above_date or None
    draft.source_hint = None  # the lines over the date were the page's sections
    draft.recognised.append(f"headline {excerpt(draft.headline)} under the date")
    return under[-1]


def continues_line(line: str, following: str) -> bool:
    """The line goes on on the next one: it ends in no mark and the next opens with a small
    letter ("… zdieľaných elektrických" / "kolobežiek v troch mestských častiach"), as a
    headline wrapped in a release's layout is copied."""
    from tearsheet.pagehead import same_script

    words = following.split()
    end, first = line.rstrip()[-1:], words[0] if words else ""
    # "ul. Jana Brożka 3": an address under an issuer's name, its first word abbreviated.
    # A line does not wrap into another script ("Как стать автором" / "dkorovin": a menu
    # line over a writer's handle).
    return (
        end.isalnum() and first[:1].islower() and first.isalpha() and same_script(line, following)
    )


def titles_over_prose(blocks: list[str], number: int, draft: Draft) -> list[int]:
    """One or two title lines from ``number`` on, the last a headline's length, with prose
    right under them or under the date lines under them ("<name> / <headline> / <date> /
    <prose>", as columns are laid out); [] when the lines under the anchor are not such."""
    titles: list[int] = []
    for index in range(number, min(len(blocks) - 1, number + 2)):
        line = blocks[index]
        # A headline may ask or exclaim, but does not end in a full stop.
        sentence = zones.is_sentence(line) and line.rstrip("\"'”’»)")[-1:] not in "?!？！"
        contact = EMAIL.search(line) is not None or SLASH_CREDIT.search(line) is not None
        if sentence or contact or zones.clutter_of(line) is not None or len(line) > 160:
            break
        if is_labelled_list(line):
            break  # "Regie: … | Mit: …": a review's credits over its prose
        if is_salutation(line) or is_dateline_alone(line, draft.lang):
            break  # "Selamat pagi, pembaca Kabar Pagi!": the letter opens; "Jakarta -"
        if index > number and is_caption(line):
            break  # "<name> / 火曜朝の旧ターミナル（写真：田中太郎）": a caption under the byline
        titles.append(index)
        after = index + 1
        # Date lines, and buttons among them ("ascolta articolo", "Copia link").
        while after < min(len(blocks) - 1, index + 5) and (
            header_line(blocks[after], Draft(lang=draft.lang))
            or (after > index + 1 and zones.clutter_of(blocks[after]) is not None)
        ):
            after += 1
        if is_prose_line(blocks[after]):
            long_enough = (
                (zones.word_count(line) > KICKER_WORDS or _longer_than_above(line, draft))
                and not is_button_row(line)
                and line[-1:] not in ",;:"  # a letter's salutation, a lead-in
            )
            return titles if long_enough and not is_name(line) else []
        if after > index + 1:
            break
    return []


def _longer_than_above(line: str, draft: Draft) -> bool:
    """A short line under the date is the headline when what was taken over the date is
    shorter and stands alone (no byline or dek with it): a blog's menu, not a headline."""
    return not draft.byline and draft.dek is None and len(line) > len(draft.headline or "")


def is_prose_line(line: str) -> bool:
    return len(line) > 160 or (len(line) > 60 and zones.is_sentence(line))


def headline_under(
    titles: list[int], blocks: list[str], number: int, kind: str, draft: Draft
) -> bool:
    """Whether the line under the date block is the headline: the only line over the date
    was a short label (a kicker), this one is longer, and prose follows it."""
    if kind != "title" or len(titles) != 1 or draft.headline != blocks[titles[0]]:
        return False
    label = blocks[titles[0]]
    # The line under it, past a release's buttons ("Pobierz PDF", "Udostępnij").
    after = number + 1
    while after < min(len(blocks) - 1, number + 1 + BUTTONS_UNDER) and _is_button(blocks[after]):
        after += 1
    following = blocks[after] if after < len(blocks) else ""
    return (
        is_kicker(label)
        and (label.isupper() or zones.word_count(label) <= 2)
        and blocks[number][-1:] not in ",.:;!?"
        and len(blocks[number]) > len(label)
        and len(following) > len(blocks[number])
        # "الرياض 14 رمضان 1446 هـ … واس": the story's dateline on its own line, no headline.
        and not is_dateline_alone(blocks[number], draft.lang)
    )


# At most this many buttons stand between a headline and the prose under it, each at most
# BUTTON_WORDS words.
BUTTONS_UNDER = 3
BUTTON_WORDS = 2


def _is_button(line: str) -> bool:
    """A word or two, no sentence, no name, no lead-in: "Pobierz PDF", "Udostępnij"."""
    return (
        zones.word_count(line) <= BUTTON_WORDS
        and not zones.is_sentence(line)
        and line.rstrip()[-1:] not in ":："
        and not is_name(line)
    )


def is_caption(line: str) -> bool:
    """ "Photo: The terminal… (ABC News: Jo Smith)", "The ferry on Thursday (Image: X)",
    "… in the final two quarters.(AAP: Dean Lewins)"."""
    return bool(
        _CAPTION_LABEL.match(line)
        or _CAPTION_CREDIT.search(line)
        or _CAPTION_NOTE.search(line)
        or _CAPTION_CREDITED.search(line)
        or _CAPTION_SOURCE.search(line)
        or (is_bracket_credited(line) and not _is_agency_closed(line))
        or is_slash_credited(line)
    )


def _is_agency_closed(line: str) -> bool:
    """ "… cut output. (Reuters)", "… pengeluaran. (Bernama)": a wire agency's name alone in
    brackets closes the story's own lead as often as a caption, which is then not dropped
    as one (it is never a headline either: tearsheet.headcaptions)."""
    from tearsheet.agencies import agency_of

    match = _CAPTION_OUTLET.search(line)
    return match is not None and agency_of(match[0].lstrip(".。 \t")[1:-1]) is not None


def is_bracket_credited(line: str) -> bool:
    """A caption's sentence closed by the outlet's or agency's name in brackets, or the
    picture's note ("… أمس. (عكاظ)", "…開會。（中央社檔案照片）"): never a headline."""
    match = _CAPTION_OUTLET.search(line)
    if match is None:
        return False
    sentence = line[: match.start() + 1]
    shortest = CAPTION_SENTENCE // 2 if zones.has_wide(sentence) else CAPTION_SENTENCE
    return len(sentence) >= shortest


def is_capitals_credited(line: str) -> bool:
    """A sentence closed by its photographer's or agency's name in capitals ("Vista aérea de
    la terminal de Guixar. M.MORALEJO", "… w Krakowie. PAP", "… a Roma. MASSIMILIANO
    MINOCRI"): a picture's caption, never a headline."""
    words = line.split()
    credit = 0
    while credit < min(CREDIT_NAME_WORDS, len(words) - 1) and _is_capitals(words[-1 - credit]):
        credit += 1
    sentence = " ".join(words[: len(words) - credit])
    return (
        credit > 0
        and len(sentence) >= CAPTION_SENTENCE
        and sentence[-1:] in ".!?。"
        and any(char.islower() for char in sentence)
    )


def _is_capitals(word: str) -> bool:
    """A word in capitals, an initial glued to it or not ("M.MORALEJO", "EFE", "GIL")."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters) and word[-1:] != "."


# ... or the photographer's name alone after the slash: "… donde se ganará terreno al mar. /
# Lobo Altuna".
_SLASH_NAME = re.compile(r"[.!?。]\s?+/\s?+(?P<name>[^\W\d_][^/\n!?]{0,40}+)$")
# ... or the outlet and the photographer in brackets ("… Kamis (17/4/2025).(KOMPAS.com/
# Garry Lotulung)", "… the harbour. (Reuters/Ann Lee)"), or a Korean paper's photographer
# ("… 인터뷰하고 있다. 백소아 기자").
_BRACKET_SLASH = re.compile(
    r"[.!?。]\s*+\([^\W\d_][\w.&'’-]{0,30}+(?:\s[\w.&'’-]{1,20}+){0,2}+\s?/\s?"
    r"[^\W\d_][^/()\n]{0,40}+\)$|[.。]\s++[가-힣]{2,4}+\s?기자$"
)


def is_slash_credited(line: str) -> bool:
    """A sentence closed by an agency's or paper's credit and its photographer's name after
    a slash ("… en una imagen de archivo. EFE/Salas"): a picture's caption. A headline that
    goes on after a full stop ("Inflation hits 5%. Fed/ECB respond") names no one there."""
    if (bracketed := _BRACKET_SLASH.search(line)) is not None:
        return bracketed.start() >= CAPTION_SENTENCE
    match = _SLASH_CAPTION.search(line) or _SLASH_NAME.search(line)
    if match is None or match.start() < CAPTION_SENTENCE:
        return False
    name = match["name"].split()
    return (
        len(name) <= CREDIT_NAME_WORDS
        and all(word[:1].isupper() or len(word) <= CREDIT_PARTICLE_LENGTH for word in name)
        and name[0][:1].isupper()
        # "… Fed respond." is a sentence; "D.C.E.", a photographer's initials, a credit.
        and (not name[-1].endswith(".") or _INITIALS.fullmatch(name[-1]) is not None)
    )


# A dek over a bare name taken for the writer's is at least this many words.
DEK_MIN_WORDS = 6


def is_name_under_dek(line: str, candidates: list[str], following: str) -> bool:
    """A bare name between a dek and the story's first paragraph, with no date near
    ("Why the rial fell again / A look at three causes … / مریم صادقی / The dollar rose …"):
    the writer's. A place there is the dateline's, not a name."""
    return (
        len(candidates) == 1
        and zones.word_count(candidates[0]) >= DEK_MIN_WORDS
        and (is_name(line) or is_uncased_name(line))
        and not is_place(line)
        and zones.is_prose(following)
    )


# An agency's or paper's credit in capitals and its photographer after a slash, alone on
# its line: "KOMPAS/HENDRA A SETYAWAN", "REUTERS/Kevin Lamarque", "ANTARA FOTO/Aditya Putra".
_AGENCY_SLASH = re.compile(
    r"(?P<agency>[^\W\d_]{2,20}+(?:\s[^\W\d_]{2,20}+){0,2}+)"
    r"\s?/\s?[^\W\d_](?:[^\W\d_]|[.' -]){1,40}+"
)
# ... of at most this many words.
CREDIT_LINE_WORDS = 7
# A caption over a credit is at most this long.
CAPTION_LENGTH = 300
# ... and at most a CAPTION_SHARE-th of the story's paragraph under its credit.
CAPTION_SHARE = 2


def is_picture_credit(line: str) -> bool:
    """A picture's credit alone on its line: "Foto: Margus Muld/ERR", "KOMPAS/HENDRA A
    SETYAWAN", "REUTERS/Kevin Lamarque"; not a headline with a slash ("Inflation/ECB")."""
    plain = " ".join(line.split())
    return is_bare_credit(plain) or is_agency_credit(plain)


def is_agency_credit(line: str) -> bool:
    """An agency's or paper's name in capitals and its photographer after a slash, as photo
    desks credit the picture under its caption: "KOMPAS/HENDRA A SETYAWAN"."""
    plain = " ".join(line.split())
    match = _AGENCY_SLASH.fullmatch(plain)
    if match is None or not match["agency"].isupper():
        return False
    name = plain[match.end("agency") :].lstrip(" /").split()
    return zones.word_count(plain) <= CREDIT_LINE_WORDS and all(
        word[:1].isupper() or len(word) <= CREDIT_PARTICLE_LENGTH for word in name
    )


def credited_caption(blocks: list[str], number: int) -> int | None:
    """A photo's caption with its credit on the line under it, between the header and the
    prose ("<date> / Pengunjung memadati pusat perbelanjaan … / KOMPAS/HENDRA A SETYAWAN /
    <prose>"), or the credit alone: the index of the credit's line, None for other lines.
    Over a labelled credit ("Foto: dpa") the line may be the story's own short first
    paragraph, the picture under it uncaptioned: only an agency's credit with its
    photographer tells a caption over it, at most half as long as the paragraph under it."""
    if is_picture_credit(blocks[number]):
        return number
    following = number + 1
    if (
        following + 1 < len(blocks)
        and is_agency_credit(blocks[following])
        and len(blocks[number]) <= CAPTION_LENGTH
        and len(blocks[number]) * CAPTION_SHARE <= len(blocks[following + 1])
    ):
        return following
    return None


def join_wrapped(blocks: list[str], titles: list[int], draft: Draft) -> None:
    """A headline wrapped onto the title line under it ("… zdieľaných elektrických" /
    "kolobežiek v troch mestských častiach"): one headline; the line leaves ``titles``."""
    wrapped = len(titles) > 1 and titles[1] == titles[0] + 1
    if (
        wrapped
        and continues_line(blocks[titles[0]], blocks[titles[1]])
        and not credits_by(blocks[titles[1]], draft.lang)  # "… pe an / de ZF Online"
    ):
        draft.headline = f"{draft.headline} {blocks[titles.pop(1)]}"


# A caption alone on its line under the header is at most this long.
CAPTION_LINE_LENGTH = 250


def caption_end(blocks: list[str], number: int) -> int | None:
    """Where a photo's caption under the header ends: on its line ("Photo: The terminal…
    (ABC News: Jo Smith)", "… on Thursday (Image: X)"), or with its credit on the line under
    it ("… Minggu (9/3/2025). / KOMPAS/HENDRA A SETYAWAN"); None for other lines."""
    line = blocks[number]
    if (is_caption(line) or _is_tail_credited(line)) and len(line) <= CAPTION_LINE_LENGTH:
        return number
    return credited_caption(blocks, number)


# A credit after a caption's sentence is at most this many words.
TAIL_CREDIT_WORDS = 4


def _is_tail_credited(line: str) -> bool:
    """A sentence, then a few words with no mark after them: who took the photo, in the
    language's words ("… moja ya mabao yake. Picha na Maktaba", "… ante la grada. LaLiga");
    a headline under the date does not run on after its full stop so briefly."""
    head, stop, tail = line.rstrip().rpartition(". ")
    words = tail.split()
    return (
        bool(stop)
        and len(head) >= CAPTION_SENTENCE
        and any(char.islower() for char in head)
        and 0 < len(words) <= TAIL_CREDIT_WORDS
        and words[0][:1].isupper()
        and tail[-1:].isalnum()
        # Names in capitals, but for a short "by" or "of" ("Picha na Maktaba"): a last
        # sentence with no stop has its words in small letters ("Work starts in May").
        and all(not word[:1].islower() or len(word) <= 2 for word in words)
    )
