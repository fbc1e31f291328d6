"""Hostile input to `tearsheet import`: linear patterns, bounded reads, time limits, caps."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import socket
import subprocess
import sys
import threading
import time

import pytest

import tearsheet.fetch
import tearsheet.files
from tearsheet import (
    agencies,
    agencycredits,
    agencydatelines,
    anchorlines,
    arabicdates,
    attributions,
    blogbylines,
    boilerplate,
    breadcrumbs,
    bylines,
    bylinesunder,
    bylinetails,
    bylinetitles,
    bylinewords,
    calendars,
    captions,
    closingbylines,
    clutter,
    consent,
    contentslists,
    copyrights,
    credits,
    datelines,
    deks,
    desklines,
    documents,
    entrymarks,
    factboxes,
    gluedlines,
    headblock,
    headcaptions,
    headerlabels,
    headerlines,
    headernames,
    headlines,
    headrank,
    importdates,
    importer,
    imprints,
    issuelines,
    issuernames,
    issuers,
    kickers,
    labelpairs,
    leadinglines,
    letterheads,
    letters,
    letterwords,
    lineends,
    mailsubjects,
    masthead,
    menurows,
    monthnames,
    namelines,
    newsletterrules,
    organisations,
    pagecontrols,
    pagefooters,
    pagehead,
    paragraphs,
    pastedlines,
    paywalls,
    personnames,
    photocredits,
    placemarks,
    places,
    plaintext,
    presslabels,
    pressoffices,
    publicbodies,
    readercalls,
    recognise,
    relatedboxes,
    releasemastheads,
    releaseopenings,
    rightslines,
    scorelines,
    scriptbylines,
    sections,
    signers,
    sitegen,
    slashcredit,
    socialposts,
    sourcenames,
    speakerlabels,
    storynotes,
    summaries,
    textblocks,
    textlanguage,
    timelines,
    titlecase,
    trailer,
    uncasedwords,
    underheadlines,
    webpage,
    widelines,
    writernames,
    writernotes,
    zones,
)
from tearsheet.cli import main
from tearsheet.errors import ContentError
from tearsheet.guard import Failure, Limits, run_limited
from tearsheet.plaintext import parse_text
from tearsheet.webpage import parse_html

from conftest import FIXTURES

IMPORTS = FIXTURES / "import"
RIVER = FIXTURES / "long" / "river.png"
SIZE = 30_000
# A linear pattern takes milliseconds on SIZE characters; a quadratic one seconds. Times
# here are the process's CPU time, so a machine loaded by other work does not fail them.
BOUND = 0.5


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the import modules hold at module level."""
    found = []
    for module in (
        agencydatelines,
        arabicdates,
        attributions,
        entrymarks,
        bylines,
        clutter,
        credits,
        datelines,
        recognise,
        releasemastheads,
        letterheads,
        releaseopenings,
        plaintext,
        headblock,
        importdates,
        webpage,
        importer,
        zones,
        trailer,
        masthead,
        menurows,
        pagehead,
        paragraphs,
        captions,
        personnames,
        documents,
        sitegen,
        headerlines,
        headlines,
        headrank,
        organisations,
        textblocks,
        pastedlines,
        uncasedwords,
        widelines,
        lineends,
        textlanguage,
        titlecase,
        slashcredit,
        photocredits,
        breadcrumbs,
        relatedboxes,
        pagefooters,
        anchorlines,
        leadinglines,
        speakerlabels,
        letters,
        summaries,
        pressoffices,
        presslabels,
        boilerplate,
        underheadlines,
        calendars,
        blogbylines,
        copyrights,
        deks,
        issuers,
        consent,
        kickers,
        labelpairs,
        gluedlines,
        desklines,
        scorelines,
        headcaptions,
        issuelines,
        headerlabels,
        headernames,
        paywalls,
        mailsubjects,
        newsletterrules,
        placemarks,
        places,
        sourcenames,
        writernames,
        agencies,
        agencycredits,
        bylinewords,
        bylinesunder,
        bylinetails,
        closingbylines,
        issuernames,
        publicbodies,
        scriptbylines,
        signers,
        storynotes,
        writernotes,
        readercalls,
        pagecontrols,
        imprints,
        factboxes,
        sections,
        rightslines,
        bylinetitles,
        timelines,
        contentslists,
        letterwords,
        monthnames,
        namelines,
        socialposts,
    ):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__}.{name}", value))
    return found


RULE_PATTERNS = [(f"clutter rule {rule.name}", rule.pattern) for rule in clutter.CLUTTER_RULES] + [
    (f"attribution rule {rule.name}", rule.pattern) for rule in attributions.ATTRIBUTION_RULES
]

ADVERSARIAL = {
    "forty x and a bang": "x " * (SIZE // 2) + "!",
    "social names": "facebook | twitter · " * (SIZE // 21) + "!",
    "unclosed brackets": "[" * SIZE,
    "unclosed images": "![" * (SIZE // 2),
    "unclosed link targets": "[a](" * (SIZE // 4),
    "closing brackets": "](" * (SIZE // 2),
    "space run": "a" + " " * SIZE + "b",
    "no-break space run": "WASHINGTON" + "\u00a0" * SIZE + "x",
    "newline and spaces": "\n" + " " * SIZE + "x",
    "byline of spaces": "By" + " " * SIZE + "1",
    "digits": "1" * SIZE + "x",
    "copyright marks": "© " * (SIZE // 2) + "(",
    "signature dashes": "- A" * (SIZE // 3) + "!",
    "capital words": "A " * (SIZE // 2) + "!",
    "sums": "1 + " * (SIZE // 4),
    "names and ands": "Ann, and " * (SIZE // 9) + "1",
    "source colons": "(Source: " * (SIZE // 9),
    "dashes": "-" * SIZE + "x",
    "hashes": "#" * SIZE + "x",
    "escapes": "\\" * SIZE,
    "quotes": '![a](b "' * (SIZE // 8),
}


def _time_module_pattern(item: tuple[str, re.Pattern[str]]) -> list[tuple[str, float]]:
    """The slowest search over each adversarial input (finditer tries every position, as
    sub, split and findall do)."""
    _name, pattern = item
    timings = []
    for label, text in ADVERSARIAL.items():
        start = time.process_time()
        for _match in pattern.finditer(text):
            pass
        pattern.fullmatch(text)
        timings.append((label, time.process_time() - start))
    return timings


def _time_rule_pattern(item: tuple[str, re.Pattern[str]]) -> list[tuple[str, float]]:
    """Rules are matched against a whole paragraph or line, as the importer uses them."""
    _name, pattern = item
    timings = []
    for label, text in ADVERSARIAL.items():
        start = time.process_time()
        pattern.fullmatch(text)
        pattern.match(text)
        pattern.fullmatch(" ".join(text.split()))
        timings.append((label, time.process_time() - start))
    return timings


def _run_bounded(function, items):
    """Each item in a child killed after a few seconds, so an exponential pattern fails the
    test instead of hanging it."""
    return list(run_limited(function, items, Limits(seconds=20)))


# Modules the importer loads whose patterns see no pasted text or are timed elsewhere
# (tests/test_regex_bounds.py): the Markdown writer's, front matter's, languages' tags.
TIMED_ELSEWHERE = frozenset(
    "bounds errors frontmatter language markup refs source structure typography".split()
)


def test_the_import_modules_have_patterns_to_check():
    names = {name for name, _ in _module_patterns()}
    assert "tearsheet.recognise.IMAGE" in names and "tearsheet.headblock.HEADER_SEPARATOR" in names
    assert len(RULE_PATTERNS) >= 15
    # Every module `tearsheet import` loads that holds a pattern is in the list above, so
    # that a new module's patterns are timed too (asked of a fresh interpreter: this one
    # holds the modules of every test run before).
    loaded = subprocess.run(
        [sys.executable, "-c", _PATTERN_MODULES], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "tearsheet.plaintext" in loaded
    checked = {name.rsplit(".", 1)[0] for name in names}
    unchecked = [
        name for name in loaded if name not in checked and name[10:] not in TIMED_ELSEWHERE
    ]
    assert unchecked == []


_PATTERN_MODULES = """
import re, sys
import tearsheet.documents, tearsheet.importer, tearsheet.plaintext
import tearsheet.webpage
for name, module in sorted(sys.modules.items()):
    if name.startswith("tearsheet.") and any(
        isinstance(value, re.Pattern) for value in vars(module).values()
    ):
        print(name)
"""


@pytest.mark.parametrize(
    ("patterns", "timer"),
    [(_module_patterns(), _time_module_pattern), (RULE_PATTERNS, _time_rule_pattern)],
    ids=["module patterns", "rule patterns"],
)
def test_every_pattern_is_linear_on_adversarial_input(patterns, timer):
    def slow_among(patterns):
        slow = []
        for (name, pattern), result in zip(patterns, _run_bounded(timer, patterns), strict=True):
            assert not isinstance(result, Failure), f"{name}: {result.message}"
            if any(took > BOUND for _, took in result):
                slow.append(((name, pattern), [(n, round(t, 2)) for n, t in result if t > BOUND]))
        return slow

    # A pattern over the bound is timed again: a quadratic one is slow both times, a linear
    # one slowed by a busy machine (other jobs on the same cores) not twice in a row.
    again = slow_among([found for found, _ in slow_among(patterns)])
    assert [(name, took) for (name, _), took in again] == []


def test_the_old_social_network_pattern_was_exponential():
    """The reproduction from issue 15, kept to show the test above can fail."""
    names = r"facebook|twitter|x|e-?mail"
    old = re.compile(rf"({names})(\s*[|·•,/]?\s*({names}))*", re.IGNORECASE)
    result = _run_bounded(_time_rule_pattern, [("old", old)])[0]
    slow = isinstance(result, Failure) or any(took > BOUND for _, took in result)
    assert slow
    rule = next(rule for rule in clutter.CLUTTER_RULES if rule.name == "social network name")
    start = time.process_time()
    assert not rule.matches("x " * 40 + "!")
    assert time.process_time() - start < 0.05


def test_a_byline_of_spaces_loses_its_comment_count_quickly():
    # "\\s*+[—–|·•-]" tried from every space of a run read the run again each time.
    line = "By Jane Doe" + " " * 100_000 + "x"
    start = time.process_time()
    assert blogbylines.without_comment_count(line) == line
    assert time.process_time() - start < BOUND
    assert blogbylines.without_comment_count("By Jane Doe   · 5 Comments") == "By Jane Doe"


def test_a_byline_with_a_row_of_comment_counts_is_read_without_recursing():
    # Each count was stripped by a call of read_byline inside the last: RecursionError.
    line = "By Jane Doe" + " · 5 Comments" * 2000
    start = time.process_time()
    assert not bylines.read_byline(line, recognise.Draft(lang="en"))
    assert time.process_time() - start < 1


def test_a_story_opening_on_one_huge_word_is_searched_for_a_glued_place_quickly():
    # Each capital inside the word was tried as the glued story's start, the whole word
    # before it read each time: 200,000 characters took 15 s.
    first = "aBCd" * 50_000 + " and the rest of the sentence."
    start = time.process_time()
    assert not placemarks.read_place_mark([first, first], recognise.Draft(lang="en"))
    assert time.process_time() - start < BOUND


def test_a_long_menu_over_a_teaser_finds_the_headline_quickly():
    # Each of the menu's lines read the body's script again (15 s on 400 lines; now once).
    body = "This is the body of the story with words enough to be one, and more. " * 300
    blocks = [f"Menu item number {i} here" for i in range(300)]
    blocks += ["Read more", "Another article title here now", *[body] * 5]
    start = time.process_time()
    assert pagehead.find_headline(blocks, 0, 302, "en") == 301
    assert time.process_time() - start < 4


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "![" * 100_000, "Headline\n\n" + "x " * 40 + "!\n\nBody text here.\n"],
    ids=["100 KB of [", "200 KB of ![", "forty x"],
)
def test_hostile_copied_text_imports_quickly(text):
    start = time.process_time()
    with contextlib.suppress(ContentError):
        parse_text(text, lang="en")
    assert time.process_time() - start < 5


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("© 2024 Acme", 2000),
        ("Sreda, 04.06.2025.", 2000),
        ("Read also", 4000),
        ("Mehr zum Thema", 4000),
        ("Unsubscribe", 4000),
    ],
    ids=["copyright lines", "date lines", "read-also labels", "box labels", "unsubscribes"],
)
def test_a_page_of_one_repeated_footer_line_imports_quickly(line, count):
    # Each of these took 15 to 30 s or more before the date answers were cached per line,
    # the trailer's markers were weighed with sums made once, and at most CREDIT_READS
    # furniture lines were read for a credit (each was quadratic in the lines).
    text = "Headline of the story\n\n" + "\n".join([line] * count)
    text += "\n\nThis is the body of the story with words enough to be one."
    start = time.process_time()
    with contextlib.suppress(ContentError):
        parse_text(text)
    assert time.process_time() - start < 5


def test_a_headline_of_title_separators_imports_quickly():
    # The site's name after a page title's separators ("<headline> - Site") was sought at
    # every separator, each time counting the words on both sides: 200,000 characters of
    # "Paris - " took 18 s; the walk now stops once the part on the right is too long.
    start = time.process_time()
    with contextlib.suppress(ContentError):
        parse_text("Paris - " * 25_000, lang="fr")
    assert time.process_time() - start < 10


def test_hostile_page_imports_quickly():
    page = "<html><body><article><p>" + "![" * 100_000 + "</p><p>" + "x " * 40 + "!</p>"
    start = time.process_time()
    with contextlib.suppress(ContentError):
        parse_html(page + "</article></body></html>", lang="en")
    assert time.process_time() - start < 15


# --- files that are not files -------------------------------------------------------------


def test_a_fifo_is_refused_in_one_line(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["import", str(fifo), "--into", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("pipe.txt: not a regular file")
    assert err[1:] == ["tearsheet: 1 source(s) not imported"]


def test_dev_zero_is_refused_in_one_line(tmp_path, capsys):
    assert main(["import", "/dev/zero", "--into", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["/dev/zero: not a regular file", "tearsheet: 1 source(s) not imported"]


# --- where the content files go ---------------------------------------------------------


def test_into_a_file_is_one_line(tmp_path, capsys):
    into = tmp_path / "content"
    into.write_text("not a folder")
    assert main(["import", str(IMPORTS / "wire-reuters.txt"), "--into", str(into)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("content: cannot import into it: not a folder")
    assert len(err) == 2 and "Traceback" not in "".join(err)


def test_into_below_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    into = tmp_path / "file" / "content"
    assert main(["import", str(IMPORTS / "wire-reuters.txt"), "--into", str(into)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "cannot write: Not a directory" in err[0]


def test_a_folder_that_refuses_writes_is_one_line(tmp_path, capsys, monkeypatch):
    # Tests may run as root, for whom chmod does not refuse: the refusal is simulated.
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tearsheet.files.tempfile, "mkstemp", refuse)
    into = tmp_path / "content"
    assert main(["import", str(IMPORTS / "wire-reuters.txt"), "--into", str(into)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith(".md: cannot write: Permission denied")
    assert len(err) == 2


# --- time and images --------------------------------------------------------------------


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/page"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


def test_each_source_runs_under_a_time_limit(silent_server, tmp_path, monkeypatch):
    monkeypatch.setattr(tearsheet.fetch, "FETCH_TIMEOUT", 60.0)
    start = time.monotonic()
    outcomes = list(
        importer.import_sources(
            [silent_server, str(IMPORTS / "wire-reuters.txt")],
            tmp_path / "content",
            limits=Limits(seconds=3),
        )
    )
    assert time.monotonic() - start < 20
    assert isinstance(outcomes[0], ContentError)
    assert str(outcomes[0]) == f"{silent_server}: not imported: took longer than 3 s"
    assert not isinstance(outcomes[1], ContentError)


def _page_with_images(folder, count: int) -> None:
    figures = "".join(f'<p><img src="img-{n}.png" alt="Picture {n}"></p>' for n in range(count))
    text = "<p>" + "The canal has a new footbridge, and people like it a lot. " * 5 + "</p>"
    (folder / "page.html").write_text(
        "<html lang='en'><head><title>Many pictures of a bridge</title>"
        "<meta property='article:published_time' content='2022-05-12'></head><body><article>"
        f"<h1>Many pictures of a bridge</h1>{text}{figures}{text}</article></body></html>"
    )
    for n in range(count):
        (folder / f"img-{n}.png").write_bytes(RIVER.read_bytes())


def test_with_images_saves_a_capped_number(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(importer, "MAX_IMAGES", 5)
    saved = tmp_path / "saved"
    saved.mkdir()
    _page_with_images(saved, 8)
    into = tmp_path / "content"
    assert main(["import", str(saved / "page.html"), "--into", str(into), "--with-images"]) == 0
    bundle = next(into.iterdir())
    assert sorted(p.name for p in bundle.glob("*.png")) == [f"image-0{n}.png" for n in range(1, 6)]
    assert "8 images: only the first 5 are saved" in capsys.readouterr().err


def test_with_images_saves_a_capped_total(tmp_path, capsys, monkeypatch):
    size = RIVER.stat().st_size
    monkeypatch.setattr(importer, "MAX_TOTAL_IMAGE_BYTES", 2 * size + size // 2)
    saved = tmp_path / "saved"
    saved.mkdir()
    _page_with_images(saved, 4)
    into = tmp_path / "content"
    assert main(["import", str(saved / "page.html"), "--into", str(into), "--with-images"]) == 0
    bundle = next(into.iterdir())
    assert len(list(bundle.glob("*.png"))) == 2
    err = capsys.readouterr().err
    assert err.count("not saved") == 2
    assert "[image-refused]" in err
