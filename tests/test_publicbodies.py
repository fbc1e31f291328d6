"""Public bodies by their names' words (tearsheet.publicbodies): a ministry's or a city's
name, told from a menu's words and sentences, and the body that closes its own news."""

from __future__ import annotations

import pytest

from tearsheet.organisations import organisation_of
from tearsheet.plaintext import parse_text
from tearsheet.publicbodies import public_body
from tearsheet.writernames import is_writer

STORY = (
    "Werkende ouders krijgen vanaf 1 januari 2027 een vergoeding van bijna alle kosten voor "
    "kinderopvang, ongeacht hun inkomen. Dat heeft het kabinet vandaag bekendgemaakt.\n\n"
    "Ouders vragen geen toeslag meer aan. De opvang stuurt alleen nog een rekening voor het "
    "deel dat niet vergoed wordt.\n"
)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Ministerie van Sociale Zaken en Werkgelegenheid", None),
        ("Ayuntamiento de Huesca", None),
        ("Gemeente Veldhoven-West", None),
        ("Ministry of Health and Social Care", None),
        ("Bundesministerium für Bildung und Forschung", None),
        ("Tartu Linnavalitsus", None),
        ("Vilniaus miesto savivaldybė", None),
        ("Sosiaali- ja terveysministeriö", None),
        ("Comune di Bologna", None),
        ("Prefeitura de Campinas", None),
        # Greek's final sigma, which casefold writes as a middle one; Bulgarian's municipality.
        ("Δήμος Πατρέων", None),
        ("Περιφέρεια Κρήτης", None),
        ("Община Варна", None),
        # An elided particle: Catalan's and Italian's "d'", "dell'".
        ("Departament d'Acció Climàtica, Alimentació i Agenda Rural", None),
        ("Conselleria d'Educació", None),
        ("Ministero dell'Interno", None),
        ("Comune dell'Aquila", None),
        (
            "Ayuntamiento de Huesca · Plaza de la Catedral, 1 · 22002 Huesca",
            "Ayuntamiento de Huesca",
        ),
    ],
)
def test_public_bodies_by_their_words(line: str, body: str | None) -> None:
    expected = body or line
    assert public_body(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ayuntamiento",  # a menu's word alone
        "City Council",  # the words of a menu or section, no body named
        "Meer over de gemeente",
        "Ministry says talks will resume",
        "Harbour Post",
        "Ministerie van Financiën: 2026",
        "Departament d'acord amb la llei",  # a sentence's words after the elision
    ],
)
def test_menus_sentences_and_other_names_are_no_public_body(line: str) -> None:
    assert public_body(line) is None


def test_the_ministry_closing_its_news_is_the_source() -> None:
    text = (
        "Kinderopvang vanaf 2027 bijna gratis\n\n17-11-2026\n\n"
        + STORY
        + "\nMinisterie van Sociale Zaken en Werkgelegenheid\n\nGerelateerd\n\nKinderopvang\n"
    )
    article = parse_text(text, lang="nl")
    assert article.source == "Ministerie van Sociale Zaken en Werkgelegenheid"
    assert not any("Ministerie" in paragraph for paragraph in article.body.split("\n\n"))


def test_a_copyright_line_wins_over_no_public_body() -> None:
    text = (
        "Kinderopvang vanaf 2027 bijna gratis\n\n17-11-2026\n\n"
        + STORY
        + "\nDeel dit artikel\n\n© 2026 Het Dagblad\n"
    )
    assert parse_text(text, lang="nl").source == "Het Dagblad"


def test_a_public_body_before_its_address() -> None:
    assert public_body("Tartu Linnavalitsus, Raekoda, 50089 Tartu") == "Tartu Linnavalitsus"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Comune di Treviso – Settore Lavori Pubblici", "Comune di Treviso"),
        ("Mairie de Lyon — Direction de la communication", "Mairie de Lyon"),
        ("Ayuntamiento de Huesca – Área de Movilidad", "Ayuntamiento de Huesca"),
        ("Gemeente Zwolle – afdeling Communicatie", "Gemeente Zwolle"),
        # A sentence with a dash names no body.
        ("Ministry says – talks will resume", None),
    ],
)
def test_a_public_body_before_its_department(line: str, body: str | None) -> None:
    assert public_body(line) == body


@pytest.mark.parametrize(
    "name",
    [
        "Tartu Linnavalitsus",
        "Gemeente Veldhoven-West",
        "Bristol Cycling Campaign",
        "Naturschutz Initiative Hessen",
        "Stowarzyszenie Miłośników Rowerów",
        "Bundesministerium für Gesundheit",
        # A city's council by the city's word and "of", or a city's word the languages
        # give no person.
        "Ville de Saint-Étienne-du-Lac",
        "City of Tshwane",
        "Città di Treviso",
        "Mesto Košice",
        "Miasto Gdynia",
    ],
)
def test_public_bodies_and_campaigns_are_organisations(name: str) -> None:
    assert organisation_of(name) == name


@pytest.mark.parametrize(
    "name",
    ["Anna Berg", "Gobierno de España", "NSW Government", "Tom Reddaway", "Ville Virtanen"],
)
def test_persons_and_whole_governments_are_no_such_organisation(name: str) -> None:
    # A whole government is left to the more precise body its masthead names under it.
    assert organisation_of(name) is None


def test_an_organisations_newsletter_signed_with_its_name_credits_it() -> None:
    text = (
        "Linna uudiskiri: jõulukuu algab\n\n27.11.2026\n\n"
        "Advendiaeg on peaaegu käes ja Raekoja platsil süttivad jõulukuuse tuled pühapäeval "
        "kell seitseteist.\n\nBussijaama kõrval avati uus rattaparkla, mis on tasuta ja avatud "
        "ööpäevaringselt.\n\nIlusat advendiaega!\n\nTartu Linnavalitsus\n\n"
        "Tartu Linnavalitsus, Raekoda, 50089 Tartu\n"
    )
    article = parse_text(text, lang="et")
    assert article.byline == ()
    assert article.source == "Tartu Linnavalitsus"


def test_the_copyright_of_an_organisation_read_as_the_writer_names_the_source() -> None:
    assert not is_writer("Bristol Cycling Campaign", ["Bristol Cycling Campaign"])
    assert is_writer("Maeve Doherty", ["Maeve Doherty"])


def test_the_body_on_a_line_of_the_block_closing_its_news() -> None:
    from tearsheet.publicbodies import read_public_body
    from tearsheet.recognise import Draft

    draft = Draft(lang="el")
    closing = ["Από το Γραφείο Τύπου\nΔήμος Πατρέων\nΜαιζώνος 108, 262 21 Πάτρα"]
    assert read_public_body(closing, draft)
    assert draft.source == "Δήμος Πατρέων"


_NOTICE_REST = {
    "es": "el próximo martes se interrumpirá el suministro de agua entre las ocho y las "
    "catorce horas en las calles afectadas por las obras.",
    "en": "the north car park will be closed from Monday to Friday while its surface is "
    "relaid, and that blue badge spaces move to the library.",
    "fr": "la rue de la République sera fermée à la circulation du lundi au vendredi pour "
    "des travaux de réfection de la chaussée.",
    "nl": "de Stationsstraat van maandag tot en met vrijdag is afgesloten voor alle verkeer "
    "vanwege werkzaamheden aan het riool.",
}


@pytest.mark.parametrize(
    ("lang", "opening", "source"),
    [
        (
            "es",
            "El Ayuntamiento de Valladolid informa de que, con motivo de unas obras,",
            "Ayuntamiento de Valladolid",
        ),
        ("en", "The Ministry of Transport informs residents that", "Ministry of Transport"),
        ("fr", "La Mairie de Redon informe les riverains que", "Mairie de Redon"),
        ("nl", "De Gemeente Veldhoven maakt bekend dat", "Gemeente Veldhoven"),
    ],
)
def test_a_notice_opening_on_the_body_that_announces_it_names_the_source(lang, opening, source):
    text = "\n\n".join(["Road closed next week", "12/03/2026", f"{opening} {_NOTICE_REST[lang]}"])
    assert parse_text(text, lang=lang).source == source


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        # A story tells what the body did, in the past tense.
        ("es", "El Ayuntamiento de Valladolid anunció ayer que, con motivo de unas obras,"),
        ("en", "The Ministry of Transport announced on Tuesday that"),
        # A person, not a body, informs.
        ("es", "María López informa de que, con motivo de unas obras,"),
    ],
)
def test_a_story_or_a_person_announcing_names_no_source(lang, opening):
    text = "\n\n".join(["Road closed next week", "12/03/2026", f"{opening} {_NOTICE_REST[lang]}"])
    assert parse_text(text, lang=lang).source is None


def test_a_body_named_over_the_headline_and_again_in_the_footer_is_the_source():
    from copiedtexts import PROSE
    from tearsheet.plaintext import parse_text

    text = "\n".join(
        [
            "Ga direct naar de inhoud",
            "Gemeente Utrecht",
            "Menu",
            "Zoeken",
            "Home",
            "Nieuws",
            "Werkzaamheden Catharijnesingel: fietsers rijden vanaf 12 januari om",
            "Nieuwsbericht | 18 december 2025",
            *PROSE,
            "Deel deze pagina",
            "Facebook",
            "LinkedIn",
            "WhatsApp",
            "E-mail",
            "Gerelateerd",
            "Kademuren en werven",
            "Omleidingen en wegwerkzaamheden",
            "Was deze informatie nuttig?",
            "Ja",
            "Nee",
            "Gemeente Utrecht",
            "Bel 14 030",
            "Stadskantoor, Stadsplateau 1",
            "Privacy",
        ]
    )
    assert parse_text(text, lang="nl").source == "Gemeente Utrecht"


def test_a_body_named_only_over_the_headline_is_no_source():
    from copiedtexts import PROSE
    from tearsheet.plaintext import parse_text

    text = "\n".join(
        [
            "Gemeente Utrecht",
            "Menu",
            "Home",
            "Werkzaamheden Catharijnesingel",
            "18 december 2025",
            *PROSE,
            "Deel deze pagina",
            "Privacy",
        ]
    )
    assert parse_text(text, lang="nl").source is None


@pytest.mark.parametrize(
    "line",
    [
        "Ministère de l'Agriculture et de la Souveraineté alimentaire",
        "Ministère de la Transition écologique",
    ],
)
def test_a_french_body_closing_on_its_small_adjective(line: str) -> None:
    assert public_body(line) == line


@pytest.mark.parametrize("line", ["Le ministère", "Órgãos do Governo", "Ministry of Health said"])
def test_an_article_or_a_menu_before_a_body_word_is_no_body(line: str) -> None:
    assert public_body(line) is None


GOVERNMENT_PAGE = (
    "Pular para o conteúdo principal\ngov.br\nÓrgãos do Governo\nAcesso à Informação\n"
    "Ministério da Saúde\nO que você procura?\nAssuntos\nNotícias\n"
    "Vacinação contra a gripe é ampliada para toda a população\n"
    "Publicado em 12/05/2025 16h40\n"
    "Estados e municípios com doses disponíveis já podem vacinar qualquer pessoa a partir "
    "de seis meses de idade, segundo a nota técnica divulgada nesta segunda-feira.\n"
    "A decisão foi tomada após a análise dos dados de cobertura vacinal e da circulação do "
    "vírus nas últimas semanas em todas as regiões do país.\n"
    "Notícias relacionadas\nSaiba como se proteger das doenças respiratórias\n"
)


def test_a_government_site_names_its_ministry_over_the_headline() -> None:
    article = parse_text(GOVERNMENT_PAGE)
    assert article.source == "Ministério da Saúde"
    assert article.headline == "Vacinação contra a gripe é ampliada para toda a população"


def test_a_papers_masthead_section_is_no_source_without_a_government_domain() -> None:
    article = parse_text(GOVERNMENT_PAGE.replace("gov.br\n", "folha.com\n"))
    assert article.source != "Ministério da Saúde"
