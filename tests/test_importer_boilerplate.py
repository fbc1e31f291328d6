"""A site's standing lines under a story (tearsheet.boilerplate) end the body, in any language."""

from __future__ import annotations

import pytest

from tearsheet.boilerplate import is_bio_line, is_disclaimer, is_promotion, is_standing_line
from tearsheet.plaintext import parse_text


def paragraphs_of(article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this column are the author's own.",
        "Die Kolumne gibt die Meinung der Autorin wieder, nicht unbedingt die der Redaktion.",
        "Les tribunes publiées n'engagent que leurs auteurs.",
        "Las opiniones de los columnistas no reflejan necesariamente la línea del periódico.",
        "Le opinioni espresse dall'autore non riflettono necessariamente quelle della testata.",
        "Os artigos de opinião não refletem necessariamente a opinião do jornal.",
        "Opinie wyrażone w felietonach nie muszą być zgodne ze stanowiskiem redakcji.",
        "A véleménycikkekben megjelenő állítások nem feltétlenül tükrözik a szerkesztőség "
        "álláspontját.",
        "ڈان نیوز اور اس کی پالیسی کا لکھاری کی رائے سے متفق ہونا ضروری نہیں۔",
        "Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan sikap redaksi.",
        "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі.",
        "Мнение автора может не совпадать с позицией редакции.",
        "الآراء الواردة في المقال لا تعكس بالضرورة الموقف التحريري لشبكة الجزيرة.",
        'Мненията в рубриката са на авторите и не отразяват позицията на "Дневник".',
        "Blog je osobný názor autora, nepredstavuje názor redakcie SME.",
        "Dette er et debatindlæg. Indlægget er udtryk for skribenternes egen holdning.",
        "Innlegget gir uttrykk for skribentens egne meninger.",
        # "… and not necessarily those of": the paper named after it, no "do not".
        "Opinion pieces reflect the views of the writer and not necessarily those of the "
        "Harbour Post.",
        "Columns express the author's views, but not necessarily the views of this newspaper.",
        # The Nordic "… are the writer's own".
        "Detta är en debattartikel. Åsikterna som uttrycks är skribenternas egna.",
        "Synspunkter i innlegget er skribentens egne.",
        "Kirjoituksen näkemykset ovat kirjoittajan omia.",
    ],
)
def test_a_column_s_disclaimer_is_standing(line):
    assert is_disclaimer(line) and is_standing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A story's own sentences with the same words: no writer or paper is meant.
        "Officials said the preliminary figures do not necessarily reflect the whole year.",
        "Die Zahlen seien nicht unbedingt aussagekräftig, sagte der Sprecher.",
        "El ministro dijo que la caída no refleja necesariamente una tendencia.",
        "Надвор'е можа не супадаць з прагнозам, папярэдзілі сінаптыкі.",
        "The rise follows the trend of the year, and not necessarily that of the region.",
        "Lönerna är kommunernas egna beslut, sade hon.",
        "قال الوزير إن الأرقام لا تعكس بالضرورة الواقع في المحافظات.",
    ],
)
def test_not_necessarily_in_a_story_is_no_disclaimer(line):
    assert not is_standing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Авторът е икономист в Центъра за икономически анализи в София.",
        "The author is an economist at the University of Leeds.",
        "Die Autorin ist Professorin für Stadtplanung in Kassel.",
        "L'auteure est maîtresse de conférences à l'université de Nantes.",
        "El autor es investigador del CSIC.",
        "L'autore insegna economia all'Università di Bologna.",
        "A szerző közgazdász, a Budapesti Corvinus Egyetem oktatója.",
        "مصنفہ ماحولیاتی انجینئر ہیں اور کراچی یونیورسٹی میں پڑھاتی ہیں۔",
        "Dernier ouvrage paru : la Ville à portée de roue (Seuil, 2025).",
        "Latest book: The Quiet Street (Penguin, 2024).",
    ],
)
def test_a_writer_s_bio_line_is_standing(line):
    assert is_bio_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "A szerző szerint a lakáspiac csak lassan fordul meg.",  # "according to the author"
        "The authority is expected to decide in June.",
        "Okafor said the exam would be repeated in Ibadan next month.",
    ],
)
def test_a_story_s_sentence_is_no_bio(line):
    assert not is_bio_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sua assinatura pode valer ainda mais",
        "Você já conhece as vantagens de ser assinante da Folha?",
        "Támogasd a Telexet!",
        "Stay informed! Follow The Daily Ledger on WhatsApp for breaking news.",
        "Download the City Times app to get the latest news.",
        "मराठीतील सर्व पुणे बातम्या वाचा. ताज्या बातम्या वाचण्यासाठी डाउनलोड करा लोकसत्ता app.",
        "Unterstützen Sie unseren Journalismus mit einem Digital-Abo.",
        "Soutenez notre journalisme : abonnez-vous dès 1 € par mois.",
        "Wesprzyj nas – każda złotówka się liczy.",
        "If you value our reporting, please consider making a donation.",
        "Unterstützen Sie unabhängigen Journalismus.",
        "Steun onafhankelijke journalistiek.",
        "Wesprzyj niezależne dziennikarstwo.",
        "Apoie o jornalismo independente.",
        # The paper's pitch to read it with a subscription.
        "Четете „Седмица“ с абонамент – първите два месеца са безплатни.",
        "Lesen Sie den Kurier mit einem Abo ab 1 € im Monat.",
        "Lisez Le Quotidien avec un abonnement à 1 € le premier mois.",
    ],
)
def test_a_call_to_subscribe_support_or_install_is_standing(line):
    assert is_promotion(line)


@pytest.mark.parametrize(
    "line",
    [
        # The story's subject, not the paper's app.
        "Patients can download the NHS app to book their vaccine from Monday.",
        "The council said residents should follow the signs on the ring road.",
        "Subscriptions to streaming services fell by 4% last year.",
        "Readers who value independent journalism were asked about it in the survey.",
        "Many people read the news with a subscription now, the survey found.",
        # A story's advice opening with "read".
        "Lesen Sie bei Diensten mit einem Abo immer auch die Kündigungsbedingungen, rät "
        "Verbraucherschützerin Anna Berg.",
    ],
)
def test_a_story_about_apps_or_subscriptions_is_left_alone(line):
    assert not is_standing_line(line)


def test_a_press_release_s_note_on_its_translations_is_standing():
    assert is_standing_line("Diese Medienmitteilung ist auch auf Französisch verfügbar.")
    assert is_standing_line("This press release is also available in Spanish.")
    assert not is_standing_line("The release of the new timetable is also available online.")


COLUMNS = [
    (
        "hu",
        "Vélemény\nA lakáshiány nem árkérdés\nSzabó Eszter\n2026. február 13.\n\n"
        "Minden évben megjelenik egy új statisztika a budapesti lakásárakról, és mindenki "
        "meglepődik, pedig a kínálat évek óta elmarad a kereslettől.\n\n"
        "Az önkormányzatoknak érdekeltté kellene válniuk abban, hogy engedélyezzék az új "
        "építkezéseket, különben semmi sem változik.\n\n"
        "Amíg ezt nem értjük meg, minden évben ugyanígy meg fogunk lepődni.\n\n"
        "A szerző közgazdász, egyetemi oktató.\n\n"
        "A véleménycikkekben megjelenő állítások nem feltétlenül tükrözik a szerkesztőség "
        "álláspontját.\n\nTámogasd a lapot!\n\nImpresszum\n\nAdatvédelem\n",
        "Amíg ezt nem értjük meg, minden évben ugyanígy meg fogunk lepődni.",
    ),
    (
        "en",
        "Opinion\nExams should not be beta tests\nBy Ada Okafor\nJune 3, 2026\n\n"
        "This year thousands of candidates were affected by what the board called technical "
        "hitches at centres in three cities, and many of them scored below the cut-off.\n\n"
        "The board says it has apologised. An apology is not a policy, and the audit of the "
        "centres must be made public before the next sitting.\n\n"
        "Our children are not beta testers.\n\n"
        "Okafor, an education consultant, writes from Enugu.\n\n"
        "Stay informed! Follow The Daily Ledger on WhatsApp for breaking news.\n\n"
        "© 2026 Daily Ledger Ltd\n",
        "Our children are not beta testers.",
    ),
    (
        "pt",
        "COTIDIANO\nTarifa de ônibus sobe em março\nBruna Teixeira\n18.mar.2026 às 15h40\n\n"
        "A prefeitura anunciou nesta quarta-feira que a tarifa de ônibus vai subir para "
        "R$ 5,20 a partir de março, depois de dois anos congelada.\n\n"
        "Segundo a secretaria, o reajuste cobre apenas parte do aumento do diesel, e o "
        "subsídio ao sistema continuará a crescer no próximo ano.\n\n"
        "Passageiros ouvidos pela reportagem dizem que vão procurar alternativas.\n\n"
        "Sua assinatura pode valer ainda mais\n\n"
        "Copyright Folha. Todos os direitos reservados.\n",
        "Passageiros ouvidos pela reportagem dizem que vão procurar alternativas.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "last"), COLUMNS)
def test_the_body_ends_before_the_site_s_standing_lines(lang, text, last):
    body = paragraphs_of(parse_text(text, lang=lang))
    assert body[-1] == last


def test_a_story_s_last_paragraph_about_subscriptions_stays():
    text = (
        "Streaming prices rise again\nBy Tom Lee\nMay 2, 2026\n\n"
        "Three of the largest streaming services raised their prices this spring, the third "
        "rise in two years, and analysts expect more to follow before the end of the year.\n\n"
        "Households are responding by cancelling: one in five said it had dropped a service "
        "in the past six months, according to the survey.\n\n"
        "Subscriptions to streaming services fell by 4% last year, the first fall on record.\n"
    )
    body = paragraphs_of(parse_text(text, lang="en"))
    assert (
        body[-1]
        == "Subscriptions to streaming services fell by 4% last year, the first fall on record."
    )


def test_a_call_to_subscribe_under_a_story_with_a_box_inside_it_ends_the_body():
    story = [
        "A prefeitura anunciou nesta quarta-feira que a tarifa de ônibus vai subir para "
        "R$ 5,20 a partir de março, depois de dois anos congelada.",
        "Segundo a secretaria, o reajuste cobre apenas parte do aumento do diesel, e o "
        "subsídio ao sistema continuará a crescer no próximo ano.",
    ]
    after_box = [
        "A linha, de 15 km, vai ligar a zona norte ao centro, com 15 paradas, e a previsão "
        "original de entrega era 2020, segundo a concessionária.",
        "Moradores ouvidos pela reportagem dizem não acreditar mais em prazos.",
    ]
    text = "\n".join(
        [
            "Tarifa de ônibus sobe em março",
            "Bruna Teixeira",
            "18.mar.2026 às 15h40",
            *story,
            "LEIA TAMBÉM",
            "Passageiros relatam superlotação na linha 4 após reforma",
            *after_box,
            "Sua assinatura pode valer ainda mais",
            "Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução "
            "do conteúdo desta página em qualquer meio de comunicação.",
        ]
    )
    article = parse_text(text, lang="pt")
    assert paragraphs_of(article) == [*story, *after_box]
    assert article.source == "Folha de S.Paulo"


@pytest.mark.parametrize(
    "line",
    [
        "Les Sauniers, série créée par Claire Dumesnil. Six épisodes de 52 min. Le jeudi à 20h55 "
        "sur Arte.",
        "Regie: Anna Berg. 98 Minuten. Ab Donnerstag im Kino.",
        "The Long Field, created by Ann Lee. Eight episodes. On Channel 4 from Sunday.",
        "Regia di Marco Bellini. 112 minuti. Nelle sale da giovedì.",
    ],
)
def test_a_review_s_details_line_is_standing(line):
    assert is_standing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # The review's own sentences, and a book's line (the sets disagree on it).
        "Directed by Ann Lee, the film runs 120 minutes and is a triumph of patience.",
        "The film runs 120 minutes and tickets cost $12.",
        "Kadalamma is currently running in theatres",
        "Sanne Verbeek: Het zomerhuis. Atlas Contact; 288 pagina's; € 23,99.",
    ],
)
def test_a_review_s_sentence_is_no_details_line(line):
    assert not is_standing_line(line)


def test_the_page_s_address_under_the_call_to_subscribe_goes_with_it():
    story = [
        "A prefeitura ampliou a tarifa zero nos ônibus para os sábados a partir de julho, "
        "depois de um ano de gratuidade aos domingos, anunciou nesta terça-feira.",
        "O número de passageiros aos domingos cresceu 27% desde o início da gratuidade, "
        "segundo a prefeitura, e o comércio no centro registrou mais movimento.",
        "A SPTrans afirmou que vai reforçar 340 linhas aos sábados.",
    ]
    text = "\n".join(
        [
            "Tarifa zero chega aos sábados",
            "Bruna Teixeira",
            "18.jun.2026 às 15h40",
            *story,
            "Você já conhece as vantagens de ser assinante da Folha?",
            "Endereço da página",
            "https://www1.folha.example/cotidiano/2026/06/tarifa-zero.shtml",
            "Copyright Folha de S.Paulo. Todos os direitos reservados.",
        ]
    )
    assert paragraphs_of(parse_text(text, lang="pt")) == story


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed on May 10.",
        "The writer attended as a guest of Belvoir.",
        "The writer travelled to Japan courtesy of the national tourism office.",
        "Die Autorin reiste auf Einladung von Visit Norway.",
        "La periodista viajó invitada por la oficina de turismo.",
        "L'autrice era ospite del festival.",
    ],
)
def test_a_review_s_or_travel_piece_s_disclosure_is_standing(line):
    assert is_standing_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The reviewers said the play was too long.",
        "Seen at the Barbican on Tuesday, it was magnificent and I wept twice in the second act.",
        "The writer's father travelled to Sydney in 1951 and never went back.",
    ],
)
def test_a_story_s_sentence_about_writers_is_no_disclosure(line):
    assert not is_standing_line(line)


def test_a_bulgarian_columns_disclaimer_is_standing_and_a_story_saying_binds_is_not():
    assert is_disclaimer("Мненията в рубриката са лични и не ангажират редакцията на изданието.")
    assert not is_disclaimer("Министърът заяви, че решението не ангажира правителството.")


@pytest.mark.parametrize(
    "line",
    [
        "(Except for the headline, this story has not been edited by NDTV staff and is "
        "published from a syndicated feed.)",
        "(This story has not been edited by Business Standard staff and is auto-generated "
        "from a syndicated feed.)",
    ],
)
def test_a_syndicated_story_s_standing_note_is_standing(line):
    assert is_standing_line(line)


def test_a_story_about_an_unedited_feed_is_no_standing_note():
    line = (
        "The ministry said the report has not been edited by its staff and is published from a "
        "syndicated feed of regional offices, which critics called careless."
    )
    assert not is_standing_line(line)


def test_syndicated_feeds_reworked_headline_note() -> None:
    assert is_standing_line(
        "(Only the headline and picture of this report may have been reworked by the Deccan "
        "Ledger staff; the rest of the content is auto-generated from a syndicated feed.)"
    )
