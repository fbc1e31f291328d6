"""The HTML rendering: semantic structure, metadata and attribution."""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from tearsheet.html import format_article_date, render_html
from tearsheet.source import parse_article
from tearsheet.theme import Theme

from conftest import SEED


def seed_tree():
    article, _ = parse_article(SEED)
    return lxml_html.document_fromstring(render_html(article, Theme.load()))


def test_seed_page_structure():
    tree = seed_tree()
    assert tree.get("lang") == "en"
    article = tree.find(".//body/article")
    header = article.find("header")
    assert header.findtext("h1") == "How the U.S. and China can find common ground on North Korea"
    time = header.find(".//time")
    assert (time.get("datetime"), time.text) == ("2017-04-20", "April 20, 2017")
    assert header.findtext("p[@class='kicker']") == "Bloomberg"
    footer = article.find("footer")
    assert footer.text_content().split() == "Source: Bloomberg, April 20, 2017".split()
    assert len(article.findall("div[@class='body']/p")) == 9


def test_seed_head_metadata():
    tree = seed_tree()
    assert (
        tree.findtext(".//title") == "How the U.S. and China can find common ground on North Korea"
    )
    metas = {m.get("name"): m.get("content") for m in tree.iterfind(".//meta[@name]")}
    assert metas["author"] == "Bloomberg"
    assert metas["dcterms.created"] == "2017-04-20"


def test_smart_punctuation_in_seed_body():
    body = seed_tree().find(".//div[@class='body']").text_content()
    assert "--" not in body
    assert "Trump may not like it — few people do — but" in body
    assert '"' not in body


def test_attribution_is_linked_when_source_url_given(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: T\ndate: 2020-01-01\nsource: Reuters\nsource_url: https://example.org/x\n"
        "byline: Ann Lee\ndateline: WASHINGTON\n---\nBody.\n",
        encoding="utf-8",
    )
    article, _ = parse_article(path)
    tree = lxml_html.document_fromstring(render_html(article, Theme.load()))
    link = tree.find(".//footer//a")
    assert (link.get("href"), link.text) == ("https://example.org/x", "Reuters")
    assert tree.find(".//p[@class='byline']").text_content() == "By Ann Lee"
    assert (
        tree.find(".//p[@class='dateline']")
        .text_content()
        .startswith("WASHINGTON · January 1, 2020")
    )


def test_dates_follow_the_article_language():
    day = dt.date(2017, 4, 20)
    assert format_article_date(day, "en") == "April 20, 2017"
    assert format_article_date(day, "de") == "20. April 2017"
    assert format_article_date(day, "xx-unknown") == "April 20, 2017"


def test_web_page_carries_news_article_json_ld(tmp_path):
    import json

    from conftest import FIXTURES, build

    assert build([FIXTURES / "long"], tmp_path, "--formats", "html") == 0
    tree = lxml_html.parse(str(tmp_path / "2024-03-05-long-read.html")).getroot()
    data = json.loads(tree.find(".//script[@type='application/ld+json']").text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("The river that ran backwards")
    assert data["datePublished"] == "2024-03-05T09:30:00+01:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Maria Ortega"},
        {"@type": "Person", "name": "James Whitfield"},
    ]
    assert data["publisher"] == {"@type": "Organization", "name": "The Example Review"}
    assert data["url"] == "https://example.org/2024/03/river"
    assert data["inLanguage"] == "en"


def test_json_ld_cannot_close_its_script_element():
    from tearsheet.web import news_article_json_ld

    article, _ = parse_article(SEED)
    article = type(article)(**{**article.__dict__, "headline": "</script><script>alert(1)"})
    assert "</script>" not in news_article_json_ld(article)


def test_web_page_stands_alone_with_the_articles_images(tmp_path):
    import base64

    from conftest import FIXTURES, build, write_article

    assert build([FIXTURES / "long"], tmp_path, "--formats", "html") == 0
    tree = lxml_html.parse(str(tmp_path / "2024-03-05-long-read.html")).getroot()
    src = tree.find(".//figure/img").get("src")
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1]) == (FIXTURES / "long" / "river.png").read_bytes()

    body = "![remote](https://example.org/x.png)\n\n![gone](missing.png)\n"
    path = write_article(tmp_path / "a", "2020-01-01-a.md", "title: A", body)
    assert build([path], tmp_path / "out", "--formats", "html") == 0
    page = (tmp_path / "out" / "2020-01-01-a.html").read_text(encoding="utf-8")
    assert 'src="https://example.org/x.png"' in page
    # An image that may not be read is out of the page, so a browser does not read it either.
    assert "missing.png" not in page.split("</head>")[1].replace("[gone]", "")
    assert '<span class="missing-image">[gone]</span>' in page


def test_web_page_leaves_out_images_outside_the_article_folder(tmp_path, capsys):
    from conftest import build, write_article

    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "s.png").write_bytes(b"not really")
    body = "![s](../secret/s.png)\n\n![abs](/etc/passwd)\n\nText.\n"
    path = write_article(tmp_path / "a", "2020-01-01-a.md", "title: A", body)
    assert build([path], tmp_path / "out", "--formats", "html") == 0
    page = (tmp_path / "out" / "2020-01-01-a.html").read_text(encoding="utf-8")
    assert "secret" not in page and "/etc/passwd" not in page
    err = capsys.readouterr().err
    assert "image ../secret/s.png left out: outside the article's folder [image-refused]" in err


def _page(tmp_path, front, body="Body.\n"):
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    article, notices = parse_article(path)
    return lxml_html.document_fromstring(render_html(article, Theme.load())), notices


def test_without_a_source_the_author_is_not_called_the_source(tmp_path):
    tree, _ = _page(tmp_path, "title: T\ndate: 2020-01-01\nbyline: Ann Lee")
    assert tree.find(".//footer") is None
    assert "Source" not in tree.text_content()
    tree, _ = _page(
        tmp_path, "title: T\ndate: 2020-01-01\nbyline: Ann Lee\nsource_url: https://example.org/x"
    )
    link = tree.find(".//footer//a")
    assert (link.get("href"), link.text) == ("https://example.org/x", "https://example.org/x")
    assert "Ann Lee" not in tree.find(".//footer").text_content()


def test_a_body_heading_repeating_the_headline_is_printed_once(tmp_path):
    tree, notices = _page(
        tmp_path,
        'title: "What\'s new: the 2020 report"\ndate: 2020-01-01',
        "# What’s New -- The 2020 Report\n\nBody.\n\n# What's new: the 2020 report\n\nAgain.\n",
    )
    headings = [h.text_content() for h in tree.iter("h1")]
    assert headings == ["What’s new: the 2020 report", "What’s new: the 2020 report"]
    assert tree.find(".//div[@class='body']")[0].tag == "p"
    assert [n.code for n in notices] == ["headline-repeated"]
    tree, notices = _page(tmp_path, "title: Report\ndate: 2020-01-01", "# Findings\n\nBody.\n")
    assert [h.text_content() for h in tree.iter("h1")] == ["Report", "Findings"]
    assert notices == []


def test_compiled_templates_are_cached_and_an_edited_template_is_compiled_again(
    tmp_path, monkeypatch
):
    import shutil

    from tearsheet.html import template_environment

    from conftest import ROOT

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "theme"
    shutil.copytree(ROOT / "styles", folder)
    article, _ = parse_article(SEED)
    template_environment.cache_clear()
    try:
        render_html(article, Theme.load(folder))
        compiled = list((tmp_path / "cache" / "tearsheet" / "templates").iterdir())
        assert compiled and all(path.stat().st_size > 1000 for path in compiled)
        page = folder / "templates" / "article.html"
        page.write_text(page.read_text().replace("<body", "<body data-edited='yes'", 1))
        template_environment.cache_clear()  # a new process: only the bytecode cache is left
        assert "data-edited" in render_html(article, Theme.load(folder))
    finally:
        template_environment.cache_clear()


def test_an_image_with_a_broken_address_is_left_out_with_one_warning(tmp_path, capsys):
    # "http://[::1/a.png" makes urlsplit raise; the Markdown's links then carry no address.
    from conftest import build, write_article

    body = "A [link](http://[::1/x) in text.\n\n![pic](http://[::1/a.png)\n\nEnd.\n"
    path = write_article(tmp_path / "a", "2020-01-01-a.md", "title: A", body)
    assert build([path], tmp_path / "out", "--formats", "html,epub") == 0
    err = capsys.readouterr().err
    assert "dropped image (no address): no usable address" in err
    assert "Traceback" not in err
    page = (tmp_path / "out" / "2020-01-01-a.html").read_text(encoding="utf-8")
    assert "End." in page
