"""A header line read part by part (tearsheet.headerlines): the writer's name beside the date
in scripts without capitals, and the labels that look like one."""

from __future__ import annotations

import datetime as dt

import pytest

from tearsheet.headerlines import header_line
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("line", "lang", "names", "date"),
    [
        ("נועה ברגר | 3 במרץ 2025", "he", ["נועה ברגר"], dt.date(2025, 3, 3)),
        ("أحمد علي | 3 مارس 2025", "ar", ["أحمد علي"], dt.date(2025, 3, 3)),
        ("राजेश कुमार | 03 Mar 2025", "hi", ["राजेश कुमार"], dt.date(2025, 3, 3)),
        (
            "Ruth Adeyemi | February 11, 2022 | 3 min read",
            "en",
            ["Ruth Adeyemi"],
            dt.date(2022, 2, 11),
        ),
        # Two writers, a writer and the role, beside the date.
        (
            "Jane Doe and Tom Roth | Mar 3, 2025",
            "en",
            ["Jane Doe", "Tom Roth"],
            dt.date(2025, 3, 3),
        ),
        ("Jane Doe, Staff Writer | March 3, 2025", "en", ["Jane Doe"], dt.date(2025, 3, 3)),
        (
            "Anna Berg und Tom Roth · 03.03.2025",
            "de",
            ["Anna Berg", "Tom Roth"],
            dt.date(2025, 3, 3),
        ),
        # The writer after the date, with no separator.
        ("2025年3月3日 田中美咲", "ja", ["田中美咲"], dt.date(2025, 3, 3)),
        ("Mar 3, 2025 Jane Doe", "en", ["Jane Doe"], dt.date(2025, 3, 3)),
    ],
)
def test_a_name_beside_the_date(line: str, lang: str, names: list[str], date: dt.date) -> None:
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.byline == names
    assert draft.date == date


def test_a_chinese_label_beside_the_date_is_no_name() -> None:
    """ "分类于 生活" (filed under: life) has the shape of a two-part name."""
    draft = Draft(lang="zh")
    header_line("发表于 2026-01-05 | 分类于 生活", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("New York | March 3, 2025", "en"),  # a place in the page's header is no dateline
        ("Mar 3, 2025 Opinion Politics", "en"),  # a section's words after the date
        ("2025年3月3日 経済ニュース", "ja"),
    ],
)
def test_no_writer_beside_the_date(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.byline == []
    assert draft.dateline is None
    assert draft.date == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        (
            "November 3, 2025 | Centre for Information, Press and Public Relations",
            "en",
            dt.date(2025, 11, 3),
        ),
        (
            "12 mars 2025 | Direction de la communication et des relations publiques",
            "fr",
            dt.date(2025, 3, 12),
        ),
        ("4. April 2024 | Amt für Umwelt, Energie und Mobilität", "de", dt.date(2024, 4, 4)),
    ],
)
def test_an_office_s_name_beside_the_date(line: str, lang: str, date: dt.date) -> None:
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.date == date
    assert draft.byline == []


def test_an_office_s_name_without_a_date_makes_no_header_line() -> None:
    draft = Draft(lang="en")
    assert not header_line("Ann Lee | Centre for Information, Press and Public Relations", draft)
    assert draft.date is None


@pytest.mark.parametrize(
    ("line", "lang", "date", "names"),
    [
        (
            "29. juli 2024 Ingrid Haugen Fjelltur, Familie 3 kommentarer",
            "no",
            dt.date(2024, 7, 29),
            ["Ingrid Haugen"],
        ),
        ("March 3, 2024 admin Uncategorized Leave a comment", "en", dt.date(2024, 3, 3), []),
        (
            "14 de febrero de 2025 Marta Gil Recetas, Postres 5 comentarios",
            "es",
            dt.date(2025, 2, 14),
            ["Marta Gil"],
        ),
        ("2024-11-05 Tomasz Nowak Podróże", "pl", dt.date(2024, 11, 5), None),
        ("ਮਈ 4, 2026 ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ 6 ਟਿੱਪਣੀਆਂ", "pa", dt.date(2026, 5, 4), ["ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ"]),
        ("4. März 2025 Anna Keller 12 Kommentare", "de", dt.date(2025, 3, 4), ["Anna Keller"]),
        # A category alone before the count names no writer.
        ("3 mars 2025 Voyages, Cuisine 2 commentaires", "fr", dt.date(2025, 3, 3), []),
    ],
)
def test_a_blog_s_meta_row_run_together_after_its_date(
    line: str, lang: str, date: dt.date, names: list[str]
) -> None:
    """The date, and the writer when the row closes with its comment count."""
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.date == date
    if names is not None:
        assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("March 3, 2024 was the day the river finally broke its banks.", "en"),
        ("Am 4. April 2024 begann der Umbau des Bahnhofs in der Innenstadt.", "de"),
        ("Flood defences to be rebuilt after the storm of March 3, 2024", "en"),
    ],
)
def test_a_sentence_that_opens_with_a_date_is_no_meta_row(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert not header_line(line, draft)
    assert draft.date is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Aangepast vandaag, 09:40", "nl"),
        ("Gewijzigd gisteren, 18:02", "nl"),
        ("Aktualisiert heute, 10:15", "de"),
        ("Updated yesterday, 18:02", "en"),
        ("Mis à jour hier, 18 h 02", "fr"),
        ("Aktualizacja: dzisiaj, 09:40", "pl"),
        ("Actualizado hoy, 09:40", "es"),
        ("Aggiornato oggi alle 09:40", "it"),
        ("Atualizado hoje, 09:40", "pt"),
    ],
)
def test_an_update_label_over_a_day_without_a_year_is_a_header_line(line, lang):
    """ "Aangepast vandaag, 09:40": the update's label before today's or yesterday's time
    is a date line as the time alone is, not a title."""
    assert header_line(line, Draft(lang=lang))


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Aangepast rooster voor de zomer", "nl"), ("Updated guidance for schools", "en")],
)
def test_an_update_label_before_other_words_is_no_header_line(line, lang):
    assert not header_line(line, Draft(lang=lang))


@pytest.mark.parametrize(
    "line",
    ["Paid", "Subscribers only", "Réservé aux abonnés", "Nur für Abonnenten", "∙ Paid", "ABO"],
)
def test_who_may_read_the_post_is_an_audience_label(line):
    from tearsheet.headerlines import is_audience_label

    assert is_audience_label(line)


@pytest.mark.parametrize(
    "line", ["Paid parental leave is coming", "Free the press", "Plus de 40 000 clients privés"]
)
def test_a_line_that_only_opens_with_an_audience_word_is_no_label(line):
    from tearsheet.headerlines import is_audience_label

    assert not is_audience_label(line)


@pytest.mark.parametrize(
    ("lang", "date", "label", "greeting"),
    [
        ("en", "Oct 5", "Paid", "Hi friends,"),
        ("de", "5. Okt.", "Nur für Abonnenten", "Liebe Leserinnen und Leser,"),
    ],
)
def test_an_audience_label_under_the_date_stays_out_of_the_body(lang, date, label, greeting):
    """Substack's "Oct 5 / ∙ / Paid" under the writer's name, in a mailed post: the label
    is the header's."""
    from tearsheet.plaintext import parse_text

    story = [
        "It is October, there has been frost twice, and I am still picking tomatoes from the "
        "plants against the south wall of the shed.",
        "The big heirlooms in the open bed gave up three weeks ago, and the cherries are the "
        "only ones still going this late in the year.",
    ]
    header = [
        "From: Back Forty Notes <backforty@letters.example>",
        "Date: Sun, Oct 5, 2025 at 7:31 AM",
        "Subject: The tomatoes that refused to die",
        "To: <reader@mail.example>",
        "",
        "View this post on the web at https://backforty.letters.example/p/tomatoes",
        "",
        "The tomatoes that refused to die",
        "Plus: seed swap dates, and a question for you",
        "Helen Achterberg",
        date,
        "∙",
        label,
    ]
    article = parse_text("\n".join([*header, greeting, *story]), lang=lang)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == [greeting, *story]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("th", "อัปเดตล่าสุด 14 ก.ย. 2569 16:40 น."),
        ("fr", "Dernière mise à jour le 14 septembre 2026 à 16h40"),
        ("vi", "Cập nhật lần cuối 14/9/2026 16:40"),
        ("es", "Última actualización: 14 de septiembre de 2026"),
        ("pl", "Ostatnia aktualizacja: 14 września 2026, 16:40"),
        ("it", "Ultimo aggiornamento: 14 settembre 2026"),
    ],
)
def test_a_last_update_s_date_line_is_a_header_line(lang, line):
    """ "Dernière mise à jour le …": a header line; its date is the article's only when no
    date was read before it."""
    first = Draft(lang=lang)
    assert header_line(line, first)
    assert first.date == dt.date(2026, 9, 14)
    earlier = Draft(lang=lang, date=dt.date(2026, 9, 13))
    assert header_line(line, earlier)
    assert earlier.date == dt.date(2026, 9, 13)


@pytest.mark.parametrize(
    "line",
    ["Last updated by the editors on Monday", "Dernière mise à jour de la carte des crues"],
)
def test_a_last_update_label_with_no_date_is_no_header_line(line):
    assert not header_line(line, Draft(lang="en"))


@pytest.mark.parametrize(
    ("lang", "line", "names", "date"),
    [
        (
            "fr",
            "Par Claire Dumoulin - Aujourd'hui à 06:00 | mis à jour le 27/07/2026 à 11:20",
            ["Claire Dumoulin"],
            dt.date(2026, 7, 27),
        ),
        (
            "en",
            "By Jane Doe - Today at 06:00 | Updated March 3, 2026 at 11:20",
            ["Jane Doe"],
            dt.date(2026, 3, 3),
        ),
        (
            "es",
            "Por Ana Souza / Hoy a las 06:00 | 3 de marzo de 2026",
            ["Ana Souza"],
            dt.date(2026, 3, 3),
        ),
    ],
)
def test_a_part_split_by_a_hyphen_beside_a_bar_is_read_part_by_part(lang, line, names, date):
    """ "Par Claire Dumoulin - Aujourd'hui à 06:00 | mis à jour …": the byline before the
    hyphen is read, not taken with the time for a label."""
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert draft.byline == names
    assert draft.date == date


def test_a_headline_with_a_hyphen_beside_a_date_is_no_header_line():
    line = "Harbour board - the vote that changed the town | March 3, 2026"
    draft = Draft(lang="en")
    header_line(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Publicat pe 22 martie 2026 de Radu Mureșan", ["Radu Mureșan"]),
        ("22 martie 2026 de Ioana Popescu", ["Ioana Popescu"]),
        # "de" before no writer's name after the date: nothing read as one.
        ("Publicat pe 22 martie 2026 de la Cluj", []),
    ],
)
def test_the_romanian_by_after_a_date(line, names):
    draft = Draft(lang="ro")
    assert header_line(line, draft)
    assert draft.date is not None and draft.date.isoformat() == "2026-03-22"
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang", "date", "dateline"),
    [
        # The first date is the publication's, the one after the comma the update's: the
        # words before the comma hold a year, no place.
        (
            "Publié le 22 octobre 2025 à 14h00, mis à jour le 23 octobre 2025 à 09h12",
            "fr",
            dt.date(2025, 10, 22),
            None,
        ),
        ("Berlin, 5. März 2024", "de", dt.date(2024, 3, 5), "Berlin"),
    ],
)
def test_a_published_date_then_an_updated_one_after_a_comma_is_no_dateline(
    line, lang, date, dateline
):
    draft = Draft(lang=lang)
    assert header_line(line, draft)
    assert (draft.date, draft.dateline) == (date, dateline)


def test_a_place_before_the_date_on_a_header_line_is_no_writer():
    """Milenio's "Ciudad de México / 12.09.2026 08:15:00" under the writer's name: the
    words before the date are a place, though they look like a name."""
    draft = Draft(lang="es", byline=["Alejandra Ruiz Velasco"])
    assert header_line("Ciudad de México / 12.09.2026 08:15:00", draft)
    assert draft.byline == ["Alejandra Ruiz Velasco"]
    assert draft.date == dt.date(2026, 9, 12)


def test_the_one_name_beside_the_date_under_the_byline_s_line_is_the_place():
    """ "Lucía Peralta" / "Roquetas de Mar | 21/04/2026 - 19:05": where she files from."""
    draft = Draft(lang="es")
    draft.byline.append("Lucía Peralta")
    assert header_line("Roquetas de Mar | 21/04/2026 - 19:05", draft)
    assert draft.byline == ["Lucía Peralta"]
    assert draft.date == dt.date(2026, 4, 21)
