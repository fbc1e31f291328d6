"""Dates as imported text states them: a short date line in any language, a date inside a
header line, an ISO 8601 value from a page's metadata."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import unicodedata
from typing import Any

from tearsheet.arabicdates import ARABIC, arabic_script_date
from tearsheet.calendars import BUDDHIST_ERA, BUDDHIST_OFFSET, calendar_date
from tearsheet.monthnames import (
    ENGLISH_MONTHS,
    glued_month,
    month_names,
    month_number,
    weekday_abbreviations,
)
from tearsheet.readingtime import BODY_READING_TIME

# A date line is short; a longer line is a sentence that merely mentions a date.
MAX_DATE_LINE = 60
# A header line with a date among other words: at most this many words, and the date may
# follow at most DATE_LEAD_WORDS words of label.
MAX_DATE_WORDS = 14
DATE_LEAD_WORDS = 3
# A date inside a header line is at most this many words ("Tue 5 Mar 2024 at 4:12pm").
DATE_WINDOW = 8
# A date line with no year is at most this many words.
YEARLESS_WORDS = 5
# "4.03.2023", "5. 3. 2024": dots between the numbers are written day first.
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b")
# "2024年3月5日" (Chinese, Japanese) and "2024년 3월 5일" (Korean): year, month, day, in
# that order, each marked by its character, the same in every one of these languages.
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# A middle dot between a numeric date's parts ("17·09·25", as some Spanish papers write
# it): read as the full stop the others write.
_DOTTED_MIDDLE = re.compile(r"(?<=\d)[·•∙](?=\d)")
# A month's name, or a CJK date's 年月日: dateparser may tell the language from them.
_LETTERS = re.compile(r"[^\W\d_]{3}|[\u3040-\u30ff\u4e00-\u9fff]")
_YEARISH = re.compile(r"(?:\b|(?<=\d))(?:19|20)\d\d(?:\b|(?=年))|\b\d{1,2}[./-]\d{1,2}[./-]\d\d\b")
_DATE_LABEL = re.compile(
    r"^(published|posted|updated|last updated|first published|date|dated|veröffentlicht|"
    r"aktualisiert|stand|erschienen|publié|mis à jour|publicado|publicada|actualizado|"
    r"atualizado|pubblicato|aggiornato|geplaatst|gepubliceerd|bijgewerkt|opublikowano|"
    r"zaktualizowano|publicat|publicerad|publiceret|publisert|udgivet|julkaistu|"
    r"publikováno|zveřejněno|publikované|publikovano|objavljeno|објављено|objavljen|"
    r"közzétéve|megjelent|yayınlanma|yayınlandı|yayın tarihi|δημοσιεύθηκε|δημοσίευση|"
    r"опубликовано|опубліковано|публикувано|објавено|paskelbta|publicēts|avaldatud|"
    r"diterbitkan|dipublikasikan|diterbitkan pada|imechapishwa|inilathala|ngày đăng|đăng ngày|"
    r"xuất bản|نشر|نُشر|تاريخ النشر|تاریخ انتشار|منتشر شده|شائع|प्रकाशित|প্রকাশিত|"
    r"প্রকাশ|வெளியிடப்பட்டது|פורסם|เผยแพร่|입력|게시|公開日?|掲載|配信|发布|發布|发布时间|"
    r"發布時間|publicat el|"
    # The word for "date" an Indian release writes before it, or its abbreviation ("पुणे,
    # दि. १८ जून २०२६ :", "दिनांक: 18 जून 2026", "તા. 18 જૂન 2026").
    r"दि\.|दिनांक|तारीख|तिथि|ता\.|তারিখ|তাং|તા\.|તારીખ|தேதி|తేదీ|ದಿನಾಂಕ|ਮਿਤੀ)"
    r"(\s++(on|am|le|el|il|at|em|op|o|às|في|pada))?\s*+[:：]?\s*+",
    re.IGNORECASE,
)
# The label of a date that is not the publication's: "Updated", "Aktualisiert", "Mis à jour".
UPDATE_LABEL = re.compile(
    r"(?:last )?(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|"
    r"bijgewerkt|aangepast|gewijzigd|zaktualizowano|aktualizacja|aktualisierung|actualización|"
    r"aggiornamento|atualização|päivitetty|uppdaterad|opdateret|oppdatert|aktualizováno|"
    r"aktualizované|frissítve|actualizat|güncellendi|güncelleme|ενημερώθηκε|обновлено|"
    r"оновлено|diperbarui|更新|actualitzat|ažurirano|ажурирано|posodobljeno|atnaujinta|"
    r"обновено|актуализирано|dikemas ?kini|imesasishwa|na-update|cập nhật|(?:آخر )?تحديث|"
    r"تم التحديث|به[\u200c ]?روز ?رسانی|اپ ?ڈیٹ|अपडेट(?:ेड)?|আপডেট|புதுப்பிக்கப்பட்டது|"
    r"עודכן|עדכון|อัปเดต|อัพเดท|수정|업데이트)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?:\d{1,2}[:.時시]\d{2}分?)?")
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]++(?:Z|[+-][\d:]++)?)?")
# A year as written: four digits (Thai years of the Buddhist era too), or the two of a
# numeric date ("18-02-25").
_WRITTEN_YEAR = re.compile(
    r"(?<!\d)(?:1[89]|20|25)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)"
)
# A year run into the time after it, a word in capitals run into the next one, a label
# run into the year after it ("송고2026-01-09 14:05"), a year run into the label after it
# ("June 17, 2025Updated June 18, 2025").
_JAMMED = re.compile(
    r"(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}:\d\d|[A-Za-z]{3})|(?<=[A-Z]{2})(?=[A-Z][a-z])"
    r"|(?<=[^\W\d_])(?=(?:19|20)\d\d(?!\d))"
)
# A time of day with its zone: "6:02 a.m. MT", "3:11 PM GMT", "09.15 Uhr", "11h32min".
_TIME_OF_DAY = re.compile(
    r"(?<!\S)(?:\d{1,2}[:.]\d\d(?:\s*+(?:[ap]\.m\.|[ap]m|[AP]M|Uhr|h))?|\d{1,2}h\d\d(?:min)?)"
    r"(?:\s++(?:[A-Z]{1,3}T|UTC|GMT|CET|CEST))?(?!\S)"
)
_ISO_PREFIX = re.compile(r"(?<!\s)\s*+(\d{4})-(\d{2})-(\d{2})")
# The reading time a header line ends with, after its dates ("Publié le 17 mars 2026 à
# 06h00, modifié le … à 10h42 Temps de Lecture 3 min.", "Jun 9, 2023 · 5 min read"): the
# page's furniture beside the date, not words of a label around it.
_READING = re.compile(rf"^(?:{BODY_READING_TIME})$", re.IGNORECASE)
# A reading time is this many words at most (a label, the count, the unit, a few more).
READING_WORDS = 8


def _without_reading_time(line: str) -> str:
    """The header line without the reading time it ends with, if any."""
    words = line.split()
    for count in range(min(READING_WORDS, len(words) - 1), 0, -1):
        if _READING.match(" ".join(words[-count:])):
            return " ".join(words[:-count])
    return line


def writes_year(text: str) -> bool:
    """Whether the text writes a year: four digits (a Thai year of the Buddhist era too), or
    the two of a numeric date ("18-02-25"), in any script's digits; or a date of another
    calendar ("۲۸ بهمن ۱۴۰۴", "21 ม.ค. 69")."""
    text = _ascii_digits(text)
    return _WRITTEN_YEAR.search(text) is not None or calendar_date(text) is not None


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Devanagari and other digits as 0-9, so that a written year is found."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text
    )


# The note under a paper's story that it was printed too, and when: "A version of this
# article appears in print on March 11, 2025, Section A, …", "Een versie van dit artikel
# verscheen ook in NRC op 28 november 2026", "Article paru dans Le Monde du 3 mars 2026":
# its words up to the date (the paper's name between), the date in the words after them.
_PRINT_NOTE = re.compile(
    r"(?:a version of this (?:article|story) appear(?:s|ed) in print|"
    r"this (?:article|story) (?:appeared|appears|was published) in (?:print|the print edition)|"
    r"een versie van dit artikel verscheen|dit artikel verscheen (?:ook )?in de krant|"
    r"(?:dieser (?:artikel|beitrag|text) )?erschien (?:zuerst |auch )?in der "
    r"(?:print-?ausgabe|gedruckten ausgabe|zeitung)|"
    r"(?:cet )?article (?:est )?paru dans|"
    r"este artículo (?:apareció|se publicó|fue publicado) en la edición impresa|"
    r"questo articolo è (?:uscito|apparso|stato pubblicato) (?:sull|nell)['’]edizione|"
    r"este artigo (?:foi publicado|saiu) na edição impressa|"
    r"artikeln (?:publicerades|var publicerad) (?:först )?i papperstidningen|"
    r"artiklen (?:blev bragt|er bragt) i (?:avisen|papiravisen)|"
    r"artikkelen (?:sto|ble publisert) (?:først )?på trykk|"
    r"artykuł ukazał się w (?:wydaniu papierowym|papierowym wydaniu|gazecie)|"
    r"článek vyšel v tištěném vydání|"
    r"статья опубликована в (?:печатной версии|газете))\b",
    re.IGNORECASE,
)


def labelled_date(line: str, lang: str | None = None) -> dt.date | None:
    """The date of a line that says it is the publication's ("Published: 21 August 2025",
    "प्रकाशित: 21 अगस्त 2025"), or the print edition's under the story: a date under the
    story may be another's, a labelled one not."""
    line = line.strip()
    if printed := _PRINT_NOTE.match(line):
        # The paper's name may stand between: the date is looked for in all the words.
        words = " ".join(line[printed.end() :].split()[:MAX_DATE_WORDS])
        found = find_date_span(words, lang, MAX_DATE_WORDS)
        return found[0] if found else None
    if not _DATE_LABEL.match(line) or UPDATE_LABEL.match(line):
        return None
    return parse_date_line(line, lang)


# The stages ask about the same lines again and again (a page of repeated footers), and
# each answer costs a dateparser call: the answers are kept per line.
@functools.lru_cache(maxsize=8192)
def parse_date_line(line: str, lang: str | None = None) -> dt.date | None:
    """The date a short line states ("April 20, 2017", "20. April 2017", "2017-04-20", ...).

    Only a full date with day, month and year counts: a missing year is never guessed.
    """
    text = _DATE_LABEL.sub("", " ".join(_ascii_digits(line).split())).strip(" .,;:()[]")
    text = _DOTTED_MIDDLE.sub(".", text)
    if other := calendar_date(text, lang):
        return other  # "۲۸ بهمن ۱۴۰۴", "發布日期：115-04-21", "21 ม.ค. 69"
    if ARABIC.search(text):
        text = arabic_script_date(text, lang)
    if not text or len(text) > MAX_DATE_LINE or not writes_year(text):
        # "Gisteren om 15:12", "2 hours ago": dateparser would count from today; a date
        # is taken only when its year is written.
        return None
    cjk = _CJK_DATE.match(text)
    if cjk and not _TIME.fullmatch(text[cjk.end() :].strip()):
        cjk = None
    if (match := _ISO_DATE.fullmatch(text)) or (match := cjk):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    import dateparser

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Numeric dates: month first only in American English.
        "DATE_ORDER": "MDY"
        if (lang or "en") in ("en", "en-US") and not _DOTTED_DATE.search(text)
        else "DMY",
    }
    code = (lang or "en").split("-")[0].lower()
    known = code in _dateparser_languages()
    languages = list(dict.fromkeys([_script_locale(text, code), "en"])) if known else None
    # A language dateparser does not know by this code ("no" for Norwegian, which it knows
    # as "nb"): it tells the language from the month's name itself.
    moment = dateparser.parse(text, languages=languages, settings=settings)
    if moment is None and (other := _written_otherwise(text, code)) != text:
        moment = dateparser.parse(other, languages=languages, settings=settings)
        text = other if moment is not None else text
    if moment is None and (glued := glued_month(text, code)) is not None:
        moment = dateparser.parse(glued, languages=["en"], settings=settings)
    if moment is None and lang is None and _LETTERS.search(text):
        # Too little text to tell the language: dateparser tells it from the month's name.
        moment = dateparser.parse(text, settings=settings)
        languages = None
    if moment is not None and (lang or "").startswith("th") and moment.year > BUDDHIST_ERA:
        # Thai dates count years from the Buddha's death: 2567 BE is 2024.
        with contextlib.suppress(ValueError):
            moment = moment.replace(year=moment.year - BUDDHIST_OFFSET)
    if moment is None or not 1800 <= moment.year <= dt.date.today().year + 1:
        return None
    if abs(moment - dt.datetime.now()) < _NEAR_NOW:
        # "24/11/2026 - 11h32min", whose "11h32min" dateparser reads as a time counted back
        # from now: a date that moves when now does is no date the text states.
        later = {**settings, "RELATIVE_BASE": dt.datetime.now() + _NEAR_NOW}
        if dateparser.parse(text, languages=languages, settings=later) != moment:
            return None
    return moment.date()


# A date this near now is read again counted from another moment, to tell a time counted
# from now from a date the text states.
_NEAR_NOW = dt.timedelta(days=3)
# A year written first with its word ("2026 жылғы 18 қараша", "2026 m. lapkričio 18 d.",
# "2026. gada 18. novembris"): the word, which dateparser does not know, between the year
# and the day or month; and the day's mark after the day ("18 d.").
_YEAR_WORD = re.compile(r"^((?:19|20)\d\d)\.?\s++[^\W\d_]{1,6}+\.?\s++(?=[^\W_])")
# The words of a deadline or a range before a date ("do 31. mája 2026", "bis 5. März",
# "until 3 May", "hasta el 5 de junio"): the date a notice sets, not the one it was
# published on.
DEADLINE_WORDS = (
    "do od bis ab by to til tot até för until till hasta desde jusqu['’]au entro fino "
    "dal vanaf sedan"
).split()
_DEADLINE = re.compile(rf"(?i)(?:{'|'.join(DEADLINE_WORDS)})")
# A short word in small letters before the day ("den 24. November 2026", "am 24."),
# which dateparser may not know in the language; not the words of a deadline or a range
# ("do 31. mája 2026", "bis 5. März", "by 3 May": until, from), whose date is no date line's.
_LEAD_WORD = re.compile(rf"^(?!(?:{'|'.join(DEADLINE_WORDS)})\s)[a-zà-ÿ]{{1,3}}\s++(?=\d)")
_DAY_WORD = re.compile(r"(?<=\d)\s++[^\W\d_]\.?$")
# A case ending glued to the year or the day, as Basque, Hungarian and Turkish write them
# ("2026ko maiatzaren 12a", "2026-ban május 12-én", "12 Mayıs 2026'da"): the number alone.
_GLUED_ENDING = re.compile(
    r"(?<![\w'’-])((?:19|20)\d\d|\d{1,2})(?:['’-]?[^\W\d_]{1,3}+)(?![\w'’-])"
)
_WORD = re.compile(r"[^\W\d_]++\.?")


def _written_otherwise(text: str, code: str | None) -> str:
    """The date written as dateparser reads it: a year's word and a small word before the day
    dropped ("2026 жылғы 18 қараша" → "2026 18 қараша", "den 24. November"), and a month's
    name that dateparser may not know (cut short, declined, or of a language it lacks)
    written in English, from CLDR's names ("23 ноем 2026" → "23 November 2026", "30.
    novembrī" → "30. November", "30 Nofeembar 2026")."""
    text = _DAY_WORD.sub("", _YEAR_WORD.sub(r"\1 ", _LEAD_WORD.sub("", text)))
    text = _GLUED_ENDING.sub(r"\1", text)
    months = month_names(code) if code else {}
    if not months:
        return text

    def english(match: re.Match[str]) -> str:
        number = month_number(match[0].rstrip(".").casefold(), months)
        return ENGLISH_MONTHS[number - 1] if number else match[0]

    return _WORD.sub(english, text)


def is_yearless_date(line: str, lang: str | None = None) -> bool:
    """A short line that states a day and a month but no year ("22. sep. kl. 05.30", "ago
    5", "9 de gen."): a date line of the header, from which no date is taken (a missing year
    is never guessed)."""
    text = _DATE_LABEL.sub("", " ".join(_ascii_digits(line).split())).strip(" .,;:()[]")
    words = text.split()
    if not 2 <= len(words) <= YEARLESS_WORDS or writes_year(text) or not _DIGIT.search(text):
        return False
    if not _LETTERS.search(text):
        return False
    import dateparser

    code = (lang or "en").split("-")[0].lower()
    languages = [code] if code in _dateparser_languages() else None
    settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past"}
    timeless = _TIME_OF_DAY.sub(" ", text).replace(" kl. ", " ").strip(" ,.")
    return dateparser.parse(timeless, languages=languages, settings=settings) is not None


# A relative time is at most this long ("för 2 timmar sedan", "Updated 3 hours ago").
RELATIVE_LENGTH = 40
# Two moments a relative time is counted from: "2 hours ago" moves with them by exactly
# their difference, a date ("5 March", "Monday") does not.
_BASES = (dt.datetime(2020, 1, 1), dt.datetime(2020, 1, 11, 3, 7))


@functools.lru_cache(maxsize=1024)
def is_relative_time(line: str, lang: str | None = None) -> bool:
    """ "2 घंटे पहले", "منذ ساعتين", "2時間前", "för 2 timmar sedan": a time counted back from
    now, in any language dateparser knows (a header's, never a headline), not a date."""
    text = " ".join(_ascii_digits(line).split())
    if not text or len(text) > RELATIVE_LENGTH or len(text.split()) > YEARLESS_WORDS:
        return False
    if writes_year(text):
        return False
    import dateparser

    code = (lang or "en").split("-")[0].lower()
    languages = [code] if code in _dateparser_languages() else None
    moments = [
        dateparser.parse(text, languages=languages, settings={"RELATIVE_BASE": base})
        for base in _BASES
    ]
    if moments[0] is None or moments[1] is None:
        return False
    return moments[1] - moments[0] == _BASES[1] - _BASES[0] and moments[0] != _BASES[0]


# The scripts of the languages dateparser knows written in two ("sr-Latn", "sr-Cyrl").
_SCRIPTS = {"Latn": re.compile("[A-Za-zÀ-ɏ]"), "Cyrl": re.compile("[Ѐ-ӿ]")}


def _script_locale(text: str, code: str) -> str:
    """The language's code with the script the date is written in, for the languages written
    in two ("28. avgust 2025" is Serbian in Latin letters: "sr-Latn"); the code otherwise."""
    for script, letters in _SCRIPTS.items():
        if f"{code}-{script}" in _dateparser_languages() and letters.search(text):
            return f"{code}-{script}"
    return code


@functools.cache
def _dateparser_languages() -> frozenset[str]:
    """The language codes dateparser has data for."""
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())


def find_date(line: str, lang: str | None = None) -> dt.date | None:
    """The date in a short header line that holds more than a date: a label before it in
    any language ("Udgivet den 12. september 2022", "Data publikacji: 3 listopada 2023") or
    a time and a note after it ("07/11/2023 10h15 Atualizado há 2 horas"). Word windows are
    tried longest first, each through dateparser, so no language needs its own label list."""
    found = find_date_span(line, lang)
    return found[0] if found else None


# A date in brackets inside a header line, after another calendar's.
_BRACKETED_DATE = re.compile(r"\(([^()\n]{6,30}+)\)")


@functools.lru_cache(maxsize=8192)
def find_date_span(
    line: str, lang: str | None = None, lead: int = DATE_LEAD_WORDS
) -> tuple[dt.date, str, str] | None:
    """The date in a header line, with the words before and after it ("Ruth Allen" and
    "— 4 min read" around "Jun 9, 2023"), so that a name beside the date can be read."""
    line = _ascii_digits(line)
    if date := parse_date_line(line, lang):
        return date, "", ""
    # "February 19, 20253:11 PM GMTUpdated 3 hours ago" (inline parts copied without their
    # spaces), "Published 6:02 a.m. MT Jan. 15, 2025": the times are left out of the search.
    timeless = _TIME_OF_DAY.sub(" ", _JAMMED.sub(" ", line)).strip(" ,;")
    if timeless != line and (date := parse_date_line(timeless, lang)):
        return date, "", ""
    line = _without_reading_time(timeless)
    words = line.split()
    if len(words) > MAX_DATE_WORDS or not _YEARISH.search(line):
        return None
    for bracket in _BRACKETED_DATE.finditer(line):
        # "২৪ কার্তিক ১৪৩২ বঙ্গাব্দ (৮ নভেম্বর ২০২৫)": another calendar's date, the common
        # era's in brackets after it.
        if date := parse_date_line(bracket[1], lang):
            # The other calendar's date is left out of the words before: after their last
            # comma when that part writes a number.
            before, comma, other = line[: bracket.start()].rpartition(",")
            before = before if comma and _DIGIT.search(other) else line[: bracket.start()]
            return date, before.strip(" ,"), line[bracket.end() :].strip(" ,")
    for skip in range(min(lead + 1, len(words))):
        for stop in range(min(len(words), skip + DATE_WINDOW), skip, -1):
            if (skip, stop) == (0, len(words)):
                continue
            window = " ".join(words[skip:stop]).strip(" ,;:-–—|")
            if skip and _is_deadline_word(words[skip - 1], lang):
                break  # "do 31. mája 2026": a deadline's date
            if _YEARISH.search(window) and (date := parse_date_line(window, lang)):
                return date, " ".join(words[:skip]), " ".join(words[stop:])
    return None


def _is_deadline_word(word: str, lang: str | None) -> bool:
    """A deadline's or a range's word ("do", "bis", "to"), but not the language's short name
    of a day that is written the same ("to 27.11.2025" in Swedish, "Do., 27. November" in
    German: Thursday)."""
    if not _DEADLINE.fullmatch(word):
        return False
    return not lang or word.casefold().rstrip(".") not in weekday_abbreviations(lang)


def parse_iso_date(value: Any) -> dt.date | None:
    """A date from an ISO 8601 value as pages write it in metadata, or None."""
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
