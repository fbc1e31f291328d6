"""The copied-text import on the shapes of whole copied pages: link lists, teaser blocks, footers."""

from __future__ import annotations

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
