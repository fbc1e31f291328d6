"""Copied text in scripts other than Latin: written without spaces, or right to left."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.zones import is_sentence, text_length, word_count

from conftest import FIXTURES

SCRIPTS = FIXTURES / "import-scripts"
BYLINES = {
    "zh": ["王小明"],
    "ja": [],
    "ko": ["김민수"],
    "ru": ["Анна Петрова"],
    "ar": ["أحمد السيد"],
    "el": ["Γιώργος Παπαδόπουλος"],
    "he": ["דנה כהן"],
    "hi": ["राहुल शर्मा"],
    "th": ["สมชาย ใจดี"],
}
# name: (language, headline, date, first body paragraph's opening, last body paragraph's opening)
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
    # "КАЗАНЬ, 12 апреля." is the dateline: the body opens after it.
    "ru": ("ru", "В Казани открылась новая библиотека", "2023-04-12", "Новая", "«Мы хотели"),
    "ar": ("ar", "افتتاح أكبر محطة للطاقة الشمسية في المنطقة", "2024-03-15", "افتتحت", "وأضاف"),
    "el": (
        "el",
        "Νέα γραμμή τραμ συνδέει το κέντρο με το λιμάνι",
        "2024-03-15",
        "Η νέα",
        "«Πρόκειται",
    ),
    "he": ("he", "נפתח מסוף התחבורה הציבורית החדש בעיר", "2024-03-15", "מסוף", '"זהו'),
    "hi": (
        "hi",
        "शहर में नई मेट्रो लाइन का उद्घाटन, यात्रियों को मिलेगी राहत",
        "2024-03-15",
        "शहर में आज",
        "मुख्यमंत्री",
    ),
    # The Thai date is of the Buddhist era (2567).
    "th": ("th", "รถไฟฟ้าสายใหม่เปิดให้บริการแล้ว", "2024-03-15", "รถไฟฟ้าสายใหม่ที่", "ในช่วงเดือนแรก"),
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
        ("मुख्यमंत्री ने कहा कि सरकार योजना बना रही है।", True),
        ("शेयर करें", False),
        ("ผู้ว่าการกล่าวว่า เส้นทางใหม่นี้จะช่วยลดเวลาการเดินทางของผู้โดยสารลงได้ครึ่งหนึ่ง", True),
        ("ข่าวที่เกี่ยวข้อง", False),
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


def test_words_keep_their_combining_marks():
    from tearsheet.zones import words_of

    assert words_of("शहर में आज नई मेट्रो लाइन का उद्घाटन किया गया।") == [
        "शहर", "में", "आज", "नई", "मेट्रो", "लाइन", "का", "उद्घाटन", "किया", "गया",
    ]  # fmt: skip
    assert words_of("e\u0301te\u0301 cafe\u0301") == ["e\u0301te\u0301", "cafe\u0301"]
    assert words_of("שָׁלוֹם עוֹלָם") == ["שָׁלוֹם", "עוֹלָם"]


def test_turkish_dotted_capital_i_folds_to_the_plain_letter():
    from tearsheet.zones import words_of

    assert words_of("İLGİLİ HABERLER İstanbul") == ["ilgili", "haberler", "istanbul"]


def test_a_japanese_sidebar_of_related_articles_is_not_read_as_the_story():
    story = [
        "市は20日、観光客の増加による混雑を緩和するため、来月から市内循環バスを一日あたり四十便増やすと発表しました。",
        "市によりますと、ことしに入ってから観光客の数は前の年の同じ時期と比べて三割ほど増えました。",
        "市の担当者は「地域の人たちの生活に影響が出ないよう、引き続き対策を検討したい」と話しています。",
    ]
    sidebar = [
        "関連記事",
        "* 駅前の再開発計画が大幅に見直しへ、商店街との協議が続く中で市の方針は",
        "* 観光バスの駐車場不足が深刻に、週末には周辺道路で渋滞が発生している問題",
        "* 寺院周辺の歩道を拡幅する工事が始まる、完成は来年の春ごろの見込みとなる",
        "* 市内の宿泊施設の稼働率が過去最高を記録、海外からの旅行者が増えている",
        "* 路線バスの運転手不足が続く、市は採用の条件を見直して確保を急いでいる",
        "* 夜間の観光客向けに新たな循環バスを試験運行、利用者の声を聞いて判断へ",
    ]
    text = "\n\n".join(["観光客の増加で市内バスを増便へ", "2024年5月20日", *story, *sidebar])
    article = parse_text(text, lang="ja")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


def test_a_japanese_page_with_share_buttons_under_its_date():
    body = [
        "全国の自治体が運営する「空き家バンク」への登録件数が、2024年度に過去最多となったことが分かった。",
        "空き家バンクは、所有者が手放したい住宅の情報を自治体が集め、購入や賃貸を希望する人に紹介する仕組みだ。",
    ]
    header = [
        "ニュース",
        "社会",
        "トップ > 社会 > 記事",
        "空き家バンク登録、過去最多に　移住希望者との仲介進む",
    ]
    buttons = ["この記事をシェアする", "X", "はてなブックマーク", "LINE"]
    text = "\n".join([*header, "2025年2月3日 18時30分", *buttons, *body])
    article = parse_text(text, lang="ja")
    assert article.headline == "空き家バンク登録、過去最多に　移住希望者との仲介進む"
    assert article.date == dt.date(2025, 2, 3)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == body


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # The Levant's and the Maghreb's month names (CLDR's, through Babel).
        ("الأحد 12 تشرين الأول 2025", "ar", dt.date(2025, 10, 12)),
        ("12 جانفي 2025", "ar", dt.date(2025, 1, 12)),
        ("3 آب 2024", "ar", dt.date(2024, 8, 3)),
        # Persian digits, and a Solar Hijri date beside the Gregorian one.
        ("۳ مارس ۲۰۲۶ - ۱۲ اسفند ۱۴۰۴", "fa", dt.date(2026, 3, 3)),
        # Bengali digits with a label and a time.
        ("প্রকাশ: ১৪ এপ্রিল ২০২৫, ১০: ৩০", "bn", dt.date(2025, 4, 14)),
    ],
)
def test_dates_in_more_scripts_and_calendars(line, lang, date):
    from tearsheet.importdates import find_date

    assert find_date(line, lang) == date


@pytest.mark.parametrize(
    ("opening", "first_words", "lang"),
    [
        (
            "中国上海2025年3月5日 /美通社/ -- ",
            "上海绿舟科技有限公司今日宣布推出新一代电动渡轮，可载客三百人，续航达到一百二十公里。"
            "该渡轮将于今年夏天在黄浦江上投入运营，公司表示这将大幅减少内河航运的排放。",
            "zh",
        ),
        (
            "東京2025年3月5日 -- ",
            "東京都は本日、新しい電動バスを百台導入すると発表した。都によると、"
            "これらのバスは来年春から都内の主要路線で運行を開始する予定である。",
            "ja",
        ),
    ],
)
def test_a_dated_opening_never_takes_its_paragraph_with_it(opening, first_words, lang):
    """A release's place and date before its first paragraph on one line: the paragraph,
    long though it has no spaces to count, stays the body's."""
    for header in ("", "2025-03-05 10:00\n来源: 绿舟科技\n"):
        text = f"新能源渡轮正式发布\n{header}{opening}{first_words}\n{first_words[:30]}，第二段。\n"
        article = parse_text(text, lang=lang)
        assert article.date == dt.date(2025, 3, 5)
        assert article.dateline == opening.split("2025")[0]
        assert article.body.startswith(first_words[:20])
