"""Chinese and Japanese text wrapped at a fixed width: found, and joined without spaces."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.textblocks import split_blocks
from tearsheet.widelines import columns, join_wide, wide_width

WIDE_PDF_RELEASE = """報道発表資料
令和８年３月２日
北山市 環境部

北山市、駅前に新しい図書館を開設します

北山市では、旧駅舎を改修した新しい図書館を４月１日に開設します。館内には約
５万冊の図書を備え、午前９時から午後８時まで、年中無休で開館する予定です。

改修工事は２０２４年に始まり、総工費は約１２億円でした。このうち約３割を国の
補助金でまかない、残りは市の一般財源から支出しています。

開館初日には記念式典を開き、地元の小学生による朗読会も行います。
"""

ZH_PDF_RELEASE = """新闻稿

北山市新图书馆四月开放

北山市政府今天宣布，由旧火车站改建的市立图书馆将于四月一日正式对外开放。馆内
藏书约五万册，设有儿童阅览区和自习室，每天上午九点至晚上八点开放，全年无休。

据介绍，改建工程于二〇二四年启动，总投资约一点二亿元，其中三成来自中央财政补
助，其余由市财政承担。
"""


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (
            WIDE_PDF_RELEASE,
            [
                "北山市では、旧駅舎を改修した新しい図書館を４月１日に開設します。館内には約５万冊",
                "改修工事は２０２４年に始まり、総工費は約１２億円でした。このうち約３割を国の補助",
            ],
        ),
        (
            ZH_PDF_RELEASE,
            [
                "北山市政府今天宣布，由旧火车站改建的市立图书馆将于四月一日正式对外开放。馆内藏书",
                "据介绍，改建工程于二〇二四年启动，总投资约一点二亿元，其中三成来自中央财政补助，",
            ],
        ),
    ],
)
def test_a_chinese_or_japanese_paragraph_wrapped_at_a_width_is_joined_without_spaces(
    text, paragraphs
):
    """A release pasted from a PDF wraps its lines at a fixed number of characters; the
    script has no spaces, so the lines are joined without one."""
    blocks, _ = split_blocks(text.splitlines())
    for opening in paragraphs:
        assert sum(block.startswith(opening) for block in blocks) == 1
    assert "北山市、駅前に新しい図書館を開設します" in blocks or "北山市新图书馆四月开放" in blocks


def test_a_chinese_header_s_date_line_over_a_short_credit_stays_two_lines():
    """Two lines of a page's header are no wrapped paragraph: only a text wrapped at a width
    joins a pair of lines, and only at that width."""
    text = "北山市新图书馆四月开放\n\n2026年03月02日 09:30 来源：北山日报\n文/记者 陈明\n\n北山市政府今天宣布，市立图书馆将于四月一日开放。\n"
    blocks, _ = split_blocks(text.splitlines())
    assert "2026年03月02日 09:30 来源：北山日报" in blocks
    assert "文/记者 陈明" in blocks


def test_wrapped_lines_are_joined_with_a_space_only_where_latin_text_meets_the_break():
    assert join_wide(["通行止めの可能性は道路情報板や", "SNSで予告します。"]) == (
        "通行止めの可能性は道路情報板やSNSで予告します。"
    )
    assert join_wide(["The ministry said", "it would act."]) == "The ministry said it would act."


def test_a_page_copied_from_a_browser_has_no_wide_width():
    lines = ["北山市新图书馆四月开放", "", "北山市政府今天宣布，市立图书馆将于四月一日开放。", ""]
    assert wide_width(lines) is None
    # In columns: an ideograph takes two.
    assert wide_width(WIDE_PDF_RELEASE.splitlines()) == 74


# A Japanese release from a PDF: each paragraph opens with an ideographic space, no blank
# line between them, and lines with Latin digits hold more characters in the same width.
INDENTED_RELEASE = """株式会社ほしぞら飲料

\u3000株式会社ほしぞら飲料（本社：静岡県沼津市、代表取締役社長：山田 花子、以下
「ほしぞら飲料」）は、静岡県産の茶葉を使用した新しい緑茶飲料を2025年6月10日
（火）より東海・関東エリアのスーパーマーケットにて発売いたします。
\u3000静岡県の茶畑では、形や大きさの不揃いにより出荷できない茶葉が毎年発生してい
ます。ほしぞら飲料は地元の農業協同組合と連携し、その活用方法を検討してまいり
ました。
\u3000発売初年度は約20トンの茶葉を使用する計画です。
"""


def test_paragraphs_opening_with_an_ideographic_space_part_and_their_lines_join():
    blocks, _ = split_blocks(INDENTED_RELEASE.splitlines())
    assert blocks[1].startswith("株式会社ほしぞら飲料（本社") and blocks[1].endswith(
        "発売いたします。"
    )
    assert blocks[2].startswith("静岡県の茶畑では") and blocks[2].endswith("検討してまいりました。")
    assert blocks[3] == "発売初年度は約20トンの茶葉を使用する計画です。"
    assert len(blocks) == 4


def test_a_wide_line_is_two_columns_and_a_latin_one_one():
    assert columns("2025年6月10日") == 4 + 2 + 1 + 2 + 2 + 2
    assert columns("abc") == 3


def test_a_release_s_headline_wrapped_after_a_particle_joins_and_its_subtitle_is_the_dek():
    text = "\n".join(
        [
            "2025年4月8日",
            "報道関係者各位",
            "株式会社ほしぞら飲料",
            "",
            "静岡県産の茶葉を活用した新しい緑茶飲料「ほしぞら茶」を",
            "6月10日より東海・関東エリアで発売",
            "〜年間約20トンの茶葉を商品化し、フードロス削減に貢献〜",
            "",
            "株式会社ほしぞら飲料は、静岡県産の茶葉を使用した新しい緑茶飲料を"
            "2025年6月10日より東海・関東エリアのスーパーマーケットにて発売いたします。",
            "",
            "静岡県の茶畑では、形や大きさの不揃いにより出荷できない茶葉が毎年発生しています。"
            "ほしぞら飲料は地元の農業協同組合と連携し、その活用方法を検討してまいりました。",
        ]
    )
    article = parse_text(text, lang="ja")
    assert article.headline == (
        "静岡県産の茶葉を活用した新しい緑茶飲料「ほしぞら茶」を6月10日より東海・関東エリアで発売"
    )
    assert article.dek == "〜年間約20トンの茶葉を商品化し、フードロス削減に貢献〜"
    assert article.body.startswith("株式会社ほしぞら飲料は")
    assert article.source == "株式会社ほしぞら飲料"
