"""Bounded reads of untrusted files and atomic writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tearsheet.files import FileReadError, read_bounded, write_atomic


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a.pdf"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_write_atomic_keeps_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "a.pdf"
    write_atomic(target, b"good")

    def fail(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"half")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_write_atomic_gives_readable_files_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "a.md", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.md").stat().st_mode) == 0o644


def test_write_atomic_without_replace_keeps_the_existing_file(tmp_path):
    target = tmp_path / "a.md"
    write_atomic(target, b"first")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_read_bounded_reads_a_regular_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    assert read_bounded(tmp_path / "a.txt", 3) == b"abc"
    with pytest.raises(FileReadError, match="limit is 2"):
        read_bounded(tmp_path / "a.txt", 2)


def test_read_bounded_refuses_a_fifo_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(FileReadError, match="not a regular file"):
        read_bounded(tmp_path / "pipe", 100)


def test_read_bounded_refuses_devices_whose_size_lies():
    with pytest.raises(FileReadError, match="not a regular file"):
        read_bounded(Path("/dev/zero"), 100)
