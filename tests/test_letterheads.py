"""A release's letterhead (tearsheet.letterheads): the organisation over the headline that
the first paragraph names again issued the release."""

from __future__ import annotations

import pytest

from tearsheet.letterheads import read_letterhead_issuer
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

RELEASES = [
    # A ministry's letterhead in capitals: the name as the first paragraph writes it.
    (
        "MINISTERIO DE CULTURA\nNOTA DE PRENSA\n12.03.2026\n\n"
        "Nuevas ayudas para las bibliotecas rurales\n\n"
        "El Ministerio de Cultura ha aprobado hoy una línea de ayudas de 12 millones de euros "
        "para modernizar las bibliotecas de los municipios de menos de 5.000 habitantes.\n\n"
        "Las solicitudes podrán presentarse hasta el 30 de abril en la sede electrónica del "
        "ministerio, que resolverá en un plazo de tres meses.\n",
        "es",
        "Ministerio de Cultura",
    ),
    # An agency under its parent on one line: the part the paragraph names.
    (
        "Freie Hansestadt Bremen | Landesamt für Denkmalpflege\nPRESSEMITTEILUNG\n\n"
        "3. März 2026\n\n"
        "Alte Speicher am Hafen werden saniert\n\n"
        "Das Landesamt für Denkmalpflege hat die Sanierung von vier Speichern am Europahafen "
        "genehmigt. Die Arbeiten sollen im Sommer beginnen und zwei Jahre dauern.\n\n"
        "Die Eigentümer tragen den größten Teil der Kosten, das Land gibt einen Zuschuss.\n",
        "de",
        "Landesamt für Denkmalpflege",
    ),
    # An Indonesian ministry's letterhead under the release's label.
    (
        "SIARAN PERS\nKEMENTERIAN PERHUBUNGAN\n\n"
        "Tarif Kereta Bandara Turun Mulai Bulan Depan\n\n"
        "Jakarta, 5 Maret 2026\n\n"
        "Kementerian Perhubungan menurunkan tarif kereta bandara sebesar 20 persen mulai 1 "
        "April 2026 untuk menarik lebih banyak penumpang dari jalan tol yang padat.\n\n"
        "Penurunan tarif berlaku untuk semua perjalanan pada hari kerja dan akhir pekan.\n",
        "id",
        "Kementerian Perhubungan",
    ),
]


@pytest.mark.parametrize(("text", "lang", "source"), RELEASES)
def test_the_letterhead_the_first_paragraph_names_issued_the_release(text, lang, source):
    assert parse_text(text, lang).source == source


def test_press_office_initials_give_way_to_the_letterhead_in_full() -> None:
    draft = Draft(lang="it", source="MASE")
    draft.headline = "Ministero dell’Ambiente e della Sicurezza Energetica"
    draft.removed.append(("captions and credits", "COMUNICATO STAMPA"))
    paragraphs = [
        "Roma, 2 marzo 2026 – Il Ministero dell’Ambiente e della Sicurezza Energetica ha "
        "firmato il decreto."
    ]
    assert read_letterhead_issuer(paragraphs, draft)
    assert draft.source == "Ministero dell’Ambiente e della Sicurezza Energetica"


@pytest.mark.parametrize(
    ("source", "weak", "kicker", "label", "opening"),
    [
        # No release's label: a news page's section over a story about the ministry.
        (None, False, "Bundesregierung", "Politik", "Die Bundesregierung hat am Montag …"),
        # The letterhead is not named in the opening.
        (None, False, "Stadt Ulm", "Pressemitteilung", "Die Brücke über die Donau wird …"),
        # Another organisation's initials than the letterhead's.
        ("ABC", False, "Stadt Ulm", "Pressemitteilung", "Die Stadt Ulm hat am Montag …"),
        # A source the release credits already stays.
        ("Reuters", False, "Stadt Ulm", "Pressemitteilung", "Die Stadt Ulm hat am Montag …"),
        # A word of the opening, not the name: "Stadt Ulmen".
        (None, False, "Stadt Ulm", "Pressemitteilung", "Die Stadt Ulmen hat am Montag …"),
    ],
)
def test_no_letterhead_issuer(source, weak, kicker, label, opening) -> None:
    draft = Draft(lang="de", source=source)
    draft.source_weak = weak
    draft.kicker = kicker
    draft.removed.append(("page furniture above the headline", label))
    assert not read_letterhead_issuer([opening], draft)
    assert draft.source == source


def test_a_spaced_japanese_letterhead() -> None:
    draft = Draft(lang="ja")
    draft.removed += [
        ("captions and credits", "報道発表資料"),
        ("captions and credits", "文 部 科 学 省"),
    ]
    assert read_letterhead_issuer(["文部科学省は、来年度から小学校の英語教育を拡充します。"], draft)
    assert draft.source == "文部科学省"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "PRESS RELEASE\n\n3 March 2026\n\nWinter Flu Vaccination Campaign Opens\n\n"
            "The winter flu vaccination campaign opens on Monday in all of the region's health "
            "centres, the council said today. Appointments can be booked online.\n\n"
            "Walk-in sessions will run at weekends in the larger towns until the end of "
            "January.\n",
            "en",
        ),
        (
            "PRESSEMITTEILUNG\n\n3. März 2026\n\nAlte Speicher am Hafen\n\n"
            "Die alte Speicher am Hafen werden ab Sommer saniert, teilte die Stadt am Dienstag "
            "mit. Die Arbeiten sollen zwei Jahre dauern.\n\n"
            "Die Eigentümer tragen den größten Teil der Kosten, das Land gibt einen Zuschuss.\n",
            "de",
        ),
        (
            "PERSBERICHT\n\n3 maart 2026\n\nNieuwe Fietsbrug Over De Schelde\n\n"
            "De nieuwe fietsbrug over de Schelde gaat in mei open, meldt de gemeente "
            "Antwerpen. De brug kostte 20 miljoen euro.\n\n"
            "Fietsers kunnen er vanaf de eerste dag gratis gebruik van maken.\n",
            "nl",
        ),
    ],
)
def test_a_release_s_headline_its_opening_restates_is_no_letterhead(text, lang):
    """A release's first sentence often says its headline again: the headline, in title
    case or not an organisation's name, is no issuer."""
    article = parse_text(text, lang)
    assert article.source is None
    assert not [line for line in article.recognised if "letterhead" in line]


def test_letterhead_set_on_two_lines_names_the_issuer() -> None:
    """ "VILLE DE" / "SAINT-BRIEUC" over a release's label: the issuer is the two lines
    together as the opening names them, never the release's label."""
    draft = Draft(lang="fr")
    draft.kicker = "SAINT-BRIEUC"
    draft.headline = "Rue de Gouët : dix semaines de travaux sur le réseau d'eau potable"
    draft.removed += [
        ("page furniture above the headline", "COMMUNIQUÉ DE PRESSE"),
        ("page furniture above the headline", "VILLE DE"),
    ]
    opening = (
        "La Ville de Saint-Brieuc et Saint-Brieuc Armor Agglomération engagent, à partir du "
        "lundi 16 février 2026, le renouvellement complet des canalisations d'eau potable."
    )
    assert read_letterhead_issuer([opening], draft)
    assert draft.source == "Ville de Saint-Brieuc"
