"""An interview's speaker labels ("STANDARD: Frau Hofer, …") stay in its paragraphs; a
dateline of the same shape ("NEW DELHI: …") still goes to the field."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.speakerlabels import is_speaker_label

INTERVIEWS = {
    "de": (
        "Sennerin Theresia Hofer: Ohne Hirten gibt es bald keine Almen mehr\n\n"
        "Lisa Kerschbaumer\n27. Juni 2026\n\n"
        "KURIER: Frau Hofer, Sie sind seit drei Wochen auf der Alm. Wie viele Tiere sind es?\n\n"
        "Hofer: Achtundvierzig Kühe, einige Kälber und zwei Ziegen, die keiner haben wollte.\n\n"
        "KURIER: Das klingt nicht nach einem Beruf, für den sich junge Menschen begeistern.\n\n"
        "Hofer: Doch, viele begeistern sich dafür. Aber nur für einen einzigen Sommer.\n"
    ),
    "pl": (
        "Prof. Ewa Malinowska: Nie zatrzymamy spadku urodzeń\n\n"
        "Joanna Podgórska\n9 czerwca 2026\n\n"
        "JOANNA PODGÓRSKA: W zeszłym roku w Polsce urodziło się niespełna 240 tys. dzieci.\n\n"
        "EWA MALINOWSKA: Obawiam się, że nie. Kobiet w wieku rozrodczym jest coraz mniej.\n\n"
        "Rząd wydaje na świadczenia ponad 60 mld zł rocznie. To nie działa?\n"
    ),
    "en": (
        "The ferry captain who never missed a crossing\n\n"
        "By Dana Whitfield\nMarch 3, 2026\n\n"
        "WHITFIELD: You have crossed the sound twelve thousand times. Do you still enjoy it?\n\n"
        "HARLAN: Every single morning, even in the fog, even when the engine coughs.\n\n"
        "WHITFIELD: What was the worst day in all those years on the water?\n\n"
        "HARLAN: The ice storm of 2009, when we spent nine hours getting into the harbour.\n"
    ),
    "fr": (
        "Marie Lenoir : « La forêt brûle plus tôt chaque année »\n\n"
        "Par Paul Girard\n4 juillet 2026\n\n"
        "MARIANNE: Vous êtes pompière depuis vingt ans. Qu'est-ce qui a changé ?\n\n"
        "MARIE LENOIR: Les saisons. Nous intervenons dès le mois d'avril dans le massif.\n\n"
        "MARIANNE: Avez-vous assez de moyens pour faire face à ces incendies précoces ?\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(INTERVIEWS))
def test_an_interviews_first_label_is_no_dateline(lang):
    article = parse_text(INTERVIEWS[lang])
    assert article.dateline is None, article.recognised
    first = INTERVIEWS[lang].split("\n\n")[2]
    assert first in article.body


@pytest.mark.parametrize(
    ("first", "lang", "dateline"),
    [
        ("NEW DELHI: The Delhi government will add two hundred electric buses", "en", "New Delhi"),
        (
            "BERLIN: Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen",
            "de",
            "Berlin",
        ),
        ("नई दिल्ली: सरकार ने मंगलवार को नई नीति की घोषणा की और कहा", "hi", "नई दिल्ली"),
    ],
)
def test_a_colon_dateline_still_reads(first, lang, dateline):
    text = (
        f"A headline for the story here\n\n{first}.\n\n"
        "Officials said the plan would take effect in the spring of next year.\n\n"
        "Critics called the plan too late and too small for a city of its size.\n"
    )
    assert parse_text(text).dateline == dateline


def test_a_speaker_label_is_the_writer_a_person_or_a_recurring_turn():
    turns = ["X: question here", "Hofer: Achtundvierzig Kühe und zwei Ziegen dazu."]
    assert is_speaker_label("JOANNA PODGÓRSKA", ["x"], ("Joanna Podgórska",), "pl")
    assert is_speaker_label("Maria Schmidt", ["x"], (), "de")
    assert is_speaker_label(
        "STANDARD", [*turns, "STANDARD: Was müsste sich ändern dort?"], (), "de"
    )
    # A credit after a dateline is no turn; a city is no person.
    credits = ["LONDON: x", "Photo: Reuters", "Source: Office for National Statistics"]
    assert not is_speaker_label("LONDON", credits, (), "en")
    assert not is_speaker_label("NEW DELHI", ["x"], (), "en")


def test_a_place_s_colon_over_labelled_lines_is_a_dateline():
    lines = [
        "NEW DELHI: The ministry launched a scheme for electric two-wheelers on Tuesday.",
        "Key features: a subsidy of up to 20,000 rupees for each vehicle bought.",
        "Eligibility: any resident of the country who holds a valid driving licence.",
    ]
    assert not is_speaker_label("NEW DELHI", lines, (), "en")
    text = "\n\n".join(["Scheme for electric scooters launched", *lines])
    assert parse_text(text, lang="en").dateline == "New Delhi"


def test_an_interview_s_speakers_are_its_labels_and_the_person_its_headline_quotes():
    from tearsheet.speakerlabels import interview_speakers

    turns = [
        "JOANNA PODGÓRSKA: W zeszłym roku urodziło się niespełna 240 tys. dzieci. Czy to dno?",
        "EWA MALINOWSKA: Obawiam się, że nie. Kobiet w wieku rozrodczym jest coraz mniej.",
        "Niewiele. Może przygotować szkoły i szpitale na mniejsze roczniki.",
    ]
    headline = "Prof. Ewa Malinowska: Nie zatrzymamy spadku urodzeń"
    assert interview_speakers(turns, headline) == {
        "JOANNA PODGÓRSKA",
        "EWA MALINOWSKA",
        "Ewa Malinowska",
    }
    # One labelled line ("Foto: …" or a single quote) makes no interview.
    assert (
        interview_speakers(["Hinweis: Der Text wurde am Montag ergänzt.", *turns[2:]], None)
        == set()
    )
    # A headline's label that names no person ("Analysis: …") is no speaker.
    assert interview_speakers(turns, "Analysis: Births fall again") == {
        "JOANNA PODGÓRSKA",
        "EWA MALINOWSKA",
    }


def test_an_interviews_question_label_in_devanagari_is_no_dateline():
    """ "सवाल: …" / "जवाब: …": the turns of a Hindi interview, their labels written with
    vowel signs (no \\w to Python), not a place before a colon."""
    turns = [
        "सवाल: उत्तर प्रदेश दूध उत्पादन में देश में पहले स्थान पर है, फिर भी छोटे पशुपालक घाटे की "
        "शिकायत क्यों करते हैं?",
        "जवाब: उत्पादन बढ़ा है, यह सच है, लेकिन लागत उससे तेज बढ़ी है और दूध का दाम उतना नहीं बढ़ा।",
        "सवाल: चारे की कीमतें भी बड़ी समस्या हैं, सरकार इसके लिए क्या कर रही है?",
        "जवाब: बिल्कुल। पिछले दो साल में भूसे का दाम लगभग दोगुना हो गया है और छोटे किसान परेशान हैं।",
    ]
    assert is_speaker_label("सवाल", turns, (), "hi")
    article = parse_text("\n\n".join(["दूध के दाम पर बातचीत", *turns]), lang="hi")
    assert article.dateline is None
    assert article.body.startswith("सवाल: ")
