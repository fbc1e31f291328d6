"""The headline block of copied text (tearsheet.headblock): the writer's name over a place
line over the date."""

from __future__ import annotations

import pytest

from tearsheet.headblock import read_header
from tearsheet.recognise import Draft

BN = "সিটি কাউন্সিল মঙ্গলবার পুরোনো গ্রন্থাগার বন্ধ করে আগামী বসন্তে নতুন গ্রন্থাগার খোলার পক্ষে ভোট দিয়েছে, বাসিন্দাদের সঙ্গে তিন বছরের আলোচনার পর।"
EN = (
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks with residents."
)


@pytest.mark.parametrize(
    ("lang", "blocks", "names", "headline"),
    [
        (
            "bn",
            ["পুরোনো গ্রন্থাগার ৮০ বছর পর বন্ধ", "রহিম উদ্দিন", "ঢাকা", "প্রকাশ: ০৩ মার্চ ২০২৫, ১০:০০", BN],
            ["রহিম উদ্দিন"],
            "পুরোনো গ্রন্থাগার ৮০ বছর পর বন্ধ",
        ),
        (
            "en",
            ["Library to close after 80 years", "Sunil Sharma", "Jaipur", "March 3, 2025", EN],
            ["Sunil Sharma"],
            "Library to close after 80 years",
        ),
    ],
)
def test_the_name_over_its_place_over_the_date(
    lang: str, blocks: list[str], names: list[str], headline: str
) -> None:
    draft = Draft(lang=lang)
    start = read_header(blocks, 0, draft)
    assert draft.byline == names
    assert draft.headline == headline
    assert blocks[start] == blocks[-1]


def test_a_headline_over_a_section_over_the_date_names_no_writer() -> None:
    blocks = [
        "Library to close after 80 years",
        "The old building",
        "Politics",
        "March 3, 2025",
        EN,
    ]
    draft = Draft(lang="en")
    read_header(blocks, 0, draft)
    assert draft.byline == []
