"""WeasyPrint imported quickly: the same libraries opened as by a plain import, ctypes left
as it was, and a library that needs the real search still found."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT

LIBRARIES = ("libgobject", "libpango-", "libpangoft2", "libharfbuzz", "libfontconfig")

MAPS = """
import sys, ctypes.util
original = ctypes.util.find_library
{imports}
assert ctypes.util.find_library is original
maps = open("/proc/self/maps").read().split()
print("\\n".join(sorted({{p for p in maps if p.startswith("/") and ".so" in p
                          and any(n in p for n in {names!r})}})))
"""


def _opened(imports: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", MAPS.format(imports=imports, names=LIBRARIES)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def test_the_quick_import_opens_the_libraries_a_plain_one_does():
    quick = _opened("import tearsheet.engine")
    assert quick == _opened("import weasyprint")
    assert len(quick) >= 5  # pango, pangoft2, harfbuzz, fontconfig, gobject at least


def test_a_library_that_needs_the_real_search_is_still_found(tmp_path):
    package = tmp_path / "needssearch"
    package.mkdir()
    (package / "__init__.py").write_text(
        "import ctypes.util\n"
        "found = ctypes.util.find_library('c')\n"
        "if found is None:\n"
        "    print('could not open libc')\n"
        "    raise OSError('libc not found')\n"
    )
    script = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n"
        "from tearsheet.engine import import_quickly\n"
        "print('found', import_quickly('needssearch').found)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.startswith("found libc.so")
    assert "could not open" not in done.stdout


BUILD = """
import sys
from tearsheet.cli import main
sys.exit(main(["build", "--formats", "pdf", "--jobs", sys.argv[1], "--force", "content"]))
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_build_leaves_no_font_folder_in_the_temporary_directory(tmp_path, jobs):
    # WeasyPrint copies the fonts into a folder it removes only when its configuration is
    # collected; the cached one (and a worker's, which leaves by os._exit) never was: each
    # build left 8 MB behind, and an archive's builds filled the disk.
    (tmp_path / "content").mkdir()
    for source in sorted((ROOT / "content").glob("*.md"))[:2]:
        (tmp_path / "content" / source.name).write_text(source.read_text(encoding="utf-8"))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", BUILD, jobs],
        cwd=tmp_path,
        env={**os.environ, "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "build").glob("*.pdf"))) == 2
    assert list(temporary.glob("weasyprint-*")) == []
