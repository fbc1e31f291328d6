"""The downloads site: index, tag pages, pagination, feed; validity, accessibility, links."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree, html

from tearsheet.article import Article
from tearsheet.site import (
    PAGE_SIZE,
    Download,
    Entry,
    SiteInput,
    SiteSettings,
    Tag,
    collect_tags,
    format_size,
    reading_minutes,
    render_site,
)
from tearsheet.theme import Theme

from conftest import build
from sitefixtures import validate_html, write_content

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    content = write_content(folder)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        status = build([content], folder / "build")
    finally:
        os.chdir(cwd)
    assert status == 1  # the broken collection, and only it
    return folder / "build"


def page(path: Path) -> html.HtmlElement:
    return html.fromstring(path.read_bytes())


def local_target(page_path: Path, href: str) -> Path:
    parts = urlsplit(href)
    assert not parts.scheme and not parts.netloc, f"{href} is not relative"
    return (page_path.parent / unquote(parts.path)).resolve()


def site_pages(out: Path) -> list[Path]:
    return [out / "index.html", *sorted((out / "tags").glob("*.html"))]


def test_site_pages_pass_the_html_validator(site):
    assert validate_html(site_pages(site)) == []


def test_index_lists_articles_newest_first_with_their_metadata(site):
    index = page(site / "index.html")
    items = index.xpath("//section[@aria-labelledby='articles-heading']//article")
    headlines = [item.xpath("string(.//h3)").strip() for item in items]
    assert headlines == [
        "The grid’s quiet week",
        "Der Wald im April",
        "السوق القديم",
        "Notes without a byline",
    ]
    grid = items[0]
    text = " ".join(grid.text_content().split())
    for expected in (
        "Wind did the work.",
        "By Ann Lee, Bo Chen",
        "ABERDEEN",
        "May 2, 2024",
        "The Ledger",
        "3 min read",  # 480 words at 230 a minute
    ):
        assert expected in text
    assert grid.xpath(".//time/@datetime") == ["2024-05-02"]
    assert items[2].get("lang") == "ar" and items[2].get("dir") == "rtl"
    assert items[1].get("lang") == "de"


def test_download_links_give_real_files_and_their_sizes(site):
    index = page(site / "index.html")
    links = index.xpath("//p[@class='downloads']/a")
    assert links, "no download links"
    for link in links:
        target = local_target(site / "index.html", link.get("href"))
        assert target.is_file(), link.get("href")
        size = link.getnext()
        assert size.text == f"({format_size(target.stat().st_size)})"
        kind = target.suffix
        assert (
            link.get("type") == {".pdf": "application/pdf", ".epub": "application/epub+zip"}[kind]
        )
        head = target.read_bytes()[:64]
        assert head.startswith(b"%PDF") if kind == ".pdf" else b"application/epub+zip" in head


def test_every_link_on_every_page_resolves(site):
    for path in site_pages(site):
        for href in page(path).xpath("//a/@href | //link/@href"):
            if href.startswith("#"):
                continue
            assert local_target(path, href).is_file(), f"{path.name}: {href}"


def test_landmarks_one_h1_no_script_and_link_texts_that_stand_alone(site):
    for path in site_pages(site):
        document = page(path)
        assert len(document.xpath("//h1")) == 1, path
        assert len(document.xpath("//main")) == 1
        assert document.xpath("/html/body/header") and document.xpath("/html/body/footer")
        assert all(nav.get("aria-label") for nav in document.xpath("//nav"))
        assert document.xpath("//script") == []
        texts: dict[str, set[str]] = {}
        for link in document.xpath("//a[@href]"):
            text = " ".join(link.text_content().split())
            assert len(text) >= 3 and text.lower() not in {"here", "click here", "more", "link"}
            texts.setdefault(text, set()).add(link.get("href"))
        # The same words never lead to two different places.
        assert {t: h for t, h in texts.items() if len(h) > 1} == {}, path


def test_tag_pages_merge_case_and_include_non_latin_tags(site):
    climate = page(site / "tags" / "climate.html")
    assert climate.xpath("string(//h1)") == "Tagged “Climate”"
    assert [h.text_content() for h in climate.xpath("//article//h3")] == [
        "The grid’s quiet week",
        "Der Wald im April",
    ]
    assert climate.xpath("//a[@href='../index.html']")
    # A tag in another script gets a transliterated, never empty, file name.
    names = {p.stem for p in (site / "tags").glob("*.html")}
    [arabic] = names - {"climate", "energy", "wald"}
    assert arabic and arabic.isascii()
    assert "السوق القديم" in page(site / "tags" / f"{arabic}.html").text_content()


def test_collections_are_listed_and_a_broken_one_is_left_out(site):
    index = page(site / "index.html")
    books = index.xpath("//li[@class='book']")
    assert [b.xpath("string(h3)") for b in books] == ["Spring reads"]
    members = [m.text_content() for m in books[0].xpath(".//ol/li")]
    assert members == ["السوق القديم", "Der Wald im April", "The grid’s quiet week"]


def test_feed_is_atom_with_the_latest_articles(site):
    feed = etree.parse(str(site / "feed.xml")).getroot()
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None
    assert feed.findtext(f"{ATOM}updated") == "2024-05-02T09:15:00+01:00"
    entries = feed.findall(f"{ATOM}entry")
    assert entries[0].findtext(f"{ATOM}title") == "The grid’s quiet week"
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids) == 4
    for entry in entries:
        updated = entry.findtext(f"{ATOM}updated")
        dt.datetime.fromisoformat(updated.replace("Z", "+00:00"))
        assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")
        for link in entry.findall(f"{ATOM}link"):
            assert local_target(site / "feed.xml", link.get("href")).is_file()
    grid = entries[0]
    assert [a.findtext(f"{ATOM}name") for a in grid.findall(f"{ATOM}author")] == [
        "Ann Lee",
        "Bo Chen",
    ]
    assert [c.get("term") for c in grid.findall(f"{ATOM}category")] == ["Climate", "Energy"]
    enclosures = grid.findall(f"{ATOM}link[@rel='enclosure']")
    assert {e.get("type") for e in enclosures} == {"application/pdf", "application/epub+zip"}
    for enclosure in enclosures:
        target = local_target(site / "feed.xml", enclosure.get("href"))
        assert int(enclosure.get("length")) == target.stat().st_size


def test_index_links_the_feed_and_the_opds_catalog(site):
    index = page(site / "index.html")
    opds = index.xpath("//link[@rel='alternate'][contains(@type, 'opds-catalog')]/@href")
    assert opds == ["opds/index.xml"]
    assert index.xpath("//link[@type='application/atom+xml']/@href") == ["feed.xml"]


def test_rebuilding_writes_nothing_and_gives_the_same_bytes(site, tmp_path, capsys):
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file() and p.name[0] != "."}
    times = {p: p.stat().st_mtime_ns for p in before}
    cwd = os.getcwd()
    os.chdir(site.parent)
    try:
        capsys.readouterr()
        build([site.parent / "content"], site)
        assert "wrote" not in capsys.readouterr().out
        other = tmp_path / "again"
        build([site.parent / "content"], other, "--force")
    finally:
        os.chdir(cwd)
    assert {p: p.stat().st_mtime_ns for p in before} == times
    for name in ("index.html", "feed.xml", "tags/climate.html", "opds/newest.xml"):
        assert (other / name).read_bytes() == before[site / name], name


def entry(number: int, tags: tuple[str, ...] = ()) -> Entry:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
    article = Article(
        path=Path(f"a{number}.md"),
        slug=f"a{number:03d}",
        headline=f"Story {number:03d}",
        date=day,
        body="<p>x</p>",
        tags=tags,
    )
    return Entry(
        article,
        f"a{number:03d}.html",
        (Download("pdf", f"a{number:03d}.pdf", 2048),),
        1,
        tuple(Tag(t.lower(), t) for t in tags),
    )


def test_more_than_fifty_articles_are_paginated():
    entries = tuple(entry(n, ("Big",) if n % 2 else ()) for n in range(130, 0, -1))
    tags = collect_tags([e.article for e in entries])
    files = render_site(SiteInput(SiteSettings("Paper"), entries, (), tuple(tags)), Theme.load())
    pages = ["index.html", "index.page-2.html", "index.page-3.html"]
    assert sorted(n for n in files if n.startswith("index")) == pages
    seen = []
    for number, name in enumerate(pages, 1):
        document = html.fromstring(files[name])
        headlines = [h.text_content() for h in document.xpath("//article//h3")]
        assert len(headlines) == (PAGE_SIZE if number < 3 else 30)
        seen += headlines
        assert document.xpath("string(//h1)") == (
            "Paper" if number == 1 else f"Paper, page {number} of 3"
        )
        current = document.xpath("//nav[@class='pages']//a[@aria-current='page']/@href")
        assert current == [name]
        assert bool(document.xpath("//a[@rel='next']")) == (number < 3)
        assert bool(document.xpath("//a[@rel='prev']")) == (number > 1)
    assert seen == [f"Story {n:03d}" for n in range(130, 0, -1)]
    assert sorted(n for n in files if n.startswith("tags/")) == [
        "tags/big.html",
        "tags/big.page-2.html",
    ]


def test_reading_time_counts_words_and_cjk_characters():
    def minutes(body: str) -> int:
        return reading_minutes(Article(Path("a.md"), "a", "A", dt.date(2024, 1, 1), body))

    assert minutes("<p>" + "word " * 230 + "</p>") == 1
    assert minutes("<p>" + "word " * 231 + "</p>") == 2
    assert minutes("<p>" + "字" * 1500 + "</p>") == 3
    assert minutes("") == 1


def test_a_broken_collection_is_one_line_and_the_rest_is_published(tmp_path, capsys, monkeypatch):
    content = write_content(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert build([content], tmp_path / "out", "--formats", "html") == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"{Path('content/collections/broken.yaml')}:4: collection 'broken': "
        "no article with slug 'no-such-story'"
    ]
    assert "Spring reads" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_an_article_may_not_take_the_index_page_name(tmp_path, capsys, monkeypatch):
    from conftest import write_article

    write_article(tmp_path / "content", "home.md", "title: Home\ndate: 2024-01-01\nslug: index")
    monkeypatch.chdir(tmp_path)
    assert build([tmp_path / "content"], tmp_path / "out", "--formats", "html") == 1
    err = capsys.readouterr().err
    assert "content/home.md: slug 'index' names a page of the site" in err


@pytest.mark.parametrize("formats", [("html", "pdf", "epub"), ("html", "epub"), ("html",)])
def test_article_page_download_bar_is_off_unless_asked_for(formats):
    import jinja2

    from tearsheet.site import article_links

    article = Article(Path("a.md"), "a-story", "A story", dt.date(2024, 1, 1), "<p>x</p>")
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Theme.load().templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    template = environment.get_template("article.html")
    from tearsheet.labels import labels_for

    common = {  # what html.render_html passes the template
        "article": article,
        "authors": (),
        "kicker": article.label,
        "created": "2024-01-01",
        "datetime": "2024-01-01",
        "date_text": "January 1, 2024",
        "labels": labels_for("en", Theme.load().folder),
        "stylesheets": (),
        "inline_css": None,
        "root_class": "",
        "json_ld": None,
    }
    plain = template.render(**common)
    assert "site-links" not in plain
    bar = html.fromstring(template.render(**common, site_links=article_links(article, formats)))
    [nav] = bar.xpath("//nav[@class='site-links']")
    hrefs = nav.xpath(".//a/@href")
    assert hrefs[0] == "index.html"
    assert hrefs[1:] == [f"a-story.{f}" for f in ("pdf", "epub") if f in formats]


def test_folder_builds_give_web_pages_a_download_bar_single_files_do_not(tmp_path):
    from conftest import build, write_article

    content = tmp_path / "content"
    path = write_article(content, "2024-01-02-a.md", "title: A", "Text.\n")
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html,pdf") == 0
    bar = page(out / "2024-01-02-a.html").xpath("//nav[@class='site-links']")
    assert len(bar) == 1
    assert bar[0].xpath("a/@href") == ["index.html", "2024-01-02-a.pdf"]  # no EPUB was built
    single = tmp_path / "single"
    assert build([path], single, "--formats", "html") == 0
    assert not page(single / "2024-01-02-a.html").xpath("//nav[@class='site-links']")
