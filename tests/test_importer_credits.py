"""Closing credit lines of wire stories and news sites: read into the fields, and each one
removes only its own line."""

from __future__ import annotations

import pytest

from tearsheet.credits import credit_from_tail, is_personal_name
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft, organisation_of

FIRST = (
    "The town council voted on Tuesday to rebuild the old footbridge over the river, after a "
    "long debate about the cost and the design of the new deck."
)
SECOND = "Work is expected to start in the spring and to take about a year."


def parse(*closing: str, lang: str = "en"):
    text = f"A headline\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\n" + "\n\n".join(closing)
    return parse_text(text + "\n", lang=lang)


@pytest.mark.parametrize(
    ("closing", "byline", "source"),
    [
        (["Autorka: Anna Nowak", "ann/ mal/"], ("Anna Nowak",), None),
        (["Pewarta: Rina Putri", "Editor: Budi Santoso"], ("Rina Putri",), None),
        (["责任编辑：王明"], (), None),
        (["PYR // JMR", "Lusa/Fim"], (), "Lusa"),
        (["EFE"], (), "EFE"),
    ],
)
def test_closing_credit_lines(closing, byline, source):
    article = parse(*closing)
    assert (article.byline, article.source) == (byline, source)
    assert article.body.rstrip().endswith(SECOND)


def test_a_closing_line_with_a_label_that_is_not_a_name_is_no_credit():
    article = parse("Result: Germany 2, France 1")
    assert (article.byline, article.source) == ((), None)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Day three: Sintra, but that gets a post of its own, because it deserves one.", "en"),
        ("Dritter Tag: Heidelberg, aber darüber schreibe ich bald einen eigenen Beitrag.", "de"),
        ("Troisième jour : Annecy, mais j'en parlerai dans un prochain billet, promis.", "fr"),
    ],
)
def test_a_closing_sentence_after_a_label_and_a_name_stays_in_the_body(line, lang):
    """A blog's last line may open with a label and a place ("Day three: Sintra, but …"):
    the sentence after the name is prose, not a credit to drop."""
    article = parse(line, lang=lang)
    assert article.body.rstrip().endswith(line)
    assert article.byline == ()


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(ANSA)", "ANSA"),
        ("(©NTB)", "NTB"),
        ("/ritzau/", "ritzau"),
        ("AAP", "AAP"),
        ("ČTK", "ČTK"),
        ("Lusa/Fim", "Lusa"),
    ],
)
def test_a_wire_sign_off_names_the_source_and_only_its_line_goes(line, source):
    article = parse_text(
        f"A headline\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\n{line}\n", lang="en"
    )
    assert article.source == source
    assert article.body.rstrip().endswith(SECOND)


def test_a_heading_in_capitals_inside_the_article_stays():
    article = parse(f"GPS\n\n{FIRST}")
    assert article.source is None and "GPS" in article.body


def test_a_writer_s_initials_in_lower_case_are_no_source():
    article = parse("(foto)")
    assert article.source is None


def test_a_byline_that_is_the_agency_is_no_author():
    """ "Australian Associated Press" over a story signed "AAP"; "Redacción EFE"."""
    for byline, sign_off in (("Australian Associated Press", "AAP"), ("Redacción EFE", "EFE")):
        article = parse_text(
            f"A headline for the story\n\n{byline}\nMarch 6, 2024\n\n{FIRST}\n\n{SECOND}"
            f"\n\n{sign_off}\n",
            lang="en",
        )
        assert (article.byline, article.source) == ((), sign_off)


def test_a_copyright_line_that_names_nobody_is_no_source():
    assert parse("© RIPRODUZIONE RISERVATA", lang="it").source is None


def test_a_byline_in_the_footer_with_the_time():
    """Blogger: "Posted by Mary Jones at 9:14 PM" under the post; "Photo by" is no byline."""
    article = parse("Posted by Mary Jones at 9:14 PM", "No comments:", "Labels: crafts")
    assert article.byline == ("Mary Jones",)
    assert parse("Photo by Mary Jones", "No comments:").byline == ()


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("© 2024 The Crumb Notebook · Powered by WordPress", "The Crumb Notebook"),
        ("© 2024 Алексей Воронцов. Сайт собран на Hugo.", "Алексей Воронцов"),
        ("Copyright 2024 by WKTV News. All rights reserved.", "WKTV News"),
        ("© 2025 Nihon Shinbun Co. All rights reserved. 無断転載を禁じます。", "Nihon Shinbun Co."),
        ("© 2017 Reuters.", "Reuters"),
        # As written: an abbreviation keeps its full stop, the years and labels go.
        (
            "© Copyright 2000-2025 Globo Comunicação e Participações S.A.",
            "Globo Comunicação e Participações S.A.",
        ),
        (
            "Copyright © GEDI Periodici e Servizi S.p.A. - P.Iva 12546800017",
            "GEDI Periodici e Servizi S.p.A.",
        ),
        ("Copyright © 1996–2025 Seznam.cz, a.s.", "Seznam.cz, a.s."),
        ("© 2026 HotNews.ro. Toate drepturile rezervate.", "HotNews.ro"),
        (
            "Copyright - 2026 Bennett, Coleman & Co. Ltd. All rights reserved.",
            "Bennett, Coleman & Co. Ltd.",
        ),
        ("© Bản quyền thuộc về Báo Tin tức", "Báo Tin tức"),
        ("© Bản quyền thuộc Báo Tuổi Trẻ", "Báo Tuổi Trẻ"),
        ("© STANDARD Verlagsgesellschaft m.b.H. 2025", "STANDARD Verlagsgesellschaft m.b.H."),
        ("© Dagens Nyheter 2026", "Dagens Nyheter"),
        (
            "© 2025 Guardian News & Media Limited or its affiliated companies. "
            "All rights reserved. (dcr)",
            "Guardian News & Media Limited",
        ),
        ("כל הזכויות שמורות © 2025 ידיעות אינטרנט", "ידיעות אינטרנט"),
        ("جميع الحقوق محفوظة © مصراوي 2025", "مصراوي"),
        ("Tüm hakları saklıdır. © 2025 Hürriyet", "Hürriyet"),
        ("Bản quyền thuộc về Bộ Y tế", "Bộ Y tế"),
        ("ⓒ 월간 바다와사람, 무단전재 및 재배포 금지", "월간 바다와사람"),
        ("© 2025 Θεσσαλία Νέα - Με την επιφύλαξη παντός δικαιώματος", "Θεσσαλία Νέα"),
        ("© 2025 Η ΚΑΘΗΜΕΡΙΝΗ Όλα τα δικαιώματα διατηρούνται", "Η ΚΑΘΗΜΕΡΙΝΗ"),
        ("© 2025 小日子書店 版權所有", "小日子書店"),
        (
            "Copyright 2008 - 2025 PT. Kompas Cyber Media. All Rights Reserved.",
            "PT. Kompas Cyber Media",
        ),
        (
            "Copyright 2025 El Tribuno del Norte | Todos los derechos reservados",
            "El Tribuno del Norte",
        ),
        (
            "© 2000-2026 Українська правда. Використання матеріалів дозволяється за умови "
            "посилання на «Українську правду».",
            "Українська правда",
        ),
        (
            "TheAtlantic.com Copyright (c) 2025 by The Atlantic Monthly Group. All Rights Reserved.",
            "The Atlantic Monthly Group",
        ),
    ],
)
def test_a_footer_s_copyright_line_names_the_source_alone(line, source):
    assert parse(line).source == source


def test_a_menu_word_over_the_date_is_no_source():
    article = parse_text(
        f"Lenas kolonilott\nStart\nOm mig\nKontakt\nsöndag 9 juni 2024\n{FIRST}\n{SECOND}\n",
        lang="sv",
    )
    assert article.source is None


def test_a_blogger_footer_byline_in_another_language():
    article = parse("Publicado por Guadalupe Ríos en 10:32", "No hay comentarios:", lang="es")
    assert article.byline == ("Guadalupe Ríos",)


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("Zdroj: TASR", "sk", "TASR"),
        ("Izvor: Hina", "hr", "Hina"),
        ("出處：中央社", "zh", "中央社"),
        ("Nguồn: TTXVN", "vi", "TTXVN"),
        (
            "Original-Content von: Stadtwerke Lindenau GmbH, übermittelt durch news aktuell",
            "de",
            "Stadtwerke Lindenau GmbH",
        ),
    ],
)
def test_a_source_line_in_another_language(line, lang, source):
    assert parse(line, lang=lang).source == source


@pytest.mark.parametrize(
    ("line", "source"), [("發布單位：疾病管制署", "疾病管制署"), ("来源：新华网", "新华网")]
)
def test_a_source_label_in_the_header(line, source):
    text = f"国内出现首例本土登革热病例\n\n2026-04-21\n\n{line}\n\n{FIRST}\n\n{SECOND}\n"
    assert parse_text(text, lang="zh").source == source


@pytest.mark.parametrize(
    "closing",
    [["(TASR)", "© 2026 Ringier Slovakia Media s.r.o."], ["TASR", "Kontakt", "© 2026 Ringier"]],
)
def test_a_wire_sign_off_wins_over_the_page_s_copyright_line(closing):
    assert parse(*closing, lang="sk").source == "TASR"


@pytest.mark.parametrize("line", ["© 2025 Maeve Doherty", "Copyright © 2025 Maeve Doherty."])
def test_a_copyright_line_naming_the_writer_is_no_source(line):
    text = f"A headline\n\nBy Maeve Doherty\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\n{line}\n"
    article = parse_text(text, lang="en")
    assert (article.byline, article.source) == (("Maeve Doherty",), None)
    assert parse_text(text.replace(line, "© 2025 Compost Weekly Ltd"), lang="en").source == (
        "Compost Weekly Ltd"
    )


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        (
            ["About Us", "Contact Us", "Help", "© 2025 StarTribune. All rights reserved."],
            "StarTribune",
        ),
        (
            ["About NZ Herald", "Meet the journalists", "© Copyright 2025 NZME Publishing Limited"],
            "NZME Publishing Limited",
        ),
        (["Om oss", "Kontakt", "© Dagens Nyheter 2026"], "Dagens Nyheter"),
        (["Copyright Policy", "© Nation Media Group. All rights reserved."], "Nation Media Group"),
        (["About the Author", "© 2025 The Atlantic Monthly Group"], "The Atlantic Monthly Group"),
        # A press release's boilerplate under its "About" names the issuer.
        (
            [
                "About Greenfield Foods",
                "Greenfield Foods is a family-owned maker of organic baby food, founded in 1998 "
                "and based in Vermont.",
                "© 2025 PR Newswire Association LLC",
            ],
            "Greenfield Foods",
        ),
        # ... by the full name the boilerplate gives, with its legal form.
        (
            [
                "About KhetSetu",
                "KhetSetu Agritech Pvt. Ltd. is a Bengaluru-based company that provides soil "
                "testing and crop advice to 900,000 farmers.",
                "Contact",
            ],
            "KhetSetu Agritech Pvt. Ltd.",
        ),
        (
            [
                "Über die Stadtwerke Neu-Ulm",
                "Die Stadtwerke Neu-Ulm GmbH versorgen rund 62.000 Menschen mit Strom, Gas, "
                "Wasser und Fernwärme.",
            ],
            "Stadtwerke Neu-Ulm GmbH",
        ),
        # A Korean release's "[<name> 소개]" ("introducing …") over its boilerplate; "회사
        # 소개" ("company introduction") names nobody.
        (
            [
                "[누리에너지 소개]",
                "누리에너지는 2016년 설립된 배터리 소재 및 재활용 전문 기업으로, 경기도 성남시에 "
                "본사를 두고 있다.",
            ],
            "누리에너지",
        ),
        (["회사 소개", "© 2025 Harbour Post"], "Harbour Post"),
        # French "des" holds the article the boilerplate writes with the name; Québec's
        # firms write their "inc." in lower case.
        (
            [
                "À propos des Serres Beaulac inc.",
                "Fondée en 1971 à Saint-Hyacinthe, Les Serres Beaulac inc. est une entreprise "
                "familiale spécialisée dans la culture en serre de légumes.",
                "-30-",
            ],
            "Les Serres Beaulac inc.",
        ),
    ],
)
def test_the_footer_s_about_links_give_way_to_its_copyright_line(footer, source):
    text = f"A headline\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\nMore stories\n\n"
    assert parse_text(text + "\n".join(footer) + "\n", lang="en").source == source


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("Avec les informations de La Presse canadienne", "fr", "La Presse canadienne"),
        ("Con información de EFE.", "es", "EFE"),
        ("По информация на БТА", "bg", "БТА"),
        ("(Con información de Reuters)", "es", "Reuters"),
        ("With files from The Canadian Press", "en", "The Canadian Press"),
        ("Com informações da Agência Brasil", "pt", "Agência Brasil"),
        ("Mit Material von dpa", "de", "dpa"),
    ],
)
def test_a_closing_agency_credit_wins_over_the_copyright_line(line, lang, source):
    article = parse(line, "© Société Radio-Canada. Tous droits réservés.", lang=lang)
    assert article.source == source
    assert article.body.rstrip().endswith(SECOND)


def test_an_agency_credit_over_the_date_names_the_source():
    text = f"A headline\n\nDe la Redacción y EFE\n\n14 de mayo de 2025\n\n{FIRST}\n\n{SECOND}\n"
    assert parse_text(text, lang="es").source == "EFE"


@pytest.mark.parametrize(
    ("closing", "byline", "source"),
    [
        (["Lê Huy Hải (TTXVN)", "© Bản quyền thuộc về Báo Tin tức"], ("Lê Huy Hải",), "TTXVN"),
        (["ČTK, voj", "© 2025 Český rozhlas"], (), "ČTK"),
        # Not a writer's credit: a name in parentheses that is no agency's.
        (["Jan Novák (ředitel)"], (), None),
    ],
)
def test_a_closing_writer_and_agency_line(closing, byline, source):
    article = parse(*closing, lang="cs")
    assert (article.byline, article.source) == (byline, source)


def test_a_writer_and_agency_line_in_the_header():
    text = (
        f"A headline\n\nRūta Jankauskienė (ELTA)\n\n2026-03-03 14:12\n\n{FIRST}\n\n{SECOND}\n\n"
        "© 2026 UAB „15min“. Visos teisės saugomos.\n"
    )
    article = parse_text(text, lang="lt")
    assert (article.byline, article.source) == (("Rūta Jankauskienė",), "ELTA")


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Tampereen Raitiotie Oy", "Tampereen Raitiotie Oy"),
        ("Bostadsbrevet AB", "Bostadsbrevet AB"),
        ("PT Kereta Api Indonesia (Persero)", "PT Kereta Api Indonesia (Persero)"),
        ("Team Natuurmonumenten", "Natuurmonumenten"),
        ("The Harbour Trust Team", "Harbour Trust"),
        ("L’équipe de Wassa Pay", "Wassa Pay"),
        ("Nation Media Group", "Nation Media Group"),
        ("Aarhus Universitet", "Aarhus Universitet"),
        ("Ministerul Educației", "Ministerul Educației"),
        ("Prairie Hearth Credit Union", "Prairie Hearth Credit Union"),
        ("Maeve Doherty", None),
        ("Kari Ab", None),
        ("Melissa Bank", None),
        ("Teams Anna", None),
    ],
)
def test_an_organisation_read_as_a_writer(name, organisation):
    assert organisation_of(name) == organisation


def test_a_newsletter_signed_by_its_team_is_the_organisation_s():
    draft = Draft(lang="nl", byline=["Team Natuurmonumenten"])
    article = draft.freeze("Het broedseizoen zit erop.\n")
    assert (article.byline, article.source) == ((), "Natuurmonumenten")


@pytest.mark.parametrize("label", ["TEMAS", "ΣΧΟΛΙΑ", "KOMENTÁŘE"])
def test_a_label_in_capitals_under_the_article_is_no_sign_off(label):
    draft = Draft(lang="es")
    credit_from_tail(
        [label, "Copyright 2025 El Tribuno del Norte | Todos los derechos reservados"], draft
    )
    assert draft.source == "El Tribuno del Norte"
    draft = Draft(lang="es")
    credit_from_tail(["EFE", "Copyright 2025 El Tribuno del Norte"], draft)
    assert draft.source == "EFE"


@pytest.mark.parametrize(
    ("tags", "lang", "holder"),
    [
        (["Транспорт", "МЧС", "Погода"], "ru", "Невские вести"),
        (["Verkehr", "ÖPNV", "Stadtrat"], "de", "Kieler Rundschau"),
        (["Oktatás", "MÁV", "Vasút"], "hu", "Alföldi Hírek"),
    ],
)
def test_capitals_among_the_stories_tags_are_no_sign_off(tags, lang, holder):
    draft = Draft(lang=lang)
    credit_from_tail([*tags, f"© 2026 {holder}"], draft)
    assert draft.source == holder


def test_an_agencys_sign_off_under_a_button_is_still_read():
    draft = Draft(lang="de")
    credit_from_tail(["Teilen", "AFP", "© 2026 Kieler Rundschau"], draft)
    assert draft.source == "AFP"


def test_an_about_box_of_the_writer_is_no_source():
    text = (
        f"A headline\n\nBy Kelsey Marchetti\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\n"
        "Leave a comment\n\nAbout Kelsey\n\nHi, I'm Kelsey! I bake bread in a tiny Ohio kitchen "
        "with two kids and a very spoiled starter named Gus.\n\n© 2025 Flour & Fig · Privacy Policy\n"
    )
    article = parse_text(text, lang="en")
    assert (article.byline, article.source) == (("Kelsey Marchetti",), "Flour & Fig")


def test_a_page_s_name_read_as_the_writer_is_neither_byline_nor_writer_s_copyright():
    text = (
        f"A headline\n\nNation Media Group\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\n"
        "© Nation Media Group. All rights reserved.\n"
    )
    article = parse_text(text, lang="en")
    assert (article.byline, article.source) == ((), "Nation Media Group")


def test_an_agency_over_the_date_wins_over_the_page_s_copyright_line():
    text = (
        "Belföld\n\nRekordalacsony a Balaton vízszintje, korlátozzák a vízkivételt\n\nMTI\n\n"
        f"2025. augusztus 6.\n\n{FIRST}\n\n{SECOND}\n\n© 2025 Telex\n"
    )
    assert parse_text(text, lang="hu").source == "MTI"


def test_an_organisation_s_newsletter_signed_with_its_name_is_its_source():
    text = (
        f"A headline\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\nWarm regards,\n\n"
        "Prairie Hearth Credit Union\n\n© 2025 Prairie Hearth Credit Union\n"
    )
    article = parse_text(text, lang="en")
    assert (article.byline, article.source) == ((), "Prairie Hearth Credit Union")


def test_a_copyright_line_naming_the_sender_of_another_writer_s_piece_is_the_source():
    text = (
        "Dari: Kabar Pagi <newsletter@kabarpagi.id>\nTanggal: Kamis, 20 Februari 2025 06.00\n"
        "Subjek: Harga beras naik lagi\n\nHarga beras naik lagi\n\nOleh Dewi Anggraini\n\n"
        f"{FIRST}\n\n{SECOND}\n\n© 2025 Kabar Pagi. PT Kabar Pagi Media, Jakarta.\n"
    )
    article = parse_text(text, lang="id")
    assert (article.byline, article.source) == (("Dewi Anggraini",), "Kabar Pagi")


@pytest.mark.parametrize(
    ("imprint", "source"),
    [
        ("Kaupunkikirje Oy, Hämeentie 11, 00530 Helsinki", "Kaupunkikirje Oy"),
        (
            "Stadtwerke Tübingen GmbH · Eisenhutstraße 6 · 72072 Tübingen",
            "Stadtwerke Tübingen GmbH",
        ),
        # No legal form, or no address: no imprint.
        ("Kaupunkikirje, Hämeentie 11, 00530 Helsinki", None),
        ("Kaupunkikirje Oy · Peru tilaus", None),
    ],
)
def test_a_footer_s_imprint_names_the_publisher(imprint, source):
    draft = Draft(lang="fi")
    credit_from_tail(["Peru tilaus | Päivitä asetukset", imprint], draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("holder", "source"),
    [
        ("Harriet Okonedo", None),
        ("Renata Albuquerque", None),
        ("The Saturday Five", "The Saturday Five"),
        ("Thai PBS", "Thai PBS"),
        ("Hope Street Media", "Hope Street Media"),
    ],
)
def test_a_newsletter_s_copyright_line_naming_a_person_is_no_source(holder, source):
    text = (
        "From: Commons Notes <commonsnotes@substack.com>\nDate: Sun, 18 May 2025, 07:02\n"
        "Subject: The week Westminster discovered allotments\nTo: reader@example.com\n\n"
        f"The week Westminster discovered allotments\n\n{FIRST}\n\n{SECOND}\n\n"
        f"Unsubscribe\n\n© 2025 {holder}\n"
    )
    assert parse_text(text, lang="en").source == source


@pytest.mark.parametrize(
    ("name", "personal"),
    [
        ("Harriet Okonedo", True),
        ("Tomás Ferreira-Hall", True),
        ("The Saturday Five", False),
        ("El Heraldo de Oaxaca", False),
        ("Thai PBS", False),
        ("Güneş Spor", False),
        ("Dagens Nyheter", False),
        ("Telex", False),
    ],
)
def test_a_person_s_name_is_told_from_a_publisher_s(name, personal):
    assert is_personal_name(name, "en") is personal


@pytest.mark.parametrize(
    ("contact", "source"),
    [
        ("Zoo Leipzig, Presse- und Öffentlichkeitsarbeit", "Zoo Leipzig"),
        ("Harbour Trust, Media Relations", "Harbour Trust"),
        ("Jane Whitfield, Media Relations", None),
    ],
)
def test_a_press_release_s_contact_names_the_issuer(contact, source):
    draft = Draft(lang="en")
    credit_from_tail(["Pressekontakt", contact, "presse@example.org"], draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("writer", "source"),
    [("The Canadian Press", "The Canadian Press"), ("Press Release", "CBC/Radio-Canada")],
)
def test_an_agency_read_as_the_writer_is_the_source(writer, source):
    draft = Draft(lang="en", byline=[writer], source="CBC/Radio-Canada", source_weak=True)
    article = draft.freeze("Parks Canada has expanded an evacuation order.\n")
    assert (article.byline, article.source) == ((), source)


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        (
            ["Comune di Bologna", "Piazza Maggiore, 6 - 40124 Bologna", "Privacy policy"],
            "Comune di Bologna",
        ),
        (
            ["Del på:", "Aarhus Universitet", "Nordre Ringgade 1", "8000 Aarhus C"],
            "Aarhus Universitet",
        ),
        (
            [
                "Contacts presse",
                "Préfecture du Gard – Bureau de la communication interministérielle",
            ],
            "Préfecture du Gard",
        ),
        # A contact's heading over a telephone number, a heading over the boilerplate: no imprint.
        (["Media Contact", "Office of Communications 212-788-2958"], None),
        (["Über die Stadtwerke Münster", "Hafenweg 12, 48155 Münster"], "Stadtwerke Münster"),
        # A tag over the comments' count: no address.
        (["Mehr zum Thema", "Energiewende", "Bundesregierung", "Kommentare (87)"], None),
    ],
)
def test_an_organisation_over_its_address_names_the_publisher(tail, source):
    draft = Draft(lang="en")
    credit_from_tail(tail, draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        (
            ["ENDS", "Notes to editors", "The Harbour Trust looks after Bristol's docks."],
            "Harbour Trust",
        ),
        (
            ["Notes to editors", "1. The Coastal Rivers Trust is a registered charity"],
            "Coastal Rivers Trust",
        ),
        (["Notes to editors", "Photographs are available on request."], None),
        (["Notes to editors", "Dr Amara Singh joins from the National Museum."], None),
    ],
)
def test_a_press_release_s_notes_to_editors_name_the_issuer(tail, source):
    draft = Draft(lang="en")
    credit_from_tail(tail, draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("closing", "lang", "source"),
    [
        ("Com Lusa", "pt", "Lusa"),
        ("Com a Lusa", "pt", "Lusa"),
        ("Avec l'AFP", "fr", "AFP"),
        ("(avec AFP)", "fr", "AFP"),
        ("Con informazioni da ANSA", "it", "ANSA"),
        ("Con EFE y Reuters", "es", "EFE"),
        ("Com Agência Brasil", "pt", "Agência Brasil"),
        ("Additional reporting by Reuters", "en", "Reuters"),
        ("With reporting from AP", "en", "AP"),
    ],
)
def test_a_closing_credit_to_an_agency_by_the_languages_with(closing, lang, source):
    article = parse(closing, lang=lang)
    assert article.source == source
    assert article.body.rstrip().endswith(SECOND)


@pytest.mark.parametrize(
    ("closing", "lang"),
    [
        ("Com Maria Silva", "pt"),  # a person
        ("Reporting by Jane Doe", "en"),  # the writer, kept with the story
        ("With love", "en"),
        ("Con amor", "es"),
        ("LT/QCB", "pt"),  # editors' initials
        ("(rip/rzp)", "id"),
    ],
)
def test_no_agency_from_a_closing_line_that_credits_none(closing, lang):
    assert parse(closing, lang=lang).source is None


_CLOSING_STORY = (
    "The harbour board voted on Tuesday to rebuild the old ferry pier, after a long debate "
    "about the cost and the design of the new landing stage.",
    "Work is expected to start in the spring and to take about a year.",
)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(Reuters)", "Reuters"),
        ("— Reuters", "Reuters"),
        ("– ANSA", "ANSA"),
        ("По материалам ТАСС", "ТАСС"),
        ("За матеріалами Укрінформ", "Укрінформ"),
        ("Theo TTXVN", "TTXVN"),
        # The languages' "source" before an agency (Swahili, Belarusian, Icelandic, Catalan,
        # Thai) and the agencies' Arabic names.
        ("Chanzo: Xinhua", "Xinhua"),
        ("Крыніца: БЕЛТА", "БЕЛТА"),
        ("Heimild: AFP", "AFP"),
        ("Font: EFE", "EFE"),
        ("ที่มา: Reuters", "Reuters"),
        ("(أ ف ب)", "أ ف ب"),
        ("(رويترز)", "رويترز"),
    ],
)
def test_a_closing_agency_credit_in_more_shapes(line, source):
    article = parse_text(
        "\n\n".join(["Pier to be rebuilt", "March 4, 2025", *_CLOSING_STORY, line])
    )
    assert article.source == source
    assert article.byline == ()
    assert line not in article.body


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # An agency in its own script, or by its full name, after the language's "source".
        ("Извор: Танјуг", "Танјуг"),
        ("Izvor: Agencija Hina", "Agencija Hina"),
        ("Chanzo: Press Trust of India", "Press Trust of India"),
    ],
)
def test_a_closing_source_line_naming_an_agency_in_other_forms(line, source):
    article = parse_text(
        "\n\n".join(["Pier to be rebuilt", "March 4, 2025", *_CLOSING_STORY, line])
    )
    assert article.source == source
    assert line not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "— Jane Doe",
        "(Updated)",
        "Chanzo: Jane Doe",
        "Font: Arial",
        "(أ ف ب ت ث)",
        "Heimild: Hagstofa Íslands",
    ],
)
def test_a_closing_name_or_note_is_no_agency(line):
    article = parse_text(
        "\n\n".join(["Pier to be rebuilt", "March 4, 2025", *_CLOSING_STORY, line])
    )
    assert article.source is None


@pytest.mark.parametrize(
    ("rule", "line", "source"),
    [
        ("page furniture in the article", "Źródło: PAP", "PAP"),
        ("page furniture in the article", "Fuente: EFE", "EFE"),
        ("trailer", "Quelle: dpa", "dpa"),
        ("trailer", "Sumber ANTARA", "ANTARA"),
        # The story's source line names the organisation it is credited to, over the
        # page's © line, agency or not (bench/WRITING-SETS.md).
        ("page furniture in the article", "Źródło: Ministerstwo Zdrowia", "Ministerstwo Zdrowia"),
        # A picture's credit is no source line of the story.
        ("captions and credits", "Źródło: PAP", "Ringier Axel Springer"),
    ],
)
def test_an_agency_in_a_dropped_source_line_wins_over_the_copyright_line(rule, line, source):
    draft = Draft(lang="pl")
    draft.removed.append((rule, line))
    credit_from_tail(["© 2026 Ringier Axel Springer"], draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("Avec les informations de Rémi Authier", None),
        ("With files from Sarah Thompson", None),
        ("Con información de María López", None),
        ("Avec des informations de Reuters", "Reuters"),
        ("With files from The Canadian Press", "The Canadian Press"),
        ("Con información de EFE", "EFE"),
    ],
)
def test_a_colleagues_reporting_credited_at_the_end_is_no_source(closing, source):
    assert parse(closing).source == source


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        (
            "Nu Pagamentos S.A. – Instituição de Pagamento. CNPJ 18.236.120/0001-58. Rua "
            "Capote Valente, 39 – São Paulo, SP",
            "Nu Pagamentos S.A.",
        ),
        ("Stadtwerke Lindenau GmbH — Amtsgericht Leipzig HRB 12345", "Stadtwerke Lindenau GmbH"),
        ("Kaupunkikirje Oy, Hämeentie 11, 00530 Helsinki", "Kaupunkikirje Oy"),
        ("Stadtwerke Lindenau GmbH – Ihr Partner für Energie", None),  # no address
    ],
)
def test_a_footers_imprint_after_a_dash_names_the_publisher(footer, source):
    draft = Draft(lang="pt")
    credit_from_tail(["Não quer mais receber nossos e-mails? Descadastre-se aqui.", footer], draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("footer", "label", "source"),
    [
        # Among a news page's links, with no © line: the page credits nobody.
        (["Over de NOS", "Contact", "Privacy"], "", None),
        (["Tietoa Ylestä", "Palaute", "Saavutettavuus"], "", None),
        # A release's "About" over the sentence about its issuer, however short.
        (
            ["About Riverland Foods", "Riverland Foods is a family-owned company."],
            "",
            "Riverland Foods",
        ),
        # A release's "About" among its links.
        (["About Harbour Trust", "Contact", "Privacy"], "Media release", "Harbour Trust"),
    ],
)
def test_an_about_link_names_only_a_releases_issuer(footer, label, source):
    header = f"{label}\n\n" if label else ""
    text = f"{header}A headline\n\nApril 20, 2017\n\n{FIRST}\n\n{SECOND}\n\nMore stories\n\n"
    assert parse_text(text + "\n".join(footer) + "\n", lang="en").source == source


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        (["Contact Us", "ABC News", "© 2026 ABC"], "ABC"),  # a © line is no address
        (["Stadtwerke Münster GmbH", "Hafenweg 12, 48155 Münster"], "Stadtwerke Münster GmbH"),
    ],
)
def test_an_organisation_over_a_copyright_line_is_no_imprint(tail, source):
    draft = Draft(lang="en")
    credit_from_tail(tail, draft)
    assert draft.source == source


_NOTICE_STORY = (
    "W dniu 12 marca 2025 r. w godzinach 8:00–14:00 nastąpi przerwa w dostawie wody na "
    "ulicach Lipowej, Klonowej i Dębowej.",
    "Przerwa jest związana z wymianą zasuwy na sieci wodociągowej.",
    "Za utrudnienia przepraszamy.",
)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A company signing its notice by its name and legal form (Polish, German, English
        # with the comma before the form).
        ("Wodociągi Miejskie w Radomiu Sp. z o.o.", "Wodociągi Miejskie w Radomiu Sp. z o.o."),
        ("Stadtwerke Radom GmbH", "Stadtwerke Radom GmbH"),
        ("Halvern Therapeutics, Inc.", "Halvern Therapeutics, Inc."),
        # A greeting before the name, a name without a legal form: no issuer read.
        ("Thank you, Acme Ltd", None),
        ("Wir freuen uns auf Sie, Ihre Acme GmbH", None),
        ("Wodociągi Miejskie w Radomiu", None),
    ],
)
def test_a_company_signing_its_notice_is_the_source(line, source):
    article = parse_text(
        "\n\n".join(["Komunikat w sprawie przerwy w dostawie wody", *_NOTICE_STORY, line])
    )
    assert article.source == source


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("Źródło: tvn24.pl, PAP", "pl", "PAP"),
        ("Quelle: tagesschau.de, dpa", "de", "dpa"),
        ("Fuente: elpais.com / EFE", "es", "EFE"),
        ("Source: Reuters, The Example Times", "en", "Reuters"),
    ],
)
def test_the_agency_among_the_listed_sources_is_the_source(line, lang, source):
    assert parse(line, lang=lang).source == source


def test_a_source_line_listing_no_agency_keeps_its_names():
    assert parse("Źródło: tvn24.pl, Polsat News", lang="pl").source == "tvn24.pl, Polsat News"


@pytest.mark.parametrize(
    ("label", "issuer"),
    [
        ("TLAČOVÁ SPRÁVA", "Mesto Košice"),
        ("SPOROČILO ZA JAVNOST", "Mestna občina Kranj"),
        ("PRIOPĆENJE ZA MEDIJE", "Općina Vrbovec"),
        ("Pressiteade", "Tallinna Linnavalitsus"),
        ("Communiqué de presse", "Ville de Saint-Malo"),
    ],
)
def test_the_organisation_over_a_releases_headline_issued_it(label, issuer):
    from tearsheet.releasemastheads import read_release_masthead

    draft = Draft(lang="sk")
    for line in (label, issuer, "Hlavná 48, 040 11 Košice"):
        draft.removed.append(("page furniture above the headline", line))
    assert read_release_masthead(draft)
    assert draft.source == issuer


def test_an_organisation_over_a_headline_with_no_release_label_issued_nothing():
    from tearsheet.releasemastheads import read_release_masthead

    draft = Draft(lang="sk")
    for line in ("Správy", "Mesto Košice"):
        draft.removed.append(("page furniture above the headline", line))
    assert not read_release_masthead(draft)


@pytest.mark.parametrize(
    ("byline_line", "copyright", "lang", "source"),
    [
        ("Geplaatst op 12 april 2025 door Marieke", "© 2025 Marieke Dekker", "nl", None),
        ("Posted on April 12, 2025 by Hannah", "© 2025 Hannah Okafor", "en", None),
        ("Publié le 12 avril 2025 par Camille", "© 2025 Camille Durand", "fr", None),
        # The © line names someone else than the blogger: the publisher stays.
        ("Posted on April 12, 2025 by Hannah", "© 2025 Riverside Media", "en", "Riverside Media"),
    ],
)
def test_a_bloggers_first_name_and_her_copyright_line_name_no_publisher(
    byline_line, copyright, lang, source
):
    text = (
        f"Broad beans in April\n\n{byline_line}\n\n{FIRST}\n\n{SECOND}\n\n{FIRST}\n\n{copyright}\n"
    )
    assert parse_text(text, lang=lang).source == source


@pytest.mark.parametrize(
    ("site", "byline_line", "lang"),
    [
        ("Marloes Onderweg", "26 mei 2025 door Marloes — 4 reacties", "nl"),
        ("Hannah Unplugged", "April 12, 2025 by Hannah — 4 comments", "en"),
    ],
)
def test_a_blog_named_for_its_writer_over_its_page_is_its_publisher(site, byline_line, lang):
    text = (
        f"Ga naar de inhoud\n\n{site}\n\nHome\n\nRoutes\n\nContact\n\n"
        f"Broad beans in April\n\n{byline_line}\n\n{FIRST}\n\n{SECOND}\n\n{FIRST}\n\n"
        f"© 2025 {site}\n"
    )
    assert parse_text(text, lang=lang).source == site


@pytest.mark.parametrize(
    ("closing", "lang", "source"),
    [
        # An agency with its regional service's code, or a second agency, after a slash.
        ("(dpa/lnw)", "de", "dpa"),
        # The Austrian papers' agencies, newsroom and day after commas.
        ("(APA, red, 4.7.2026)", "de", "APA"),
        ("(APA/dpa, red, 12.3.2025)", "de", "APA"),
        ("(Reuters, AFP, red)", "de", "Reuters"),
        ("(red, 4.7.2026)", "de", "Rheinpost Verlag GmbH"),
        ("(dpa/tmn)", "de", "dpa"),
        ("(Reuters/AFP)", "en", "Reuters"),
        # The German church and sport agencies in small letters.
        ("(epd)", "de", "epd"),
        ("(sid)", "de", "sid"),
        # A credit under an asterisk.
        ("*Com informações da Agência Brasil", "pt", "Agência Brasil"),
        # The Nordic papers' slash before a known agency.
        ("/TT", "sv", "TT"),
        ("/ NTB", "no", "NTB"),
        # An editor's initials in parentheses, a name after a slash credit no agency.
        ("/Anna", "sv", "Rheinpost Verlag GmbH"),
        ("(rip)", "de", "Rheinpost Verlag GmbH"),
    ],
)
def test_closing_agency_credits_in_their_other_shapes(closing, lang, source):
    article = parse(closing, "© Rheinpost Verlag GmbH 2025", lang=lang)
    assert article.source == source


@pytest.mark.parametrize(
    ("name", "lang", "personal"),
    [
        # The commonest given names, which the languages' stop lists hold.
        ("Jean Dupont", "fr", True),
        ("Anna Nowak", "pl", True),
        ("José García", "es", True),
        # A function word or a rare name that is a word first: no person.
        ("Der Spiegel", "de", False),
        ("Mais Lidas", "pt", False),
    ],
)
def test_a_persons_name_with_one_of_the_commonest_given_names(name, lang, personal):
    assert is_personal_name(name, lang) is personal


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        # A newsletter's footer copied as one block: the © line after the unsubscribe note.
        (
            "Recibes este correo porque te suscribiste. Darte de baja | Preferencias\n"
            "© Diario Sur 2026 · Calle Mayor 3, 29001 Málaga",
            "Diario Sur",
        ),
        (
            "Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. Abmelden\n"
            "© 2026 Weser-Kurier · Martinistraße 43, 28195 Bremen",
            "Weser-Kurier",
        ),
        (
            "You are receiving this because you signed up. Unsubscribe | Manage preferences\n"
            "© 2026 Harbour Media Ltd · 12 Quay Street, Leeds",
            "Harbour Media Ltd",
        ),
    ],
)
def test_a_copyright_line_joined_to_the_footer_above_it(footer: str, source: str) -> None:
    draft = Draft(lang="en")
    credit_from_tail([" ".join(footer.split("\n"))], draft)
    assert draft.source == source


def test_a_pictures_credit_inside_a_footer_block_is_no_publisher() -> None:
    draft = Draft(lang="cs")
    credit_from_tail(["Foto: Jan Novák z tiskové konference © ČTK"], draft)
    assert draft.source is None


def test_the_writer_s_initials_closing_the_story_are_no_agency():
    """Milenio's "ARV" under Alejandra Ruiz Velasco's story: she signs it; the page's ©
    line names the publisher. An agency's capitals still credit it."""
    header = "Cutzamala cierra al 61%\n\nAlejandra Ruiz Velasco\n\n12 de septiembre de 2026\n\n"
    footer = "\n\nDerechos reservados © Grupo Milenio 2026\n"
    article = parse_text(header + f"{FIRST}\n\n{SECOND}\n\nARV" + footer, lang="es")
    assert (article.byline, article.source) == (("Alejandra Ruiz Velasco",), "Grupo Milenio")
    article = parse_text(header + f"{FIRST}\n\n{SECOND}\n\nEFE" + footer, lang="es")
    assert article.source == "EFE"


@pytest.mark.parametrize(
    ("lang", "control"),
    [
        ("en", "Sort by: Newest"),
        ("en", "Filter by: Oldest"),
        ("es", "Ordenar por: Recientes"),
        ("fr", "Trier par : Pertinence"),
    ],
)
def test_the_comments_sort_control_under_the_story_is_no_byline(lang, control):
    story = [
        "Firefighters were called to the market hall shortly after midnight, and the blaze "
        "was under control by four in the morning, the fire service said.",
        "Nobody was hurt, but the building will stay closed while engineers check the roof "
        "and the stalls on the ground floor.",
    ]
    header = ["Fire at the market hall", "By Helen Mercer", "12 March 2026"]
    comments = ["Join the conversation", "Comments", control, "JulesW", "2 hours ago"]
    text = "\n\n".join([*header, *story, *comments])
    article = parse_text(text, lang=lang)
    assert list(article.byline) == ["Helen Mercer"]


def test_copyright_holder_wins_over_the_office_over_its_address() -> None:
    """A city's notice: its footer names the office with its address ("Mestský úrad
    Brezno"), then the © line the city it serves; the city issued the notice."""
    draft = Draft(lang="sk")
    tail = [
        "Mestský úrad Brezno",
        "Nám. gen. M. R. Štefánika 1, 977 01 Brezno",
        "Ústredňa: 048/ 281 41 11",
        "IČO: 00313319",
        "Mapa stránky",
        "© 2026 Mesto Brezno",
    ]
    credit_from_tail(tail, draft)
    assert draft.source == "Mesto Brezno"
