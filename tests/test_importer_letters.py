"""A letter's salutation and sign-off (tearsheet.letters) stay in the body, in any language."""

from __future__ import annotations

import pytest

from tearsheet.letters import (
    ends_with_signature,
    find_valediction,
    is_closing,
    is_dashed_signature,
    is_salutation,
    is_signature_name,
    is_signed_line,
    signature_end,
)
from tearsheet.plaintext import parse_text


def paragraphs_of(article) -> list[str]:
    return [p.strip() for p in article.body.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Hi friends,",
        "Liebe Leserinnen und Leser,",
        "Bonjour à toutes et à tous,",
        "Hej!",
        "Bom dia, pessoal! 👋",
        "各位書友好：",
        "Dear Member,",
        "Hei kaupunkilainen,",
        # Without the comma: the word for "dear" and a few words.
        "Kære medlem",
        "Dear Member",
        "Liebe Leserinnen und Leser",
    ],
)
def test_salutations(line):
    assert is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Tuesday to build four kilometres of cycle lanes along the river,",
        "Subscribe now!",  # a button, not a greeting
        "Call 0800 123 456,",
        "www.example.org,",
        "Dear Prudence was the hit of the summer.",
        "Liebe ist alles, was zählt, sagt der Pfarrer",
    ],
)
def test_not_salutations(line):
    assert not is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Until next week,",
        "Trevlig helg!",
        "Herzliche Grüße",
        "Vennlig hilsen",
        "祝閱讀愉快，",
        # A closing wishing the reader a good day, however long.
        "Einen schönen Dienstag wünscht Ihnen",
        "Hezký den přeje",
        "Bonne journée vous souhaite",
        "Miłego dnia życzy",
    ],
)
def test_closings(line):
    assert is_closing(line)


@pytest.mark.parametrize("line", ["Contatto stampa:", "Tags:", "תגיות:", "MEDIA CONTACT"])
def test_a_label_is_no_closing(line):
    assert not is_closing(line)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nora", True),
        ("Colleen Wiebe", True),
        ("店長阿哲", True),
        ("Ihr Team der Stadtwerke Tübingen", True),
        ("The Kestrel team", True),
        ("Il team di Verde Casa", True),
        ("the whole team", False),
        ("results are below", False),
        ("548 Market Street PMB 72296, San Francisco, CA 94104", False),
        ("harriet@commonsnotes.co.uk", False),
        ("Thanks for reading Commons Notes! Subscribe for free.", False),
        ("© 2025 Nora Kessling", False),
    ],
)
def test_signature_names(name, expected):
    assert is_signature_name(name) is expected


def test_a_team_signs_under_a_closing():
    blocks = ["Long paragraph of the story. It goes on.", "Thanks for being with us,"]
    blocks += ["The Kestrel team", "Unsubscribe"]
    assert find_valediction(blocks, 0, 2, "en") == 1


@pytest.mark.parametrize(
    "line",
    [
        "La famille Gagnon-Beaulieu",
        "Die Familie Hartmann",
        "Thu Hà và nhóm Cây Bàng",
        "Anna and the team at Kestrel",
        "Le bureau de Vélo Cité Nantes",
    ],
)
def test_a_family_or_a_writer_and_her_team_sign_the_letter_s_last_line(line):
    from tearsheet.letters import team_signs

    assert team_signs(line)


@pytest.mark.parametrize("line", ["La famille royale", "Anna and Tom", "Family of five"])
def test_a_family_s_words_in_small_letters_sign_nothing(line):
    from tearsheet.letters import team_signs

    assert not team_signs(line)


def test_the_valediction_is_found_next_to_the_body_end():
    blocks = ["Long paragraph of the story. It goes on.", "More next week,", "Nora", "Unsubscribe"]
    assert find_valediction(blocks, 0, 1, "en") == 1
    assert find_valediction(blocks, 0, 2, "en") == 1


@pytest.mark.parametrize(
    "blocks",
    [
        # A press release's contact block, and a byline box under the story.
        ["Der Text der Meldung. Er geht weiter.", "Contatto stampa:", "Marco Ferri"],
        ["El texto de la noticia. Sigue.", "Sobre la firma", "Lucía Barrientos"],
        # Two words over a name are no closing without the language's word for regards.
        ["The story's text. It goes on.", "Most Read", "Anja Roth"],
    ],
)
def test_no_valediction_without_a_letter_closing(blocks):
    assert find_valediction(blocks, 0, 1, None) is None


@pytest.mark.parametrize(
    ("blocks", "end"),
    [
        (["Warm regards,", "Colleen Wiebe", "CEO, Prairie Hearth Credit Union", "©"], 3),
        (["Vennlig hilsen", "Kari Solheim", "styreleder", "Tåsen Borettslag · 0873 Oslo"], 3),
        # A button or an address under the name is not the signer's role.
        (["Herzliche Grüße", "Ihr Team", "Jetzt Antrag stellen"], 2),
        (["Cheers,", "Lena", "--"], 2),
        (["Thanks,", "Ann", "12 Main Street, Springfield"], 2),
        # A role in capitals, as German writes its nouns, under "Ihr" and the name.
        (["Herzlich,", "Ihr Tobias Brenner", "Stellvertretender Chefredakteur", "Folgen"], 3),
    ],
)
def test_signature_end_takes_a_role_line(blocks, end):
    assert signature_end(blocks, 0) == end


def test_ends_with_signature():
    assert ends_with_signature(["Story.", "Until next week,", "Tom Whitley"])
    assert ends_with_signature(["Story.", "Warm regards,", "Colleen Wiebe", "CEO, Prairie Hearth"])
    assert not ends_with_signature(["Story.", "Tom Whitley is a writer in Bristol."])


NEWSLETTERS = [
    (
        "de",
        "Von: Stadtwerke Tübingen <newsletter@stadtwerke.example>\nBetreff: Förderung verlängert\n"
        "Datum: 7. Oktober 2025 um 10:02\n\nFörderung für Wärmepumpen verlängert\n\n"
        "Liebe Kundinnen und Kunden,\n\nDas Land hat die Förderung für Wärmepumpen bis Ende "
        "2026 verlängert. Anträge können weiterhin online gestellt werden.\n\nWir beraten Sie "
        "gern in unserem Kundenzentrum in der Innenstadt, montags bis freitags.\n\n"
        "Herzliche Grüße\n\nIhr Team der Stadtwerke Tübingen\n\nJetzt Antrag stellen\n\n"
        "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abbestellen\n",
        ["Liebe Kundinnen und Kunden,"],
        ["Herzliche Grüße", "Ihr Team der Stadtwerke Tübingen"],
    ),
    (
        "sv",
        "Ämne: Vecka 11: Priserna vände uppåt\n\nPriserna vände uppåt\n\nHej!\n\n"
        "Efter fyra månader av sjunkande priser steg bostadsrätterna i mars med två procent "
        "enligt den senaste statistiken.\n\nUppgången var störst i Göteborg och minst i "
        "Malmö, där utbudet fortfarande är stort.\n\nTrevlig helg!\nJohan\n\n"
        "Du får det här mejlet eftersom du prenumererar. Avsluta prenumerationen\n",
        ["Hej!"],
        ["Trevlig helg!", "Johan"],
    ),
    (
        "en",
        "From: Prairie Hearth Credit Union <news@prairiehearth.ca>\nSubject: Spring update\n\n"
        "Spring update from your credit union\n\nDear Member,\n\nSpring is finally here, and "
        "with it our annual general meeting, which takes place on May 14 in Warman.\n\n"
        "Our new mobile app will be available to every member from the first of June.\n\n"
        "Warm regards,\n\nColleen Wiebe\n\nCEO, Prairie Hearth Credit Union\n\n"
        "You are receiving this email because you are a member. Unsubscribe\n",
        ["Dear Member,"],
        ["Warm regards,", "Colleen Wiebe", "CEO, Prairie Hearth Credit Union"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "opening", "closing"), NEWSLETTERS)
def test_a_newsletter_keeps_its_salutation_and_sign_off(lang, text, opening, closing):
    body = paragraphs_of(parse_text(text, lang=lang))
    assert body[: len(opening)] == opening
    assert body[-len(closing) :] == closing
    assert not any("Unsubscribe" in p or "Abbestellen" in p or "Avsluta" in p for p in body)


def test_a_signature_name_is_the_byline_when_the_header_has_none():
    text = (
        "Five things worth reading\n\nHi there,\n\nThis week's reading is all about cities and "
        "how they grow, how they shrink, and who is caught in between.\n\nSecond, a short "
        "history of the pedestrian crossing, which is stranger than I expected.\n\n"
        "Until next week,\nTom Whitley\n\nUnsubscribe\n"
    )
    article = parse_text(text, lang="en")
    assert article.byline == ("Tom Whitley",)
    assert paragraphs_of(article)[-2:] == ["Until next week,", "Tom Whitley"]


@pytest.mark.parametrize(
    "line", ["Thanks to the volunteers", "Best Director", "Updated:", "Highlights:", "Note:"]
)
def test_a_story_s_line_or_a_label_is_no_closing_or_salutation(line):
    assert not (is_closing(line) and _ends_with_regards(line)) and not is_salutation(line)


def _ends_with_regards(line):
    from tearsheet.letterwords import REGARDS

    return REGARDS.search(line) is not None


@pytest.mark.parametrize("line", ["the results are below", "and then there were none"])
def test_words_in_small_letters_are_no_signature(line):
    assert not is_signature_name(line)


def test_a_closing_like_line_inside_a_news_story_ends_nothing():
    story = [
        "Volunteers planted 4,000 trees along the river on Saturday, the city said, the largest "
        "single planting since the programme began a decade ago.",
        "Thanks to the volunteers",
        "Maria Gonzalez",
        "The city plans a second planting in the autumn, when the ground is softer and the trees "
        "have a better chance of surviving their first winter.",
        "Officials said the trees would shade the riverside path within ten years and cool the "
        "neighbourhood on the hottest days of the summer.",
    ]
    text = "\n\n".join(["Volunteers plant 4,000 trees", "By Ann Lee", "2025-04-05", *story])
    body = paragraphs_of(parse_text(text + "\n", lang="en"))
    assert body[-1] == story[-1] and story[-2] in body


@pytest.mark.parametrize(
    ("line", "byline", "expected"),
    [
        ("Bon week-end, et à vendredi prochain, Camille", ["Camille Daubert"], True),
        ("Bis nächste Woche, eure Lena", ["Lena Hofmann"], False),
        ("Hasta el martes, un abrazo, Lucía", ["Lucía Ferrer"], True),
        ("See you next week, Tom Whitley", [], True),
        ("Do zobaczenia, Marta", ["Marta Nowak"], True),
        ("Szép napot! A Telex csapata", [], True),
        ("Bonne semaine ! L'équipe de Brief Éco", [], True),
        ("Great news! The council approved it", [], False),
        # A story's sentence, a list of places or networks, a teaser: no sign-off.
        ("The mayor thanked the volunteers, Anna", [], False),
        ("Follow us on Twitter, Facebook", [], False),
        ("Madrid, Barcelona, Valencia", [], False),
        ("He said it was over. Then he left, Anna", ["Anna Berg"], False),
    ],
)
def test_a_closing_and_its_name_on_one_line(line, byline, expected):
    assert is_signed_line(line, byline) is expected


@pytest.mark.parametrize(
    ("lang", "closing", "footer"),
    [
        (
            "fr",
            "Bon week-end, et à vendredi prochain, Camille",
            "Vous recevez cet e-mail car vous êtes inscrit·e à la lettre. Se désinscrire",
        ),
        (
            "es",
            "Hasta el martes, un abrazo, Camille",
            "Recibes este correo porque te suscribiste. Darse de baja",
        ),
    ],
)
def test_a_one_line_sign_off_ends_the_letter(lang, closing, footer):
    story = {
        "fr": "L'Insee a publié jeudi son estimation de l'inflation pour février, en baisse "
        "sur un an, et beaucoup d'entre vous nous écrivent que ça ne se voit pas.",
        "es": "El instituto publicó el jueves su estimación de la inflación de febrero, a la "
        "baja en un año, y muchos de ustedes nos escriben que no se nota.",
    }[lang]
    text = f"Par Camille Daubert\n\nLa pause\n\n{story}\n\n{story}\n\n{closing}\n\n{footer}\n"
    body = paragraphs_of(parse_text(text, lang=lang))
    assert body[-1] == closing


@pytest.mark.parametrize(
    ("blocks", "byline", "expected"),
    [
        # A possessive before the name signs the letter, whatever stands over it.
        (["Der Text. Er geht weiter.", "Bis nächste Woche", "Ihr Felix Hartmann"], (), 1),
        (["Le texte. Il continue.", "À bientôt,", "Votre dévoué Paul Martin"], (), 1),
        # The writer's first name under the last sentence: the sign-off.
        (["The story. It goes on.", "More next week.", "Maya"], ("Maya Okafor-Lind",), 1),
        (
            ["The story. It goes on.", "More next week.", "Maya Okafor-Lind"],
            ("Maya Okafor-Lind",),
            1,
        ),
        # Another name, or a menu's "Your account", signs nothing.
        (["The story. It goes on.", "More next week.", "Maya"], ("Tom Lee",), None),
        (["Der Text. Er geht weiter.", "Das war's für heute.", "Ihr Konto"], (), None),
    ],
)
def test_a_name_line_signs_by_its_shape(blocks, byline, expected):
    assert find_valediction(blocks, 0, 1, None, byline) == expected


def test_a_substack_post_keeps_the_writer_s_first_name_under_it():
    story = [
        "Last Tuesday I sat through four hours of a planning commission meeting so you don't "
        "have to, and the item everyone came for took eleven minutes.",
        "The commission approved the garage 5–2. The builder says he is not sure he will do "
        "another one, given the cost of the permits.",
        "More next week — I'm finally getting the permit data from St. Paul.",
    ]
    text = "\n\n".join(
        [
            "The duplex that ate the zoning board",
            "Maya Okafor-Lind",
            "Mar 9",
            *story,
            "Maya",
            "Thanks for reading Permit Pending! Subscribe for free to receive new posts.",
            "Like",
            "Comment",
        ]
    )
    assert paragraphs_of(parse_text(text, lang="en")) == [*story, "Maya"]


@pytest.mark.parametrize(
    ("label", "signer"),
    [
        ("Signed:", "Oladejo Azeez, Registrar and Secretary to Council"),
        ("gez.", "Anna Berger, Oberbürgermeisterin"),
        ("Firmado:", "María López Ruiz, Secretaria General"),
    ],
)
def test_a_notice_s_signature_label_over_the_signer_is_its_sign_off(label, signer):
    blocks = ["The notice. It goes on.", "Students must register by Friday.", label, signer]
    assert find_valediction(blocks, 0, 2, None) == 2


def test_a_notice_keeps_its_signature_label_and_signer():
    story = [
        "The University's 56th Convocation will hold from Tuesday 11 to Friday 14 March in "
        "the main auditorium, the Registrar has announced on behalf of the Senate.",
        "Graduating students are required to complete clearance on the portal on or before "
        "Friday 28 February, and gowns may be collected from the Bursary.",
    ]
    signature = ["Signed:", "Oladejo Azeez, Registrar and Secretary to Council"]
    text = "\n".join(["Notice of the 56th Convocation", *story, *signature, "Share", "Recent News"])
    assert paragraphs_of(parse_text(text, lang="en")) == [*story, *signature]


def test_a_signature_label_over_no_name_signs_nothing():
    assert (
        find_valediction(["The story. It goes on.", "Signed:", "the results are below"], 0, 1, None)
        is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "— Nora",
        "– Miriam",
        "-- Kadri",
        "— Ïñigo",
        "— Мирослава",
        # ... or the writer's initial.
        "— P.",
        "– J. K.",
        # A closing before it on the line.
        "See you in the shop — Hannah",
        "Bis bald – Lena",
    ],
)
def test_a_first_name_after_a_dash_is_a_letter_s_signature(line):
    assert is_dashed_signature(line)


@pytest.mark.parametrize(
    "line",
    [
        "— Hannah Price",
        "— and then",
        "— 2026",
        "— Share",
        "Nora",
        # A sentence before the dash is no closing.
        "The council approved the plan on Monday after a long debate — Hannah",
    ],
)
def test_a_full_name_a_word_or_a_button_after_a_dash_is_none(line):
    assert not is_dashed_signature(line)


NEWSLETTER = [
    "Hi friends,",
    "The city council passed next year's budget on Monday night, eleven to two, after "
    "almost no public debate, and I spent the weekend reading all four hundred pages of it.",
    "The short version: property taxes go up by three per cent, the library keeps its "
    "Sunday hours, and the bus network gets two new routes in the east of the city.",
    "That's it for this week. If you have a question about the budget, reply to this email.",
]


@pytest.mark.parametrize("sign", ["— Nora", "– Nora"])
def test_a_newsletter_signed_with_a_dash_and_a_first_name_keeps_it(sign):
    text = "\n\n".join(
        ["The budget nobody read", "Nora Castellanos", *NEWSLETTER, sign, "Share", "Like"]
    )
    assert paragraphs_of(parse_text(text, lang="en")) == [*NEWSLETTER, sign]


LETTER = {
    "pt": [
        "Olá, pessoal!",
        "Se você tomou um café coado numa cafeteria de São Paulo nos últimos meses, "
        "provavelmente levou um susto na hora de pagar a conta no caixa.",
        "Três motivos explicam a alta: a seca no sul de Minas reduziu a safra, o dólar "
        "subiu e as torrefações pequenas repassaram o custo aos clientes.",
    ],
    "en": [
        "Hi all,",
        "If you bought a bag of coffee in town this month you will have noticed the price: "
        "it has gone up by almost a third since the spring, at every roaster I visited.",
        "Three things explain it: a drought in Brazil cut the harvest, the dollar rose, and "
        "the small roasters passed the whole cost on to their customers.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "closing"),
    [
        ("pt", "Um abraço e até a próxima terça,"),
        ("en", "See you all again next Tuesday, and thanks for reading,"),
    ],
)
def test_a_long_closing_over_the_writer_s_first_name_stays(lang, closing):
    footer = ["Curtir", "Comentar", "© 2025 Renata Albuquerque", "Cancelar inscrição"]
    lines = ["O café ficou mais caro", "Renata Albuquerque", *LETTER[lang], closing, "Renata"]
    body = paragraphs_of(parse_text("\n\n".join([*lines, *footer]), lang=lang))
    assert body[-2:] == [closing, "Renata"]


def test_a_long_comma_line_over_another_name_is_no_closing():
    blocks = [*LETTER["en"], "See you all again next Tuesday, and thanks for reading,", "Tom"]
    assert find_valediction(blocks, 0, len(blocks), "en", ["Renata Albuquerque"]) is None


@pytest.mark.parametrize(
    "line",
    ["Estimados asociados:", "Querida Ana:", "Benvolguts socis:", "Szanowni Państwo:", "Dear all:"],
)
def test_a_greeting_ending_in_a_colon_is_a_salutation(line):
    assert is_salutation(line) and not is_closing(line)


@pytest.mark.parametrize("line", ["Note:", "Updated:", "Highlights:", "Caveat emptor:"])
def test_a_label_s_colon_is_no_salutation(line):
    assert not is_salutation(line)


def test_a_spanish_letter_keeps_its_greeting_with_a_colon():
    letter = [
        "Después de un primer semestre marcado por lluvias irregulares, septiembre y octubre "
        "han traído un clima mucho más favorable para la floración del café en la región.",
        "Según nuestros técnicos de campo, la cosecha principal llegará con unas dos semanas "
        "de retraso, pero con buena calidad, y las primeras muestras lo confirman.",
    ]
    text = "\n\n".join(["Boletín de noviembre", "Estimados asociados:", *letter, "Darse de baja"])
    assert paragraphs_of(parse_text(text, lang="es")) == ["Estimados asociados:", *letter]


def test_a_newsletter_keeps_its_greeting_written_without_a_comma():
    text = (
        "Fra: Naturforeningen <nyhedsbrev@example.dk>\nEmne: Søndagsbrevet\n\n"
        "Søndagsbrevet: Vadehavet og vildsvin\n\nKære medlem\n\n"
        "I denne uge har vi været travle i både Vadehavet og på Christiansborg, hvor "
        "loven om naturparker blev vedtaget.\n\nEfterårets optælling viser, at antallet "
        "af rastende vadefugle i Vadehavet er steget med ni procent.\n\n"
        "Du modtager denne mail, fordi du er medlem. Afmeld nyhedsbrev\n"
    )
    assert paragraphs_of(parse_text(text, lang="da"))[0] == "Kære medlem"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("Pagarbiai", "Vilniaus miesto savivaldybės administracija"),
        ("Z poważaniem", "Wydział Komunikacji Społecznej"),
        ("Mit freundlichen Grüßen", "Ihre Stadtwerke"),
        ("Sincerely,", "The parks department"),
        ("S pozdravem", "odbor dopravy"),  # an office written small, in a caseless start
        ("Atentamente,", "Concejalía de Movilidad"),
    ],
)
def test_a_formal_closing_signs_with_any_short_line_under_it(closing, signer):
    blocks = ["The notice. It goes on.", "Water will be off on Monday.", closing, signer]
    expected = 2 if signer[:1].isupper() else None
    assert find_valediction(blocks, 0, 2, None) == expected


@pytest.mark.parametrize(
    "under",
    ["Konstitucijos pr. 3, LT-09601 Vilnius", "Tel. 1664 | info@vilnius.lt", "Share this."],
)
def test_an_address_or_a_sentence_under_a_formal_closing_signs_nothing(under):
    blocks = ["The notice. It goes on.", "Water will be off on Monday.", "Pagarbiai", under]
    assert find_valediction(blocks, 0, 2, None) is None


def test_a_municipal_notice_keeps_its_formal_sign_off():
    story = [
        "informuojame, kad nuo rugsėjo 8 d. iki rugsėjo 12 d. dalyje Antakalnio seniūnijos "
        "daugiabučių namų nebus tiekiamas karštas vanduo, nes bus tvarkomi tinklai.",
        "Darbai bus atliekami rekonstruojant šilumos tiekimo tinklus prieš šildymo sezoną, "
        "todėl prašome gyventojų iš anksto pasiruošti ir atsižvelgti į pertrauką.",
        "Atsiprašome už nepatogumus ir dėkojame už kantrybę.",
    ]
    signature = ["Pagarbiai", "Vilniaus miesto savivaldybės administracija"]
    footer = [
        "Konstitucijos pr. 3, LT-09601 Vilnius",
        "Tel. 1664 | info@vilnius.lt",
        "Šį laišką gavote, nes užsiprenumeravote naujienlaiškį. Atsisakyti prenumeratos",
    ]
    head = ["Karšto vandens pertrauka", "2025-09-02", "Gerbiami gyventojai,"]
    text = "\n\n".join([*head, *story, *signature, *footer])
    assert paragraphs_of(parse_text(text, lang="lt")) == [
        "Gerbiami gyventojai,",
        *story,
        *signature,
    ]


@pytest.mark.parametrize(
    ("closing", "name", "expected"),
    [
        ("Hezký den a ať vás dnešní nákup nezaskočí,", "Tereza", 2),
        ("Bis nächste Woche und bleibt neugierig,", "Lena", 2),
        ("À la semaine prochaine, et prenez soin de vous !", "Claire", 2),
        # A line over a word that is no first name, or over two words, is no sign-off.
        ("Hezký den a ať vás dnešní nákup nezaskočí,", "Diskuse", None),
        ("The minister, who spoke in Brussels on Monday,", "Tags", None),
    ],
)
def test_a_long_closing_over_a_first_name_alone_signs_the_letter(closing, name, expected):
    blocks = ["The letter. It goes on.", "Prices rose again in March.", closing, name]
    assert find_valediction(blocks, 0, 2, None) == expected


@pytest.mark.parametrize(
    "name",
    [
        "„Sodo bendrijos“ komanda",
        "Kütüphane ekibi",
        "Redakcja Głosu Osiedla",
        "Hilsen oss i Vannverket",
        "Hälsningar från Anna",
    ],
)
def test_a_team_or_a_closing_with_its_name_signs(name):
    assert is_signature_name(name)


@pytest.mark.parametrize("name", ["Hilsen fra ferien", "hilsen og takk for sist"])
def test_greetings_without_a_name_sign_nothing(name):
    assert not is_signature_name(name)


def test_a_nordic_sign_off_under_a_closing_ends_the_letter():
    story = (
        "Fra neste måned stenger vi vannet i tre gater på Grünerløkka mens vi skifter "
        "gamle rør, og vi sender varsel dagen før hvert arbeid starter."
    )
    text = "\n\n".join(
        [
            "Nytt fra Vannverket",
            "Hei!",
            story,
            story.replace("neste", "forrige"),
            "Ha en fin uke!\nHilsen oss i Vannverket",
            "Du mottar denne e-posten fordi du har meldt deg på nyhetsbrevet vårt.",
        ]
    )
    body = paragraphs_of(parse_text(text, lang="nb"))
    assert body[-2:] == ["Ha en fin uke!", "Hilsen oss i Vannverket"]


@pytest.mark.parametrize(
    ("blocks", "end"),
    [
        # The sender under the signer's name, its imprint line in the footer.
        (
            [
                "Met vriendelijke groet,",
                "Jan de Vries",
                "Wijkvereniging Oost",
                "Meer nieuws",
                "Wijkvereniging Oost, Postbus 12, 1000 AB Amsterdam",
            ],
            3,
        ),
        # A word the page names elsewhere is no sender.
        (["Met vriendelijke groet,", "Jan de Vries", "Amsterdam", "Nieuws uit Amsterdam"], 2),
    ],
)
def test_the_sender_under_the_signer_s_name_is_the_signature_s(blocks, end):
    assert signature_end(blocks, 0) == end


@pytest.mark.parametrize(
    "name",
    [
        "Tomás Ferreira, editor",
        "Ingrid Solberg, daglig leder",
        "Katarzyna Wrona, redaktorka naczelna",
        "Hannah Leclerc, rédactrice en chef",
    ],
)
def test_a_signer_s_name_with_the_role_on_its_line_signs(name):
    assert is_signature_name(name)
    blocks = [
        "The bridge reopens on Monday after three weeks of repairs.",
        "Until next week,",
        name,
    ]
    assert find_valediction(blocks, 0, 1, None) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Tomás Ferreira, editor, said the paper would appeal the ruling in the high court.",
        "Ingrid Solberg, 54, daglig leder",
    ],
)
def test_a_name_and_something_else_is_no_signature(line):
    assert not is_signature_name(line)


def test_a_newsletter_signed_with_name_and_role_gives_the_byline():
    story = (
        "The county's library vans will stop at eleven more villages from January, after "
        "the council found money for a second driver and a winter timetable."
    )
    text = "\n".join(
        [
            "From: Valley Post <news@valleypost.example>",
            "Subject: Two vans, eleven villages",
            "Two vans, eleven villages",
            "Hello everyone,",
            story,
            story.replace("eleven", "twelve"),
            "Take care,",
            "Tomás Ferreira, editor",
            "Unsubscribe | Preferences",
        ]
    )
    assert parse_text(text, lang="en").byline == ("Tomás Ferreira",)


@pytest.mark.parametrize(
    "line",
    [
        "Jūsų „Saulėtos gatvės“ komanda",
        "a Könyvtár csapata",
        "Le bureau de Rando Club Lyon",
        "Das Team vom Stadtteilladen Nord",
        "The team at Harbour Books",
        "El equipo de Huerta Viva",
        # A closing and the name on one line: kisses over a given name.
        "Puszi, Dóra",
        "Bisous, Camille",
        "Buziaki, Marta",
    ],
)
def test_a_team_s_or_a_given_name_s_sign_off_ends_the_letter(line):
    assert is_signed_line(line, [])


@pytest.mark.parametrize(
    "line",
    [
        "The team at the hospital worked through the night.",
        "Le bureau de poste ferme à midi",
        "Puszi, ha megjön",  # no name after the kisses
        "Bisous, de loin",
    ],
)
def test_a_sentence_is_no_team_sign_off(line):
    assert not is_signed_line(line, [])


def test_a_closing_with_a_colon_over_the_team_ends_the_letter():
    story = (
        "Szombaton egész nap nyitva tartunk, és minden könyvre tíz százalék kedvezményt "
        "adunk a vásár idején, a webshopban is."
    )
    blocks = [story, story, "Szeretettel várjuk:", "a Könyvtár csapata", "Leiratkozás"]
    assert find_valediction(blocks, 0, 2, "hu") == 2
    assert find_valediction([story, story, "Kontakt:", "a Könyvtár csapata"], 0, 2, "hu") is None


def test_a_newsletter_signed_by_its_board_keeps_the_signature():
    story = (
        "Le samedi 4 octobre, quarante bénévoles ont balisé les deux nouveaux sentiers du "
        "plateau, et la mairie a promis des panneaux pour le printemps."
    )
    text = "\n".join(
        [
            "De : Rando Club Lyon <lettre@rando.example.fr>",
            "Objet : Deux nouveaux sentiers",
            "Deux nouveaux sentiers",
            "Chers adhérents,",
            story,
            story.replace("quarante", "trente"),
            "Merci à tous, et à bientôt sur les chemins !",
            "Le bureau de Rando Club Lyon",
            "Se désinscrire | Gérer mes préférences",
        ]
    )
    body = paragraphs_of(parse_text(text, lang="fr"))
    assert body[-1] == "Le bureau de Rando Club Lyon"


def test_a_greeting_opening_with_hello_may_end_in_a_colon():
    assert is_salutation("Olá, caros associados:")
    assert is_salutation("Hallo, liebe Mitglieder:")
    # A label with a comma and a colon is no greeting.
    assert not is_salutation("Horario, sede y cuotas:")


def test_a_signers_name_after_a_title_or_with_the_team():
    assert is_signature_name("Rev. Martin Kowalski")
    assert is_signature_name("Anna Kowalska i cały zespół Księgarni Pod Globusem")
    assert not is_signature_name("Mr. Smith went to the shop.")
    assert not is_signature_name("Anna Kowalska i jej mąż Jan Kowalski z Krakowa")


def _club_letter(greeting: str) -> str:
    story = (
        "Årsmötet hölls i klubbstugan i lördags och trettio medlemmar kom, fler än på "
        "många år, trots att det regnade hela eftermiddagen."
    )
    return "\n".join(
        [
            "Från: Segelklubben Vik <info@vik.example.se>",
            "Ämne: Nytt från årsmötet",
            "",
            "Nytt från årsmötet",
            "",
            greeting,
            story,
            story.replace("trettio", "fyrtio"),
            "Vi ses på bryggan i vår.",
            "Karin Lund, ordförande",
            "Avregistrera | Ändra inställningar",
        ]
    )


def test_a_greeted_letter_signed_with_name_and_role_keeps_its_signature():
    article = parse_text(_club_letter("Hej alla medlemmar,"), lang="sv")
    body = paragraphs_of(article)
    assert body[0] == "Hej alla medlemmar,"
    assert body[-1] == "Karin Lund, ordförande"
    assert list(article.byline) == ["Karin Lund"]


def test_a_story_with_no_greeting_does_not_keep_a_name_line_as_a_signature():
    article = parse_text(_club_letter("Styrelsen rapporterar om årsmötet i lördags."), lang="sv")
    assert paragraphs_of(article)[-1] != "Karin Lund, ordförande"


def test_a_closing_over_the_signer_and_her_team_ends_the_letter():
    story = "Díky vašim tipům jsme rozšířili dětské oddělení o novou poličku s knihami."
    blocks = [story, story, "Těšíme se na vás,", "Jana Malá a celý tým Knihovny Na Rohu"]
    assert find_valediction(blocks, 0, 2, "cs") == 2
    # The closing over a sentence naming someone and a team is not a signature.
    blocks[3] = "Jana Malá mluvila s týmem o tom, co se stalo."
    assert find_valediction(blocks, 0, 2, "cs") is None


def test_the_signers_role_in_capitals_over_the_mails_footer_is_the_signatures():
    blocks = [
        "À bientôt sur les chemins,",
        "Claire Dubois",
        "Présidente du Comité Directeur",
        "----------",
        "Rando Club Lyon · 12 rue des Tables · 69001 Lyon",
    ]
    assert signature_end(blocks, 0) == 3
    # A call to the reader under the name is not the signer's role.
    blocks[2] = "Lire la lettre en ligne"
    assert signature_end(blocks, 0) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Good morning, Ledger readers —",
        "Buenos días, lectores:",
        "Guten Morgen, liebe Leserinnen und Leser,",
        "Dzień dobry, drodzy czytelnicy –",
    ],
)
def test_a_greeting_of_the_time_of_day_ending_in_a_dash_or_colon(line):
    assert is_salutation(line)


@pytest.mark.parametrize("line", ["Breaking news —", "The mayor said —", "Good morning America"])
def test_a_line_ending_in_a_dash_that_greets_no_one_is_no_salutation(line):
    assert not is_salutation(line)


def test_the_signer_s_role_under_a_signature_with_your_stays_and_the_name_is_the_byline():
    story = [
        "Die Stadtwerke senken zum 1. April den Arbeitspreis für Fernwärme um neun Prozent, "
        "wie der Aufsichtsrat am Dienstag beschlossen hat.",
        "Für ein Einfamilienhaus mit einem Verbrauch von 18 Megawattstunden sind das rund "
        "1.100 Euro im Jahr weniger als bisher.",
    ]
    text = "\n\n".join(
        [
            "Fernwärme wird billiger",
            "Liebe Kundinnen und Kunden,",
            *story,
            "Herzliche Grüße,\nIhr Markus Feld\nGeschäftsführer",
        ]
    )
    article = parse_text(text, lang="de")
    assert article.byline == ("Markus Feld",)
    assert article.body.rstrip().endswith("Ihr Markus Feld\n\nGeschäftsführer")
