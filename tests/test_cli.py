"""The command line, run in-process through main(argv)."""

from __future__ import annotations

import pytest

from tearsheet.cli import main

from conftest import SEED, build, write_article


def test_help_explains_itself(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "build" in out and "check" in out and "exit status" in out
    assert main(["build", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--out", "--formats", "--page-size", "--quiet", "--jobs"):
        assert option in out


def test_usage_error_exits_2(capsys):
    assert main(["build", "--formats", "docx"]) == 2
    assert (
        "expected a comma-separated list of html, pdf, epub, got 'docx'" in capsys.readouterr().err
    )
    assert main(["frobnicate"]) == 2


def test_build_prints_one_line_per_file_and_skips_up_to_date(tmp_path, capsys):
    assert build([SEED], tmp_path, "--formats", "html,epub") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"wrote {tmp_path}/2017-04-20-us-china-north-korea.html",
        f"wrote {tmp_path}/2017-04-20-us-china-north-korea.epub",
    ]
    assert build([SEED], tmp_path, "--formats", "html,epub") == 0
    assert capsys.readouterr().out == ""


def test_quiet(tmp_path, capsys):
    assert build([SEED], tmp_path, "--formats", "html", "--quiet") == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "2017-04-20-us-china-north-korea.html").exists()


def test_bad_article_fails_with_one_line_and_others_still_build(tmp_path, capsys):
    good = write_article(tmp_path / "content", "2020-01-01-good.md", "title: Good")
    write_article(tmp_path / "content", "bad.md", "title: Bad\ndate: 3rd May")
    out = tmp_path / "out"
    assert build([tmp_path / "content"], out, "--formats", "html") == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if "bad.md" in line]
    assert errors == [
        f"{tmp_path}/content/bad.md:3: front matter 'date': expected YYYY-MM-DD, got '3rd May'"
    ]
    assert "Traceback" not in captured.err
    assert (out / "2020-01-01-good.html").exists()
    assert good.exists()


def test_missing_source_is_a_usage_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope.md"), "--out", str(tmp_path)]) == 2
    assert (
        capsys.readouterr().err.strip() == f"tearsheet: {tmp_path}/nope.md: no such file or folder"
    )


def test_a_folder_without_print_css_is_a_usage_error(tmp_path, capsys):
    assert main(["build", "--theme", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"tearsheet: {tmp_path}: not a theme folder (no print.css)"


def test_check_reports_every_problem(tmp_path, capsys):
    write_article(tmp_path, "a.md", "title: A")
    write_article(tmp_path, "b.md", "date: 2020-01-01")
    write_article(tmp_path, "2020-01-01-c.md", "title: C\nheadlin: x")
    assert main(["check", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 3
    assert "1 of 3 articles are valid" in captured.out


def test_sources_are_never_modified(tmp_path):
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert build([path], tmp_path / "out", "--formats", "html") == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("argv", [["--version"]])
def test_version(argv, capsys):
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("tearsheet ")


def test_traceback_is_shown_only_when_asked(tmp_path, capsys, monkeypatch):
    import tearsheet.web

    def broken(*_args):
        raise KeyError("boom")

    monkeypatch.setattr(tearsheet.web, "render_page", broken)
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    out = tmp_path / "out"
    assert build([path], out, "--formats", "html") == 1
    err = capsys.readouterr().err
    assert f"{path}: html: could not render (KeyError: 'boom')" in err
    assert "Traceback" not in err
    assert build([path], out, "--formats", "html", "--traceback") == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and 'raise KeyError("boom")' in err
    monkeypatch.setenv("TEARSHEET_DEBUG", "1")
    assert build([path], out, "--formats", "html") == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_warnings_carry_codes_that_tearsheet_toml_silences(tmp_path, capsys):
    body = "Text {{< tweet 1 >}} more.\n"
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A\nheadlin: x", body)
    out = tmp_path / "out"
    assert build([path], out, "--formats", "html") == 0
    err = capsys.readouterr().err
    assert "[shortcode-dropped]" in err and "[unknown-key]" in err
    config = tmp_path / "tearsheet.toml"
    config.write_text('[warnings]\nignore = ["shortcode-dropped"]\n')
    assert build([path], out, "--formats", "html", "--force", "--config", str(config)) == 0
    err = capsys.readouterr().err
    assert "[shortcode-dropped]" not in err and "[unknown-key]" in err


def test_an_unwritable_out_folder_is_one_line(tmp_path, capsys):
    path = write_article(tmp_path, "2020-01-01-a.md", "title: A")
    (tmp_path / "out").write_text("a file, not a folder")
    assert build([path], tmp_path / "out", "--formats", "html") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert all(line.startswith(("tearsheet:", str(tmp_path))) for line in err.splitlines())
