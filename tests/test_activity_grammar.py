"""Unquoted activity names read from the grammar around them (sentences written for these tests)."""

from __future__ import annotations

from loaders.activities.rules import candidates


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_posts_are_practices_only_inside_a_system() -> None:
    ladder = "以镇领导为一级网格长,以村干部为二级网格长,选优配强楼栋长。"
    assert not {"网格长", "楼栋长"} & _names(ladder)
    sent = "选派36名年轻干部到村担任第一书记,每月驻村不少于20天。"
    assert "第一书记" in _names(sent)
    assert "第一书记" in _names("全县28名第一书记蹲点帮扶,群众点赞。")
    assert "第一书记" not in _names("镇长和派出所所长与第一书记一起走访。")


def test_open_class_heads_and_places_before_them() -> None:
    names = _names("全县建成共富工坊56个。近日,在青山县柳溪镇共富工坊内,村民正在加工竹编。")
    assert "共富工坊" in names
    found = [c for c in candidates("在青山县柳溪镇共富工坊内", []) if c.rule == "head-noun"]
    assert found and "共富工坊" in found[0].alts  # the place before a name is also left off


def test_verbs_before_a_head_inside_and_outside_the_name() -> None:
    names = _names("建立民主评议结果执行机制,对群众反映事项分类建立台账。")
    assert "民主评议结果执行机制" in names  # 执行 is the name's own verb
    assert not any("建立台账" in n for n in names)  # 建立 sets the ledger up


def test_shapes_of_the_field() -> None:
    names = _names("深化党建引领网格化治理,推进集团化办学,推行村党组织领办合作社,推进规范化治理。")
    assert {"网格化治理", "集团化办学", "村党组织领办合作社"} <= names  # the village's body leads it
    assert "规范化治理" not in names  # 规范化 alone names nothing


def test_counts_since_and_partners_are_no_part_of_a_name() -> None:
    names = _names("自抓党建促振兴专项行动开展以来,全镇共有 96 个党群服务中心,与社区结对共建。")
    assert "抓党建促振兴专项行动" in names
    assert "党群服务中心" in names and "个党群服务中心" not in names
    assert "结对共建" in names and "社区结对共建" not in names


def test_listed_ways_and_their_defining_head() -> None:
    names = _names("将联合办学分为紧密合作型、松散协作型和委托管理型3种模式,形成每日走访、每周研判的机制。")
    assert {"紧密合作型", "松散协作型", "委托管理型"} <= names
    assert "每日走访、每周研判的机制" in names
    assert not any("的方式" in n for n in _names("通过乡镇推荐、县级评审的方式选出示范点。"))


def test_party_member_households_and_production_bases() -> None:
    names = _names("在楼道设置党员模范户,在单元设置党员联络户。村里建成蔬菜种植基地200亩,一对一地教技术。")
    assert {"党员模范户", "党员联络户"} <= names
    assert not any("基地" in n or "一对一" in n for n in names)


def test_two_practices_sharing_one_head() -> None:
    found = {c.text(t): c.alts for t in ["建立矛盾排查、信息报送机制。"] for c in candidates(t, [])}
    assert "矛盾排查" in found and "矛盾排查机制" in found["矛盾排查"]
    assert "信息报送机制" in found
    assert "打破部门壁垒" not in _names("打破部门壁垒、创新分层调度机制。")


def test_a_heading_activity_takes_categories_from_the_text_under_it() -> None:
    from pathlib import Path

    from loaders.document import Document
    from loaders.pipeline import extract

    text = "白河县基层治理经验\n一、强化组织保障\n配强“三支队伍”。\n选优配强网格员、网格长和楼栋信息员,每人联系30户。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    teams = next(e for e in doc.entities.values() if e.label == "“三支队伍”")
    assert "GridGovernance" in teams.categories
