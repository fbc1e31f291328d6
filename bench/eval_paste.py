"""Field accuracy of the tuned written sets pasted in other ways.

The same copied article reaches tearsheet in many shapes: with Windows line ends, with the
page's no-break spaces, soft hyphens and zero-width spaces still in it, quoted whole in a
reply ("> " before each line), indented whole, with no blank line between its paragraphs
or a blank line after each line. Each shape is applied to every text of the tuned sets
(never the untuned ones, which stay unseen) and the field accuracy compared with the text
as written. A shape that loses accuracy the text did not lose is a place where the import
reads the shape, not the words. Run with ``make eval-paste``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_import import ROOT, WRITTEN_SETS, evaluate_written

# How many spaces, words or hyphenation points each shape changes in a text.
CHANGES = 40

PASTES: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "no-break spaces": lambda text: text.replace(" ", "\u00a0", CHANGES),
    "zero-width spaces": lambda text: text.replace(" ", " \u200b", CHANGES),
    "soft hyphens": lambda text: re.sub(
        r"(\w{5})(\w{5,})", lambda m: f"{m[1]}\u00ad{m[2]}", text, count=CHANGES
    ),
    "quoted in a reply": lambda text: "\n".join(
        f"> {line}" if line.strip() else ">" for line in text.split("\n")
    ),
    "indented whole": lambda text: "\n".join(
        f"    {line}" if line.strip() else line for line in text.split("\n")
    ),
    "trailing spaces": lambda text: "\n".join(f"{line}  " for line in text.split("\n")),
    "tabs on blank lines": lambda text: text.replace("\n\n", "\n\t\n"),
    "no blank lines": lambda text: re.sub(r"\n\s*\n", "\n", text),
    "a blank line after each": lambda text: re.sub(r"\n+", "\n\n", text),
}


def main() -> int:
    folders = [ROOT / "bench" / name for name, _label, tuned in WRITTEN_SETS if tuned]
    print(f"tuned written sets ({len(folders)}), field accuracy by the way they are pasted:")
    for label, paste in PASTES.items():
        results = [evaluate_written(folder, paste) for folder in folders]
        texts = sum(r["texts"] for r in results)
        overall = sum(r["overall"] * r["texts"] for r in results) / texts
        print(f"  {label:26} {overall:6.1%}")
    print("(no blank lines, or one after each line, loses what a hard-wrapped text's lines say")
    print(" of its paragraphs: some loss there is the shape's, not the import's)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
