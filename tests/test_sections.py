"""A story's own sections after its prose run (tearsheet.sections): a review's good and bad
points and its verdict."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text

PROSE = [
    "The new reader is thinner than the last one and weighs about 295 grams, so holding it in "
    "one hand for half an hour of reading is no strain at all.",
    "Battery life was good: with two hours of reading a day and Wi-Fi on, a full charge lasted "
    "about ten days, a little less than the maker claims.",
    "The handwriting is the real highlight. The pen's delay is low, and the recognition got "
    "almost every word right in our tests over three weeks.",
]
VERDICT = (
    "If you mostly read novels and documents and take handwritten notes, the Note 8 is the "
    "most balanced choice at its price right now."
)


@pytest.mark.parametrize(
    ("pros", "cons", "summary"),
    [
        ("Pros", "Cons", "Verdict"),
        ("The Good", "The Bad", "Bottom line"),
        ("Vorteile", "Nachteile", "Fazit"),
        ("優點", "缺點", "總結"),
    ],
)
def test_a_review_s_good_and_bad_points_and_verdict_close_its_body(pros, cons, summary):
    """ "Pros" / points without stops / "Cons" / points / "Verdict" / the verdict's paragraph
    under the review's prose: the story's own sections, not the page's trailer."""
    points = [
        pros,
        "Low pen latency and accurate recognition",
        "Sharp black-and-white display",
        cons,
        "Colour mode looks washed out",
        "Plain build quality",
        summary,
    ]
    header = ["Orbi Note 8 review: great for notes, colour behind", "By Lin Boyu", "2025-10-28"]
    footer = ["Tags:", "#ereader", "© 2025 TechWave"]
    text = "\n".join([*header, *PROSE, *points, VERDICT, *footer])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == [*PROSE, *points, VERDICT]


def test_short_lines_under_a_word_that_is_no_review_s_heading_stay_the_trailer():
    """A box of teaser headlines under "More stories", a paragraph under it: not the story's."""
    teasers = ["Ferry fares to rise in spring", "Harbour master retires after thirty years"]
    header = ["Orbi Note 8 review: great for notes, colour behind", "By Lin Boyu", "2025-10-28"]
    text = "\n".join([*header, *PROSE, "More stories", *teasers, VERDICT, "© 2025 TechWave"])
    body = parse_text(text, lang="en").body
    assert teasers[0] not in body
