"""The one language model: tags parsed and validated once, script, direction, detection."""

from __future__ import annotations

import pytest

from tearsheet.cli import main
from tearsheet.language import LanguageError, detect_language, parse_language
from tearsheet.source import parse_article

from conftest import CORPUS, write_article

GERMAN = (
    "Die Stadt hat im vergangenen Jahr beschlossen, ihre Daten offen zu legen. Seitdem "
    "arbeiten Ehrenamtliche jeden Dienstag daran, aus den Fahrplänen der Verkehrsbetriebe "
    "eine App zu bauen, die zeigt, wann die nächste Straßenbahn tatsächlich kommt. "
    "Bürgerinnen und Bürger können sich beteiligen und ihre Ideen einbringen.\n"
)


@pytest.mark.parametrize(
    ("tag", "normalised", "script", "direction"),
    [
        ("en", "en", "Latn", "ltr"),
        ("pt-BR", "pt-BR", "Latn", "ltr"),
        ("EN_gb", "en-GB", "Latn", "ltr"),
        ("zh", "zh", "Hans", "ltr"),
        ("zh-TW", "zh-TW", "Hant", "ltr"),
        ("zh-Hant", "zh-Hant", "Hant", "ltr"),
        ("yue", "yue", "Hant", "ltr"),
        ("ja", "ja", "Jpan", "ltr"),
        ("ko", "ko", "Kore", "ltr"),
        ("sr", "sr", "Cyrl", "ltr"),
        ("sr-Latn", "sr-Latn", "Latn", "ltr"),
        ("ru", "ru", "Cyrl", "ltr"),
        ("el", "el", "Grek", "ltr"),
        ("ar-EG", "ar-EG", "Arab", "rtl"),
        ("fa", "fa", "Arab", "rtl"),
        ("ur", "ur", "Arab", "rtl"),
        ("ckb", "ckb", "Arab", "rtl"),
        ("he", "he", "Hebr", "rtl"),
        ("iw", "he", "Hebr", "rtl"),
        ("yi", "yi", "Hebr", "rtl"),
        ("az-Arab", "az-Arab", "Arab", "rtl"),
    ],
)
def test_tags_give_script_and_direction(tag, normalised, script, direction):
    language = parse_language(tag)
    assert (language.tag, language.script, language.direction) == (normalised, script, direction)


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        ("zz", "'zz' is not a known language"),
        ("en-x", "'en-x' is not a language tag"),
        ("english", "'english' is not a language tag"),
        ("und", "'und' is not a known language"),
        ("e", "'e' is not a"),
        ("en-" + "a" * 80, "is not a language tag"),
        ("", "'' is not a language tag"),
    ],
)
def test_bad_tags_are_refused(tag, message):
    with pytest.raises(LanguageError, match=message):
        parse_language(tag)


def test_cjk_variants_hyphenation_and_locale():
    assert parse_language("zh").script_tag == "zh-Hans"
    assert parse_language("zh-HK").script_tag == "zh-Hant-HK"
    assert parse_language("zh").is_cjk and parse_language("ja").is_cjk
    assert parse_language("zh").hyphenation is None
    assert parse_language("de-CH").hyphenation == "de_CH"
    assert parse_language("pt-BR").locale.territory == "BR"
    assert str(parse_language("zh-TW").locale) == "zh_Hant_TW"
    # a tag CLDR has no data for still gets English dates rather than failing
    assert str(parse_language("qaa").locale) == "en"


def test_invalid_lang_is_one_line_naming_file_line_and_field(tmp_path, capsys):
    path = write_article(tmp_path, "x.md", "title: T\ndate: 2020-01-01\n\nlang: zz")
    assert main(["build", str(path), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == f"{path}:5: front matter 'lang': 'zz' is not a known language"


def test_check_refuses_the_same_tag_as_build(tmp_path, capsys):
    path = write_article(tmp_path, "x.md", "title: T\ndate: 2020-01-01\nlang: en-x")
    assert main(["check", str(path)]) == 1
    assert "front matter 'lang': 'en-x' is not a language tag" in capsys.readouterr().err


def test_language_field_is_normalised(tmp_path):
    path = write_article(tmp_path, "x.md", "title: T\ndate: 2020-01-01\nlanguage: pt_br")
    assert parse_article(path)[0].lang == "pt-BR"


def test_detected_language_is_used_with_a_notice(tmp_path):
    path = write_article(tmp_path, "x.md", "title: T\ndate: 2020-01-01", GERMAN * 2)
    article, notices = parse_article(path)
    assert article.lang == "de"
    assert [n.code for n in notices] == ["language-detected"]
    assert "reads as German" in notices[0].message


def test_short_or_english_text_is_english_without_a_notice(tmp_path):
    short = write_article(tmp_path, "a.md", "title: T\ndate: 2020-01-01", "Guten Tag.\n")
    english = write_article(
        tmp_path,
        "b.md",
        "title: T\ndate: 2020-01-01",
        "The city council voted on Tuesday to publish its transit timetables as open data, "
        "and volunteers have since built an app that shows when the next tram really comes.\n",
    )
    for path in (short, english):
        article, notices = parse_article(path)
        assert (article.lang, notices) == ("en", [])


def test_file_name_suffix_wins_over_detection_and_bad_suffix_is_part_of_the_name(tmp_path):
    french = write_article(tmp_path, "post.fr.md", "title: T\ndate: 2020-01-01", GERMAN)
    assert parse_article(french)[0].lang == "fr"
    odd = write_article(tmp_path, "report.zz.md", "title: T\ndate: 2020-01-01")
    article = parse_article(odd)[0]
    assert (article.lang, article.slug) == ("en", "report-zz")


@pytest.mark.parametrize("suffix", ["ar", "zh", "es", "fr", "pt", "ca"])
def test_corpus_translations_are_detected_as_their_suffix(suffix):
    files = sorted((CORPUS / "ooni-web").rglob(f"*.{suffix}.md"))
    if not files:
        pytest.skip("the shared corpus is not here")
    body = files[0].read_text(encoding="utf-8").split("---", 2)[2]
    detection = detect_language(body)
    assert detection.confident and detection.language.language == suffix
