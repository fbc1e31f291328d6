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
        # Two writers, a writer and the role, beside the date.
        (
            "Jane Doe and Tom Roth | Mar 3, 2025",
            "en",
            ["Jane Doe", "Tom Roth"],
            dt.date(2025, 3, 3),
        ),
        ("Jane Doe, Staff Writer | March 3, 2025", "en", ["Jane Doe"], dt.date(2025, 3, 3)),
        (
            "Anna Berg und Tom Roth · 03.03.2025",
            "de",
            ["Anna Berg", "Tom Roth"],
            dt.date(2025, 3, 3),
        ),
        # The writer after the date, with no separator.
        ("2025年3月3日 田中美咲", "ja", ["田中美咲"], dt.date(2025, 3, 3)),
        ("Mar 3, 2025 Jane Doe", "en", ["Jane Doe"], dt.date(2025, 3, 3)),
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


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("New York | March 3, 2025", "en"),  # a place in the page's header is no dateline
        ("Mar 3, 2025 Opinion Politics", "en"),  # a section's words after the date
        ("2025年3月3日 経済ニュース", "ja"),
    ],
)
def test_no_writer_beside_the_date(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.byline == []
    assert draft.dateline is None
    assert draft.date == dt.date(2025, 3, 3)
