"""A mailed release's subject as its headline (tearsheet.mailsubjects): when the story opens
right under the mail's header, the subject, less a forward's prefix and a press label, is
the headline."""

from __future__ import annotations

import pytest

from tearsheet.mailsubjects import subject_headline
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

CA_STORY = [
    "Barcelona, 28 de maig de 2026. L'Àrea Metropolitana de Barcelona ha posat en "
    "funcionament aquest dijous 24 noves estacions del servei de bicicleta compartida.",
    "Amb aquesta ampliació, el servei arriba ja a 17 municipis de l'àrea metropolitana i "
    "supera les 4.200 bicicletes en circulació, segons les dades de l'AMB.",
]
DE_STORY = [
    "Die Stadt Freiburg eröffnet am Montag zwölf neue Stationen für Leihräder in den "
    "Stadtteilen Wiehre, Haslach und Zähringen, wie das Rathaus am Donnerstag mitteilte.",
    "Die Räder können mit der App der Verkehrsbetriebe ausgeliehen werden; die erste halbe "
    "Stunde bleibt für Abonnenten kostenlos, danach kostet jede Minute zehn Cent.",
]
EN_STORY = [
    "The harbour board approved the new ferry terminal on Tuesday after two years of "
    "planning, and construction is due to begin in the autumn, officials said.",
    "The terminal will have room for three ships at once and a covered waiting hall for "
    "about four hundred passengers, according to the plans published by the board.",
]


@pytest.mark.parametrize(
    ("lang", "header", "story", "headline"),
    [
        (
            "ca",
            [
                "De: Premsa AMB <premsa@amb.example>",
                "Enviat: dijous, 28 de maig de 2026 11:02",
                "Per a: redaccio@diari.example",
                "Assumpte: NOTA DE PREMSA | El Bicing arriba a Molins de Rei",
            ],
            CA_STORY,
            "El Bicing arriba a Molins de Rei",
        ),
        (
            "de",
            [
                "Von: Presseamt Freiburg <presse@stadt.example>",
                "Gesendet: Donnerstag, 28. Mai 2026 11:02",
                "An: redaktion@zeitung.example",
                "Betreff: WG: Pressemitteilung – Zwölf neue Stationen für Leihräder",
            ],
            DE_STORY,
            "Zwölf neue Stationen für Leihräder",
        ),
        (
            "en",
            [
                "From: Harbour Board <press@harbour.example>",
                "Sent: Thursday, May 28, 2026 11:02",
                "To: newsdesk@paper.example",
                "Subject: Fwd: PRESS RELEASE: New ferry terminal approved",
            ],
            EN_STORY,
            "New ferry terminal approved",
        ),
    ],
)
def test_the_subject_is_the_headline_of_a_story_opening_under_the_header(
    lang, header, story, headline
):
    article = parse_text("\n".join([*header, "", *story]), lang=lang)
    assert article.headline == headline
    # The story keeps its first paragraph (less the dateline a wire or release opens with).
    assert story[1] in article.body
    assert story[0][-40:] in article.body


def test_a_headline_under_the_header_wins_over_the_subject():
    header = [
        "From: Harbour Board <press@harbour.example>",
        "Sent: Thursday, May 28, 2026 11:02",
        "Subject: Press release",
    ]
    headline = "Harbour board approves new ferry terminal after two years"
    article = parse_text("\n".join([*header, "", headline, *EN_STORY]), lang="en")
    assert article.headline == headline


@pytest.mark.parametrize(
    "subject",
    ["Subject: Press release", "Subject: Fwd: Issue 42", "Betreff: Pressemitteilung"],
)
def test_a_subject_that_is_only_a_label_gives_no_headline(subject):
    draft = Draft(lang="en")
    draft.removed.append(("e-mail header", subject))
    assert subject_headline(draft) is None


def test_no_subject_without_a_mail_header():
    """A release copied without its mail: the headline is left for the user to fill in."""
    draft = Draft(lang="en")
    draft.removed.append(("page furniture above the headline", "Subject: New ferry terminal"))
    assert subject_headline(draft) is None
    article = parse_text("\n\n".join(CA_STORY), lang="ca")
    assert article.headline is None


@pytest.mark.parametrize(
    ("lang", "header", "greeting", "story"),
    [
        (
            "de",
            [
                "Von: Stadtbibliothek Freiburg <newsletter@stadtbibliothek.example>",
                "Betreff: Neue Öffnungszeiten ab Januar",
                "Datum: 2. Dezember 2024 um 09:15",
            ],
            "Liebe Leserinnen und Leser,",
            DE_STORY,
        ),
        (
            "en",
            [
                "From: Maeve Doherty <maeve@letters.example>",
                "Subject: The week the river flooded",
                "Date: Sat, 9 Nov 2024 07:00:00 +0000",
            ],
            "Hi all,",
            EN_STORY,
        ),
    ],
)
def test_the_subject_is_the_headline_of_a_letter_opening_with_its_greeting(
    lang, header, greeting, story
):
    # Under the header the newsletter greets its readers: no headline of its own stands
    # there, so the subject is the headline (a sentence of the letter was taken before).
    article = parse_text("\n".join([*header, "", greeting, "", *story]), lang=lang)
    assert article.headline == header[1].partition(": ")[2]
    assert article.body.startswith(greeting) and story[1] in article.body


@pytest.mark.parametrize(
    ("lang", "title", "subtitle", "writer"),
    [
        (
            "en",
            "The pumpkin verdict",
            "Five varieties, one allotment and a very wet October",
            "Ruth Abernethy",
        ),
        (
            "de",
            "Die Frage der Woche",
            "Warum mein Kompost im Winter nicht friert",
            "Jonas Albrecht",
        ),
    ],
)
def test_a_newsletter_s_title_that_is_the_subject_is_the_headline_over_its_subtitle(
    lang, title, subtitle, writer
):
    """ "Subject: The pumpkin verdict" over "The pumpkin verdict / <subtitle> / <writer> /
    <date>": the subject's words are the headline, not a label over the longer subtitle."""
    header = [
        f"From: {writer} <digest@letters.example>",
        "Date: Sat, May 2, 2026 at 7:03 AM",
        f"Subject: {title}",
        "To: <reader@example.org>",
    ]
    lines = [*header, "", title, subtitle, writer, "May 2", "", *EN_STORY]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == title


def test_gmail_s_unlabelled_subject_over_its_folder_is_the_headline_over_the_masthead():
    """Gmail shows the subject with no label, its folder beside it ("Posteingang"); the
    newsletter's name over its date, as the sender line names it, is no headline."""
    text = "\n".join(
        [
            "Morgen am Rhein: Warnstreik legt Busse lahm und das Rathaus zieht um",
            "Posteingang",
            "",
            "Rhein-Bote | Der Morgen am Rhein <newsletter@rhein-bote.example>",
            "Abmelden",
            "05:31 (vor 3 Stunden)",
            "an mich",
            "",
            "RHEIN-BOTE",
            "Der Morgen am Rhein",
            "Mittwoch, 11. März 2026",
            "",
            "Guten Morgen,",
            "",
            *DE_STORY,
            "",
            "Herzlich,",
            "Ihr Tobias Brenner",
            "Stellvertretender Chefredakteur",
            "",
            "Newsletter abbestellen | Einstellungen ändern",
            "© 2026 Rhein-Bote Verlag GmbH",
        ]
    )
    article = parse_text(text)
    assert article.headline == (
        "Morgen am Rhein: Warnstreik legt Busse lahm und das Rathaus zieht um"
    )
    assert article.byline == ("Tobias Brenner",)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    # The sign-off stays the letter's, with the signer's role under it.
    assert body[-3:] == ["Herzlich,", "Ihr Tobias Brenner", "Stellvertretender Chefredakteur"]
    assert "Posteingang" not in article.body
