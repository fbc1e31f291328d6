"""Property-based: arbitrary Markdown and front matter either build into a valid EPUB and a PDF
that opens, or fail with the documented one-line error. Bounded to keep CI fast."""

from __future__ import annotations

import contextlib
import io
import json
import re
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tearsheet.cli import main

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
    max_examples=2,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
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
