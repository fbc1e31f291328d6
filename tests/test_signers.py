"""The writer who signs a letter or newsletter (tearsheet.signers)."""

from __future__ import annotations

import pytest

from tearsheet.recognise import Draft
from tearsheet.signers import first_name_in_full, read_brands_signer

STORY = ["The council met on Tuesday and approved the budget after a long night of debate."]


@pytest.mark.parametrize(
    ("closing", "footer", "name"),
    [
        (["Until next week,", "Maya"], ["Maya Okafor writes The Allotment."], "Maya Okafor"),
        (["Hasta pronto,", "Lucía"], ["Un boletín de Lucía Ortega Ruiz."], "Lucía Ortega Ruiz"),
        (["Bis bald,", "Jonas"], ["Dieser Newsletter kommt von Jonas Weber."], "Jonas Weber"),
    ],
)
def test_a_first_name_in_full_from_the_footer(closing, footer, name):
    assert first_name_in_full([*STORY, *closing], footer) == name


@pytest.mark.parametrize(
    ("closing", "footer"),
    [
        (["Until next week,", "Maya"], ["Unsubscribe · Preferences"]),
        (["The vote was close.", "Maya"], ["Maya Okafor writes The Allotment."]),
        (["Until next week,", "The team"], ["The team at The Allotment."]),
    ],
)
def test_no_name_without_a_closing_a_first_name_and_the_footers_full_name(closing, footer):
    assert first_name_in_full([*STORY, *closing], footer) is None


def test_a_brands_signer_needs_the_mails_sender_to_be_the_brand():
    draft = Draft(lang="cs", byline=["Deník N"])
    assert not read_brands_signer([*STORY, "Hezký den přeje", "Ondřej Malý"], draft)
    draft.removed.append(("e-mail header", "Od: Deník N <newsletter@denikn.cz>"))
    assert read_brands_signer([*STORY, "Hezký den přeje", "Ondřej Malý"], draft)
    assert draft.byline == ["Ondřej Malý"]


@pytest.mark.parametrize(
    ("blocks", "names"),
    [
        (["Pekný víkend praje\nJana Horváthová, redaktorka", "Odhlásiť"], ["Jana Horváthová"]),
        (["Miłego dnia życzy", "Tomasz Wójcik, kawiarz"], ["Tomasz Wójcik"]),
        (["Warm wishes,\nHelen Ward"], ["Helen Ward"]),
        # No closing over the name: a teaser's or a credit's line, not a signature.
        (["Read more from our team", "Helen Ward, editor"], []),
        (["Einen schönen Tag wünscht", "Ihr Team der Stadtwerke"], []),
        # A press contact's label over the name: no closing.
        (["Lisätietoja", "Aino Virtanen", "ylilääkäri"], []),
        (["Kontaktpersoner", "Karin Lund", "Verksamhetschef"], []),
    ],
)
def test_the_writer_signing_under_a_closing(blocks: list[str], names: list[str]) -> None:
    from tearsheet.signers import signer_under_closing

    assert signer_under_closing(blocks) == names
