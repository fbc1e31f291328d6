"""The zones of copied text (tearsheet.zones): which blocks read as the story's prose."""

from __future__ import annotations

import pytest

from copiedtexts import PROSE
from tearsheet import zones
from tearsheet.rightslines import is_rights_line, legal_footer

# Long sentences of figures and names: few function words, so jusText's first pass calls
# them boilerplate, though each is a paragraph of a story.
DENSE = {
    "en": "Revenue rose 11% to 46.2 million trips, Seoul City Hall data showed Tuesday, "
    "versus 41.6 million trips during 2023 across 2,950 stations citywide.",
    "de": "Umsatz 2024: 46,2 Millionen Fahrten (plus 11 Prozent), laut Senatsverwaltung "
    "Berlin, gegenüber 41,6 Millionen Fahrten 2023, 2.950 Stationen.",
    "ko": "지난해 공공자전거 이용 건수는 3천210만건으로 전년보다 9% 늘었다. 출퇴근 시간대 역 주변 "
    "대여소 자전거 부족 민원이 이어지자 구청은 재배치 차량을 15대에서 28대로 늘렸다.",
}
# The story around it, in each language.
AROUND = {
    "en": PROSE,
    "de": [
        "Die Stadt will das Netz der Leihräder in diesem Jahr um dreitausend Räder erweitern, "
        "wie der Senat am Dienstag mitgeteilt hat, und dabei vor allem die Randbezirke "
        "stärken, in denen es bisher nur wenige Stationen gibt.",
        "Die Opposition hält das für zu wenig und verlangt, dass auch die Preise für die "
        "Nutzer gesenkt werden, weil viele Menschen sich das Angebot sonst nicht leisten "
        "können, wie eine Sprecherin sagte.",
        "Der Senat will im Herbst über die Preise beraten und bis dahin die Zahlen aus dem "
        "ersten Halbjahr auswerten, die nach seinen Angaben bisher gut aussehen.",
    ],
    "ko": [
        "서울시가 공공자전거를 올해 3천대 더 늘리고, 대여소가 부족한 외곽 지역을 중심으로 새 "
        "대여소 250곳을 설치한다고 8일 밝혔다.",
        "시는 그동안 이용이 많았던 도심과 한강변보다 대중교통 접근성이 떨어지는 지역에 새 "
        "대여소를 집중적으로 배치할 계획이다.",
        "또 6월부터는 12세 이하 어린이도 보호자와 함께 탈 수 있는 소형 자전거 운영 지역을 현재 "
        "5개 자치구에서 모든 자치구로 확대한다.",
    ],
}


@pytest.mark.parametrize("lang", sorted(DENSE))
def test_a_paragraph_of_figures_between_the_story_s_prose_is_prose(lang):
    dense = DENSE[lang]
    assert zones.first_pass([dense], lang) == ["bad"]  # what the function words alone say
    first, second, third = AROUND[lang]
    blocks = ["Menu", first, second, "[Banner]", dense, third, "Contact us"]
    assert zones.classify(blocks, lang)[4] == "good"
    start, end = zones.main_region(
        blocks, zones.classify(blocks, lang), zones.first_pass(blocks, lang)
    )
    assert (start, end) == (1, 6)


def test_a_long_caption_over_its_credit_stays_outside_the_prose():
    # A photo's caption is a long sentence of names too; under it stands its credit, not
    # the story's next paragraph.
    caption = (
        "Sheikh Ali bin Rashid, Dubai Airports chairman, center, passes a Boeing 787-10 "
        "aircraft, operated by Emirates, at Dubai World Central (DWC) on Monday, Nov. 13, 2017."
    )
    assert zones.first_pass([caption], "en") == ["bad"]
    blocks = [PROSE[0], PROSE[1], caption, "Natalie Naccache | Bloomberg | Getty Images", PROSE[2]]
    assert zones.classify(blocks, "en")[2] == "bad"


def test_a_dense_sentence_with_boilerplate_on_one_side_stays_boilerplate():
    dense = DENSE["en"]
    blocks = ["Home", "Sport", "Weather", dense, PROSE[0], PROSE[1]]
    assert zones.classify(blocks, "en")[3] == "bad"


def test_a_rights_line_and_the_legal_text_over_it_end_the_page():
    legal = (
        "The content on this site is for information only and may not be reproduced, "
        "distributed or transmitted without the prior written permission of the publisher."
    )
    rights = "© 2025 Harbour Media Ltd. All rights reserved."
    assert is_rights_line(rights) and is_rights_line("Copyright 2024 X. Alle Rechte vorbehalten.")
    assert not is_rights_line(PROSE[0])
    blocks = ["Ferry terminal approved", "By Ann Lee", *PROSE, "Share", legal, rights]
    classes = ["bad", "bad", "good", "good", "good", "bad", "good", "bad"]
    assert legal_footer(blocks, classes, frozenset({1}), 2) == range(6, 8)
    # Right under the headline block, the prose is the article, not a footer.
    assert legal_footer(
        [*blocks[:2], legal, rights], ["bad", "bad", "good", "bad"], frozenset({1}), 2
    ) == range(0)


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 Example Media GmbH. Alle Rechte vorbehalten.",
        "© 2025 Seznam.cz, a.s. Všechna práva vyhrazena.",
        "© Copyright 2025 Gazzetta del Lago – Riproduzione riservata",
        "© 2025 CityNews. 무단 전재 및 재배포 금지",
        "Copyright © 2025 Hürriyet. Tüm hakları saklıdır.",
    ],
)
def test_a_rights_line_in_the_languages_copyrights_reads(line):
    """The rights line of the footer (rightslines) knows every language the © reader does:
    one list of the words for both."""
    assert is_rights_line(line)
    assert not is_rights_line("The paper said all rights to the land were reserved for the city.")


@pytest.mark.parametrize(
    "line",
    [
        "Der Bescheid kam erst im Februar, sagt sie: »Ich hatte längst aufgegeben.«",
        "„Wir bearbeiten jeden Antrag einzeln, mit allen Belegen.“",
        "Vedoucí úřadu řekl: „Nestíháme to, lidí je málo.“",
        "She called it ‘a slow, quiet kind of disaster.’",
        "Il a conclu : « On verra bien en septembre. »",
    ],
)
def test_a_sentence_ends_inside_the_quotes_closing_it_in_any_language(line):
    assert zones.is_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "Se tiverem perguntas, escrevam aqui nos comentários que eu respondo! 💚",
        "Nos vemos en la próxima ruta, ¡hasta pronto! 🌿🏔️",
        "Danke fürs Lesen und bis zum nächsten Mal. ☕",
    ],
)
def test_a_blog_s_emoji_after_the_sentence_s_stop_leaves_it_a_sentence(line):
    assert zones.is_sentence(line)
    assert not zones.is_sentence("Menu 💚")  # a label with an emoji is still no sentence


# Two short paragraphs of a story, each under jusText's length for prose by itself, with
# boilerplate on both sides and the page's one long paragraph further down (a Nepali
# paper's short paragraphs; any site that writes them so).
SHORT_PAIRS = {
    "en": [
        "The council voted on Tuesday to keep the old market hall open for at least two more "
        "years.",
        "It will now ask the traders what they need, and it will decide on the repairs in the "
        "spring.",
    ],
    "ne": [
        "नेपाल आयल निगमले पेट्रोल, डिजेल र मट्टितेलको मूल्य घटाएको छ । निगमको सञ्चालक समितिको "
        "मंगलबार बसेको बैठकले प्रतिलिटर ४ रुपैयाँ घटाउने निर्णय गरेको हो ।",
        "नयाँ मूल्य आज मध्यरात १२ बजेदेखि लागू हुने निगमका प्रवक्ता रमेश कार्कीले जानकारी दिए । "
        "इन्डियन आयल कर्पोरेसनले पठाएको पछिल्लो मूल्यसूचीअनुसार निगमलाई घाटा कम भएकाले मूल्य "
        "घटाइएको उनको भनाइ छ ।",
    ],
}
LONG_PARAGRAPH = (
    "The hall, which was built in 1903 and has been closed to cars since the 1980s, holds "
    "forty stalls, and most of them have been run by the same families for three generations, "
    "as the traders' association said in a letter to the council last month."
)


@pytest.mark.parametrize("lang", sorted(SHORT_PAIRS))
def test_two_short_paragraphs_side_by_side_are_prose_between_boilerplate(lang):
    blocks = ["Share", "Facebook", *SHORT_PAIRS[lang], "Advertisement", "Sign up", LONG_PARAGRAPH]
    assert zones.first_pass(blocks, lang)[2:4] == ["neargood", "neargood"]
    assert zones.classify(blocks, lang)[2:4] == ["good", "good"]


def test_one_short_paragraph_alone_between_boilerplate_stays_boilerplate():
    # jusText's rule holds for a near-prose block with no such neighbour: a teaser's summary.
    blocks = ["Share", "Facebook", SHORT_PAIRS["en"][0], "Advertisement", "Sign up", LONG_PARAGRAPH]
    assert zones.classify(blocks, "en")[2] == "bad"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # A box's label in brackets before its teaser.
        ("【延伸閱讀】颱風天停班停課怎麼查？人事行政總處網站一次看懂", "read more"),
        ("[Read more] The storm that changed the harbour", "read more"),
        # The post's topics "in the article", and Bengali's and Hindi's "subject".
        ("Ämnen i artikeln", "tags line"),
        ("Topics in this article", "tags line"),
        ("Emner i artiklen", "tags line"),
        ("বিষয়:", "tags line"),
    ],
)
def test_labels_of_boxes_and_tags(line: str, name: str) -> None:
    found = zones.clutter_of(line)
    assert found is not None and found.name == name


def test_bracketed_update_is_no_box_label() -> None:
    assert zones.clutter_of("[UPDATE 3:45pm] Police said the man was arrested on Tuesday.") is None


def test_slovenian_read_also_box() -> None:
    found = zones.clutter_of("Preberi še:")
    assert found is not None and found.name == "read more"
