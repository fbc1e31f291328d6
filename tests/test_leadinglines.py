"""Short lines over a copied story's first paragraph (tearsheet.leadinglines): the page's
lines go, a writer labelled among them is read first."""

from __future__ import annotations

import pytest

from tearsheet.leadinglines import drop_leading_lines
from tearsheet.recognise import Draft

STORY = {
    "ru": [
        "В Омске из-за порыва на магистральной теплотрассе в Кировском округе без отопления "
        "остались более 200 домов, сообщили в мэрии города.",
        "Порыв трубы диаметром 800 мм произошел около 04:30 на участке, который должны были "
        "заменить еще в прошлом году.",
    ],
    "en": [
        "The council voted on Tuesday to close the old library and open a new one next "
        "spring, after three years of talks with residents.",
        "Work on the new building is expected to start in June and to take about eighteen "
        "months, the council's planning officer said.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "label", "name"),
    [("ru", "Автор", "Дарья Соколова"), ("en", "Author", "Jane Doe"), ("en", "By", "Ann Lee")],
)
def test_a_writer_labelled_over_the_story_is_read_before_the_lines_go(lang, label, name):
    draft = Draft(lang=lang)
    kept = drop_leading_lines(["Поделиться", label, name, *STORY[lang]], draft)
    assert kept == STORY[lang]
    assert draft.byline == [name]


def test_a_byline_already_read_stands_and_a_label_over_no_name_reads_nothing():
    draft = Draft(lang="en", byline=["Ann Lee"])
    assert drop_leading_lines(["Author", "Jane Doe", *STORY["en"]], draft) == STORY["en"]
    assert draft.byline == ["Ann Lee"]
    draft = Draft(lang="en")
    assert drop_leading_lines(["Author", "Share", *STORY["en"]], draft) == STORY["en"]
    assert draft.byline == []
