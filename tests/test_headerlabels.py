"""Labels alone on their line in a page's header (tearsheet.headerlabels): "From: / <issuer>"
and "Published / <date>" are the header's, not titles; the issuer is the source."""

from __future__ import annotations

import pytest

from tearsheet.headerlabels import is_bare_label, is_labelled_issuer, labels_date
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("label", "date", "lang"),
    [
        ("Published", "28 May 2026", "en"),
        ("Veröffentlicht am", "3. März 2026", "de"),
        ("Publié le", "12 mars 2026", "fr"),
        ("Publicado", "12 de marzo de 2026", "es"),
        ("Opublikowano", "12 marca 2026", "pl"),
        ("Updated", "28 May 2026", "en"),
    ],
)
def test_a_date_s_label_alone_over_it(label, date, lang):
    assert labels_date(label, date, lang)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Merz unter Druck", "25. November 2026"),
        ("Tarifkonflikt", "25. November 2026"),
        ("Published 28 May 2026", "29 May 2026"),
    ],
)
def test_a_title_over_a_date_is_no_date_label(line, date):
    assert not labels_date(line, date)


@pytest.mark.parametrize(
    ("label", "value", "issuer"),
    [
        ("From:", "Department for Environment, Food & Rural Affairs", True),
        ("Herausgeber:", "Bundesministerium für Gesundheit", True),
        ("Publié par :", "Ministère de la Transition écologique", True),
        ("Exclusive:", "Ministers to scrap the housing target", False),
        ("From the archive", "Department for Environment, Food & Rural Affairs", False),
    ],
)
def test_an_organisation_under_a_bare_label(label, value, issuer):
    assert is_labelled_issuer(label, value) is issuer


def test_a_headline_with_a_colon_is_no_bare_label():
    assert is_bare_label("Von:")
    assert not is_bare_label("Analyse: Warum die Mieten steigen")


PROSE = {
    "en": [
        "The Avian Influenza Prevention Zone covering Norfolk, Suffolk and Essex will be lifted "
        "from Monday, the Chief Veterinary Officer has confirmed.",
        "Bird keepers must continue to follow strict biosecurity rules at all times, and report "
        "any suspicion of disease to the animal health agency.",
    ],
    "de": [
        "Das Ministerium hat am Dienstag neue Regeln für die Haltung von Geflügel vorgestellt, "
        "die ab dem kommenden Monat in allen Ländern gelten sollen.",
        "Halterinnen und Halter müssen ihre Tiere weiterhin im Stall halten, wenn die Behörden "
        "in ihrem Kreis einen Ausbruch feststellen.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "header", "headline", "source"),
    [
        (
            "en",
            [
                "Press release",
                "Avian influenza prevention zone lifted in East Anglia",
                "Housing measures for poultry and captive birds in three counties end on 1 June",
                "From:",
                "Department for Environment, Food & Rural Affairs",
                "Published",
                "28 May 2026",
            ],
            "Avian influenza prevention zone lifted in East Anglia",
            "Department for Environment, Food & Rural Affairs",
        ),
        (
            "de",
            [
                "Pressemitteilung",
                "Neue Regeln für die Haltung von Geflügel",
                "Das Ministerium stellt die Stallpflicht für alle Länder neu auf, wie es heißt.",
                "Herausgeber:",
                "Bundesministerium für Ernährung und Landwirtschaft",
                "Veröffentlicht am",
                "3. März 2026",
            ],
            "Neue Regeln für die Haltung von Geflügel",
            "Bundesministerium für Ernährung und Landwirtschaft",
        ),
    ],
)
def test_a_public_body_s_header_with_its_labels(lang, header, headline, source):
    menu = ["Home", "Environment", "Food and farming"]
    article = parse_text("\n".join([*menu, *header, *PROSE[lang]]), lang=lang)
    assert article.headline == headline
    assert article.source == source
    assert article.date is not None


@pytest.mark.parametrize("line", ["By", "Written by", "Geschreven door", "Escrito por", "Von:"])
def test_a_by_word_alone_is_a_label_over_the_name(line):
    assert is_bare_label(line)


@pytest.mark.parametrize("line", ["Bylines", "Bevers knagen dijk aan", "Door de storm"])
def test_a_line_with_more_than_a_by_word_is_no_bare_label(line):
    assert not is_bare_label(line)


def test_a_by_word_over_the_name_under_the_photos_captions():
    """ "Geschreven door / Femke Verhoeven" under the headline and two captions: the label
    and the writer, not the headline."""
    caption = (
        "Een medewerker van het waterschap bij een beverburcht langs de Dommel (foto: "
        "Waterschap Aa en Maas)"
    )
    headline = "Bevers knagen dijk bij Den Dungen aan: waterschap zet beverrasters in"
    story = (
        "Bevers hebben langs de Dommel bij Den Dungen zulke diepe gangen in een dijk gegraven "
        "dat het waterschap ingrijpt. Het plaatst stalen rasters in de dijk."
    )
    head = ["Nieuws", "Natuur", "Den Dungen", headline, caption, caption, "Geschreven door"]
    text = "\n".join([*head, "Femke Verhoeven", "vandaag om 15:12", "Delen", story, story])
    article = parse_text(text, lang="nl")
    assert article.headline == headline
    assert article.byline == ("Femke Verhoeven",)
