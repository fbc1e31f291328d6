"""Publishing after the articles: skipped when nothing the site shows has changed, redone
when anything it is made from has."""

from __future__ import annotations

import os
import shutil

import pytest

from tearsheet import publish as publish_module

from conftest import ROOT, build, write_article


class RenderedError(Exception):
    """Raised by the stand-in renderer: the site was rendered again."""


@pytest.fixture
def built(tmp_path):
    content = tmp_path / "content"
    write_article(content, "2021-06-30-harbour.md", "title: Harbour dues rise\ntags: [Port]")
    write_article(content, "2021-07-01-ferry.md", "title: Ferry late", "Late again.\n")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert build([content], tmp_path / "build", "--formats", "html") == 0
        yield tmp_path
    finally:
        os.chdir(cwd)


def _publishes(folder, monkeypatch, *extra: str) -> bool:
    def render(*_args, **_kwargs):
        raise RenderedError

    monkeypatch.setattr(publish_module, "render_site", render)
    try:
        build([folder / "content"], folder / "build", "--formats", "html", *extra)
    except RenderedError:
        return True
    return False


def test_a_second_build_does_not_publish_again(built, monkeypatch):
    assert (built / "build" / "index.html").is_file()
    assert not _publishes(built, monkeypatch)


def test_a_changed_article_publishes_again(built, monkeypatch):
    path = built / "content" / "2021-07-01-ferry.md"
    path.write_text(path.read_text().replace("Ferry late", "Ferry very late"))
    assert _publishes(built, monkeypatch)


def test_a_new_article_publishes_again(built, monkeypatch):
    write_article(built / "content", "2021-07-02-bridge.md", "title: Bridge shut")
    assert _publishes(built, monkeypatch)


def test_a_removed_site_page_is_written_again(built, monkeypatch):
    (built / "build" / "tags" / "port.html").unlink()
    assert _publishes(built, monkeypatch)


def test_an_edited_theme_publishes_again(built, monkeypatch):
    theme = built / "theme"
    shutil.copytree(ROOT / "styles", theme)
    build([built / "content"], built / "build", "--formats", "html", "--theme", str(theme))
    assert not _publishes(built, monkeypatch, "--theme", str(theme))
    site_css = theme / "site.css"
    site_css.write_text(site_css.read_text() + "\n/* edited */\n")
    assert _publishes(built, monkeypatch, "--theme", str(theme))


def test_a_new_download_publishes_again(built, monkeypatch):
    assert _publishes(built, monkeypatch, "--formats", "html,epub")
