"""Copied text as blocks (tearsheet.textblocks): hard-wrapped e-mails and releases unwrapped."""

from __future__ import annotations

import pytest

from tearsheet.textblocks import split_blocks, stack_openers, wrap_width

RELEASE = """From: Lausanne Transport <presse@example.ch>
Sent: Thursday, 13 November 2025 09:15
Subject: Bike sharing for Lausanne

Lausanne, 13 November 2025 - The Lausanne public transport company will open a
network of 40 bike-sharing stations in the city and its suburbs by the summer
of 2026, it said on Thursday.
For subscribers of the network: the first 30 minutes of every ride are free, then
CHF 1 for every further 30 minutes.
The project, which costs CHF 6.2 million, is paid for by the canton of Vaud and
the towns of the network, which will also choose the places of the stations.
The stations will be:
- at the main railway station and at the Flon;
- at the university and at the hospital.
About the company
Lausanne Transport runs the buses, trolleybuses and metro lines of twelve towns
and carries more than 120 million passengers a year.
Lausanne Transport, Chemin du Closel 15, 1020 Renens, Switzerland
© 2025 Lausanne Transport
"""


def test_the_width_of_hard_wrapped_text_is_found_and_a_web_page_has_none():
    assert wrap_width(RELEASE.splitlines()) in range(76, 82)
    page = ["A headline", "By Ann Lee", "A paragraph of a web page, " * 8] * 6
    assert wrap_width(page) is None


def test_hard_wrapped_paragraphs_are_joined_where_the_lines_run_on():
    blocks, _ = split_blocks(RELEASE.splitlines())
    assert blocks[:3] == [
        "From: Lausanne Transport <presse@example.ch>",
        "Sent: Thursday, 13 November 2025 09:15",
        "Subject: Bike sharing for Lausanne",
    ]
    assert blocks[3].startswith("Lausanne, 13 November") and blocks[3].endswith("on Thursday.")
    assert blocks[4] == (
        "For subscribers of the network: the first 30 minutes of every ride are free, then CHF 1 "
        "for every further 30 minutes."
    )
    assert blocks[5].endswith("the places of the stations.")
    assert blocks[6:9] == [
        "The stations will be:",
        "- at the main railway station and at the Flon;",
        "- at the university and at the hospital.",
    ]
    assert blocks[-2:] == [
        "Lausanne Transport, Chemin du Closel 15, 1020 Renens, Switzerland",
        "© 2025 Lausanne Transport",
    ]


def test_paragraphs_parted_by_blank_lines_keep_a_wrap_that_fell_on_a_sentence_s_end():
    paragraph = (
        "Ich habe in den letzten Wochen vier Sorten nebeneinander gekocht. Rote Linsen\n"
        "zerfallen nach zwölf Minuten und sind damit perfekt für Suppen und Currys.\n"
        "Belugalinsen bleiben dagegen fest und eignen sich für Salate und Beilagen, auch\n"
        "wenn sie etwas länger brauchen."
    )
    text = "\n\n".join([paragraph] * 4).splitlines()
    blocks, _ = split_blocks(text)
    assert len(blocks) == 4 and all(b.startswith("Ich habe") for b in blocks)


def test_a_wrapped_pair_of_lines_in_a_hard_wrapped_text_is_one_paragraph():
    lines = (
        "Novalyse annonce aujourd'hui le marquage CE de son test de diagnostic rapide de la\n"
        "sepsie, une étape décisive pour la société lyonnaise fondée en 2019 par des\n"
        "chercheurs des Hospices civils de Lyon et de l'Inserm, a indiqué la présidente.\n"
        "\n"
        "Le test donne un résultat en moins de trente minutes à partir d'une goutte de sang,\n"
        "contre vingt-quatre à quarante-huit heures pour une hémoculture classique, ce qui\n"
        "permet d'adapter le traitement antibiotique bien plus tôt qu'aujourd'hui.\n"
        "\n"
        "La commercialisation débutera en septembre 2025 en France, en Allemagne et en\n"
        "Italie. Une étude médico-économique est en cours dans six CHU français.\n"
        "\n"
        "À propos de Novalyse\n"
    ).split("\n")
    blocks, _ = split_blocks(lines)
    assert (
        "La commercialisation débutera en septembre 2025 en France, en Allemagne et en Italie. "
        "Une étude médico-économique est en cours dans six CHU français."
    ) in blocks


def test_a_list_item_s_indented_lines_run_on_into_it():
    lines = [
        "Tarifs",
        "",
        "- Pour les abonnés : 30 premières minutes gratuites, puis",
        "  CHF 1.– par tranche de 30 minutes.",
        "- Sans abonnement : CHF 2.– par tranche de 30 minutes.",
    ]
    blocks, _ = split_blocks(lines)
    assert blocks[1:] == [
        "- Pour les abonnés : 30 premières minutes gratuites, puis CHF 1.– par tranche de 30 minutes.",
        "- Sans abonnement : CHF 2.– par tranche de 30 minutes.",
    ]


def test_a_headline_over_its_dek_stays_two_blocks():
    lines = [
        "Les abeilles sauvages reviennent dans les vergers sans pesticides",
        "Une étude menée pendant trois ans dans la Drôme montre un effet net.",
    ]
    assert split_blocks(lines)[0] == lines


def test_a_stack_of_long_one_line_paragraphs_is_no_wrapped_paragraph():
    lines = [
        "Bengaluru, March 8, 2025: Kaveri AgriTech Pvt. Ltd., one of India's largest providers of "
        "drip-irrigation systems, today announced Sakhi Seed, a fund for women-led farm start-ups.",
        "The fund will invest between 50 lakh and 5 crore rupees in around 60 companies over the "
        "next three years, with a focus on micro-irrigation, cold storage and farm finance.",
        '"Women do more than half the work on Indian farms but lead fewer than one in ten agri '
        'start-ups," said Meenakshi Rao, managing director of Kaveri AgriTech, at the launch.',
    ]
    assert split_blocks(["Headline", "", *lines])[0] == ["Headline", *lines]


@pytest.mark.parametrize(
    "second",
    [
        "EFE",
        "Fund to back 60 early-stage ventures in irrigation, storage and farm finance over three years",
        # A dek shorter than the headline, with no full stop either.
        "Series B round was led by Atlantic Ventures and the state bank",
    ],
)
def test_a_headline_over_a_name_or_a_longer_dek_stays_two_blocks(second):
    first = "Kaveri AgriTech Launches Fund for Women-Led Farm Start-ups in Four States"
    story = "The fund will invest in around sixty companies over the next three years."
    assert split_blocks([first, second, "", story])[0] == [first, second, story]


def test_a_headline_over_a_byline_and_its_date_stays_two_blocks():
    """An interview's headline ending in a quotation mark, the writer and the date under it."""
    first = "Oksana Dyachuk: «Music does not heal, but it gives people a language they lack»"
    second = "Taras Melnychuk — Monday, 2 November 2026, 10:15"
    story = "The composer wrote a requiem for a choir from Kharkiv, sung in twelve cities."
    assert split_blocks([first, second, "", story])[0] == [first, second, story]


def test_a_wrapped_paragraph_of_two_lines_ending_a_sentence_is_one_block():
    lines = [
        "The fund will invest between 50 lakh and 5 crore rupees in around 60 companies over",
        "the next three years, with a focus on micro-irrigation and farm finance.",
    ]
    assert split_blocks(["Headline", "", *lines])[0] == ["Headline", " ".join(lines)]


LETTER = """Good morning, and welcome to the 118th Brief. If you were one of the 140
people squeezed into the council chamber on Tuesday, you'll know it was
a long night. If you weren't, here's what you missed.

Councillors approved next year's budget 7–4 just after 11pm. The
headline figure is a 3.9% rise in rates for the average household, below
the 5.2% first proposed in September.

{closing}
Tom
"""


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "That's it for this week. Reply to this email if you have a tip, a\n"
            "complaint, or a good scone recommendation.\nSee you next Thursday,",
            [
                "That's it for this week. Reply to this email if you have a tip, a complaint, "
                "or a good scone recommendation.",
                "See you next Thursday,",
                "Tom",
            ],
        ),
        (
            "Next week: the harbour board's plans for the old ferry terminal and the marina\n"
            "By Tom Beckett\nSee you next Thursday,",
            # A capital under a full line in a stack may open a name: the lines stay apart.
            [
                "Next week: the harbour board's plans for the old ferry terminal and the marina",
                "By Tom Beckett",
                "See you next Thursday,",
                "Tom",
            ],
        ),
    ],
)
def test_a_line_broken_inside_a_sentence_runs_on_above_a_letter_s_sign_off(closing, expected):
    blocks, _ = split_blocks(LETTER.format(closing=closing).splitlines())
    assert blocks[-len(expected) :] == expected


LONG = [
    "Die Stadt hat am Montag beschlossen, die Gebühren für das Parken in der Innenstadt zu "
    "erhöhen, was bei Händlern und Anwohnern auf deutliche Kritik gestoßen ist, wie es heißt.",
    "La mairie a décidé lundi d'augmenter le prix du stationnement dans le centre-ville, une "
    "mesure qui a suscité de vives critiques chez les commerçants et les habitants du quartier.",
    "El ayuntamiento decidió el lunes subir el precio del aparcamiento en el centro, una medida "
    "que ha provocado fuertes críticas entre los comerciantes y los vecinos de la zona centro.",
]


@pytest.mark.parametrize(
    "items",
    [
        # A list whose marks the copy dropped, in small letters (Czech, Polish).
        [
            "hodinová sazba v modrých zónách Prahy 1 a 2 stoupne na 120 Kč",
            "rezidentní parkovací karty zdražovat nebudou",
            "výnos má jít do oprav chodníků a nových cyklostezek",
        ],
        [
            "opłata za pierwszą godzinę wzrośnie z 6 do 9 złotych w strefie A",
            "abonamenty dla mieszkańców pozostaną bez zmian",
            "dochody trafią na remonty chodników i ścieżek rowerowych",
        ],
    ],
)
def test_a_stack_of_short_lines_on_a_page_of_long_ones_stays_a_line_each(items):
    lines = [LONG[0], "", "Co se mění:", "", *items, "", LONG[1], "", LONG[2]]
    blocks, _ = split_blocks(lines)
    assert blocks == [LONG[0], "Co se mění:", *items, LONG[1], LONG[2]]


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "У ніч на 14 січня окупанти атакували Харків дронами та ракетами.",
            "Це вже третя масована атака на енергетичну інфраструктуру міста з початку року.",
            "Через пошкодження у Харкові також тимчасово зупиняли рух тролейбусів і метро.",
        ],
        [
            "Confira a etiqueta do Procel antes de trocar qualquer eletrodoméstico da casa.",
            "Chuveiro elétrico é o vilão: reduzir o banho em dois minutos economiza energia.",
            "Se você tem direito à Tarifa Social, confira se ela está ativa na sua conta!",
        ],
    ],
)
def test_a_stack_of_sentences_a_line_each_is_no_wrapped_paragraph(sentences):
    """Even with no long line around them: wrapping never ends every line on a sentence."""
    blocks, _ = split_blocks(["Headline of the piece", "", *sentences, "", "The end of it."])
    assert blocks == ["Headline of the piece", *sentences, "The end of it."]


def test_a_wrapped_paragraph_on_a_page_of_long_lines_is_still_joined_when_it_has_two_lines():
    wrapped = [
        "The council said the new charges would apply from April and that residents would",
        "keep their permits at the current price.",
    ]
    blocks, _ = split_blocks([LONG[0], "", *wrapped, "", LONG[1], "", LONG[2]])
    assert blocks == [LONG[0], " ".join(wrapped), LONG[1], LONG[2]]


_WRAPPED_BODY = [
    "The city will start a six-month trial of shared electric scooters on",
    "1 May. Three hundred scooters from two operators will be available in",
    "the districts of Old Town, North and South, the council said on Monday.",
    "",
    "The trial is meant to show whether scooters can fill the gaps left by",
    "the buses and trams on short trips without the parking problems other",
    "cities have seen, the deputy mayor for transport said in a statement.",
    "",
    "Riders will have to leave the scooters in 45 marked bays and must be",
    "at least 15 years old; in the pedestrian zone speed is capped at 10 km/h.",
]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Košice spustia pilotný projekt zdieľaných elektrických", "kolobežiek v troch častiach"),
        ("The city starts a six-month trial of shared electric", "scooters in three districts"),
        ("Poznań uruchamia pilotażowy program hulajnóg elektrycznych", "w trzech dzielnicach"),
    ],
)
def test_a_hard_wrapped_headline_running_on_in_small_letters_is_one_line(first, second):
    lines = ["PRESS RELEASE", "", "City Hall, 15 April 2025", "", first, second, ""]
    blocks, _ = split_blocks([*lines, *_WRAPPED_BODY])
    assert f"{first} {second}" in blocks


@pytest.mark.parametrize(
    "second", ["von Anna Berg und Tim Roth", "door Jan de Vries", "- a list item under it"]
)
def test_a_byline_in_small_letters_under_a_headline_stays_its_own_line(second):
    first = "Die Stadt startet einen Versuch mit geteilten Elektrorollern"
    lines = ["PRESSEMITTEILUNG", "", first, second, ""]
    blocks, _ = split_blocks([*lines, *_WRAPPED_BODY])
    assert first in blocks and second in blocks


@pytest.mark.parametrize(
    ("headline", "opening"),
    [
        (
            "KAI Siapkan 3,2 Juta Kursi untuk Masa Angkutan Natal dan Tahun Baru 2025",
            "Jakarta, 2 Desember 2025 – PT Kereta Api Indonesia (Persero) menyiapkan",
        ),
        (
            "Borealis Cell Systems Selects Sault Ste. Marie for 400-Job Module Plant",
            "SAULT STE. MARIE, Ontario, March 3, 2026 – Borealis Cell Systems said it",
        ),
        (
            "Small teams are quietly dropping their AI note-takers, a survey shows",
            "By Sam Okafor",
        ),
        ("Bostadsrättspriserna vände uppåt i mars – men inte överallt i landet", "Av Johan Ekdahl"),
        (
            "Πρωινό Briefing: Νέο σύστημα κρατήσεων για τα πλοία, άνοδος στα ενοίκια",
            "Του Νίκου Παπαδάκη",
        ),
        (
            "Ihr Stadtwerke-Brief im Oktober: Förderung für Wärmepumpen verlängert",
            "Liebe Kundinnen und Kunden,",
        ),
    ],
)
def test_a_filled_headline_of_a_text_with_no_blank_line_stays_over_its_dateline_or_byline(
    headline, opening
):
    """Pasted with no blank line at all: the headline's line is full and ends in no stop,
    yet the dateline or the byline under it starts a line of its own."""
    lines = [headline, opening, *[line for line in _WRAPPED_BODY if line]]
    blocks, _ = split_blocks(lines)
    assert blocks[0] == headline
    assert blocks[1].startswith(opening)


def test_a_place_and_a_stop_inside_a_wrapped_sentence_runs_on():
    lines = [
        "Cyclia, fabricant français de vélos cargo, annonce l’ouverture de son site de",
        "Vénissieux (Rhône). D’une surface de 9 500 m², l’usine doit produire jusqu’à",
        "25 000 vélos par an d’ici fin 2026, contre 4 000 aujourd’hui chez son sous-traitant.",
        *[line for line in _WRAPPED_BODY if line],
    ]
    blocks, _ = split_blocks(lines)
    assert blocks[0].startswith("Cyclia") and "Vénissieux (Rhône). D’une" in blocks[0]


def test_a_hard_wrapped_text_with_a_blank_line_after_every_line_reads_as_without_them():
    single = [line for line in RELEASE.splitlines() if line.strip()]
    double = [part for line in single for part in (line, "")]
    assert split_blocks(double)[0] == split_blocks(single)[0]


def test_two_blank_lines_part_the_paragraphs_of_a_double_spaced_hard_wrapped_text():
    paragraphs = [
        [line for line in part.split("\n") if line]
        for part in "\n".join(_WRAPPED_BODY).split("\n\n")
    ]
    double = []
    for paragraph in paragraphs:
        double += [part for line in paragraph for part in (line, "")] + [""]
    blocks, _ = split_blocks(double)
    assert blocks == [" ".join(paragraph) for paragraph in paragraphs]


def test_a_page_of_one_line_paragraphs_parted_by_blank_lines_is_left_as_it_is():
    page = ["A headline", "", "By Ann Lee", ""] + [f"{LONG[i % 3]}" for i in range(9)]
    spaced = [part for line in page[4:] for part in (line, "")]
    blocks, _ = split_blocks(page[:4] + spaced)
    assert blocks == ["A headline", "By Ann Lee", *page[4:]]


HAND_WRAPPED = """Hallo zusammen,

als ich 2021 in die Altstadt zog, hieß es, die neue Buslinie werde schon
im nächsten Frühjahr fahren. Inzwischen ist es das dritte Frühjahr, und
am Donnerstag saß ich mit vierzig Nachbarn im Gemeindesaal am Markt.

Die kurze Fassung: Der Bus ist da. Er steht seit Oktober im Depot.
Es fehlt nur die Haltestelle am Markt, die niemand bauen will, weil
die Straße dort zu schmal ist für den Gelenkbus der Stadtwerke, und
weil der Umbau der Kreuzung erst im übernächsten Jahr geplant ist.

Der Bürgermeister versprach am Ende, die Frage im Herbst noch einmal
in den Ausschuss zu bringen. Ich werde da sein und davon erzählen.

Bis nächste Woche,
Greta
"""


def test_a_sentence_ending_near_the_width_runs_on_in_a_text_parted_by_blank_lines():
    blocks, _ = split_blocks(HAND_WRAPPED.splitlines())
    assert blocks[2].startswith(
        "Die kurze Fassung: Der Bus ist da. Er steht seit Oktober im Depot. Es"
    )
    assert blocks[2].endswith("im übernächsten Jahr geplant ist.")
    assert blocks[-2:] == ["Bis nächste Woche,", "Greta"]


PDF_RELEASE = """NOTA DE PRENSA
Ayuntamiento de Zaragoza
Zaragoza, 12 de marzo de 2026
El tranvía llegará a Valdespartera antes del verano con cuatro paradas
El Ayuntamiento de Zaragoza ha adjudicado este jueves las obras de la prolongación de
la línea 1 del tranvía hasta el barrio de Valdespartera, con un presupuesto de 38
millones de euros y un plazo de ejecución de catorce meses para los tres kilómetros.
Las pruebas sin viajeros empezarán en mayo y servirán para comprobar la señalización,
los cambios de agujas y los nuevos cruces semafóricos, así como para formar a los
conductores contratados para la ampliación.
La concejala de Movilidad, Natalia Chueca, recordó que la ampliación fue aprobada
por el pleno municipal en 2024 y que la financiación procede en un 60 % de fondos
europeos y en un 40 % del presupuesto municipal de los próximos tres ejercicios.
"""


def test_a_heading_with_room_left_on_its_line_stays_over_a_hard_wrapped_paragraph():
    blocks, _ = split_blocks(PDF_RELEASE.splitlines())
    assert "El tranvía llegará a Valdespartera antes del verano con cuatro paradas" in blocks
    assert any(block.startswith("El Ayuntamiento de Zaragoza ha adjudicado") for block in blocks)


HAND_WRAPPED_NOUNS = """Stadtwerke erweitern das Fernwärmenetz im Norden
Kiel, 12. März 2025
Die Stadtwerke Kiel haben am Dienstag mit dem Ausbau des
Fernwärmenetzes im Stadtteil Friedrichsort begonnen. Bis zum Herbst sollen
rund 400 Haushalte an das Netz angeschlossen werden, teilte das
Unternehmen mit.
Nach Angaben der Stadtwerke kostet das Projekt etwa zwölf Millionen
Euro. Der Bund übernimmt davon knapp ein Drittel, den Rest tragen die
Stadtwerke selbst und die beteiligten Wohnungsgesellschaften im Quartier.
Der Ausbau ist Teil der kommunalen Wärmeplanung, die der
Rat im Sommer beschlossen hatte. Bis 2035 soll die Hälfte aller Gebäude in der
Stadt mit Fernwärme versorgt werden, sagte der Oberbürgermeister.
"""


@pytest.mark.parametrize("spaced", [False, True])
def test_a_line_stopping_inside_its_sentence_runs_on_into_a_capitalised_word(spaced):
    """German capitalises its nouns: "… mit dem Ausbau des / Fernwärmenetzes …", "…, die
    der / Rat …" are one sentence, wrapped by hand, not a heading over a paragraph."""
    text = HAND_WRAPPED_NOUNS.replace("\nNach", "\n\nNach").replace("\nDer A", "\n\nDer A")
    blocks, _ = split_blocks((text if spaced else HAND_WRAPPED_NOUNS).splitlines())
    assert any(
        b.startswith("Die Stadtwerke Kiel haben") and "Unternehmen mit." in b for b in blocks
    )
    assert any(b.startswith("Der Ausbau ist Teil") and "Oberbürgermeister." in b for b in blocks)


def test_a_lead_in_over_its_marked_items_is_no_wrapped_paragraph():
    lines = [
        "Les 26 et 27 avril, l'entrée sera gratuite pour tous. Au programme :",
        "• visites flash de 20 minutes toutes les heures ;",
        "• ateliers pour les enfants de 6 à 12 ans (sur inscription) ;",
    ]
    blocks, _ = split_blocks(["Le musée rouvre ses salles", "", *lines, "", "Fin."])
    assert blocks[1:4] == lines


def test_a_wrapped_line_opening_with_a_date_s_day_still_runs_on():
    """ "am / 12. März": one line under the first opening like a numbered item is a wrap."""
    lines = [
        "Die Stadtwerke wollen mit dem Bau der neuen Leitung am Montag, dem",
        "12. März 2025, beginnen und bis zum Herbst damit fertig sein, hieß es.",
    ]
    blocks, _ = split_blocks(["Neue Leitung für Kiel", "", *lines])
    assert blocks[1] == " ".join(lines)


WRAPPED_INTO_A_COLON = """The ferry that links the two islands will run on a winter timetable
from Monday. Boats leave the harbour at seven and at nine in the morning,
and for the four months of the winter the timetable has been cut to
weekdays: two boats a day, none on Saturdays, one on Sunday evenings.

The harbour master said the change followed a fall in the number of
passengers since October. The company will review the timetable in March
and expects to return to the summer service in the second week of April.

Le service reprendra au printemps. Les horaires seront affichés dans les
gares maritimes et sur le site de la compagnie, qui compte renforcer le
week-end : deux départs de plus le samedi, un de plus le dimanche matin.
"""


def test_a_line_stopped_on_a_short_word_runs_on_into_a_word_before_a_colon():
    """A sentence wrapped just before "weekdays:" or "week-end :" goes on; only the line's
    short last word in small letters ("to", "le") tells it from a field under a line."""
    blocks, _ = split_blocks(WRAPPED_INTO_A_COLON.splitlines())
    assert len(blocks) == 3
    assert "has been cut to weekdays: two boats" in blocks[0]
    assert "renforcer le week-end : deux" in blocks[2]


def test_a_contact_block_s_field_in_small_letters_stays_its_own_line():
    lines = [
        "The harbour authority runs the ferries between the two islands and the",
        "mainland, and publishes the timetables for every season on its website.",
        "",
        "Press contact: Harriet Okonedo, Harbour Authority of the Northern Isles",
        "tel: +44 1595 555 010",
        "e-mail: press@harbour.example",
    ]
    blocks, _ = split_blocks(lines)
    assert "tel: +44 1595 555 010" in blocks
    assert "e-mail: press@harbour.example" in blocks


PDF_RELEASE_WIDE = """PRESS RELEASE

Harbour Authority opens a new ferry terminal on the north side of the island after two years of work
North Isles, 3 March 2026 – The Harbour Authority of the Northern Isles opened its new ferry terminal
on Monday, two years after work began on the site of the old fish market. The building cost 42 million
pounds, of which 15 million came from the regional development fund.
The terminal has a waiting room for 300 passengers, a cafe and a covered walkway to the berths. Ferries
to the mainland will leave from it from the first of April, and the old terminal will close in May.
"We have waited a long time for a building that is worthy of the islands", said the authority's chair,
Harriet Okonedo, at the opening.

About the Harbour Authority
The Harbour Authority of the Northern Isles runs the ferries between the islands and the mainland.
"""


def test_a_release_from_a_pdf_wrapped_wider_than_a_mail_joins_its_lines():
    """A page of A4 copied from a PDF wraps its lines at a hundred characters or more: they
    run on as they do in a mail wrapped at seventy-two."""
    blocks, _ = split_blocks(PDF_RELEASE_WIDE.splitlines())
    assert any(
        b.startswith("North Isles, 3 March 2026") and b.endswith("development fund.")
        for b in blocks
    )
    assert any(b.startswith("The terminal has") and b.endswith("close in May.") for b in blocks)


def test_a_wrapped_line_stopped_on_a_short_word_runs_on_into_a_date_s_day():
    lines = [
        "Die Stadtwerke haben am Dienstag ihren Plan für den Ausbau der Fernwärme in",
        "der Weststadt vorgestellt. Rund 2.400 Haushalte sollen bis 2031 an das Netz",
        "angeschlossen werden, die Kosten liegen nach ersten Schätzungen bei etwa",
        "68 Millionen Euro, von denen der Bund einen Teil aus seinem Programm trägt.",
        "",
        "Die Arbeiten an den Leitungen beginnen im Frühjahr im Bereich des Bahnhofs,",
        "die genauen Abschnitte stehen ab sofort auf einer Karte im Netz zur Ansicht.",
        "Für die Anschlüsse, die beim Leitungsbau bestellt werden, fallen bis Ende",
        "2027 keine Zuschüsse an, teilten die Stadtwerke bei der Vorstellung mit.",
        "",
        "Die Stadtwerke laden zu zwei Informationsabenden ein. Sie finden am 7. Oktober",
        "in der Aula der Gesamtschule im Norden der Stadt statt, der zweite dann am",
        "14. Oktober im Bürgerhaus im Westen, beide jeweils ab 18 Uhr und mit Imbiss.",
        "",
        "Pressekontakt:",
        "Katrin Möhle",
    ]
    blocks, _ = split_blocks(lines)
    assert any("der zweite dann am 14. Oktober im Bürgerhaus" in block for block in blocks)


# A wrapped text's opening over the numbered steps of the next tests.
LIBRARY_INTRO = [
    "Getting started with the new library card system",
    "",
    "The library has moved to a new online system this month, and members need to register "
    "again before",
    "they can borrow books or reserve a computer. The process takes about five minutes and "
    "can be done at",
    "home or at any branch. Staff will be on hand to help anyone who finds it difficult to "
    "set things up.",
    "",
]


def test_a_numbered_item_stopped_on_a_short_word_is_no_date_s_day_before_the_next():
    lines = [
        *LIBRARY_INTRO,
        "To register, follow these steps. You will need your old card number and an email "
        "address to sign",
        "1. Open the library website and choose the option to create an account for the new system",
        "2. Enter your old card number, your date of birth and your email address when asked "
        "for it",
        "3. Check your inbox for a confirmation message and click the link to finish the "
        "registration",
    ]
    blocks, _ = split_blocks(lines)
    assert any(block.startswith("3. Check your inbox") for block in blocks)


def test_a_line_stopped_on_a_short_word_over_a_numbered_list_does_not_run_into_it():
    lines = [
        *LIBRARY_INTRO,
        "To register, follow these steps. You will need your card number and an email address "
        "to set it up",
        "1. Open the library website and choose the option to create an account for the new system",
        "2. Enter your old card number, your date of birth and your email address",
        "3. Check your inbox for a confirmation message and click the link to finish the "
        "registration",
    ]
    blocks, _ = split_blocks(lines)
    assert any(block.startswith("1. Open the library website") for block in blocks)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Die Daten fließen in den Bericht des Internationalen Messdienstes in",
            "Genf ein und werden im Frühjahr veröffentlicht.",
        ),
        (
            "The council will publish the full list of roads on its website at",
            "Midsummer House on Friday, the clerk said.",
        ),
        (
            "Les résultats seront présentés lors d'une réunion publique à la mairie de",
            "Villeurbanne le mois prochain.",
        ),
        (
            "Harbour Authority Approves Plan to Dredge the Western Channel Ahead of",
            "Summer Season",
        ),
    ],
)
def test_a_line_stopped_on_a_preposition_runs_on_under_its_own_width(first, second):
    """Two lines of one paragraph in a text with no fixed width: the first ends on a word of
    one or two small letters ("in", "at", "de"), which no headline over its dek ends on."""
    lines = ["Opening paragraph of the story, on a line of its own.", "", first, second]
    blocks, _ = split_blocks(lines)
    assert f"{first} {second}" in blocks


@pytest.mark.parametrize(
    ("headline", "dek"),
    [
        (
            "Energy prices across the whole of Europe are expected to keep going up",
            "Analysts say the coming winter will test the grid as never before this year.",
        ),
        (
            "Stadtrat schafft die Gebühren für das Anwohnerparken in der Altstadt ab",
            "Der Gemeinderat hat entschieden, dass vom Januar an alle Gebühren entfallen.",
        ),
        (
            "Kabinet stelt de beslissing over de nieuwe kerncentrales opnieuw uit op",
            "De ministers willen eerst meer onderzoek naar de kosten van de bouw ervan.",
        ),
    ],
)
def test_a_headline_ending_on_a_verb_s_particle_stays_apart_from_its_longer_dek(headline, dek):
    """English, German and Dutch headlines end on a phrasal or separable verb's particle
    ("up", "ab", "op"): over a longer dek they are no wrapped paragraph's lines."""
    lines = ["Opening paragraph of the story, on a line of its own.", "", headline, dek]
    blocks, _ = split_blocks(lines)
    assert headline in blocks and dek in blocks


def test_items_ending_with_semicolons_stay_apart_when_their_marks_were_dropped():
    lines = [
        "Une page copiée avec de longues lignes, une par paragraphe, comme le font les "
        "navigateurs quand on copie une lettre d'information entière.",
        "",
        "Nous avons demandé trois choses à la métropole :",
        "",
        "la réfection complète du revêtement sur toute la longueur de la rue ;",
        "des arceaux pour garer les vélos devant l'école et la médiathèque ;",
        "un feu pour traverser le boulevard en sécurité, comme au pont de Pirmil.",
    ]
    blocks, _ = split_blocks(lines)
    assert blocks[-3:] == [line for line in lines[-3:]]


@pytest.mark.parametrize(
    ("broken", "rest"),
    [
        (
            "If you have walked along the river this winter you will have seen the fences "
            "going up, and the reason is that neither the city nor the",
            "Environment Agency wants to pay for the new flood wall.",
        ),
        (
            "Wer in diesem Sommer mit dem Rad über die alte Brücke gefahren ist, hat die "
            "Baustelle bemerkt, denn weder die Stadt noch der",
            "Landkreis will die Sanierung allein bezahlen.",
        ),
    ],
)
def test_a_long_line_broken_after_a_short_word_is_mended(broken, rest):
    """A stray line break in a copied page's paragraph: the line stops on "the", "der"."""
    long_line = "A copied page's paragraph on one line of its own, " * 4
    lines = [long_line, "", broken, rest, "", long_line, "", long_line]
    blocks, _ = split_blocks(lines)
    assert f"{broken} {rest}" in blocks


def test_a_caption_ending_on_a_short_word_stays_apart_from_the_story_s_opening():
    caption = (
        "Boats wait at the entrance to the harbour at Kirkwall, Orkney, May 12, 2025. "
        "REUTERS/Staff/File Photo Purchase Licensing Rights, opens new tab"
    )
    opening = "KIRKWALL, May 14 (Reuters) - The ferry company said on Wednesday it would cut."
    long_line = "A copied page's paragraph on one line of its own, " * 4
    lines = [long_line, "", caption, opening, "", long_line, "", long_line]
    blocks, _ = split_blocks(lines)
    assert caption in blocks and opening in blocks


@pytest.mark.parametrize(
    ("caption", "opening"),
    [
        (
            "Boats wait at the entrance to the harbour at Kirkwall, Orkney, May 12, 2025. "
            "REUTERS/Staff/File Photo Purchase Licensing Rights, opens new tab",
            "The ferry company said on Wednesday it would cut sailings to the isles.",
        ),
        (
            "Manifestantes ocupam a Esplanada dos Ministérios em Brasília, 12 de maio de "
            "2025. REUTERS/Adriano Machado Foto: Reuters/Adriano Machado, abre em nova aba",
            "O governo disse na quarta-feira que vai rever o projeto de lei ainda este mês.",
        ),
        (
            "Firefighters work to contain a wildfire near the village of Arouca, Portugal, "
            "September 2, 2025. AP Photo/Armando Franca, opens in new tab",
            "Portugal asked its European neighbours for planes to fight the fires on Tuesday.",
        ),
    ],
)
def test_a_credited_caption_stays_apart_from_a_story_opening_with_no_dateline(caption, opening):
    """A caption credited after a slash, ending on a link's words for a screen reader, over
    the story's first sentence: no paragraph broken after a short word."""
    long_line = "A copied page's paragraph on one line of its own, " * 4
    lines = [long_line, "", caption, opening, "", long_line, "", long_line]
    blocks, _ = split_blocks(lines)
    assert caption in blocks and opening in blocks


def test_a_filled_line_runs_on_into_a_word_before_a_colon():
    """A release from a PDF: the wrap fell before "cooperados:"; a contact block's "tel:"
    under a short line stays a line of its own."""
    release = [
        "Varginha (MG), 24 de junho de 2025 – A Cooperativa Agrícola do Vale anunciou hoje",
        "sua estimativa para a safra 2025/26 de café arábica, com os números de todos os seus",
        "cooperados: 2,38 milhões de sacas de 60 kg, volume 12% superior ao da anterior.",
        "",
        "Segundo a cooperativa, a recuperação se deve às chuvas regulares registradas entre",
        "outubro e fevereiro no Sul de Minas, depois de duas safras prejudicadas por geadas",
        "e pela estiagem prolongada que atingiu a região no inverno passado, disse ela.",
        "",
        "Com o novo armazém, a capacidade total de armazenagem da cooperativa chegará a",
        "1,9 milhão de sacas, distribuídas em onze unidades em todo o Sul de Minas Gerais.",
        "",
        "Assessoria de imprensa",
        "Rua das Flores 12",
        "tel: +55 35 5555-0192",
    ]
    blocks, _ = split_blocks(release)
    assert any(b.startswith("Varginha") and b.endswith("anterior.") for b in blocks)
    assert "tel: +55 35 5555-0192" in blocks


PDF_RELEASE_WITH_EMBARGO = """PRESS RELEASE
Northfield City Council · Library Service
3 March 2026
{label}
City opens its new library in the old railway station
From April, readers in Northfield can borrow books in the old railway station, which
the council has rebuilt over the past two years at a cost of four million pounds. The
library will open seven days a week.
"The station was empty for twenty years and now it is full of readers again," said the
council's leader, Amira Khan, at a visit to the building on Monday.
"""


@pytest.mark.parametrize(
    "label",
    [
        "Embargo: Not for publication before Tuesday, 3 March 2026, at 06.00 GMT",
        "Sperrfrist: Nicht vor Dienstag, 3. März 2026, 6.00 Uhr veröffentlichen",
        "Contact : Service de presse de la Ville, presse@northfield.example",
    ],
)
def test_a_labelled_line_with_room_left_stands_over_a_pdf_release_s_headline(label):
    """A PDF's release with no blank line: the embargo or contact line left room for the
    next line's first word, so it was not wrapped into the headline under it."""
    blocks, _ = split_blocks(PDF_RELEASE_WITH_EMBARGO.format(label=label).splitlines())
    assert label in blocks
    assert "City opens its new library in the old railway station" in blocks
    assert any(block.startswith("From April, readers") for block in blocks)


# A club's mailed circular: a stack of labelled lines of two words each over a rule, the
# letter wrapped at 76 under it.
CIRCULAR = """VEREIN FREUNDE DES STADTPARKS E.V.
Rundbrief Nr. 47 - Winter 2025/26

Vorstand Kontakt: Dienstag und Donnerstag 17-19 Uhr im Vereinsheim am Teich
Spenden Konto: IBAN DE12 3456 7890 1234 5678 90, Sparkasse Musterstadt
==============================================================================

Liebe Mitglieder,

der Herbst hat uns mit zwei Pflanzaktionen beschaeftigt: Am 18. Oktober haben
wir mit der Grundschule am Park zwoelf Obstbaeume gepflanzt, am 8. November
folgten dreihundert Krokuszwiebeln am Ufer des Teichs.

Die Stadt hat zugesagt, die beschaedigten Baenke am Rosengarten bis zum
Fruehjahr zu ersetzen. Wir bleiben dran und berichten im naechsten Rundbrief.

Die Jahreshauptversammlung findet am 14. Maerz 2026 um 19 Uhr im Vereinsheim
statt. Die Einladung mit der Tagesordnung folgt fristgerecht per Post.

NAECHSTE TERMINE: Vogelfuetterung am 10. Januar, Baumschnittkurs am 7. Februar
==============================================================================
"""


def test_labels_of_two_words_and_rules_of_marks_stand_on_lines_of_their_own():
    blocks, _ = split_blocks(CIRCULAR.splitlines())
    assert "Vorstand Kontakt: Dienstag und Donnerstag 17-19 Uhr im Vereinsheim am Teich" in blocks
    assert any(block.startswith("Spenden Konto: IBAN") for block in blocks)
    assert blocks.count("=" * 78) == 2
    assert any(
        block.startswith("NAECHSTE TERMINE:") and block.endswith("7. Februar") for block in blocks
    )
    # The letter's wrapped paragraphs are still joined.
    assert any(block.startswith("der Herbst") and block.endswith("Teichs.") for block in blocks)


@pytest.mark.parametrize(
    "second",
    [
        "Minister said: the budget would be balanced by the end of the year, and",
        "the council said: the budget would be balanced by the end of the year, and",
    ],
)
def test_a_sentence_wrapped_onto_a_line_opening_with_words_and_a_colon_runs_on(second):
    # Words in small letters before the colon: a sentence wrapped there, not a label.
    lines = [
        "The talks in Brussels ended late on Thursday, and in the morning the Prime",
        second,
        "the opposition welcomed the plan, at least for now, in a short statement.",
    ]
    blocks, _ = split_blocks([*lines, "", *lines, "", *lines, "", *lines])
    assert blocks[0] == " ".join(lines)


def test_the_block_set_apart_under_a_stack_of_lines_opens_a_new_stack():
    text = "A paragraph.\n\nRead also\nFirst teaser\nSecond teaser\n\nWhat comes next\n\nMore."
    blocks, groups = split_blocks(text.split("\n"))
    assert stack_openers(blocks, groups) == frozenset({"What comes next"})
    # No blank line anywhere, or one between every line: no stack says anything.
    for lines in (text.replace("\n\n", "\n").split("\n"), text.replace("\n", "\n\n").split("\n")):
        assert stack_openers(*split_blocks(lines)) == frozenset()


def test_a_heading_after_a_sentence_s_end_in_a_wrapped_text_is_its_own_paragraph():
    """A release from a PDF, hard-wrapped, no blank line between its paragraphs: the short
    line with no stop under a quotation's end is a heading, not its last wrapped line."""
    from tearsheet.plaintext import parse_text

    text = "\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Media Contact:",
            "Rachel Osei, Communications Manager",
            "press@cascadiawaterlabs.org | (503) 555-0187",
            "",
            "Cascadia Water Labs Finds PFAS Below New Federal Limits in 41 of 47",
            "Oregon Utilities Tested",
            "Free testing program to expand to private wells in Linn and Benton counties",
            "",
            "PORTLAND, Ore. — January 14, 2026 — Cascadia Water Labs, a nonprofit testing lab",
            "based in Portland, today released results from its first statewide survey of so-called",
            "“forever chemicals” in public drinking water, finding that 41 of the 47 Oregon utilities",
            "sampled already meet the federal limits for PFAS that take effect in 2029.",
            "The six systems that exceeded one or more limits serve a combined population of about",
            "38,000 people, mostly in small towns near former industrial sites and a decommissioned",
            "military airfield. All six were notified in December and have shared the results.",
            "“This is better news than many people expected, and it should reassure most Oregonians,”",
            "said Dr. Helen Marsh, the lab’s scientific director. “But for the families served by those",
            "six systems, ‘most’ is not a comfort, and we want to help them get to a fix quickly.”",
            "Key findings",
            "The survey, carried out between March and October 2025, analyzed 312 samples of treated",
            "water from every utility that agreed to take part in the survey this year.",
        ]
    )
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert "Key findings" in body
    assert body[body.index("Key findings") - 1].endswith("to a fix quickly.”")
