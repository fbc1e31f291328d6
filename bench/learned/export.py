"""Step 3 of the learned-lines study: can the model ship as plain JSON weights, evaluated
in plain Python (no scikit-learn, no numpy at run time)? Trains the gradient-boosted trees
and the logistic regression on every tuned set, writes them as JSON, evaluates them with
the few lines below and checks they agree with scikit-learn on the untuned sets; prints
the files' sizes and the time per block.

    PYTHONPATH=/tmp/learn10/site:src python bench/learned/export.py /tmp/learn10/cache /tmp/learn10
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from study import RULE_FEATURES, load, matrix, models, text_features


def trees_json(model, names: list[str]) -> dict:
    """The boosted trees as nested lists: [feature, threshold, left, right] or [value]."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        flat = []
        for node in nodes:
            if node["is_leaf"]:
                flat.append([round(float(node["value"]), 5)])
            else:
                flat.append(
                    [
                        int(node["feature_idx"]),
                        float(node["num_threshold"]),
                        int(node["left"]),
                        int(node["right"]),
                    ]
                )
        trees.append(flat)
    return {"features": names, "base": float(model._baseline_prediction.ravel()[0]), "trees": trees}


def trees_predict(spec: dict, row: dict[str, float]) -> float:
    x = [row[k] for k in spec["features"]]
    raw = spec["base"]
    for tree in spec["trees"]:
        node = tree[0]
        while len(node) > 1:
            node = tree[node[2] if x[node[0]] <= node[1] else node[3]]
        raw += node[0]
    return 1 / (1 + math.exp(-raw))


def logreg_json(pipe, names: list[str]) -> dict:
    scaler, clf = pipe[0], pipe[-1]
    w = clf.coef_[0] / scaler.scale_
    b = clf.intercept_[0] - float((scaler.mean_ / scaler.scale_) @ clf.coef_[0])
    return {
        "features": names,
        "weights": [round(float(v), 6) for v in w],
        "bias": round(float(b), 6),
    }


def logreg_predict(spec: dict, row: dict[str, float]) -> float:
    raw = spec["bias"] + sum(
        w * row[k] for k, w in zip(spec["features"], spec["weights"], strict=True)
    )
    return 1 / (1 + math.exp(-raw))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    texts = load(args.cache)
    tuned = [t for t in texts if t["tuned"]]
    untuned = [t for t in texts if not t["tuned"]]
    _, _, _, names = matrix(tuned[:1])
    names = [k for k in names if k not in RULE_FEATURES]
    xtr, ytr, _, _ = matrix(tuned, names)
    xte, _, _, _ = matrix(untuned, names)
    make = models()
    for mname, dump, predict in (
        ("hgb", trees_json, trees_predict),
        ("logreg", logreg_json, logreg_predict),
    ):
        model = make[mname]().fit(xtr, ytr)
        spec = dump(model, names)
        path = args.out / f"model-{mname}.json"
        path.write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
        want = model.predict_proba(xte)[:, 1]
        start = time.perf_counter()
        rows = []
        for t in untuned:
            rows += text_features(t, [bool(m) for m in t["rules_map"]])
        featured = time.perf_counter()
        got = [predict(spec, r) for r in rows]
        done = time.perf_counter()
        diff = max(abs(a - b) for a, b in zip(got, want, strict=True))
        print(
            f"{mname}: {path.stat().st_size / 1024:.0f} KiB JSON, "
            f"max |plain - sklearn| {diff:.2e}, {len(rows)} blocks: features "
            f"{(featured - start) / len(rows) * 1e6:.0f} µs/block, model "
            f"{(done - featured) / len(rows) * 1e6:.0f} µs/block"
        )


if __name__ == "__main__":
    main()
