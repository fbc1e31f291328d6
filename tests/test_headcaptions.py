"""A picture's caption in the header, told from the headline by its credit
(tearsheet.headcaptions)."""

from __future__ import annotations

import pytest

from tearsheet.headcaptions import is_caption_over_credit, is_credited_line
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("blocks", "titled"),
    [
        # A sentence over an agency's bare name: the caption and its credit.
        (["Los aficionados celebran el gol en la grada.", "EFE"], False),
        (["Demonstranten vor dem Rathaus am Montagabend.", "AFP"], False),
        # The picture's own credit under a line with a title over it: a caption, no stop.
        (["Navijači slave pobjedu na trgu", "Foto: Ivo Kovač/PIXSELL"], True),
        (["Fans in the square after the final", "Photo: Ann Lee/Reuters"], True),
    ],
)
def test_a_line_over_a_picture_s_credit_is_its_caption(blocks, titled):
    assert is_caption_over_credit(blocks, 0, titled)


@pytest.mark.parametrize(
    ("blocks", "titled"),
    [
        # A headline over the agency that credits the story, no stop.
        (["Hafen von Kiel wächst weiter", "dpa"], False),
        # A headline alone over its picture's credit, only menus over it.
        (["Navijači slave pobjedu na trgu", "Foto: Ivo Kovač/PIXSELL"], False),
        (["The ferry returns on Monday.", "Read more"], False),
    ],
)
def test_a_line_over_no_picture_s_credit_or_alone_is_no_caption(blocks, titled):
    assert not is_caption_over_credit(blocks, 0, titled)


def test_a_caption_over_its_credit_between_the_dek_and_the_date_is_not_the_headline():
    text = (
        "Sport\n\n"
        "Rukomet\n\n"
        "Hrvatska pobijedila Švedsku u posljednjoj utakmici turnira u Malmöu\n\n"
        "Izbornik zadovoljan obranom i napadom u završnici utakmice\n\n"
        "Rukometaši slave pobjedu u dvorani\n\n"
        "Foto: Ivo Kovač/PIXSELL\n\n"
        "Objavljeno: 12. siječnja 2026. 20:48\n\n"
        "Hrvatska rukometna reprezentacija pobijedila je Švedsku 30:28 u posljednjoj "
        "utakmici turnira u Malmöu, a najbolji strijelac bio je Ivan Horvat s osam golova.\n\n"
        "Reprezentacija se sada razilazi, a novo okupljanje zakazano je za kraj mjeseca u "
        "Zagrebu, gdje počinju završne pripreme za prvenstvo.\n"
    )
    article = parse_text(text, "hr")
    assert article.headline == "Hrvatska pobijedila Švedsku u posljednjoj utakmici turnira u Malmöu"


def test_an_agency_under_a_caption_credits_the_picture_not_the_story():
    text = (
        "Fútbol\n\n"
        "El Celta gana en Balaídos y sale del descenso\n\n"
        "Los de Giráldez remontan en la segunda parte ante su afición\n\n"
        "Iago Aspas celebra el segundo gol del Celta en Balaídos.\n\n"
        "EFE\n\n"
        "Marta Rial Otero\n\n"
        "Actualizado Domingo, 8 marzo 2026 - 21:14\n\n"
        "El Celta remontó ante el Getafe con dos goles en la segunda parte y salió de los "
        "puestos de descenso por primera vez en dos meses.\n\n"
        "Aspas marcó el segundo en el minuto 80 tras una jugada de Bamba por la izquierda, "
        "y el estadio celebró la victoria hasta el pitido final.\n"
    )
    article = parse_text(text, "es")
    assert article.headline == "El Celta gana en Balaídos y sale del descenso"
    assert article.source != "EFE"


@pytest.mark.parametrize(
    "line",
    [
        "Una columna de humo negro se eleva sobre el polígono Los Olivos de Getafe, este "
        "martes. Claudio Álvarez",
        "Firefighters work on the roof of the warehouse in Getafe on Tuesday. Jane Doe",
    ],
)
def test_a_captions_sentence_and_the_photographers_name_after_it(line):
    assert is_credited_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # A headline with no stop before its last words; a sentence ending in a place.
        "Un incendio en Getafe obliga a confinar a 3.000 vecinos",
        "The fire was put out on Tuesday. New York",
        "The council met on Tuesday. It voted.",
    ],
)
def test_a_line_with_no_name_after_its_stop_is_no_credited_caption(line):
    assert not is_credited_line(line)
