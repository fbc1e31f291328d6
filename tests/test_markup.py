"""Markdown → sanitised HTML with smart punctuation."""

from __future__ import annotations

from lxml import etree

from tearsheet.bounds import bound_html
from tearsheet.markup import render_markdown, sanitise_html, scrub_text, smarten


def test_straight_quotes_and_double_hyphens_become_typographic():
    html = render_markdown('He said "no" -- twice... It\'s over.').html
    assert html == '<p id="blk-1">He said “no” — twice… It’s over.</p>'


def test_german_and_french_quotes():
    assert render_markdown('Er sagte "nein".', "de").html == '<p id="blk-1">Er sagte „nein“.</p>'
    assert render_markdown('Il a dit "non".', "fr").html == (
        '<p id="blk-1">Il a dit «\u202fnon\u202f».</p>'
    )


def test_top_level_blocks_get_ids_that_pdf_and_epub_share():
    html = render_markdown(
        "One.\n\n## Part\n\n<div>raw</div>\n\n- a\n- b\n\nTwo.[^n]\n\n[^n]: Note."
    ).html
    assert '<p id="blk-1">One.</p>' in html
    assert '<h2 id="part">Part</h2>' in html
    assert '<div id="blk-2">raw</div>' in html and "<p></p>" not in html
    assert '<ul id="blk-3">\n<li>a</li>' in html
    assert '<p id="blk-4">Two.' in html and '<div id="blk-5" class="footnote">' in html


def test_smarten_plain_field_keeps_markdown_characters_literal():
    assert smarten('"Why *this*" -- [now]') == "“Why *this*” — [now]"
    assert smarten("# 1 reason") == "# 1 reason"
    assert smarten("2017. A year") == "2017. A year"


def test_scripts_handlers_and_javascript_links_are_removed():
    html = render_markdown(
        '<script>alert(1)</script>\n\n<p onclick="x()">a <a href="javascript:alert(1)">b</a></p>'
        '\n\n<iframe src="https://x"></iframe><form><input></form><object data="x"></object>'
    ).html
    for banned in ("script", "onclick", "javascript", "iframe", "form", "input", "object"):
        assert banned not in html
    assert '<p id="blk-1">a <a>b</a></p>' in html


def test_sanitiser_keeps_tables_alignment_and_footnotes():
    html = render_markdown("| a | b |\n|:-|-:|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note.").html
    assert '<td style="text-align:right">2</td>' in html
    assert 'href="#fn:1"' in html and 'id="fn:1"' in html


def test_no_rel_added_to_links_whose_href_was_removed():
    assert sanitise_html('<a href="javascript:x">y</a>') == "<a>y</a>"


def test_control_characters_are_removed_with_their_lines():
    text, found = scrub_text("ok\nbad\x00 here\x0c\n\ud800end")
    assert text == "ok\nbad here\nend"
    assert found == [
        (2, "removed control character U+0000"),
        (2, "removed control character U+000C"),
        (3, "removed control character U+D800"),
    ]


def test_headings_are_collected_for_navigation():
    markup = render_markdown('## One "quoted"\n\ntext\n\n### Two')
    assert markup.headings == [(2, "one-quoted", "One “quoted”"), (3, "two", "Two")]


def test_lone_image_becomes_figure_with_caption_and_credit():
    html = render_markdown('![A river](river.png "The new channel | Photo: Example")').html
    assert html == (
        '<figure id="blk-1"><img alt="A river" src="river.png"><figcaption>The new channel '
        '<span class="credit">Photo: Example</span></figcaption></figure>'
    )
    assert render_markdown("Text ![i](x.png) inline").html == (
        '<p id="blk-1">Text <img alt="i" src="x.png"> inline</p>'
    )


def test_character_references_to_forbidden_characters_are_removed():
    markup = render_markdown("a &#1; b &#xFFFE; c &#xD800; d &#0; e")
    assert markup.html == '<p id="blk-1">a  b  c \ufffd d \ufffd e</p>'
    assert markup.notes == ["removed 2 character reference(s) to characters XML forbids"]


def test_orphan_list_items_get_a_list_and_flattening_keeps_tables_whole():
    html = render_markdown("<p>x</p>\n<li>Where: here</li>\n<dd>Then</dd>").html
    assert '<ul id="blk-2"><li>Where: here</li></ul>' in html
    assert '<dl id="blk-3"><dd>Then</dd></dl>' in html
    deep = "<div>" * 14 + "<table><tr><td>cell</td></tr></table>" + "</div>" * 14
    flattened, _ = bound_html(sanitise_html(deep))
    assert "<table" not in flattened and "<td" not in flattened and "cell" in flattened


def test_headings_without_text_are_left_out_of_navigation():
    markup = render_markdown("## \n\n## <img src='x.png'>\n\n## Real")
    assert [title for _, _, title in markup.headings] == ["Real"]


def test_code_raw_html_and_table_rows_get_block_ids():
    body = (
        'Text.\n\n```\ncode\n```\n\n    indented code\n\n<div class="x"><p>raw</p></div>\n\n'
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n<table><tr><td>raw row</td></tr></table>\n"
    )
    tree = etree.fromstring(f"<body>{render_markdown(body).html}</body>", etree.HTMLParser())
    top = tree.find("body")
    assert [element.tag for element in top] == ["p", "pre", "pre", "div", "table", "table"]
    assert all(element.get("id", "").startswith("blk-") for element in top)
    rows = tree.findall(".//tr")
    assert len(rows) == 3 and all(row.get("id", "").startswith("blk-") for row in rows)
    ids = [element.get("id") for element in tree.iter() if element.get("id")]
    assert len(ids) == len(set(ids))


def test_heading_ids_are_ascii_and_never_the_tools_own_or_raw_html_ids():
    body = (
        "## Café à la carte\n\n## Page 1\n\n## Attribution\n\n## Blk 2\n\n## Note 1\n\n"
        '## Fn 1\n\n## مرحبا\n\n## 中文\n\n<p id="taken">raw</p>\n\n## Taken\n\n'
        '<div id="attribution">raw</div>\n\n<p id="page-3">raw</p>\n\n<p id="taken">again</p>\n'
    )
    markup = render_markdown(body)
    heading_ids = [anchor for _, anchor, _ in markup.headings]
    assert heading_ids == [
        "cafe-a-la-carte",
        "section-page-1",
        "section-attribution",
        "section-blk-2",
        "section-note-1",
        "section-fn-1",
        "section",
        "section-2",
        "taken-2",
    ]
    tree = etree.fromstring(f"<body>{markup.html}</body>", etree.HTMLParser())
    ids = [element.get("id") for element in tree.iter() if element.get("id")]
    assert len(ids) == len(set(ids)), ids
    assert all(i.isascii() for i in ids)
    assert "attribution" not in ids and "page-3" not in ids
    assert set(heading_ids) <= set(ids)


def test_a_raw_image_alone_in_its_paragraph_is_a_figure():
    html = render_markdown(
        'Text.\n\n<img src="a.png" alt="A">\n\nx <img src="b.png" alt="B"> y\n'
    ).html
    assert '<figure id="blk-2"><img src="a.png" alt="A"></figure>' in html
    assert '<p id="blk-3">x <img src="b.png" alt="B"> y</p>' in html
