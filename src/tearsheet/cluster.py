"""Building on a Dask cluster: the client ships each article with the files it may read,
workers render under the same limits and return bytes, the client writes them atomically.

Workers need tearsheet installed (``pip install tearsheet[dask]``), not a shared file
system: a worker rebuilds the article's files in a temporary folder, with their names
relative to the article and their modification times, renders there in a limited child
process, and sends back every output's bytes. A worker lost mid-build has its articles
retried by Dask on another one; nothing is written until the whole output has arrived.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tearsheet.article import Article
from tearsheet.errors import ContentError, Notice
from tearsheet.guard import Failure, Limits, WorkerPool
from tearsheet.theme import Theme, default_theme_folder

# How many times Dask may rerun an article whose worker died before it gives up on it.
RETRIES = 2


class ClusterError(Exception):
    """The cluster cannot be reached or used; the message is one line for the user."""


@dataclass(frozen=True)
class Parcel:
    """One article's work as it travels to a worker: the article with paths relative to its
    folder, the bytes and times of the files it may read, and the theme when not built in."""

    article: Article
    formats: tuple[str, ...]
    options: Any  # build.BuildOptions, its out and theme replaced on the worker
    files: dict[str, tuple[bytes, float]]
    theme_files: dict[str, bytes] | None
    source_date_epoch: str | None
    # The files it uses from each of the site's static folders, in the folders' order.
    static_files: tuple[dict[str, tuple[bytes, float]], ...] = ()
    # The articles of the build its refs name (refs.py), resolved on the client.
    targets: dict[str, Any] | None = None


@dataclass
class Delivery:
    """What comes back: each output's bytes by file name, the warnings, or the failure."""

    outputs: dict[str, bytes] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)
    error: str | None = None


def pack(
    article: Article,
    options: Any,
    formats: tuple[str, ...],
    files: list[Path],
    targets: dict[str, Any] | None = None,
) -> Parcel:
    """Read what the article may use (``files``, inside its folder or the site's static
    folders) into a parcel."""
    folder = article.folder.resolve()
    shipped: dict[str, tuple[bytes, float]] = {}
    static = tuple(root.resolve() for root in article.static)
    static_files: tuple[dict[str, tuple[bytes, float]], ...] = tuple({} for _ in static)
    for path in files:
        resolved = path.resolve()
        if not resolved.is_file():
            continue
        if resolved.is_relative_to(folder):
            name = resolved.relative_to(folder).as_posix()
            shipped[name] = (resolved.read_bytes(), resolved.stat().st_mtime)
            continue
        for root, taken in zip(static, static_files, strict=True):
            if resolved.is_relative_to(root):
                name = resolved.relative_to(root).as_posix()
                taken[name] = (resolved.read_bytes(), resolved.stat().st_mtime)
                break
    theme = options.theme.folder.resolve()
    theme_files = None
    if theme != default_theme_folder().resolve():
        theme_files = {
            p.relative_to(theme).as_posix(): p.read_bytes() for p in Theme(theme).files()
        }
    relative = dataclasses.replace(
        article,
        path=Path(article.path.resolve().relative_to(folder)),
        cover=article.cover.resolve().relative_to(folder) if article.cover else None,
        static=(),
        sought=(),
    )
    return Parcel(
        relative,
        formats,
        options,
        shipped,
        theme_files,
        os.environ.get("SOURCE_DATE_EPOCH"),
        static_files,
        targets,
    )


def _render_here(task: tuple) -> Any:
    from tearsheet.build import build_article

    article, options, formats, epoch, targets = task
    if epoch is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    return build_article(article, options, formats, targets)


def _allow_children() -> None:
    """Dask runs its workers as daemonic processes, which multiprocessing forbids to have
    children; the limited child is killed with the worker anyway (PR_SET_PDEATHSIG)."""
    multiprocessing.current_process()._config.pop("daemon", None)  # type: ignore[attr-defined]


_pools = threading.local()


def _warm_pool(limits: Limits) -> WorkerPool:
    """This Dask worker thread's pool of one warm, limited child: WeasyPrint's caches and
    fonts stay loaded between articles, as in a local build."""
    pool = getattr(_pools, "pool", None)
    if pool is None or pool.limits != limits:
        if pool is not None:
            pool.close()
        pool = _pools.pool = WorkerPool(limits, 1, function=_render_here)
    return pool


def render_parcel(parcel: Parcel) -> Delivery:
    """On a worker: lay the files out in a temporary folder, build there, return the bytes."""
    _allow_children()
    # Imported once per worker process, before the limited child forks (WeasyPrint is slow).
    from tearsheet.scheduler import import_renderers

    import_renderers(("pdf", "epub"))
    work = Path(tempfile.mkdtemp(prefix="tearsheet-"))
    try:
        folder = work / "article"
        _lay_out(folder, parcel.files)
        static = tuple(work / "static" / str(index) for index in range(len(parcel.static_files)))
        for root, files in zip(static, parcel.static_files, strict=True):
            _lay_out(root, files)
        theme = Theme.load()
        if parcel.theme_files is not None:
            for name, data in parcel.theme_files.items():
                (work / "theme" / name).parent.mkdir(parents=True, exist_ok=True)
                (work / "theme" / name).write_bytes(data)
            theme = Theme.load(work / "theme")
        article = dataclasses.replace(
            parcel.article,
            path=folder / parcel.article.path,
            cover=folder / parcel.article.cover if parcel.article.cover else None,
            static=static,
        )
        options = dataclasses.replace(parcel.options, out=work / "out", theme=theme, force=True)
        task = (article, options, parcel.formats, parcel.source_date_epoch, parcel.targets)
        ((_, outcome),) = _warm_pool(options.limits).run(_render_here, [task])
        if isinstance(outcome, Failure):
            return Delivery(error=f"rendering {outcome.message}; skipped")
        delivery = Delivery(notices=[_relative(notice, folder) for notice in outcome.notices])
        if outcome.error is not None:
            delivery.error = outcome.error.message.replace(str(folder), _FOLDER)
        for path in outcome.written:
            delivery.outputs[path.name] = path.read_bytes()
        return delivery
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _lay_out(folder: Path, files: dict[str, tuple[bytes, float]]) -> None:
    """Write shipped files under ``folder`` with their names and modification times."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, mtime) in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        os.utime(target, (mtime, mtime))


# Stands for the article's folder in what a worker sends back (its copy is elsewhere).
_FOLDER = "\x00folder\x00"


def _relative(notice: Notice, folder: Path) -> Notice:
    """A worker's notice names a temporary copy: name the article's folder by a marker."""
    message = notice.message.replace(str(folder), _FOLDER)
    if notice.path is not None and Path(notice.path).is_relative_to(folder):
        return dataclasses.replace(
            notice, path=Path(notice.path).relative_to(folder), message=message
        )
    return dataclasses.replace(notice, message=message)


def _located(notice: Notice, shown: Path, folder: Path) -> Notice:
    """Name the user's files again in a notice that came back from a worker."""
    message = notice.message.replace(_FOLDER, str(folder))
    if notice.path is not None and not Path(notice.path).is_absolute():
        return dataclasses.replace(notice, path=shown.parent / notice.path, message=message)
    return dataclasses.replace(notice, message=message)


def dask_setting(table: Any, path: Path) -> str | None:
    """The scheduler address from tearsheet.toml's ``[build] dask = "tcp://host:8786"``."""
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ContentError(path, "'build': expected a table [build]")
    unknown = sorted(set(table) - {"dask"})
    if unknown:
        raise ContentError(path, f"[build]: unknown setting '{unknown[0]}'")
    address = table.get("dask")
    if address is None:
        return None
    if not isinstance(address, str) or not re.match(
        r"^(tcp|tls|inproc|ucx|ws|wss)://\S+$", address
    ):
        raise ContentError(
            path,
            f"[build] 'dask': expected a scheduler address like tcp://host:8786, got {address!r}",
        )
    return address


def connect(address: str) -> Any:
    """A Dask client for ``address`` (tcp://host:8786), or a ClusterError in one line."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'tearsheet[dask]'") from None
    try:
        return Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def render_on_cluster(
    client: Any,
    parcels: list[Parcel],
    costs: list[float] | None = None,
) -> Iterator[tuple[int, Delivery]]:
    """Send every parcel to the cluster (the costliest first); yield (index, delivery) as
    each finishes. A worker lost mid-article has it retried, up to RETRIES times."""
    from distributed import as_completed

    futures = {}
    for index, parcel in enumerate(parcels):
        future = client.submit(
            render_parcel,
            parcel,
            pure=False,
            retries=RETRIES,
            priority=int(costs[index]) if costs else 0,
        )
        futures[future] = index
    for future in as_completed(futures, loop=client.loop):
        index = futures[future]
        try:
            yield index, future.result()
        except Exception as error:  # a worker that kept dying: one line, the rest go on
            yield index, Delivery(error=f"failed on the cluster ({type(error).__name__}: {error})")


def deliver(
    delivery: Delivery, article: Article, out: Path, shown: Path
) -> tuple[list[Path], list[Notice], ContentError | None]:
    """Write a delivery's outputs atomically into ``out``; return what was written, the
    notices naming the user's file, and the error if the article failed."""
    from tearsheet.files import write_atomic

    written = []
    for name, data in delivery.outputs.items():
        target = out / Path(name).name
        write_atomic(target, data)
        written.append(target)
    folder = article.folder.resolve()
    notices = [_located(notice, shown, folder) for notice in delivery.notices]
    message = delivery.error.replace(_FOLDER, str(folder)) if delivery.error else None
    error = ContentError(shown, message) if message else None
    return written, notices, error
