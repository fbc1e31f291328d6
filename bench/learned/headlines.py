"""The headline-ranker study (bench/learned/HEADLINES.md): among a text's first blocks, does a
learned ranker pick the headline better than the rules on texts it was not fitted to?

    PYTHONPATH=/tmp/rank13/site:src python bench/learned/headlines.py /tmp/rank13/cache \
        --out /tmp/rank13/headlines.json

Needs the cache bench/learned/extract.py writes (the rules' fields per text) and
scikit-learn, installed apart from the project's environment. The untuned sets are a test
split only: their numbers are printed, never their texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_import import WRITTEN_SETS, _normal  # noqa: E402

# The sets the rules were scored on once and not yet tuned to when this study ran: the
# rules' numbers on them are as fresh as on the untuned sets, and they may be read.
FRESH = ("import-blind24", "import-blind25")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)


def language(text: dict) -> str | None:
    """The language parse_text reads the text in (the features' function words)."""
    from tearsheet import zones
    from tearsheet.recognise import Draft
    from tearsheet.textblocks import pasted_lines
    from tearsheet.textlanguage import detect_language_into

    raw = (ROOT / "bench" / text["set"] / text["name"]).read_text(encoding="utf-8")
    lines = pasted_lines(raw)
    draft = Draft()
    detect_language_into(" ".join(x for x in lines if zones.text_length(x) > 40) or raw, draft)
    return draft.lang


def prepared(item: tuple[str, dict]) -> dict:
    """A cached text with its candidates' features (the importer's own code computes them)
    and labels."""
    from tearsheet.anchorlines import is_anchor as _is_anchor
    from tearsheet.headrank import candidate_features, window

    _, text = item
    text["window"] = window(text["blocks"])
    text["lang"] = language(text)
    text["features"] = candidate_features(text["blocks"], text["groups"], text["lang"], _is_anchor)
    want = _normal(text["expected"].get("headline"))
    text["labels"] = [bool(want) and _normal(b) == want for b in text["blocks"][: text["window"]]]
    text["anywhere"] = bool(want) and any(_normal(b) == want for b in text["blocks"])
    for key in ("classes", "first", "sentence", "clutter"):
        text.pop(key, None)
    return text


def load(cache: Path, store: Path) -> list[dict]:
    if store.exists():
        return json.loads(store.read_text("utf-8"))
    raw = []
    for folder, _label, _tuned in WRITTEN_SETS:
        path = cache / f"{folder}.json"
        if path.exists():
            raw += json.loads(path.read_text("utf-8"))
    with ProcessPoolExecutor(2) as pool:
        texts = list(pool.map(prepared, [(t["set"], t) for t in raw], chunksize=8))
    store.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    return texts


def matrix(texts: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray, list]:
    rows, y, where = [], [], []
    for ti, t in enumerate(texts):
        for i, f in enumerate(t["features"]):
            rows.append([f[k] for k in names])
            y.append(t["labels"][i])
            where.append((ti, i))
    return np.array(rows, dtype=np.float64), np.array(y), where


def models() -> dict:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {
        "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=3000)),
        "hgb": lambda: HistGradientBoostingClassifier(
            max_iter=150,
            learning_rate=0.06,
            max_leaf_nodes=15,
            min_samples_leaf=30,
            l2_regularization=1.0,
            random_state=0,
        ),
    }


def fit(make, texts: list[dict], names: list[str]):
    """Trained on the texts whose headline is among their candidates (the others teach no
    ranking)."""
    usable = [t for t in texts if any(t["labels"])]
    x, y, _ = matrix(usable, names)
    return make().fit(x, y)


def probabilities(model, texts: list[dict], names: list[str]) -> list[list[float]]:
    x, _, where = matrix(texts, names)
    p = model.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
    out: list[list[float]] = [[] for _ in texts]
    for (ti, _i), value in zip(where, p, strict=True):
        out[ti].append(float(value))
    return out


def rules_headline(text: dict) -> str | None:
    return (text["rules"] or {}).get("headline")


def decide(
    text: dict, probs: list[float], threshold: float | None, gap: bool = False
) -> str | None:
    """The ranker's pick (threshold None) or the rules' headline unless the ranker is at
    least ``threshold`` sure of another candidate (``gap``: surer by ``threshold`` than of
    the rules' own line, 0 when the rules' line is no candidate)."""
    if not probs:
        return None if threshold is None else rules_headline(text)
    top = max(range(len(probs)), key=probs.__getitem__)
    pick = text["blocks"][top]
    if threshold is None:
        return pick
    rules = rules_headline(text)
    if _normal(pick) == _normal(rules) or (rules and _normal(rules) in _normal(pick)):
        return rules  # the rules' own line, or the line they cut a kicker or a label off
    if gap:
        blocks = text["blocks"][: len(probs)]
        own = [p for b, p in zip(blocks, probs, strict=True) if _normal(b) == _normal(rules)]
        return pick if probs[top] - max(own, default=0.0) >= threshold else rules
    return pick if probs[top] >= threshold else rules


def right(text: dict, headline: str | None) -> bool:
    return _normal(headline) == _normal(text["expected"].get("headline"))


def scores(texts: list[dict], probs: list[list[float]]) -> dict:
    """Rules, ranker and the combination at each threshold on these texts."""
    n = len(texts)
    rules = [right(t, rules_headline(t)) for t in texts]
    ranker = [right(t, decide(t, p, None)) for t, p in zip(texts, probs, strict=True)]
    res = {
        "texts": n,
        "covered": sum(any(t["labels"]) for t in texts) / n,
        "anywhere": sum(t["anywhere"] for t in texts) / n,
        "no_headline": sum(not t["expected"].get("headline") for t in texts),
        "rules": sum(rules) / n,
        "ranker": sum(ranker) / n,
        "ranker_fixes": sum(b and not a for a, b in zip(rules, ranker, strict=True)),
        "ranker_breaks": sum(a and not b for a, b in zip(rules, ranker, strict=True)),
        "rules_in_candidates": sum(
            any(_normal(b) == _normal(rules_headline(t)) for b in t["blocks"][: t["window"]])
            for t in texts
        )
        / n,
        "combo": {},
        "gap": {},
    }
    for gap in (False, True):
        for th in THRESHOLDS:
            combo = [right(t, decide(t, p, th, gap)) for t, p in zip(texts, probs, strict=True)]
            res["gap" if gap else "combo"][str(th)] = {
                "acc": sum(combo) / n,
                "fixed": sum(b and not a for a, b in zip(rules, combo, strict=True)),
                "broken": sum(a and not b for a, b in zip(rules, combo, strict=True)),
            }
    return res


def oof(make, texts: list[dict], names: list[str]) -> list[list[float]]:
    """Out-of-fold probabilities, leaving one set out at a time."""
    out: list[list[float]] = [[] for _ in texts]
    for s in sorted({t["set"] for t in texts}):
        train = [t for t in texts if t["set"] != s]
        test = [k for k, t in enumerate(texts) if t["set"] == s]
        model = fit(make, train, names)
        for k, p in zip(test, probabilities(model, [texts[k] for k in test], names), strict=True):
            out[k] = p
    return out


def show(tag: str, res: dict) -> None:
    print(
        f"{tag:<22} n={res['texts']:<5} cov={res['covered']:.3f} rules={res['rules']:.3f} "
        f"ranker={res['ranker']:.3f} (+{res['ranker_fixes']}-{res['ranker_breaks']})",
        flush=True,
    )
    for kind in ("combo", "gap"):
        cells = " ".join(
            f"{th}:{c['acc']:.3f}(+{c['fixed']}-{c['broken']})" for th, c in res[kind].items()
        )
        print(f"   {kind:<6} {cells}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--store", type=Path, default=Path("/tmp/rank13/features.json"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/rank13/headlines.json"))
    parser.add_argument("--dump", type=Path, help="out-of-fold picks on the tuned sets")
    args = parser.parse_args()
    texts = load(args.cache, args.store)
    tuned = [t for t in texts if t["tuned"]]
    untuned = [t for t in texts if not t["tuned"]]
    names = sorted(next(t for t in texts if t["features"])["features"][0])
    print("texts", len(texts), "tuned", len(tuned), "untuned", len(untuned), "features", len(names))
    results: dict = {"features": names, "runs": {}}
    for mname, make in models().items():
        probs = oof(make, tuned, names)
        res = scores(tuned, probs)
        results["runs"][f"cv-tuned|{mname}"] = res
        show(f"cv-tuned|{mname}", res)
        fresh = [k for k, t in enumerate(tuned) if t["set"] in FRESH]
        res = scores([tuned[k] for k in fresh], [probs[k] for k in fresh])
        results["runs"][f"cv-fresh2|{mname}"] = res
        show(f"cv-fresh2|{mname}", res)
        model = fit(make, tuned, names)
        res = scores(untuned, probabilities(model, untuned, names))
        results["runs"][f"untuned|{mname}"] = res
        show(f"untuned|{mname}", res)
        if args.dump and mname == "hgb":
            rows = []
            for t, p in zip(tuned, probs, strict=True):
                rows.append(
                    {
                        "set": t["set"],
                        "name": t["name"],
                        "want": t["expected"].get("headline"),
                        "rules": rules_headline(t),
                        "ranker": decide(t, p, None),
                        "p": max(p) if p else None,
                    }
                )
            args.dump.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    counts = Counter(t["set"] for t in untuned)
    results["untuned_sets"] = dict(counts)
    args.out.write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
