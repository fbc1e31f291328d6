"""The report's tables from the numbers study.py saved (Markdown on stdout).

python bench/learned/table.py /tmp/learn10/results.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter

# The splits on which the rules had not been tuned when they were scored: the untuned sets,
# blind16 and blind17 under the rules of before their tuning, blind18 and blind19 (scored
# once, not yet tuned on).
FRESH = (
    "loso-import-blind16-oldrules",
    "loso-import-blind17-oldrules",
    "loso-import-blind18",
    "loso-import-blind19",
)
SPLITS = ("untuned", *FRESH, "loso-import-blind16", "loso-import-blind17")
SUMMED = (
    "texts",
    "lines",
    "body_lines",
    "lost_rules",
    "lost_model",
    "lost_combo",
    "kept_clutter_rules",
    "kept_clutter_model",
    "kept_clutter_combo",
    "adds_right",
    "adds_wrong",
    "drops_right",
    "drops_wrong",
    "texts_fixed",
    "texts_broken",
)


def fresh_total(runs: dict, variant: str) -> dict:
    parts = [runs[f"{s}|{variant}"] for s in FRESH]
    out = {k: sum(p[k] for p in parts) for k in SUMMED}
    for k in ("acc_rules", "acc_model", "acc_combo"):
        out[k] = sum(p[k] * p["lines"] for p in parts) / out["lines"]
    for k in ("exact_rules", "exact_combo", "exact_model", "exact_gold_lines"):
        out[k] = sum(p[k] * p["texts"] for p in parts) / out["texts"]
    return out


def row(name: str, r: dict) -> str:
    return (
        f"| {name} | {r['texts']} | {r['lines']} ({r['body_lines']}) | "
        f"{r['acc_rules']:.1%} | {r['acc_model']:.1%} | {r['acc_combo']:.1%} | "
        f"{r['lost_rules']} / {r['lost_model']} / {r['lost_combo']} | "
        f"{r['kept_clutter_rules']} / {r['kept_clutter_model']} / {r['kept_clutter_combo']} | "
        f"+{r['adds_right']}−{r['adds_wrong']} / +{r['drops_right']}−{r['drops_wrong']} | "
        f"{r['exact_rules']:.1%} | {r['exact_model']:.1%} | {r['exact_combo']:.1%} "
        f"(+{r['texts_fixed']} −{r['texts_broken']}) | {r['exact_gold_lines']:.1%} |"
    )


HEAD = (
    "| split | texts | lines (body) | line acc. rules | model | rules+model | "
    "body lines lost R / M / R+M | clutter kept R / M / R+M | "
    "overrides adds right−wrong / drops right−wrong | body exact rules | model | "
    "rules+model (texts fixed −broken) | ceiling |\n|" + "---|" * 13
)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as file:
        results = json.load(file)
    runs = results["runs"]
    variants = sorted({tag.split("|", 1)[1] for tag in runs if tag.startswith("untuned|")})
    for variant in variants:
        print(f"\n### {variant}\n\n{HEAD}")
        for split in SPLITS:
            if f"{split}|{variant}" in runs:
                print(row(split, runs[f"{split}|{variant}"]))
        if all(f"{s}|{variant}" in runs for s in FRESH):
            print(row("**fresh four (sum)**", fresh_total(runs, variant)))
        cv = runs.get(f"cv-tuned|{variant}")
        if cv:
            print(row("cv on tuned sets (out-of-fold)", cv))
    print("\n### error kinds, generic hgb 0.02/0.98, untuned + fresh four\n")
    for who in ("rules", "model", "combo"):
        kinds: Counter = Counter()
        for split in ("untuned", *FRESH):
            for kind, n in runs[f"{split}|generic|hgb|0.02/0.98"][f"errors_{who}"]:
                kinds[kind] += n
        print(f"- {who}: " + "; ".join(f"{k} {n}" for k, n in kinds.most_common(6)))


if __name__ == "__main__":
    main()
