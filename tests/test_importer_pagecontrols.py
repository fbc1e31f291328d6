"""A page's own controls and labels (tearsheet.pagecontrols) leave the body; the story's
paragraphs around them stay."""

from __future__ import annotations

import pytest

from tearsheet import zones
from tearsheet.plaintext import parse_text

STORY = (
    "{headline}\n\n{byline}\n\n{date}\n\n{first}\n\n{second}\n\n{label}\n\n{caption}\n\n"
    "{third}\n\n{control}\n"
)
CASES = [
    (
        "en",
        {
            "headline": "Floods close schools across the north",
            "byline": "By Ann Lee",
            "date": "12 March 2026",
            "first": "Heavy rain has closed more than forty schools across the north of England, "
            "with rivers expected to peak on Wednesday.",
            "second": "The Environment Agency issued six severe flood warnings overnight and "
            "urged residents near the river to move to higher ground.",
            "label": "Image source, Getty Images",
            "caption": "Image caption, Volunteers filled sandbags in the town centre on Monday",
            "third": "Forecasters said more rain was expected at the weekend, although the "
            "heaviest falls would move east by Sunday.",
            "control": "Back to top",
        },
    ),
    (
        "ru",
        {
            "headline": "Паводок закрыл школы на севере страны",
            "byline": "Анна Иванова",
            "date": "12 марта 2026",
            "first": "Сильные дожди привели к закрытию более сорока школ на севере страны, "
            "пик паводка ожидается в среду.",
            "second": "Спасатели призвали жителей прибрежных районов перебраться в безопасные "
            "места до утра вторника.",
            "label": "Автор фото, Getty Images",
            "caption": "Подпись к фото, Добровольцы набивают мешки песком в центре города",
            "third": "Синоптики ожидают новых дождей в выходные, хотя самые сильные осадки "
            "сместятся на восток к воскресенью.",
            "control": "Наверх",
        },
    ),
    (
        "es",
        {
            "headline": "Las lluvias cierran colegios en el norte",
            "byline": "Por Marta Ruiz",
            "date": "12 de marzo de 2026",
            "first": "Las fuertes lluvias han obligado a cerrar más de cuarenta colegios en el "
            "norte del país, y se espera que los ríos alcancen su máximo el miércoles.",
            "second": "Protección Civil activó el nivel rojo durante la noche y pidió a los "
            "vecinos de la ribera que se trasladaran a zonas altas.",
            "label": "VÍDEO: Así se desbordó el río a su paso por el pueblo",
            "caption": "Pie de foto, Voluntarios llenan sacos de arena en el centro",
            "third": "Los meteorólogos prevén más lluvias el fin de semana, aunque las más "
            "intensas se desplazarán hacia el este el domingo.",
            "control": "Cargando...",
        },
    ),
]


@pytest.mark.parametrize(("lang", "parts"), CASES)
def test_the_page_s_labels_and_controls_go_the_paragraphs_stay(lang, parts):
    article = parse_text(STORY.format(**parts), lang=lang)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [parts["first"], parts["second"], parts["third"]]


def test_a_sentence_opening_with_watch_stays():
    parts = dict(CASES[0][1])
    parts["label"] = "Watch: the council said the bridge would stay shut until the weekend."
    article = parse_text(STORY.format(**parts), lang="en")
    assert parts["label"] in article.body


@pytest.mark.parametrize(
    ("lang", "button"),
    [("en", "Upgrade to paid"), ("de", "Fehler melden"), ("fr", "Signaler une erreur")],
)
def test_a_button_between_paragraphs_goes_alone(lang, button):
    parts = dict(CASES[0][1])
    text = STORY.replace("{label}\n\n{caption}", button).replace("{control}", "")
    article = parse_text(text.format(**parts), lang=lang)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [parts["first"], parts["second"], parts["third"]]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # A question that goes on in words asks with its mark: no mark, a story's sentence.
        ("it", "Quanto è utile questa tecnologia per le piccole imprese resta da vedere."),
        ("tr", "Bu bilgiler yardımcı olacaktır."),
    ],
)
def test_a_sentence_about_usefulness_stays(lang, sentence):
    parts = dict(CASES[0][1])
    text = STORY.replace("{label}\n\n{caption}", sentence).replace("{control}", "")
    article = parse_text(text.format(**parts), lang=lang)
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [parts["first"], parts["second"], sentence, parts["third"]]


def test_a_blog_photo_s_caption_with_the_post_s_sentences_after_it_stays():
    # One paragraph: the caption and the post going on after it are the post's.
    parts = dict(CASES[0][1])
    line = (
        "Photo by the author: the flooded square on Monday. The water had reached the "
        "steps of the town hall by noon, and the market was called off."
    )
    text = STORY.replace("{label}\n\n{caption}", line).replace("{control}", "")
    article = parse_text(text.format(**parts), lang="en")
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [parts["first"], parts["second"], line, parts["third"]]


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        ("en", "Was this guide helpful? Let me know in the comments, I read every one."),
        ("fr", "Cet article vous a été utile ? Dites-le-moi en commentaire, je réponds à tous."),
        ("de", "War dieser Beitrag hilfreich? Schreibt mir in die Kommentare, ich freue mich."),
    ],
)
def test_a_blogger_s_closing_question_in_the_first_person_stays(lang, closing):
    """The page's feedback question goes with its buttons or the site's pitch after it; the
    same question asked by a blogger who goes on in the first person is the post's."""
    parts = dict(CASES[0][1])
    text = STORY.replace("{label}\n\n{caption}\n\n", "").replace("{control}", closing)
    article = parse_text(text.format(**parts), lang=lang)
    assert article.body.rstrip().endswith(closing)


def test_a_feedback_question_with_the_site_s_pitch_after_it_goes():
    parts = dict(CASES[0][1])
    pitch = (
        "Cet article vous a été utile ? Sachez que vous pouvez suivre La Gazette du Port sur "
        "son site d'informations et son application mobile."
    )
    text = STORY.replace("{label}\n\n{caption}\n\n", "").replace("{control}", pitch)
    article = parse_text(text.format(**parts), lang="fr")
    assert pitch not in article.body
    assert article.body.rstrip().endswith(parts["third"])


@pytest.mark.parametrize(
    "button",
    ["કૉપી લિંક", "लिंक कॉपी करें", "কপি লিংক", "העתק קישור", "نسخ الرابط", "링크 복사", "复制链接"],
)
def test_copy_link_buttons_in_other_scripts_are_page_controls(button):
    assert zones.clutter_of(button) is not None
    assert zones.clutter_of(f"उन्होंने कहा कि {button} के बारे में कई लोगों ने पूछा था।") is None


@pytest.mark.parametrize(
    "line",
    [
        "Görüntü açıklaması, İstanbul'da kiralık ev ilanları, Kadıköy",
        "Görüntü kaynağı, Selin Aydoğan",
        "तस्बिरको क्याप्शन, काठमाडौंको एक पेट्रोल पम्पमा लामो लाइन",
        "Bayanan hoto, Manoma a gonarsu a jihar Kano",
        "تصویر کا کیپشن، کراچی میں پانی کے ٹینکر",
    ],
)
def test_the_bbc_world_service_s_picture_labels_are_media_labels(line):
    """BBC's services label a picture's source and caption in their language ("Görüntü
    açıklaması, …"): the label's line is the picture's, never the headline or the story's."""
    found = zones.clutter_of(line)
    assert found is not None and found.name == "media label"


@pytest.mark.parametrize(
    "line",
    ["O que você procura?", "What are you looking for?", "Que recherchez-vous ?", "Czego szukasz?"],
)
def test_the_search_box_s_prompt_is_a_page_control(line):
    found = zones.clutter_of(line)
    assert found is not None and found.name == "search box"


def test_a_question_asking_what_people_look_for_in_a_sentence_stays():
    line = "What are you looking for? Most buyers said a garden mattered more than a garage."
    assert zones.clutter_of(line) is None
