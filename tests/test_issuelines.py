"""A newsletter's or paper's issue over the headline (tearsheet.issuelines)."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.headlines import headline_flaw
from tearsheet.issuelines import is_issue_line
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("lang", "reference", "date"),
    [
        ("ru", "Газета «Вечерний город» №88 от 14.03.2026, стр. 5", dt.date(2026, 3, 14)),
        ("de", "Stadtanzeiger Nr. 88, 14.03.2026, S. 5", dt.date(2026, 3, 14)),
        ("fr", "Le Courrier du Sud n° 8812, 14 mars 2026, p. 5", dt.date(2026, 3, 14)),
    ],
)
def test_the_date_of_the_paper_s_issue_is_the_story_s(lang, reference, date):
    prose = {
        "ru": "Городской совет во вторник утвердил план ремонта старого моста через реку, "
        "работы начнутся весной и займут два года, сообщили в мэрии.",
        "de": "Der Stadtrat hat am Dienstag den Plan für die Sanierung der alten Brücke "
        "beschlossen, die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.",
        "fr": "Le conseil municipal a approuvé mardi le plan de rénovation du vieux pont, dont "
        "les travaux commenceront au printemps et dureront deux ans.",
    }[lang]
    headline = {
        "ru": "Старый мост отремонтируют за два года",
        "de": "Alte Brücke wird in zwei Jahren saniert",
        "fr": "Le vieux pont sera rénové en deux ans",
    }[lang]
    text = "\n\n".join([headline, reference, prose, prose.replace("2", "3")]) + "\n"
    article = parse_text(text, lang)
    assert article.date == date
    assert article.headline == headline


def test_a_date_in_a_line_that_is_no_paper_s_reference_is_not_read_so():
    from tearsheet.issuelines import read_print_date
    from tearsheet.recognise import Draft

    draft = Draft(lang="de")
    read_print_date(["Am 14.03.2026 beginnt der Umbau, S. 5 der Pläne"], range(1), draft)
    assert draft.date is None


@pytest.mark.parametrize(
    "headline",
    ["Wimbledon 2026 begins", "Saudi Vision 2030", "Season 2 review", "Berlin 2026", "Won 3-1"],
)
def test_a_short_headline_with_a_number_after_a_word_ending_in_n_is_no_issue(headline):
    """ "n", "no", "nr" are the issue's words only as whole words, not a word's last letters
    ("Wimbledon 2026" is no "n° 2026")."""
    assert not is_issue_line(headline)
    assert headline_flaw(headline, "en") != "an issue's number"


@pytest.mark.parametrize("line", ["Issue #42", "Lettre n° 17 · mars 2025", "Nr. 12/2025"])
def test_an_issue_s_number_is_an_issue_line(line):
    assert is_issue_line(line)
