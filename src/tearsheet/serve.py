"""`tearsheet serve`: build/ over HTTP, rebuilt in the background as content changes."""

from __future__ import annotations

import html
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from tearsheet.article import Article
from tearsheet.build import BuildOptions, build_articles, parse_sources
from tearsheet.errors import ContentError, printable
from tearsheet.publish import publish
from tearsheet.settings import BookSettings
from tearsheet.source import find_sources

EVENTS_PATH = "/__tearsheet/events"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".pdf": "application/pdf",
    ".epub": "application/epub+zip",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}
OPDS_NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
OPDS_ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
# Injected into served HTML only, never written into build/: reload when a build finishes.
RELOAD_SCRIPT = (
    "<script>/* tearsheet serve: live reload */"
    f"new EventSource('{EVENTS_PATH}').onmessage = () => location.reload();</script>"
)


def content_type(relative: str) -> str:
    """The media type tearsheet serves a build/ file as (e-readers decide by it)."""
    name = relative.rsplit("/", 1)[-1]
    if name.endswith(".kepub.epub"):
        return "application/kepub+zip"
    if relative == "opds/index.xml":
        return OPDS_NAVIGATION
    if relative == "opds/opensearch.xml":
        return "application/opensearchdescription+xml"
    if relative.startswith("opds/") and name.endswith(".xml"):
        return OPDS_ACQUISITION
    if name == "feed.xml":
        return "application/atom+xml"
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return CONTENT_TYPES.get(suffix, "application/octet-stream")


def decorate_page(page: bytes, problems: Iterable[str]) -> bytes:
    """A served HTML page with the reload script and, after a failed build, a banner."""
    problems = list(problems)
    banner = ""
    if problems:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in problems[:20])
        banner = (
            '<div role="alert" style="position:sticky;top:0;z-index:99;margin:0;padding:.75rem '
            '1rem;background:#8b1a1a;color:#fff;font:14px/1.4 system-ui,sans-serif">'
            f"<strong>tearsheet: the last build had {len(problems)} problem"
            f'{"s" if len(problems) != 1 else ""}</strong><ul style="margin:.25rem 0 0">'
            f"{items}</ul></div>"
        )
    text = page.decode("utf-8", "replace")
    if banner:
        start = text.lower().find("<body")
        close = text.find(">", start) if start >= 0 else -1
        text = text[: close + 1] + banner + text[close + 1 :] if close >= 0 else banner + text
    end = text.lower().rfind("</body>")
    text = text[:end] + RELOAD_SCRIPT + text[end:] if end >= 0 else text + RELOAD_SCRIPT
    return text.encode("utf-8")


@dataclass
class ServeState:
    """What the server threads share: the last build's problems and a build counter."""

    problems: list[str] = field(default_factory=list)
    generation: int = 0
    changed: threading.Condition = field(default_factory=threading.Condition)
    stopping: threading.Event = field(default_factory=threading.Event)

    def finished(self, problems: list[str], wrote: bool) -> None:
        with self.changed:
            self.problems = problems
            if wrote or problems:
                self.generation += 1
            self.changed.notify_all()


class Builder:
    """Rebuilds in one background thread, so at most one build runs at a time; the site
    covers every article, while only changed sources are read again."""

    def __init__(
        self,
        sources: list[Path],
        options: BuildOptions,
        config: Path,
        state: ServeState,
        jobs: int,
        say: Callable[[str], None],
    ):
        self.sources, self.options, self.config = sources, options, config
        self.state, self.jobs, self.say = state, jobs, say
        self.articles: dict[Path, Article] = {}
        self.errors: dict[Path, str] = {}
        self.requests: queue.Queue[set[Path] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="tearsheet-build", daemon=True)

    def start(self) -> None:
        self.requests.put(set())  # the first build reads everything
        self.thread.start()

    def request(self, changed: set[Path]) -> None:
        self.requests.put(changed)

    def stop(self) -> None:
        self.requests.put(None)
        self.thread.join(timeout=30)

    def _run(self) -> None:
        first = True
        while True:
            item = self.requests.get()
            if item is None:
                return
            changed = set(item)
            while not self.requests.empty():  # everything saved meanwhile, in one build
                more = self.requests.get()
                if more is None:
                    return
                changed |= more
            try:
                self.rebuild(None if first else changed)
            except Exception as error:  # a bug must not stop the server: report it, go on
                line = f"tearsheet serve: build failed ({type(error).__name__}: {error})"
                self.say(printable(line))
                self.state.finished([line], wrote=False)
            first = False

    def rebuild(self, changed: set[Path] | None) -> None:
        """Read the changed sources again (all of them when ``changed`` is None), render
        what is stale, then write the site and catalog."""
        paths = find_sources(source for source in self.sources if source.exists())
        current = {path.resolve() for path in paths}
        for gone in set(self.articles) | set(self.errors):
            if gone not in current:
                self.articles.pop(gone, None)
                self.errors.pop(gone, None)
        wanted = [
            path
            for path in paths
            if changed is None
            or path.resolve() in changed
            or (path.resolve() not in self.articles and path.resolve() not in self.errors)
        ]
        if wanted:
            parsed = parse_sources(wanted, self.options.limits, self.jobs, self.options.static)
            for path in wanted:
                self.articles.pop(path.resolve(), None)
                self.errors.pop(path.resolve(), None)
            for article in parsed.articles:
                self.articles[article.path.resolve()] = article
            for error in parsed.errors:
                key = Path(str(error.path)).resolve() if error.path else Path("?")
                self.errors[key] = str(error)
            for notice in parsed.notices:
                self.say(str(notice))
        problems = list(self.errors.values())
        for line in problems:
            self.say(line)
        articles = sorted(self.articles.values(), key=lambda a: str(a.path))
        written = 0
        for result in build_articles(articles, self.options, jobs=self.jobs):
            for notice in result.notices:
                self.say(str(notice))
            if result.error:
                problems.append(str(result.error))
                self.say(str(result.error))
            for path in result.written:
                written += 1
                self.say(f"wrote {path}")
        published = publish(
            articles,
            self.options.out,
            self.options.theme,
            self._folders(),
            self.config,
            book_settings=BookSettings(self.options.print, self.options.ebook),
        )
        for notice in published.notices:
            self.say(str(notice))
        for error in published.errors:
            problems.append(str(error))
            self.say(str(error))
        written += len(published.written)
        self.state.finished(problems, wrote=bool(written))
        self.say(
            f"built: {len(articles)} article{'s' if len(articles) != 1 else ''}, "
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        )

    def _folders(self) -> list[Path]:
        return [source for source in self.sources if source.is_dir()]


def make_handler(out: Path, state: ServeState) -> type[SimpleHTTPRequestHandler]:
    root = out.resolve()

    class Handler(SimpleHTTPRequestHandler):
        """Files from build/ only, with their media types; no directory listings."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, format: str, *args) -> None:
            """Requests are not logged: the terminal is for build messages."""

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == EVENTS_PATH:
                self._events()
                return
            target = self._resolve(unquote(parts.path))
            if target is None:
                self.send_error(HTTPStatus.NOT_FOUND, "Not found")
                return
            relative = target.relative_to(root).as_posix()
            data = target.read_bytes()
            if relative.endswith(".html"):
                with state.changed:
                    problems = list(state.problems)
                data = decorate_page(data, problems)
            elif relative == "opds/search.xml" and parse_qs(parts.query).get("q"):
                data = _search(root, parse_qs(parts.query)["q"][0]) or data
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type(relative))
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def do_HEAD(self) -> None:
            self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)

        def _resolve(self, path: str) -> Path | None:
            """The file under build/ a URL names; folders give their index.html or nothing,
            and nothing outside build/ (or hidden) is ever served."""
            candidate = (root / path.lstrip("/")).resolve()
            if not candidate.is_relative_to(root):
                return None
            if any(part.startswith(".") for part in candidate.relative_to(root).parts):
                return None
            if candidate.is_dir():
                candidate = candidate / "index.html"
            return candidate if candidate.is_file() else None

        def _events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            with state.changed:
                seen = state.generation
            try:
                self.wfile.write(b": connected\n\n")
                self.wfile.flush()
                while not state.stopping.is_set():
                    with state.changed:
                        state.changed.wait(timeout=5)
                        current = state.generation
                    message = b"data: reload\n\n" if current != seen else b": ping\n\n"
                    seen = current
                    self.wfile.write(message)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

    return Handler


def _search(root: Path, query: str) -> bytes | None:
    """Answer an OPDS search from the built catalog's newest feed (entries that match)."""
    from lxml import etree

    try:
        feed = etree.parse(str(root / "opds" / "newest.xml")).getroot()
    except (OSError, etree.XMLSyntaxError):
        return None
    atom = "{http://www.w3.org/2005/Atom}"
    words = query.casefold().split()
    for entry in feed.findall(f"{atom}entry"):
        text = " ".join(entry.itertext()).casefold()
        if not all(word in text for word in words):
            feed.remove(entry)
    feed.find(f"{atom}title").text = f"Search results for “{query}”"
    feed.find(f"{atom}link[@rel='self']").set("href", "search.xml")
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def watch_paths(sources: list[Path], options: BuildOptions, config: Path) -> list[Path]:
    """What to watch: the content (with its collections), the theme, the site's static
    folders (an edited image there rebuilds the articles that show it) and tearsheet.toml."""
    paths = [source for source in sources if source.exists()]
    paths.append(options.theme.folder)
    paths += [folder for folder in options.static if folder.is_dir()]
    if config.is_file():
        paths.append(config)
    return paths


def serve(
    sources: list[Path],
    options: BuildOptions,
    config: Path,
    host: str,
    port: int,
    jobs: int = 1,
    say: Callable[[str], None] | None = None,
) -> int:
    """Build, serve build/ and rebuild on every change until Ctrl-C."""
    import watchfiles

    def print_line(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    say = say or print_line
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C is how serve stops, even when started where SIGINT is ignored (a script's
        # background job, a parent that ignores it): Python then leaves it ignored.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    state = ServeState()
    options.out.mkdir(parents=True, exist_ok=True)
    try:
        server = ThreadingHTTPServer((host, port), make_handler(options.out, state))
    except OSError as error:
        raise ContentError(
            None, f"serve: cannot listen on {host}:{port}: {error.strerror}"
        ) from None
    server.daemon_threads = True
    builder = Builder(sources, options, config, state, jobs, say)
    shown = f"[{host}]" if ":" in host else host
    print(
        f"serving {options.out} at http://{shown}:{server.server_address[1]}/ "
        "(OPDS catalog: /opds/index.xml); Ctrl-C stops",
        flush=True,
    )
    threading.Thread(target=server.serve_forever, name="tearsheet-http", daemon=True).start()
    builder.start()
    out = options.out.resolve()
    try:
        for changes in watchfiles.watch(
            *watch_paths(sources, options, config),
            stop_event=state.stopping,
            debounce=300,
            step=50,
            raise_interrupt=True,
            rust_timeout=1000,
        ):
            changed = {Path(path).resolve() for _, path in changes}
            changed = {path for path in changed if not path.is_relative_to(out)}
            if changed:
                builder.request(changed)
    except KeyboardInterrupt:
        pass
    finally:
        state.stopping.set()
        with state.changed:
            state.changed.notify_all()
        server.shutdown()
        server.server_close()
        builder.stop()
    print("tearsheet serve: stopped", flush=True)
    return 0
