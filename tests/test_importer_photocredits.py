"""A photo's credit alone on its line (tearsheet.photocredits), in the languages' words."""

from __future__ import annotations

import pytest

from copiedtexts import PROSE
from tearsheet.captions import caption_indices
from tearsheet.photocredits import (
    is_bare_credit,
    is_captioned_credit,
    is_equals_caption,
    is_photo_of,
)
from tearsheet.plaintext import parse_text
from tearsheet.recognise import Draft


@pytest.mark.parametrize(
    "line",
    [
        "fot. Piotr Wittman/Trojmiasto.pl",
        "Zdj. Adam Nowak",
        "ISITHOMBE: DOCTOR NGCOBO",
        "Foto: Margus Muld/ERR",
        "Photo: Getty Images",
        "Фото: ТАСС",
        "Picha: Maktaba",
        "Φωτ.: Eurokinissi",
        "Kép: MTI",
        "צילום: יונתן זינדל",
        "사진: 연합뉴스",
        # Amharic's own colon; a credit in brackets.
        "ፎቶ፦ ሪፖርተር",
        "(छायाचित्रे: अविनाश पवार)",
        "(Photo: AP)",
    ],
)
def test_a_credit_alone_on_its_line_is_a_credit(line):
    assert is_bare_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence opening with the word, a caption ending in its credit, a label over a
        # list, a story's paragraph.
        "Photo: the council's plan drew a crowd. Residents queued for hours to see it.",
        "Bild: Der neue Bahnhof soll im Jahr 2027 fertig sein und wird von vielen Pendlern genutzt",
        "Fotografia de família no jardim. Foto: Ana Lima",
        "Fotografen klagen über sinkende Honorare.",
        "Imagine a city without cars.",
    ],
)
def test_other_lines_are_no_credit(line):
    assert not is_bare_credit(line)


@pytest.mark.parametrize(
    "credit", ["fot. Piotr Wittman/Trojmiasto.pl", "ISITHOMBE: DOCTOR NGCOBO", "Foto: Ana Lima"]
)
def test_a_credit_inside_the_story_goes_and_the_story_stays(credit):
    header = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]
    text = "\n\n".join([*header, PROSE[0], credit, *PROSE[1:]])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == PROSE


def test_a_labelled_credit_leaves_the_line_over_it():
    draft = Draft(lang="pl")
    lines = ["Gdańsk nie ma już pieniędzy z UE.", "fot. Piotr Wittman/Trojmiasto.pl", PROSE[0]]
    assert caption_indices(lines, draft) == {1}
    assert draft.removed == [("photo caption", lines[1])]


@pytest.mark.parametrize(
    "line",
    [
        # The credit after a bar, a slash, a bracket or the caption's sentence; the word
        # before who took it, or after the name (Lithuanian, Chinese).
        "Sniegas Vilniuje | BNS nuotr.",
        "Nidos kopos vasaros rytą / J. Kalinsko nuotr.",
        "Der Hafen am Morgen (Foto: dpa)",
        "Rehearsal in the hall | Photo: Jane Doe",
        "바다에서 나온 해녀들이 채취한 소라를 정리하고 있다. 사진=박준호 기자",
        "工人在车间内作业。新华社记者 王鹏 摄",
        "夜市攤商準備開張，遊客陸續湧入。（記者林志豪攝）",
        "工人在码头装卸集装箱。（新华社记者 张伟 摄）",
        "Le port au petit matin. Photo : AFP",
        # The abbreviation's stop and the outlet after a slash; "photo by".
        "Nowe tramwaje na pętli w Oliwie. fot. Jan Nowak/Trojmiasto.pl",
        "Le maire inaugure la place. Photo: Jean Dupont/Le Progrès",
        "Children play in the new park. Photo by Ann Lee/Reuters",
        "Wakulima wakipakia magunia ya mahindi sokoni. Picha na Juma Ali",
        "De nieuwe brug bij nacht. Foto door Piet de Vries",
        # A photographer's mark with no word for a photo, after the caption's sentence.
        "Claire (Léa Moalic), gardienne d'un phare. Arte France/Sophie Lorcy",
        "Barcos encalhados no rio Negro, próximo a Manaus. Raphael Alves/Folhapress",
        # A slash after the caption's sentence, then who took it alone (the Spanish papers).
        "Una vendimiadora entre las cepas de la finca de Almendralejo. / J. M. R.",
        "Los vecinos cortan la calle frente al ayuntamiento. / EFE",
        "Pescadores reparan las redes en el puerto de Cangas. / Marta Gil",
    ],
)
def test_a_caption_ending_in_its_credit(line):
    assert is_captioned_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        # The word inside a sentence, a paragraph of several sentences ending in a name, a
        # credit alone (is_bare_credit's), a reporter's "said" line.
        "The mayor spoke on Tuesday. He said the photo: was nice",
        "Das Problem ist bekannt. Die Stadt will handeln, sagt Anna Berg.",
        "The council met. It voted. It adjourned. (Photo: Jane Doe)",
        "Foto: dpa",
        "Der Rat hat am Dienstag entschieden, den Hafen auszubauen, wie die Stadt mitteilte.",
        # After the photo's word, a sentence, not who took it.
        "The council met on Tuesday. Photo. Not a credit at all, a sentence that goes on here.",
        "The mayor spoke. Photo: The council said on Monday that the works would begin soon.",
        # A slash after a sentence that is no photographer's mark.
        "The band played all night long in the old hall. AC/DC",
        "The match ended two to one on Sunday. Arsenal/Chelsea",
        # A slash after a sentence, then another sentence.
        "El pleno votó la moción a mediodía. / Y después se levantó la sesión sin debate.",
    ],
)
def test_no_caption_ending_in_its_credit(line):
    assert not is_captioned_credit(line)


@pytest.mark.parametrize(
    ("caption", "lang"),
    [
        ("Sniegas Vilniuje | BNS nuotr.", "lt"),
        ("Der Hafen am Morgen (Foto: dpa)", "de"),
        ("Rehearsal in the hall | Photo: Jane Doe", "en"),
    ],
)
def test_a_caption_with_its_credit_over_the_story_goes(caption, lang):
    header = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]
    text = "\n\n".join([*header, caption, *PROSE])
    body = [p.strip() for p in parse_text(text, lang=lang).body.split("\n\n") if p.strip()]
    assert body == PROSE


def test_a_caption_over_a_credit_is_recorded_as_taken_for_where_it_stands():
    # The caption's words match no rule: it goes for standing over the credit, a zone's
    # removal (as the header's captions are), while the credit's own words are a rule's.
    draft = Draft(lang="en")
    lines = ["Parents fill the board room on Tuesday.", "Molly Brandt/The Coloradoan", PROSE[0]]
    assert caption_indices(lines, draft) == {0}
    assert draft.removed == [("captions and credits", lines[0])]


@pytest.mark.parametrize(
    "line",
    [
        "記者会見する市長＝13日午後、神戸市役所",
        "72年の歴史に幕を下ろす「港珈琲」＝神戸市中央区元町通3",
    ],
)
def test_a_japanese_caption_names_when_and_where_after_an_equals_sign(line):
    assert is_equals_caption(line)
    draft = Draft(lang="ja")
    story = "神戸市は13日、元町商店街の再開発計画を発表した。市長は記者会見で、来年春に着工すると述べた。"
    assert caption_indices([line, story], draft) == {0}


@pytest.mark.parametrize(
    "line",
    [
        # A sentence of the story (it ends in "。"), an equation, a sum in a table.
        "市の人口は150万人＝前年比で1％減となった。",
        "a＝b",
        "Der Preis = 12 Euro",
        # A Chinese subheading with a date in brackets (no kana), a Japanese sentence.
        "二、全年数据（截至12月）",
        "市は道路を補修した（2024年7月）。",
    ],
)
def test_no_japanese_caption(line):
    assert not is_equals_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Foto de uma feira de rua no centro de Belo Horizonte, num sábado de manhã.",
        "Photo of the old lighthouse at low tide",
        "Foto di Marco Bianchi",
        "Bild von der Baustelle am Hauptbahnhof im Winter",
        "Zdjęcie z festynu na rynku w Opolu",
    ],
)
def test_a_caption_saying_what_the_photo_is_of_goes(line):
    header = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]
    text = "\n\n".join([*header, line, *PROSE])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert body == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Image of the party matters more than its policies now, the pollster said.",
        "Bild von Europa: Die Mehrheit sieht die Union nach der Wahl gestärkt.",
        "Imagen de marca, según los expertos, es lo que más pesa en el voto joven.",
        "Foto de perfil falsa levou a polícia até o suspeito, disse o delegado.",
    ],
)
def test_a_sentence_opening_with_a_photo_s_word_between_the_story_s_paragraphs_stays(line):
    """ "Image of", "Bild von", "Imagen de" open the story's own sentences too: between two
    of its paragraphs, such a line is the story's, not a photo's alt text."""
    header = ["New ferry terminal approved after two years", "By Ann Lee", "March 11, 2025"]
    text = "\n\n".join([*header, PROSE[0], line, *PROSE[1:]])
    body = [p.strip() for p in parse_text(text, lang="en").body.split("\n\n") if p.strip()]
    assert line in body


@pytest.mark.parametrize(
    "line",
    [
        # The word opening a sentence that goes on, or a paragraph of several sentences.
        "Photographs of the flood were shared thousands of times on Tuesday.",
        "Foto de família: a prefeitura reuniu os vereadores. Depois, todos saíram juntos.",
        "Image of a city that no longer exists. It was bombed in 1944. Nobody rebuilt it.",
    ],
)
def test_a_sentence_opening_with_a_photo_s_word_is_no_caption_of(line):
    assert not is_photo_of(line)


def test_chinese_caption_credited_in_brackets_with_a_slash() -> None:
    """ "…海上警報。（圖／中台新聞網資料照）": the caption, its picture's credit after "圖／"."""
    from tearsheet.photocredits import is_captioned_credit

    assert is_captioned_credit(
        "中央氣象署27日上午8時30分發布巴蘭颱風海上警報。（圖／中台新聞網資料照）"
    )
    assert not is_captioned_credit("颱風持續增強，預估最快今晚發布陸上警報，明日影響最大。")


def test_welsh_photo_credit() -> None:
    from tearsheet.photocredits import is_bare_credit

    assert is_bare_credit("Llun: Archif Eisteddfod Genedlaethol Cymru")
