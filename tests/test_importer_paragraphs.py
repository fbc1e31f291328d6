"""The body's edges (tearsheet.paragraphs): captions beside their credits, on copied pages."""

from __future__ import annotations

import pytest

from copiedtexts import MENU, PROSE
from tearsheet.captions import caption_indices, is_photo_credit
from tearsheet.paragraphs import drop_clutter
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft
from tearsheet.storynotes import is_story_note

HEADER = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]


def body_of(text: str) -> list[str]:
    return [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]


@pytest.mark.parametrize("credit", ["Molly Brandt/The Coloradoan", "Jon Berg/Harbour Post"])
def test_a_caption_over_its_credit_goes_with_it(credit):
    caption = "Passengers wait for the last ferry of the day on Monday, March 10, 2025."
    text = "\n\n".join([*HEADER, caption, credit, *PROSE])
    assert body_of(text) == PROSE


@pytest.mark.parametrize("credit", ["Photo: Anna Berg", "Foto: dpa", "Kuva: Petteri Juuti / Yle"])
def test_the_line_over_a_labelled_credit_stays(credit):
    # A labelled credit also stands alone under a photo with no caption: the paragraph over
    # it may be the story's own lede, and no text may be lost to a guess (one short
    # sentence over it is the caption: test_a_short_caption_over_its_labelled_credit_goes).
    lede = (
        "Passengers waited for the last ferry of the day on Monday. Some had been at the "
        "quay since noon."
    )
    article = parse_text("\n\n".join([*HEADER, lede, credit, *PROSE]), lang="en")
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body[-len(PROSE) :] == PROSE
    assert lede in (article.dek, *body)  # the story's, or read as the dek under the header


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Hier soll die neue Brücke stehen. Bislang fahren die Autos durch den Ort.",
            "| Bild: Jan Berg",
        ),
        ("Le futur pont vu depuis la rive gauche, lundi matin.", "· Photo : Anne Roux"),
        (
            "Passengers wait for the last ferry of the day on Monday.",
            "| Photo: Ann Lee/Harbour Post",
        ),
    ],
)
def test_a_caption_s_line_broken_before_the_bar_of_its_credit_goes_with_it(caption, credit):
    text = "\n\n".join([*HEADER, caption, credit, *PROSE])
    assert body_of(text) == PROSE


@pytest.mark.parametrize("credit", ["| Foto: Patrick Seeger/dpa", "| Photo: Ann Lee/Harbour Post"])
def test_a_paragraph_over_a_bare_credit_under_the_story_s_prose_stays(credit):
    """Under the story's prose, a bar credit alone stands under a photo with no caption: the
    paragraph over it is the story's (only the lead photo's caption is broken so)."""
    last = "The bridge cost about 6.5 million euros; the state paid half of it."
    text = "\n\n".join([*HEADER, *PROSE, last, credit, PROSE[0]])
    assert body_of(text) == [*PROSE, last, PROSE[0]]


def test_the_short_first_paragraph_under_a_credit_stays():
    # A photo credited without a caption, then the story's short first paragraph.
    lede = "The ferry is coming back to the old harbour."
    text = "\n\n".join([*HEADER, "Foto: Colourbox", lede, *PROSE])
    assert body_of(text) == [lede, *PROSE]


def test_a_line_ending_in_a_colon_over_a_credit_is_no_caption():
    draft = Draft(lang="en")
    lines = ["Here is what the board decided:", "Anna Berg/Harbour Post", PROSE[0]]
    assert caption_indices(lines, draft) == set()


def test_photo_credits_are_lines_of_their_own():
    assert is_photo_credit("Molly Brandt/The Coloradoan")
    assert not is_photo_credit("(sama)")
    assert not is_photo_credit("Photo sessions were held at the school on Tuesday and Friday.")
    assert not is_photo_credit(PROSE[0])


def test_closing_notes_on_the_writer_and_the_column_go_in_any_order():
    notes = [
        "Claire Vautrin est professeure de lettres modernes à Forbach.",
        "Les tribunes publiées dans cette rubrique n'engagent que leurs auteurs.",
    ]
    text = "\n\n".join(
        ["Une tribune sur l'école", "Par Claire Vautrin", "12 mars 2025", *PROSE, *notes]
    )
    assert body_of(text) == PROSE
    text = "\n\n".join([*HEADER, *PROSE, "A autora escreve segundo o novo acordo ortográfico"])
    assert body_of(text) == PROSE


def test_a_closing_paragraph_of_the_story_stays():
    last = "The board will meet again in May, and the terminal should open in 2027."
    assert body_of("\n\n".join([*HEADER, *PROSE, last])) == [*PROSE, last]
    last = "The editors said the views expressed by readers were taken into account in May."
    assert body_of("\n\n".join([*HEADER, *PROSE, last])) == [*PROSE, last]


def test_reader_view_s_reading_time_is_part_of_the_header():
    text = "\n\n".join(["lakad.ph", HEADER[0], "Carlo Villanueva", "7–9 minutes", *PROSE])
    article = parse_text(text, lang="en")
    assert article.headline == HEADER[0]
    assert list(article.byline) == ["Carlo Villanueva"]
    assert body_of(text) == PROSE


def test_a_subheading_between_prose_stays_on_a_whole_page_an_ad_label_over_it_goes():
    text = "\n\n".join(
        [*MENU, *HEADER, PROSE[0], "Advertisement", "Where the road will run", *PROSE[1:]]
    )
    assert body_of(text) == [PROSE[0], "Where the road will run", *PROSE[1:]]


@pytest.mark.parametrize("button", ["Haberin Devamı", "Yazının devamı"])
def test_a_subheading_under_a_button_that_unfolds_the_story_stays(button):
    """Hürriyet's "Haberin Devamı" between the story's paragraphs unfolds the rest of it:
    no box's label, so the short line under it heads the story's next section."""
    text = "\n\n".join([*MENU, *HEADER, PROSE[0], button, "Where the road will run", *PROSE[1:]])
    assert body_of(text) == [PROSE[0], "Where the road will run", *PROSE[1:]]


def test_a_teaser_under_a_read_more_label_is_no_subheading():
    text = "\n\n".join(
        [*MENU, *HEADER, PROSE[0], "Read more", "Ferry fares to rise in spring", *PROSE[1:]]
    )
    assert body_of(text) == PROSE


def test_a_wire_s_reporting_credit_naming_the_writer_stays():
    credit = "(Reporting by Ann Lee; Editing by Tom Berg)"
    assert body_of("\n\n".join([*HEADER, *PROSE, credit])) == [*PROSE, credit]


def test_a_read_also_box_of_several_teasers_inside_the_story_goes_and_the_story_goes_on():
    box = ["Read also", "Ferry fares to rise in spring", "Harbour master retires after 30 years"]
    text = "\n\n".join([*MENU, *HEADER, PROSE[0], *box, *PROSE[1:]])
    assert body_of(text) == PROSE


def test_a_standing_note_over_the_column_goes():
    note = "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdning."
    assert body_of("\n\n".join([*HEADER, note, *PROSE])) == PROSE
    # Under a photo's caption over the story.
    header = [
        "Jalan tol bukan jawaban kemacetan Jakarta",
        "Dimas Prasetyo,",
        "Peneliti Transportasi Perkotaan",
        "Lihat Foto",
    ]
    caption = (
        "Pejalan kaki melintas di trotoar Jalan Sudirman, Jakarta Pusat. "
        "(KOMPAS.com/Garry Lotulung)"
    )
    note = (
        "Artikel ini adalah kolom, seluruh isi dan opini merupakan pandangan pribadi penulis "
        "dan bukan cerminan sikap redaksi Kompas.com."
    )
    story = [
        "Setiap kali kemacetan Jakarta menjadi sorotan, jawaban yang muncul hampir selalu "
        "sama: bangun jalan baru, kata para pejabat kota.",
        "Survei yang kami lakukan pada 2025 terhadap 1.200 penumpang KRL menunjukkan, 62 "
        "persen responden memilih ojek daring untuk jarak pendek.",
    ]
    article = parse_text("\n\n".join([*header, caption, note, *story]), lang="id")
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story
    # Words of such a note inside the story's first paragraph are the story's.
    first = f"{PROSE[0]} The councillor said the views expressed are those of the author."
    assert body_of("\n\n".join([*HEADER, first, *PROSE[1:]]))[0] == first


def test_a_read_also_box_with_a_screen_reader_s_list_marks_does_not_end_the_story():
    box = [
        "Read more",
        "list of 2 items",
        "Ferry fares to rise in spring",
        "Harbour master retires after 30 years",
        "end of list",
    ]
    text = "\n\n".join([*MENU, *HEADER, PROSE[0], *box, *PROSE[1:]])
    assert body_of(text) == PROSE


def test_the_story_goes_on_under_a_caption_and_a_see_also_box():
    box = [
        "Residents leave their homes by boat — Photo: Ann Lee/Harbour Post",
        "SEE ALSO",
        "How to donate to the families hit by the flood",
        "The 2015 flood: the worst in the city's history",
    ]
    text = "\n\n".join([*MENU, *HEADER, PROSE[0], *box, *PROSE[1:]])
    assert body_of(text) == PROSE


def test_a_long_sentence_holding_a_word_of_some_language_s_buttons_stays():
    # "cerca" is Italian for "search"; "cerca de" is Portuguese for "about".
    last = (
        "As famílias estão sendo levadas para 11 escolas municipais. Segundo a Secretaria de "
        "Assistência Social, os abrigos já recebem cerca de 1.200 pessoas."
    )
    text = "\n\n".join([*HEADER, *PROSE, last, "Política de privacidade"])
    assert body_of(text)[-1] == last


def test_a_numbered_subheading_under_a_read_also_box_is_the_story_s():
    box = ["Read also", "Ferry fares to rise in spring, the operator says"]
    text = "\n\n".join(
        [
            *MENU,
            *HEADER,
            PROSE[0],
            "1. The hall",
            PROSE[1],
            *box,
            "2. Where the new road will run",
            PROSE[2],
        ]
    )
    body = [p.replace("\\.", ".") for p in body_of(text)]
    assert body == [PROSE[0], "1. The hall", PROSE[1], "2. Where the new road will run", PROSE[2]]


def test_standing_notes_under_an_interview_and_a_blog_post_go():
    for note in (
        "This interview has been edited for length and clarity.",
        "Rozmowa została zredagowana i skrócona.",
        "Dit bericht bevat affiliate links. Lees mijn disclaimer.",
        "Dette er et debattinnlegg. Innlegget gir uttrykk for skribentens holdning.",
        "Åsikterna i texten är skribentens egna.",
        "Artikel ini adalah kolom, seluruh isi dan opini merupakan pandangan pribadi penulis "
        "dan bukan cerminan sikap redaksi.",
        "Dieser Text wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen und "
        "von der SZ-Redaktion nicht bearbeitet.",
    ):
        assert body_of("\n\n".join([*HEADER, *PROSE, note])) == PROSE, note


def test_a_related_box_inside_the_story_does_not_end_it_one_at_its_end_does():
    box = [
        "Mehr zum Thema",
        "Ferry fares to rise in spring, the operator says",
        "Harbour master retires after thirty years at the port",
    ]
    more = [
        "The second phase of the works will add a car park for four hundred vehicles and a "
        "bus station, which the board expects to open a year after the terminal itself.",
        "Local businesses welcomed the decision, saying the terminal would bring thousands of "
        "visitors to the old quarter every summer and keep the harbour busy in winter.",
    ]
    inside = "\n\n".join([*MENU, *HEADER, *PROSE, *box, *more])
    assert body_of(inside) == [*PROSE, *more]
    # The box's last line, shorter than its teasers, right over the story: a subheading.
    inside = "\n\n".join([*MENU, *HEADER, *PROSE, *box, "The second phase", *more])
    assert body_of(inside) == [*PROSE, "The second phase", *more]
    footer = ["© 2025 Harbour Post", "Privacy", "Terms"]
    at_end = "\n\n".join([*MENU, *HEADER, *PROSE, *box, *footer])
    assert body_of(at_end) == PROSE


def test_under_a_read_also_box_the_story_goes_on_with_its_subheadings():
    from tearsheet.trailer import end_of_body

    after = (
        "Second, the operator will add a night ferry to the islands, which residents have "
        "asked for since the old service was cut, the council said in its report."
    )
    later = (
        "The board will meet again in May to choose the builder, and the first ships should "
        "call at the new terminal in the summer of 2027, the harbour master said."
    )
    blocks = [
        *PROSE,
        "Read also",
        "Ferry fares to rise in spring, the operator says",
        after,
        "What comes next",
        later,
        "Share this article",
        "© 2025 Harbour Post",
    ]
    # The zones' prose run ends over the box (as on a page whose later paragraphs the
    # context rules took for boilerplate); the story's end is found past it.
    classes = ["good"] * 3 + ["bad"] * 7
    assert end_of_body(blocks, classes, 0, 3) == 8  # up to the share button


def test_a_letter_s_greeting_opening_the_body_stays_in_it():
    # bench/WRITING-SETS.md: a newsletter's greeting and sign-off are the writer's text.
    text = "\n\n".join([*HEADER, "Bonjour à toutes et à tous,", *PROSE])
    assert body_of(text) == ["Bonjour à toutes et à tous,", *PROSE]


@pytest.mark.parametrize(
    ("lang", "label", "teaser", "kept"),
    [
        ("de", "Lesen Sie auch", "Pendler in der Region: Bahn kündigt Ersatzbusse an", None),
        ("es", "Mirá también", "Adiós a una voz del tango: murió la cantante a los 71", None),
        ("es", "Más información", "Los embalses ganan en un mes el agua de un año", None),
        # An interview's question after the box is the story's.
        ("es", "Mirá también", "—¿Cuál fue la mayor dificultad del rodaje?", "—¿Cuál"),
    ],
)
def test_a_teaser_under_a_read_also_label_goes(lang, label, teaser, kept):
    story = PROSE[0]
    after = "Die Bahn wies die Kritik zurück und nannte den Streik unverhältnismäßig und schädlich."
    text = (
        f"Headline of the story here\n\n2024-03-05\n\n{story}\n\n{label}\n\n{teaser}\n\n{after}\n"
    )
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert label not in body
    assert body[-1] == after
    assert (teaser in body) is (kept is not None)


GERMAN = [
    "Ab sofort stehen in der Stadt Zürich zwölf weitere öffentlich zugängliche kühle Räume zur "
    "Verfügung, in denen sich die Bevölkerung an heissen Tagen aufhalten kann.",
    "Die Stadt reagiert damit auf die Erfahrungen der vergangenen Sommer, in denen die Zahl der "
    "Hitzetage stark gestiegen ist und viele ältere Menschen allein zu Hause blieben.",
]
INDONESIAN = [
    "PT Kereta Api Indonesia (Persero) menyiapkan lebih dari tiga juta kursi kereta api untuk "
    "masa angkutan Natal dan Tahun Baru yang berlangsung mulai pertengahan Desember.",
    "Menurut perusahaan, tiket yang telah terjual hingga hari Senin sudah mencapai lebih dari "
    "satu juta kursi dan jumlah itu diperkirakan akan terus bertambah.",
]
SECTIONS = [
    # A subheading over a list of sentences, then the story's last sentence.
    (
        "de",
        GERMAN,
        "«Niemand soll an heissen Tagen allein in einer überhitzten Wohnung ausharren müssen», "
        "sagt Stadtrat Andreas Hauri, Vorsteher des Gesundheitsdepartements.",
        [
            "Tipps für heisse Tage",
            "Viel trinken, auch ohne Durst.",
            "Wohnung tagsüber abdunkeln und nachts lüften.",
            "Auf Nachbarinnen und Nachbarn achten, die allein leben.",
        ],
        "Eine Karte mit allen kühlen Orten ist unter stadt-zuerich.ch/hitze abrufbar, zudem bietet "
        "die Stadt an Hitzetagen einen telefonischen Besuchsdienst an.",
    ),
    # A lead-in with a colon over bulleted items, then the story going on.
    (
        "id",
        INDONESIAN,
        "Untuk mengantisipasi lonjakan penumpang, KAI mengoperasikan 48 perjalanan kereta "
        "tambahan, antara lain:",
        [
            "• 22 perjalanan dari Daop 1 Jakarta",
            "• 10 perjalanan dari Daop 4 Semarang",
            "• 16 perjalanan dari Daop 8 Surabaya",
        ],
        "Tanggal keberangkatan favorit antara lain 24 Desember dan 31 Desember, dan KAI juga "
        "menyiagakan ribuan petugas pengamanan serta posko kesehatan di stasiun besar.",
    ),
]
FOOTER = ["Weitere Informationen", "Kontakt", "Impressum", "Datenschutz", "© Stadt Zürich"]


@pytest.mark.parametrize(("lang", "story", "before", "section", "after"), SECTIONS)
def test_a_section_after_the_prose_run_is_the_story_s(lang, story, before, section, after):
    text = "\n".join(
        [
            *MENU,
            "Medienmitteilung",
            "24.06.2025",
            "Kühle Orte für Hitzetage",
            *story,
            before,
            *section,
            after,
            *FOOTER,
        ]
    )
    body = [p.strip() for p in parse_text(text + "\n", lang=lang).body.split("\n\n") if p.strip()]
    assert body[-len(section) - 1 :] == [*section, after]


def test_an_about_box_under_the_story_is_no_section():
    text = "\n".join(
        [
            *MENU,
            "Medienmitteilung",
            "24.06.2025",
            "Kühle Orte für Hitzetage",
            *GERMAN,
            "Über uns",
            "Der Zoo Leipzig gehört zu den ältesten Zoos Deutschlands.",
            *FOOTER,
        ]
    )
    body = parse_text(text + "\n", lang="de").body
    assert "Über uns" not in body and body.rstrip().endswith("allein zu Hause blieben.")


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        (
            "pt",
            [
                "A autora escreve segundo o acordo ortográfico de 1945",
                "Professora do ensino secundário e investigadora em Ciências da Educação",
            ],
        ),
        (
            "en",
            [
                "Thabo Mokoena is an energy analyst based in Johannesburg.",
                "Disclaimer: News24 encourages freedom of speech and the expression of diverse "
                "views. The views of columnists published on News24 are therefore their own.",
            ],
        ),
    ],
)
def test_notes_on_the_writer_and_a_role_line_under_them_go(lang, notes):
    author = "Thabo Mokoena" if lang == "en" else "Teresa Vasconcelos"
    story = PROSE if lang == "en" else PORTUGUESE
    text = "\n\n".join(["Headline of the column", f"By {author}", "2025-09-16", *story, *notes])
    body = [p.strip() for p in parse_text(text + "\n", lang=lang).body.split("\n\n") if p.strip()]
    assert body[-1] == story[-1]


PORTUGUESE = [
    "O ano lectivo começou esta semana e, como nos últimos cinco, começou com milhares de alunos "
    "sem professor a pelo menos uma disciplina, dizem os directores das escolas.",
    "Durante duas décadas tornámos a profissão mais precária, mais burocrática e mais mal paga, "
    "e depois surpreendemo-nos por os jovens não a quererem.",
]


@pytest.mark.parametrize(
    "lines",
    [
        ["Link másolása"],
        ["Wartende vor dem Bürgeramt in Berlin-Neukölln", "Zur Merkliste hinzufügen"],
        ["Оновлено о 11:42", "ОНОВЛЕНО"],
    ],
)
def test_short_lines_over_the_story_s_first_sentence_go(lines):
    text = "\n\n".join([*HEADER, *lines, *PROSE])
    assert body_of(text) == PROSE


@pytest.mark.parametrize("opening", ["Hi friends,", "The council listed three options:"])
def test_a_salutation_or_a_lead_in_over_the_story_stays(opening):
    text = "\n\n".join([*HEADER, opening, *PROSE])
    assert body_of(text)[0] == opening


def test_an_epigraph_over_the_story_stays():
    epigraph = ["“Not all those who wander are lost”", "— J.R.R. Tolkien"]
    text = "\n\n".join([*HEADER, *epigraph, *PROSE])
    assert body_of(text)[:2] == epigraph


def test_the_writer_s_bio_over_a_disclaimer_and_a_call_to_follow_goes():
    notes = [
        "Ann Lee is a transport planner and researcher at a policy institute in Jakarta.",
        "This article is the writer's personal opinion.",
        "Follow our breaking news on your phone.",
    ]
    text = "\n\n".join([*HEADER, *PROSE, *notes])
    assert body_of(text) == PROSE


def test_a_paragraph_naming_the_writer_over_the_story_s_long_ending_stays():
    ending = PROSE[0] + " " + PROSE[1]
    named = "Ann Lee asked the harbour board why the plans had taken two years to approve."
    text = "\n\n".join([*HEADER, *PROSE, named, ending])
    assert body_of(text)[-2:] == [named, ending]


THAI = [
    "สถานการณ์ฝุ่นละออง PM2.5 ในจังหวัดเชียงใหม่ยังอยู่ในขั้นวิกฤต เช้าวันนี้ค่าฝุ่นเฉลี่ยในเขตอำเภอเมืองสูงถึง "
    "214 ไมโครกรัมต่อลูกบาศก์เมตร เกินค่ามาตรฐานหลายเท่า",
    "เจ้าหน้าที่ระบุว่า สาเหตุหลักมาจากการเผาในที่โล่งทั้งในพื้นที่และประเทศเพื่อนบ้าน "
    "ประกอบกับสภาพอากาศปิดทำให้ฝุ่นสะสมตัวในแอ่งเชียงใหม่",
]


@pytest.mark.parametrize(
    ("teaser", "kept"),
    [
        ("จุดความร้อนภาคเหนือพุ่ง ดาวเทียมพบกว่า 2,000 จุด", False),
        # A long line under the label is the story's next paragraph.
        (THAI[1].replace("เจ้าหน้าที่", "นายแพทย์"), True),
    ],
)
def test_a_teaser_in_a_script_without_full_stops_under_a_label_goes(teaser, kept):
    headline = "ฝุ่นเชียงใหม่วิกฤต ค่า PM2.5 สูงสุดในประเทศ"
    text = "\n\n".join([headline, "2026-03-05", THAI[0], "ข่าวที่เกี่ยวข้อง", teaser, THAI[1]])
    body = [p.strip() for p in parse_text(text, lang="th").body.split("\n\n") if p.strip()]
    assert "ข่าวที่เกี่ยวข้อง" not in body
    assert body[0] == THAI[0] and body[-1] == THAI[1]
    assert (teaser in body) is kept


@pytest.mark.parametrize(
    ("said", "pulled", "lang"),
    [
        (
            "“It feels wrong not to,” she told me. “Somebody did this every day for a hundred "
            "years.” She climbs the tower at dawn.",
            "“It feels wrong not to. Somebody did this every day for a hundred years.”",
            "en",
        ),
        (
            "„Wir haben das Teil im Januar bestellt“, sagte Baudezernent Arno Kühl am Dienstag. "
            "„Geliefert werden sollte es im April, jetzt ist Ende Juni zugesagt.“",
            "„Wir haben das Teil im Januar bestellt. Geliefert werden sollte es im April.“",
            "de",
        ),
        (
            "«On ne peut pas laisser les phares mourir», explique Yann Quéméner, qui y retourne "
            "chaque printemps. «Ils ont sauvé trop de vies.»",
            "«On ne peut pas laisser les phares mourir. Ils ont sauvé trop de vies.»",
            "fr",
        ),
    ],
)
def test_a_pull_quote_that_drops_the_attribution_leaves_the_body(said, pulled, lang):
    later = PROSE[1]
    text = "\n\n".join([*HEADER, PROSE[0], said, pulled, later])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert pulled not in body
    assert said in body and later in body


def test_a_quotation_that_says_more_than_the_paragraph_before_it_stays():
    said = "“We will reopen the pool in July,” the mayor said on Tuesday evening at the meeting."
    other = "“We will reopen the pool in July, and the season tickets will be extended to August.”"
    text = "\n\n".join([*HEADER, PROSE[0], said, other, PROSE[1]])
    assert other in body_of(text)


@pytest.mark.parametrize(
    ("lang", "mark", "teaser"),
    [
        ("no", "VG+", "Derfor blir Glimt bare bedre og bedre – eksperten forklarer"),
        ("de", "Z+", "Wohnungsmarkt: Warum die Mieten in Mittelstädten steigen"),
        ("en", "FT Premium", "The quiet collapse of the regional bus network"),
    ],
)
def test_a_paid_article_s_teaser_under_its_mark_goes(lang, mark, teaser):
    text = "\n\n".join([*HEADER, PROSE[0], mark, teaser, PROSE[1]])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == PROSE[:2]


def test_a_paid_mark_over_the_story_leaves_its_first_paragraph():
    text = "\n\n".join([*HEADER, "Plus-artikel", *PROSE])
    assert body_of(text) == PROSE


@pytest.mark.parametrize(
    ("lang", "button"),
    [
        ("ka", "გაზიარება"),
        ("hy", "Մեկնաբանություններ (12)"),
        ("kk", "Жарнама"),
        ("ml", "പരസ്യം"),
        ("am", "ማስታወቂያ"),
        ("zu", "Yabelana"),
        ("ur", "تبصرے"),
        ("az", "Abunə ol"),
    ],
)
def test_a_button_of_the_page_in_a_rarer_language_leaves_the_story(lang, button):
    text = "\n\n".join([*HEADER, PROSE[0], button, PROSE[1]])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == PROSE[:2]


LIVE = [
    "Według najnowszych danych energetyków bez prądu pozostaje jeszcze około 38 tysięcy "
    "odbiorców, głównie w województwach wielkopolskim i łódzkim.",
    "Rzecznik Państwowej Straży Pożarnej poinformował, że od wtorkowego popołudnia strażacy "
    "interweniowali ponad 2400 razy, najczęściej przy powalonych drzewach.",
    "Instytut Meteorologii i Gospodarki Wodnej wydał ostrzeżenia trzeciego stopnia przed "
    "burzami z gradem dla czterech województw na zachodzie kraju.",
]


@pytest.mark.parametrize(
    "marks",
    [
        ["AKTUALIZACJA, godz. 12.15", "AKTUALIZACJA, godz. 9.30", "AKTUALIZACJA, godz. 7.05"],
        ["UPDATE 3.45pm", "UPDATE 11.20am", "UPDATE 9.05am"],
        ["Ore 19.10", "Ore 18.04", "Ore 16.30"],
    ],
)
def test_a_live_story_s_first_entry_heading_stays(marks):
    header = ["Nawałnice nad Polską. Tysiące odbiorców bez prądu", "Autor: Anna Nowak"]
    entries = [part for pair in zip(marks, LIVE, strict=True) for part in pair]
    text = "\n".join([*header, "Opublikowano: 22.07.2026 06:40", *entries])
    body = [p.strip() for p in parse_text(text, lang="pl").body.split("\n\n") if p.strip()]
    assert body == entries


def test_a_photo_counter_over_the_story_goes():
    text = "\n\n".join([*HEADER, "Foto 1 von 5", *PROSE])
    assert body_of(text) == PROSE


BARE_LISTS = [
    (
        "de",
        "Unvollständige Unterlagen sind der häufigste Grund für Verzögerungen. Die Ämter raten:",
        [
            "Einkommensnachweise der letzten zwölf Monate beilegen",
            "den Mietvertrag und die Nebenkostenabrechnung mitschicken",
            "bei Rückfragen innerhalb von zwei Wochen antworten",
        ],
        "Das Bauministerium verweist auf die Länder. Man prüfe aber, ob der Bund eine gemeinsame "
        "Software finanzieren könne, hieß es aus Berlin.",
        ["Anzeige", "Kontakt"],
    ),
    (
        "en",
        "Before heading to a centre, residents are asked to bring a few things with them:",
        ["a refillable water bottle", "any medication needed during the day", "a photo ID card"],
        "The centres are open from 10am to 8pm on days when the temperature is forecast to pass "
        "32 degrees, the council said in a statement.",
        ["Advertisement", "Contact us"],
    ),
]


@pytest.mark.parametrize(("lang", "lead_in", "items", "after", "labels"), BARE_LISTS)
def test_items_without_marks_or_stops_under_a_lead_in_stay_with_the_prose_under_them(
    lang, lead_in, items, after, labels
):
    # Under an advertisement's label the list's items, neither marked nor stopped, read as
    # the footer's labels and took the story's last paragraph into the trailer with them.
    story = " ".join(GERMAN if lang == "de" else PROSE[:2])  # one long paragraph over the box
    text = "\n".join(["Kühle Orte für Hitzetage", story, labels[0], lead_in, *items, after])
    body = [p.strip() for p in parse_text(f"{text}\n{labels[1]}\n", lang=lang).body.split("\n\n")]
    assert body[-len(items) - 2 :] == [lead_in, *items, after]


def test_a_teaser_box_under_a_label_with_a_colon_is_no_list():
    text = "\n".join(
        [
            "Kühle Orte für Hitzetage",
            "24.06.2025",
            *GERMAN,
            "Mehr zum Thema:",
            "Hitzewelle: Was Sie jetzt wissen müssen",
            "Klimaanlagen im Test",
            "So schützen Sie Ihre Haustiere",
            "Kommentare",
        ]
    )
    body = parse_text(text + "\n", lang="de").body
    assert "Klimaanlagen im Test" not in body and body.rstrip().endswith(GERMAN[1])


@pytest.mark.parametrize("separator", ["___", "* * *", "---", "•••", "~~~", "＊＊＊"])
def test_a_separator_between_the_story_s_parts_goes(separator):
    text = "\n\n".join([*HEADER, PROSE[0], separator, *PROSE[1:]])
    assert body_of(text) == PROSE


@pytest.mark.parametrize("line", ["3", "1.", "§ 12", "_Note_", "A."])
def test_a_short_line_with_a_letter_or_digit_is_no_separator(line):
    draft = Draft(lang="en")
    assert drop_clutter([PROSE[0], line, PROSE[1]], draft) == [PROSE[0], line, PROSE[1]]


@pytest.mark.parametrize(
    "note",
    [
        "This story was updated to correct the year the terminal opened.",
        "Correction: An earlier version of this article gave the wrong number of berths.",
        "Editor's note: The board's chair is a shareholder of the ferry company.",
    ],
)
def test_a_correction_under_the_writer_s_contact_line_stays(note):
    contact = "Contact Ann Lee at alee@harbourpost.example."
    text = "\n\n".join([*HEADER, *PROSE, contact, note])
    assert body_of(text) == [*PROSE, note]


@pytest.mark.parametrize(
    "note",
    [
        "Korrektur: In einer früheren Version hieß es, das Terminal habe drei Anleger.",
        "Rectificatif : une précédente version de cet article donnait un mauvais chiffre.",
        "Fe de errores: una versión anterior de esta nota citaba mal la fecha.",
        "Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę.",
        "Nota da redação: este texto foi atualizado às 18h.",
    ],
)
def test_a_correction_in_other_languages_is_a_story_note(note):
    assert is_story_note(note)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee covers transport for the Harbour Post.",
        "Updates on the terminal are posted every week on the board's website.",
        "The correction of the plans took the board two more years.",
    ],
)
def test_a_bio_or_prose_is_no_story_note(line):
    assert not is_story_note(line)


def test_the_bio_over_a_correction_goes_and_the_correction_stays():
    bio = "Ann Lee is a transport reporter at the Harbour Post."
    note = "Correction: An earlier version of this story misspelled the board chair's name."
    text = "\n\n".join([*HEADER, *PROSE, bio, note])
    assert body_of(text) == [*PROSE, note]


@pytest.mark.parametrize(
    ("box", "description"),
    [
        (
            ["Subscribe to Shelf Life", "Launched 3 years ago", "Type your email..."],
            "Notes from a small bookshop on the Welsh border.",
        ),
        (
            ["Subscribe to Café Noir", "Votre adresse e-mail"],
            "Un café, une histoire, chaque lundi.",
        ),
        (["Subscribe to Ostseeblick", "Ihre E-Mail-Adresse"], "Jeden Freitag das Wichtigste."),
        (["Subscribe to Rozmowy", "Wpisz swój adres e-mail"], "Co tydzień jedna rozmowa."),
    ],
)
def test_a_subscribe_box_s_line_on_the_newsletter_goes_with_it(box, description):
    described = [*box[:-1], description, box[-1]]
    text = "\n\n".join([*HEADER, PROSE[0], *described, *PROSE[1:]])
    assert body_of(text) == PROSE


def test_a_short_paragraph_after_a_sign_up_line_stays_when_prose_follows():
    short = "The board did not say what the terminal will cost."
    text = "\n\n".join([*HEADER, PROSE[0], "Subscribe to Harbour Notes", short, *PROSE[1:]])
    assert body_of(text) == [PROSE[0], short, *PROSE[1:]]


@pytest.mark.parametrize(
    ("placeholder", "lang"),
    [
        ("[연합뉴스 배너]", "ko"),
        ("[Anzeige]", "de"),
        ("[ Advertisement ]", "en"),
        ("[Publicité]", "fr"),
    ],
)
def test_a_placeholder_in_brackets_between_paragraphs_goes(placeholder, lang):
    draft = Draft(lang=lang)
    assert drop_clutter([PROSE[0], placeholder, PROSE[1]], draft) == PROSE[:2]
    assert placeholder in [text for _reason, text in draft.removed]


@pytest.mark.parametrize(
    "line",
    [
        "[Update: The council voted five to two on Tuesday evening.]",
        "[Gallery of the old harbour and its ferries]",
        "[Aktualisiert am Dienstag.]",
    ],
)
def test_a_bracketed_sentence_or_a_longer_line_stays(line):
    draft = Draft(lang="en")
    assert drop_clutter([PROSE[0], line, PROSE[1]], draft) == [PROSE[0], line, PROSE[1]]


# A story on a whole copied page, with a subheading between its paragraphs, in three
# languages: its paragraphs, a subheading, and a later paragraph for under a box.
_SECTIONED = {
    "it": (
        [
            "Il consiglio comunale ha approvato martedì il nuovo piano dei trasporti, che "
            "prevede tre linee di autobus elettrici entro la fine del prossimo anno.",
            "Le nuove linee collegheranno la stazione con l'ospedale e con i quartieri a nord "
            "del fiume, dove oggi passa un autobus ogni quaranta minuti.",
            "Il costo dei lavori sarà coperto in gran parte dai fondi europei, ha spiegato "
            "l'assessore, che conta di aprire i cantieri già in primavera.",
        ],
        "Chi paga i lavori",
        "Leggi anche",
        "Perché in città si prende sempre meno l'autobus la sera",
        "Orari e biglietti",
        "Gli orari saranno estesi fino a mezzanotte nei fine settimana, e il biglietto "
        "resterà allo stesso prezzo per almeno due anni, ha assicurato il sindaco.",
    ),
    "hi": (
        [
            "नगर निगम ने मंगलवार को शहर में तीन नई इलेक्ट्रिक बस लाइनें शुरू करने की योजना को "
            "मंजूरी दे दी। अधिकारियों के अनुसार पहली बस अगले साल की शुरुआत में चलेगी।",
            "नई लाइनें रेलवे स्टेशन को अस्पताल और नदी के उत्तर के मोहल्लों से जोड़ेंगी, जहां आज "
            "हर चालीस मिनट में एक बस आती है।",
            "काम का ज्यादातर खर्च राज्य सरकार उठाएगी, निगम आयुक्त ने बताया कि निर्माण का काम "
            "बारिश के बाद शुरू होगा।",
        ],
        "खर्च कौन उठाएगा",
        "ये भी पढ़ें",
        "शहर में शाम को बसों में यात्रियों की संख्या लगातार घट रही है, नई रिपोर्ट",
        "किराया और समय",
        "सप्ताहांत में बसें आधी रात तक चलेंगी और किराया कम से कम दो साल तक नहीं बढ़ेगा, "
        "महापौर ने यह भरोसा दिलाया।",
    ),
    "de": (
        [
            "Der Gemeinderat hat am Dienstag den neuen Nahverkehrsplan beschlossen. Bis Ende "
            "des kommenden Jahres sollen drei Linien mit Elektrobussen zwischen dem Bahnhof, "
            "dem Klinikum und den nördlichen Stadtteilen fahren.",
            "In den Vierteln nördlich des Flusses kommt heute nur alle vierzig Minuten ein "
            "Bus, am Abend fährt nach neun Uhr gar keiner mehr, klagen die Anwohner seit "
            "Jahren.",
            "Die Kosten der Umbauten trägt zum größten Teil das Land, sagte der Bürgermeister, "
            "der mit den Arbeiten an den Haltestellen schon im Frühjahr beginnen will.",
        ],
        "Was die Stadt plant",
        "Lesen Sie auch",
        "Warum abends immer weniger Menschen den Bus nehmen",
        "Höhere Preise für Pendler",
        "Die Monatskarte wird im Sommer um vier Euro teurer, das Sozialticket bleibt nach "
        "dem Beschluss des Rates aber für mindestens zwei Jahre beim bisherigen Preis.",
    ),
    "en": (
        PROSE,
        "Who pays for the works",
        "Read also",
        "Why fewer people take the evening ferry, and what the board plans to do",
        "Fares and timetables",
        "The ferries will run until midnight at weekends, and fares will stay at the same "
        "level for at least two years, the harbour master promised residents.",
    ),
}


# Between the header and the story, a whole page's furniture: a button, a caption, a list.
_GAP = [
    "Share",
    "The new terminal seen from the harbour wall on Monday morning",
    "Most read",
    "Listen",
]


def _sectioned_page(lang: str, under_box: list[str]) -> tuple[str, list[str]]:
    prose, section, label, teaser, _, later = _SECTIONED[lang]
    story = [prose[0], section, prose[1], prose[2]]
    blocks = [*MENU, *HEADER, *_GAP, *story, label, teaser, *under_box, later, "© 2025"]
    return "\n\n".join(blocks), story


@pytest.mark.parametrize("lang", ["it", "hi", "en", "de"])
def test_a_subheading_under_a_one_teaser_box_on_a_whole_page_is_the_story_s(lang):
    """German capitalises its nouns: its subheading is in no title case ("Höhere Preise für
    Pendler" under "Was die Stadt plant")."""
    subheading, later = _SECTIONED[lang][4], _SECTIONED[lang][5]
    text, story = _sectioned_page(lang, [subheading])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == [*story, subheading, later]


def test_a_box_s_second_teaser_in_title_case_is_no_subheading_among_sentence_case_ones():
    text, story = _sectioned_page("en", ["What the Harbour Remembers"])
    assert body_of(text) == [*story, _SECTIONED["en"][5]]


def test_a_short_line_under_a_box_is_no_subheading_where_the_story_has_none():
    # (More than a third of the teaser's words: a line a third as long is the story's.)
    blocks = [*MENU, *HEADER, *_GAP, *PROSE, "Read also", "Ferry fares to rise again"]
    text = "\n\n".join([*blocks, "Harbour news", _SECTIONED["en"][5], "© 2025 Harbour Post"])
    assert body_of(text) == [*PROSE, _SECTIONED["en"][5]]


def test_a_teaser_s_byline_under_the_box_is_no_subheading():
    text, story = _sectioned_page("en", ["By Ann Lee"])
    assert body_of(text) == [*story, _SECTIONED["en"][5]]


def test_a_subheading_under_a_box_a_screen_reader_s_end_of_list_closes_is_the_story_s():
    box = [
        "اقرأ أيضا",
        "list of 2 items",
        "list 1 of 2",
        "ارتفاع أسعار الخبز في الأسواق المحلية للشهر الثالث على التوالي",
        "list 2 of 2",
        "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات الجنوبية",
        "end of list",
    ]
    prose = [
        "أعلنت وزارة النقل أمس عن خطة لتشغيل ثلاثة خطوط جديدة للحافلات الكهربائية في العاصمة "
        "قبل نهاية العام المقبل، بتكلفة تقارب مئتي مليون دولار.",
        "وقال المتحدث باسم الوزارة إن الخطوط الجديدة ستربط محطة القطار بالمستشفى وبالأحياء "
        "الشمالية، حيث تمر اليوم حافلة واحدة كل أربعين دقيقة.",
        "ويشكو السكان منذ سنوات من الازدحام في ساعات الذروة، ويضطر كثير منهم إلى استخدام "
        "سيارات الأجرة بأسعار مرتفعة للوصول إلى أعمالهم.",
    ]
    text = "\n\n".join(
        [*MENU, *HEADER, *_GAP, prose[0], prose[1], *box, "أزمة قديمة", prose[2], "© 2025"]
    )
    body = [p.strip() for p in parse_text(text, lang="ar").body.split("\n\n") if p.strip()]
    assert body == [prose[0], prose[1], "أزمة قديمة", prose[2]]


@pytest.mark.parametrize(
    ("lang", "label", "teasers", "story"),
    [
        (
            "de",
            "Das könnte Sie auch interessieren",
            ["Neues Hallenbad am Stadtpark eröffnet", "Kreisel an Hauptstraße kommt"],
            [
                "Der Gemeinderat hat am Dienstag den Bau des neuen Fährterminals beschlossen, "
                "die Arbeiten sollen im Herbst beginnen.",
                "Die Anwohner der Altstadt hatten verlangt, den Verkehr aus ihren Straßen "
                "herauszuhalten, und der Rat stimmte einer neuen Zufahrt zu.",
            ],
        ),
        (
            "nl",
            "Dit vind je misschien ook interessant",
            ["Nieuw zwembad in het stadspark geopend", "Rotonde aan Dorpsstraat komt er"],
            [
                "De gemeenteraad heeft dinsdag besloten de nieuwe veerterminal te bouwen, de "
                "werken beginnen in het najaar, zeiden ambtenaren.",
                "Bewoners van de oude wijk hadden gevraagd het verkeer uit hun straten te "
                "houden, en de raad stemde in met een nieuwe toegangsweg.",
            ],
        ),
    ],
)
def test_a_related_box_s_long_label_takes_its_teasers_with_it(lang, label, teasers, story):
    # The box's label has more than a kicker's words; its last teaser is a word shorter
    # than the one over it, in a story with no subheading: a teaser, no subheading.
    paragraphs = [story[0], label, *teasers, story[1]]
    assert drop_clutter(paragraphs, Draft(lang=lang)) == story


@pytest.mark.parametrize(
    ("box", "subheading"),
    [
        (["Read also", "Ferry fares to rise in spring as the operator raises prices"], "Reactions"),
        (
            [
                "Read also",
                "Ferry fares to rise in spring, the operator says",
                "Harbour master retires after thirty years at the port",
            ],
            "Next steps",
        ),
    ],
)
def test_a_subheading_a_third_as_long_as_the_teasers_over_it_is_the_story_s(box, subheading):
    # On a whole page, in a story with no other subheading: no teaser is that short.
    text = "\n\n".join([*MENU, *HEADER, *_GAP, PROSE[0], PROSE[1], *box, subheading, PROSE[2]])
    assert body_of(text) == [PROSE[0], PROSE[1], subheading, PROSE[2]]


WIRE_LEAD = (
    "Die Lokführergewerkschaft hat ab Donnerstag zu einem zweitägigen Streik im Fern- und "
    "Regionalverkehr aufgerufen. (dpa)"
)
WIRE_STORY = [
    "Betroffen seien alle Verbindungen der Deutschen Bahn, teilte die Gewerkschaft am "
    "Mittwoch mit. Reisende sollten ihre Fahrten verschieben.",
    "Die Bahn kündigte einen Notfahrplan an, der etwa ein Fünftel der Fernzüge vorsieht.",
]


@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_paragraph_closed_by_an_agency_in_brackets_stays(at):
    # "… aufgerufen. (dpa)": a wire credit closing the story's own paragraph, first, in the
    # middle or last; the story is no photo's caption and no headline.
    story = [*WIRE_STORY[:at], WIRE_LEAD, *WIRE_STORY[at:]]
    header = ["Bahnstreik legt Fernverkehr lahm", "Von Anna Berg", "12.03.2026"]
    article = parse_text("\n\n".join([*header, *story]), lang="de")
    assert article.headline == "Bahnstreik legt Fernverkehr lahm"
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


@pytest.mark.parametrize("credit", ["(EFE)", "(Foto: Jan Nowak)", "(AP)"])
def test_a_sentence_closed_by_a_credit_over_the_story_s_dateline_is_a_caption(credit):
    # A whole page: the gallery's first caption, closed by its credit, over the story that
    # opens with its dateline.
    caption = f"Un grupo de pasajeros espera el autobús en la central de Saltillo. {credit}"
    page = [
        *["Diario del Norte", "Inicio", "Saltillo", "Torreón", "Nacional", "Internacional"],
        *["Deportes", "Síguenos", "Nacional", "EFE"],
        "Saltillo estrena rutas de autobús eléctrico en el centro",
        "Las tres líneas nuevas cubrirán 42 kilómetros y tendrán una tarifa de 12 pesos.",
        "JUEVES 26 DE NOVIEMBRE DE 2026 | Hace 3 horas",
        *["GALERÍA", "1 / 4", caption],
        "Saltillo, Coahuila.- El Gobierno municipal presentó este jueves las tres primeras "
        "rutas de autobús eléctrico, que empezarán a circular el lunes en el centro.",
        "Las unidades tienen una autonomía de 250 kilómetros y se cargarán durante la noche "
        "en el patio del antiguo rastro municipal.",
        "La alcaldesa dijo que el sistema se ampliará a otras siete rutas el próximo año.",
        *["TE PUEDE INTERESAR", "Coahuila registra la madrugada más fría del año"],
    ]
    article = parse_text("\n".join(page))
    assert article.dateline == "Saltillo, Coahuila"
    assert article.body.startswith("El Gobierno municipal")
    assert ("captions and credits", caption) in article.removed


def test_a_line_naming_no_topic_under_teasers_that_each_name_one_is_a_subheading():
    """ "Read also" / "Fares: Why …" / "Harbour: What …" / "Costs for residents": every
    teaser opens with its topic and a colon; the shorter line under them names none and is
    the story's subheading, not a third teaser, though nearly as many words long."""
    box = [
        "Read also",
        "Fares: Ferry tickets cost more this spring",
        "Harbour: New terminal means work for boats",
    ]
    later = (
        "For residents of the old quarter the works will mean two years of lorries and noise, "
        "and the board has promised to keep the worst of it to weekday mornings."
    )
    subheading = "Noise for the old quarter"
    text = "\n".join([*MENU, *HEADER, *PROSE, *box, subheading, later, "© 2025 Harbour Post"])
    assert body_of(text) == [*PROSE, subheading, later]
    # Teasers without topics: the line under them may be the box's last teaser.
    plain = [box[0], *(line.split(": ", 1)[1] for line in box[1:])]
    text = "\n".join([*MENU, *HEADER, *PROSE, *plain, subheading, later, "© 2025 Harbour Post"])
    assert subheading not in body_of(text)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Feuerwehrleute räumen in Ummendorf eine umgestürzte Fichte von der Fahrbahn.",
            "Bild: dpa",
        ),
        ("Harald Amundsen jubler etter målgang i Falun lørdag.", "Foto: Terje Pedersen / NTB"),
    ],
)
def test_a_short_caption_over_its_labelled_credit_goes(caption, credit):
    """One short sentence over "Bild: dpa", between the story's paragraphs or over them:
    the picture's caption, gone with its credit; the paragraphs around it stay."""
    text = "\n\n".join([*HEADER, PROSE[0], caption, credit, *PROSE[1:]])
    assert body_of(text) == PROSE
    text = "\n\n".join([*HEADER, caption, credit, *PROSE])
    assert body_of(text) == PROSE


def test_a_quote_over_a_labelled_credit_stays():
    """A paragraph quoting someone is the story's, whatever stands under it."""
    quote = "“We will open on Monday,” the mayor said."
    text = "\n\n".join([*HEADER, PROSE[0], quote, "Foto: dpa", *PROSE[1:]])
    assert quote in body_of(text)


def test_a_subheading_under_a_captions_credit_between_paragraphs():
    """ "<paragraph> / Bild: dpa / Mehr als 400 Einsätze / <paragraph>" (the caption over the
    credit gone): the credit stands between the paragraph and the subheading, as an
    advertisement's label does, and the subheading is the story's."""
    from tearsheet.paragraphs import is_subheading

    first = (
        "Besonders betroffen ist die Gemeinde Ummendorf. Dort stürzte ein Baum auf ein "
        "Wohnhaus, eine Frau wurde leicht verletzt, sagte ein Sprecher der Feuerwehr."
    )
    later = (
        "Die Leitstelle zählte bis zum frühen Abend mehr als 400 Notrufe. Viele Keller liefen "
        "voll, weil die Kanalisation die Wassermassen nicht mehr aufnehmen konnte."
    )
    paragraphs = [first, "Bild: dpa", "Mehr als 400 Einsätze", later]
    assert is_subheading(paragraphs, 2, [True, False, False, True])
    assert not is_subheading([first, "Bild: dpa", "Mehr als 400 Einsätze"], 2, [True, False, False])


LATER = (
    "For residents of the old quarter the works will mean two years of lorries and noise, "
    "and the board has promised to keep the worst of it to weekday mornings.",
    "The first ships are expected to use the new berths in the spring of 2027, the board's "
    "chair said, if the dredging of the outer basin goes to plan this winter.",
)


@pytest.mark.parametrize("ad", ["Advertisement", "Anzeige", "Reklama"])
def test_an_ad_label_under_a_box_closes_it_and_the_line_under_it_is_a_subheading(ad):
    """ "Read also" / two teasers / "Advertisement" / "What the board plans next" / the
    story: an ad's label does not stand inside a box of teasers; the box ended over it, and
    the short line under it heads the story's next section, though the story has no other."""
    box = [
        "Read also",
        "Ferry tickets will cost more from the first of April",
        "New terminal means a year of work for the harbour's boats",
    ]
    subheading = "What the board plans next"
    text = "\n".join(
        [*MENU, *HEADER, *_GAP, *PROSE, *box, ad, subheading, *LATER, "© 2025 Harbour Post"]
    )
    assert body_of(text) == [*PROSE, subheading, *LATER]


def test_a_line_like_the_story_s_subheadings_under_longer_teasers_is_one_of_them():
    """A review headed in sections ("The sound of a diesel") whose "Read also" box holds
    two headlines of eight and nine words: a four-word line under them, no longer than the
    story's other subheadings, is the next section's heading, not a third teaser."""
    first = "The sound of a diesel engine"
    box = [
        "Read also",
        "The best new novels of the year so far, chosen",
        "Debut writer tells of life on the far islands in winter",
    ]
    subheading = "The son who never calls"
    lines = [*MENU, *HEADER, *_GAP, PROSE[0], first, *PROSE[1:], *box, subheading, *LATER]
    assert body_of("\n".join([*lines, "© 2025 Harbour Post"])) == [
        PROSE[0],
        first,
        *PROSE[1:],
        subheading,
        *LATER,
    ]
    # A line as long as the teasers stays with the box.
    long = "Debut writer tells of life on the islands"
    lines = [*MENU, *HEADER, *_GAP, PROSE[0], first, *PROSE[1:], *box, long, *LATER]
    assert long not in body_of("\n".join([*lines, "© 2025 Harbour Post"]))


def test_a_line_set_apart_from_a_box_s_stack_of_teasers_is_the_story_s_subheading():
    """ "Mehr zum Thema" and its teasers copied as one stack of lines, the subheading under
    them set apart by a blank line: the box ended over it, however long its teasers."""
    box = [
        "Mehr zum Thema",
        "Heizungsgesetz: Was Eigentümer jetzt wissen müssen",
        "Fernwärme: Warum die Preise so stark auseinandergehen",
    ]
    subheading = "Warum die Frist so wichtig ist"
    text = "\n\n".join([*MENU, *HEADER, PROSE[0], "\n".join(box), subheading, *PROSE[1:]])
    assert body_of(text) == [PROSE[0], subheading, *PROSE[1:]]
    # The same lines with no blank line between them: the line may be the box's last teaser.
    paragraphs = [PROSE[0], *box, subheading, *PROSE[1:]]
    assert subheading not in drop_clutter(paragraphs, Draft(lang="de"))
    assert subheading in drop_clutter(paragraphs, Draft(lang="de"), openers=frozenset({subheading}))


@pytest.mark.parametrize(
    ("lang", "label", "lead_in", "items"),
    [
        (
            "es",
            "Medio Ambiente y Sostenibilidad",
            "El Ayuntamiento informa de que, con motivo de las obras de renovación de la red, el "
            "martes 22 de julio de 2025 se interrumpirá el suministro de agua entre las 8:00 y "
            "las 14:00 horas en las siguientes calles del barrio de La Rondilla:",
            ["Calle Mayor, números 2 al 38.", "Plaza de España, en su totalidad."],
        ),
        (
            "en",
            "Roads and Transport",
            "Because the water main under the high street is being replaced, the following "
            "roads will be closed to traffic between 8:00 and 18:00 from Monday 21 July 2025:",
            [
                "High Street, from the bridge to the church.",
                "Station Road, along its whole length.",
            ],
        ),
    ],
)
def test_a_section_s_label_over_a_lead_in_to_a_list_leaves_the_story(lang, label, lead_in, items):
    # Copied with no blank lines, as a city's notice page gives it.
    headline = "Corte de suministro de agua en varias calles de La Rondilla el martes 22 de julio"
    text = "\n".join([headline, "15/07/2025", label, lead_in, *items])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == [lead_in, *items]


NOS_STORY = [
    "Jorien Brouwer heeft in Calgary haar eerste wereldbekerzege ooit geboekt. De 23-jarige "
    "Friezin was op de 1500 meter de snelste van een sterk veld en versloeg de kampioene.",
    "Brouwer reed in de voorlaatste rit tegen de Canadese Isabelle Morin en lag na 700 meter "
    "nog achter op het schema. In de laatste ronde haalde ze alles in en won ze ruim.",
]
NOS_MORE = [
    "Femke Dijkstra, die de afstand vorig seizoen domineerde, was ondanks haar derde plaats "
    "niet ontevreden. Ze herstelt nog van een enkelblessure en reed pas haar tweede race.",
    "Minder ging het met Lotte van Veen, die na een misser in de eerste binnenbocht als "
    "veertiende eindigde. Bondscoach Erik Bouma noemde het een leerzame wedstrijd voor haar.",
]


def _page(box: str, subheading: str | None) -> str:
    """A copied page: menus, the header, the story's paragraphs parted by blank lines, a
    "Lees ook" box copied as one stack inside it, and the footer."""
    return "\n".join(
        [
            "Ga naar de inhoud",
            "NOS",
            "Nieuws",
            "Sport",
            "Schaatsen",
            "Jorien Brouwer pakt in Calgary eerste wereldbekerzege op de 1500 meter",
            "Sander Veltman, sportverslaggever • zaterdag 6 december 2025, 23:48",
            "Deel artikel:",
            "Delen",
            "",
            "\n\n".join(NOS_STORY),
            "",
            box,
            "",
            *([subheading, ""] if subheading else []),
            "\n\n".join(NOS_MORE),
            "",
            "Meer over dit onderwerp:",
            "Schaatsen",
            "© 2025 NOS",
        ]
    )


BOX = (
    "Lees ook\n"
    "Dijkstra na brons: 'Mijn beste rit van het seizoen, toch niet genoeg'\n"
    "Overzicht: alle uitslagen van de wereldbeker in Calgary"
)


def test_a_subheading_set_apart_from_a_box_s_stack_stays_on_a_whole_page():
    """Under the box's stack, after a blank line, a line shorter than each teaser heads the
    story's next part, however many words it has."""
    article = parse_text(_page(BOX, "Dijkstra tevreden, Van Veen valt weg"), lang="nl")
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [*NOS_STORY, "Dijkstra tevreden, Van Veen valt weg", *NOS_MORE]
    assert article.headline.startswith("Jorien Brouwer pakt")
    assert article.byline == ("Sander Veltman",)


def test_the_last_line_of_a_box_s_stack_is_its_teaser_however_short():
    """The box's stack holds its last teaser, shorter than the others: a blank line parts
    it from the story under it."""
    box = BOX + "\nBondscoach stopt na dit seizoen"
    article = parse_text(_page(box, None), lang="nl")
    body = [p.strip() for p in article.body.split("\n\n") if p.strip()]
    assert body == [*NOS_STORY, *NOS_MORE]


def test_a_subheading_closing_a_stack_that_opens_with_the_story_s_paragraph_stays():
    """ "<the story's paragraph> / Leggi anche / two teasers / Le reazioni" copied as one
    stack: the blank line under it does not make its last line a teaser."""
    story = [
        "Un nuovo stop per il Ponte sullo Stretto di Messina: la Corte dei conti ha chiesto "
        "al ministero ulteriori chiarimenti sulla delibera che ha approvato il progetto.",
        "Il ministero ha ora trenta giorni per rispondere. Fonti del Mit parlano di richieste "
        "tecniche, già in parte superate, e di un iter che non cambierà il calendario.",
    ]
    after = (
        "Il ministro ha commentato su X che nessuno fermerà il Ponte. Di segno opposto le "
        "reazioni delle associazioni ambientaliste, che chiedono di fermare i cantieri."
    )
    text = "\n".join(
        [
            "Ponte sullo Stretto, la Corte dei conti chiede chiarimenti al ministero",
            "di Marco Rossi",
            "12 marzo 2026",
            "",
            story[0],
            "",
            story[1],
            "Leggi anche",
            "Ponte sullo Stretto, via libera del Cipess al progetto definitivo",
            "Espropri, a Villa San Giovanni le prime lettere ai residenti",
            "Le reazioni",
            "",
            after,
        ]
    )
    body = [p.strip() for p in parse_text(text, lang="it").body.split("\n\n") if p.strip()]
    assert body == [*story, "Le reazioni", after]


@pytest.mark.parametrize(
    "link",
    [
        "西町二丁目断水区域図（PDF：412KB）",
        "Bebauungsplan Nr. 12 (PDF, 1,2 MB)",
        "Map (pdf 380 kB)",
    ],
)
def test_a_link_to_a_file_with_its_size_goes_alone(link):
    draft = Draft(lang="en")
    assert drop_clutter([PROSE[0], link, PROSE[1]], draft) == [PROSE[0], PROSE[1]]
    assert ("file link", link) in draft.removed


def test_a_line_naming_a_file_s_format_in_a_sentence_stays():
    line = "The council published the plan as a PDF (about 2 MB) on its website on Monday."
    assert drop_clutter([PROSE[0], line], Draft(lang="en")) == [PROSE[0], line]


def test_two_short_sentences_over_a_labelled_credit_are_the_photo_s_caption():
    caption = "Posiedzenie RPP odbędzie się w przyszłym tygodniu. Rynek nie oczekuje zmiany stóp."
    paragraphs = [caption, "Foto: Adobe Stock", *PROSE]
    assert 0 in caption_indices(paragraphs, Draft(lang="pl"))
    # Three sentences are the story's short paragraph.
    longer = "Rada zbierze się we wtorek. Rynek czeka. Nikt nie oczekuje zmian."
    assert 0 not in caption_indices([longer, "Foto: Adobe Stock", *PROSE], Draft(lang="pl"))


def test_a_box_in_capitals_under_an_ad_with_a_section_word_and_a_dated_teaser():
    """The Fresno Bee: the story, "ADVERTISEMENT", then "RELATED STORIES FROM FRESNO BEE" /
    "Fresno" / a teaser / its date as one stack, and the story's subheading set apart
    under it: the box goes, the subheading stays."""
    story = [
        "Lake Oroville, the project's largest reservoir, held 121% of its historical average "
        "on Monday, and the state raised its allocation to 45% of requested supplies.",
        "Tom Halvorsen, who farms almonds near Firebaugh, said he had already decided to leave "
        "about a fifth of his land unplanted this year because of the late decision.",
        "Growers on the west side of the San Joaquin Valley said the larger allocation would "
        "help, but not enough to plant every field they had planned for in the winter.",
        "The State Water Project supplies about 27 million people and 750,000 acres of "
        "farmland, and its allocation is watched closely across the valley every spring.",
    ]
    after = [
        "Statewide, the snowpack measured 88% of the April 1 average on Monday, and the "
        "southern Sierra Nevada stood well below that, forecasters said.",
        "The department said it would review the allocation again in April, after the last "
        "snow survey of the season, and could raise it if storms return.",
        "Water districts in the south said they would wait for that survey before deciding "
        "how much groundwater their growers may pump this summer.",
    ]
    text = "\n".join(
        [
            "State releases more water to farms as snowmelt fills reservoirs",
            "By Marcus Delgado",
            "March 11, 2026",
            "",
            "\n\n".join(story) + "\n",
            "ADVERTISEMENT",
            "",
            "RELATED STORIES FROM FRESNO BEE",
            "Fresno",
            "Kings River flows expected to peak in April, county warns",
            "March 9, 2026 6:00 AM",
            "",
            "Snowpack still lags in the south",
            "\n\n".join(after),
        ]
    )
    assert body_of(text) == [*story, "Snowpack still lags in the south", *after]


def test_subheading_over_a_box_inside_the_story_stays() -> None:
    """ "Auch die U2 betroffen" / "Mehr zum Thema" / two teasers / the section's prose: the
    story's subheading over a box; a teaser over a bare "Read more" is none."""
    from tearsheet.paragraphs import is_subheading

    paragraphs = [
        PROSE[0],
        "Auch die U2 betroffen",
        "Mehr zum Thema",
        "Neue Straßenbahnlinie 12 startet im Herbst",
        "Wiener Linien: Rekord bei Jahreskarten",
        PROSE[1],
    ]
    prose = [True, False, False, False, False, True]
    assert is_subheading(paragraphs, 1, prose)
    teaser = [PROSE[0], "Scottish ferries chaos: a timeline of delays", "Read more", PROSE[1]]
    assert not is_subheading(teaser, 1, [True, False, False, True])
