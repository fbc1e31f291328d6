"""Step 2 of the learned-lines study: label each block of each written text from its
expected.json, compute label-free features, train body-vs-not classifiers on the tuned sets
and compare them with the rules on the untuned sets and leave-one-set-out over the newest
tuned sets (bench/learned/REPORT.md).

    PYTHONPATH=/tmp/learn10/site:src python bench/learned/study.py /tmp/learn10/cache

Needs the cache bench/learned/extract.py writes and scikit-learn (installed apart from the
project's environment: it is a study, not a dependency).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from eval_import import WRITTEN_SETS, _normal  # noqa: E402

NEWEST = ("import-blind16", "import-blind17", "import-blind18", "import-blind19")
_LIST_MARK = re.compile(r"^(?:[-–—•*·▪■●]|\d{1,2}[.)])\s+")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|uk)\b", re.I)
_SENT_END = re.compile(r"[.!?。！？…](?:[\"'”’»)\]]*)(?:\s|$)")
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^(?:[-–—•*·▪■●►>]|\d{1,2}[.)])\s*")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def norm(text: str) -> str:
    return _LIST_MARK.sub("", " ".join(text.split())).casefold()


# --- labels ------------------------------------------------------------------------------


def align(blocks: list[str], paragraphs: list[str]) -> list[list[int]]:
    """For each block, the paragraphs (indices) it holds: a block equal to a paragraph, a
    piece of one (a wrapped line) or holding whole paragraphs that make up most of it (a
    dateline before the first). The alignment keeps the order and matches the most text
    (a dynamic programme), so that "By Ann Lee" over the story is not taken for a piece of
    "(Reporting by Ann Lee; …)" under it."""
    paras = [norm(p) for p in paragraphs]
    n, m = len(blocks), len(paras)
    cands: list[list[tuple[int, int, int, bool]]] = []  # (first, last, score, piece)
    for block in blocks:
        b = norm(block)
        found = []
        if b:
            for k, p in enumerate(paras):
                if not p:
                    continue
                if b == p:
                    found.append((k, k, len(b), False))
                elif b in p and (len(b) >= 25 or len(b) >= 0.5 * len(p)):
                    found.append((k, k, len(b), True))
                elif p in b:
                    end, total = k, 0
                    while end < m and paras[end] and paras[end] in b:
                        total += len(paras[end])
                        end += 1
                    if total >= 0.5 * len(b):
                        found.append((k, end - 1, total, False))
        cands.append(found)
    # best[i][k]: the most text matched by blocks i.. with paragraphs k.. still free (a
    # piece may still go to paragraph k-1, the one being read)
    best = [[0] * (m + 2) for _ in range(n + 1)]
    move: list[list[tuple | None]] = [[None] * (m + 2) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for k in range(m, -1, -1):
            top, how = best[i + 1][k], None
            for first, last, score, piece in cands[i]:
                if first >= k and score + best[i + 1][last + 1] > top:
                    top, how = score + best[i + 1][last + 1], (first, last, last + 1)
                elif piece and first == k - 1 and score + best[i + 1][k] > top:
                    top, how = score + best[i + 1][k], (first, last, k)
            best[i][k], move[i][k] = top, how
    out: list[list[int]] = [[] for _ in blocks]
    k = 0
    for i in range(n):
        how = move[i][k]
        if how is not None:
            out[i] = list(range(how[0], how[1] + 1))
            k = how[2]
    return out


def labels_of(text: dict) -> list[str]:
    want = text["expected"]
    blocks = text["blocks"]
    body = align(blocks, want["body"])
    head = norm(want.get("headline") or "")
    names = [n.casefold() for n in want.get("byline") or [] if len(n) > 2]
    year = (want.get("date") or "")[:4]
    place = norm(want.get("dateline") or "")
    out = []
    for i, block in enumerate(blocks):
        b = norm(block)
        if body[i]:
            out.append("body")
        elif head and (
            b == head
            or (head in b and len(head) >= 0.6 * len(b))
            or (b in head and len(b) >= 0.4 * len(head))
        ):
            out.append("headline")
        elif len(b) <= 200 and (
            any(n in b for n in names)
            or (year and year in b and len(b) <= 120 and "©" not in b)
            or (place and b.startswith(place) and len(b) <= len(place) + 15)
        ):
            out.append("meta")
        else:
            out.append("clutter")
    return out


# --- features ----------------------------------------------------------------------------


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


SCRIPTS = ("latin", "greek", "cyrillic", "rtl", "indic", "sea", "cjk", "other")
ENDS = (".", "!?", ":", ",;", "quote", "digit", "letter", "other")


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
        # a length that weighs a CJK or Thai character like a word's letters
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
    }
    for s in SCRIPTS:
        f["script_" + s] = scripts[s] / max(len(letters), 1)
    e = end_class(block)
    for k in ENDS:
        f["end_" + k] = float(e == k)
    return f


# Features read from the rules: their body (the rules' decision), the zones' jusText classes,
# the clutter rules' verdict.
RULE_FEATURES = (
    "rules_body",
    "rules_body_prev",
    "rules_body_next",
    "class_good",
    "first_good",
    "first_neargood",
    "first_short",
    "is_sentence",
    "clutter",
)


def text_features(text: dict, rules_body: list[bool]) -> list[dict[str, float]]:
    blocks = text["blocks"]
    n = len(blocks)
    base = [block_features(b, d) for b, d in zip(blocks, text["density"], strict=True)]
    lens = [len(b) for b in blocks]
    total = max(sum(lens), 1)
    prose = [i for i, b in enumerate(blocks) if len(b) > 150 and text["density"][i] >= 0.25]
    longest = max(range(n), key=lambda i: lens[i]) if n else 0
    seen = Counter(norm(b) for b in blocks)
    groups = text["groups"]
    gsize = Counter(groups)
    spaced = float(len(set(groups)) < n)
    cum = 0
    out = []
    for i in range(n):
        f = dict(base[i])
        f["idx"] = math.log1p(i)
        f["idx_end"] = math.log1p(n - 1 - i)
        f["rel"] = i / max(n - 1, 1)
        f["n_blocks"] = math.log1p(n)
        f["chars_before"] = cum / total
        cum += lens[i]
        f["chars_after"] = 1 - cum / total
        f["dist_longest"] = (i - longest) / max(n, 1)
        f["in_prose_span"] = float(bool(prose) and prose[0] <= i <= prose[-1])
        f["before_prose"] = float(bool(prose) and i < prose[0])
        f["after_prose"] = float(bool(prose) and i > prose[-1])
        f["len_vs_max"] = lens[i] / max(max(lens), 1)
        f["repeated"] = float(seen[norm(blocks[i])] > 1)
        f["group_size"] = math.log1p(gsize[groups[i]])
        f["same_group_prev"] = float(i > 0 and groups[i - 1] == groups[i])
        f["same_group_next"] = float(i + 1 < n and groups[i + 1] == groups[i])
        f["spaced_text"] = spaced
        for off in (-2, -1, 1, 2):
            j = i + off
            ok = 0 <= j < n
            f[f"n{off}_len"] = base[j]["len_eff"] if ok else 0.0
            f[f"n{off}_sent"] = base[j]["end_."] if ok else 0.0
            f[f"n{off}_density"] = base[j]["density"] if ok else 0.0
            f[f"n{off}_exists"] = float(ok)
        window = [base[j]["len_eff"] for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        f["win_len"] = sum(window) / len(window) if window else 0.0
        window = [base[j]["density"] for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        f["win_density"] = sum(window) / len(window) if window else 0.0
        # rule-derived
        f["rules_body"] = float(rules_body[i])
        f["rules_body_prev"] = float(i > 0 and rules_body[i - 1])
        f["rules_body_next"] = float(i + 1 < n and rules_body[i + 1])
        f["class_good"] = float(text["classes"][i] == "good")
        for k in ("good", "neargood", "short"):
            f["first_" + k] = float(text["first"][i] == k)
        f["is_sentence"] = float(text["sentence"][i])
        f["clutter"] = float(text["clutter"][i])
        out.append(f)
    return out


# --- data --------------------------------------------------------------------------------


def rules_alignment(text: dict) -> list[list[int]]:
    body = (text["rules"] or {}).get("body") or []
    return align(text["blocks"], body)


def load(cache: Path, old: bool = False) -> list[dict]:
    texts = []
    for folder, _label, _tuned in WRITTEN_SETS:
        path = cache / f"{folder}.json"
        if not path.exists():
            continue
        for t in json.loads(path.read_text("utf-8")):
            t["labels"] = labels_of(t)
            t["rules_map"] = rules_alignment(t)
            texts.append(t)
    if old:
        for folder in ("import-blind16", "import-blind17"):
            path = cache / f"{folder}.old.json"
            if not path.exists():
                continue
            olds = {t["name"]: t for t in json.loads(path.read_text("utf-8"))}
            for t in texts:
                if t["set"] == folder and t["name"] in olds:
                    o = olds[t["name"]]
                    t["old_rules"] = o["rules"]
                    t["old_map"] = align(t["blocks"], (o["rules"] or {}).get("body") or [])
    return texts


def matrix(texts: list[dict], names: list[str] | None = None, key: str = "rules_map"):
    rows, y, where = [], [], []
    for ti, t in enumerate(texts):
        rb = [bool(m) for m in t[key]]
        for i, f in enumerate(text_features(t, rb)):
            rows.append(f)
            y.append(t["labels"][i] == "body")
            where.append((ti, i))
    names = names or sorted(rows[0])
    x = np.array([[r[k] for k in names] for r in rows], dtype=np.float64)
    return x, np.array(y), where, names


# --- evaluation --------------------------------------------------------------------------


def rebuild(text: dict, keep: list[bool], key: str = "rules_map", rules_key: str = "rules") -> list:
    """The body the rules would give with the blocks' decisions ``keep``: the rules' own
    paragraphs for blocks they kept (dropped when every block of theirs is dropped), the
    block's text for a block the rules dropped and ``keep`` adds."""
    rules = text[rules_key]
    paras = (rules or {}).get("body") or []
    blocks_of: dict[int, list[int]] = {}
    for i, ks in enumerate(text[key]):
        for k in ks:
            blocks_of.setdefault(k, []).append(i)
    items = []
    anchor = -1
    for k, p in enumerate(paras):
        bl = blocks_of.get(k)
        if bl:
            anchor = bl[0]
            if any(keep[i] for i in bl):
                items.append((anchor, 0, k, p))
        else:
            items.append((anchor, 1, k, p))
    for i, ks in enumerate(text[key]):
        if keep[i] and not ks:
            items.append((i, 2, 0, text["blocks"][i]))
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    return [p for *_, p in items]


def exact(text: dict, body: list[str]) -> bool:
    return _normal(body) == _normal(text["expected"]["body"])


def score(texts, where, y, proba, lo, hi, key="rules_map", rules_key="rules"):
    """Per-line and per-text numbers for the rules, the model alone and the two combined."""
    rules = np.array([bool(texts[ti][key][i]) for ti, i in where])
    model = proba >= 0.5
    combo = rules.copy()
    combo[(~rules) & (proba >= hi)] = True
    combo[rules & (proba <= lo)] = False
    res = {
        "texts": len(texts),
        "lines": len(y),
        "body_lines": int(y.sum()),
        "acc_rules": float((rules == y).mean()),
        "acc_model": float((model == y).mean()),
        "acc_combo": float((combo == y).mean()),
        "lost_rules": int((y & ~rules).sum()),
        "lost_model": int((y & ~model).sum()),
        "lost_combo": int((y & ~combo).sum()),
        "kept_clutter_rules": int((~y & rules).sum()),
        "kept_clutter_model": int((~y & model).sum()),
        "kept_clutter_combo": int((~y & combo).sum()),
        "overrides": int((combo != rules).sum()),
        "overrides_right": int(((combo != rules) & (combo == y)).sum()),
        # body lines the rules dropped that the model adds / clutter the model adds
        "adds_right": int((combo & ~rules & y).sum()),
        "adds_wrong": int((combo & ~rules & ~y).sum()),
        # clutter the model drops / body lines the rules kept that the model drops (lost text)
        "drops_right": int((~combo & rules & ~y).sum()),
        "drops_wrong": int((~combo & rules & y).sum()),
    }
    per_text: dict[int, list[int]] = {}
    for r, (ti, _i) in enumerate(where):
        per_text.setdefault(ti, []).append(r)
    ex_rules = ex_combo = ex_gold = ex_model = fixed = broken = 0
    for ti, rs in per_text.items():
        t = texts[ti]
        if t[rules_key] is None:
            continue
        was = exact(t, rebuild(t, list(rules[rs]), key, rules_key))
        now = exact(t, rebuild(t, list(combo[rs]), key, rules_key))
        ex_rules += was
        ex_combo += now
        fixed += now and not was
        broken += was and not now
        ex_model += exact(t, rebuild(t, list(model[rs]), key, rules_key))
        ex_gold += exact(t, rebuild(t, list(y[rs]), key, rules_key))
    n = len(texts)
    res.update(
        exact_rules=ex_rules / n,
        exact_combo=ex_combo / n,
        exact_model=ex_model / n,
        exact_gold_lines=ex_gold / n,
        texts_fixed=fixed,
        texts_broken=broken,
        exact_rules_fields=sum(
            t[rules_key] is not None and exact(t, t[rules_key]["body"]) for t in texts
        )
        / n,
    )
    return res, combo


def error_kinds(texts, where, y, decision) -> Counter:
    """Automatic kinds of wrong decisions (no reading of the texts): for a line wrongly kept,
    its label and where it stands against the expected body; for a body line wrongly dropped,
    where it stands in the body and its length."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for r, (ti, i) in enumerate(where):
        if y[r]:
            first.setdefault(ti, i)
            last[ti] = i
    kinds: Counter = Counter()
    for r, (ti, i) in enumerate(where):
        if decision[r] == y[r]:
            continue
        t = texts[ti]
        block = t["blocks"][i]
        if y[r]:
            at = "first" if i == first[ti] else "last" if i == last[ti] else "middle"
            size = "short<40" if len(block) < 40 else "long>150" if len(block) > 150 else "mid"
            kinds[f"dropped body: {at} body line, {size}"] += 1
        else:
            if ti not in first:
                at = "no body"
            elif i < first[ti]:
                at = "above body"
            elif i > last[ti]:
                at = "below body"
            else:
                at = "inside body"
            kinds[f"kept {t['labels'][i]}: {at}"] += 1
    return kinds


def oof_proba(train: list[dict], names: list[str], make, folds: int = 5) -> tuple:
    """Out-of-fold probabilities on the training sets, grouped by set."""
    from sklearn.model_selection import GroupKFold

    x, y, where, _ = matrix(train, names)
    groups = np.array([train[ti]["set"] for ti, _ in where])
    proba = np.zeros(len(y))
    for a, b in GroupKFold(n_splits=folds).split(x, y, groups):
        proba[b] = make().fit(x[a], y[a]).predict_proba(x[b])[:, 1]
    return x, y, where, proba


def context(where: list[tuple[int, int]], proba: np.ndarray) -> np.ndarray:
    """The probabilities of the lines around each line (two before, two after, the highest
    and the mean within three) and its own, for a second stage."""
    at = {w: r for r, w in enumerate(where)}
    out = np.zeros((len(proba), 7))
    for r, (ti, i) in enumerate(where):

        def get(j: int, ti: int = ti) -> float:
            return float(proba[at[ti, j]]) if (ti, j) in at else 0.0

        window = [get(j) for j in range(i - 3, i + 4) if j != i and (ti, j) in at]
        out[r] = [
            get(i - 2),
            get(i - 1),
            get(i + 1),
            get(i + 2),
            max(window or [0.0]),
            sum(window) / max(len(window), 1),
            proba[r],
        ]
    return out


def models():
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
        "hgb": lambda: HistGradientBoostingClassifier(
            max_iter=200,
            learning_rate=0.08,
            max_leaf_nodes=31,
            min_samples_leaf=40,
            l2_regularization=1.0,
            random_state=0,
        ),
    }


COLUMNS = (
    "texts",
    "lines",
    "body_lines",
    "acc_rules",
    "acc_model",
    "acc_combo",
    "lost_rules",
    "lost_model",
    "lost_combo",
    "kept_clutter_rules",
    "kept_clutter_model",
    "kept_clutter_combo",
    "overrides",
    "overrides_right",
    "exact_rules",
    "exact_combo",
    "exact_model",
    "exact_gold_lines",
    "adds_right",
    "adds_wrong",
    "drops_right",
    "drops_wrong",
    "texts_fixed",
    "texts_broken",
)


def show(tag: str, res: dict) -> None:
    cells = [f"{res[k]:.3f}" if isinstance(res[k], float) else str(res[k]) for k in COLUMNS]
    print(tag, " ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/learn10/results.json"))
    args = parser.parse_args()
    texts = load(args.cache, old=True)
    counts = Counter(lab for t in texts for lab in t["labels"])
    tuned = [t for t in texts if t["tuned"]]
    untuned = [t for t in texts if not t["tuned"]]
    # paragraphs of the expected body no block holds (the blocks' segmentation misses)
    missing = sum(
        len(t["expected"]["body"])
        - len({k for ks in align(t["blocks"], t["expected"]["body"]) for k in ks})
        for t in texts
    )
    print("texts", len(texts), "tuned", len(tuned), "untuned", len(untuned))
    print(
        "labels",
        dict(counts),
        "expected paragraphs held by no block",
        missing,
        "of",
        sum(len(t["expected"]["body"]) for t in texts),
    )
    results: dict = {
        "labels": dict(counts),
        "missing_paragraphs": missing,
        "texts": {"tuned": len(tuned), "untuned": len(untuned)},
        "label_counts": {
            "tuned": dict(Counter(lab for t in tuned for lab in t["labels"])),
            "untuned": dict(Counter(lab for t in untuned for lab in t["labels"])),
        },
        "runs": {},
    }
    _, _, _, all_names = matrix(texts[:1])
    generic = [k for k in all_names if k not in RULE_FEATURES]
    grid = [(0.02, 0.98), (0.05, 0.95), (0.1, 0.9), (0.2, 0.8)]
    splits = [("untuned", [t for t in tuned], untuned)]
    for s in NEWEST:
        splits.append(
            (f"loso-{s}", [t for t in tuned if t["set"] != s], [t for t in tuned if t["set"] == s])
        )
    print("columns:", " ".join(COLUMNS))

    def report(tag: str, test, where, y, proba, key="rules_map", rules_key="rules") -> None:
        rules = np.array([bool(test[ti][key][i]) for ti, i in where])
        for lo, hi in grid:
            res, combo = score(test, where, y, proba, lo, hi, key, rules_key)
            for name, decision in (("rules", rules), ("model", proba >= 0.5), ("combo", combo)):
                res[f"errors_{name}"] = error_kinds(test, where, y, decision).most_common(8)
            results["runs"][f"{tag}|{lo}/{hi}"] = res
            show(f"{tag}|{lo}/{hi}", res)

    for split, train, test in splits:
        if not test or not train:
            continue
        # the rules as they were before they were tuned on the set, where the cache has them
        old = all("old_map" in t for t in test)
        for fname, names in (("generic", generic), ("with-rules", all_names)):
            xtr, ytr, wtr, _ = matrix(train, names)
            xte, yte, where, _ = matrix(test, names)
            for mname, make in models().items():
                model = make().fit(xtr, ytr)
                proba = model.predict_proba(xte)[:, 1]
                if split == "untuned":
                    # thresholds chosen without the test sets: out-of-fold on the tuned sets
                    _, yo, wo, po = oof_proba(train, names, make)
                    for lo, hi in grid:
                        tag = f"cv-tuned|{fname}|{mname}|{lo}/{hi}"
                        results["runs"][tag] = score(train, wo, yo, po, lo, hi)[0]
                        show(tag, results["runs"][tag])
                report(f"{split}|{fname}|{mname}", test, where, yte, proba)
                if old:
                    xo, yo, wo, _ = matrix(test, names, key="old_map")
                    po = model.predict_proba(xo)[:, 1]
                    report(
                        f"{split}-oldrules|{fname}|{mname}",
                        test,
                        wo,
                        yo,
                        po,
                        "old_map",
                        "old_rules",
                    )
                if fname == "generic" and mname == "hgb":
                    # stacked: the same trees again, with the first stage's probabilities of
                    # the neighbouring lines (out-of-fold on the training sets) as features
                    _, _, wo, po = oof_proba(train, names, make)
                    second = make().fit(np.hstack([xtr, context(wtr, po)]), ytr)
                    proba2 = second.predict_proba(np.hstack([xte, context(where, proba)]))[:, 1]
                    report(f"{split}|generic|hgb-stacked", test, where, yte, proba2)
                    if old:
                        report(
                            f"{split}-oldrules|generic|hgb-stacked",
                            test,
                            where,
                            yte,
                            proba2,
                            "old_map",
                            "old_rules",
                        )
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
