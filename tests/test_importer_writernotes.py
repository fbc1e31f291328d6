"""The notes around the story on its writer and on whom an interview asked
(tearsheet.writernotes)."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft
from tearsheet.writernotes import drop_bio, drop_standing_note


def _kept(headline: str, paragraphs: list[str], lang: str) -> list[str]:
    draft = Draft(lang=lang)
    draft.headline, draft.byline = headline, ["Jonas Reiter"]
    return drop_bio(paragraphs, draft)


INTERVIEWS = {
    "de": (
        "»Wir haben die Brandsaison falsch verstanden«",
        [
            "SPIEGEL: Frau Melzer, in Brandenburg hat es auf mehr als 1800 Hektar gebrannt. "
            "War das ein Ausreißer?",
            "Melzer: Leider nein. Es war ein Vorgeschmack, und die Kiefern brennen wie Zunder.",
            "SPIEGEL: Die Landesregierung will zwei weitere Löschflugzeuge anschaffen. Reicht das?",
            "Melzer: Flugzeuge sind sichtbar, deshalb mögen Politiker sie. Aber das reicht nicht.",
        ],
        "Katrin Melzer, 47, leitet die Arbeitsgruppe Feuerökologie an der Hochschule Eberswalde.",
    ),
    "pl": (
        "Prof. Ewa Malinowska: Nie zatrzymamy spadku urodzeń",
        [
            "JOANNA PODGÓRSKA: W zeszłym roku w Polsce urodziło się niespełna 240 tys. dzieci. "
            "Czy to już dno?",
            "EWA MALINOWSKA: Obawiam się, że nie. Kobiet w wieku rozrodczym jest coraz mniej.",
            "JOANNA PODGÓRSKA: Co może zrobić państwo, żeby to zmienić w najbliższych latach?",
            "Niewiele. Może przygotować szkoły, szpitale i rynek pracy na mniejsze roczniki.",
        ],
        "Prof. Ewa Malinowska jest demografką, pracuje w Szkole Głównej Handlowej w Warszawie.",
    ),
    "en": (
        "‘The lamp never went out on my watch’",
        [
            "Irish Times: You served on the Fastnet for eleven years. What was a normal day?",
            "Hurley: Weather at six, the lamp at dusk, and a great deal of painting in between.",
            "Irish Times: Was it lonely out there, so far from the mainland for weeks at a time?",
            "Hurley: Never. You were never alone, that was the difficult part of the whole job.",
        ],
        "Donal Hurley, 83, served as an assistant keeper on the Fastnet and Bull Rock lighthouses.",
    ),
}


@pytest.mark.parametrize("lang", sorted(INTERVIEWS))
def test_an_interviewee_s_bio_under_the_interview_goes(lang):
    headline, turns, bio = INTERVIEWS[lang]
    assert _kept(headline, [*turns, bio], lang) == turns


@pytest.mark.parametrize(
    ("lang", "last"),
    [
        # The last answer, labelled; a closing paragraph of two sentences about them; a
        # closing quote of theirs.
        ("de", "Melzer: Das stimmt oft. Ohne Förderung wird das nichts, und das wissen alle."),
        ("en", "Donal Hurley retired in 1998. He still checks the weather every morning."),
        ("en", "Donal Hurley laughs: “I would go back tomorrow if they let me, lamp and all.”"),
    ],
)
def test_an_interview_s_last_answer_or_scene_stays(lang, last):
    headline, turns, _bio = INTERVIEWS[lang]
    assert _kept(headline, [*turns, last], lang) == [*turns, last]


def test_a_story_that_is_no_interview_keeps_a_last_paragraph_naming_someone():
    paragraphs = [
        "The council approved the new ferry terminal on Tuesday after two years of debate.",
        "Construction is due to start in the spring and to last about eighteen months.",
        "Harbour master: the new berths will take ships of up to 200 metres, twice the size.",
        "Ann Walsh, 61, has run the harbour's ferry office since the old terminal opened.",
    ]
    assert _kept("Ferry terminal approved", paragraphs, "en") == paragraphs


def test_the_bio_under_a_copied_interview_goes():
    headline, turns, bio = INTERVIEWS["de"]
    intro = (
        "Brandenburg hat in diesem Jahr so viele Waldbrände erlebt wie nie. Die Feuerökologin "
        "Katrin Melzer erklärt, warum Löschflugzeuge allein nicht helfen."
    )
    text = "\n".join([headline, intro, "Ein Interview von Jonas Reiter", "14.11.2026", *turns, bio])
    body = [p.strip() for p in parse_text(text, lang="de").body.split("\n\n") if p.strip()]
    assert body[-len(turns) :] == turns


STORY = [
    "Pemerintah kota memperpanjang uji coba jalan bebas kendaraan hingga akhir tahun, kata "
    "wali kota dalam jumpa pers pada Senin.",
    "Pedagang kaki lima menyambut baik kebijakan itu, meski pengelola hotel meminta akses "
    "untuk tamu yang membawa koper.",
]


@pytest.mark.parametrize("credit", ["(Kompas.com)", "(AP)", "[EFE]", "(Agence Presse Ouest)"])
def test_the_outlet_credited_in_brackets_under_the_story_goes(credit):
    assert _kept("Jalan bebas kendaraan", [*STORY, credit], "id") == STORY


@pytest.mark.parametrize(
    "note",
    ["(Reporting by Ann Lee; Editing by Tom Berg)", "($1 = 1,518.50 naira)", "(Updated 14:20)"],
)
def test_a_bracketed_note_of_the_story_s_own_stays(note):
    assert _kept("Fuel prices rise", [*STORY, note], "en") == [*STORY, note]


@pytest.mark.parametrize(
    "note",
    [
        "Detta är en debattartikel. Åsikterna som uttrycks är skribenternas egna.",
        "Колонка є авторською. Точка зору автора може не збігатися з позицією редакції.",
        "The views expressed in this column are the author's own.",
    ],
)
def test_a_column_s_disclaimer_over_it_goes(note):
    story = ["Every summer children drown in our lakes.", "Most of them never learnt to swim."]
    draft = Draft(lang="en")
    assert drop_standing_note([note, *story], draft) == story
    assert ("author bio", note) in draft.removed
    # A story's own first sentence saying "not necessarily" of no writer stays.
    own = "Officials said the figures do not necessarily reflect the whole year."
    assert drop_standing_note([own, *story], Draft(lang="en")) == [own, *story]


def test_a_platform_s_counts_under_the_blog_s_disclaimer_go_with_it():
    from copiedtexts import PROSE
    from tearsheet.recognise import Draft
    from tearsheet.writernotes import drop_bio

    disclaimer = "Článek je osobním názorem autora a nemusí vyjadřovat názor redakce iDNES.cz."
    counts = "Karma článku: 26,14 | Přečteno: 4 812×"
    draft = Draft(lang="cs", byline=["Martin Kovář"])
    assert drop_bio([*PROSE, disclaimer, counts], draft) == PROSE
    # Counts under the story's own paragraph stay for the other rules.
    assert drop_bio([*PROSE, counts], Draft(lang="cs")) == [*PROSE, counts]


FI_STORY = [
    "Kaupunginhallitus esittää kirjastoauton lakkauttamista ensi vuoden alusta. Säästöä "
    "kertyisi noin 180 000 euroa vuodessa.",
    "Kirjastoauto on pieni menoerä suuressa budjetissa. Sen lakkauttaminen kertoo kuitenkin "
    "paljon siitä, keitä kunta pitää tärkeinä.",
]


def test_a_finnish_note_on_the_writer_and_the_column_s_standing_note_go():
    notes = [
        "Kirjoittaja on kuopiolainen kirjastonhoitaja ja kirjastoseuran hallituksen jäsen.",
        "Vieraskynä-kirjoitukset edustavat kirjoittajan omia näkemyksiä. Lähetä oma "
        "kirjoituksesi osoitteeseen mielipide@example.fi.",
    ]
    assert _kept("Kirjastoauto", [*FI_STORY, *notes], "fi") == FI_STORY
