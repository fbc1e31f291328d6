"""`tearsheet import` of feeds, Word and OpenDocument files, and other generators' Markdown."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile

from tearsheet.cli import main
from tearsheet.source import parse_article

from conftest import require

BODY = (
    "The council voted on Tuesday to rebuild the old footbridge over the river, after a long "
    "debate about the cost and the design of the new deck."
)
MORE = "Work starts in the spring and should take about eight months, the engineers said."

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Canal Times</title><language>en-gb</language>
<item><title>Footbridge to be rebuilt</title><link>https://canal.example/a</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>ann@canal.example (Ann Lee)</author>
<description><![CDATA[<p>{BODY}</p><p>{MORE}</p><p>Share this:</p>]]></description></item>
<item><title>Market moves to the station square</title><link>https://canal.example/b</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{MORE} {BODY}</p>]]></description></item>
<item><title>Third story</title><link>https://canal.example/c</link>
<pubDate>Sun, 03 Mar 2024 10:00:00 GMT</pubDate><description>{BODY}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>River Notes</title>
<entry><title>Seals return to the estuary</title><link href="https://river.example/seals"/>
<updated>2023-06-14T09:00:00Z</updated><author><name>Bo Park</name></author>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{MORE}&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed_gives_one_article_per_entry_up_to_the_limit(tmp_path, capsys):
    feed = tmp_path / "canal.rss"
    feed.write_text(RSS, encoding="utf-8")
    into = tmp_path / "content"
    assert main(["import", str(feed), "--into", str(into), "--limit", "2"]) == 0
    names = sorted(path.name for path in into.iterdir())
    assert names == [
        "2024-03-04-market-moves-to-the-station-square.md",
        "2024-03-05-footbridge-to-be-rebuilt.md",
    ]
    article, notices = parse_article(into / names[1])
    assert (article.headline, article.date, article.source) == (
        "Footbridge to be rebuilt",
        dt.date(2024, 3, 5),
        "Canal Times",
    )
    assert article.byline == ("Ann Lee",)
    assert article.source_url == "https://canal.example/a"
    text = (into / names[1]).read_text(encoding="utf-8")
    assert BODY in text and MORE in text and "Share this" not in text
    assert notices == []


def test_atom_feed_without_a_limit_and_on_standard_input(tmp_path, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode())))
    assert main(["import", "-", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "headline: Seals return to the estuary" in out and "byline: Bo Park" in out
    assert "date: 2023-06-14" in out and BODY in out


def test_a_feed_with_no_entries_is_one_line(tmp_path, capsys):
    feed = tmp_path / "empty.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>'
                    "</channel></rss>")  # fmt: skip
    assert main(["import", str(feed), "--into", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("empty.xml: a feed with no entries") and len(err) == 2


def _docx(path, paragraphs: list[tuple[str, str]], creator: str = "", created: str = "") -> None:
    """A minimal Word file: each paragraph with its style (Title, Heading1, or none)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def paragraph(style: str, text: str) -> str:
        properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{properties}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join(paragraph(style, text) for style, text in paragraphs)
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlform'
            'ats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
            'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        docx.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/packa'
            'ge/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        docx.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
        docx.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata'
            '/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http:/'
            f'/purl.org/dc/terms/"><dc:creator>{creator}</dc:creator><dcterms:created>{created}'
            "</dcterms:created></cp:coreProperties>",
        )


def test_word_file_through_mammoth(tmp_path, capsys):
    path = tmp_path / "release.docx"
    _docx(
        path,
        [("Title", "Northwind opens its first wind farm"), ("", "By Ann Lee"),
         ("", "March 5, 2024"), ("", BODY), ("", MORE), ("", "© 2024 Northwind Energy")],
    )  # fmt: skip
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "headline: Northwind opens its first wind farm" in out
    assert "date: 2024-03-05" in out and "byline: Ann Lee" in out
    assert "source: Northwind Energy" in out
    assert out.rstrip().endswith(MORE)


def test_word_file_properties_fill_the_author_and_date(tmp_path, capsys):
    path = tmp_path / "memo.docx"
    _docx(
        path, [("Title", "Budget memo"), ("", BODY), ("", MORE)], "Cy Dee", "2022-01-10T09:00:00Z"
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "byline: Cy Dee" in out and "date: 2022-01-10" in out


def test_a_broken_word_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    assert main(["import", str(path), "--into", str(tmp_path / "c")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("broken.docx: not a Word or OpenDocument file (not a zip archive)")


def test_opendocument_through_pandoc(tmp_path, capsys):
    pandoc = require("pandoc")
    source = tmp_path / "a.md"
    source.write_text(f"Rail strike called off\n\n12 May 2023\n\n{BODY}\n\n{MORE}\n")
    odt = tmp_path / "a.odt"
    subprocess.run([pandoc, str(source), "-o", str(odt)], check=True)
    assert main(["import", str(odt), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "headline: Rail strike called off" in out and "date: 2023-05-12" in out
    assert BODY in out


def test_hugo_markdown_keys_are_converted(tmp_path, capsys):
    path = tmp_path / "post.md"
    path.write_text(
        '---\ntitle: "Seals return"\ndate: 2023-06-14T09:00:00+01:00\nauthor: Bo Park\t\n'
        "description: They are back after thirty years.\ntags: [nature]\ndraft: false\n"
        "mood: happy\n---\n\nSeals have been seen in the *estuary* again.\n",
        encoding="utf-8",
    )
    into = tmp_path / "content"
    assert main(["import", str(path), "--into", str(into)]) == 0
    target = into / "2023-06-14-seals-return.md"
    article, _ = parse_article(target)
    assert (article.headline, article.date, article.byline, article.dek) == (
        "Seals return",
        dt.date(2023, 6, 14),
        ("Bo Park",),
        "They are back after thirty years.",
    )
    assert "Seals have been seen in the *estuary* again." in target.read_text(encoding="utf-8")
    assert "front matter keys left out: mood [import-keys]" in capsys.readouterr().err


def test_toml_front_matter(tmp_path, capsys):
    path = tmp_path / "post.md"
    path.write_text(
        '+++\ntitle = "Night trains"\ndate = 2023-09-18\nauthors = ["Ann Lee", "Bo Park"]\n+++\n'
        "Sleeper services are back.\n",
        encoding="utf-8",
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "headline: Night trains" in out and "date: 2023-09-18" in out
    assert "- Ann Lee\n- Bo Park" in out


def test_a_feed_entrys_link_is_kept_only_when_it_is_a_web_address(tmp_path, capsys):
    # A "javascript:" link was written as source_url (the build then refused the article),
    # a broken one ("http://[::1/x") broke the EPUB, and trafilatura named the site '[::1'.
    links = ["javascript:alert(1)", "http://[::1/x", "https://canal.example/ok"]
    items = "".join(
        f"<item><title>Story {n}</title><link>{link}</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{BODY}</p><p>{MORE}</p>]]></description></item>"
        for n, link in enumerate(links)
    )
    feed = tmp_path / "links.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Canal Times'
                    f"</title>{items}</channel></rss>", encoding="utf-8")  # fmt: skip
    into = tmp_path / "content"
    assert main(["import", str(feed), "--into", str(into), "--lang", "en"]) == 0
    found = {}
    for path in sorted(into.iterdir()):
        article, _ = parse_article(path)  # the build reads what the import wrote
        found[article.headline] = (article.source_url, article.source)
    assert found == {
        "Story 0": (None, "Canal Times"),
        "Story 1": (None, "Canal Times"),
        "Story 2": ("https://canal.example/ok", "Canal Times"),
    }
