"""A copied e-mail's header and the newsletter's masthead under it (tearsheet.masthead): the
editor's byline in the masthead read before the lines go."""

from __future__ import annotations

import pytest

from tearsheet.masthead import (
    drop_masthead_byline,
    is_logo_text,
    is_mail_folder,
    is_outside_warning,
    read_mail_header,
)
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    ("lang", "header", "names"),
    [
        (
            "fi",
            [
                "Lähettäjä: Kaupunkikirje <uutiskirje@kaupunkikirje.fi>",
                "Päivämäärä: pe 11.4.2025 klo 7.00",
                "Aihe: Baanan jatke avautuu toukokuussa",
                "KAUPUNKIKIRJE",
                "Toimittanut: Sanna Leinonen",
            ],
            ["Sanna Leinonen"],
        ),
        (
            "en",
            [
                "From: The Harbour Letter <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: The ferry is back",
                "THE HARBOUR LETTER",
                "By Ann Lee",
            ],
            ["Ann Lee"],
        ),
        # The tagline's last part names the writer with the language's "by"; a phrase
        # ending in the word ("van, voor en door Zeeuws-Vlaanderen") names nobody.
        (
            "pt",
            [
                "De: Minuto Verde | Jornal do Centro <newsletters@jornaldocentro.pt>",
                "Enviado: quinta-feira, 16 de outubro de 2025 07:30",
                "Assunto: O lince já chegou à Serra da Estrela?",
                "MINUTO VERDE",
                "A newsletter semanal sobre ambiente e território, por Rita Valadares",
            ],
            ["Rita Valadares"],
        ),
        (
            "nl",
            [
                "Van: Zuiderwind <nieuwsbrief@zuiderwind.example>",
                "Datum: vrijdag 30 oktober 2026 om 19:14",
                "Onderwerp: Zonnedak De Hoeve draait",
                "ZUIDERWIND",
                "energie van, voor en door Zeeuws-Vlaanderen",
            ],
            [],
        ),
        # No byline in the masthead: the sender is an organisation, no writer.
        (
            "en",
            [
                "From: The Harbour Letter <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: The ferry is back",
                "THE HARBOUR LETTER",
                "Issue 42",
            ],
            [],
        ),
    ],
)
def test_the_editor_in_a_newsletters_masthead(
    lang: str, header: list[str], names: list[str]
) -> None:
    subject = header[2].split(": ", 1)[1]
    blocks = [*header, subject, "Hello readers,", "The ferry is back on Monday after repairs."]
    draft = Draft(lang=lang)
    assert read_mail_header(blocks, draft) == len(header)
    assert draft.byline == names


BODY = [
    "Liebe Leserinnen und Leser,",
    "zum ersten Januar sinken die Preise in der Grundversorgung, und zwar für alle Haushalte "
    "in der Stadt, wie der Aufsichtsrat am Dienstag beschlossen hat.",
    "Sie müssen nichts tun: Die Anpassung erfolgt automatisch, den neuen Abschlag teilen wir "
    "Ihnen im Dezember schriftlich mit.",
]


@pytest.mark.parametrize(
    ("lang", "header", "masthead", "headline"),
    [
        (
            "de",
            [
                "Von: Stadtwerke Lindenau <info@stadtwerke-lindenau.de>",
                "Gesendet: Donnerstag, 2. Oktober 2025 09:00",
                "Betreff: Ihr Kundenbrief Oktober: Neue Preise ab Januar",
            ],
            ["STADTWERKE LINDENAU", "Kundenbrief | Ausgabe 10/2025"],
            "Strompreis sinkt zum 1. Januar – was Sie jetzt wissen müssen",
        ),
        (
            "fr",
            [
                "De : Le Quotidien <infolettres@lequotidien.example>",
                "Date : 6 novembre 2025 à 06:31",
                "Objet : La Lettre du Parlement | Un budget qui ne dit pas son nom",
                "À : lecteur@example.org",
            ],
            [
                "Voir la version Web",
                "LE QUOTIDIEN",
                "La Lettre du Parlement",
                "Jeudi 6 novembre 2025",
            ],
            "Un budget qui ne dit pas son nom",
        ),
        (
            "en",
            [
                "From: Harbour Weekly <hello@harbourweekly.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: The Tide — Ferry terminal approved after two years",
            ],
            ["View the web version", "The Tide", "Issue 42"],
            "Ferry terminal approved after two years",
        ),
    ],
)
def test_the_newsletter_s_name_from_the_mail_header_is_its_masthead(
    lang, header, masthead, headline
):
    from tearsheet.plaintext import parse_text

    article = parse_text("\n".join([*header, *masthead, headline, *BODY]), lang=lang)
    assert article.headline == headline


def test_a_subject_s_part_that_comes_once_is_left_to_the_header():
    """Only the subject's part over a later part is the masthead: a subject's one part over
    the body is the headline itself."""
    from tearsheet.masthead import mail_mastheads

    blocks = [
        "From: Ann Lee <ann@example.org>",
        "Subject: Notes | Ferry terminal approved after two years",
        "Ferry terminal approved after two years",
        *BODY,
    ]
    assert mail_mastheads(blocks, 2) == frozenset({"ann lee"})


@pytest.mark.parametrize(
    "line",
    [
        "Kundenbrief | Ausgabe 10/2025",
        "Issue #42 · March 2025",
        "Lettre n° 17 – mars 2025",
        "Edisi 12 | Januari 2026",
        "Vol. 3, No. 12",
        "第12期",
        "Wydanie 7/2025",
    ],
)
def test_issue_lines(line):
    from tearsheet.masthead import is_issue_line

    assert is_issue_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ausgabe 41: Der Herbst kommt",
        "The 42 best beaches in Spain",
        "No 10 Downing Street",
        "Issue 42 is out: why the tide is turning",
        "Top 10 | Travel",
    ],
)
def test_headlines_with_numbers_are_no_issue_lines(line):
    from tearsheet.masthead import is_issue_line

    assert not is_issue_line(line)


@pytest.mark.parametrize(
    ("lang", "header", "masthead", "headline"),
    [
        (
            "id",
            [
                "Dari: Kabar Siang <newsletter@kabarsiang.example>",
                "Tanggal: Kamis, 20 Februari 2025 06.00",
                "Subjek: ☕ Harga cabai turun, pedagang pasar lega",
                "Kepada: pembaca@example.org",
            ],
            ["Lihat versi web", "KABAR SIANG", "Ringkasan berita pilihan, setiap hari kerja"],
            "Harga cabai turun, pedagang pasar lega",
        ),
        (
            "en",
            [
                "From: The Harbour Letter <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: 🚢 Ferry terminal approved after two years",
            ],
            ["THE HARBOUR LETTER", "Your week on the waterfront, every Friday"],
            "Ferry terminal approved after two years",
        ),
    ],
)
def test_a_subject_opening_with_a_pictograph_finds_the_headline(lang, header, masthead, headline):
    from tearsheet.plaintext import parse_text

    article = parse_text("\n".join([*header, *masthead, headline, *BODY]), lang=lang)
    assert article.headline == headline


@pytest.mark.parametrize(
    ("line", "names", "site"),
    [
        ("ABC Gippsland", {"abc"}, True),
        ("BBC Sport", {"bbc"}, True),
        ("LE DEVOIR", {"le devoir"}, True),
        ("Le Devoir Québec", {"le devoir"}, True),
        ("ABC chief resigns", {"abc"}, False),
        ("Le Devoir de mémoire", {"le devoir"}, False),
        ("Gippsland ABC", {"abc"}, False),
    ],
)
def test_a_site_s_name_with_its_desk_or_edition(line, names, site):
    from tearsheet.masthead import is_site_name

    assert is_site_name(line, frozenset(names)) is site


def test_a_desk_s_name_over_the_byline_is_not_the_headline():
    from tearsheet.plaintext import parse_text

    headline = "Residents return to the harbour town after the storm destroys 14 homes"
    story = (
        "A storm destroyed 14 homes and dozens of sheds near the harbour on Tuesday, and "
        "residents were allowed back into the town on Wednesday afternoon."
    )
    caption = (
        "Firefighters say the storm moved through in less than an hour. (Harbour Coast: Jo Lee)"
    )
    lines = [headline, caption, "Harbour News", "Harbour Coast", "/", "By Jess Morton"]
    lines += ["Wed 14 Jan 2026 at 6:03pm", story, story, "© 2026 Harbour"]
    assert parse_text("\n".join(lines), lang="en").headline == headline


@pytest.mark.parametrize(
    ("lang", "subject", "masthead", "headline"),
    [
        (
            "en",
            "Subject: Harbour Notes: The ferry terminal is finally approved",
            ["HARBOUR NOTES", "Harbour Notes", "March 3, 2025"],
            "The ferry terminal is finally approved",
        ),
        (
            "de",
            "Betreff: Hafenbrief: Das Fährterminal ist endlich genehmigt",
            ["Hafenbrief", "3. März 2025"],
            "Das Fährterminal ist endlich genehmigt",
        ),
    ],
)
def test_a_newsletter_s_name_before_a_colon_in_the_subject(lang, subject, masthead, headline):
    from tearsheet.plaintext import parse_text

    header = ["From: Ann Lee <ann@harbournotes.example>", "Date: Mon, 3 Mar 2025 07:00", subject]
    article = parse_text("\n".join([*header, *masthead, headline, *BODY]), lang=lang)
    assert article.headline == headline


def test_a_subject_with_a_colon_whose_parts_do_not_come_again_names_no_masthead():
    from tearsheet.masthead import mail_mastheads

    blocks = [
        "From: Ann Lee <ann@example.org>",
        "Subject: Ausgabe 41: Der Herbst kommt",
        "Ausgabe 41: Der Herbst kommt",
        *BODY,
    ]
    assert mail_mastheads(blocks, 2) == frozenset({"ann lee"})


@pytest.mark.parametrize(
    ("lang", "header", "headline"),
    [
        (
            "ca",
            [
                "De: Premsa AMB <premsa@amb.example>",
                "Enviat: dijous, 28 de maig de 2026 11:02",
                "Per a: redaccio@diari.example",
                "Assumpte: NOTA DE PREMSA | Noves estacions de bicicleta",
            ],
            "Noves estacions de bicicleta a Molins de Rei i Sant Andreu",
        ),
        (
            "es",
            [
                "De: Prensa Ayuntamiento <prensa@ayto.example>",
                "Enviado el: jueves, 28 de mayo de 2026 11:02",
                "Para: Redacción Diario <redaccion@diario.example>",
                "Asunto: Nota de prensa",
            ],
            "El Ayuntamiento amplía el servicio de bicicletas a seis barrios",
        ),
        (
            "vi",
            [
                "Người gửi: Ban Báo chí <baochi@thanhpho.example>",
                "Người nhận: toasoan@bao.example",
            ],
            "Thành phố mở thêm 24 trạm xe đạp công cộng",
        ),
    ],
)
def test_a_mail_field_with_a_label_of_several_words_is_the_header_s(lang, header, headline):
    """Outlook's "Per a:", "Enviado el:", "Người nhận:": the header goes on past a label of
    two or three words when an address follows it, and the headline is under it."""
    from tearsheet.plaintext import parse_text

    article = parse_text("\n".join([*header, "", headline, *BODY]), lang=lang)
    assert article.headline == headline
    assert not any(line in article.body for line in header)


def test_a_headline_with_a_colon_under_the_sender_is_no_mail_field():
    """A label of several words is a mail field only with an address after it: "Rail
    strike live: …" under the sender stays the headline."""
    headline = "Rail strike live: commuters face a second day of disruption"
    blocks = ["The Harbour Letter <news@harbour.example>", headline, *BODY]
    assert read_mail_header(blocks, Draft(lang="en")) == 1


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        # Gmail's web view: the sender, its "Unsubscribe" link, the date, "to me".
        (
            "en",
            [
                "Harbour Cycling Campaign <news@harbourcycling.example>",
                "Unsubscribe",
                "Thu, 23 Apr 2026, 08:15",
                "to me",
            ],
        ),
        (
            "de",
            ["Radentscheid Kiel <info@radentscheid.example>", "Mo., 4. Mai 2026, 07:30", "an mich"],
        ),
        (
            "es",
            ["Bici Sevilla <hola@bicisevilla.example>", "28 may 2026, 9:02", "para mí, Ana"],
        ),
        ("nl", ["Fietsbond Utrecht <info@fietsbond.example>", "4 mei 2026, 07:30", "aan mij"]),
        # Outlook's "To:" left empty under the subject.
        (
            "so",
            [
                "From: HGHI Warbaahinta <media@hghi.example>",
                "Date: Tue, Mar 10, 2026 at 2:14 PM",
                "Subject: Abaarta Gedo",
                "To:",
            ],
        ),
    ],
)
def test_gmail_s_links_and_recipient_rows_are_the_header_s(lang, header):
    """ "Unsubscribe" beside the sender and Gmail's "to me" in the reader's language, or an
    empty "To:", are the mail's header: the headline is under them, never one of them."""
    draft = Draft(lang=lang)
    assert read_mail_header(
        [*header, "The Bath Road lanes are (nearly) here", *BODY], draft
    ) == len(header)


def test_a_line_addressed_to_someone_under_the_header_is_not_gmail_s_recipient():
    """ "To me, Ann" is Gmail's; a headline that opens with "To" is not."""
    blocks = [
        "The Harbour Letter <news@harbour.example>",
        "To mend a harbour wall, first count the stones",
        *BODY,
    ]
    assert read_mail_header(blocks, Draft(lang="en")) == 1


@pytest.mark.parametrize(
    ("lang", "header", "link"),
    [
        (
            "es",
            ["Club de Remo <news@remo.example>", "Cancelar suscripción", "jue, 23 abr 2026, 8:15"],
            "Ver este correo en tu navegador",
        ),
        (
            "de",
            ["Ruderclub Kiel <news@ruderclub.example>", "Abbestellen", "Do., 23. Apr. 2026, 08:15"],
            "Im Browser ansehen",
        ),
        (
            "pl",
            ["Klub Wioślarski <news@klub.example>", "Anuluj subskrypcję", "23 kwi 2026, 08:15"],
            "Wyświetl w przeglądarce",
        ),
        (
            "fr",
            ["Club d'aviron <news@aviron.example>", "Se désabonner", "jeu. 23 avr. 2026, 08:15"],
            "Afficher dans le navigateur",
        ),
    ],
)
def test_gmail_s_unsubscribe_link_and_the_browser_link_in_the_reader_s_language(lang, header, link):
    """Gmail's "Unsubscribe" beside the sender and the newsletter's link to open it in the
    browser, in the reader's language, are never the headline."""
    from tearsheet.plaintext import parse_text

    headline = "The new boathouse is (nearly) here"
    article = parse_text("\n".join([*header, link, headline, *BODY]), lang=lang)
    assert article.headline == headline
    assert link not in article.body


def test_a_sentence_about_a_browser_under_the_header_stays_the_story_s():
    """A story's sentence that names a browser is no link to the web version."""
    from tearsheet.masthead import links_to_web_version

    assert not links_to_web_version("Firefox is the browser most of our readers use.")
    assert not links_to_web_version("Is Firefox still the browser most of our readers use?")
    assert links_to_web_version("View this email in your browser")


@pytest.mark.parametrize(
    "line",
    [
        "Kan du ikke se nyhedsbrevet? Åbn det i din browser.",
        "Can't see this newsletter properly? Open it in your browser.",
        "Wird dieser Newsletter nicht richtig angezeigt? Dann öffnen Sie ihn im Browser.",
        "Le message ne s'affiche pas correctement ? Voir la version web",
        "¿No ves bien este correo? Ábrelo en tu navegador.",
        "Nie widzisz poprawnie tej wiadomości? Otwórz ją w przeglądarce.",
    ],
)
def test_a_question_on_how_the_mail_shows_with_its_link_is_the_header_s(line):
    """ "Can't see this newsletter? Open it in your browser.", in the reader's language,
    under the mail's header: never the headline."""
    from tearsheet.plaintext import parse_text

    header = ["From: Harbour Club <news@harbour.example>", "Date: 23 April 2026", "To: me@x.org"]
    headline = "The new boathouse is (nearly) here"
    article = parse_text("\n".join([*header, "", line, "", headline, "", *BODY]), lang="en")
    assert article.headline == headline
    assert line not in article.body


@pytest.mark.parametrize(
    ("sender", "byline"),
    [
        ("Lena Vogt <lena@example.de>", ["Lena Vogt"]),
        ("Tomás Ferreira <tomas@example.pt>", ["Tomás Ferreira"]),
        ("Kovács Anna <anna@example.hu>", ["Kovács Anna"]),
        # A name in a script without capitals.
        ("王雨桐 <yutong@example.cn>", ["王雨桐"]),
        # An organisation with no given name in its name: the newsletter, not its writer.
        ("Bristol Cycling Campaign <news@bristolcycling.example>", []),
        ("Telex Reggeli <reggeli@telex.example>", []),
    ],
)
def test_the_sender_is_the_byline_only_when_a_person(sender, byline):
    draft = Draft(lang="en")
    read_mail_header([sender, "Thu, 23 Apr 2026, 08:15", "to me", "A headline", *BODY], draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    "line",
    [
        "AP Logo",
        "Logo de Le Monde",
        "Logo of The Harbour Post",
        "Логотип РБК",
        "شعار الجزيرة",
        "로고",
    ],
)
def test_a_site_s_logo_as_its_alt_text_is_no_name_and_no_headline(line):
    from tearsheet.headlines import headline_flaw
    from tearsheet.pagehead import names_line

    assert is_logo_text(line)
    assert names_line(line) == []
    assert headline_flaw(line, None) is not None


@pytest.mark.parametrize(
    "line",
    ["Ann Lee", "Logopedists warn of longer waiting lists", "Der neue Logo-Streit im Fußball"],
)
def test_lines_that_name_no_logo(line):
    assert not is_logo_text(line)


@pytest.mark.parametrize(
    ("lang", "top", "headline", "byline", "date"),
    [
        (
            "en",
            ["AP", "AP Logo", "Menu"],
            "Grain barges slow as the river falls",
            "By Tom Brekke",
            "October 15, 2026",
        ),
        (
            "es",
            ["EFE", "Logo de EFE"],
            "El puerto de Vigo ampliará su terminal",
            "Marta Outeiral",
            "22/06/2026 05:00 h",
        ),
    ],
)
def test_the_site_s_name_over_its_logo_is_its_masthead(lang, top, headline, byline, date):
    from tearsheet.plaintext import parse_text

    story = {
        "en": "Barge operators are lightening loads and slowing down as the river falls, "
        "just as farmers in the Midwest bring in their corn and soybeans.",
        "es": "La obra ganará noventa mil metros cuadrados al mar y permitirá recibir buques "
        "portacontenedores de mayor calado, según la autoridad portuaria.",
    }[lang]
    article = parse_text("\n".join([*top, headline, byline, date, story, story]), lang=lang)
    assert article.headline == headline
    assert top[1] not in article.byline


@pytest.mark.parametrize(
    "line",
    [
        "Having trouble viewing this email? View it in your browser.",
        "Wird dieser Newsletter nicht richtig angezeigt? Im Browser öffnen",
        "Problemy z wyświetlaniem? Zobacz wersję online",
    ],
)
def test_a_question_on_how_the_mail_shows_over_a_copied_newsletter_without_its_header(line):
    from tearsheet.masthead import asks_to_open_online
    from tearsheet.plaintext import parse_text

    assert asks_to_open_online(line)
    headline = "The new boathouse is (nearly) here"
    article = parse_text("\n\n".join([line, headline, *BODY]), lang="en")
    assert article.headline == headline
    assert line not in article.body


def test_a_question_about_browsers_is_no_link_to_the_web_version():
    from tearsheet.masthead import asks_to_open_online

    assert not asks_to_open_online("Which browser should you use? We tested five of them.")
    assert not asks_to_open_online("Is Firefox still the browser most of our readers use?")


# A story under a newsletter's or a forwarded release's own lines, in three languages.
STORY = {
    "en": [
        "The harbour board approved the new ferry terminal on Tuesday after two years of "
        "planning, and building work is due to begin in the autumn, officials said.",
        "The terminal will have room for three ships at once and a covered waiting hall for "
        "about four hundred passengers, according to the published plans.",
    ],
    "es": [
        "El Ayuntamiento aprobó el martes el nuevo plan de movilidad tras dos años de "
        "negociaciones, y las primeras obras comenzarán en otoño, según fuentes municipales.",
        "El plan prevé doce kilómetros de carriles bici y la ampliación de las líneas de "
        "autobús nocturno a los barrios del norte de la ciudad.",
    ],
    "pl": [
        "Rada miasta zatwierdziła we wtorek nowy plan komunikacji po dwóch latach prac, a "
        "pierwsze inwestycje ruszą jesienią, poinformował rzecznik ratusza.",
        "Plan przewiduje dwanaście kilometrów dróg rowerowych i nowe nocne linie autobusowe "
        "do dzielnic na północy miasta.",
    ],
}


@pytest.mark.parametrize(
    ("lang", "header", "masthead", "headline"),
    [
        (
            "en",
            [
                "From: Harbour Weekly <news@harbour.example>",
                "Date: Fri, 11 Apr 2025 07:00",
                "Subject: Harbour Weekly: Ferry terminal approved",
            ],
            ["HARBOUR WEEKLY", "Your week on the waterfront", "Issue 42 | 11 April 2025"],
            "Ferry terminal approved after two years: what changes for passengers",
        ),
        (
            "es",
            [
                "De: Boletín municipal <boletin@ayto.example>",
                "Enviado: martes, 3 de junio de 2025 9:00",
                "Asunto: [Boletín n.º 12] Nuevo plan de movilidad, fiestas y cursos de verano",
            ],
            ["Si no ves bien este mensaje, ábrelo en tu navegador.", "BOLETÍN MUNICIPAL"],
            "El nuevo plan de movilidad, aprobado: lo que cambia para ti",
        ),
        (
            "pl",
            [
                "Od: Biuro prasowe <prasa@miasto.example>",
                "Wysłano: wtorek, 3 czerwca 2025 09:00",
                "Temat: KOMUNIKAT - Nowy plan komunikacji dla miasta",
            ],
            [
                "Szanowni Państwo,",
                "W załączeniu przesyłamy komunikat prasowy z prośbą o publikację. Dziękujemy.",
                "KOMUNIKAT PRASOWY",
            ],
            "Nowy plan komunikacji dla miasta przyjęty przez radę",
        ),
    ],
)
def test_the_subject_in_other_words_under_the_newsletter_s_lines_is_the_headline(
    lang, header, masthead, headline
):
    """The subject comes again longer, or shorter, under the newsletter's name, issue and
    tagline (or a covering note under a greeting): that line is the headline, and the lines
    over it are not the body's."""
    from tearsheet.plaintext import parse_text

    article = parse_text("\n\n".join([*header, *masthead, headline, *STORY[lang]]), lang=lang)
    assert article.headline == headline
    assert article.body.split("\n\n")[0] == STORY[lang][0]


def test_a_subject_sharing_only_the_newsletter_s_name_leaves_the_first_line():
    """Two words in common (the newsletter's name) do not make a line the subject's."""
    from tearsheet.plaintext import parse_text

    header = [
        "From: Harbour Weekly <news@harbour.example>",
        "Date: Fri, 11 Apr 2025 07:00",
        "Subject: Harbour Weekly: the boats are back",
    ]
    headline = "Ferry terminal approved after two years of planning"
    article = parse_text("\n\n".join([*header, headline, *STORY["en"]]), lang="en")
    assert article.headline == headline


def test_the_subject_again_under_the_first_paragraph_is_another_story_s():
    """A line matching the subject under the newsletter's first paragraph opens a later
    story: the first story's headline stays the headline."""
    from tearsheet.plaintext import parse_text

    header = [
        "From: Harbour Weekly <news@harbour.example>",
        "Date: Fri, 11 Apr 2025 07:00",
        "Subject: New lighthouse museum opens in May",
    ]
    lines = [
        "Ferry terminal approved after two years",
        *STORY["en"],
        "New lighthouse museum opens in May",
        "The museum in the old keeper's house will open its doors on the first of May.",
    ]
    article = parse_text("\n\n".join([*header, *lines]), lang="en")
    assert article.headline == lines[0]
    assert STORY["en"][0] in article.body


def test_the_letter_s_sentence_saying_what_the_subject_says_is_no_headline_under_a_greeting():
    from tearsheet.plaintext import parse_text

    text = (
        "From: Anna Berg <anna.berg@example.org>\n"
        "Sent: Tuesday, 11 March 2025 09:12\n"
        "To: members@example.org\n"
        "Subject: Invitation to the annual general meeting\n\n"
        "Dear members,\n\n"
        "Thank you all for your support over the past year, which has been a difficult one "
        "for the club.\n\n"
        "We are pleased to invite you to the annual general meeting on 5 May at the "
        "clubhouse.\n\n"
        "The agenda will include the election of a new board and the accounts for 2024.\n\n"
        "Best regards,\nAnna Berg\n"
    )
    article = parse_text(text, "en")
    assert article.headline == "Invitation to the annual general meeting"
    assert article.body.startswith("Dear members,\n\nThank you all for your support")


@pytest.mark.parametrize(
    ("lang", "banner", "headline"),
    [
        (
            "nl",
            "FIETSERSBOND NIEUWSBRIEF – OKTOBER 2025",
            "Waarom de nieuwe fietsbrug bij Zwolle nog niet open is",
        ),
        ("de", "Newsletter · März 2026", "Warum die Stadtbibliothek am Sonntag öffnen soll"),
        (
            "fr",
            "Infolettre du quartier, juin 2025",
            "Le marché de la place Carnot change de jour à la rentrée",
        ),
    ],
)
def test_a_newsletter_s_banner_over_its_headline_is_not_the_headline(lang, banner, headline):
    """ "<newsletter's name and month> / <headline> / <byline>": the banner is a label."""
    from tearsheet.plaintext import parse_text

    byline = {"nl": "Door Esther Maas", "de": "Von Jonas Albrecht", "fr": "Par Claire Vasseur"}[
        lang
    ]
    text = "\n".join([banner, "", headline, byline, "", *PROSE_OF[lang]])
    assert parse_text(text, lang=lang).headline == headline


PROSE_OF = {
    "nl": [
        "De brug over het Zwarte Water had in het voorjaar open moeten gaan, maar de aannemer "
        "kreeg de stalen delen pas in de zomer geleverd, schrijft de gemeente.",
        "Fietsers moeten tot die tijd omrijden via de oude verkeersbrug, wat op een gewone "
        "werkdag al snel tien minuten extra kost.",
    ],
    "de": [
        "Seit Jahren fordern Leserinnen und Leser längere Öffnungszeiten, und nun hat der "
        "Gemeinderat einen Versuch für das kommende Frühjahr beschlossen.",
        "Die Kosten für das zusätzliche Personal trägt zunächst der Förderverein, der dafür "
        "im vergangenen Jahr Spenden gesammelt hat.",
    ],
    "fr": [
        "À partir de septembre, les commerçants s'installeront le mercredi plutôt que le "
        "mardi, pour laisser la place aux travaux de la ligne de tramway.",
        "La mairie promet que le nombre d'emplacements restera le même et que les horaires "
        "ne changeront pas pour les clients.",
    ],
}


@pytest.mark.parametrize(
    "line",
    [
        "FIETSERSBOND NIEUWSBRIEF – OKTOBER 2025",
        "Newsletter · März 2026",
        "Nyhetsbrev fra styret – mars 2026",
    ],
)
def test_newsletter_banners(line):
    from tearsheet.masthead import is_newsletter_banner

    assert is_newsletter_banner(line)


@pytest.mark.parametrize(
    "line",
    ["Our newsletter turns ten in 2025, and so do you all", "Newsletter: what changed this week"],
)
def test_lines_that_are_no_newsletter_banners(line):
    from tearsheet.masthead import is_newsletter_banner

    assert not is_newsletter_banner(line)


@pytest.mark.parametrize(
    ("header", "warning", "headline", "story"),
    [
        (
            [
                "From: Harbour Authority Press Office <press@harbour.example>",
                "Sent: Tuesday, 3 March 2026 09:40",
                "To: newsdesk@islandtimes.example",
                "Subject: PRESS RELEASE: New ferry terminal opens on the north side",
            ],
            "This email originated from outside the organisation. Do not click links or open "
            "attachments unless you recognise the sender and know the content is safe.",
            "New ferry terminal opens on the north side of the island",
            "North Isles, 3 March 2026 – The Harbour Authority opened its new ferry terminal on "
            "Monday, two years after work began on the site of the old fish market.",
        ),
        (
            [
                "Von: Stadtwerke Kassel <presse@stadtwerke-kassel.example>",
                "Gesendet: Dienstag, 4. November 2025 09:12",
                "An: redaktion@zeitung.example",
                "Betreff: PRESSEMITTEILUNG: Stadtwerke erneuern Wasserleitungen in Wehlheiden",
            ],
            "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf "
            "Links und öffnen Sie keine Anhänge, es sei denn, Sie kennen den Absender.",
            "Stadtwerke erneuern zwölf Kilometer Wasserleitungen in Wehlheiden",
            "Kassel, 4. November 2025 – Die Stadtwerke Kassel erneuern ab Januar rund zwölf "
            "Kilometer Wasserleitungen im Stadtteil Wehlheiden, die Arbeiten dauern bis 2027.",
        ),
    ],
)
def test_a_mail_server_s_outside_warning_is_no_part_of_the_release(
    header, warning, headline, story
):
    """The warning a company's mail server puts over mail from outside reads as a sentence;
    the release's own headline under it, in other words than the subject, is still found."""
    lines = [*header, "", warning, "", "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "", headline]
    text = "\n".join([*lines, "", story, "", "A second paragraph of the release, in prose."])
    article = parse_text(text + "\n")
    assert article.headline == headline
    assert warning not in article.body
    assert article.body.startswith(story.split("– ", 1)[1])


@pytest.mark.parametrize(
    "line",
    [
        "[EXTERNAL] Do not click links or open attachments unless you know the sender.",
        "Ce courriel provient de l'extérieur de l'organisation. Soyez prudent.",
        "Deze e-mail is afkomstig van buiten de organisatie.",
    ],
)
def test_outside_warnings(line):
    assert is_outside_warning(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the money came from outside the city, from a national fund.",
        "Residents who live outside the organisation's area can still apply.",
    ],
)
def test_sentences_that_are_no_outside_warning(line):
    assert not is_outside_warning(line)


@pytest.mark.parametrize(
    ("lang", "header", "masthead", "headline", "greeting", "byline"),
    [
        (
            "zh",
            [
                "发件人：王雨桐 <yutong@shuxin.example.cn>",
                "日期：2026年3月6日 星期五 08:00",
                "主题：书信周刊 第18期｜为什么纸质书又开始好卖了",
            ],
            "书信周刊 · 第18期",
            "为什么纸质书又开始好卖了",
            "各位读者，早上好。",
            ["王雨桐"],
        ),
        (
            "ja",
            [
                "差出人：佐藤美咲 <misaki@hondana.example.jp>",
                "日付：2026年3月6日 8:00",
                "件名：本棚だより 第18号｜紙の本がまた売れ始めた理由",
            ],
            "本棚だより・第18号",
            "紙の本がまた売れ始めた理由",
            "読者のみなさん、おはようございます。",
            ["佐藤美咲"],
        ),
    ],
)
def test_a_mail_header_with_full_width_colons(lang, header, masthead, headline, greeting, byline):
    # Chinese and Japanese mail programs write the fields' colons full width ("主题："): the
    # subject is the header's, and the sender, in a script without capitals, the writer.
    story = {
        "zh": "这周有不少读者来信问我：为什么书店里的纸质书又多了起来？我去了几家独立书店，"
        "和店主们聊了聊，原因大概有三个。第一是价格，第二是阅读习惯，第三是书店本身的变化。",
        "ja": "今週は多くの読者から、なぜ書店に紙の本が戻ってきたのかという質問をいただきました。"
        "いくつかの独立系書店を訪ねて店主に話を聞くと、理由は大きく三つありそうです。",
    }[lang]
    lines = [*header, "", masthead, "", headline, "", greeting, "", story]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline
    assert list(article.byline) == byline


@pytest.mark.parametrize(
    ("lang", "title", "address", "headline", "byline", "story"),
    [
        (
            "sv",
            "Balkongodlaren – en blogg om grönsaker på tre kvadratmeter",
            "https://balkongodlaren.example.se/2025/07/14/tomaterna/",
            "Tomaterna 2025: fem sorter, en favorit",
            "av Maja Ekström · 14 juli 2025 · Odling",
            "I år odlade jag fem tomatsorter på balkongen, två plantor av varje. Jag lovade i "
            "maj att räkna varenda tomat, och nu har jag gjort det. Här är resultatet.",
        ),
        (
            "en",
            "Plot Notes – a blog about an allotment in Leeds",
            "https://plotnotes.example.org/2025/07/14/tomatoes/",
            "Tomatoes 2025: five varieties, one favourite",
            "by Hannah Cole · 14 July 2025 · Growing",
            "This year I grew five kinds of tomato on the plot, two plants of each. I promised "
            "in May to count every fruit, and now I have. Here are the results.",
        ),
    ],
)
def test_a_printed_page_s_title_and_address_over_its_headline(
    lang, title, address, headline, byline, story
):
    # A browser prints the page's title and address over it: furniture, not the headline.
    lines = [title, address, "", headline, "", byline, "", story, "", story]
    article = parse_text("\n".join(lines), lang=lang)
    assert article.headline == headline


@pytest.mark.parametrize(
    "line",
    [
        "Газета «Коммерсантъ» №71 от 22.04.2026, стр. 9",
        "Le Monde n° 24567, 22 avril 2026, p. 12",
        "Süddeutsche Zeitung Nr. 71, 22.04.2026, S. 9",
        "Gazeta Wyborcza nr 71, 22.04.2026, s. 3",
    ],
)
def test_where_the_story_stood_in_print_is_an_issue_line(line):
    from tearsheet.masthead import is_issue_line

    assert is_issue_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nr. 1 der Welt: Warum die Stadt ihre Brücken neu baut, S. 3",
        "Issue 42: why the harbour needs a second quay, and who will pay for the dredging, p. 4",
    ],
)
def test_a_headline_with_a_number_and_a_page_is_no_print_reference(line):
    from tearsheet.masthead import is_issue_line

    assert not is_issue_line(line)


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        (
            "th",
            [
                "จาก: ฝ่ายสื่อสารองค์กร <news@example.co.th>",
                "วันที่: 7 พ.ค. 2026 10:30",
                "ถึง: newsroom@example.net",
                "เรื่อง: โรงงานใหม่เปิดที่ชลบุรี",
            ],
        ),
        (
            "hi",
            [
                "प्रेषक: जनसंपर्क विभाग <press@example.in>",
                "दिनांक: 7 मई 2026",
                "प्रति: newsroom@example.net",
                "विषय: शहर में नया पुल खुला",
            ],
        ),
    ],
)
def test_mail_labels_with_their_scripts_vowel_signs_are_the_mail_s_header(lang, header):
    blocks = [*header, "โรงงานใหม่เปิดที่ชลบุรี", "The new plant opened on Monday in the east."]
    draft = Draft(lang=lang)
    assert read_mail_header(blocks, draft) == len(header)


def test_gmail_s_unsubscribe_link_after_the_sender_s_address():
    from tearsheet.plaintext import parse_text

    story = [
        "Essa semana chegou a minha conta de luz e, pela primeira vez em meses, ela veio "
        "menor do que a anterior, e eu fui atrás de entender por quê.",
        "Juntei os dados da Aneel dos últimos doze meses numa planilha e o padrão é bem "
        "claro: a bandeira mudou três vezes em um ano.",
    ]
    text = "\n".join(
        [
            "O que a conta de luz não te conta (ainda)",
            "Caixa de entrada",
            "",
            "Luiza Moraes de Café com Dados <cafecomdados@substack.com> Cancelar inscrição",
            "ter., 3 de mar. de 2026, 07:01",
            "para mim",
            "",
            "Encaminharam este e-mail para você? Assine aqui para receber mais",
            "Ler no app",
            "",
            "O que a conta de luz não te conta (ainda)",
            "Luiza Moraes",
            "3 de mar.",
            "",
            "\n\n".join(story),
        ]
    )
    article = parse_text(text, lang="pt")
    assert article.headline == "O que a conta de luz não te conta (ainda)"
    assert article.byline == ("Luiza Moraes",)
    assert [p.strip() for p in article.body.split("\n\n") if p.strip()] == story


def test_site_name_read_as_the_writer_is_the_source() -> None:
    """ "প্রথম আলো" over the menus, beside the date and in the © line: the paper, not a
    writer; its © line names the source."""
    from tearsheet.plaintext import parse_text

    menu = "\n".join(["প্রথম আলো", "সর্বশেষ", "বাংলাদেশ", "রাজনীতি", "বিশ্ব", "বাণিজ্য", "খেলা"])
    text = (
        f"{menu}\n\nমেট্রোরেলের নতুন স্টেশন চালু হচ্ছে আগামী মাসে\n\nপ্রথম আলো\n\n"
        "প্রকাশ: ১৮ ফেব্রুয়ারি ২০২৬, ১৬: ৪০\n\n"
        "ঢাকার মেট্রোরেলের নতুন স্টেশনটি আগামী মাসে যাত্রীদের জন্য খুলে দেওয়া হবে বলে জানিয়েছে "
        "কর্তৃপক্ষ। এতে প্রতিদিন আরও প্রায় বিশ হাজার যাত্রী সুবিধা পাবেন।\n\n"
        "কর্মকর্তারা বলেছেন, স্টেশনের কাজ প্রায় শেষ, এখন শুধু নিরাপত্তা পরীক্ষা বাকি আছে এবং "
        "সেটি শেষ হলেই চালু করা হবে।\n\n© স্বত্ব প্রথম আলো ১৯৯৮ - ২০২৬\n"
    )
    article = parse_text(text, lang="bn")
    assert article.byline == ()
    assert article.source == "প্রথম আলো"


def test_blogger_named_over_her_blog_is_still_its_writer() -> None:
    from tearsheet.recognise import Draft

    draft = Draft(lang="en")
    draft.byline.append("Maeve Doherty")
    draft.removed.append(("masthead name", "Maeve Doherty"))
    assert not drop_masthead_byline("Maeve Doherty", draft)
    assert draft.byline == ["Maeve Doherty"]


@pytest.mark.parametrize("line", ["Inbox", "Posteingang", "Posteingang x", "Boîte de réception"])
def test_gmail_s_folder_label_is_a_mail_folder(line):
    assert is_mail_folder(line)


@pytest.mark.parametrize("line", ["Inbox zero is a myth", "Der Posteingang quillt über"])
def test_a_headline_naming_the_inbox_is_no_folder(line):
    assert not is_mail_folder(line)


def test_the_mail_program_s_note_on_hidden_pictures_goes_with_the_header():
    blocks = [
        "株式会社ミナトフーズ 広報部 <pr@example.co.jp>",
        "2026年2月10日(火) 10:00",
        "To: 自分",
        "このメッセージは表示されている画像を含みます。画像を表示",
        "報道関係者各位",
    ]
    assert read_mail_header(blocks, Draft(lang="ja")) == 4


SUBSTACK_MAIL = (
    "From: {sender} <wardwatch@substack.com>\n"
    "Date: Wed, 9 Apr 2025 at 07:02\n"
    "Subject: The new council map, explained in five minutes\n"
    "To: <m.keane@fastmail.com>\n\n"
    "View this post on the web at https://wardwatch.substack.com/p/the-new-council-map\n\n"
    "{masthead}\n"
    "The new council map, explained in five minutes\n"
    "Three districts become five, and the north side finally gets its own seat\n"
    "Priya Raman\n"
    "Apr 9\n\n"
    "Last night the Spokane Redistricting Commission voted 4-1 to adopt the map everyone "
    "has been calling Option C. If you only read one thing about it, make it this.\n\n"
    "The commission's chair said the vote ended two years of argument over the north side, "
    "which has grown faster than any other part of the city.\n"
)


def test_a_sender_named_again_over_the_headline_is_the_newsletter_not_its_writer():
    """ "Ward Watch" sends the mail and stands over its headline: the publication's name,
    however like a person's it reads; the writer is the name under the headline."""
    text = SUBSTACK_MAIL.format(sender="Ward Watch", masthead="Ward Watch")
    assert parse_text(text, lang="en").byline == ("Priya Raman",)


def test_a_person_sending_under_another_masthead_still_signs():
    text = SUBSTACK_MAIL.format(sender="Priya Raman", masthead="Ward Watch")
    assert parse_text(text, lang="en").byline == ("Priya Raman",)
