"""A match's result over a report's headline (tearsheet.scorelines): the scoreboard, never
the headline."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.scorelines import is_result_line


@pytest.mark.parametrize(
    "line",
    [
        "Vitória Guimarães 2 - 2 Porto",
        "Sparta Praha 2:0 Slavia",
        "Bayern München 3–1 Borussia Dortmund",
        "Olympiakos 0-0 Panathinaikos",
        "Спартак 2:1 Зенит",
    ],
)
def test_result_lines(line):
    assert is_result_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A report's headline with the result in it goes on after it.
        "Arsenal 2-1 Chelsea: Saka settles it late",
        "Inflation rises 2-3 percent",
        "The 3 - 1 win that saved the season",
    ],
)
def test_lines_that_are_no_result(line):
    assert not is_result_line(line)


def test_the_result_over_a_report_s_label_is_not_its_headline():
    headline = "Um Porto reduzido a dez segura o empate em Guimarães e sai com ar de vencedor"
    dek = "Diogo Costa travou os encarnados, que jogaram meia hora contra dez depois da expulsão"
    text = "\n".join(
        [
            "A BOLA",
            "Entrar",
            "Assinar",
            "Futebol",
            "Liga Portugal",
            "Benfica",
            "Porto",
            "Sporting",
            "Modalidades",
            "Utilizamos cookies próprios e de terceiros para melhorar os nossos serviços. Se "
            "continuar a navegar, consideramos que aceita a sua utilização.",
            "Aceitar e continuar",
            "Futebol",
            "Liga Portugal",
            "Vitória Guimarães 2 - 2 Porto",
            "Crónica",
            headline,
            dek,
            "Pepê festeja o empate em Guimarães. LUSA",
            "Rui Santos Almeida",
            "Lisboa",
            "Atualizado domingo, 9 novembro 2025 - 23:14",
            "Comentar",
            "O Porto saiu de Guimarães com um ponto e com a sensação de ter ganho bem mais do que isso, "
            "depois de jogar meia hora com menos um jogador após a expulsão do capitão.",
            "O Benfica, que dominou do princípio ao fim, marcou primeiro aos 18 minutos, num "
            "cabeceamento de António Silva depois de um canto batido na esquerda.",
            "Com o empate, o Benfica fica a dois pontos do Sporting, líder isolado do campeonato.",
        ]
    )
    assert parse_text(text).headline == headline


@pytest.mark.parametrize(
    "line",
    ["Hugo Duro (23')", "Abde (71', 80')", "Lewandowski (pen. 45+2')", "Haaland (12’, 67’)"],
)
def test_a_scorer_and_the_minutes_of_the_goals_is_no_headline(line):
    from tearsheet.headlines import headline_flaw
    from tearsheet.scorelines import is_scorer_line

    assert is_scorer_line(line)
    assert headline_flaw(line, None) == "a match's scorers"


@pytest.mark.parametrize(
    "line",
    ["Hugo Duro scores twice (video)", "Why the 90' rule matters", "Valencia 1-2 Betis (report)"],
)
def test_a_headline_with_brackets_is_no_scorer_line(line):
    from tearsheet.scorelines import is_scorer_line

    assert not is_scorer_line(line)


def test_a_caption_over_an_agency_under_the_scoreboard_is_not_the_headline():
    from tearsheet.plaintext import parse_text

    text = (
        "Fútbol\n\nLaLiga\n\n"
        "El Celta gana en Balaídos y sale del descenso\n\n"
        "Los de Giráldez remontan en la segunda parte ante su afición\n\n"
        "Celta\n\n2\n\nGetafe\n\n1\n\nFinal\n\n"
        "Aspas (62', 80')\n\n"
        "Mayoral (12')\n\n"
        "Iago Aspas celebra el segundo gol del Celta en Balaídos.\n\n"
        "EFE\n\n"
        "Marta Rial Otero\n\n"
        "Vigo\n\n"
        "Actualizado Domingo, 8 marzo 2026 - 21:14\n\n"
        "El Celta remontó ante el Getafe con dos goles en la segunda parte y salió de los "
        "puestos de descenso por primera vez en dos meses.\n\n"
        "Aspas marcó el segundo en el minuto 80 tras una jugada de Bamba por la izquierda, "
        "y el estadio celebró la victoria hasta el pitido final.\n"
    )
    article = parse_text(text, "es")
    assert article.headline == "El Celta gana en Balaídos y sale del descenso"
    assert article.source != "EFE"
