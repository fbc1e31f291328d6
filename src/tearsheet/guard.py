"""Per-article work in child processes under a time and memory limit, so one hostile article
cannot hang or exhaust the build."""

from __future__ import annotations

import logging
import multiprocessing
import resource
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_SECONDS = 180.0
DEFAULT_MEMORY_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class Limits:
    """How long and how much address space one article's work may take."""

    seconds: float = DEFAULT_SECONDS
    memory_bytes: int = DEFAULT_MEMORY_BYTES


@dataclass(frozen=True)
class Failure:
    """Why a child process gave no result: over time, out of memory, crashed or raised.

    ``details`` is the traceback when the work raised (a bug), for ``--traceback``.
    """

    message: str
    details: str | None = None


class _LogForwarder(logging.Handler):
    """Keeps the child's WeasyPrint warnings so the parent can log them again."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))


def _child(
    function: Callable[[Any], Any], item: Any, limits: Limits, connection: Connection
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    forwarder = _LogForwarder()
    logging.getLogger("weasyprint").addHandler(forwarder)
    try:
        outcome: tuple[str, Any] = ("ok", function(item))
    except MemoryError:
        outcome = ("failed", _memory_message(limits))
    except Exception as error:  # a bug in the work: reported with its traceback
        failure = Failure(f"failed ({type(error).__name__}: {error})", traceback.format_exc())
        outcome = ("failed", failure)
    try:
        connection.send((outcome, forwarder.records))
    except MemoryError:
        connection.send((("failed", _memory_message(limits)), forwarder.records))
    connection.close()


def _memory_message(limits: Limits) -> str:
    return f"ran out of memory (limit {limits.memory_bytes // 1024**2:,} MB)"


def _receive(connection: Connection, process: Any, limits: Limits) -> Any:
    try:
        (status, value), records = connection.recv()
    except (EOFError, OSError):
        process.join()
        code = process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            return Failure(
                f"crashed ({name}; out of memory? the limit is "
                f"{limits.memory_bytes // 1024**2:,} MB)"
            )
        return Failure(f"crashed (exit status {code})")
    finally:
        connection.close()
    process.join()
    logger = logging.getLogger("weasyprint")
    if logger.hasHandlers():
        for level, message in records:
            logger.log(level, "%s", message)
    if status == "ok" or isinstance(value, Failure):
        return value
    return Failure(value)


def run_limited(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    limits: Limits,
    jobs: int = 1,
) -> Iterator[Result | Failure]:
    """Apply ``function`` to each item in its own forked child, ``jobs`` at a time.

    Yields results in the order of ``items``; a child that runs over time is killed and
    yields a Failure, as does one that runs out of memory or crashes.
    """
    context = multiprocessing.get_context("fork")
    pending = list(items)
    done: dict[int, Result | Failure] = {}
    running: dict[Connection, tuple[int, Any, float]] = {}
    started = emitted = 0
    try:
        while emitted < len(pending):
            while started < len(pending) and len(running) < max(1, jobs):
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(
                    target=_child, args=(function, pending[started], limits, sender), daemon=True
                )
                process.start()
                sender.close()
                running[receiver] = (started, process, time.monotonic() + limits.seconds)
                started += 1
            if running:
                soonest = min(deadline for _, _, deadline in running.values())
                for connection in wait(list(running), max(0.0, soonest - time.monotonic())):
                    index, process, _ = running.pop(connection)  # type: ignore[arg-type]
                    done[index] = _receive(connection, process, limits)  # type: ignore[arg-type]
                now = time.monotonic()
                for connection, (index, process, deadline) in list(running.items()):
                    if now >= deadline:
                        process.kill()
                        process.join()
                        connection.close()
                        del running[connection]
                        done[index] = Failure(f"took longer than {limits.seconds:g} s")
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        for connection, (_, process, _) in running.items():
            process.kill()
            process.join()
            connection.close()
