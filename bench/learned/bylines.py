"""The byline-block study (bench/learned/BYLINES.md): does a learned classifier of "this block
holds the writers' names", with tearsheet's own reader taking the names out of the block it
is sure of, beat the rules' byline on texts they were not fitted to?

    PYTHONPATH=/tmp/rank13/site:src python bench/learned/bylines.py /tmp/rank13/features.json \
        --store /tmp/byrank13/bylines.json --out /tmp/byrank13/results.json

Needs the prepared texts bench/learned/headlines.py stores (blocks, language, the rules'
fields, the expected ones) and scikit-learn, installed apart from the project's
environment. The untuned sets are a test split only: their numbers are printed, never their
texts or names.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_import import _normal  # noqa: E402
from headlines import FRESH, matrix, models, probabilities  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)
TAIL = 15  # the text's last blocks are candidates too (a byline after the body)
LONGEST = 300  # a block longer than this holds no byline line worth reading
SHORT_NAME = 60


def names_in(block: str, lang: str | None) -> list[str]:
    """The writers' names tearsheet's own readers take out of one block: a header line's
    parts (recognise.header_part: "By …", "Autor: …", a name before a date), a footer's
    byline, or a bare name line."""
    from tearsheet.bylines import read_footer_byline
    from tearsheet.pagehead import HEADER_SEPARATOR
    from tearsheet.recognise import Draft, header_part, is_name, is_person

    block = block.strip().lstrip("*•-– ")
    if not block or len(block) > LONGEST:
        return []
    draft = Draft(lang=lang)
    parts = HEADER_SEPARATOR.split(block)
    if len(parts) == 1 and " / " in block:
        parts = block.split(" / ")
    for part in parts:
        header_part(part, draft)
    if not draft.byline:
        read_footer_byline(block, draft)
    if not draft.byline and len(block) <= SHORT_NAME and is_name(block) and is_person(block):
        draft.byline.append(block)
    if not draft.byline:
        return []
    return list(draft.freeze("").byline)


def candidates(blocks: list[str]) -> list[int]:
    """The head's blocks (the headline ranker's window) and the last TAIL blocks."""
    from tearsheet.headrank import window

    head = list(range(window(blocks)))
    tail = [i for i in range(max(len(blocks) - TAIL, 0), len(blocks)) if i not in set(head)]
    return head + tail


def _by_pattern() -> re.Pattern[str]:
    from tearsheet.bylinewords import BY

    return re.compile(rf"(?<!\w)(?:{BY})(?!\w)", re.IGNORECASE)


def features_of(text: dict) -> tuple[list[int], list[dict[str, float]], list[list[str]]]:
    """Label-free features of each candidate block, and the names tearsheet reads in it."""
    from tearsheet import zones
    from tearsheet.anchorlines import is_anchor as _is_anchor
    from tearsheet.bylines import BYLINE
    from tearsheet.bylinewords import PICTURE_WORDS, VISUAL
    from tearsheet.headrank import block_features, norm, prose_start
    from tearsheet.importdates import writes_year
    from tearsheet.recognise import is_name, is_person

    blocks, lang = text["blocks"], text["lang"]
    n = len(blocks)
    cands = candidates(blocks)
    by = _by_pattern()
    prose = prose_start(blocks)
    head_norm = _normal(text["rules"]["headline"]) if text["rules"] else None
    headline = next((i for i, b in enumerate(blocks[:60]) if _normal(b) == head_norm), -1)
    seen = Counter(norm(b) for b in blocks)
    wanted = set(cands) | {j for i in cands for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n}
    short = {j: len(blocks[j]) <= 100 for j in wanted}
    dated = {j: short[j] and writes_year(blocks[j]) for j in wanted}
    anchor = {j: short[j] and _is_anchor(blocks[j], lang) for j in wanted}
    reads = {i: names_in(blocks[i], lang) for i in cands}
    reading = [i for i in cands if reads[i]]
    rows = []
    for i in cands:
        block = blocks[i]
        short_block = block[:LONGEST]
        f = block_features(short_block, round(zones.stop_word_density(short_block, lang), 4))
        names = reads[i]
        first = block.split(maxsplit=1)[0].casefold().strip(".:,") if block.split() else ""
        f.update(
            {
                "idx": math.log1p(i),
                "idx_rel": i / max(n - 1, 1),
                "from_end": math.log1p(n - 1 - i),
                "in_tail": float(i >= n - TAIL and i > prose),
                "to_headline": max(-20, min(20, i - headline)) if headline >= 0 else 30,
                "no_headline": float(headline < 0),
                "to_prose": max(-40, min(40, prose - i)),
                "before_prose": float(i < prose),
                "n_blocks": math.log1p(n),
                "repeated": float(seen[norm(block)] - 1),
                "by_start": float(bool(BYLINE.match(block[:LONGEST].lstrip("*•-– ")))),
                "by_word": float(bool(by.search(block[:LONGEST]))),
                "anchor": float(anchor.get(i, False)),
                "dated": float(dated.get(i, False)),
                "name_line": float(len(block) <= SHORT_NAME and is_name(block)),
                "person_line": float(
                    len(block) <= SHORT_NAME and is_name(block) and is_person(block)
                ),
                "reads": float(bool(names)),
                "n_names": float(len(names)),
                "names_share": sum(len(x) for x in names) / max(len(block), 1),
                "reading_before": float(sum(j < i for j in reading)),
                "reading_total": float(len(reading)),
                "picture_word": float(first in VISUAL or first in PICTURE_WORDS),
                "email": float("@" in block and "." in block.split("@")[-1]),
            }
        )
        for side, j in (("prev", i - 1), ("next", i + 1), ("prev2", i - 2), ("next2", i + 2)):
            inside = 0 <= j < n
            f[side + "_dated"] = float(inside and dated.get(j, False))
            f[side + "_anchor"] = float(inside and anchor.get(j, False))
            f[side + "_len"] = math.log1p(len(blocks[j])) if inside else 0.0
            f[side + "_headline"] = float(inside and j == headline)
        rows.append(f)
    return cands, rows, [reads[i] for i in cands]


def holds(block: str, names: list[str]) -> bool:
    """A block holds the expected byline when it holds every name (normalised)."""
    inside = _normal(block)
    return bool(names) and all(_normal(name) in inside for name in names)


def prepared(text: dict) -> dict:
    want = text["expected"].get("byline") or []
    cands, rows, reads = features_of(text)
    out = {
        "set": text["set"],
        "tuned": text["tuned"],
        "name": text["name"],
        "want": want,
        "rules": list((text["rules"] or {}).get("byline") or []),
        "cands": cands,
        "features": rows,
        "reads": reads,
        "labels": [holds(text["blocks"][i], want) for i in cands],
        "anywhere": any(holds(b, want) for b in text["blocks"]),
        "blocks": [text["blocks"][i] for i in cands],
    }
    return out


def load(source: Path, store: Path) -> list[dict]:
    if store.exists():
        return json.loads(store.read_text("utf-8"))
    raw = json.loads(source.read_text("utf-8"))
    with ProcessPoolExecutor(2) as pool:
        texts = list(pool.map(prepared, raw, chunksize=8))
    store.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    return texts


def right(text: dict, names: list[str]) -> bool:
    return _normal(list(names)) == _normal(list(text["want"]))


def fit(make, texts: list[dict], names: list[str]):
    """Trained on every text: one with no byline teaches that a name line (a letter's
    signature, a press contact) need not be one."""
    x, y, _ = matrix(texts, names)
    return make().fit(x, y)


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


# The deciders: "plain" overrules the rules with any block the model is sure of and reads
# names in; "shared" not when the block's names share one with the rules' (a co-author on
# the next line, which the rules join); "named" also not when the rules found no byline,
# unless the block says the language's "by" (a bare name line may be a signature).
VARIANTS = ("plain", "shared", "named")
# The "no byline" outcome: the rules' names are dropped when the model gives every block
# that holds them less than this (a name the rules read out of a signature, a caption or a
# menu).
DOUBTS = (0.01, 0.02, 0.05, 0.1, 0.2)


def cleared(text: dict, probs: list[float], doubt: float) -> list[str]:
    """The rules' byline, or none when no block holding it is at least ``doubt`` likely."""
    rules = text["rules"]
    if not rules or not probs:
        return rules
    own = [p for b, p in zip(text["blocks"], probs, strict=True) if holds(b, rules)]
    return [] if own and max(own) < doubt else rules


def located(text: dict, probs: list[float]) -> bool:
    """The model's top block holds every expected name, and it is at least half sure."""
    if not probs or not text["want"]:
        return False
    top = max(range(len(probs)), key=probs.__getitem__)
    return probs[top] >= 0.5 and text["labels"][top]


def triaged(text: dict, probs: list[float]) -> bool:
    if not probs or text["rules"]:
        return False
    top = max(range(len(probs)), key=probs.__getitem__)
    return probs[top] >= 0.5 and not text["reads"][top]


def kind(text: dict, ok: bool) -> str:
    """What went wrong with the rules' byline (counted, per split)."""
    if ok:
        return "right"
    want, rules = _normal(text["want"]), _normal(text["rules"])
    if not want:
        return "names where none (expected empty)"
    where = "held by a candidate" if any(text["labels"]) else "held by no single candidate"
    if not rules:
        return f"missed, {where}"
    if set(want) & set(rules):
        return f"partly right (names missing or extra), {where}"
    return f"wrong names, {where}"


def decide(
    text: dict, probs: list[float], threshold: float | None, variant: str = "named"
) -> list[str]:
    """The model alone (threshold None: the names of its pick when it is at least half
    sure, else none), or the rules' byline unless the model is at least ``threshold`` sure
    of a block that does not hold the rules' names and tearsheet reads names in."""
    rules = text["rules"]
    if not probs:
        return [] if threshold is None else rules
    top = max(range(len(probs)), key=probs.__getitem__)
    names = text["reads"][top]
    if threshold is None:
        return names if probs[top] >= 0.5 else []
    if probs[top] < threshold or not names or (rules and holds(text["blocks"][top], rules)):
        return rules
    if variant != "plain" and set(_normal(names)) & set(_normal(rules)):
        return rules
    feats = text["features"][top]
    if variant == "named" and not rules and not (feats["by_start"] or feats["by_word"]):
        return rules
    return names


def scores(texts: list[dict], probs: list[list[float]]) -> dict:
    n = len(texts)
    rules = [right(t, t["rules"]) for t in texts]
    alone = [right(t, decide(t, p, None)) for t, p in zip(texts, probs, strict=True)]
    res = {
        "texts": n,
        "empty": sum(not t["want"] for t in texts),
        "held": sum(any(t["labels"]) for t in texts),
        "anywhere": sum(t["anywhere"] for t in texts),
        "readable": sum(any(right(t, r) for r in t["reads"]) for t in texts if t["want"]),
        "rules": sum(rules) / n,
        "rules_empty": sum(r for r, t in zip(rules, texts, strict=True) if not t["want"]),
        "model": sum(alone) / n,
        "model_fixes": sum(b and not a for a, b in zip(rules, alone, strict=True)),
        "model_breaks": sum(a and not b for a, b in zip(rules, alone, strict=True)),
        # Rules wrong, names expected, and some candidate read to exactly those names.
        "fixable": sum(
            not r and bool(t["want"]) and any(right(t, x) for x in t["reads"])
            for r, t in zip(rules, texts, strict=True)
        ),
    }
    # Does the model find the block, whatever the reader makes of it? Among the texts one
    # candidate of which holds every expected name: its top block is one (at least half sure).
    found = [located(t, p) for t, p in zip(texts, probs, strict=True)]
    held = [bool(t["want"]) and any(t["labels"]) for t in texts]
    res["located"] = [sum(found), sum(held)]
    missed = [h and not r for h, r in zip(held, rules, strict=True)]
    res["located_rules_wrong"] = [
        sum(f and m for f, m in zip(found, missed, strict=True)),
        sum(missed),
    ]
    # Triage: the trees at least half sure of a block the reader reads nothing in, and the
    # rules found no byline (a likely gap of the reader); how many hold the names.
    flags = [triaged(t, p) for t, p in zip(texts, probs, strict=True)]
    res["triage"] = [
        sum(flags),
        sum(f and located(t, p) for f, t, p in zip(flags, texts, probs, strict=True)),
    ]
    res["kinds"] = dict(Counter(kind(t, r) for t, r in zip(texts, rules, strict=True)))
    res["readable_kinds"] = dict(
        Counter(
            kind(t, r)
            for t, r in zip(texts, rules, strict=True)
            if not r and bool(t["want"]) and any(right(t, x) for x in t["reads"])
        )
    )
    res["clear"] = {}
    for doubt in DOUBTS:
        got = [right(t, cleared(t, p, doubt)) for t, p in zip(texts, probs, strict=True)]
        res["clear"][str(doubt)] = {
            "acc": sum(got) / n,
            "fixed": sum(b and not a for a, b in zip(rules, got, strict=True)),
            "broken": sum(a and not b for a, b in zip(rules, got, strict=True)),
        }
    for variant in VARIANTS:
        res[variant] = {}
        for th in THRESHOLDS:
            combo = [right(t, decide(t, p, th, variant)) for t, p in zip(texts, probs, strict=True)]
            res[variant][str(th)] = {
                "acc": sum(combo) / n,
                "fixed": sum(b and not a for a, b in zip(rules, combo, strict=True)),
                "broken": sum(a and not b for a, b in zip(rules, combo, strict=True)),
            }
    return res


def show(tag: str, res: dict) -> None:
    print(
        f"{tag:<18} n={res['texts']:<5} empty={res['empty']} held={res['held']} "
        f"readable={res['readable']} fixable={res['fixable']} rules={res['rules']:.3f} "
        f"model={res['model']:.3f} "
        f"(+{res['model_fixes']}-{res['model_breaks']}) located={res['located']} "
        f"located_rules_wrong={res['located_rules_wrong']} triage={res['triage']}",
        flush=True,
    )
    for variant in VARIANTS:
        cells = " ".join(
            f"{th}:{c['acc']:.3f}(+{c['fixed']}-{c['broken']})" for th, c in res[variant].items()
        )
        print(f"   {variant:<6} {cells}", flush=True)
    cells = " ".join(
        f"{d}:{c['acc']:.3f}(+{c['fixed']}-{c['broken']})" for d, c in res["clear"].items()
    )
    print(f"   clear  {cells}", flush=True)
    for k, v in sorted(res["kinds"].items()):
        print(f"   {v:>5} {k} (readable in a candidate: {res['readable_kinds'].get(k, 0)})")


def dump_tuned(
    texts: list[dict], probs: list[list[float]], threshold: float, variant: str, path: Path
) -> None:
    """Out-of-fold decisions on the tuned sets where the override changes the rules' byline
    (the fixes and breaks read for BYLINES.md; tuned sets only)."""
    rows = []
    for t, p in zip(texts, probs, strict=True):
        got = decide(t, p, threshold, variant)
        if _normal(got) == _normal(t["rules"]):
            continue
        top = max(range(len(p)), key=p.__getitem__)
        rows.append(
            {
                "set": t["set"],
                "name": t["name"],
                "want": t["want"],
                "rules": t["rules"],
                "got": got,
                "block": t["blocks"][top][:200],
                "p": round(p[top], 3),
                "fix": right(t, got),
                "break": right(t, t["rules"]),
            }
        )
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("--store", type=Path, default=Path("/tmp/byrank13/bylines.json"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/byrank13/results.json"))
    parser.add_argument("--dump", type=Path, help="out-of-fold changes on the tuned sets")
    parser.add_argument("--models", default="hgb,logreg")
    parser.add_argument("--probs", type=Path, help="keep the probabilities (scores only)")
    parser.add_argument("--reuse", action="store_true", help="score the kept probabilities")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--variant", default="plain")
    parser.add_argument("--without", default="", help="features left out (an ablation)")
    args = parser.parse_args()
    texts = load(args.source, args.store)
    tuned = [t for t in texts if t["tuned"]]
    untuned = [t for t in texts if not t["tuned"]]
    dropped = set(filter(None, args.without.split(",")))
    names = sorted(set(next(t for t in texts if t["features"])["features"][0]) - dropped)
    print("texts", len(texts), "tuned", len(tuned), "untuned", len(untuned), "features", len(names))
    results: dict = {"features": names, "runs": {}}
    for mname, make in models().items():
        if mname not in args.models.split(","):
            continue
        kept = args.probs.with_suffix(f".{mname}.json") if args.probs else None
        if args.reuse and kept and kept.exists():
            saved = json.loads(kept.read_text("utf-8"))
            for tag, split in (("cv-tuned", tuned), ("untuned", untuned)):
                key = "tuned" if tag == "cv-tuned" else "untuned"
                show(f"{tag}|{mname}", scores(split, saved[key]))
            fresh = [k for k, t in enumerate(tuned) if t["set"] in FRESH]
            res = scores([tuned[k] for k in fresh], [saved["tuned"][k] for k in fresh])
            show(f"cv-fresh2|{mname}", res)
            if args.dump and mname == "hgb":
                dump_tuned(tuned, saved["tuned"], args.threshold, args.variant, args.dump)
            continue
        probs = oof(make, tuned, names)
        res = scores(tuned, probs)
        results["runs"][f"cv-tuned|{mname}"] = res
        show(f"cv-tuned|{mname}", res)
        fresh = [k for k, t in enumerate(tuned) if t["set"] in FRESH]
        res = scores([tuned[k] for k in fresh], [probs[k] for k in fresh])
        results["runs"][f"cv-fresh2|{mname}"] = res
        show(f"cv-fresh2|{mname}", res)
        model = fit(make, tuned, names)
        held_out = probabilities(model, untuned, names)
        if args.probs:
            args.probs.with_suffix(f".{mname}.json").write_text(
                json.dumps({"tuned": probs, "untuned": held_out}), "utf-8"
            )
        res = scores(untuned, held_out)
        results["runs"][f"untuned|{mname}"] = res
        show(f"untuned|{mname}", res)
        if args.dump and mname == "hgb":
            dump_tuned(tuned, probs, args.threshold, args.variant, args.dump)
    args.out.write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
