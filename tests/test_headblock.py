"""The headline block of copied text (tearsheet.headblock): the writer's name over a place
line over the date."""

from __future__ import annotations

import pytest

from tearsheet.headblock import read_header
from tearsheet.recognise import Draft

BN = "সিটি কাউন্সিল মঙ্গলবার পুরোনো গ্রন্থাগার বন্ধ করে আগামী বসন্তে নতুন গ্রন্থাগার খোলার পক্ষে ভোট দিয়েছে, বাসিন্দাদের সঙ্গে তিন বছরের আলোচনার পর।"
EN = (
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks with residents."
)


@pytest.mark.parametrize(
    ("lang", "blocks", "names", "headline"),
    [
        (
            "bn",
            ["পুরোনো গ্রন্থাগার ৮০ বছর পর বন্ধ", "রহিম উদ্দিন", "ঢাকা", "প্রকাশ: ০৩ মার্চ ২০২৫, ১০:০০", BN],
            ["রহিম উদ্দিন"],
            "পুরোনো গ্রন্থাগার ৮০ বছর পর বন্ধ",
        ),
        (
            "en",
            ["Library to close after 80 years", "Sunil Sharma", "Jaipur", "March 3, 2025", EN],
            ["Sunil Sharma"],
            "Library to close after 80 years",
        ),
    ],
)
def test_the_name_over_its_place_over_the_date(
    lang: str, blocks: list[str], names: list[str], headline: str
) -> None:
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.byline == names
    assert draft.headline == headline
    assert blocks[start] == blocks[-1]


def test_a_headline_over_a_section_over_the_date_names_no_writer() -> None:
    blocks = [
        "Library to close after 80 years",
        "The old building",
        "Politics",
        "March 3, 2025",
        EN,
    ]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("lang", "series", "headline"),
    [
        (
            "ko",
            "[주말기획] 바다를 지키는 사람들 ①",
            '일흔에도 바다에 드는 제주 해녀들, "물질은 몸이 기억한다"',
        ),
        ("ja", "連載・港町の未来（上）", "人口減少が続く港町で、若い漁師たちが新しい市場を開いた"),
        ("zh", "系列报道〈3〉", "老城区图书馆将在明年春天迁入新馆，藏书增加一倍"),
    ],
)
def test_a_series_name_over_the_headline_is_its_kicker(lang, series, headline):
    blocks = [series, headline, "2025.06.21 06:00", EN]
    draft = Draft(lang=lang)
    read_header(blocks, 0, draft)
    assert (draft.kicker, draft.headline) == (series, headline)


def test_a_tagged_headline_over_its_dek_stays_the_headline():
    headline = "[단독] 제주 해녀학교 졸업생 절반은 육지 출신"
    dek = "평균 연령 70.2세… 10년 새 해녀 수 30% 줄어, 젊은 해녀 양성 위한 해녀학교에 지원자 몰려"
    draft = Draft(lang="ko")
    read_header([headline, dek, "2025.06.21 06:00", EN], 0, draft)
    assert draft.headline == headline


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("hi", "दिल्ली में तेज धूप से बचने के लिए छाते का सहारा लेती महिलाएं (फाइल फोटो)"),
        ("en", "Commuters shelter from the sun outside the old library (AP Photo/Jane Doe)"),
        ("es", "Vecinos frente a la antigua biblioteca de la ciudad (Foto de archivo)"),
        ("ru", "Жители у старой библиотеки во вторник утром (фото из архива)"),
    ],
)
def test_a_caption_closed_by_a_picture_s_note_under_the_date_is_no_headline(lang, caption):
    headline = "Council agrees to close the old library and open a larger one by the harbour"
    blocks = [headline, "PTI | Updated: 19 May 2026, 2:15 pm", "Share", caption, EN]
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.headline == headline
    assert blocks[start] == EN


def test_a_headline_closed_by_photos_under_the_date_is_kept():
    headline = "Heatwave grips the north as the old library opens its doors (Photos)"
    blocks = ["News", "19 May 2026", headline, EN]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.headline == headline


@pytest.mark.parametrize(
    ("lang", "masthead", "headline", "greeting"),
    [
        (
            "en",
            ["WEEKLY HARBOUR NOTES", "Issue 42"],
            "The ferry terminal is approved",
            "Hi friends,",
        ),
        (
            "de",
            ["STADTWERKE LINDENAU", "Kundenbrief | Ausgabe 10/2025"],
            "Strompreis sinkt zum 1. Januar – was Sie jetzt wissen müssen",
            "Liebe Kundinnen und Kunden,",
        ),
        (
            "fr",
            ["LA LETTRE DU PORT", "Numéro 17 — mars 2025"],
            "Le nouveau terminal du port enfin approuvé",
            "Bonjour à toutes et à tous,",
        ),
    ],
)
def test_a_newsletter_s_name_and_issue_over_its_headline_over_the_greeting(
    lang, masthead, headline, greeting
):
    blocks = [*masthead, headline, greeting, EN]
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.headline == headline
    assert blocks[start] == greeting


def test_a_headline_over_its_dek_over_the_greeting_stays():
    blocks = [
        "The ferry terminal is approved",
        "Two years of debate end with a vote on Tuesday night",
        "Hi friends,",
        EN,
    ]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.headline == blocks[0]


@pytest.mark.parametrize(
    ("lang", "blocks", "byline"),
    [
        (
            "fr",
            [
                "Verglas en Outaouais : plus de 40 000 clients privés d’électricité",
                "Des arbres sont tombés sur des lignes à Gatineau et Chelsea; Hydro-Québec "
                "prévoit des pannes prolongées.",
                "Un texte de Marie-Ève Lachance",
                "Publié le 14 janvier 2026 à 7 h 52",
            ],
            ["Marie-Ève Lachance"],
        ),
        (
            "en",
            [
                "Library to close after 80 years",
                "The council voted to shut the building in spring, and residents say the new "
                "one is too far away.",
                "Words and pictures from our city desk",
                "March 3, 2025",
            ],
            [],
        ),
    ],
)
def test_a_line_under_the_dek_is_not_the_headline(
    lang: str, blocks: list[str], byline: list[str]
) -> None:
    """A dek stands under its headline: a line between the dek and the date is the
    byline's, and the headline is over the dek."""
    draft = Draft(lang=lang)
    start = read_header([*blocks, EN], 0, draft)
    assert draft.headline == blocks[0]
    assert draft.dek == blocks[1]
    # The line goes as the byline's: read as it ("Un texte de Marie-Ève Lachance") or set
    # aside beside it ("Words and pictures from our city desk").
    assert draft.byline == byline
    assert (("byline role", blocks[2]) in draft.removed) == (not byline)
    assert start == len(blocks)


def test_title_lines_under_a_kicker_over_the_date_stay_the_headline() -> None:
    """No dek over them: the line right over the date is the headline, the label over it
    its kicker."""
    blocks = ["Politics", "Library to close after 80 years", "March 3, 2025", EN]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.headline == blocks[1]


@pytest.mark.parametrize(
    ("lang", "blocks"),
    [
        (
            "hi",
            [
                "होम",
                "Hindi News Local Mp Indore",
                "इंदौर में बंगाली चौराहा फ्लाईओवर पर 15 दिन बंद रहेगा एक हिस्सा",
                "03 मार्च 2025",
                BN,
            ],
        ),
        (
            "bn",
            [
                "Bangla News Dhaka City",
                "পুরোনো গ্রন্থাগার ৮০ বছর পর বন্ধ হচ্ছে",
                "প্রকাশ: ০৩ মার্চ ২০২৫, ১০:০০",
                BN,
            ],
        ),
    ],
)
def test_a_path_in_latin_letters_over_a_headline_in_another_script_is_furniture(
    lang: str, blocks: list[str]
) -> None:
    """ "Hindi News Local Mp Indore": the site's path in English over the Hindi headline."""
    draft = Draft(lang=lang)
    read_header(blocks, 0, draft)
    assert draft.headline == blocks[-3]
    assert ("page furniture above the headline", blocks[-4]) in draft.removed


def test_a_latin_headline_over_a_latin_dek_stays() -> None:
    blocks = [
        "Library to close after 80 years",
        "The council voted on Tuesday night",
        "March 3, 2025",
        EN,
    ]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.headline == blocks[0]


PL_ENTRY = (
    "Najtrudniejsza sytuacja jest w powiatach słupskim i lęborskim. Na miejscu pracuje "
    "ponad 400 monterów, w tym ekipy ściągnięte z Olsztyna i Płocka."
)


@pytest.mark.parametrize(
    ("lang", "header", "first", "times"),
    [
        (
            "pl",
            ["Wichury nad Polską [RELACJA]", "Autor: Anna Zielińska", "09.02.2026 14:55"],
            "Silny wiatr łamie drzewa i zrywa dachy na północy kraju. Śledzimy sytuację.",
            ["14:50", "14:20", "13:45"],
        ),
        (
            "en",
            ["Storm live: thousands without power", "By Ann Lee", "March 3, 2025"],
            "Strong winds are bringing down trees across the north. Follow the latest here.",
            ["2:50pm", "2:20pm", "1:45pm"],
        ),
    ],
)
def test_a_paragraph_over_a_live_blog_s_first_time_is_the_story_s(
    lang: str, header: list[str], first: str, times: list[str]
) -> None:
    """ "14:50" under the paragraph opens the live blog's first entry: no header line, so
    the paragraph over it is the story's, not a dek."""
    entries = [line for time in times for line in (time, PL_ENTRY)]
    draft = Draft(lang=lang)
    start = read_header([*header, first, *entries], 0, draft)
    assert draft.dek is None
    assert start == len(header)


def test_a_dek_between_the_byline_and_the_date_stays_a_dek() -> None:
    dek = "The council voted to shut the building in spring, and residents are not happy."
    blocks = ["Library to close after 80 years", "By Ann Lee", dek, "March 3, 2025", EN]
    draft = Draft(lang="en")
    assert read_header(blocks, 0, draft) == 4
    assert draft.dek == dek


@pytest.mark.parametrize(
    ("lang", "names_line", "names"),
    [
        ("it", "Francesca Ruggeri e Marco Tedeschi", ["Francesca Ruggeri", "Marco Tedeschi"]),
        ("de", "Anna Keller und Jonas Brandt", ["Anna Keller", "Jonas Brandt"]),
        ("fr", "Claire Martin et Paul Dubois", ["Claire Martin", "Paul Dubois"]),
        ("en", "Helen Ford and Raj Patel", ["Helen Ford", "Raj Patel"]),
    ],
)
def test_two_names_under_the_date_are_the_byline(lang, names_line, names):
    """ "18.03.26 / Francesca Ruggeri e Marco Tedeschi": the writers under the date."""
    draft = Draft(lang=lang)
    blocks = ["Why wages in the region have not grown for thirty years", "18.03.26", names_line]
    read_header([*blocks, EN, EN], 0, draft)
    assert draft.headline == blocks[0]
    assert draft.byline == names


def test_a_title_with_and_under_the_date_names_no_writer():
    draft = Draft(lang="en")
    blocks = ["Library to close after 80 years", "March 3, 2025", "Books and Readers", EN, EN]
    read_header(blocks, 0, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        (
            "de",
            [
                "Nachruf",
                "Margarete Hahn (1938–2026)",
                "Die Hafenhistorikerin rettete die Archive der Stadt",
                "Von Anna Keller",
                "03.03.2026",
                EN,
            ],
            "Margarete Hahn (1938–2026)",
        ),
        (
            "pl",
            [
                "Wspomnienie",
                "Jan Kowalski (1938-2026)",
                "Historyk portu, który ocalił archiwa promowe miasta",
                "Anna Nowak",
                "3 marca 2026",
                EN,
            ],
            "Jan Kowalski (1938-2026)",
        ),
        # A span that closes no name: the label over the headline stays a kicker.
        (
            "de",
            [
                "Tarifrunde 2025–2026",
                "Verdi und Kommunen einigen sich nach drei Verhandlungsrunden",
                "Von Anna Keller",
                "03.03.2026",
                EN,
            ],
            "Verdi und Kommunen einigen sich nach drei Verhandlungsrunden",
        ),
    ],
)
def test_a_name_with_its_life_s_span_is_an_obituary_s_headline(lang, blocks, headline):
    """ "Margarete Hahn (1938–2026)" over a longer line: the obituary's headline, not a
    section's label."""
    draft = Draft(lang=lang)
    read_header([*blocks, EN], 0, draft)
    assert draft.headline == headline


@pytest.mark.parametrize(
    ("lang", "blocks", "names"),
    [
        (
            "bs",
            ["Snijeg paralizovao saobraćaj na autoputu", "E. H.", "12.12.2026. u 09:12"],
            ["E. H."],
        ),
        ("de", ["Stadtrat stimmt für neue Bibliothek", "J. K.", "3. März 2025"], ["J. K."]),
        ("en", ["Library to close after 80 years", "Ann Lee.", "March 3, 2025"], ["Ann Lee"]),
        ("fr", ["La bibliothèque fermera au printemps", "Paul M.", "3 mars 2025"], ["Paul M."]),
    ],
)
def test_a_name_line_keeps_the_full_stop_of_its_initial(lang, blocks, names):
    """ "E. H." under the headline keeps its stop; a full name loses a stray one."""
    draft = Draft(lang=lang)
    read_header([*blocks, EN, EN], 0, draft)
    assert draft.headline == blocks[0]
    assert draft.byline == names


FA = (
    "نرخ دلار در بازار آزاد تهران طی سه ماه گذشته نزدیک به بیست درصد افزایش یافته است و "
    "کارشناسان می‌گویند این روند دست‌کم تا پایان سال ادامه خواهد داشت."
)
DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu schließen und im "
    "Frühjahr eine neue zu eröffnen, nach drei Jahren Gesprächen mit den Anwohnern."
)


@pytest.mark.parametrize(
    ("lang", "blocks", "names"),
    [
        (
            "fa",
            [
                "چرا ریال باز هم ارزش خود را از دست داد؟",
                "نگاهی به سه عامل اصلی افت ارزش پول ملی در ماه‌های اخیر",
                "مریم صادقی",
                FA,
            ],
            ["مریم صادقی"],
        ),
        (
            "de",
            [
                "Die alte Bibliothek schließt nach achtzig Jahren",
                "Warum der Stadtrat den Neubau am Hafen für die bessere Lösung hält",
                "Anna Keller",
                DE,
            ],
            ["Anna Keller"],
        ),
        (
            "en",
            [
                "Library to close after 80 years",
                "The council says a new building by the harbour will serve readers better",
                "Sunil Sharma",
                EN,
            ],
            ["Sunil Sharma"],
        ),
    ],
)
def test_a_bare_name_between_the_dek_and_the_story_is_the_byline(lang, blocks, names):
    draft = Draft(lang=lang)
    assert read_header([*blocks, blocks[-1]], 0, draft) == 3
    assert draft.headline == blocks[0]
    assert draft.byline == names


@pytest.mark.parametrize(
    "blocks",
    [
        # A place under the dek is the story's dateline, no writer.
        [
            "Library to close after 80 years",
            "The council says a new building by the harbour will serve readers better",
            "New York",
            EN,
        ],
        # Under a short line, not a dek, a name may be a section's label.
        ["Library to close after 80 years", "Local news", "Travel Tips", EN],
    ],
)
def test_a_line_under_the_dek_that_is_no_writer_s_name_leaves_the_byline(blocks):
    draft = Draft(lang="en")
    read_header([*blocks, EN], 0, draft)
    assert draft.byline == []


DEKS = {
    "fr": "Pour la DRH d’une PME, réduire la semaine sans réduire les salaires a permis de "
    "pourvoir des postes vacants depuis des années.",
    "de": "Für die Personalchefin eines Maschinenbauers hat die kürzere Woche offene Stellen "
    "gefüllt, die seit Jahren leer standen.",
    "en": "For one engineering firm, a shorter week without lower pay filled jobs that had "
    "been empty for years, its head of people writes.",
}
STORY = {
    "fr": "Il y a deux ans, notre entreprise cherchait onze régleurs depuis plus de dix-huit "
    "mois, sans recevoir une seule candidature sérieuse.",
    "de": "Vor zwei Jahren suchte unser Betrieb seit mehr als achtzehn Monaten elf Einrichter, "
    "ohne eine einzige ernsthafte Bewerbung zu erhalten.",
    "en": "Two years ago our firm had been looking for eleven machine setters for more than "
    "eighteen months, without a single serious application.",
}


@pytest.mark.parametrize(
    ("lang", "header", "byline"),
    [
        (
            "fr",
            [
                "« La semaine de quatre jours est un outil de recrutement »",
                "Tribune",
                "Claire Vasseur",
                "Directrice des ressources humaines",
                "Publié le 11 février 2026 à 06h00",
            ],
            ["Claire Vasseur"],
        ),
        (
            "de",
            [
                "Die Vier-Tage-Woche ist ein Werkzeug, um Fachkräfte zu gewinnen",
                "Gastbeitrag",
                "Claudia Weber",
                "Personalchefin eines Maschinenbauers",
                "11. Februar 2026, 06:00 Uhr",
            ],
            ["Claudia Weber"],
        ),
        (
            "en",
            [
                "The four-day week is a hiring tool, not a gift",
                "Opinion",
                "Claire Vance",
                "Head of people at a machine-tool maker",
                "11 February 2026",
            ],
            ["Claire Vance"],
        ),
    ],
)
def test_an_opinion_writer_s_name_over_the_role_over_the_dek(lang, header, byline):
    *over, date = header
    blocks = [*over, DEKS[lang], date, STORY[lang]]
    draft = Draft(lang=lang)
    read_header(blocks, 0, draft)
    assert draft.headline == header[0]
    assert draft.byline == byline
    assert header[3] not in (draft.headline, draft.dek)


def test_a_site_s_name_and_section_over_the_headline_are_no_writer_and_role():
    """ "Onet Biznes / Transport" in the menu over the headline: no byline."""
    blocks = [
        "Wiadomości",
        "Sport",
        "Onet Biznes",
        "Transport",
        "PKP Intercity kupi 42 nowe lokomotywy. Pierwsze wyjadą na tory w 2028 r.",
        "Dziś 11:32",
        "Przewoźnik podpisał we wtorek umowę na dostawę czterdziestu dwóch lokomotyw, które "
        "mają wyjechać na tory w 2028 roku.",
    ]
    draft = Draft(lang="pl")
    read_header(blocks, 0, draft)
    assert "Onet Biznes" not in draft.byline


@pytest.mark.parametrize(
    ("lang", "blocks"),
    [
        (
            "ru",
            [
                "Истории",
                "Последний паромщик Камы",
                "Уже сорок лет Виктор Лаптев перевозит людей через реку между двумя деревнями, "
                "где не осталось ни моста, ни магазина",
                "Текст: Анна Соколова",
                "12 апреля 2025, 10:00",
                "Виктор Лаптев на своем пароме",
            ],
        ),
        (
            "it",
            [
                "Storie",
                "Le mani dei liutai",
                "A Cremona resistono trenta botteghe che costruiscono violini come tre secoli fa, "
                "e cercano giovani che vogliano imparare il mestiere",
                "di Marco Ferri",
                "4 marzo 2025",
                "Un liutaio al lavoro nella sua bottega",
            ],
        ),
    ],
)
def test_a_short_headline_over_its_dek_without_a_full_stop_keeps_it(lang, blocks):
    """A headline of three or four words over a dek of two long clauses that ends without a
    full stop: the long line is the dek, the caption under the date is no headline."""
    story = (
        EN
        if lang != "ru"
        else "Каждое утро, ровно в семь, Виктор Лаптев заводит мотор. "
        "Старый паром, сваренный из двух понтонов, медленно отходит от берега."
    )
    draft = Draft(lang=lang)
    read_header([*blocks, story], 0, draft)
    assert draft.headline == blocks[1]
    assert draft.dek == blocks[2]
    assert blocks[2] not in draft.other_headlines


@pytest.mark.parametrize(
    ("menu", "lang"),
    [("Rio Grande do Sul", "pt"), ("São Paulo", "pt"), ("Nordrhein-Westfalen", "de")],
)
def test_a_menu_s_region_over_its_search_button_is_no_writer(menu, lang):
    """A big place's name reads as a name line (capitalised words) over a word the next
    lines may confirm; it is the page's menu, the writer is read under the headline."""
    from tearsheet.plaintext import parse_text

    text = (
        f"g1\n{menu}\nbuscar\nEnchentes: chuva volta a atingir cidades do estado\n"
        "Por Camila Weber, g1\n12/05/2025 08h10\n\n"
        "A chuva voltou a atingir cidades do estado nesta segunda-feira, e a Defesa Civil "
        "emitiu alertas para 40 municípios, segundo o boletim divulgado pela manhã.\n\n"
        "Segundo o órgão, os rios devem subir nos próximos dias e as famílias que vivem nas "
        "áreas de risco foram orientadas a deixar suas casas até a noite de terça-feira.\n"
    )
    assert parse_text(text, lang).byline == ("Camila Weber",)


MENU = ["News", "Sport", "Business", "Culture", "Obituaries"]


@pytest.mark.parametrize(
    ("date_line", "lang"),
    [
        ("Local | Daily | 14.1.2025 | 16:02", "en"),
        ("Innlent | mbl | 14.1.2025 | 16:02", "is"),
        ("Lokales · 14.01.2025, 16.02 Uhr", "de"),
    ],
)
def test_a_date_and_time_under_the_sites_menu_stand_over_the_headline(date_line, lang):
    """The menu's last item is no headline: the story's date and time stand between the
    menu and the headline, which is read under them."""
    headline = "Harbour master who rebuilt the fishing fleet dies at 86"
    # Under the headline, the photo's caption (his name) and its credit.
    blocks = [*MENU, date_line, headline, "Einar Magnusson.", "Photo/Family", EN]
    draft = Draft(lang=lang)
    assert blocks[read_header(blocks, 0, draft)] == EN
    assert draft.headline == headline
    assert draft.date is not None and draft.date.isoformat() == "2025-01-14"
    assert "Obituaries" not in (draft.kicker, *draft.other_headlines)


@pytest.mark.parametrize("day", ["Monday, 18 November 2024", "Montag, 18.11.2024"])
def test_a_bare_date_under_the_sites_menu_leaves_the_header_to_the_byline(day):
    """A date with no time under the menu is as often the day's, printed on every page: the
    headline block is read around the byline and its date, not under the menu."""
    headline = "Harbour master who rebuilt the fishing fleet dies at 86"
    blocks = [*MENU, day, "Search", headline, "By Ann Lee"]
    blocks += ["14/11/2024 09:15", EN]
    draft = Draft(lang="en")
    assert blocks[read_header(blocks, 0, draft)] == EN
    assert draft.headline == headline
    assert draft.byline == ["Ann Lee"]


def test_an_uncased_name_over_its_place_and_the_date_is_the_writer():
    """ "শফিকুল ইসলাম / রাজশাহী / প্রকাশ: …" under the headline and the photo's caption: the
    name line is confirmed by the date under the place it wrote from."""
    headline = "আগাম খরায় রাজশাহীতে আমের গুটি ঝরে পড়ছে, দুশ্চিন্তায় চাষি"
    caption = "গোদাগাড়ী উপজেলার একটি বাগানে ঝরে পড়া আমের গুটি দেখাচ্ছেন এক চাষি। ছবি: প্রথম আলো"
    blocks = [headline, caption, "শফিকুল ইসলাম", "রাজশাহী", "প্রকাশ: ১৫ এপ্রিল ২০২৬, ১০: ৩০", BN]
    draft = Draft(lang="bn")
    assert blocks[read_header(blocks, 0, draft)] == BN
    assert draft.headline == headline
    assert draft.byline == ["শফিকুল ইসলাম"]


def test_the_photos_caption_and_credit_between_the_headline_and_its_second_title():
    """ "<headline> / <caption>. / Foto: … / <a quote under the picture> / Av …": the caption
    and its credit go, and the titles over them are read, the headline first."""
    headline = "Okända Lind, 24, vann Vasaloppet – efter spurt i Mora"
    blocks = [
        "Sport",
        "Längdskidor",
        "Vasaloppet",
        "Publicerad 1 mar 2026 kl 13.58",
        headline,
        "Erik Lind spurtade ifrån i sista backen.",
        "Foto: Jonas Ekströmer/TT",
        "Lind slog favoriterna: ”Har inte fattat det”",
        "Av Henrik Sjöberg",
        EN,
    ]
    draft = Draft(lang="sv")
    assert blocks[read_header(blocks, 0, draft)] == EN
    assert draft.headline == headline
    assert draft.byline == ["Henrik Sjöberg"]
    assert "Erik Lind spurtade ifrån i sista backen." in [b for _, b in draft.removed]


@pytest.mark.parametrize(
    ("lang", "blocks", "name"),
    [
        (
            "ar",
            [
                "لماذا لا تنخفض أسعار الخبز في شمال أفريقيا رغم تراجع القمح عالميا؟",
                "كريم بن سالم",
                "كاتب وباحث في الاقتصاد الزراعي",
                "14/2/2026",
                "تواصل أسعار الخبز ارتفاعها في المغرب والجزائر وتونس، رغم أن أسعار القمح في الأسواق العالمية تراجعت بأكثر من الثلث منذ ذروتها.",
            ],
            "كريم بن سالم",
        ),
        (
            "en",
            [
                "Why are rents still rising when inflation is falling across the country?",
                "Dana Whitcomb",
                "Housing correspondent",
                "March 3, 2025",
                EN,
            ],
            "Dana Whitcomb",
        ),
    ],
)
def test_a_question_for_a_headline_over_the_name_and_role(lang, blocks, name):
    """A headline that asks, long and ending like a sentence, is still the headline over the
    writer's name and role: the byline is read under it."""
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.headline == blocks[0]
    assert draft.byline == [name]
    assert blocks[start] == blocks[-1]
