"""The PDF's headings end on a line of more than one word (more than one phrase in
Japanese), and break Japanese only between phrases: what a typographer fixes first."""

from __future__ import annotations

import re
import unicodedata

import budoux
import pytest

from tearsheet.printhtml import prepare_print_html

from conftest import write_article
from laidout import layout_of, lines_of

# The combining class of a virama or coeng, which joins the next letter to its cluster.
VIRAMA = 9

# Headlines of many lengths, so that at A4 and A5 some would end on one word unhelped.
HEADLINES = [
    "Council votes to keep the old library open for another year",
    "How the U.S. and China can find common ground on North Korea",
    "Orkney’s tidal turbines keep the lights on and the grid guessing at night",
    "Storm closes the coastal road between the two villages for a week",
    "A quiet revolution in the way small towns pay for their buses",
    "Why the harbour’s new cranes arrived three years late and cost double",
    "Die Stadt öffnet ihre Fahrpläne für alle, die sie nutzen wollen",
    "Le conseil municipal ouvre enfin les données des transports publics",
    "La ciudad publica los horarios de todos sus autobuses en tiempo real",
    "Farmers in the valley count the cost of a summer without rain",
]
JAPANESE = [
    "札幌市、公共交通の時刻表をオープンデータとして公開",
    "長野県の山間部で記録的な大雪、鉄道とバスが終日運休に",
    "東京都が新しい自転車専用道路の整備計画を発表、二〇三〇年までに完成へ",
    "大阪の小さな書店が地域の子どもたちのために無料の読書会を開く",
]


def _headline_lines(path, page_size):
    lines = lines_of(layout_of(path, page_size=page_size))
    return [line.text for line in lines if "headline" in line.classes()]


@pytest.mark.parametrize("page_size", ["a4", "a5"])
def test_no_headline_ends_on_a_line_of_one_word(tmp_path, page_size):
    runts = []
    for number, headline in enumerate(HEADLINES):
        path = write_article(
            tmp_path, f"2024-01-0{number % 9 + 1}-h{number}.md", f'title: "{headline}"'
        )
        lines = _headline_lines(path, page_size)
        assert " ".join(lines).split() == headline.split()
        if len(lines) > 1 and len(lines[-1].split()) < 2:
            runts.append(lines)
    assert runts == []


@pytest.mark.parametrize("page_size", ["a4", "a5"])
def test_japanese_headlines_break_between_phrases(tmp_path, page_size):
    parser = budoux.load_default_japanese_parser()
    for number, headline in enumerate(JAPANESE):
        path = write_article(
            tmp_path, f"2024-01-0{number + 1}-ja{number}.md", f'title: "{headline}"\nlang: ja'
        )
        lines = _headline_lines(path, page_size)
        assert "".join(lines) == headline
        ends, position = set(), 0
        for phrase in parser.parse(headline):
            position += len(phrase)
            ends.add(position)
        breaks = [sum(len(line) for line in lines[: n + 1]) for n in range(len(lines) - 1)]
        assert set(breaks) <= ends, lines
        assert len(lines[-1]) >= 3, lines


# A public body's or a firm's name is one long phrase to BudouX (22 characters before "が").
LONG_PHRASES = [
    "東京都都市整備局都市計画審議会事務局長代理が辞任",
    "国立研究開発法人新エネルギー・産業技術総合開発機構が新計画",
]


@pytest.mark.parametrize("page_size", ["a4", "a5", "6x9"])
def test_a_japanese_phrase_longer_than_the_line_still_breaks_inside_the_margins(
    tmp_path, page_size
):
    body = "市は十日、新しい計画を発表した。" * 30 + "\n"
    for number, headline in enumerate(LONG_PHRASES):
        path = write_article(
            tmp_path, f"2024-02-0{number + 1}-jl{number}.md", f'title: "{headline}"\nlang: ja', body
        )
        lines = lines_of(layout_of(path, page_size=page_size))
        edge = max(line.right for line in lines if line.tag() == "p")
        heads = [line for line in lines if "headline" in line.classes()]
        assert "".join(line.text for line in heads) == headline
        assert all(line.right <= edge + 2 for line in heads), [line.text for line in heads]


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("th", "รัฐบาลประกาศนโยบายใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม"),
        ("th", "กรุงเทพฯ เปิดตัวระบบขนส่งใหม่ในวันนี้ ผู้ว่าฯ กล่าว"),
        ("km", "រដ្ឋាភិបាលប្រកាសគោលនយោបាយថ្មី"),
        ("my", "ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်း"),
    ],
)
def test_a_heading_s_last_characters_are_kept_whole(lang, headline):
    """The span keeping a Thai, Khmer or Burmese heading's last characters together starts
    on a letter, never on a vowel sign, tone mark or subscript consonant cut from it."""
    html = f'<html lang="{lang}"><body><h1>{headline}</h1><p>…</p></body></html>'
    found = re.search(r'<span class="keep-line">(.*?)</span>', prepare_print_html(html))
    kept = found.group(1)
    assert headline.endswith(kept)
    assert not unicodedata.category(kept[0]).startswith("M"), kept
    assert unicodedata.combining(headline[-len(kept) - 1]) != VIRAMA, kept
