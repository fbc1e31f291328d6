"""Take the README's pictures of the downloads site and `tearsheet serve` with Playwright and
Debian's Chromium (the tooling the browser test uses). Run after `make`:

    .venv/bin/python tools/screenshots.py build docs
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tearsheet.serve import decorate_page

CHROMIUM = "/usr/bin/chromium"


def main(build: Path, docs: Path) -> None:
    articles = sorted(p for p in build.glob("*.html") if p.name != "index.html")
    article = next(p for p in articles if "tidal-power" in p.name)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1000, "height": 1250}, device_scale_factor=1)
        page.goto((build / "index.html").resolve().as_uri())
        page.screenshot(path=str(docs / "site-index.png"))
        page.locator("li.book").screenshot(path=str(docs / "site-collection.png"))
        phone = browser.new_page(viewport={"width": 390, "height": 760}, device_scale_factor=2)
        phone.goto(article.resolve().as_uri())
        phone.screenshot(path=str(docs / "site-article-phone.png"))
        served = decorate_page(
            (build / "index.html").read_bytes(),
            [
                "content/2024-03-11-library-late-fees.md:4: front matter 'date': expected "
                "YYYY-MM-DD, got '11th March'"
            ],
        )
        page.set_content(served.decode("utf-8").replace("new EventSource", "void "))
        page.screenshot(
            path=str(docs / "serve-banner.png"), clip={"x": 0, "y": 0, "width": 1000, "height": 560}
        )
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
