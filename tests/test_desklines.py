"""The writer's desk under a bare byline (tearsheet.desklines): the place filed from and the
paper, never the dek nor the headline."""

from __future__ import annotations

import pytest

from tearsheet.desklines import is_desk_line
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("SEVILLA / EL DIARIO", "es"),
        ("Glasgow, The Herald", "en"),
        ("LYON / LE PROGRÈS", "fr"),
        ("Kraków, Gazeta", "pl"),
    ],
)
def test_desk_lines(line, lang):
    assert is_desk_line(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # A columnist's short headline under the name: a title, not a desk.
        ("Emeklinin zor hesabı", "tr"),
        ("Der lange Weg zur Schule", "de"),
        # A dek's length.
        ("Sevilla recupera la línea de alta velocidad con Huelva tras dos años", "es"),
    ],
)
def test_lines_that_are_no_desk(line, lang):
    assert not is_desk_line(line, lang)


MENU = [
    "Ir al contenido",
    "El Diario de Sevilla",
    "Suscríbete",
    "Entrar",
    "Sevilla",
    "Portada",
    "Andalucía",
    "Sevilla",
    "Huelva",
    "Cádiz",
    "Córdoba",
    "Málaga",
    "Deportes",
    "Opinión",
    "Sevilla",
    "Dos Hermanas",
    "Utrera",
    "Sevilla 21 °C Soleado",
    "Sevilla / Ciudad",
]


def test_the_desk_under_the_byline_of_a_copied_page_is_not_its_dek():
    headline = "El metro de Sevilla abrirá su segunda línea antes de verano"
    dek = (
        "La Junta adjudica las obras de los últimos cuatro kilómetros entre Torreblanca y el centro"
    )
    text = "\n".join(
        [
            *MENU,
            headline,
            dek,
            "Lucía Mérida Gómez",
            "SEVILLA / EL DIARIO",
            "12/03/2026 06:00 h",
            "Actualizado a las 09:12 h",
            "Comentar · 4",
            "Las obras de la línea 2 junto a la estación de Santa Justa. JUAN PÉREZ",
            "La segunda línea del metro de Sevilla estará lista antes del verano, según confirmó "
            "ayer la consejera de Fomento en una visita a las obras, que avanzan a buen ritmo.",
            "Las obras comenzaron hace tres años y han sufrido varios retrasos por la aparición "
            "de restos arqueológicos en el trazado previsto bajo el centro histórico.",
        ]
    )
    article = parse_text(text)
    assert article.headline == headline
    assert list(article.byline) == ["Lucía Mérida Gómez"]
