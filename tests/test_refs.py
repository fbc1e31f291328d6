"""Hugo ref/relref links: to the target article's web page in the web page, to its published
address in the PDF and EPUB, and their text alone (with one warning) when the target is not
in the build."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree, html
from pypdf import PdfReader

from tearsheet.article import Article
from tearsheet.html import render_html
from tearsheet.refs import RefTarget, find_refs, ref_address, resolve_ref
from tearsheet.sitegen import convert_site_markup
from tearsheet.source import parse_article
from tearsheet.theme import Theme

from conftest import assert_epubcheck_clean, build, write_article

XHTML = "{http://www.w3.org/1999/xhtml}"


def test_every_ref_form_becomes_an_address_naming_its_line_and_target():
    text = (
        'See [the post]({{< ref "2019/old.md" >}}).\n\n'
        "<a href=\"{{< relref '/news/x#part-two' >}}\">raw</a>\n\n"
        'Also {{% ref path="y" lang="en" %}} and {{< relref z >}}.\n'
    )
    body, dropped = convert_site_markup(text, first_line=5)
    assert dropped == []
    assert body == (
        f"See [the post]({ref_address(5, '2019/old.md')}).\n\n"
        f'<a href="{ref_address(7, "/news/x#part-two")}">raw</a>\n\n'
        f"Also [y]({ref_address(9, 'y')}) and [z]({ref_address(9, 'z')}).\n"
    )


def test_refs_in_fenced_code_are_left_as_written():
    text = '```\n{{< ref "a.md" >}}\n```\n'
    assert convert_site_markup(text) == (text, [])


def _index(*paths: str) -> dict[str, RefTarget]:
    return {path: RefTarget(path, Path(path).stem) for path in paths}


def test_refs_resolve_as_hugo_finds_pages():
    index = _index(
        "/site/content/news/2019/first.md",
        "/site/content/news/2019/second.md",
        "/site/content/blog/bundle/index.md",
        "/site/content/blog/notes.md",
        "/site/content/docs/notes.md",
        "/site/content/fr/news/2019/first.md",
    )
    source = Path("/site/content/news/2019/second.md")
    assert resolve_ref("first.md", source, index).path.endswith("content/news/2019/first.md")
    assert resolve_ref("first", source, index).path == "/site/content/news/2019/first.md"
    assert resolve_ref("../../blog/bundle", source, index).path.endswith("bundle/index.md")
    assert resolve_ref("bundle", source, index).path.endswith("bundle/index.md")
    assert resolve_ref("/news/2019/first#x", source, index).path.endswith(
        "/content/news/2019/first.md"
    )
    assert resolve_ref("/fr/news/2019/first.md", source, index).path.startswith("/site/content/fr")
    assert resolve_ref("#part", source, index).path == str(source)
    assert resolve_ref("notes.md", source, index) is None, "two notes.md: ambiguous"
    assert resolve_ref("blog/notes.md", source, index).path.endswith("blog/notes.md")
    assert resolve_ref("missing.md", source, index) is None
    assert resolve_ref("/news/2019/first/", source, index) is not None


def _site(tmp_path):
    content = tmp_path / "site" / "content"
    write_article(
        content / "news" / "2019",
        "2019-05-01-first.md",
        "title: First\nsource_url: https://example.org/news/first/",
        "Opening.\n\n## Background\n\nThe history.\n",
    )
    write_article(content / "news" / "2019", "2019-05-02-plain.md", "title: Plain", "Plain.\n")
    write_article(
        content / "blog",
        "2019-06-01-second.md",
        "title: Second",
        'See [the first]({{< ref "2019-05-01-first.md" >}}) and\n'
        '[its background]({{< relref "/news/2019/2019-05-01-first#background" >}}).\n\n'
        '<p>A <a href="{{< ref "../news/2019/2019-05-02-plain.md" >}}">plain one</a>.</p>\n\n'
        'And [a lost one]({{< ref "gone.md" >}}).\n',
    )
    return content


def _links(page: Path) -> dict[str, str]:
    tree = html.parse(str(page))
    return {"".join(a.itertext()): a.get("href") for a in tree.iter("a") if a.get("href")}


def test_refs_link_each_format_as_a_reader_can_follow_them(tmp_path, capsys, epubcheck):
    content = _site(tmp_path)
    out = tmp_path / "out"
    assert build([content], out) == 0
    err = capsys.readouterr().err.splitlines()
    shown = content / "blog" / "2019-06-01-second.md"
    assert err == [
        f"{shown}:10: warning: ref 'gone.md' names no article of this build; its text is kept "
        "[ref-unresolved]"
    ]
    links = _links(out / "2019-06-01-second.html")
    assert links["the first"] == "2019-05-01-first.html"
    assert links["its background"] == "2019-05-01-first.html#background"
    assert links["plain one"] == "2019-05-02-plain.html"
    assert "a lost one" not in links
    assert 'id="background"' in (out / "2019-05-01-first.html").read_text(encoding="utf-8")
    page = (out / "2019-06-01-second.html").read_text(encoding="utf-8")
    assert "a lost one" in page and ".tearsheet-ref" not in page

    book = zipfile.ZipFile(out / "2019-06-01-second.epub")
    xhtml = etree.fromstring(book.read("EPUB/article.xhtml"))
    hrefs = {"".join(a.itertext()): a.get("href") for a in xhtml.iter(f"{XHTML}a")}
    assert hrefs["the first"] == "https://example.org/news/first/"
    assert hrefs["its background"] == "https://example.org/news/first/#background"
    assert hrefs.get("plain one") is None, "no published address: the text alone"
    assert b"plain one" in book.read("EPUB/article.xhtml")
    assert b".tearsheet-ref" not in book.read("EPUB/article.xhtml")
    assert_epubcheck_clean(epubcheck(out / "2019-06-01-second.epub"))

    reader = PdfReader(out / "2019-06-01-second.pdf")
    uris = [
        annotation.get_object()["/A"].get("/URI")
        for pdf_page in reader.pages
        for annotation in pdf_page.get("/Annots", [])
        if "/A" in annotation.get_object()
    ]
    assert "https://example.org/news/first/" in uris
    assert "https://example.org/news/first/#background" in uris
    assert not any(".html" in (uri or "") or "tearsheet-ref" in (uri or "") for uri in uris)
    text = "".join(pdf_page.extract_text() for pdf_page in reader.pages)
    assert "plain one" in text and "a lost one" in text


def _written(capsys) -> list[str]:
    return sorted(
        line.rpartition("/")[2]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("wrote") and line.rpartition("/")[2].startswith(("2019-", "renamed"))
    )


def test_a_renamed_or_deleted_target_rebuilds_the_articles_that_name_it(tmp_path, capsys):
    content = _site(tmp_path)
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html") == 0
    capsys.readouterr()
    assert build([content], out, "--formats", "html") == 0
    assert _written(capsys) == []
    plain = content / "news" / "2019" / "2019-05-02-plain.md"
    write_article(plain.parent, plain.name, "title: Plain\nslug: renamed", "Plain.\n")
    assert build([content], out, "--formats", "html") == 0
    assert _written(capsys) == ["2019-06-01-second.html", "renamed.html"]
    assert _links(out / "2019-06-01-second.html")["plain one"] == "renamed.html"
    plain.unlink()
    assert build([content], out, "--formats", "html") == 0
    captured = capsys.readouterr()
    assert "ref '../news/2019/2019-05-02-plain.md' names no article" in captured.err
    assert "plain one" not in _links(out / "2019-06-01-second.html")


def test_a_draft_target_is_not_in_the_build(tmp_path, capsys):
    content = _site(tmp_path)
    first = content / "news" / "2019" / "2019-05-01-first.md"
    write_article(first.parent, first.name, "title: First\ndraft: true", "Draft.\n")
    assert build([content], tmp_path / "out", "--formats", "html") == 0
    err = capsys.readouterr().err
    assert "ref '2019-05-01-first.md' names no article of this build" in err
    assert "the first" not in _links(tmp_path / "out" / "2019-06-01-second.html")


def test_a_ref_the_build_did_not_resolve_is_its_text_in_any_rendering(tmp_path):
    path = write_article(
        tmp_path, "2019-06-01-alone.md", "title: Alone", 'See [it]({{< ref "x.md" >}}).\n'
    )
    article: Article = parse_article(path)[0]
    assert find_refs(article.body) == [(5, "x.md")]
    rendered = render_html(article, Theme.load())
    assert "See it." in rendered and ".tearsheet-ref" not in rendered


def test_a_new_article_a_ref_names_rebuilds_the_article_naming_it(tmp_path, capsys):
    content = _site(tmp_path)
    out = tmp_path / "out"
    assert build([content], out, "--formats", "html") == 0
    assert "ref 'gone.md' names no article" in capsys.readouterr().err
    write_article(content / "blog", "2019-06-03-unrelated.md", "title: Unrelated", "Text.\n")
    assert build([content], out, "--formats", "html") == 0
    assert _written(capsys) == ["2019-06-03-unrelated.html"]
    write_article(content / "blog", "gone.md", "title: Gone\ndate: 2019-06-02", "Back.\n")
    assert build([content], out, "--formats", "html") == 0
    captured = capsys.readouterr()
    assert "names no article" not in captured.err
    written = sorted(line.rpartition("/")[2] for line in captured.out.splitlines())
    assert "2019-06-01-second.html" in written and "gone.html" in written
    assert _links(out / "2019-06-01-second.html")["a lost one"] == "gone.html"
