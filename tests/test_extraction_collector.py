"""A load's extraction collects the young generation less often, and gives the setting back after."""

from __future__ import annotations

import gc

import pytest

from loaders.workers import fewer_collections


def test_the_collector_is_set_back_after_extraction_even_when_it_fails() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        raised = gc.get_threshold()
        assert raised[0] > before[0] and raised[1:] == before[1:]
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a document failed")
    assert gc.get_threshold() == before
