"""The user's own data beside the documents: RDF files in six syntaxes and CSV tables keyed by division,
each in a graph of its own, joined by SPARQL with what the extractor read from the sample."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from errors import InputError, UnreadableDocument
from graph import OxigraphStore, select
from graph.catalog import Catalog
from graph.entity import describe_entity
from loaders import DEFAULT_BASE, load_paths, sample_corpus
from loaders.reading.user_data import data_graph, load_data, read_data

GOVKG = str(Path(sys.executable).parent / "govkg")
NANLE = f"{DEFAULT_BASE}place/410923000000"  # the county the sample reports on, by its GB/T 2260 code

TURTLE = f"""@prefix ex: <https://example.org/mine#> .
<{NANLE}> ex:motto "网格连万家"@zh ;
    ex:visit [ ex:by "调研组" ; ex:year 2024 ] .
"""
COUNTIES = '名称,人口,预算（万元）\n南乐县,"510,000",1250.5\n范县,480000,\n'

JOIN = f"""
PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name ?population ?motto WHERE {{
  ?unit <{DEFAULT_BASE}data/%E4%BA%BA%E5%8F%A3> ?population ;
        rdfs:label ?name ;
        gk:uses|gk:implements ?activity .
  ?activity gk:category/skos:broader* gkc:GridGovernance .
  OPTIONAL {{ ?unit <https://example.org/mine#motto> ?motto }}
  FILTER(lang(?name) = "zh")
}}"""


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_text(text, encoding=encoding)
    return path


def _errors(path: Path, error: Exception) -> None:
    raise error


@pytest.fixture(scope="module")
def with_data(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    folder = tmp_path_factory.mktemp("data")
    store = OxigraphStore()
    assert not load_paths([sample_corpus()], store).failures
    files = [_write(folder, "mine.ttl", TURTLE), _write(folder, "counties.csv", COUNTIES, "gb18030")]
    loaded = load_data(files, store, base=DEFAULT_BASE, on_error=_errors)
    assert [graph for _, graph, _ in loaded] == [data_graph(DEFAULT_BASE, f) for f in files]
    return store


def test_a_csv_column_joins_an_extracted_practice(with_data: OxigraphStore) -> None:
    rows = select(with_data, JOIN)
    assert [(r["name"].value, r["population"], r["motto"].value) for r in rows] == [
        (
            "南乐县",
            ox.Literal("510000", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            "网格连万家",
        )
    ]


def test_data_sits_in_graphs_of_its_own_with_no_blank_node(with_data: OxigraphStore) -> None:
    graphs = with_data.graphs()
    assert f"{DEFAULT_BASE}graph/data/mine.ttl" in graphs and f"{DEFAULT_BASE}graph/data/counties.csv" in graphs
    assert not any(isinstance(term, ox.BlankNode) for q in with_data.oxigraph for term in (q.subject, q.object))
    budget = select(
        with_data,
        f"SELECT ?b WHERE {{ <{NANLE}> ?p ?b . ?p <http://www.w3.org/2000/01/rdf-schema#label> '预算（万元）' }}",
    )
    assert [r["b"].value for r in budget] == ["1250.5"]


def test_reloading_a_data_file_replaces_its_graph(with_data: OxigraphStore, tmp_path: Path) -> None:
    before = with_data.count()
    load_data([_write(tmp_path, "mine.ttl", TURTLE)], with_data, base=DEFAULT_BASE, on_error=_errors)
    assert with_data.count() == before


SAME = {
    "a.nt": '<urn:x:a> <urn:x:p> "县" .\n<urn:x:a> <urn:x:q> _:n .\n_:n <urn:x:p> "1" .\n',
    "a.nq": '<urn:x:a> <urn:x:p> "县" <urn:x:g> .\n<urn:x:a> <urn:x:q> _:n .\n_:n <urn:x:p> "1" <urn:x:g> .\n',
    "a.trig": '<urn:x:g> { <urn:x:a> <urn:x:p> "县" ; <urn:x:q> [ <urn:x:p> "1" ] }',
    "a.jsonld": '{"@id": "urn:x:a", "urn:x:p": "县", "urn:x:q": {"urn:x:p": "1"}}',
    "a.rdf": '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="urn:x:">'
    '<rdf:Description rdf:about="urn:x:a"><x:p>县</x:p><x:q><rdf:Description><x:p>1</x:p></rdf:Description>'
    "</x:q></rdf:Description></rdf:RDF>",
}


@pytest.mark.parametrize("name", sorted(SAME))
def test_each_rdf_syntax_reads_to_the_same_triples(name: str, tmp_path: Path) -> None:
    triples = read_data(_write(tmp_path, name, SAME[name]), DEFAULT_BASE)
    node = ox.NamedNode(f"{DEFAULT_BASE}.well-known/genid/{name}-0")
    a, p, q = ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:q")
    assert set(triples) == {
        ox.Triple(a, p, ox.Literal("县")),
        ox.Triple(a, q, node),
        ox.Triple(node, p, ox.Literal("1")),
    }


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("bad.ttl", '@prefix ex: <urn:x#> .\nex:a ex:b "c" .\nex:d ex:e ex:f ex:g .\n', "bad.ttl: line 3, column 16: "),
        ("bad.jsonld", '{"@id": "urn:a", "urn:b": [}', "bad.jsonld: line 1, column 28: "),
        ("bad.nt", "<urn:a> <urn:b> .\n", "bad.nt: line 1, column "),
    ],
)
def test_a_file_that_does_not_parse_is_one_line_with_its_position(
    name: str, text: str, where: str, tmp_path: Path
) -> None:
    with pytest.raises(UnreadableDocument) as failed:
        read_data(_write(tmp_path, name, text), DEFAULT_BASE)
    message = str(failed.value)
    assert "\n" not in message and message.startswith(str(tmp_path / name)) and where in message


@pytest.mark.parametrize(
    ("rows", "says"),
    [
        (
            "名称,人口\n南乐县,1\n朝阳区,2\n",
            "row 3: '朝阳区' matches 2 divisions (110105 北京市朝阳区, 220104 吉林省长春市朝阳区)",
        ),
        ("名称,人口\n无此县,1\n", "row 2: '无此县' matches no division"),
        ("代码,人口\n4109,1\n", "row 2: '4109' is no division code"),
        ("county,population\n南乐县,1\n", "no key column"),
    ],
)
def test_a_row_that_matches_no_unit_or_several_stops_the_file(rows: str, says: str, tmp_path: Path) -> None:
    store = OxigraphStore()
    failures: list[tuple[Path, Exception]] = []
    loaded = load_data(
        [_write(tmp_path, "t.csv", rows)], store, base=DEFAULT_BASE, on_error=lambda p, e: failures.append((p, e))
    )
    assert loaded == [] and store.count() == 0  # nothing of the file was written
    [(path, error)] = failures
    assert isinstance(error, InputError) and says in str(error) and str(path) in str(error)


def test_the_cli_loads_data_beside_documents_and_reports_a_bad_file_in_one_line(tmp_path: Path) -> None:
    store = tmp_path / "govkg-data"
    good, bad = _write(tmp_path, "counties.csv", COUNTIES), _write(tmp_path, "bad.ttl", "<urn:a> <urn:b> .\n")
    done = subprocess.run([GOVKG, "--store", str(store), "load", str(good), str(bad)], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if "bad.ttl" in line]
    assert len(errors) == 1 and "line 1, column" in errors[0]
    asked = subprocess.run(
        [
            GOVKG,
            "--store",
            str(store),
            "query",
            f"SELECT ?n WHERE {{ <{NANLE}> ?p ?n FILTER(isNumeric(?n)) }}",
            "-f",
            "csv",
        ],
        capture_output=True,
        text=True,
    )
    assert asked.returncode == 0 and "510000" in asked.stdout and "1250.5" in asked.stdout


def test_the_entity_page_shows_a_table_column_beside_extracted_facts(with_data: OxigraphStore) -> None:
    page = describe_entity(with_data, Catalog.build(with_data), NANLE)
    facts = {(f["property"]["label"], f["value"].get("value")) for f in page["facts_out"]}
    assert ("人口", "510000") in facts and ("预算（万元）", "1250.5") in facts
    assert any(f["sources"] for f in page["facts_out"])  # the extracted facts keep their quotes
