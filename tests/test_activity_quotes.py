"""Quoted activity names read one quote pair at a time (sentences written for these tests)."""

from __future__ import annotations

from loaders.activities.quotes import quoted
from loaders.spans import Spans


def _names(text: str) -> dict[str, set[str]]:
    return {c.text(text): c.alts for c in quoted(text, Spans([]))}


def test_each_quote_pair_is_read_on_its_own() -> None:
    text = "结合“千人进百村”行动“三张清单”和“议事在村”工作,推进治理。"
    names = _names(text)
    assert "“千人进百村”行动" in names
    assert "“三张清单”" in names  # a counted name whose counted word is a head noun
    assert not any("行动“" in n for n in names)


def test_a_description_before_the_named_quote() -> None:
    text = "推行“群众出题、支部答题、党员解题”的“三题制”服务模式,收效明显。"
    names = _names(text)
    assert "“三题制”服务模式" in names
    assert "群众出题、支部答题、党员解题" in names["“三题制”服务模式"]


def test_nested_quotes_belong_to_the_outer_pair() -> None:
    text = "实施“才聚‘山’·‘海’等你来”青年人才引进计划,引进人才百名。"
    assert set(_names(text)) == {"“才聚‘山’·‘海’等你来”青年人才引进计划"}


def test_a_quoted_name_inside_a_quoted_sentence() -> None:
    text = "他说:“镇里给每户发了‘文明积分卡’,大家都很积极。”"
    assert "‘文明积分卡’" in _names(text)


def test_figures_outcomes_and_questions_are_no_names() -> None:
    text = (
        "以“村社联营”开启乡村振兴“致富钥匙”,实现群众和集体“双增收”,打通服务群众的“最后一公里”。"
        "围绕“议什么”“谁来议”“怎么议”三个问题,为防止“百村一貌”,深入“中华茶乡”调研。"
    )
    names = {n.strip("“”") for n in _names(text)}
    assert names.isdisjoint({"致富钥匙", "双增收", "最后一公里", "议什么", "谁来议", "怎么议", "百村一貌", "中华茶乡"})


def test_numbered_names_and_bodies() -> None:
    text = "让“两户三员”成为治理骨干,推行“一听二访三办”工作法,组织“两委”班子成员走访。"
    names = set(_names(text))
    assert "“两户三员”" in names  # two counted parts: a numbered name of a practice
    assert "“一听二访三办”工作法" in names
    assert not any("两委" in n for n in names)


def test_a_quote_summing_up_a_list_and_spaced_heads() -> None:
    text = '推行文化广场、便民超市、卫生室等“三进阵地”,构建 "法治 + 调解" 服务模式。'
    names = set(_names(text))
    assert "“三进阵地”" in names
    assert '"法治 + 调解" 服务模式' in names


def test_a_heading_that_names_a_counted_set() -> None:
    text = "三、配强“三支队伍”。选优配强网格员。\n"
    assert "“三支队伍”" in {c.text(text) for c in quoted(text, Spans([(3, 13)]))}
    assert not _names("打造“三支队伍”的“金名片”。").keys() & {"“金名片”"}


def test_the_countrys_formulas_and_figures_with_a_head_are_no_practices() -> None:
    text = "统筹推进“五位一体”总体布局,积极融入“一带一路”建设,走出一条山区治理的“溪口路径”。"
    assert not _names(text)
