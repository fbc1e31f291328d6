"""Every pattern that sees untrusted text runs in linear time: each is fed the input that makes
a backtracking pattern quadratic or worse, in a child process under a time bound.

Inputs are sized so that a linear pass takes well under a second and a quadratic one minutes.
Patterns known to be quadratic are marked xfail(strict=True) with the fix in the reason: when
the fix lands the test passes, strict xfail fails, and the marker must come off.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from lxml import etree

from tearsheet import (
    bounds,
    delivery,
    errors,
    fetch,
    frontmatter,
    language,
    markup,
    sitegen,
    source,
)
from tearsheet.guard import Failure, Limits, run_limited

SECONDS = 20  # linear inputs take about a second; quadratic ones take minutes
N = 200_000
XHTML = "http://www.w3.org/1999/xhtml"


def _language_tag() -> object:
    try:
        return language.parse_language("a-" * N + "!")
    except language.LanguageError as error:
        return str(error)[:10]


def _unclosed_comments() -> object:
    return delivery._bad_comment(b"<!--" * N * 5)


def _comments_with_dashes() -> object:
    return delivery._bad_comment(b"<!-- - -->" * N)


def _printable() -> object:
    return len(errors.printable("\x1b[2J\u202e" * N))


def _show_url() -> object:
    return fetch.show_url("http://x/" + "\x07" * N * 5)


def _source_patterns() -> object:
    hostile = "a-" * N + "!"
    return [
        source._PROFILE_SLUG.match(hostile),
        source._SLUG.match("a" * N + "!"),
        frontmatter._URL.match("http://a" + "a" * N + " x"),
        frontmatter.is_web_url("http://a" + "a" * N + " x"),
        frontmatter._DATE.fullmatch("2024-01-01T1:00:00." + "0" * N + "x"),
        source._LANG_SUFFIX.search(".ab" * N + "!"),
        source.slugify("é-" * N),
    ]


def _front_matter() -> object:
    text = "---\n" + "".join(f"k{i}: v\n" for i in range(3000)) + "---\nBody.\n"
    return len(frontmatter.split_front_matter(text, Path("a.md")).values)


def _sanitiser_classes() -> object:
    classes = " ".join(["footnote", "x"] * (N // 4))
    return len(markup.sanitise_html(f'<p class="{classes}" title="{"<img " * N}">t</p>'))


def _long_words() -> object:
    # bound_html sees the sanitiser's output: references escaped, tags well formed.
    body = "&amp;" * N + " " + "x&amp;y&" * N + " " + "<b>" * 100 + "a" * N + "</b>" * 100
    return len(bounds.bound_html(body)[0])


def _markdown_headings_and_text() -> object:
    text = "# " + "<" * N + "\n\n" + "[" * 1000 + "\n\n" + "x" * N + "\n"
    return len(markup.render_markdown(text).html)


def _long_headline() -> object:
    """A 60 KB headline of '<' took Python-Markdown's smart punctuation 34 s: fields are
    bounded where front matter is read, so it is one line at once."""
    text = '---\ntitle: "' + "<" * 60_000 + '"\ndate: 2024-01-02\n---\nBody.\n'
    folder = Path(tempfile.mkdtemp())
    (folder / "a.md").write_text(text)
    try:
        source.parse_article(folder / "a.md")
    except source.ContentError as error:
        return str(error)[-40:]
    raise AssertionError("a 60,000-character headline was accepted")


def _shortcodes() -> object:
    return sitegen.strip_shortcodes("{%" * N + "{{<" * N)[1]


def _kobo_sentences() -> object:
    from tearsheet.kepub import add_kobo_spans

    root = etree.fromstring(f'<html xmlns="{XHTML}"><body><p>x{"." * N}</p></body></html>'.encode())
    add_kobo_spans(root)
    return len(root)


def _language_detection() -> object:
    return language.detect_language("{{" * N + "<" * N).language


def _french_spaces() -> object:
    from tearsheet.typography import apply_typography

    return len(apply_typography("<p>a" + " " * N + "b</p>", language.language_of("fr")))


def _web_images() -> object:
    from tearsheet.figures import IMG

    return IMG.findall(markup.sanitise_html(f'<span title="{"<img " * N}">x</span>'))


def _figures_and_structure() -> object:
    from tearsheet.figures import unwrap_imageless_figures
    from tearsheet.structure import (
        close_heading_gaps,
        demote_empty_headers,
        drop_empty_headings,
        drop_empty_links,
    )

    hostile = [
        "<figure " * N,
        "<figure>" * N,
        '<figure><span class="missing-image"><figcaption ' * N,
        "<figure>" + "<" * N,
        "<h2 " * N,
        "<th " * N,
        "<th>" + " " * N,
        "<h3>" + "<br>" * N,
        "<a " * N,
        "<a>" + " " * N,
    ]
    results = [unwrap_imageless_figures(text)[:5] for text in hostile]
    results += [close_heading_gaps(text)[0][:5] for text in hostile]
    results += [
        drop_empty_links(demote_empty_headers(drop_empty_headings(text)))[:5] for text in hostile
    ]
    return results


def _linked_image_shortcodes() -> object:
    return [
        sitegen.convert_site_markup(text)[1][:1]
        for text in ("[" * N, "<a " * N, "<a>" + " " * N, '[{{< img alt="x" ' * N)
    ]


LINEAR = [
    _web_images,
    _figures_and_structure,
    _linked_image_shortcodes,
    _language_tag,
    _unclosed_comments,
    _comments_with_dashes,
    _printable,
    _show_url,
    _source_patterns,
    _front_matter,
    _sanitiser_classes,
    _long_words,
    _markdown_headings_and_text,
    _shortcodes,
]

QUADRATIC = []


def _call(work):
    """Run one piece of work in the guard's child (forked, so the function is not pickled)."""
    return work()


@pytest.mark.parametrize("work", LINEAR + QUADRATIC)
def test_pattern_is_linear_on_adversarial_input(work):
    (outcome,) = run_limited(_call, [work], Limits(seconds=SECONDS))
    assert not isinstance(outcome, Failure), outcome.message
