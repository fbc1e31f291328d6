"""A headline pasted with the line under it as one line (tearsheet.gluedlines)."""

from __future__ import annotations

import pytest

from tearsheet.gluedlines import glued_headline
from tearsheet.plaintext import parse_text


@pytest.mark.parametrize(
    ("lang", "headline", "rest"),
    [
        (
            "en",
            "Low Mississippi River levels again slow grain barges as harvest peaks",
            "A towboat pushes barges past exposed sandbars on the Mississippi River near Cape "
            "Girardeau, Missouri, on Tuesday.",
        ),
        (
            "es",
            "El puerto de Vigo ampliará la terminal de Guixar con una inversión de 38 millones",
            "La obra ganará 90.000 metros cuadrados al mar y permitirá recibir buques mayores.",
        ),
        (
            "de",
            "Der Hafen von Kiel erweitert sein Terminal für Fähren nach Skandinavien bis 2028",
            "Die Arbeiten beginnen im Herbst und sollen rund 40 Millionen Euro kosten, sagt die "
            "Stadt.",
        ),
    ],
)
def test_a_headline_and_its_dek_on_one_line_are_parted(lang, headline, rest):
    assert glued_headline(f"{headline} {rest}", lang) == (headline, rest)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # A sentence naming a paper or a place with a capitalised article is no glue.
        (
            "en",
            "The mayor told reporters on Tuesday that the new terminal would open next year and "
            "that the ferry company had agreed to run three more sailings a day from May.",
        ),
        # A headline of a headline's length is left alone.
        ("es", "El puerto de Vigo ampliará la terminal de Guixar con una inversión de 38 millones"),
        # No language, no function words to tell the glue by.
        (
            None,
            "Low Mississippi River levels again slow grain barges as harvest peaks A towboat "
            "pushes barges past exposed sandbars on the Mississippi River near Cape Girardeau.",
        ),
    ],
)
def test_other_lines_are_not_parted(lang, line):
    assert glued_headline(line, lang) is None


def test_a_copied_page_with_the_headline_glued_to_its_caption():
    """The page's menu, the headline and the photo's caption on one line, the byline and
    date under it: the headline is the part before the caption."""
    headline = "Low Mississippi River levels again slow grain barges as harvest peaks"
    caption = (
        "A towboat pushes barges past exposed sandbars on the Mississippi River near Cape "
        "Girardeau, Missouri, on Tuesday, Oct. 14, 2026."
    )
    story = [
        "For the fourth autumn in five years, a drought-starved Mississippi River is forcing "
        "barge operators to lighten loads and slow down just as farmers bring in their crops.",
        "Shipping rates from St. Louis to New Orleans have roughly doubled since August, and "
        "some grain elevators have stopped taking corn until barges can move again.",
    ]
    menu = ["Skip to main content", "AP", "AP Logo", "Menu", "World", "U.S.", "Politics"]
    menu += ["Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities"]
    menu += ["Be Well", "Newsletters", "Photography", "Climate", "Health", "Tech"]
    lines = [
        *menu,
        f"{headline} {caption}",
        "By Tom Brekke",
        "Updated 4:52 PM EDT, October 15, 2026",
    ]
    article = parse_text("\n".join([*lines, *story]), lang="en")
    assert article.headline == headline
    assert article.byline == ("Tom Brekke",)
    assert article.body.split("\n\n")[0] == story[0]


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("fr", "La médiathèque de Villeurbanne rouvre ses portes", "après deux ans de travaux"),
        ("de", "Die Stadtwerke Tübingen senken den Gaspreis", "zum ersten Mal seit fünf Jahren"),
        ("es", "El Ayuntamiento de Bilbao amplía el carril bici", "hasta el barrio de Deusto"),
    ],
)
def test_a_headline_hard_wrapped_onto_two_lines_is_one_headline(lang, first, second):
    text = "\n".join(
        [
            first,
            second,
            "",
            DATELINES[lang] + PROSE_BY_LANG[lang],
            "",
            PROSE_BY_LANG[lang],
        ]
    )
    article = parse_text(text, lang=lang)
    assert article.headline == f"{first} {second}"
    assert article.dek is None


DATELINES = {
    "fr": "Villeurbanne, le 12 mars 2025 – ",
    "de": "Tübingen, 12. März 2025 – ",
    "es": "Bilbao, 12 de marzo de 2025.– ",
}
PROSE_BY_LANG = {
    "fr": "Les salles fermées depuis deux ans accueillent à nouveau le public, avec un "
    "éclairage refait et des collections réorganisées, a annoncé la ville mardi.",
    "de": "Der Preis sinkt zum Jahresbeginn um acht Prozent, teilte das Unternehmen am "
    "Dienstag mit, und gilt für alle Haushalte in der Grundversorgung der Stadt.",
    "es": "La nueva vía tendrá tres kilómetros y conectará el centro con la universidad, "
    "según ha informado el consistorio este martes en una nota de prensa.",
}


@pytest.mark.parametrize(
    ("headline", "line"),
    [
        ("Die Stadtwerke Tübingen senken den Gaspreis", "von Anna Berg"),
        ("Harbour board approves new ferry terminal", "by Jane Doe"),
        ("Harbour board approves new ferry terminal.", "after two years of planning"),
        ("Harbour board approves new ferry terminal", "after two years. It will open in May."),
        ("ბათუმში ახალი ავტობუსები შემოდის", "მგზავრობის საფასური არ იცვლება"),
        # A menu line in Cyrillic over a writer's handle in Latin letters.
        ("Как стать автором", "dkorovin"),
        ("Κάντε εγγραφή στο ενημερωτικό", "mariak"),
        # A newsroom's byline after the language's "by".
        ("Harbour board approves new ferry terminal", "by Staff Reporter"),
        ("Die Stadtwerke Tübingen senken den Gaspreis", "von RND Redaktion"),
    ],
)
def test_a_line_that_does_not_go_on_with_the_headline(headline, line):
    from tearsheet.gluedlines import wraps_on

    assert not wraps_on(headline, line, None)


def test_a_newsroom_s_byline_after_romanian_de_is_no_second_line():
    from tearsheet.gluedlines import credits_by, wraps_on

    headline = "Primăria Clujului închide podul de pe strada Horea pentru reparații"
    assert not wraps_on(headline, "de Redacția Actual", "ro")
    # A line in small letters after it goes on with the headline.
    assert wraps_on(headline[:40].rstrip(), "de pe strada Horea pentru reparații", "ro")
    # In Spanish, "de" is "of", no byline's word.
    assert not credits_by("de Correos Express", "es")


def test_a_headline_hard_wrapped_onto_three_lines_is_one_headline():
    lines = ["La médiathèque de Villeurbanne rouvre", "ses portes après deux ans", "de travaux"]
    text = "\n".join([*lines, "", DATELINES["fr"] + PROSE_BY_LANG["fr"], "", PROSE_BY_LANG["fr"]])
    assert parse_text(text, lang="fr").headline == " ".join(lines)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Harbor Commission Approves $30 Million Plan to", "Rebuild the Ferry Terminal by 2029"),
        ("County Schools Receive State Grant for", "New Science Labs in Rural Districts"),
        ("Hospital Foundation Names New Director of", "Community Health Programs"),
    ],
)
def test_a_title_cased_headline_wrapped_after_a_function_word(first, second):
    # A release from a PDF: the headline broken after "to", "for", "of"; title case puts no
    # such word last, so the capitalised line under it is the headline's rest, not its dek.
    lines = [
        "FOR IMMEDIATE RELEASE",
        "",
        "Media contact:",
        "Dana Whitfield",
        "Communications Director",
        "(503) 555-0192",
        "",
        first,
        second,
        "",
        "The vote follows two years of hearings in three towns along the river",
        "",
        "PORTLAND, Ore. (March 3, 2026) – The board voted on Tuesday to go ahead with the "
        "plan after two years of public hearings, its chair said in a statement.",
        "",
        "The work is to start next spring and end within three years, the board said.",
    ]
    article = parse_text("\n".join(lines), lang="en")
    assert article.headline == f"{first} {second}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The headline ends on its own ("Up" capitalised, "Out" a word of the sentence).
        ("Harbor Commission Approves Plan to Rebuild Terminal", "Work Starts Next Spring"),
        ("Ferry Fares Go Up", "Commuters Face Higher Costs From Monday on Every Route"),
    ],
)
def test_a_title_cased_headline_ending_on_its_own_is_not_wrapped(first, second):
    from tearsheet.gluedlines import wraps_on

    assert not wraps_on(first, second, "en")


@pytest.mark.parametrize(
    ("lang", "headline", "domain"),
    [
        ("hu", "Alacsony a Tisza vízszintje, korlátozzák az öntözést", "index.hu"),
        ("lt", "Vilniuje atidarytas naujas tiltas per Nerį", "delfi.lt"),
        ("et", "Tallinna sadamas avati uus reisiterminal", "news.err.ee"),
    ],
)
def test_a_site_s_domain_under_the_headline_is_not_its_second_line(lang, headline, domain):
    from tearsheet.gluedlines import wraps_on

    assert not wraps_on(headline, domain, lang)


MAILED_BRIEF = """From: Harbour Post <brief@harbourpost.example>
Date: Thu, 20 Aug 2026 07:00
Subject: Morning Brief: the port deal and the heat
To: ann@example.com

HARBOUR POST · MORNING BRIEF
Thursday 20 August 2026

Morning Brief: the port deal and the heat
{second}

Good morning. The port authority signed the deal for the new container
terminal late on Wednesday, after two years of talks with the city and
the unions, who had asked for guarantees on jobs.

The heat, meanwhile, is not going anywhere: forecasters expect highs
above 35 degrees until Sunday, and the city has opened its cool rooms
again for those who need them.
"""


def test_a_headline_the_mail_s_subject_gives_whole_takes_no_second_line():
    text = MAILED_BRIEF.format(second="with three things to read")
    assert parse_text(text, lang="en").headline == "Morning Brief: the port deal and the heat"


def test_a_japanese_release_s_subtitle_between_wave_dashes_is_the_dek():
    title, subtitle = "市営バスに自動運転車両を導入", "～運転手不足の中で地域の足を守る～"
    text = "\n".join(
        [
            "2026年3月4日",
            "北九州市交通局",
            "",
            title,
            subtitle,
            "",
            "市は4日、市営バスの一部路線に自動運転の車両を導入すると発表した。"
            "来年4月から郊外の2路線で運行を始める。",
            "",
            "運転手の不足が続くなか、地域の移動手段を守るための取り組みで、"
            "国の補助金を活用して車両3台を購入する。",
        ]
    )
    article = parse_text(text, lang="ja")
    assert (article.headline, article.dek) == (title, subtitle)
    assert subtitle not in article.body


def test_a_line_between_dashes_in_the_story_is_no_subtitle():
    from tearsheet.gluedlines import join_subtitle
    from tearsheet.recognise import Draft

    draft = Draft(lang="ja")
    draft.headline = "市営バスに自動運転車両を導入"
    blocks = ["市営バスに自動運転車両を導入", "2026年3月4日", "～運転手不足の中で～"]
    assert join_subtitle(blocks, 2, draft) == 2
    assert draft.headline == "市営バスに自動運転車両を導入"
