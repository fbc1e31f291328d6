"""News agencies beside a byline (tearsheet.agencies): the agency credited as the source, the
writer kept as the byline, an outlet's initials or a person's name left alone."""

from __future__ import annotations

import pytest

from tearsheet.agencies import agency_of
from tearsheet.bylines import read_byline
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft

STORY = (
    "The harbour board voted on Tuesday to rebuild the old ferry pier, after a long debate "
    "about the cost and the design of the new landing stage, which was damaged in the storm.\n\n"
    "Work is expected to start in the spring and to take about a year, the board said.\n"
)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Reuters", "Reuters"),
        ("Reuters Staff", "Reuters"),
        ("da Lusa", "Lusa"),
        ("de l'AFP", "AFP"),
        ("de Volkskrant", None),
        ("The Associated Press", "The Associated Press"),
        ("dpa", "dpa"),
        ("AFP", "AFP"),
        ("ТАСС", "ТАСС"),
        ("Lusa", "Lusa"),
        ("ԱՐՄԵՆՊՐԵՍ", "ԱՐՄԵՆՊՐԵՍ"),
        ("Armenpress", "Armenpress"),
        ("AZERTAC", "AZERTAC"),
        ("БЕЛТА", "БЕЛТА"),
        ("Kazinform", "Kazinform"),
        ("Télam", "Télam"),
        ("Keystone-SDA", "Keystone-SDA"),
        ("Keystone-ATS", "Keystone-ATS"),
        # The agencies by their names in scripts without capitals.
        ("भाषा", "भाषा"),
        ("연합뉴스", "연합뉴스"),
        ("共同通信", "共同通信"),
        ("新华社", "新华社"),
        ("भाषा विज्ञान", None),
        # An outlet's initials, a person, a place: no agency.
        ("CNN", None),
        ("Jane Doe", None),
        ("g1 SP", None),
        ("Reutersville", None),
    ],
)
def test_agency_of(text: str, agency: str | None) -> None:
    assert agency_of(text) == agency


@pytest.mark.parametrize(
    ("line", "lang", "byline", "source"),
    [
        ("By Reuters Staff", "en", (), "Reuters"),
        ("Von dpa", "de", (), "dpa"),
        ("By The Associated Press", "en", (), "The Associated Press"),
        ("Redacción EFE", "es", (), "EFE"),
        ("Redazione ANSA", "it", (), "ANSA"),
        ("AFP / Jane Doe", "en", ("Jane Doe",), "AFP"),
        ("Ana Souza (Lusa)", "pt", ("Ana Souza",), "Lusa"),
        ("By Jane Doe, Reuters", "en", ("Jane Doe",), "Reuters"),
        ("By Jane Doe and Tom Roe, AP", "en", ("Jane Doe", "Tom Roe"), "AP"),
        # An outlet's initials after the names are the paper's, not an agency credit.
        ("By Jane Doe, CNN", "en", ("Jane Doe",), None),
        ("Anna Wróblewska (PAP Biznes)", "pl", ("Anna Wróblewska",), None),
        ("Annick Ramp / NZZ", "de", ("Annick Ramp",), None),
        # The language's "by" before a name with its agency beside it (Spanish, Dutch,
        # Italian with a dash, English); a first name "Per" is no "by".
        ("Por Ana Gil (EFE)", "es", ("Ana Gil",), "EFE"),
        ("Door Jan de Vries (ANP)", "nl", ("Jan de Vries",), "ANP"),
        ("di Marco Rossi - ANSA", "it", ("Marco Rossi",), "ANSA"),
        ("By Jane Doe (AP)", "en", ("Jane Doe",), "AP"),
        ("Per Andersson (TT)", "sv", ("Per Andersson",), "TT"),
        # The language's "of" before the agency after the names (Portuguese, French).
        ("Por Ana Souza, da Lusa", "pt", ("Ana Souza",), "Lusa"),
        ("Par Julie Martin, de l'AFP", "fr", ("Julie Martin",), "AFP"),
        # ... and before a surname, no agency.
        ("Por Ana Souza, da Silva", "pt", ("Ana Souza",), None),
    ],
)
def test_an_agency_in_the_byline_is_the_source(line, lang, byline, source) -> None:
    article = parse_text(
        "Pier to be rebuilt after the storm\n" + line + "\nMarch 4, 2025\n\n" + STORY, lang=lang
    )
    assert article.byline == byline
    assert article.source == source


def test_an_agency_byline_is_read_as_a_header_line() -> None:
    draft = Draft(lang="en")
    assert read_byline("By Reuters Staff", draft)
    assert draft.source == "Reuters"


@pytest.mark.parametrize(
    ("line", "lang", "byline", "source"),
    [
        ("Tomas Kazlauskas, LRT.lt, BNS", "lt", ["Tomas Kazlauskas"], "BNS"),
        ("Jan Novák, iROZHLAS.cz, ČTK", "cs", ["Jan Novák"], "ČTK"),
        ("Karolina Zając, tvn24.pl", "pl", ["Karolina Zając"], None),
    ],
)
def test_a_name_with_the_sites_address_and_the_agency(line, lang, byline, source):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == byline
    assert draft.source == source


@pytest.mark.parametrize(
    "line", ["Vilnius, LRT.lt, BNS", "Tomas Kazlauskas, Vilnius", "Uutiset, yle.fi, STT"]
)
def test_a_place_or_a_word_with_the_credits_is_no_byline(line):
    draft = Draft(lang="lt")
    read_byline(line, draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "agency"),
    [
        ("LRT.lt, BNS", "lt", "BNS"),
        ("iROZHLAS.cz, ČTK", "cs", "ČTK"),
        ("tvn24.pl, PAP", "pl", "PAP"),
    ],
)
def test_the_sites_address_and_the_agency_credit_the_agency(line, lang, agency):
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.byline == []
    assert draft.source == agency


def test_a_name_and_an_agency_without_the_sites_address_is_left_to_the_captions():
    draft = Draft(lang="en")
    read_byline("Al Goldis, Associated Press", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("franceinfo avec AFP", "fr", "AFP"),
        ("Le Parisien avec AFP", "fr", "AFP"),
        ("Redazione con ANSA", "it", "ANSA"),
        ("NOS met ANP", "nl", "ANP"),
        ("Tagesschau mit dpa", "de", "dpa"),
    ],
)
def test_a_desk_with_an_agency_on_the_header_line_credits_the_agency(line, lang, source):
    draft = Draft(lang=lang, source="France Télévisions", source_weak=True)
    assert read_byline(line, draft)
    assert draft.source == source and draft.byline == []


@pytest.mark.parametrize("line", ["Café avec Marie", "Interview with Jane Doe", "Pasta con tomate"])
def test_a_desk_with_no_agency_is_no_credit(line):
    draft = Draft(lang="fr")
    read_byline(line, draft)
    assert draft.source is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Maria Santos - Jornal do Vale", "Maria Santos"),
        ("Carla Reyes - Balita Ngayon Online", "Carla Reyes"),
        ("Jonas Berg - Nordisk Dagblad", "Jonas Berg"),
    ],
)
def test_a_name_with_its_outlet_of_several_words_after_a_dash(line: str, name: str) -> None:
    draft = Draft(lang="en")
    assert read_byline(line, draft)
    assert draft.byline == [name]


def test_a_dash_before_lower_case_words_is_no_outlet() -> None:
    draft = Draft(lang="en")
    assert not read_byline("Maria Santos - a reporter who lives here", draft)
    assert draft.byline == []


@pytest.mark.parametrize(
    ("page", "source"),
    [
        # An agency's name alone on the header line credits the story.
        ("Ponte nova abre em março\nLusa\nHoje às 10:05\n12 março 2026 às 10:05\n", "Lusa"),
        ("Nieuwe brug gaat in maart open\nBelga\n12 maart 2026, 10:05\n", "Belga"),
    ],
)
def test_an_agency_named_alone_under_the_headline_is_the_source(page: str, source: str) -> None:
    body = (
        "A câmara municipal aprovou ontem o projeto da nova ponte sobre o rio, depois de um "
        "longo debate sobre os custos e o traçado da obra.\n\n"
        "As obras devem começar na primavera e durar cerca de um ano, disse o presidente.\n"
    )
    assert parse_text(page + body).source == source


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        # The language's word for "agency" before a known agency: the whole name.
        ("Agência Lusa", "Agência Lusa"),
        ("Agencia EFE", "Agencia EFE"),
        ("Agenzia ANSA", "Agenzia ANSA"),
        ("Agencja PAP", "Agencja PAP"),
        ("Агенција Танјуг", "Агенција Танјуг"),
        # A national agency by its full name in English.
        ("Australian Associated Press", "Australian Associated Press"),
        ("Saudi Press Agency", "Saudi Press Agency"),
        ("Korean Central News Agency", "Korean Central News Agency"),
        ("Press Trust of India", "Press Trust of India"),
        ("News Agency of Nigeria", "News Agency of Nigeria"),
        # A known agency in Cyrillic or Greek letters.
        ("Танјуг", "Танјуг"),
        ("Ρόιτερς", None),  # no agency of that spelling in Latin letters
        # Not agencies: a writer over the agency, a word for agency alone, a person.
        ("By Heather Quinlan Associated Press", None),
        ("Agencia de viajes Sol", None),
        ("Иван Петров", None),
        ("Express News Service", None),
    ],
)
def test_an_agency_by_its_full_name_or_in_another_script(text: str, agency: str | None) -> None:
    assert agency_of(text) == agency


@pytest.mark.parametrize(
    ("line", "lang", "source"),
    [
        ("Извор: Танјуг", "sr", "Танјуг"),
        ("Източник: БТА", "bg", "БТА"),
        ("Heimild: Reuters", "is", "Reuters"),
        ("Πηγή: ΑΠΕ-ΜΠΕ", "el", "ΑΠΕ-ΜΠΕ"),
    ],
)
def test_a_source_labelled_agency_in_the_header_is_the_source(line, lang, source) -> None:
    draft = Draft(lang=lang)
    assert read_byline(line, draft)
    assert draft.source == source


@pytest.mark.parametrize(
    ("header", "lang", "byline", "source"),
    [
        # The agency by its full name on its own line under the writer's.
        (
            "Tom Reilly\nAustralian Associated Press\nDecember 3 2026 - 8:10am\n",
            "en",
            ["Tom Reilly"],
            "Australian Associated Press",
        ),
    ],
)
def test_an_agency_on_its_own_line_in_the_byline_block(header, lang, byline, source) -> None:
    body = (
        "The harbour board voted on Tuesday to rebuild the old ferry pier, after a long "
        "debate about the cost and the design of the new landing stage, which was damaged "
        "in the storm last winter.\n\n"
        "Work is expected to start in the spring and to take about a year, the board said "
        "in a statement on its website.\n\n© 2026 Harbour Media\n"
    )
    page = f"Ferry pier to be rebuilt after storm damage\n{header}{body}"
    imported = parse_text(page, lang)
    assert list(imported.byline) == byline
    assert imported.source == source


@pytest.mark.parametrize(
    "line", ["Fuente: " + "Agencia " * 3000 + "EFE", "Quelle: " + "Agentur " * 3000 + "dpa"]
)
def test_a_credit_repeating_the_word_for_agency_thousands_of_times_is_read_without_a_crash(line):
    """One word for "agency" before the name, read once: no call per repeated word."""
    assert agency_of(line.split(": ", 1)[1]) is None
    prose = (
        "El Ayuntamiento aprobó el martes el presupuesto del año próximo tras un largo debate "
        "entre los grupos, que se prolongó durante varias horas por la noche."
    )
    article = parse_text("\n\n".join(["Presupuesto aprobado", line, "12.03.2025", prose, prose]))
    assert prose in article.body


@pytest.mark.parametrize(
    ("end", "source"),
    [
        ("disse o ministro aos jornalistas. (Lusa)", "Lusa"),
        ("disse o ministro aos jornalistas (Lusa).", None),
        ("segundo as regras da União Europeia. (UE)", None),
    ],
)
def test_an_agency_in_parentheses_closing_the_story_is_its_source(end: str, source) -> None:
    text = (
        "Governo aprova novo plano para a ferrovia\n\n12 de março de 2025\n\n"
        "O Conselho de Ministros aprovou esta quinta-feira o plano de investimento na "
        "ferrovia, que prevê a modernização de quatro linhas até 2030.\n\n"
        f"O plano vai custar 2,1 mil milhões de euros, {end}\n"
    )
    assert parse_text(text, lang="pt").source == source


@pytest.mark.parametrize("name", ["وام", "واس", "كونا", "ኢዜአ", "বাসস", "ایرنا"])
def test_national_agencies_in_their_own_scripts(name: str) -> None:
    assert agency_of(name) == name


@pytest.mark.parametrize("word", ["والد", "واسع", "ኢትዮጵያ"])
def test_words_that_hold_an_agencys_letters_are_none(word: str) -> None:
    assert agency_of(word) is None


def test_an_agencys_own_page_names_it_in_its_script() -> None:
    # Its name alone over the page's menu, as the Ethiopian News Agency's site prints it.
    text = (
        "ኢዜአ\nዋና ገጽ  ዜና  ኢኮኖሚ  ስፖርት\n"
        "የጤና ሚኒስቴር አዲስ የክትባት ዘመቻ ጀመረ\nህዳር 3/2018 (ኢዜአ)\n\n"
        "አዲስ አበባ፤ ህዳር 3/2018 የጤና ሚኒስቴር በ12 ክልሎች የሚካሄድ አዲስ የክትባት ዘመቻ "
        "ዛሬ በይፋ አስጀምሯል። ዘመቻው ለሁለት ሳምንታት የሚቆይ ሲሆን ከአምስት ሚሊዮን በላይ ህጻናትን ተጠቃሚ ያደርጋል።\n\n"
        "ሚኒስቴሩ እንዳስታወቀው ለዘመቻው የሚያስፈልጉ ክትባቶች ቀደም ብለው ወደ ክልሎች ተሰራጭተዋል።\n"
    )
    assert parse_text(text, lang="am").source == "ኢዜአ"


WHOLE_PAGE_TOP = "Skip to content\nThe Daily Courier\nNews\nSport\nBusiness\nCulture\nOpinion\n"
PAGE_STORY = (
    "The weather office on Tuesday issued an orange alert for eleven districts, including "
    "the capital, and said heavy rain was likely over the next two days.\n"
    "Schools in the city will stay shut on Wednesday, the district collector said, and "
    "fishermen were told not to go out to sea until Friday.\n"
    "The low pressure area over the bay is likely to move west in the next twenty-four "
    "hours, bringing more rain to the coastal districts, officials said.\n"
    "© 2026 The Daily Courier Ltd.\n"
)


@pytest.mark.parametrize(
    ("under_date", "source"),
    [
        # The wire alone where the byline stands, under the date: the story's source.
        (["PTI", "Share", "Print"], "PTI"),
        # A picture's credit under its caption, and a text-size button under "Share", are not.
        (["Share", "AA", "Text Size"], "The Daily Courier Ltd."),
        (
            ["Share", "Print", "Commuters wade through a flooded street on Tuesday", "AFP"],
            "The Daily Courier Ltd.",
        ),
    ],
)
def test_an_agency_alone_under_a_whole_page_s_date_is_the_source(under_date, source):
    header = [
        "Orange alert for eleven districts, schools shut in the capital",
        "Heavy rain likely at isolated places over the next 48 hours",
        "Updated - October 21, 2026 09:14 pm IST - CHENNAI",
    ]
    text = WHOLE_PAGE_TOP + "\n".join([*header, *under_date]) + "\n" + PAGE_STORY
    assert parse_text(text, lang="en").source == source


def test_agency_credit_with_its_desk_and_day_closing_the_story() -> None:
    """ "… zu verdichten. (APA, red, 12.3.2026)": the Austrian agency, the desk's initials
    and the day after it, closing the last paragraph."""
    from tearsheet.agencycredits import read_paragraph_end_agency

    draft = Draft(lang="de")
    last = "Die Wiener Linien kündigten an, die Intervalle zu verdichten. (APA, red, 12.3.2026)"
    assert read_paragraph_end_agency([last], draft)
    assert draft.source == "APA"


def test_writer_with_the_role_in_parentheses_under_the_story() -> None:
    from tearsheet.agencies import read_credited_name

    draft = Draft(lang="fr")
    assert read_credited_name("Ousmane Diallo (Correspondant à Kaolack)", draft)
    assert draft.byline == ["Ousmane Diallo"]
    assert draft.source is None
    assert not read_credited_name("Ousmane Diallo (Kaolack)", Draft(lang="fr"))
