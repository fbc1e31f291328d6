"""Headlines (tearsheet.headlines): a pick that is plainly something else is mended."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from copiedtexts import PROSE
from tearsheet.headlines import headline_flaw, issuer_of_label
from tearsheet.plaintext import parse_text

HEADLINE = "Harbour board approves new ferry terminal after two years"


@pytest.mark.parametrize(
    ("line", "flaw"),
    [
        ("PRESSEMITTEILUNG", "a press release's label"),
        # The issuer alone by its legal form, over a release's headline.
        ("株式会社ミナトフーズ", "a press release's label"),
        ("Altiflux Mobility SAS", "a press release's label"),
        ("À : redaction@journal-regional.ch", "an address"),
        ("Topic:Cricket", "a label"),
        ("Updated a day ago", "a time"),
        ("vor 3 Stunden", "a time"),
        ("Home > News > Local", "a row of links"),
        ("By Ann Lee", "a date or byline"),
        ("Dana Whitcomb and Luis Ortega", "a name"),
        ("Energy correspondent", "a role"),
        ("Chidinma Eze's photo", "a picture's alt text"),
        ("Avatar of Ann Lee", "a picture's alt text"),
        ("Ann Lee profile picture", "a picture's alt text"),
        ("home posts photos about rss", "a row of links"),
        ("Startseite Blog Archiv Kontakt", "a row of links"),
        ("Il traghetto lascia il vecchio porto martedì mattina. | ANSA", "a caption"),
        ("Prom opuszcza stary terminal we wtorek rano. | PAP", "a caption"),
        (
            "La passerelle, fermée depuis novembre 2023, doit rouvrir avant la Toussaint."
            " | OUEST-FRANCE",
            "a caption",
        ),
        ("Vista aérea de la terminal de Guixar. M.MORALEJO", "a caption"),
        ("Mieszkańcy czekają na pociąg na dworcu w Krakowie. PAP", "a caption"),
        ("Los vecinos, ante el ayuntamiento de Lugo. X.CARBALLO", "a caption"),
        ("Selamat pagi, pembaca Kabar Pagi!", "a salutation"),
        ("Liebe Leserinnen und Leser,", "a salutation"),
        ("Cari lettori, buongiorno!", "a salutation"),
        ("Trang chủ / Tin tức - Sự kiện", "a row of links"),
        ("Accueil › Actualités - Société", "a row of links"),
        ("経済・企業", "a single word"),
        ("연합뉴스", "a single word"),
        ("社会新闻", "a single word"),
        ("Pour diffusion immédiate", "a press release's label"),
        ("Zur sofortigen Veröffentlichung", "a press release's label"),
        ("Para publicación inmediata", "a press release's label"),
        ("Do natychmiastowej publikacji", "a press release's label"),
        ("EMBARGOED UNTIL 9 AM ET, 4 MARCH 2025", "a press release's label"),
        ("Sperrfrist: 12. März, 10 Uhr", "a press release's label"),
        ("COMUNICADO À IMPRENSA", "a press release's label"),
        ("UNTUK SIARAN SEGERA", "a press release's label"),
        ("செய்தி வெளியீடு எண்: 21/2026", "a press release's label"),
        ("بيان صحفي", "a press release's label"),
        ("Gazdaság", "a single word"),
        (
            "Colin Hewitt at work in his woolshed in 2019. (Southern Sun: Mark Doolan)",
            "photo caption",
        ),
    ],
)
def test_lines_that_are_no_headline_say_why(line, flaw):
    assert headline_flaw(line, "en") == flaw


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "Why my sourdough stopped rising (and the boring fix)",
        "Derbide gülen taraf: 2-1",
        "Vor der Wahl: Merz unter Druck",
        "Hace frío en Madrid",
        "The photo that changed a town",
        "Home work: why pupils about to sit exams need more sleep",
        "Immediate action needed on flood defences",
        "Embargo on Russian oil extended",
        "US lifts embargo until talks resume in Geneva",
        "Release of hostages expected immediately",
        "Bayern wins the title again!",
        "回転ずし大手、全店で多言語化へ",
        "서울 전세가율 3년 만에 최고",
        "Bus / rail strike: what you need to know about Monday's walkout",
        "Harbour board approves new ferry terminal after two years | The Harbour Post",
        "Storm hits the coast again. Thousands without power",
        "Inflation hits 5%. ECB",
        "Kraków wygrał z piecami. Teraz PKP",
    ],
)
def test_headlines_have_no_flaw(line):
    assert headline_flaw(line, None) is None


def test_a_press_release_label_over_the_headline_is_not_the_headline():
    text = "\n\n".join(["PRESSEMITTEILUNG", HEADLINE, "12.03.2025", *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == HEADLINE
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_caption_taken_for_the_headline_gives_way_to_the_line_over_it():
    text = "\n\n".join(
        [
            "Skip to main content",
            "News",
            HEADLINE,
            "By Ann Lee",
            "Posted Sat 14 Jun 2025 at 5:00am",
            "Share",
            "The old terminal on Tuesday morning. (Harbour Post: Tom Berg)",
            *PROSE,
        ]
    )
    assert parse_text(text, lang="en").headline == HEADLINE


def test_a_date_line_with_two_dates_in_the_page_s_language_is_no_headline():
    line = "Publié le 27 janvier 2025 à 07h15 - Mis à jour le 27 janvier 2025 à 10h02"
    assert headline_flaw(line, "fr") in ("a date", "a date or byline")


def test_a_site_s_menu_or_a_picture_over_the_headline_is_not_the_headline():
    for furniture in ("home  posts  photos  about  rss", "Ann Lee's photo", "Opinion"):
        text = "\n".join(["annlee.dev", furniture, HEADLINE, "By Ann Lee", "12 March 2025"])
        article = parse_text(text + "\n\n" + "\n\n".join(PROSE), lang="en")
        assert article.headline == HEADLINE, furniture


WOLVES = "Zahl der Wolfsrudel in Niedersachsen leicht gestiegen"
WIRE = [
    "Hannover (dpa/lni) - In Niedersachsen leben nach Angaben der Landesjägerschaft "
    "inzwischen 58 Wolfsrudel, drei mehr als im Vorjahr, teilte der Verband mit.",
    "Die meisten Rudel leben demnach weiterhin in den Landkreisen Celle, Uelzen, "
    "Heidekreis und Cuxhaven, wo auch die meisten Risse gemeldet wurden.",
]


@pytest.mark.parametrize("label", ["Tiere", "Wolfsmonitoring "])
def test_a_section_s_label_before_the_headline_repeated_under_it_is_dropped(label):
    lines = [
        f"{label}: {WOLVES}",
        "Aktualisiert am 12. Juni 2025, 13:18 Uhr",
        "Quelle: DIE ZEIT, dpa Niedersachsen",
        WOLVES,
        "Ein Wolf läuft durch ein Gehege. © Philipp Schulze/dpa",
        *WIRE,
    ]
    article = parse_text("\n".join(lines), lang="de")
    assert article.headline == WOLVES
    assert article.kicker == label.strip()
    assert WOLVES not in article.body


@pytest.mark.parametrize("joined", ["DIRECT. {}", "LIVE – {}", "VIDEO - {}", "EILMELDUNG | {}"])
def test_a_live_label_before_the_headline_repeated_under_it_is_dropped(joined):
    lines = [joined.format(WOLVES), WOLVES, "12. Juni 2025, 13:18 Uhr", *WIRE]
    article = parse_text("\n".join(lines), lang="de")
    assert article.headline == WOLVES
    assert article.kicker == joined.split()[0].rstrip(".")


@pytest.mark.parametrize("path", ["Startseite » Niedersachsen » ", "Home > News > Umwelt > "])
def test_the_page_s_path_before_the_headline_repeated_under_it_is_dropped(path):
    lines = [f"{path}{WOLVES}", WOLVES, "12. Juni 2025, 13:18 Uhr", *WIRE]
    article = parse_text("\n".join(lines), lang="de")
    assert article.headline == WOLVES
    assert WOLVES not in article.body


def test_a_headline_with_a_full_stop_not_repeated_is_whole():
    headline = "Sturm. Und dann kam der Regen über Hamburg"
    text = "\n\n".join([headline, "12.03.2025", *PROSE])
    assert parse_text(text, lang="de").headline == headline


def test_a_headline_with_a_colon_not_repeated_keeps_its_label():
    text = "\n\n".join(["Vor der Wahl: Merz unter Druck in Bayern", "12.03.2025", *PROSE])
    assert parse_text(text, lang="de").headline == "Vor der Wahl: Merz unter Druck in Bayern"


@pytest.mark.parametrize(
    "top",
    [
        ["Ann Lee", "Published June 3, 2025", "Updated a day ago"],
        ["Ann Lee", "Ann Lee", "Posted on Jan 19, 2025 • Edited on Jan 21", "24", "3"],
    ],
)
def test_a_name_taken_for_the_headline_over_the_date_is_the_byline(top):
    menu = ["Skip to content", "Search", "Log in", "Create account"]
    text = "\n".join([*menu, *top, HEADLINE, "#python #security", *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == HEADLINE
    assert list(article.byline) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("lang", "section", "headline", "dek", "byline", "date", "prose"),
    [
        (
            "es",
            "Estados",
            "Monterrey vuelve a los tandeos: Agua y Drenaje cortará el suministro por las "
            "noches en 32 colonias",
            "La presa El Cuchillo está al 21% de su capacidad; piden reducir el consumo",
            "Leonardo Ruiz",
            "10/05/2025 14:05",
            [
                "Monterrey, NL.- Servicios de Agua y Drenaje de Monterrey anunció este sábado "
                "que a partir del lunes se suspenderá el suministro de agua por las noches.",
                "De acuerdo con el organismo, la presa El Cuchillo se encuentra al 21% de su "
                "capacidad y la presa Cerro Prieto al 9%, niveles que no se veían desde 2022.",
                "Los vecinos de la colonia Independencia dijeron que desde hace semanas la "
                "presión del agua es baja durante el día y que compran garrafones.",
            ],
        ),
        (
            "hr",
            "Vijesti / Hrvatska",
            "HŽ nabavlja 21 novi vlak, prvi stižu na pruge u Slavoniji krajem godine",
            "Ugovor vrijedan 186 milijuna eura potpisan je u utorak",
            "Autor: Ivana Horvat",
            "Objavljeno: 05. svibanj 2026. 14:22",
            [
                "HŽ Putnički prijevoz i domaći proizvođač potpisali su u utorak ugovor o "
                "nabavi 21 novog elektromotornog vlaka vrijedan 186 milijuna eura.",
                "Prvi vlakovi trebali bi na pruge stići krajem ove godine, i to na relacijama "
                "Osijek - Vinkovci i Zagreb - Koprivnica, a posljednji sredinom 2028.",
                "Novi vlakovi imat će 220 sjedećih mjesta, klimatizaciju, besplatni internet "
                "i prostor za bicikle, a vozit će brzinom do 160 kilometara na sat.",
            ],
        ),
        (
            "en",
            "Local news",
            "Harbour board approves new ferry terminal after two years of planning and protest",
            "Work on the quay is due to begin in the autumn",
            "By Ann Lee",
            "12 March 2025",
            PROSE,
        ),
    ],
)
def test_a_headline_longer_than_its_dek_on_a_whole_page(
    lang, section, headline, dek, byline, date, prose
):
    """Under the menus and a section's label, a headline and its shorter dek: the longer
    line over the dek is the headline, not the page's furniture."""
    menu = ["Skip to content", "Home", "News", "Sport", "Business", "Culture", "Opinion"]
    menu += ["Subscribe", "Log in", "Weather", "Travel", "Video", "Podcasts"]
    buttons = ["Share", "Facebook", "X", "WhatsApp", "Comments (12)"]
    lines = [*menu, section, headline, dek, byline, date, *buttons, *prose]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert article.dek == dek
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()][-2:] == prose[-2:]


def test_a_breadcrumb_or_a_kicker_over_the_headline_stays_above_it():
    menu = ["Skip to content", "Home", "News", "Sport", "Business", "Culture", "Opinion"]
    menu += ["Subscribe", "Log in", "Weather", "Travel", "Video", "Podcasts"]
    for over in (
        f"Home » News » Local » {HEADLINE}",
        "Ports and shipping",
        "Reportage from the harbour",
    ):
        lines = [*menu, over, HEADLINE, "By Ann Lee", "12 March 2025", "Share", *PROSE]
        assert parse_text("\n".join(lines), lang="en").headline == HEADLINE, over


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("Pour diffusion immédiate", "fr"),
        ("Voor onmiddellijke publicatie", "nl"),
        ("For Immediate Release", "en"),
    ],
)
def test_a_release_note_under_the_press_label_gives_way_to_the_headline(note, lang):
    lines = ["COMMUNIQUÉ DE PRESSE", note, HEADLINE, "The board's vote ends a long dispute", *PROSE]
    article = parse_text("\n\n".join(lines), lang=lang)
    assert article.headline == HEADLINE


def test_a_section_s_word_over_the_headline_taken_for_a_dek():
    """ "สิ่งแวดล้อม" (environment) in the menu and again over the headline: the headline
    read as a dek under the section's word is the headline."""
    menu = ["ข้ามไปยังเนื้อหา", "Thai PBS News", "หน้าแรก", "ข่าวล่าสุด", "การเมือง"]
    menu += ["เศรษฐกิจ", "สังคม", "ต่างประเทศ", "สิ่งแวดล้อม", "กีฬา"]
    headline = "กทม.ขอความร่วมมือเอกชน Work from Home 2 วัน หลังค่าฝุ่น PM2.5 พุ่งเกินมาตรฐาน 50 เขต"
    body = [
        "วันนี้ กรุงเทพมหานครประกาศขอความร่วมมือบริษัทเอกชนให้พนักงานทำงานจากที่บ้าน "
        "หลังตรวจพบค่าฝุ่นละอองเกินค่ามาตรฐานในหลายเขตของเมืองตั้งแต่ช่วงเช้า",
        "ศูนย์ข้อมูลคุณภาพอากาศรายงานว่า ค่าฝุ่นเฉลี่ยอยู่ที่ระดับสูง "
        "และคาดว่าสถานการณ์จะคลี่คลายในวันเสาร์นี้ เมื่อมีมวลอากาศเย็นระลอกใหม่",
        "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า สภาพอากาศปิดและลมสงบทำให้ฝุ่นสะสม "
        "จึงขอให้ประชาชนสวมหน้ากากเมื่อออกนอกอาคาร",
    ]
    lines = [*menu, "สิ่งแวดล้อม", headline, "21 ม.ค. 69", "15:30", "แชร์", *body]
    article = parse_text("\n".join(lines), lang="th")
    assert article.headline == headline
    assert article.dek != headline


def test_the_story_s_first_paragraph_taken_for_the_headline_stays_in_the_body():
    """A whole page whose blog meta row ("21/06/2014 Tony Carter All, Books, News") and a
    credits line stand over the first paragraph: that paragraph, taken for the headline and
    mended away, is the body's again."""
    menu = "All Adventure Commuter Custom Electric Retro Scooters Sports Touring Books Boots"
    first = (
        "If you want a book that makes you feel great about being a rider, this is it. The "
        "180 page coffee-table publication comes with a record of seven classic rock tracks."
    )
    lines = [
        *(f"      + {word}" for word in menu.split()),
        "",
        "Bike and style book with soundtrack review",
        "",
        "21/06/2014 Tony Carter All, Books, Kit Reviews, News",
        "",
        "Tested by: John Milbank RRP: 49.95 Euro More info: www.earbooks.net/en",
        "",
        first,
        "",
        "Advert",
        "",
        "\n\n".join(PROSE),
    ]
    article = parse_text("\n".join(lines), lang="en")
    assert article.headline == "Bike and style book with soundtrack review"
    assert article.date == dt.date(2014, 6, 21)
    assert first in article.body


def test_a_japanese_section_s_name_over_the_date_is_no_headline():
    headline = "回転ずし大手、タッチパネル注文を全店で多言語化へ　訪日客増に対応"
    body = [
        "回転ずし大手の「くら寿司」は28日、全国の約550店舗で使うタッチパネルの注文画面を、"
        "今年3月までに10言語に対応させると発表した。訪日客の増加に対応する。",
        "現在は日本語、英語、中国語、韓国語の4言語に対応しているが、新たにタイ語やベトナム語"
        "などを加える。同社によると、都市部の一部店舗では昼の客のおよそ3割が外国人だという。",
    ]
    menu = ["メインコンテンツへスキップ", "朝日新聞デジタル", "ログイン", "ニュース", "経済"]
    lines = [*menu, "経済・企業", "2026年1月28日 17時30分", "list", headline, *body]
    article = parse_text("\n".join(lines), lang="ja")
    assert article.headline == headline
    assert article.date == dt.date(2026, 1, 28)


def test_a_letter_s_greeting_taken_for_the_headline_opens_the_body():
    greeting = "Bonjour à toutes et à tous,"
    headline = "Le prix du riz augmente encore, le gouvernement ouvre les importations"
    first = (
        "Le prix du riz sur les marchés de Dakar a encore augmenté cette semaine, pour "
        "atteindre son plus haut niveau depuis octobre, selon l'agence de régulation."
    )
    lines = [
        "De : La Lettre du Matin <lettre@matin.sn>",
        "Date : jeudi 20 février 2025 06:00",
        "Objet : Le prix du riz augmente encore",
        "",
        headline,
        "Par Awa Ndiaye · jeudi 20 février 2025",
        greeting,
        first,
        "Les importations autorisées arriveront d'ici la fin du mois, a précisé le ministre "
        "du Commerce lors d'une conférence de presse à Dakar.",
        "À demain,",
        "Awa",
    ]
    article = parse_text("\n".join(lines), lang="fr")
    assert article.headline == headline
    paragraphs = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert paragraphs[:2] == [greeting, first]


@pytest.mark.parametrize(
    ("lang", "menu", "date", "headline"),
    [
        (
            "en",
            ["Home", "Reviews A-Z", "Review Policy", "Contact"],
            "Sunday, 23 February 2025",
            "Book Review: The Salt Road by Aoife Keane",
        ),
        (
            "de",
            ["Startseite", "Rezepte", "Über mich"],
            "Sonntag, 23. Februar 2025",
            "Rhabarberkuchen mit Streuseln wie bei meiner Oma",
        ),
        (
            "es",
            ["Inicio", "Recetas", "Sobre mí", "Pregúntame lo que quieras"],
            "domingo, 23 de febrero de 2025",
            "Tamales de mole negro como los hacía mi abuela",
        ),
    ],
)
def test_an_item_of_the_blog_s_menu_over_the_date_is_no_headline(lang, menu, date, headline):
    lines = ["Bookish in Ballina", "Reviews, ramblings and far too much tea", *menu]
    lines += [date, headline, *PROSE]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline


@pytest.mark.parametrize(
    "top",
    [
        ["Skip to content", "Home", "News", "Ferries", "Ferry fares rise", "By Ann Lee"],
        ["Home", "News", "Ferries", "Ferry fares rise"],
    ],
)
def test_a_short_headline_under_the_menu_stays_with_nothing_better_near(top):
    article = parse_text("\n".join([*top, "12 March 2025", *PROSE]), lang="en")
    assert article.headline == "Ferry fares rise"


@pytest.mark.parametrize(
    ("lang", "site", "headline", "dek", "byline", "date"),
    [
        (
            "en",
            "Herald",
            "Harbour board approves new ferry terminal",
            "The board's vote on Tuesday ends a long dispute over traffic, noise and the cost "
            "of the new access road along the railway line",
            "Ann Lee",
            "12.03.2025",
        ),
    ],
)
def test_a_headline_over_the_site_s_name_and_its_longer_dek_on_a_whole_page(
    lang, site, headline, dek, byline, date
):
    """ "<headline> / הארץ / <dek> / <caption> / <byline> / <date>": the site's name between
    the headline and its dek."""
    menu = ["Skip to content", site, "Subscribe", "Log in", "News", "Opinion", "Business"]
    menu += ["Culture", "Sport", "Magazine", "Environment"]
    caption = "The old terminal on Tuesday morning. Photo: Moti Milrod"
    lines = [*menu, headline, site, dek, caption, byline, date, "Share", "Save article", *PROSE]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert article.dek == dek


def test_a_short_headline_right_under_the_menu_and_over_its_byline_is_the_headline():
    menu = ["Home", "News", "Opinion", "Sport", "Culture"]
    story = [
        "The council approved the new bridge on Tuesday after three years of planning and two "
        "public consultations, the mayor said in a statement.",
        "Work is due to start in the spring and the old crossing will stay open until the new "
        "one is finished, officials added.",
    ]
    text = "\n\n".join([*menu, "The bridge clock", "By Ann Lee", "November 19, 2019", *story])
    assert parse_text(text + "\n", lang="en").headline == "The bridge clock"


@pytest.mark.parametrize(
    ("labels", "headline", "lang"),
    [
        (
            ["COMUNICADO À IMPRENSA", "Para divulgação imediata"],
            "Cooperativa de Petrolina inaugura fábrica de polpa de frutas no Sertão",
            "pt",
        ),
        (
            ["KENYATAAN MEDIA", "UNTUK SIARAN SEGERA"],
            "Majlis Bandaraya Ipoh lancar aplikasi aduan awam baharu",
            "ms",
        ),
        (["Taarifa kwa vyombo vya habari"], "Serikali yazindua mpango wa chakula shuleni", "sw"),
        (["Komunikat prasowy nr 12/2025"], "Miasto otwiera nowy most dla pieszych w maju", "pl"),
        (["Medienmitteilung"], "Kanton senkt die Gebühren für Kitas ab August", "de"),
    ],
)
def test_a_press_release_s_labels_over_its_headline_in_many_languages(labels, headline, lang):
    text = "\n\n".join([*labels, headline, "12.03.2025", *PROSE])
    assert parse_text(text, lang=lang).headline == headline


def test_a_headline_that_names_a_press_release_is_kept():
    headline = "Pressemitteilung der Stadt sorgt für Ärger im Rat"
    text = "\n\n".join([headline, "12.03.2025", *PROSE])
    assert parse_text(text, lang="de").headline == headline


@pytest.mark.parametrize(
    ("lang", "headline", "dek", "credit", "question", "answer"),
    [
        (
            "ru",
            "«Мы копаем быстрее, чем успеваем понять»: археолог о раскопках в Новгороде",
            "В этом сезоне экспедиция нашла 19 новых берестяных грамот. Мы поговорили с "
            "руководителем раскопа о том, что в них написано",
            "Беседовал Дмитрий Волков",
            "— Девятнадцать грамот за сезон — это много?",
            "— Это очень хороший сезон. Бывали годы, когда мы находили две-три грамоты, "
            "а в этом году почва была влажной и береста сохранилась лучше обычного.",
        ),
        (
            "fr",
            "« Le port doit changer ou disparaître » : entretien avec la directrice",
            "Les navires doublent de taille, le quai vieillit. La directrice du port explique "
            "pourquoi la ville doit choisir maintenant",
            "Propos recueillis par Claire Martin",
            "— Pourquoi ce nouveau terminal maintenant ?",
            "— Parce que les navires ont doublé de taille en dix ans, et que le quai actuel "
            "ne permet plus de les accueillir sans risque pour les équipages.",
        ),
        (
            "sv",
            "”Hamnen måste förändras” – hamnchefen om det nya färjeläget",
            "Fartygen blir större och kajen äldre. Hamnchefen berättar varför staden måste "
            "bestämma sig nu",
            "Intervju: Karin Berg",
            "– Varför bygger ni just nu?",
            "– Fartygen har blivit dubbelt så stora på tio år, och den gamla kajen klarar "
            "inte längre av att ta emot dem på ett säkert sätt för besättningarna.",
        ),
    ],
)
def test_an_interview_s_first_question_is_not_its_headline(
    lang, headline, dek, credit, question, answer
):
    lines = [headline, dek, "27.08.2026", credit, "", question, "", answer, "", *PROSE]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert question in article.body


def test_a_headline_with_a_dash_inside_is_kept():
    assert headline_flaw("Harbour board – the vote that changed the town", "en") is None
    assert headline_flaw("— Девятнадцать грамот за сезон — это много?", "ru") == (
        "a line of dialogue"
    )


@pytest.mark.parametrize(
    ("lang", "menu", "headline", "date", "body"),
    [
        (
            "th",
            ["ข่าวสดออนไลน์", "หน้าแรก", "ข่าว", "ภูมิภาค"],
            "อัปเดตน้ำท่วมลำปาง ระดับน้ำวังลดลงต่อเนื่อง ชาวบ้านเริ่มกลับเข้าบ้านพักอาศัย",
            "28 ก.ย. 2568 14:35 น.",
            [
                "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง รายงานว่า ขณะนี้มีพื้นที่ได้รับผล"
                "กระทบ 4 อำเภอ ประชาชนเดือดร้อนกว่า 8,000 ครัวเรือน ส่วนใหญ่อยู่ในอำเภอเมือง",
                "ผู้ว่าราชการจังหวัดลำปาง กล่าวว่า ได้สั่งการให้หน่วยงานเร่งฟื้นฟูพื้นที่ ทำความ"
                "สะอาดถนนและบ้านเรือน พร้อมตั้งจุดรับแจ้งความเสียหายเพื่อให้ความช่วยเหลือ",
            ],
        ),
        (
            "en",
            ["Harbourpost", "Home", "News", "Regions"],
            "Flood update: river levels keep falling as the first residents return home to the "
            "old town after a week of evacuations and closed roads along the valley",
            "28 September 2025, 2:35pm",
            PROSE,
        ),
    ],
)
def test_a_headline_read_as_a_dek_under_the_site_and_its_path(lang, menu, headline, date, body):
    article = parse_text("\n".join([*menu, headline, date, "Share", *body]), lang=lang)
    assert article.headline == headline
    assert article.dek is None


def test_a_dek_under_its_headline_stays_a_dek():
    dek = (
        "The board's vote ends two years of planning, and building work on the quay is due "
        "to begin in the autumn, officials said on Tuesday evening."
    )
    lines = ["Harbourpost", "News", HEADLINE, dek, "28 September 2025, 2:35pm", *PROSE]
    article = parse_text("\n".join(lines), lang="en")
    assert (article.headline, article.dek) == (HEADLINE, dek)


@pytest.mark.parametrize(
    ("lang", "headline", "credit", "question", "answer"),
    [
        (
            "es",
            "«El puerto debe cambiar o desaparecer»: entrevista con la directora del puerto",
            "Entrevista de Ana Ruiz",
            "P: ¿Por qué construir la terminal ahora?",
            "R: Porque los barcos han duplicado su tamaño en diez años y el muelle actual ya no "
            "puede recibirlos sin riesgo para las tripulaciones.",
        ),
        (
            "de",
            "»Der Hafen muss sich ändern oder verschwinden«: Interview mit der Hafenchefin",
            "Interview: Karin Berg",
            "Frage: Warum bauen Sie das Terminal gerade jetzt?",
            "Antwort: Weil sich die Schiffe in zehn Jahren verdoppelt haben und der alte Kai sie "
            "nicht mehr sicher aufnehmen kann.",
        ),
        (
            "pt",
            "«O porto tem de mudar ou desaparecer»: entrevista com a diretora do porto",
            "Entrevista de Rui Costa",
            "P: Porquê construir o terminal agora?",
            "R: Porque os navios duplicaram de tamanho em dez anos e o cais atual já não os "
            "consegue receber sem risco para as tripulações.",
        ),
    ],
)
def test_an_interview_s_labelled_first_question_is_not_its_headline(
    lang, headline, credit, question, answer
):
    article = parse_text("\n\n".join([headline, "03.03.2025", credit, question, answer]), lang)
    assert article.headline == headline
    assert article.body.startswith(question)


@pytest.mark.parametrize(
    "line",
    [
        "Q&A: why the new terminal matters to the town",
        "Pregunta del día: ¿debe cerrar la biblioteca?",
        "Frage der Woche: Wer zahlt für den neuen Hafen?",
    ],
)
def test_headlines_with_a_question_s_label_are_kept(line):
    assert headline_flaw(line, None) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2 घंटे पहले", "hi"),
        ("منذ ساعتين", "ar"),
        ("2時間前", "ja"),
        ("2 saat önce", "tr"),
        ("för 2 timmar sedan", "sv"),
        ("2 jam yang lalu", "id"),
    ],
)
def test_a_relative_time_in_any_language_is_no_headline(line, lang):
    assert headline_flaw(line, lang) == "a time"
    article = parse_text("\n\n".join([line, HEADLINE, *PROSE]), lang=lang)
    assert article.headline == HEADLINE


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Monday", "en"), ("Bundesrat billigt höheres Wohngeld", "de"), ("Rail strike live", "en")],
)
def test_words_that_are_no_relative_time(line, lang):
    assert headline_flaw(line, lang) != "a time"


@pytest.mark.parametrize(
    ("lang", "headline", "credit", "question", "answer"),
    [
        (
            "ja",
            "「港は変わるか消えるか」港湾局長に聞く新ターミナルの狙い",
            "聞き手・山田花子",
            "――なぜ今、新しいターミナルを建設するのですか？",
            "この十年で船の大きさが倍になり、今の岸壁では乗組員の安全を守りながら受け入れることが"
            "できなくなったからです。安全を最優先に考えました。",
        ),
        (
            "zh",
            "“港口要么改变，要么消失”：专访港务局局长谈新码头",
            "记者 王小明",
            "——为什么现在要建新码头？",
            "因为十年来船舶的尺寸翻了一番，现有的码头已经无法在保证船员安全的前提下接纳它们。"
            "我们把安全放在第一位。",
        ),
    ],
)
def test_an_interview_s_question_opened_by_a_dash_without_a_space(
    lang, headline, credit, question, answer
):
    text = "\n\n".join([headline, "2025年3月3日", credit, question, answer, answer])
    article = parse_text(text, lang)
    assert article.headline == headline
    assert article.body.startswith(question)


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        (f"{HEADLINE} | The Harbour Post", "en"),
        ("Hafenbehörde genehmigt neues Fährterminal nach zwei Jahren - Kieler Nachrichten", "de"),
        ("Le port approuve un nouveau terminal de ferry – Ouest-France – 04/03/2025", "fr"),
    ],
)
def test_the_page_s_title_over_the_headline_gives_way_to_it(title, lang):
    headline = title.split(" | ")[0].split(" - ")[0].split(" – ")[0]
    text = "\n\n".join([title, headline, "By Ann Lee", "March 4, 2025", *PROSE])
    assert parse_text(text, lang=lang).headline == headline


def test_a_headline_with_a_dash_and_no_repeat_is_kept():
    headline = "Bus and rail strike – what you need to know about Monday"
    text = "\n\n".join([headline, "By Ann Lee", "March 4, 2025", *PROSE])
    assert parse_text(text, lang="en").headline == headline


THAI_STORY = (
    "กรมเจ้าท่าประกาศอนุมัติแผนก่อสร้างท่าเรือเฟอร์รี่แห่งใหม่ ซึ่งจะเปิดให้บริการในปี 2570 "
    "และสามารถรองรับเรือได้พร้อมกันสามลำ พร้อมห้องพักผู้โดยสาร"
)


@pytest.mark.parametrize(
    "labels",
    [["ข่าวประชาสัมพันธ์", "เผยแพร่ทันที", "4 มีนาคม 2568"], ["ข่าวประชาสัมพันธ์", "4 มีนาคม 2568"]],
)
def test_an_unspaced_thai_headline_under_a_press_label_is_taken(labels):
    headline = "กรมเจ้าท่าอนุมัติก่อสร้างท่าเรือเฟอร์รี่แห่งใหม่"
    article = parse_text("\n".join([*labels, headline, THAI_STORY, THAI_STORY]), lang="th")
    assert article.headline == headline


def test_a_short_thai_word_under_a_press_label_is_not_taken_for_the_headline():
    lines = ["ข่าวประชาสัมพันธ์", "4 มีนาคม 2568", "ภูมิภาค", THAI_STORY, THAI_STORY]
    assert parse_text("\n".join(lines), lang="th").headline != "ภูมิภาค"


@pytest.mark.parametrize(
    "line",
    [
        "Communiqué de presse – Préfecture du Rhône",
        "Press release | City of Leeds",
        "Pressemitteilung - Stadt Freiburg im Breisgau",
        "Nota de prensa · Ayuntamiento de Málaga",
        "Comunicato stampa – Comune di Bologna",
        "Gemeente Utrecht | Persbericht",
        "Informacja prasowa – Urząd Miasta Gdańska",
    ],
)
def test_a_press_label_beside_its_issuer_is_no_headline(line):
    assert headline_flaw(line, None) == "a press release's label"


@pytest.mark.parametrize(
    "line",
    [
        # The part beside the label is a sentence or a headline's length: a headline.
        "Press release: council approves new ferry terminal after two years of talks",
        "Communiqué de presse – La préfecture place le Rhône en vigilance rouge canicule.",
        "Stadt Freiburg – Neue Radwege im Stadtteil Wiehre",
    ],
)
def test_a_headline_beside_a_press_label_or_an_issuer_is_kept(line):
    assert headline_flaw(line, None) != "a press release's label"


@pytest.mark.parametrize(
    ("lang", "label", "headline", "date", "source"),
    [
        (
            "fr",
            "Communiqué de presse – Préfecture du Rhône",
            "Canicule : le département du Rhône placé en vigilance rouge",
            "Mis à jour le 28/07/2026",
            "Préfecture du Rhône",
        ),
        (
            "en",
            "Media release | Tshwane City Council",
            "Harbour board approves new ferry terminal after two years",
            "Published 12 March 2025",
            "Tshwane City Council",
        ),
    ],
)
def test_a_press_label_with_its_issuer_under_the_headline_gives_way_to_it(
    lang, label, headline, date, source
):
    text = "\n\n".join(["Home > News", headline, label, date, *PROSE])
    article = parse_text(text, lang=lang)
    assert article.headline == headline
    # The issuer named beside the label issued the release.
    assert article.source == source


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Communiqué de presse – Préfecture du Rhône", "Préfecture du Rhône"),
        ("Gemeente Utrecht | Persbericht", "Gemeente Utrecht"),
        ("Media release | Tshwane City Council", "Tshwane City Council"),
        ("Communiqué de presse", None),
        ("Stadt Freiburg – Neue Radwege im Stadtteil Wiehre", None),
    ],
)
def test_the_issuer_beside_a_press_label(line, issuer):
    assert issuer_of_label(line) == issuer


AR_STORY = [
    "صوت المجلس البلدي يوم الثلاثاء على إغلاق المكتبة القديمة وافتتاح مكتبة جديدة في الربيع "
    "المقبل، بعد ثلاث سنوات من النقاش مع السكان.",
    "ومن المقرر أن تبدأ أعمال البناء في مارس، وستبقى المكتبة القديمة مفتوحة حتى الانتقال، "
    "بحسب ما قاله رئيس البلدية مساء الأربعاء.",
]
RU_STORY = [
    "Городской совет во вторник проголосовал за закрытие старой библиотеки и открытие новой "
    "следующей весной после трёх лет обсуждений с жителями района.",
    "Строительство нового здания начнётся в марте, а старая библиотека будет работать до "
    "переезда, сообщил мэр в среду вечером в своём заявлении.",
]


@pytest.mark.parametrize(
    ("lang", "path", "headline", "story"),
    [
        (
            "ar",
            "Arabic News Local Cairo",
            "إغلاق المكتبة القديمة بعد 80 عاما واختيار موقع جديد",
            AR_STORY,
        ),
        ("ru", "Russian News Kazan City", "Старая библиотека закроется после 80 лет", RU_STORY),
    ],
)
def test_a_path_in_latin_letters_is_not_taken_for_the_headline_of_another_script(
    lang, path, headline, story
):
    """The menu's word taken first gives way to the headline in the page's script, not to
    the site's path in English over it."""
    article = parse_text("\n".join(["Home", path, headline, "", *story]), lang=lang)
    assert article.headline == headline
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("PRESS RELEASE | Harbour board approves new ferry terminal after two years", "en"),
        (
            "PRESSEMITTEILUNG | Stadtrat beschließt den Bau einer neuen Bibliothek am Hafen",
            "de",
        ),
        ("Communiqué de presse : la bibliothèque fermera après 80 ans", "fr"),
        ("NOTA DE PRENSA – El ayuntamiento aprueba la nueva biblioteca del puerto", "es"),
        ("Informacja prasowa: Rada miasta wybrała nowe miejsce", "pl"),
    ],
)
def test_a_press_label_before_the_headline_on_its_line_is_its_kicker(line, lang):
    """A headline's length after the label (a few words there name the issuer)."""
    article = parse_text("\n\n".join([line, "12.03.2025", *PROSE]), lang=lang)
    label, rest = re.split(r"\s*(?:\||–|:)\s+", line, maxsplit=1)
    assert article.headline == rest
    assert article.kicker == label


@pytest.mark.parametrize(
    "line",
    [
        "Rail strike: what you need to know about Monday's walkout",
        "Release of hostages: talks resume in Geneva on Monday",
    ],
)
def test_a_headline_with_a_colon_after_other_words_keeps_them(line):
    article = parse_text("\n\n".join([line, "12.03.2025", *PROSE]), lang="en")
    assert article.headline == line


@pytest.mark.parametrize(
    ("lang", "issuer", "label", "headline", "body"),
    [
        (
            "kk",
            "«САМҰРЫҚ-ЭНЕРГО» АҚ",
            "БАСПАСӨЗ РЕЛИЗІ",
            "Екібастұз ГРЭС-2 станциясында үшінші энергоблок іске қосылды",
            "Астана, 2026 жылғы 18 қараша. Компания станциядағы қуаты 636 мегаватт болатын "
            "үшінші энергоблоктың пайдалануға берілгенін хабарлайды.",
        ),
        (
            "fr",
            "VILLE DE LYON",
            "COMMUNIQUÉ DE PRESSE",
            "La bibliothèque municipale fermera après quatre-vingts ans",
            "Lyon, le 3 mars 2026. La bibliothèque du quartier fermera ses portes au printemps, "
            "a annoncé la ville mardi, après des années de discussions avec les habitants.",
        ),
        (
            "de",
            "Stadtwerke Kiel",
            "Pressemitteilung",
            "Neues Heizkraftwerk geht im Winter ans Netz",
            "Kiel, 3. März 2026. Das neue Heizkraftwerk am Ostufer soll im Winter ans Netz gehen, "
            "teilten die Stadtwerke am Dienstag mit, nach drei Jahren Bauzeit.",
        ),
    ],
)
def test_the_issuer_over_the_release_s_label_is_not_the_headline(
    lang, issuer, label, headline, body
):
    article = parse_text("\n".join([issuer, label, headline, "", body, "", body]), lang=lang)
    assert article.headline == headline
    assert issuer not in article.body


def test_a_headline_over_a_press_label_under_it_stays():
    """A headline of many words over the label is the headline, not an issuer."""
    headline = "City of Leeds opens its new library after three years of building work"
    text = "\n".join([headline, "Press release", "", *PROSE])
    assert parse_text(text, lang="en").headline == headline


@pytest.mark.parametrize(
    ("lang", "lines", "headline"),
    [
        (
            "th",
            [
                "กินเที่ยวกับหมูอ้วน",
                "บันทึกการกิน การเที่ยว แบบบ้าน ๆ",
                "หน้าแรก",
                "ร้านอาหาร",
                "เที่ยวเหนือ",
                "เที่ยวทะเล",
                "ติดต่อ",
                "วันพุธที่ 15 มกราคม 2568",
                "ข้าวซอยร้านลับ ย่านวัดเกตุ เชียงใหม่ ที่คนท้องถิ่นต่อคิวตั้งแต่เจ็ดโมง",
                "โพสต์โดย หมูอ้วนตะลุยกิน",
                "สวัสดีครับเพื่อน ๆ ทริปเชียงใหม่รอบนี้ผมตั้งใจมาตามหาข้าวซอยร้านเล็ก ๆ "
                "ในซอยย่านวัดเกตุที่เพื่อนคนเชียงใหม่แนะนำมาว่าต้องไปให้ถึงก่อนเจ็ดโมงครึ่ง",
                "ผมไปถึงตอนเจ็ดโมงสิบห้า ปรากฏว่ามีคนรอคิวอยู่แล้วเกือบสิบคน ส่วนใหญ่เป็นคนในพื้นที่ที่แวะกินก่อนไปทำงาน",
            ],
            8,
        ),
        (
            "lo",
            [
                "ບລັອກກິນທ່ຽວ",
                "ບັນທຶກການກິນ ການທ່ຽວ ແບບບ້ານໆ",
                "ໜ້າຫຼັກ",
                "ຮ້ານອາຫານ",
                "ທ່ຽວພາກເໜືອ",
                "ທ່ຽວທະເລ",
                "ຕິດຕໍ່",
                "15 January 2025",
                "ເຝີຮ້ານລັບ ໃກ້ຕະຫຼາດເຊົ້າ ວຽງຈັນ ທີ່ຄົນທ້ອງຖິ່ນຕໍ່ແຖວແຕ່ເຈັດໂມງເຊົ້າທຸກວັນ",
                "By Moo Uan",
                "ສະບາຍດີໝູ່ໆ ທຣິບວຽງຈັນຮອບນີ້ຂ້ອຍຕັ້ງໃຈມາຊອກຫາຮ້ານເຝີນ້ອຍໆ "
                "ໃນຊອຍໃກ້ຕະຫຼາດເຊົ້າທີ່ໝູ່ຄົນວຽງຈັນແນະນຳວ່າຕ້ອງໄປໃຫ້ທັນກ່ອນເຈັດໂມງເຄິ່ງ",
                "ຂ້ອຍໄປຮອດຕອນເຈັດໂມງສິບຫ້າ ປາກົດວ່າມີຄົນລໍຖ້າຄິວຢູ່ແລ້ວເກືອບສິບຄົນ ສ່ວນຫຼາຍແມ່ນຄົນໃນພື້ນທີ່ທີ່ແວ່ກິນກ່ອນໄປເຮັດວຽກ",
            ],
            8,
        ),
    ],
)
def test_the_line_under_the_date_read_as_a_dek_under_a_menu_word_is_the_headline(
    lang, lines, headline
):
    """A blog's menu word taken over the date, its headline under the date read as a dek (a
    script without full stops reads it as a sentence): the dek is the headline, before the
    blog's tagline further up."""
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == lines[headline]
    assert lines[headline] not in article.body


@pytest.mark.parametrize(
    ("lang", "kicker", "headline", "dek", "credit", "question"),
    [
        (
            "nb",
            "FOLK",
            "– Jeg har bakt brød her i førti år uten én fridag",
            "Astrid Moen (71) stenger bakeriet i Røros etter fire tiår. Nå vil hun reise.",
            "Tekst: Ola Nordby",
            "Hvorfor begynte du å bake?",
        ),
        (
            "sv",
            "MÄNNISKOR",
            "– Vi har aldrig haft så många besökare på ön som i år",
            "Lena Holm (58) har drivit vandrarhemmet på Utö i tjugo somrar. Nu lämnar hon över.",
            "Text: Per Sandberg",
            "Hur började det?",
        ),
        (
            "da",
            "MENNESKER",
            "— Jeg har aldrig kedet mig en eneste dag på øen",
            "Karen Juul (66) har passet fyret på Anholt i tyve somre. Nu stopper hun.",
            "Tekst: Mads Lund",
            "Hvorfor blev du fyrpasser?",
        ),
    ],
)
def test_a_quotation_opened_by_a_dash_is_the_headline(
    lang, kicker, headline, dek, credit, question
):
    # The Nordic press opens a quoted headline with a dash; with no stop after it, it is no
    # line of an interview's dialogue.
    lines = [kicker, headline, dek, credit, "05.07.2025 14:20", "", question, "", *PROSE]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert headline_flaw(headline, lang) is None
    assert headline_flaw("– Hvorfor ble du fyrvokter?", lang) == "a line of dialogue"


@pytest.mark.parametrize(
    "line",
    [
        "سيارات متوقفة عند مدخل السوق القديم صباح السبت. (الأهرام)",
        "Spectators leave the stadium after the final whistle on Sunday. (Reuters)",
        "市議會昨日討論新的公車路線規劃。（本報資料照片）",
    ],
)
def test_a_sentence_closed_by_its_outlet_in_brackets_is_a_caption(line):
    assert headline_flaw(line, None) in ("a caption", "photo caption")


@pytest.mark.parametrize(
    ("site", "caption"),
    [
        ("ลำปางนิวส์", "สภาพน้ำท่วมในตัวเมืองลำปาง เมื่อเช้าวันที่ 3 ต.ค."),
        ("ข่าวเหนือ", "ชาวบ้านขนของหนีน้ำ เมื่อเช้าวันที่ 3 ต.ค."),
    ],
)
def test_the_site_s_name_over_its_menu_and_again_under_the_headline_is_not_it(site, caption):
    """<site> / <menu> / <path> / <headline> / <site> / <date> / <caption> / <prose>: the
    site's name taken for the headline stands again under it, the headline over that."""
    menu = ["หน้าแรก", "ข่าว", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา", "บันเทิง"]
    path = ["ไลฟ์สไตล์", "ข่าวภูมิภาค", "ข่าว", "ภูมิภาค"]
    headline = "น้ำท่วมลำปางขยายวงกว้าง 5 อำเภอ ผู้ว่าฯ สั่งปิดโรงเรียนชั่วคราวทุกแห่งในพื้นที่เสี่ยง"
    prose = [
        "เมื่อเวลา 07.00 น. วันที่ 3 ต.ค. 2569 สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง "
        "รายงานว่า ระดับน้ำในแม่น้ำวังเพิ่มสูงขึ้นต่อเนื่อง ทำให้น้ำท่วมขยายวงกว้างไปยัง 5 อำเภอ",
        "ผู้ว่าราชการจังหวัดลำปางได้สั่งการให้โรงเรียนในพื้นที่เสี่ยงปิดการเรียนการสอนชั่วคราว "
        "และให้หน่วยงานที่เกี่ยวข้องเตรียมพร้อมอพยพประชาชนตลอด 24 ชั่วโมง",
    ]
    lines = [site, *menu, *path, headline, site, "3 ต.ค. 2569 10:20 น.", caption, *prose]
    article = parse_text("\n".join(lines) + "\n", "th")
    assert article.headline == headline
    assert site not in article.body


@pytest.mark.parametrize(
    ("lang", "path", "headline", "byline", "prose"),
    [
        (
            "hi",
            "Hindi News › Rajasthan › Jaipur News › Heavy rain floods Jaipur roads schools shut",
            "जयपुर में भारी बारिश से सड़कें डूबीं, दो दिन स्कूल बंद रहेंगे",
            "Reported by: सुनील शर्मा Updated Sun, 12 Jul 2026 10:15 AM IST",
            "जयपुर में शनिवार रात से हो रही भारी बारिश के कारण शहर की कई प्रमुख सड़कों पर दो फीट तक "
            "पानी भर गया। जिला प्रशासन ने एहतियात के तौर पर सोमवार और मंगलवार को सभी स्कूल बंद "
            "रखने का आदेश दिया है।",
        ),
        (
            "el",
            "Home › Ellada › Athina › Metro line four will open in 2029 says minister",
            "Η γραμμή 4 του μετρό θα ανοίξει το 2029, λέει ο υπουργός",
            "Ελένη Παππά 12.07.2026, 10:15",
            "Η γραμμή 4 του μετρό της Αθήνας θα παραδοθεί το 2029, δήλωσε την Κυριακή ο υπουργός "
            "Υποδομών, εξηγώντας ότι οι εργασίες στους σταθμούς του κέντρου καθυστέρησαν λόγω "
            "αρχαιολογικών ευρημάτων.",
        ),
    ],
)
def test_the_site_s_path_in_latin_letters_over_the_headline_is_not_the_headline(
    lang, path, headline, byline, prose
):
    text = "\n".join([path, headline, byline, prose, prose]) + "\n"
    assert parse_text(text, lang).headline == headline


def test_a_writer_s_card_with_its_follow_button_is_not_the_headline():
    # An Indonesian blog platform's page: the writer's name, bio and "Ikuti" (Follow) over
    # the post's title.
    headline = "Perpustakaan kecil di lorong kami: satu rak, seratus dua puluh buku"
    text = "\n".join(
        [
            "Tulisan",
            "Cari",
            "Masuk",
            "",
            "Dimas Pratama",
            "Catatan tentang kota, buku, dan orang-orang di dalamnya",
            "Ikuti",
            "",
            headline,
            "6 November 2025",
            "4 menit baca",
            "",
            "Tiga bulan lalu saya menaruh rak kayu tua yang hendak dibuang tetangga lantai dua "
            "di pintu masuk gedung, lalu meletakkan beberapa buku di atasnya.",
            "",
            "Hari ini ada seratus dua puluh buku di rak itu, dari novel saku lama sampai buku "
            "anak-anak, dan setiap minggu datang buku baru.",
        ]
    )
    assert parse_text(text, lang="id").headline == headline


def test_a_sentence_asking_to_follow_stays_prose():
    from tearsheet import zones

    line = "Ikuti saja jalan setapak itu sampai ke sungai, kata penjaga perpustakaan kepada kami."
    assert zones.clutter_of(line) is None
