"""The test harness itself: CI skips nothing, missing needs fail under CI, the clock is UTC."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import conftest
from conftest import EPUBCHECK, require


def test_a_ci_run_that_skips_anything_fails(pytester, monkeypatch):
    pytester.makepyfile(
        test_inner="""
        import pytest

        def test_ran():
            assert True

        def test_skipped():
            pytest.skip("no tool")
        """
    )
    tests = str(Path(__file__).parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # start faster
    workers = ("-p", "xdist.plugin", "-n", "2")  # the controller sees the workers' skips
    for ci, options, status in (("true", (), 1), ("true", workers, 1), ("", (), 0)):
        monkeypatch.setenv("CI", ci)
        result = pytester.runpytest_subprocess("-p", "ciguard", "-p", "no:cacheprovider", *options)
        result.assert_outcomes(passed=1, skipped=1)
        assert result.ret == status, result.stdout.str()
        if ci:
            result.stdout.fnmatch_lines(["*CI=true: 1 test(s) skipped*test_skipped*"])


def test_require_fails_under_ci_and_skips_elsewhere(monkeypatch, tmp_path):
    missing = tmp_path / "absent.md"
    for needed in (missing, "no-such-tool-tearsheet"):
        monkeypatch.setattr(conftest, "IN_CI", True)
        with pytest.raises(pytest.fail.Exception, match="nothing may be skipped"):
            require(needed)
        monkeypatch.setattr(conftest, "IN_CI", False)
        with pytest.raises(pytest.skip.Exception):
            require(needed)
    assert require(tmp_path) == tmp_path
    assert Path(require("sh")).name == "sh"


def test_the_session_runs_in_utc():
    assert os.environ["TZ"] == "UTC"
    assert time.localtime(0).tm_hour == 0 and time.strftime("%Z") == "UTC"


def test_every_epubcheck_goes_through_one_jvm(epubcheck, epubcheck_batch, seed_build, tmp_path):
    book = seed_build / "2017-04-20-us-china-north-korea.epub"
    broken = tmp_path / "broken.epub"
    broken.write_bytes(book.read_bytes()[: len(book.read_bytes()) // 2])
    assert epubcheck(book).messages == []
    started = EPUBCHECK.starts
    assert started >= 1
    clean, bad = epubcheck_batch([book, broken])
    assert clean.messages == [] and bad.counts["FATAL"] + bad.counts["ERROR"] >= 1
    assert epubcheck(book).messages == []  # still answering after a broken book
    assert EPUBCHECK.starts == started
