"""Entry marks (tearsheet.entrymarks): an interview's short questions and a live blog's times stay."""

from __future__ import annotations

import pytest

from tearsheet.entrymarks import is_entry_time, is_live_entry, opens_update
from tearsheet.plaintext import parse_text

INTERVIEWS = [
    (
        "ko",
        "웹툰 작가 서지안 “10년 연재, 매주 마감이 제 삶의 리듬이었죠”",
        "10년 동안 연재된 웹툰 ‘달빛 정류장’이 지난달 완결됐다. 누적 조회수 12억 회를 넘긴 이 "
        "작품은 드라마로도 만들어졌다. 서 작가를 마포구 작업실에서 만났다.",
        [
            (
                "―완결 소감이 궁금합니다.",
                "“아직 실감이 안 나요. 월요일마다 마감을 하던 몸이라, "
                "지금도 일요일 밤이 되면 불안해요. 10년 동안 매주 마감을 했거든요.”",
            ),
            (
                "―마지막 회에 대한 반응이 엇갈렸는데요.",
                "“예상했어요. 주인공이 정류장을 떠나는 "
                "결말을 두고 독자들 의견이 반반으로 갈렸죠. 그래도 처음부터 정한 결말이었어요.”",
            ),
            ("―다음 계획은요?", "“일단 6개월은 쉬려고요. 마감 없이요.”"),
        ],
        "ⓒ 한겨레신문사 : 무단전재 및 재배포 금지",
    ),
    (
        "es",
        "«Excavamos más rápido de lo que entendemos»",
        "La arqueóloga Irene Soto dirige desde hace diez años las excavaciones del antiguo "
        "puerto romano de Cartagena. Hablamos con ella al cierre de la campaña de verano.",
        [
            (
                "P: ¿Qué ha encontrado este año?",
                "Diecinueve ánforas casi enteras y un muelle de "
                "piedra que nadie esperaba encontrar a esa profundidad, junto al antiguo faro.",
            ),
            (
                "P: ¿Es mucho?",
                "Es el doble que el año pasado, y el muelle cambia el mapa del "
                "puerto que dábamos por cierto desde los años ochenta.",
            ),
            ("P: ¿Y ahora?", "Ahora toca limpiar."),
        ],
        "© 2026 Diario del Puerto. Todos los derechos reservados.",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "intro", "pairs", "footer"), INTERVIEWS)
def test_an_interview_s_last_short_question_and_answer_stay(lang, headline, intro, pairs, footer):
    flat = [line for pair in pairs for line in pair]
    text = "\n\n".join([headline, "2026-10-05", intro, *flat, footer])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body[-2:] == list(pairs[-1])


def test_a_dash_line_under_a_story_with_no_questions_is_the_page_s():
    story = (
        "The harbour board approved the new ferry terminal on Tuesday after two years of "
        "planning, and construction is due to begin in the autumn, officials said."
    )
    text = "\n\n".join(
        ["New ferry terminal approved", "March 11, 2025", story, story, "— Harbour Post"]
    )
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == [story, story]


ENTRIES = [
    (
        "nl",
        ["15:52", "15:20", "14:45"],
        [
            "Rijkswaterstaat sluit de Afsluitdijk voor vrachtwagens en caravans. Er zijn "
            "windstoten gemeten tot 118 kilometer per uur bij Den Oever.",
            "De NS laat tussen Zwolle, Groningen en Leeuwarden tot het einde van de middag geen "
            "treinen meer rijden. Op meerdere plekken liggen bomen op het spoor.",
            "Het KNMI heeft code oranje afgegeven voor Friesland, Groningen en Drenthe. Die "
            "geldt tot negen uur vanavond, meldt het instituut.",
        ],
    ),
    (
        "en",
        ["3:45pm", "2:10pm", "11:05am"],
        [
            "The rail operator says services between Leeds and York will resume at five, "
            "although delays of up to an hour are expected this evening.",
            "Union leaders have called the offer an insult and say the strike will go ahead "
            "on Thursday unless the company returns to the table.",
            "Good morning and welcome to our live coverage of the second day of the strike "
            "across the north of England.",
        ],
    ),
]


ENTRIES.append(
    (
        "ko",
        ["오후 3시 45분", "오후 2시 10분", "오전 11시 5분"],
        [
            "기상청은 오후 6시를 기해 서울과 경기 지역에 내려진 대설주의보를 해제했다고 밝혔다. "
            "다만 밤사이 기온이 크게 떨어지면서 도로가 얼어붙을 수 있다며 안전 운전을 당부했다.",
            "서울시는 제설 차량 1200여 대를 투입해 주요 도로의 눈을 치우고 있다고 전했다. "
            "시는 이면도로와 골목길에도 인력을 보내 염화칼슘을 뿌리고 있다고 덧붙였다.",
            "출근길 교통 혼잡이 이어지면서 지하철 운행이 평소보다 늘어났다고 공사가 밝혔다. "
            "서울교통공사는 1~8호선의 출근 시간대 운행을 30분 연장한다고 설명했다.",
        ],
    )
)


@pytest.mark.parametrize(("lang", "times", "entries"), ENTRIES)
def test_a_live_blog_keeps_its_entries_times(lang, times, entries):
    flat = [line for pair in zip(times, entries, strict=True) for line in pair]
    dated = {
        "nl": "Bijgewerkt zondag 26 januari 2025, 15:52",
        "en": "Updated 26 January 2025",
        "ko": "2025년 1월 26일",
    }
    text = "\n\n".join(["Storm live: the latest", dated[lang], "Share", *flat, "Most read"])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == flat


def test_a_lone_time_over_a_story_is_no_entry():
    story = (
        "The harbour board approved the new ferry terminal on Tuesday after two years of "
        "planning, and construction is due to begin in the autumn, officials said."
    )
    text = "\n\n".join(["New ferry terminal approved", "March 11, 2025", "14:05", story, story])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == [story, story]


@pytest.mark.parametrize(
    "line",
    [
        "AKTUALIZACJA, godz. 12.15",
        "UPDATE 08:55",
        "Mise à jour, 14h30",
        "Aktualisierung um 9.30 Uhr",
        "ACTUALIZACIÓN, a las 10:05",
        "Ore 18.35 – Folla in Cadorna",
        # The hour's word, a time zone after the morning's mark, the hour and minute in
        # their characters, an update's word in other languages.
        "11.20 val.",
        "14:32 ч.",
        "10:15 น.",
        "5:32 p.m. ET",
        "14:32 WIB",
        "오후 2시 32분",
        "14時32分",
        "Papildyta 11.20 val.",
        "Päivitetty klo 14.32",
    ],
)
def test_an_entry_s_time_with_its_label_or_title(line):
    assert is_entry_time(line)


@pytest.mark.parametrize(
    "line",
    [
        # A header's date line, a score, and an entry itself (a sentence after the time).
        "Aktualizacja: 22.07.2026 12:15",
        "Updated 26 January 2025",
        "2:1",
        "12.15 – Der Minister sprach vor dem Parlament und sagte, dass er bleibt.",
        # A word in small letters after the time is no zone; nor are five capitals.
        "14:32 dann",
        "14:32 ABCDE",
    ],
)
def test_no_entry_time(line):
    assert not is_entry_time(line)


def test_a_labelled_update_needs_one_more_in_the_body():
    blocks = ["AKTUALIZACJA, godz. 12.15", "Tekst.", "AKTUALIZACJA, godz. 9.30", "Tekst."]
    assert is_live_entry(blocks, 0, range(1, 4))
    assert not is_live_entry(blocks, 0, range(1, 2))
    # A time alone needs two more.
    assert not is_live_entry(["12.15", "Tekst.", "9.30", "Tekst."], 0, range(1, 4))


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("pl", ["AKTUALIZACJA, godz. 12.15", "AKTUALIZACJA, godz. 9.30"]),
        ("en", ["UPDATE 2:30 p.m.", "UPDATE 11:05 a.m."]),
        ("de", ["Aktualisierung, 14.20 Uhr", "Aktualisierung, 10.05 Uhr"]),
    ],
)
def test_an_updated_story_keeps_its_first_update_s_label(lang, labels):
    entries = [
        "Według najnowszych danych bez prądu pozostaje jeszcze około 38 tysięcy odbiorców, "
        "głównie w województwach wielkopolskim i łódzkim.",
        "Rzecznik straży pożarnej poinformował, że od wtorkowego popołudnia strażacy "
        "interweniowali ponad 3 tysiące razy.",
    ]
    story = (
        "Przez zachodnią i centralną Polskę we wtorek wieczorem przeszły gwałtowne burze z "
        "porywami wiatru do 110 km/h i gradem."
    )
    flat = [labels[0], entries[0], labels[1], entries[1], story]
    header = ["Nawałnice nad Polską", "Autor: Anna Nowak", "Opublikowano: 22.07.2026 06:40"]
    text = "\n".join([*header, *flat])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == flat


PAGE_ENTRIES = [
    (
        "en",
        ["The Harbour Post", "News", "Sport", "Business", "Opinion", "Live"],
        ["Storm Bronagh live: thousands without power", "Ann Lee", "Wed 2 Dec 2026 at 07:12"],
        ["Key events", "Show key events only", "Please turn on JavaScript to use this feature"],
        ["14:55", "13:30", "11:48"],
        [
            "ESB Networks says 41,000 homes and businesses remain without power, mostly in "
            "Mayo, Galway and Clare. Crews are being held back in parts of north Mayo until "
            "gusts drop below 90km/h.",
            "Met Éireann has extended the red wind warning for Mayo and Galway until 8pm. It "
            "had been due to expire at 3pm.",
            "All flights out of Knock have been cancelled for the rest of the day. Shannon is "
            "operating, with delays.",
        ],
    ),
    (
        "de",
        ["Der Hafenbote", "Politik", "Sport", "Wirtschaft", "Kultur", "Liveblog"],
        ["Sturm über Norddeutschland: Der Liveblog", "Anna Becker", "2. Dezember 2026, 07:12"],
        ["Wichtigste Ereignisse", "Nur wichtige Ereignisse zeigen", "Bitte JavaScript aktivieren"],
        ["14.55 Uhr", "13.30 Uhr", "11.48 Uhr"],
        [
            "Die Deutsche Bahn stellt den Fernverkehr zwischen Hamburg und Bremen bis zum "
            "Abend ein, teilte das Unternehmen mit.",
            "Der Deutsche Wetterdienst hat die Unwetterwarnung für die Küste bis 20 Uhr "
            "verlängert. Sie sollte um 15 Uhr enden.",
            "Am Hamburger Flughafen fallen alle Flüge für den Rest des Tages aus, Reisende "
            "sollen sich an ihre Airline wenden.",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "menu", "header", "widgets", "times", "entries"), PAGE_ENTRIES)
def test_a_copied_live_page_keeps_its_first_entry_s_time(
    lang, menu, header, widgets, times, entries
):
    flat = [line for pair in zip(times, entries, strict=True) for line in pair]
    text = "\n".join([*menu, *header, *widgets, *flat, "Share", "© 2026 The Harbour Post"])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == flat


@pytest.mark.parametrize(
    "paragraph",
    [
        "अपडेट 4:10 PM: सोनप्रयाग में फंसे 300 और श्रद्धालुओं को सुरक्षित निकाल लिया गया है।",
        "UPDATE 14:20: The minister said on Tuesday afternoon that the talks would resume.",
        "Mise à jour, 14h30 : la préfecture a levé l'alerte orange sur tout le département.",
    ],
)
def test_an_update_over_the_story_opens_with_its_label_and_time(paragraph):
    assert opens_update(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # The label alone, a date line, and a story that talks of updates.
        "UPDATE 14:20",
        "Updated 26 January 2025",
        "The council will update its plans at 14:20 on Tuesday, a spokesman said.",
    ],
)
def test_no_update_over_the_story(paragraph):
    assert not opens_update(paragraph)


@pytest.mark.parametrize("line", ["ACTUALITZACIÓ 13.45 h", "Eguneratua 09:10"])
def test_an_update_label_in_catalan_and_basque_opens_an_entry(line):
    assert is_entry_time(line)
    blocks = [line, "Els Bombers han reobert un carril de la carretera.", "12.10 h", "Text."]
    assert is_live_entry(blocks, 0, range(len(blocks)))


def test_more_information_over_a_headline_is_a_teaser_but_not_over_a_contact():
    from tearsheet.zones import clutter_of

    assert clutter_of("Més informació: On es pot aparcar durant la fira de Sant Martí") is not None
    assert clutter_of("Más información: Qué hacer si tu colegio cierra por la lluvia") is not None
    assert clutter_of("Més informació: tel. 972 12 34 56 o a l'oficina de turisme.") is None
    assert clutter_of("Més informació a l'Ajuntament, de dilluns a divendres.") is None
