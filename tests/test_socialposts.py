"""Social posts embedded in a story (tearsheet.socialposts): the account, its handle, the
post and its date leave the body; the story's paragraphs around them, and a writer's own
handle over the story, stay."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.socialposts import embedded_posts

FIRST = (
    "De Piushavenbrug in Tilburg gaat woensdag ook dicht voor fietsers en voetgangers. "
    "Bij een inspectie zijn scheuren gevonden in de draagbalken van de brug."
)
SECOND = (
    "Voor fietsers en voetgangers betekent de afsluiting een omweg van ongeveer anderhalve "
    "kilometer. De gemeente onderzoekt of er een tijdelijke brug kan komen."
)
POST = (
    "Gemeente Tilburg\n@gemeentetilburg\nVanaf woensdag 9 april is de Piushavenbrug ook "
    "dicht voor fietsers en voetgangers. Omleidingen staan aangegeven.\n14:05 · 8 apr. 2025"
)


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_an_embedded_post_between_paragraphs_goes(separator: str) -> None:
    """The card as one block, or each of its lines a block of its own."""
    post = POST.replace("\n", separator)
    text = separator.join(
        ["Brug Piushaven ook dicht voor fietsers", "8 april 2025", FIRST, post, SECOND]
    )
    article = parse_text(text + "\n", lang="nl")
    assert "@gemeentetilburg" not in article.body
    assert "Omleidingen" not in article.body
    assert article.body.rstrip().split("\n\n") == [FIRST, SECOND]


def test_a_post_in_french_dated_without_a_time() -> None:
    paragraphs = [
        "Les halles de Perros-Guirec rouvriront à la mi-septembre, annonce la mairie.",
        "Ville de Perros-Guirec\n@villeperrosguirec\nHalles : les travaux se poursuivent. "
        "Merci de votre patience !\n21 mai 2025",
        "Les commerçants du marché continuent de travailler sous des barnums.",
    ]
    assert embedded_posts(paragraphs, "fr") == {1}


def test_the_writer_s_handle_over_the_story_is_no_post() -> None:
    paragraphs = ["Sergio Lasheras", "@slasheras", "Actualizado 12 mayo 2026", FIRST, SECOND]
    assert embedded_posts(paragraphs, "es") == set()


def test_a_handle_without_a_dated_post_under_it_stays() -> None:
    paragraphs = [FIRST, "Gemeente Tilburg", "@gemeentetilburg", SECOND, "Meer nieuws"]
    assert embedded_posts(paragraphs, "nl") == set()


def test_a_post_sharing_its_block_with_the_story_stays_whole() -> None:
    paragraphs = [FIRST, POST + "\n" + SECOND]
    assert embedded_posts(paragraphs, "nl") == set()
