"""The organisation that issued a text: an e-mail newsletter's sender, when its footer gives
the organisation's address or its team signs it, and never a person's newsletter."""

from __future__ import annotations

import pytest

from tearsheet.issuers import read_issuer_beside_label
from tearsheet.organisations import ISSUER, spelled_out
from tearsheet.plaintext import parse_text
from tearsheet.pressoffices import read_press_office_line
from tearsheet.recognise import Draft

STORY = {
    "en": (
        "The spring volunteer day will take place on Saturday 25 April from ten o'clock, "
        "with skips set up beside block C and coffee on the lawn afterwards for everyone.",
        "From 1 April every car in the guest spaces must show a valid guest card behind "
        "the windscreen; cards are available from the caretaker's office.",
    ),
    "de": (
        "Gute Nachrichten für alle, die über eine neue Heizung nachdenken: Unser Zuschuss "
        "für Wärmepumpen in Bestandsgebäuden läuft nicht wie geplant Ende Oktober aus.",
        "Wir bezuschussen den Einbau einer Luft- oder Erdwärmepumpe mit bis zu 1.500 Euro, "
        "wenn Sie gleichzeitig unseren Wärmestrom-Tarif abschließen.",
    ),
    "nl": (
        "Het broedseizoen zit erop, en we hebben goed nieuws. In onze weidevogelgebieden "
        "zijn dit voorjaar meer jonge grutto's groot geworden dan in de afgelopen tien jaar.",
        "Dat blijkt uit de tellingen van onze boswachters en vrijwilligers, die sinds maart "
        "elke week door de polders zijn gelopen om de nesten te tellen.",
    ),
}
HEADER = {
    "en": (
        "From: {sender}",
        "Date: 6 March 2026 16:45",
        "To: residents@example.org",
        "Subject: {subject}",
    ),
    "de": (
        "Von: {sender}",
        "Datum: 7. Oktober 2025 um 10:02",
        "An: leser@example.de",
        "Betreff: {subject}",
    ),
    "nl": (
        "Van: {sender}",
        "Datum: donderdag 3 juli 2025 om 10:15",
        "Aan: lezer@example.nl",
        "Onderwerp: {subject}",
    ),
}


def mail(lang: str, sender: str, subject: str, *footer: str) -> str:
    header = [line.format(sender=sender, subject=subject) for line in HEADER[lang]]
    return "\n".join(header) + "\n\n" + "\n\n".join([subject, *STORY[lang], *footer]) + "\n"


@pytest.mark.parametrize(
    ("lang", "sender", "subject", "footer", "source"),
    [
        # The footer gives the sender's postal address, with its legal form or its kind.
        (
            "de",
            "Stadtwerke Lindenau <newsletter@swl-post.example>",
            "Ihr Kundenbrief im Oktober",
            ["Herzliche Grüße", "Stadtwerke Lindenau GmbH · Hafenstraße 6 · 72072 Lindenau"],
            "Stadtwerke Lindenau",
        ),
        (
            "en",
            "Board of Elm Court Housing Co-op <board@elmcourt.example>",
            "Newsletter from the board – March",
            ["Best wishes", "Elm Court Housing Co-op, 52 Elm Road, Leeds LS6 2AB"],
            "Elm Court Housing Co-op",
        ),
        # A club named after its place, whose words read as a person's after "von".
        (
            "de",
            "Wanderverein von Maria Laach <vorstand@wv-laach.example>",
            "Rundbrief im Herbst",
            ["Bis bald!", "Wanderverein von Maria Laach · Am See 4 · 56653 Glees"],
            "Wanderverein von Maria Laach",
        ),
        # The organisation's full name in its address, among the footer's sentences.
        (
            "nl",
            "Vogelbescherming <nieuwsbrief@vogelbescherming.example>",
            "Goed nieuws uit de polder",
            [
                "Je ontvangt deze e-mail omdat je lid bent. Vereniging Vogelbescherming "
                "Nederland · Boulevard 12 · 3707 BM Zeist Afmelden | Voorkeuren"
            ],
            "Vogelbescherming",
        ),
    ],
)
def test_an_organisations_newsletter_names_its_sender_as_source(
    lang, sender, subject, footer, source
):
    article = parse_text(mail(lang, sender, subject, *footer), lang=lang)
    assert article.source == source
    assert article.byline == ()
    body = article.body
    assert all(paragraph in body for paragraph in STORY[lang])


@pytest.mark.parametrize(
    ("sender", "subject", "footer"),
    [
        # A person sends it, alone or with the newsletter's name.
        (
            "Harriet Okonedo <harriet@example.org>",
            "Notes from the allotment",
            ["Harriet Okonedo · 12 Mill Lane · Leeds LS6 1AA"],
        ),
        (
            "Harriet Okonedo | Plot Notes <plotnotes@mail.example>",
            "Notes from the allotment",
            ["Plot Notes · 12 Mill Lane · Leeds LS6 1AA"],
        ),
        # The newsletter is sent under its own title, its subject's first word.
        (
            "Tramletter <hello@tramletter.example>",
            "Tramletter #112: the new depot",
            ["Tramletter, 140 Tor Street, Leeds LS1 4AB"],
        ),
        # An organisation's name, but no address or signature to show it sent the mail.
        (
            "Elm Court Housing Co-op <board@elmcourt.example>",
            "Newsletter from the board",
            ["Unsubscribe"],
        ),
    ],
)
def test_no_source_from_a_sender_that_is_no_issuing_organisation(sender, subject, footer):
    assert parse_text(mail("en", sender, subject, *footer), lang="en").source is None


def test_a_copyright_line_naming_the_sender_as_fully_keeps_its_name():
    text = mail(
        "en",
        "Tramletter <hello@tramletter.example>",
        "Week 11: the new depot",
        "Tramletter Ltd, Box 1124, Leeds LS1 4AB",
        "© 2026 Tramletter Ltd",
    )
    assert parse_text(text, lang="en").source == "Tramletter Ltd"


def _notice(lang: str, *footer: str, header: tuple[str, ...] = ()) -> str:
    blocks = [*header, "Guest cards for every car from April", "6 March 2026", *STORY[lang]]
    return "\n\n".join([*blocks, *footer]) + "\n"


@pytest.mark.parametrize(
    ("lang", "footer", "header", "source"),
    [
        # The label over the name, among the footer's links.
        (
            "nl",
            [
                "Lees ook",
                "Een publicatie van:\nMinisterie van Infrastructuur en Waterstaat",
                "Delen",
            ],
            (),
            "Ministerie van Infrastructuur en Waterstaat",
        ),
        # On one line, over the headline among the page's furniture, in Chinese.
        (
            "en",
            ["Back to top"],
            ("首頁 > 新聞稿", "發布單位：交通部公路局", "分享"),
            "交通部公路局",
        ),
        # With the words before it that PR Times writes, under a © line it wins over.
        (
            "en",
            ["このリリースの配信元企業：株式会社さくら堂", "© 2026 PR TIMES Inc."],
            (),
            "株式会社さくら堂",
        ),
        ("de", ["Herausgeber: Landratsamt Tübingen", "Impressum"], (), "Landratsamt Tübingen"),
        # The label in the other languages.
        (
            "en",
            ["Diterbitkan oleh: Dinas Perhubungan DKI Jakarta"],
            (),
            "Dinas Perhubungan DKI Jakarta",
        ),
        ("en", ["صادر عن: وزارة الصحة"], (), "وزارة الصحة"),
        ("en", ["ออกโดย: กรมอุตุนิยมวิทยา"], (), "กรมอุตุนิยมวิทยา"),
    ],
)
def test_a_label_naming_who_issued_the_page_names_the_source(lang, footer, header, source):
    article = parse_text(_notice(lang, *footer, header=header), lang=lang)
    assert article.source == source
    assert all(paragraph in article.body for paragraph in STORY[lang])


@pytest.mark.parametrize(
    "footer",
    [
        ["Published by: Harriet Okonedo"],  # a person: the writer, no organisation
        ["Published by the council's housing team in March."],  # a sentence, no label
        ["Published by:", "Share this page"],  # the label with nothing under it
        ["Published by: 12 March 2026"],  # a date
    ],
)
def test_no_source_from_a_label_naming_no_organisation(footer):
    article = parse_text(_notice("en", *footer), lang="en")
    assert article.source is None


RELEASE = {
    "en": (
        "Trains every thirty minutes from June",
        "Vilnius, 3 March 2026 – Regional trains between Vilnius and Kaunas will run every "
        "thirty minutes from June, the operator announced on Tuesday, doubling the service.",
        "Tickets for the new trains go on sale on 15 May, and the fares stay as they are.",
    ),
    "pl": (
        "Pociągi co pół godziny od czerwca",
        "Gdańsk, 3 marca 2026 r. – Od czerwca pociągi regionalne między Gdańskiem a Elblągiem "
        "będą kursować co trzydzieści minut, poinformował we wtorek przewoźnik.",
        "Sprzedaż biletów na nowe pociągi rozpocznie się 15 maja, a ceny się nie zmienią.",
    ),
    "fr": (
        "Des bus toutes les dix minutes dès juin",
        "Montreux, le 3 mars 2026 – Les bus entre Montreux et Villeneuve passeront toutes les "
        "dix minutes à partir de juin, a annoncé mardi l’exploitant, qui double ainsi l’offre.",
        "Les abonnements actuels restent valables et les tarifs ne changent pas, précise "
        "l’entreprise dans un communiqué publié mardi matin.",
        "Quinze chauffeurs supplémentaires seront engagés avant l’été pour assurer les "
        "nouvelles courses, la plupart au dépôt de Clarens.",
    ),
    "es": (
        "Trenes cada media hora desde junio",
        "Bilbao, 3 de marzo de 2026.– Los trenes regionales entre Bilbao y Santander pasarán "
        "cada treinta minutos a partir de junio, según anunció el operador este martes.",
        "Los billetes para los nuevos trenes saldrán a la venta el 15 de mayo y los precios "
        "se mantendrán como hasta ahora, según explicó la compañía en un comunicado.",
        "La empresa contratará a cuarenta maquinistas antes del verano para cubrir los "
        "nuevos servicios, la mayoría de ellos en Santander.",
    ),
    "lt": (
        "Nuo birželio traukiniai kursuos kas pusvalandį",
        "Vilnius, 2026 m. kovo 3 d. – Nuo birželio regioniniai traukiniai tarp Vilniaus ir "
        "Kauno kursuos kas trisdešimt minučių, antradienį pranešė vežėjas.",
        "Bilietai į naujus traukinius bus parduodami nuo gegužės 15 d., o kainos nesikeis.",
    ),
    "lv": (
        "No jūnija vilcieni kursēs ik pusstundu",
        "Rīga, 2026. gada 3. marts – No jūnija reģionālie vilcieni starp Rīgu un Jelgavu "
        "kursēs ik pēc trīsdesmit minūtēm, otrdien paziņoja pārvadātājs.",
        "Biļetes uz jaunajiem vilcieniem tirgos no 15. maija, un cenas nemainīsies.",
    ),
    "hu": (
        "Júniustól félóránként járnak a vonatok",
        "Debrecen, 2026. március 3. – Júniustól félóránként közlekednek a regionális vonatok "
        "Debrecen és Nyíregyháza között, jelentette be kedden a vasúttársaság.",
        "Az új vonatokra május 15-től lehet jegyet váltani, az árak nem változnak.",
    ),
}


def _release(*closing: str, lang: str = "en") -> str:
    return "\n\n".join([*RELEASE[lang], *closing]) + "\n"


@pytest.mark.parametrize(
    ("closing", "lang", "source"),
    [
        # The heading is the name, with its legal form, in the release's trailer.
        (
            [
                "Media contact\nAnna Berg\n+370 600 12345",
                "Baltic Rail Oy",
                "Baltic Rail Oy is a company owned by the cities of Vilnius and Kaunas that "
                "runs the regional trains between them.",
            ],
            "en",
            "Baltic Rail Oy",
        ),
        # The language's "about" before it, the name with its legal form in the paragraph.
        (
            [
                "O Koleje Bałtyckie",
                "Koleje Bałtyckie S.A. jest największym przewoźnikiem regionalnym w kraju i "
                "obsługuje ponad 500 połączeń dziennie.",
            ],
            "pl",
            "Koleje Bałtyckie",
        ),
        (
            [
                "Acerca de Grupo Norte",
                "Grupo Norte es una empresa de transporte con sede en Bilbao que opera trenes "
                "regionales en cinco comunidades autónomas.",
            ],
            "es",
            "Grupo Norte",
        ),
        # The heading names it inflected, the paragraph with its legal form first.
        (
            [
                "Apie „Kauno energiją“",
                "AB „Kauno energija“ – didžiausia Kauno regione šilumos tiekimo įmonė, "
                "aptarnaujanti daugiau nei 100 tūkst. gyventojų.",
            ],
            "lt",
            "AB „Kauno energija“",
        ),
        (
            [
                "Par Rīgas ūdeni",
                "SIA Rīgas ūdens ir lielākais ūdensapgādes uzņēmums Latvijā, kas apkalpo "
                "vairāk nekā 600 tūkstošus iedzīvotāju.",
            ],
            "lv",
            "SIA Rīgas ūdens",
        ),
        # Hungarian's "about" as the name's suffix, no "is" after the name.
        (
            [
                "Az Alföldi Vízművekről",
                "Az Alföldi Vízművek Kelet-Magyarország egyik legnagyobb vízszolgáltatója, "
                "hatvan településen közel négyszázezer embert lát el ivóvízzel.",
            ],
            "hu",
            "Alföldi Vízművek",
        ),
    ],
)
def test_a_press_releases_boilerplate_names_its_issuer(closing, lang, source):
    assert parse_text(_release(*closing, lang=lang), lang=lang).source == source


BOILERPLATE_FR = (
    "Les Transports de la région montreusienne SA exploitent un réseau de bus et de "
    "funiculaires desservant huit communes et transportant 12 millions de voyageurs par an."
)


@pytest.mark.parametrize(
    ("heading", "source"),
    [
        # The heading abbreviates the company the paragraph names in full.
        ("À propos des trm", "Transports de la région montreusienne SA"),
        ("À propos des TRM", "Transports de la région montreusienne SA"),
        # An abbreviation of something else.
        ("À propos des xy", None),
    ],
)
def test_a_boilerplate_under_the_issuers_abbreviation(heading, source):
    text = _release(heading, BOILERPLATE_FR, lang="fr")
    assert parse_text(text, lang="fr").source == source


@pytest.mark.parametrize(
    "closing",
    [
        # A writer's bio: a person's name over a paragraph about her.
        [
            "About the author",
            "Harriet Okonedo",
            "Harriet Okonedo is a transport reporter who has covered the railways for "
            "twelve years from Vilnius and Riga.",
        ],
        # The page's word over its rules.
        [
            "Comments",
            "Comments have to be in English, and in full sentences. They cannot be abusive "
            "or personal, and are read before they appear.",
        ],
        # A subheading that is a company's name, over a paragraph about it, in the story.
        [
            "Baltic Rail Group",
            "Baltic Rail Group said it would hire forty drivers before the summer to run "
            "the extra trains, most of them in Kaunas.",
        ],
    ],
)
def test_no_issuer_from_a_heading_over_a_paragraph_that_is_no_boilerplate(closing):
    assert parse_text(_release(*closing), lang="en").source is None


def _site(masthead: tuple[str, ...], *footer: str) -> str:
    menu = ("Skip to content", *masthead, "Home", "About us", "News", "Contact")
    story = RELEASE["en"]
    return "\n".join([*menu, *story[:1], "2 October 2024", *story[1:], *footer]) + "\n"


@pytest.mark.parametrize(
    ("masthead", "source"),
    [
        # The kicker and a breadcrumb say it is a release; the masthead names the issuer.
        (
            ("Department of Regional Transport", "Home › News › Media releases", "Media release"),
            "Department of Regional Transport",
        ),
        (
            ("The Official Website of the Region", "Office of the Governor", "Press Releases"),
            "Office of the Governor",
        ),
        # The masthead's organisation, then its department after a dash or bar.
        (
            ("Media release", "Town of Kelsey – Communications and Engagement"),
            "Town of Kelsey",
        ),
        (
            ("Press Releases", "Department of Regional Transport | Media Unit"),
            "Department of Regional Transport",
        ),
    ],
)
def test_a_release_on_an_organisations_site_is_issued_by_its_masthead(masthead, source):
    assert parse_text(_site(masthead), lang="en").source == source


def test_a_masthead_names_no_issuer_of_a_story_that_is_no_release():
    masthead = ("Department of Regional Transport", "Home › News › Stories")
    assert parse_text(_site(masthead), lang="en").source is None


def test_the_sites_copyright_line_names_the_issuer_as_written():
    masthead = ("Riga Technical University", "Press Releases")
    text = _site(masthead, "© Rīgas Tehniskā universitāte")
    assert parse_text(text, lang="en").source == "Rīgas Tehniskā universitāte"


@pytest.mark.parametrize(
    ("closing", "lang", "source"),
    [
        (
            [
                "Noot voor de redactie, niet voor publicatie:\nVoor meer informatie kunt u "
                "contact opnemen met de afdeling Communicatie van Zorggroep Aa via "
                "pers@zorggroep-aa.example of 030 123 45 67."
            ],
            "en",
            "Zorggroep Aa",
        ),
        (["Media contact", "Press Office of Baltic Rail", "+370 600 12345"], "en", "Baltic Rail"),
        (
            ["Kontakt dla mediów:", "Biuro Prasowe Koleje Bałtyckie", "tel. +48 22 474 52 00"],
            "pl",
            "Koleje Bałtyckie",
        ),
    ],
)
def test_a_releases_press_office_names_its_issuer(closing, lang, source):
    assert parse_text(_release(*closing, lang=lang), lang=lang).source == source


def test_a_press_office_with_no_name_after_it_names_no_issuer():
    closing = ["Media contact", "Press office: +370 600 12345", "press@example.org"]
    assert parse_text(_release(*closing), lang="en").source is None


def _forwarded(sender: str) -> str:
    outer = [
        "De : Martine Roux <martine.roux@example.fr>",
        "Envoyé : mercredi 4 mars 2026 08:14",
        "À : Liste quartier <quartier@example.org>",
        "Objet : TR: La lettre de mars",
    ]
    inner = [
        f"De : {sender}",
        "Envoyé : mardi 3 mars 2026 18:02",
        "À : martine.roux@example.fr",
        "Objet : La lettre de mars",
    ]
    story = (
        "Le printemps arrive et, avec lui, notre assemblée générale annuelle. Elle se tiendra "
        "le samedi 21 mars à 14 h à la salle des fêtes du quartier.",
        "Pour voter par procuration, il suffit de répondre à ce courriel avant le 19 mars en "
        "indiquant le nom de la personne qui vous représente.",
    )
    note = "Pour info, à lire avant l’AG !\nMartine"
    return (
        "\n".join(outer)
        + f"\n\n{note}\n\n"
        + "\n".join(inner)
        + "\n\n"
        + ("\n\n".join(["La lettre de mars", *story, "Se désinscrire | Gérer mes préférences"]))
    )


def test_a_forwarded_newsletter_names_the_organisation_that_sent_it():
    article = parse_text(_forwarded("Coopérative des Tanneurs <bonjour@tanneurs.example>"))
    assert article.source == "Coopérative des Tanneurs"


def test_a_press_office_sending_under_an_abbreviation_names_no_issuer():
    article = parse_text(_forwarded("Service de presse tl <presse@tl.example>"))
    assert article.source is None


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # The boilerplate spells out the abbreviation its heading gives.
        (
            [
                "About ERT",
                "Estonian Regional Transport (ERT) is the company owned by the counties that "
                "runs the regional trains and buses of southern Estonia.",
            ],
            "Estonian Regional Transport",
        ),
        (
            [
                "Mengenai UTM",
                "Universiti Teknologi Malaysia (UTM) ialah universiti penyelidikan awam yang "
                "terkemuka dalam bidang kejuruteraan, sains dan teknologi.",
            ],
            "Universiti Teknologi Malaysia",
        ),
    ],
)
def test_a_boilerplate_spelling_out_the_heading(closing, source):
    assert parse_text(_release(*closing), lang="en").source == source


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        (
            "Berita ini disiarkan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian "
            "Kesehatan RI. Untuk informasi lebih lanjut dapat menghubungi hotline kami.",
            "Kementerian Kesehatan RI",
        ),
        (
            "This release was issued by the press office of the Baltic Rail Authority. For "
            "more information call the number below.",
            "Baltic Rail Authority",
        ),
    ],
)
def test_a_last_paragraph_saying_a_press_office_issued_it(closing, source):
    assert parse_text(_release(closing), lang="en").source == source


def test_a_story_quoting_a_press_office_names_no_issuer():
    closing = (
        "A spokesman for the press office of the Baltic Rail Authority said the timetable "
        "would be published in April, after the talks with the unions."
    )
    assert parse_text(_release(closing), lang="en").source is None


@pytest.mark.parametrize(
    ("label", "masthead", "source"),
    [
        (
            "Nota de prensa",
            "Ministerio de Vivienda y Agenda Urbana",
            "Ministerio de Vivienda y Agenda Urbana",
        ),
        ("Siaran Pers", "Kementerian Perhubungan", "Kementerian Perhubungan"),
        # Catalan, in both numbers.
        ("Notes de premsa", "Ajuntament de Girona", "Ajuntament de Girona"),
        ("Nota de premsa", "Consell Comarcal del Gironès", "Consell Comarcal del Gironès"),
        ("Komunikat prasowy", "Ministerstwo Infrastruktury", "Ministerstwo Infrastruktury"),
    ],
)
def test_a_release_labelled_in_the_languages_is_issued_by_its_masthead(label, masthead, source):
    assert parse_text(_site((masthead, "Home › Prensa", label)), lang="en").source == source


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("„Топлофикация София“ ЕАД започва ремонт на мрежата", "„Топлофикация София“ ЕАД"),
        ("«Укрзалізниця» ТОВ оголошує новий розклад", "«Укрзалізниця» ТОВ"),
        ("Grupo Norte S.A.U. anuncia nuevas rutas", "Grupo Norte S.A.U."),
        ("Maju Jaya Sdn. Bhd. hari ini melancarkan", "Maju Jaya Sdn. Bhd."),
        ("Die Stadtwerke Neu-Ulm GmbH legen", "Stadtwerke Neu-Ulm GmbH"),
        # The article before the name in Hungarian and Portuguese.
        ("A Tiszamenti Hőszolgáltató Zrt. ma bejelentette", "Tiszamenti Hőszolgáltató Zrt."),
        ("Az Alföldi Víz Kft. új telepet nyitott", "Alföldi Víz Kft."),
        ("A Transportes do Sado S.A. anunciou hoje", "Transportes do Sado S.A."),
        ("O Banco do Minho S.A. lança uma conta", "Banco do Minho S.A."),
    ],
)
def test_a_releases_first_words_name_its_issuer_with_the_legal_form(opening, issuer):
    match = ISSUER.match(opening)
    assert match is not None
    assert match["name"] == issuer


@pytest.mark.parametrize("opening", ["„Nie ma na co czekać” – mówi prezes", "Ana Souza disse"])
def test_words_without_a_legal_form_name_no_issuer(opening):
    assert ISSUER.match(opening) is None


@pytest.mark.parametrize(
    ("contact", "lang", "source"),
    [
        (["Weitere Auskünfte:", "SBB Medienstelle", "Telefon +41 51 220 41 11"], "de", "SBB"),
        (["Zoo Leipzig Pressestelle", "presse@zoo-leipzig.de"], "de", "Zoo Leipzig"),
        (
            ["Per a més informació:", "Gabinet de Premsa i Comunicació de l'AMB", "93 506 99 99"],
            "ca",
            "AMB",
        ),
        (["Harbour Trust Media Relations", "+61 2 8969 2100"], "en", "Harbour Trust"),
        (["Jane Smith, Media Relations", "+61 2 8969 2100"], "en", None),  # the contact
        (["Weitere Auskünfte:", "Telefon +41 51 220 41 11"], "de", None),
    ],
)
def test_a_contact_blocks_press_office_line_names_the_issuer(contact, lang, source):
    draft = Draft(lang=lang)
    read_press_office_line(contact, draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("abbreviation", "paragraph", "name"),
    [
        (
            "AEMET",
            "La Agencia Estatal de Meteorología (AEMET) informa de un episodio de calor.",
            "Agencia Estatal de Meteorología",
        ),
        (
            "AMB",
            "L'Àrea Metropolitana de Barcelona (AMB) ha posat en funcionament 24 estacions.",
            "Àrea Metropolitana de Barcelona",
        ),
        (
            "UTM",
            "Universiti Teknologi Malaysia (UTM) hari ini melancarkan",
            "Universiti Teknologi Malaysia",
        ),
        ("DOH", "the Department of Health (DOH) said on Monday", "Department of Health"),
        ("SBB", "Die Schweizerischen Bundesbahnen SBB und die ÖBB führen", None),  # no parentheses
        ("NHS", "said the minister (NHS) today", None),  # the words before spell nothing
    ],
)
def test_an_abbreviation_the_story_spells_out(abbreviation, paragraph, name):
    assert spelled_out(abbreviation, ["Madrid, 3 de julio de 2026.", paragraph]) == name


def test_a_source_read_as_an_abbreviation_is_named_as_the_story_spells_it_out():
    text = (
        "Aviso por calor en el Guadalquivir\n\n3 de julio de 2026\n\n"
        "La Agencia Estatal de Meteorología (AEMET) informa de un episodio de temperaturas muy "
        "altas que afectará al valle del Guadalquivir desde el jueves hasta el domingo.\n\n"
        "Se esperan máximas de 44 grados en la campiña de Córdoba y de Sevilla, según el aviso "
        "que la agencia publicó esta mañana.\n\n© AEMET"
    )
    assert parse_text(text, lang="es").source == "Agencia Estatal de Meteorología"


def test_a_news_agencys_initials_stay_its_source():
    text = (
        "Sequía en Andalucía\n\nSevilla, 28 jul (EFE).- La Agencia EFE (EFE) ha sabido que los "
        "embalses andaluces están al 20 por ciento de su capacidad, según los datos oficiales.\n\n"
        "La Junta prevé nuevas restricciones en agosto si no llueve antes en la cuenca."
    )
    assert parse_text(text, lang="es").source == "EFE"


ABOUT_PARTNER = (
    "About SolarEdge South Africa\nSolarEdge South Africa is a supplier of commercial solar "
    "and storage systems with offices in Johannesburg and Cape Town."
)


@pytest.mark.parametrize(
    ("issued", "source"),
    [
        ("Issued by: City of Tshwane Communication and Marketing", "City of Tshwane"),
        ("Issued by: Eskom Holdings SOC Ltd", "Eskom Holdings SOC Ltd"),
        ("For media enquiries: Selby Bokaba, Chief of Staff", "SolarEdge South Africa"),
    ],
)
def test_the_label_of_who_issued_a_release_wins_over_a_partners_boilerplate(issued, source):
    more = (
        "The first installations will begin in April at three clinics, and the city expects "
        "the panels to generate about 14 gigawatt-hours a year once all sites are connected.",
        "Residents will be told of any short interruptions at the buildings during the work.",
    )
    contact = f"{issued}\nTel: 012 358 0000\nEmail: media@tshwane.gov.za"
    text = _release(*more, "ENDS", contact, ABOUT_PARTNER)
    assert parse_text(text, lang="en").source == source


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("Communiqué de presse – Préfecture du Rhône", "fr", "Préfecture du Rhône"),
        ("City of Leeds | Press release", "en", "City of Leeds"),
        ("Pressemitteilung – Stadt Köln", "de", "Stadt Köln"),
        ("Persbericht | Gemeente Utrecht", "nl", "Gemeente Utrecht"),
        ("Press release – Jane Smith", "en", None),  # a person
        ("Press release – Trains run again.", "en", None),  # a sentence
    ],
)
def test_the_issuer_beside_a_releases_label(line, lang, source):
    draft = Draft(lang=lang)
    read_issuer_beside_label(line, draft)
    assert draft.source == source


def test_a_label_with_its_issuer_over_the_headline_names_the_source():
    text = (
        "Accueil > Actualités > Communiqués de presse\n\n"
        "Communiqué de presse – Préfecture du Rhône\n\n"
        "Canicule : le département du Rhône placé en vigilance rouge\n\n"
        "Mis à jour le 28/07/2026\n\n"
        "Météo-France a placé le département du Rhône en vigilance rouge canicule à compter du "
        "mardi 29 juillet 2026 à 6 heures, avec des maximales de 39 à 41 degrés.\n\n"
        "Le préfet a activé le plan canicule et demande aux communes d'ouvrir des salles "
        "rafraîchies pour les personnes âgées et isolées.\n"
    )
    assert parse_text(text, lang="fr").source == "Préfecture du Rhône"


@pytest.mark.parametrize("menu", ["Media and news", "Sala de prensa", "Über uns"])
def test_a_menu_label_over_a_release_is_no_issuer(menu: str) -> None:
    text = (
        f"Harbour District Council\n\n{menu}\n\nHome / News / Media releases\n\n"
        "Fire season starts early this year\n\nMedia release\n\n30 September 2026\n\n"
        "The fire season starts two weeks early in six districts, after a dry winter left "
        "the grass on the hills ready to burn.\n\n"
        "Anyone who wants to light a fire in these districts will need a permit from the "
        "first of October.\n"
    )
    assert parse_text(text, lang="en").source == "Harbour District Council"


def test_words_alike_but_for_more_than_an_ending_name_no_issuer() -> None:
    from tearsheet.issuernames import _same_word

    assert _same_word("vandenis“", "vandenys“")
    assert _same_word("Vilniaus", "Vilniaus")
    assert not _same_word("Kaunas", "Klaipėda")
    assert not _same_word("Mano", "Man")  # too short to tell an ending


@pytest.mark.parametrize(
    ("heading", "paragraph", "source"),
    [
        (
            "«Самұрық-Энерго» АҚ туралы",
            "«Самұрық-Энерго» АҚ – Қазақстандағы ірі энергетикалық холдинг, оның құрамына "
            "электр станциялары мен электр желілері кіреді.",
            "«Самұрық-Энерго» АҚ",
        ),
        (
            "Anadolu Enerji A.Ş. hakkında",
            "Anadolu Enerji A.Ş. – Türkiye'nin önde gelen yenilenebilir enerji şirketlerinden "
            "biridir ve dört ilde rüzgâr santrali işletmektedir.",
            "Anadolu Enerji A.Ş.",
        ),
    ],
)
def test_a_boilerplate_heading_with_the_about_word_after_the_name(heading, paragraph, source):
    assert parse_text(_release(heading, paragraph), lang="en").source == source


@pytest.mark.parametrize(
    ("masthead", "source"),
    [
        (
            ("የኢትዮጵያ ንጹህ ውሃ ማህበር", "Ethiopian Clean Water Association", "ለጋዜጣ የተሰጠ መግለጫ"),
            "የኢትዮጵያ ንጹህ ውሃ ማህበር",
        ),
        (("Ethiopian Clean Water Association", "ጋዜጣዊ መግለጫ"), "Ethiopian Clean Water Association"),
    ],
)
def test_an_amharic_release_is_issued_by_its_masthead(masthead, source):
    assert parse_text(_site(masthead), lang="en").source == source


@pytest.mark.parametrize(
    ("sender", "footer", "source"),
    [
        ("Comunicación Adif <prensa@adif.es>", "Adif. Dirección de Comunicación", "Adif"),
        (
            "Kommunikation Stadtwerke Ulm <presse@swu.example>",
            "Stadtwerke Ulm · Karlstraße 1 · 89073 Ulm",
            "Stadtwerke Ulm",
        ),
        (
            "Comunicació Ajuntament de Girona <premsa@girona.example>",
            "Ajuntament de Girona · Plaça del Vi, 1 · 17004 Girona",
            "Ajuntament de Girona",
        ),
    ],
)
def test_a_communications_desk_sending_names_its_organisation(sender, footer, source):
    text = "\n".join(HEADER["en"]).format(sender=f"{sender}", subject="Nueva estación")
    text += "\n\n" + "\n\n".join([*STORY["en"], footer]) + "\n"
    assert parse_text(text, lang="en").source == source


@pytest.mark.parametrize(
    ("sender", "subject", "source"),
    [
        ("Odnosi z javnostmi Lek <pr@lek.example>", "Lek odpira nov obrat", "Lek"),
        (
            "Relations presse Vilmorin <presse@vilmorin.example>",
            "Vilmorin ouvre un site",
            "Vilmorin",
        ),
        ("Public Relations Tessaro <pr@tessaro.example>", "Tessaro opens a new plant", "Tessaro"),
    ],
)
def test_a_public_relations_desk_sending_the_organisation_its_subject_names(
    sender, subject, source
):
    text = "\n".join(HEADER["en"]).format(sender=sender, subject=subject)
    text += "\n\n" + "\n\n".join(STORY["en"]) + "\n"
    assert parse_text(text, lang="en").source == source


def test_a_communications_desk_whose_name_the_text_never_gives_names_no_issuer():
    text = "\n".join(HEADER["en"]).format(sender="Comunicación Xyzw <p@x.example>", subject="Hola")
    text += "\n\n" + "\n\n".join(STORY["en"]) + "\n"
    assert parse_text(text, lang="en").source is None


def test_a_press_office_by_initials_names_the_masthead_in_full():
    text = (
        "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie\n"
        "ul. Jana Brożka 3, 30-347 Kraków\n\nKOMUNIKAT PRASOWY\n\nKraków, 16 lutego 2026 r.\n\n"
        "Od 1 marca nowe linie nocne w Krakowie\n\n"
        "Od niedzieli, 1 marca 2026 r., w Krakowie zaczną kursować trzy nowe nocne linie "
        "autobusowe, które połączą centrum z osiedlami na obrzeżach miasta.\n"
        "Szczegółowe rozkłady jazdy są dostępne na stronie przewoźnika i w aplikacji.\n\n"
        "Kontakt dla mediów:\nDział Komunikacji Społecznej MPK S.A.\ntel. 12 000 00 00\n"
    )
    source = parse_text(text, lang="pl").source
    assert source == "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w Krakowie"


def test_a_press_office_named_with_its_adjective_names_its_organisation():
    from tearsheet.pressoffices import read_press_office

    draft = Draft(lang="pl")
    assert read_press_office(["Dział Komunikacji Społecznej Tramwaje Śląskie S.A."], draft)
    assert draft.source == "Tramwaje Śląskie S.A"


@pytest.mark.parametrize(
    ("masthead", "name", "office"),
    [
        ("UNICEF Tanzania", "UNICEF", "UNICEF Tanzania"),
        ("Save the Children Kenya", "Save the Children", "Save the Children Kenya"),
        ("WWF Germany", "WWF", "WWF Germany"),
        # Not a place after the name: the organisation's own name stays.
        ("UNICEF Annual Report", "UNICEF", "UNICEF"),
        ("UNICEF", "UNICEF", "UNICEF"),
    ],
)
def test_the_masthead_names_the_organisations_office_in_a_place(masthead, name, office):
    from tearsheet.issuers import country_office

    draft = Draft(lang="en")
    draft.removed.append(("masthead name", masthead))
    assert country_office(name, draft) == office


@pytest.mark.parametrize(
    ("lang", "sender", "footer", "source"),
    [
        (
            "en",
            "The Harbour Post <news@harbourpost.example>",
            "The Harbour Post, Quay House, Harbour Road, Bristol BS1 4AB",
            "The Harbour Post",
        ),
        (
            "de",
            "Kulturkreis Lindenau <post@kkl.example>",
            "Kulturkreis Lindenau, Am Markt, Hinterhaus, 04177 Leipzig",
            "Kulturkreis Lindenau",
        ),
    ],
)
def test_the_senders_address_in_several_parts_names_it(lang, sender, footer, source):
    assert parse_text(mail(lang, sender, "This week", footer), lang=lang).source == source


def test_the_board_signing_in_french_names_the_sender():
    text = (
        "De : Vélo Campus Lyon <lettre@velocampus.example>\n"
        "Date : 3 mars 2026 à 09:00\n"
        "Objet : Nettoyage des berges\n\n"
        "Nettoyage des berges\n\n"
        "Le samedi 14 mars, une cinquantaine de bénévoles ont ramassé près de deux tonnes de "
        "déchets le long du canal, entre l'écluse et le port de plaisance.\n\n"
        "La prochaine sortie aura lieu en avril ; les inscriptions sont ouvertes sur le site.\n\n"
        "Le bureau de Vélo Campus Lyon\n"
    )
    assert parse_text(text, lang="fr").source == "Vélo Campus Lyon"


@pytest.mark.parametrize(
    ("lang", "header", "masthead", "label", "source"),
    [
        (
            "lt",
            (
                "Nuo: Vilniaus miesto savivaldybės Spaudos skyrius <spauda@vilnius.example>",
                "Išsiųsta: 2026 m. kovo 3 d., antradienis 10:15",
                "Kam: redakcija@example.lt",
                "Tema: PRANEŠIMAS ŽINIASKLAIDAI. Nauji dviračių takai",
            ),
            "Vilniaus miesto savivaldybė",
            "PRANEŠIMAS ŽINIASKLAIDAI",
            "Vilniaus miesto savivaldybė",
        ),
    ],
)
def test_a_mailed_releases_masthead_names_the_issuer(lang, header, masthead, label, source):
    text = (
        "\n".join(header)
        + f"\n\n{masthead}\n{label}\n\nNauji dviračių takai\n\n"
        + "Vilniaus miesto savivaldybė šiemet nutiesė dvylika kilometrų naujų dviračių takų, "
        "jungiančių miegamuosius rajonus su senamiesčiu ir universitetu.\n\n"
        + "Takai bus prižiūrimi visus metus, o žiemą juos valys savivaldybės įmonė.\n"
    )
    assert parse_text(text, lang=lang).source == source


def test_the_footer_writes_the_senders_name_quoted_after_its_legal_form():
    footer = ["UAB „Saulės vėjas“, Gedimino pr. 1, LT-01103 Vilnius"]
    text = mail("en", "Saulės vėjas <news@saulesvejas.example>", "Autumn tariffs", *footer)
    assert parse_text(text, lang="en").source == "UAB „Saulės vėjas“"


LETTERHEAD_STORY = (
    "The committee met on Thursday and agreed to repaint the clubhouse in the spring, once "
    "the roof has been repaired and the gutters on the north side have been replaced.\n\n"
    "Members who can help on the two working Saturdays in April are asked to put their "
    "names on the list in the hall before the end of the month.\n\n"
)


@pytest.mark.parametrize(
    ("head", "footer", "source"),
    [
        # The letterhead in capitals over the bulletin, written again before its address.
        (
            "HARBOUR ROAD BOWLS ASSOCIATION, ARKLOW",
            "Harbour Road Bowls Association, Arklow · Reg. No. 44120 · 7 Harbour Road",
            "Harbour Road Bowls Association",
        ),
        # ... after its registration number, in Greek without its accents in capitals.
        (
            "ΣΥΛΛΟΓΟΣ ΚΑΤΟΙΚΩΝ ΠΑΝΟΡΑΜΑΤΟΣ",
            "ΑΦΜ 099887766 · Σύλλογος Κατοίκων Πανοράματος",
            ("Σύλλογος Κατοίκων Πανοράματος"),
        ),
        # A title written as a sentence is no letterhead, nor a name with no address.
        ("Harbour Road Bowls Association", "Harbour Road Bowls Association · 7 Harbour Road", None),
        ("HARBOUR ROAD BOWLS ASSOCIATION", "Harbour Road Bowls Association", None),
    ],
)
def test_a_letterhead_the_footer_writes_again_names_the_issuer(head, footer, source):
    text = f"{head}\n\nSpring works at the clubhouse\n\n{LETTERHEAD_STORY}-----\n{footer}\n"
    assert parse_text(text, lang="en" if head.isascii() else "el").source == source


@pytest.mark.parametrize(
    ("masthead", "domain", "source"),
    [
        # The masthead's name again as the site's domain in the footer.
        ("Kystverket", "Kystverket.no", "Kystverket"),
        ("Harbour Police", "harbourpolice.gov.uk", "Harbour Police"),
        # Another site's domain names no source.
        ("Kystverket", "havneguiden.no", None),
    ],
)
def test_a_masthead_the_footers_domain_names_again_is_the_source(masthead, domain, source):
    text = (
        f"Skip to content\n{masthead}\nHome  News  Contact\n\n"
        "Harbour closed to small craft after storm damage\n\n12 March 2025\n\n"
        f"{LETTERHEAD_STORY}Share this page\n\nRelated\n\n{domain}\n\nPrivacy  Cookies\n"
    )
    assert parse_text(text, lang="en").source == source


@pytest.mark.parametrize(
    ("lang", "sender", "footer", "source"),
    [
        # The desk sends under the name in lower case, as the language writes it in a
        # phrase; the footer writes it with its capital.
        (
            "nl",
            "Communicatie gemeente Zwolle <pers@zwolle.example>",
            "Gemeente Zwolle | Postbus 10007 | 8000 GA Zwolle | www.zwolle.example",
            "Gemeente Zwolle",
        ),
        (
            "de",
            "Kommunikation stadtwerke Lindenau <presse@swl.example>",
            "Stadtwerke Lindenau · Hafenstraße 6 · 72072 Lindenau",
            "Stadtwerke Lindenau",
        ),
    ],
)
def test_a_desk_sending_under_the_name_in_lower_case_names_it_as_the_footer_writes_it(
    lang, sender, footer, source
):
    article = parse_text(mail(lang, sender, "Persbericht", footer), lang=lang)
    assert article.source == source


NEWSLETTER_MAIL = (
    "---------- Messaggio inoltrato ---------\n"
    "Da: {sender} <newsletter@bibliotechediroma.it>\n"
    "Date: ven 13 giu 2025 alle ore 09:00\n"
    "Subject: Newsletter n. 24/2025 – L'estate in biblioteca\n"
    "To: {recipient}\n\n\n"
    "L'estate in biblioteca: orari, letture sotto gli alberi e il ritorno del Bibliobus\n\n"
    "Care lettrici e cari lettori,\n\n"
    "con l'arrivo del caldo cambiano gli orari di molte sedi, ma le biblioteche restano "
    "aperte per tutta l'estate, dal lunedì al venerdì dalle 9 alle 19.\n\n"
    "Torna per il quinto anno il ciclo di letture all'aperto nei giardini delle biblioteche, "
    "con autrici e autori, attori e gruppi di lettura di quartiere.\n\n"
    "Vi aspettiamo, anche solo per un po' di fresco.\n\n"
    "La redazione di Biblioteche di Roma\n\n"
    "--\n"
    "Ricevi questa email perché ti sei iscritto alla newsletter.\n"
)


@pytest.mark.parametrize(
    "recipient", ["<lucia.ferrante@gmail.com>", "Lucia Ferrante <lucia.ferrante@gmail.com>"]
)
def test_the_recipient_s_line_is_not_the_sender_and_a_team_signs_no_byline(recipient):
    """ "To: <…>" writes an address as the sender's line does: the newsletter's team signing
    it ("La redazione di …") names the sender as its issuer, and is no writer's byline."""
    text = NEWSLETTER_MAIL.format(sender="Biblioteche di Roma", recipient=recipient)
    article = parse_text(text)
    assert article.source == "Biblioteche di Roma"
    assert article.byline == ()
    assert article.body.rstrip().endswith("La redazione di Biblioteche di Roma")


def test_a_press_office_before_a_dash_names_its_organisation():
    from tearsheet.pressoffices import PRESS_SENDER

    found = PRESS_SENDER.match("Gabinete de Comunicación - Concello de Lugo")
    assert found is not None and found.end() == len("Gabinete de Comunicación - ")
    text = NEWSLETTER_MAIL.format(
        sender="Gabinete de Comunicación - Biblioteche di Roma", recipient="<a@example.org>"
    ).replace("La redazione di Biblioteche di Roma", "Biblioteche di Roma")
    assert parse_text(text).source == "Biblioteche di Roma"
