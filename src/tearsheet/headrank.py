"""A learned second opinion on the headline: small boosted trees rank a text's first blocks.

Hand rules for the headline fit the texts they were written against and stumble on each new
site's furniture (a menu line, a cookie notice, the site's name, a tagline, a dek). Trees
trained on label-free features of the candidates (place, length, punctuation, capitals,
whether the lead repeats the line's words, a date or byline line under it, runs of short
lines around it) generalised better in bench/learned/HEADLINES.md; they overrule the rules'
headline only when very sure. The trees are plain JSON (data/headrank.json, written by
bench/learned/headexport.py) scored in plain Python: no new dependency.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tearsheet import zones
from tearsheet.importdates import parse_date_line, writes_year
from tearsheet.pagehead import drop_blocks

if TYPE_CHECKING:
    from tearsheet.recognise import Draft

MODEL = Path(__file__).parent / "data" / "headrank.json"
# Candidates: the blocks above the run of prose and a few under it, at most CAP.
CAP = 40
MARGIN = 6
PROSE_LENGTH = 150  # zones.text_length of a block that reads as a paragraph
LEAD_LENGTH = 100  # a block long enough to count in the lead
LEAD_BLOCKS = 3
SHORT = 30
CONTAINED = 1000
# The trees overrule the rules' headline when this sure of another block (chosen by
# cross-validation over the tuned sets, grouped by set).
SURE = 0.95
_WORD = re.compile(r"\w+")
# Thai, Lao, Myanmar, Khmer, kana, ideographs, Hangul: written without spaces between words.
_WIDE = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_SENT_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*+(?:\s|$)")
_DASH = re.compile(r"\s[-–—]\s")
_CRUMB = re.compile(r"\s[>»›/|]\s")
_INNER_COLON = re.compile(r"[:：]\s*\S")
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪■●]|\d{1,2}[.)])\s+")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk)\b", re.I)
_BULLET = re.compile(r"^(?:[-–—•*·▪■●►>]|\d{1,2}[.)])\s*")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
SCRIPTS = ("latin", "greek", "cyrillic", "rtl", "indic", "sea", "cjk", "other")
ENDS = (".", "!?", ":", ",;", "quote", "digit", "letter", "other")


def norm(text: str) -> str:
    return _LIST_MARK.sub("", " ".join(text.split())).casefold()


def script_of(ch: str) -> str:
    o = ord(ch)
    if o < 0x250:
        return "latin"
    if 0x370 <= o < 0x400:
        return "greek"
    if 0x400 <= o < 0x530:
        return "cyrillic"
    if 0x590 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB1D <= o < 0xFE00:
        return "rtl"
    if 0x900 <= o < 0xE00:
        return "indic"
    if 0xE00 <= o < 0x1000:
        return "sea"
    if 0x3040 <= o < 0xA000 or 0xAC00 <= o < 0xD7B0 or 0xF900 <= o < 0xFB00:
        return "cjk"
    return "other"


def end_class(block: str) -> str:
    c = block.rstrip()[-1:] or " "
    if c in ".。…":
        return "."
    if c in "!?！？":
        return "!?"
    if c in ":：":
        return ":"
    if c in ",;，；、":
        return ",;"
    if c in "\"'”’»)]」』":
        return "quote"
    if c.isdigit():
        return "digit"
    if c.isalpha():
        return "letter"
    return "other"


def block_features(block: str, density: float) -> dict[str, float]:
    """The line by itself: length, capitals, digits, punctuation, separators, script."""
    letters = [c for c in block if c.isalpha()]
    scripts = Counter(script_of(c) for c in letters)
    words = _WORD.findall(block)
    alpha = [w for w in words if w[0].isalpha()]
    cased = [w for w in alpha if w[0].upper() != w[0].lower()]
    n = max(len(block), 1)
    wide = scripts["cjk"] + scripts["sea"]
    f = {
        "len": math.log1p(len(block)),
        "words": math.log1p(len(words)),
        "len_eff": math.log1p(len(block) + 2 * wide),
        "cap_share": sum(w[0].isupper() for w in cased) / len(cased) if cased else 0.0,
        "upper_share": sum(c.isupper() for c in letters) / max(len(letters), 1),
        "digit_share": sum(c.isdigit() for c in block) / n,
        "punct_share": sum(unicodedata.category(c).startswith("P") for c in block) / n,
        "alpha_share": len(letters) / n,
        "url": float(bool(_URL.search(block))),
        "at": float("@" in block),
        "copyright": float("©" in block or "(c)" in block.casefold()),
        "bar": float("|" in block),
        "dot_sep": float(" · " in block or " • " in block),
        "bullet": float(bool(_BULLET.match(block))),
        "starts_digit": float(block[:1].isdigit()),
        "starts_upper": float(block[:1].isupper()),
        "starts_paren": float(block[:1] in '([«"“„'),
        "sentences": math.log1p(len(_SENT_END.findall(block))),
        "time": float(bool(_TIME.search(block))),
        "year": float(bool(_YEAR.search(block))),
        "density": density,
        "nonstop_long": float(density < 0.15 and len(words) > 6),
        "dash_sep": float(bool(_DASH.search(block))),
        "inner_colon": float(bool(_INNER_COLON.search(block))),
    }
    for s in SCRIPTS:
        f["script_" + s] = scripts[s] / max(len(letters), 1)
    e = end_class(block)
    for k in ENDS:
        f["end_" + k] = float(e == k)
    return f


def is_prose(block: str) -> bool:
    """A block that reads as a paragraph: long and with a sentence's end."""
    return zones.text_length(block) >= PROSE_LENGTH and bool(_SENT_END.search(block))


def first_prose(blocks: list[str]) -> int:
    return next((i for i, block in enumerate(blocks) if is_prose(block)), len(blocks))


def prose_start(blocks: list[str]) -> int:
    """Where the prose starts: the first paragraph with another within two blocks under it
    (a cookie notice or a teaser's sentence over the headline stands alone)."""
    for i, block in enumerate(blocks):
        if is_prose(block) and any(is_prose(b) for b in blocks[i + 1 : i + 3]):
            return i
    return first_prose(blocks)


def window(blocks: list[str]) -> int:
    """How many of the text's first blocks are candidates."""
    return min(len(blocks), CAP, max(prose_start(blocks) + MARGIN, 12))


def grams(text: str) -> set[str]:
    """The units whose recurrence in the lead is counted: words of three letters or more,
    or, for scripts written without spaces, character pairs."""
    folded = text.casefold()
    if len(_WIDE.findall(folded)) > 0.3 * max(len(folded), 1):
        letters = "".join(_WORD.findall(folded))
        return {letters[k : k + 2] for k in range(len(letters) - 1)}
    return {w for w in _WORD.findall(folded) if len(w) >= 3 and not w.isdigit()}


def share_in(units: set[str], pool: set[str]) -> float:
    return len(units & pool) / len(units) if units else 0.0


def candidate_features(
    blocks: list[str],
    groups: list[int],
    lang: str | None,
    anchor: Callable[[str, str | None], bool],
) -> list[dict[str, float]]:
    """The features of each candidate block (the first ``window(blocks)``); ``anchor`` tells
    a date or byline line (the importer's own test)."""
    n = len(blocks)
    end = window(blocks)
    reach = min(n, end + 40)
    prose = prose_start(blocks)
    single = first_prose(blocks)
    lengths = [zones.text_length(b) for b in blocks[:reach]]
    normed = [norm(b) for b in blocks]
    seen = Counter(normed)
    upto = min(n, end + 3)
    anchors = [anchor(b, lang) for b in blocks[:upto]]
    dated = [len(b) <= 100 and writes_year(b) for b in blocks[:upto]]
    marked = [a or d for a, d in zip(anchors, dated, strict=True)]
    gsize = Counter(groups)
    unit = [grams(b) for b in blocks[:reach]]
    rest_pool: list[set[str]] = [set() for _ in range(end + 1)]
    acc: set[str] = set()
    for j in range(reach - 1, -1, -1):
        if j <= end:
            rest_pool[j] = set(acc)
        if lengths[j] >= LEAD_LENGTH:
            acc |= unit[j]
    near = [o for o in normed[:reach] if len(o) <= CONTAINED]
    near_candidates = [o for o in normed[:end] if 12 <= len(o) <= CONTAINED]
    out = []
    for i in range(end):
        block = blocks[i]
        f = block_features(block, round(zones.stop_word_density(block, lang), 4))
        f["idx"] = math.log1p(i)
        f["idx_rel"] = i / max(end - 1, 1)
        f["is_first"] = float(i == 0)
        f["to_prose"] = max(-10, min(40, prose - i))
        f["before_prose"] = float(i < prose)
        f["is_prose"] = float(i == prose)
        f["to_first_prose"] = max(-10, min(40, single - i))
        f["prose_above"] = float(sum(is_prose(b) for b in blocks[:i]))
        f["n_cand"] = math.log1p(end)
        f["tlen"] = math.log1p(lengths[i])
        f["repeated"] = float(seen[normed[i]] - 1)
        # A line inside another ("<headline> | <site>", a breadcrumb's last step) or holding
        # one; compared only among lines of a title's size (a pasted page may be hostile).
        mine = normed[i] if len(normed[i]) <= CONTAINED else ""
        f["inside_other"] = float(len(mine) >= 12 and any(mine in o and o != mine for o in near))
        f["contains_other"] = float(any(o in mine and o != mine for o in near_candidates))
        f["crumb_seps"] = float(len(_CRUMB.findall(block)))
        # The lead: the next long blocks; a headline's words recur there, a menu's do not.
        lead = [j for j in range(i + 1, reach) if lengths[j] >= LEAD_LENGTH]
        lead = [j for j in lead if normed[j] != normed[i]][:LEAD_BLOCKS]
        f["lead_overlap"] = share_in(unit[i], set().union(*(unit[j] for j in lead)))
        f["rest_overlap"] = share_in(unit[i], rest_pool[i])
        f["n_units"] = math.log1p(len(unit[i]))
        f["anchor"] = float(anchors[i])
        f["dated"] = float(dated[i])
        f["anchor_next"] = float(any(marked[i + 1 : i + 4]))
        f["anchor_prev"] = float(any(marked[max(0, i - 3) : i]))
        f["anchor_next1"] = float(i + 1 < upto and marked[i + 1])
        f["to_anchor"] = next((j - i for j in range(i + 1, upto) if marked[j]), 20)
        f["to_anchor"] = min(f["to_anchor"], 20)
        f["short_around"] = sum(
            lengths[j] < SHORT for j in range(max(0, i - 3), min(reach, i + 4)) if j != i
        )
        run = 0
        for j in range(i - 1, -1, -1):
            if lengths[j] >= SHORT:
                break
            run += 1
        f["short_run_above"] = min(run, 20)
        f["prev_len"] = math.log1p(lengths[i - 1]) if i > 0 else 0.0
        f["next_len"] = math.log1p(lengths[i + 1]) if i + 1 < reach else 0.0
        f["next_prose"] = float(i + 1 < reach and lengths[i + 1] >= PROSE_LENGTH)
        f["group_size"] = math.log1p(gsize[groups[i]])
        f["same_group_prev"] = float(i > 0 and groups[i - 1] == groups[i])
        f["same_group_next"] = float(i + 1 < n and groups[i + 1] == groups[i])
        f["title_like"] = float(
            3 <= len(_WORD.findall(block)) <= 30
            and not f["end_."]
            and not anchors[i]
            and lengths[i] < PROSE_LENGTH
            and not f["url"]
        )
        out.append(f)
    rank_among(out)
    return out


def rank_among(out: list[dict[str, float]]) -> None:
    """Where each candidate stands among the others: by length, by overlap with the lead,
    the title-like lines before it, its neighbours' shape."""
    if not out:
        return
    for key, rank_key in (("tlen", "len_rank"), ("lead_overlap", "overlap_rank")):
        values = [f[key] for f in out]
        top = max(values)
        order = sorted(range(len(out)), key=lambda k: -values[k])
        for r, k in enumerate(order):
            out[k][rank_key] = r / max(len(out) - 1, 1)
            out[k][key + "_vs_max"] = values[k] / top if top else 0.0
    titles = 0
    for k, f in enumerate(out):
        for side, j in (("prev", k - 1), ("next", k + 1)):
            near = out[j] if 0 <= j < len(out) else None
            f[side + "_title_like"] = near["title_like"] if near else 0.0
            f[side + "_ends_stop"] = near["end_."] if near else 0.0
            f[side + "_overlap"] = near["lead_overlap"] if near else 0.0
        f["titles_before"] = float(min(titles, 10))
        titles += int(f["title_like"])
        f["overlap_x_title"] = f["lead_overlap"] if f["title_like"] and f["before_prose"] else 0.0


@functools.cache
def model() -> dict:
    """The trees, read once (bench/learned/headexport.py writes them)."""
    return json.loads(MODEL.read_text(encoding="utf-8"))


def probability(spec: dict, row: dict[str, float]) -> float:
    """The trees' probability that the candidate is the headline."""
    x = [row[k] for k in spec["features"]]
    raw = spec["base"]
    for tree in spec["trees"]:
        node = tree[0]
        while len(node) > 1:
            node = tree[node[2] if x[node[0]] <= node[1] else node[3]]
        raw += node[0]
    return 1 / (1 + math.exp(-raw))


def surer_headline(
    blocks: list[str],
    groups: list[int],
    lang: str | None,
    headline: str | None,
    anchor: Callable[[str, str | None], bool],
) -> str | None:
    """The block the trees are SURE is the headline when it is not ``headline`` (the
    rules' pick), else None."""
    if not blocks:
        return None
    spec = model()
    rows = candidate_features(blocks, groups, lang, anchor)
    scores = [probability(spec, row) for row in rows]
    best = max(range(len(scores)), key=scores.__getitem__)
    # The rules' own line, or the line they cut a kicker, a label or a site's name off
    # ("Communiqué de presse : <headline>"), is theirs to read.
    if scores[best] < SURE or (headline and norm(headline) in norm(blocks[best])):
        return None
    if headline and _joined_anywhere(blocks, norm(headline)):
        # The rules joined the headline from its wrapped lines (a release or a mail pasted
        # from a PDF): a headline block by its shape, which the trees, trained on lines,
        # would cut to one line or trade for the dek under it.
        return None
    return blocks[best]


# A headline wrapped in a pasted text spans at most this many lines.
WRAPPED_LINES = 4


def _wraps(blocks: list[str], at: int, headline: str) -> bool:
    """Whether the block at ``at`` and the ones next to it are ``headline`` in wrapped lines
    ("Harbourton starts a pilot of shared electric scooters in" / "three districts")."""
    for first in range(max(0, at - WRAPPED_LINES + 1), at + 1):
        for last in range(at + 1, min(len(blocks), first + WRAPPED_LINES) + 1):
            if last - first > 1 and norm(" ".join(blocks[first:last])) == headline:
                return True
    return False


def _joined_anywhere(blocks: list[str], headline: str) -> bool:
    """Whether two to WRAPPED_LINES blocks in a row anywhere are ``headline`` in wrapped
    lines: each run is joined once (``_wraps`` at every block would join each run again)."""
    return any(
        norm(" ".join(blocks[first:last])) == headline
        for first in range(len(blocks))
        for last in range(first + 2, min(len(blocks), first + WRAPPED_LINES) + 1)
    )


def rerank_headline(
    blocks: list[str],
    groups: list[int],
    draft: Draft,
    paragraphs: list[str],
    anchor: Callable[[str, str | None], bool],
) -> list[str]:
    """Take the block the trees are sure of for the headline over the rules' pick (a menu,
    a cookie notice, a site's name, a tagline); the body's first paragraph goes when it is
    that headline."""
    better = surer_headline(blocks, groups, draft.lang, draft.headline, anchor)
    if better is None or ("teaser", better) in draft.removed:
        return paragraphs  # (a line the rules took for another story's teaser is none)
    draft.recognised.append(f"headline {better!r} (learned ranker, not {draft.headline!r})")
    if draft.headline:
        # The rules' line is kept among the other candidates, so that nothing is lost to a
        # wrong guess.
        kept = dict.fromkeys([draft.headline, *draft.other_headlines])
        draft.other_headlines[:] = [line for line in kept if norm(line) != norm(better)]
        draft.doubt(
            "import-headline-doubt",
            f"the headline {better!r} was chosen by the learned ranker over {draft.headline!r},"
            " which is noted in the front matter",
        )
    draft.headline = better
    if draft.date is None:
        _read_date_under(blocks, better, draft)
    if draft.dek and norm(draft.dek) == norm(better):
        draft.dek = None  # read as the dek under a menu line taken for the headline
    at = next(
        (i for i, p in enumerate(paragraphs[: OVER_BODY + 1]) if norm(p) == norm(better)), None
    )
    if at is None or any(zones.text_length(p) > PROSE_LENGTH for p in paragraphs[:at]):
        return paragraphs
    # "Sehr geehrte Damen und Herren, anbei … / PRESSEMITTEILUNG / <headline>": the short
    # lines over the headline are a mail's cover note and labels, not the story.
    drop_blocks(paragraphs[:at], "lines over the ranker's headline", draft)
    drop_blocks(paragraphs[at : at + 1], "the headline the ranker chose", draft)
    return paragraphs[at + 1 :]


def _read_date_under(blocks: list[str], headline: str, draft: Draft) -> None:
    """The date line right under the headline the trees chose, which the rules passed over
    as the page's furniture above their own pick ("<headline> / Jumatano, Aprili 29, 2026 /
    <a summary's first point>")."""
    at = next((i for i, block in enumerate(blocks) if norm(block) == norm(headline)), None)
    for line in blocks[at + 1 : at + 1 + DATE_REACH] if at is not None else ():
        if date := parse_date_line(line, draft.lang):
            draft.date = date
            draft.recognised.append(f"date {date.isoformat()} from {line!r} under the headline")
            return


# The headline the ranker chose is looked for among this many paragraphs over the body.
OVER_BODY = 4
# The date line the rules passed over stands at most this many lines under the headline.
DATE_REACH = 2
