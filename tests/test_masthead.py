"""A copied e-mail's header and the newsletter's masthead under it (tearsheet.masthead): the
editor's byline in the masthead read before the lines go."""

from __future__ import annotations

import pytest

from tearsheet.masthead import read_mail_header
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("lang", "header", "names"),
    [
        (
            "fi",
            [
                "Lähettäjä: Kaupunkikirje <uutiskirje@kaupunkikirje.fi>",
                "Päivämäärä: pe 11.4.2025 klo 7.00",
                "Aihe: Baanan jatke avautuu toukokuussa",
                "KAUPUNKIKIRJE",
                "Toimittanut: Sanna Leinonen",
            ],
            ["Sanna Leinonen"],
        ),
        (
            "en",
            [
                "From: The Harbour Letter <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: The ferry is back",
                "THE HARBOUR LETTER",
                "By Ann Lee",
            ],
            ["Ann Lee"],
        ),
        # No byline in the masthead: the sender is an organisation, no writer.
        (
            "en",
            [
                "From: The Harbour Letter <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: The ferry is back",
                "THE HARBOUR LETTER",
                "Issue 42",
            ],
            [],
        ),
    ],
)
def test_the_editor_in_a_newsletters_masthead(
    lang: str, header: list[str], names: list[str]
) -> None:
    subject = header[2].split(": ", 1)[1]
    blocks = [*header, subject, "Hello readers,", "The ferry is back on Monday after repairs."]
    draft = Draft(lang=lang)
    assert read_mail_header(blocks, draft) == len(header)
    assert draft.byline == names
