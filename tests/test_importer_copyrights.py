"""Copyright lines: the holder a page's © line names, in any language and wherever it
stands, and the publisher it gives an import whose other credits name nobody."""

from __future__ import annotations

import pytest

from tearsheet.copyrights import holder_of, read_copyright_line
from tearsheet.plaintext import parse_text

STORY = (
    "The harbour board voted on Tuesday to rebuild the old ferry pier, after a long debate "
    "about the cost and the design of the new landing stage."
)
MORE = "Work is expected to start in the spring and to take about a year."


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # The rights reserved before or after the holder, and sentences after them.
        (
            "Copyright Gazeta do Vale. Todos os direitos reservados. É proibida a cópia.",
            "Gazeta do Vale",
        ),
        (
            "Copyright © 2025 Harlow & Sons Co. Ltd. All rights reserved. Reprints: Syndication",
            "Harlow & Sons Co. Ltd.",
        ),
        ("Alle Rechte vorbehalten. © 2024 Kreisbote", "Kreisbote"),
        # Vietnamese "all rights belong to" after the holder; a Slovak legal form spaced.
        (
            "© Copyright 1997-2025 Tin Nhanh Việt, toàn bộ bản quyền thuộc Tin Nhanh Việt",
            "Tin Nhanh Việt",
        ),
        (
            "© 2025 Východoslovenské médiá, s. r. o. Všetky práva vyhradené.",
            "Východoslovenské médiá, s. r. o.",
        ),
        ("© כל הזכויות שמורות למעריב", "מעריב"),
        ("جميع الحقوق محفوظة © الشروق 2024", "الشروق"),
        (
            "© 2025 Mwananchi Communications Ltd. Haki zote zimehifadhiwa.",
            "Mwananchi Communications Ltd.",
        ),
        ("© 2025 দৈনিক ইত্তেফাক। সর্বস্বত্ব সংরক্ষিত", "দৈনিক ইত্তেফাক"),
        ("© 2025 El Periódico. Tots els drets reservats.", "El Periódico"),
        # A site's name with its domain: the stop after it is the sentence's.
        ("© 2013-2026 Kun.uz. Barcha huquqlar himoyalangan.", "Kun.uz"),
        ("© 2024 Seznam.cz, a.s. Všechna práva vyhrazena.", "Seznam.cz, a.s."),
        # A year range that ends in two digits; years after the holder.
        (
            "Copyright © 2024-25 Lokmat Media Pvt. Ltd., All Rights Reserved",
            "Lokmat Media Pvt. Ltd.",
        ),
        ("© Агентство Мир, 2001-2024", "Агентство Мир"),
        ("© Harbour Post 2023", "Harbour Post"),
        # Who shares the rights, in several languages.
        ("© 2003–2025 Echo Media, s.r.o., a dodavatelé obsahu", "Echo Media, s.r.o."),
        ("© 1999–2026 MAFRA, a.s., a dodavatelé zpráv a obrázků", "MAFRA, a.s."),
        ("© 2025 Riverside Wiki and contributors", "Riverside Wiki"),
        ("© 2025 El Faro de Cádiz y colaboradores", "El Faro de Cádiz"),
        # Quotation marks and a group's name in parentheses.
        ("© 2010-2025 «Новая газета Европа»", "Новая газета Европа"),
        ("© 2025 „Дневник“", "Дневник"),
        (
            "Copyright 2011 - 2025 PT. Warta Nusantara (Grup Media Raya). All Rights Reserved.",
            "PT. Warta Nusantara",
        ),
        # Korean notices: the holder's label, the brackets, the ban on reproduction.
        ("<저작권자 ⓒ 1980-2025 ㈜한국일보. 무단 전재 재배포 금지.>", "㈜한국일보"),
        (
            "Copyright ⓒ 경향신문 All Rights Reserved. 무단 전재, 재배포 및 AI 학습 이용 금지",
            "경향신문",
        ),
        # Forms of the big publishers.
        ("Copyright © 2025 by Hearst Communications, Inc.", "Hearst Communications, Inc."),
        ("© Copyright 2025, The Sydney Morning Herald", "The Sydney Morning Herald"),
        ("版权所有 © 新华网", "新华网"),
        ("Copyright © 2000 - 2025 XINHUANET.com All Rights Reserved.", "XINHUANET.com"),
        (
            "© 2025 Postmedia Network Inc. All rights reserved. Unauthorized distribution, "
            "transmission or republication strictly prohibited.",
            "Postmedia Network Inc.",
        ),
        (
            "Copyright © 2025, Los Angeles Times | Terms of Service | Privacy Policy",
            "Los Angeles Times",
        ),
        # The word "copyright" in other scripts, used as the mark.
        ("कॉपीराइट © 2025 अमर उजाला लिमिटेड", "अमर उजाला लिमिटेड"),
        ("ลิขสิทธิ์ © 2025 บริษัท ไทยรัฐ จำกัด", "บริษัท ไทยรัฐ จำกัด"),
        ("কপিরাইট © ২০২৫ প্রথম আলো", "প্রথম আলো"),
        ("حقوق النشر © 2025 الجزيرة", "الجزيرة"),
        # The rights said to belong to the holder, with no mark.
        ("کلیه حقوق برای همشهری آنلاین محفوظ است.", "همشهری آنلاین"),
        ("جملہ حقوق بحق روزنامہ جنگ محفوظ ہیں", "روزنامہ جنگ"),
        ("Bản quyền thuộc về Báo Tuổi Trẻ", "Báo Tuổi Trẻ"),
        ("جميع الحقوق محفوظة لليوم السابع 2025", "اليوم السابع"),
        ("جميع الحقوق محفوظة لـ مصراوي", "مصراوي"),
        # A short name in capitals and what it stands for: the name it goes by.
        ("© 2025 ANGOP - Agência Angola Press. Todos os direitos reservados.", "ANGOP"),
        ("© RTÉ – Raidió Teilifís Éireann 2025", "RTÉ"),
        ("© 2025 Gazeta Nowa - Wydawnictwo Północ", "Gazeta Nowa - Wydawnictwo Północ"),
        # The holder before the mark, after the footer's own sentence.
        (
            "Built with Jekyll and a lot of coffee. Hashnode Weekly © 2019 - 2025.",
            "Hashnode Weekly",
        ),
        ("Lagos Daily © 2025. All rights reserved.", "Lagos Daily"),
        # "Rights" before the mark (Bengali, Urdu, Arabic), the years in the script's digits.
        ("স্বত্ব © ২০২৬ প্রথম আলো", "প্রথম আলো"),
        ("جملہ حقوق © 2026 ایکسپریس میڈیا گروپ", "ایکسپریس میڈیا گروپ"),
        ("جميع الحقوق © 2025 الشروق", "الشروق"),
        # The rights reserved after a colon; the terms of reuse after the years.
        ("ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "한겨레신문사"),
        ("Telex — © 2020-2026. A tartalmak átvétele csak engedéllyel lehetséges.", "Telex"),
        (
            "Українська правда — © 2000-2025. Використання матеріалів сайту дозволяється лише "
            "за умови посилання на «Українську правду»",
            "Українська правда",
        ),
        # A web address keeps no full stop; a legal form's abbreviation keeps its own.
        ("© 2025 021.rs. Sva prava zadržana.", "021.rs"),
        ("© 2026 Telex Media Zrt.", "Telex Media Zrt."),
        ("© 2024 Editora Abril Ltda.", "Editora Abril Ltda."),
        # The company's registered number after the holder.
        ("Copyright © 2025 Athesis Srl - P.IVA 00430930232", "Athesis Srl"),
        ("© 2025 Grupo Folha | CNPJ 60.579.703/0001-48", "Grupo Folha"),
        ("© 2025 Acme Media - London", "Acme Media - London"),
        # "Copyright" in the languages' words before the mark; a dash after the years; the
        # rights reserved before the years.
        ("Hak Cipta © 2025 Kompas.com", "Kompas.com"),
        ("Telif Hakkı © 2025 Hürriyet", "Hürriyet"),
        ("Bản quyền © 2025 thuộc về Báo Tuổi Trẻ", "Báo Tuổi Trẻ"),
        ("Urheberrecht: Spiegel Verlag", "Spiegel Verlag"),
        ("© 2025 - Diário de Notícias", "Diário de Notícias"),
        ("© All rights reserved 2025 The Hindu", "The Hindu"),
        # A place in parentheses inside a company's name, before its legal form.
        ("© 2026 Kerala Printers (Kochi) Pvt. Ltd.", "Kerala Printers (Kochi) Pvt. Ltd."),
        ("© 2026 Druckhaus (Ulm) GmbH", "Druckhaus (Ulm) GmbH"),
    ],
)
def test_the_holder_of_a_copyright_line(line, holder):
    assert read_copyright_line(line) == holder


@pytest.mark.parametrize(
    "line",
    [
        "Copyright Policy",
        "© Riproduzione riservata",
        "All rights reserved.",
        "Foto: © Belga",  # a picture's credit: the mark does not open the line
        "The council said the copyright on the old maps had expired in 1998.",
        "© 2025",
        "Hak Cipta Dilindungi Undang-Undang",  # the rights reserved, in Indonesian
        "كل الحقوق محفوظة",
        "Foto © Reuters",
        "Urheberrecht gilt auch im Netz.",
        "Hak Cipta Dilindungi Undang-Undang.",
        "Photo: Jane Doe © 2025. Used with permission of the artist.",
    ],
)
def test_lines_that_name_no_holder(line):
    assert read_copyright_line(line) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # The rights reserved in more languages, after the scripts' own full stops.
        ("© 2026 አዲስ ዘመን። መብቱ በህግ የተጠበቀ ነው።", "አዲስ ዘመን"),
        ("© 2025 Ազգ.am։ Բոլոր իրավունքները պաշտպանված են։", "Ազգ.am"),
        ("© 2026 ბათუმელები. ყველა უფლება დაცულია.", "ბათუმელები"),
        ("© 2025 Isolezwe. Onke amalungelo agodliwe.", "Isolezwe"),
        ("© 2026 Hiiraan Online. Dhammaan xuquuqda way dhowran yihiin.", "Hiiraan Online"),
        ("© 2025 ਰੋਜ਼ਾਨਾ ਖ਼ਬਰ। ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ", "ਰੋਜ਼ਾਨਾ ਖ਼ਬਰ"),
        ("© 2026 Nasha Niva. Усе правы абаронены.", "Nasha Niva"),
        ("© 2025 روزنامہ دنیا۔ جملہ حقوق محفوظ ہیں", "روزنامہ دنیا"),
        # The rights after the mark; years after the holder and before the rights.
        ("© স্বত্ব দৈনিক সমকাল ২০২৬", "দৈনিক সমকাল"),
        ("Copyright © Avaz.ba 2026. Sva prava zadržana.", "Avaz.ba"),
        ("© Kauppalehti 2025. Kaikki oikeudet pidätetään.", "Kauppalehti"),
        # The footer's links after a dash.
        ("© L'Écho du Val – Mentions légales", "L'Écho du Val"),
        ("© 2026 Kreisbote - Impressum - Datenschutz", "Kreisbote"),
        ("© 2025 Diario Sur — Aviso legal | Política de privacidad", "Diario Sur"),
        # A legal form's abbreviation keeps its full stop before the rights reserved.
        ("© Sýn hf. Öll réttindi áskilin.", "Sýn hf."),
        # The state holds the rights of a public body named in parentheses after it.
        ("© State of New South Wales (NSW Rural Fire Service)", "NSW Rural Fire Service"),
        ("© Commonwealth of Australia 2026 (Bureau of Meteorology)", "Bureau of Meteorology"),
        ("© Crown copyright (Department for Transport)", "Department for Transport"),
        ("Copyright © State of Victoria", "State of Victoria"),
        ("© The Age (Nine)", "The Age"),  # a paper and its group: the paper
        # The rights in the core languages' other words, before or after the holder.
        ("© Riproduzione riservata - Gazzetta del Lago", "Gazzetta del Lago"),
        ("© Diario del Sur. Reservados todos los derechos.", "Diario del Sur"),
        ("© Le Courrier du Nord - Reproduction interdite", "Le Courrier du Nord"),
        ("© All rights reserved – The Daily Star", "The Daily Star"),
        # Left alone: a dash inside the name, a link word that starts the name's last part.
        ("© 2025 Tribune – About Town", "Tribune – About Town"),
        ("© 2026 Río Negro - Contacto Rural", "Río Negro - Contacto Rural"),
        # What the footer says the holder is, after a comma or dash.
        (
            "Copyright © 2026 The Millbrook Sentinel, a Lakeshore Media publication",
            "The Millbrook Sentinel",
        ),
        ("© 2025 Le Courrier du Lac, une marque du groupe Alpes Presse", "Le Courrier du Lac"),
        ("© Heimatbote.de – Ein Angebot der Nordsee Medien GmbH", "Heimatbote.de"),
        ("© 2026 Diario del Valle, parte de Grupo Sierra Editores", "Diario del Valle"),
        ("© 2026 Gazeta Ribeirinha, uma publicação da Editora Rio Claro", "Gazeta Ribeirinha"),
        # Years after the holder, then the footer's words after a dash.
        ("© Wohnwelt.de 2025 – Ein Service der Hausmedien AG", "Wohnwelt.de"),
        ("© Kaffeepost 2026 | Gemacht mit Liebe in Bremen", "Kaffeepost"),
        # The publishing software, in the footer's language.
        ("© 2026 Op de Fiets — Trots aangedreven door WordPress", "Op de Fiets"),
        ("© 2025 Carnet de Route – Fièrement propulsé par WordPress", "Carnet de Route"),
        ("© 2026 Mesa Posta · Tema de Blogger", "Mesa Posta"),
        # A legal form's "a." and the Czech "a" (and) stay with the holder's rules.
        ("© 2026 Tiskárna Brno, a.s.", "Tiskárna Brno, a.s."),
        # A name after a dash ("Hugo", "Ghost" are no blog software here), German "an".
        ("© 2025 Mode Magazin — Hugo Boss Stiftung", "Mode Magazin — Hugo Boss Stiftung"),
        ("© 2025 Kiel, an der Förde GmbH", "Kiel, an der Förde GmbH"),
    ],
)
def test_the_rights_years_and_links_around_the_holder_in_many_languages(line, holder):
    assert read_copyright_line(line) == holder


def test_holder_of_keeps_an_abbreviations_full_stop_before_the_rights():
    assert holder_of("2025 Northern Ledger Media Ltd. All rights reserved.") == (
        "Northern Ledger Media Ltd."
    )
    assert holder_of("-26 Dainik Prabhat Ltd.") == "Dainik Prabhat Ltd."


def _page(*footer: str) -> str:
    return "\n\n".join(
        ["Pier to be rebuilt", "March 4, 2025", STORY, MORE, "Share", "Topics", *footer]
    )


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        # A footer sentence after the rights: the line is no plain © line, still read.
        (
            [
                "Copyright © 2025 Coastal Courier Ltd. All rights reserved. For reprint "
                "rights: Courier Syndication"
            ],
            "Coastal Courier Ltd.",
        ),
        (["Made with care in Leeds. Northern Notes © 2018 - 2025."], "Northern Notes"),
        # Among the footer's links, dropped as the page's furniture.
        (["About us", "Privacy", "© 2025 KBTV", "Terms of use"], "KBTV"),
    ],
)
def test_a_copyright_line_anywhere_in_the_footer_names_the_publisher(footer, source):
    article = parse_text(_page(*footer), lang="en")
    assert article.source == source
    assert STORY in article.body and MORE in article.body
    assert "©" not in article.body


def test_a_pictures_credit_is_no_publisher():
    text = "\n\n".join(
        ["Pier to be rebuilt", "March 4, 2025", "The old pier at dawn.", "© Belga", STORY, MORE]
    )
    assert parse_text(text, lang="en").source is None


def test_a_copyright_line_naming_the_writer_gives_no_source():
    text = "\n\n".join(
        [
            "Pier to be rebuilt",
            "By Maeve Doherty",
            "March 4, 2025",
            STORY,
            MORE,
            "Made with Ghost. Maeve Doherty © 2025.",
        ]
    )
    assert parse_text(text, lang="en").source is None


def test_the_rights_under_a_copyright_line_at_the_articles_end_go_with_it():
    text = "\n\n".join(
        [
            "Pier to be rebuilt",
            "March 4, 2025",
            STORY,
            MORE,
            "Copyright HARBOUR POST.",
            "All rights reserved. This material, and other digital content on this website, "
            "may not be reproduced, published, broadcast, rewritten or redistributed in whole "
            "or in part without prior express written permission.",
        ]
    )
    article = parse_text(text, lang="en")
    assert article.source == "HARBOUR POST"
    assert article.body.split("\n\n")[-1].strip() == MORE


def test_a_paragraph_about_rights_in_the_story_stays():
    rights = "All rights reserved, the council said, would pass to the new harbour trust."
    text = "\n\n".join(["Pier to be rebuilt", "March 4, 2025", STORY, rights])
    assert rights in parse_text(text, lang="en").body


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "Українська правда — © 2000-2025. Використання матеріалів сайту дозволяється лише "
            "за умови посилання на «Українську правду».",
            "Українська правда",
        ),
        ("স্বত্ব © ২০২৬ প্রথম আলো", "প্রথম আলো"),
        ("ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "한겨레신문사"),
    ],
)
def test_a_copyright_line_ending_the_story_names_the_publisher(line, source):
    """The © line right under the story's last paragraph, with nothing between them to end
    the body, is taken off the body and names the publisher."""
    article = parse_text("\n\n".join(["Pier to be rebuilt", "March 4, 2025", STORY, MORE, line]))
    assert article.source == source
    assert line not in article.body
    assert MORE in article.body


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© POLITYKA Sp. z o.o. SKA", "POLITYKA Sp. z o.o. SKA"),
        ("© 2026 Agora Sp. z o.o. sp.k.", "Agora Sp. z o.o. sp.k."),
        ("© Grupo Norte S.A.U. Todos los derechos reservados.", "Grupo Norte S.A.U."),
        ("© 2024 Kaveri Pvt. Ltd. Site by Studio X.", "Kaveri Pvt. Ltd."),
        ("© Jane Doe. Made with love in Lisbon today.", "Jane Doe"),  # a sentence after it
        # Initials spaced after their stops; Portugal's "Lda." (Limitada).
        ("© Copyright 2025 Denník Ráno, a. s.", "Denník Ráno, a. s."),
        ("© 2025 Petra Nováková, s. r. o.", "Petra Nováková, s. r. o."),
        (
            "© 2025 Jornal do Centro – Edições Regionais, Lda.",
            "Jornal do Centro – Edições Regionais, Lda.",
        ),
        ("© 2025 Jana A.", "Jana A"),
        # The rights without "all" before the mark.
        ("Derechos reservados © Grupo Milenio 2026", "Grupo Milenio"),
        ("© 2026 Editora Sul. Direitos reservados.", "Editora Sul"),
    ],
)
def test_a_legal_forms_full_stops_do_not_end_the_holder(line, holder):
    assert read_copyright_line(line) == holder


def test_a_legal_form_after_the_holder_in_the_closing_copyright_line():
    text = "\n\n".join(
        ["Pszczoły z bloku", "21 lipca 2026", STORY, MORE, "© POLITYKA Sp. z o.o. SKA"]
    )
    assert parse_text(text, lang="pl").source == "POLITYKA Sp. z o.o. SKA"


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Röstfrisch © 2026 – Abmelden – Einstellungen verwalten", "Röstfrisch"),
        ("Lagos Daily © 2025 | Privacy | Terms", "Lagos Daily"),
        ("Kasia z Drogi © 2025 · Motyw WordPress", "Kasia z Drogi"),
        ("Jane Doe © 2025-2026", "Jane Doe"),
    ],
)
def test_a_holder_before_the_mark_with_the_footers_links_after_the_year(line, holder):
    assert read_copyright_line(line) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("کاپی رائٹ © 2026 Dawn", "Dawn"),  # Urdu
        ("பதிப்புரிமை © 2026 தினமணி", "தினமணி"),  # Tamil
        ("Авторлық құқық © 2026 Kazinform", "Kazinform"),  # Kazakh
        ("Հեղինակային իրավունք © 2026 Armenpress", "Armenpress"),  # Armenian
    ],
)
def test_the_languages_word_for_copyright_before_the_mark(line, holder):
    assert read_copyright_line(line) == holder


@pytest.mark.parametrize(
    "line", ["کاپی رائٹ کے قوانین پر بحث جاری ہے", "Авторлық құқық туралы заң"]
)
def test_the_word_for_copyright_in_a_sentence_is_no_copyright_line(line):
    assert read_copyright_line(line) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        (
            "© 2026 Star Tribune Media Company LLC. All rights reserved.",
            "Star Tribune Media Company LLC",
        ),
        ("© 2026 Harbour Legal LLP.", "Harbour Legal LLP"),
        (
            "Copyright © 2026 Northbridge Holdings PLC. Tous droits réservés.",
            "Northbridge Holdings PLC",
        ),
        # A truncated form keeps its stop.
        ("© 2026 Acme Widgets Inc. All rights reserved.", "Acme Widgets Inc."),
        ("© 2026 Nihon Shinbun Co. All rights reserved.", "Nihon Shinbun Co."),
    ],
)
def test_an_initialisms_stop_before_the_rights_is_the_sentences(line, holder):
    assert read_copyright_line(line) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("P.I. 00777910159 © Copyright Il Sole 24 Ore Tutti i diritti riservati", "Il Sole 24 Ore"),
        ("NIP 5260250995 © 2026 Agora S.A.", "Agora S.A."),
        ("CIF: B12345678 – © 2026 Diario Cántabro", "Diario Cántabro"),
    ],
)
def test_a_company_number_before_the_copyright_mark(line, holder):
    assert read_copyright_line(line) == holder


@pytest.mark.parametrize("line", ["Tel. 0961 303 © 2026", "Page 12345 of the report ©"])
def test_a_number_before_a_mark_naming_nobody_names_no_holder(line):
    assert read_copyright_line(line) is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        # The Romance languages' "to (the)" between the rights and their holder.
        (
            "© 2025 Todos los derechos reservados a Editorial Prensa Canaria S.A.",
            ("Editorial Prensa Canaria S.A."),
        ),
        ("Tous droits réservés à la Ville de Lyon © 2025", "Ville de Lyon"),
        ("© 2025 Tutti i diritti riservati alla Gazzetta di Parma", "Gazzetta di Parma"),
        # A paper's own article in capitals is its name's ("A Tribuna").
        ("© 2025 Todos os direitos reservados A Tribuna", "A Tribuna"),
    ],
)
def test_the_holder_after_the_languages_to(line: str, holder: str) -> None:
    assert read_copyright_line(line) == holder


def test_persian_rights_line_closed_by_the_mark_alone() -> None:
    assert read_copyright_line("کلیه حقوق این سایت برای تهران‌نگار محفوظ است ©") == "تهران‌نگار"
