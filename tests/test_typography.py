"""Local typography: each language's quotation marks, dashes and spacing, in real outputs."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from tearsheet.language import parse_language
from tearsheet.markup import render_markdown, smarten
from tearsheet.typography import STYLES, style_for

from conftest import build, pdftotext, write_article

SENTENCE = "Sie sagte \"es ist 'gut' -- wirklich\" und ging."
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "“es ist ‘gut’ — wirklich”"),
        ("en-GB", f"“es ist ‘gut’{NBSP}– wirklich”"),
        ("de", f"„es ist ‚gut‘{NBSP}– wirklich“"),
        ("de-AT", f"„es ist ‚gut‘{NBSP}– wirklich“"),
        ("de-CH", f"«es ist ‹gut›{NBSP}– wirklich»"),
        ("de-LI", f"«es ist ‹gut›{NBSP}– wirklich»"),
        ("fr", f"«{NNBSP}es ist “gut”{NBSP}– wirklich{NNBSP}»"),
        ("es", "«es ist “gut” — wirklich»"),
        ("ca", "«es ist “gut” — wirklich»"),
        ("pt", f"“es ist ‘gut’{NBSP}— wirklich”"),
        ("pt-PT", f"«es ist “gut”{NBSP}— wirklich»"),
        ("it", f"«es ist “gut”{NBSP}– wirklich»"),
        ("nl", f"“es ist ‘gut’{NBSP}– wirklich”"),
        ("pl", f"„es ist «gut»{NBSP}– wirklich”"),
        ("cs", f"„es ist ‚gut‘{NBSP}– wirklich“"),
        ("ru", f"«es ist „gut“{NBSP}— wirklich»"),
        ("el", f"«es ist “gut”{NBSP}– wirklich»"),
        ("ja", "「es ist 『gut』— wirklich」und"),
        ("zh-Hant", "「es ist 『gut』— wirklich」und"),
        ("zh", "“es ist ‘gut’ — wirklich”"),
    ],
)
def test_quotes_and_dashes_per_language(lang, expected):
    assert expected in smarten(SENTENCE, lang)
    assert expected in render_markdown(SENTENCE, lang).html


def test_apostrophes_stay_apostrophes_inside_secondary_quotes():
    text = render_markdown("Er sagte: 'Geht's dir gut?' Und: 'Rock 'n' Roll'.", "de").html
    assert "‚Geht’s dir gut?‘" in text
    assert "l’été" in smarten("l'été", "fr")
    assert smarten("the students' books", "de-CH") == "the students’ books"


def test_french_spacing_before_high_punctuation_and_inside_guillemets():
    html = render_markdown(
        "Pourquoi ? Parce que ; voici : « oui » ! À 12:30, voir https://a.org/x?y=1 "
        "et `code ; ici`.",
        "fr",
    ).html
    assert f"Pourquoi{NNBSP}?" in html and f"Parce que{NNBSP};" in html
    assert f"voici{NNBSP}:" in html and f"«{NNBSP}oui{NNBSP}»{NNBSP}!" in html
    assert "12:30" in html and "https://a.org/x?y=1" in html
    assert "<code>code ; ici</code>" in html
    # written without spaces, the spaces are added
    assert smarten('Quoi? "Non"!', "fr") == f"Quoi{NNBSP}? «{NNBSP}Non{NNBSP}»{NNBSP}!"


def test_code_and_attributes_are_left_alone():
    html = render_markdown(
        '`"a" -- b`\n\n```\nx = "y" -- z\n```\n\n<abbr title="a \'b\'">x</abbr>', "de"
    ).html
    assert '<code>"a" -- b</code>' in html.replace("&quot;", '"')
    assert 'x = "y" -- z' in html.replace("&quot;", '"')
    assert "title=\"a 'b'\"" in html


def test_cjk_punctuation_is_not_followed_by_a_latin_space():
    assert render_markdown("中文。 English， 好！ ok", "zh").html.endswith(
        "中文。English，好！ok</p>"
    )
    # Latin text keeps its spaces
    assert "a. b" in render_markdown("a. b", "zh").html


def test_every_style_cites_its_source_and_regional_tags_fall_back():
    assert all(style.source for style in STYLES.values())
    assert style_for(parse_language("de-AT")) is STYLES["de"]
    assert style_for(parse_language("zh-TW")) is STYLES["zh-Hant"]
    assert style_for(parse_language("sw")) is STYLES["en"]


def test_built_outputs_carry_the_language_marks(tmp_path):
    body = 'Der Bürgermeister sagte: "Wir bleiben -- trotz allem." Und: "Das \'Projekt\' läuft."\n'
    german = write_article(tmp_path, "de.md", 'title: Ein "Test"\ndate: 2024-03-05\nlang: de', body)
    french = write_article(
        tmp_path,
        "fr.md",
        "title: Un test\ndate: 2024-03-05\nlang: fr",
        'Il a dit "oui" ; voilà !\n',
    )
    out = tmp_path / "out"
    assert build([german, french], out, "--formats", "pdf,epub") == 0
    pdf = pdftotext(out / "de.pdf")
    assert "„Wir bleiben – trotz allem.“" in " ".join(pdf.split())
    assert "„Test“" in pdf
    with zipfile.ZipFile(out / "fr.epub") as book:
        name = next(n for n in book.namelist() if n.endswith("article.xhtml"))
        text = "".join(etree.fromstring(book.read(name)).itertext())
    assert f"«{NNBSP}oui{NNBSP}»{NNBSP}; voilà{NNBSP}!" in text
