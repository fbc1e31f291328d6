"""Property-based: arbitrary front matter, Markdown and raw HTML through the cheap layers
(hundreds of examples each), and whole articles through layout and EPUB (a few): each builds
into valid output or fails with the documented one-line error.

The examples are the same on every run (each test has a fixed @seed; Hypothesis' own
derandomize would turn the example database off) and any failing one is kept in
tests/hypothesis-examples/ and replayed first (tests/conftest.py)."""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
from concurrent.futures import ThreadPoolExecutor

import tinyhtml5
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st
from lxml import etree
from pypdf import PdfReader

from tearsheet.cli import main
from tearsheet.errors import ContentError
from tearsheet.markup import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    URL_SCHEMES,
    render_markdown,
    sanitise_html,
)
from tearsheet.source import parse_article
from tearsheet.xhtml import to_xhtml

from conftest import assert_epubcheck_clean

NASTY = [
    "# Heading",
    "## Sub *heading*",
    "> quoted\n> > nested",
    "- item\n    - nested item",
    "1. one\n2. two",
    "```\ncode <b>\n```",
    "    indented code",
    "***",
    "Term\n: definition",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Note.[^n]\n\n[^n]: The note.",
    "*emphasis **strong*",
    "<script>alert(1)</script>",
    "<b onclick='x()'>bold",
    "</div></p>",
    "<table><tr><td>x",
    "<a href='javascript:alert(1)'>js</a>",
    "<a href='#nowhere'>anchor</a>",
    "<a href='x.md'>x</a>",
    "<iframe src='http://127.0.0.1:9/'></iframe>",
    "<form><input name=a></form>",
    "![remote](http://127.0.0.1:9/x.png)",
    "![local](missing.png)",
    "<img src=/dev/zero>",
    "<link rel=attachment href=file:///etc/passwd>",
    "<style>@import url(http://127.0.0.1:9/a.css)</style>",
    '{{< img src="a.png" >}}',
    "{% include x.html %}",
    "&amp; &#0; &#xD800; &#xFFFE; &bogus;",
    "\x00\x01\x0b\x0c\x1b\x7f\x85",
    "\ufffe\uffff",
    "\u202e\u200b\u00ad",
    "\U0001f600 \u05e9\u05dc\u05d5\u05dd",
    "x" * 300,
    "[" * 50,
    "<" * 30,
    "`" * 25,
    "\t\ttabbed",
    "\r\nwindows\r\n",
    "---",
    "...",
]

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
bodies = st.lists(st.one_of(st.sampled_from(NASTY), text), min_size=0, max_size=10).map("\n\n".join)
values = st.one_of(
    text.map(json.dumps),
    text,
    st.sampled_from(
        [
            "2024-01-02",
            "2017-02-30",
            "NO",
            "1.10",
            "[a, b]",
            "{a: 1}",
            "&a [1]",
            "!!python/object:os.system x",
            "*x",
            "|\n  block",
            "'unclosed",
            "null",
            "2024-13-45",
            "- list",
        ]
    ),
)
keys = st.sampled_from(
    [
        "title",
        "date",
        "dek",
        "author",
        "authors",
        "lang",
        "tags",
        "source",
        "source_url",
        "titel",
        "allow_remote",
    ]
)
front_matter = st.one_of(
    st.tuples(values, st.lists(st.tuples(keys, values), max_size=4)).map(
        lambda parts: "\n".join([f"title: {parts[0]}", *(f"{k}: {v}" for k, v in parts[1])])
    ),
    text,
)


def _article_file(front: str, body: str, broken: bool) -> bytes:
    data = f"---\n{front}\n---\n\n{body}\n".encode()
    return data + b"\xff\xfe" if broken else data


articles = st.tuples(front_matter, bodies)
ERROR_LINE = re.compile(r"^(?P<path>.+?\.md)(?::\d+)?: (?P<message>.+)$")


@settings(
    max_examples=3,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
@seed(9)
@given(cases=st.lists(articles, min_size=3, max_size=3), broken=st.sampled_from([None, 0, 1, 2]))
def test_arbitrary_articles_build_or_fail_with_one_line(
    tmp_path_factory, epubcheck, weasyprint_warnings, cases, broken
):
    weasyprint_warnings.expect(r"^Failed to load image")
    weasyprint_warnings.expect(r"^No anchor #nowhere for internal URI reference")
    weasyprint_warnings.expect(r"^\.notdef glyph rendered for Unicode string unsupported by fonts")
    folder = tmp_path_factory.mktemp("property")
    content = folder / "content"
    content.mkdir()
    paths = []
    for number, (front, body) in enumerate(cases, start=1):
        path = content / f"2024-01-0{number}-case-{number}.md"
        path.write_bytes(_article_file(front, body, broken=number - 1 == broken))
        paths.append(path)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(
            [
                "build",
                str(content),
                "--out",
                str(folder / "out"),
                "--jobs",
                "2",
                "--formats",
                "pdf,epub",
                "--time-limit",
                "120",
            ]
        )
    lines = err.getvalue().splitlines()
    assert "Traceback" not in err.getvalue()
    errors: dict[str, list[str]] = {}
    for line in lines:
        if line.startswith("tearsheet: "):
            assert re.fullmatch(r"tearsheet: \d+ article\(s\) failed", line), line
            continue
        match = ERROR_LINE.match(line)
        assert match, f"not a one-line message: {line!r}"
        if not match["message"].startswith("warning: "):
            errors.setdefault(match["path"], []).append(line)
    built = []
    for path in paths:
        if str(path) in errors:
            assert len(errors[str(path)]) == 1, errors[str(path)]
            continue
        stem = folder / "out" / path.stem
        assert stem.with_suffix(".epub").is_file(), f"{path} neither built nor reported: {lines}"
        assert len(PdfReader(stem.with_suffix(".pdf")).pages) >= 1
        built.append(stem.with_suffix(".epub"))
    assert status == (1 if errors else 0)
    with ThreadPoolExecutor(2) as pool:
        for report in pool.map(epubcheck, built):
            assert_epubcheck_clean(report)


# --- the cheap layers: hundreds of examples each ---------------------------------------

CHEAP = settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
LANGS = st.sampled_from(["en", "de", "fr", "ar", "zh", "ja", "he", "ru", "en-GB", "x", ""])
TAGS = [*sorted(ALLOWED_TAGS), "script", "style", "svg", "iframe", "math", "object", "form"]
TAGS += ["input", "template", "noscript", "link", "meta", "base", "picture", "source", "video"]
ATTRIBUTES = ["id", "class", "lang", "dir", "title", "href", "src", "alt", "style", "cite"]
ATTRIBUTES += ["srcset", "onerror", "onclick", "onload", "OnMouseOver", "xlink:href", "rel"]
ATTRIBUTES += ["width", "colspan", "start", "datetime", "formaction", "action", "data"]
ATTRIBUTE_VALUES = st.one_of(
    text,
    st.sampled_from(
        [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java&#x09;script:x",
            "&#106;avascript:x",
            "data:text/html,<script>x</script>",
            "vbscript:x",
            "https://example.org/a b",
            "mailto:a@example.org",
            "#fn:1",
            "background:url(http://127.0.0.1/)",
            "text-align: right",
            "expression(alert(1))",
            '"><script>alert(1)</script>',
            "footnote",
            "body",
        ]
    ),
)


@st.composite
def html_fragments(draw, depth=0):
    """Raw HTML as an article might hold it: nested tags with hostile attributes and text."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "element", "element", "junk"]))
        if kind == "text":
            parts.append(draw(text))
        elif kind == "junk":
            parts.append(
                draw(st.sampled_from(["<", "</p>", "<!--", "-->", "&", "&#0;", "<![CDATA["]))
            )
        else:
            tag = draw(st.sampled_from(TAGS))
            attributes = draw(
                st.lists(st.tuples(st.sampled_from(ATTRIBUTES), ATTRIBUTE_VALUES), max_size=3)
            )
            attrs = "".join(f' {name}="{html.escape(value)}"' for name, value in attributes)
            inner = draw(html_fragments(depth + 1)) if depth < 3 else draw(text)
            parts.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "".join(parts)


def _unsafe_address(value: str) -> bool:
    cleaned = re.sub(r"[\t\n\r]", "", value.strip("".join(map(chr, range(33)))))
    scheme = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return scheme is not None and scheme[1].lower() not in URL_SCHEMES


def _check_sanitised(fragment: str) -> None:
    """What may survive sanitising: allowed tags and attributes, safe addresses, no handler."""
    # Bytes: tinyhtml5 reads a short str naming an existing file as that file.
    page = f"<!DOCTYPE html><body>{fragment}</body>".encode()
    tree = tinyhtml5.parse(page, override_encoding="utf-8", namespace_html_elements=False)
    body = tree.find("body")
    for element in body.iter():
        if element is body or not isinstance(element.tag, str):
            continue
        assert element.tag in ALLOWED_TAGS, element.tag
        allowed = ALLOWED_ATTRIBUTES["*"] | ALLOWED_ATTRIBUTES.get(element.tag, set())
        for name, value in element.attrib.items():
            assert name in allowed, (element.tag, name)
            assert not name.lower().startswith("on")
            if name in ("href", "src", "cite"):
                assert not _unsafe_address(value), (element.tag, name, value)
            if name == "style":
                assert "url" not in value.lower() and "expression" not in value.lower()


@CHEAP
@seed(9)
@given(fragment=html_fragments())
def test_sanitised_html_keeps_only_the_allow_list_and_is_stable(fragment):
    once = sanitise_html(fragment)
    _check_sanitised(once)
    assert sanitise_html(once) == once


@CHEAP
@seed(9)
@given(body=bodies, fragment=html_fragments(), lang=LANGS)
def test_markdown_renders_to_sanitised_html_that_is_valid_xhtml(body, fragment, lang):
    markup = render_markdown(f"{body}\n\n{fragment}\n", lang or "en")
    _check_sanitised(markup.html)
    root = to_xhtml(
        f"<!DOCTYPE html><html><head><title>t</title></head><body>{markup.html}</body></html>"
    )
    etree.fromstring(etree.tostring(root))  # serialises to well-formed XML
    assert all(level in range(1, 7) and anchor for level, anchor, _ in markup.headings)


@CHEAP
@seed(9)
@given(front=front_matter, body=bodies, broken=st.booleans())
@example(front='title: "\\u001b"', body="# Heading", broken=False)  # once an empty headline
@example(front="title: [a, b]\ndate: 2017-02-30", body="", broken=True)
def test_front_matter_gives_an_article_or_one_line_naming_the_file(tmp_path, front, body, broken):
    path = tmp_path / "2024-01-02-case.md"
    path.write_bytes(_article_file(front, body, broken))
    try:
        article, notices = parse_article(path)
    except ContentError as error:
        message = str(error)
        assert message.startswith(f"{path}") and "\n" not in message, message
        assert "Traceback" not in message
        return
    assert article.headline.strip() and article.slug and article.lang
    assert article.date.year >= 1
    for notice in notices:
        assert "\n" not in notice.message and notice.code
