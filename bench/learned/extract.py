"""Step 1 of the learned-lines study: run the rules on every written set once and cache,
per text, the blocks the importer reads (textblocks.split_blocks), the zones' jusText
classes, the rules' output fields and the expected ones (bench/learned/REPORT.md).

    PYTHONPATH=src python bench/learned/extract.py /tmp/learn10/cache [--sets a,b] [--tag x]

Another checkout's rules can be run by putting its src first on PYTHONPATH (--tag names
the cache files then).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from eval_import import WRITTEN_SETS, fields_of  # noqa: E402


def one(item: tuple[str, str]) -> dict:
    import py3langid

    from tearsheet import zones
    from tearsheet.errors import ContentError
    from tearsheet.plaintext import parse_text
    from tearsheet.textblocks import pasted_lines, split_blocks

    folder, name = item
    text = (ROOT / "bench" / folder / name).read_text(encoding="utf-8")
    blocks, groups = split_blocks(pasted_lines(text))
    long = " ".join(b for b in blocks if len(b) > 40) or text
    lang = py3langid.classify(long)[0]
    out = {
        "set": folder,
        "name": name,
        "lang": lang,
        "blocks": blocks,
        "groups": groups,
        "classes": zones.classify(blocks, lang) if blocks else [],
        "first": zones.first_pass(blocks, lang) if blocks else [],
        "density": [round(zones.stop_word_density(b, lang), 4) for b in blocks],
        "sentence": [zones.is_sentence(b) for b in blocks],
        "clutter": [zones.clutter_of(b) is not None for b in blocks],
    }
    try:
        article = parse_text(text)
    except ContentError:
        out["rules"] = None
        return out
    out["rules"] = fields_of(article)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--sets", default="")
    parser.add_argument("--tag", default="")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    wanted = set(filter(None, args.sets.split(",")))
    for folder, _label, tuned in WRITTEN_SETS:
        if wanted and folder not in wanted:
            continue
        target = args.cache / f"{folder}{args.tag}.json"
        if target.exists():
            continue
        expected = json.loads((ROOT / "bench" / folder / "expected.json").read_text("utf-8"))
        items = [(folder, name) for name in sorted(expected)]
        with ProcessPoolExecutor(args.jobs) as pool:
            texts = list(pool.map(one, items, chunksize=4))
        for t in texts:
            t["expected"] = expected[t["name"]]
            t["tuned"] = tuned
        target.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        print(folder, len(texts), flush=True)


if __name__ == "__main__":
    main()
