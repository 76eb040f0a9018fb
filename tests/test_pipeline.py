"""The loader pipeline over the bundled sample: stage order, offsets, emitted terms."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from loaders import STAGES, Document, emit, extract, sample_corpus
from loaders.reading.stage import read
from ontology import ONTOLOGY_FILES


@pytest.fixture(scope="module")
def sample() -> Document:
    return extract(read(sample_corpus()))


def test_stages_run_in_the_documented_order() -> None:
    assert [name for name, _ in STAGES] == ["segment", "organizations", "activities", "metrics", "relations"]


def test_every_span_is_an_offset_into_the_text(sample: Document) -> None:
    assert sample.mentions and sample.passages
    for m in sample.mentions:
        assert sample.text[m.start : m.end] == m.text
    for p in sample.passages:
        assert 0 <= p.start < p.end <= len(sample.text)
    for met in sample.metrics:
        assert sample.passages[met.passage].start <= met.start < met.end <= sample.passages[met.passage].end


def test_the_sample_has_five_reports_with_subjects(sample: Document) -> None:
    assert len(sample.reports) == 5
    assert all(r.subject for r in sample.reports)


def test_every_emitted_term_is_declared_in_the_ontology(sample: Document) -> None:
    declared = set()
    for path in ONTOLOGY_FILES:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            declared.add(q.subject)
    gk = "https://w3id.org/govkg/ontology#"
    used = set()
    for t in emit(sample):
        used.add(t.predicate)
        if t.predicate.value.endswith("#type"):
            used.add(t.object)
    ours = {u for u in used if isinstance(u, ox.NamedNode) and u.value.startswith(gk)}
    assert ours and ours <= declared, sorted(u.value for u in ours - declared)
    assert any(u.value.startswith("https://w3id.org/govkg/concept/") for u in declared)
