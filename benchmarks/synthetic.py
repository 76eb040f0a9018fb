"""Synthetic document graphs of any size, in the shape loaders/emit.py writes, for benchmarks.

Each synthetic document is one report by a county: a gk:Document with passages (sentences built from
templates and random names), mentions, organizations placed in a province > prefecture > county >
township > village tree, initiatives and mechanisms with categories from the concept scheme, relations
reified with their source passage, and metrics. Names are random syllables, never the sample's.

    .venv/bin/python -m benchmarks.synthetic --triples 1000000 --output /tmp/synth.nq

The N-Quads output has the store's layout: one named graph per document plus their de-duplicated
union in the default graph (what `Store.write_graphs` keeps), so `oxigraph load` gives the same store.

    .venv/bin/python -m benchmarks.synthetic --triples 10000000 --build /tmp/synth-store

builds a store through `Store.write_graphs` (as a load writes) and then the same quads with the bare
`oxigraph load`, and prints the seconds, CPU seconds and peak RSS of each.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

import pyoxigraph as ox

__all__ = ["build", "documents", "generate", "load", "ontology_quads", "write_nquads"]

from loaders import DEFAULT_BASE as BASE
from ontology import DCTERMS as DCT
from ontology import GK, GKC, PROV, RDF, RDFS, XSD

_CHARS = "安宝昌城川达丰福港和华惠嘉江金锦康兰乐利林龙隆宁平庆仁荣瑞山盛泰通文武祥新兴秀阳永裕源云泽长正"
_INIT = ["工程", "行动", "活动", "攻坚", "试点", "计划"]
_MECH = ["机制", "制度", "模式", "体系", "平台", "专班"]
_CONCEPTS = [
    "GridGovernance",
    "TalentRecruitment",
    "IndustryAcademiaCollaboration",
    "StarRatedBranch",
    "WeakOrganizationRectification",
    "PartyMassServiceCenter",
    "DualReporting",
    "PartyMemberHouseholdContact",
    "SupervisionInspection",
    "EvaluationRanking",
    "DemocraticConsultation",
    "RuleOfLawServices",
    "PropertyManagement",
    "PoliticalStudy",
    "DemonstrationSites",
    "CollectiveEconomy",
]
_KEYWORDS = {
    "GridGovernance": "网格",
    "DualReporting": "双报到",
    "PartyMemberHouseholdContact": "联户",
    "PropertyManagement": "物业",
    "CollectiveEconomy": "集体经济",
}
_MEASURES = [
    ("网格员", "名"),
    ("单元网格", "个"),
    ("党员", "名"),
    ("资金", "万元"),
    ("项目", "个"),
    ("户数", "户"),
]
_TEMPLATES = [
    "{org}坚持{act}，推动各项工作落地见效。",
    "{org}深入实施{act}，建立{act2}，形成了可复制的经验。",
    "{period}，{org}共落实{measure}{value}{unit}，{act}取得明显成效。",
    "{org}与{org2}签订合作协议，共同推进{act}。",
    "{org}所辖{place}探索{act2}，群众满意度持续提升。",
]


def _name(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def _iri(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + quote(f"{kind}/{key}", safe="/"))


class _World:
    """The shared entities every document draws from, so the same county appears in many documents."""

    def __init__(self, rng: random.Random, documents: int) -> None:
        self.rng = rng
        self.provinces = [f"{_name(rng)}省" for _ in range(max(2, documents // 400))]
        self.prefectures = [(f"{_name(rng)}市", rng.choice(self.provinces)) for _ in range(max(4, documents // 60))]
        self.counties = [
            (f"{_name(rng)}{rng.choice('县区')}", rng.choice(self.prefectures)[0])
            for _ in range(max(8, documents // 4))
        ]
        self.activities = []
        for _ in range(max(30, documents * 2)):
            mech = rng.random() < 0.5
            concept = rng.choice(_CONCEPTS)
            head = _name(rng, rng.choice([2, 3, 4])) + _KEYWORDS.get(concept, "")
            label = (head + rng.choice(_MECH)) if mech else f"“{head}”{rng.choice(_INIT)}"
            self.activities.append((label, "Mechanism" if mech else "Initiative", concept))


class _Collect:
    """A graph sink that keeps what it is given (for `loaders.load_ontology`)."""

    def __init__(self) -> None:
        self.quads: list[ox.Quad] = []

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        g = ox.NamedNode(graph)
        self.quads += [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
        return len(self.quads)


def ontology_quads() -> list[ox.Quad]:
    """The ontology and concept scheme in their graph, exactly as `loaders.load_ontology` writes them."""
    from loaders import load_ontology

    sink = _Collect()
    load_ontology(sink, BASE)
    return sink.quads


def _document(world: _World, n: int) -> Iterator[ox.Triple]:
    rng, T, N, L = world.rng, ox.Triple, ox.NamedNode, ox.Literal
    county, prefecture = rng.choice(world.counties)
    province = next(p for name, p in world.prefectures if name == prefecture)
    doc_id = "d-" + hashlib.sha1(f"synthetic-{n}".encode()).hexdigest()[:16]
    doc = N(f"{BASE}doc/{doc_id}")
    title = f"{county}：{rng.choice(world.activities)[0]}助力基层治理"
    yield from (
        T(doc, N(RDF + "type"), N(GK + "Document")),
        T(doc, N(DCT + "title"), L(title)),
        T(doc, N(RDFS + "label"), L(title, language="zh")),
        T(doc, N(DCT + "identifier"), L(f"{doc_id}.txt")),
    )
    orgs: list[tuple[str, ox.NamedNode]] = []
    for label, cls, key, parent in (
        (province, "Province", province, None),
        (prefecture, "Prefecture", prefecture, province),
        (county, "County" if county.endswith("县") else "District", county, prefecture),
    ):
        it = _iri("place", key)
        orgs.append((label, it))
        yield T(it, N(RDF + "type"), N(GK + cls))
        yield T(it, N(RDFS + "label"), L(label, language="zh"))
        if parent:
            yield T(it, N(GK + "partOf"), _iri("place", parent))
    county_iri = orgs[-1][1]
    for suffix, cls in (("委组织部", "PartyOrganization"), ("民政局", "GovernmentAgency")):
        it = _iri("org", county + suffix)
        orgs.append((county + suffix, it))
        yield from (
            T(it, N(RDF + "type"), N(GK + cls)),
            T(it, N(RDFS + "label"), L(county + suffix, language="zh")),
            T(it, N(GK + "partOf"), county_iri),
        )
    for _ in range(rng.randint(2, 4)):
        town = county + _name(rng) + "镇"
        it = _iri("place", town)
        orgs.append((town[len(county) :], it))
        yield from (
            T(it, N(RDF + "type"), N(GK + "Township")),
            T(it, N(RDFS + "label"), L(town[len(county) :], language="zh")),
            T(it, N(GK + "partOf"), county_iri),
        )
    acts = rng.sample(world.activities, 6)
    act_iris = []
    for label, cls, concept in acts:
        it = _iri("activity", label)
        act_iris.append((label, it))
        yield from (
            T(it, N(RDF + "type"), N(GK + cls)),
            T(it, N(RDFS + "label"), L(label, language="zh")),
            T(it, N(GK + "category"), N(GKC + concept)),
        )
    text_at = 0
    for p in range(rng.randint(30, 50)):
        (org, org_iri), (org2, org2_iri) = rng.sample(orgs, 2)
        (act, act_iri), (act2, _) = rng.sample(act_iris, 2)
        measure, unit = rng.choice(_MEASURES)
        value = rng.randint(2, 5000)
        text = rng.choice(_TEMPLATES).format(
            org=org,
            org2=org2,
            act=act,
            act2=act2,
            place=orgs[-1][0],
            measure=measure,
            unit=unit,
            value=value,
            period=f"{rng.randint(2019, 2023)}年",
        )
        passage = N(f"{BASE}doc/{doc_id}/p{p}")
        yield from (
            T(passage, N(RDF + "type"), N(GK + "Passage")),
            T(passage, N(GK + "text"), L(text)),
            T(passage, N(GK + "start"), L(str(text_at), datatype=N(XSD + "integer"))),
            T(passage, N(GK + "end"), L(str(text_at + len(text)), datatype=N(XSD + "integer"))),
            T(passage, N(DCT + "isPartOf"), doc),
        )
        for it in (org_iri, act_iri):
            yield T(it, N(PROV + "wasDerivedFrom"), passage)
            mention = N(f"{BASE}doc/{doc_id}/m{p}-{zlib.crc32(it.value.encode()) % 997}")
            yield from (
                T(mention, N(RDF + "type"), N(GK + "Mention")),
                T(mention, N(GK + "mentionOf"), it),
                T(mention, N(DCT + "isPartOf"), doc),
            )
        predicate = N(GK + ("implements" if "”" in act else "uses"))
        yield T(org_iri, predicate, act_iri)
        st = N(f"{BASE}doc/{doc_id}/s-{p}")
        yield from (
            T(st, N(RDF + "type"), N(RDF + "Statement")),
            T(st, N(RDF + "subject"), org_iri),
            T(st, N(RDF + "predicate"), predicate),
            T(st, N(RDF + "object"), act_iri),
            T(st, N(PROV + "wasDerivedFrom"), passage),
        )
        if "签订" in text:
            yield T(org_iri, N(GK + "collaboratesWith"), org2_iri)
        if "共落实" in text:
            m = N(f"{BASE}metric/{doc_id}-{p}")
            yield from (
                T(m, N(RDF + "type"), N(GK + "Metric")),
                T(org_iri, N(GK + "reports"), m),
                T(m, N(GK + "value"), L(str(value), datatype=N(XSD + "decimal"))),
                T(m, N(GK + "unit"), L(unit)),
                T(m, N(GK + "measure"), L(measure, language="zh")),
                T(m, N(GK + "about"), act_iri),
                T(m, N(RDFS + "label"), L(f"{measure}{value}{unit}", language="zh")),
                T(m, N(PROV + "wasDerivedFrom"), passage),
            )
        text_at += len(text)
    (_, a), (_, b) = rng.sample(act_iris, 2)
    yield T(a, N(GK + "componentOf"), b)


def documents(triples: int, *, seed: int = 7) -> Iterator[tuple[str, list[ox.Triple]]]:
    """(graph IRI, triples) of synthetic documents until about `triples` are written."""
    rng = random.Random(seed)
    world = _World(rng, max(1, triples // 900))
    written, n = 0, 0
    while written < triples:
        batch = list(_document(world, n))
        yield f"{BASE}graph/synthetic-{n}", batch
        written += len(batch)
        n += 1


def generate(triples: int, *, seed: int = 7) -> Iterator[ox.Quad]:
    """Quads of synthetic documents (one named graph each), without the default-graph union."""
    for graph, batch in documents(triples, seed=seed):
        g = ox.NamedNode(graph)
        yield from (ox.Quad(t.subject, t.predicate, t.object, g) for t in batch)


def load(store: Any, triples: int, *, seed: int = 7, batch: int = 200) -> int:
    """Write the ontology and synthetic documents through `store.write_graphs`, as the loaders do.

    Going through the store (not bulk-loading quads) is what builds the default graph as the
    de-duplicated union of the documents' graphs; `batch` documents go in one write, as a load
    writes them. Returns the number of documents.
    """
    from graph import ntriples
    from loaders import load_ontology

    load_ontology(store, BASE)
    n = 0
    pending: dict[str, bytes] = {}
    for graph, batch_triples in documents(triples, seed=seed):
        pending[graph] = ntriples(batch_triples)
        n += 1
        if len(pending) >= batch:
            store.write_graphs(pending)
            pending = {}
    if pending:
        store.write_graphs(pending)
    return n


def write_nquads(out: BinaryIO, triples: int, *, seed: int = 7) -> int:
    """Write the ontology, the documents' graphs and then their de-duplicated union to `out`.

    Streams document by document, so a 10 M-quad file needs memory for the union's line digests
    only (8 bytes a distinct triple), not for every quad. Returns the number of quads written.
    """
    seen: set[bytes] = set()
    n = 0
    named = [(q.graph_name.value, [q.triple]) for q in ontology_quads()]
    with tempfile.TemporaryFile() as union:
        for graph, batch in itertools.chain(named, documents(triples, seed=seed)):
            g = ox.NamedNode(graph)
            quads = [ox.Quad(t.subject, t.predicate, t.object, g) for t in batch]
            out.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
            n += len(batch)
            for line in ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True):
                key = hashlib.blake2b(line, digest_size=8).digest()
                if key not in seen:
                    seen.add(key)
                    union.write(line)
        union.seek(0)
        shutil.copyfileobj(union, out)
    return n + len(seen)


class _Timed:
    """A store whose writes are timed: wall and CPU seconds of this process (its loader threads too)."""

    def __init__(self, store: Any) -> None:
        self.store, self.wall, self.cpu = store, 0.0, 0.0

    def _timed(self, write: Any, *args: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return write(*args)
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu

    def write_graphs(self, graphs: Any) -> None:
        self._timed(self.store.write_graphs, graphs)

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        return int(self._timed(self.store.replace_graph, graph, triples))


def build(folder: Path, triples: int, *, seed: int = 7) -> None:
    """Build a store in `folder` through `load` (the documents' graphs and their union, written in
    batches as a load writes them), then the same quads with `oxigraph load`; print the figures."""
    from graph import OxigraphStore

    wall, cpu = time.perf_counter(), time.process_time()
    store = OxigraphStore(folder / "govkg")
    timed = _Timed(store)
    documents = load(timed, triples, seed=seed)
    timed._timed(store.close)
    quads = len(store.oxigraph)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{quads:,} quads ({documents:,} documents and their union), written through Store.write_graphs:")
    print(f"  writes {timed.wall:.1f} s, {timed.cpu:.1f} CPU s; with generating them {wall:.1f} s, {cpu:.1f} CPU s")
    print(f"  peak RSS {peak:,.0f} MB (this process)")
    nquads = folder / "synthetic.nq"
    with nquads.open("wb") as out:
        write_nquads(out, triples, seed=seed)
    oxigraph = Path(sys.executable).with_name("oxigraph")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    args = [str(oxigraph), "load", "--location", str(folder / "bare"), "--file", str(nquads), "--lenient"]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    peak = after.ru_maxrss / 1024
    print(f"  bare `oxigraph load` of the same quads: {wall:.1f} s, {cpu:.1f} CPU s, peak RSS {peak:,.0f} MB")
    print(f"  govkg / bare: {timed.wall / wall:.2f}x wall, {timed.cpu / cpu:.2f}x CPU")
    nquads.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--output", type=Path, help="N-Quads file (default stdout)")
    parser.add_argument("--build", type=Path, help="folder: build a store both ways and print the figures")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.build:
        build(args.build, args.triples, seed=args.seed)
    elif args.output:
        with args.output.open("wb") as out:
            write_nquads(out, args.triples, seed=args.seed)
    else:
        write_nquads(sys.stdout.buffer, args.triples, seed=args.seed)


if __name__ == "__main__":
    main()
