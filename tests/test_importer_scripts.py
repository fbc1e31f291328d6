"""Copied text in scripts other than Latin: written without spaces, or right to left."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.zones import is_sentence, text_length, word_count

from conftest import FIXTURES

SCRIPTS = FIXTURES / "import-scripts"
# name: (language, headline, date, first body paragraph's opening, last body paragraph's opening)
BYLINES = {
    "zh": ["王小明"],
    "ja": [],
    "ko": ["김민수"],
    "ru": ["Анна Петрова"],
    "ar": ["أحمد السيد"],
}
EXPECTED = {
    "zh": (
        "zh",
        "城市地铁新线路年底开通 沿线居民出行时间缩短一半",
        "2024-03-15",
        "本报讯",
        "据了解",
    ),
    "ja": (
        "ja",
        "観光客の増加で市内バスを増便へ 市が来月から",
        "2024-05-20",
        "市は20日",
        "市の担当者",
    ),
    "ko": ("ko", "서울시, 공공자전거 이용 요금 동결", "2024-03-15", "서울시는", "시 관계자는"),
    "ru": ("ru", "В Казани открылась новая библиотека", "2023-04-12", "КАЗАНЬ", "«Мы хотели"),
    "ar": ("ar", "افتتاح أكبر محطة للطاقة الشمسية في المنطقة", "2024-03-15", "افتتحت", "وأضاف"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_copied_page_in_another_script_gives_its_fields_and_only_its_body(name):
    lang, headline, date, first, last = EXPECTED[name]
    article = parse_text((SCRIPTS / f"copied-{name}.txt").read_text(encoding="utf-8"))
    assert article.lang == lang
    assert article.headline == headline
    assert article.date == dt.date.fromisoformat(date)
    assert list(article.byline) == BYLINES[name]
    paragraphs = [p for p in article.body.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith(first), paragraphs[0]
    assert paragraphs[-1].startswith(last), paragraphs[-1]
    # The menus above and the share buttons and related links below are all left out.
    assert len(paragraphs) == 3, paragraphs


def test_text_without_spaces_weighs_as_much_as_the_same_paragraph_with_them():
    chinese = "交通委员会负责人表示，新线路开通后，东部新区居民前往市中心的通勤时间将从目前的一小时缩短至约三十分钟。"
    english = (
        "The head of the transport commission said that once the line opens, commuting "
        "from the eastern district to the centre will fall from an hour to about thirty minutes."
    )
    assert 0.6 < text_length(chinese) / text_length(english) < 1.6
    assert text_length("plain ascii") == len("plain ascii")
    assert word_count("観光客の増加で市内バスを増便へ 市が来月から") > 8
    assert word_count("社会") == 1
    assert word_count("Share this article") == 3


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("市の担当者は「対策を検討したい」と話しています。", True),
        ("市は20日、発表しました！", True),
        ("この記事をシェアする", False),
        ("분享", False),
        ("시 관계자는 노력하겠다고 말했다.", True),
    ],
)
def test_sentences_end_with_the_script_s_own_full_stop(text, sentence):
    assert is_sentence(text) is sentence


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 王小明", ["王小明"]),
        ("本报记者 王小明 李华", ["王小明", "李华"]),
        ("文/张伟", ["张伟"]),
        ("作者：陈静", ["陈静"]),
        ("記者：山田太郎", ["山田太郎"]),
        ("김민수 기자", ["김민수"]),
        ("김민수 이지은 기자 minsu@example.kr", ["김민수", "이지은"]),
        ("Автор: Иван Смирнов", ["Иван Смирнов"]),
        ("Текст: Ольга Иванова", ["Ольга Иванова"]),
        ("بقلم: أحمد السيد", ["أحمد السيد"]),
        ("Oleh Budi Santoso", ["Budi Santoso"]),
        ("Yazar: Ayşe Demir", ["Ayşe Demir"]),
        ("Szerző: Nagy Péter", ["Nagy Péter"]),
    ],
)
def test_bylines_in_many_scripts(line, names):
    from tearsheet.recognise import Draft, header_part

    draft = Draft()
    assert header_part(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    "line",
    ["文章来源于网络", "记者会在北京举行。", "기자회견", "текст закона", "by the way, it rained"],
)
def test_lines_that_only_hold_a_byline_word_are_not_bylines(line):
    from tearsheet.recognise import Draft, header_part

    draft = Draft()
    header_part(line, draft)
    assert draft.byline == []
