"""Settings and their defaults, defined once; tearsheet.toml on top of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tearsheet.config import load_config
from tearsheet.errors import ContentError
from tearsheet.settings import (
    PAGE_SIZES,
    PDF_VARIANTS,
    EbookSettings,
    PrintSettings,
    SettingError,
    source_date_epoch,
)
from tearsheet.theme import Theme


def test_every_offered_pdf_variant_is_one_weasyprint_writes():
    from weasyprint.pdf import VARIANTS

    assert set(PDF_VARIANTS) <= set(VARIANTS)


def test_settings_module_does_not_import_weasyprint():
    code = "import sys, tearsheet.settings, tearsheet.config; print('weasyprint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_print_settings_refuse_unknown_choices():
    with pytest.raises(SettingError, match="'page_size': expected one of a4, letter"):
        PrintSettings(page_size="b5")
    with pytest.raises(SettingError, match="'pdf_variant'"):
        PrintSettings(pdf_variant="pdf/x-1a")
    assert PrintSettings(page_size="6x9", drop_cap=True).root_classes == (
        "page-6x9",
        "justify",
        "drop-cap",
    )


def test_the_default_theme_has_every_page_size():
    theme = Theme.load()
    for size in PAGE_SIZES:
        theme.check_page_size(size)


def test_a_theme_without_a_page_size_is_an_error_naming_its_print_css(tmp_path):
    (tmp_path / "print.css").write_text("html.page-a4 { page: a4; }\n")
    theme = Theme.load(tmp_path)
    theme.check_page_size("a4")
    with pytest.raises(ContentError) as caught:
        theme.check_page_size("letter")
    assert str(caught.value) == (
        f"{tmp_path}/print.css: no rule for page size 'letter' (html.page-letter)"
    )


def test_config_builds_on_the_defaults(tmp_path):
    path = tmp_path / "tearsheet.toml"
    path.write_text(
        'page_size = "letter"\nallow_remote = true\n[ebook]\nembed_fonts = true\n'
        '[warnings]\nignore = ["shortcode-dropped"]\n[send]\nhost = "smtp.example.org"\n'
    )
    config = load_config(path)
    assert config.print == PrintSettings(page_size="letter", allow_remote=True)
    assert config.ebook == EbookSettings(embed_fonts=True, allow_remote=True)
    assert config.ignore == frozenset({"shortcode-dropped"})
    assert config.tables["send"] == {"host": "smtp.example.org"}
    assert load_config(tmp_path / "missing.toml").print == PrintSettings()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('page_size = "b5"', "'page_size': expected one of a4, letter, a5, 6x9, got 'b5'"),
        ("drop_cap = 1", "'drop_cap': expected true or false, got 1"),
        ('colour = "red"', "unknown setting 'colour'"),
        ("[printing]\nx = 1", "unknown table [printing]"),
        ('[warnings]\nignore = "all"', "[warnings] 'ignore': expected a list of warning codes"),
        ("allow_remote = 'yes'", "'allow_remote': expected true or false, got 'yes'"),
    ],
)
def test_config_errors_are_one_line_naming_the_file(tmp_path, text, message):
    path = tmp_path / "tearsheet.toml"
    path.write_text(text + "\n")
    with pytest.raises(ContentError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: {message}"


def test_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert source_date_epoch().isoformat() == "2023-11-14T22:13:20+00:00"
    for value in ("", "soon", "-5", "1e9", "9" * 40):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
        assert source_date_epoch() is None


def test_page_sizes_appear_once_in_the_print_stylesheet():
    text = (Path(Theme.load().folder) / "print.css").read_text()
    for size in PAGE_SIZES:
        assert text.count(f"html.page-{size} ") == 1
