"""Kickers over a headline (tearsheet.kickers): an interview's or an opinion's overline over
its quoted headline, in several languages, and the lines it must leave alone."""

from __future__ import annotations

import pytest

from tearsheet.kickers import ends_menu_run, is_overline, is_question_headline, is_quotation
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("overline", "headline"),
    [
        (
            "Waldbrand-Expertin über den Sommer 2026",
            "»Wir haben die Brandsaison falsch verstanden«",
        ),
        ("Klimaforscherin im Gespräch", "„Der Sommer 2026 war erst der Anfang“"),
        ("Entretien avec une glaciologue", "« Les glaciers alpins auront disparu en 2100 »"),
        ("La científica que mide el mar", "“El Mediterráneo se calienta más deprisa”"),
        ("Wywiad z epidemiolożką", "„Smog zabija więcej ludzi niż wypadki”"),
        ("Heat expert on the summer", '"We misread the fire season entirely"'),
        ("海女学校の校長に聞く", "「海はもう昔の海ではない」と語る"),
    ],
)
def test_an_overline_over_a_quoted_headline(overline, headline):
    assert is_quotation(headline) or headline.startswith("「")
    if is_quotation(headline):
        assert is_overline(overline, headline)


@pytest.mark.parametrize(
    ("line", "following"),
    [
        # A name over a quotation: the speaker's, not an overline.
        ("Katrin Melzer", "»Wir haben die Brandsaison falsch verstanden«"),
        # A headline with a quotation in it: no quotation on its own.
        (
            "Waldbrand-Expertin über den Sommer 2026",
            "Melzer: »Wir haben die Brandsaison falsch verstanden«",
        ),
        # A sentence over the quotation: the body's.
        ("Sie sagte es so.", "»Wir haben die Brandsaison falsch verstanden«"),
        # A quotation over a quotation.
        ("»Nie wieder«", "»Wir haben die Brandsaison falsch verstanden«"),
        # A two-word quotation is a label's or a title's, not a headline.
        ("Buchkritik der Woche", "»Nie wieder«"),
    ],
)
def test_lines_that_are_no_overline(line, following):
    assert not is_overline(line, following)


PROSE = {
    "de": [
        "Brandenburg hat in diesem Jahr so viele Waldbrände erlebt wie nie, sagt die "
        "Feuerökologin, und die Saison beginne inzwischen schon im März.",
        "Löschflugzeuge allein helfen nicht, sagt sie: Die meisten Brände entscheiden sich in "
        "den ersten zwanzig Minuten am Boden, wo Wege und Wasser fehlen.",
    ],
    "fr": [
        "Il y a deux ans, notre entreprise cherchait onze régleurs depuis plus de dix-huit "
        "mois, sans recevoir une seule candidature sérieuse pour ces postes.",
        "Nous avons alors proposé la semaine de quatre jours sans baisse de salaire, et les "
        "candidatures sont arrivées en quelques semaines à peine.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "overline", "headline", "date"),
    [
        (
            "de",
            "Waldbrand-Expertin über den Sommer 2026",
            "»Wir haben die Brandsaison falsch verstanden«",
            "14.11.2026, 18.02 Uhr",
        ),
        (
            "fr",
            "Une DRH de Haute-Savoie raconte",
            "« La semaine de quatre jours est un outil de recrutement »",
            "Publié le 11 février 2026 à 06h00",
        ),
    ],
)
def test_the_quoted_headline_under_its_overline_is_the_headline(lang, overline, headline, date):
    for header in ([overline, headline, date], [overline, headline]):
        article = parse_text("\n\n".join([*header, *PROSE[lang]]), lang=lang)
        assert article.headline == headline
        assert article.kicker == overline


def test_a_headline_over_a_quoted_dek_stays_the_headline():
    quoted = "»Wir haben die Brandsaison in Brandenburg falsch verstanden, und zwar gründlich«"
    headline = "Brandenburg erlebt so viele Waldbrände wie nie"
    text = "\n\n".join([headline, quoted, "14.11.2026, 18.02 Uhr", *PROSE["de"]])
    assert parse_text(text, lang="de").headline == headline


def _local_page(menu: list[str], section: str, headline: str, date: str, button: str, prose):
    return "\n".join([*menu, section, headline, date, button, *prose])


@pytest.mark.parametrize(
    ("menu", "section", "headline", "date", "button", "prose"),
    [
        (
            ["Glas Slavonije", "Lokalne vijesti", "Slavonija", "Hrvatska", "Svijet", "Sport"],
            "Lokalne vijesti",
            "Novi most preko Drave u Osijeku bit će dovršen do kraja 2027.",
            "14.03.2026. 09:15",
            "Poslušajte vijest",
            [
                "OSIJEK: Gradnja novog mosta preko Drave odvija se prema planu i most bi trebao "
                "biti dovršen do kraja 2027. godine, izjavio je danas gradonačelnik Osijeka.",
                "On je tijekom obilaska gradilišta rekao da je postavljeno više od polovine "
                "čelične konstrukcije i da radovi nisu zaustavljeni ni tijekom jesenskih kiša.",
            ],
        ),
        (
            ["Korzár", "Regionálne správy", "Slovensko", "Svet", "Šport", "Kultúra"],
            "Regionálne správy",
            "Nová plaváreň v Prešove bude hotová najneskôr do konca roka 2027.",
            "14. 3. 2026 9:15",
            "Vypočujte si článok",
            [
                "Výstavba novej plavárne v Prešove pokračuje podľa plánu a hotová by mala byť "
                "najneskôr do konca roka 2027, povedal dnes primátor mesta počas obhliadky.",
                "Podľa primátora je hrubá stavba hotová a práce neprerušili ani jesenné dažde, "
                "ktoré zdržali iné stavby v meste o niekoľko týždňov.",
            ],
        ),
    ],
)
def test_a_section_s_label_repeating_the_menu_is_over_the_headline(
    menu, section, headline, date, button, prose
):
    # The headline ends in an ordinal's stop ("2027."): still the headline, not a dek.
    article = parse_text(_local_page(menu, section, headline, date, button, prose))
    assert article.headline == headline


@pytest.mark.parametrize(
    ("blocks", "index"),
    [
        (["Fakty", "Polska", "Świat", "Sport", "Fakty Polska"], 4),
        (["Gündem", "Ekonomi", "Spor", "Anasayfa Gündem"], 3),
        (["Nachrichten", "Mehr Sport", "Kultur", "Startseite Mehr Sport"], 3),
    ],
)
def test_a_path_ending_on_an_item_of_the_menu_above_is_the_page_s_path(blocks, index):
    from tearsheet.kickers import is_menu_path

    assert is_menu_path(blocks, index)


@pytest.mark.parametrize(
    ("blocks", "index"),
    [
        (["Fakty", "Polska", "Świat", "Katarzyna Wrona"], 3),
        (["Sport", "Kultur", "Anna Berg"], 2),
        (["Sport", "Sport"], 1),
    ],
)
def test_a_name_under_the_menu_is_no_path(blocks, index):
    from tearsheet.kickers import is_menu_path

    assert not is_menu_path(blocks, index)


def test_a_path_copied_without_its_marks_is_no_byline():
    text = (
        "Fakty\n\nPolska\n\nŚwiat\n\nSport\n\n"
        "Fakty Polska\n\n"
        "Nowy most na Wiśle otwarty dla ruchu po trzech latach budowy\n\n"
        "Anna Nowak (PAP)\n\n"
        "Aktualizacja: 21 października 2026 13:27\n\n"
        "Nowy most na Wiśle w Płocku został we wtorek otwarty dla ruchu samochodowego po "
        "trzech latach budowy, poinformował prezydent miasta na konferencji prasowej.\n\n"
        "Przeprawa ma skrócić dojazd do centrum z północnych dzielnic o kwadrans i "
        "odciążyć stary most, który czeka na remont.\n"
    )
    article = parse_text(text, "pl")
    assert article.byline == ("Anna Nowak",)
    assert article.headline == "Nowy most na Wiśle otwarty dla ruchu po trzech latach budowy"


@pytest.mark.parametrize(
    ("lines", "ends"),
    [
        (["K100", "Mogginn", "Minningargreinar"], True),
        (["Inland", "Ausland", "Wirtschaft"], True),
        # A writer's name of two words, a sentence, a line with punctuation after it: no menu.
        (["Sport", "Kultur", "Anna Berg"], False),
        (["Sport", "Kultur", "Mehr lesen:"], False),
        (["Kultur", "Die Stadt baut."], False),
        # Chinese items are words of a few characters; a headline has no spaces either.
        (["新闻", "国际", "体育"], True),
        (["国际", "体育", "港务局历时两年批准新建轮渡码头"], False),
    ],
)
def test_a_run_of_one_word_menu_items(lines, ends):
    assert ends_menu_run(lines, len(lines) - 1) is ends


_MENU = ["Skip to content", "News 2", "Toggle Menu", "News", "Local News", "Weather", "Sports"]
_STORY = [
    "NASHVILLE, Tenn. (WKRN) — Thousands of water customers in Antioch were told to boil "
    "their water on Friday after a 24-inch main broke under Blue Hole Road.",
    "The break was reported just before 4:30 a.m. Water flooded two lanes of the road and "
    "crews shut it down between two junctions for most of the morning.",
    "Metro Water Services said pressure had been restored to most customers by noon.",
]


@pytest.mark.parametrize("section", [["Davidson County"], []])
def test_a_box_s_teaser_over_the_headline_is_no_headline(section):
    """ "Top Stories" / (a section's label) / another story's headline / the story's
    headline / "by: …": two headlines stacked over the byline under a box's label; the
    upper one is the box's teaser."""
    header = [
        "Top Stories",
        *section,
        "Crews battle overnight house fire in Madison; no injuries reported",
        "Boil water advisory issued for parts of Antioch after 24-inch main break",
        "by: Kelsey Marchetti",
        "Posted: Oct 3, 2026 / 06:12 AM CDT",
    ]
    article = parse_text("\n".join([*_MENU, *header, *_STORY]), lang="en")
    assert article.headline == header[-3]
    # With no box's label over them, or a paid mark ("Premium"), the upper line stays the
    # headline (the lower one its dek).
    article = parse_text("\n".join([*_MENU, *header[1:], *_STORY]), lang="en")
    assert article.headline == header[-4]
    article = parse_text("\n".join([*_MENU, "Premium", *header[1:], *_STORY]), lang="en")
    assert article.headline == header[-4]


def test_a_story_s_opening_questions_are_no_headline():
    """Two questions in one line are a paragraph of the story, not a headline that asks."""
    assert is_question_headline("¿Por qué no baja el precio del pan en el norte de África?")
    assert not is_question_headline("Who pays? Nobody knows yet, the minister said, and why?")


def test_role_under_the_dek_does_not_make_the_headline_a_kicker() -> None:
    """ "<headline> / <long dek> / Sports reporter / <date>": the role stands for an unnamed
    byline, so the short first line is still the headline over its dek."""
    from tearsheet.kickers import headline_over_dek

    blocks = [
        "Hridoy century seals the series",
        "A last-over thriller against Ireland ends with a four-wicket win and the series won "
        "with a match to spare at the Sylhet stadium",
        "Sports reporter",
    ]
    assert headline_over_dek(blocks, [0, 1, 2])
