"""A story's own sections after its prose run (tearsheet.sections): a review's good and bad
points and its verdict."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.sections import section_after

PROSE = [
    "The new reader is thinner than the last one and weighs about 295 grams, so holding it in "
    "one hand for half an hour of reading is no strain at all.",
    "Battery life was good: with two hours of reading a day and Wi-Fi on, a full charge lasted "
    "about ten days, a little less than the maker claims.",
    "The handwriting is the real highlight. The pen's delay is low, and the recognition got "
    "almost every word right in our tests over three weeks.",
]
VERDICT = (
    "If you mostly read novels and documents and take handwritten notes, the Note 8 is the "
    "most balanced choice at its price right now."
)


@pytest.mark.parametrize(
    ("pros", "cons", "summary"),
    [
        ("Pros", "Cons", "Verdict"),
        ("The Good", "The Bad", "Bottom line"),
        ("Vorteile", "Nachteile", "Fazit"),
        ("優點", "缺點", "總結"),
    ],
)
def test_a_review_s_good_and_bad_points_and_verdict_close_its_body(pros, cons, summary):
    """ "Pros" / points without stops / "Cons" / points / "Verdict" / the verdict's paragraph
    under the review's prose: the story's own sections, not the page's trailer."""
    points = [
        pros,
        "Low pen latency and accurate recognition",
        "Sharp black-and-white display",
        cons,
        "Colour mode looks washed out",
        "Plain build quality",
        summary,
    ]
    header = ["Orbi Note 8 review: great for notes, colour behind", "By Lin Boyu", "2025-10-28"]
    footer = ["Tags:", "#ereader", "© 2025 TechWave"]
    text = "\n".join([*header, *PROSE, *points, VERDICT, *footer])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == [*PROSE, *points, VERDICT]


def test_short_lines_under_a_word_that_is_no_review_s_heading_stay_the_trailer():
    """A box of teaser headlines under "More stories", a paragraph under it: not the story's."""
    teasers = ["Ferry fares to rise in spring", "Harbour master retires after thirty years"]
    header = ["Orbi Note 8 review: great for notes, colour behind", "By Lin Boyu", "2025-10-28"]
    text = "\n".join([*header, *PROSE, "More stories", *teasers, VERDICT, "© 2025 TechWave"])
    body = parse_text(text, lang="en").body
    assert teasers[0] not in body


def test_a_list_written_as_one_sentence_under_its_heading_and_lead_in_stays():
    """ "What we ate" / "We ordered almost the whole menu:" / items ending in commas, the last
    in a full stop, the review going on under them: the story's own section."""
    section = [
        "What we ate",
        "For two of us we ordered almost the whole menu:",
        "roast pumpkin soup with pumpkin seed oil (6 euros),",
        "baked strukli with cream and chives (11 euros),",
        "beef cheek pasticada with gnocchi (19 euros),",
        "chocolate fondant with sour cherries (7 euros).",
    ]
    menu = ["Dnevni Glas", "News", "Sport", "Culture", "Food", "Travel", "Opinion", "Food"]
    header = ["Bistro review: a small kitchen with a big heart", "By Ana Horvat", "28 October 2025"]
    # A whole page: a photo, its credit, buttons and a teaser between the header and the prose.
    between = ["The kitchen at Zlica", "Photo: Ivan Kos", "Listen to this article", "Most read"]
    between.append("Trains cancelled again on the coast line")
    footer = ["Tags:", "#food", "© 2025 Dnevni Glas"]
    page = [*menu, *header, *between, *PROSE[:2], *section, PROSE[2], VERDICT, *footer]
    body = [p.strip() for p in parse_text("\n\n".join(page), lang="en").body.split("\n\n")]
    assert [p for p in body if p] == [*PROSE[:2], *section, PROSE[2], VERDICT]


SPECS = [
    (
        "Specifications",
        ["Display: 7 inches, colour e-ink", "Storage: 32 GB", "Battery: 2,300 mAh"],
        "Advertisement",
    ),
    (
        "Ficha técnica",
        ["Pantalla: 7 pulgadas, tinta electrónica", "Almacenamiento: 32 GB", "Peso: 198 g"],
        "Publicidad",
    ),
    ("Technische Daten", ["Display: 7 Zoll", "Speicher: 32 GB", "Gewicht: 198 g"], "Anzeige"),
    (
        "What changes",
        ["- Buses every ten minutes", "- Night buses on Fridays", "- A new stop at the port"],
        "Advertisement",
    ),
]


@pytest.mark.parametrize(("heading", "specs", "ad"), SPECS)
def test_a_list_under_its_heading_then_an_ad_and_the_next_subheading_is_a_section(
    heading, specs, ad
):
    """A review's specifications (or a marked list) under its heading, then an ad's label
    and the next section's subheading over the prose: the section runs past that subheading,
    which is the story's too (the ad is left to its rule)."""
    blocks = [PROSE[0], heading, *specs, ad, "A screen that convinces", PROSE[2], VERDICT]
    assert section_after(blocks, 1) == len(specs) + 4


def test_a_box_of_teasers_over_the_next_subheading_is_no_section():
    """ "Also recommended" over two teaser headlines, then the next section: the teasers are
    no list by their form (no marks, no label and value)."""
    box = ["Also recommended", "The best e-readers of 2025", "Kindle or Kobo, which one to buy"]
    blocks = [PROSE[0], *box, "Our verdict", VERDICT]
    assert section_after(blocks, 1) == 1


def test_a_review_s_specifications_copied_as_one_stack_stay_with_the_next_subheading():
    """A whole copied page: the specifications as one stack under their heading, an ad's
    label, the next subheading, the review going on."""
    menu = "\n".join(["TechWave", "News", "Reviews", "Guides", "Deals", "Podcast", "Reviews"])
    header = "\n".join(["Orbi Note 8 review: great for notes", "By Lin Boyu", "28 October 2025"])
    between = ["The reader on a desk", "Photo: Lin Boyu", "Listen to this article", "Most read"]
    heading, specs, ad = SPECS[1]
    page = [
        menu,
        header,
        "\n".join(between),
        *PROSE[:2],
        heading,
        "\n".join(specs),
        ad,
        "A screen that convinces",
        PROSE[2],
        VERDICT,
        "\n".join(["Tags:", "#ereader", "© 2025 TechWave"]),
    ]
    body = [p.strip() for p in parse_text("\n\n".join(page), lang="en").body.split("\n\n")]
    assert [p for p in body if p] == [
        *PROSE[:2],
        heading,
        *specs,
        "A screen that convinces",
        PROSE[2],
        VERDICT,
    ]


def test_a_heading_with_its_colon_over_bare_items_is_the_notice_s_list():
    """ "Rúas afectadas:" over the streets, no marks or stops, the notice's next heading and
    its sentences under them: the list is the notice's own."""
    blocks = [
        "O Concello de Lugo informa de que o martes 17 de marzo, entre as 8.30 e as 14.00 "
        "horas, haberá un corte no subministro de auga en varias rúas de Fingoi.",
        "Rúas afectadas:",
        "Rúa Doutor Castro (números 1 ao 47)",
        "Rúa Ramón Ferreiro",
        "Avenida da Coruña (números 210 ao 298)",
        "Recomendacións á veciñanza",
        "Reservar con antelación a auga necesaria para o consumo e a hixiene durante a mañá "
        "do corte, e manter as billas pechadas mentres dure.",
    ]
    assert section_after(blocks, 1) == 6


def test_a_box_s_label_with_its_colon_over_teasers_and_the_footer_is_no_section():
    blocks = [
        "The council voted on Tuesday to close the old library and open a new one next spring.",
        "Most read:",
        "Man charged after pursuit ends in pasture",
        "Lady Hawks fall in sub-state final",
        "© 2026 The Marlow County Record",
    ]
    assert section_after(blocks, 1) == 1


def test_marked_list_over_a_box_inside_the_story_stays() -> None:
    """ "L'ordine d'arrivo" over "1. …" items, a "LEGGI ANCHE" box right under them and the
    story going on below: the numbered list is the story's; the box's teasers go."""
    blocks = [
        PROSE[0],
        "L'ordine d'arrivo",
        "1. Leonardo Bettiol Bianchi (Ita) in 4h21'08\"",
        '2. Oliver Haddon (Gbr) a 4"',
        '3. Pablo Echegaray (Spa) a 4"',
        "LEGGI ANCHE",
        "Tirreno-Adriatico, la classifica generale dopo la quinta tappa",
        PROSE[1],
    ]
    assert section_after(blocks, 1) == 5


def test_fact_box_over_the_tags_stays_with_the_story() -> None:
    """ "Fakta: Köpings badhus" and its labelled facts at the story's end, the post's tags
    under them ("Ämnen i artikeln"): the story's own box, not the page's."""
    text = (
        "Hoppa till huvudinnehåll\n\nMälarposten\n\nNyheter\n\nSport\n\nKultur\n\nNöje\n\n"
        "Ekonomi\n\nFamilj\n\nDebatt\n\nE-tidning\n\nLogga in\n\nKöp prenumeration\n\n"
        "Köpings badhus stänger i två år\n\nLinnea Berg\n\n14 februari 2026\n\nDela\n\nSpara\n\nLyssna\n\nBadhuset invigdes 1974.\n\nFoto: Johan Ek\n\n"
        + "\n\n".join(PROSE)
        + "\n\nFakta: Köpings badhus\n\nInvigt: 1974\n\nBesökare per år: cirka 95 000\n\n"
        "Beräknad återöppning: maj 2028\n\nÄmnen i artikeln\n\nKöping\n\nBadhus\n\n"
        "Mest läst\n\n1. Man död efter trafikolycka på E18\n\nKundservice\n\nAnnonsera\n"
    )
    body = parse_text(text, lang="sv").body
    assert "Invigt: 1974" in body
    assert "Beräknad återöppning: maj 2028" in body
    assert "Ämnen i artikeln" not in body


def test_subheading_over_prose_the_classes_missed_goes_on() -> None:
    """A subheading after the story's sentence, two sentences of prose under it: the story
    goes on (Tamil prose, with few function words, may not be classed as prose); a match's
    labelled facts under "Ficha técnica" are no such prose."""
    from tearsheet.sections import runs_on

    story = [PROSE[0], "Second innings partnership", PROSE[1], PROSE[2]]
    assert runs_on(story, 1, 2)
    facts = [
        PROSE[0],
        "Ficha técnica",
        "2 - Atlético: Oblak; Llorente, Giménez, Lenglet, Javi Galán; Giuliano, Koke, De Paul.",
        "Árbitro: Soto Grado. Amonestó a Pepelu, Tárrega y Johnny por protestar.",
    ]
    assert not runs_on(facts, 1, 2)
