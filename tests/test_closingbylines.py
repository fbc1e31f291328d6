"""The writer named under the story (tearsheet.closingbylines): an author box, a labelled
line, a signature or a bio, in many languages; and the closing lines that name no writer."""

from __future__ import annotations

import pytest

from tearsheet.bylines import read_byline
from tearsheet.closingbylines import bio_writer, is_new_person, read_closing_byline, writer_bio
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

STORY = [
    "The council voted on Tuesday to close the old library and open a new one next spring, "
    "after three years of talks with residents and the county.",
    "The new building will hold twice as many books and a room for children, the council said.",
    "Work is to start in May.",
]


@pytest.mark.parametrize(
    ("lang", "trailer", "names"),
    [
        # An author box under the story: its label, then the name (Japanese, German, Spanish,
        # Polish, Korean).
        ("ja", ["この記事を書いた人", "森田美穂", "社会部｜気象・防災担当"], ["森田美穂"]),
        (
            "de",
            ["Share", "Über die Autorin", "Friederike Balzer", "Impressum"],
            ["Friederike Balzer"],
        ),
        ("es", ["Sobre el autor:", "Guadalupe Ríos", "Aviso legal"], ["Guadalupe Ríos"]),
        ("pl", ["O autorze", "Marek Zieliński", "Regulamin"], ["Marek Zieliński"]),
        ("ko", ["글쓴이", "김민지", "구독하기"], ["김민지"]),
        (
            "en",
            ["Share", "More from the author", "Jane Doe", "Jane Doe covers the city."],
            ["Jane Doe"],
        ),
        ("it", ["Chi sono", "Giulia Bianchi", "Cucino da vent'anni."], ["Giulia Bianchi"]),
        # A labelled author line down the footer, under a press contact.
        (
            "de",
            [
                "Kontakt:",
                "Prof. Dr. Anna Thormählen",
                "Telefon: 0431 880-0000",
                "Autorin: Friederike Balzer",
            ],
            ["Friederike Balzer"],
        ),
        ("cs", ["Sdílet", "Text: Jan Novák", "Kontakt"], ["Jan Novák"]),
        # A blog's footer: the writer and the time (Spanish Blogger, English WordPress).
        ("es", ["Publicado por Guadalupe Ríos en 10:32", "Compartir"], ["Guadalupe Ríos"]),
        ("en", ["Tags: travel", "Posted by Mary Jones at 9:14 PM"], ["Mary Jones"]),
        ("ca", ["Publicat per Jordi Puigvert a 21:14", "3 comentaris:"], ["Jordi Puigvert"]),
        # A news site's writers under the story: one name, or two with a dash between them.
        ("vi", ["Hiếu Lương", "Thể thao", "V-League"], ["Hiếu Lương"]),
        # ... in capitals, as Vietnamese papers sign.
        ("vi", ["MINH TRANG", "Tin liên quan"], ["MINH TRANG"]),
        # The writer's labelled credit before the camera's (Turkish, German).
        ("tr", ["Haber: Elif Aydın - Kamera: Can Öztürk / BURSA, (İHA)"], ["Elif Aydın"]),
        ("de", ["Text: Lena Brandt | Fotos: Max Kühn", "Impressum"], ["Lena Brandt"]),
        # A Blogger footer's user name in one word, the time after it.
        ("it", ["Pubblicato da zialucia alle 09:15", "Nessun commento:"], ["zialucia"]),
        ("en", ["Posted by gardengirl at 7:02 PM", "2 comments:"], ["gardengirl"]),
        # The writer signing under a closing at the footer's top, a role after a comma.
        ("sk", ["Pekný deň praje\nPeter Novák, pražiar", "Odhlásiť sa"], ["Peter Novák"]),
        ("vi", ["Hoàng Phương - Võ Thạnh", "Chia sẻ"], ["Hoàng Phương", "Võ Thạnh"]),
        # A name alone under the story, one of the commonest given names first, which the
        # language's stop list holds.
        ("en", ["John Smith", "Share"], ["John Smith"]),
        ("fr", ["Pierre Martin", "Partager"], ["Pierre Martin"]),
        ("es", ["José García", "Compartir"], ["José García"]),
        # A signature whose given name the language's stop list holds, its role under it.
        ("es", ["María López", "Redactora de Local", "Compartir"], ["María López"]),
        ("fr", ["Jean Dupont", "Journaliste", "Partager"], ["Jean Dupont"]),
        ("pl", ["Jan Kowalski", "Dziennikarz", "Udostępnij"], ["Jan Kowalski"]),
        # A Vietnamese interview's or report's writer signing with the words that credit her.
        ("vi", ["Minh Anh thực hiện", "Chia sẻ"], ["Minh Anh"]),
        ("vi", ["Hoài Thu (ghi)", "Chia sẻ"], ["Hoài Thu"]),
        # Italian Blogger's footer, with the time after "alle" and the comments counted.
        ("it", ["Pubblicato da Francesca alle 17:42 12 commenti", "Condividi"], ["Francesca"]),
        ("en", ["Sarah Collins - Tom Whitfield", "Share"], ["Sarah Collins", "Tom Whitfield"]),
        # A signature right under the story: the name, then the role (Finnish, French, English).
        ("fi", ["Tuula Heikkinen", "kirjastotoimenjohtaja", "Peru tilaus"], ["Tuula Heikkinen"]),
        (
            "fr",
            ["Claire Vannier", "pour le conseil d’administration", "Se désinscrire"],
            ["Claire Vannier"],
        ),
        ("en", ["Harriet Okonedo", "Editor", "Unsubscribe"], ["Harriet Okonedo"]),
        # A bio right under the story.
        (
            "en",
            ["Rachel Hume is a transport writer and former rail industry consultant", "Share"],
            ["Rachel Hume"],
        ),
        (
            "it",
            ["Lucia Ferrante scrive di scuola e di giovani.", "© RIPRODUZIONE RISERVATA"],
            ["Lucia Ferrante"],
        ),
    ],
)
def test_the_writer_under_the_story(lang: str, trailer: list[str], names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_closing_byline(list(STORY), trailer, draft) == STORY
    assert draft.byline == names


VI_STORY = [
    "Sáng nay, thành phố khai trương tuyến xe buýt điện đầu tiên nối trung tâm với sân bay.",
    "Mỗi ngày tuyến chạy 120 chuyến, giá vé 15.000 đồng, theo ban quản lý.",
]


@pytest.mark.parametrize(
    ("trailer", "names"),
    [
        # A Vietnamese paper's pen name alone under the story, with its language's letters
        # or without them.
        (["Lan Anh", "Chia sẻ"], ["Lan Anh"]),
        (["Bảo Ngọc", "Bình luận"], ["Bảo Ngọc"]),
        (["Gia Huy", "Chia sẻ"], ["Gia Huy"]),
    ],
)
def test_a_vietnamese_pen_name_under_the_story(trailer: list[str], names: list[str]) -> None:
    draft = Draft(lang="vi")
    read_closing_byline(list(VI_STORY), trailer, draft)
    assert draft.byline == names


@pytest.mark.parametrize("line", ["Theo Dân Trí", "Theo Tuoi Tre"])
def test_a_vietnamese_paper_credited_under_the_story_is_no_pen_name(line: str) -> None:
    # "Theo …": "according to" the paper the story is taken from, no writer.
    draft = Draft(lang="vi")
    read_closing_byline(list(VI_STORY), [line, "Chia sẻ"], draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("lines", "agency"),
    [
        (["Autor: ČTK", "Témata: Praha, doprava", "© 2026 Vydavatelství Morava, a.s."], "ČTK"),
        (["Autor: TASR", "Zdieľať", "© 2026 Mediahouse Západ, s.r.o."], "TASR"),
        (["Autor: PAP", "Udostępnij", "© 2026 Wydawnictwo Pomorze"], "PAP"),
    ],
)
def test_an_agency_signing_under_the_story_is_the_source(lines: list[str], agency: str) -> None:
    text = "\n\n".join(["Council closes the old library", *STORY, *lines])
    article = parse_text(text)
    assert list(article.byline) == []
    assert article.source == agency


def test_a_name_and_its_bio_ending_the_story_leave_it() -> None:
    ending = ["Lucia Ferrante", "Lucia Ferrante insegna lettere in un liceo di Bologna."]
    draft = Draft(lang="it")
    assert read_closing_byline([*STORY, *ending], [], draft) == STORY
    assert draft.byline == ["Lucia Ferrante"]
    assert [block for _, block in draft.removed] == ending


@pytest.mark.parametrize(
    ("lang", "ending"),
    [
        ("nl", ["Sanne de Wit", "Redacteur binnenland", "Sanne de Wit schrijft over onderwijs."]),
        ("en", ["Tom Hartley", "Health correspondent", "Tom Hartley covers the NHS and care."]),
        ("de", ["Jonas Pfeiffer", "Redakteur Wirtschaft", "Jonas Pfeiffer schreibt über Energie."]),
    ],
)
def test_an_author_box_of_name_role_and_bio_ending_the_story(lang, ending) -> None:
    draft = Draft(lang=lang)
    assert read_closing_byline([*STORY, *ending], [], draft) == STORY
    assert draft.byline == [ending[0]]


@pytest.mark.parametrize(
    ("lang", "bio", "holder"),
    [
        ("en", "Marta Kowalczyk is a freelance writer in Leeds.", "Marta Kowalczyk"),
        ("de", "Jonas Pfeiffer ist freier Journalist in Kassel.", "Jonas Pfeiffer"),
        ("es", "Lucía Ferrer es periodista en Zaragoza.", "Lucía Ferrer"),
    ],
)
def test_a_personal_blogs_writer_holding_the_rights_is_no_source(
    lang: str, bio: str, holder: str
) -> None:
    """The © line was read before the bio under the story named its writer: she is the
    byline, and a person's rights to her own blog name no publisher."""
    draft = Draft(lang=lang, source=holder)
    read_closing_byline([*STORY, bio], [], draft)
    assert draft.byline == [holder]
    assert draft.source is None


def test_a_publisher_holding_the_rights_stays_the_source_under_a_bio() -> None:
    draft = Draft(lang="en", source="Leeds Courier Media")
    read_closing_byline([*STORY, "Marta Kowalczyk is a freelance writer in Leeds."], [], draft)
    assert draft.byline == ["Marta Kowalczyk"]
    assert draft.source == "Leeds Courier Media"


@pytest.mark.parametrize(
    ("lang", "ending", "names"),
    [
        ("nl", ["Sanne de Vries", "Hoofdredacteur"], ["Sanne de Vries"]),
        ("pt", ["Renata Albuquerque", "Editora da Xícara Cheia"], ["Renata Albuquerque"]),
        ("fi", ["Tuula Heikkinen", "kirjastotoimenjohtaja"], ["Tuula Heikkinen"]),
    ],
)
def test_a_signature_ending_the_story_is_its_sign_off(
    lang: str, ending: list[str], names: list[str]
) -> None:
    """The brief counts a letter's sign-off as body: the name is the byline and stays."""
    draft = Draft(lang=lang)
    assert read_closing_byline([*STORY, *ending], [], draft) == [*STORY, *ending]
    assert draft.byline == names
    assert draft.removed == []


@pytest.mark.parametrize(
    ("lang", "paragraphs", "trailer"),
    [
        # The story's own last paragraph, about someone: never taken alone.
        (
            "en",
            [*STORY, "Maria Lopez is a nurse at the hospital and has lived there for years."],
            [],
        ),
        # Someone the story named already (even by the surname alone).
        ("en", [*STORY[:2], "Dr Amara Singh joins in March.", "Dr Singh", "Chief executive"], []),
        # Capitalised nouns, a greeting and a press release's "About" box are no names.
        ("de", [*STORY, "Unvollständige Unterlagen", "Mehr dazu"], []),
        ("de", STORY, ["Herzliche Grüße", "Ihr Team der Stadtwerke"]),
        ("es", STORY, ["Sobre Renfe", "Renfe es la operadora ferroviaria."]),
        ("da", STORY, ["Om Nordvind Energi", "Nordvind Energi er et selskab."]),
        ("de", STORY, ["Der Park besteht aus 40 Anlagen."]),
        # A quotation closing the story is the story's.
        ("en", STORY, ["Tom Berg said “we will be back” on Friday."]),
        # A photographer's credit and a comment's byline with no time.
        ("en", STORY, ["Photographs by Jonah Reyes"]),
        ("en", STORY, ["Comments", "By Pat Smith", "Great article!"]),
        # An author box's label with no name under it.
        ("en", STORY, ["About the author", "Subscribe to our newsletter"]),
        # A Vietnamese sentence that ends with "carried out" names no writer.
        ("vi", STORY, ["Dự án đã được thực hiện", "Chia sẻ"]),
    ],
)
def test_closing_lines_that_name_no_writer(
    lang: str, paragraphs: list[str], trailer: list[str]
) -> None:
    draft = Draft(lang=lang)
    assert read_closing_byline(list(paragraphs), trailer, draft) == paragraphs
    assert draft.byline == []


def test_a_byline_read_before_is_kept() -> None:
    draft = Draft(lang="en", byline=["Ann Lee"])
    assert read_closing_byline(list(STORY), ["About the author", "Tom Berg"], draft) == STORY
    assert draft.byline == ["Ann Lee"]


def test_the_bio_and_the_person_new_to_the_story() -> None:
    assert bio_writer("Chinedu Okeke, an energy lawyer, writes from Lagos") == ["Chinedu Okeke"]
    assert bio_writer("Олена Кравчук працює журналісткою у Львові.") == ["Олена Кравчук"]
    assert bio_writer("Ann Lee: a life in pictures") == []
    assert bio_writer("«Ann Lee is here», she said.") == []
    assert is_new_person("Ann Lee", "The council voted.", "en")
    assert not is_new_person("Dr Singh", "Dr Amara Singh joins.", "en")
    assert not is_new_person("Der Park", "", "de")


def test_a_copied_column_with_its_bio_under_it() -> None:
    """The whole import: the bio names the writer and leaves the body."""
    text = "\n\n".join(
        [
            "Why the night bus matters",
            *STORY,
            "Rachel Hume is a transport writer and former rail industry consultant",
            "Share this article",
            "© 2025 The Daily Example",
        ]
    )
    article = parse_text(text)
    assert article.byline == ("Rachel Hume",)
    assert "transport writer" not in article.body
    assert "Work is to start in May." in article.body


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Jane Doe is a reporter for the Example Times covering local government.", ["Jane Doe"]),
        ("Chinedu Okeke, an energy lawyer, writes from Lagos", ["Chinedu Okeke"]),
        ("Anna Berg ist Redakteurin im Ressort Politik.", ["Anna Berg"]),
        ("Claire Vannier est journaliste au service économie.", ["Claire Vannier"]),
        ("Marek Zieliński pisze o zdrowiu i polityce.", ["Marek Zieliński"]),
        ("Maria Lopez is a nurse at the hospital and has lived there for years.", []),
        ("Tom Berg said the council would meet again in May.", []),
    ],
)
def test_a_writers_bio_says_what_they_write(paragraph: str, names: list[str]) -> None:
    assert writer_bio(paragraph) == names


def test_a_writers_bio_closing_the_story_leaves_it() -> None:
    bio = "Jane Doe is a reporter for the Example Times covering local government."
    draft = Draft(lang="en")
    assert read_closing_byline([*STORY, bio], [], draft) == STORY
    assert draft.byline == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        # A byline line by its shape, closing the story (Chinese, Japanese, Korean, Spanish,
        # Arabic with the city after the name).
        ("zh", "（记者 王小明）", ["王小明"]),
        ("ja", "（田中美咲）", ["田中美咲"]),
        ("ko", "김민지 기자 minji@example.kr", ["김민지"]),
        ("es", "Por Lucía Mérida", ["Lucía Mérida"]),
        ("ar", "أحمد علي - القاهرة", ["أحمد علي"]),
        # The writer who took the pictures too (Spanish, German), a Japanese "文・" line.
        ("es", "Texto y fotos: Ana Gil", ["Ana Gil"]),
        ("de", "Text & Fotos: Anna Berg", ["Anna Berg"]),
        ("ja", "（文・田中美咲）", ["田中美咲"]),
        # A dash before the name in Cyrillic or Greek.
        ("ru", "— Иван Петров", ["Иван Петров"]),
        ("uk", "— Олена Коваль", ["Олена Коваль"]),
        ("el", "— Ελένη Παππά", ["Ελένη Παππά"]),
    ],
)
def test_a_byline_line_closing_the_story(lang: str, line: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_closing_byline([*STORY, line], [], draft) == STORY
    assert draft.byline == names


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("zh", "（记者 王小明）", ["王小明"]),
        ("es", "Por Lucía Mérida", ["Lucía Mérida"]),
        # Under the story, in the footer, a name with an outlet is as often a teaser's.
        ("en", "Jane Doe | The Example Times", []),
    ],
)
def test_a_byline_line_opening_the_footer(lang: str, line: str, names: list[str]) -> None:
    draft = Draft(lang=lang)
    assert read_closing_byline(list(STORY), [line, "Share"], draft) == STORY
    assert draft.byline == names


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        # A signature on one line: the name, a comma, the signer's role and place (Russian,
        # English after a dash, French, Spanish, Polish).
        (
            "ru",
            "Анна Сергеевна Крылова, директор библиотеки, Вологодская область",
            ["Анна Сергеевна Крылова"],
        ),
        ("en", "— Margaret Ellison, head librarian, Cumbria", ["Margaret Ellison"]),
        ("fr", "Martine Leclerc, maire de Saint-Julien, Haute-Loire", ["Martine Leclerc"]),
        ("es", "Lucía Ortega, profesora de economía.", ["Lucía Ortega"]),
        ("pl", "Marek Zieliński, dyrektor szkoły w Koninie", ["Marek Zieliński"]),
        # A person's age, a quotation, a sentence, someone the story named: the story's.
        ("en", "John Smith, 54, a retired teacher", []),
        ("en", "Anna Berg, a resident, said “never again”", []),
        ("en", "Tom Berg, who chairs the residents' group, voted against it last year.", []),
        ("en", "Jane Doe, the council's leader", []),
    ],
)
def test_a_signature_on_one_line_closing_the_story(lang: str, line: str, names: list[str]) -> None:
    story = [*STORY, "Jane Doe, who leads the council, said the vote was close."]
    draft = Draft(lang=lang)
    kept = read_closing_byline([*story, line], [], draft)
    assert draft.byline == names
    assert kept == (story if names else [*story, line])
    # Opening the footer, the line names the writer as well.
    draft = Draft(lang=lang)
    assert read_closing_byline(list(story), [line, "Share"], draft) == story
    assert draft.byline == names


@pytest.mark.parametrize(
    ("lang", "line"),
    [("ru", "— Нижний Новгород"), ("hi", "— नई दिल्ली"), ("pt", "— Rio de Janeiro")],
)
def test_a_place_after_a_dash_names_no_writer(lang: str, line: str) -> None:
    draft = Draft(lang=lang)
    read_closing_byline([*STORY, line], [], draft)
    assert draft.byline == []


def test_a_role_confirms_a_name_without_capitals() -> None:
    """No given-name list knows "נועה"; the reporter's role under the name confirms it."""
    draft = Draft(lang="he")
    assert read_closing_byline(list(STORY), ["נועה ברגר", "כתבת לענייני עירייה"], draft) == STORY
    assert draft.byline == ["נועה ברגר"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Maria Lopez, media relations manager at Acme, said the company would appeal.",
        "Tom Berg, head of the press office, confirmed the dates on Friday.",
        "Anna Berg vom Team der Stadtwerke bestätigte den Termin.",
    ],
)
def test_a_spokesperson_closing_the_story_is_no_writer(paragraph: str) -> None:
    draft = Draft(lang="en")
    assert read_closing_byline([*STORY, paragraph], [], draft) == [*STORY, paragraph]
    assert draft.byline == []


def test_a_teaser_opening_the_footer_is_no_bio() -> None:
    draft = Draft(lang="en")
    trailer = ["Taylor Swift announces new tour dates", "Share"]
    assert read_closing_byline(list(STORY), trailer, draft) == STORY
    assert draft.byline == []


def test_a_vietnamese_writer_under_the_story() -> None:
    """Vietnamese papers print the writer's name alone under the story, family name first."""
    draft = Draft(lang="vi")
    assert read_closing_byline(list(STORY), ["Võ Hải", "Chia sẻ"], draft) == STORY
    assert draft.byline == ["Võ Hải"]


@pytest.mark.parametrize(
    ("lang", "trailer"),
    [
        # A name and a place or an outlet after a dash; a section's label in Vietnamese.
        ("pt", ["Ana Souza - Recife", "Compartilhe"]),
        ("en", ["Read More - Top Stories", "Share"]),
        ("vi", ["Thể thao", "Xem thêm"]),
        ("vi", ["Về Hà Nội", "Xem thêm"]),
    ],
)
def test_closing_lines_that_name_no_two_writers(lang: str, trailer: list[str]) -> None:
    draft = Draft(lang=lang)
    read_closing_byline(list(STORY), trailer, draft)
    assert len(draft.byline) < 2
    assert "Recife" not in draft.byline


@pytest.mark.parametrize(
    ("byline", "closing", "signed"),
    [
        # The header's genitive, the sign-off's nominative.
        (["Νίκου Παπαδάκη"], ["Καλή σας ημέρα, Νίκος Παπαδάκης"], ["Νίκος Παπαδάκης"]),
        (["Ελένης Καραγιάννη"], ["Ελένη Καραγιάννη"], ["Ελένη Καραγιάννη"]),
        # The same name, or another person's, or a word in a sentence: left as it is.
        (["Jane Doe"], ["Thanks for reading, Jane Doe"], ["Jane Doe"]),
        (["Νίκου Παπαδάκη"], ["Γιώργος Οικονόμου"], ["Νίκου Παπαδάκη"]),
        (["Anna Berg"], ["Anna Bergs bok kommer ut i maj."], ["Anna Berg"]),
        (["Anna Berg"], ["The reform was Annas Bergs."], ["Anna Berg"]),
    ],
)
def test_the_byline_as_the_story_is_signed(byline, closing, signed):
    draft = Draft(lang="el", byline=list(byline))
    read_closing_byline([*STORY, *closing], ["Unsubscribe"], draft)
    assert draft.byline == signed


@pytest.mark.parametrize(
    ("byline", "trailer", "full"),
    [
        (
            ["Teresa"],
            ["Publicada por Teresa Almeida à(s) 21:37", "4 comentários:"],
            ["Teresa Almeida"],
        ),
        (["Mary"], ["Tags: travel", "Posted by Mary Jones at 9:14 PM"], ["Mary Jones"]),
        # Another writer's name, or the full name already: left as it is.
        (["Teresa"], ["Publicada por Ana Souza à(s) 21:37"], ["Teresa"]),
        (["Jane Doe"], ["Posted by Jane Doe-Smith at 9:14 PM"], ["Jane Doe"]),
    ],
)
def test_a_first_name_in_full_from_the_footer(byline, trailer, full):
    draft = Draft(lang="pt", byline=list(byline))
    read_closing_byline(list(STORY), trailer, draft)
    assert draft.byline == full


@pytest.mark.parametrize(
    ("organisation", "trailer", "lang", "names"),
    [
        (
            "Bristol Cycling Campaign",
            ["Tom Reddaway", "Chair, Bristol Cycling Campaign", "Unsubscribe"],
            "en",
            ["Tom Reddaway"],
        ),
        (
            "Fietsersbond Utrecht",
            ["Sanne de Vries", "voorzitter", "Afmelden"],
            "nl",
            ["Sanne de Vries"],
        ),
        (
            "Gemeinde Lindenau",
            ["Anna Berg", "Bürgermeisterin", "Abmelden"],
            "de",
            ["Anna Berg"],
        ),
    ],
)
def test_a_signature_under_the_story_wins_over_an_organisation_read_as_the_writer(
    organisation: str, trailer: list[str], lang: str, names: list[str]
) -> None:
    draft = Draft(lang=lang, byline=[organisation])
    read_closing_byline(STORY, trailer, draft)
    assert draft.byline == [organisation, *names]  # the organisation leaves it at the end


def test_a_person_read_as_the_writer_keeps_the_byline() -> None:
    draft = Draft(lang="en", byline=["Jane Doe"])
    read_closing_byline(STORY, ["Tom Reddaway", "Chair, Bristol Cycling Campaign"], draft)
    assert draft.byline == ["Jane Doe"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Mikko Lehtinen HS", "Mikko Lehtinen"),
        ("Anna Berg DN", "Anna Berg"),
        ("Anne Marie LEE", "Anne Marie LEE"),
        ("John Smith III", "John Smith III"),
        ("Kliniken Nordoberpfalz AG", "Kliniken Nordoberpfalz AG"),
        ("Ann Lee", "Ann Lee"),
    ],
)
def test_a_papers_initials_after_the_name_leave_the_byline(name: str, kept: str) -> None:
    draft = Draft(lang="en", byline=[name])
    read_closing_byline(list(STORY), [], draft)
    assert draft.byline == [kept]


@pytest.mark.parametrize(
    ("sender", "closing", "signer"),
    [
        ("Deník N", ["Hezký den přeje", "Ondřej Malý"], "Ondřej Malý"),
        ("Kabar Pagi", ["Salam hangat,", "Dewi Anggraini"], "Dewi Anggraini"),
        ("The Brief", ["See you next week,", "Hannah Price"], "Hannah Price"),
    ],
)
def test_a_newsletter_signed_by_its_writer_under_its_brand(
    sender: str, closing: list[str], signer: str
) -> None:
    draft = Draft(lang="en", byline=[sender])
    draft.removed.append(("e-mail header", f"From: {sender} <newsletter@example.com>"))
    read_closing_byline([*STORY, *closing], [], draft)
    assert draft.byline == [signer]


def test_a_brand_without_a_signer_or_a_person_sending_keeps_the_byline() -> None:
    draft = Draft(lang="en", byline=["Deník N"])
    draft.removed.append(("e-mail header", "Od: Deník N <newsletter@denikn.cz>"))
    read_closing_byline(list(STORY), [], draft)
    assert draft.byline == ["Deník N"]
    draft = Draft(lang="en", byline=["Maeve Doherty"])
    draft.removed.append(("e-mail header", "From: Maeve Doherty <maeve@example.com>"))
    read_closing_byline([*STORY, "Until next week,", "Hannah Price"], [], draft)
    assert draft.byline == ["Maeve Doherty"]


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        ("Claire Vasseur", "Claire Vasseur est directrice des ressources humaines d’une PME."),
        ("Peter Hansen", "Peter Hansen ist Landwirt in der Uckermark."),
        ("Lucía Ortega", "Lucía Ortega es catedrática de Economía en la Universidad de Sevilla."),
    ],
)
def test_a_bio_of_the_name_over_the_op_ed_names_its_writer(name: str, bio: str) -> None:
    draft = Draft(lang="fr")
    draft.removed.append(("page furniture above the headline", name))
    kept = read_closing_byline([*STORY, bio], [], draft)
    assert draft.byline == [name]
    assert kept == STORY


def test_a_closing_paragraph_about_someone_not_over_the_story_stays() -> None:
    draft = Draft(lang="en")
    paragraph = "Maria Lopez is the head of the library's children's section."
    kept = read_closing_byline([*STORY, paragraph], [], draft)
    assert draft.byline == [] and kept[-1] == paragraph


@pytest.mark.parametrize(
    ("closing", "footer", "name"),
    [
        (
            ["See you next Thursday,", "Tom"],
            ["--", "The Harbour Town Brief is a local newsletter written by Tom Beckett."],
            "Tom Beckett",
        ),
        (
            ["Bis nächste Woche,", "Lena"],
            ["Der Kaffeebrief wird von Lena Hoffmann geschrieben.", "Abmelden"],
            "Lena Hoffmann",
        ),
        (
            ["À vendredi prochain,", "Camille"],
            ["Une lettre de Camille Dubois, journaliste indépendante."],
            "Camille Dubois",
        ),
    ],
)
def test_a_first_name_signing_is_the_writer_the_footer_names_in_full(
    closing: list[str], footer: list[str], name: str
) -> None:
    draft = Draft(lang="en")
    read_closing_byline([*STORY, *closing], footer, draft)
    assert draft.byline == [name]


def test_a_first_name_the_footer_does_not_name_gives_no_byline() -> None:
    draft = Draft(lang="en")
    read_closing_byline([*STORY, "See you next Thursday,", "Tom"], ["Unsubscribe"], draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("Autorka/Autor: Karolina Zając", "pl", "Karolina Zając"),
        ("Autor/in: Lena Berg", "de", "Lena Berg"),
        ("Autor*in: Jonas Weber", "de", "Jonas Weber"),
    ],
)
def test_a_label_in_both_genders_in_the_footer(line: str, lang: str, name: str) -> None:
    draft = Draft(lang=lang)
    read_closing_byline(list(STORY), [line, "Czytaj więcej"], draft)
    assert draft.byline == [name]


def test_a_bio_of_the_name_kept_among_the_headers_title_lines_names_the_writer() -> None:
    draft = Draft(lang="fr")
    draft.other_headlines.extend(
        ["Tribune", "Claire Vasseur", "Directrice des ressources humaines"]
    )
    bio = "Claire Vasseur est directrice des ressources humaines d’une PME de Cluses."
    assert read_closing_byline([*STORY, bio], [], draft) == STORY
    assert draft.byline == ["Claire Vasseur"]


@pytest.mark.parametrize(
    ("closing", "lang", "name"),
    [
        (
            [
                "Elsku afi, takk fyrir allt. Hvíl í friði.",
                "Guðrún Ósk Hjaltadóttir",
                "Útför fer fram á laugardag.",
            ],
            "is",
            "Guðrún Ósk Hjaltadóttir",
        ),
        (
            ["Rest in peace, Dad.", "Margaret Ellison", "The funeral is on Friday at St Mary's."],
            "en",
            "Margaret Ellison",
        ),
        (
            ["Ruhe in Frieden.", "Katharina Vogel", "Die Trauerfeier ist am Freitag."],
            "de",
            "Katharina Vogel",
        ),
    ],
)
def test_a_signature_over_a_closing_note(closing: list[str], lang: str, name: str) -> None:
    draft = Draft(lang=lang)
    kept = read_closing_byline([*STORY, *closing], [], draft)
    assert draft.byline == [name]
    assert kept == [*STORY, closing[0], closing[2]]


def test_a_name_the_story_gave_over_a_note_is_no_signature() -> None:
    story = [*STORY, "The council thanked Margaret Ellison for her work on the plan."]
    closing = ["She retires in May.", "Margaret Ellison", "The plan is online."]
    draft = Draft(lang="en")
    assert read_closing_byline([*story, *closing], [], draft) == [*story, *closing]
    assert draft.byline == []


@pytest.mark.parametrize(
    ("lang", "dek", "bio", "name"),
    [
        (
            "fr",
            "L'historienne Jeanne Roussel plaide pour rouvrir les bibliothèques le dimanche.",
            "Jeanne Roussel est historienne, professeure à l'université de Tours. "
            "Elle a publié « Lire en ville » (Seuil, 2023).",
            "Jeanne Roussel",
        ),
        (
            "es",
            "El economista Tomás Ibarra defiende un abono único de transporte.",
            "Tomás Ibarra es economista en la Universidad de Zaragoza y autor de «Moverse».",
            "Tomás Ibarra",
        ),
        (
            "en",
            "Geographer Helen Marsh argues that the county should buy the old railway line.",
            'Helen Marsh is a geographer at the University of Leeds and the author of "Lines".',
            "Helen Marsh",
        ),
    ],
)
def test_a_closing_bio_of_the_person_the_dek_names_names_the_writer(
    lang: str, dek: str, bio: str, name: str
) -> None:
    draft = Draft(lang=lang)
    draft.dek = dek
    assert read_closing_byline([*STORY, bio], [], draft) == STORY
    assert draft.byline == [name]


def test_a_closing_paragraph_on_someone_the_story_named_is_no_bio() -> None:
    draft = Draft(lang="en")
    draft.dek = "Geographer Helen Marsh argues that the county should buy the railway line."
    story = [*STORY, "Marsh has studied the line for a decade, the council said."]
    closing = 'Helen Marsh is a geographer and the author of "Lines".'
    assert read_closing_byline([*story, closing], [], draft) == [*story, closing]
    assert draft.byline == []


def test_a_closing_bio_of_an_interview_s_guest_the_dek_names_is_no_byline() -> None:
    """A Q&A: the dek names its guest, the questions stand a paragraph each, and the bio
    under the answers is the guest's, not the writer's."""
    draft = Draft(lang="fr")
    draft.dek = "La sociologue Claire Aubertin a enquêté sur les repas de famille."
    story = [
        "Comment est née cette enquête ?",
        "D'une intuition : on disait le repas de famille en voie de disparition.",
        "Qu'avez-vous observé ?",
        "Qu'il a changé de forme, pas de place dans la vie des familles.",
    ]
    bio = "Claire Aubertin est sociologue au CNRS. Elle publie « À table ! » (Seuil)."
    assert read_closing_byline([*story, bio], [], draft) == [*story, bio]
    assert draft.byline == []


def test_a_surname_inside_another_word_of_the_story_does_not_name_its_subject() -> None:
    """ "Roy" in "Royaume", "Lee" in "Leeds": only the whole word says the story named them."""
    draft = Draft(lang="en")
    draft.dek = "Historian Ann Lee argues that the city should keep its trams."
    story = [*STORY, "Leeds kept its trams until 1959, and many people still miss them."]
    bio = "Ann Lee is a historian at the University of York."
    assert read_closing_byline([*story, bio], [], draft) == story
    assert draft.byline == ["Ann Lee"]


KO_STORY = [
    "이번 주에는 전기요금 고지서를 읽는 법을 정리했습니다.",
    "누진 구간이 바뀌면서 같은 사용량에도 요금이 달라졌습니다.",
]


@pytest.mark.parametrize(
    ("trailer", "source", "names", "kept"),
    [
        # A Korean newsletter's sign-off under the letter, the writer's own © under it.
        (["박서연 드림", "수신거부"], "박서연", ["박서연"], None),
        (["이도윤 올림", "구독 해지"], "이도윤", ["이도윤"], None),
        # A publisher's © stays the source.
        (["최민준 드림", "수신거부"], "한빛미디어", ["최민준"], "한빛미디어"),
    ],
)
def test_a_korean_letters_sign_off_names_its_writer(
    trailer: list[str], source: str, names: list[str], kept: str | None
) -> None:
    draft = Draft(lang="ko", source=source)
    read_closing_byline(list(KO_STORY), trailer, draft)
    assert draft.byline == names
    assert draft.source == kept


LETTER = (
    "Lesung, Kinderecke und Gutscheine\n\n"
    "Im November wird es bei uns gemütlich: Am Donnerstag, den 20. November, liest die "
    "Autorin Petra Lang aus ihrem neuen Roman, der Eintritt ist frei.\n\n"
    "Außerdem haben wir unsere Kinderecke vergrößert und ein neues Regal mit Büchern für "
    "Erstleser aufgestellt, gleich am Fenster.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        # The signer with the team, over the footer the body kept.
        (
            "Herzliche Grüße,\n\nJana Weber und das ganze Team vom Buchladen am Markt\n\n"
            "Buchladen am Markt | Marktplatz 3, 79098 Freiburg\n\nÖffnungszeiten Mo–Fr 9–18\n",
            ("Jana Weber",),
        ),
        # A priest's title and his order's initials around his name.
        (
            "Mit herzlichen Grüßen,\n\nPfr. Thomas Brandl SJ\n\n-----\n"
            "Kath. Pfarramt St. Martin · Kirchplatz 1 · 88212 Ravensburg\n",
            ("Thomas Brandl",),
        ),
        # The team alone signs: no writer.
        (
            "Herzliche Grüße,\n\nDas ganze Team vom Buchladen am Markt\n\n"
            "Buchladen am Markt | Marktplatz 3, 79098 Freiburg\n",
            (),
        ),
    ],
)
def test_a_letters_signer_without_title_or_team(closing: str, byline: tuple[str, ...]) -> None:
    assert parse_text(LETTER + closing, lang="de").byline == byline


@pytest.mark.parametrize(
    ("more", "byline"),
    [
        ("More from Dana Whitfield", ("Dana Whitfield",)),
        ("Mehr von Jana Weber", ("Jana Weber",)),
        ("مطالب بیشتر از مریم احمدی", ("مریم احمدی",)),
        # The blog's own name after "More from": no writer.
        ("More from Our Kitchen", ()),
    ],
)
def test_the_link_to_the_writers_other_posts_names_the_writer(more: str, byline) -> None:
    text = (
        "Why I still buy paper books\n12 March 2025\n\n"
        "Three months ago I put an old wooden shelf by the front door of our building and "
        "wrote on it: take a book, leave a book. I thought it would be empty within a week.\n\n"
        "I was wrong. Today there are a hundred and twenty books on it, from old paperbacks "
        "to exam guides and a few children's books with crayon drawings in the margins.\n\n"
        f"books\n\nneighbourhood\n\n12 likes\n\n{more}\n\nWhy I still read on the bus\n"
    )
    assert parse_text(text, lang="en").byline == byline


BLOGGER_PAGE = """Cantinho da Horta
Blog de horta urbana e plantas aromáticas em Lisboa
Início
Sobre Mim
Horta
{item}
Contacto
Domingo, 5 de outubro de 2025
A minha primeira horta na varanda: contas do primeiro mês
Olá a todos, cá estamos outra vez neste blog simples. No mês passado decidi montar a minha \
primeira horta na varanda com um orçamento máximo de cinquenta euros, e vou contar tudo aqui.
Comprei três vasos grandes numa loja de usados, um saco de terra e sementes de alface, rúcula \
e salsa. A rega faço com uma garrafa furada, que funciona melhor do que esperava.
Agora, passadas quatro semanas, a alface já se pode colher e a salsa começa a crescer. Não é \
uma horta de revista, mas para principiante estou contente.
Postado por Ana Ribeiro às 19:42
Marcadores: horta, principiantes
3 comentários:
Rui Matos 6 de outubro de 2025 às 08:15
Muito bom, também quero experimentar.
Responder
Mensagem mais recente Mensagem antiga Página inicial
"""


def test_the_footers_posted_by_names_the_writer_over_a_menus_item() -> None:
    # A menu's item over the headline read as a name, naming no one by a given name.
    assert parse_text(BLOGGER_PAGE.format(item="Plantas Aromáticas")).byline == ("Ana Ribeiro",)


INTERVIEW = (
    "«Nie zamkniemy biblioteki»\n"
    "Dyrektorka biblioteki miejskiej Joanna Kowalczyk o remoncie i nowych godzinach\n"
    "Joanna Kowalczyk\n12 marca 2025\n\n"
    "— Czy biblioteka przy Rynku zostanie zamknięta na czas remontu?\n\n"
    "— Nie. Przeniesiemy wypożyczalnię do szkoły obok, a czytelnia będzie otwarta do lata, "
    "kiedy zaczną się prace na dachu i w piwnicach budynku.\n\n"
    "— A kiedy wrócicie do starego budynku?\n\n"
    "— Najpóźniej w marcu przyszłego roku, jeśli wykonawca dotrzyma terminów z umowy.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        # The interviewer credited under it, over the interviewee's caption in the header.
        ("Rozmawiała Anna Nowak", ("Anna Nowak",)),
        # Another credit under it names no interviewer: the header's name stays.
        ("Zdjęcia Anna Nowak", ("Joanna Kowalczyk",)),
    ],
)
def test_the_interviewer_under_an_interview_over_the_interviewee(closing, byline) -> None:
    text = INTERVIEW + closing + "\n\nCzytaj także\n\nNowe godziny otwarcia bibliotek\n"
    assert parse_text(text, lang="pl").byline == byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Z prof. Ewą Malinowską rozmawia Tomasz Lis", ["Tomasz Lis"]),
        ("S ředitelkou Janou Malou mluvil Petr Novák", ["Petr Novák"]),
        ("Mit der Ärztin Anna Roth sprach Lena Berg", ["Lena Berg"]),
    ],
)
def test_an_interviews_credit_after_its_subject(line: str, names: list[str]) -> None:
    draft = Draft(lang=None)
    assert read_byline(line, draft)
    assert draft.byline == names


def test_a_sentence_opening_with_with_is_no_interviewers_credit() -> None:
    draft = Draft(lang="de")
    read_byline("Mit dem Rad sprach er über die Brücke", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("credit", "byline", "source"),
    [
        # The agency's closing credit, its writer labelled inside the parentheses.
        ("БТА/(автор: Иван Петров, редактор: Мария Илиева)", ("Иван Петров",), "БТА"),
        ("AGERPRES/(A - autor: Ioana Dinu, editor: Mihai Pop)", ("Ioana Dinu",), "AGERPRES"),
        # The editor alone is no writer.
        ("AGERPRES/(editor: Mihai Pop)", (), None),
    ],
)
def test_a_wires_credit_labels_its_writer(credit: str, byline, source) -> None:
    text = "\n\n".join(["A headline", "April 20, 2017", *STORY, credit, "Read more"]) + "\n"
    article = parse_text(text, lang="en")
    assert article.byline == byline
    if source:
        assert article.source == source


@pytest.mark.parametrize(
    "card",
    [
        "Hélène Vautrin (Maire de Bourganeuf)",
        "Hélène Vautrin",
    ],
)
def test_a_bio_closing_the_story_over_the_writers_card_names_her(card: str) -> None:
    """An op-ed's bio under the story, and the writer's card under it in the footer: she
    wrote it, though no name line stands over the story."""
    bio = "Hélène Vautrin est maire de Bourganeuf (Creuse) depuis 2020."
    draft = Draft(lang="fr")
    assert read_closing_byline([*STORY, bio], [card, "Contribuer"], draft) == STORY
    assert draft.byline == ["Hélène Vautrin"]


def test_a_bio_closing_the_story_with_no_card_under_it_is_the_storys() -> None:
    """A last paragraph about a person, with no card naming her again: the story's own."""
    bio = "Hélène Vautrin est maire de Bourganeuf (Creuse) depuis 2020."
    draft = Draft(lang="fr")
    assert read_closing_byline([*STORY, bio], ["Contribuer", "Les plus lus"], draft)[-1] == bio
    assert draft.byline == []


def test_a_full_name_alone_under_the_last_sentence_signs_the_story():
    """An obituary written by a grandchild, signed under its last sentence with no closing
    word over the name ("… Hvíl í friði." / "Katrín Björk Einarsdóttir.")."""
    paragraphs = [
        "Elsku amma mín.",
        "Það er skrítið að hugsa til þess að ég geti ekki lengur hringt í þig á "
        "sunnudagsmorgnum og heyrt þig segja frá garðinum.",
        "Þú varst sterk kona og kvartaðir aldrei yfir neinu.",
        "Takk fyrir allt, elsku amma. Hvíl í friði.",
        "Katrín Björk Einarsdóttir.",
    ]
    draft = Draft(lang="is")
    assert read_closing_byline(paragraphs, [], draft) == paragraphs[:-1]
    assert draft.byline == ["Katrín Björk Einarsdóttir"]


def test_a_first_name_alone_or_a_name_under_a_closing_stays_the_letter_s():
    for ending in (["See you next week.", "Anna"], ["Herzliche Grüße,", "Anna Berg"]):
        paragraphs = [*STORY, *ending]
        draft = Draft(lang="en")
        assert read_closing_byline(paragraphs, [], draft) == paragraphs


def test_an_op_ed_writer_s_titled_bio_over_her_card_names_her() -> None:
    """ "Hélène Marchetti est maîtresse de conférences …" closing the op-ed, her name and
    title in brackets under it: the writer, whatever her title."""
    paragraphs = [
        "Chaque printemps, les maires des petites communes votent leur budget avec la même "
        "inquiétude : que faire du dossier qui dort dans le tiroir ?",
        "La décentralisation devait rapprocher la décision des citoyens. Elle a surtout "
        "éloigné l'expertise des élus.",
        "Hélène Marchetti est maîtresse de conférences en droit public à l'université de "
        "Lille et autrice de « L'État en retrait » (PUF, 2023).",
    ]
    draft = Draft(lang="fr")
    trailer = ["Hélène Marchetti (Maîtresse de conférences en droit public)", "Partager"]
    kept = read_closing_byline(paragraphs, trailer, draft)
    assert draft.byline == ["Hélène Marchetti"]
    assert kept == paragraphs[:-1]


def test_a_titled_bio_of_someone_the_page_never_names_alone_stays() -> None:
    paragraphs = [
        "Les maires des petites communes manquent d'ingénieurs pour monter leurs dossiers.",
        "Hélène Marchetti est maîtresse de conférences en droit public à l'université de "
        "Lille et a étudié ces dossiers pendant dix ans.",
    ]
    draft = Draft(lang="fr")
    assert read_closing_byline(paragraphs, ["Partager"], draft) == paragraphs
    assert draft.byline == []
