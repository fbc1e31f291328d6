"""The worker pool: warm workers reused, limits kept per item, nothing outlives the build."""

from __future__ import annotations

import gc
import os
import resource
import signal
import subprocess
import sys
import tempfile
import textwrap
import time

from tearsheet.guard import Failure, Limits, WorkerPool, run_limited


def _virtual_bytes() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) * 1024


def _pid(item: object) -> int:
    return os.getpid()


def _hostile(item: str) -> int:
    if item == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "hang":
        time.sleep(60)
    if item == "raise":
        raise ValueError("bad article")
    if item == "huge":
        return len(bytearray(4 * 1024**3))
    return os.getpid()


def _started(item: int) -> float:
    time.sleep(0.05)
    return time.monotonic()


def _cpu_limit(item: object) -> tuple[float, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, resource.getrlimit(resource.RLIMIT_CPU)[0]


def _spin(item: object) -> None:
    while True:
        pass


def test_one_worker_serves_many_items_and_is_recycled():
    with WorkerPool(Limits(seconds=30), jobs=1, recycle_after=3) as pool:
        pids = [pid for _, pid in pool.run(_pid, range(7))]
        again = [pid for _, pid in pool.run(_pid, range(2))]
    assert pids[0] == pids[1] == pids[2] != pids[3]
    assert pids[3] == pids[4] == pids[5] != pids[6]
    assert os.getpid() not in pids
    assert again[0] == pids[6], "an idle worker is reused by the next run"


def test_hostile_items_get_one_failure_each_and_the_pool_goes_on():
    # The limit counts what the item adds, not the test runner's own address space.
    limits = Limits(seconds=3, memory_bytes=1024**3)
    items = ["a", "crash", "b", "hang", "raise", "huge", "c"]
    started = time.monotonic()
    outcomes = list(run_limited(_hostile, items, limits, jobs=2))
    assert time.monotonic() - started < 30
    assert [isinstance(o, Failure) for o in outcomes] == [
        False, True, False, True, True, True, False,
    ]  # fmt: skip
    assert outcomes[1].message.startswith("crashed (SIGSEGV")
    assert outcomes[3] == Failure("took longer than 3 s")
    assert outcomes[4].message == "failed (ValueError: bad article)"
    assert "ValueError: bad article" in outcomes[4].details
    assert outcomes[5].message.startswith("ran out of memory (limit ")


def _allocate(item: int) -> int:
    return len(bytearray(item))


def test_the_memory_limit_counts_what_an_item_adds_not_what_the_parent_holds():
    # A worker is forked: it starts with the parent's address space. A parent grown past
    # the limit (a test runner after many tests) failed every item with MemoryError.
    import mmap

    reserved = mmap.mmap(-1, 3 * 1024**3)  # address space, never touched
    try:
        limits = Limits(seconds=30, memory_bytes=512 * 1024**2)
        assert _virtual_bytes() > limits.memory_bytes
        outcomes = list(run_limited(_allocate, [100 * 1024**2, 2 * 1024**3], limits, jobs=1))
    finally:
        reserved.close()
    assert outcomes[0] == 100 * 1024**2
    assert isinstance(outcomes[1], Failure)
    assert outcomes[1].message.startswith("ran out of memory (limit 512 MB")


def test_costliest_items_are_handed_out_first_and_results_keep_their_order():
    with WorkerPool(Limits(seconds=30), jobs=1) as pool:
        outcomes = list(pool.run(_started, [3, 1, 4, 1.5, 9, 2], cost=float))
    assert [index for index, _ in outcomes] == [0, 1, 2, 3, 4, 5]
    finished = sorted(range(6), key=lambda index: outcomes[index][1])
    assert finished == [4, 2, 0, 5, 3, 1]


def test_workers_carry_a_cpu_limit():
    used, soft = next(run_limited(_cpu_limit, [None], Limits(seconds=5)))
    assert soft != resource.RLIM_INFINITY
    assert used + 5 <= soft <= used + 8


def test_the_cpu_limit_ends_a_spinning_worker_the_parent_cannot_watch():
    (outcome,) = run_limited(_spin, [None], Limits(seconds=2))
    assert isinstance(outcome, Failure)
    # The parent's deadline or the kernel's SIGXCPU, whichever comes first: never a hang.
    assert "2 s" in outcome.message


def test_workers_die_with_a_killed_parent(tmp_path):
    script = textwrap.dedent(
        """
        import sys, time
        from tearsheet.guard import Limits, WorkerPool

        def report(item):
            import os
            os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers never interleave
            time.sleep(120)

        with WorkerPool(Limits(seconds=300), jobs=2) as pool:
            list(pool.run(report, [1, 2]))
        """
    )
    (tmp_path / "parent.py").write_text(script)
    parent = subprocess.Popen(
        [sys.executable, "parent.py"], cwd=tmp_path, stdout=subprocess.PIPE, text=True
    )
    workers: list[int] = []
    while len(workers) < 2:
        line = parent.stdout.readline()
        assert line, "the parent ended before both workers reported"
        if line.strip():
            workers.append(int(line))
    for pid in workers:
        os.kill(pid, 0)  # alive
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _running(pid)]
        time.sleep(0.1)
    assert alive == []


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_run_limited_takes_a_closure_as_before():
    offset = 40

    def add(item: int) -> int:
        return item + offset

    assert list(run_limited(add, [1, 2], Limits(seconds=30), jobs=2)) == [41, 42]


def _leave_a_folder_and_hang(item: str) -> str:
    folder = tempfile.mkdtemp(prefix="weasyprint-")
    with open(os.path.join(folder, "font"), "wb") as font:
        font.write(b"\0" * 1024)
    if item == "hang":
        time.sleep(60)
    return folder


def test_a_killed_worker_s_temporary_files_go_with_the_pool():
    # A worker killed for time cannot remove what it wrote to the temporary directory
    # (WeasyPrint's 8 MB copy of the fonts): its files are in the pool's folder, which
    # close() empties and the pool takes with it.
    pool = WorkerPool(Limits(seconds=2), jobs=1)
    with pool:
        outcomes = dict(pool.run(_leave_a_folder_and_hang, ["hang", "done"]))
        scratch = pool.scratch
        assert outcomes[0] == Failure("took longer than 2 s")
        assert outcomes[1].startswith(scratch + os.sep)
        assert len(os.listdir(scratch)) == 2
    assert os.listdir(scratch) == []
    del pool
    gc.collect()
    assert not os.path.exists(scratch)
