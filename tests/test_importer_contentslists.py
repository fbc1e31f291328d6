"""A story's table of contents (tearsheet.contentslists), told by the subheadings it repeats."""

from __future__ import annotations

import time

import pytest

from copiedtexts import PROSE
from tearsheet.contentslists import drop_contents_list
from tearsheet.paragraphs import drop_clutter
from tearsheet.recognise import Draft

LISTS = {
    "pl": ("Spis treści", ["Oferty droższe o 30 procent", "Co dalej z trasą?"]),
    "de": ("Inhalt", ["Was sich ändert", "Wer zahlt", "Wie es weitergeht"]),
    "en": ("In this article", ["What changes", "Who pays for it"]),
    "es": ("Índice", ["Las obras", "Críticas vecinales"]),
}


def _story(label: str, items: list[str]) -> list[str]:
    """The lede, the contents list, then each subheading over a paragraph of prose."""
    story = [PROSE[0], label, *items]
    for index, item in enumerate(items):
        story += [item, PROSE[(index + 1) % len(PROSE)]]
    return story


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_contents_list_over_the_story_s_subheadings_goes(lang):
    label, items = LISTS[lang]
    story = _story(label, items)
    draft = Draft(lang=lang)
    kept = drop_contents_list(story, draft)
    assert kept == [PROSE[0], *story[2 + len(items) :]]
    assert [text for reason, text in draft.removed if reason == "contents list"] == [
        label,
        *items,
    ]


def test_the_subheadings_stay_though_the_page_repeats_them():
    # Short lines the page repeats are its furniture where they break prose; the
    # subheadings a contents list named are the story's.
    label, items = "Inhalt", ["Neue Preise", "Alte Karten"]
    story = _story(label, items)
    kept = drop_clutter(story, Draft(lang="de"), frozenset(items))
    assert kept == [PROSE[0], items[0], PROSE[1], items[1], PROSE[2]]


@pytest.mark.parametrize(
    "story",
    [
        # Lines written again in another order: no contents list.
        [
            PROSE[0],
            "Was sich ändert",
            "Wer zahlt",
            "Wer zahlt",
            PROSE[1],
            "Was sich ändert",
            PROSE[2],
        ],
        # One line repeated (a button, a label) is not a list.
        [PROSE[0], "Teilen", PROSE[1], "Teilen", PROSE[2]],
        # A refrain repeated where no prose follows it.
        ["Let it be", "Let it be", "Whisper words", "Let it be", "Whisper words"],
        # A plain story.
        PROSE,
    ],
)
def test_other_repetitions_are_no_contents_list(story):
    assert drop_contents_list(list(story), Draft(lang="en")) == story


def test_a_long_page_of_repeated_lines_is_read_in_linear_time():
    lines = [f"Line {i % 500}" for i in range(20000)]
    start = time.process_time()
    drop_contents_list(lines, Draft(lang="en"))
    assert time.process_time() - start < 2.0


def test_an_issues_contents_on_one_line_goes_over_the_story():
    from tearsheet.leadinglines import drop_leading_lines

    contents = "W TYM NUMERZE: Nowy plac zabaw · Festyn 2026 · Z prac zarządu · Kalendarz"
    story = [*PROSE]
    assert drop_leading_lines([contents, *story], Draft(lang="pl")) == story
    # A sentence of the story naming things with bullets between is the story's.
    sentence = "We visited three towns · Lodz · Gdansk · Poznan · and we liked them all very much."
    assert drop_leading_lines([sentence, *story], Draft(lang="en"))[0] == sentence


def test_contents_items_names_the_subheadings_of_a_list_anywhere():
    from tearsheet.contentslists import contents_items

    label, items = LISTS["de"]
    assert contents_items(_story(label, items)) == frozenset([label, *items])
    assert contents_items(PROSE) == frozenset()


def test_the_subheadings_a_contents_list_over_the_header_names_stay():
    """Il Sole 24 Ore's "I punti chiave" stands among the header's lines, which the
    header's rules take: its items, written again as the story's subheadings, are no
    repeated furniture."""
    from tearsheet.plaintext import parse_text

    story = [
        "Per la prima volta da quasi due anni, chi chiede un mutuo in Italia trova tassi fissi "
        "più bassi di quelli variabili, secondo i dati diffusi ieri dalla Banca d'Italia.",
        "Chi deve scegliere oggi",
        "Per chi sta per comprare casa, la combinazione di un fisso più basso e della certezza "
        "della rata rende la scelta relativamente semplice, spiegano i mediatori creditizi.",
        "Il nodo della surroga",
        "Diverso il discorso per chi ha già un mutuo variabile: la surroga permette di passare "
        "al fisso senza costi, ma le banche stanno alzando gli spread applicati ai nuovi mutui.",
    ]
    text = "\n".join(
        [
            "Il Sole 24 Ore",
            "Abbonati",
            "Mutui, perché il tasso fisso è tornato a costare meno del variabile",
            "di Federico Lanzi",
            "3 marzo 2026",
            "I punti chiave",
            "Chi deve scegliere oggi",
            "Il nodo della surroga",
            "",
            "\n\n".join(story),
            "",
            "Riproduzione riservata ©",
        ]
    )
    body = [p.strip() for p in parse_text(text, lang="it").body.split("\n\n") if p.strip()]
    assert body == story
