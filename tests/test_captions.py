"""Photo captions between a story's paragraphs (tearsheet.captions), in the order sites
print them with their credits."""

from __future__ import annotations

from copiedtexts import PROSE
from tearsheet.captions import caption_indices
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
