"""A copied page's headline block (tearsheet.pagehead): the writer's name line between the
headline and the prose, read only where the page confirms it."""

from __future__ import annotations

import pytest

from tearsheet.pagehead import is_breadcrumb, named_again, names_line, read_name_in_gap
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

STORY = (
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks."
)


@pytest.mark.parametrize(
    ("lang", "blocks", "names"),
    [
        # The name over the writer's e-mail address (a Swedish local paper).
        (
            "sv",
            ["Nya badhuset försenas", "Elin Bergqvist", "elin.bergqvist@vlt.se", STORY],
            ["Elin Bergqvist"],
        ),
        # The name and the outlet on one line (a Ukrainian site), a Cyrillic name.
        (
            "uk",
            ["Заголовок статті", "Олена Кравчук — Українська правда", STORY],
            ["Олена Кравчук"],
        ),
        # The name over a date without a year (a newsletter in a mail client).
        ("en", ["A headline", "Harriet Okonedo", "May 18", STORY], ["Harriet Okonedo"]),
        ("pt", ["Uma manchete", "Renata Albuquerque", "ago 5", STORY], ["Renata Albuquerque"]),
        # The name over the writer's role (a Spanish paper).
        ("es", ["Titular", "Lucía Mérida", "Redactora", STORY], ["Lucía Mérida"]),
        # A Japanese name, the author box under the story naming the writer again.
        (
            "ja",
            ["見出し", "松本遥", "写真・図版", STORY, "この記事を書いた人", "松本遥"],
            ["松本遥"],
        ),
        # A Dutch name with a particle, named again in the © line.
        (
            "nl",
            ["Kop", "Sanne de Vries", "Foto: ANP", STORY, "© 2025 Sanne de Vries"],
            ["Sanne de Vries"],
        ),
        # A name under the date, right over the story (Japanese, Hebrew).
        (
            "ja",
            [
                "2025年3月3日 10時00分",
                "田中美咲",
                "市議会は火曜日、古い図書館を閉じ、来春に新しい図書館を開くことを決めた。住民との三年にわたる協議の末の決定だ。",
            ],
            ["田中美咲"],
        ),
        (
            "he",
            [
                "03.03.2025 10:00",
                "נועה ברגר",
                "מועצת העיר הצביעה ביום שלישי על סגירת הספרייה הישנה ופתיחת ספרייה חדשה באביב הבא, אחרי שלוש שנים של שיחות עם התושבים.",
            ],
            ["נועה ברגר"],
        ),
        # A person's name the page gives nowhere else: the writer, not someone in the story.
        (
            "pl",
            ["Nagłówek", "Marek Zieliński", "Szpital w Gostyninie (Fot. Kuba Atys)", STORY],
            ["Marek Zieliński"],
        ),
        # Two writers under the dek, over the date.
        (
            "en",
            ["Headline", "Harriet Lowe and Sam Okafor", "Tue 17 Mar 2026 07.05 GMT", STORY],
            ["Harriet Lowe", "Sam Okafor"],
        ),
        # A name with a full stop after it over the date (a French regional paper): the name.
        (
            "fr",
            ["Titre", "Gwénaëlle Le Bihan.", "Publié le 02/09/2025 à 17h05", STORY],
            ["Gwénaëlle Le Bihan"],
        ),
    ],
)
def test_a_confirmed_name_in_the_gap_is_the_byline(
    lang: str, blocks: list[str], names: list[str]
) -> None:
    draft = Draft(lang=lang)
    assert read_name_in_gap(blocks, 1, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("lang", "blocks"),
    [
        # A bare name the story gives too: an interviewee, a tag.
        ("en", ["Headline", "Keir Starmer", "Keir Starmer in Leeds on Friday.", STORY]),
        ("en", ["Headline", "Keir Starmer", "In the north", "Mr Starmer said no."]),
        # A bare name without a known given name, nothing to confirm it.
        ("en", ["Headline", "Chinedu Okeke", "Photo: Giang Huy", STORY]),
        # The interviewee, named again at the start of the caption and the headline.
        (
            "uk",
            [
                "Ірина Мельник: «Ми друкуємо протези»",
                "Ірина Мельник",
                "Ірина Мельник у майстерні у Львові. Фото: Марія Гончар",
                STORY,
            ],
        ),
        # A name over a button is as often a teaser's or a tag's (not a writer's).
        ("de", ["Überschrift", "Anna Berg", "Folgen", "Frau Berg sagte, sie komme wieder."]),
        # A name under the date, over a caption rather than the story.
        ("ja", ["2025年3月3日", "国際政治", "写真・図版", STORY]),
        # A place over a date, a section in a script without capitals over a date.
        ("en", ["Headline", "New York", "May 18, 2025", STORY]),
        # A sentence about a person is no name line.
        ("fr", ["Titre", "Nick Suzuki a inscrit le but gagnant.", "18 mai 2025", STORY]),
        # Photographer's credit ending in the name does not name the writer again.
        ("de", ["Überschrift", "Kuba Atys", "Rathaus", STORY, "Foto: Kuba Atys"]),
    ],
)
def test_an_unconfirmed_line_in_the_gap_is_no_byline(lang: str, blocks: list[str]) -> None:
    draft = Draft(lang=lang)
    assert not read_name_in_gap(blocks, 1, draft)
    assert draft.byline == []


def test_a_byline_already_read_is_kept() -> None:
    draft = Draft(lang="en", byline=["Ann Lee"])
    assert not read_name_in_gap(["Headline", "Tom Berg", "May 18, 2025", STORY], 1, draft)
    assert draft.byline == ["Ann Lee"]


def test_the_name_named_again() -> None:
    blocks = ["Ann Lee", STORY, "About the author", "Ann Lee", "© 2025 Acme"]
    assert named_again(blocks, 0, ["Ann Lee"])
    assert named_again(["Ann Lee", STORY, "Copyright 2025 Ann Lee"], 0, ["Ann Lee"])
    assert not named_again(["Ann Lee", STORY, "Ann Lee covers transport."], 0, ["Ann Lee"])
    assert not named_again(["Ann Lee", STORY, "Photo: Ann Lee"], 0, ["Ann Lee"])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A name in a script without capitals with its role or outlet beside it.
        ("أحمد علي - مراسل", ["أحمد علي"]),
        ("علی رضایی - خبرنگار", ["علی رضایی"]),
        ("נועה ברגר | הארץ", ["נועה ברגר"]),
        # The place or outlet after a comma: not a second writer, unless the language's
        # "and" joins them.
        ("राजेश कुमार, नई दिल्ली", ["राजेश कुमार"]),
        ("सुनील शर्मा, जयपुर", ["सुनील शर्मा"]),
        # The outlet and the place, each after a comma.
        ("अंकित त्रिपाठी, अमर उजाला, महोबा", ["अंकित त्रिपाठी"]),
        ("राजेश कुमार और सुनील शर्मा", ["राजेश कुमार", "सुनील शर्मा"]),
        ("Sunil Sharma, New Delhi", ["Sunil Sharma"]),
        # Two writers in a script with capitals, parted by a comma alone.
        ("Алексей Громов, Дарья Сотникова", ["Алексей Громов", "Дарья Сотникова"]),
        ("Dana Whitcomb and Luis Ortega", ["Dana Whitcomb", "Luis Ortega"]),
        # The writer's social handle beside the name.
        ("Jane Doe @janedoe", ["Jane Doe"]),
        ("Jane Doe (@jane_doe)", ["Jane Doe"]),
        # The writer's name before the story's sources: a site's address, an agency.
        ("Tomas Kazlauskas, LRT.lt, BNS", ["Tomas Kazlauskas"]),
        ("Anna Nowak, tvn24.pl, PAP", ["Anna Nowak"]),
        ("Иван Петров, ria.ru, ТАСС", ["Иван Петров"]),
        # Hebrew's and Arabic's "and" glued to the second name.
        ("אסף לוי ויהודית כהן", ["אסף לוי", "יהודית כהן"]),
        ("محمد علي وأحمد حسن", ["محمد علي", "أحمد حسن"]),
    ],
)
def test_the_names_of_a_name_line(line: str, names: list[str]) -> None:
    assert names_line(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "New York",
        "South East",
        "Nick Suzuki a inscrit le but gagnant.",
        "Rubrik: Politik",
        # A byline with its "By" is read as one: "By AFP" credits the agency, no person.
        "By AFP",
        "Von Reuters",
        "@janedoe",
        # A place and an agency: a dateline, no writer.
        "Madrid, EFE",
        "Vilnius, LRT.lt, BNS",
    ],
)
def test_lines_that_are_no_name_line(line: str) -> None:
    assert names_line(line) == []


def test_a_copied_page_with_the_name_under_the_date() -> None:
    """The whole import: a Japanese name between the date and the story is the byline."""
    from tearsheet.plaintext import parse_text

    story = "市議会は火曜日、古い図書館を閉じ、来春に新しい図書館を開くことを決めた。住民との三年にわたる協議の末の決定だ。"
    text = "\n\n".join(
        [
            "ホーム",
            "ニュース",
            "社会",
            "80年続いた図書館、閉館へ",
            "2025年3月3日 10時00分",
            "田中美咲",
        ]
        + [story] * 3
        + ["シェア", "© 2025 Example Shimbun"]
    )
    article = parse_text(text)
    assert article.byline == ("田中美咲",)
    assert "田中美咲" not in article.body


@pytest.mark.parametrize(
    ("blocks", "headline"),
    [
        # The writer's name between the headline and the dek (the Guardian's opinion pages).
        (
            [
                "Opinion",
                "Rail transport",
                "Nationalising the railways won't fix them unless passengers come first",
                "Rachel Hume",
                "The test of Great British Railways will not be its livery, but its trains",
                "Tue 10 Sep 2024 07.00 BST",
            ],
            2,
        ),
        # An opinion writer's name and role under the headline and a section's word, over
        # the dek (Le Monde's "Tribune", El País's "Opinión", Die Zeit's "Gastbeitrag").
        (
            [
                "Idées",
                "« La semaine de quatre jours n’est pas un cadeau, c’est un outil »",
                "Tribune",
                "Claire Vasseur",
                "Directrice des ressources humaines",
                "Publié le 11 février 2026 à 06h00",
            ],
            1,
        ),
        (
            [
                "Opinión",
                "La vivienda no se arregla con más avales públicos",
                "Columna",
                "Lucía Mérida",
                "Catedrática de Economía Aplicada",
                "22/06/2026 05:00 h",
            ],
            1,
        ),
        (
            [
                "Meinung",
                "Die Schuldenbremse ist kein Naturgesetz mehr",
                "Gastbeitrag",
                "Jonas Reiter",
                "Professor für Finanzwissenschaft",
                "14.11.2026, 18.02 Uhr",
            ],
            1,
        ),
        # The writer's name over the headline, a section's word over it: the headline stays.
        (
            [
                "Opinion",
                "Jonas Reiter",
                "Farmers ask for a longer season to sell their winter crops",
                "14.11.2026, 18.02 Uhr",
            ],
            2,
        ),
        # A headline over its dek, no name between: the dek is the longer line under it.
        (
            [
                "Home",
                "Library to close after 80 years",
                "The council says the new building is better, cheaper and larger",
                "3 March 2025",
            ],
            1,
        ),
    ],
)
def test_the_headline_of_a_copied_page(blocks: list[str], headline: int) -> None:
    from tearsheet.pagehead import find_headline

    assert find_headline(blocks, 0, len(blocks) - 1) == headline


@pytest.mark.parametrize(
    ("blocks", "body", "headline"),
    [
        # The site's path in English over a Hindi page's headline, which opens the prose.
        (
            [
                "दैनिक भास्कर",
                "होम",
                "देश",
                "मध्य प्रदेश",
                "Hindi News Local Mp Indore",
                "इंदौर में बंगाली चौराहा फ्लाईओवर पर 15 दिन बंद रहेगा एक हिस्सा, मरम्मत शुरू",
                "इंदौर। बंगाली चौराहा फ्लाईओवर के एक हिस्से पर सोमवार से मरम्मत का काम शुरू हो "
                "गया है। विभाग के अनुसार लेन अगले 15 दिनों तक बंद रहेगी।",
            ],
            5,
            5,
        ),
        # The same over a Russian headline above the prose.
        (
            [
                "Новости",
                "Москва",
                "Russian News Moscow City",
                "В Москве открыли новый мост",
                "В Москве в субботу открыли новый пешеходный мост. Его строили два года.",
            ],
            4,
            3,
        ),
        # An English page keeps its English headline.
        (
            ["Home", "News", "Library to close after 80 years", STORY],
            3,
            2,
        ),
    ],
)
def test_a_line_in_another_script_than_the_page_s_is_no_headline(
    blocks: list[str], body: int, headline: int
) -> None:
    from tearsheet.pagehead import find_headline

    assert find_headline(blocks, 0, body) == headline


@pytest.mark.parametrize(
    ("lang", "related", "teaser", "teaser_byline", "headline", "byline", "date", "prose"),
    [
        (
            "de",
            "Mehr zum Thema",
            "Mietpreisbremse: Was die Verlängerung für Mieter bedeutet",
            "Von Anna Clauß",
            "Bundesrat billigt höheres Wohngeld – aber nicht für alle",
            "Von Katharina Wendt und Jonas Pfeiffer",
            "22.05.2026, 13.17 Uhr",
            [
                "Der Bundesrat hat am Freitag der Anpassung des Wohngelds zugestimmt. Ab dem 1. "
                "Januar steigt die Leistung im Durchschnitt um rund 15 Prozent.",
                "Neu ist vor allem die Einteilung der Gemeinden in sogenannte Mietstufen. Sie "
                "richtet sich künftig stärker nach den tatsächlichen Bestandsmieten.",
                "Sozialverbände sehen die Reform dennoch kritisch. In Mittelstädten komme von "
                "der Erhöhung fast nichts an, sagte die Präsidentin des Sozialverbands.",
                "Auch aus den Ländern kam Kritik, allerdings an der Umsetzung. Die "
                "Wohngeldstellen seien schon jetzt überlastet, hieß es aus mehreren Ländern.",
                "Die Bauministerin verteidigte die Reform. Man habe die Methodik transparenter "
                "und gerechter gemacht, sagte sie in der Länderkammer am Freitag.",
            ],
        ),
        (
            "en",
            "Read more",
            "Rent controls: what the extension means for tenants",
            "By Anna Clark",
            "Council approves higher housing benefit, but not for everyone",
            "By Kate Wendt and John Piper",
            "22 May 2026, 1.17pm",
            [
                "The council approved the housing benefit changes on Friday. From January the "
                "payment rises by about 15 per cent on average, officials said.",
                "What is new is how towns are grouped into rent bands. They will follow the "
                "rents people actually pay rather than the adverts on property sites.",
                "Charities were still critical. In mid-sized towns, where rents rose fastest, "
                "almost nothing of the increase arrives, one charity's director said.",
                "The regions criticised the rollout too. Benefit offices are already "
                "overwhelmed, several regional governments said on Friday afternoon.",
                "The housing minister defended the reform. The method is now fairer and more "
                "transparent, she told the chamber during the debate on Friday.",
            ],
        ),
    ],
)
def test_a_teaser_in_the_story_under_a_related_box_s_label_is_not_the_headline(
    lang, related, teaser, teaser_byline, headline, byline, date, prose
) -> None:
    from tearsheet.plaintext import parse_text

    menu = ["Skip to content", "THE PAPER", "Subscribe", "Sign in", "Menu", "Home", "Politics"]
    menu += ["Housing", "Rents"]
    lines = [*menu, headline, byline, date, "Share", "X.com", "Facebook", "E-mail"]
    lines += ["Copy link", prose[0], prose[1], related, teaser, teaser_byline, *prose[2:]]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert article.date is not None


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        (
            "nl",
            [
                "Binnenland",
                "Dijkversterking Lekdijk loopt jaar vertraging op door stikstofregels",
                "Vandaag, 06:12",
                "Aangepast vandaag, 09:40",
                "Werkzaamheden aan de Lekdijk bij Schoonhoven",
                "ANP",
                "Lotte van Wijk",
            ],
            1,
        ),
        (
            "en",
            [
                "News",
                "Harbour board approves new ferry terminal after two years",
                "March 3, 2025",
                "The old terminal at dawn on Tuesday",
                "AAP",
                "Jane Doe",
            ],
            1,
        ),
        # A share button or two between the date and the caption.
        (
            "en",
            [
                "News",
                "Harbour board approves new ferry terminal after two years",
                "March 3, 2025",
                "Share",
                "The old terminal at dawn on Tuesday",
                "AAP",
            ],
            1,
        ),
        (
            "de",
            [
                "Hamburg",
                "Warnstreik legt Containerterminals im Hafen lahm",
                "12.03.2026, 08:15 Uhr",
                "Teilen",
                "Merken",
                "Containerbrücken am Burchardkai",
                "AFP",
            ],
            1,
        ),
        # A credit under a line with no date over it: an agency under its headline.
        (
            "pt",
            ["Economia", "Governo aprova novo terminal de ferry em Lisboa", "LUSA", "Jane Doe"],
            1,
        ),
    ],
)
def test_a_caption_under_the_date_over_its_credit_is_not_the_headline(lang, blocks, headline):
    from tearsheet.pagehead import find_headline

    assert find_headline([*blocks, STORY], 0, len(blocks), lang) == headline


@pytest.mark.parametrize(
    ("lang", "headline", "name", "following"),
    [
        ("kn", "ಹಿರಿಯ ಕಥೆಗಾರ್ತಿ ಶಾರದಾ ರಾಮಯ್ಯ ನಿಧನ", "ಶಾರದಾ ರಾಮಯ್ಯ", STORY),
        ("en", "Novelist Margaret Hale dies at 88", "Margaret Hale", STORY),
        ("de", "Trauer um die Malerin Anna Keller", "Anna Keller", STORY),
        ("es", "Muere el poeta Julián Ortega a los 91 años", "Julián Ortega", STORY),
    ],
)
def test_the_headline_s_subject_under_the_date_is_no_byline(lang, headline, name, following):
    """An obituary's photo caption under the date names the dead, whom the headline names."""
    draft = Draft(lang=lang, headline=headline)
    blocks = ["Published 22 September 2026, 19:40", name, following]
    assert not read_name_in_gap(blocks, 1, draft)
    assert draft.byline == []


def test_the_writer_under_the_date_is_the_byline_when_the_headline_names_another() -> None:
    draft = Draft(lang="en", headline="Novelist Margaret Hale dies at 88")
    blocks = ["Published 22 September 2026, 19:40", "Ann Lee", STORY]
    assert read_name_in_gap(blocks, 1, draft)
    assert draft.byline == ["Ann Lee"]


def test_the_headline_s_name_with_its_role_under_it_stays_the_byline() -> None:
    draft = Draft(lang="en", headline="Ann Lee: why I left the council")
    blocks = ["Published 22 September 2026, 19:40", "Ann Lee", "Political editor", STORY]
    assert read_name_in_gap(blocks, 1, draft)
    assert draft.byline == ["Ann Lee"]


@pytest.mark.parametrize(
    "line",
    [
        "您当前的位置：首页 > 政务公开 > 通知公告",
        "Vous êtes ici : Accueil > Actualités > Société",
        "Sie sind hier: Startseite > Politik > Inland",
        "Jesteś tutaj: Strona główna > Aktualności",
        "U bent hier: Home > Nieuws",
        "首页>政务公开>通知公告",
        "当前位置：首页 >> 新闻中心 >> 通知公告",
        "ホーム ＞ ニュース ＞ 社会",
        "Home > News > Local",
        # A section's whole name closing a path from its home ("Accueil").
        "Accueil > Actualités > Santé et protection des animaux",
    ],
)
def test_a_page_s_path_with_its_label_is_a_breadcrumb(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "Analysis: why rents > wages in every city this year",
        "Vor der Wahl: Merz unter Druck",
        "关于调整本市生活垃圾定时定点投放时间的通告",
        "「AI>人間」は本当か",
        "油价>金价？专家：短期看涨",
        "Growth > profit > everything else for the startups that survived the year",
    ],
)
def test_a_headline_with_a_colon_is_no_breadcrumb(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        # The caption between the dek and the byline (a Spanish sports paper).
        (
            "es",
            [
                "Fútbol",
                "CRÓNICA",
                "El Sporting gana el derbi en el último minuto",
                "El delantero, que había entrado en el descanso, firmó el gol de la victoria.",
                "Ferreiro celebra el 2-1 ante la grada de El Molinón. LaLiga",
                "Daniel Prieto",
                "Gijón",
            ],
            2,
        ),
        # The same in German: the photo's line under the dek, its agency's word after it.
        (
            "de",
            [
                "Sport",
                "Der FC gewinnt das Derby in der Nachspielzeit",
                "Der eingewechselte Stürmer traf nach einer Ecke, der Gegner bleibt Dritter.",
                "Jubel nach dem Siegtor im Stadion. dpa",
                "Jonas Reiter",
            ],
            1,
        ),
        # The caption under the byline, a desk and a picture's credit between (an English
        # broadcaster's page): the headline over the time and buttons over the names.
        (
            "en",
            [
                "Home",
                "Storm leaves thousands without power as gusts hit the coast",
                "2 hours ago",
                "Share",
                "Save",
                "Megan Ruddock and Callum Price",
                "BBC News, Glasgow",
                "PA Media",
                "Fallen trees blocked the road on Tuesday",
            ],
            1,
        ),
        # A caption credited after a slash, under a dek without a full stop.
        (
            "es",
            [
                "Comarcas",
                "El puerto ganará 12 hectáreas para el tráfico de acero",
                "La Autoridad Portuaria adjudica por 21 millones la obra, que durará dos años",
                "Vista aérea de la dársena, donde se ganará terreno al mar. / Lobo Altuna",
                "Iñigo Arrieta",
            ],
            1,
        ),
    ],
)
def test_a_caption_over_the_byline_under_the_dek_is_not_the_headline(lang, blocks, headline):
    """A headline stands over its dek and its byline, never under them: a line there is the
    photo's caption."""
    from tearsheet.pagehead import find_headline

    assert find_headline([*blocks, STORY], 0, len(blocks), lang) == headline


def test_a_title_line_under_a_teaser_s_sentence_stays_the_headline():
    """A title line under a sentence that is longer than it, over a shorter line: the
    sentence is no dek of the line over it, and the title line stays the headline."""
    from tearsheet.pagehead import find_headline

    blocks = [
        "Home",
        "Budget vote",
        "The council met on Tuesday.",
        "Library to close after eighty years of service in the town",
        "Jane Doe",
    ]
    assert find_headline([*blocks, STORY], 0, len(blocks), "en") == 3


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A headline's clauses in title case, no known given name: no writers.
        ("Kelas Menengah Menahan Belanja, Ekonomi Kehilangan Mesin Utamanya", []),
        ("Harbour Board Approves Terminal Plans, Work Starts Next Spring", []),
        # Two writers of four words each, known given names: writers.
        (
            "María José García López, Juan Carlos Pérez Gómez",
            ["María José García López", "Juan Carlos Pérez Gómez"],
        ),
    ],
)
def test_title_cased_clauses_are_no_names(line: str, names: list[str]) -> None:
    assert names_line(line) == names


@pytest.mark.parametrize(
    ("lang", "author", "role", "name"),
    [
        ("fa", "نویسنده، مریم احمدی", "نقش، بی‌بی‌سی فارسی", "مریم احمدی"),
        ("en", "Author, Jane Doe", "Role, BBC News", "Jane Doe"),
        ("ru", "Автор, Анна Смирнова", "Должность, Би-би-си", "Анна Смирнова"),
        ("es", "Autor, Lucía Mérida", "Título del autor, BBC News Mundo", "Lucía Mérida"),
    ],
)
def test_the_writer_s_labelled_name_and_role_are_no_headline(lang, author, role, name):
    """A page's labels for screen readers, copied with the text ("Author, Jane Doe" over
    "Role, BBC News"): the writer's name is the byline, neither line the headline."""
    from tearsheet.plaintext import parse_text

    headline = {
        "fa": "آخرین مقنی‌های یزد و قنات‌هایی که خشک می‌شوند",
        "en": "The last well diggers of Yazd and their dying canals",
        "ru": "Последний паромщик Камы и его переправа",
        "es": "Los últimos poceros de Yazd y sus canales moribundos",
    }[lang]
    blocks = ["Home", "News", "World", "Report", headline, author, role, "2 March 2025"]
    story = STORY if lang == "en" else headline + ". " + STORY
    menu = ["Skip to content", "Sport", "Business", "Culture", "Subscribe", "Log in"]
    article = parse_text("\n\n".join([*menu, *blocks, story, STORY]), lang=lang)
    assert article.headline == headline
    assert article.byline == (name,)


def test_a_picture_s_labelled_source_over_its_caption_is_no_byline():
    """ "Image source, Getty Images" over "Image caption, <a sentence>": the picture's, no
    writer's."""
    from tearsheet.pagehead import labelled_writer

    blocks = [
        "Image source, Getty Images",
        "Image caption, Smog over the city on Sunday, when schools were closed again.",
        STORY,
    ]
    assert labelled_writer(blocks, 0) is None
    assert labelled_writer(["Author, Jane Doe", "Role, BBC News", STORY], 0) == "Jane Doe"


def test_a_headline_with_its_dek_under_it_outranks_the_label_over_it():
    """ "<league> / <headline> / <dek, a sentence> / <date>": the shorter line over the
    headline is a label, not the headline over its dek."""
    from tearsheet.pagehead import find_headline

    blocks = [
        "Basketbol",
        "Türkiye Sigorta Basketbol Süper Ligi",
        "Tofaş, Pınar Karşıyaka'yı uzatmada devirdi",
        "Türkiye Sigorta Basketbol Süper Ligi'nin 22. haftasında Tofaş, sahasında Pınar "
        "Karşıyaka'yı uzatmada 94-89 yendi.",
        "Kaynak: DHA",
        "Giriş: 16.03.2025 - 21:48",
    ]
    assert find_headline([*blocks, STORY], 0, len(blocks) - 1, "tr") == 2
    # Two title lines alone, the longer under: the shorter is the headline over its dek.
    plain = ["Home", "Library to close after 80 years", "The council says the new one is larger"]
    assert find_headline([*plain, "3 March 2025", STORY], 0, 3, "en") == 1


def test_two_names_with_their_desks_are_no_labels():
    """ "Gemma Rhys, BBC News" over "Tom Hale, Reuters": names with their desks read like a
    label and its value; the first is still the writer's."""
    draft = Draft(lang="en")
    blocks = ["A headline", "Gemma Rhys, BBC News", "Tom Hale, Reuters", STORY]
    assert read_name_in_gap(blocks, 1, draft)
    assert draft.byline == ["Gemma Rhys"]


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        (
            "es",
            [
                "Notas de prensa",
                "Agua",
                "El Gobierno destina 150 millones de euros a obras de emergencia frente a la "
                "sequía en las cuencas del Segura y del Guadalquivir",
                "Las actuaciones incluyen nuevos pozos de sequía, la interconexión de sistemas "
                "de abastecimiento y la ampliación de dos desaladoras",
                "Se prevé que las primeras obras comiencen antes del verano y beneficien a más "
                "de 1,8 millones de habitantes",
                "15/04/2025",
            ],
            2,
        ),
        (
            "en",
            [
                "Press releases",
                "Government sets aside 150 million for emergency works against the drought in "
                "two river basins",
                "The works include new wells, links between water supply systems and two larger "
                "desalination plants",
                "The first works are expected to start before the summer and to serve 1.8 "
                "million people",
                "15 April 2025",
            ],
            1,
        ),
        # Four long title lines in a row: a list of other stories' teasers over the story;
        # the nearest stays the headline.
        (
            "en",
            [
                "Most read",
                "Council approves the new budget after a long night of debate in the town hall",
                "Harbour board approves a new ferry terminal after two years of planning work",
                "The works include new wells, links between water supply systems and larger plants",
                "The first works are expected to start before the summer and to serve many people",
                "15 April 2025",
            ],
            4,
        ),
    ],
)
def test_a_headline_over_two_deks(lang, blocks, headline):
    """A ministry's release: its headline over two deks over the date."""
    from tearsheet.pagehead import find_headline

    assert find_headline([*blocks, STORY], 0, len(blocks) - 1, lang) == headline


@pytest.mark.parametrize(
    ("lang", "blocks", "headline"),
    [
        (
            "fr",
            [
                "Séries",
                "Critique",
                "« Les Héritiers du phare », sur Arte : une saga bretonne qui prend le temps, et "
                "c'est sa force",
                "TTT",
                "On aime beaucoup",
                "Mathilde Serrano",
                "Publié le 23 janvier 2025 à 17h30",
            ],
            2,
        ),
        (
            "en",
            [
                "Television",
                "Review",
                "The Lighthouse Heirs review – a slow Breton family saga that takes its time, "
                "and is better for it",
                "4/5",
                "Well worth watching",
                "Jane Doe",
                "Thu 23 Jan 2025 17.30 GMT",
            ],
            2,
        ),
        (
            "de",
            [
                "Serien",
                "Kritik",
                "„Die Erben des Leuchtturms“ auf Arte: eine bretonische Familiensaga, die sich "
                "Zeit lässt – und das ist ihre Stärke",
                "Bewertung",
                "Sehr sehenswert",
                "Jonas Reiter",
                "23.01.2025, 17:30 Uhr",
            ],
            2,
        ),
        # A section's name of two words between: the short line stays the headline.
        (
            "en",
            [
                "Harbour board approves a new ferry terminal after two years of planning work",
                "Local news",
                "Ferry terminal opens",
                "Jane Doe",
                "Thu 23 Jan 2025 17.30 GMT",
            ],
            2,
        ),
    ],
)
def test_a_review_s_rating_over_the_byline_is_not_the_headline(lang, blocks, headline):
    """ "<headline> / TTT / On aime beaucoup / <byline>": a rating's few words over the
    byline, a word between them and the headline, three times as long, over them."""
    from tearsheet.pagehead import find_headline

    assert find_headline([*blocks, STORY], 0, len(blocks) - 1, lang) == headline


@pytest.mark.parametrize(
    "blocks",
    [
        [
            "الرئيسية",
            "اقتصاد",
            "ارتفاع أسعار القمح في الأسواق المحلية للأسبوع الثالث",
            "دبي - وام",
            "ارتفعت أسعار القمح في الأسواق المحلية للأسبوع الثالث على التوالي، وفق ما أعلنته "
            "وزارة التموين اليوم.",
        ],
        [
            "Accueil",
            "Économie",
            "Le prix du blé grimpe pour la troisième semaine",
            "PARIS – AFP",
            "Le prix du blé a augmenté pour la troisième semaine consécutive sur les marchés "
            "européens, selon les chiffres publiés lundi.",
        ],
    ],
)
def test_a_wire_s_place_and_agency_over_the_prose_is_not_the_headline(blocks) -> None:
    from tearsheet.pagehead import find_headline

    assert find_headline(blocks, 0, len(blocks) - 1) == 2


def test_of_two_title_lines_alike_in_length_the_first_is_the_headline() -> None:
    from tearsheet.pagehead import find_headline

    # A Spanish page: the headline and a dek of the same length over the date.
    headline, dek = (
        "El mercado de abastos estrena su cubierta",
        "La obra costó 28 millones y duró dos años",
    )
    assert len(headline) == len(dek)
    prose = (
        "El mercado de abastos de la ciudad estrenó este miércoles la cubierta que protege "
        "sus 420 metros de pasillos, tras un año de obras y una inversión de 28 millones."
    )
    blocks = ["Inicio", "Economía", headline, dek, "22/10/2025 14:03", prose]
    assert find_headline(blocks, 0, 5, "es") == 2
    # A shorter line over a longer one is its label still.
    blocks = ["Home", "Wirtschaft", "Markthalle bekommt ein Dach für 28 Millionen Euro", STORY]
    assert find_headline(blocks, 0, 3, "de") == 2


def test_a_list_s_lead_in_over_a_dated_item_is_no_headline() -> None:
    from tearsheet.pagehead import find_headline

    # A town's notice: its headline over the date, the first paragraph, then a list whose
    # lead-in ends in a colon over an item with a date.
    blocks = [
        "Gemeinde Hallwil",
        "Neue Abfuhrtermine für die Grünabfuhr ab dem kommenden Frühjahr",
        "10. Dezember 2025 | Gemeindekanzlei",
        "Der Gemeinderat hat die Termine der Grünabfuhr für das kommende Jahr neu festgelegt, "
        "weil die Entsorgungsfirma ihre Touren umstellt.",
        "Die neuen Termine im Überblick:",
        "1. Abfuhr – am 15. März 2026",
    ]
    assert find_headline(blocks, 0, 5, "de") == 1


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Julien Mercadier (à Lens)", ["Julien Mercadier"]),
        ("Jane Doe (in Kyiv)", ["Jane Doe"]),
        ("Ana Souza (em Lisboa)", ["Ana Souza"]),
        # The outlet she filed for, then the site's address.
        ("Ilze Kalniņa (Latvijas Radio), LSM.lv", ["Ilze Kalniņa"]),
        # A book's publisher, a photographer's role, a recipe's subtitle: no writer's line.
        ("Marta Cerutti (Edizioni Sottovento)", []),
        ("Tobias Meißner (Fotos)", []),
    ],
)
def test_where_the_writer_filed_from_in_brackets_after_the_name(line, names):
    assert names_line(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("هسبريس - يوسف الإدريسي", ["يوسف الإدريسي"]),
        ("BBC News - Jane Doe", ["Jane Doe"]),
        ("Opinion | Jane Doe", ["Jane Doe"]),
        # Two words that name no person after the outlet: no byline.
        ("Politik - Klimaschutz", []),
    ],
)
def test_the_outlet_before_the_writers_name(line, names):
    assert names_line(line) == names


MENUS = [
    "Siirry sisältöön",
    "Kaupunkilehti",
    "Kirjaudu",
    "Tilaa",
    "Uutiset",
    "Kotimaa",
    "Ulkomaat",
    "Talous",
    "Urheilu",
    "Kulttuuri",
    "Käytämme evästeitä parantaaksemme käyttökokemusta, analysoidaksemme liikennettä ja "
    "näyttääksemme mainoksia. Voit hyväksyä kaikki evästeet tai valita asetukset.",
    "Hyväksy kaikki",
    "Asetukset",
]
PROSE_FI = [
    "Kaupunginvaltuusto päätti tiistaina sulkea vanhan kirjaston ja avata uuden "
    "ensi keväänä, kolmen vuoden neuvottelujen jälkeen.",
    "Uusi kirjasto rakennetaan rautatieaseman viereen, ja sen kustannusarvio on "
    "noin kaksitoista miljoonaa euroa.",
    "Kirjastotoimenjohtajan mukaan lainausmäärät ovat kasvaneet joka vuosi, vaikka "
    "vanha rakennus on ollut huonossa kunnossa.",
]
PROSE_PT = [
    "Há um ano que a câmara aprovou as novas regras para o alojamento local, e desde "
    "então aprendemos uma coisa: quando se fecha uma porta, o mercado procura outra.",
    "Os anúncios de casas para estadias curtas baixaram em Lisboa, é verdade, mas "
    "apareceram os quartos alugados à semana e os contratos de serviços.",
    "Ninguém discute que há pequenos proprietários que precisam de flexibilidade, mas a "
    "flexibilidade não pode ser a palavra que tudo justifica.",
]


@pytest.mark.parametrize(
    ("lines", "headline", "byline", "date"),
    [
        # A section, site and date line over the headline, the writer and e-mail under it.
        (
            [
                *MENUS,
                "Kotimaa | Kaupunkilehti | 3.3.2026 | 9:15",
                "Vanha kirjasto suljetaan keväällä",
                "Liisa Mäkinen",
                "liisa.makinen@kaupunkilehti.fi",
                "Kirjasto on toiminut nykyisessä rakennuksessa vuodesta 1968. Kuva: Juha Laine",
                *PROSE_FI,
            ],
            "Vanha kirjasto suljetaan keväällä",
            ["Liisa Mäkinen"],
            "2026-03-03",
        ),
        # A column's card over its headline: the writer, the role, the date, a reading time.
        (
            [
                "Ir para o conteúdo",
                "Jornal da Tarde",
                "Assinar",
                "Entrar",
                "Política",
                "Economia",
                "Desporto",
                "Cultura",
                "Opinião",
                "Utilizamos cookies próprios e de terceiros para melhorar os nossos serviços e "
                "mostrar publicidade relacionada com as suas preferências.",
                "Aceitar",
                "Rejeitar",
                "Opinião",
                "Crónica",
                "Rita Sampaio",
                "Jornalista e escritora",
                "19/01/2026",
                "3 min",
                "O alojamento local e a porta das traseiras",
                *PROSE_PT,
            ],
            "O alojamento local e a porta das traseiras",
            ["Rita Sampaio"],
            "2026-01-19",
        ),
    ],
)
def test_the_headline_under_the_page_s_date_line(lines, headline, byline, date) -> None:
    article = parse_text("\n\n".join(lines))
    assert (article.headline, list(article.byline), str(article.date)) == (headline, byline, date)
    assert article.body.strip().split("\n\n") == lines[-3:]


PL_STORY = [
    "Strażacy opanowali pożar, ale dogaszanie potrwa do późnych godzin nocnych. Jak przekazał "
    "rzecznik łódzkiej straży pożarnej, w akcji brało udział ponad 30 zastępów.",
    "W czwartek około godziny 12.50 wybuchł pożar w hali magazynowej firmy logistycznej w "
    "Rzgowie pod Łodzią. Z budynku ewakuowano 60 pracowników, nikt nie został ranny.",
]


@pytest.mark.parametrize(
    "credit",
    ["Źródło zdjęcia głównego: KM PSP w Łodzi", "Foto: Jan Kowalski", "Fot. Paweł Zdunek"],
)
def test_a_caption_over_a_labelled_credit_under_the_date_is_no_headline(credit):
    """TVN24's header: the headline, the date, the photo's caption and its labelled credit,
    the buttons, then the byline over the story: the headline stands over the date."""
    text = "\n".join(
        [
            "Przejdź do głównej treści",
            "TVN24",
            "Polska",
            "Świat",
            "Łódź",
            "Pożar hali magazynowej pod Łodzią. Ewakuowano 60 pracowników",
            "Aktualizacja: 12 lutego 2026, 16:42 (Publikacja: 12 lutego 2026, 13:20)",
            "Pożar hali w Rzgowie",
            credit,
            "Kopiuj link",
            "Udostępnij",
            "Autorka/Autor: Magdalena Zielińska",
            *PL_STORY,
            "Tagi:",
            "Łódź",
        ]
    )
    article = parse_text(text, lang="pl")
    assert article.headline == "Pożar hali magazynowej pod Łodzią. Ewakuowano 60 pracowników"
    assert article.byline == ("Magdalena Zielińska",)
    assert article.date is not None and article.date.isoformat() == "2026-02-12"


def test_a_caption_under_a_header_line_of_name_and_date_is_no_headline():
    """ "<headline> / Sander Veltman, sportverslaggever • <date> / <caption> / Delen / the
    story": the headline stands over the writer's line, the caption under it."""
    text = "\n".join(
        [
            "NOS",
            "Nieuws",
            "Sport",
            "Schaatsen",
            "Jorien Brouwer pakt in Calgary eerste wereldbekerzege op de 1500 meter",
            "Sander Veltman, sportverslaggever • zaterdag 6 december 2025, 23:48 • Aangepast "
            "zondag 7 december, 00:12",
            "Jorien Brouwer juicht na haar rit in de Olympic Oval Pro Shots",
            "Delen",
            "Tweet",
            "Jorien Brouwer heeft in Calgary haar eerste wereldbekerzege ooit geboekt. De "
            "23-jarige Friezin was op de 1500 meter de snelste van een sterk veld.",
            "Brouwer reed in de voorlaatste rit tegen de Canadese Isabelle Morin en lag na 700 "
            "meter nog achter. In de laatste ronde haalde ze alles in en won ze ruim.",
        ]
    )
    article = parse_text(text, lang="nl")
    assert article.headline == (
        "Jorien Brouwer pakt in Calgary eerste wereldbekerzege op de 1500 meter"
    )
    assert article.byline == ("Sander Veltman",)


def test_issuer_over_a_releases_date_is_no_headline() -> None:
    """A release on a distribution site: the headline and its dek, then the issuing company
    over the date ("株式会社ミナトフーズ" / "2026年4月14日 10時00分")."""
    from tearsheet.pagehead import find_headline

    blocks = [
        "新着",
        "ランキング",
        "株式会社ミナトフーズ",
        "ミナトフーズ、振りかけるだけの粉末だし「かつお一番 ひと振り」を5月1日に全国発売",
        "常温で12か月保存可能、減塩タイプも同時発売",
        "株式会社ミナトフーズ",
        "2026年4月14日 10時00分",
    ]
    assert find_headline(blocks, 0, 6, "ja") != 5


def test_masthead_again_under_the_writer_is_no_second_writer() -> None:
    menu = "\n".join(
        [
            "Passer au contenu",
            "Le Fil de Montréal",
            "Actualités",
            "Politique",
            "Économie",
            "Environnement",
            "Culture",
            "Sports",
            "Opinions",
        ]
    )
    text = (
        f"{menu}\nEntrevue\n« Nos hivers ne disparaissent pas, ils deviennent imprévisibles »\n"
        "La climatologue Maude Lachance-Bérubé explique pourquoi les redoux inquiètent.\n\n"
        "Geneviève Tremblay-Ouellet\nLe Fil de Montréal\n14 janvier 2026\n\n"
        "Les redoux de janvier se multiplient depuis dix ans, et les spécialistes s'en "
        "inquiètent davantage que de la hausse des températures moyennes, explique-t-elle.\n\n"
        "Les hivers du sud du Québec restent froids, mais les écarts d'une semaine à l'autre "
        "sont de plus en plus grands, ce qui perturbe la neige et les sols.\n"
    )
    assert parse_text(text, lang="fr").byline == ("Geneviève Tremblay-Ouellet",)


def test_caption_printed_twice_around_its_credit_is_no_headline() -> None:
    """ "Reizigers op Utrecht Centraal …" / "ANP" / the same line: a photo's alternative text
    and caption; a headline printed twice around the site's name is still the headline."""
    from tearsheet.pagehead import find_headline

    caption = "Reizigers op Utrecht Centraal wachten op informatie"
    headline = "Urenlange treinstoring rond Utrecht voorbij, NS waarschuwt voor drukte"
    blocks = ["Binnenland", headline, "Deel artikel:", caption, "ANP", caption, "x"]
    assert find_headline(blocks, 0, 6, "nl") == 1
    twice = ["Menu", "कमजोर मानसून के बाद भी रबी की बुवाई रिकॉर्ड पर", "दैनिक भास्कर"]
    twice += [twice[1], "नई दिल्ली", "x"]
    assert find_headline(twice, 0, 5, "hi") in (1, 3)
