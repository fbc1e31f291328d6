"""The lines a headline block is found by (tearsheet.anchorlines): date and byline lines,
and a date over the headline read when none stands under it."""

from __future__ import annotations

import pytest

from tearsheet.anchorlines import is_anchor
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("line", "lang", "anchor"),
    [
        # The writer's part before the photographer's.
        ("เรื่อง: ปวีณา ศรีสุข | ภาพ: ธนากร แก้วมณี", "th", True),
        ("Text: Anna Berg | Foto: Jan Woitas", "de", True),
        # The writer's part before an editor's is left alone: such a line over the story's
        # headline reads as a teaser's.
        ("Penulis Dimas Prakoso | Editor Reska K. Nistanto", "id", False),
        ("Kompas.com - 15/05/2025, 13:00 WIB", "id", True),
    ],
)
def test_anchor_lines(line: str, lang: str, anchor: bool) -> None:
    assert is_anchor(line, lang) is anchor


def test_date_over_the_kicker_and_headline_is_read() -> None:
    """A Persian page: the news code and the Solar Hijri date over the kicker and headline,
    the byline under the dek."""
    menu = "\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "شهری", "فرهنگی", "ورزشی"])
    text = (
        f"تهران‌نگار\n{menu}\nکد خبر: ۴۸۲۹۱۷\nتاریخ انتشار: ۲۳ مهر ۱۴۰۵ - ۱۰:۴۵\n"
        "مدیرعامل آب منطقه‌ای تهران خبر داد\n"
        "ذخایر سدهای تهران به ۹ درصد رسید؛ تنش آبی در پاییز ادامه دارد\n"
        "با وجود آغاز فصل پاییز، حجم آب پشت پنج سد اصلی تهران به کمترین میزان در شش دهه اخیر "
        "رسیده است.\n"
        "نویسنده: مریم صالحی\n"
        "به گزارش تهران‌نگار، مدیرعامل شرکت آب منطقه‌ای تهران روز پنجشنبه در نشست خبری اعلام "
        "کرد که مجموع ذخایر سدها به ۱۷۲ میلیون مترمکعب رسیده است؛ رقمی که تنها ۹ درصد ظرفیت "
        "این سدهاست.\n\n"
        "وی افزود که در حال حاضر بیش از ۶۰ درصد آب شرب پایتخت از چاه‌ها و منابع زیرزمینی "
        "تأمین می‌شود و این وضعیت در بلندمدت به افت سطح آب‌های زیرزمینی دامن می‌زند.\n"
    )
    article = parse_text(text, lang="fa")
    assert str(article.date) == "2026-10-15"
