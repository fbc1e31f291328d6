"""Runs and neighbours in jusText's classes (tearsheet.classruns)."""

from __future__ import annotations

from tearsheet.classruns import boilerplate_runs, nearest_class

CLASSES = ["bad", "short", "neargood", "good", "short", "bad", "bad"]


def test_the_nearest_class_looks_past_short_blocks_and_past_near_prose_when_asked():
    assert nearest_class(CLASSES, -1, False) == [
        "bad",
        "bad",
        "bad",
        "neargood",
        "good",
        "good",
        "bad",
    ]
    assert nearest_class(CLASSES, -1, True)[3] == "bad"  # past "neargood" to the "bad"
    assert nearest_class(CLASSES, 1, False)[:3] == ["neargood", "neargood", "good"]
    assert nearest_class(CLASSES, 1, True)[6] == "bad"  # past the end


def test_a_boilerplate_run_is_counted_between_prose_blocks():
    assert boilerplate_runs(CLASSES) == [3, 3, 3, 0, 3, 3, 3]
    assert boilerplate_runs([]) == []
