"""A long PDF's helpers: pydyf's page references shared, and the collector's threshold put
back after a long document."""

from __future__ import annotations

import gc

import pydyf
import pytest

from tearsheet.longpdf import fewer_collections, share_page_references


def references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    return tuple(f"{number} 0 R".encode("ascii") for number in pdf.pages["Kids"][::3])


def test_page_references_follow_added_pages_and_each_pdf():
    share_page_references()
    share_page_references()  # idempotent: still one property, not a wrapper of a wrapper
    first, second = pydyf.PDF(), pydyf.PDF()
    for _ in range(3):
        first.add_page(pydyf.Dictionary())
    assert first.page_references == references(first)
    assert first.page_references is first.page_references  # built once
    first.add_object(pydyf.Dictionary())  # numbers of later pages skip other objects
    first.add_page(pydyf.Dictionary())
    assert len(first.page_references) == 4
    assert first.page_references == references(first)
    second.add_page(pydyf.Dictionary())
    assert second.page_references == references(second)
    assert len(second.page_references) == 1


def test_collector_threshold_is_put_back_even_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(ValueError), fewer_collections():
        assert gc.get_threshold()[0] > before[0]
        raise ValueError("a book that failed")
    assert gc.get_threshold() == before
