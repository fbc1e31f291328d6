"""Reading-time and read-aloud lines (tearsheet.readingtime), in the header and the body."""

from __future__ import annotations

import re

import pytest
from babel.units import format_unit

from tearsheet.plaintext import parse_text
from tearsheet.readingtime import MINUTE_WORDS

LANGUAGES = "en de fr es it pt nl pl ar bn cs da el fa fi he hi hu id ja ko ms mr ru sv ta th tr uk ur vi zh"


@pytest.mark.parametrize("lang", LANGUAGES.split())
def test_the_minute_words_hold_cldr_s(lang):
    units = re.compile(rf"(?:{MINUTE_WORDS})\.?", re.IGNORECASE)
    for count in (1, 3, 5, 11):
        for length in ("long", "short"):
            text = format_unit(count, "duration-minute", length=length, locale=lang)
            word = re.sub(r"[\d\s\u00a0\u202f]+", " ", text).strip()
            if len(word.rstrip(".")) > 1:
                assert units.fullmatch(word), (lang, word)


STORIES = {
    "zh": (
        "上海地铁新线路今天开通",
        "阅读时间 3 分钟",
        [
            "上海地铁十八号线二期工程今天上午正式开通运营，全长约十五公里，共设车站九座，沿线居民的出行时间将大大缩短。",
            "市交通委表示，新线路开通后，早高峰期间的列车间隔为四分钟，平峰时段为六分钟，预计日均客流将达到二十万人次。",
            "沿线居民对此表示欢迎，许多人说以前需要换乘两次公交车才能到达地铁站，现在步行十分钟就可以了。",
        ],
    ),
    "id": (
        "Jalur kereta baru dibuka di Bandung",
        "Waktu baca 3 menit",
        [
            "Jalur kereta api baru yang menghubungkan pusat kota Bandung dengan bandara resmi "
            "dibuka pada hari Senin pagi oleh gubernur.",
            "Menurut dinas perhubungan, perjalanan dari stasiun pusat ke bandara kini hanya "
            "memakan waktu dua puluh menit saja.",
            "Warga menyambut baik pembukaan jalur ini karena selama ini mereka harus "
            "menghadapi kemacetan parah di jalan raya.",
        ],
    ),
    "vi": (
        "Tuyến metro mới khai trương tại Hà Nội",
        "Thời gian đọc: 3 phút",
        [
            "Tuyến đường sắt đô thị mới nối trung tâm Hà Nội với khu vực phía tây đã chính thức "
            "khai trương vào sáng thứ Hai.",
            "Theo Sở Giao thông, thời gian đi từ ga trung tâm đến ga cuối tuyến chỉ còn khoảng "
            "hai mươi phút.",
            "Người dân bày tỏ vui mừng vì trước đây họ phải chịu cảnh tắc đường kéo dài mỗi "
            "ngày trên các tuyến phố chính.",
        ],
    ),
    # Onet's "you will read this text in 2 minutes": four words before the count.
    "pl": (
        "Nowa linia tramwajowa w Krakowie już otwarta",
        "Ten tekst przeczytasz w 2 minuty",
        [
            "Nowa linia tramwajowa łącząca centrum Krakowa z Bronowicami została otwarta w "
            "poniedziałek rano przez prezydenta miasta.",
            "Według zarządu transportu przejazd z Rynku do pętli zajmuje teraz tylko "
            "dwadzieścia minut.",
            "Mieszkańcy przyjęli otwarcie z ulgą, bo przez lata stali w korkach na głównych "
            "ulicach dzielnicy.",
        ],
    ),
    "en": (
        "New rail line opens in Leeds",
        "Listen to this article",
        [
            "The new rail line linking the centre of Leeds with the airport opened on Monday "
            "morning, the council said.",
            "According to the transport authority, the journey from the central station now "
            "takes only twenty minutes.",
            "Residents welcomed the opening after years of traffic jams on the main roads into "
            "the city centre.",
        ],
    ),
}


def _body(text: str) -> list[str]:
    return [p.strip() for p in parse_text(text).body.split("\n\n") if p.strip()]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_reading_time_between_paragraphs_goes(lang):
    headline, line, body = STORIES[lang]
    text = "\n\n".join([headline, "By Ann Lee", "3 March 2025", *body[:2], line, *body[2:]])
    assert _body(text) == body


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_reading_time_in_the_header_goes(lang):
    headline, line, body = STORIES[lang]
    text = "\n\n".join([headline, "By Ann Lee", "3 March 2025", line, *body])
    assert _body(text) == body


def test_a_recipe_s_step_with_minutes_stays():
    body = [
        "These crackers use up the sourdough discard that would otherwise go in the bin, "
        "and they keep for two weeks in a tin.",
        "Mix the discard with flour, oil and salt, then roll it out as thin as you can on a "
        "sheet of baking paper.",
        "Bake for 20 minutes",
        "Score the sheet into squares, then bake again until they snap cleanly in half.",
    ]
    text = "\n\n".join(["Sourdough discard crackers", "By Ann Lee", "3 March 2025", *body])
    assert _body(text) == body


@pytest.mark.parametrize(
    "line", ["— 7 min read", "· 4 min read", "– Lesezeit 5 Minuten", "| 3 phút đọc"]
)
def test_a_reading_time_after_the_mark_parting_it_from_the_date_goes(line):
    headline, _line, body = STORIES["en"]
    text = "\n".join([headline, "Ann Lee", "Feb 16, 2025", line, *body])
    assert _body(text) == body


def test_a_step_after_a_dash_with_minutes_stays():
    body = STORIES["en"][2]
    step = "— Bake for 20 minutes"
    text = "\n\n".join(
        ["Sourdough discard crackers", "By Ann Lee", "3 March 2025", *body[:2], step, body[2]]
    )
    assert _body(text) == [*body[:2], step, body[2]]


@pytest.mark.parametrize(
    "button", ["Слушај вест", "Slušaj vijest", "Poslušajte članek", "ฟังข่าว", "खबर सुनें"]
)
def test_a_read_aloud_button_between_paragraphs_goes(button):
    """Inside the story, where no header reading takes it: the button's own rule."""
    headline, _line, body = STORIES["en"]
    text = "\n\n".join([headline, "By Ann Lee", "3 March 2025", body[0], button, *body[1:]])
    assert _body(text) == body


@pytest.mark.parametrize("line", ["Listen to this article now", "Powered by Trinity Audio"])
def test_audio_players_lines(line: str) -> None:
    from tearsheet.zones import clutter_of

    assert clutter_of(line) is not None
