"""The headline under the date line, or over it (tearsheet.underheadlines): which of the
title lines around the date is the article's."""

from __future__ import annotations

import pytest

from tearsheet.headblock import read_header
from tearsheet.headlines import headline_flaw
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft
from tearsheet.underheadlines import is_bracket_credited, is_caption

JA = (
    "環境省及び気象庁は、本年も熱中症特別警戒アラートの運用を行っています。本日、全国で初めて、"
    "九州北部地方を対象に熱中症特別警戒アラートを発表しました。"
)
EN = (
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks with residents."
)
DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu schließen und im "
    "nächsten Frühjahr eine neue zu eröffnen, nach drei Jahren Gesprächen mit Anwohnern."
)


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        # A ministry's release: its label, headline, date in the era's years, the office.
        (
            "ja",
            [
                "報道発表資料",
                "熱中症特別警戒アラートの運用について（お知らせ）",
                "令和7年7月15日",
                "環境省大臣官房環境保健部",
                JA,
            ],
            "熱中症特別警戒アラートの運用について（お知らせ）",
        ),
        # An office's line under the date, not half the headline's length.
        (
            "en",
            [
                "Council agrees to close the old library next spring and open a larger one by "
                "the harbour",
                "3 March 2025",
                "Department for Culture, Media and Sport",
                EN,
            ],
            "Council agrees to close the old library next spring and open a larger one by "
            "the harbour",
        ),
    ],
)
def test_the_headline_over_the_date_outranks_a_short_line_under_it(lang, blocks, headline):
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.headline == headline
    assert blocks[start] == blocks[-1]


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        # A blog's tagline over the date, the post's title under it.
        (
            "en",
            [
                "Notes from a small kitchen in Leeds",
                "Thursday, 2 November 2023",
                "Tamales for the Day of the Dead",
                EN,
            ],
            "Tamales for the Day of the Dead",
        ),
        # A section's label over the date, the headline under it.
        ("de", ["Verkehr", "14.04.2025 – 11:23 Uhr", "Neue Brücke über den Neckar", DE], None),
    ],
)
def test_a_headline_under_the_date_is_still_taken(lang, blocks, headline):
    draft = Draft(lang=lang)
    read_header(blocks, 0, draft)
    assert draft.headline == (headline or blocks[2])


@pytest.mark.parametrize(
    ("lang", "salutation"),
    [
        ("id", "Selamat pagi, pembaca Kabar Pagi!"),
        ("de", "Liebe Leserinnen und Leser,"),
        ("en", "Good morning, harbour readers!"),
    ],
)
def test_a_salutation_under_the_byline_opens_the_body(lang, salutation):
    headline = "Council agrees to close the old library and open a larger one next spring"
    blocks = [headline, "By Dewi Anggraini · 20 February 2025", salutation, EN, DE]
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.headline == headline
    assert blocks[start] == salutation


@pytest.mark.parametrize(
    ("lang", "headline", "date", "name", "caption", "story"),
    [
        (
            "ja",
            "港湾局、新フェリーターミナルを2年越しで承認",
            "2025年3月4日 15時05分",
            "山田花子",
            "火曜朝の旧ターミナル（写真：田中太郎）",
            JA,
        ),
        (
            "ar",
            "هيئة الميناء توافق على محطة عبارات جديدة بعد عامين",
            "4 مارس 2025، 15:05",
            "أحمد علي",
            "المحطة القديمة صباح الثلاثاء. تصوير: توم بيرغ",
            "وافقت هيئة الميناء يوم الثلاثاء على إنشاء محطة العبارات الجديدة بعد عامين من "
            "التخطيط، ومن المقرر أن تبدأ أعمال البناء في الخريف، بحسب مسؤولين.",
        ),
        (
            "zh",
            "港务局历时两年批准新建轮渡码头",
            "2025-03-04 15:05",
            "王小明",
            "周二上午的旧码头。（摄影：李华）",
            "港务局周二在经过两年的规划后批准新建轮渡码头，有关负责人表示，工程预计今年秋季开工。"
            "根据上周公布的规划，新码头可同时停靠三艘船。",
        ),
    ],
)
def test_a_credited_caption_under_the_writer_s_name_is_no_headline(
    lang, headline, date, name, caption, story
):
    menu = ["Home", "News", "World", "Sport", "Culture"]
    draft = Draft(lang=lang)
    blocks = [*menu, headline, date, name, caption, story, story]
    read_header(blocks, 5, draft)
    assert draft.headline == headline


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Helen Housby shot 11 from 12 in the final two quarters.(AAP: Dean Lewins)", True),
        ("Crowds gathered outside the court on Monday. (Reuters: Jo Li)", True),
        ("Le public devant le tribunal lundi. (AFP : Jean Dupont)", True),
        ("Die neue Wasserrutsche ist noch nicht freigegeben. © Jana Wiesemann", True),
        ("Les bénévoles sur le chantier samedi matin. © Pierre Lambert", True),
        ("周二清晨的旧码头。（记者 李华 摄）", True),
        ("火曜朝の旧ターミナル（田中太郎撮影）", True),
        ("부산항 전경 (사진=연합뉴스)", True),
        ("港务局批准新建轮渡码头（图）", False),
        ("摄影师的故事（上）", False),
        # A headline with a bracketed note and no sentence before it stays a headline.
        ("Rail strike: what you need to know (Update: 5pm)", False),
        ("Swifts stun Vixens in extra time", False),
    ],
)
def test_a_caption_closed_by_its_source_s_credit_in_brackets(line, caption):
    from tearsheet.underheadlines import is_caption

    assert is_caption(line) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Vista de la presa del embalse de Iznájar, en una imagen de archivo. EFE/Salas", True),
        ("Marcel Favre dans son atelier, en 2019. Photo archives Gazette/Jean-Luc Bailly", True),
        ("Die Kläranlage in Hannover am Montag. Foto: dpa/Julian Stratenschulte", True),
        ("The president speaks in the Rose Garden on Tuesday. REUTERS/Kevin Lamarque", True),
        ("Il presidente al Quirinale durante la cerimonia. ANSA/ETTORE FERRARI", True),
        ("O ministro em Lisboa, na segunda-feira. Lusa/Tiago Petinga", True),
        ("Stary terminal we wtorek rano. Fot. Jan Kowalski / Agencja Wyborcza.pl", True),
        ("Suasana terminal lama pada Selasa pagi. ANTARA FOTO/Budi Santoso", True),
        # The photographer's name alone after the slash.
        ("Vista aérea de la dársena, donde se ganará terreno al mar. / Lobo Altuna", True),
        ("Le port de Brest au petit matin, mardi. / Jean Dupont", True),
        # The photographer's or the paper's initials after the slash.
        ("La apicultora junto a sus colmenas de Casar de Palomero. / J.M.G.", True),
        ("Il sindaco davanti al cantiere del nuovo ponte, martedì. / A.B.", True),
        ("Rents rose in March. / Prices fell.", False),
        ("Rents rose again in March. / and fell in April", False),
        ("Prices rose. Shops/Cafés Close Early.", False),
        # A headline that goes on after a full stop names no photographer after its slash.
        ("Inflation hits 5% in March. Fed/ECB respond", False),
        ("Shares fall 5%. Investors/traders flee", False),
        ("Sklep otwarty 24/7 od poniedziałku", False),
        ("EFE/Salas", False),
        # The outlet and photographer in brackets after the sentence, or a Korean paper's
        # photographer ("이름 기자") after it.
        ("Warga antre beras di Pasar Induk, Senin (3/3/2025).(ANTARA/Rina Wulandari)", True),
        ("Ferries wait at the old quay on Monday morning. (Reuters/Ann Lee)", True),
        ("시민들이 지난 3일 서울역 광장에서 열차를 기다리고 있다. 김민준 기자", True),
        ("Wages rise (and prices/rents too)", False),
        ("기자들이 본 올해의 10대 뉴스", False),
    ],
)
def test_a_caption_closed_by_an_agency_s_credit_and_its_photographer(line, caption):
    """ "… en una imagen de archivo. EFE/Salas": a sentence, then the agency or paper and
    its photographer's name after a slash, is a picture's caption."""
    from tearsheet.headlines import headline_flaw
    from tearsheet.underheadlines import is_caption

    assert is_caption(line) is caption
    if caption:
        assert headline_flaw(line, None) in ("a caption", "photo caption")


@pytest.mark.parametrize(
    ("lang", "headline", "date", "caption", "story"),
    [
        (
            "es",
            "Los embalses andaluces cierran el verano al 23 % de su capacidad",
            "29 de septiembre de 2026 | 13:48 CEST",
            "Vista de la presa del embalse de Iznájar, en una imagen de archivo. EFE/Salas",
            "Sevilla, 29 sep (EFE).- Los embalses de Andalucía cierran el verano hidrológico al 23 "
            "% de su capacidad, cuatro puntos por debajo del año anterior, según la Junta.",
        ),
        (
            "fr",
            "Disparition de Marcel Favre, le luthier de Mirecourt",
            "Le 27 juillet 2026 à 06:00",
            "Marcel Favre dans son atelier, en 2019. Photo archives Gazette/Jean-Luc Bailly",
            "Il avait gardé jusqu'au bout son tablier de cuir et ses lunettes en demi-lune. Marcel "
            "Favre, luthier installé à Mirecourt depuis 1961, est décédé jeudi à l'âge de 91 ans.",
        ),
        (
            "de",
            "Kläranlage Herrenhausen wird für 40 Millionen Euro erweitert",
            "04.05.2026, 07:30 Uhr",
            "Die Kläranlage in Hannover am Montag. Foto: dpa/Julian Stratenschulte",
            "Die Stadt Hannover erweitert ihre größte Kläranlage für rund 40 Millionen Euro, wie "
            "der Rat am Montag nach langer Debatte mit großer Mehrheit beschlossen hat.",
        ),
    ],
)
def test_a_slash_credited_caption_under_the_date_is_no_headline(
    lang, headline, date, caption, story
):
    draft = Draft(lang=lang)
    blocks = ["Inicio", "Nachrichten", "Sección", headline, date, caption, story, story]
    read_header(blocks, 3, draft)
    assert draft.headline == headline


@pytest.mark.parametrize(
    ("lang", "label", "date", "headline", "dek", "story"),
    [
        (
            "de",
            "Pressemitteilung Nr. 45/2026",
            "Kiel, 03.03.2026",
            "Hafenrat genehmigt neues Fährterminal",
            "Neubau soll 2028 in Betrieb gehen",
            DE,
        ),
        (
            "en",
            "Media release",
            "3 March 2026",
            "Council approves new library",
            "Doors to open in 2028",
            EN,
        ),
    ],
)
def test_a_short_headline_over_a_shorter_dek_under_the_date(
    lang, label, date, headline, dek, story
):
    """Two title lines under the date, the first no longer than the second: a headline of
    few words and its dek, not a kicker over the headline."""
    draft = Draft(lang=lang)
    read_header([label, date, headline, dek, story, story], 0, draft)
    assert draft.headline == headline
    assert draft.dek == dek


def test_a_section_label_over_a_longer_headline_under_the_date_is_its_kicker():
    draft = Draft(lang="de")
    headline = "Zehntausende Anträge auf Wohngeld bleiben in den Ämtern liegen"
    read_header(["14.04.2025 – 11:23 Uhr", "Verkehr", headline, DE, DE], 0, draft)
    assert draft.headline == headline
    assert draft.kicker == "Verkehr"


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Vista aérea de la terminal de Guixar. M.MORALEJO", True),
        ("Mieszkańcy czekają na pociąg na dworcu w Krakowie. PAP", True),
        ("Les manifestants devant la préfecture de Lyon. JEAN-PHILIPPE KSIAZEK", True),
        ("Storm hits the coast again. Thousands without power", False),
        ("Inflation hits 5%. ECB", False),
        ("EU AND UK AGREE. NEW DEAL", False),
    ],
)
def test_a_sentence_closed_by_a_credit_in_capitals(line, credited):
    from tearsheet.underheadlines import is_capitals_credited

    assert is_capitals_credited(line) is credited


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("KOMPAS/HENDRA A SETYAWAN", True),
        ("REUTERS/Kevin Lamarque", True),
        ("ANTARA FOTO/Aditya Pradana Putra", True),
        ("Foto: Margus Muld/ERR", True),
        ("EU/UK talks stall", False),
        ("Inflation/ECB respond", False),
        ("Kelas menengah menahan belanja", False),
    ],
)
def test_a_picture_s_credit_alone_on_its_line(line, credit):
    from tearsheet.underheadlines import is_picture_credit

    assert is_picture_credit(line) is credit


@pytest.mark.parametrize(
    ("lang", "header", "caption", "credit", "story"),
    [
        (
            "id",
            [
                "Kelas Menengah Menahan Belanja, Ekonomi Kehilangan Mesin Utamanya",
                "Oleh",
                "Rina Hartati",
                "Senin, 10 Maret 2025",
            ],
            "Pengunjung memadati pusat perbelanjaan di Jakarta Selatan, Minggu (9/3/2025).",
            "KOMPAS/HENDRA A SETYAWAN",
            "Di permukaan, pusat-pusat perbelanjaan di Jakarta masih ramai setiap akhir pekan. "
            "Namun, data menunjukkan cerita yang berbeda: Badan Pusat Statistik mencatat "
            "konsumsi rumah tangga tumbuh di bawah lima persen selama tiga triwulan.",
        ),
        (
            "en",
            ["Rents rise for the fifth month in a row", "By Jane Doe", "March 3, 2025"],
            "Tenants queue outside the housing office on Monday.",
            "REUTERS/Kevin Lamarque",
            "Rents in the capital rose for the fifth month in a row in February, the statistics "
            "office said on Tuesday, as the shortage of flats grew worse.",
        ),
        (
            "pt",
            ["Governo aprova novo terminal de ferry em Lisboa", "Por Ana Lima", "3 mar 2025"],
            "O velho terminal ao amanhecer de terça-feira.",
            "LUSA/Tiago Petinga",
            "O Governo aprovou na terça-feira o novo terminal de ferry de Lisboa, depois de dois "
            "anos de planeamento, e as obras começam no outono, disseram os responsáveis.",
        ),
    ],
)
def test_a_caption_over_its_credit_under_the_header_is_not_the_body_s(
    lang, header, caption, credit, story
):
    """A photo's caption with its credit on the next line, right under the date: both go
    with the header, the story opens under them."""
    from tearsheet.plaintext import parse_text

    article = parse_text("\n\n".join([*header, caption, credit, story]), lang=lang)
    assert article.headline == header[0]
    assert article.body.split("\n\n")[0].startswith(story[:40])
    assert credit not in article.body


@pytest.mark.parametrize("credit", ["Foto: Ana Lima", "REUTERS/Kevin Lamarque"])
def test_the_first_paragraph_over_a_credit_stays_the_body_s(credit):
    """Over a labelled credit ("Foto: Ana Lima") the line under the date may be the story's
    short first paragraph, an uncaptioned picture under it; over an agency's credit, a line
    as long as the paragraph under it: it stays."""
    from tearsheet.plaintext import parse_text

    first = (
        "The harbour board approved the new ferry terminal on Tuesday after two years of "
        "planning, officials said."
    )
    later = (
        "The terminal will have room for three ships at once and a covered waiting hall, "
        "according to the plans."
    )
    header = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]
    article = parse_text("\n\n".join([*header, first, credit, later]), lang="en")
    assert article.body.split("\n\n")[0] == first


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        (
            "Košice spustia pilotný projekt zdieľaných elektrických",
            "kolobežiek v troch častiach",
            True,
        ),
        ("The city will open a new ferry terminal for", "passengers and cars next spring", True),
        ("La ville ouvrira un nouveau terminal pour les", "passagers au printemps prochain", True),
        # An address under an issuer's name, a headline ended, a dek with a capital.
        ("Miejskie Przedsiębiorstwo Komunikacyjne w Krakowie", "ul. Jana Brożka 3, Kraków", False),
        ("New ferry terminal approved.", "passengers will wait less", False),
        ("Stadt eröffnet neues Fährterminal", "Der Bau soll 2028 beginnen", False),
        ("Город откроет новый паромный терминал для", "пассажиров следующей весной", True),
        # A line does not wrap into another script: a menu line over a writer's handle.
        ("Как стать автором", "dkorovin", False),
    ],
)
def test_a_headline_wrapped_onto_the_next_line(line, following, joined):
    from tearsheet.underheadlines import continues_line

    assert continues_line(line, following) is joined


@pytest.mark.parametrize(
    ("lang", "header", "first", "second", "story"),
    [
        (
            "sk",
            [
                "TLAČOVÁ SPRÁVA",
                "Mesto Košice\nOddelenie komunikácie\nTr. SNP 48/A, 040 11 Košice",
                "Košice 15. apríla 2025",
            ],
            "Košice spustia pilotný projekt zdieľaných elektrických",
            "kolobežiek v troch mestských častiach",
            "Mesto Košice od 1. mája spúšťa šesťmesačný pilotný projekt zdieľaných elektrických "
            "kolobežiek. Do skúšobnej prevádzky sa zapojí 300 kolobežiek dvoch prevádzkovateľov.",
        ),
        (
            "en",
            [
                "PRESS RELEASE",
                "City of Harbourton\nCommunications Office\n12 Quay Street, Harbourton",
                "15 April 2025",
            ],
            "Harbourton starts a pilot of shared electric scooters in",
            "three districts of the city",
            "The city of Harbourton will start a six-month pilot of shared electric scooters on "
            "1 May, with 300 scooters from two operators in three districts.",
        ),
    ],
)
def test_a_release_s_headline_wrapped_under_its_date_is_one_headline(
    lang, header, first, second, story
):
    from tearsheet.plaintext import parse_text

    more = {
        "sk": "Pilotný projekt má overiť, či zdieľané kolobežky dokážu doplniť mestskú hromadnú "
        "dopravu na krátkych trasách a nespôsobia problémy s parkovaním.",
        "en": "The pilot is meant to show whether shared scooters can serve short trips next to "
        "the buses without blocking the pavements, the city said.",
    }[lang]
    text = "\n\n".join([*header, f"{first}\n{second}", story, more])
    article = parse_text(text, lang=lang)
    assert article.headline == f"{first} {second}"
    assert article.body.split("\n\n")[0] == story


@pytest.mark.parametrize(
    ("lang", "headline", "date", "caption", "story"),
    [
        (
            "sw",
            "Coastal Union yaibana Tabora United Mkwakwani, Juma Ali apiga hat-trick",
            "Jumapili, Machi 23, 2025",
            "Mshambuliaji wa Coastal Union, Juma Ali akishangilia moja ya mabao yake. Picha na "
            "Maktaba",
            "Mshambuliaji Juma Ali amefunga mabao matatu na kuisaidia Coastal Union kuichapa "
            "Tabora United mabao 3-1 katika mchezo wa Ligi Kuu uliochezwa jana.",
        ),
        (
            "es",
            "Ferreiro rescata al Sporting en el último minuto y se lleva el derbi asturiano",
            "Domingo, 9 marzo 2025 - 21:58",
            "Ferreiro celebra el 2-1 ante la grada de El Molinón. LaLiga",
            "El Molinón vivió una de esas noches que se recuerdan durante años, con el partido "
            "abocado al empate hasta el minuto 89.",
        ),
        (
            "en",
            "Coastal Union beat Tabora United as Juma Ali scores a hat-trick at Mkwakwani",
            "Sunday, March 23, 2025",
            "Coastal Union striker Juma Ali celebrates one of his goals. Photo Library",
            "Juma Ali scored three goals to help Coastal Union beat Tabora United 3-1 in the "
            "league match played at Mkwakwani stadium yesterday.",
        ),
    ],
)
def test_a_caption_credited_after_its_sentence_under_the_date_is_no_headline(
    lang, headline, date, caption, story
):
    """ "… moja ya mabao yake. Picha na Maktaba": a caption's sentence and its credit of a
    few words, under the date; the headline over the date stays."""
    draft = Draft(lang=lang)
    body = read_header([headline, date, caption, story, story], 0, draft)
    assert draft.headline == headline
    assert body == 3


def test_a_headline_under_the_date_running_on_after_its_full_stop_is_kept():
    """A headline's second sentence is longer than a credit: the line stays a headline."""
    from tearsheet.underheadlines import _is_tail_credited

    assert not _is_tail_credited(
        "Inflace zpomalila, ale potraviny ne. Proč vás nákup stojí víc, než ukazuje statistika"
    )
    assert not _is_tail_credited("Prices rose. The central bank meets on Thursday to decide.")
    assert _is_tail_credited("Ferreiro celebra el 2-1 ante la grada de El Molinón. LaLiga")


@pytest.mark.parametrize(
    ("lang", "label", "date", "headline", "buttons", "story"),
    [
        (
            "pl",
            "Informacje prasowe",
            "02.04.2025",
            "Polfarm otwiera w Łodzi centrum badawczo-rozwojowe za 120 mln zł",
            ["Pobierz PDF", "Udostępnij"],
            "Łódź, 2 kwietnia 2025 r. – Polfarm S.A., jeden z największych polskich producentów "
            "leków, otworzył w Łodzi nowe centrum badawczo-rozwojowe.",
        ),
        (
            "en",
            "Press releases",
            "2 April 2025",
            "Harbour board opens a new research centre for 120 million pounds",
            ["Download PDF", "Share"],
            "The harbour board opened its new research centre on Wednesday, the largest project "
            "in its history, with room for two hundred scientists.",
        ),
        (
            "de",
            "Pressemitteilungen",
            "02.04.2025",
            "Hafenbetrieb eröffnet neues Forschungszentrum für 120 Millionen Euro",
            ["PDF herunterladen", "Teilen"],
            "Der Hafenbetrieb hat am Mittwoch sein neues Forschungszentrum eröffnet, das größte "
            "Vorhaben seiner Geschichte, mit Platz für zweihundert Forschende.",
        ),
    ],
)
def test_a_release_s_headline_under_its_label_and_date_over_its_buttons(
    lang, label, date, headline, buttons, story
):
    """ "Informacje prasowe / 02.04.2025 / <headline> / Pobierz PDF / Udostępnij / <prose>":
    the label over the date is the kicker, the line under it the headline."""
    draft = Draft(lang=lang)
    read_header([label, date, headline, *buttons, story, story], 0, draft)
    assert draft.headline == headline
    assert draft.kicker == label


def test_a_first_paragraph_ending_with_no_stop_is_no_caption_with_its_credit():
    from tearsheet.plaintext import parse_text

    first = (
        "The city council approved the new tram line on Tuesday after a long debate that "
        "lasted six hours and saw hundreds of protesters outside the town hall. Work starts in May"
    )
    text = (
        "Council approves new tram line for the city centre\n\nBy Jane Doe\n\n12 March 2025\n\n"
        f"{first}\n\n"
        "The line will run from the station to the university and is expected to carry "
        "20,000 passengers a day when it opens in 2028, officials said.\n\n"
        "Opponents said the cost of 400 million euros was too high and that buses would "
        "have been a cheaper option for the city and its residents.\n"
    )
    assert parse_text(text, "en").body.startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "حقول القمح في دلتا النيل قبل الحصاد (أرشيفية - رويترز)",
        "Ein Containerschiff im Hamburger Hafen (Archivbild: dpa)",
        "Des manifestants devant la préfecture (photo d'archives AFP)",
        "Паром у причала на Ладоге (архивное фото - ТАСС)",
        "A lorry queue at the border crossing (archive - Reuters)",
    ],
)
def test_a_caption_closed_by_an_archive_note_is_a_caption(line):
    from tearsheet.underheadlines import is_caption

    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Opening the archive (2024 edition)",
        "Städtisches Archiv zieht um",
        "Why the national archive (and its readers) need more room",
    ],
)
def test_a_headline_naming_an_archive_is_no_caption(line):
    from tearsheet.underheadlines import is_caption

    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "سيارات متوقفة عند مدخل السوق القديم صباح السبت. (الأهرام)",
        "Feuerwehrleute löschen am Morgen die Reste des Brandes. (Stadtanzeiger)",
        "市議會昨日討論新的公車路線規劃。（本報資料照片）",
        "Turistas hacen cola ante el museo este domingo. (El Comercio)",
    ],
)
def test_a_caption_closed_by_the_outlet_in_brackets_is_a_caption(line):
    from tearsheet.underheadlines import is_bracket_credited, is_caption

    assert is_bracket_credited(line)
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour fees to rise (Reuters)",
        "Who pays for the new bridge? (Part two)",
        "新公車路線（圖）",
        "Bürgermeister tritt zurück (Update)",
    ],
)
def test_a_headline_closed_by_a_bracket_is_no_bracket_credited_caption(line):
    from tearsheet.underheadlines import is_bracket_credited

    assert not is_bracket_credited(line)


def test_a_caption_credited_in_brackets_under_the_date_is_not_the_headline():
    from tearsheet.plaintext import parse_text

    text = (
        "市府宣布明年起公車票價不調漲 月票維持1200元\n\n"
        "2026/10/14 09:30\n\n"
        "市長在記者會上說明公車政策。（本報資料照片）\n\n"
        "市政府今天宣布，明年起市區公車票價維持不變，月票價格也將維持新台幣1200元，"
        "以減輕通勤族的負擔。交通局長表示，票價凍漲所需經費將由市府預算支應。\n\n"
        "交通局指出，今年公車運量較去年成長約6%，通勤族使用月票的比例也持續增加。\n"
    )
    assert parse_text(text, "zh").headline == "市府宣布明年起公車票價不調漲 月票維持1200元"


@pytest.mark.parametrize(
    ("lang", "headline", "lead"),
    [
        (
            "ms",
            "Harga minyak dunia naik selepas pengeluar kurangkan pengeluaran",
            "Harga minyak naik dua peratus hari ini selepas pengeluar bersetuju mengurangkan "
            "pengeluaran. (Bernama)",
        ),
        (
            "id",
            "Harga minyak dunia naik setelah produsen memangkas produksi",
            "Harga minyak naik dua persen hari ini setelah para produsen sepakat memangkas "
            "produksi. (ANTARA)",
        ),
    ],
)
def test_a_wire_story_s_lead_closed_by_its_agency_in_brackets_is_no_caption(lang, headline, lead):
    """ "… pengeluaran. (Bernama)": a wire agency's name alone in brackets closes the story's
    own lead as often as a caption; the lead is not dropped with the captions."""
    assert not is_caption(lead)
    assert headline_flaw(lead, lang) is not None  # a credited sentence, still no headline
    story = [
        lead,
        "Penganalisis berkata harga mungkin terus meningkat dalam beberapa minggu akan datang "
        "jika permintaan kekal kukuh dari Asia.",
        "Harga minyak jatuh bulan lepas kerana kebimbangan ekonomi global.",
    ]
    article = parse_text("\n\n".join([headline, "12.03.2026", *story]), lang=lang)
    assert lead not in [text for _rule, text in article.removed]


def test_a_caption_closed_by_its_paper_s_name_in_brackets_is_credited() -> None:
    assert is_bracket_credited("Spectators leave the stadium after the final whistle. (Reuters)")
    assert is_bracket_credited("ارتفعت أسعار النفط اليوم بعد قرار خفض الإنتاج في الرياض. (عكاظ)")


def test_label_over_a_mailed_release_stays_among_the_removed_lines() -> None:
    """ "PERSBERICHT" over "Datum: …", "Nummer: …", "Onderwerp: …": the headline under the
    fields replaces it as the kicker, and the label is kept among the removed lines, where
    the release's issuer is looked for."""
    text = (
        "Gemeente Oosterhaven\nPostbus 1200\n7940 KA Oosterhaven\nwww.oosterhaven.nl\n\n"
        "PERSBERICHT\nDatum: 14 oktober 2025\nNummer: 2025-118\n"
        "Onderwerp: warmtenet Kloosterwijk\n\n"
        "Kloosterwijk als eerste wijk van het gas af\n\n"
        "Alle 1.150 woningen in de wijk Kloosterwijk worden de komende vier jaar aangesloten op "
        "een warmtenet. Dat heeft het college van burgemeester en wethouders dinsdag besloten.\n\n"
        "In november organiseert de gemeente drie informatieavonden in buurthuis De "
        "Kloostertuin. Alle bewoners krijgen daarover deze week een brief.\n"
    )
    article = parse_text(text, lang="nl")
    assert ("page furniture above the headline", "PERSBERICHT") in article.removed
    assert article.source == "Gemeente Oosterhaven"
