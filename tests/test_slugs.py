"""Slugs: transliterated from any script, never empty, stable; the file name or slug: wins."""

from __future__ import annotations

import pytest

from tearsheet.importer import ImportedArticle, name_file
from tearsheet.source import parse_article, slugify

from conftest import write_article


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Straße der Einheit", "strasse-der-einheit"),
        ("Москва сегодня", "moskva-segodnia"),
        ("Ελληνικά νέα", "ellenika-nea"),
        ("中国屏蔽维基百科", "zhong-guo-ping-bi-wei-ji-bai-ke"),
        ("مصر تحجب", "msr-thjb"),
        ("שלום עולם", "shlvm-vlm"),
        ("한국어", "hangugeo"),
        ("Don’t stop: l'été", "dont-stop-lete"),
        ("Cafe\u0301 crème", "cafe-creme"),
    ],
)
def test_every_script_is_transliterated(text, slug):
    assert slugify(text) == slug


def test_nothing_to_transliterate_gives_a_stable_hash_of_the_headline():
    first = slugify("😀 🎉", "Emoji only")
    assert first == slugify("😀 🎉", "Emoji only") and len(first) == 8
    assert first != slugify("😀 🎉", "Another headline")
    assert slugify("") and slugify("!!!")


def test_file_names_in_any_script_give_slugs(tmp_path):
    russian = write_article(tmp_path, "Новости.md", "title: Новости\ndate: 2020-01-01")
    assert parse_article(russian)[0].slug == "novosti"
    emoji = write_article(tmp_path, "🎉.md", "title: Party\ndate: 2020-01-01")
    slug = parse_article(emoji)[0].slug
    assert slug.startswith("2020-01-01-") and len(slug) == len("2020-01-01-") + 8
    chosen = write_article(tmp_path, "Ελλάδα.md", "title: T\ndate: 2020-01-01\nslug: mine")
    assert parse_article(chosen)[0].slug == "mine"


@pytest.mark.parametrize(
    "headline",
    ["Москва: новые правила", "中国屏蔽维基百科", "مصر تحجب بي بي سي", "Ελληνικά νέα σήμερα"],
)
def test_imported_headlines_in_other_scripts_are_named_apart(headline):
    import datetime as dt

    article = ImportedArticle(headline=headline, body="x", date=dt.date(2024, 3, 5))
    name = name_file(article)
    assert name.startswith("2024-03-05-") and name != "2024-03-05-article"
    assert name == name_file(ImportedArticle(headline=headline, body="x", date=dt.date(2024, 3, 5)))
