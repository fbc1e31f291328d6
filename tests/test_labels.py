"""The theme's words and dates in the article's language, in the built outputs."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from babel.messages.pofile import read_po
from lxml import etree
from lxml import html as lxml_html

from tearsheet.labels import format_article_date, labels_for, locale_folder

from conftest import build, pdftotext, write_article

CATALOGUES = sorted(locale_folder().glob("*/LC_MESSAGES/tearsheet.po"))
REQUIRED = {"en", "de", "fr", "es", "pt", "ca", "ar", "zh", "ja", "he"}


def _messages(path):
    with path.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id}


def test_catalogues_cover_the_required_languages():
    have = {path.parts[-3] for path in CATALOGUES} | {"en"}
    assert have >= REQUIRED


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_each_catalogue_keeps_placeholders_and_knows_only_template_messages(path):
    template = _messages(locale_folder() / "tearsheet.pot")
    for message, translation in _messages(path).items():
        assert message in template, f"{path}: {message!r} is not in tearsheet.pot"
        assert set(re.findall(r"\{\w+\}", message)) == set(re.findall(r"\{\w+\}", translation))
    for message in ("By {names}", "Source:", "Notes", "Contents", "Pages", "Cover"):
        assert _messages(path).get(message), f"{path}: {message!r} is untranslated"


@pytest.mark.parametrize(
    ("lang", "date"),
    [
        ("en", "March 5, 2024"),
        ("de", "5. März 2024"),
        ("fr", "5 mars 2024"),
        ("es", "5 de marzo de 2024"),
        ("pt-BR", "5 de março de 2024"),
        ("ca", "5 de març del 2024"),
        ("zh", "2024年3月5日"),
        ("ja", "2024年3月5日"),
        ("ru", "5 марта 2024\u202fг."),
        ("he", "5 במרץ 2024"),
        ("ar", "5 مارس 2024"),
        ("qaa", "March 5, 2024"),
    ],
)
def test_dates_follow_cldr(lang, date):
    assert format_article_date(dt.date(2024, 3, 5), lang) == date


def test_regional_and_script_fallbacks():
    assert labels_for("zh-TW").notes == "註釋" and labels_for("zh").notes == "注释"
    assert labels_for("pt-BR").notes == "Notas" and labels_for("de-CH").notes == "Anmerkungen"
    assert labels_for("sw").notes == "Notes"
    assert labels_for("nb-NO").by == labels_for("no").by == "Av"
    assert labels_for("nn").by == "By"  # Nynorsk is not Bokmål: no catalogue, English


ARTICLES = {
    "de": ("Von", "Quelle:", "5. März 2024", "Anmerkungen"),
    "fr": ("Par", "Source\u202f:", "5 mars 2024", "Notes"),
    "zh": ("作者：", "来源：", "2024年3月5日", "注释"),
    "ar": ("بقلم", "المصدر:", "5 مارس 2024", "الحواشي"),
    "he": ("מאת", "מקור:", "5 במרץ 2024", "הערות"),
}


def test_labels_and_dates_in_the_built_page_book_and_pdf(tmp_path, epubcheck_batch):
    sources = [
        write_article(
            tmp_path,
            f"{lang}.md",
            f"title: T {lang}\ndate: 2024-03-05\nlang: {lang}\nauthor: [Ann Lee, Omar Ali]\n"
            "source: Example Post",
            "Text[^1].\n\n[^1]: A note.\n",
        )
        for lang in ARTICLES
    ]
    out = tmp_path / "out"
    assert build(sources, out) == 0
    for lang, (by, source, date, notes) in ARTICLES.items():
        page = lxml_html.parse(str(out / f"{lang}.html")).getroot()
        byline = page.find_class("byline")[0].text_content()
        assert byline.startswith(by) and "Ann Lee" in byline and "Omar Ali" in byline
        assert [b.text for b in page.find_class("byline")[0].iter("bdi")] == ["Ann Lee", "Omar Ali"]
        assert page.find(".//time").text == date
        assert page.get_element_by_id("attribution").text_content().strip().startswith(source)
        with zipfile.ZipFile(out / f"{lang}.epub") as book:
            chapter = etree.fromstring(book.read("EPUB/article.xhtml"))
            labels = {e.get("aria-label") for e in chapter.iter() if e.get("aria-label")}
            assert notes in labels
            opf = book.read("EPUB/content.opf").decode()
            assert f"<dc:language>{lang}</dc:language>" in opf
        if lang not in ("ar", "he"):  # pdftotext prints right-to-left lines in visual order
            text = " ".join(pdftotext(out / f"{lang}.pdf").split())
            assert date.replace(" ", "") in text.replace(" ", "")
    reports = epubcheck_batch([out / f"{lang}.epub" for lang in ARTICLES])
    assert all(report.messages == [] for report in reports), [r.summary() for r in reports]


BYLINES = {
    "hi": ("लेखक:", "राहुल शर्मा", "स्रोत:"),
    "tr": ("Yazan:", "Ayşe Yılmaz", "Kaynak:"),
    "no": ("Av", "Kari Nordmann", "Kilde:"),
    "nb": ("Av", "Ola Nordmann", "Kilde:"),
}


def test_bylines_in_hindi_turkish_and_norwegian_are_translated(tmp_path):
    """``nb`` has no catalogue of its own: it reads the Bokmål one kept under ``no``."""
    sources = [
        write_article(
            tmp_path,
            f"{lang}.md",
            f"title: T {lang}\ndate: 2024-03-05\nlang: {lang}\nauthor: {name}\n"
            "source: Example Post",
        )
        for lang, (_, name, _) in BYLINES.items()
    ]
    out = tmp_path / "out"
    assert build(sources, out, "--formats", "html,pdf") == 0
    for lang, (by, name, source) in BYLINES.items():
        page = lxml_html.parse(str(out / f"{lang}.html")).getroot()
        byline = " ".join(page.find_class("byline")[0].text_content().split())
        assert byline == f"{by} {name}", (lang, byline)
        attribution = page.get_element_by_id("attribution").text_content().strip()
        assert attribution.startswith(source), (lang, attribution)
        # The PDF sets the byline in capitals; pdftotext splits Devanagari clusters with
        # spaces and moves a reph, so the label is compared without spaces and alone.
        text = pdftotext(out / f"{lang}.pdf")
        assert by.upper().replace(" ", "") in text.replace(" ", ""), (lang, text[:200])
        assert "BY" not in text.split(), (lang, text[:200])


def test_download_bar_is_in_the_article_language(tmp_path):
    from tearsheet.html import template_environment
    from tearsheet.source import parse_article
    from tearsheet.theme import Theme

    theme = Theme.load()
    template = template_environment(theme.templates).get_template("article.html")
    article, _ = parse_article(
        write_article(tmp_path, "de.md", "title: T\ndate: 2024-03-05\nlang: de")
    )
    page = template.render(
        article=article,
        authors=(),
        kicker=None,
        created="2024-03-05",
        datetime="2024-03-05",
        date_text="5. März 2024",
        labels=labels_for("de"),
        stylesheets=(),
        inline_css=None,
        root_class="",
        json_ld=None,
        site_links={"index": "index.html", "pdf": "de.pdf", "epub": "de.epub"},
    )
    bar = lxml_html.fromstring(page).find_class("site-links")[0]
    assert bar.get("aria-label") == "Downloads"
    text = " ".join(bar.text_content().split())
    assert text == "Alle Artikel · Herunterladen: PDF dieses Artikels · EPUB dieses Artikels"


def test_the_accessibility_summary_is_in_the_book_s_language():
    from tearsheet.accessibility import Accessibility

    access = Accessibility(
        images=2,
        images_without_alt=1,
        headings=True,
        page_list=True,
        tables_without_headers=1,
        roles=True,
    )
    german = access.summary("de")
    assert "Überschriften für die Abschnitte und Seitenmarken" in german
    assert "1 von 2 Bildern haben keine Textbeschreibung." in german
    assert "Einige Tabellen haben keine Kopfzellen." in german
    assert " and " not in german and "images" not in german
    assert access.summary("zh").endswith("部分表格没有表头单元格。")
    assert access.summary("sw").startswith("A single reflowable article")  # no catalogue


@pytest.mark.parametrize(
    ("lang", "end"),
    [
        ("en", "."),
        ("ar", "."),
        ("fa", "."),
        ("mr", "."),  # Marathi is written in Devanagari but ends with the full stop
        ("hi", "\u0964"),
        ("ne", "\u0964"),
        ("bn", "\u0964"),
        ("ur", "\u06d4"),
        ("hy", "\u0589"),
        ("am", "\u1362"),
        ("my", "\u104b"),
        ("th", ""),
        ("ja", "\u3002"),
        ("zh-Hant", "\u3002"),
        ("ko", "."),
    ],
)
def test_sentences_end_with_the_language_s_own_stop(lang, end):
    from tearsheet.labels import sentence_end
    from tearsheet.language import parse_language

    assert sentence_end(parse_language(lang)) == end


def test_a_theme_catalogue_s_sentences_are_ended_and_joined_in_its_language(tmp_path):
    """Armenian through a theme's own catalogue: "։" ends a listed sentence, one that
    already ends is left alone, and the sentences are joined with a space."""
    folder = tmp_path / "locale" / "hy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "tearsheet.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Notes"\nmsgstr "Ծանոթագրություններ"\n',
        encoding="utf-8",
    )
    labels = labels_for("hy", tmp_path)
    assert labels.translates("Notes") and not labels.translates("Contents")
    assert labels.sentences([labels.notes, "Ամեն պատկեր ունի նկարագրություն։"]) == (
        "Ծանոթագրություններ։ Ամեն պատկեր ունի նկարագրություն։"
    )
    assert labels_for("ja").sentences(["目次", "見出し。"]) == "目次。見出し。"
    assert labels_for("th").sentences(["สารบัญ", "หัวข้อ"]) == "สารบัญ หัวข้อ"
