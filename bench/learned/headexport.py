"""Train the headline ranker's trees on every tuned set and write them where the importer
reads them (src/tearsheet/data/headrank.json); check that tearsheet.headrank's plain-Python
scoring agrees with scikit-learn on the untuned sets (bench/learned/HEADLINES.md).

    PYTHONPATH=/tmp/rank13/site:src python bench/learned/headexport.py /tmp/rank13/cache
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export import trees_json
from headlines import fit, load, matrix, models

from tearsheet.headrank import MODEL, probability


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--store", type=Path, default=Path("/tmp/rank13/features.json"))
    parser.add_argument("--leave", default="", help="sets left out of training (a check)")
    args = parser.parse_args()
    texts = load(args.cache, args.store)
    left = set(filter(None, args.leave.split(",")))
    tuned = [t for t in texts if t["tuned"] and t["set"] not in left]
    untuned = [t for t in texts if not t["tuned"]]
    names = sorted(next(t for t in texts if t["features"])["features"][0])
    model = fit(models()["hgb"], tuned, names)
    spec = trees_json(model, names)
    spec["base"] = round(spec["base"], 6)
    MODEL.parent.mkdir(exist_ok=True)
    MODEL.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    x, _, _ = matrix(untuned, names)
    want = model.predict_proba(x)[:, 1]
    rows = [f for t in untuned for f in t["features"]]
    start = time.perf_counter()
    got = [probability(spec, row) for row in rows]
    took = time.perf_counter() - start
    diff = max(abs(a - b) for a, b in zip(got, want, strict=True))
    print(
        f"{MODEL}: {MODEL.stat().st_size / 1024:.0f} KiB, {len(spec['trees'])} trees, "
        f"max |plain - sklearn| {diff:.2e}, {took / len(rows) * 1e6:.0f} µs per candidate"
    )


if __name__ == "__main__":
    main()
