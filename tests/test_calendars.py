"""Dates in the Solar Hijri, Minguo, Thai and Ethiopian calendars, as pages write them."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.calendars import calendar_date
from tearsheet.importdates import find_date, parse_date_line, writes_year
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # Iran's Solar Hijri calendar: the month's name, or numbers year first, in Persian
        # or ASCII digits, with a time after it.
        ("۲۸ بهمن ۱۴۰۴، ۱۱:۲۰", "fa", dt.date(2026, 2, 17)),
        ("۱ فروردین ۱۴۰۳", "fa", dt.date(2024, 3, 20)),
        ("1403/10/11", "fa", dt.date(2024, 12, 31)),
        ("تاریخ انتشار: ۱۴۰۲/۰۷/۱۵", None, dt.date(2023, 10, 7)),
        # Taiwan's Minguo years, under a Chinese label, with the era's name, or as 年月日.
        ("發布日期：115-04-21", "zh", dt.date(2026, 4, 21)),
        ("民國99年3月5日", "zh-TW", dt.date(2010, 3, 5)),
        ("更新時間：113/12/02 14:30", None, dt.date(2024, 12, 2)),
        # Thai: the Buddhist era's year in full or by its last two digits, short and full
        # month names, the era's abbreviation, a time with its "น.".
        ("21 ม.ค. 69", "th", dt.date(2026, 1, 21)),
        ("3 มีนาคม พ.ศ. 2568", "th", dt.date(2025, 3, 3)),
        ("14 ก.พ. 2567 10:45 น.", None, dt.date(2024, 2, 14)),
        ("1 ธ.ค. 2025", "th", dt.date(2025, 12, 1)),
        # A weekday and "the" before it (a blog's date header), a Thai label with a colon.
        ("วันพฤหัสบดีที่ 5 มีนาคม พ.ศ. 2569", "th", dt.date(2026, 3, 5)),
        ("วันศุกร์ 6 มี.ค. 69", None, dt.date(2026, 3, 6)),
        ("อัปเดต: 5 มี.ค. 69 10:20 น.", "th", dt.date(2026, 3, 5)),
        # The Ethiopian calendar: month, day ("ቀን"), year and era, a weekday before it, a
        # time after it, a slash before the year (ENA), another spelling of the month.
        ("ኅዳር 11 ቀን 2019 ዓ.ም.", "am", dt.date(2026, 11, 20)),
        ("ረቡዕ፣ ህዳር 11 ቀን 2019 ዓ.ም.", "am", dt.date(2026, 11, 20)),
        ("ሐምሌ 8 ቀን 2018 ዓ.ም. 10:30", None, dt.date(2026, 7, 15)),
        ("ጥር 5/2018", "am", dt.date(2026, 1, 13)),
        ("መስከረም 1 ቀን 2016 ዓ.ም.", "am", dt.date(2023, 9, 12)),
    ],
)
def test_dates_of_other_calendars_become_gregorian(line, lang, date):
    assert parse_date_line(line, lang) == date
    assert find_date(line, lang) == date
    assert writes_year(line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2024年3月5日", "zh"),  # a Gregorian year: dateparser's, not the Minguo's
        ("115 passengers on 04-21", "en"),  # a count, in a text of no such calendar
        ("مهر 1403", "fa"),  # a month and year, no day
        ("21 ม.ค.", "th"),  # no year: never guessed
        # A sentence's end, written without spaces, is no label ("… from today until …").
        ("ตั้งแต่วันนี้ถึง 30 มิถุนายน 2568", "th"),
        ("Room 115-04-21", None),
        ("۳۲ اسفند ۱۴۰۳", "fa"),  # no such day
    ],
)
def test_what_is_no_date_of_another_calendar(line, lang):
    assert calendar_date(line, lang) is None


def test_a_thai_page_s_short_date_under_its_headline():
    body = [
        "วันนี้ กรุงเทพมหานครประกาศขอความร่วมมือบริษัทเอกชนให้พนักงานทำงานจากที่บ้าน "
        "หลังตรวจพบค่าฝุ่นละอองเกินค่ามาตรฐานในหลายเขตของเมือง",
        "ศูนย์ข้อมูลคุณภาพอากาศรายงานว่า ค่าฝุ่นเฉลี่ยอยู่ที่ระดับสูง "
        "และคาดว่าสถานการณ์จะคลี่คลายในวันเสาร์นี้ เมื่อมีมวลอากาศเย็นระลอกใหม่",
    ]
    headline = "กทม.ขอความร่วมมือเอกชนทำงานจากบ้าน 2 วัน หลังค่าฝุ่นพุ่งเกินมาตรฐาน"
    article = parse_text("\n\n".join([headline, "21 ม.ค. 69", "15:30", *body]), lang="th")
    assert article.date == dt.date(2026, 1, 21)
    assert article.headline == headline


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("令和7年7月15日", dt.date(2025, 7, 15)),
        ("令和7年7月15日（火）", dt.date(2025, 7, 15)),
        ("発表日：令和6年12月3日", dt.date(2024, 12, 3)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
    ],
)
def test_japanese_era_dates(line, date):
    assert parse_date_line(line, "ja") == date
    assert find_date(line, None) == date


@pytest.mark.parametrize("line", ["令和7年13月15日", "令和7年7月", "令和の時代に"])
def test_no_japanese_era_date(line):
    assert parse_date_line(line, "ja") is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("سه‌شنبه ۱۴ اسفند ۱۴۰۳ - ۱۵:۰۵", dt.date(2025, 3, 4)),
        ("پنج‌شنبه ۲۸ بهمن ۱۴۰۴ | ۱۱:۲۰", dt.date(2026, 2, 17)),
        ("14 ก.พ. 2567 - 10:45 น.", dt.date(2024, 2, 14)),
    ],
)
def test_a_weekday_and_a_time_after_a_dash_around_a_date_of_another_calendar(line, date):
    assert parse_date_line(line, None) == date


@pytest.mark.parametrize("line", ["ኅዳር 31 ቀን 2019 ዓ.ም.", "ጳጉሜ 9 2015", "ኅዳር 11 ቀን", "ጥር 5"])
def test_no_ethiopian_date_without_a_day_of_the_month_or_a_year(line):
    """A month has 30 days and Pagume five or six; a date without its year is none."""
    assert calendar_date(line, "am") is None
    assert parse_date_line(line, "am") is None
