"""Collection files: loading from YAML and tearsheet.toml, selection, one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tearsheet.article import Article
from tearsheet.collection import (
    book_identifier,
    load_collections,
    order_articles,
    select_articles,
)
from tearsheet.config import load_config
from tearsheet.errors import ContentError


def article(slug: str, date: str, **fields) -> Article:
    return Article(
        path=Path(f"content/{slug}.md"),
        slug=slug,
        headline=slug.replace("-", " ").title(),
        date=dt.date.fromisoformat(date),
        body="<p>Text.</p>",
        **fields,
    )


ARTICLES = [
    article("alpha", "2024-01-05", tags=("Climate", "Energy"), source="Reuters", lang="en"),
    article("bravo", "2024-02-10", tags=("Politics",), source="AP", lang="en-GB"),
    article("charlie", "2024-03-15", tags=("climate",), source="Le Monde", lang="fr"),
    article("delta", "2024-03-15", tags=("Sport",), source="reuters", lang="en"),
    article("echo", "2023-12-31", tags=(), source=None, lang="de"),
]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "collections" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load_one(tmp_path: Path, text: str, name: str = "weekly.yaml"):
    write(tmp_path, name, text)
    loaded = load_collections([tmp_path])
    assert not loaded.errors, [str(e) for e in loaded.errors]
    [collection] = loaded.collections
    return collection


def slugs(collection, articles=ARTICLES) -> list[str]:
    return [a.slug for a in select_articles(collection, articles)]


def test_explicit_slugs_keep_their_order(tmp_path):
    collection = load_one(
        tmp_path,
        "title: The Week\nsubtitle: Five reads\neditor: Ana Ruiz\ndate: 2024-03-16\n"
        "description: Our picks.\nslugs: [delta, alpha, bravo, alpha]\n",
    )
    assert collection.name == "weekly"
    assert (collection.title, collection.subtitle, collection.editor) == (
        "The Week",
        "Five reads",
        "Ana Ruiz",
    )
    assert collection.date == dt.date(2024, 3, 16)
    assert slugs(collection) == ["delta", "alpha", "bravo"]


def test_tags_match_case_insensitively_newest_first(tmp_path):
    collection = load_one(tmp_path, "title: Climate\ntags: [CLIMATE]\n")
    assert slugs(collection) == ["charlie", "alpha"]


def test_oldest_first_with_limit_and_dates(tmp_path):
    collection = load_one(
        tmp_path,
        "title: Q1\nsince: 2024-01-01\nuntil: 2024-03-15\norder: oldest\nlimit: 3\n",
    )
    assert slugs(collection) == ["alpha", "bravo", "charlie"]


def test_equal_dates_have_a_stable_order(tmp_path):
    collection = load_one(tmp_path, "title: March\nsince: 2024-03-01\n")
    assert slugs(collection) == ["delta", "charlie"]
    assert slugs(collection, list(reversed(ARTICLES))) == ["delta", "charlie"]


def test_source_and_lang_filters(tmp_path):
    by_source = load_one(tmp_path, "title: Wire\nsource: Reuters\n", "wire.yaml")
    assert slugs(by_source) == ["delta", "alpha"]
    by_lang = load_one(tmp_path / "b", "title: English\nlang: en\n", "english.yml")
    assert slugs(by_lang) == ["delta", "bravo", "alpha"]


def test_slugs_then_selection_without_repeats(tmp_path):
    collection = load_one(tmp_path, "title: Mix\nslugs: [echo, alpha]\ntags: [climate]\n")
    assert slugs(collection) == ["echo", "alpha", "charlie"]


def test_missing_slug_names_file_line_and_slug(tmp_path):
    path = write(tmp_path, "weekly.yaml", "title: The Week\nslugs:\n  - alpha\n  - nope\n")
    [collection] = load_collections([tmp_path]).collections
    with pytest.raises(ContentError) as caught:
        select_articles(collection, ARTICLES)
    message = str(caught.value)
    assert message.startswith(f"{path}:4: collection 'weekly': ")
    assert "'nope'" in message and "\n" not in message


def test_empty_selection_is_an_error(tmp_path):
    collection = load_one(tmp_path, "title: Nothing\ntags: [astronomy]\n")
    with pytest.raises(ContentError, match="selects no articles"):
        select_articles(collection, ARTICLES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("slugs: [a]\n", ": collection 'bad': 'title' is missing"),
        ("title: T\n", "name its articles with 'slugs'"),
        ("title: T\ntags: [a]\norder: random\n", ":3: collection 'bad': 'order': expected newest"),
        ("title: T\ntags: [a]\nlimit: 0\n", "'limit': expected a whole number above 0"),
        ("title: T\ntags: [a]\nlimit: yes\n", "'limit'"),
        ("title: T\nsince: 3rd May\ntags: [a]\n", ":2: collection 'bad': 'since': expected YYYY"),
        ("title: T\nsince: 2024-05-01\nuntil: 2024-04-01\ntags: [a]\n", "is before 'since'"),
        ("title: T\ntags: [a]\ncolour: red\n", ":3: collection 'bad': 'colour': unknown key"),
        ("title: T\ntags: {a: 1}\n", "'tags': expected a list"),
        ("title: T\ntags: [a]\nlang: english!\n", "'lang': expected a language tag"),
        ("title: T\ntags: [a]\ncover: ../x.png\n", "'cover': expected a .jpg or .png"),
        ("title: T\ntags: [a]\ncover: missing.png\n", "'cover': no such file"),
        ("- just\n- a list\n", "expected 'key: value' lines"),
        ("title: [unclosed\n", "invalid YAML"),
        ("a: &x [1]\nb: *x\n", "aliases"),
    ],
)
def test_bad_collection_files_get_one_line(tmp_path, text, expected):
    path = write(tmp_path, "bad.yaml", text)
    loaded = load_collections([tmp_path])
    assert loaded.collections == []
    [error] = loaded.errors
    message = str(error)
    assert message.startswith(str(path)), message
    assert expected in message
    assert "\n" not in message


def test_bad_name_and_non_utf8(tmp_path):
    write(tmp_path, "Bad Name.yaml", "title: T\ntags: [a]\n")
    (tmp_path / "collections" / "latin.yaml").write_bytes(b"title: caf\xe9\ntags: [a]\n")
    messages = sorted(str(error) for error in load_collections([tmp_path]).errors)
    assert "collection name 'Bad Name'" in messages[0]
    assert "not UTF-8" in messages[1]


def test_one_bad_collection_leaves_the_others(tmp_path):
    write(tmp_path, "good.yaml", "title: Good\ntags: [climate]\n")
    write(tmp_path, "worse.yaml", "title: Worse\n")
    loaded = load_collections([tmp_path])
    assert [c.name for c in loaded.collections] == ["good"]
    assert len(loaded.errors) == 1


def test_collections_from_tearsheet_toml(tmp_path):
    config = tmp_path / "tearsheet.toml"
    config.write_text(
        'page_size = "a5"\n\n[collections.monthly]\ntitle = "Monthly"\n'
        'slugs = ["bravo"]\ntags = ["sport"]\n\n[collections.broken]\ntitle = "B"\n'
        'order = "sideways"\ntags = ["x"]\n',
        encoding="utf-8",
    )
    assert load_config(config).print.page_size == "a5"  # the table does not upset the settings
    loaded = load_collections([tmp_path], config)
    [monthly] = loaded.collections
    assert monthly.path == config
    assert slugs(monthly) == ["bravo", "delta"]
    [error] = loaded.errors
    assert str(error).startswith(f"{config}:10: collection 'broken': 'order'")


def test_same_name_in_yaml_and_toml_is_an_error(tmp_path):
    write(tmp_path, "weekly.yaml", "title: A\ntags: [a]\n")
    config = tmp_path / "tearsheet.toml"
    config.write_text('[collections.weekly]\ntitle = "B"\ntags = ["b"]\n', encoding="utf-8")
    loaded = load_collections([tmp_path], config)
    assert len(loaded.collections) == 1
    assert "already defined" in str(loaded.errors[0])


def test_identifier_is_stable_and_follows_membership(tmp_path):
    collection = load_one(tmp_path, "title: Climate\ntags: [climate]\n")
    members = select_articles(collection, ARTICLES)
    assert book_identifier(collection, members) == book_identifier(collection, list(members))
    assert book_identifier(collection, members) != book_identifier(collection, members[:1])
    assert book_identifier(collection, members).startswith("urn:uuid:")


def test_order_articles_uses_time_of_day():
    early = article("early", "2024-01-01", published=dt.datetime(2024, 1, 1, 8, 0))
    late = article("late", "2024-01-01", published=dt.datetime(2024, 1, 1, 18, 0))
    assert [a.slug for a in order_articles([early, late])] == ["late", "early"]
    assert [a.slug for a in order_articles([late, early], "oldest")] == ["early", "late"]
