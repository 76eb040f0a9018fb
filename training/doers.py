"""Fit the doer ranker (loaders/relations/ranking.py) from real gold and write loaders/data/doer_model.json.

    python -m training.doers                    # fit on the sample and the dev folders, write the model
    python -m training.doers --cv               # also: 4-fold cross-validation by folder, does-relations scored
    python -m training.doers --score DIR ...    # score does-relations of gold folders with the shipped model
    python -m training.doers --diagnose DIR ... # count where their doers go wrong, by structure (no text, no name)

The extraction runs as it does in a load; `ranking.recording` keeps each activity anchor's candidates and
features from that real code path. A candidate is positive when the gold relates it (implements/uses, by
name or alias after the scorer's normalisation) to the anchor's activity; anchors whose activity the gold
does not hold, or holds with no doer, teach nothing and are left out. The fit is a logistic regression over
the candidates; the file holds its weights, which `ranking.score` reads as a dot product.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract
from loaders.reading.stage import read
from loaders.relations import ranking, selves

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SAMPLE = ROOT / "loaders" / "corpus" / "puyang-2023-organization-work-exchange.txt"
FOLDERS = ("dev", "dev2", "dev2a", "dev2b")
_DOES = ("implements", "uses")
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】<>·・,，、。.;；:：!！?？]")  # the scorer's


def norm(text: str) -> str:
    """A name as the scorer compares it: NFKC, no spaces, quotes, brackets or punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class Source:
    """A text and the gold files of its reports, with the folder it belongs to (the unit of cross-validation)."""

    folder: str
    text: Path
    golds: list[dict]


def sources(eval_dir: Path, folders: Iterable[str], sample: bool = True) -> list[Source]:
    """The sample (with its gold) and each folder's documents that have a gold file."""
    out = []
    if sample:
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((eval_dir / "gold").glob("*.json"))]
        out.append(Source("sample", SAMPLE, golds))
    for folder in folders:
        d = Path(folder) if Path(folder).is_absolute() else eval_dir / folder
        for t in sorted(d.glob("*.txt")):
            g = t.with_suffix(".json")
            if g.exists():
                out.append(Source(d.name, t, [json.loads(g.read_text(encoding="utf-8"))]))
    return out


class Gold:
    """The does-relations of a source's gold: activity name -> the names of its doers."""

    def __init__(self, golds: list[dict]) -> None:
        self.names: dict[str, set[str]] = {}  # gold entity name -> its normalised names and aliases
        self.doers: dict[str, set[str]] = {}  # normalised activity name -> normalised doer names
        self.pairs: list[tuple[str, str]] = []  # (doer, activity) gold entity names
        self.activities: dict[str, str] = {}  # normalised activity name or alias -> gold entity name
        for g in golds:
            for e in g["entities"]:
                self.names[e["name"]] = {norm(n) for n in [e["name"], *e.get("aliases", [])]}
                if e["type"] in ("Initiative", "Mechanism") and not e.get("optional"):
                    for n in self.names[e["name"]]:
                        self.activities[n] = e["name"]
        for g in golds:
            for s, p, o in g["relations"]:
                if p in _DOES:
                    self.pairs.append((s, o))
                    doers = self.names.get(s, {norm(s)})
                    for n in self.names.get(o, {norm(o)}):
                        self.doers.setdefault(n, set()).update(doers)

    def activity(self, labels: set[str]) -> str | None:
        """The gold activity one of `labels` (normalised) names."""
        return next((self.activities[n] for n in labels if n in self.activities), None)


def labels_of(doc: Document, key: str) -> set[str]:
    ent = doc.entities.get(key)
    return set() if ent is None else {norm(n) for n in (ent.label, *ent.alt_labels)}


Row = tuple[str, int, dict[str, float], int]  # folder, anchor number, features, label


def labelled(srcs: Sequence[Source]) -> Iterator[tuple[str, Document, ranking.Record, set[str], list[int]]]:
    """Extract each source, recording its activity anchors; yield those whose activity the gold gives doers:
    (folder, document, record, the gold doers' names, each candidate's label). The subject's own leadership
    (某县委) counts as the subject, as the relations stage credits it."""
    for src in srcs:
        gold = Gold(src.golds)
        with ranking.recording() as seen:
            doc = extract(read(src.text))
        for rec in seen:
            name = gold.activity(labels_of(doc, rec.anchor.key or ""))
            wanted = gold.doers.get(norm(name), set()) if name else set()
            if wanted and rec.candidates:
                p = rec.anchor.passage
                doers = [selves.own(doc, p, c.key) or c.key for c in rec.candidates]
                yield src.folder, doc, rec, wanted, [int(bool(labels_of(doc, k) & wanted)) for k in doers]


def collect(srcs: Sequence[Source], log: bool = True) -> list[Row]:
    """The candidates of every anchor with a gold doer among them and another candidate that is none."""
    rows: list[Row] = []
    anchor = chosen_right = 0
    for folder, doc, rec, wanted, labels in labelled(srcs):
        if all(labels) or not any(labels):
            continue  # one kind of candidate only (often the subject alone): nothing to rank
        anchor += 1
        chosen = selves.own(doc, rec.anchor.passage, rec.chosen[0]) if rec.chosen else None
        chosen_right += bool(chosen and labels_of(doc, chosen) & wanted)
        rows.extend((folder, anchor, c.features, y) for c, y in zip(rec.candidates, labels, strict=True))
    if log:
        print(f"the extraction's own first doer a gold doer in {chosen_right}/{anchor} anchors", file=sys.stderr)
    return rows


def diagnose(srcs: Sequence[Source]) -> Counter[str]:
    """Where the extraction's doer is not the gold's, by structure only (no text, no name: fit for sets read
    by count alone): the signature of the candidate taken and of the gold doer, or that the gold doer was
    no candidate; and how many anchors were right."""
    out: Counter[str] = Counter()
    for _, doc, rec, wanted, labels in labelled(srcs):
        chosen = selves.own(doc, rec.anchor.passage, rec.chosen[0]) if rec.chosen else None
        if chosen and labels_of(doc, chosen) & wanted:
            out["right"] += 1
            continue
        taken = next((c for c in rec.candidates if rec.chosen and c.key == rec.chosen[0]), None)
        gold = next((c for c, y in zip(rec.candidates, labels, strict=True) if y), None)
        if gold is None:
            out["wrong; the gold doer is no candidate"] += 1
            continue
        out[f"wrong; took [{_signature(taken, _TAKEN)}] for [{_signature(gold, _GOLD)}]"] += 1
    return out


_TAKEN = ("rule:", "stand:", "class:")
_GOLD = ("rule:", "stand:", "class:", "where:", "clause:", "left:", "right:", "gap:")


def _signature(cand: ranking.Candidate | None, kinds: tuple[str, ...]) -> str:
    return "none" if cand is None else " ".join(sorted(k for k in cand.features if k.startswith(kinds)))


def fit(rows: Sequence[Row], c: float = 1.0) -> dict:
    """A logistic regression over the candidates' features -> the model file's content."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r[2] for r in rows])
    y = [r[3] for r in rows]
    lr = LogisticRegression(C=c, max_iter=2000)
    lr.fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0], strict=True)}
    return {
        "about": "doer ranker: logistic-regression weights over structural features (training/doers.py)",
        "trained_on": sorted({r[0] for r in rows}),
        "candidates": len(rows),
        "anchors": len({r[1] for r in rows}),
        "bias": round(float(lr.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }


def ranked_right(rows: Sequence[Row], model: dict) -> tuple[int, int]:
    """Of the anchors in `rows`, how many the model's best candidate is a gold doer of."""
    w, b = model["weights"], model["bias"]
    best: dict[int, tuple[float, int]] = {}
    for _, a, f, y in rows:
        s = b + sum(w.get(k, 0.0) * v for k, v in f.items())
        if a not in best or s > best[a][0]:
            best[a] = (s, y)
    return sum(y for _, y in best.values()), len(best)


def cross_validated(rows: Sequence[Row], c: float) -> dict[str, list[int]]:
    """Per folder (the sample always trains): [anchors the model fitted on the other folders ranks right,
    anchors the rules' own choice gets right, anchors]."""
    out = {}
    for held in sorted({r[0] for r in rows} - {"sample"}):
        test = [r for r in rows if r[0] == held]
        right, n = ranked_right(test, fit([r for r in rows if r[0] != held], c))
        out[held] = [right, sum(1 for r in test if r[3] and r[2].get("rule:cascade")), n]
    return out


def does_scores(srcs: Sequence[Source]) -> dict[str, list[int]]:
    """Per folder: [gold does-relations found, gold does-relations, our edges onto gold activities, right ones].

    The scorer's rules on the document itself: a gold pair is found when an implements/uses edge joins
    entities named like its ends; an edge onto a gold activity is right when its doer is named like one
    of that activity's gold doers (`does_attribution_precision`)."""
    out: dict[str, list[int]] = {}
    for src in srcs:
        gold = Gold(src.golds)
        doc = extract(read(src.text))
        edges = [(r.subject, r.object) for r in doc.relations if r.predicate in _DOES]
        names = {k: labels_of(doc, k) for pair in edges for k in pair}
        tally = out.setdefault(src.folder, [0, 0, 0, 0])
        for s, o in gold.pairs:
            sn, on = gold.names.get(s, {norm(s)}), gold.names.get(o, {norm(o)})
            tally[0] += any(names[a] & sn and names[b] & on for a, b in edges)
            tally[1] += 1
        for a, b in edges:
            name = gold.activity(names[b])
            if name is None:
                continue
            tally[2] += 1
            tally[3] += bool(names[a] & gold.doers.get(norm(name), set()))
    return out


def _report(scores: dict[str, list[int]]) -> None:
    total = [0, 0, 0, 0]
    for folder, t in [*scores.items(), ("all", total)]:
        if folder != "all":
            total[:] = [a + b for a, b in zip(total, t, strict=True)]
        recall, attribution = t[0] / max(t[1], 1), t[3] / max(t[2], 1)
        print(f"  {folder:10} does recall {recall:.3f} ({t[0]}/{t[1]})  attribution {attribution:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=EVAL, help="the evaluation folder (gold/ and the dev folders)")
    ap.add_argument("--folders", nargs="*", default=list(FOLDERS), help="gold folders to train on")
    ap.add_argument("--no-sample", action="store_true", help="leave the sample and its gold out")
    ap.add_argument("--out", type=Path, default=ranking.MODEL_PATH)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--cv", action="store_true", help="4-fold cross-validation by folder before the fit")
    ap.add_argument("--score", nargs="*", help="only score does-relations of these folders with the shipped model")
    ap.add_argument("--diagnose", nargs="*", help="only count, by structure, where these folders' doers go wrong")
    a = ap.parse_args(argv)
    if a.diagnose is not None:
        for line, n in diagnose(sources(a.eval, a.diagnose, sample=False)).most_common():
            print(f"{n:5}  {line}")
        return 0
    if a.score is not None:
        _report(does_scores(sources(a.eval, a.score, sample=False)))
        return 0
    srcs = sources(a.eval, a.folders, sample=not a.no_sample)
    rows = collect(srcs)
    cv = cross_validated(rows, a.c)
    for held, (right, rules, n) in cv.items():
        print(f"fold {held}: the model fitted on the others right in {right}/{n} anchors, the rules in {rules}/{n}")
        if a.cv:
            with ranking.using(fit([r for r in rows if r[0] != held], a.c)):
                _report(does_scores([s for s in srcs if s.folder == held]))
    model = fit(rows, a.c)
    # the model decides only where it beat the rules on folders it had not seen
    model["decides"] = bool(cv) and sum(v[0] for v in cv.values()) > sum(v[1] for v in cv.values())
    model["cross_validation"] = {held: f"model {v[0]}/{v[2]}, rules {v[1]}/{v[2]}" for held, v in cv.items()}
    right, n = ranked_right(rows, model)
    print(f"fit: {model['anchors']} anchors, {model['candidates']} candidates; best a gold doer in {right}/{n}")
    print(f"decides: {model['decides']}")
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
