"""The dek (tearsheet.deks): a sentence or two under the header with the lead photo's
caption under it is the dek, not the story's first paragraph."""

from __future__ import annotations

import pytest

from copiedtexts import PROSE
from tearsheet.deks import read_dek_over_caption, read_dek_over_dateline
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

VI_STORY = [
    "Chiều 3/3, Ban quản lý đường sắt đô thị Hà Nội cho đoàn tàu đầu tiên chạy thử trên đoạn "
    "đi ngầm của tuyến metro, qua bốn ga ngầm Kim Mã, Cát Linh, Văn Miếu và ga Hà Nội.",
    "Theo đại diện Ban quản lý, đợt chạy thử kéo dài khoảng ba tháng nhằm kiểm tra hệ thống "
    "tín hiệu, thông gió và cấp điện trong hầm trước khi đánh giá an toàn hệ thống.",
]
NL_STORY = [
    "Het eerste wat je ziet is water. Liters water, die vanuit het plafond op een betegelde "
    "vloer kletteren terwijl de personages door de stoom schuifelen door het decor.",
    "Jesse Mensah is een jonge, opvallend kwetsbare Prospero, eerder een vader die zijn "
    "dochter niet durft los te laten dan een tovenaar die wraak neemt op zijn vijanden.",
]


@pytest.mark.parametrize(
    ("lang", "header", "dek", "caption", "story"),
    [
        (
            "vi",
            ["Tuyến metro Nhổn - ga Hà Nội chạy thử đoạn đi ngầm", "Thứ ba, 3/3/2026, 15:20"],
            "Đoàn tàu metro số 3 lần đầu chạy thử trên đoạn đi ngầm dài 4 km từ Kim Mã đến ga "
            "Hà Nội, dự kiến khai thác thương mại vào cuối năm.",
            "Đoàn tàu chạy thử tại ga ngầm S9 Kim Mã, chiều 3/3. Ảnh: Giang Huy",
            VI_STORY,
        ),
        (
            "nl",
            ["‘De Storm’ is een overweldigend, maar wat leeg spektakel", "30 januari 2026"],
            "Regisseur Maren Bjørnsen laat het stuk zich afspelen in een badhuis vol stoom en "
            "water. Mooi om te zien, maar de tekst verdrinkt.",
            "Jesse Mensah als Prospero. Beeld Sanne Peper",
            NL_STORY,
        ),
        (
            "en",
            ["Harbour board approves new ferry terminal", "By Ann Lee", "March 3, 2025"],
            "After two years of planning, the city will get the terminal its ferries need.",
            "Photo: The old terminal at dawn on Tuesday (Harbour Post: Jo Smith)",
            PROSE,
        ),
    ],
)
def test_a_sentence_over_the_lead_photo_s_caption_is_the_dek(lang, header, dek, caption, story):
    article = parse_text("\n\n".join([*header, dek, caption, *story]), lang=lang)
    assert article.dek == dek
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


@pytest.mark.parametrize(
    "first",
    [
        # The story's first paragraph, long, over a photo.
        PROSE[0] + " " + PROSE[1],
        # A letter's greeting.
        "Dear members and friends of the Harbour Rowing Club,",
        # A list's lead-in.
        "The board agreed on the following points after the meeting:",
        # A wire story's dateline opens the story, however short.
        "LONDON (Reuters) - The harbour board approved the new terminal on Tuesday.",
    ],
)
def test_what_is_no_dek_over_a_caption_stays_the_body_s(first):
    blocks = [first, "Photo: The old terminal at dawn on Tuesday (Harbour Post: Jo Smith)", *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


def test_a_short_first_paragraph_over_the_story_with_no_caption_stays():
    """No photo's caption under it: a short first paragraph is the story's."""
    blocks = ["The terminal opens on Tuesday after two years of work.", *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


def test_a_dek_read_already_is_kept():
    blocks = [
        "The terminal opens on Tuesday after two years.",
        "Photo: The old terminal at dawn (Harbour Post: Jo Smith)",
        *PROSE,
    ]
    draft = Draft(lang="en", dek="The standfirst read in the header.")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek == "The standfirst read in the header."


@pytest.mark.parametrize("credit", ["Photo: Anna Berg", "Foto: dpa", "Kuva: Petteri Juuti / Yle"])
def test_a_short_paragraph_over_a_credit_alone_stays_the_story_s(credit):
    """A credit alone stands under a photo with no caption, over the story's own short
    first paragraph as often as over a dek."""
    blocks = ["Passengers waited for the last ferry of the day on Monday.", credit, *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0


def test_a_first_paragraph_as_long_as_the_story_s_over_a_caption_stays():
    """The story's first paragraph over a photo: as long as the paragraphs under it."""
    blocks = [
        PROSE[0],
        "Photo: The old terminal at dawn on Tuesday (Harbour Post: Jo Smith)",
        *PROSE[1:],
    ]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0


def test_a_caption_credited_in_brackets_and_the_buttons_under_it_stay_out_of_the_body():
    """ "… quarters.(AAP: Dean Lewins)" under the picture's sentence, then the page's
    buttons: the story starts under them."""
    header = ["Swifts stun Vixens in extra time", "By Tom Gillespie", "Sun 14 Jun 2026 at 8:47pm"]
    picture = [
        "A netballer in a red dress leaps to shoot as a defender reaches over her.",
        "Helen Housby shot 11 from 12 in the final two quarters.(AAP: Dean Lewins)",
    ]
    text = "\n".join([*header, *picture, "Link copied", "Share article", *PROSE])
    article = parse_text(text, lang="en")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == PROSE


def test_a_sentence_over_a_caption_with_more_sentences_under_it_stays():
    """A sentence under the caption, no buttons: no story is near, nothing is read."""
    blocks = [
        "The terminal opens on Tuesday after two years.",
        "Photo: The old terminal at dawn on Tuesday (Harbour Post: Jo Smith)",
        "It is the first ferry terminal built here since 1970.",
        *PROSE,
    ]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0


@pytest.mark.parametrize(
    ("lang", "dek", "story"),
    [
        (
            "de",
            "Die SBB und die ÖBB führen den Nachtzug zwischen Zürich und Amsterdam bis 2030 "
            "weiter. Ab Dezember fährt er täglich.",
            "Bern, 24. März 2026 – Die SBB und die ÖBB haben eine Vereinbarung zur "
            "Weiterführung der Nightjet-Verbindung unterzeichnet, wie beide Bahnen mitteilten.",
        ),
        (
            "pt",
            "A meta é recolher duas mil toneladas de plástico e vidro até ao fim de 2027.",
            "Lisboa, 17 de março de 2026 – A Rede Verde lançou nesta segunda-feira um programa "
            "de recolha de embalagens em 300 lojas de todo o país, anunciou a empresa.",
        ),
        (
            "en",
            "The plant is expected to create 380 jobs over the next three years.",
            "GREENVILLE, S.C., April 7, 2026 /PRNewswire/ -- Voltcycle today announced plans "
            "to build a battery recycling plant in the county, its first in the United States.",
        ),
    ],
)
def test_a_sentence_over_the_story_s_dateline_is_the_dek(lang, dek, story):
    """The story opens with its dateline: the sentence or two over it is the dek."""
    blocks = [dek, story, *PROSE]
    draft = Draft(lang=lang)
    assert read_dek_over_caption(blocks, 0, draft) == 1
    assert draft.dek == dek


@pytest.mark.parametrize(
    "first",
    [
        # A live story's update, opening with its time.
        "Update 4:10 PM: Rescue teams have brought 300 more pilgrims to safety at Sonprayag.",
        # The story's own first paragraph, with its dateline, over a second dated one.
        "LONDON (Reuters) - The harbour board approved the new terminal on Tuesday.",
        # A greeting.
        "Dear members and friends of the Harbour Rowing Club,",
    ],
)
def test_what_is_no_dek_over_a_dateline_stays_the_body_s(first):
    story = "DOVER, March 4 (Reuters) - Ferry operators said they would add sailings next week."
    blocks = [first, story, *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


def test_an_ordinal_s_full_stop_ends_no_sentence_of_a_dek():
    """ "am 16. Mai": a dek of two sentences over a photo's caption credited with ©."""
    dek = (
        "Eigentlich sollte die Saison am Cappenberger See am 16. Mai beginnen. Jetzt müssen "
        "sich Badegäste gedulden."
    )
    caption = "Die neue Wasserrutsche ist noch nicht freigegeben. © Jana Wiesemann"
    story = [
        "Wer sich schon auf den ersten Sprung ins kühle Nass gefreut hat, wird enttäuscht: Das "
        "Freibad am Cappenberger See öffnet in diesem Jahr erst am 30. Mai und damit zwei "
        "Wochen später als geplant. Grund ist die Sanierung der großen Wasserrutsche.",
        "„Bei der Prüfung der Tragkonstruktion sind Schäden aufgefallen, die wir vorher nicht "
        "sehen konnten“, erklärt Betriebsleiter Jürgen Hartmann. Die Reparatur dauert länger.",
        "Die Kosten für die Sanierung steigen dadurch von 210.000 auf rund 265.000 Euro, wie "
        "die Stadt am Montag auf Anfrage mitteilte. Der Rat muss noch zustimmen.",
    ]
    draft = Draft(lang="de")
    assert read_dek_over_caption([dek, caption, *story], 0, draft) == 2
    assert draft.dek == dek


@pytest.mark.parametrize(
    ("lang", "name", "note"),
    [
        ("hu", "Kovács Eszter", "Kovács Eszter közgazdász, a Lakhatási Kutatócsoport munkatársa."),
        ("en", "Hannah Price", "Hannah Price is a historian at the University of York."),
        ("de", "Anna Keller", "Anna Keller ist Professorin für Stadtplanung in Kassel."),
        ("es", "Lucía Romero", "Lucía Romero, economista de la Universidad de Sevilla."),
    ],
)
def test_a_writer_s_note_under_the_header_is_not_the_story_s(lang, name, note):
    """The note on who the writer is, under a share button, opens with the byline's name."""
    draft = Draft(lang=lang, byline=[name])
    blocks = ["Share", note, *PROSE]
    assert read_dek_over_caption(blocks, 0, draft) == 2
    assert ("writer's note under the header", note) in draft.removed


@pytest.mark.parametrize(
    "first",
    [
        # An interview's question under its asker's name.
        "Hannah Price: You started in December. What did you find?",
        # The story itself, long, naming its writer.
        "Hannah Price is not a name most people in Leeds would know, but for thirty years "
        "she has kept the city's tram timetables in a shoebox under her desk, and this "
        "spring she finally handed them to the archive, where they fill eleven boxes.",
        # Another person's name.
        "Tom Roth is a historian at the University of York.",
    ],
)
def test_what_is_no_writer_s_note_stays_the_story_s(first):
    draft = Draft(lang="en", byline=["Hannah Price"])
    blocks = [first, *PROSE]
    assert read_dek_over_caption(blocks, 0, draft) == 0


@pytest.mark.parametrize(
    ("lang", "dek", "turns"),
    [
        (
            "ru",
            "Главный инженер водоканала рассказал, почему трубы в старых районах рвутся каждую "
            "зиму.",
            [
                "— Сколько аварий было в прошлом году?",
                "— Больше трёхсот, и почти все в районах, построенных до войны.",
            ],
        ),
        (
            "es",
            "La directora del festival explica por qué esta edición será más corta y más barata.",
            [
                "Marta Ibáñez: Hemos tenido que elegir entre cantidad y calidad, y elegimos lo "
                "segundo sin dudar.",
                "Marta Ibáñez: Las entradas costarán lo mismo que hace tres años.",
            ],
        ),
    ],
)
def test_a_sentence_over_an_interview_s_first_question_is_the_dek(lang, dek, turns):
    blocks = [dek, *turns, *PROSE]
    draft = Draft(lang=lang)
    assert read_dek_over_caption(blocks, 0, draft) == 1
    assert draft.dek == dek


def test_a_portrait_of_sentences_over_an_interview_stays_the_body_s():
    """An interview opening with a portrait of its guest says more than one sentence: the
    story's own first paragraph."""
    first = (
        "Jan Vos is 71 and has kept bees for fifty years. He still walks to his hives every "
        "morning. We asked him why so many colonies died this winter."
    )
    blocks = [first, "– How many colonies did you lose?", "– Eleven of forty.", *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


@pytest.mark.parametrize(
    ("lang", "header", "dek", "lede"),
    [
        (
            "vi",
            ["Thứ hai, 2/3/2026, 09:10 (GMT+7)", "Cầu Rạch Miễu 2 thông xe sau bốn năm xây dựng"],
            "Cây cầu dài 17 km nối Tiền Giang và Bến Tre được thông xe sớm hơn kế hoạch hai "
            "tháng, giúp rút ngắn thời gian đi lại.",
            "Sáng 2/3, cầu Rạch Miễu 2 dài 17 km nối hai tỉnh Tiền Giang và Bến Tre chính thức "
            "thông xe, sớm hơn kế hoạch hai tháng. Theo chủ đầu tư, thời gian đi lại giữa hai "
            "tỉnh được rút ngắn khoảng 30 phút so với trước.",
        ),
        (
            "en",
            ["Harbour board approves new ferry terminal", "March 3, 2025, 10:42 AM"],
            "After two years of planning, the city will finally get the terminal its ferries need.",
            "The harbour board on Monday approved plans for a new ferry terminal, ending two years "
            "of planning and arguments over where the city's ferries should dock and who pays.",
        ),
    ],
)
def test_a_sentence_under_a_timed_headline_over_longer_prose_is_the_dek(lang, header, dek, lede):
    """The story's first paragraph tells the standfirst's news again, in its words."""
    story = [lede, PROSE[1] + " " + PROSE[0]]
    article = parse_text("\n\n".join([*header, dek, *story]), lang=lang)
    assert article.dek == dek
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


@pytest.mark.parametrize(
    ("lang", "header", "lede", "following"),
    [
        (
            "en",
            ["Fed holds rates steady, signals two cuts later this year", "March 19, 2025, 14:05"],
            "The Federal Reserve held interest rates steady on Wednesday, keeping its benchmark "
            "rate in a range of 4.25% to 4.5%.",
            "Policymakers said uncertainty about the economic outlook had increased, pointing to "
            "the effect of new tariffs on prices, and lowered their forecast for growth this year "
            "while raising their estimate for inflation.",
        ),
        (
            "es",
            ["El Banco de España eleva su previsión de crecimiento", "12/06/2025 - 09:30 h"],
            "El Banco de España elevó este martes su previsión de crecimiento para este año hasta "
            "el 2,4 %.",
            "La institución atribuye la mejora al buen comportamiento del consumo de los hogares y "
            "a la llegada de turistas, aunque advierte de que la incertidumbre comercial sigue "
            "pesando sobre la inversión de las empresas industriales.",
        ),
    ],
)
def test_a_one_sentence_lede_under_a_timed_headline_stays_the_body_s(lang, header, lede, following):
    """A wire or news story's one-sentence lede under a time-stamped date: the paragraph
    under it goes on with the story instead of telling the lede's news again."""
    article = parse_text("\n\n".join([*header, lede, following, PROSE[0]]), lang=lang)
    assert article.dek is None
    assert article.body.split("\n\n")[0].strip() == lede


def test_a_sentence_under_a_headline_dated_without_a_time_stays_the_body_s():
    """A date with no time over the headline (a blog's, a release's): the short sentence
    under the headline is the story's first."""
    first = "After two years of planning, the city will finally get the terminal its ferries need."
    story = [PROSE[0] + " " + PROSE[1], PROSE[1] + " " + PROSE[0]]
    article = parse_text(
        "\n\n".join(["March 3, 2025", "Harbour board approves new ferry terminal", first, *story]),
        lang="en",
    )
    assert article.dek is None
    assert article.body.split("\n\n")[0].strip() == first


def test_a_sentence_over_one_labelled_line_is_no_interview_s_dek():
    """A book's or a show's credits under a name and a colon are no interview's turns."""
    first = "The novel follows three sisters who run a ferry between two islands."
    credits = "Ruth Abernethy: 'The Crossing'. 312 pages, £16.99. Harbour Books."
    blocks = [first, credits, *PROSE]
    draft = Draft(lang="en")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


def test_a_sentence_over_a_scene_s_dialogue_stays_the_body_s():
    """A column opening with a sentence and a scene's short replies, each under a dash: no
    interviewer's question over a guest's answer."""
    first = "Mi abuela me llamó por teléfono un domingo por la mañana, como cada semana."
    blocks = [first, "— ¿Vienes a comer hoy?", "— Claro, abuela. Llevo el postre.", *PROSE]
    draft = Draft(lang="es")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


@pytest.mark.parametrize(
    ("lang", "header", "dek", "entry", "story"),
    [
        (
            "en",
            ["Harbour board approves new ferry terminal", "March 3, 2025, 10:42 AM"],
            "After two years of planning, the city will finally get the terminal its ferries need.",
            "Update 14:05: The board has published the terminal's plans on its website.",
            [
                "The harbour board on Monday approved plans for a new ferry terminal, ending two "
                "years of planning and arguments over where the city's ferries should dock.",
                "The terminal will cost 40 million and open in 2028, the board said, and the city "
                "will pay a third of it while the two ferry companies share the rest between them.",
            ],
        ),
        (
            "de",
            ["Hafenamt genehmigt neues Fährterminal", "3. März 2025, 10:42 Uhr"],
            "Nach zwei Jahren Planung bekommt die Stadt endlich das Terminal, das ihre Fähren "
            "brauchen.",
            "Update 14:05 Uhr: Das Hafenamt hat die Pläne auf seiner Website veröffentlicht.",
            [
                "Das Hafenamt hat am Montag die Pläne für ein neues Fährterminal genehmigt und "
                "damit zwei Jahre Planung und Streit darüber beendet, wo die Fähren der Stadt "
                "anlegen sollen.",
                "Das Terminal soll 40 Millionen Euro kosten und 2028 eröffnen; die Stadt zahlt ein "
                "Drittel, den Rest teilen sich die beiden Fährgesellschaften untereinander auf.",
            ],
        ),
    ],
)
def test_a_sentence_under_a_timed_headline_over_a_live_story_s_short_entry_is_the_dek(
    lang, header, dek, entry, story
):
    """A live story's first entry ("Update 14:05: …") is as short as the standfirst; the
    story's paragraphs under it are longer, and tell its news again."""
    article = parse_text("\n\n".join([*header, dek, entry, *story]), lang=lang)
    assert article.dek == dek
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == [entry, *story]


def test_a_first_paragraph_over_a_photo_credit_in_capitals_stays_the_story_s():
    """ "ФОТО: ТАНЈУГ/ ДУШАН МИЛЕНКОВИЋ" under the story's first paragraph is the photo's
    credit, no dateline opening the story: the paragraph over it is the story's."""
    first = (
        "Кошаркаши Црвене звезде савладали су Партизан резултатом 89:81 у вечитом дербију. "
        "Црвено-бели тако су стигли до осме узастопне победе."
    )
    blocks = [first, "ФОТО: ТАНЈУГ/ ДУШАН МИЛЕНКОВИЋ", *PROSE]
    draft = Draft(lang="sr")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.dek is None


@pytest.mark.parametrize(
    ("lang", "dek", "opening"),
    [
        (
            "de",
            "Die 4,6 Kilometer lange Strecke soll im Herbst 2027 fertig sein – Kosten von 3,1 "
            "Millionen Euro",
            "Eggenfelden, 9. März 2026. Der Landkreis Rottal-Inn baut einen neuen Radweg.",
        ),
        (
            "es",
            "La obra costará 2,4 millones y estará lista antes del verano de 2027",
            "Logroño, 4 de marzo de 2026.– El Ayuntamiento renovará el puente de Hierro.",
        ),
    ],
)
def test_a_releases_subtitle_over_its_dateline_is_the_dek(lang, dek, opening) -> None:
    draft = Draft(lang=lang)
    assert read_dek_over_dateline([dek, opening, *PROSE], draft) == [opening, *PROSE]
    assert draft.dek == dek


@pytest.mark.parametrize(
    "first",
    [
        "Sehr geehrte Damen und Herren,",  # the letter's greeting, not a subtitle
        "Ansprechpartner:",  # a label
        "Eggenfelden, 9. März 2026. Der Landkreis baut einen Radweg.",  # the dateline itself
    ],
)
def test_a_line_that_is_no_subtitle_over_the_dateline_stays(first: str) -> None:
    opening = "Eggenfelden, 9. März 2026. Der Landkreis Rottal-Inn baut einen neuen Radweg."
    draft = Draft(lang="de")
    assert read_dek_over_dateline([first, opening, *PROSE], draft) == [first, opening, *PROSE]
    assert draft.dek is None
    # A dek read already is not replaced; nor is a subtitle over prose taken.
    draft = Draft(lang="de", dek="Ein Radweg für Gern")
    line = "Die Strecke soll im Herbst 2027 fertig sein – Kosten von 3,1 Millionen Euro"
    assert read_dek_over_dateline([line, opening], draft) == [line, opening]
    assert read_dek_over_dateline([line, *PROSE], Draft(lang="de")) == [line, *PROSE]


def test_a_sentence_over_the_writer_s_name_and_role_is_the_dek():
    blocks = [
        "Het kabinet belooft al twee jaar een oplossing. Nu blijkt die vooral een belofte.",
        "Bart Hoogerwerf, politiek verslaggever",
        *NL_STORY,
    ]
    draft = Draft(lang="nl")
    assert read_dek_over_caption(blocks, 0, draft) == 2
    assert draft.dek == blocks[0]
    assert draft.byline == ["Bart Hoogerwerf"]


@pytest.mark.parametrize(
    "under",
    [
        # A quote's speaker and what they do, a sentence: the story's.
        "Bart Hoogerwerf, die al dertig jaar wethouder is, ziet het anders.",
        # No role after the comma.
        "Bart Hoogerwerf, Den Haag",
    ],
)
def test_a_sentence_over_a_line_that_is_no_writer_s_stays(under):
    blocks = ["Het kabinet belooft al twee jaar een oplossing voor de gaten.", under, *NL_STORY]
    draft = Draft(lang="nl")
    assert read_dek_over_caption(blocks, 0, draft) == 0
    assert draft.byline == []


def test_a_sentence_under_the_lead_photo_s_credit_over_the_story_is_its_caption():
    blocks = [
        "Foto: Liepājas HK / Matīss Ozols",
        '"Liepājas" hokejisti svin uzvaras vārtus pagarinājumā.',
        *NL_STORY,
    ]
    draft = Draft(lang="lv")
    assert read_dek_over_caption(blocks, 1, draft) == 2
    assert ("captions and credits", blocks[1]) in draft.removed


OBITUARY = (
    "Vai al contenuto\nL'ECO DI BERGAMO\nAbbonati\nAccedi\nCronaca\nPolitica\nEconomia\n"
    "Bergamo Città\nMartedì 14 Gennaio 2025\n"
    "Addio a Gino Ravasio, per sessant'anni il fornaio di Città Alta\n"
    "Aveva 89 anni. Il suo forno in via Gombito era una tappa obbligata per generazioni di "
    "bergamaschi e turisti: «Il pane si fa di notte, ma si vende di giorno parlando con la "
    "gente»\n"
    "Marta Pesenti\n"
    "{under}\n"
    "Città Alta ha perso uno dei suoi volti più conosciuti. È morto domenica sera "
    "all'ospedale, dove era ricoverato da una settimana, Gino Ravasio. Aveva 89 anni.\n"
    "Nato a Sorisole nel 1935, aveva imparato il mestiere a quattordici anni nella bottega "
    "di uno zio a Borgo Santa Caterina, e non aveva più lasciato il forno.\n"
)


def test_a_standfirst_over_the_writer_over_the_photo_s_caption() -> None:
    under = "Gino Ravasio davanti al suo forno di via Gombito nel 2016 (Foto Bedolis)"
    article = parse_text(OBITUARY.format(under=under), lang="it")
    assert article.dek is not None and article.dek.startswith("Aveva 89 anni.")
    assert article.byline == ("Marta Pesenti",)
    assert article.body.startswith("Città Alta ha perso")


def test_a_name_over_a_table_s_title_makes_no_standfirst() -> None:
    under = "Classifica finale del campionato dopo 36 gare:"
    article = parse_text(OBITUARY.format(under=under), lang="it")
    assert article.dek is None
