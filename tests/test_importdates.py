"""Dates as imported text states them (tearsheet.importdates)."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.importdates import find_date, labelled_date, parse_date_line
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # Urdu typed with the Arabic yeh, and the final hamza without its yeh.
        ("پير 28 جولائ 2026", "ur", dt.date(2026, 7, 28)),
        ("۱۲ مئ ۲۰۲۵", "ur", dt.date(2025, 5, 12)),
        ("جمعرات 3 ستمبر 2026", "ur", dt.date(2026, 9, 3)),
        ("28 جولائی 2026", None, dt.date(2026, 7, 28)),
        # Arabic keeps its own letters: "يوليو" is read as it is.
        ("28 يوليو 2026", "ar", dt.date(2026, 7, 28)),
        ("الإثنين 12 مايو 2025", "ar", dt.date(2025, 5, 12)),
    ],
)
def test_dates_in_arabic_script_whichever_letters_were_typed(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # The month in its Levantine name and its standard one, as the UN and the Levant's
        # papers write it.
        ("14 أيلول/سبتمبر 2025", dt.date(2025, 9, 14)),
        ("3 كانون الثاني / يناير 2026", dt.date(2026, 1, 3)),
        ("الخميس 20 تشرين الثاني/نوفمبر 2025", dt.date(2025, 11, 20)),
    ],
)
def test_an_arabic_month_named_both_ways(line, date):
    assert parse_date_line(line, "ar") == date


def test_an_urdu_update_line_with_its_time_in_words():
    line = "اپ ڈیٹ: 28 جولائ 2026 شام 6 بج کر 40 منٹ"
    assert find_date(line, "ur") == dt.date(2026, 7, 28)


def test_a_word_ending_in_hamza_is_no_month():
    assert parse_date_line("28 جائ 2026", "ur") is None


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("June 17, 2025Updated June 18, 2025 8:42 a.m.", "en", dt.date(2025, 6, 17)),
        ("12. März 2025Aktualisiert 13. März 2025", "de", dt.date(2025, 3, 12)),
        ("3 mars 2025Mis à jour le 4 mars 2025", "fr", dt.date(2025, 3, 3)),
    ],
)
def test_a_date_run_into_the_update_label_after_it(line, lang, date):
    """The first date is the publication's; the update's, run into it, is not."""
    assert find_date(line, lang) == date


def test_a_year_before_cjk_characters_is_left_joined():
    assert parse_date_line("2025年7月15日", "ja") == dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("lang", "updated", "published", "date"),
    [
        ("ur", "اپ ڈیٹ: 29 جولائی 2026", "پیر 28 جولائی 2026", dt.date(2026, 7, 28)),
        ("vi", "Cập nhật: 29/07/2026 18:40", "Thứ hai, 28/7/2026", dt.date(2026, 7, 28)),
        ("he", "עודכן: 29.07.2026", "28.07.2026", dt.date(2026, 7, 28)),
        ("hr", "Ažurirano: 29. 7. 2026.", "28. 7. 2026.", dt.date(2026, 7, 28)),
        ("ar", "آخر تحديث: 29 يوليو 2026", "28 يوليو 2026", dt.date(2026, 7, 28)),
    ],
)
def test_an_update_s_date_gives_way_to_the_publication_s(lang, updated, published, date):
    from tearsheet.headerlines import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang=lang)
    assert header_line(updated, draft)
    assert header_line(published, draft)
    assert draft.date == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("प्रकाशित: 21 अगस्त 2025", "hi", dt.date(2025, 8, 21)),
        ("Julkaistu 3.4.2025", "fi", dt.date(2025, 4, 3)),
        ("Опубликовано: 5 марта 2025", "ru", dt.date(2025, 3, 5)),
        ("公開日：2025年3月5日", "ja", dt.date(2025, 3, 5)),
        ("نشر في 5 مارس 2025", "ar", dt.date(2025, 3, 5)),
        ("Published: 21 August 2025", "en", dt.date(2025, 8, 21)),
        # Not the publication's: an update, or a date with no label (a teaser's).
        ("Updated: 22 August 2025", "en", None),
        ("21 August 2025", "en", None),
        ("Published in 2025 by the city", "en", None),
    ],
)
def test_a_labelled_date_is_the_publication_s(line, lang, date):
    assert labelled_date(line, lang) == date


def test_the_date_under_a_story_with_none_over_it_is_read_from_the_trailer():
    story = (
        "जयपुर मेट्रो के दूसरे चरण को केंद्रीय मंत्रिमंडल ने मंजूरी दे दी है। इस चरण में सीतापुरा से "
        "अंबाबाड़ी तक 23 किलोमीटर लंबी लाइन बनेगी, जिस पर 20 स्टेशन होंगे।"
    )
    text = "\n".join(
        [
            "जयपुर मेट्रो फेज-2 को केंद्र की मंजूरी",
            "",
            story,
            "",
            story.replace("जयपुर", "राजस्थान"),
            "",
            "प्रकाशित: 21 अगस्त 2025",
            "खबरें और भी हैं...",
            "जयपुर में बारिश का अलर्ट, 5 जिलों में स्कूल बंद",
            "प्रकाशित: 19 अगस्त 2025",
        ]
    )
    assert parse_text(text, lang="hi").date == dt.date(2025, 8, 21)


@pytest.mark.parametrize(
    ("note", "stamp", "lang", "expected"),
    [
        (
            "Dit liveblog wordt bijgewerkt. Het liveblog van gisteren lees je hier.",
            "30 november 2026, 17:47",
            "nl",
            dt.date(2026, 11, 30),
        ),
        (
            "Der Beitrag wird laufend aktualisiert.",
            "24.11.2026, 08:15 Uhr",
            "de",
            dt.date(2026, 11, 24),
        ),
        ("This story will be updated.", "March 3, 2025", "en", dt.date(2025, 3, 3)),
        # Under a teaser's headline (no sentence), the date is the teaser's.
        ("Ferry fares rise again", "March 3, 2025", "en", None),
    ],
)
def test_a_date_alone_under_the_story_s_notes_is_the_story_s(note, stamp, lang, expected):
    story = (
        "The council approved the new ferry terminal on Tuesday after two years of debate, "
        "and construction is due to start in the spring."
    )
    text = "\n\n".join(["Ferry terminal approved", story, story, note, stamp])
    assert parse_text(text, lang=lang).date == expected


def test_a_teaser_s_date_in_the_trailer_is_not_the_story_s():
    story = (
        "The council approved the new ferry terminal on Tuesday after two years of debate, "
        "and construction is due to start in the spring."
    )
    text = "\n\n".join(
        [
            "Ferry terminal approved",
            story,
            story,
            "Related stories",
            "Ferry fares rise",
            "21 August 2025",
        ]
    )
    assert parse_text(text, lang="en").date is None


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # A year written first with its word, which dateparser does not know.
        ("2026 жылғы 18 қараша", "kk", dt.date(2026, 11, 18)),
        ("2026 m. lapkričio 18 d.", "lt", dt.date(2026, 11, 18)),
        ("2026. gada 18. novembris", "lv", dt.date(2026, 11, 18)),
        # A month's name cut short otherwise than CLDR's abbreviation, in whichever case.
        ("23 ноем 2026", "bg", dt.date(2026, 11, 23)),
        ("5 sierp 2026", "pl", dt.date(2026, 8, 5)),
        ("5 Dezemb 2026", "de", dt.date(2026, 12, 5)),
        ("5 dicem 2026", "it", dt.date(2026, 12, 5)),
        # A month's name declined otherwise than dateparser's names.
        ("2026. gada 30. novembrī", "lv", dt.date(2026, 11, 30)),
        ("30. novembra 2026", "sl", dt.date(2026, 11, 30)),
        ("5 ნოემბერს, 2026", "ka", dt.date(2026, 11, 5)),
        # A short word in small letters before the day.
        ("den 24. November 2026", "de", dt.date(2026, 11, 24)),
        ("am 24. November 2026", "de", dt.date(2026, 11, 24)),
        # Left alone: a cut that fits two months ("juin", "juillet"), two letters, a word
        # between year and day that leaves no month.
        ("5 jui 2026", "fr", None),
        ("Ma 5 2024", "en", None),
        ("2026 Summit 18", "en", None),
    ],
)
def test_dates_written_otherwise_than_dateparser_reads_them(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("24/11/2026 - 11h32min", "pt", dt.date(2026, 11, 24)),
        ("Atualizada em 05/03/2024 - 15h08min", "pt", dt.date(2024, 3, 5)),
        ("Publié le 05/03/2024 à 09h15", "fr", dt.date(2024, 3, 5)),
    ],
)
def test_a_time_written_with_h_is_no_time_counted_back_from_today(line, lang, date):
    """dateparser reads "11h32min" as a duration back from now: the line's date is taken
    from the date it writes, never from today."""
    assert parse_date_line("24/11/2026 - 11h32min", lang) != dt.date.today()
    assert find_date(line, lang) == date


def test_a_date_stated_as_today_s_is_still_read():
    """Today's date, read again from another moment, stays: as written, and as dateparser
    reads it only once its month is written otherwise ("novembra" → "November")."""
    today = dt.date.today()
    assert parse_date_line(today.strftime("%d.%m.%Y"), "de") == today
    assert parse_date_line(f"{today.day} {today:%B %Y}", "en") == today
    months = "januarja februarja marca aprila maja junija julija avgusta septembra oktobra"
    declined = [*months.split(), "novembra", "decembra"][today.month - 1]
    assert parse_date_line(f"{today.day}. {declined} {today.year}", "sl") == today


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # A language written in two scripts: the date in either.
        ("14. mart 2024.", "sr", dt.date(2024, 3, 14)),
        ("14. март 2024.", "sr", dt.date(2024, 3, 14)),
        ("3. oktobar 2023.", "bs", dt.date(2023, 10, 3)),
        ("5 noyabr 2025", "uz", dt.date(2025, 11, 5)),
    ],
)
def test_a_date_in_either_script_of_its_language(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        (
            "Publié le 4 février 2026 à 07h30, modifié le 4 février 2026 à 11h02 Lecture 4 min.",
            "fr",
            dt.date(2026, 2, 4),
        ),
        (
            "Veröffentlicht am 4. Februar 2026, 07:30 Uhr · Lesezeit: 6 Minuten",
            "de",
            dt.date(2026, 2, 4),
        ),
        (
            "Pubblicato il 4 febbraio 2026 alle 07:30, aggiornato alle 11:02 Tempo di lettura 5 minuti",
            "it",
            dt.date(2026, 2, 4),
        ),
    ],
)
def test_a_header_line_s_dates_with_its_reading_time_after_them(line, lang, date):
    assert find_date(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # The Hijri date and the common era's, each with its era's mark.
        ("الثلاثاء 3 رمضان 1447هـ 17 فبراير 2026م", "ar", dt.date(2026, 2, 17)),
        ("الأحد 5 أكتوبر 2025م", "ar", dt.date(2025, 10, 5)),
        ("5 اکتوبر 2025ء", "ur", dt.date(2025, 10, 5)),
    ],
)
def test_an_arabic_script_date_with_its_era_s_mark(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        (
            "A version of this article appears in print on Feb. 4, 2026, Section B, Page 3 of "
            "the New York edition with the headline: Harbour Plans Stall.",
            "en",
            dt.date(2026, 2, 4),
        ),
        (
            "Een versie van dit artikel verscheen ook in de Volkskrant op 4 februari 2026",
            "nl",
            dt.date(2026, 2, 4),
        ),
        ("Cet article est paru dans l’édition du 4 février 2026", "fr", dt.date(2026, 2, 4)),
        (
            "Este artículo apareció en la edición impresa del 4 de febrero de 2026",
            "es",
            dt.date(2026, 2, 4),
        ),
    ],
)
def test_the_print_edition_s_note_dates_the_story(line, lang, date):
    assert labelled_date(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("दि. ४ फेब्रुवारी २०२६", "mr", dt.date(2026, 2, 4)),
        ("दिनांक: 4 फरवरी 2026", "hi", dt.date(2026, 2, 4)),
        ("তারিখ: ৪ ফেব্রুয়ারি ২০২৬", "bn", dt.date(2026, 2, 4)),
    ],
)
def test_an_indian_release_s_word_for_date_before_it(line, lang, date):
    assert parse_date_line(line, lang) == date


def test_an_indian_release_s_dateline_with_its_abbreviated_date():
    text = (
        "नगर परिषदेची नवी पाणी योजना\n\n"
        "नाशिक, दि. ४ फेब्रुवारी २०२६ : नगर परिषदेने आज शहरासाठी नवी पाणीपुरवठा योजना जाहीर "
        "केली. या योजनेमुळे दररोज पाणी मिळेल, असे अधिकाऱ्यांनी सांगितले.\n\n"
        "योजनेचे काम पुढील महिन्यात सुरू होणार असून ते दोन वर्षांत पूर्ण होईल.\n"
    )
    article = parse_text(text, lang="mr")
    assert (article.dateline, article.date) == ("नाशिक", dt.date(2026, 2, 4))


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("2026ko otsailaren 4a", "eu", dt.date(2026, 2, 4)),
        ("2026-ban február 4-én", "hu", dt.date(2026, 2, 4)),
        ("4 Şubat 2026'da", "tr", dt.date(2026, 2, 4)),
    ],
)
def test_a_case_ending_glued_to_the_year_or_the_day(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # Urdu's and Persian's word for the first day ("یکم"), instead of the digit.
        ("یکم جنوری 2026", "ur", dt.date(2026, 1, 1)),
        ("یکم فوریه 2026", "fa", dt.date(2026, 2, 1)),
        # A middle dot between a numeric date's parts.
        ("04·03·26 | 09:15", "es", dt.date(2026, 3, 4)),
        # A short month's name declined by its last letter (Latvian "maijs" → "maijā").
        ("2026. gada 14. maijā", "lv", dt.date(2026, 5, 14)),
        # Khmer: the month glued to the word for "month", the words for "day" and "year".
        ("ថ្ងៃទី ១២ ខែមករា ឆ្នាំ ២០២៦", "km", dt.date(2026, 1, 12)),
    ],
)
def test_dates_written_with_the_languages_own_words_and_marks(line, lang, date):
    assert parse_date_line(line, lang) == date


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # Not the first day: "یکمشت" is another word.
        ("یکمشت دسمبر 2026", "ur"),
        # A place and a date in a spaced script: the place is no word for "day".
        ("पुणे, दि. १८ जून", "mr"),
        # A word that shares its first letters with a short month's name, no date.
        ("2026. gada 14. mazs", "lv"),
    ],
)
def test_words_like_a_dates_own_make_no_date(line, lang):
    assert parse_date_line(line, lang) is None


def test_the_common_eras_date_in_brackets_after_another_calendars():
    line = "লিখেছেন রুমানা হক, ১২ পৌষ ১৪৩২ বঙ্গাব্দ (২৭ ডিসেম্বর ২০২৫), রাত ৯:০৫"
    assert find_date(line, "bn") == dt.date(2025, 12, 27)
    # A bracket that holds no date is no date.
    assert find_date("Ruth Allen (Lagos office), 2025", "en") is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("1. rata – do 15. marca 2026", "pl"),
        ("Anmeldung bis 5. März 2026", "de"),
        ("Applications until 3 May 2026", "en"),
    ],
)
def test_a_deadlines_date_is_no_date_line(line, lang):
    assert find_date(line, lang) is None


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("to 27 nov 2025 kl 10.00", "sv", dt.date(2025, 11, 27)),
        ("Julkaistu to 27.11.2025 klo 8.15", "fi", dt.date(2025, 11, 27)),
        ("Do 27. November 2025, 14:05 Uhr", "de", dt.date(2025, 11, 27)),
        ("Publiceret to 27. nov. 2025", "da", dt.date(2025, 11, 27)),
    ],
)
def test_a_days_short_name_like_a_deadlines_word_is_a_date_line(line, lang, date):
    """Thursday's short name in Swedish, Finnish, Danish ("to") and German ("Do") is
    written as "to"/"do" (until) of other languages: before a date in its own language, the
    date line's weekday."""
    assert find_date(line, lang) == date
    # The same words in English and Polish are still a deadline's.
    assert find_date("Open from 1 November to 27 November 2025", "en") is None


def test_a_label_before_the_date_is_still_read():
    assert find_date("Zveřejněno 5. března 2026", "cs") == dt.date(2026, 3, 5)
    assert find_date("den 24. November 2026", "de") == dt.date(2026, 11, 24)
