"""WeasyPrint, the layout engine, imported without ctypes' slow library search on Linux.

WeasyPrint opens Pango, HarfBuzz, Fontconfig and GObject through cffi, trying the Windows
and macOS names of each first. cffi answers every name that fails to open with
``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and then gcc and ld: 22
calls and about 50 processes, 0.25-0.3 s of every cold start. The names that work on Linux
(``libpango-1.0.so.0``) are opened straight by the dynamic loader without that search, so
here it answers "not found" at once while WeasyPrint is imported; should that leave a
library unopened on some unusual system, the import is redone with the real search.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes.util
import importlib
import io
import multiprocessing
import multiprocessing.util
import os
import shutil
import sys
import weakref
from types import ModuleType


def import_quickly(name: str) -> ModuleType:
    """Import ``name`` with ``find_library`` short-circuited (Linux only), falling back to
    a normal import if that fails with OSError, as a library that cannot be opened does."""
    if name in sys.modules or not sys.platform.startswith("linux"):
        return importlib.import_module(name)
    original = ctypes.util.find_library
    ctypes.util.find_library = _not_found
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # WeasyPrint prints its failures
            return importlib.import_module(name)
    except OSError:
        for loaded in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[loaded]
    finally:
        ctypes.util.find_library = original
    return importlib.import_module(name)


def _not_found(_name: str) -> None:
    return None


import_quickly("weasyprint")

from weasyprint import CSS, HTML, Document  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

__all__ = [
    "CSS",
    "HTML",
    "Document",
    "FontConfiguration",
    "URLFetcher",
    "URLFetcherResponse",
    "font_configuration",
]

# The font configurations made here, each with the process that made it.
_MADE: list[tuple[int, weakref.ref[FontConfiguration]]] = []
_CLEANING: set[int] = set()  # the processes that remove their folders when they end


def font_configuration() -> FontConfiguration:
    """A WeasyPrint font configuration whose font folder goes when this process ends.

    WeasyPrint copies a document's @font-face files into a temporary folder of its own (8 MB
    of our fonts) and removes it only when the configuration is collected, which a cached
    one never is before the process ends, nor one in a worker that leaves by ``os._exit``:
    each build left such a folder in the temporary directory, thousands over a few days."""
    fonts = FontConfiguration()
    _MADE.append((os.getpid(), weakref.ref(fonts)))
    if os.getpid() not in _CLEANING:
        _CLEANING.add(os.getpid())
        if multiprocessing.parent_process() is None:
            atexit.register(remove_font_folders)
        else:
            # A worker ends by os._exit, after multiprocessing's own finalizers, not atexit's.
            multiprocessing.util.Finalize(None, remove_font_folders, exitpriority=0)
    return fonts


def remove_font_folders() -> None:
    """Remove the font folders of the configurations this process made and still holds
    (a forked worker inherits its parent's, which are not its to remove)."""
    for owner, made in _MADE:
        fonts = made()
        folder = getattr(fonts, "_folder", None)
        if owner == os.getpid() and folder:
            shutil.rmtree(folder, ignore_errors=True)
