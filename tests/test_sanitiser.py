"""Hostile markup in an article never reaches a reader: every event handler attribute, srcset,
SVG scripts and handlers, style with url(), javascript: and data: addresses (hidden by
entities, whitespace and case) are gone from the standalone web page and the EPUB.

The outputs are parsed as a browser parses them (tinyhtml5 for the page, an XML parser for
the EPUB's XHTML) and every element and attribute is checked, not only the rows written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tinyhtml5
from lxml import etree
from PIL import Image

from tearsheet.epub import render_epub
from tearsheet.pagemap import PageMap
from tearsheet.settings import EbookSettings
from tearsheet.source import parse_article
from tearsheet.theme import Theme
from tearsheet.web import render_page

from conftest import write_article
from laidout import read_entry

HANDLERS = [
    line.strip()
    for line in (Path(__file__).parent / "data" / "event_handlers.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
]
# Browsers ignore attribute case, and any on* name may become a handler one day.
HANDLER_FORMS = {name: name for name in HANDLERS} | {
    "ONERROR": "onerror",
    "OnLoad": "onload",
    "onanything": "onanything",
}
PAYLOAD = "alert(document.cookie)"

# Ways to write javascript: and data: that browsers still follow.
ADDRESSES = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#10;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "&#0000106avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "&#100;ata:text/html,alert(1)",
    " data:text/html,alert(1)",
]

STYLES = [
    "background:url(http://127.0.0.1:9/x.png)",
    "background-image: URL('javascript:alert(1)')",
    "text-align: left; background: u\\rl(http://127.0.0.1:9/)",
    "text-align:center;background:url(&quot;data:image/png;base64,AAAA&quot;)",
    "width: expression(alert(1))",
    "behavior: url(x.htc)",
    "-moz-binding: url(http://127.0.0.1:9/x.xml#x)",
    "@import 'http://127.0.0.1:9/x.css'",
]


def _rows() -> list[str]:
    rows = []
    for form, name in HANDLER_FORMS.items():
        key = f"on-{form.lower()}-{form}"
        rows.append(
            f'<div id="{key}-div" {form}="{PAYLOAD}">{name}: '
            f'<img id="{key}-img" src="pixel.png" alt="{name}" {form}="{PAYLOAD}"> '
            f'<a id="{key}-a" href="https://example.org/" {form}="{PAYLOAD}">link</a> '
            f'<span id="{key}-span" {form}={PAYLOAD}>unquoted</span></div>'
        )
    rows.append(f'Inline <img id="inline-img" src="pixel.png" alt="inline" onerror="{PAYLOAD}">.')
    rows.append(f"Inline <b id=inline-b onmouseover={PAYLOAD}>bold</b> text.")
    for number, address in enumerate(ADDRESSES):
        rows.append(
            f'<p id="url-{number}"><a id="url-{number}-a" href="{address}">a</a> '
            f'<img id="url-{number}-img" src="{address}" alt="img {number}"> '
            f'<q id="url-{number}-q" cite="{address}">q</q></p>'
        )
        rows.append(
            f"Markdown [link {number}]({address.strip()}) and ![image {number}]({address.strip()})"
        )
    for number, style in enumerate(STYLES):
        rows.append(
            f'<table><tr><td id="style-{number}-td" style="{style}">cell</td>'
            f'<th id="style-{number}-th" style="{style}">head</th></tr></table>'
        )
        rows.append(f'<p id="style-{number}-p" style="{style}">styled</p>')
    rows += [
        '<p id="srcset-p"><img id="srcset-img" src="pixel.png" alt="s" '
        'srcset="http://127.0.0.1:9/big.png 2x, javascript:alert(1) 3x"></p>',
        '<picture><source srcset="http://127.0.0.1:9/a.webp"><img id="srcset-picture" '
        'src="pixel.png" alt="p"></picture>',
        f'<svg id="svg-root" onload="{PAYLOAD}"><script>alert("svg script")</script>'
        f'<a xlink:href="javascript:alert(1)"><text onclick="{PAYLOAD}">svg text</text></a>'
        '<animate onbegin="alert(1)" attributeName="href" to="javascript:alert(1)"/>'
        '<set attributeName="onmouseover" to="alert(1)"/>'
        '<foreignObject><img src="x" onerror="alert(1)"></foreignObject></svg>',
        '<svg><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/></svg>',
        '<math><mi xlink:href="javascript:alert(1)">m</mi><maction actiontype="statusline">'
        "x</maction></math>",
        '<script>alert("script")</script>',
        '<SCRIPT SRC="http://127.0.0.1:9/x.js"></SCRIPT>',
        "<style>@import url(http://127.0.0.1:9/x.css); body{background:red}</style>",
        '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
        '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
        '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button>'
        '<input autofocus onfocus="alert(1)"></form>',
        '<details open ontoggle="alert(1)" id="details"><summary>s</summary>d</details>',
        '<video poster="javascript:alert(1)" onerror="alert(1)"><source src="x"></video>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<base href="javascript:alert(1)//"><link rel="stylesheet" href="http://127.0.0.1:9/x">',
        '<img id="dynsrc" src="pixel.png" alt="d" dynsrc="javascript:alert(1)" '
        'lowsrc="javascript:alert(1)">',
        '<a id="target" href="https://example.org/" target="_blank" ping="http://127.0.0.1:9/" '
        'formaction="javascript:alert(1)">t</a>',
        "<!-- <img src=x onerror=alert(1)> -->",
        '<p id="noscript"><noscript><img src=x onerror="alert(1)"></noscript></p>',
        '<template><img src=x onerror="alert(1)"></template>',
    ]
    return rows


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The hostile article rendered to the web page and the EPUB (their stages, no CLI)."""
    folder = tmp_path_factory.mktemp("hostile")
    Image.new("RGB", (4, 4), "red").save(folder / "pixel.png")
    path = write_article(folder, "2020-03-03-hostile.md", "title: Hostile", "\n\n".join(_rows()))
    article, _ = parse_article(path)
    theme = Theme.load()
    page, _ = render_page(article, theme)
    book, _ = render_epub(article, theme, EbookSettings(), PageMap())
    web = tinyhtml5.parse(page.decode("utf-8"), namespace_html_elements=False)
    epub = etree.fromstring(read_entry(book, "EPUB/article.xhtml"))
    return {"web page": web, "epub": epub}


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def elements(tree) -> list:
    return [element for element in tree.iter() if isinstance(element.tag, str)]


def by_id(tree, prefix: str) -> list:
    return [element for element in elements(tree) if element.get("id", "").startswith(prefix)]


SAFE_SCHEMES = {"http", "https", "mailto"}
C0_AND_SPACE = "".join(map(chr, range(0x21)))


def unsafe_address(value: str, embedded_ok: bool) -> bool:
    """Whether a browser would follow the (parsed, so entity-free) attribute value to a scheme
    other than http(s) or mailto: URL parsing strips leading and trailing controls and
    spaces, removes every tab and newline, and ignores the scheme's case."""
    text = re.sub(r"[\t\n\r]", "", value.strip(C0_AND_SPACE))
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", text)
    if scheme is None or scheme[1].lower() in SAFE_SCHEMES:
        return False
    return not (embedded_ok and re.match(r"data:image/(png|jpeg|gif|webp);base64,", text))


URL_ATTRIBUTES = {"href", "src", "cite", "action", "formaction", "poster", "data", "background"}
BANNED_TAGS = {
    "script", "style", "svg", "math", "iframe", "object", "embed", "form", "input", "button",
    "base", "link", "source", "picture", "video", "audio", "template", "noscript", "animate",
    "set", "foreignobject", "use", "frame", "frameset", "applet",
}  # fmt: skip


def body_of(tree):
    return next(e for e in elements(tree) if _local(e.tag) == "body")


@pytest.mark.parametrize("output", ["web page", "epub"])
def test_nothing_hostile_anywhere_in_the_body(outputs, output):
    body = body_of(outputs[output])
    found = []
    for element in elements(body):
        tag = _local(element.tag)
        if tag in BANNED_TAGS:
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            name = _local(name)
            if name.startswith("on") or name in {"srcset", "dynsrc", "lowsrc", "ping"}:
                found.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and unsafe_address(value, embedded_ok=output == "web page"):
                found.append(f"<{tag} {name}={value[:40]!r}>")
            if name == "style" and not re.fullmatch(r"\s*(text-align:\s*\w+;?\s*)?", value):
                found.append(f"<{tag} style={value!r}>")
    assert not found, f"{output}: {found}"
    text = "".join(body.itertext())
    assert "svg script" not in text and 'alert("script")' not in text
    assert "body{background:red}" not in text.replace(" ", "")


@pytest.mark.parametrize("output", ["web page", "epub"])
def test_only_the_themes_style_and_json_ld_in_the_head(outputs, output):
    tree = outputs[output]
    head = next(e for e in elements(tree) if _local(e.tag) == "head")
    for element in elements(head):
        tag = _local(element.tag)
        if tag == "script":
            assert element.get("type") == "application/ld+json"
            assert "alert" not in (element.text or "")
        if tag == "style":
            assert "127.0.0.1" not in (element.text or "")
        if tag == "link":
            assert not unsafe_address(element.get("href", ""), False)
            assert "127.0.0.1" not in element.get("href", "")


@pytest.mark.parametrize("form", HANDLER_FORMS)
def test_event_handler_is_dropped_from_every_output(outputs, form):
    key = f"on-{form.lower()}-{form}"
    for output, tree in outputs.items():
        carriers = by_id(tree, key)
        kinds = sorted(element.get("id").rsplit("-", 1)[1] for element in carriers)
        assert kinds == ["a", "div", "img", "span"], f"{output}: the carriers are gone: {kinds}"
        for element in carriers:
            handlers = [n for n in element.attrib if _local(n).startswith("on")]
            assert not handlers, f"{output}: {element.get('id')} keeps {handlers}"


@pytest.mark.parametrize("number", range(len(ADDRESSES)), ids=ADDRESSES)
def test_hostile_address_is_dropped_from_every_output(outputs, number):
    for output, tree in outputs.items():
        carriers = by_id(tree, f"url-{number}-")
        assert {e.get("id").rsplit("-", 1)[1] for e in carriers} >= {"a", "q"}, output
        for element in carriers:
            for name in ("href", "src", "cite"):
                value = element.get(name)
                assert value is None or not unsafe_address(value, output == "web page"), (
                    output,
                    element.get("id"),
                    value,
                )


@pytest.mark.parametrize("number", range(len(STYLES)), ids=STYLES)
def test_style_keeps_nothing_but_text_alignment(outputs, number):
    for output, tree in outputs.items():
        carriers = by_id(tree, f"style-{number}-")
        assert len(carriers) == 3, output
        for element in carriers:
            style = element.get("style", "")
            assert "url" not in style.lower() and "expression" not in style.lower(), (output, style)
            if _local(element.tag) == "p":
                assert not style, (output, style)


def test_srcset_and_inline_handlers_leave_their_image(outputs):
    for output, tree in outputs.items():
        for key in ("srcset-img", "srcset-picture", "inline-img", "dynsrc"):
            (image,) = by_id(tree, key)
            assert {_local(n) for n in image.attrib} <= {"id", "src", "alt", "width", "height"}
            src = image.get("src")
            if output == "web page":
                assert src.startswith("data:image/png;base64,"), src[:40]
            else:
                assert re.fullmatch(r"images/\d+\.png", src), src
        (bold,) = by_id(tree, "inline-b")
        assert set(bold.attrib) == {"id"}


def test_the_sanitiser_table_covers_the_spec_lists():
    assert len(HANDLERS) == len(set(HANDLERS)) > 95
    for name in ("onerror", "onload", "onclick", "onmouseover", "onfocus", "onbegin", "ontoggle"):
        assert name in HANDLERS
