"""A header line read part by part (tearsheet.headerlines): the writer's name beside the date
in scripts without capitals, and the labels that look like one."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.headerlines import header_line
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("line", "lang", "names", "date"),
    [
        ("נועה ברגר | 3 במרץ 2025", "he", ["נועה ברגר"], dt.date(2025, 3, 3)),
        ("أحمد علي | 3 مارس 2025", "ar", ["أحمد علي"], dt.date(2025, 3, 3)),
        ("राजेश कुमार | 03 Mar 2025", "hi", ["राजेश कुमार"], dt.date(2025, 3, 3)),
        (
            "Ruth Adeyemi | February 11, 2022 | 3 min read",
            "en",
            ["Ruth Adeyemi"],
            dt.date(2022, 2, 11),
        ),
    ],
)
def test_a_name_beside_the_date(line: str, lang: str, names: list[str], date: dt.date) -> None:
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.byline == names
    assert draft.date == date


def test_a_chinese_label_beside_the_date_is_no_name() -> None:
    """ "分类于 生活" (filed under: life) has the shape of a two-part name."""
    draft = Draft(lang="zh")
    header_line("发表于 2026-01-05 | 分类于 生活", draft)
    assert draft.byline == []
