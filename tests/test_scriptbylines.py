"""Bylines in Chinese, Japanese and Korean (tearsheet.scriptbylines): the label and title
around the writer's name, told apart from the name."""

from __future__ import annotations

import pytest

from tearsheet.scriptbylines import is_script_byline, name_in_parentheses, script_byline_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 王小明", ["王小明"]),
        ("本报记者 王小明 李华", ["王小明", "李华"]),
        ("文/张伟", ["张伟"]),
        ("記者：山田太郎", ["山田太郎"]),
        ("文／店長阿哲", ["阿哲"]),
        ("文/主编 李华", ["李华"]),
        ("撰文：編集委員山田太郎", ["山田太郎"]),
        ("김민지 기자", ["김민지"]),
        ("글 박서준 기자 sj@example.kr", ["박서준"]),
        # The outlet's name before the reporter's title.
        ("澎湃新闻记者 陈佳宁", ["陈佳宁"]),
        ("新京报记者：王小明、李华", ["王小明", "李华"]),
        ("朝日新聞記者 田中美咲", ["田中美咲"]),
        # Japanese "text・name" with the middle dot, as "text and photos・" is written.
        ("文・田中美咲", ["田中美咲"]),
        ("文・写真：田中美咲", ["田中美咲"]),
        # A bar for the label's mark, two writers after it.
        ("文｜周雨桐 陈立", ["周雨桐", "陈立"]),
        ("文 | 黄思远", ["黄思远"]),
        # The photographer's credit after a bar too, beyond an ideographic space.
        ("文｜林晓雯\u3000摄影｜张一鸣", ["林晓雯"]),
        # An intern's or trainee's title between two writers' names is no name.
        ("潮声新闻记者 王晓晨 实习生 李思远", ["王晓晨", "李思远"]),
        ("本报记者 王小明 见习记者 李华", ["王小明", "李华"]),
        ("記者 陳美玲 實習生 林志明", ["陳美玲", "林志明"]),
    ],
)
def test_the_names_of_a_script_byline(line: str, names: list[str]) -> None:
    assert is_script_byline(line)
    assert script_byline_names(line) == names


@pytest.mark.parametrize("line", ["文/编辑", "文／店長"])
def test_a_title_alone_names_no_one(line: str) -> None:
    assert is_script_byline(line)
    assert script_byline_names(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "记者会在北京举行。",
        "기자회견",
        "文章来源于网络",
        "By Ann Lee",
        "他告诉记者我们会来",
        "文・写真 田中美咲",
    ],
)
def test_lines_that_are_no_script_byline(line: str) -> None:
    assert not is_script_byline(line)
    assert script_byline_names(line) == []


def test_a_japanese_reporter_in_parentheses() -> None:
    assert name_in_parentheses("（田中 美咲）") == "田中 美咲"
    assert name_in_parentheses("（田中美咲）") == "田中美咲"
    assert name_in_parentheses("（経済）") is None
    assert name_in_parentheses("(AP)") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("田中美咲 記者", ["田中美咲"]),
        ("田中 美咲 記者", ["田中 美咲"]),
        ("王小明记者", ["王小明"]),
        ("山本一郎 特派員", ["山本一郎"]),
    ],
)
def test_the_reporters_title_after_the_name(line: str, names: list[str]) -> None:
    assert script_byline_names(line) == names


@pytest.mark.parametrize("line", ["田中美咲撮影", "経済 記者会見", "記者"])
def test_a_photographer_or_a_press_conference_is_no_reporter(line: str) -> None:
    assert script_byline_names(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文/王小明 图/李华", ["王小明"]),
        ("文／王小明　攝影／李華", ["王小明"]),
        ("記者：山田太郎 写真：佐藤花子", ["山田太郎"]),
    ],
)
def test_the_photographer_beside_the_writer_is_no_writer(line: str, names: list[str]) -> None:
    assert is_script_byline(line)
    assert script_byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "names", "place"),
    [
        ("〔記者林志明／高雄報導〕", ["林志明"], "高雄"),
        ("【记者 王小明、李华/上海报道】", ["王小明", "李华"], "上海"),
        ("（記者黃美玲、記者張家豪／台南報導）", ["黃美玲", "張家豪"], "台南"),
        ("〔記者蔡宜庭／綜合報導〕", ["蔡宜庭"], None),
        # A paper's online news: "real-time" before the report is no part of the place.
        ("〔記者林志明／高雄即時報導〕", ["林志明"], "高雄"),
        ("【记者 王小明/上海即时报道】", ["王小明"], "上海"),
        # "報道" as Hong Kong's papers write it in traditional characters.
        ("【記者 陳家明、李華/香港報道】", ["陳家明", "李華"], "香港"),
    ],
)
def test_a_reporter_and_the_place_in_brackets(
    line: str, names: list[str], place: str | None
) -> None:
    from tearsheet.recognise import Draft
    from tearsheet.scriptbylines import read_reporter_from

    draft = Draft(lang="zh")
    assert read_reporter_from(line, draft)
    assert (draft.byline, draft.dateline) == (names, place)


def test_a_bracketed_line_without_a_reporter_is_none() -> None:
    from tearsheet.recognise import Draft
    from tearsheet.scriptbylines import read_reporter_from

    assert not read_reporter_from("〔編輯部／整理〕", Draft(lang="zh"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A portal's byline widget: the name joined to "기자", then the link to the
        # reporter's page or to subscribe to the reporter.
        ("박서연기자 기자 페이지", ["박서연"]),
        ("박서연 기자 +구독", ["박서연"]),
        ("이도현 기자 구독하기", ["이도현"]),
        ("김태윤 기자 기자 페이지", ["김태윤"]),
    ],
)
def test_a_korean_reporter_with_the_portals_links(line: str, names: list[str]) -> None:
    assert script_byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A local paper's CMS labels the reporter's name before it ("reporter's name").
        ("기자명 박서연 기자", ["박서연"]),
        ("작성자 이도현 기자", ["이도현"]),
        ("이도현 기자", ["이도현"]),
    ],
)
def test_a_korean_reporter_after_the_name_label(line: str, names: list[str]) -> None:
    assert script_byline_names(line) == names


def test_the_name_label_alone_is_no_byline() -> None:
    assert script_byline_names("기자명") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The outlet's short name before its writers' (Caijing's, Jiemian's).
        ("文｜财经 赵雪 孙立平", ["赵雪", "孙立平"]),
        ("文/界面新闻 黄欣", ["黄欣"]),
        # Writers' names all: none is dropped; a Japanese outlet's and writer's stay.
        ("文｜王晓岚 刘哲", ["王晓岚", "刘哲"]),
        ("文／朝日新聞 山田太郎", ["朝日新聞", "山田太郎"]),
    ],
)
def test_the_outlet_before_chinese_writers_is_no_writer(line: str, names: list[str]) -> None:
    assert script_byline_names(line) == names


def test_wechats_meta_line_names_the_writer_and_the_date() -> None:
    from tearsheet.bylines import read_byline
    from tearsheet.recognise import Draft

    draft = Draft(lang="zh")
    assert read_byline("原创 周文静 山城漫记 2024年03月02日 08:15 重庆", draft)
    assert draft.byline == ["周文静"]
    assert draft.date is not None and draft.date.isoformat() == "2024-03-02"


def test_wechats_meta_line_with_the_account_alone_names_no_writer() -> None:
    from tearsheet.bylines import read_byline
    from tearsheet.recognise import Draft

    draft = Draft(lang="zh")
    read_byline("原创 山城漫记 2024年03月02日 08:15 重庆", draft)
    assert draft.byline == []


def test_taiwanese_reporters_line_without_its_brackets() -> None:
    """ "記者陳怡君、王冠宇／綜合報導" on a line of its own: the reporters, and no place (a
    "combined report")."""
    from tearsheet.recognise import Draft
    from tearsheet.scriptbylines import read_reporter_from

    draft = Draft(lang="zh")
    assert read_reporter_from("記者陳怡君、王冠宇／綜合報導", draft)
    assert draft.byline == ["陳怡君", "王冠宇"]
    assert draft.dateline is None
    placed = Draft(lang="zh")
    assert read_reporter_from("記者林美華／高雄報導", placed)
    assert placed.dateline == "高雄"
