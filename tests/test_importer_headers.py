"""Header lines of copied text in shapes real sites print: each shape read into its field."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.plaintext import parse_text

BODY = (
    "The first paragraph of the story is long enough to read as prose, and it goes on for a "
    "while so that the importer has no doubt about it.\n\n"
    "A second paragraph follows it, also a full sentence of the article's own text.\n"
)


@pytest.mark.parametrize(
    ("header", "date", "byline", "lang"),
    [
        # Ghost: the author's name and the date on one line with the reading time.
        ("Ruth Allen Jun 9, 2023 — 4 min read", "2023-06-09", ("Ruth Allen",), "en"),
        # A second date on the line ("Updated: ...") is read with it, not left in the body.
        (
            "Published: 10:04 GMT, 12 January 2024 | Updated: 11:30 GMT, 12 January 2024",
            "2024-01-12",
            (),
            "en",
        ),
        ("5 marzo 2024 (modifica il 5 marzo 2024 | 14:20)", "2024-03-05", (), "it"),
        ("06.03.2024 | 09:15 Uhr", "2024-03-06", (), "de"),
        # A short label beside the date or byline goes with the line.
        (
            "Por Carlos Ruiz | 5 marzo, 2024 | Huerto | 3 Comentarios",
            "2024-03-05",
            ("Carlos Ruiz",),
            "es",
        ),
        # The names, then the date or the time.
        ("Skrevet av Kari Nordmann den 3. februar 2024", "2024-02-03", ("Kari Nordmann",), "no"),
        ("Szerző: Kovács Anna", None, ("Kovács Anna",), None),
        ("Yazar: Mehmet Yılmaz", None, ("Mehmet Yılmaz",), None),
        ("Kirjoittanut Liisa Korhonen", None, ("Liisa Korhonen",), None),
        ("Текст: Олена Коваль", None, ("Олена Коваль",), None),
        ("文/记者 李华", None, ("李华",), None),
        ("2024年03月05日 14:20", "2024-03-05", (), "zh"),
        ("5. 3. 2024 14:20", "2024-03-05", (), "cs"),
    ],
)
def test_header_line_shapes(header, date, byline, lang):
    article = parse_text(f"A headline for the story\n\n{header}\n\n{BODY}", lang=lang)
    assert article.headline == "A headline for the story"
    assert (article.date.isoformat() if article.date else None) == date
    assert article.byline == byline
    assert not article.body.startswith(header[:8])


def test_a_credit_line_is_not_a_byline():
    """ "Illustration by X / Y. Source: Z" under the byline is a credit, not an author."""
    article = parse_text(
        "The Quiet Return of the Public Library\n\nBy Nora Kessler\n\n"
        "Illustration by Paul Spella / The Atlantic. Source: Getty.\n\nMarch 4, 2024\n\n" + BODY,
        lang="en",
    )
    assert (article.byline, article.date) == (("Nora Kessler",), dt.date(2024, 3, 4))
    assert article.body.startswith("The first paragraph")


def test_a_headline_with_a_preposition_is_not_a_byline():
    """ "Comboios da CP com perturbações" holds "da" but is no name."""
    article = parse_text(
        "País\n\nComboios da CP com perturbações devido a greve\n\nLusa\n\n5 Mar 2024, 09:12\n\n"
        + BODY
    )
    assert article.headline == "Comboios da CP com perturbações devido a greve"
    assert article.byline == ()


def test_a_dek_between_headline_and_byline():
    article = parse_text(
        "Ideas\n\nThe Quiet Return of the Public Library\n\n"
        "Branches are busier than before the pandemic, and not for the books.\n\n"
        "By Nora Kessler\n\nMarch 4, 2024\n\n" + BODY,
        lang="en",
    )
    assert (article.kicker, article.headline) == ("Ideas", "The Quiet Return of the Public Library")
    # The dek goes to the front matter's 'dek', not among the candidate headlines.
    assert article.dek == "Branches are busier than before the pandemic, and not for the books."
    assert article.other_headlines == ()
    assert article.byline == ("Nora Kessler",)


def test_a_date_over_the_headline():
    """Blogger prints the date over the post's title."""
    article = parse_text("Tuesday, March 5, 2024\n\nMending a cane chair seat\n\n" + BODY)
    assert (article.headline, article.date) == ("Mending a cane chair seat", dt.date(2024, 3, 5))
    assert article.kicker is None


def test_a_contact_line_in_a_press_release_header():
    article = parse_text(
        "FOR IMMEDIATE RELEASE\nApril 2, 2024\n\nContact: Dana Wells, dana@example.org, 503-555-0142"
        "\n\nRiverland Foods to open second plant in Oregon\n\n" + BODY
    )
    assert article.headline == "Riverland Foods to open second plant in Oregon"
    assert article.body.startswith("The first paragraph")


def test_a_place_beside_the_byline():
    article = parse_text(
        "Metrô de SP terá nova linha de ônibus noturna\n\n"
        "Por Ana Souza, g1 SP — São Paulo\n05/03/2024 14h20 Atualizado há 2 horas\n\n" + BODY,
        lang="pt",
    )
    assert (article.byline, article.dateline) == (("Ana Souza",), "São Paulo")
    assert article.date == dt.date(2024, 3, 5)


def test_a_short_text_is_read_in_its_language_but_the_guess_is_not_written():
    """Too short to be sure of its language: the guess reads its dates and function words,
    and 'lang' is left out."""
    article = parse_text(
        "Vláda schválila zvýšení platů učitelů\n\n5. 3. 2024 14:20\n\n"
        "Vláda dnes schválila zvýšení platů učitelů od září o sedm procent.\n\n"
        "Peníze na zvýšení platů jsou podle ministra v rozpočtu už zajištěny.\n\nSdílet\n"
    )
    assert article.lang is None
    assert article.date == dt.date(2024, 3, 5)
    assert article.body.startswith("Vláda dnes schválila")


def test_a_source_beside_the_date_and_a_name_line_with_a_full_stop():
    article = parse_text("广州地铁十号线今年开通\n\n2024年03月05日 14:20 来源：广州日报\n\n" + BODY)
    assert (article.date, article.source) == (dt.date(2024, 3, 5), "广州日报")
    article = parse_text(
        "Rennes. Le métro fermé ce week-end\n\nJean Dupont.\nPublié le 12/02/2024 à 18h05\n\n"
        + BODY,
        lang="fr",
    )
    assert article.byline == ("Jean Dupont",)


@pytest.mark.parametrize(
    ("header", "byline", "lang"),
    [
        # After a comma alone comes the author's role or desk; co-authors are joined by "and".
        ("By Amanda Kirsch, University Communications", ("Amanda Kirsch",), "en"),
        ("מאת: נועה לוי, רכזת תקשורת", ("נועה לוי",), "he"),
        (
            "Von Lena Vogt, Jens Krüger und Miriam Hahn",
            ("Lena Vogt", "Jens Krüger", "Miriam Hahn"),
            "de",
        ),
        # A picture's credit is no byline.
        ("Photographs by Jonah Reyes", (), "en"),
        ("글 이서연 기자", ("이서연",), "ko"),
    ],
)
def test_byline_names_and_roles(header, byline, lang):
    article = parse_text(f"A headline for the story\n\n{header}\n\n{BODY}", lang=lang)
    assert article.byline == byline


def test_chinese_header_fields_parted_by_spaces():
    article = parse_text(
        "我校实验室入选省级重点实验室\n\n"
        "发布时间：2024-12-06    来源：新闻中心    作者：李文静    浏览次数：1286\n\n" + BODY,
        lang="zh",
    )
    assert (article.date, article.source, article.byline) == (
        dt.date(2024, 12, 6),
        "新闻中心",
        ("李文静",),
    )


def test_a_photographer_beside_the_author_is_no_byline():
    article = parse_text(
        f"Dans les villages, la dernière boulangerie\n\nPar Margaux Lefèvre et Julien Arnaud "
        f"(photos)\n\n{BODY}",
        lang="fr",
    )
    assert article.byline == ("Margaux Lefèvre",)


def test_a_headline_over_its_dek_without_a_blank_line():
    """Two lines, the first with no mark at its end, the second a sentence: a headline and
    its dek, not one wrapped paragraph."""
    article = parse_text(
        "Les abeilles sauvages reviennent dans les villes sans pesticides\n"
        "Une étude menée dans quarante communes montre un net rebond des populations.\n\n"
        "Par Claire Martin\n\n" + BODY,
        lang="fr",
    )
    assert article.headline == "Les abeilles sauvages reviennent dans les villes sans pesticides"
    assert (
        article.dek
        == "Une étude menée dans quarante communes montre un net rebond des populations."
    )


def test_a_date_among_the_buttons_under_the_byline():
    """Medium: "Name / Follow / Published in / Better Engineering / · / 7 min read / · /
    Jan 3, 2024" between the headline and the story."""
    article = parse_text(
        "Testing the things that break at 3 a.m.\n\nDaniel Price\nFollow\nPublished in\n"
        "Better Engineering\n·\n7 min read\n·\nJan 3, 2024\n\nListen\n\nShare\n\n" + BODY,
        lang="en",
    )
    assert (article.byline, article.date) == (("Daniel Price",), dt.date(2024, 1, 3))


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: The terminal cost $42 million to build. (ABC News: Jo Smith)",
        "The ferry at Ballycastle harbour on Thursday (Image: Pacemaker)",
    ],
)
def test_a_caption_under_the_date_is_not_the_headline(caption):
    article = parse_text(
        f"Darwin's new ferry terminal opens after two-year delay\n\nBy Sarah Collins\n"
        f"Posted Tue 5 Mar 2024 at 4:12pm\n\n{caption}\n\n{BODY}",
        lang="en",
    )
    assert article.headline == "Darwin's new ferry terminal opens after two-year delay"
    assert article.date == dt.date(2024, 3, 5)
    assert article.body.startswith("The first paragraph")


def test_a_byline_in_capitals_is_written_as_names_are():
    article = parse_text(
        f"A headline for the story\n\nBy LISA MASCARO and KEVIN FREKING\n\n{BODY}", lang="en"
    )
    assert article.byline == ("Lisa Mascaro", "Kevin Freking")


def test_a_copied_e_mail_s_header():
    """The sender is the byline, the date is read, the subject says where the headline is."""
    article = parse_text(
        "Von: Lena Vogt <lena@kuechenbrief.example>\n"
        "Datum: 20. Oktober 2024 um 09:00:12 MESZ\nAn: leser@example.org\n"
        "Betreff: Ausgabe 41: Warum wir Linsen unterschätzen\n\nKüchenbrief\n\n"
        "Ausgabe 41: Warum wir Linsen unterschätzen\n\n" + BODY,
        lang="de",
    )
    assert article.headline == "Ausgabe 41: Warum wir Linsen unterschätzen"
    assert (article.byline, article.date) == (("Lena Vogt",), dt.date(2024, 10, 20))


def test_a_newsletter_s_sender_that_is_no_person_is_no_byline():
    article = parse_text(
        "The Weekly Stack <hello@weeklystack.example>\nTue, Apr 8, 2025, 6:02 AM\nto me\n\n"
        "Small teams are quietly dropping their AI note-takers\n\n" + BODY,
        lang="en",
    )
    assert article.headline == "Small teams are quietly dropping their AI note-takers"
    assert (article.byline, article.date) == ((), dt.date(2025, 4, 8))


def test_a_source_beside_the_page_s_buttons():
    article = parse_text(
        "本市将新增100家社区老年食堂\n\n发布时间：2025-03-15 09:30\u3000来源：市民政局\u3000"
        "【字体：大 中 小】\u3000【打印】\n\n" + BODY,
        lang="zh",
    )
    assert article.source == "市民政局"


FORWARD_PROSE = [
    "Le printemps arrive et, avec lui, notre assemblée générale annuelle, qui se tiendra le "
    "samedi 21 mars à 14 h à la salle des fêtes du quartier.",
    "Nous sommes désormais 1 212 coopérateurs, soit 140 de plus qu’il y a un an, et le chiffre "
    "d’affaires a progressé de huit pour cent sur l’année.",
]


def test_a_forwarded_mail_is_read_from_the_forwarded_message_s_own_header():
    subject = "La lettre de la Coop des Pentes — mars 2026"
    text = "\n".join(
        [
            "De : Martine Roux <martine.roux@orange.fr>",
            "Envoyé : mercredi 4 mars 2026 08:14",
            f"Objet : TR: {subject}",
            "",
            "Pour info, à lire avant l’AG !",
            "Martine",
            "",
            "________________________________",
            "De : Coopérative des Pentes <bonjour@coopdespentes.fr>",
            "Envoyé : mardi 3 mars 2026 18:02",
            f"Objet : {subject}",
            "",
            subject,
            "",
            *FORWARD_PROSE,
        ]
    )
    article = parse_text(text, lang="fr")
    assert article.headline == subject
    assert article.date == dt.date(2026, 3, 3)
    assert "Martine Roux" not in article.byline


def test_a_title_and_its_issue_parted_by_a_dash_is_no_row_of_buttons():
    subject = "Nyhetsbrev fra styret – mars 2026"
    text = "\n".join(
        [
            "-------- Videresendt melding --------",
            f"Emne: {subject}",
            "Dato: Fri, 6 Mar 2026 16:45:09 +0100",
            "Fra: Styret i Tåsen Borettslag <styret@tasenborettslag.no>",
            "",
            "Hei Per, se punkt 2 om parkering, det gjelder oss også.",
            "",
            subject,
            "",
            "Våren nærmer seg, og det er flere ting styret vil orientere om før "
            "generalforsamlingen i april, blant annet dugnaden og de nye parkeringsreglene.",
            "Vårdugnaden holdes lørdag 25. april fra klokken ti, og containere settes opp ved "
            "blokk C slik at alle kan kaste det de ikke lenger trenger.",
        ]
    )
    article = parse_text(text, lang="no")
    assert article.headline == subject
    assert article.date == dt.date(2026, 3, 6)


def test_a_subject_with_a_pictograph_is_found_again_without_it():
    headline = "Goed nieuws uit de polder: meer grutto-kuikens dan in tien jaar"
    text = "\n".join(
        [
            "Van: Natuurmonumenten <nieuwsbrief@natuurmonumenten.nl>",
            "Datum: donderdag 3 juli 2025 om 10:15",
            "Aan: j.smit@ziggo.nl",
            f"Onderwerp: {headline} 🐦",
            "",
            "Bekijk deze e-mail in je browser",
            "",
            "Natuurmonumenten",
            "Nieuwsbrief juli 2025",
            "",
            headline,
            "",
            "Het broedseizoen zit erop, en we hebben goed nieuws: in onze weidevogelgebieden "
            "in Noord-Holland en Friesland zijn dit voorjaar meer kuikens groot geworden.",
            "In de Ilperveldpolder telden we een half vliegvlug kuiken per broedpaar, precies "
            "het aantal dat nodig is om de populatie op peil te houden.",
        ]
    )
    article = parse_text(text, lang="nl")
    assert article.headline == headline
    assert article.date == dt.date(2025, 7, 3)


@pytest.mark.parametrize(
    ("label", "lang"),
    [("TIEDOTE", "fi"), ("PRESSEMITTEILUNG", "de"), ("PERSBERICHT", "nl"), ("PRESS RELEASE", "en")],
)
def test_a_release_s_label_before_its_date_is_no_source(label, lang):
    """ "TIEDOTE 12.2.2025": the label names the text a release; an agency or paper in
    capitals before a date ("KYODO NEWS - Mar 5, 2024") is the source."""
    article = parse_text(f"A headline for the story\n\n{label} 12.2.2025\n\n{BODY}", lang=lang)
    assert article.date == dt.date(2025, 2, 12)
    assert article.source is None
    agency = parse_text(f"A headline for the story\n\nKYODO NEWS - Mar 5, 2024\n\n{BODY}")
    assert agency.source == "Kyodo News"


@pytest.mark.parametrize(
    ("line", "place", "lang"),
    [
        ("Καλαμάτα, 8 Ιουλίου 2025", "Καλαμάτα", "el"),
        ("Москва, 8 июля 2025", "Москва", "ru"),
        ("Kraków, 8 lipca 2025", "Kraków", "pl"),
    ],
)
def test_a_release_s_place_and_date_under_a_mail_header_give_the_dateline(line, place, lang):
    """The mail's header gave a date already; the release's own place and date line under
    its headline still gives the place, in any script."""
    text = (
        "From: Press Office <press@city.example>\nDate: Tue, 8 Jul 2025 12:47\n"
        "Subject: New buses\n\nNew electric buses join the city's fleet\n\n"
        f"{line}\n\n{BODY}"
    )
    article = parse_text(text, lang=lang)
    assert article.dateline == place
    assert article.date == dt.date(2025, 7, 8)
    assert not article.body.startswith(place)


@pytest.mark.parametrize(
    ("line", "names", "lang"),
    [
        (
            "Par Julien Marchand et Sophie Roux - Le 29 novembre 2026 à 09:12 - Mis à jour le "
            "29 novembre 2026 à 17:05",
            ("Julien Marchand", "Sophie Roux"),
            "fr",
        ),
        ("By Helen Marsh - 12 March 2025 - 4 min read", ("Helen Marsh",), "en"),
        ("Von Anna Berg - 12. März 2025 - 14:20 Uhr", ("Anna Berg",), "de"),
    ],
)
def test_a_byline_and_its_dates_parted_by_spaced_hyphens(line, names, lang):
    article = parse_text(f"A headline for the story\n\n{line}\n\n{BODY}", lang=lang)
    assert article.byline == names
    assert article.date is not None and article.date.day in (12, 29)


@pytest.mark.parametrize(
    ("line", "name"), [("ข่าว: สมศรี มีสุข", "สมศรี มีสุข"), ("ข่าว/ภาพ: ประยุทธ ดีงาม", "ประยุทธ ดีงาม")]
)
def test_thai_news_credit_labels_the_writer(line, name):
    body = (
        "เทศบาลนครเชียงใหม่เปิดเผยว่าจะเริ่มปรับปรุงถนนรอบคูเมืองในเดือนหน้า เพื่อลดปัญหาน้ำท่วมขังในฤดูฝน\n\n"
        "นายกเทศมนตรีกล่าวว่าโครงการนี้จะใช้เวลาประมาณหกเดือนและจะไม่ปิดถนนทั้งหมดในคราวเดียว\n"
    )
    article = parse_text(f"เชียงใหม่ปรับปรุงถนนรอบคูเมือง\n\n{line}\n\n{body}", lang="th")
    assert article.byline == (name,)
