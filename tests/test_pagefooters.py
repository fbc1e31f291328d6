"""A pasted PDF's running heads and footers (tearsheet.pagefooters): the same line with each
page's number, dropped wherever a page broke the story; a chapter's "Part 2" kept."""

from __future__ import annotations

from tearsheet.pagefooters import page_lines
from tearsheet.plaintext import parse_text


def test_lines_repeated_with_the_pages_number() -> None:
    blocks = [
        "Communiqué de presse – Ville de Saint-Brieuc 1/2",
        "Les travaux se dérouleront en trois phases.",
        "Communiqué de presse – Ville de Saint-Brieuc 2/2",
        "Annual report 2025 | Page 3",
        "Annual report 2025 | Page 4",
        "Chapter 1",
        "Chapter 2",
        "We won 3 of 4",
    ]
    assert page_lines(blocks) == {blocks[0], blocks[2], blocks[3], blocks[4]}


def test_a_number_once_is_no_footer() -> None:
    assert page_lines(["Communiqué de presse – Ville de Saint-Brieuc 1/2", "Text."]) == set()


RELEASE = """VILLE DE
SAINT-BRIEUC
Direction de la communication
COMMUNIQUÉ DE PRESSE
Saint-Brieuc, le 4 février 2026

Rue de Gouët : dix semaines de travaux sur le réseau d'eau potable

Saint-Brieuc, le 4 février 2026 – La Ville de Saint-Brieuc et Saint-Brieuc Armor
Agglomération engagent, à partir du lundi 16 février 2026, le renouvellement complet
des canalisations d'eau potable de la rue de Gouët, entre la place de la Grille et la
rue Fardel. Les conduites actuelles, posées en 1952, ont connu sept ruptures.

Les lignes 2 et 6 du réseau TUB seront déviées par le boulevard Clemenceau. Les arrêts
« Gouët » et « Grille » seront reportés provisoirement rue Jouallan.

Communiqué de presse – Ville de Saint-Brieuc                                    1/2

Des coupures d'eau ponctuelles sont à prévoir pour les habitations et commerces
concernés. Les riverains seront prévenus au moins 48 heures à l'avance par un avis.

Contact presse :
Service communication – Ville de Saint-Brieuc
Élise Le Goff – 02 96 62 54 00 – presse@saint-brieuc.fr

Communiqué de presse – Ville de Saint-Brieuc                                    2/2
"""


def test_release_pasted_from_a_pdf_loses_its_footers_and_keeps_its_issuer() -> None:
    article = parse_text(RELEASE, lang="fr")
    assert "1/2" not in article.body
    assert article.body.rstrip().endswith("par un avis.")
    assert article.source == "Ville de Saint-Brieuc"
