"""Reading content files: fields, aliases, and one-line errors naming file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tearsheet.errors import ContentError
from tearsheet.source import find_sources, parse_article, parse_articles

from conftest import SEED, SEED_TEXT, require, write_article


def error_of(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        parse_article(path)
    return str(caught.value)


def test_seed_article_fields():
    article, notices = parse_article(SEED)
    assert article.headline == "How the U.S. and China can find common ground on North Korea"
    assert article.date == dt.date(2017, 4, 20)
    assert article.source == "Bloomberg"
    assert article.lang == "en"
    assert article.slug == "2017-04-20-us-china-north-korea"
    assert notices == []


def test_seed_body_is_the_seed_text_without_comment_form():
    article, _ = parse_article(SEED)
    body = SEED.read_text(encoding="utf-8").split("---\n", 2)[2]
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("For the moment, fear of U.S. retaliation")
    assert (
        paragraphs[-1]
        .strip()
        .endswith("talking to your enemy is generally preferable to fighting.")
    )
    assert "Leave a Comment" not in article.body
    assert "6 + 4" not in article.body
    # Word for word: the copied page's one no-break space between words is a space here.
    copied = " ".join(require(SEED_TEXT).read_text(encoding="utf-8").split())
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in copied


def test_aliases_title_author_subtitle_place_publisher(tmp_path):
    path = write_article(
        tmp_path,
        "2020-01-02-x.md",
        "title: A title\nauthor: [Ann Lee, Bo Park]\nsubtitle: The dek\nplace: PARIS\n"
        "publisher: Le Monde\nlanguage: fr\ntopics: [a, b]\nsource_url: https://example.org/a",
    )
    article, notices = parse_article(path)
    assert article.headline == "A title"
    assert article.byline == ("Ann Lee", "Bo Park")
    assert article.dek == "The dek"
    assert article.dateline == "PARIS"
    assert article.source == "Le Monde"
    assert article.lang == "fr"
    assert article.tags == ("a", "b")
    assert article.source_url == "https://example.org/a"
    assert article.date == dt.date(2020, 1, 2)
    assert notices == []


@pytest.mark.parametrize(
    ("value", "date", "moment"),
    [
        ("2017-04-20", dt.date(2017, 4, 20), None),
        ('"2019-06-13 14:00:00 -0500"', dt.date(2019, 6, 13), "2019-06-13T14:00:00-05:00"),
        ("2020-06-19T16:48:11.016Z", dt.date(2020, 6, 19), "2020-06-19T16:48:11.016000+00:00"),
        ('"2017-10-05"', dt.date(2017, 10, 5), None),
        ("2012-11-30 1:58:51 -0400", dt.date(2012, 11, 30), "2012-11-30T01:58:51-04:00"),
    ],
)
def test_dates_in_the_usual_forms(tmp_path, value, date, moment):
    article, _ = parse_article(write_article(tmp_path, "a.md", f"title: T\ndate: {value}"))
    assert article.date == date
    assert (article.published.isoformat() if article.published else None) == moment


def test_missing_date_names_file_and_field(tmp_path):
    path = write_article(tmp_path, "x.md", "title: T")
    assert error_of(path).endswith(
        "x.md: front matter: 'date' is missing (or name the file YYYY-MM-DD-slug.md)"
    )


def test_missing_headline(tmp_path):
    path = write_article(tmp_path, "x.md", "date: 2020-01-01")
    assert error_of(path).endswith("x.md: front matter: 'headline' (or 'title') is missing")


def test_malformed_date_gives_line_expected_and_received(tmp_path):
    path = write_article(tmp_path, "a.md", "title: T\ndate: 3rd May")
    assert error_of(path).endswith(
        "a.md:3: front matter 'date': expected YYYY-MM-DD, got '3rd May'"
    )


def test_impossible_date(tmp_path):
    path = write_article(tmp_path, "a.md", "title: T\ndate: 2017-02-30")
    assert error_of(path).endswith(
        "a.md:3: front matter 'date': 2017-02-30 is not a date (day is out of range for month)"
    )


def test_list_as_headline(tmp_path):
    path = write_article(tmp_path, "a.md", "date: 2020-01-01\ntitle: [a, b]")
    assert error_of(path).endswith(
        "a.md:3: front matter 'title': expected text, got list ['a', 'b'] (quote it)"
    )


def test_number_as_headline_must_be_quoted(tmp_path):
    path = write_article(tmp_path, "a.md", "date: 2020-01-01\nheadline: 1.10")
    assert "expected text, got number 1.1 (quote it)" in error_of(path)


def test_front_matter_that_is_a_list(tmp_path):
    path = write_article(tmp_path, "a.md", "- a\n- b")
    assert error_of(path).endswith("a.md:1: front matter: expected 'key: value' lines, got a list")


def test_missing_fence(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("title: x\n\nbody\n", encoding="utf-8")
    assert error_of(path).endswith(
        "a.md:1: front matter: expected a '---' line at the top, then YAML, then '---'"
    )


def test_unclosed_fence(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\n\nbody\n", encoding="utf-8")
    assert error_of(path).endswith("a.md:1: front matter: no closing '---' line")


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: x\nauthor: Eileen\t\nfoo: [\n---\nbody\n", encoding="utf-8")
    message = error_of(path)
    assert "a.md:" in message and "front matter: invalid YAML:" in message


def test_yaml_aliases_are_refused(tmp_path):
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\ntitle: *b\ndate: 2020-01-01'
    path = write_article(tmp_path, "a.md", bomb)
    assert "front matter: invalid YAML: aliases (*name) are not allowed" in error_of(path)


def test_custom_yaml_tags_are_refused(tmp_path):
    path = write_article(tmp_path, "a.md", "title: !!python/object:os.system x\ndate: 2020-01-01")
    assert "front matter: invalid YAML:" in error_of(path)


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("\ufeff---\ntitle: T\ndate: 2020-01-01\n---\n\nBody.\n".encode())
    assert parse_article(path)[0].headline == "T"


def test_leading_blank_line_before_fence(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("\n---\ntitle: T\ndate: 2020-01-01\n---\nBody.\n", encoding="utf-8")
    assert parse_article(path)[0].headline == "T"


def test_non_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\ntitle: caf\xe9\ndate: 2020-01-01\n---\nBody\n")
    assert error_of(path).endswith(
        "a.md:2: not UTF-8: byte 0xe9 at offset 14 (save the file as UTF-8)"
    )


def test_empty_body(tmp_path):
    path = write_article(tmp_path, "a.md", "title: T\ndate: 2020-01-01", body="\n\n")
    assert error_of(path).endswith("a.md:5: the article has no body text after the front matter")


def test_unknown_key_warns_with_suggestion(tmp_path):
    path = write_article(tmp_path, "a.md", "title: T\ndate: 2020-01-01\nheadlin: x")
    _, notices = parse_article(path)
    assert [str(n).split("a.md")[1] for n in notices] == [
        ":4: warning: front matter: unknown key 'headlin' ignored (did you mean 'headline'?)"
        " [unknown-key]"
    ]


def test_unsafe_slug_is_refused(tmp_path):
    path = write_article(tmp_path, "a.md", "title: T\ndate: 2020-01-01\nslug: ../../x")
    assert error_of(path).endswith(
        "a.md:4: front matter 'slug': expected letters, digits, '-' and '_', got '../../x'"
    )


def test_page_bundle_takes_folder_name_and_language_suffix(tmp_path):
    bundle = write_article(tmp_path, "my-post/index.md", "title: T\ndate: 2020-01-01")
    arabic = write_article(tmp_path, "2019-x.ar.md", "title: T\ndate: 2020-01-01")
    assert parse_article(bundle)[0].slug == "my-post"
    article = parse_article(arabic)[0]
    assert (article.slug, article.lang, article.direction) == ("2019-x-ar", "ar", "rtl")


def test_non_ascii_and_spaced_file_names_make_safe_slugs(tmp_path):
    path = write_article(tmp_path, "2017-08-23-Wahlsalon Kopie’s.md", "title: T")
    assert parse_article(path)[0].slug == "2017-08-23-wahlsalon-kopies"


def test_duplicate_slugs_are_an_error_not_an_overwrite(tmp_path):
    write_article(tmp_path, "a/post.md", "title: One\ndate: 2020-01-01")
    write_article(tmp_path, "b/post.md", "title: Two\ndate: 2020-01-01")
    parsed = parse_articles(find_sources([tmp_path]))
    assert len(parsed.articles) == 1
    assert len(parsed.errors) == 1
    assert "slug 'post' is already used by" in str(parsed.errors[0])


def test_find_sources_recurses_and_skips_hugo_index(tmp_path):
    write_article(tmp_path, "a/b/c.md", "title: T")
    write_article(tmp_path, "a/_index.md", "title: T")
    (tmp_path / "notes.txt").write_text("x")
    assert [p.name for p in find_sources([tmp_path])] == ["c.md"]


def test_shortcodes_are_dropped_with_a_warning(tmp_path):
    body = 'Before.\n\n{{< img src="x.png" >}}\n\nAfter {% include x.html %} end.\n'
    path = write_article(tmp_path, "a.md", "title: T\ndate: 2020-01-01", body=body)
    article, notices = parse_article(path)
    assert "{{" not in article.body and "{%" not in article.body
    assert [n.line for n in notices] == [8, 10]
    assert "dropped site-generator shortcode {{< img" in notices[0].message


def test_hugo_author_and_source_slugs_resolve_to_profile_names(tmp_path):
    site = tmp_path / "content"
    write_article(site / "authors" / "jane-doe", "_index.md", 'display_name: "Jane  Doe"', "")
    write_article(site / "sources", "source_gsa.md", 'name: "U.S. General Services"', "")
    path = write_article(
        site / "news" / "2020" / "01",
        "2020-01-02-a.md",
        "title: T\nauthors: [jane-doe, no-profile, Ann Lee]\nsource: gsa",
    )
    article, _ = parse_article(path)
    assert article.byline == ("Jane Doe", "no-profile", "Ann Lee")
    assert article.source == "U.S. General Services"


def test_control_character_in_front_matter_is_one_line(tmp_path):
    path = write_article(tmp_path, "a.md", "title: a\x08b\ndate: 2020-01-01")
    message = error_of(path)
    assert "\n" not in message
    assert message.endswith(
        "a.md:1: front matter: invalid YAML: unacceptable character #x0008: special characters "
        'are not allowed in "<unicode string>", position 8'
    )


def test_a_field_of_only_control_characters_is_an_error_naming_it(tmp_path):
    path = write_article(tmp_path, "2020-01-02-x.md", 'title: "\\u001b\\u0007"')
    assert (
        error_of(path)
        == f"{path}:2: front matter 'title': expected text, got only control characters"
    )
    path = write_article(tmp_path, "2020-01-02-y.md", 'title: T\ntags: ["\\u001b", b]')
    assert parse_article(path)[0].tags == ("b",)


def test_front_matter_hugo_accepts_a_trailing_tab_and_yaml_1_2_booleans(tmp_path):
    path = write_article(
        tmp_path, "2020-01-01-a.md", "title: No\t\nauthor: Knut Hühne\t\ndraft: false\t"
    )
    article, _ = parse_article(path)
    assert article.headline == "No"  # YAML 1.2: 'No' is text, not false
    assert article.byline == ("Knut Hühne",)


def test_hugo_image_shortcodes_become_figures_when_the_file_is_there(tmp_path):
    body = (
        'Before.\n\n{{< img src="chart" alt="A chart" caption="Sales by year" '
        'credit="Photo: GSA" >}}\n\n{{< img src="missing" alt="Gone" >}}\n\nAfter.\n'
    )
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A", body)
    (tmp_path / "chart.png").write_bytes(b"png")
    article, notices = parse_article(path)
    assert '<img alt="A chart" src="chart.png"' in article.body
    assert "Sales by year" in article.body and "Photo: GSA" in article.body
    assert "Gone" not in article.body
    assert [n.code for n in notices] == ["shortcode-dropped"]
    assert "Before." in article.body and "After." in article.body


def test_html_entities_in_front_matter_are_decoded_once(tmp_path):
    path = write_article(
        tmp_path,
        "entities.md",
        """
title: 'UX vs. CX: What&#8217;s the Dif? Part 2'
date: 2015-11-20
summary: 'two acronyms&mdash;CX and UX &amp;lt;tags&amp;gt; &#x2013; Caf&eacute;'
author: J&oacute;n &amp; Ann
source: AT&amp;T
tags: [R&amp;D]
""",
    )
    article, _ = parse_article(path)
    assert article.headline == "UX vs. CX: What’s the Dif? Part 2"
    assert article.dek == "two acronyms—CX and UX &lt;tags&gt; – Café"
    assert article.byline == ("Jón & Ann",)
    assert article.source == "AT&T"
    assert article.tags == ("R&D",)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        (
            "headlin: A story\ndate: 2020-01-02",
            "typo.md:2: front matter: 'headline' (or 'title') is missing (did you mean 'headline' for 'headlin'?)",
        ),
        (
            "titel: A story\ndate: 2020-01-02",
            "typo.md:2: front matter: 'headline' (or 'title') is missing (did you mean 'title' for 'titel'?)",
        ),
        (
            "title: A story\ndaet: 2020-01-02",
            "typo.md:3: front matter: 'date' is missing (did you mean 'date' for 'daet'?)",
        ),
    ],
)
def test_missing_required_key_suggests_the_typo(tmp_path, front, expected):
    message = error_of(write_article(tmp_path, "typo.md", front))
    assert message.endswith(f"/{expected}"), message


def test_missing_required_key_without_a_close_key_has_no_suggestion(tmp_path):
    message = error_of(write_article(tmp_path, "plain.md", "layout: post\ndate: 2020-01-02"))
    assert message.endswith("front matter: 'headline' (or 'title') is missing")


def test_a_slug_too_long_for_a_file_name_is_one_line(tmp_path):
    path = write_article(tmp_path, "a.md", f"title: A\ndate: 2020-01-01\nslug: {'a' * 300}")
    with pytest.raises(ContentError) as caught:
        parse_article(path)
    assert str(caught.value) == f"{path}:4: front matter 'slug': 300 characters; the limit is 200"
    long_name = write_article(tmp_path, f"2020-01-01-{'b' * 240}.md", "title: B")
    assert len(parse_article(long_name)[0].slug) <= 200


def test_a_repeated_key_tearsheet_ignores_is_a_warning_one_it_reads_an_error(tmp_path):
    # Hugo sites repeat their own keys (a codefor.de post gives 'topic' twice).
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A\ntopic: x\ntags: [a]\ntopic: y")
    article, notices = parse_article(path)
    assert article.tags == ("a",)
    assert [str(n).split("a.md")[1] for n in notices if n.code == "key-repeated"] == [
        ":5: warning: front matter: 'topic' is given twice (lines 3 and 5); ignored [key-repeated]"
    ]
    twice = write_article(tmp_path, "2020-01-01-b.md", "title: B\ndek: one\ndek: two")
    with pytest.raises(ContentError, match="'dek' is given twice"):
        parse_article(twice)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "http://[::1/x", "https://", "ftp://a.example/x"]
)
def test_a_source_url_every_output_cannot_link_is_one_line(tmp_path, url):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: A\ndate: 2024-05-01\nsource_url: '{url}'\n---\n\nText.\n")
    with pytest.raises(ContentError) as caught:
        parse_article(path)
    assert "front matter 'source_url': expected an http(s) URL" in str(caught.value)
