"""The headline block of a whole copied page: found under menus, cookie notices and buttons."""

from __future__ import annotations

import datetime as dt

import pytest

from copiedtexts import MENU, PROSE
from tearsheet.errors import ContentError
from tearsheet.plaintext import parse_text
from tearsheet.zones import first_pass

COOKIES = (
    "We use cookies and similar technologies to give you the best experience on our "
    "website. By clicking “Accept all” you agree to the processing of your data. You can "
    "change your choice at any time in the privacy settings."
)
FOOTER = ["Share this article", "Related", "Ferry fares to rise in spring", "© 2025 Harbour Post"]


def page(*header: str) -> str:
    return "\n\n".join([*MENU, COOKIES, "Accept all", "Settings", *header, *PROSE, *FOOTER])


def test_a_cookie_notice_is_boilerplate_however_long():
    assert first_pass([COOKIES, PROSE[0]], "en")[0] == "bad"


def test_a_page_with_a_cookie_notice_over_its_headline_block():
    article = parse_text(
        page(
            "Harbour",
            "New ferry terminal approved after two years",
            "The board's vote ends a long dispute over traffic in the old quarter.",
            "By Ann Lee and Tom Berg",
            "March 11, 2025, 5:00 a.m. ET",
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert article.dek == "The board's vote ends a long dispute over traffic in the old quarter."
    assert list(article.byline) == ["Ann Lee", "Tom Berg"]
    assert article.date == dt.date(2025, 3, 11)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_the_date_and_byline_are_read_below_a_photo_and_its_buttons():
    article = parse_text(
        page(
            "New ferry terminal approved after two years",
            "The board's vote ends a long dispute over traffic in the old quarter.",
            "Listen to this article · 6:42 min Learn more",
            "Share full article",
            "412",
            "The old ferry pier seen from the water at dusk on Monday, two days before the "
            "vote. Photo: Maria Gonzalez for the Harbour Post",
            "By Ann Lee",
            "11 March 2025 · 6 min read",
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert list(article.byline) == ["Ann Lee"]
    assert article.date == dt.date(2025, 3, 11)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == PROSE


def test_a_header_line_may_carry_a_short_note_beside_its_date():
    article = parse_text(
        "\n\n".join(
            [
                "New ferry terminal approved after two years",
                "Von Ann Lee",
                "16.07.2024, 06.12 Uhr • aus DER STADTSPIEGEL 29/2024",
                *PROSE,
            ]
        ),
        lang="en",
    )
    assert article.date == dt.date(2024, 7, 16)
    assert list(article.byline) == ["Ann Lee"]
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_sentence_beside_a_date_is_not_a_header_line():
    from tearsheet.headblock import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang="en")
    assert not header_line("March 3, 2024 | The council met again and nothing was decided.", draft)
    assert draft.date is None


def test_the_headline_under_the_date_when_the_section_is_over_it():
    article = parse_text(
        "\n\n".join(
            [
                *MENU,
                "News from the harbour",
                "14.04.2025 – 11:23 Uhr",
                "Transport",
                "New ferry terminal approved after two years",
                *PROSE,
                *FOOTER,
            ]
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert article.kicker == "Transport"
    assert article.date == dt.date(2025, 4, 14)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_breadcrumb_is_never_the_headline_and_a_two_digit_year_dates_the_article():
    article = parse_text(
        "\n".join(
            [
                *MENU,
                "Home > Harbour > Ferries",
                "New ferry terminal approved after two years",
                "Ann Lee",
                "18-02-25, 16:45",
                "Last update: 18-02-25, 19:02",
                *PROSE,
            ]
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert list(article.byline) == ["Ann Lee"]
    assert article.date == dt.date(2025, 2, 18)


def test_a_column_with_the_author_over_a_question_headline_and_a_bio_heading():
    article = parse_text(
        "\n".join(
            [
                *MENU,
                "Columnists",
                "Ann Lee",
                "Two years on: who is the new harbour being built for?",
                "06 February 2025 Thursday, 08:00",
                *PROSE,
                "Who is Ann Lee?",
                "Ann Lee was born in 1982 and has written about the harbour for twenty years.",
                "Comments",
            ]
        ),
        lang="en",
    )
    assert article.headline == "Two years on: who is the new harbour being built for?"
    assert list(article.byline) == ["Ann Lee"]
    assert article.date == dt.date(2025, 2, 6)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_photographer_credited_in_the_byline_is_not_an_author():
    from tearsheet.recognise import byline_names

    assert byline_names("Margaux Lefèvre et Julien Arnaud (photos)") == ["Margaux Lefèvre"]
    assert byline_names("Ann Lee (Berlin) and Tom Berg") == ["Ann Lee", "Tom Berg"]
    assert byline_names("Jan Kowalski (zdjęcia)") == []


def test_a_blog_post_with_its_date_over_a_short_title_under_the_blog_menu():
    article = parse_text(
        "\n".join(
            [
                "Lena's garden",
                "Start",
                "About me",
                "Archive",
                "Contact",
                "Sunday 9 June 2024",
                "First potatoes are up!",
                *PROSE,
                "Posted by Lena at 20:14",
                "3 comments:",
            ]
        ),
        lang="en",
    )
    assert article.headline == "First potatoes are up!"
    assert article.date == dt.date(2024, 6, 9)
    assert article.source is None
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_copyright_holder_without_what_the_footer_adds():
    from tearsheet.credits import holder_of

    assert holder_of("The Crumb Notebook · Powered by WordPress") == "The Crumb Notebook"
    assert holder_of("Алексей Воронцов. Сайт собран на Hugo") == "Алексей Воронцов"
    assert holder_of("Nihon Shinbun Co. All rights reserved. 無断転載を禁じます。") == (
        "Nihon Shinbun Co."
    )
    assert holder_of("Dow Jones & Co. Inc.") == "Dow Jones & Co. Inc."
    assert holder_of("Harbour Post.") == "Harbour Post"


def test_reading_times_in_many_languages_are_header_lines():
    from tearsheet.recognise import Draft, header_part

    for line in ["Tempo di lettura: 9 minuti", "6 минут чтения", "Olvasási idő: 4 perc"]:
        assert header_part(line, Draft()), line


def test_a_cookie_notice_and_its_button_and_repeated_furniture_leave_the_body():
    article = parse_text(
        "\n\n".join(
            [
                "New ferry terminal approved after two years",
                "By Ann Lee",
                "March 11, 2025",
                "Deze website maakt gebruik van cookies. Door verder te gaan ga je akkoord.",
                "Akkoord",
                PROSE[0],
                "Article content",
                PROSE[1],
                "Article content",
                PROSE[2],
            ]
        ),
        lang="en",
    )
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_closing_note_naming_the_author_in_its_first_words_is_the_bio():
    article = parse_text(
        "\n\n".join(
            [
                "New ferry terminal approved after two years",
                "By Ann Lee",
                "March 11, 2025",
                *PROSE,
                "* The columnist Ann Lee teaches economics at the University of the Aegean.",
            ]
        ),
        lang="en",
    )
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_header_line_of_label_value_pairs():
    from tearsheet.headblock import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang="zh")
    assert header_line("发布时间：2024-12-06 来源：新闻中心 作者：李文静 浏览次数：1286", draft)
    assert (draft.date, draft.byline, draft.source) == (
        dt.date(2024, 12, 6),
        ["李文静"],
        "新闻中心",
    )
    # A Japanese name, family and given name parted by a space, run into the date.
    draft = Draft(lang="ja")
    assert header_line("佐藤 健一2026年11月18日 06:05", draft)
    assert (draft.date, draft.byline) == (dt.date(2026, 11, 18), ["佐藤 健一"])
    # A magazine's name in its title marks, with the issue after it.
    draft = Draft(lang="zh")
    assert header_line("来源：《三联生活周刊》2026年第37期", draft)
    assert draft.source == "三联生活周刊"
    draft = Draft(lang="es")
    assert header_line("Publicado: 12/03/2024 Autor: Ana Souza", draft)
    assert (draft.date, draft.byline) == (dt.date(2024, 3, 12), ["Ana Souza"])


def test_a_pull_quote_and_a_note_on_the_writer_leave_the_body():
    quote = "the board agreed to build a new access road along the railway line"
    article = parse_text(
        "\n\n".join(
            [
                "New ferry terminal approved after two years",
                "March 11, 2025",
                PROSE[0],
                PROSE[1],
                f"“{quote}”",
                PROSE[2],
                "The writer is a former harbour master based in Bergen. Views are personal.",
            ]
        ),
        lang="en",
    )
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_relative_date_is_never_counted_from_today():
    from tearsheet.importdates import find_date, parse_date_line

    for line, lang in [("Gisteren om 15:12", "nl"), ("2 hours ago", "en"), ("Heute, 14:20", "de")]:
        assert parse_date_line(line, lang) is None
        assert find_date(line, lang) is None
    article = parse_text(
        "\n\n".join(
            [
                "New ferry terminal approved after two years",
                "Gisteren om 15:12 · woensdag 4 september 2024",
                *PROSE,
            ]
        ),
        lang="nl",
    )
    assert article.date == dt.date(2024, 9, 4)


def test_a_headline_over_its_dek_on_a_whole_page_and_a_credit_that_is_no_byline():
    article = parse_text(
        "\n\n".join(
            [
                *MENU,
                "New ferry terminal approved after two years",
                "The board's vote ends a long dispute over traffic in the old quarter",
                "Ann Lee",
                "Follow",
                "7 min read",
                "Sep 3, 2024",
                "Listen",
                "Share",
                "Photo by Kelly Sikkema on Unsplash",
                "Produced by ElevenLabs and News Over Audio (NOA) using AI narration.",
                *PROSE,
            ]
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert list(article.byline) == ["Ann Lee"]
    assert article.date == dt.date(2024, 9, 3)


def test_dates_among_times_and_words_run_together():
    from tearsheet.importdates import find_date_span

    assert find_date_span("Published 6:02 a.m. MT Jan. 15, 2025", "en")[0] == dt.date(2025, 1, 15)
    found = find_date_span("February 19, 20253:11 PM GMTUpdated 3 hours ago", "en")
    assert found[0] == dt.date(2025, 2, 19)
    # A label run into the year: Korean "송고", "입력", a Latin word too.
    assert find_date_span("송고2026-01-09 14:05", "ko")[0] == dt.date(2026, 1, 9)
    assert find_date_span("입력2025.03.04. 오전 9:12", "ko")[0] == dt.date(2025, 3, 4)
    assert find_date_span("Veröffentlicht2024-11-05 08:00", "de")[0] == dt.date(2024, 11, 5)
    assert find_date_span("PM2.5 alert issued for 12 districts", "en") is None


def test_a_line_of_names_without_a_by_is_the_byline_not_the_headline():
    from tearsheet.pagehead import names_line

    assert names_line("Dana Whitcomb and Luis Ortega") == ["Dana Whitcomb", "Luis Ortega"]
    assert names_line("Sanne de Vries") == ["Sanne de Vries"]
    assert names_line("Ferries and trains") == []
    assert names_line("Rising fares and falling ridership in New York and Chicago") == []


def test_an_e_mail_header_pasted_with_the_newsletter():
    article = parse_text(
        "\n".join(
            [
                "Von: Lena Vogt <lena@kuechenbrief.de>",
                "Datum: 20. Oktober 2024 um 09:00:12 MESZ",
                "An: leser@example.org",
                "Betreff: Ausgabe 41: Warum wir Linsen unterschätzen",
                "",
                "Ausgabe 41: Warum wir Linsen unterschätzen",
                "",
                *PROSE,
            ]
        ),
        lang="de",
    )
    assert list(article.byline) == ["Lena Vogt"]
    assert article.date == dt.date(2024, 10, 20)
    assert article.headline == "Ausgabe 41: Warum wir Linsen unterschätzen"


def test_an_ap_page_with_its_header_far_down_under_the_menus():
    article = parse_text(
        "\n".join(
            [
                "AP",
                *MENU,
                "Politics",
                "Photography",
                "Donate",
                "POLITICS",
                "New ferry terminal approved after two years",
                "By ANN LEE and TOM BERG",
                "Updated 1:14 AM EST, December 21, 2024",
                "Share",
                "Copy",
                "Link copied",
                "Email",
                "Facebook",
                "Reddit",
                "Print",
                *PROSE,
            ]
        ),
        lang="en",
    )
    assert article.headline == "New ferry terminal approved after two years"
    assert article.date == dt.date(2024, 12, 21)


def test_a_repeated_heading_over_each_part_of_a_list_stays():
    from tearsheet.paragraphs import drop_clutter
    from tearsheet.recognise import Draft

    plan = ["Day 1", "Lunch", "Lentil soup", "Dinner", "Baked trout", "Day 2", "Lunch", "Salad"]
    plan += ["Dinner", "Risotto"]
    repeated = frozenset({"Lunch", "Dinner"})
    assert drop_clutter(plan, Draft(), repeated) == plan
    prose = [PROSE[0], "Article content", PROSE[1], "Article content", PROSE[2]]
    assert drop_clutter(prose, Draft(), frozenset({"Article content"})) == PROSE


def test_a_byline_over_the_headline_and_its_dek_with_buttons_under_the_date():
    article = parse_text(
        "\n".join(
            [
                "CORRIERE DELLA SERA",
                "Abbonati",
                "Opinioni",
                "Editoriali e commenti",
                "di Giorgio Ferrante",
                "La scuola che non sa più dare voti",
                "Il sei politico è diventato una scorciatoia per evitare ricorsi e proteste",
                "30 novembre 2024",
                "ascolta articolo",
                "Copia link",
                *PROSE,
            ]
        ),
        lang="it",
    )
    assert article.headline == "La scuola che non sa più dare voti"
    assert (
        article.dek == "Il sei politico è diventato una scorciatoia per evitare ricorsi e proteste"
    )
    assert list(article.byline) == ["Giorgio Ferrante"]
    assert article.date == dt.date(2024, 11, 30)


def test_a_byline_note_in_nested_parentheses():
    from tearsheet.bylines import byline_names

    assert byline_names("Anne-Sophie Le Guen (Ouessant (Finistère), envoyée spéciale)") == [
        "Anne-Sophie Le Guen"
    ]


def test_an_outlet_after_the_names_and_an_account_button_are_not_authors():
    from tearsheet.bylines import byline_names
    from tearsheet.zones import clutter_of

    assert byline_names("Mike Alvarez, Jen Christensen, CNN") == ["Mike Alvarez", "Jen Christensen"]
    assert byline_names("Comunicação Águas do Vale") == []
    assert clutter_of("My Account") is not None


def test_a_short_headline_over_a_long_dek_is_not_a_section_label():
    article = parse_text(
        "\n\n".join(
            [
                "Le mani dei liutai",
                "A Cremona, tra le botteghe che ancora costruiscono violini come ai tempi di "
                "Stradivari, una nuova generazione arriva da tutto il mondo",
                "di Chiara Bellotti",
                "5 novembre 2024",
                *PROSE,
            ]
        ),
        lang="it",
    )
    assert article.headline == "Le mani dei liutai"
    assert list(article.byline) == ["Chiara Bellotti"]


def test_menu_items_are_not_names():
    from tearsheet.pagehead import names_line

    assert names_line("For Media") == []
    assert names_line("About Us") == []
    assert names_line("Amanda Kirsch") == ["Amanda Kirsch"]


def test_closing_notes_on_the_writer_in_more_forms():
    from tearsheet.paragraphs import drop_bio
    from tearsheet.recognise import Draft

    for note in [
        "Giorgio Ferrante, insegnante e saggista, collabora con il Corriere dal 2015.",
        "* Thabo Mokoena is an energy analyst. The views expressed are his own.",
        "A szerző közgazdász, a Lakhatási Kutatócsoport munkatársa.",
    ]:
        draft = Draft(byline=["Giorgio Ferrante"])
        assert drop_bio([*PROSE, note], draft) == PROSE, note
    assert drop_bio([*PROSE, "Giorgio Ferrantes said so."], Draft(byline=["Giorgio Ferrante"])) == [
        *PROSE,
        "Giorgio Ferrantes said so.",
    ]


def test_a_press_release_opening_with_its_place_and_date_and_a_full_stop():
    from tearsheet.datelines import read_wire_dateline
    from tearsheet.recognise import Draft

    draft = Draft(lang="es")
    paragraphs = ["Madrid, 6 de mayo de 2025. La aerolínea operará un vuelo directo a Medellín."]
    read_wire_dateline(paragraphs, draft)
    assert (draft.dateline, draft.date) == ("Madrid", dt.date(2025, 5, 6))
    assert paragraphs == ["La aerolínea operará un vuelo directo a Medellín."]
    draft = Draft(lang="en")
    paragraphs = ["Paris, the capital. It was a long day in the city and nobody knew why."]
    read_wire_dateline(paragraphs, draft)
    assert draft.dateline is None


def test_a_press_release_label_opening_the_text_goes():
    from tearsheet.paragraphs import drop_clutter
    from tearsheet.recognise import Draft

    for label in ["Comunicat de presă", "Pressemitteilung:", "PRESS RELEASE"]:
        assert drop_clutter([label, *PROSE], Draft()) == PROSE
    # Further down it is text of the release.
    assert drop_clutter([PROSE[0], "Pressemitteilung", PROSE[1]], Draft()) == [
        PROSE[0],
        "Pressemitteilung",
        PROSE[1],
    ]


def test_an_article_s_own_list_under_a_lead_in_stays_with_the_story():
    items = [
        "Switched back to a bread flour with at least 12.5% protein.",
        "Cut the water from 78% to 72% hydration.",
        "Added a third set of stretch and folds.",
    ]
    closing = "None of this is exciting, but the next loaf had an open crumb and a proper ear."
    article = parse_text(
        "\n\n".join(
            [
                "Why my sourdough stopped rising",
                "Posted on April 21, 2024 by Claire Hutton",
                *PROSE[:2],
                "Jump to Recipe",
                "Here is what I changed, in order of how much it helped:",
                *items,
                closing,
                "Share this:",
                "Facebook",
                "Leave a Reply",
            ]
        ),
        lang="en",
    )
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body[-5:] == ["Here is what I changed, in order of how much it helped:", *items, closing]


def test_the_publication_date_under_an_updated_date_is_the_article_s():
    for updated, published in (
        ("Kochi | Updated: January 21, 2025 10:14 IST", "Published: January 20, 2025 18:30 IST"),
        ("Aktualisiert: 21.01.2025, 10:14 Uhr", "Veröffentlicht: 20.01.2025, 18:30 Uhr"),
    ):
        article = parse_text(page("Harbour board approves the terminal", updated, published))
        assert article.date == dt.date(2025, 1, 20), updated
    # A later date that is not labelled as an update does not replace the first.
    article = parse_text(
        page(
            "Harbour board approves the terminal",
            "Published: January 20, 2025",
            "Updated: January 21, 2025",
        )
    )
    assert article.date == dt.date(2025, 1, 20)


def test_a_page_copied_without_blank_lines_keeps_its_header_under_a_cookie_notice():
    lines = [
        "Skip to content",
        "Harbour Post",
        "We use cookies",
        COOKIES,
        "Accept all",
        "Only necessary",
        "Settings",
        "Log in",
        "News",
        "Local",
        "New ferry terminal approved after two years",
        "The board's vote ends a long dispute over traffic in the old quarter.",
        "Ann Lee",
        "Published 11 March 2025 at 08.31",
        "Share",
        *PROSE,
    ]
    article = parse_text("\n".join(lines), lang="en")
    assert article.headline == "New ferry terminal approved after two years"
    assert article.date == dt.date(2025, 3, 11)
    assert list(article.byline) == ["Ann Lee"]


def test_an_e_mail_s_sender_and_date_hold_over_a_whole_copied_page():
    text = "\n\n".join(
        [
            "From: Marta Puig <marta@example.cat>",
            "Date: 9 January 2025 at 07:00",
            "Subject: The green week",
            *MENU,
            COOKIES,
            "Accept all",
            "Settings",
            "Harbour",
            "More menu",
            "New ferry terminal approved after two years",
            "Listen",
            "Share",
            *PROSE,
            *FOOTER,
        ]
    )
    article = parse_text(text, lang="en")
    assert list(article.byline) == ["Marta Puig"]
    assert article.date == dt.date(2025, 1, 9)


def test_a_date_line_without_a_year_is_header_furniture_and_gives_no_date():
    from tearsheet.importdates import is_yearless_date

    assert is_yearless_date("22. sep. kl. 05.30", "da")
    assert is_yearless_date("9 de gen.", "ca")
    assert not is_yearless_date("Chapter 5", "en")
    assert not is_yearless_date("22. september 2025", "da")
    article = parse_text(
        page("Harbour board approves the terminal", "Ann Lee", "22. sep. kl. 05.30"), lang="da"
    )
    assert article.date is None
    assert "22. sep" not in article.body


def test_a_reading_time_with_a_space_before_its_colon():
    from tearsheet.recognise import Draft, header_part

    assert header_part("Temps de lecture : 3 min.", Draft(lang="fr"))


def test_a_header_line_of_two_dates_parted_by_a_hyphen():
    from tearsheet.headblock import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang="fr")
    line = "Publié le 27 janvier 2025 à 07h15 - Mis à jour le 27 janvier 2025 à 10h02"
    assert header_line(line, draft)
    assert draft.date == dt.date(2025, 1, 27)
    draft = Draft(lang="id")
    assert header_line("Rizky Pratama - detikNews", draft)


def test_gmail_s_print_view_names_the_mailbox_s_owner_not_the_writer():
    text = "\n".join(
        [
            "Gmail\tLucas Prado <lucas.prado@gmail.com>",
            "New ferry terminal approved after two years",
            "1 message",
            "",
            *PROSE,
        ]
    )
    assert "Lucas Prado" not in parse_text(text, lang="en").byline


@pytest.mark.parametrize(
    ("buttons", "related", "lang"),
    [(["Share", "Save"], "Related topics", "en"), (["Teilen", "Merken"], "Mehr zum Thema", "de")],
)
def test_a_byline_under_share_and_save_buttons_with_its_newsroom_under_it(buttons, related, lang):
    text = "\n".join(
        [
            "New ferry terminal approved after two years",
            "24 November 2024",
            *buttons,
            "Gemma Rhys & Aled Morgan",
            "BBC News, Mid Wales",
            *PROSE,
            related,
            "Ferries",
            "Builth Wells",
            "Weather",
        ]
    )
    article = parse_text(text, lang=lang)
    assert list(article.byline) == ["Gemma Rhys", "Aled Morgan"]
    assert article.headline == "New ferry terminal approved after two years"


WIRE_PROSE = [
    "Городской совет утвердил программу обновления трамвайной сети на ближайшие пять лет, "
    "сообщили в пресс-службе мэрии во вторник.",
    "По словам заместителя мэра, первые новые вагоны выйдут на линии уже весной, а ремонт "
    "путей начнётся летом на самых загруженных участках.",
]


@pytest.mark.parametrize(
    ("credit", "byline"),
    [("/Анна Петрова, ТАСС/", ["Анна Петрова"]), ("/ТАСС/", [])],
)
def test_a_wire_s_dateline_line_with_its_credit_between_slashes(credit, byline):
    headline = "Казань обновит трамвайную сеть за пять лет"
    text = "\n".join(
        ["Регионы", headline, "17.10.2025 14:32", f"Казань, 17 октября {credit}", *WIRE_PROSE]
    )
    article = parse_text(text, lang="ru")
    assert article.headline == headline
    assert list(article.byline) == byline
    assert article.dateline == "Казань"
    assert article.source == "ТАСС"
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == WIRE_PROSE


def test_a_name_over_a_date_line_with_its_place_is_the_byline_not_a_title():
    headline = "New ferry terminal approved after two years"
    dek = "The board's vote ends a long dispute over traffic in the old quarter of the town"
    text = "\n".join([headline, dek, "Lucía Mérida", "Falmouth | 09/04/2025 - 13:25 h", *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == headline
    assert list(article.byline) == ["Lucía Mérida"]
    assert "Lucía Mérida" not in article.other_headlines


def test_a_place_over_the_byline_line_is_not_the_byline():
    headline = "कमजोर मानसून के बाद भी रबी की बुवाई रिकॉर्ड स्तर पर"
    prose = [
        "इस बार मानसून सामान्य से आठ प्रतिशत कम रहा, लेकिन रबी की बुवाई पिछले साल से ज्यादा "
        "हुई है और किसान उत्साहित हैं।",
        "अगस्त और सितंबर की देर से हुई बारिश ने जलाशयों को भर दिया, जिससे सिंचाई के लिए पानी "
        "की कमी नहीं हुई और फसल अच्छी है।",
    ]
    text = "\n".join(["देश", "विदेश", headline, "नई दिल्ली", "संजय शर्मा", "17 जनवरी 2026", *prose])
    article = parse_text(text, lang="hi")
    assert article.headline == headline
    assert list(article.byline) == ["संजय शर्मा"]


def test_a_kicker_under_the_date_over_the_headline_is_no_byline():
    headline = "Zehntausende Anträge auf Wohngeld bleiben monatelang liegen"
    text = "\n".join(
        ["Politik", "Deutschland", "09.02.2026, 14.32 Uhr", "Überlastete Ämter", headline, *PROSE]
    )
    article = parse_text(text, lang="de")
    assert "Überlastete Ämter" not in article.byline


def test_a_header_line_parted_by_spaced_slashes():
    headline = "Metro fares to rise by up to 15% from April 1"
    line = "Rohit Shenoy / TNN / Updated: Mar 5, 2026, 22:41 IST"
    article = parse_text("\n".join([headline, line, *PROSE]), lang="en")
    assert (article.headline, list(article.byline)) == (headline, ["Rohit Shenoy"])
    assert article.date == dt.date(2026, 3, 5)


def test_a_caption_under_the_date_is_no_headline_when_a_dek_was_read():
    headline = "Morreu Rui Vasconcelos, o maestro que levou a orquestra às aldeias"
    dek = (
        "Fundador da Orquestra do Interior, tinha 81 anos. Durante três décadas, tocou em "
        "igrejas, pavilhões e adros de mais de 400 localidades."
    )
    caption = "Rui Vasconcelos dirigiu a Orquestra do Interior entre 1987 e 2019 Nuno Santos"
    text = "\n".join([headline, dek, "Inês Matos", "9 de Janeiro de 2026, 17:25", caption, *PROSE])
    assert parse_text(text, lang="pt").headline == headline


@pytest.mark.parametrize(
    "under",
    [
        "Z dr Magdaleną Żukowską, lekarką rodzinną z Sanoka, rozmawia Karolina Nowicka",
        "The old ferry pier at dusk on Monday, two days before the vote",
    ],
)
def test_a_line_over_the_prose_under_a_full_headline_and_its_byline_is_no_headline(under):
    headline = "Harbour board approves the new ferry terminal after two long years"
    text = "\n".join([headline, "Ann Lee", "27 February 2025 | 06:00", under, *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == headline
    assert list(article.byline) == ["Ann Lee"]
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_label_in_capitals_over_the_headline_is_the_kicker_however_long():
    kicker = "ENTREVISTA A LA GLACIÓLOGA MARIANA SOSA"
    headline = "“Los glaciares de la Patagonia están perdiendo un metro de espesor por año”"
    dek = (
        "La investigadora del CONICET explica qué significa el retroceso del hielo para el "
        "agua de las ciudades cordilleranas."
    )
    when = "16 de octubre de 2025 - 00:01"
    text = "\n".join([kicker, headline, dek, "Por Laura Vales", when, *PROSE])
    article = parse_text(text, lang="es")
    assert (article.headline, article.kicker) == (headline, kicker)


def test_a_headline_in_capitals_over_its_dek_stays_the_headline():
    headline = "HARBOUR BOARD APPROVES NEW FERRY TERMINAL"
    dek = "The vote ends a two-year dispute over traffic in the old quarter"
    text = "\n".join([headline, dek, "By Ann Lee", "11 March 2025", *PROSE])
    assert parse_text(text, lang="en").headline == headline


def test_an_interview_s_credit_line_goes_and_its_first_question_stays():
    headline = "Lekarka rodzinna: Pacjenci przychodzą do mnie po rozmowę, nie po receptę"
    credit = "Z dr Magdaleną Żukowską, lekarką rodzinną z Sanoka, rozmawia Karolina Nowicka"
    question = "Karolina Nowicka: Ilu pacjentów przyjmuje pani dziennie?"
    answer = (
        "Dr Magdalena Żukowska: W zimie nawet pięćdziesięciu. Na wizytę mam średnio dziewięć "
        "minut, a to za mało, żeby kogoś naprawdę wysłuchać i zrozumieć, co mu dolega."
    )
    text = "\n".join(
        [headline, "Karolina Nowicka", "27 lutego 2025 | 06:00", credit, question, answer]
    )
    article = parse_text(text, lang="pl")
    assert article.headline == headline
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()][:2] == [question, answer]


READER_VIEWS = [
    (
        "de",
        "heise online\n\nKopfhörer im Test: Gute Ruhe, schwacher Akku\n\nJonas Lehmkuhl\n\n"
        "5–6 Minuten\n\nDer Kopfhörer dämpft Durchsagen fast vollständig weg. Nach 22 Stunden ist "
        "aber Schluss.\n\n12.11.2025, 14:30 Uhr\n\nMit dem Aura 2 will der Hersteller an die "
        "Spitze zurück. Der Nachfolger des beliebten Modells kostet 349 Euro und kommt im Dezember "
        "in den Handel.\n\nDie Geräuschunterdrückung ist hervorragend, im Zug blieb vom "
        "Fahrgeräusch nur ein leises Rauschen.\n",
        "Der Kopfhörer dämpft Durchsagen fast vollständig weg. Nach 22 Stunden ist aber Schluss.",
        "Mit dem Aura 2",
    ),
    (
        "en",
        "smh.com.au\n\nThe last ferrymen of the river\n\nTom Ellery\n\n11–14 minutes\n\n"
        "For a hundred years, a few families have carried the mail along a river with no road. "
        "The job is disappearing.\n\nAugust 9, 2025 — 5.00am\n\nAt 6.40 on a winter morning, "
        "Gary Hollis eases the boat away from the wharf and points its bow upstream, as he has "
        'done for forty years.\n\n"You learn the river like you learn a face," he says, and '
        "laughs at himself for saying it.\n",
        "For a hundred years, a few families have carried the mail along a river with no road. "
        "The job is disappearing.",
        "At 6.40",
    ),
    (
        "de",
        "Überlastete Ämter\n\nZehntausende Anträge auf Wohngeld bleiben monatelang liegen\n\n"
        "Seit der Reform haben sich die Anträge verdoppelt, doch viele Behörden kommen nicht "
        "hinterher.\n\nVon Jana Hellwig und Malte Brückner\n\nIn Berlin, Köln und Leipzig "
        "stapeln sich die Anträge auf Wohngeld, in manchen Bezirken warten Familien ein halbes "
        "Jahr auf einen Bescheid.\n\nDie Städte suchen Personal, finden aber kaum welches.\n",
        "Seit der Reform haben sich die Anträge verdoppelt, doch viele Behörden kommen nicht "
        "hinterher.",
        "In Berlin",
    ),
]


@pytest.mark.parametrize(("lang", "text", "dek", "opening"), READER_VIEWS)
def test_a_dek_between_the_header_lines_is_no_paragraph(lang, text, dek, opening):
    article = parse_text(text, lang=lang)
    assert article.dek == dek
    assert article.body.lstrip().startswith(opening)
    assert article.byline  # the header read goes on under the dek, to the writer


@pytest.mark.parametrize(
    ("lang", "first", "place", "opening", "second"),
    [
        (
            "es",
            "Bilbao, 3 de marzo de 2026.– El Ayuntamiento de Bilbao ha inaugurado este martes "
            "un nuevo carril bici de 2,4 kilómetros en el barrio de Abando.",
            "Bilbao",
            "El Ayuntamiento de Bilbao ha inaugurado",
            "Las obras han costado 1,2 millones de euros y han durado seis meses, según el "
            "consistorio.",
        ),
        (
            "en",
            "LONDON (Reuters) - Britain's economy grew faster than expected in the first "
            "quarter, official data showed on Friday, as services firms picked up.",
            "London",
            "Britain's economy grew faster",
            "The figures gave a lift to the government, which faces an election later this year.",
        ),
    ],
)
def test_a_story_with_no_headline_keeps_its_first_paragraph(lang, first, place, opening, second):
    article = parse_text(f"{first}\n\n{second}\n", lang=lang)
    assert article.headline is None
    assert article.dateline == place
    paragraphs = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith(opening) and paragraphs[-1] == second
    assert any(n.code == "import-headline-missing" for n in article.doubts)


def test_the_page_s_note_on_the_article_s_age_is_no_headline():
    story = (
        "The city council voted on Tuesday to build four kilometres of protected cycle lanes "
        "along the river, after two years of consultation with residents and businesses."
    )
    text = "\n\n".join(
        [
            "The Guardian",
            "This article is more than 1 year old",
            "Council approves new cycle lanes along the river",
            "Hannah Price",
            "Tue 5 Mar 2024 10.00 GMT",
            story,
            story.replace("Tuesday", "Monday"),
        ]
    )
    assert parse_text(text + "\n", lang="en").headline == (
        "Council approves new cycle lanes along the river"
    )


def test_a_teaser_s_byline_in_a_box_inside_the_story_is_not_the_header():
    story = [
        "Der Bundesrat hat am Freitag der Anpassung des Wohngelds zugestimmt. Ab dem 1. Januar "
        "steigt die Leistung im Durchschnitt um rund 15 Prozent, wie das Ministerium mitteilte.",
        "Neu ist vor allem die Einteilung der Gemeinden in sogenannte Mietstufen. Sie richtet "
        "sich künftig stärker nach den tatsächlichen Bestandsmieten und nicht nach Neuverträgen.",
    ]
    rest = [
        "Sozialverbände sehen die Reform dennoch kritisch. In Mittelstädten, in denen die Mieten "
        "zuletzt stark gestiegen seien, komme die Erhöhung zu spät, sagte eine Sprecherin.",
        "Das Bauministerium verweist auf die Länder. Man prüfe aber, ob der Bund eine gemeinsame "
        "Software für die Wohngeldstellen finanzieren könne, hieß es aus dem Haus.",
    ]
    buttons = ["Zur Merkliste hinzufügen", "X.com", "Facebook", "E-Mail", "Link kopieren"]
    photo = ["Mehrfamilienhäuser in Leipzig: Die Mietstufen werden neu berechnet", "Foto: dpa"]
    box = ["Mehr zum Thema", "Mietpreisbremse: Was die Verlängerung bedeutet", "Von Anna Clauß"]
    header = ["Bundesrat billigt höheres Wohngeld", "Von Katharina Wendt", "22.05.2026, 13.17 Uhr"]
    text = "\n\n".join([*MENU, *header, *buttons, *photo, *story, *box, *rest])
    article = parse_text(text, lang="de")
    assert article.byline[0] == "Katharina Wendt"
    assert article.body.startswith(story[0][:40])
    assert story[1] in article.body and rest[1] in article.body


@pytest.mark.parametrize(
    ("line", "lang", "dateline"),
    [
        ("Sreda, 04.06.2025. 12:18", "bs", None),
        ("Mittwoch, 04.06.2025", "de", None),
        ("Novi Sad, 04.06.2025.", "sr", "Novi Sad"),
    ],
)
def test_a_weekday_over_the_date_in_the_header_is_no_place(line, lang, dateline):
    story = (
        "Otvoreni bazeni Sportskog i poslovnog centra Vojvodina počinju letnju sezonu u "
        "subotu, 14. juna, sa cenom pojedinačne karte od 500 dinara za odrasle posetioce."
    )
    article = parse_text("\n\n".join(["Bazeni počinju sezonu", line, story, story]), lang=lang)
    assert article.date == dt.date(2025, 6, 4)
    assert article.dateline == dateline


@pytest.mark.parametrize("lang", [None, "en", "de"])
def test_a_date_under_only_the_sites_name_is_read_without_a_title_over_it(lang):
    # The site's name is no title: with nothing else over the date line, the header read
    # around the date found no headline and raised IndexError (found by fuzzing).
    text = (
        "21 OCT 2025 07:00 AM\n© 2023 Stadtteilzentrum West\n5 December 2023, 11:40\n\n"
        "The neighbourhood centre opens its new garden on Saturday, with music and food for "
        "everyone who comes along.\n\nVolunteers planted forty trees over the summer and built "
        "raised beds for the school next door."
    )
    article = parse_text(text, lang=lang)
    assert article.body.startswith("The neighbourhood centre opens")
    assert "raised beds" in article.body


def test_three_date_lines_and_a_site_name_are_nothing_to_import():
    with pytest.raises(ContentError, match="nothing to import"):
        parse_text("21 OCT 2025 07:00 AM\n© 2023 Stadtteilzentrum\t\t West\n5 december 2023, 11:40")


@pytest.mark.parametrize(
    ("line", "lang", "place", "day"),
    [
        ("Košice 15. apríla 2025", "sk", "Košice", "2025-04-15"),
        ("Praha 4. března 2025", "cs", "Praha", "2025-03-04"),
        ("Warszawa 12 maja 2025", "pl", "Warszawa", "2025-05-12"),
        ("Berlin 15. April 2025", "de", "Berlin", "2025-04-15"),
        # Not places: the date alone is read.
        ("Updated 15 April 2025", "en", None, "2025-04-15"),
        ("Aktualisiert 15. April 2025", "de", None, "2025-04-15"),
    ],
)
def test_a_release_s_place_and_date_with_no_comma_between_them(line, lang, place, day):
    article = parse_text(f"TLAČOVÁ SPRÁVA\n\n{line}\n\nA headline of the release\n\n{PROSE}", lang)
    assert article.date == dt.date.fromisoformat(day)
    assert article.dateline == place


@pytest.mark.parametrize(
    ("heading", "name", "lang"),
    [
        ("Media contact:", "Dana Whitfield", "en"),
        ("Pressekontakt:", "Jana Albrecht", "de"),
        ("Contact presse :", "Camille Roussel", "fr"),
        ("Contacto de prensa:", "Lucía Herrero", "es"),
    ],
)
def test_a_name_under_a_press_contact_heading_is_no_byline(heading, name, lang):
    """A release from a PDF opens with whom the press may call, over its headline."""
    text = (
        f"FOR IMMEDIATE RELEASE\n\n{heading}\n{name}\nCommunications Manager\n(218) 555-0147\n\n"
        "Harbour Authority Approves Plan to Dredge the Western Channel\n\n"
        "DULUTH, Minn. (March 9, 2025) – The board of the Harbour Authority voted on Monday "
        "evening to approve a plan that will dredge the western channel by next spring.\n\n"
        "The work will let larger ships reach the grain terminal, the authority said in a "
        "statement after the vote.\n"
    )
    article = parse_text(text, lang=lang)
    assert name not in article.byline
    assert article.headline.startswith("Harbour Authority Approves")


def test_the_writers_place_after_from_beside_the_byline_is_no_dateline():
    text = "\n".join(
        [
            "Bancos apertam o crédito para pequenos varejistas",
            "Por Ana Lima e João Reis — De Brasília",
            "03/03/2026 06h00",
            *PROSE,
        ]
    )
    article = parse_text(text, lang="pt")
    assert article.dateline is None
    assert list(article.byline) == ["Ana Lima", "João Reis"]


def test_an_urdu_column_keeps_its_headline_and_drops_the_note_on_its_writer():
    """A headline holding Urdu's "of" and "and" is no pair of names; the writer's note in
    brackets under the column ("(The writer is …)") is no agency's credit."""
    body = [
        "ہر سال سردیوں کے آغاز کے ساتھ لاہور کی ہوا زہریلی ہو جاتی ہے اور شہری گھروں میں بند ہو جاتے ہیں۔",
        "حکومت ہر سال نئے منصوبوں کا اعلان کرتی ہے مگر بھٹوں اور گاڑیوں کا دھواں کم نہیں ہوتا۔",
        "ضرورت اس بات کی ہے کہ شہر کے اداروں کو ایک مستقل منصوبے پر کام کرنے دیا جائے۔",
    ]
    article = parse_text(
        "\n".join(
            [
                "لاہور کی ہوا اور ہماری ذمہ داری",
                "ڈاکٹر سارہ ملک",
                "14 مارچ ، 2026",
                *body,
                "(مصنفہ ماحولیات کی ماہر ہیں اور پنجاب یونیورسٹی میں پڑھاتی ہیں)",
            ]
        ),
        lang="ur",
    )
    assert article.headline == "لاہور کی ہوا اور ہماری ذمہ داری"
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == body


def test_a_by_word_over_initials_beside_a_date_is_no_writer():
    """ "By DIN": a paper's initials after "By" (a staff credit), which the byline reader
    takes for no person, is not recorded whole as a name; a writer's name still is."""
    from tearsheet.headblock import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang="ta")
    assert header_line("By DIN | Published On : 25th February 2026 05:12 AM", draft)
    assert (draft.byline, draft.date) == ([], dt.date(2026, 2, 25))
    draft = Draft(lang="en")
    assert header_line("By Jane Doe | March 3, 2025", draft)
    assert draft.byline == ["Jane Doe"]


def test_a_release_s_place_and_date_under_a_mail_s_header_give_the_dateline():
    text = "\n\n".join(
        [
            "Von: Medienstelle Seetal Energie AG <medien@seetal-energie.ch>\n"
            "Gesendet: Dienstag, 14. April 2026 09:30\nAn: Redaktion Regionales\n"
            "Betreff: Medienmitteilung: Solarfaltdach über der ARA Hochdorf",
            "MEDIENMITTEILUNG",
            "Hochdorf, 14. April 2026",
            "Seetal Energie baut Faltdach-Solaranlage über der Kläranlage Hochdorf",
            "Die Seetal Energie AG und der Abwasserverband Seetal haben am Montag den Vertrag "
            "für den Bau einer Solaranlage über den Klärbecken unterzeichnet.",
            "Die Anlage soll jährlich rund 1,6 Gigawattstunden Strom produzieren, das "
            "entspricht dem Bedarf von rund 400 Haushalten in der Region.",
        ]
    )
    article = parse_text(text, lang="de")
    assert article.dateline == "Hochdorf"
    assert article.date == dt.date(2026, 4, 14)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("ページ番号1004512 更新日 令和8年2月27日", dt.date(2026, 2, 27)),
        ("ページID：88231 更新日：2026年3月1日", dt.date(2026, 3, 1)),
    ],
)
def test_a_japanese_city_page_s_number_beside_its_date(line, date):
    from tearsheet.headerlines import header_line
    from tearsheet.recognise import Draft

    draft = Draft(lang="ja")
    assert header_line(line, draft)
    assert draft.date == date


def test_a_video_s_source_under_the_byline_is_no_source_of_the_story():
    text = "\n".join(
        [
            "Tornado warnings across Middle Tennessee as storms roll in",
            "By Mike Alvarez and Jen Christensen, CNN",
            "Updated 8:47 PM EDT, Wed April 2, 2025",
            "Video Ad Feedback",
            "01:12 - Source: WSMV",
            "Follow",
            *PROSE,
            "© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
        ]
    )
    assert parse_text(text, lang="en").source == "Cable News Network"
