"""Runs and neighbours in a list of jusText classes ('good', 'neargood', 'short', 'bad')."""

from __future__ import annotations


def nearest_class(first: list[str], step: int, skip_near: bool) -> list[str]:
    """For each block, the first class other than 'short' (and 'neargood' when skipped)
    beyond it in the direction of ``step``; 'bad' past the end."""
    found = ["bad"] * len(first)
    seen = "bad"
    order = range(len(first)) if step < 0 else range(len(first) - 1, -1, -1)
    for index in order:
        found[index] = seen
        kind = first[index]
        if kind in ("good", "bad") or (kind == "neargood" and not skip_near):
            seen = kind
    return found


def boilerplate_runs(classes: list[str]) -> list[int]:
    """For each block, the length of the run of consecutive boilerplate blocks it is in."""
    runs = [0] * len(classes)
    start = 0
    for index in range(len(classes) + 1):
        if index == len(classes) or classes[index] == "good":
            for inside in range(start, index):
                runs[inside] = index - start
            start = index + 1
    return runs
