"""Photo captions between a story's paragraphs (tearsheet.captions), in the order sites
print them with their credits."""

from __future__ import annotations

from copiedtexts import PROSE
from tearsheet.captions import caption_indices, is_photo_credit
from tearsheet.recognise import Draft


def test_caption_under_its_credit_over_a_subheading() -> None:
    """ "Фото: … / «Деловой взгляд»" then the caption, a subheading under it: the caption is
    no sentence and goes with its credit."""
    paragraphs = [
        PROSE[0],
        "Фото: Дмитрий Лебедев / «Деловой взгляд»",
        "Строящийся жилой комплекс на юго-западе Москвы",
        "Кто платит за субсидии",
        PROSE[1],
    ]
    assert caption_indices(paragraphs, Draft(lang="ru")) >= {2}


def test_story_paragraph_under_a_credit_stays() -> None:
    paragraphs = [PROSE[0], "Foto: dpa", PROSE[1], "Kurz notiert", PROSE[2]]
    assert 2 not in caption_indices(paragraphs, Draft(lang="de"))


def test_lead_photos_caption_over_its_credit_over_the_dateline() -> None:
    """A long caption over "Foto: Imago / …", the story opening under it with its dateline
    ("Wien – …"): the caption goes, however long; the story starts at the dateline."""
    caption = (
        "Die Baustelle am Frankhplatz im Alsergrund: Hier stößt der Tunnelvortrieb auf "
        "unerwartet viel Grundwasser."
    )
    paragraphs = [
        caption,
        "Foto: Imago / Heinz Prantl",
        "Wien – Wer auf die neue U-Bahn-Linie U5 wartet, muss sich noch länger gedulden. Die "
        "Wiener Linien haben am Donnerstag bestätigt, dass der erste Abschnitt später kommt.",
        PROSE[1],
    ]
    assert 0 in caption_indices(paragraphs, Draft(lang="de"))


def test_story_paragraph_over_a_credit_stays_without_a_dateline_under_it() -> None:
    paragraphs = [PROSE[0], "Foto: Imago / Heinz Prantl", PROSE[1], PROSE[2]]
    assert 0 not in caption_indices(paragraphs, Draft(lang="de"))


def test_caption_saying_who_stands_where() -> None:
    from tearsheet.photocredits import is_caption_at

    lines = ["「かつお一番 ひと振り」（左：レギュラー、右：減塩タイプ）", PROSE[0]]
    assert is_caption_at(lines, 0)
    assert is_caption_at(["The new board (from left) Ann Lee, Tom Roth and Eva Berg", *PROSE], 0)
    assert not is_caption_at(PROSE, 1)


def test_caption_over_the_papers_file_photo_credit() -> None:
    """ "… the year he turned the business over to his daughter." over "Courier file photo",
    at the story's top: the photo's caption and its credit."""
    paragraphs = [
        "Walter Brandvold behind the counter of Brandvold Hardware in 2011, the year he "
        "turned the business over to his daughter.",
        "Courier file photo",
        PROSE[0],
        PROSE[1],
    ]
    assert caption_indices(paragraphs, Draft(lang="en")) >= {0}
    assert is_photo_credit("AP file photo")
    assert not is_photo_credit("The file photo shows the old mill.")


def test_a_caption_of_a_sentence_and_one_left_without_its_stop_between_paragraphs() -> None:
    caption = "Concetta al lavoro sul molo di Portopalo. Rammenda venti metri di rete al giorno"
    paragraphs = [PROSE[0], caption, PROSE[1]]
    assert caption_indices(paragraphs, Draft(lang="it")) == {1}


def test_a_paragraph_ending_on_its_stop_or_an_abbreviation_s_stays() -> None:
    for line in (
        "Concetta al lavoro sul molo di Portopalo. Rammenda venti metri di rete al giorno.",
        "A training partnership with St. Clair College for sixty technicians per year",
    ):
        assert caption_indices([PROSE[0], line, PROSE[1]], Draft(lang="en")) == set()


def test_a_caption_without_its_stop_over_the_photographer_s_name_goes_with_it() -> None:
    paragraphs = [
        "Os calceteiros trabalham de joelhos, sobre almofadas de borracha, com um martelo",
        "Rui Gaudêncio",
        PROSE[0],
        PROSE[1],
    ]
    assert caption_indices(paragraphs, Draft(lang="pt")) == {0, 1}


def test_a_japanese_caption_without_a_stop_ending_in_its_brackets_over_the_story() -> None:
    paragraphs = [
        "運転見合わせで混雑する東京駅の新幹線乗り換え口（23日午後4時半ごろ）",
        "23日午後、東北新幹線の宇都宮駅と那須塩原駅の間で架線が切れ、上下線で運転を見合わせました。"
        "JR東日本によりますと、復旧には時間がかかる見通しです。",
    ]
    assert caption_indices(paragraphs, Draft(lang="ja")) == {0}


def test_a_hebrew_caption_of_a_sentence_and_one_without_its_stop_between_paragraphs() -> None:
    caption = "מודעות בחלון סניף בנק בתל אביב. ההחזר הממוצע על משכנתא חדשה עומד על כ-6,400 שקל"
    assert caption_indices([PROSE[0], caption, PROSE[1]], Draft(lang="he")) == {1}


def test_a_subheading_or_a_name_under_prose_stays() -> None:
    for lines in (["Who pays for the works", PROSE[1]], ["Rui Gaudêncio", PROSE[1]]):
        assert caption_indices([PROSE[0], *lines], Draft(lang="en")) == set()


def test_a_subheading_over_a_short_one_is_no_caption_and_credit() -> None:
    paragraphs = [
        PROSE[0],
        "Die elektronische Patientenakte – viele Modelle und kaum Vernetzung",
        "Aktuelle Situation",
        PROSE[1],
    ]
    assert caption_indices(paragraphs, Draft(lang="de")) == set()


def test_a_caption_closed_by_an_agency_in_brackets_between_paragraphs() -> None:
    """No stop, the agency in brackets closing it: the photo's caption and its credit."""
    paragraphs = [
        PROSE[0],
        "Part of the signing ceremony at the authority's headquarters in Riyadh (AFP)",
        PROSE[1],
        "جانب من حفل توقيع العقد في مقر الهيئة بالرياض (واس)",
        PROSE[2],
    ]
    assert caption_indices(paragraphs, Draft(lang="en")) == {1, 3}


def test_a_paragraph_closed_by_a_sentence_and_its_agency_stays() -> None:
    paragraphs = [PROSE[0], "The plant will open in 2028, the authority said. (AFP)", PROSE[1]]
    assert 1 not in caption_indices(paragraphs, Draft(lang="en"))


def test_a_caption_closed_by_no_agency_is_left_to_the_other_rules() -> None:
    paragraphs = [PROSE[0], "Residents of the old town queued for water (see map)", PROSE[1]]
    assert 1 not in caption_indices(paragraphs, Draft(lang="en"))
