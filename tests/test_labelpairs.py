"""A details box's "label: value" lines (tearsheet.labelpairs): a review's or a notice's
data over its text, never the headline of a copied page."""

from __future__ import annotations

import pytest

from tearsheet.labelpairs import is_details_row
from tearsheet.plaintext import parse_text

DETAILS = [
    "Regie: Anna Keller",
    "Mit: Jonas Weber, Lena Vogt, Peter Brandt",
    "Laufzeit: 118 Minuten",
]


@pytest.mark.parametrize("index", range(len(DETAILS)))
def test_each_line_of_a_details_box_is_a_details_row(index):
    assert is_details_row(DETAILS, index)


@pytest.mark.parametrize(
    "blocks",
    [
        ["Tiere: Zahl der Wolfsrudel in Niedersachsen steigt", "Von Anna Keller"],
        ["Brexit: what happens next for lorry drivers at Dover", "14 March 2026"],
        ["« La Maison » : un huis clos familial", "Par Jeanne Roy — 3 mars 2026"],
    ],
)
def test_a_headline_with_a_colon_alone_is_no_details_row(blocks):
    assert not is_details_row(blocks, 0)


_REVIEW = [
    "Un western suédois qui prend son temps : « Les Plaines » déçoit",
    "Par Jeanne Roy — 3 mars 2026",
    "Note : ★★★☆☆",
    "Réalisation : Ingrid Holm",
    "Avec : Noomi Berg, Axel Lind, Maja Stål",
    "Durée : 2 h 05",
    "Sortie en salles : 11 mars 2026",
    "Le film s'ouvre sur une plaine enneigée que traverse un cavalier solitaire, et pendant "
    "vingt minutes personne ne dit un mot. C'est beau, c'est lent, et c'est voulu.",
    "Puis l'intrigue se met en place, une histoire d'héritage et de terres disputées entre "
    "deux familles, racontée avec une patience qui finit par lasser le spectateur.",
    "Reste la photographie, superbe, et la musique, discrète. C'est peu pour deux heures.",
]


def test_a_review_s_details_box_under_its_byline_is_not_the_headline():
    article = parse_text("\n".join(_REVIEW), lang="fr")
    assert article.headline == _REVIEW[0]
    assert article.byline == ("Jeanne Roy",)
