"""Bylines (tearsheet.bylines): the byline's words and names in the shapes and scripts real
pages print them, read into the article; what only looks like a byline left out."""

from __future__ import annotations

import pytest

from tearsheet.bylines import (
    is_writer,
    name_before_role,
    person_names,
    read_byline,
    sender_name,
)
from tearsheet.bylinesunder import read_footer_byline
from tearsheet.pagehead import names_line
from tearsheet.personnames import is_name
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

BODY = (
    "The first paragraph of the story is long enough to read as prose, and it goes on for a "
    "while so that the importer has no doubt about it.\n\n"
    "A second paragraph follows it, also a full sentence of the article's own text, with "
    "more words in it than a caption would have.\n\n"
    "A third paragraph closes the story, again a sentence of some length about the matter.\n"
)


@pytest.mark.parametrize("text", ["Redacción", "Comunicação Águas do Vale", "Staff"])
def test_staff_credits_name_no_person(text: str) -> None:
    assert person_names(text) == []


def test_role_under_the_name_is_not_the_headline() -> None:
    text = (
        "Siatkówka\n\nPolscy siatkarze w finale Ligi Narodów! Kapitalny powrót\n\n"
        "Michał Kołodziejczyk\n\nDziennikarz Przeglądu Sportowego\n\n"
        "sobota, 26 lipca 2025 22:47\n\n" + BODY
    )
    article = parse_text(text, lang="pl")
    assert article.headline == "Polscy siatkarze w finale Ligi Narodów! Kapitalny powrót"


def test_a_paper_under_the_headline_is_no_byline() -> None:
    text = (
        "Popocatépetl registra 45 exhalaciones en un día\n\nDe la Redacción y EFE\n\n"
        "Periódico La Jornada\n\nMiércoles 14 de mayo de 2025, p. 28\n\n" + BODY
    )
    assert parse_text(text, lang="es").byline == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The outlets after a comma, joined by the language's "and" themselves.
        (
            "Rafaela Cavalcanti e Diego Albuquerque, g1 PE e TV Globo",
            ["Rafaela Cavalcanti", "Diego Albuquerque"],
        ),
        ("Anders Nilsen og Silje Hauge", ["Anders Nilsen", "Silje Hauge"]),
        ("Jan de Vries en Piet Bos", ["Jan de Vries", "Piet Bos"]),
        ("Anna Nowak i Jan Kowalski", ["Anna Nowak", "Jan Kowalski"]),
        # Swedish "i" is "in": the place after it is no second author.
        ("Anna Berg i Stockholm", ["Anna Berg"]),
        ("Mark Ellis, Staff Writer", ["Mark Ellis"]),
        # The role right after the name, no comma between: the name is no staff's.
        ("Karen Lindqvist Staff writer", ["Karen Lindqvist"]),
    ],
)
def test_names_joined_in_the_languages(text: str, names: list[str]) -> None:
    assert person_names(text) == names


@pytest.mark.parametrize(
    ("header", "lang", "byline"),
    [
        (
            "Por Rafaela Cavalcanti e Diego Albuquerque, g1 PE e TV Globo\n15/06/2025 19h22",
            "pt",
            ("Rafaela Cavalcanti", "Diego Albuquerque"),
        ),
        (
            "Av Anders Nilsen og Silje Hauge\nPublisert: 12.03.26 22:58",
            "no",
            ("Anders Nilsen", "Silje Hauge"),
        ),
        # The languages' plural "authors" with its colon.
        ("Autoři: Petra Nováková, Ondřej Hájek", "cs", ("Petra Nováková", "Ondřej Hájek")),
        ("Autorzy: Anna Nowak, Piotr Wiśniewski", "pl", ("Anna Nowak", "Piotr Wiśniewski")),
        # The second name on a line of its own, and the paper's name under them.
        (
            "By  Wanjiru Kamau\n& Brian Otieno\nNation Media Group\nWednesday, November 19, 2025",
            "en",
            ("Wanjiru Kamau", "Brian Otieno"),
        ),
    ],
)
def test_bylines_of_two(header: str, lang: str, byline: tuple[str, ...]) -> None:
    text = "Home\nNews\nSport\nThe headline of the story is here today\n" + header + "\n" + BODY
    article = parse_text(text, lang=lang)
    assert article.byline == byline
    assert article.headline == "The headline of the story is here today"


@pytest.mark.parametrize(
    ("names", "byline"),
    [
        ("Merel Dijkstra\nRuben van Os", ("Merel Dijkstra", "Ruben van Os")),
        ("Clara Blanchar Roig\nJordi Massana", ("Clara Blanchar Roig", "Jordi Massana")),
        # A place or a role under the name is neither a second author.
        ("Helena Marsh\nBuenos Aires", ("Helena Marsh",)),
        ("Tomáš Procházka\nKomentátor Seznam Zpráv", ("Tomáš Procházka",)),
    ],
)
def test_name_lines_stacked(names: str, byline: tuple[str, ...]) -> None:
    text = "Analyse\nWaarom de bouw in Nederland nog steeds wacht\n" + names + "\n28 mei 2025\n"
    assert parse_text(text + BODY, lang="nl").byline == byline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Helena Marsh Energy correspondent", "Helena Marsh"),
        ("Mary Ann Smith Staff writer", "Mary Ann Smith"),
        ("Ana Souza senior reporter", "Ana Souza"),
        ("Helena Marsh Chief Political Correspondent", "Helena Marsh"),
        # The beat or the place before a role in lower case is the role's.
        ("Fiona MacLeod Scotland correspondent", "Fiona MacLeod"),
        ("Pablo Ortega Europe editor", "Pablo Ortega"),
        ("Jane Doe", "Jane Doe"),
        ("Staff Writer", None),
    ],
)
def test_name_before_a_role(text: str, name: str | None) -> None:
    assert name_before_role(text) == name


def test_name_and_role_on_one_line_under_the_headline() -> None:
    text = (
        "Energy\nHeat pump installations fall for first time in five years\n"
        "Helena Marsh Energy correspondent\nTue 4 Nov 2025 06.00 GMT\nShare\n" + BODY
    )
    article = parse_text(text, lang="en")
    assert article.byline == ("Helena Marsh",)
    assert article.headline == "Heat pump installations fall for first time in five years"


def test_copyright_holder_who_wrote_it_is_no_source() -> None:
    text = (
        "Cold Compost\nThe year my allotment taught me to stop measuring\n"
        "Notes from plot 14b and a very stubborn pumpkin\nMaeve Doherty\nOct 26, 2025\n"
        + BODY
        + "\nShare\n\n© 2025 Maeve Doherty\n548 Market Street PMB 72296, San Francisco\n"
        "Unsubscribe\n"
    )
    article = parse_text(text, lang="en")
    assert article.byline == ("Maeve Doherty",)
    assert article.source is None


@pytest.mark.parametrize(
    ("sender", "lang", "byline"),
    [
        ("De: Bruno Tavares | Bolso Cheio <bolsocheio@mail.beehiiv.com>", "pt", ("Bruno Tavares",)),
        (
            "From: Maeve Doherty from Cold Compost <coldcompost@substack.com>",
            "en",
            ("Maeve Doherty",),
        ),
        ("Von: Lena Vogt - Küchenbrief <lena@example.de>", "de", ("Lena Vogt",)),
        # A newsletter or a press service is no writer.
        ("Lähettäjä: STT Info <noreply@sttinfo.fi>", "fi", ()),
    ],
)
def test_writer_in_the_mail_sender(sender: str, lang: str, byline: tuple[str, ...]) -> None:
    text = (
        sender + "\nTo: reader@example.org\nDate: 5 August 2025 at 07:01\n"
        "Subject: The year in review\n\nView online\n\nThe year in review\n\n" + BODY
    )
    assert parse_text(text, lang=lang).byline == byline


def test_sender_name_keeps_a_name_with_a_particle() -> None:
    assert sender_name("Sanne de Vries") == "Sanne de Vries"
    assert sender_name("Marta Puig de La setmana verda") == "Marta Puig"


@pytest.mark.parametrize(
    ("line", "byline", "source"),
    [
        ("Rūta Jankauskienė (ELTA)", ["Rūta Jankauskienė"], "ELTA"),
        ("Matej Zupan / STA", ["Matej Zupan"], "STA"),
        ("Иван Колев / БТА", ["Иван Колев"], "БТА"),
        ("Rizky Pratama - detikNews", ["Rizky Pratama"], None),
        ("Anna Wróblewska (PAP Biznes)", ["Anna Wróblewska"], None),
        ("ABC Sport / By Dean Tyrrell", ["Dean Tyrrell"], None),
        # The agency right after the names, without a comma.
        ("By Heather Quinlan Associated Press", ["Heather Quinlan"], "Associated Press"),
        ("By JOHN HANNA Associated Press", ["John Hanna"], "Associated Press"),
        ("Von Anna Berg dpa", ["Anna Berg"], "dpa"),
        ("Por Lucía Gómez EFE", ["Lucía Gómez"], "EFE"),
        ("By Hiroshi Kyodo", ["Hiroshi Kyodo"], None),  # a family name, not the agency
        # A place and its agency open a wire story; a picture's credit names no writer.
        ("New York (AP)", [], None),
        ("Getty Images / AFP", [], None),
        ("Снимка: Иван Колев / БТА", [], None),
    ],
)
def test_name_with_its_agency(line: str, byline: list[str], source: str | None) -> None:
    draft = Draft(lang="en")
    assert read_byline(line, draft) == bool(byline)
    assert (draft.byline, draft.source) == (byline, source)


def test_sign_off_under_the_story() -> None:
    text = (
        "Inflacja w październiku spadła do 2,8 proc.\n\n"
        + BODY
        + "\nLê Huy Hải (TTXVN)\n\nTừ khóa:\n\n© 2025 Báo Tin tức\n"
    )
    article = parse_text(text, lang="pl")
    assert article.byline == ("Lê Huy Hải",)
    assert article.source == "TTXVN"
    assert "TTXVN" not in article.body


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Της Ελένης Καραγιάννη", ["Ελένης Καραγιάννη"]),
        ("Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
        ("Na Amina Salim", ["Amina Salim"]),
        ("كتبت- سارة محمود:", ["سارة محمود"]),
        # Zulu's "ngu-" joined to the name; Yoruba's and Igbo's "from the hand of"; Persian's
        # "by the pen of".
        ("Ngu-Sibusiso Ngcobo", ["Sibusiso Ngcobo"]),
        ("NGU-THANDEKA ZULU", ["Thandeka Zulu"]),
        ("nguNomvula Dlamini", ["Nomvula Dlamini"]),
        ("Láti ọwọ́ Kẹ́hìndé Adéyẹmí", ["Kẹ́hìndé Adéyẹmí"]),
        ("Site n'aka Chinedu Okafor", ["Chinedu Okafor"]),
        ("به قلم مریم صادقی", ["مریم صادقی"]),
        # Persian's "written (by)" and "by", as blogs print them.
        ("نوشته رضا کریمی", ["رضا کریمی"]),
        ("نوشته شده توسط مینا حسینی", ["مینا حسینی"]),
        ("توسط علی رضایی", ["علی رضایی"]),
        # Not a byline: an editor's credit, a sentence's genitive, a word after "Na".
        ("Edited by Jane Roe", []),
        ("Ο πρόεδρος του Οργανισμού", []),
        ("Na żywo", []),
        ("By-election results", []),
        ("Ngubane Sipho", []),  # a name that starts as the prefix does
    ],
)
def test_bylines_in_the_languages_words(line: str, byline: list[str]) -> None:
    draft = Draft(lang="en")
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("name", "date", "lang"),
    [
        ("山田花子", "2024年3月5日 14:20", "ja"),
        ("さとう あきこ", "2025年11月3日 21:14", "ja"),
        ("איתי בן דוד", "פורסם: 14.07.25, 08:30", "he"),
        ("नरेश कुमार", "Updated Fri, 23 May 2025 03:15 PM IST", "hi"),
    ],
)
def test_names_in_scripts_without_capitals(name: str, date: str, lang: str) -> None:
    text = "הכותרת של הכתבה היא כאן היום\n" if lang == "he" else "見出しの行はここにあります\n"
    article = parse_text(text + name + "\n" + date + "\n" + BODY, lang=lang)
    assert article.byline == (name,)


def test_a_label_over_the_headline_is_no_name() -> None:
    # A section's label in a script without capitals looks like a name; the headline, not a
    # date, is right under it.
    text = "أخبار محلية\nعنوان الخبر هنا اليوم في المدينة\n3 مارس 2025\n" + BODY
    article = parse_text(text, lang="ar")
    assert article.byline == ()
    assert article.headline == "عنوان الخبر هنا اليوم في المدينة"


def test_name_over_its_role_and_the_date() -> None:
    text = "عنوان الخبر هنا اليوم في المدينة\nنگار مرادی\nخبرنگار\n۳ مارس ۲۰۲۶\n" + BODY
    assert parse_text(text, lang="fa").byline == ("نگار مرادی",)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("（田中 美咲）", ["田中 美咲"]),
        ("Đăng bởi Minh Thư", ["Minh Thư"]),
        ("Opublikowano przez Kasia z Drogi", ["Kasia z Drogi"]),
        ("（写真）", []),
        ("Posted by Jim at Home", []),
    ],
)
def test_handles_and_names_in_parentheses(line: str, byline: list[str]) -> None:
    draft = Draft(lang="pl")
    read_byline(line, draft)
    assert draft.byline == byline


def test_blog_handle_in_the_copyright_line_is_the_byline() -> None:
    text = (
        "Bieszczady poza sezonem: 4 dni i zero tłumów\n"
        "Opublikowano 12 listopada 2025 przez Kasia z Drogi — 14 komentarzy\n"
        + BODY
        + "\n© 2025 Kasia z Drogi\nMotyw: Astra | Dumnie wspierane przez WordPress\n"
    )
    article = parse_text(text, lang="pl")
    assert article.byline == ("Kasia z Drogi",)
    assert article.source is None


@pytest.mark.parametrize(
    ("header", "lang", "byline"),
    [
        # Reader view: the site, the headline, the name and a reading time as a range.
        ("Jonas Lehmkuhl\n5–6 Minuten", "de", ("Jonas Lehmkuhl",)),
        ("Piše: Ivana Bašić\nObjavljeno: 30.05.2025. u 09:14", "hr", ("Ivana Bašić",)),
        (
            "Itzel Cruz Santiago | El Heraldo de Oaxaca\nlunes 17 de febrero de 2025",
            "es",
            ("Itzel Cruz Santiago",),
        ),
        # The desk under the names confirms them.
        ("Gareth Pryce & Lowri Jenkins\nBBC News, Wales", "en", ("Gareth Pryce", "Lowri Jenkins")),
    ],
)
def test_bare_bylines_with_what_confirms_them(
    header: str, lang: str, byline: tuple[str, ...]
) -> None:
    text = "Site\nThe headline of the story is here, and it is long enough\n" + header + "\n"
    assert parse_text(text + BODY, lang=lang).byline == byline


@pytest.mark.parametrize(
    "header",
    [
        "Nick Suzuki a inscrit le but gagnant en prolongation.\nPublié le 3 mars 2025",
        "Sourdough Discard Crackers (The Only Recipe)\nBy Kelsey Marchetti",
    ],
)
def test_a_sentence_or_a_title_about_a_person_is_no_byline(header: str) -> None:
    text = "Site\nThe headline of the story is here, and it is long enough\n" + header + "\n"
    assert parse_text(text + BODY, lang="fr").byline in ((), ("Kelsey Marchetti",))


def test_closing_author_line_in_the_feminine() -> None:
    text = "Forschende kartieren den Meeresboden\n\n" + BODY + "\nAutorin: Friederike Balzer\n"
    assert parse_text(text, lang="de").byline == ("Friederike Balzer",)


@pytest.mark.parametrize(
    "line", ["Redazione ANSA", "Redacción EFE", "Redaktion", "Rédaction Le Soir"]
)
def test_staff_credit_is_a_header_line_without_a_byline(line: str) -> None:
    draft = Draft(lang="it")
    assert read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mark Ellis, Staff Writer", ["Mark Ellis"]),
        ("Gemma Rhys, BBC News", ["Gemma Rhys"]),
        ("Mercado do Kikolo, em Luanda", []),
        ("Cécile Dumont, libraire à Namur : « Les jeunes lecteurs ne sont jamais partis »", []),
    ],
)
def test_one_name_and_what_follows_it(line: str, names: list[str]) -> None:
    assert names_line(line) == names


def test_newsletter_name_beside_its_writer_stays_the_source() -> None:
    assert not is_writer("Kabar Pagi", ["Kabar Pagi", "Dewi Anggraini"])
    assert is_writer("Maeve Doherty", ["Maeve Doherty"])


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("Elif Karaca tarafından 9 Mart 2025 tarihinde yayınlandı", "tr", ["Elif Karaca"]),
        ("de Andrei Mureșan", "ro", ["Andrei Mureșan"]),
        ("Articolo di Marco Rossi", "it", ["Marco Rossi"]),
        # Indonesian "di" is "in", a capitalised "De" opens a Dutch surname.
        ("Ilustrasi kemacetan di Jalan Sudirman, Jakarta.", "id", []),
        ("De Jong", "nl", []),
    ],
)
def test_by_before_and_after_the_names(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline


def test_turkish_byline_gives_the_date() -> None:
    draft = Draft(lang="tr")
    read_byline("Elif Karaca tarafından 9 Mart 2025 tarihinde yayınlandı", draft)
    assert draft.date is not None and draft.date.isoformat() == "2025-03-09"


def test_reporters_address_under_the_name_confirms_it() -> None:
    text = (
        "Ny cykelsti langs Assensvej åbner efter to års forsinkelse\n"
        "Mette Kjær Andersen\nmka@fyens.dk\n22. sep. 2025 kl. 05.30\n" + BODY
    )
    assert parse_text(text, lang="da").byline == ("Mette Kjær Andersen",)


@pytest.mark.parametrize("line", ["South East", "New York", "Buenos Aires"])
def test_a_place_alone_is_no_names_line(line: str) -> None:
    assert names_line(line) == []


@pytest.mark.parametrize(
    ("second_role", "byline"),
    [
        ("Fotograf og journalist", ("Ingrid Solbakken", "Håkon Rygg")),
        # The photographer is credited for the pictures, not the story.
        ("Fotograf", ("Ingrid Solbakken",)),
    ],
)
def test_names_each_over_a_role(second_role: str, byline: tuple[str, ...]) -> None:
    text = (
        "Hun flyttet ut på en holme uten strøm. Nå vil hele Norge bo der\n"
        "Ingrid Solbakken\nJournalist\nHåkon Rygg\n"
        + second_role
        + "\nPublisert 12. juli 2025 kl. 08.15\n"
        + BODY
    )
    assert parse_text(text, lang="no").byline == byline


def test_name_and_city_over_the_producers_credit() -> None:
    text = (
        "राजस्थान में पारा 48 डिग्री के पार, स्कूलों में गर्मी की छुट्टियां पहले\n"
        "सुनील शर्मा, जयपुर\nPublished by: अंकित वर्मा\n"
        "Updated Fri, 23 May 2025 03:15 PM IST\n" + BODY
    )
    article = parse_text(text, lang="hi")
    assert article.byline == ("सुनील शर्मा",)
    assert article.headline.startswith("राजस्थान में पारा")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sunil Sharma, Jaipur", ["Sunil Sharma"]),
        ("Clara Blanchar Roig, Jordi Massana", ["Clara Blanchar Roig", "Jordi Massana"]),
        # A label's colon: not a bare line of names.
        ("Rajesh Bisht, Amar Ujala, Dehradun Published by: Neha Sharma", []),
    ],
)
def test_a_name_and_its_place(line: str, names: list[str]) -> None:
    assert names_line(line) == names


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Reporter: Budi Santoso", ["Budi Santoso"]),
        ("Пише: Марко Марковић", ["Марко Марковић"]),
        # Without the label's colon, "Reporter" is a word of a sentence or a role.
        ("Reporter Jane Doe", []),
    ],
)
def test_reporter_labels(line: str, byline: list[str]) -> None:
    draft = Draft(lang="id")
    read_byline(line, draft)
    assert draft.byline == byline


def test_a_sentence_after_a_by_word_is_a_dek_not_a_byline():
    draft = Draft(lang="pt")
    line = (
        "Fundador da Orquestra do Interior, tinha 81 anos. Durante três décadas, tocou em "
        "igrejas e adros de mais de 400 localidades."
    )
    assert not read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize("place", ["Carmo de Minas (MG)", "Rho (MI)"])
def test_a_place_with_its_state_under_the_byline_is_no_co_author(place):
    headline = "O café especial ficou mais caro, e os pequenos produtores explicam por quê"
    text = "\n".join([headline, "15.fev.2026 às 23h15", "Beatriz Nogueira", place, BODY, BODY])
    article = parse_text(text, lang="pt")
    assert list(article.byline) == ["Beatriz Nogueira"]
    assert article.source != place[-3:-1]


def test_a_sign_off_with_the_writer_s_first_name_adds_no_second_writer():
    text = "\n".join(
        ["The budget, line by line", "Nora Castellanos", "May 18, 2025", BODY, BODY, "— Nora"]
    )
    assert list(parse_text(text, lang="en").byline) == ["Nora Castellanos"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A title written before the name in Chinese and Japanese, with or without a space.
        ("文／店長阿哲", ["阿哲"]),
        ("文/主编 李华", ["李华"]),
        ("文／店长王小明、李华", ["王小明", "李华"]),
        ("撰文：編集委員山田太郎", ["山田太郎"]),
        ("文／記者 山田太郎", ["山田太郎"]),
        ("文/张伟", ["张伟"]),
    ],
)
def test_a_cjk_writers_title_is_not_the_name(line: str, names: list[str]) -> None:
    draft = Draft(lang="zh")
    assert read_byline(line, draft)
    assert draft.byline == names


def test_a_cjk_title_alone_is_no_byline() -> None:
    draft = Draft(lang="zh")
    assert not read_byline("文/店长", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # The writer, the outlet and the place, then the web producer (Indian papers).
        ("राजेश बिष्ट, अमर उजाला, देहरादून Published by: नेहा शर्मा", "hi", ["राजेश बिष्ट"]),
        ("Ann Lee, Express News Service, Pune Edited by: Tom Berg", "en", ["Ann Lee"]),
        ("Sunil Sharma, Jaipur | Published by: Ravi Kumar", "en", ["Sunil Sharma"]),
    ],
)
def test_the_writer_before_the_producers_credit(line: str, lang: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    "line", ["The results of the vote Published by: Ravi Kumar", "2025 Published by: X"]
)
def test_a_producers_credit_after_no_name_is_no_byline(line: str) -> None:
    draft = Draft(lang="en")
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The writer beside the photographer on one header line, however it is parted.
        ("Text: Anna Berg / Photos: Tom Roth", ["Anna Berg"]),
        ("Text: Anna Berg | Fotos: Tom Roth", ["Anna Berg"]),
        ("Tekst: Anna Berg, zdjęcia: Tom Roth", ["Anna Berg"]),
        ("Texto: Ana Souza. Fotos: João Lima", ["Ana Souza"]),
        ("Words by Anna Berg, photographs by Tom Roth", ["Anna Berg"]),
        # The writer who took the pictures too.
        ("Text & Fotos: Anna Berg", ["Anna Berg"]),
        ("Texto y fotos: Ana Souza", ["Ana Souza"]),
        ("Words and pictures: Ann Lee and Tom Berg", ["Ann Lee", "Tom Berg"]),
        ("Texte et photos : Claire Vannier", ["Claire Vannier"]),
    ],
)
def test_the_writer_beside_the_photographer(line: str, names: list[str]) -> None:
    from tearsheet.headerlines import header_line

    draft = Draft(lang="en")
    assert header_line(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize("line", ["Photos: Tom Roth", "Fotos und Text: dpa"])
def test_the_photographer_alone_is_no_byline(line: str) -> None:
    draft = Draft(lang="de")
    read_byline(line, draft)
    assert draft.byline == []


def test_a_byline_broken_after_its_and() -> None:
    """ "By Jane Doe and" / "Tom Roth": the names are links, each on its own line."""
    from tearsheet.namelines import is_co_author

    blocks = ["Headline", "By Jane Doe and", "Tom Roth", "3 March 2025"]
    assert is_co_author(blocks, 2, ["Jane Doe"])
    assert not is_co_author(["Headline", "By Jane Doe and", "New York", "x"], 2, ["Jane Doe"])


@pytest.mark.parametrize(
    ("line", "names"),
    [("เรื่อง: สมชาย ใจดี", ["สมชาย ใจดี"]), ("โดย สมชาย ใจดี", ["สมชาย ใจดี"])],
)
def test_a_thai_byline(line: str, names: list[str]) -> None:
    draft = Draft(lang="th")
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize("credit", ["Fot. Kuba Atys", "Foto: Kuba Atys", "Photo Kuba Atys"])
def test_a_photographers_credit_under_the_byline_is_no_co_author(credit: str) -> None:
    from tearsheet.namelines import is_co_author

    blocks = ["Nagłówek", "Autor: Marek Zieliński", credit, "3 marca 2025"]
    assert not is_co_author(blocks, 2, ["Marek Zieliński"])


def test_by_an_agency_names_no_writer() -> None:
    article = parse_text("Library to close after 80 years\n\nBy AFP\n\nMarch 3, 2025\n\n" + BODY)
    assert article.byline == ()


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("lt", "Autorius: Jonas Petraitis", ["Jonas Petraitis"]),
        ("lt", "Autorė: Rūta Jankauskienė", ["Rūta Jankauskienė"]),
        ("lv", "Autors: Jānis Bērziņš", ["Jānis Bērziņš"]),
        ("sl", "Avtor: Janez Novak", ["Janez Novak"]),
        ("sr", "Аутор: Марко Петровић", ["Марко Петровић"]),
        ("vi", "Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("sw", "Mwandishi: Amina Salim", ["Amina Salim"]),
        ("is", "Eftir Jón Jónsson", ["Jón Jónsson"]),
        ("el", "Γράφει η Ελένη Καραγιάννη", ["Ελένη Καραγιάννη"]),
        ("el", "Γράφει ο Νίκος Παπαδάκης", ["Νίκος Παπαδάκης"]),
        ("bn", "লেখক: রহিম উদ্দিন", ["রহিম উদ্দিন"]),
        ("ta", "எழுதியவர்: கார்த்திக் ராஜா", ["கார்த்திக் ராஜா"]),
        ("ta", "செய்தியாளர்: கார்த்திக் ராஜா", ["கார்த்திக் ராஜா"]),
        ("ur", "تحریر: احمد علی", ["احمد علی"]),
        ("fa", "خبرنگار: علی رضایی", ["علی رضایی"]),
        ("hi", "रिपोर्ट: राजेश कुमार", ["राजेश कुमार"]),
        ("ar", "إعداد: أحمد علي", ["أحمد علي"]),
        ("he", "כתב: נועה ברגר", ["נועה ברגר"]),
        ("th", "ผู้เขียน: สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("th", "เขียนโดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("ko", "글·사진 김민지", ["김민지"]),
        ("ko", "글=김민지", ["김민지"]),
    ],
)
def test_the_languages_byline_labels(lang: str, line: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("is", "Eftir leikinn fóru allir heim."),  # "after the game"
        ("el", "Γράφει ο ίδιος ότι δεν ξέρει."),  # "he himself writes that…"
        ("en", "Bypass road closed"),
        ("de", "Vonovia kauft Wohnungen"),
    ],
)
def test_a_sentence_opening_with_a_byline_word_is_no_byline(lang: str, line: str) -> None:
    draft = Draft(lang=lang)
    assert not read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("Беседовал Дмитрий Волков", "ru", ["Дмитрий Волков"]),
        ("Розмовляла Олена Коваль", "uk", ["Олена Коваль"]),
        ("Rozmawiała Anna Nowak", "pl", ["Anna Nowak"]),
        ("Ptala se Jana Nová", "cs", ["Jana Nová"]),
        ("Das Interview führte Jan Weber", "de", ["Jan Weber"]),
        ("Publicat per Jordi Puigvert", "ca", ["Jordi Puigvert"]),
        ("Escrit per Marta Vila i Pau Roca", "ca", ["Marta Vila", "Pau Roca"]),
        # "Per" opening the line is a first name, not "by".
        ("Per Andersson", "sv", []),
    ],
)
def test_interviewers_and_catalan_per(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("de Volkskrant", "nl"),
        ("de Groene Amsterdammer", "nl"),
        ("de Telegraaf", "ro"),
        ("Cantinho Verde da Teresa", "pt"),
        ("Comune di Bologna", "it"),
        # A blog's title: an article, a noun and its owner's first name.
        ("Il quaderno di Giulia", "it"),
        ("Die Küche von Anna", "de"),
        ("Le carnet de Julie", "fr"),
        ("Powered by WordPress", "en"),
        ("Issued by: Department of Water and Sanitation", "en"),
        ("Herausgegeben von: Ministerium für Umwelt und Verkehr", "de"),
    ],
)
def test_titles_that_read_as_bylines(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    assert not read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("de Andrei Mureșan", "ro", ["Andrei Mureșan"]),
        ("Ein Kommentar von Lena Hoffmann", "de", ["Lena Hoffmann"]),
        ("Il commento di Giulia Rinaldi", "it", ["Giulia Rinaldi"]),
        ("Un articolo di Marco", "it", ["Marco"]),
        ("Publicado por Ana Souza", "pt", ["Ana Souza"]),
        ("Posted by Mary Jones and Tom Roe", "en", ["Mary Jones", "Tom Roe"]),
        # Georgian "author", Thai "report", with their colons.
        ("ავტორი: ნინო ბერიძე", "ka", ["ნინო ბერიძე"]),
        ("รายงาน: ณัฐวุฒิ แก้วมณี", "th", ["ณัฐวุฒิ แก้วมณี"]),
    ],
)
def test_bylines_after_words_stay(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("इंदौर 2 घंटे पहलेलेखक: राहुल शर्मा", "hi", ["राहुल शर्मा"]),
        ("Kyiv · 2 hours ago · Text: Anna Berg", "en", ["Anna Berg"]),
        ("Praha 14:20 Autor: Jan Novák", "cs", ["Jan Novák"]),
    ],
)
def test_a_label_ending_a_header_line(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    "line",
    [
        "Context: Jane Doe",
        "The minister told reporters in a long statement. Text: Jane Doe",
        "Pretext: Anna Berg",
    ],
)
def test_a_label_inside_prose_or_a_word_is_no_byline(line: str) -> None:
    draft = Draft(lang="en")
    assert not read_byline(line, draft)
    assert draft.byline == []


def test_a_handle_under_the_headline_is_the_byline() -> None:
    text = (
        "note\nログイン\n地方移住して2年、分かった本当のこと\nmizuki_tabi\n2026年6月18日 21:03\n\n"
        "東京から長野県の小さな町に引っ越して、ちょうど2年が経ちました。フルリモートの仕事を続けながらの移住です。"
        "最近、移住を考えている友人から相談を受けることが増えたので、正直に書いてみます。\n\n"
        "まず家賃です。東京では1LDKで月12万円でしたが、今は庭付きの一軒家で月5万円になりました。"
        "浮いたお金で仕事部屋の椅子とモニターを買い替えました。\n"
    )
    assert parse_text(text, lang="ja").byline == ("mizuki_tabi",)


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        (["@janedoe"], ["janedoe"]),
        (["By Ramon Villanueva", "@inquirerdotnet"], ["Ramon Villanueva"]),
    ],
)
def test_handles_alone_and_beside_a_byline(lines: list[str], byline: list[str]) -> None:
    draft = Draft(lang="en")
    assert all(read_byline(line, draft) for line in lines)
    assert draft.byline == byline


@pytest.mark.parametrize("line", ["note", "example.com", "snake", "Some_Title"])
def test_words_that_are_no_handle(line: str) -> None:
    draft = Draft(lang="en")
    assert not read_byline(line, draft)


def test_a_blogger_footer_in_portuguese() -> None:
    draft = Draft(lang="pt")
    assert read_footer_byline("Publicada por Teresa Almeida à(s) 21:37", draft)
    assert draft.byline == ["Teresa Almeida"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Dimas Prasetyo,", ["Dimas Prasetyo"]),
        ("Maria Kowalska,", ["Maria Kowalska"]),
        # A place, a name no given name opens, a sentence's start: no writer.
        ("Buenos Aires,", []),
        ("Unvollständige Unterlagen,", []),
        ("Dimas Prasetyo", []),
    ],
)
def test_a_name_with_the_comma_before_its_role_line(line: str, byline: list[str]) -> None:
    draft = Draft(lang="id")
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline


def test_a_columnist_over_the_role_line_under_the_headline() -> None:
    text = (
        "Kolom\nJakarta Tak Butuh Jalan Tol Baru\nKompas.com - 12/08/2026, 06:15 WIB\n"
        "Dimas Prasetyo,\nPeneliti Transportasi Perkotaan\n\n"
        "Setiap kali kemacetan Jakarta menjadi sorotan, jawaban yang muncul hampir selalu sama: "
        "bangun jalan baru, dan tahun ini pemerintah kembali mengumumkan rencana enam ruas tol.\n\n"
        "Yang jarang dibicarakan adalah bagaimana orang sampai ke halte dan stasiun, karena "
        "jaringan MRT, LRT, dan Transjakarta sudah jauh lebih luas dari sepuluh tahun lalu.\n"
    )
    assert parse_text(text, lang="id").byline == ("Dimas Prasetyo",)


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("Napisał Jan Kowalski", "pl", ["Jan Kowalski"]),
        ("Autorka tekstu: Anna Nowak", "pl", ["Anna Nowak"]),
        # Both genders' words, or the feminine ending, label one writer.
        ("Autorka/Autor: Magdalena Zielińska", "pl", ["Magdalena Zielińska"]),
        # Arabic "interview (by)" before the interviewer.
        ("حوار- منى الشريف", "ar", ["منى الشريف"]),
        ("حوار: منى الشريف", "ar", ["منى الشريف"]),
        ("Autor(ka): Jan Nowak", "pl", ["Jan Nowak"]),
        ("Autor/in: Eva Huber", "de", ["Eva Huber"]),
        ("Autor:in: Eva Huber", "de", ["Eva Huber"]),
        ("Muhabir: Ali Yılmaz", "tr", ["Ali Yılmaz"]),
        ("Haber: Ali Yılmaz", "tr", ["Ali Yılmaz"]),
        ("Írta: Kiss Anna", "hu", ["Kiss Anna"]),
        ("Reportagem: Ana Souza", "pt", ["Ana Souza"]),
        ("Bài và ảnh: Minh Thư", "vi", ["Minh Thư"]),
        ("รายงานโดย สมชาย ใจดี", "th", ["สมชาย ใจดี"]),
        ("נכתב על ידי נועה ברגר", "he", ["נועה ברגר"]),
        ("取材・文：山田太郎", "ja", ["山田太郎"]),
        # The Slavic languages' "prepared (by)" with its colon.
        ("Подготви: Калина Петрова", "bg", ["Калина Петрова"]),
        ("Pripremila: Ivana Kovačić", "hr", ["Ivana Kovačić"]),
        ("Připravil: Tomáš Dvořák", "cs", ["Tomáš Dvořák"]),
        ("Przygotowała: Ewa Mazur", "pl", ["Ewa Mazur"]),
        ("Підготувала: Олена Бойко", "uk", ["Олена Бойко"]),
        # A kicker before a title, the news alone: no writer.
        ("Haber: Son dakika gelişmeleri", "tr", []),
        ("Reportage: Die Stadt im Wandel", "de", []),
    ],
)
def test_more_of_the_languages_byline_words(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang", "byline", "date"),
    [
        ("By Jane Doe in Washington", "en", ["Jane Doe"], None),
        ("By Jane Doe and Tom Roe in New York City", "en", ["Jane Doe", "Tom Roe"], None),
        ("Par Jean Dupont à Paris", "fr", ["Jean Dupont"], None),
        ("Von Anna Berg in Brüssel", "de", ["Anna Berg"], None),
        ("Oleh Rizky Pratama pada 12 Maret 2025", "id", ["Rizky Pratama"], "2025-03-12"),
    ],
)
def test_where_and_when_after_the_names(line, lang, byline, date) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline
    assert (draft.date.isoformat() if draft.date else None) == date


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        ("Door Jan de Vries en Piet Jansen", "nl", ["Jan de Vries", "Piet Jansen"]),
        ("Yazan: Ali Yılmaz ve Ayşe Demir", "tr", ["Ali Yılmaz", "Ayşe Demir"]),
    ],
)
def test_the_languages_and_is_no_in(line, lang, byline) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline


def test_a_sentence_with_in_is_no_byline() -> None:
    draft = Draft(lang="en")
    assert not read_byline("By the time we arrived in Washington", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY CLAIRE RUSH AND SAM METZ", ["Claire Rush", "Sam Metz"]),
        ("VON ANNA BERG UND TOM ROTH", ["Anna Berg", "Tom Roth"]),
        ("OLEH BUDI SANTOSO DAN SITI AMINAH", ["Budi Santoso", "Siti Aminah"]),
        ("BY JOHN E SMITH", ["John E Smith"]),  # a capital alone is an initial
        ("BY DAN SMITH", ["Dan Smith"]),  # "DAN" first is a given name
    ],
)
def test_and_in_a_byline_in_capitals_parts_the_names(line: str, names: list[str]) -> None:
    draft = Draft()
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autor: Agnieszka Zielińska, Paweł Nowicki", ["Agnieszka Zielińska", "Paweł Nowicki"]),
        ("By Maria Rossi, Giulia Bianchi", ["Maria Rossi", "Giulia Bianchi"]),
        ("By Amanda Kirsch, University Communications", ["Amanda Kirsch"]),
        ("By Sunil Sharma, New Delhi", ["Sunil Sharma"]),
        ("Par Jeanne Morel, Le Monde", ["Jeanne Morel"]),
    ],
)
def test_names_after_a_comma_are_co_authors_only_when_they_open_with_a_given_name(
    line: str, names: list[str]
) -> None:
    draft = Draft()
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Daga Aminu Garba Dala", ["Aminu Garba Dala"]),  # Hausa
        ("Ni Jomar Dizon", ["Jomar Dizon"]),  # Tagalog
        ("Ipinost ni Jomar Dizon sa 8:14 PM", ["Jomar Dizon"]),  # Blogger's "Posted by"
        ("Un texte de Marie-Ève Lachance", ["Marie-Ève Lachance"]),
        ("Un reportaje de Ana Gil Romero", ["Ana Gil Romero"]),
        ("Reportagem de Ana Souza", ["Ana Souza"]),
    ],
)
def test_the_languages_by_before_the_names(line: str, names: list[str]) -> None:
    draft = Draft()
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    "line",
    [
        "Ni agua ni luz en el barrio",
        "La casa de Pedro Gómez",
        "daga kasuwa zuwa gida",
        "Un article de Wikipédia",  # one word after the piece's "de": a source, no writer
        "Le texte de loi",
    ],
)
def test_a_by_word_in_a_line_of_another_kind_reads_no_byline(line: str) -> None:
    draft = Draft()
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("الرياض - خالد العتيبي", "خالد العتيبي"),
        ("Kyiv – Olena Koval", "Olena Koval"),
        ("Paris — Jean Dupont", "Jean Dupont"),
    ],
)
def test_a_writer_after_the_city_she_reports_from(line: str, name: str) -> None:
    draft = Draft()
    assert read_byline(line, draft)
    assert draft.byline == [name]


@pytest.mark.parametrize(
    "line", ["دبي - العربية.نت", "Berlin – Die Stadt wächst", "London - New York", "Lisboa - Lusa"]
)
def test_a_city_and_no_writer_after_it_is_no_byline(line: str) -> None:
    draft = Draft()
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        (
            "Pubblicato il 4 Agosto 2026 da Giulia dell'Orto — 12 commenti",
            "it",
            ["Giulia dell'Orto"],
        ),
        ("Posted on March 3, 2024 by Jane Doe · 5 Comments", "en", ["Jane Doe"]),
        ("Publicado el 3 de marzo de 2024 por Ana Gil | 2 comentarios", "es", ["Ana Gil"]),
        ("Von Anna Berg – 7 Kommentare", "de", ["Anna Berg"]),
        ("Diterbitkan 3 Maret 2024 di Jakarta — 4 komentar", "id", []),
        # A blog's user name for the writer's.
        (
            "Publicado em 5 de maio de 2024 por joana.trilhas — 3 comentários",
            "pt",
            ["joana.trilhas"],
        ),
        ("Posted on June 2, 2024 by hiker_dan · 8 Comments", "en", ["hiker_dan"]),
        ("Veröffentlicht am 9. März 2025 von kaffee-lena", "de", ["kaffee-lena"]),
        # Catalan's "per" after the date.
        ("Publicat el 8 de febrer de 2026 per Marta Puig", "ca", ["Marta Puig"]),
    ],
)
def test_a_blogs_comment_count_after_the_byline(line: str, lang: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    read_byline(line, draft)
    assert draft.byline == names
    if "2024" in line or "2026" in line:
        assert (draft.date is not None) == bool(names)  # the date before the names, read


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von: Röstfrisch", []),  # the mail's sender label and a brand
        ("Da: Bottegaverde", []),
        ("Von: Lena", ["Lena"]),  # a given name alone signs
        ("Von: Lena Vogt", ["Lena Vogt"]),
        ("Von Lena Brückner", ["Lena Brückner"]),
    ],
)
def test_a_brand_after_a_mails_sender_label_is_no_byline(line: str, names: list[str]) -> None:
    draft = Draft(lang="de")
    read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ("Röstfrisch – Der Kaffee-Newsletter", "Röstfrisch – Der Kaffee-Newsletter"),
        ("Bruno Tavares | Bolso Cheio", "Bruno Tavares"),
        ("Lena Vogt – Der Kaffeebrief", "Lena Vogt"),
    ],
)
def test_a_senders_brand_beside_its_newsletter_is_no_writer(sender: str, name: str) -> None:
    assert sender_name(sender) == name


@pytest.mark.parametrize(
    ("part", "source"),
    [
        ("The Canadian Press", "The Canadian Press"),
        ("Reuters", "Reuters"),
        ("Agence France-Presse", "Agence France-Presse"),
        ("AA", None),  # a button's letters as well as an agency's initials
        ("Canadian Living", None),
    ],
)
def test_an_agency_named_alone_in_a_header_line_is_the_source(part: str, source: str) -> None:
    draft = Draft(lang="en")
    assert read_byline(part, draft) == (source is not None)
    assert (draft.source, draft.byline) == (source, [])


def test_an_agency_beside_the_date_credits_the_story() -> None:
    text = (
        "Wildfire forces evacuations\n\nThe Canadian Press · Posted: Jul 23, 2024 1:14 AM EDT\n\n"
    )
    assert parse_text(text + BODY, lang="en").source == "The Canadian Press"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Anna Vilcāne (Latgales multimediju redakcija)", ["Anna Vilcāne"]),
        ("Jan Kowalski (Redakcja Sportowa)", ["Jan Kowalski"]),
        ("Anna Berg (Stockholm)", ["Anna Berg"]),
        # Not a desk or a place in the parentheses: a person's years, a description.
        ("Anna Berg (1950–2020)", []),
        ("Nick Suzuki (hockey player)", []),
    ],
)
def test_a_name_with_its_desk_or_place_in_parentheses(line: str, names: list[str]) -> None:
    assert names_line(line) == names


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # "da" and "di" are "of" in the Iberian languages and French: a title, no byline.
        ("A Cozinha da Avó Lurdes", "pt", []),
        ("La Casa di Papel", "es", []),
        ("Pastelaria da Rosa Maria", "pt", []),
        # Italian's "by" still is.
        ("Scritto da Marco Ferri", "it", ["Marco Ferri"]),
        ("Articolo di Giulia Neri", "it", ["Giulia Neri"]),
        ("Publicada por Inês Carvalhal", "pt", ["Inês Carvalhal"]),
    ],
)
def test_the_iberian_of_is_no_by(line: str, lang: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) == bool(names)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        # A blog's date, "by", the names and the post's categories after the language's "in"
        # (English, Italian, French, Spanish, Dutch with two writers, German).
        ("Posted on 12 February 2025 by Priya Nair in Recipes", "en", ["Priya Nair"]),
        ("February 12, 2025 by Priya Nair in Recipes, Weeknight", "en", ["Priya Nair"]),
        (
            "Pubblicato il 3 maggio 2024 da Giulia Rinaldi in Viaggi, Puglia",
            "it",
            ["Giulia Rinaldi"],
        ),
        ("Publié le 3 mai 2024 par Julie Martin dans Voyages", "fr", ["Julie Martin"]),
        ("Publicado el 3 de mayo de 2024 por Ana Gil en Recetas", "es", ["Ana Gil"]),
        (
            "Gepubliceerd op 3 mei 2024 door Jan de Vries en Piet Jansen in Reizen",
            "nl",
            ["Jan de Vries", "Piet Jansen"],
        ),
        ("Veröffentlicht am 3. Mai 2024 von Lena Hoffmann in Reisen", "de", ["Lena Hoffmann"]),
        # Indonesian "di" is "in": a date and a place, no byline.
        ("Diterbitkan 3 Maret 2024 di Jakarta", "id", []),
    ],
)
def test_a_blogs_date_byline_and_categories(line: str, lang: str, byline: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft) == bool(byline)
    assert draft.byline == byline
    assert (draft.date is not None) == bool(byline)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Die Autorin Henrike Saal", "de"),
        ("Der Autor Jan Berg", "de"),
        ("The author Jane Doe", "en"),
        ("El autor Juan Pérez", "es"),
        ("La autora Ana Gil", "es"),
    ],
)
def test_the_author_with_an_article_is_the_book_s_not_a_byline(line: str, lang: str) -> None:
    from tearsheet.recognise import Draft

    draft = Draft(lang=lang)
    assert not read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Autorin Henrike Saal", "de", ["Henrike Saal"]),
        ("Der Autor: Jan Berg", "de", ["Jan Berg"]),
        ("Ein Kommentar von Lena Hoffmann", "de", ["Lena Hoffmann"]),
    ],
)
def test_the_author_label_and_a_piece_by_its_writer_stay_bylines(line, lang, names) -> None:
    from tearsheet.recognise import Draft

    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang", "names", "date"),
    [
        (
            "रोहित मिश्र, अमर उजाला, वाराणसी Updated Wed, 19 Aug 2026 08:15 PM IST",
            "hi",
            ["रोहित मिश्र"],
            "2026-08-19",
        ),
        ("Ana Souza, g1 SP — Atualizado em 3 de março de 2026", "pt", ["Ana Souza"], "2026-03-03"),
        ("Jane Doe, The Times, London Updated 19 Aug 2026", "en", ["Jane Doe"], "2026-08-19"),
    ],
)
def test_a_byline_with_its_outlet_and_place_then_the_update(line, lang, names, date) -> None:
    from tearsheet.recognise import Draft

    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names and draft.date.isoformat() == date


@pytest.mark.parametrize(
    "line", ["Updated Wed, 19 Aug 2026", "Markets rally, stocks updated 19 Aug 2026"]
)
def test_an_update_line_without_a_writer_is_no_byline(line: str) -> None:
    from tearsheet.recognise import Draft

    draft = Draft(lang="en")
    assert not read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # BBC World Service pages: the label, a comma, the name.
        ("Author, Megan Ruddock", "en", ["Megan Ruddock"]),
        ("Author: Jane Doe", "en", ["Jane Doe"]),
        ("Authors: Jane Doe and Tom Roth", "en", ["Jane Doe", "Tom Roth"]),
        ("نویسنده، مریم احمدی", "fa", ["مریم احمدی"]),
        ("Автор, Ольга Іваненко", "uk", ["Ольга Іваненко"]),
        # The verb "writes" before the name.
        ("Píše Tereza Novotná, ekonomická redaktorka", "cs", ["Tereza Novotná"]),
        ("Pisze Anna Nowak", "pl", ["Anna Nowak"]),
        ("Piše Ivan Horvat", "hr", ["Ivan Horvat"]),
        # Blogger's "posted by" with the time after the name, in Thai and Italian.
        ("โพสต์โดย หมูอ้วนตะลุยกิน", "th", ["หมูอ้วนตะลุยกิน"]),
        ("Pubblicato da Francesca alle 17:42", "it", ["Francesca"]),
        # WordPress's date, "by", the name and the count of comments with no mark before it.
        ("9. März 2025 von Lena 23 Kommentare", "de", ["Lena"]),
        ("3 mars 2025 par Camille 4 commentaires", "fr", ["Camille"]),
    ],
)
def test_byline_labels_verbs_and_blog_lines(line: str, lang: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("The author, Jane Doe, said so", "en"),
        ("The author Jane Doe", "en"),
        ("Píše se rok 1990", "cs"),
        ("Pisze się o tym dużo", "pl"),
        ("Na Mwandishi Wetu", "sw"),
        ("By Our Correspondent", "en"),
    ],
)
def test_what_only_looks_like_a_labelled_byline_names_no_one(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        # A piece's noun in small letters, or in German, whose nouns all have capitals.
        ("Il commento di Mario Rossi", "it", ["Mario Rossi"]),
        ("Die Kolumne von Anna Berg", "de", ["Anna Berg"]),
        ("Un articolo di Mario Rossi", "it", ["Mario Rossi"]),
    ],
)
def test_a_pieces_noun_before_the_writers_name_is_a_byline(line, lang, byline):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang", "byline", "source"),
    [
        # A second writer after a slash, or an agency, a place, a role: the byline's first.
        ("Por María López / Carlos Ruiz", "es", ["María López", "Carlos Ruiz"], None),
        ("Di Mario Rossi / Luca Bianchi", "it", ["Mario Rossi", "Luca Bianchi"], None),
        ("Por María López / EFE", "es", ["María López"], "EFE"),
        ("By Jane Doe / New York", "en", ["Jane Doe"], None),
        ("ABC Sport / By Dean Tyrrell", "en", ["Dean Tyrrell"], None),
    ],
)
def test_what_a_slash_parts_from_a_byline(line, lang, byline, source):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert (draft.byline, draft.source) == (byline, source)


@pytest.mark.parametrize(
    "line", ["Prenumerata  Zaloguj", "Войти  Подписка", "Abonament  Autentificare"]
)
def test_a_sites_account_links_are_no_name(line: str) -> None:
    # A site's header copied whole: its sign-in and subscribe links, capitalised as a name is.
    assert not is_name(" ".join(line.split()))


@pytest.mark.parametrize("name", ["Anna Nowak", "Ivan Petrov", "Andrei Abonescu"])
def test_names_near_the_account_words_stay_names(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize("line", ["Autor: Pressemitteilung", "Autor: Tiedote", "Oleh: Siaran Pers"])
def test_a_press_releases_label_after_by_is_no_writer(line: str) -> None:
    # A wire's page for a release it carries fills its writer's field with the label.
    draft = Draft(lang=None)
    assert not read_byline(line, draft)
    assert draft.byline == []


def test_a_writer_after_the_wires_label_is_read() -> None:
    draft = Draft(lang="id")
    assert read_byline("Pewarta: Rina Putri", draft)
    assert draft.byline == ["Rina Putri"]


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # Bengali "wrote" before the blogger's name and the date.
        ("লিখেছেন সুমন রায়, ১২ মার্চ ২০২৫, রাত ৯:১০", "bn", ["সুমন রায়"]),
        # Hebrew "by" after the date, and the date in the Hebrew calendar beside it.
        ('פורסם ב-12 במרץ 2025 (י"ב באדר תשפ"ה) על ידי דנה לוי', "he", ["דנה לוי"]),
        ("Posted on 12 March 2025 (Wednesday) by Dana Levy", "en", ["Dana Levy"]),
    ],
)
def test_a_blogs_line_of_by_and_date_in_other_scripts(line: str, lang: str, names) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names
    assert draft.date is not None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("המבנה נבנה על ידי העירייה בשנת 1950 והוא משמש כיום כספרייה ציבורית.", "he"),
        ("Posted on 12 March 2025 at the town hall by the council", "en"),
    ],
)
def test_a_sentence_with_by_is_no_byline(line: str, lang: str) -> None:
    draft = Draft(lang=lang)
    read_byline(line, draft)
    assert draft.byline == []


def test_tagalogs_by_in_small_letters_opens_a_byline() -> None:
    draft = Draft(lang="fil")
    assert read_byline("ni Maricel Santos", draft)
    assert draft.byline == ["Maricel Santos"]


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        # The writer's role in small letters between "by" and the name.
        ("Av leder Kari Nordmann", "no", ["Kari Nordmann"]),
        ("Por el presidente Juan Pérez", "es", ["Juan Pérez"]),
        ("Par la présidente Claire Martin", "fr", ["Claire Martin"]),
    ],
)
def test_a_role_in_small_letters_before_the_name_is_no_part_of_it(line, lang, names) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize("line", ["By the Numbers", "by the sea at Whitby", "Por el Camino"])
def test_words_in_small_letters_before_one_capitalised_word_are_no_byline(line: str) -> None:
    draft = Draft(lang="en")
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        # Afrikaans and Albanian "by".
        ("Deur Pieter Swanepoel", "af", ["Pieter Swanepoel"]),
        ("Deur Annelie Botha en Johan Pretorius", "af", ["Annelie Botha", "Johan Pretorius"]),
        ("Nga Arben Hoxha", "sq", ["Arben Hoxha"]),
        ("Nga Elira Muka dhe Besnik Dervishi", "sq", ["Elira Muka", "Besnik Dervishi"]),
    ],
)
def test_the_afrikaans_and_albanian_by(line, lang, byline):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        # Swahili's "Na" before the name; Portuguese's and Polish's "Na" ("on, in the")
        # opening a headline or a blog's name; Spanish "Ni" ("nor").
        ("Na Amina Salim", "sw", ["Amina Salim"]),
        ("Na Ria Formosa, as ostras crescem mais depressa", "pt", []),
        ("Na Dwóch Kółkach", "pl", []),
        ("Ni Jomar Dizon", "tl", ["Jomar Dizon"]),
        ("Ni Ana Torres ni el alcalde", "es", []),
    ],
)
def test_a_by_word_opening_the_line_only_in_its_language(line, lang, byline):
    draft = Draft(lang=lang)
    read_byline(line, draft)
    assert draft.byline == byline


def test_a_writer_and_a_photographer_with_their_roles_in_brackets_under_the_dek():
    """ "Sofia Lobo Reis (texto) e Nuno Ferreira Santos (fotografia)" over the date: the
    writer is the byline, the photographer is not, and the line is no photo's caption."""
    text = "\n".join(
        [
            "Reportagem",
            "Na Ria Formosa, as ostras crescem mais depressa do que as licenças",
            "Há cada vez mais viveiristas a apostar na ostra portuguesa, mas a burocracia "
            "ameaça travar o crescimento do sector.",
            "Sofia Lobo Reis (texto) e Nuno Ferreira Santos (fotografia)",
            "17 de Agosto de 2025, 7:00",
            "Às seis da manhã, com a maré a vazar, Rui Caixinhas já está com água pelos "
            "joelhos junto à ilha da Culatra, a virar os sacos de ostras.",
            "Caixinhas, 41 anos, trabalhou na construção civil em França até 2018 e voltou "
            "para Olhão com algumas poupanças e uma ideia.",
        ]
    )
    article = parse_text(text, lang="pt")
    assert article.byline == ("Sofia Lobo Reis",)
    assert article.headline.startswith("Na Ria Formosa")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("COMUNE DI CASTELFRANCO ADIGE", "it"),
        ("Comune di Castelfranco Adige", "it"),
        ("Ayuntamiento de Huesca", "es"),
    ],
)
def test_a_bodys_name_with_its_of_is_no_byline(line, lang):
    """ "Comune di …": the language's "of" in a body's name, not its "by" after a word."""
    draft = Draft(lang=lang)
    assert not read_byline(line, draft)
    assert draft.byline == []


def test_a_pieces_noun_before_its_by_is_still_a_byline():
    draft = Draft(lang="it")
    assert read_byline("Articolo di Marco Ferri", draft)
    assert draft.byline == ["Marco Ferri"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Isinulat ni Jomar Dizon", ["Jomar Dizon"]),
        ("Ipinost ni Jomar Dizon sa 8:14 PM", ["Jomar Dizon"]),
        # After a noun Tagalog's "ni" is "of": a blog's name, "Ate Joy's kitchen".
        ("Kusina ni Ate Joy", []),
        ("Bahay ni Lola Basyang", []),
    ],
)
def test_tagalogs_ni_is_by_after_the_verb_only(line, byline):
    draft = Draft(lang="tl")
    read_byline(line, draft)
    assert draft.byline == byline


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        (
            "Af Jonas Fenger, overlæge, Akutafdelingen, Sjællands Universitetshospital, og "
            "Sanne Bille Holm, afdelingssygeplejerske, samme sted",
            "da",
            ["Jonas Fenger", "Sanne Bille Holm"],
        ),
        (
            "By Jane Doe, professor of history, University of Leeds, and John Smith, lecturer, "
            "same place",
            "en",
            ["Jane Doe", "John Smith"],
        ),
        (
            "Von Anna Berg, Redakteurin im Ressort Politik, Berliner Morgenblatt, und Tim "
            "Roth, Korrespondent in Paris",
            "de",
            ["Anna Berg", "Tim Roth"],
        ),
        # A list of names, no role among them: each is a writer.
        ("By Ann Lee, Tom Roe, and Kim Park", "en", ["Ann Lee", "Tom Roe", "Kim Park"]),
    ],
)
def test_writers_each_with_a_role_and_a_place_joined_by_and(line, lang, names) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By राजीव बाजपेयी Edited By: अंकित कुमार", ["राजीव बाजपेयी"]),
        ("By Jane Doe | Edited by Tom Roe", ["Jane Doe"]),
        ("Written by Maria Lopez, reviewed by Dr Alan Grant", ["Maria Lopez"]),
    ],
)
def test_the_editor_credited_after_the_writer_is_no_writer(line, names) -> None:
    draft = Draft(lang="en")
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize("line", ["Edited by Tom Roe", "Reviewed by Dr Alan Grant"])
def test_an_editor_alone_is_no_byline(line) -> None:
    assert not read_byline(line, Draft(lang="en"))


@pytest.mark.parametrize(
    "line",
    [
        "Powered by Trinity Audio",
        "Sponsored by Jane Doe Realty",
        "Sort by: Newest",
        "Ordenar por: Más recientes",
        "Brought to you by Harbour Bank",
    ],
)
def test_what_the_page_says_is_by_someone_who_wrote_nothing_is_no_byline(line) -> None:
    assert not read_byline(line, Draft(lang="en"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Karen Lindqvist Staff writer", ["Karen Lindqvist"]),
        ("Выпуск подготовила Ксения Лебедева", ["Ксения Лебедева"]),
        ("Подготовил Илья Смирнов", ["Илья Смирнов"]),
    ],
)
def test_a_digest_s_preparer_and_a_writer_with_the_role_after_the_name(line, names):
    """ "Выпуск подготовила …" (the issue was prepared by) credits a digest's writer, as
    "By" does; a role after the name without a comma leaves the name."""
    draft = Draft(lang="ru" if line[0] > "z" else "en")
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Several writers' role in the plural after their names.
        ("By Gareth Lyle and Sam Pettigrew, Football Reporters", ["Gareth Lyle", "Sam Pettigrew"]),
        ("By Jane Doe and Tom Roe, Political Correspondents", ["Jane Doe", "Tom Roe"]),
        ("Door Anna de Vries en Piet Bos, verslaggevers", ["Anna de Vries", "Piet Bos"]),
        # ... and one writer's role joined to another word.
        ("Von Anna Berg, Wirtschaftskorrespondentin", ["Anna Berg"]),
    ],
)
def test_a_role_in_the_plural_or_joined_after_the_names_is_no_name(line, names):
    draft = Draft(lang="en")
    assert read_byline(line, draft)
    assert draft.byline == names


@pytest.mark.parametrize(
    ("line", "lang", "byline"),
    [
        # "From our (special) correspondent" before the name, in the languages' words.
        ("dal nostro inviato Matteo Vianello", "it", ("Matteo Vianello",)),
        ("dalla nostra corrispondente Anna Rossi", "it", ("Anna Rossi",)),
        ("De notre envoyée spéciale Claire Roux", "fr", ("Claire Roux",)),
        ("Von unserem Korrespondenten Hans Meier", "de", ("Hans Meier",)),
        ("From our correspondent John Smith", "en", ("John Smith",)),
        ("Por nuestro enviado especial Juan Pérez", "es", ("Juan Pérez",)),
        # Polish "compiled by" over an agency's story.
        ("oprac. Karolina Mazur", "pl", ("Karolina Mazur",)),
    ],
)
def test_correspondents_and_compilers_under_the_headline(
    line: str, lang: str, byline: tuple[str, ...]
) -> None:
    text = f"Headline of the story about the things that happened today\n{line}\n12.03.2026\n\n"
    assert parse_text(text + BODY, lang=lang).byline == byline


def test_bulgarian_blog_date_then_writer() -> None:
    """ "от" (by) after the blog's date; alone it is "from"."""
    text = (
        "До Мальовица през Страшното езеро: маршрут за един дълъг ден\n"
        "Публикувано на 14 септември 2026 от Мария Стоянова\n\n"
        "Миналата събота най-накрая минах маршрута, който отлагах от три години, и реших да "
        "опиша всичко подробно за всички, които искат да го минат.\n\n"
        "Получи се дълъг, но много красив ден, а информацията в интернет е стара и обща.\n"
    )
    article = parse_text(text, lang="bg")
    assert article.byline == ("Мария Стоянова",)
    assert str(article.date) == "2026-09-14"


def test_tagalog_blogger_posted_by_under_the_post() -> None:
    """Blogger's "Nai-post ni <name> sa <time>" under a Tagalog post names its writer."""
    text = (
        "Sinubukan Ko ang Bagong LRT-1 Extension: Sulit Ba?\n"
        "Lunes, Agosto 3, 2026\n\n"
        "Mga kapwa ko taga-Cavite, sa wakas! Matapos ang ilang taon ng paghihintay, bukas na "
        "ang Niog station ng LRT-1 extension at sinubukan ko ang buong biyahe.\n\n"
        "Siksikan pa rin siyempre, pero at least may aircon at hindi ka nakatayo sa gilid ng "
        "kalsada sa ulan habang naghihintay ng bus.\n\n"
        "Nai-post ni Kuya Migs sa 8:14 PM\n"
    )
    assert parse_text(text, lang="tl").byline == ("Kuya Migs",)


def test_welsh_gan_opens_a_byline_and_irish_gan_does_not() -> None:
    draft = Draft(lang="cy")
    assert read_byline("Gan Megan Tudur", draft)
    assert draft.byline == ["Megan Tudur"]
    assert not read_byline("Gan Uisce Glan", Draft(lang="ga"))


@pytest.mark.parametrize(
    ("line", "lang", "names", "agency"),
    [
        ("Par Claire Dumoulin avec AFP", "fr", ["Claire Dumoulin"], "AFP"),
        ("Por Ana Gil con EFE", "es", ["Ana Gil"], "EFE"),
        ("By Jane Doe with AP", "en", ["Jane Doe"], "AP"),
        # A desk's credit has no by-word: the agency alone.
        ("franceinfo avec AFP", "fr", [], "AFP"),
    ],
)
def test_a_writer_credited_with_an_agency(line, lang, names, agency):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == names
    assert draft.source == agency


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The asterisk of the note on the writer; the stop of a last initial stays.
        ("Par Hélène Vasseur*", ["Hélène Vasseur"]),
        ("Pubblicato da Marco B. alle 10:42", ["Marco B."]),
        ("Por Ana G. y Luis Pérez", ["Ana G.", "Luis Pérez"]),
        ("By Jane Doe.", ["Jane Doe"]),
    ],
)
def test_marks_around_the_byline_s_names(line, names):
    draft = Draft(lang="it")
    assert read_byline(line, draft)
    assert draft.byline == names


def test_arabic_wrote_before_the_name_alone_on_its_line():
    draft = Draft(lang="ar")
    assert read_byline("كتب أحمد عبد الرحمن", draft)
    assert draft.byline == ["أحمد عبد الرحمن"]
