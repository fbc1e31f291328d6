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


@pytest.mark.parametrize(
    "line",
    [
        "Sunday 2 November 2025 · Page 2",
        "Ausgabe 3/2025 | Seite 4 von 8",
        "Bulletin municipal n° 12 – mars 2026 – page 3",
    ],
)
def test_a_printed_newsletter_s_running_head(line):
    from tearsheet.issuelines import is_running_head

    assert is_running_head(line)


@pytest.mark.parametrize(
    "line",
    ["Club wins 2025 title on page 3", "Mayor opens page 2 of plan", "Seite an Seite 2025"],
)
def test_a_headline_naming_a_page_is_no_running_head(line):
    from tearsheet.issuelines import is_running_head

    assert not is_running_head(line)


def test_the_story_under_a_bulletin_s_running_head_is_the_headline_not_its_masthead():
    # A German parish letter as a PDF gives it: the publication's name over the running
    # head, a list of the week's services, the story.
    text = "\n".join(
        [
            "PFARREI ST. MARTIN, WALDKIRCH",
            "Gemeindebrief — Dritter Sonntag der Osterzeit",
            "Sonntag, 19. April 2026 · Seite 2",
            "",
            "Gottesdienste: Sa 18.30 Uhr | So 9.00 Uhr | Mi 8.00 Uhr",
            "",
            "Neue Orgel wird im Mai eingeweiht",
            "",
            "Aus dem Pfarrbüro",
            "",
            "Liebe Gemeinde,",
            "",
            "nach zwei Jahren Bauzeit ist die neue Orgel unserer Pfarrkirche fertig. Sie wird "
            "am Sonntag, dem 10. Mai, im Festgottesdienst eingeweiht.",
            "",
            "Die Orgel hat 28 Register und wurde von einer Werkstatt aus dem Schwarzwald "
            "gebaut. Die Kosten trugen zur Hälfte Spenden der Gemeinde.",
        ]
    )
    assert parse_text(text, lang="de").headline == "Neue Orgel wird im Mai eingeweiht"


@pytest.mark.parametrize(
    ("line", "flaw"),
    [
        ("In dieser Ausgabe: Osterfeuer · Kirchenchor sucht Stimmen · Termine", "a labelled list"),
        ("Horaires : lundi 9h | mardi 14h | jeudi 10h", "a labelled list"),
        ("Bus / rail strike: what you need to know", None),
        ("Tarifstreit: Verdi ruft in ganz Bayern zum Warnstreik im Nahverkehr auf", None),
    ],
)
def test_a_label_over_items_parted_by_dots_is_no_headline(line, flaw):
    assert headline_flaw(line, None) == flaw


@pytest.mark.parametrize(
    "line",
    [
        "Regie: Andreas Dresen | Mit: Sandra Hüller, Lars Eidinger",
        "Réalisation : Céline Sciamma · Avec : Adèle Haenel, Noémie Merlant",
    ],
)
def test_a_review_s_credits_parted_by_bars_are_no_headline(line):
    assert headline_flaw(line, None) == "a labelled list"


def test_a_review_s_credits_under_the_date_are_not_taken_for_its_headline():
    headline = "»Sommer in Stralsund«: Eine Familie am Hafen, leise erzählt"
    text = "\n".join(
        [
            "Kinokritik",
            headline,
            "Jana Weber",
            "15. August 2025",
            "Regie: Andreas Dresen | Mit: Sandra Hüller, Lars Eidinger",
            "Ein kleiner Hafen an der Ostsee, ein Sommer, eine Familie, die sich langsam "
            "verliert: Der neue Film von Andreas Dresen erzählt davon ohne große Gesten.",
            "Sandra Hüller spielt die Mutter mit einer Ruhe, die man lange nicht im deutschen "
            "Kino gesehen hat, und Lars Eidinger ist als Bruder erstaunlich zurückhaltend.",
        ]
    )
    assert parse_text(text, lang="de").headline == headline
