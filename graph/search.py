"""Search over entity labels built for Chinese: character bigrams find any substring, ranked exact > prefix.

A word tokenizer (SQLite's default, or a segmenter) misses 网格 inside 网格化管理 or 枫桥经验 written
without spaces; bigrams of characters do not. Labels are normalized (NFKC, lower case, quotes and
brackets dropped) so “头雁领航”工程 is found as 头雁领航工程 and 头雁领航.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from .catalog import Catalog, local_name
from .queries import ENTITY_LABELS, SNIPPETS
from .store import Store, select, text

__all__ = ["SearchIndex", "normalize"]

_DROP = re.compile(r"[\"'“”‘’「」『』《》〈〉【】()（）\[\]·•、，,。.:：;；!！?？]")
_SPACE = re.compile(r"\s+")
_KIND_SCORE = {"exact": 1000.0, "prefix": 700.0, "substring": 400.0}


def normalize(text: str) -> str:
    """The form labels and queries are compared in.

    >>> normalize("“头雁领航”工程"), normalize("  Nanle   County ")
    ('头雁领航工程', 'nanle county')
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return _SPACE.sub(" ", _DROP.sub("", text)).strip()


def _grams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


@dataclass
class _Label:
    entity: str
    text: str  # as written
    norm: str
    alt: bool


class SearchIndex:
    """Labels (rdfs:label, skos:prefLabel, skos:altLabel; zh and en) of every entity, by character bigram."""

    def __init__(self, catalog: Catalog, labels: list[_Label], snippets: dict[str, str]) -> None:
        self.catalog = catalog
        self._labels = labels
        self._snippets = snippets
        self._classes: dict[tuple[str | None, str], bool] = {}  # (class, wanted) -> is_a, per catalog
        self._bigrams: dict[str, list[int]] = defaultdict(list)
        self._chars: dict[str, list[int]] = defaultdict(list)
        for i, label in enumerate(labels):
            for gram in _grams(label.norm):
                self._bigrams[gram].append(i)
            for ch in set(label.norm):
                self._chars[ch].append(i)

    @classmethod
    def build(cls, store: Store, catalog: Catalog | None = None) -> SearchIndex:
        """Read every entity's labels and one source passage from `store`."""
        catalog = catalog or Catalog.build(store)
        labels = []
        for row in select(store, ENTITY_LABELS):
            s, label = row["s"], row["label"]
            if isinstance(s, ox.NamedNode) and isinstance(label, ox.Literal) and normalize(label.value):
                alt = text(row["alt"]) == "true"
                labels.append(_Label(s.value, label.value, normalize(label.value), alt))
        snippets = {text(r["s"]): text(r["snippet"]) for r in select(store, SNIPPETS) if "snippet" in r}
        return cls(catalog, labels, snippets)

    def __getstate__(self) -> dict[str, Any]:
        """Saved without the memo (it may grow under a search while being saved) and without the catalog,
        which is saved once on its own: whoever reads this back sets `catalog` (api.service does)."""
        return {**self.__dict__, "_classes": {}, "catalog": None}

    def __len__(self) -> int:
        return len({label.entity for label in self._labels})

    def _candidates(self, q: str) -> list[int]:
        if len(q) == 1:
            return self._chars.get(q, [])
        postings = sorted((self._bigrams.get(g, []) for g in _grams(q)), key=len)
        if not postings or not postings[0]:
            return []
        found = set(postings[0])
        for more in postings[1:]:
            found.intersection_update(more)
            if not found:
                break
        return sorted(found)

    def _match(self, q: str) -> dict[str, tuple[float, _Label, str]]:
        """Best (score, label, kind) per entity for one normalized query string."""
        best: dict[str, tuple[float, _Label, str]] = {}
        for i in self._candidates(q):
            label = self._labels[i]
            if label.norm == q:
                kind = "exact"
            elif label.norm.startswith(q):
                kind = "prefix"
            elif q in label.norm:
                kind = "substring"
            else:
                continue
            score = _KIND_SCORE[kind] + 100.0 * len(q) / len(label.norm) - (50.0 if label.alt else 0.0)
            if label.entity not in best or score > best[label.entity][0]:
                best[label.entity] = (score, label, kind)
        return best

    def search(self, query: str, *, limit: int = 20, cls: str | None = None) -> list[dict[str, Any]]:
        """Entities whose labels contain `query` (or, failing that, every word of it), best first.

        `cls` keeps entities of that class or a subclass (an IRI or a gk: local name such as County).
        """
        q = normalize(query)
        if not q:
            return []
        best = self._match(q)
        if not best and " " in q:  # "南乐 网格": every word must match some label
            parts = [self._match(word) for word in q.split(" ")]
            common = set.intersection(*(set(p) for p in parts))
            best = {e: (sum(p[e][0] for p in parts) / len(parts), parts[0][e][1], "words") for e in common}
        nodes = self.catalog.nodes
        hits = []
        for entity, (score, label, kind) in best.items():
            info = nodes.get(entity)
            node_cls = info.cls if info else None
            if cls and not self._is_a(node_cls, cls):
                continue
            name = info.label(entity) if info else local_name(entity)
            hits.append((-score, len(label.norm), name, entity, label, kind, node_cls))
        hits.sort(key=lambda h: h[:4])
        shown: dict[tuple[str, ...], dict[str, Any]] = {}
        for h in hits:  # only the shown hits are turned into JSON; every hit counts as an occurrence
            key = self._practice(h[3], h[2], h[6])
            if key in shown:
                shown[key]["occurrences"] += 1
            elif len(shown) < limit:
                node = self.catalog.node(h[3])
                shown[key] = {**self._hit(q, h[4], h[5], -h[0], node), "occurrences": 1}
        return list(shown.values())

    def _practice(self, iri: str, label: str, cls: str | None) -> tuple[str, ...]:
        """What one hit stands for: an activity (minted per document) by its name and class, one practice
        in all the documents that name it so; anything else by its IRI."""
        if cls and self._is_a(cls, "Activity"):
            return (normalize(label), cls)
        return (iri,)

    def _is_a(self, cls: str | None, wanted: str) -> bool:
        key = (cls, wanted)
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = self._walk_is_a(cls, wanted)
        return found

    def _walk_is_a(self, cls: str | None, wanted: str) -> bool:
        seen: set[str] = set()
        todo = [cls] if cls else []
        while todo:
            c = todo.pop()
            if c == wanted or c.endswith(("#" + wanted, "/" + wanted)):
                return True
            if c not in seen:
                seen.add(c)
                info = self.catalog.classes.get(c)
                todo += list(info.parents) if info else []
        return False

    def _hit(self, q: str, label: _Label, kind: str, score: float, node: dict[str, Any]) -> dict[str, Any]:
        snippet, span = _snippet(self._snippets.get(label.entity), q, label.text)
        return {
            **node,
            "matched": label.text,
            "match": kind,
            "score": round(score, 1),
            "snippet": snippet,
            "snippet_match": span,
        }


def _snippet(text: str | None, q: str, label: str, width: int = 36) -> tuple[str | None, list[int] | None]:
    """A window of the source passage around the query (or the label), and the match's span in it."""
    if not text:
        return None, None
    lowered = unicodedata.normalize("NFKC", text).lower()
    at, length = lowered.find(q), len(q)
    if at < 0:
        at, length = text.find(label), len(label)
    if at < 0 or len(lowered) != len(text):
        return (text[: 2 * width] + ("…" if len(text) > 2 * width else "")), None
    start = max(0, at - width)
    end = min(len(text), at + length + width)
    prefix = "…" if start > 0 else ""
    window = prefix + text[start:end] + ("…" if end < len(text) else "")
    offset = len(prefix) + at - start
    return window, [offset, offset + length]
