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
