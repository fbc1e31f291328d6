"""The copied-text import on the shapes of whole copied pages: link lists, teaser blocks, footers."""

from __future__ import annotations

import time

import pytest

from tearsheet.clutter import CLUTTER_RULES
from tearsheet.plaintext import parse_text

BODY = [
    "The council approved the new bridge on Tuesday after three years of planning and two "
    "public consultations, the mayor said in a statement to reporters.",
    "Work is due to start in the spring and the old crossing will stay open until the new "
    "one is finished, officials added, and the cost will be shared with the region.",
    "Residents who live near the river had asked for a footpath on both sides of the bridge, "
    "and the final plan includes one, together with a cycle lane and new street lights.",
]
# A block of the page's prose below a sidebar: a comment policy, another story's summary.
BELOW = (
    "When submitting content, please abide by our submission guidelines, and avoid posting "
    "profanity, personal attacks or harassment. We reserve the right to remove comments that "
    "do not follow them, and repeated offenders will not be able to comment again on the site."
)


def paragraphs_of(article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


def page(*parts: str) -> str:
    return "Bridge plan approved\n\nNovember 20, 2019\n\n" + "\n\n".join(parts) + "\n"


def test_a_run_of_short_link_lines_between_prose_is_not_taken_into_the_body():
    sidebar = [
        "Top Videos",
        "Minister resigns over expenses",
        "Floods close the coast road",
        "Schools reopen after the strike",
        "Ferry fares to rise in January",
        "Hospital opens a new ward",
        "Markets fall on rate fears",
    ]
    article = parse_text(page(*BODY, *sidebar, BELOW), lang="en")
    assert paragraphs_of(article) == BODY


def test_a_run_of_short_sentences_between_prose_stays_in_the_body():
    steps = [
        "Open the settings.",
        "Choose the shortcut tab.",
        "Clear the field below it.",
        "Press the apply button.",
        "Restart the computer.",
        "Check that it worked.",
    ]
    article = parse_text(page(*BODY[:2], *steps, BODY[2]), lang="en")
    assert paragraphs_of(article) == [*BODY[:2], *steps, BODY[2]]


def test_short_japanese_sentences_are_prose_and_the_link_list_under_them_is_not():
    # Japanese writes no spaces: a sentence is told by its full stop and its length.
    body = [
        "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
        "パソコンの大きな画面で読みたいこともあります。そんな用途のためにデスクトップアプリが用意されています。",
        "特に困ったのが、起動ショートカットキーに関する設定です。",
        "これが非常に困ったものでした。",
        "以下、その手順を説明します。",
        "まずスタートメニューからプログラムを探し、右クリックします。",
        "表示されるメニューから「プロパティ」をクリックします。",
        "再起動して完了です。",
        "ショートカットの欄を空欄にしただけでは、ショートカットで起動しなくなるだけです。"
        "再びほかのソフトが起動するようになるには、一度パソコンを再起動する必要があります。",
    ]
    links = [
        "関連記事",
        "* Jane Styleで選択したテキストを検索する方法",
        "* WordPressの記事更新を試してみる",
        "* クリップボード拡張ソフトをバージョンアップ",
        "* FTPクライアントの日本語化",
        "* ライセンス認証できなかった問題を解決",
        "* Speccyのportable版",
    ]
    links += [f"* 新着記事その{number}の見出し" for number in range(1, 7)]
    archive = "月別 " + " ".join(f"2019年{month}月" for month in range(12, 0, -1))
    text = "ソフトウェアの設定方法\n\n2018-08-16\n\n" + "\n\n".join([*body, *links, archive])
    article = parse_text(text + "\n", lang="ja")
    assert paragraphs_of(article) == body


def test_a_list_of_other_articles_each_with_a_summary_ends_the_body():
    teasers = []
    for title, author, summary in (
        ("+ Minister resigns over expenses", "Ann Lee", "The minister said on Monday that he"),
        ("+ Floods close the coast road", "Sen. Tom Hall", "Heavy rain overnight flooded the"),
        ("+ Why the ferry fares rise is a bust", "Rob Crilly", "Passengers will pay a third"),
    ):
        teasers += [title, author, "Tuesday November 19, 2019"]
        teasers.append(f"{summary} {BELOW}")
    article = parse_text(page(*BODY, "More from the Herald", *teasers), lang="en")
    assert paragraphs_of(article) == BODY


def test_a_live_blog_with_several_paragraphs_per_entry_keeps_every_entry():
    text = "Election night live\n\nNovember 20, 2019\n\n" + BODY[0]
    for number, stamp in enumerate(("November 20, 2019 08:00 PM", "November 20, 2019 09:15 PM")):
        text += f"\n\nUpdate {number}\n\n{stamp}\n\n{BODY[1]}\n\n{BODY[2]}"
    text += f"\n\nLast update\n\nNovember 20, 2019 10:30 PM\n\n{BODY[1]}\n"
    article = parse_text(text, lang="en")
    kept = [p for p in paragraphs_of(article) if p in BODY]
    assert kept == [BODY[0], *[BODY[1], BODY[2]] * 2, BODY[1]]


LEGAL = [
    "The information provided on this website is for general purposes only and does not "
    "replace the advice of a professional; the publisher is not responsible for any loss that "
    "comes from reading it, and results vary from one reader to the next.",
    "Consult your physician and follow all safety instructions before you begin any exercise "
    "programme or use any supplement or meal plan, in particular if you are pregnant or have "
    "any medical condition, or take any medication, and stop if you feel unwell at any time.",
    "These statements have not been evaluated by the authorities. The products named on the "
    "pages of this website are not intended to diagnose, treat, cure or prevent any disease, "
    "and the names of other products are the trademarks of their owners.",
]
RIGHTS = "© 2019 Herald Media, LLC. All rights reserved."


def test_the_legal_text_around_the_pages_copyright_line_is_not_the_article():
    menu = ["Related Articles", "Ferry fares to rise", "Markets fall", "* Facebook", "* Twitter"]
    text = page(*BODY[:2], *menu, *LEGAL, RIGHTS, "Contact Us | Terms of Use | Privacy Policy")
    assert paragraphs_of(parse_text(text, lang="en")) == BODY[:2]


def test_an_article_that_runs_to_the_copyright_line_is_kept_whole():
    text = page(*BODY, *LEGAL, RIGHTS, "Contact Us | Terms of Use | Privacy Policy")
    assert paragraphs_of(parse_text(text, lang="en")) == [*BODY, *LEGAL]


MEAL_PLAN = [
    "Meal plan A",
    "Breakfast",
    "Eat within an hour of waking",
    "Two eggs, one slice of toast, half a cup of berries",
    "Lunch",
    "Eat every three hours",
    "Tomato salad with feta, one cup of white beans",
    "Dinner",
    "Beef chili, one cup of peppers, ten olives",
    "Before bed",
    "One cup of warm milk",
    "Portions: 1 green, 1 red, 1 yellow",
]
AFTER_LIST = "Related Articles\nFerry fares to rise\nMarkets fall on rate fears\n"


def test_an_article_whose_list_runs_on_to_a_trailer_marker_keeps_the_list():
    text = page(*BODY[:2], *MEAL_PLAN).rstrip("\n") + "\n\n" + AFTER_LIST
    assert paragraphs_of(parse_text(text, lang="en")) == [*BODY[:2], *MEAL_PLAN]


def test_a_stack_of_lines_before_a_trailer_marker_is_not_the_articles_list():
    # A menu or a tag list is a stack of lines with no blank line between them.
    text = page(*BODY[:2]).rstrip("\n") + "\n\n" + "\n".join(MEAL_PLAN) + "\n\n" + AFTER_LIST
    assert paragraphs_of(parse_text(text, lang="en")) == BODY[:2]


def test_short_paragraphs_with_no_trailer_marker_after_them_are_not_kept():
    text = page(*BODY[:2], *MEAL_PLAN)
    assert paragraphs_of(parse_text(text, lang="en")) == BODY[:2]


@pytest.mark.parametrize(
    "caption",
    [
        "US troops remain in Afghanistan, 18 years after the invasion [File: Reuters]",
        "A man rides on a donkey in the village of Kifl Hares. Jaafar ASHTIYEH / AFP",
        "The border check point near Nogales, Ariz. (AP)",
        "Al Goldis, Associated Press",
    ],
)
def test_a_caption_ending_in_a_news_agency_credit_goes_alone(caption):
    article = parse_text(page(BODY[0], caption, BODY[1], BODY[2]), lang="en")
    assert paragraphs_of(article) == BODY
    assert [text for _rule, text in article.removed] == [caption]


@pytest.mark.parametrize("sign_off", ["(AP)", "- AFP", "— Reuters", "AFP/Getty Images"])
def test_a_wire_sign_off_alone_is_not_a_photo_caption(sign_off):
    rule = next(rule for rule in CLUTTER_RULES if rule.name == "photo caption")
    assert not rule.matches(sign_off)


def test_a_short_first_paragraph_above_the_prose_is_kept():
    menu = "\n".join(["* Home", "* News", "* Opinion", "* Sport", "* Culture", "* Search"])
    caption = (
        "The town hall seen from the river on Monday evening, with the old footbridge in the "
        "foreground and the new one under construction behind it (AP)"
    )
    text = (
        f"{menu}\n\nThe bridge clock\n\nBy Ann Lee\n\nNovember 19, 2019 6:30 AM\n\n* Share\n\n"
        f"* Tweet\n\n* Email\n\n{caption}\n\nTime is not on the council's side.\n\n"
        + "\n\n".join(BODY)
        + "\n"
    )
    article = parse_text(text, lang="en")
    assert paragraphs_of(article) == ["Time is not on the council's side.", *BODY]


def test_a_teaser_whose_title_is_a_question_is_still_a_teaser():
    teasers = []
    for title, author in (
        ("+ What made the film so popular?", "Ann Lee"),
        ("+ Floods close the coast road", "Sen. Tom Hall"),
        ("+ Are ferry fares about to rise?", "Rob Crilly"),
    ):
        teasers += [title, author, "Tuesday November 19, 2019", f"Its summary. {BELOW}"]
    article = parse_text(page(*BODY, *teasers), lang="en")
    assert paragraphs_of(article) == BODY


def test_a_page_of_twenty_thousand_short_lines_imports_quickly():
    # Each short line's class comes from its nearest neighbours: looked up once, not walked
    # to for every line (which took minutes on such a page).
    lines = "\n\n".join(f"Link {number}" for number in range(20_000))
    text = page(BODY[0], lines, BODY[1])
    start = time.process_time()
    parse_text(text, lang="en")
    assert time.process_time() - start < 10


def test_a_call_to_action_in_the_article_goes_alone_and_the_paragraph_after_it_stays():
    action = "GET THE HERALD ON THE GO BY CLICKING HERE"
    article = parse_text(page(BODY[0], BODY[1], action, BODY[2]), lang="en")
    assert paragraphs_of(article) == BODY
    assert [text for _rule, text in article.removed] == [action]


def test_a_long_caption_ending_in_its_credit_goes_alone():
    caption = (
        "* Functional areas of the module: (1) private crew quarters, (2) exercise, (3) "
        "hygiene and waste, (4) dining and wardroom, (5) galley, (6) medical, (7) maintenance "
        "and stowage, (8) life support, (9) airlock. The quarters double as pods during the "
        "long cruise, and the shared areas are used only while the crew is awake and active, "
        "for food preparation and hygiene, exercise, medical and maintenance work, which keeps "
        "the module small. Credit: ESA"
    )
    assert len(caption) > 400
    article = parse_text(page(BODY[0], caption, BODY[1], BODY[2]), lang="en")
    assert paragraphs_of(article) == BODY
    assert [text for _rule, text in article.removed] == [caption]


def test_wrapped_paragraphs_with_no_blank_line_between_them_are_unwrapped():
    # An e-mailed press release: lines wrapped at 72 characters, a paragraph ending at a
    # shorter line, list items each on a line of their own.
    release = """Wassa Pay raises 12 million dollars to bring mobile payments to traders

Abidjan, 5 February 2026 - Wassa Pay, the Ivorian mobile payments platform
for market traders, today announced a Series A round of 12 million dollars
led by the pan-African fund Teranga Ventures, with the participation of the
International Finance Corporation.
Founded in 2021 by Awa Kone and Serge Yao, Wassa Pay lets small traders
accept payments from every mobile money operator with a single QR code, and
gives them access to small loans based on their sales.
The funds will be used to:
- open offices in Dakar, Ouagadougou and Cotonou;
- hire 60 people, mostly engineers and customer staff.
"""
    body = [p for p in parse_text(release, lang="en").body.split("\n\n") if p.strip()]
    assert body[0].startswith("Wassa Pay, the Ivorian") and body[0].endswith("Corporation.")
    assert body[1].startswith("Founded in 2021") and body[1].endswith("their sales.")
    assert "open offices in Dakar" in body[-1] or "open offices in Dakar" in body[-2]
