"""Shared fixtures: built outputs, validators, a guard against unexpected WeasyPrint warnings."""

from __future__ import annotations

import difflib
import logging
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.database import DirectoryBasedExampleDatabase, ReadOnlyDatabase

from tearsheet.cli import main

from ciguard import (  # noqa: F401 (hooks: a CI run that skips anything fails)
    IN_CI,
    pytest_runtest_logreport,
    pytest_sessionfinish,
    pytest_terminal_summary,
)
from validators import SERVER as EPUBCHECK
from validators import (
    EpubCheckReport,
    ValidatorMissingError,
    run_ace,
    run_epubcheck,
    run_epubcheck_batch,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEED = ROOT / "content" / "2017-04-20-us-china-north-korea.md"


def _shared(name: str) -> Path:
    """shared/<name>: shared/ is a sibling of the clone (CI), or of a folder of worktrees."""
    return next(
        (
            folder / "shared" / name
            for folder in ROOT.parents
            if (folder / "shared" / name).exists()
        ),
        ROOT.parent / "shared" / name,
    )


CORPUS = _shared("corpus")
# The seed article as copied from the web, which content/'s seed was imported from.
SEED_TEXT = _shared("seed") / "000_2efd9f7df2d0784f.txt"
# Hypothesis keeps the examples it found failing here, in the repository, and replays them
# first on every run; CI only reads them.
EXAMPLES = Path(__file__).parent / "hypothesis-examples"


def _missing(message: str) -> None:
    if IN_CI:
        pytest.fail(f"{message} (CI=true: nothing may be skipped)")
    pytest.skip(message)


def require(needed: str | Path) -> str | Path:
    """What a test needs: a command-line tool (a name, returned as its path) or a file or
    folder (a Path, returned as is). Missing, it fails under CI=true and skips elsewhere."""
    if isinstance(needed, Path):
        if not needed.exists():
            _missing(f"{needed} is missing")
        return needed
    path = shutil.which(needed)
    if path is None:
        _missing(f"{needed} is not installed (make test installs it: scripts/system-deps --test)")
    return path


GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the files in tests/golden/ from this run (or TEARSHEET_UPDATE_GOLDEN=1)",
    )


@pytest.fixture
def golden(request):
    """Compare a text with tests/golden/<name> exactly; with --update-golden (or
    TEARSHEET_UPDATE_GOLDEN=1) write it there instead. Review the diff before committing."""
    update = request.config.getoption("--update-golden") or os.environ.get(
        "TEARSHEET_UPDATE_GOLDEN"
    ) in ("1", "true")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            if IN_CI:
                pytest.fail("golden files are not rewritten under CI=true")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path}: run pytest with --update-golden and review it")
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                f"golden/{name}",
                "this run",
                lineterm="",
            )
            pytest.fail(
                f"output differs from tests/golden/{name} (if the change is intended, rerun "
                "with --update-golden and commit the new file):\n" + "\n".join(diff),
                pytrace=False,
            )

    return check


def pytest_configure(config: pytest.Config) -> None:
    """Pin the time zone for the whole session (and every tool it starts): dates printed by
    pdfinfo and written into outputs must not depend on where the tests run."""
    os.environ["TZ"] = "UTC"
    time.tzset()


_DATABASE = DirectoryBasedExampleDatabase(EXAMPLES)
hypothesis_settings.register_profile(
    "tearsheet",
    database=ReadOnlyDatabase(_DATABASE) if IN_CI else _DATABASE,
    deadline=None,
    print_blob=True,
)
hypothesis_settings.load_profile("tearsheet")


def _validator(run):
    """Wrap a validator run: a missing validator fails under CI and skips elsewhere."""

    def check(*args):
        try:
            return run(*args)
        except ValidatorMissingError as error:
            _missing(str(error))

    return check


@pytest.fixture(scope="session")
def epubcheck_server():
    """The one EPUBCheck JVM of this test process (each xdist worker has its own), ended with
    the session."""
    yield EPUBCHECK
    EPUBCHECK.close()


@pytest.fixture
def epubcheck(epubcheck_server):
    """Validate an EPUB with EPUBCheck (in the session's JVM) and return its report."""
    return _validator(run_epubcheck)


@pytest.fixture
def epubcheck_batch(epubcheck_server):
    """Validate several EPUBs with EPUBCheck (in the session's JVM); one report each."""
    return _validator(run_epubcheck_batch)


@pytest.fixture
def ace():
    """Check an EPUB with Ace by DAISY and return its violations."""
    return _validator(run_ace)


def assert_epubcheck_clean(report: EpubCheckReport) -> None:
    assert report.messages == [], report.summary()


class WeasyPrintWarnings(logging.Handler):
    """Collects WeasyPrint's warnings; a test may declare the ones it expects."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []
        self.expected: list[re.Pattern[str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())

    def expect(self, pattern: str) -> None:
        self.expected.append(re.compile(pattern))

    def unexpected(self) -> list[str]:
        return [m for m in self.records if not any(p.search(m) for p in self.expected)]


@pytest.fixture(autouse=True)
def weasyprint_warnings():
    """Fail any test during which WeasyPrint warned about something it did not expect."""
    handler = WeasyPrintWarnings()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    unexpected = handler.unexpected()
    assert not unexpected, f"unexpected WeasyPrint warnings: {unexpected}"


def build(sources: list[Path], out: Path, *extra: str) -> int:
    """Run ``tearsheet build`` in-process, one job so WeasyPrint's warnings are seen here."""
    return main(["build", *map(str, sources), "--out", str(out), "--jobs", "1", *extra])


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed article built once into HTML, PDF and EPUB for the whole session."""
    out = tmp_path_factory.mktemp("seed")
    assert build([require(SEED)], out) == 0
    return out


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    command = [require("pdftotext"), "-layout"]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    return subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    output = subprocess.run(
        [require("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in output.splitlines())
    }


def write_article(folder: Path, name: str, front: str, body: str = "Body text.\n") -> Path:
    """Write a small article file for a test."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front.strip()}\n---\n\n{body}", encoding="utf-8")
    return path
