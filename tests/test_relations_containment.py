"""partOf a text states or makes certain: a township written before a body named after its village, a
township's list after 下辖, and the villages a township's own report names."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _parents(text: str) -> set[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "partOf"}


def test_a_township_written_before_a_body_named_after_its_village_holds_the_village() -> None:
    parents = _parents("德清县乡村治理经验\n德清县白鹭镇竹溪村党支部推行“院落议事”制度。\n")
    assert ("竹溪村", "白鹭镇") in parents
    assert ("竹溪村党支部", "竹溪村") in parents


def test_the_units_a_township_governs_lie_in_it() -> None:
    parents = _parents("德清县乡村治理经验\n白鹭镇下辖竹溪村等12个行政村，总人口3.2万人。\n")
    assert ("竹溪村", "白鹭镇") in parents


def test_a_village_a_townships_own_report_names_lies_in_the_township() -> None:
    text = (
        "白鹭镇2023年工作总结\n今年以来，白鹭镇党委坚持党建引领，全镇经济稳中有进。"
        "竹溪村发展乡村旅游，年接待游客10万人次。\n"
    )
    assert ("竹溪村", "白鹭镇") in _parents(text)


def test_a_village_written_with_another_township_keeps_it() -> None:
    text = (
        "白鹭镇2023年工作总结\n今年以来，白鹭镇党委坚持党建引领，全镇经济稳中有进。"
        "全镇村干部赴青山镇竹溪村学习乡村旅游经验。\n"
    )
    parents = _parents(text)
    assert ("竹溪村", "白鹭镇") not in parents
    assert ("竹溪村", "青山镇") in parents


def test_a_station_written_right_after_its_bureau_lies_in_it() -> None:
    parents = _parents(
        "德清县平安校园工作总结\n学校联合县公安局白鹭派出所、县司法局白鹭司法所开展法治宣传，全年举办讲座12场。\n"
    )
    labels = {child: parent for child, parent in parents}
    assert labels.get("白鹭派出所", "").endswith("公安局")
    assert labels.get("白鹭司法所", "").endswith("司法局")
