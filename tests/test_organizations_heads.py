"""Bodies named by their head and their place in the sentence: a level's brigades, centres, schools and
venues, departments listed by their field, a verb that sets a body up, villages listed after their
town and villages named by common words.

Every sentence here is invented (counties of the division data, made-up towns, villages and bodies).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _doc(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))


def _named(text: str) -> dict[str, str]:
    """Label -> class of the organizations a passage names (not those only implied by a longer name)."""
    return {e.label: e.cls for e in _doc(text).entities.values() if e.passages}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("，县就业服务中心举办招聘会18场。", "澧县就业服务中心"),
        ("，县消防救援大队开展演练。", "澧县消防救援大队"),
        ("，县交警大队整治违法停车。", "澧县交警大队"),
        ("，县劳动保障监察大队追发工资。", "澧县劳动保障监察大队"),
    ],
)
def test_a_levels_centre_or_brigade_is_the_counties(sentence: str, body: str) -> None:
    assert _named("澧县推进就业服务\n2023年" + sentence).get(body) == "GovernmentAgency"


def test_a_verb_that_builds_a_centre_opens_a_clause_not_a_name() -> None:
    named = _named("澧县推进就业服务\n由县建成服务中心，县打造便民服务中心。")
    assert not [n for n in named if n.endswith("中心")]


def test_a_brigade_belongs_to_the_bureau_written_before_it_and_alone_is_no_name() -> None:
    doc = _doc("澧县推进平安建设\n县公安局交警大队开展整治，各地交警大队积极参与。")
    by_label = {e.label: e for e in doc.entities.values() if e.passages}
    assert set(by_label) >= {"澧县公安局交警大队"}
    assert not [n for n in by_label if n.startswith("交警")]
    owner = next(e.key for e in doc.entities.values() if e.label == "澧县公安局")
    assert any(r.subject == by_label["澧县公安局交警大队"].key and r.object == owner for r in doc.relations)


def test_a_levels_experimental_school_special_school_and_venues_are_its_own() -> None:
    named = _named("兴山县推进教育文化\n县实验小学、县特殊教育学校与县图书馆结对，县妇幼保健院开展义诊。")
    assert named.get("兴山县实验小学") == "SocialOrganization"
    assert named.get("兴山县特殊教育学校") == "SocialOrganization"
    assert named.get("兴山县图书馆") == "SocialOrganization"
    assert named.get("兴山县妇幼保健院") == "SocialOrganization"


def test_a_kind_of_school_or_venue_at_a_level_is_no_name() -> None:
    named = _named("兴山县推进教育文化\n创建县级示范学校3所，全县实验小学扩容，新建图书馆12个。")
    assert not [n for n in named if n.endswith(("学校", "小学", "图书馆"))]


def test_listed_fields_of_departments_name_bodies_only_where_the_departments_act() -> None:
    acting = _named("罗源县推进网络治理\n县委教育工委联合宣传、网信、公安部门处置舆情。")
    assert {"罗源县委宣传部", "罗源县委网信办", "罗源县公安局"} <= set(acting)
    done_to = _named("罗源县推进网格治理\n把综治、城管、应急、市场监管等部门的网格整合为一张网。")
    assert not [n for n in done_to if n.startswith("罗源县") and n != "罗源县"]
    headed = _named("罗源县推进项目整合\n近年来，罗源县梳理民政局、水利局等部门的项目。")
    assert {"罗源县民政局", "罗源县水利局"} <= set(headed)


def test_a_verb_that_sets_a_body_up_is_never_inside_its_name() -> None:
    named = _named("宁陵县推进易地搬迁\n安置社区成立物业服务公司，吸纳群众就业。")
    assert not [n for n in named if n.endswith("公司")]
    named = _named("宁陵县推进易地搬迁\n安置社区成立宁陵金顶物业服务公司，吸纳群众就业。")
    assert named.get("宁陵金顶物业服务公司") == "Enterprise"


def test_an_institute_named_by_common_words_takes_its_city_in() -> None:
    named = _named("兴山县发展柑橘产业\n合作社与宜昌市农业科学研究院建立合作关系。")
    assert named.get("宜昌市农业科学研究院") == "ResearchInstitution"
    assert "农业科学研究院" not in named


def test_villages_listed_after_the_first_lie_in_its_town() -> None:
    doc = _doc("宁陵县建设美丽乡村\n柳河镇前进村、红旗村和胜利村率先建成党群服务中心。")
    town = next(e.key for e in doc.entities.values() if e.label == "柳河镇")
    villages = {e.label: e.key for e in doc.entities.values() if e.cls == "Village"}
    assert set(villages) == {"前进村", "红旗村", "胜利村"}
    for key in villages.values():
        assert any(r.subject == key and r.object == town and r.predicate == "partOf" for r in doc.relations)


def test_a_common_village_name_after_its_town_is_a_name_but_alone_a_kind() -> None:
    named = _named("宁陵县推进平安建设\n华堡镇和谐社区、柳河镇平安村建成调解室。")
    assert named.get("和谐社区") == "Community"
    assert named.get("平安村") == "Village"
    assert not [n for n in _named("宁陵县推进平安建设\n全县创建平安社区、和谐社区30个。") if n.endswith("社区")]


def test_the_village_entrance_is_no_village() -> None:
    assert not [n for n in _named("宁陵县抗击疫情\n党员守好村口卡点，劝返车辆。") if n.endswith("村")]


def test_a_family_farm_is_an_enterprise_named_by_its_brand_and_a_grade_names_none() -> None:
    text = "宁陵县发展新型经营主体\n宁陵县绿源家庭农场流转土地200亩，全县培育省级示范家庭农场3家、示范合作社5家。"
    text += "青山村建成集农机作业于一体的现代化农民合作社。"
    named = _named(text)
    assert named.get("宁陵县绿源家庭农场") == "Enterprise"
    assert not [n for n in named if n.endswith(("农场", "合作社")) and "绿源" not in n]


def test_a_trade_listed_with_another_before_projects_is_an_industry_not_a_company() -> None:
    named = _named("宁陵县招商引资\n全县新引进户外食品及用品项目12个，金顶食品与青山村签订协议。")
    assert "户外食品" not in named
    assert named.get("金顶食品") == "Enterprise"


def test_a_kind_of_school_and_a_stage_of_a_trade_are_no_bodies() -> None:
    named = _named("宁陵县发展职业教育\n县职专被评为市级示范中职学校，在育苗、仓储、冷链物流等环节开展培训。")
    assert not [n for n in named if n.endswith(("学校", "物流"))]


def test_a_centre_a_body_is_designated_as_is_a_title_not_a_body() -> None:
    named = _named(
        "宁陵县推进科技创新\n金顶公司被认定为省企业技术中心，获批市工程技术研究中心，县就业服务中心负责对接。"
    )
    assert [n for n in named if n.endswith("中心")] == ["宁陵县就业服务中心"]
