"""Whether words are a person's name (tearsheet.personnames): told from organisations,
roles, menus and places, with particles and in scripts without capitals."""

from __future__ import annotations

import pytest

from tearsheet.bylines import person_names
from tearsheet.namelines import is_capitals_name
from tearsheet.personnames import (
    confirms_byline,
    has_given_name,
    is_name,
    is_person,
    is_place_line,
    is_role_line,
    is_uncased_name,
    rest_is_writer,
)


@pytest.mark.parametrize(
    "line",
    [
        "Nation Media Group",
        "Hacker News",
        "Periódico La Jornada",
        "Team Natuurmonumenten",
        "STT Info",
        "Tampereen Raitiotie Oy",
        "My Account",
        "The Canadian Press",
        "Dziennikarz Przeglądu Sportowego",
        "ABC Gippsland",
        "NDR Kultur",
        "Deutsche Bahn",
        "Orquestra do Interior",
        "Corriere della Sera",
        # Local government and a department issuing a release, in several languages.
        "Bordeaux Métropole",
        "Conseil Départemental Savoie",
        "Città Metropolitana di Torino",
        "Consell Comarcal del Maresme",
        "Direction de la Communication",
        "Dirección de Comunicación",
        "Direzione Generale",
        # A kicker flagging breaking or exclusive news over the headline.
        "Son Dakika",
        "Breaking News",
        "Eilmeldung",
        "Ausgabe Koblenz",
        # A city's local section over the date ("Bergamo Città", "Hamburg Stadt").
        "Bergamo Città",
        "Hamburg Stadt",
    ],
)
def test_organisations_roles_and_menus_are_no_names(line: str) -> None:
    assert not is_name(line)
    assert not is_person(line)


@pytest.mark.parametrize(
    "line", ["Helena Marsh", "Sanne de Vries", "Анна Петрова", "JD Vance", "S.R. Praveen"]
)
def test_names_stay_names(line: str) -> None:
    assert is_name(line)
    assert is_person(line)


def test_role_lines() -> None:
    assert is_role_line("Dziennikarz Przeglądu Sportowego")
    assert is_role_line("Energy correspondent")
    assert not is_role_line("Heat pump installations fall for first time in five years")


@pytest.mark.parametrize(
    "name",
    [
        "Hollis Energy Storage",
        "Ministerul Educației",
        "Universität Wien",
        "Il Post",
        # A city hall's or a ministry's department over its notice.
        "Medio Ambiente y Movilidad",
        "Direcția Comunicare",
        "Relații Publice și Comunicare",
        "Department of Communications",
    ],
)
def test_companies_and_institutions_are_no_persons(name: str) -> None:
    assert not is_person(name)


@pytest.mark.parametrize(
    "line",
    [
        "Related Posts",
        "Download PDF",
        "Review Policy",
        "Stadtwerke Tübingen",
        # A button to follow the writer ("Takip Et", "Jetzt Folgen", "Suivre Auteur").
        "Takip Et",
        "Jetzt Folgen",
        "Obserwuj Autora",
    ],
)
def test_menu_items_and_compound_organisations_are_no_names(line: str) -> None:
    assert not is_name(line)


@pytest.mark.parametrize(
    "line", ["経済", "정치 사회", "নিজস্ব প্রতিবেদক", "ירושלים", "పౌర సంబంధాల విభాగం"]
)
def test_labels_and_staff_credits_in_scripts_without_capitals(line: str) -> None:
    assert not is_uncased_name(line)


def test_a_paper_named_for_its_town_is_no_place_line() -> None:
    assert not is_place_line("Fort Collins Coloradoan")
    assert is_place_line("South East")


@pytest.mark.parametrize(
    "name",
    ["Ahmad bin Ismail", "Omar al-Hassan", "Valéry Giscard d'Estaing", "Maria della Valle"],
)
def test_names_with_particles_and_joined_articles(name: str) -> None:
    assert is_name(name)
    assert person_names(name) == [name]


@pytest.mark.parametrize("name", ["Jordi Puigvert i Sala", "José Ortega y Gasset"])
def test_two_family_names_joined_by_and_make_one_name(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize(
    "line", ["Anna Nowak i Jan Kowalski", "Pau Roca i Marc Vidal", "Marta i Joan"]
)
def test_and_between_two_names_makes_no_one_name(line: str) -> None:
    assert not is_name(line)


def test_an_elided_article_before_a_common_noun_is_no_name() -> None:
    assert not is_name("l’économiste Claire")


@pytest.mark.parametrize(
    "line",
    [
        "Energy correspondent",
        "BBC News, Wales",
        "Redakcja Gazety Lubuskiej",
        "ann.lee@example.com",
        "Dziennikarz Przeglądu Sportowego",
        "Stadtwerke Kiel",
    ],
)
def test_a_role_desk_or_address_confirms_a_name_over_it(line: str) -> None:
    assert confirms_byline(line)


@pytest.mark.parametrize(
    "line",
    ["In the north", "Up on the roof", "Read the story", "Wartende vor dem Rathaus", ""],
)
def test_a_menu_word_or_a_caption_is_no_desk(line: str) -> None:
    """Words such as "the", "in", "on" are no name's, but no desk's either."""
    assert not confirms_byline(line)


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Tuula Heikkinen", True),
        ("Marek Zieliński", True),
        ("Friederike Balzer", True),
        ("Guadalupe Ríos", True),
        ("Harriet Okonedo", True),
        # The given name last (Hungarian), the family name first (Vietnamese).
        ("Kovács Anna", True),
        ("Nguyễn Văn An", True),
        ("Võ Hải", True),
        ("Unvollständige Unterlagen", False),
        ("Herzliche Grüße", False),
        ("Plateforme Canicule", False),
        ("", False),
    ],
)
def test_a_known_given_name_opens_a_persons_name(name: str, given: bool) -> None:
    assert has_given_name(name) is given


@pytest.mark.parametrize("line", ["田中美咲 記者", "王小明 记者", "田中 撮影"])
def test_a_cjk_name_with_its_title_is_not_a_bare_name(line: str) -> None:
    assert not is_uncased_name(line)


@pytest.mark.parametrize("line", ["田中美咲", "田中 美咲", "王小明"])
def test_a_cjk_name_alone_is_a_bare_name(line: str) -> None:
    assert is_uncased_name(line)


@pytest.mark.parametrize("line", ["佐藤あきこ", "小林みどり", "森ユウナ", "高橋さくら"])
def test_a_japanese_name_with_its_given_name_in_kana_is_a_bare_name(line: str) -> None:
    assert is_uncased_name(line)


@pytest.mark.parametrize("line", ["大切です", "新しい", "東京から", "勉強しました", "東京タワー"])
def test_japanese_words_ending_in_kana_are_no_name(line: str) -> None:
    assert not is_uncased_name(line)


@pytest.mark.parametrize(
    ("rest", "writer"),
    [
        ("Jane Doe", True),
        ("田中美咲", True),
        ("Opinion Politics", False),
        ("New York", False),
        ("経済ニュース", False),
        ("Updated", False),
    ],
)
def test_the_words_after_a_date_that_are_its_writer(rest: str, writer: bool) -> None:
    assert rest_is_writer(rest) is writer


@pytest.mark.parametrize(
    "line", ["Lihat Foto", "Ver Fotos", "Zobacz Zdjęcia", "Bildergalerie Ansehen"]
)
def test_picture_links_are_no_names(line: str) -> None:
    assert not is_name(line)
    assert not is_person(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fotografies de Marta Roig",
        "Fotografías de Ana Gil",
        "Photographies de Jean Roy",
        "Fotografie di Luca Berti",
        "Ilustrações de Rui Sá",
    ],
)
def test_a_photographers_credit_is_no_name(line: str) -> None:
    assert not is_name(line)


@pytest.mark.parametrize(
    "line",
    ["Yazı Boyutu", "Schriftgröße", "Taille du texte", "Tamaño de letra", "Rozmiar Czcionki"],
)
def test_a_text_size_control_is_no_name(line: str) -> None:
    assert not is_name(line)
    assert not is_person(line)


@pytest.mark.parametrize(
    "line",
    ["Comunidad Valenciana", "Región de Murcia", "Provincia di Cuneo", "Województwo Śląskie"],
)
def test_regions_are_places(line: str) -> None:
    from tearsheet.personnames import is_place

    assert is_place(line)


def test_a_name_is_no_region() -> None:
    from tearsheet.personnames import is_place

    assert not is_place("Lucía Ferrer")
    assert not is_place("Andreu Climent")


@pytest.mark.parametrize("line", ["אורי בן-דוד", "נועה בן־חיים", "محمد عبد-الله"])
def test_uncased_names_with_a_hyphen(line: str) -> None:
    assert is_uncased_name(line)


@pytest.mark.parametrize("line", ["-- --", "בן- דוד", "2025-26 נתונים"])
def test_hyphens_alone_make_no_uncased_name(line: str) -> None:
    assert not is_uncased_name(line)


@pytest.mark.parametrize("line", ["ویب ڈیسک", "डिजिटल डेस्क", "অনলাইন ডেস্ক"])
def test_web_desks_are_role_lines(line: str) -> None:
    assert is_role_line(line)


@pytest.mark.parametrize("name", ["Hiếu Lương", "Minh Thư", "Trần Thị Thu Hằng"])
def test_vietnamese_names_are_known_names(name: str) -> None:
    assert has_given_name(name)


@pytest.mark.parametrize("name", ["Herzliche Grüße", "Thể thao", "Hà Nội FC Plus More Words"])
def test_other_words_are_no_vietnamese_names(name: str) -> None:
    from tearsheet.personnames import is_vietnamese_name

    assert not is_vietnamese_name(name)


@pytest.mark.parametrize(
    "line", ["بی‌بی‌سی فارسی", "BBC हिंदी", "বিবিসি বাংলা", "लोकसत्ता टीम", "ایکسپریس ٹیم"]
)
def test_language_services_and_teams_are_desks(line: str) -> None:
    assert not is_uncased_name(line)
    assert confirms_byline(line)


@pytest.mark.parametrize("line", ["نسرین احمدی", "राहुल शर्मा", "Jane English", "Anna Deutsch"])
def test_names_hold_no_language_service(line: str) -> None:
    assert is_uncased_name(line) or is_name(line)
    assert not confirms_byline(line)


def test_a_name_over_its_language_service_is_the_byline() -> None:
    from tearsheet.plaintext import parse_text

    story = (
        "بحران آب تهران امسال شدیدتر از هر سال دیگری است و مسئولان از جیره‌بندی سخن می‌گویند، "
        "اما کارشناسان می‌گویند مشکل ریشه‌ای‌تر از کم‌بارشی است و به مدیریت منابع برمی‌گردد.\n\n"
        "سدهای اطراف تهران کمتر از پانزده درصد پر هستند و مصرف آب در شهر همچنان بالاست، "
        "در حالی که برنامه‌های صرفه‌جویی تاکنون نتیجه چندانی نداشته‌اند.\n"
    )
    text = "چرا بحران آب تهران عمیق‌تر می‌شود؟\nنسرین احمدی\nبی‌بی‌سی فارسی\n۱۹ اوت ۲۰۲۶\n\n" + story
    assert parse_text(text, lang="fa").byline == ("نسرین احمدی",)


@pytest.mark.parametrize(
    "name", ["Алексей Воронцов", "Ирина Соколова", "Νίκος Παπαδάκης", "Олена Коваль"]
)
def test_given_names_in_cyrillic_and_greek_are_known(name: str) -> None:
    assert has_given_name(name)


@pytest.mark.parametrize("name", ["Новости Москвы", "Ειδήσεις Σήμερα", "Unvollständige Unterlagen"])
def test_other_words_in_those_scripts_are_no_given_names(name: str) -> None:
    assert not has_given_name(name)


@pytest.mark.parametrize("line", ["محمد بن عبد الله", "سعد عبد الرحمن العلي", "אורי בן דוד משה"])
def test_uncased_names_of_four_words_with_a_particle(line: str) -> None:
    assert is_uncased_name(line)


@pytest.mark.parametrize("line", ["أخبار محلية اليوم عاجل", "חדשות הארץ והעולם היום"])
def test_four_words_without_a_particle_are_no_uncased_name(line: str) -> None:
    assert not is_uncased_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "लोकसत्ता प्रतिनिधी",  # Marathi: "Loksatta correspondent"
        "प्रेट्र प्रतिनिधि",
        "নিজস্ব সংবাদদাতা",
        "ڈان نمائندہ",
    ],
)
def test_a_desks_correspondent_in_scripts_without_capitals_is_no_name(line: str) -> None:
    assert not is_uncased_name(line)


@pytest.mark.parametrize(
    "name", ["Equipe Nubank", "Équipe Doctolib", "Equipo Mercado Libre", "Zespół Allegro"]
)
def test_a_team_signing_for_its_company_is_no_person(name: str) -> None:
    assert not is_person(name)


@pytest.mark.parametrize("name", ["लता मंगेशकर", "Tim Cook", "Ana Equipa"])
def test_names_near_the_desk_words_stay_names(name: str) -> None:
    assert is_person(name)


@pytest.mark.parametrize("name", ["ლევან კაპანაძე", "ნინო ბერიძე", "თამარ გელაშვილი"])
def test_georgian_names_are_written_without_capitals(name: str) -> None:
    assert is_uncased_name(name) and is_person(name)
    assert not is_name(name)


def test_a_georgian_word_alone_is_no_name() -> None:
    assert not is_uncased_name("საზოგადოება")


@pytest.mark.parametrize("line", ["E. H.", "M.K.P.", "Ž. K.", "А. П.", "Ł. Ś.", "Ά. Β."])
def test_initials_alone_are_a_name(line: str) -> None:
    assert is_name(line)


@pytest.mark.parametrize(
    "line",
    ["e. h.", "š. ž.", "ł. ś.", "č. j.", "ά. β.", "A. B. C. D.", "U.S. news", "E. H. Carr said"],
)
def test_more_than_initials_or_small_letters_are_no_initials(line: str) -> None:
    assert not is_name(line)


def test_a_georgian_byline_over_the_date() -> None:
    from tearsheet.plaintext import parse_text

    text = (
        "ბათუმში ახალი ავტობუსები შემოდის\n\nნინო ბერიძე\n\n8 აპრილი, 2026\n\n"
        "ბათუმის მერიამ განაცხადა, რომ ქალაქში სამოცი ახალი ელექტრო ავტობუსი შემოვა. "
        "მგზავრობის საფასური არ შეიცვლება და ახალი მარშრუტებიც დაემატება.\n"
    )
    assert parse_text(text, lang="ka").byline == ("ნინო ბერიძე",)


@pytest.mark.parametrize("line", ["ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ", "अमर उजाला समाचार", "আনন্দবাজার সংবাদ"])
def test_a_papers_news_desk_in_the_indian_scripts_is_no_name(line: str) -> None:
    from tearsheet.personnames import is_organisation

    assert is_organisation(line)


@pytest.mark.parametrize("line", ["AP Logo", "Reuters Logo", "Logotipo Clarín", "Логотип ТАСС"])
def test_a_sites_logo_is_no_name(line: str) -> None:
    assert not is_name(line) or not is_person(line)


@pytest.mark.parametrize(
    "name", ["La Voz", "Le Monde", "The Atlantic", "Der Standard", "Les Echos", "La Nación"]
)
def test_a_name_opening_with_an_article_is_a_papers(name: str) -> None:
    from tearsheet.personnames import is_organisation

    assert is_organisation(name) and not is_person(name)


@pytest.mark.parametrize(
    "name", ["Marine Le Pen", "Maria La Rosa", "Le Thi Hoa", "Sanne de Vries", "Lo Wai-man"]
)
def test_an_article_inside_a_name_or_a_family_name_first_keeps_it(name: str) -> None:
    assert is_person(name)


@pytest.mark.parametrize("line", ["U.S.", "U.K.", "E.U."])
def test_a_places_initials_are_no_writers(line: str) -> None:
    assert not is_name(line)


@pytest.mark.parametrize("line", ["กองบรรณาธิการ", "تحریریه", "המערכת"])
def test_the_editorial_staff_in_scripts_without_capitals_is_no_person(line: str) -> None:
    from tearsheet.personnames import is_organisation

    assert is_organisation(line)


@pytest.mark.parametrize(
    "line",
    ["کارشناس منابع آب", "أستاذ الاقتصاد في جامعة القاهرة", "חוקרת אקלים", "विशेषज्ञ, जल संसाधन"],
)
def test_a_contributors_profession_in_scripts_without_capitals_is_a_role_line(line):
    assert is_role_line(line)


def test_an_op_ed_contributor_over_her_profession_is_the_byline():
    from tearsheet.plaintext import parse_text

    text = (
        "یادداشت\n\nتهران بدون آب؛ هشداری که دیگر هشدار نیست\n\nنرگس احمدی\n\n"
        "کارشناس منابع آب\n\n"
        "وقتی سخنگوی صنعت آب می‌گوید ذخایر سدهای تهران به کمتر از ده درصد رسیده، باید این "
        "هشدار را جدی گرفت و برای مصرف آب در شهر برنامه‌ای تازه نوشت.\n\n"
        "مشکل فقط کم‌بارشی نیست. ما سال‌ها پایتخت را چنان گسترش دادیم که گویی آب بی‌پایان است.\n"
    )
    assert parse_text(text, lang="fa").byline == ("نرگس احمدی",)


@pytest.mark.parametrize("line", ["Mwandishi Wetu", "Ripota Wetu", "Wartawan Kompas"])
def test_a_staff_credit_in_place_of_a_name_is_no_person(line: str) -> None:
    assert not is_person(line)


@pytest.mark.parametrize("word", ["John", "María", "Jean", "Anna", "Jan", "Pierre", "José"])
def test_the_commonest_given_names(word: str) -> None:
    from tearsheet.personnames import is_common_given_name

    assert is_common_given_name(word)


@pytest.mark.parametrize("word", ["Este", "Alle", "Solo", "Mais", "Der", "Sobre", "Van", "The"])
def test_words_that_are_rare_names_or_none_are_no_common_given_name(word: str) -> None:
    from tearsheet.personnames import is_common_given_name

    assert not is_common_given_name(word)


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("John", True),
        ("María", True),
        ("Jean", True),
        ("Anna", True),
        # Names of China, Korea, Vietnam in Latin letters that are other languages' words.
        ("Long", False),
        ("Son", False),
        ("Sang", False),
    ],
)
def test_the_commonest_given_names_but_not_words_transliterated_from_asia(word, common):
    from tearsheet.personnames import is_common_given_name

    assert is_common_given_name(word) is common


@pytest.mark.parametrize(
    ("line", "named"),
    [
        # South Indian names with the father's initial first, in their own scripts.
        ("மு. கார்த்திகேயன்", True),
        ("எஸ். ராமகிருஷ்ணன்", True),
        ("ఎం. శ్రీనివాస్", True),
        ("ಕೆ. ಸುರೇಶ್", True),
        # An initial alone, initials alone, a word with a stop: no name.
        ("மு.", False),
        ("மு. எஸ்.", False),
        ("செய்திகள்.", False),
    ],
)
def test_a_name_with_initials_in_a_script_without_capitals(line: str, named: bool) -> None:
    assert is_uncased_name(line) is named


@pytest.mark.parametrize("line", ["報道機関 各位", "販売店 御中"])
def test_a_japanese_letters_addressees_are_no_name(line: str) -> None:
    # A release opens with whom it is sent to ("to the press, all"): no writer.
    assert not is_uncased_name(line)


def test_a_japanese_name_of_two_parts_stays_a_name() -> None:
    assert is_uncased_name("田中 美咲")


@pytest.mark.parametrize(
    "name", ["Bartosz „Bart” Kręcki", "William “Bill” Smith", 'Jean "Jeannot" Martin']
)
def test_a_nickname_in_quotes_inside_a_name_is_the_name_s(name) -> None:
    assert is_person(name)
    assert is_name(name)


@pytest.mark.parametrize(
    "line", ["Project „Phoenix” Launched", 'Operation "Storm" Begins', "“Bill” Smith"]
)
def test_a_title_s_quoted_word_is_no_nickname(line) -> None:
    assert not is_name(line)


@pytest.mark.parametrize("line", ["Б.Төгсбаяр", "Д.Батсайхан", "נועה ברקוביץ'", "ג'ורג' חביב"])
def test_a_glued_initial_and_a_hebrew_geresh_make_names(line: str) -> None:
    """Mongolian papers glue the father's initial to the name; Hebrew ends a foreign name's
    "ch" with a geresh: both are a writer's name."""
    assert is_name(line) or is_uncased_name(line)


@pytest.mark.parametrize("line", ["St.Petersburg", "U.S", "e.g", "小字号", "大字號", "字体"])
def test_abbreviations_and_type_size_buttons_are_no_names(line: str) -> None:
    assert not is_name(line) and not is_uncased_name(line)


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("verslaggever", True),
        # A role's word with another joined in front, as Dutch, German and the Nordic
        # languages write them.
        ("sportverslaggever", True),
        ("wirtschaftskorrespondentin", True),
        ("sportjournalist", True),
        ("politiekredacteur", True),
        # ... not a word that merely ends like a short one.
        ("creditor", False),
        ("songwriter", False),
        ("correlations", False),
        ("amsterdam", False),
    ],
)
def test_a_role_s_word_is_told_joined_or_not(word, role):
    from tearsheet.notnamewords import is_role_word

    assert is_role_word(word) is role


def test_a_name_with_a_joined_role_after_its_comma_is_a_byline():
    from tearsheet.pagehead import names_line

    assert names_line("Sander Veltman, sportverslaggever") == ["Sander Veltman"]
    assert names_line("Anna Berg, kulturjournalist") == ["Anna Berg"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ÁLVARO REQUENA", True),
        ("MARÍA JOSÉ GARCÍA", True),
        # A kicker, a club, a place, one word: no writer.
        ("BREAKING NEWS", False),
        ("REAL ZARAGOZA", False),
        ("SAN JOSE", False),
        ("MARIA", False),
    ],
)
def test_a_writer_s_name_in_capitals(line: str, expected: bool) -> None:
    assert is_capitals_name(line) is expected


def test_a_region_is_no_person() -> None:
    assert not is_person("Région Auvergne-Rhône-Alpes")
    assert not is_person("Provincia di Cuneo")
