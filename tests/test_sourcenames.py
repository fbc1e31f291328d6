"""The source's name settled once the credits are read (tearsheet.sourcenames)."""

from __future__ import annotations

import pytest

from tearsheet.recognise import Draft
from tearsheet.sourcenames import agency_in_dropped_source_line, spell_out_source


def _draft(source: str, *removed: tuple[str, str]) -> Draft:
    draft = Draft(lang="zh", source=source)
    draft.removed.extend(removed)
    return draft


@pytest.mark.parametrize(
    ("short", "removed", "full"),
    [
        (
            "市绿化市容局",
            [("page furniture above the headline", "上海市绿化和市容管理局")],
            "上海市绿化和市容管理局",
        ),
        ("市卫健委", [("trailer", "主办单位：上海市卫生健康委员会")], "上海市卫生健康委员会"),
        ("経産省", [("trailer", "発行元：経済産業省")], "経済産業省"),
    ],
)
def test_a_short_cjk_source_in_full_as_the_page_writes_it(short, removed, full):
    draft = _draft(short, *removed)
    spell_out_source([], draft)
    assert draft.source == full


@pytest.mark.parametrize(
    ("short", "removed"),
    [
        # Another organisation's name; the name inside a sentence of the footer; a source
        # in Latin letters.
        ("市绿化市容局", [("trailer", "上海市交通委员会")]),
        ("市绿化市容局", [("trailer", "版权所有 上海市绿化和市容管理局 沪ICP备05000000号")]),
        ("Reuters", [("trailer", "Thomson Reuters")]),
        # The agency named whole inside its ministry's name.
        ("疾病管制署", [("trailer", "衛生福利部疾病管制署")]),
    ],
)
def test_no_longer_name_from_other_lines(short, removed):
    draft = _draft(short, *removed)
    spell_out_source([], draft)
    assert draft.source == short


@pytest.mark.parametrize(
    ("source", "footer", "full"),
    [
        (
            "Kementerian Kesehatan RI",
            ["Hak Cipta © 2026 Kementerian Kesehatan Republik Indonesia"],
            "Kementerian Kesehatan Republik Indonesia",
        ),
        (
            "Rural Fire Service NSW",
            ["© Rural Fire Service New South Wales"],
            "Rural Fire Service New South Wales",
        ),
        ("Ministério da Saúde BR", ["© 2026 Ministério da Saúde Brasil"], None),
        ("Bundesamt für Umwelt BAFU", ["© Bundesamt für Umwelt"], None),
    ],
)
def test_a_sources_closing_initials_in_full_as_the_copyright_line_writes_them(source, footer, full):
    from tearsheet.sourcenames import initials_in_full

    draft = Draft(lang="id", source=source)
    initials_in_full(footer, draft)
    assert draft.source == (full or source)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("المصدر : الجزيرة + وكالات", "الجزيرة + وكالات"),
        ("Bron: Rijkswaterstaat", "Rijkswaterstaat"),
        ("Quelle: Landratsamt Ebersberg", "Landratsamt Ebersberg"),
    ],
)
def test_a_source_line_dropped_in_the_article_wins_over_the_copyright_line(line, source):
    draft = Draft(lang="ar", source="Example Media Ltd", source_weak=True)
    draft.removed.append(("page furniture in the article", line))
    agency_in_dropped_source_line(draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("rule", "source", "weak"),
    [
        # A chart's source goes with the captions; it credits no story.
        ("captions and credits", "Example Media Ltd", True),
        # A source read from the story's own credit stays.
        ("page furniture in the article", "Example Media Ltd", False),
    ],
)
def test_a_dropped_source_line_leaves_a_strong_source_and_a_charts_alone(rule, source, weak):
    draft = Draft(lang="en", source=source, source_weak=weak)
    draft.removed.append((rule, "Source: Eurostat"))
    agency_in_dropped_source_line(draft)
    assert draft.source == source


def test_agency_among_a_dropped_source_lines_names() -> None:
    """ "Źródło: PAP, Fakty Dnia" dropped with the page's furniture: the agency the story is
    from, not the site that lists itself after it."""
    draft = Draft(lang="pl")
    draft.removed.append(("page furniture in the article", "Źródło: PAP, Fakty Dnia"))
    agency_in_dropped_source_line(draft)
    assert draft.source == "PAP"
