"""Every script set as its readers expect: direction and alignment, faces, CJK variants, code."""

from __future__ import annotations

import itertools
import re
import subprocess
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTCollection, TTFont
from lxml import etree

from tearsheet.fonts import font_faces

from conftest import CORPUS, FIXTURES, IN_CI, build, require

LANG = FIXTURES / "lang"
POSTS = CORPUS / "ooni-web" / "content" / "post"
ARABIC = POSTS / "2019-egypt-blocks-bbc-and-alhurra.ar.md"
CHINESE = POSTS / "2019-china-wikipedia-blocking.zh.md"
HEBREW = re.compile("[\u0590-\u05ff]")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

# The faces each article must be set in (pdffonts names), and none but packaged or CJK ones.
EXPECTED_FONTS = {
    "he": {"Frank-Ruhl-Libre", "Heebo"},
    "ru": {"Noto-Serif", "Noto-Sans"},
    "el": {"Noto-Serif", "Noto-Sans"},
    "ja": {"Noto-Serif-CJK-JP", "Noto-Sans-CJK-JP"},
    "ko": {"Noto-Serif-CJK-KR", "Noto-Sans-CJK-KR"},
    "zh-hant": {"Noto-Serif-CJK-TC", "Noto-Sans-CJK-TC"},
    "ar": {"Amiri", "Noto-Sans-Arabic"},
    "zh": {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"},
}
PACKAGED = re.compile(
    r"^(Newsreader|Libre-Franklin|IBM-Plex-Mono|Amiri|Noto-Serif|Noto-Sans|Noto-Sans-Arabic|"
    r"Frank-Ruhl-Libre|Heebo|Noto-(Sans|Serif)-CJK-(SC|TC|JP|KR))(-[A-Za-z-]+)?$"
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    """The fixtures in he, ru, el, ja, ko, zh-TW and the corpus's ar and zh, built once."""
    if not ARABIC.is_file():
        pytest.skip("the shared corpus is not here")
    out = tmp_path_factory.mktemp("scripts")
    sources = [LANG / f"{name}.md" for name in ("he", "ru", "el", "ja", "ko", "zh-Hant")]
    assert build([*sources, ARABIC, CHINESE], out, "--formats", "pdf,epub") == 0
    named = {path.stem.lower(): out / path.stem.lower() for path in sources}
    named["ar"] = out / "2019-egypt-blocks-bbc-and-alhurra-ar"
    named["zh"] = out / "2019-china-wikipedia-blocking-zh"
    return named


def pdf_fonts(path: Path) -> set[str]:
    listing = subprocess.run(
        [require("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return {line.split()[0].split("+", 1)[-1] for line in listing if line.strip()}


@pytest.mark.parametrize("name", sorted(EXPECTED_FONTS))
def test_each_script_is_set_in_its_own_packaged_faces(outputs, name):
    fonts = pdf_fonts(outputs[name].with_suffix(".pdf"))
    bases = {re.sub(r"-(Bold|Semi-Bold|Italic|Bold-Italic)$", "", font) for font in fonts}
    assert bases >= EXPECTED_FONTS[name], fonts
    strangers = [font for font in fonts if not PACKAGED.match(font)]
    assert strangers == [], f"system fallback fonts in {name}: {strangers}"


def test_chinese_is_not_set_in_the_japanese_variant(outputs):
    fonts = pdf_fonts(outputs["zh"].with_suffix(".pdf"))
    assert not any("CJK-JP" in font for font in fonts), fonts
    assert not any("CJK-SC" in font for font in pdf_fonts(outputs["zh-hant"].with_suffix(".pdf")))


def _font_file(family: str) -> tuple[Path, str]:
    found = subprocess.run(
        [require("fc-match"), "-f", "%{file}", family], capture_output=True, text=True, check=True
    ).stdout
    return Path(found), family


def _cmap(path: Path, family: str) -> set[int]:
    if path.suffix.lower() == ".ttc":
        for font in TTCollection(path).fonts:
            if font["name"].getDebugName(1) == family:
                return set(font.getBestCmap())
        raise AssertionError(f"{family} is not in {path}")
    with TTFont(path, lazy=True) as font:
        return set(font.getBestCmap())


def test_every_character_of_the_chinese_article_has_a_glyph(outputs):
    """No tofu: the faces the zh stacks name (and the PDF embeds) cover every character."""
    with zipfile.ZipFile(outputs["zh"].with_suffix(".epub")) as book:
        text = "".join(etree.fromstring(book.read("EPUB/article.xhtml")).itertext())
    covered: set[int] = set()
    for family in ("Noto Serif CJK SC", "Noto Sans CJK SC"):
        covered |= _cmap(*_font_file(family))
    for face in font_faces():
        if face.family in ("Newsreader", "Libre Franklin", "IBM Plex Mono"):
            covered |= _cmap(face.path, face.family)
    missing = sorted({char for char in text if not char.isspace() and ord(char) not in covered})
    assert missing == []


def _lines(path: Path, page: int = 0) -> tuple[list[dict], float, float]:
    with pdfplumber.open(path) as pdf:
        sheet = pdf.pages[page]
        lines = sheet.extract_text_lines(strip=True, return_chars=False)
        words = sheet.extract_words()
    left = min(line["x0"] for line in lines)
    right = max(word["x1"] for word in words if word["top"] > 200)
    return lines, left, right


@pytest.mark.parametrize("name", ["he", "ar"])
def test_right_to_left_lines_end_at_the_right_margin(outputs, name):
    """Every line of right-to-left text (headline, dek, byline, headings, lists, quotes,
    tables, notes) starts at the right: it ends within a quote's indent of the margin, and
    short lines are not pushed to the left margin."""
    letters = HEBREW if name == "he" else ARABIC_LETTER
    lines, left, right = _lines(outputs[name].with_suffix(".pdf"))
    rtl = [line for line in lines if len(letters.findall(line["text"])) >= 3]
    assert len(rtl) >= 10
    for line in rtl:
        assert line["x1"] >= right - 30, line["text"]
        if line["x1"] - line["x0"] < (right - left) / 2:
            assert line["x0"] > left + 40, f"short line flush left: {line['text']}"


def test_left_to_right_text_still_starts_at_the_left(outputs):
    lines, left, _ = _lines(outputs["ru"].with_suffix(".pdf"))
    body = [line for line in lines if re.search("[а-я]{3}", line["text"])]
    assert all(line["x0"] <= left + 40 for line in body), [line["text"] for line in body]


def test_code_inside_right_to_left_text_keeps_its_order(outputs):
    with pdfplumber.open(outputs["he"].with_suffix(".pdf")) as pdf:
        words = pdf.pages[0].extract_words()
    code_line = [w for w in words if w["text"] in ("GET", "/api/v1/stops/1234", "HTTP/1.1")]
    assert [w["text"] for w in sorted(code_line, key=lambda w: w["x0"])] == [
        "GET",
        "/api/v1/stops/1234",
        "HTTP/1.1",
    ]


def test_page_counter_reads_page_then_total_in_right_to_left_books(outputs):
    with pdfplumber.open(outputs["ar"].with_suffix(".pdf")) as pdf:
        total = len(pdf.pages)
        sheet = pdf.pages[1]
        foot = sorted(
            (w for w in sheet.extract_words() if w["top"] > sheet.height - 60),
            key=lambda w: w["x0"],
        )
    assert " ".join(w["text"] for w in foot).replace(" ", "") == f"2/{total}"


@pytest.mark.parametrize("name", ["he", "ar"])
def test_right_to_left_books_declare_direction_and_isolate_code(outputs, name, epubcheck):
    path = outputs[name].with_suffix(".epub")
    with zipfile.ZipFile(path) as book:
        opf = etree.fromstring(book.read("EPUB/content.opf"))
        chapter = etree.fromstring(book.read("EPUB/article.xhtml"))
    spine = opf.find("{http://www.idpf.org/2007/opf}spine")
    assert spine.get("page-progression-direction") == "rtl"
    assert chapter.get("dir") == "rtl"
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    code = chapter.findall(".//x:pre", ns) + chapter.findall(".//x:code", ns)
    assert code and all(element.get("dir") == "ltr" for element in code)
    names = chapter.findall(".//x:p[@class='byline']//x:bdi", ns)
    assert names, "byline names are not isolated"
    report = epubcheck(path)
    assert report.messages == [], report.summary()


def test_cjk_books_validate(outputs, epubcheck_batch):
    names = ["zh", "zh-hant", "ja", "ko", "ru", "el"]
    reports = epubcheck_batch([outputs[name].with_suffix(".epub") for name in names])
    assert all(report.messages == [] for report in reports), [r.summary() for r in reports]


@pytest.mark.parametrize("name", ["zh", "zh-hant", "ja"])
def test_no_cjk_line_starts_with_closing_punctuation(outputs, name):
    with pdfplumber.open(outputs[name].with_suffix(".pdf")) as pdf:
        starts = [
            line["text"][0]
            for sheet in pdf.pages
            for line in sheet.extract_text_lines(strip=True, return_chars=False)
        ]
    assert len(starts) > 10
    assert not [char for char in starts if char in "，。、；：？！）」』】》”’"]


def test_english_loads_only_latin_faces_and_mixed_scripts_find_theirs():
    from tearsheet.fonts import BASE_FAMILIES, needed_families

    assert needed_families("Plain “English” — text, 1–2.") == BASE_FAMILIES
    mixed = needed_families("Москва, Αθήνα, القاهرة, ירושלים")
    assert {"Noto Serif", "Noto Sans", "Amiri", "Noto Sans Arabic", "Heebo"} <= mixed


def test_an_english_article_quoting_other_scripts_has_no_fallback_font(tmp_path):
    source = tmp_path / "mixed.md"
    source.write_text(
        "---\ntitle: Four capitals\ndate: 2024-03-05\nlang: en\n---\n\n"
        "The signs read *Москва*, **Αθήνα**, القاهرة and ירושלים.\n\n## Москва\n",
        encoding="utf-8",
    )
    assert build([source], tmp_path / "out", "--formats", "pdf") == 0
    fonts = pdf_fonts(tmp_path / "out" / "mixed.pdf")
    assert [font for font in fonts if not PACKAGED.match(font)] == []
    assert {"Noto-Serif-Italic", "Noto-Serif-Bold", "Amiri", "Frank-Ruhl-Libre"} <= fonts


@pytest.mark.parametrize(
    ("name", "family"), [("ru", "NotoSerif"), ("he", "FrankRuhlLibre"), ("ja", None)]
)
def test_embedded_fonts_follow_the_script(tmp_path, epubcheck, name, family):
    out = tmp_path / "out"
    assert build([LANG / f"{name}.md"], out, "--formats", "epub", "--embed-fonts") == 0
    path = out / f"{name}.epub"
    with zipfile.ZipFile(path) as book:
        fonts = [n for n in book.namelist() if n.endswith(".ttf")]
        chapter = book.read("EPUB/article.xhtml").decode()
    if family is None:
        assert fonts == [] and "fonts.css" not in chapter
    else:
        assert fonts and all(f"/{family}-" in n for n in fonts), fonts
    report = epubcheck(path)
    # CSS-028 (USAGE) only notes that @font-face is used, which embedding means.
    assert [m["ID"] for m in report.messages if m["ID"] != "CSS-028"] == [], report.summary()


RIGHT_EDGES = """() => {
  const article = document.querySelector('article').getBoundingClientRect();
  const found = {};
  for (const selector of ['.headline', '.dek', '.byline', '.dateline', '.body h2',
                          '.body li', '.body blockquote p', '.body th', '.body p']) {
    const element = document.querySelector(selector);
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = range.getBoundingClientRect();
    found[selector] = [article.right - box.right, box.left - article.left];
  }
  const pre = document.querySelector('.body pre');
  found.pre = [getComputedStyle(pre).direction, pre.textContent.trim()];
  return found;
}"""


def test_the_hebrew_web_page_reads_right_to_left_in_a_browser(tmp_path):
    """In Chromium, every block of the Hebrew page starts at the right edge of the column
    (a quote within its indent), and the code block stays left to right."""
    chromium = "/usr/bin/chromium"
    if not Path(chromium).is_file():
        require("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    out = tmp_path / "out"
    assert build([LANG / "he.md"], out, "--formats", "html") == 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            page.goto((out / "he.html").as_uri())
            found = page.evaluate(RIGHT_EDGES)
        finally:
            browser.close()
    assert found.pop("pre") == ["ltr", "GET /api/v1/stops/1234 HTTP/1.1"]
    for selector, (from_right, from_left) in found.items():
        limit = 60 if selector in (".body li", ".body blockquote p") else 2
        assert from_right <= limit, f"{selector} is {from_right}px from the right edge"
        assert from_left > 0, selector


def test_korean_lines_break_between_words_only(tmp_path):
    """Korean breaks at spaces (keep-all): every Hangul run the PDF sets on a line is a
    whole word of the article, never a piece of one."""
    out = tmp_path / "out"
    assert build([LANG / "ko.md"], out, "--formats", "html,pdf", "--page-size", "a5") == 0
    page = (out / "ko.html").read_text(encoding="utf-8")  # the article with labels and date
    words = set(re.findall("[\uac00-\ud7af]+", page))
    with pdfplumber.open(out / "ko.pdf") as pdf:
        runs = [
            run
            for sheet in pdf.pages
            for line in sheet.extract_text_lines(strip=True, return_chars=False)
            for run in re.findall("[\uac00-\ud7af]+", line["text"])
        ]
    assert len(runs) > 20
    assert [run for run in runs if run not in words] == []


def test_nested_list_markers_come_from_the_text_faces(tmp_path):
    from conftest import write_article

    body = "- one\n    - two\n        - three\n\nText.\n"
    path = write_article(tmp_path, "2024-01-02-lists.md", "title: Lists\nlang: de", body)
    assert build([path], tmp_path / "out", "--formats", "pdf") == 0
    fonts = pdf_fonts(tmp_path / "out" / "2024-01-02-lists.pdf")
    assert fonts and all(name.startswith(("Newsreader", "Libre-Franklin")) for name in fonts)


# Labels in a script without case: no letter-spaced capitals (data-capitals="none").
CAPITALS = {
    "ru": ("Новости", "Анна Петрова", "Москва", "Текст статьи о погоде."),
    "en": ("Weather", "Ann Lee", "Leeds", "The rain kept falling on the town."),
    "th": ("ข่าวสภาพอากาศ", "สมชาย ใจดี", "กรุงเทพมหานคร", "ฝนตกหนักต่อเนื่องตั้งแต่เช้าวันอังคาร"),
    "hi": ("मौसम समाचार", "अनीता शर्मा", "नई दिल्ली", "नई दिल्ली में मंगलवार सुबह से बारिश हो रही है।"),
    "ar": ("أخبار الطقس", "سارة محمود", "القاهرة", "هطلت أمطار غزيرة على القاهرة منذ الصباح."),
    "fa": ("اخبار هوا", "مریم احمدی", "تهران", "باران شدید از صبح سه‌شنبه در تهران می‌بارد."),
    "he": ("חדשות מזג האוויר", "דנה כהן", "חיפה", "גשם כבד ירד על העיר מאז הבוקר."),
    "ja": ("天気", "山田花子", "札幌", "札幌市では火曜日の朝から大雨が続いている。"),
    "ka": ("ამინდი", "ნინო ბერიძე", "თბილისი", "თბილისში სამშაბათს დილიდან ძლიერი წვიმა მოდის."),
}
CASED = {"ru", "en"}


def _capitals_article(folder: Path, lang: str) -> Path:
    from conftest import write_article

    kicker, author, place, sentence = CAPITALS[lang]
    front = (
        f"title: {sentence[:20]}\ndate: 2024-07-02\nlang: {lang}\nkicker: {kicker}\n"
        f"author: [{author}, {author}]\ndateline: {place}"
    )
    return write_article(folder, f"{lang}.md", front, f"{sentence}\n\n" * 160)


def _label_boxes(layout):
    """Every text box of the kicker, byline and dateline, and of the running head, as
    (where, text, letter-spacing, text-transform) from WeasyPrint's computed styles."""
    from weasyprint.formatting_structure import boxes

    found = []

    def walk(box, where):
        element = getattr(box, "element", None)
        classes = set((element.get("class") or "").split()) if element is not None else set()
        if isinstance(box, boxes.MarginBox):
            where = "running head"
        elif classes & {"kicker", "byline", "dateline"}:
            where = (classes & {"kicker", "byline", "dateline"}).pop()
        if isinstance(box, boxes.TextBox) and where and box.text.strip():
            style = box.style
            found.append((where, box.text, style["letter_spacing"], style["text_transform"]))
        if isinstance(box, boxes.ParentBox):
            for child in box.children:
                walk(child, where)

    for page in layout.document.pages:
        walk(page._page_box, None)
    return found


@pytest.mark.parametrize("lang", sorted(CAPITALS))
def test_labels_are_letter_spaced_capitals_only_in_scripts_with_case(tmp_path, lang):
    """The PDF's kicker, byline, dateline and running head, as WeasyPrint laid them out:
    spaced (and upper-cased) in Latin and Cyrillic, set as written in Thai, Devanagari,
    Arabic, Persian, Hebrew, Japanese and Georgian (whose Mtavruli capitals fonts lack)."""
    from laidout import layout_of

    labels = _label_boxes(layout_of(_capitals_article(tmp_path, lang)))
    assert {where for where, *_ in labels} == {"kicker", "byline", "dateline", "running head"}
    spaced = [(where, text) for where, text, spacing, _ in labels if spacing != "normal"]
    upper = [(where, text) for where, text, _, transform in labels if transform == "uppercase"]
    if lang in CASED:
        assert {where for where, _ in spaced} == {"kicker", "byline", "dateline", "running head"}
        assert {where for where, _ in upper} == {"kicker", "byline", "dateline"}
    else:
        assert spaced == [] and upper == [], labels


def _gapped(path: Path, text: str) -> tuple[int, int]:
    """On the PDF's first page, the line holding ``text``'s first character: how many of
    its neighbouring glyphs stand apart (letter-spacing), of how many pairs."""
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
    first = next(c for c in chars if c["text"] == text[0])
    line = sorted((c for c in chars if abs(c["top"] - first["top"]) < 1), key=lambda c: c["x0"])
    gaps = [b["x0"] - a["x1"] for a, b in itertools.pairwise(line)]
    return sum(1 for gap in gaps if gap > 0.6), len(gaps)


def test_the_thai_kicker_is_not_spread_in_the_pdf(tmp_path):
    """Measured on the PDF: the Latin kicker's glyphs stand apart, the Thai one's touch."""
    out = tmp_path / "out"
    sources = [_capitals_article(tmp_path, lang) for lang in ("en", "th")]
    assert build(sources, out, "--formats", "pdf") == 0
    spread, pairs = _gapped(out / "en.pdf", "WEATHER")
    assert pairs >= 6 and spread >= pairs - 1  # a kerned pair ("AT") may close up
    spread, pairs = _gapped(out / "th.pdf", CAPITALS["th"][0])
    assert pairs >= 10 and spread == 0


CHROMIUM_LABELS = """() => [...document.querySelectorAll('.kicker, .byline, .dateline .place')]
  .map(e => [e.className, getComputedStyle(e).letterSpacing, getComputedStyle(e).textTransform])"""


def test_web_page_and_ebook_space_capitals_only_in_scripts_with_case(tmp_path):
    """In Chromium: the web page (web.css) and the EPUB's content document (ebook.css)."""
    chromium = "/usr/bin/chromium"
    if not Path(chromium).is_file():
        require("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    langs = ("en", "th", "ar", "ja")
    out = tmp_path / "out"
    assert (
        build([_capitals_article(tmp_path, lang) for lang in langs], out, "--formats", "html,epub")
        == 0
    )
    pages = []
    for lang in langs:
        folder = tmp_path / f"{lang}-epub"
        with zipfile.ZipFile(out / f"{lang}.epub") as book:
            book.extractall(folder)
        pages += [(lang, out / f"{lang}.html"), (lang, folder / "EPUB" / "article.xhtml")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            found = {}
            for lang, path in pages:
                page.goto(path.as_uri())
                found[path] = (lang, page.evaluate(CHROMIUM_LABELS))
        finally:
            browser.close()
    for path, (lang, labels) in found.items():
        assert len(labels) == 3, (path, labels)
        for name, spacing, transform in labels:
            if lang == "en":
                assert spacing != "normal" and transform == "uppercase", (path, name)
            else:
                assert spacing == "normal" and transform == "none", (path, name, spacing)


def _has_emoji_font() -> bool:
    found = subprocess.run(
        [require("fc-list"), ":charset=1f327 1f449", "family"], capture_output=True, text=True
    )
    return bool(found.stdout.strip())


def test_emoji_print_in_colour_and_digits_stay_in_the_text_faces(tmp_path):
    """Emoji ("🌧️ Rain", "👉") in the PDF: drawn from Noto Color Emoji (scripts/system-deps) as
    colour images and kept in the text layer, while every digit, letter and space stays in
    the packaged faces (a stack naming the emoji face would hand Pango the digits too)."""
    if not _has_emoji_font():
        if IN_CI:
            pytest.fail("no emoji font: scripts/system-deps installs fonts-noto-color-emoji")
        pytest.skip("no emoji font (fonts-noto-color-emoji)")
    out = tmp_path / "out"
    assert build([FIXTURES / "caseless" / "emoji.md"], out, "--formats", "pdf") == 0
    pdf = out / "emoji.pdf"
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in page.chars]
    emoji = {c["text"] for c in chars if "Emoji" in c["fontname"]}
    assert {"🌧️", "👉", "🛒", "☕", "🍞", "🏫"} <= emoji, emoji
    strays = [c["text"] for c in chars if "Emoji" in c["fontname"] and ord(c["text"][0]) < 0x2000]
    assert strays == []
    text = subprocess.run(
        [require("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "🌧️ Rain closes the ferry" in text and "👉 The timetable" in text, text
    subprocess.run(
        [
            require("pdftoppm"),
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    from PIL import Image

    with Image.open(next(tmp_path.glob("p*.png"))) as image:
        data = image.convert("RGB").tobytes()
        pixels = list(zip(data[0::3], data[1::3], data[2::3], strict=True))
        # The theme prints black, greys and one dark red: yellow (the hand) and blue (the
        # rain) come only from colour emoji.
        yellow = sum(1 for r, g, b in pixels if r > 200 and g > 150 and b < 110)
        blue = sum(1 for r, g, b in pixels if b > 150 and b > r + 50)
    assert yellow > 50 and blue > 50, (yellow, blue)


@pytest.mark.parametrize("lang", sorted(CAPITALS))
def test_the_dek_is_slanted_only_in_scripts_with_italics(tmp_path, lang):
    """Thai, Devanagari, Arabic… have no italic faces: their dek is set upright, not as a
    fake oblique; Latin and Cyrillic keep the italic dek."""
    from weasyprint.formatting_structure import boxes

    from conftest import write_article
    from laidout import layout_of

    sentence = CAPITALS[lang][3]
    front = f"title: {sentence[:20]}\ndate: 2024-07-02\nlang: {lang}\ndek: {sentence[:40]}"
    layout = layout_of(write_article(tmp_path, f"{lang}.md", front, f"{sentence}\n"))
    styles = []

    def walk(box, inside):
        element = getattr(box, "element", None)
        inside = inside or (element is not None and "dek" in (element.get("class") or "").split())
        if isinstance(box, boxes.TextBox) and inside and box.text.strip():
            styles.append(box.style["font_style"])
        if isinstance(box, boxes.ParentBox):
            for child in box.children:
                walk(child, inside)

    walk(layout.document.pages[0]._page_box, False)
    assert styles, "no dek laid out"
    assert set(styles) == ({"italic"} if lang in CASED else {"normal"})
