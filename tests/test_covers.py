"""Generated covers: every script drawn in its own faces, wrapped to fit, compact, drawn once."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tearsheet import cover
from tearsheet.article import Article
from tearsheet.cover import HEIGHT, MARGIN, MAX_COVER_BYTES, WIDTH, cover_text, draw_cover
from tearsheet.fonts import SCRIPT_ROLES, find_face

from conftest import FIXTURES, build

PAPER = cover.PAPER


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path, monkeypatch):
    """Each test draws into its own cache folder, with the in-memory cache cleared."""
    monkeypatch.setattr(cover, "covers_folder", lambda: tmp_path / "covers")
    cover.cover_image.cache_clear()
    yield
    cover.cover_image.cache_clear()


def make(lang: str, headline: str, **fields) -> Article:
    return Article(
        path=Path("/tmp/x.md"),
        slug="x",
        headline=headline,
        date=dt.date(2024, 3, 5),
        body="<p>x</p>",
        lang=lang,
        **fields,
    )


ARTICLES = {
    "zh": make("zh", "中国封锁了所有语言版本的维基百科", dek="以前，封锁仅限于维基百科的中文版。"),
    "zh-TW": make("zh-TW", "臺北市公開大眾運輸時刻表資料", byline=("陳美玲",)),
    "ja": make("ja", "札幌市、公共交通の時刻表をオープンデータとして公開", dateline="札幌"),
    "ko": make("ko", "부산시, 대중교통 시간표를 공공 데이터로 공개"),
    "he": make("he", "עיריית חיפה פותחת את נתוני התחבורה לציבור", source="Example News"),
    "ar": make("ar", "مصر تحجب بي بي سي والحرة: التوسع في الرقابة على الإعلام"),
    "ru": make("ru", "Как городские данные помогают пассажирам", byline=("Анна Петрова",)),
    "el": make("el", "Τα ανοιχτά δεδομένα αλλάζουν τις συγκοινωνίες"),
    "en": make("en", "How the U.S. and China can find common ground", source="Bloomberg"),
    "hi": make("hi", "दिल्ली में भारी बारिश से यातायात धीमा, स्कूल बंद", kicker="मौसम समाचार"),
    "th": make("th", "ฝนตกหนักในกรุงเทพฯ ทำให้การจราจรติดขัดทั่วเมือง", kicker="ข่าวสภาพอากาศ"),
}
# The Thai headline's words, as a Thai reader divides them (written without spaces).
THAI_WORDS = ["ฝน", "ตก", "หนัก", "ใน", "กรุงเทพฯ", "ทำให้", "การ", "จราจร", "ติดขัด", "ทั่ว", "เมือง"]


def ink(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """The leftmost and rightmost columns with ink inside a box, or None."""
    region = image.convert("RGB").crop(box)
    mask = region.point(lambda v: 255 if v < 200 else 0).convert("L")
    bounds = mask.getbbox()
    return (bounds[0] + box[0], bounds[2] + box[0]) if bounds else None


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_every_script_has_its_headline_drawn_in_its_own_face(lang):
    article = ARTICLES[lang]
    data = draw_cover(article, "5 March 2024")
    image = Image.open(io.BytesIO(data))
    assert image.size == (WIDTH, HEIGHT) and image.mode == "P"
    assert len(data) <= MAX_COVER_BYTES
    headline = ink(image, (0, 380, WIDTH, 1100))
    assert headline is not None, "no headline drawn"
    left, right = headline
    if article.direction == "rtl":
        assert abs(right - (WIDTH - MARGIN)) < 25 and left > MARGIN - 5
    else:
        assert abs(left - MARGIN) < 25 and right < WIDTH - MARGIN + 5
    family = SCRIPT_ROLES[article.language.script]["headline"]
    assert cover._face(article.headline, article.language.script, "headline") == find_face(*family)


def test_long_bylines_and_headlines_wrap_inside_the_margins():
    names = tuple(
        f"{name} (Open Observatory of Network Interference)"
        for name in ("Leonid Evdokimov", "Maria Xynou", "Mohammad El-Taher", "Sarah Mohsen")
    )
    article = make(
        "en",
        "Supercalifragilisticexpialidocious-Internationalisation " * 3,
        byline=names,
        dateline="Jakarta",
        source="OONI",
        dek="A long dek " * 40,
    )
    image = Image.open(io.BytesIO(draw_cover(article, "July 2, 2018")))
    left, right = ink(image, (0, 40, WIDTH, HEIGHT))
    assert left >= MARGIN - 5 and right <= WIDTH - MARGIN + 5
    # the foot stays above the bottom margin and below the headline
    assert ink(image, (0, HEIGHT - 120, WIDTH, HEIGHT)) is None


def test_the_kicker_is_the_source_never_a_tag():
    text = cover_text(make("en", "T", tags=("customer-experience",), source="Digital.gov"), "")
    assert text.kicker == "Digital.gov"
    assert cover_text(make("en", "T", tags=("customer-experience",)), "").kicker == ""


def test_each_cover_is_drawn_once(monkeypatch):
    calls = []
    real = cover._draw
    monkeypatch.setattr(cover, "_draw", lambda text: calls.append(text) or real(text))
    article = ARTICLES["en"]
    first = draw_cover(article, "March 5, 2024")
    cover.cover_image.cache_clear()  # a new process: the file cache still has it
    assert draw_cover(article, "March 5, 2024") == first
    assert len(calls) == 1
    draw_cover(make("en", "Another headline"), "March 5, 2024")
    assert len(calls) == 2


def test_the_book_carries_the_compact_cover(tmp_path):
    out = tmp_path / "out"
    assert build([FIXTURES / "lang" / "ja.md"], out, "--formats", "epub") == 0
    with zipfile.ZipFile(out / "ja.epub") as book:
        data = book.read("EPUB/images/cover.png")
    assert len(data) <= MAX_COVER_BYTES
    assert Image.open(io.BytesIO(data)).mode == "P"


def test_korean_cover_lines_break_between_words_han_between_characters():
    from tearsheet.cover import _units

    assert _units("부산시, 대중교통 시간표를 공개") == [
        "부산시, ",
        "대중교통 ",
        "시간표를 ",
        "공개",
    ]
    assert _units("维基百科") == ["维", "基", "百", "科"]
    assert _units("東京の「新しい」駅")[3] == "「新"  # no line ends on an opening bracket


def test_thai_headlines_break_between_words_only():
    """Thai has no spaces between words: the cover breaks its lines where the words end
    (Pango's breaks, libthai's dictionary), never inside a word or syllable."""
    article = ARTICLES["th"]
    text = cover_text(article, "")
    setter = cover._Setter(text)
    face = cover._face(article.headline, "Thai", "headline")
    ends = set()
    position = 0
    for word in THAI_WORDS:
        position += len(word)
        ends.add(position)
    for size in (190, 150, 110):
        lines = setter.wrap(article.headline, cover._font(face, size), 99)
        assert "".join(lines).replace(" ", "") == article.headline.replace(" ", "")
        assert len(lines) > 1
        position = 0
        for line in lines[:-1]:
            position += len(line.replace(" ", ""))
            assert position in ends, (size, lines)


def test_kickers_are_capitals_only_in_scripts_with_case():
    assert cover_text(make("en", "T", kicker="Weather"), "").spaced_capitals
    for lang in ("th", "hi", "ar", "ja", "ka"):
        assert not cover_text(make(lang, "T", kicker="x"), "").spaced_capitals, lang
