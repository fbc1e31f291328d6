"""Copied text imported whole (tearsheet.plaintext): the headline block found by its date
or byline line in the shapes pages print it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearsheet.plaintext import parse_text

STORY = [
    "CITY: Commuters will pay up to 15% more from April 1, after the fare committee's "
    "recommendations were accepted by the board of the metro corporation on Thursday.",
    "The minimum fare will stay the same, but the maximum fare for the longest journeys will "
    "go up by a tenth. Smart card users will continue to get a 5% discount.",
    "The corporation carries an average of 8.6 lakh passengers a day. It expects the "
    "revision to bring in an additional Rs 180 crore a year.",
]
MENU = ["City", "India", "World", "Business", "Tech", "NEWS", "CITY NEWS"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Rohit Shenoy / TNN / Updated: Mar 5, 2026, 22:41 IST", ("Rohit Shenoy",)),
        ("Anna Berg / dpa / 05.03.2026, 22:41 Uhr", ("Anna Berg",)),
        ("Rohit Shenoy | TNN | Updated: Mar 5, 2026, 22:41 IST", ("Rohit Shenoy",)),
    ],
)
def test_a_header_line_parted_by_slashes_anchors_the_headline(
    line: str, byline: tuple[str, ...]
) -> None:
    headline = "Metro fares to rise by up to 15% from April 1"
    lines = [
        "Skip to content",
        "The Daily Example",
        "Sign In",
        *MENU,
        headline,
        line,
        "Share",
        "AA",
        "Text Size",
        "Follow us",
        "Commuters at the interchange station",
        *STORY,
        "Start a Conversation",
        "About us",
        "Copyright © 2026 Example Media Ltd. All rights reserved.",
    ]
    text = "\n".join(lines)
    article = parse_text(text)
    assert article.headline == headline
    assert article.byline == byline
    assert article.date is not None and article.date.isoformat() == "2026-03-05"


def test_the_prose_run_is_looked_for_under_the_headline_block_when_it_lay_in_it():
    from tearsheet import zones
    from tearsheet.plaintext import _region_under

    entry = (
        "Centinaia di pendolari si sono riversati nella stazione di Cadorna per prendere i treni "
        "di Trenord, che non aderisce allo sciopero di oggi, e la polizia ha chiuso gli ingressi."
    )
    blocks = [
        "Sciopero a Milano: la diretta",
        entry,
        "di Giulia Ferrante",
        "21 febbraio 2025",
        "Ore 18.35 – Folla in Cadorna",
        entry,
        "Ore 18.04 – Chiuse M1 e M3",
        entry,
    ]
    classes, first = zones.classify(blocks, "it"), zones.first_pass(blocks, "it")
    # The run found was the dek (block 1); the body starts under the date (block 4).
    region = _region_under(blocks, classes, first, 4, range(1, 2))
    assert region.start >= 4 and region.stop > region.start
    # A run under the body's start is kept as it was.
    assert _region_under(blocks, classes, first, 4, range(5, 8)) == range(5, 8)


NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("byline", "date", "lang"),
    [
        (f"By{NBSP}Jane{NBSP}Doe", f"March{NBSP}5,{NBSP}2026", "en"),
        (f"Von{NBSP}Anna Berg", f"5.{NBSP}März{NBSP}2026", "de"),
        (f"Por{NBSP}Ana{NBSP}Souza", f"5{NBSP}de{NBSP}marzo{NBSP}de 2026", "es"),
    ],
)
def test_no_break_spaces_a_browser_copies_read_as_spaces(byline, date, lang):
    text = "\n\n".join(["Fares rise by a tenth on the metro from April", byline, date, *STORY])
    article = parse_text(text, lang=lang)
    assert article.byline == (byline.replace(NBSP, " ").split(maxsplit=1)[1],)
    assert article.date is not None and article.date.isoformat() == "2026-03-05"


def test_no_break_spaces_in_numbers_and_french_punctuation_stay_in_the_body():
    said = f"«{NNBSP}On ne recule pas{NNBSP}», a dit le maire. Pourquoi{NBSP}? Le budget{NBSP}: 10{NBSP}000 euros."
    text = "\n\n".join(["Le maire ne recule pas", "5 mars 2026", STORY[1], said, STORY[2]])
    body = parse_text(text, lang="fr").body
    assert f"«{NNBSP}On" in body and f"pas{NNBSP}»" in body
    assert f"Pourquoi{NBSP}?" in body and f"10{NBSP}000" in body


def _story_text() -> str:
    return "\n\n".join(
        ["Fares rise by a tenth on the metro from April", "By Jane Doe", "March 5, 2026", *STORY]
    )


def test_soft_hyphens_and_zero_width_spaces_leave_the_copy():
    marked = _story_text().replace("Commuters", "Com\u00admuters").replace(" will", " \u200bwill")
    article = parse_text(marked, lang="en")
    assert "\u00ad" not in article.body and "\u200b" not in article.body
    assert article.body.startswith("Commuters will pay")


def test_joiners_that_shape_letters_stay():
    persian = "می\u200cخواهم"  # a zero-width non-joiner inside a Persian word
    text = "\n\n".join(["تیتر خبر", "۱۴۰۴/۱۲/۱۴", f"{persian} {STORY[0]}", STORY[1]])
    assert persian in parse_text(text, lang="fa").body


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202b", "\u2067", "\u2068"])
def test_bidi_overrides_and_isolates_leave_the_copy(control):
    # One left unclosed turns the rest of the headline backwards in every output.
    marked = (
        _story_text()
        .replace("Fares", f"{control}Fares")
        .replace("Commuters", control + "Commuters")
    )
    article = parse_text(marked, lang="en")
    assert article.headline == "Fares rise by a tenth on the metro from April"
    assert control not in article.body and article.body.startswith("Commuters will pay")


def test_the_marks_that_place_neutrals_in_right_to_left_text_stay():
    hebrew = (
        "\u05d7\u05d3\u05e9\u05d5\u05ea \u200f(2026)\u200f"  # a right-to-left mark beside a number
    )
    text = "\n\n".join(
        ["\u05db\u05d5\u05ea\u05e8\u05ea", "05.03.2026", f"{hebrew} {STORY[0]}", STORY[1]]
    )
    assert hebrew in parse_text(text, lang="he").body


@pytest.mark.parametrize("prefix", ["> ", ">", "    ", "\t"])
def test_a_text_quoted_or_indented_whole_reads_as_the_text(prefix):
    plain = parse_text(_story_text(), lang="en")
    lines = [f"{prefix}{line}" if line else prefix.rstrip() for line in _story_text().split("\n")]
    article = parse_text("\n".join(lines), lang="en")
    assert (article.headline, article.byline, article.date) == (
        plain.headline,
        plain.byline,
        plain.date,
    )
    assert article.body == plain.body


_BANNER_PAGE = """본문 바로가기
시티뉴스
전체메뉴
검색
로그인
정치
경제
사회
전국
세계
문화
스포츠
오피니언
사회
{headline}
{date}
이수진 기자
기자 페이지
공유
댓글
인쇄
{caption}
{first}

{second}

{third}

{banner}

{rest}

sjlee@citynews.example

<저작권자(c) 시티뉴스, 무단 전재-재배포 금지>
관련 뉴스
{teaser}
회사소개
고객센터
Copyright (c) City News. All Rights Reserved.
"""


@pytest.mark.parametrize(
    ("lang", "fields"),
    [
        (
            "ko",
            {
                "headline": "부산시, 공공자전거 2천대 늘린다…동부권에 대여소 집중",
                "date": "송고2025-05-13 09:12",
                "day": "2025-05-13",
                "caption": "부산 시내의 공공자전거 대여소 [시티뉴스 자료사진]",
                "first": "(부산=시티뉴스) 이수진 기자 = 부산시가 공공자전거를 올해 2천대 더 "
                "늘리고, 대여소가 부족한 동부권을 중심으로 새 대여소 120곳을 설치한다고 13일 밝혔다.",
                "second": "이에 따라 공공자전거는 모두 1만2천대가 된다.",
                "third": "시는 그동안 이용이 많았던 해운대와 광안리보다 대중교통 접근성이 떨어지는 "
                "기장군과 금정구 등에 새 대여소를 집중적으로 배치할 계획이다.",
                "banner": "[시티뉴스 배너]",
                "rest": "지난해 공공자전거 이용 건수는 820만건으로 전년보다 14% 늘었다. 출퇴근 "
                "시간대 지하철역 주변 대여소에서 자전거가 부족하다는 민원이 이어졌다.\n\n"
                "시는 또 앱에 대여소별 실시간 혼잡도를 표시하는 기능을 추가하고, 고장 신고가 "
                "접수된 자전거를 하루 안에 수리할 방침이다.\n\n"
                '부산시 관계자는 "공공자전거가 시민의 일상적인 교통수단으로 자리 잡은 만큼 '
                '어디서나 쉽게 빌릴 수 있도록 하겠다"고 말했다.',
                "teaser": "부산 전기자전거 이용자 급증",
            },
        ),
    ],
)
def test_the_story_s_first_paragraphs_over_a_banner_s_label_stay_in_the_body(lang, fields):
    """A banner's label between the first paragraphs and the rest cuts the prose run in
    two; the part over it is the story's beginning, not captions under the headline."""
    article = parse_text(_BANNER_PAGE.format(**fields), lang=lang)
    assert article.headline == fields["headline"]
    assert article.date is not None and article.date.isoformat() == fields["day"]
    body = article.body
    assert fields["second"] in body and fields["third"] in body
    assert body.index(fields["second"]) < body.index(fields["third"]) < body.index("지난해")
    assert fields["banner"] not in body and fields["caption"] not in body


def test_a_date_line_under_the_headline_is_no_banner_s_label_over_the_prose():
    """The one short line over the prose is the headline block's date: the headline over
    it is not taken into the body."""
    text = "\n".join(
        [
            "Skip to content",
            "Home",
            "News",
            "Contact",
            "Tax office reminds: annual returns are due by 4 May.",
            "2026-04-14",
            "",
            "The tax office reminded residents on Tuesday that annual income returns for 2025 "
            "must be filed by 4 May, and that more than 720,000 people have already filed.",
            "",
            "Most returns are filled in ahead by the office's system and need only be checked "
            "and confirmed, it said in a statement published on its website.",
        ]
    )
    article = parse_text(text, lang="en")
    assert article.date is not None and article.date.isoformat() == "2026-04-14"
    assert "Tax office reminds" not in article.body


def test_a_wire_story_closing_credit_in_brackets_stays_on_a_whole_copied_page():
    """A Reuters page copied whole (menus, captions, ad labels, topics): the story's own
    "(Reporting by …; Editing by …)" line under the last paragraph is body, not furniture."""
    page = Path(__file__).parent.parent / "bench" / "import-blind16"
    article = parse_text((page / "en-wire-reuters-strait-shipping.txt").read_text("utf-8"))
    last = article.body.strip().split("\n\n")[-1]
    assert last.startswith("(Reporting by Rohan Mehta and Chen Lu in Singapore;")
    assert "Suggested Topics" not in article.body


def test_the_top_s_headline_block_stands_over_a_review_s_verdict_box():
    """Headline, byline (with the writer's bio) and date at the top, then the buttons, an
    affiliate note, a photo and a verdict box (the good, the bad, a price), and only then
    the prose: the headline block was read at the top and no date or byline stands over
    the prose; the box's last line is no headline (a review page, cut to what shows it)."""
    lines = [
        "Auralis Pod Pro 3 review: great noise cancelling, strange priorities",
        "By Theo Marchetti, a senior reviewer covering audio and wearables. He has tested more than 150 pairs of headphones since 2016.",
        "Oct 14, 2025, 9:00 AM EDT",
        "Share this story",
        "Share on Facebook",
        "Share on X",
        "Link",
        "12 Comments",
        "If you buy something from a Signal link, Signal Media may earn a commission. See our ethics statement.",
        'The Pod Pro 3 come in three colors; this is the one called "fog." Photo by Theo Marchetti / The Signal',
        "The Good",
        "Excellent noise cancellation",
        "Much better fit than the Pod Pro 2",
        "Transparency mode sounds natural",
        "The Bad",
        "No wireless charging on the case",
        "App pushes a subscription",
        "Touch controls misfire in cold weather",
        "$279 at Amazon$279 at Best Buy",
        "The noise cancellation is the other headline. Auralis says it has doubled the number of microphones that listen to the outside world, and whatever it did, it works: the low drone of a plane cabin all but disappears, and office chatter drops to a murmur. In my side-by-side tests, the Pod Pro 3 edged out the current class leaders on engine rumble and matched them on voices.",
        "12 Comments",
        "Join the conversation",
    ]
    article = parse_text("\n".join(lines), lang="en")
    assert article.headline == lines[0]
    assert (article.byline, str(article.date)) == (("Theo Marchetti",), "2025-10-14")
    assert article.body.startswith("The noise cancellation is the other headline.")


DE_STORY = [
    "Die Koalition feiert den Bauturbo als Durchbruch, doch die Zahlen sprechen eine andere "
    "Sprache: Im ersten Quartal wurden erneut weniger Wohnungen genehmigt als im Vorjahr.",
    "Der Bauturbo ist deshalb kein Fehler, aber er ist ein Etikett, das mehr verspricht, als "
    "es halten kann. Wer wirklich bauen will, muss an die Kosten und an die Zinsen heran.",
]


def test_a_source_line_over_the_writer_s_card_is_read_once_the_card_has_gone():
    text = "\n".join(
        [
            "Wohnungsbau: Der Bauturbo ist ein Etikett",
            "Ein Kommentar von Jasper Lohmann, Berlin",
            "05.05.2026, 18:12",
            "",
            "\n\n".join(DE_STORY),
            "",
            "Quelle: F.A.Z.",
            "Jasper Lohmann",
            "Wirtschaftskorrespondent in Berlin.",
            "Folgen",
            "Themen zu diesem Artikel",
            "Wohnungsbau",
        ]
    )
    article = parse_text(text, lang="de")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == DE_STORY
    assert article.source == "F.A.Z."


def test_a_box_a_screen_reader_can_skip_goes_with_its_privacy_notice():
    story = [
        "The operator of the Skye ferry was fined £1.8m on Friday over a breakdown that left "
        "312 passengers adrift for almost five hours off the island last summer.",
        "Passengers described being told to gather in the main lounge while the crew tried to "
        "restart the engines, and lifeboats from Portree and Mallaig stood by.",
        "In a statement, the company's chief executive apologised to passengers and said it "
        "had since commissioned an independent review of its maintenance.",
    ]
    text = "\n".join(
        [
            "Island ferry operator fined £1.8m over breakdown off Skye",
            "Morven Tait",
            "Sat 14 Mar 2026 10.00 GMT",
            "",
            f"{story[0]}\n\n{story[1]}\n",
            "skip past newsletter promotion",
            "Sign up to First Edition",
            "Free daily newsletter",
            "Enter your email address",
            "Sign up",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and "
            "content funded by outside parties. If you do not have an account, we will create "
            "a guest account for you.",
            "after newsletter promotion",
            "",
            story[2],
        ]
    )
    article = parse_text(text, lang="en")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story
