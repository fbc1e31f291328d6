"""Photo captions in the story's body (tearsheet.captions)."""

from __future__ import annotations

import pytest

from tearsheet.captions import caption_indices
from tearsheet.recognise import Draft

STORY = {
    "en": (
        "LONDON (Reuters) - Britain's rail regulator fined the operator 2 million pounds on "
        "Tuesday for months of cancelled trains on the line, the largest fine it has given."
    ),
    "ta": (
        "சென்னை: விதர்பா அணிக்கு எதிரான ரஞ்சி கோப்பை அரையிறுதி ஆட்டத்தின் முதல் நாளில் "
        "தமிழக அணி 5 விக்கெட் இழப்புக்கு 312 ரன்கள் எடுத்தது."
    ),
    "es": (
        "Madrid, 6 de mayo de 2025.– El Gobierno aprobó este martes el plan de vivienda que "
        "prevé construir veinte mil pisos de alquiler asequible en los próximos cinco años."
    ),
}
CAPTIONS = {
    "en": "Passengers wait on a platform at Leeds station.",
    "ta": "சதமடித்த மகிழ்ச்சியில் கௌதம் ராஜேஷ்.",
    "es": "Obras de un edificio de viviendas en el barrio de Vallecas.",
}
NEXT = "The operator said it would appeal against the decision, which it called unfair."


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_short_sentence_over_the_story_s_dateline_is_the_lead_photo_s_caption(lang):
    draft = Draft(lang=lang)
    assert caption_indices([CAPTIONS[lang], STORY[lang], NEXT], draft) == {0}
    assert ("captions and credits", CAPTIONS[lang]) in draft.removed


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story was updated to correct the amount of the fine.",
        "Correction: An earlier version misspelled the name of the station.",
        "UPDATE 14:20: The operator has now said it will appeal.",
        "अपडेट 4:10 PM: सोनप्रयाग में फंसे 300 और श्रद्धालुओं को सुरक्षित निकाल लिया गया।",
    ],
)
def test_a_note_or_an_update_over_the_dateline_is_the_story_s(note):
    assert caption_indices([note, STORY["en"], NEXT], Draft(lang="en")) == set()


def test_a_story_that_opens_with_its_dateline_loses_nothing():
    assert caption_indices([STORY["en"], NEXT], Draft(lang="en")) == set()
