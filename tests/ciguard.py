"""pytest hooks that fail a CI=true run in which any test was skipped: CI must check all."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"
# Tests this process saw skipped (under xdist the controller sees every worker's reports).
_SKIPPED: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if IN_CI and _SKIPPED and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if IN_CI and _SKIPPED:
        terminalreporter.write_line(
            f"CI=true: {len(_SKIPPED)} test(s) skipped, so the run fails: {', '.join(_SKIPPED)}",
            red=True,
        )
