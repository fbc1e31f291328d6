"""The scheduler imports, before the workers fork, every module build_article imports."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys

from tearsheet import build


def test_every_module_build_article_imports_is_imported_before_the_fork():
    """A worker forked while another thread (the preview server's HTTP thread) holds a
    module's import lock waits forever if it imports that module itself; so the parent
    imports them all first. This reads build_article's own imports, so a new one is caught."""
    tree = ast.parse(inspect.getsource(build.build_article))
    needed = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module.startswith("tearsheet.")
    }
    assert {"tearsheet.pdf", "tearsheet.site", "tearsheet.web"} <= needed
    script = (
        "import sys\n"
        "from tearsheet.scheduler import import_renderers\n"
        "import_renderers(('html', 'pdf', 'epub'))\n"
        f"missing = sorted(set({sorted(needed)!r}) - set(sys.modules))\n"
        "print(missing)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
