"""Per-article work in long-lived worker processes under a time and memory limit, so one
hostile article cannot hang or exhaust the build, and the rest do not pay for a fresh process.

A worker is forked once (after the parent imported WeasyPrint), then serves article after
article, keeping WeasyPrint's, fontconfig's and the templates' caches warm. The limits stay
per article: the parent kills a worker whose article runs over time and starts another; a
worker whose article ran out of memory, whose memory grew past half the limit, or that has
served ``recycle_after`` articles exits and is replaced. Workers die with their parent
(PR_SET_PDEATHSIG on Linux, and a watch on the parent's pid everywhere) and carry an
RLIMIT_CPU, so a killed build leaves nothing running.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import faulthandler
import logging
import math
import multiprocessing
import os
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

DEFAULT_SECONDS = 180.0
DEFAULT_MEMORY_BYTES = 2 * 1024**3
# Articles one worker serves before it is replaced: bounds slow growth of caches and heap.
RECYCLE_AFTER = 50
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Limits:
    """How long and how much address space one article's work may take."""

    seconds: float = DEFAULT_SECONDS
    memory_bytes: int = DEFAULT_MEMORY_BYTES


@dataclass(frozen=True)
class Failure:
    """Why a worker gave no result: over time, out of memory, crashed or raised.

    ``details`` is the traceback when the work raised (a bug), for ``--traceback``.
    """

    message: str
    details: str | None = None


class _LogForwarder(logging.Handler):
    """Keeps the worker's WeasyPrint warnings so the parent can log them again."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))


def _memory_message(limits: Limits) -> str:
    return f"ran out of memory (limit {limits.memory_bytes // 1024**2:,} MB)"


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` ends, even by SIGKILL.

    Linux delivers SIGKILL on the parent's death (PR_SET_PDEATHSIG); elsewhere, and for the
    race where the parent died before the call, a daemon thread watches the parent's pid.
    """
    library = ctypes.util.find_library("c")
    if sys.platform.startswith("linux") and library:
        libc = ctypes.CDLL(library, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _limit_cpu(seconds: float) -> None:
    """Allow this process ``seconds`` more CPU time (SIGXCPU, then SIGKILL, beyond it)."""
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(_cpu_seconds() + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _resident_bytes() -> int:
    return _statm_bytes(1)


def _address_space() -> int:
    """This process's address space in bytes (0 where /proc does not say)."""
    return _statm_bytes(0)


def _statm_bytes(field: int) -> int:
    """A field of /proc/self/statm (0 the address space, 1 the resident set) in bytes."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[field]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _serve(
    connection: Connection,
    limits: Limits,
    parent: int,
    recycle_after: int,
    bound: Callable[[Any], Any] | None,
    scratch: str,
) -> None:
    """A worker's loop: receive (function, item), send back the outcome and the warnings.

    A function of None means ``bound``, the one given to the pool, which came with the fork
    and so need not be picklable (a closure, say). The worker's temporary files go into the
    pool's ``scratch`` folder, which the pool removes: a worker killed for time or memory
    cannot remove its own (WeasyPrint's copy of the fonts is 8 MB)."""
    tempfile.tempdir = scratch
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    faulthandler.disable()  # a crash is reported as one line by the parent, not a dump
    # Never write through the parent's progress display (its lock may be held at the fork).
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    die_with_parent(parent)
    # The limit is on what the article's work adds: the forked worker starts with the
    # parent's address space (a long-lived parent, a test runner, has grown to a gigabyte
    # or more), which a bare RLIMIT_AS would count against the article.
    ceiling = _address_space() + limits.memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    logger = logging.getLogger("weasyprint")
    for served in range(1, recycle_after + 1):
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:  # the parent's "stop"
            return
        function, item = task
        function = function or bound
        _limit_cpu(limits.seconds)
        forwarder = _LogForwarder()
        logger.addHandler(forwarder)
        retire = served == recycle_after
        try:
            outcome: tuple[str, Any] = ("ok", function(item))
        except MemoryError:
            outcome, retire = ("failed", _memory_message(limits)), True
        except Exception as error:  # a bug in the work: reported with its traceback
            failure = Failure(f"failed ({type(error).__name__}: {error})", traceback.format_exc())
            outcome = ("failed", failure)
        finally:
            logger.removeHandler(forwarder)
        retire = retire or _resident_bytes() > limits.memory_bytes // 2
        try:
            connection.send((outcome, forwarder.records, retire))
        except MemoryError:
            connection.send((("failed", _memory_message(limits)), forwarder.records, True))
            return
        except Exception as error:  # an outcome that cannot be pickled: say so, stay up
            message = f"failed (result not sendable: {type(error).__name__}: {error})"
            connection.send((("failed", message), forwarder.records, retire))
        if retire:
            return


class _Worker:
    """The parent's handle on one worker process."""

    def __init__(
        self,
        context: Any,
        limits: Limits,
        recycle_after: int,
        bound: Callable | None,
        scratch: str,
    ) -> None:
        self.connection, child = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_serve,
            args=(child, limits, os.getpid(), recycle_after, bound, scratch),
            daemon=True,
        )
        self.process.start()
        child.close()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):  # a worker already gone needs no "stop"
                self.connection.send(None)
        self.connection.close()
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()

    def crash_message(self, limits: Limits) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            if name == "SIGXCPU":
                return f"used more than {limits.seconds:g} s of processor time"
            return (
                f"crashed ({name}; out of memory? the limit is "
                f"{limits.memory_bytes // 1024**2:,} MB)"
            )
        return f"crashed (exit status {code})"


class WorkerPool:
    """Up to ``jobs`` long-lived workers, each item under ``limits``; reusable across calls."""

    def __init__(
        self,
        limits: Limits,
        jobs: int = 1,
        recycle_after: int = RECYCLE_AFTER,
        function: Callable | None = None,
    ) -> None:
        """``function``, when given, reaches the workers with the fork instead of by
        pickling, so it may be a closure; ``run`` with it sends only the items."""
        self.limits = limits
        self.function = function
        self.jobs = max(1, jobs)
        self.recycle_after = max(1, recycle_after)
        self._context = multiprocessing.get_context("fork")
        self._idle: list[_Worker] = []
        # The workers' temporary folder: emptied by close(), removed with the pool.
        self.scratch = tempfile.mkdtemp(prefix="tearsheet-workers-")
        self._remove_scratch = weakref.finalize(
            self, shutil.rmtree, self.scratch, ignore_errors=True
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every idle worker (busy ones are stopped when their run ends), and empty
        the workers' temporary folder, where a killed worker left its files."""
        while self._idle:
            self._idle.pop().stop()
        with contextlib.suppress(FileNotFoundError), os.scandir(self.scratch) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)

    def _receive(self, worker: _Worker) -> tuple[Any, bool]:
        try:
            (status, value), records, retire = worker.connection.recv()
        except (EOFError, OSError):
            return Failure(worker.crash_message(self.limits)), True
        logger = logging.getLogger("weasyprint")
        if logger.hasHandlers():
            for level, message in records:
                logger.log(level, "%s", message)
        if status == "ok" or isinstance(value, Failure):
            return value, retire
        return Failure(value), retire

    def run(
        self,
        function: Callable[[Item], Result],
        items: Iterable[Item],
        cost: Callable[[Item], float] | None = None,
        ordered: bool = True,
    ) -> Iterator[tuple[int, Result | Failure]]:
        """Apply ``function`` to each item in a worker; yield (index, outcome).

        With ``cost``, the costliest items are handed out first, so the workers finish
        together. Outcomes come in the order of ``items`` (``ordered``) or as they finish.
        An item over time has its worker killed and yields a Failure, as does one that runs
        out of memory or crashes the worker; the other items go on.
        """
        pending = list(items)
        queue = list(range(len(pending)))
        if cost is not None:
            queue.sort(key=lambda index: -cost(pending[index]))
        queue.reverse()  # pop() from the end
        done: dict[int, Result | Failure] = {}
        busy: dict[Connection, tuple[_Worker, int, float]] = {}
        emitted = 0
        try:
            while emitted < len(pending):
                while queue and len(busy) < self.jobs:
                    worker = (
                        self._idle.pop()
                        if self._idle
                        else _Worker(
                            self._context,
                            self.limits,
                            self.recycle_after,
                            self.function,
                            self.scratch,
                        )
                    )
                    index = queue.pop()
                    sent = None if function is self.function else function
                    worker.connection.send((sent, pending[index]))
                    deadline = time.monotonic() + self.limits.seconds
                    busy[worker.connection] = (worker, index, deadline)
                if busy:
                    soonest = min(deadline for _, _, deadline in busy.values())
                    for connection in wait(list(busy), max(0.0, soonest - time.monotonic())):
                        worker, index, _ = busy.pop(connection)  # type: ignore[arg-type]
                        done[index], retire = self._receive(worker)
                        if retire:
                            worker.stop()
                        else:
                            self._idle.append(worker)
                    now = time.monotonic()
                    for connection, (worker, index, deadline) in list(busy.items()):
                        if now >= deadline:
                            del busy[connection]
                            worker.stop(kill=True)
                            done[index] = Failure(f"took longer than {self.limits.seconds:g} s")
                if ordered:
                    while emitted in done:
                        yield emitted, done.pop(emitted)
                        emitted += 1
                else:
                    for index in list(done):
                        yield index, done.pop(index)
                        emitted += 1
        finally:
            for worker, _, _ in busy.values():
                worker.stop(kill=True)


def run_limited(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    limits: Limits,
    jobs: int = 1,
    cost: Callable[[Item], float] | None = None,
) -> Iterator[Result | Failure]:
    """Apply ``function`` to each item in a pool of ``jobs`` workers under ``limits``.

    Yields results in the order of ``items``; an item that runs over time, out of memory or
    crashes its worker yields a Failure and the rest go on.
    """
    with WorkerPool(limits, jobs, function=function) as pool:
        for _, outcome in pool.run(function, items, cost):
            yield outcome
