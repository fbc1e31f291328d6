"""Press release labels (tearsheet.presslabels): what a release is called, and when it runs."""

from __future__ import annotations

import pytest

from tearsheet.plaintext import parse_text
from tearsheet.presslabels import is_press_label, is_release_note


@pytest.mark.parametrize(
    "line",
    [
        "PRESS RELEASE",
        # A Japanese release's addressees over it.
        "報道関係者各位",
        "報道機関 各位",
        "記者クラブ御中",
        "Media statement",
        "Pressemitteilung Nr. 45/2025",
        "Communiqué n° 12",
        "COMUNICADO À IMPRENSA",
        "Nota de prensa",
        "Comunicato stampa",
        "Persbericht",
        "Informacja prasowa",
        "Komunikat prasowy nr 7/2025",
        "KENYATAAN MEDIA",
        "Siaran Pers",
        "Taarifa kwa vyombo vya habari",
        "Basın Bülteni",
        "Δελτίο Τύπου",
        "Пресс-релиз",
        "Саопштење за јавност",
        "بيان صحفي",
        "پریس ریلیز",
        "הודעה לעיתונות",
        "प्रेस विज्ञप्ति",
        "সংবাদ বিজ্ঞপ্তি",
        "செய்தி வெளியீடு எண்: 21/2026",
        "ข่าวประชาสัมพันธ์",
        "Thông cáo báo chí",
        "新闻稿",
        "プレスリリース",
        "보도자료",
        "WAR-SAXAAFADEED",
        "Pressiteade",
        "Mediaverklaring",
        "Sanarwa ga manema labarai",
        "Njoftim për shtyp",
        "Прэс-рэліз",
        "პრესრელიზი",
        "પ્રેસ રિલીઝ",
        "പത്രക്കുറിപ്പ്",
    ],
)
def test_press_labels_in_many_languages(line):
    assert is_press_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Press release wins award for clarity",
        "Pressemitteilung der Stadt sorgt für Ärger",
        "Nota de prensa: el Gobierno rectifica tras la polémica",
        "Media statements under scrutiny after inquiry",
        "新闻稿件造假案宣判",
    ],
)
def test_headlines_that_name_a_release_are_not_labels(line):
    assert not is_press_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "For immediate release",
        "UNTUK SIARAN SEGERA",
        "Para divulgação imediata",
        "Embargoed until 9 AM ET, 4 March 2025",
        "للنشر الفوري",
        "לפרסום מיידי",
        "เผยแพร่ทันที",
        "즉시 배포",
        "KWA MATUMIZI YA HARAKA",
        "Si degdeg ah loo faafiyo",
        "Pentru difuzare imediată",
        "Za trenutnu objavu",
        "Za takojšnjo objavo",
        "Na okamžité zverejnenie",
        "Vir onmiddellike vrystelling",
        "Tūlītējai publicēšanai",
        "Don fitarwa nan take",
        "Para difusión inmediata",
        "Per a difusió immediata",
        "För omedelbar publicering",
        "Voor directe publicatie",
        "Välittömästi julkaistavaksi",
        "Untuk disiarkan segera",
        "Hemen yayımlanmak üzere",
        "Për publikim të menjëhershëm",
        "Għall-pubblikazzjoni immedjata",
        "Անհապաղ հրապարակման համար",
        "დაუყოვნებლივ გამოსაქვეყნებლად",
        "तात्काळ प्रसिद्धीसाठी",
        "ለአስቸኳይ ስርጭት",
        # An embargo with its day, date and hour spelled out in long words.
        "Embargo: Nicht veröffentlichen vor Dienstag, 17. Februar, 06.00 Uhr",
    ],
)
def test_release_notes_in_many_languages(line):
    assert is_release_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Immediate action needed on flood defences",
        "Release of hostages expected immediately",
        "Pemerintah segera siarkan hasil audit dana bantuan desa tahun ini",
        "Hostages freed in immediate release",
        "Matumizi ya haraka ya dawa za kulevya yaongezeka",
        "Immediate release of hostages demanded",
        "Direct flights to Lisbon resume in spring",
        "Verhalen die direct raken: de publicatie van het jaar",
        "Embargo: why the sanctions on shipping keep failing the people they protect",
    ],
)
def test_headlines_about_releases_are_not_notes(line):
    assert not is_release_note(line)


@pytest.mark.parametrize(
    ("lang", "letterhead", "label", "headline", "prose"),
    [
        (
            "it",
            ["Comune di Bergamo", "Ufficio Stampa"],
            "COMUNICATO STAMPA",
            "Biblioteca Tiraboschi, dal primo marzo orari prolungati fino alle 22",
            "Bergamo, 12 febbraio 2026 – Da domenica primo marzo la biblioteca Tiraboschi "
            "resterà aperta fino alle 22 dal lunedì al venerdì, grazie a un accordo con le "
            "associazioni studentesche.",
        ),
        (
            "sw",
            ["JAMHURI YA MUUNGANO WA TANZANIA", "WIZARA YA MAJI"],
            "TAARIFA KWA VYOMBO VYA HABARI",
            "SERIKALI YAZINDUA MRADI WA MAJI SAFI KATIKA WILAYA YA KONGWA",
            "Dodoma, 3 Machi 2026 – Wizara ya Maji inapenda kuutaarifu umma kuwa mradi wa maji "
            "safi katika wilaya ya Kongwa utaanza kutoa huduma kwa wakazi zaidi ya elfu "
            "ishirini mwezi ujao.",
        ),
    ],
)
def test_the_headline_under_a_release_s_letterhead_of_two_lines_and_its_label(
    lang, letterhead, label, headline, prose
):
    from tearsheet.plaintext import parse_text
    from tearsheet.presslabels import is_letterhead

    blocks = [*letterhead, label, headline, prose]
    assert is_letterhead(blocks, 0)
    assert not is_letterhead(blocks, 3)
    text = "\n\n".join(blocks) + "\n"
    assert parse_text(text, lang).headline == headline


def test_a_public_body_s_name_over_the_release_s_title_is_its_letterhead():
    from tearsheet.presslabels import is_letterhead

    blocks = [
        "Sala stampa",
        "Comune di Treviso",
        "Il Comune riapre la biblioteca di Santa Maria dopo due anni di lavori",
        "Treviso, 4 marzo 2026 – La biblioteca riapre lunedì con orari più lunghi.",
    ]
    assert is_letterhead(blocks, 1)
    text = "\n".join(
        [*blocks[1:], "Il sindaco ha ringraziato i volontari che hanno spostato i libri."]
    )
    assert parse_text(text, lang="it").headline == blocks[2]
    # A headline over a sentence, and a short label over a longer line, are no letterhead.
    assert not is_letterhead(blocks, 2)
    assert not is_letterhead(["City Council", blocks[2]], 0)


def test_an_organisation_s_name_in_korean_or_japanese_over_the_title_is_the_letterhead():
    from tearsheet.presslabels import is_letterhead

    blocks = ["한국전력공사", "한전, 섬 지역 태양광 발전소 12곳 준공…연간 4만 가구 공급", "본문"]
    assert is_letterhead(blocks, 0)
    blocks = ["京都大学（KU）", "新しい触媒で水素の製造コストを半分に", "本文"]
    assert is_letterhead(blocks, 0)
    # A headline naming a university says what it did (a particle): no letterhead.
    blocks = ["東北大学が全固体電池を開発", "室温で500回の充放電に成功した研究グループの成果", "x"]
    assert not is_letterhead(blocks, 0)
