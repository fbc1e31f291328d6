"""Datelines in the shapes the agencies and regional papers write them, and lines that only
look like one."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text

REST = "more words of the story follow here, enough of them to make a paragraph of it."


@pytest.mark.parametrize(
    ("first", "lang", "dateline", "source", "kept"),
    [
        ("Praha 5. března (ČTK) - Vláda dnes schválila", "cs", "Praha", "ČTK", "Vláda dnes"),
        ("Bratislava 6. marca (TASR) - Ceny potravín", "sk", "Bratislava", "TASR", "Ceny"),
        ("Oslo (NTB): Strømprisen i Sør-Norge var", "no", "Oslo", "NTB", "Strømprisen"),
        ("МОСКВА, 5 марта. /ТАСС/. Новая линия", "ru", "Москва", "ТАСС", "Новая линия"),
        ("NEW DELHI: The Delhi government will add", "en", "New Delhi", None, "The Delhi"),
        ("Hamburg (dpa/lno) - Der Elbtunnel wird", "de", "Hamburg", "dpa", "Der Elbtunnel"),
        (
            "Cluj-Napoca, 5 mar /Agerpres/ - Primăria a semnat",
            "ro",
            "Cluj-Napoca",
            "Agerpres",
            "Pri",
        ),
        ("Heidelberg. Der Gemeinderat hat am Dienstagabend", "de", "Heidelberg", None, "Der Ge"),
        # Only look like one: a weekday and a date, a label in capitals, an abbreviation.
        ("Tuesday 5 March 2024 - The council met again", "en", None, None, "Tuesday 5"),
        ("WATCH: The moment the bridge opened to traffic", "en", None, None, "WATCH: The"),
        ("Prof. Schmidt sagte am Dienstag im Gemeinderat", "de", None, None, "Prof. Schmidt"),
        ("Paris. The city council said on Monday that it", "en", None, None, "Paris. The"),
    ],
)
def test_datelines(first, lang, dateline, source, kept):
    article = parse_text(f"Headline of the story\n\n2024-03-05\n\n{first} {REST}\n", lang=lang)
    assert (article.dateline, article.source) == (dateline, source)
    assert article.body.startswith(kept)
