"""A site's menu copied as one row of section names (tearsheet.menurows) is no headline."""

from __future__ import annotations

from tearsheet.menurows import is_menu_row
from tearsheet.plaintext import parse_text

HEADLINE_PT = "Câmara de Viseu aprova novo parque de estacionamento junto ao mercado"
BODY_PT = [
    "A Câmara Municipal de Viseu aprovou esta terça-feira, por unanimidade, a construção de "
    "um parque de estacionamento subterrâneo com 320 lugares junto ao mercado municipal.",
    "A obra, orçada em 6,2 milhões de euros, deverá arrancar no início do próximo ano e "
    "prolongar-se por cerca de dezoito meses, segundo o presidente da autarquia.",
    "Os comerciantes do centro histórico pediam há anos mais lugares de estacionamento "
    "perto do mercado, que recebe milhares de visitantes aos sábados.",
]


def test_a_menu_row_over_the_section_s_label_gives_way_to_the_headline():
    text = "\n".join(
        [
            "Jornal do Vale",
            "Início Política Economia Região Desporto Cultura Opinião",
            "Região",
            HEADLINE_PT,
            "Ana Sousa",
            "12 de março de 2025",
            *BODY_PT,
        ]
    )
    assert parse_text(text, lang="pt").headline == HEADLINE_PT


def test_a_menu_row_in_a_script_without_capitals_is_read_by_its_section_s_label():
    blocks = ["होम देश दुनिया खेल मनोरंजन बिज़नेस", "खेल", "भारत ने तीसरा टेस्ट जीता"]
    body = ["भारत ने तीसरे टेस्ट मैच में इंग्लैंड को पांच विकेट से हराया।"]
    assert is_menu_row(blocks, 0, body)


def test_a_bare_menu_row_names_no_word_of_the_story():
    blocks = ["Úvod Zprávy Domácí Zahraničí Sport Kultura", HEADLINE_PT]
    assert is_menu_row(blocks, 0, BODY_PT)


def test_a_headline_without_punctuation_is_no_menu_row():
    # Title case, over a kicker that repeats one of its words: its words are the story's.
    blocks = ["Climate", "Climate Talks Collapse As Rich Nations Walk Out", "By Ann Lee"]
    body = ["Climate talks in Bonn collapsed on Friday as rich nations walked out over money."]
    assert not is_menu_row(blocks, 1, body)
    # Sentence case, no mark: most words in small letters.
    blocks = ["Rada města schválila nový rozpočet pro školy", "Školství"]
    assert not is_menu_row(blocks, 0, ["Rada města ve středu schválila rozpočet."])
    # A headline under a section's name: the name stands over it, not under.
    blocks = ["Sport", "Sport Clubs Demand Funds From City Hall Now"]
    assert not is_menu_row(blocks, 1, ["The clubs asked City Hall for funds."])


def test_the_site_s_name_over_its_menu_row_gives_way_to_the_headline_under_both():
    # No date or byline the header reads: the first line is taken, then mended; the
    # section's label under the menu ("Região de Viseu") is passed over too.
    text = "\n".join(
        [
            "Diário de Viseu",
            "Região Viseu Lamego Tondela Desporto Opinião",
            "Assinar",
            "Região de Viseu",
            HEADLINE_PT,
            *BODY_PT,
        ]
    )
    assert parse_text(text, lang="pt").headline == HEADLINE_PT


def test_a_headline_over_a_row_of_its_tags_is_still_the_headline():
    from tearsheet.menurows import menu_flaw

    blocks = [HEADLINE_PT, "Autarquias Mobilidade Comércio Urbanismo Beiras", *BODY_PT]
    assert menu_flaw(blocks, 0, BODY_PT) is None
    assert (
        menu_flaw(["Diário de Viseu", *blocks[1:]], 0, BODY_PT) == "the site's name over its menu"
    )


def test_a_post_s_categories_over_its_title_give_way_to_the_title():
    title = "Serra da Estrela no inverno: vale a pena subir à Torre sem experiência?"
    body = [
        "Todos os anos me fazem a mesma pergunta em dezembro: dá para subir à Torre no "
        "inverno sem experiência de montanha? A resposta curta é sim, com algumas condições.",
        "O caminho a partir das Penhas da Saúde tem cerca de nove quilómetros e é fácil de "
        "seguir, mas o vento no planalto muda tudo em poucos minutos.",
    ]
    text = "\n".join(
        ["Caminhos da Rita", "Montanha, Inverno", title, "Rita Lopes", "3 de janeiro de 2026"]
    )
    assert parse_text(text + "\n\n" + "\n\n".join(body), lang="pt").headline == title


def test_a_headline_with_a_comma_is_no_row_of_categories():
    from tearsheet.menurows import menu_flaw

    blocks = ["Rome, Milan and Turin close their centres to cars", "Smog reaches a record"]
    assert menu_flaw(blocks, 0, []) is None
    blocks = ["Storm hits coast, thousands without power", "Residents were told to stay home"]
    assert menu_flaw(blocks, 0, []) is None
