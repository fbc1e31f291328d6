"""Content-addressed staleness: hashes of what an output is made from, never file times."""

from __future__ import annotations

import os
import time

from tearsheet.source import parse_article
from tearsheet.staleness import (
    STATE_FILE,
    BuildState,
    article_dependencies,
    build_context,
    folder_key,
    hash_file,
)

from conftest import write_article


def _context(theme: str = "t", **settings: object) -> dict[str, str]:
    return {"pdf": build_context(theme, "pdf", {"page_size": "a4", **settings})}


def _build(state: BuildState, path, slug: str, context: str) -> None:
    article, _ = parse_article(path)
    (state.out / f"{slug}.pdf").write_bytes(b"%PDF")
    state.record(f"{slug}.pdf", path, "pdf", article_dependencies(article), context, {})


def test_dependencies_are_the_source_its_images_cover_and_profiles(tmp_path):
    site = tmp_path / "site"
    (site / "content" / "authors" / "jane-doe").mkdir(parents=True)
    (site / "content" / "authors" / "jane-doe" / "_index.md").write_text(
        "---\ndisplay_name: Jane Doe\n---\n"
    )
    (site / "content" / "chart.png").write_bytes(b"png")
    (site / "content" / "cover.jpg").write_bytes(b"jpg")
    path = write_article(
        site / "content",
        "2024-01-02-a.md",
        "title: A\nauthors: [jane-doe]\ncover: cover.jpg\nsource: wire",
        "![Chart](chart.png) ![Remote](https://example.org/x.png) ![Up](../secret.png)\n",
    )
    article, _ = parse_article(path)
    assert article.byline == ("Jane Doe",)
    found = article_dependencies(article)
    content = (site / "content").resolve()
    assert found[:3] == [path.resolve(), content / "cover.jpg", content / "chart.png"]
    assert content / "authors" / "jane-doe" / "_index.md" in found
    # A source profile that does not exist yet is looked for: creating one changes the output.
    assert content / "sources" / "source_wire.md" in found
    assert not any("secret" in str(p) or "example.org" in str(p) for p in found)


def test_hash_file_never_blocks_on_a_fifo_and_reads_real_bytes(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    started = time.monotonic()
    assert hash_file(tmp_path / "fifo") is None
    assert hash_file(tmp_path / "missing") is None
    assert hash_file(tmp_path) is None
    assert time.monotonic() - started < 1
    (tmp_path / "a").write_bytes(b"x")
    (tmp_path / "b").write_bytes(b"x")
    assert hash_file(tmp_path / "a") == hash_file(tmp_path / "b") is not None


def test_times_do_not_matter_content_and_settings_do(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = write_article(tmp_path / "content", "2024-01-02-a.md", "title: A")
    state = BuildState(out)
    _build(state, path, "2024-01-02-a", _context()["pdf"])
    state.save()
    state = BuildState(out)
    assert state.unchanged(path, _context())
    os.utime(path, (time.time() + 3600, time.time() + 3600))  # a fresh checkout's times
    assert BuildState(out).unchanged(path, _context())
    assert not state.unchanged(path, _context(page_size="letter"))
    assert not state.unchanged(path, _context(theme="other"))
    assert not state.unchanged(path, {**_context(), "epub": "never built"})
    path.write_text(path.read_text() + "More.\n")
    assert not state.unchanged(path, _context())
    (out / "2024-01-02-a.pdf").unlink()
    path.write_text(path.read_text()[: -len("More.\n")])
    assert not state.unchanged(path, _context()), "a missing output is rebuilt"


def test_settings_are_recorded_per_output_and_only_when_written(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    a = write_article(tmp_path / "content", "2024-01-02-a.md", "title: A")
    b = write_article(tmp_path / "content", "2024-01-03-b.md", "title: B")
    a4, letter = _context(), _context(page_size="letter")
    state = BuildState(out)
    _build(state, a, "2024-01-02-a", a4["pdf"])
    state.save()
    state = BuildState(out)
    _build(state, b, "2024-01-03-b", letter["pdf"])
    state.save()
    # Building both at Letter: a (A4) is stale, b (Letter) is not, whatever came last.
    state = BuildState(out)
    assert not state.unchanged(a, letter) and state.unchanged(b, letter)
    # A failed build writes nothing and records nothing.
    BuildState(out).save()
    assert BuildState(out).unchanged(a, a4)


def test_outputs_of_deleted_and_renamed_articles_are_orphans(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    content = tmp_path / "content"
    kept = write_article(content, "2024-01-02-kept.md", "title: Kept")
    gone = write_article(content, "2024-01-03-gone.md", "title: Gone")
    renamed = write_article(content, "2024-01-04-old.md", "title: Old")
    elsewhere = write_article(tmp_path / "other", "2024-01-05-other.md", "title: Other")
    state = BuildState(out)
    context = _context()["pdf"]
    for path in (kept, gone, renamed, elsewhere):
        _build(state, path, path.stem, context)
    state.save()
    gone.unlink()
    # The slug of an article still present changed: its old output is an orphan too.
    state = BuildState(out)
    orphans = state.orphans([kept, renamed], ["2024-01-02-kept.pdf", "new-slug.pdf"])
    assert orphans == ["2024-01-03-gone.pdf", "2024-01-04-old.pdf"]
    for output in orphans:
        state.remove(output)
    state.save()
    assert sorted(p.name for p in out.iterdir()) == [
        STATE_FILE,
        "2024-01-02-kept.pdf",
        "2024-01-05-other.pdf",
    ]
    assert set(BuildState(out).records) == {"2024-01-02-kept.pdf", "2024-01-05-other.pdf"}


def test_folder_key_follows_names_and_bytes(tmp_path):
    (tmp_path / "print.css").write_text("a")
    first = folder_key(tmp_path)
    os.utime(tmp_path / "print.css", (1, 1))
    assert folder_key(tmp_path) == first
    (tmp_path / "print.css").write_text("b")
    assert folder_key(tmp_path) != first


def test_folder_key_is_kept_only_while_the_folder_is_unchanged_and_settled(tmp_path, monkeypatch):
    from tearsheet import staleness

    calls = []
    real = staleness.hash_file
    monkeypatch.setattr(staleness, "hash_file", lambda path: calls.append(path) or real(path))
    css = tmp_path / "print.css"
    css.write_text("a")
    os.utime(css, (1, 1))
    first = folder_key(tmp_path)
    assert folder_key(tmp_path) == first
    assert len(calls) == 1  # the second call hashed nothing
    css.write_text("b")  # same size, a fresh time stamp: hashed again, and not kept
    second = folder_key(tmp_path)
    assert second != first
    assert folder_key(tmp_path) == second
    assert len(calls) == 3
    (tmp_path / "ebook.css").write_text("c")
    os.utime(css, (1, 1))
    os.utime(tmp_path / "ebook.css", (1, 1))
    assert folder_key(tmp_path) not in (first, second)


def test_the_article_cache_gives_back_the_parsed_article_until_an_input_changes(tmp_path):
    from tearsheet.staleness import ArticleCache

    site = tmp_path / "content"
    (site / "authors" / "jane-doe").mkdir(parents=True)
    profile = site / "authors" / "jane-doe" / "_index.md"
    profile.write_text("---\ndisplay_name: Jane Doe\n---\n")
    (site / "cover.jpg").write_bytes(b"jpg")
    path = write_article(
        site,
        "2024-01-02-a.md",
        "title: A\nauthors: [jane-doe]\ncover: cover.jpg\ndate: 2024-01-02T10:30:00+02:00\n"
        "tags: [x, y]",
        "## Part\n\nText.[^1]\n\n[^1]: Note.\n",
    )
    article, _ = parse_article(path)
    out = tmp_path / "out"
    cache = ArticleCache(out)
    cache.put(article)
    cache.save()
    again = ArticleCache(out).get(path)
    assert again == article and again.published == article.published
    profile.write_text("---\ndisplay_name: Jane Q. Doe\n---\n")
    assert ArticleCache(out).get(path) is None
    assert ArticleCache(out).get(tmp_path / "never-seen.md") is None
    (out / ".tearsheet-articles.json").write_text("{ damaged")
    assert ArticleCache(out).get(path) is None


def test_hostile_image_addresses_are_no_dependencies_and_never_raise(tmp_path):
    path = write_article(
        tmp_path / "content",
        "2024-01-02-a.md",
        "title: A",
        "![x](a%00.png) ![y](../../etc/passwd) ![z](" + "d/" * 3000 + "x.png) ![w](data:,x)\n",
    )
    article, _ = parse_article(path)
    found = article_dependencies(article)
    assert found[0] == path.resolve() and len(found) == 2
    assert found[1].name == "x.png" and hash_file(found[1]) is None  # too long to open
    assert hash_file(tmp_path / "a\0.png") is None
