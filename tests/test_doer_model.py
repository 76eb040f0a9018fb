"""The doer ranker: its shipped weights name only features the code computes, its candidates carry those
features, a model put in use decides, and the training script fits a model from a gold folder.

Every sentence here (and in tests/fixtures/doer_gold) is invented for the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.document import Document
from loaders.pipeline import extract
from loaders.relations import ranking

_ROOT = Path(__file__).resolve().parent.parent

_COUNTY = (
    "松阳县：党建引领基层治理提质增效\n"
    "近年来，松阳县坚持党建引领，推动基层治理提质增效。\n"
    "县人社局推出“零工驿站”服务，帮助群众就近就业。\n"
    "松阳县联合县民政局开展“银龄互助”活动，累计服务群众2000人次。\n"
)


def _recorded(text: str) -> tuple[Document, list[ranking.Record]]:
    with ranking.recording() as seen:
        doc = extract(Document(path=Path("t.txt"), text=text))
    return doc, seen


def _does(doc: Document) -> set[tuple[str, str]]:
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate in ("implements", "uses")}


def test_the_shipped_model_weighs_only_features_the_code_computes() -> None:
    model = json.loads(ranking.MODEL_PATH.read_text(encoding="utf-8"))
    assert model["weights"], "an empty model ranks nothing"
    unknown = set(model["weights"]) - ranking.VOCABULARY
    assert not unknown, f"weights for features the code no longer computes: {sorted(unknown)}"
    assert isinstance(model["decides"], bool) and isinstance(model["bias"], float)


def test_candidates_carry_the_sentence_grammar_and_the_rules_proposals() -> None:
    doc, seen = _recorded(_COUNTY)
    by_anchor = {doc.entities[r.anchor.key or ""].label: r for r in seen}
    for rec in seen:
        for cand in rec.candidates:
            assert set(cand.features) <= ranking.VOCABULARY
    bureau = {doc.entities[c.key].label: c.features for c in by_anchor["“零工驿站”服务"].candidates}
    # 县人社局推出…: the bureau opens the sentence right before the deed, its county's own department
    assert {"rule:sentence", "class:GovernmentAgency", "stand:named", "where:before", "opener", "clause:same"} <= set(
        bureau["松阳县人社局"]
    )
    assert {"rule:subject", "stand:subject", "class:County"} <= set(bureau["松阳县"])
    partner = {doc.entities[c.key].label: c.features for c in by_anchor["“银龄互助”活动"].candidates}
    assert "left:联合" in partner["松阳县民政局"] and "rule:sentence" not in partner["松阳县民政局"]


def test_a_bureau_the_county_report_names_before_its_practice_does_it() -> None:
    doc, _ = _recorded(_COUNTY)
    does = _does(doc)
    assert ("松阳县人社局", "“零工驿站”服务") in does
    assert ("松阳县", "“零工驿站”服务") not in does
    assert ("松阳县", "“银龄互助”活动") in does  # 联合县民政局: the bureau is the county's partner


def test_a_model_put_in_use_decides_who_does() -> None:
    partners_first = {"weights": {"left:联合": 5.0}, "bias": 0.0}
    with ranking.using(partners_first):
        doc, _ = _recorded(_COUNTY)
    assert ("松阳县民政局", "“银龄互助”活动") in _does(doc)
    assert ("松阳县", "“银龄互助”活动") not in _does(doc)


def test_the_training_script_fits_a_model_from_a_gold_folder(tmp_path: Path) -> None:
    pytest.importorskip("sklearn", reason="the train extra (make model) is not installed")
    gold, out = _ROOT / "tests" / "fixtures" / "doer_gold", tmp_path / "model.json"
    args = ["--eval", str(gold), "--folders", "east", "west", "--no-sample", "--out", str(out)]
    done = subprocess.run([sys.executable, "-m", "training.doers", *args], cwd=_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["anchors"] == 2 and model["trained_on"] == ["east", "west"]
    assert set(model["weights"]) <= ranking.VOCABULARY
    assert set(model["cross_validation"]) == {"east", "west"}
    assert model["decides"] is False  # the model did no better than the rules on the folder it had not seen


def test_the_training_script_counts_wrong_doers_by_structure_alone() -> None:
    """A gold that credits the county with the practice its bureau opens the sentence with: one wrong anchor,
    told by the features of the body taken and of the gold doer, with no name and no word of the text."""
    gold = _ROOT / "tests" / "fixtures" / "doer_gold"
    args = ["--eval", str(gold), "--diagnose", "odd", "east"]
    done = subprocess.run([sys.executable, "-m", "training.doers", *args], cwd=_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = {line.split(None, 1)[1]: int(line.split(None, 1)[0]) for line in done.stdout.splitlines()}
    taken = "class:GovernmentAgency rule:cascade rule:sentence stand:named"
    gold_doer = "class:County rule:subject stand:subject where:outside"
    assert lines == {"right": 1, f"wrong; took [{taken}] for [{gold_doer}]": 1}
    assert "松阳" not in done.stdout and "零工" not in done.stdout
