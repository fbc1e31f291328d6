"""Related-article boxes whose label no list knows (tearsheet.relatedboxes): the label,
a section's word and the teaser between two paragraphs go; subheadings, an interview's
questions and lists stay."""

from __future__ import annotations

import pytest

from tearsheet.relatedboxes import related_boxes

UZ = (
    "22 yanvar kuni ertalabdan Toshkentda tushgan quyuq tuman sababli aeroportda 30 dan ortiq "
    "reys kechiktirildi. Bu haqda aeroport matbuot xizmati xabar berdi."
)
UZ2 = (
    "O‘zgidromet ma’lumotiga ko‘ra, 23 yanvar kuni ertalab ham poytaxtda tuman kuzatilishi "
    "mumkin. Haydovchilarga ehtiyot bo‘lish tavsiya qilinadi."
)
HU = (
    "Ami viszont végig működik, az a két főszereplő, akiknek közös jeleneteiben a kimondatlan "
    "mondatok többet mondanak bármilyen párbeszédnél."
)
HU2 = (
    "A film a Berlinálé Panorama szekciójában mutatkozott be, és érthető, miért: van benne "
    "valami egyetemes abban, ahogy egy család búcsúzik."
)
EN = (
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks with residents."
)
EN2 = (
    "Work on the new building is expected to start in June and to take about eighteen months, "
    "the council's planning officer said."
)


@pytest.mark.parametrize(
    ("paragraphs", "box"),
    [
        ([UZ, "Mavzuga oid", "Toshkentda havo sifati yana yomonlashdi", UZ2], {1, 2}),
        (
            [HU, "Olvasd el ezt is!", "Kult", "Hat magyar film a Berlinálén – itt vannak", HU2],
            {1, 2, 3},
        ),
        # Three teasers, the last opening with a quotation mark.
        (
            [
                EN,
                "Darllen mwy",
                "Cyhoeddi rhestr fer Llyfr y Flwyddyn 2026",
                "Talwrn y Beirdd yn dychwelyd am gyfres newydd",
                '"Mae angen mwy o gyfleoedd i feirdd ifanc" – Bardd Plant Cymru',
                EN2,
            ],
            {1, 2, 3, 4},
        ),
    ],
)
def test_an_unknown_label_over_one_headline_between_prose_is_a_box(paragraphs, box):
    assert related_boxes(paragraphs) == box


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A subheading right over its prose.
        [EN, "A new home for old books", EN2],
        # An interview's speaker and question.
        [EN, "The Courier", "Why did you decide to close the library now?", EN2],
        # A lead-in and a list.
        [EN, "What changes", "Opening hours will be longer on weekdays", "Fines end", EN2],
        # A subheading and a line on its topic under it.
        [EN, "Battery life", "Battery is improved on the 16-inch MacBook Pro", EN2],
        # A credit in brackets, a tweet's attribution, a sentence trailing off.
        [EN, "[Engadget]", "Stadia Is Essentially A Beta Version Until 2020", EN2],
        [EN, "Club statement", "— Tottenham Hotspur (@SpursOfficial) November 20, 2019", EN2],
        [EN, "So frustrating …", "Welcome to my business focus strategy lesson", EN2],
        # A subheading over a known "Read also: …" line.
        [EN, "What I ate", "READ ALSO: Where to eat in Wrocław this autumn", EN2],
        # A subheading over a sentence of prose.
        [EN, "The cost", "It will cost the town about four million pounds in all.", EN2],
    ],
)
def test_subheadings_questions_and_lists_are_no_box(paragraphs):
    assert related_boxes(paragraphs) == set()


def test_an_imported_story_loses_the_box_and_keeps_every_paragraph():
    from tearsheet.plaintext import parse_text

    text = "\n\n".join(
        [
            "Toshkentda quyuq tuman: o‘nlab reyslar kechiktirildi",
            "22.01.2026",
            UZ,
            "Mavzuga oid",
            "Toshkentda havo sifati yana yomonlashdi",
            UZ2,
        ]
    )
    article = parse_text(text)
    assert article.body.strip().split("\n\n") == [UZ, UZ2]
    assert ("related box", "Mavzuga oid") in article.removed


def test_the_story_s_subheading_under_a_box_s_teasers_stays():
    paragraphs = [
        EN,
        "También te recomendamos",
        "Los mejores lectores de libros electrónicos de 2025: guía de compra",
        "Kindle, Kobo o PocketBook: cuál elegir según cómo lees",
        "Alma Note 7: la opinión de Xataka",
        EN2,
    ]
    assert related_boxes(paragraphs) == {1, 2, 3}


def test_a_box_s_teasers_may_each_have_their_date_under_them():
    from tearsheet.relatedboxes import box_end

    paragraphs = [
        EN,
        "Related to this story",
        "County weighs quarter-cent sales tax for roads, bridges",
        "Feb 18, 2026",
        "Turkey Creek culvert washout closes Road 140 for a week",
        "Jun 27, 2025",
        EN2,
    ]
    assert box_end(paragraphs, 1) == 6
    assert related_boxes(paragraphs) == {1, 2, 3, 4, 5}
    # A date is no teaser: a label over dates alone is no box.
    assert box_end([EN, "Earlier reports", "Feb 18, 2026", EN2], 1) is None


@pytest.mark.parametrize(
    ("what", "inside"),
    [
        ("newsletter promotion", ["Sign up to First Edition", "Free daily newsletter"]),
        ("advertisement", ["Buy the book today", "Privacy notice: we may share your data."]),
    ],
)
def test_a_box_a_screen_reader_s_marks_enclose_goes_with_its_marks(what, inside):
    from tearsheet.relatedboxes import skipped_boxes

    paragraphs = [EN, f"skip past {what}", *inside, f"after {what}", EN2]
    assert skipped_boxes(paragraphs) == set(range(1, len(paragraphs) - 1))


def test_a_skip_mark_with_no_closing_mark_takes_nothing():
    from tearsheet.relatedboxes import skipped_boxes

    assert skipped_boxes([EN, "skip past newsletter promotion", EN2, EN]) == set()
    # ... nor a closing mark too far under it: the paragraphs after a rule's line stay.
    far = [EN, "skip past newsletter promotion", *[EN2] * 20, "after newsletter promotion"]
    assert skipped_boxes(far) == set()


def test_a_notice_s_labels_in_japanese_over_their_values_are_no_box():
    """ "断水日時" / its value / "断水区域" / its value: a notice's list of labels and
    values, written without spaces, as short as a box's label."""
    paragraphs = [
        "市では、老朽化した水道管を耐震性の高い管に更新する工事を下記のとおり実施します。",
        "断水区域",
        "西町二丁目1番から18番まで（約240世帯）",
        "ご注意いただきたいこと",
        "断水前に、飲み水や生活用水を必要な分だけくみ置きしてください。",
    ]
    assert related_boxes(paragraphs) == set()
