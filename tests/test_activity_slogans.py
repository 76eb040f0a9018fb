"""Quoted states and ranks are no practices; quoted deeds are (sentences written for these tests)."""

from __future__ import annotations

from loaders.activities.rules import candidates


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_a_quoted_list_of_states_is_an_aim() -> None:
    names = _names("近年来,青禾镇党委坚持“支部强、村庄美”理念,努力形成“田园绿、农家富、乡风淳”的新格局。")
    assert not any("支部强" in n or "田园绿" in n for n in names)
    # a doer and its deed is a way of working
    assert "“支部牵头、农户参与”模式" in _names("推行“支部牵头、农户参与”模式。")


def test_a_campaign_named_by_the_states_it_aims_at_is_one() -> None:
    assert "“村庄净、庭院美”行动" in _names("全镇开展“村庄净、庭院美”行动。")


def test_a_rank_given_to_a_work_names_no_work() -> None:
    names = _names("县委把农村供水提质作为“一号工程”,列入全县“头号工程”统筹推进。")
    assert not any("号工程" in n for n in names)
    assert "“清溪护水”工程" in _names("实施“清溪护水”工程。")


def test_a_model_a_place_means_to_become_is_an_aim() -> None:
    names = _names("下一步,将打造城乡融合“北湾样板”,建设人才“新高地”。")
    assert not any("样板" in n or "高地" in n for n in names)


def test_a_quoted_honour_won_is_no_practice() -> None:
    names = _names("公司先后荣获“全省诚信示范企业”“市级文明单位”等称号,支部被评为“红旗支部”。")
    assert not names
    assert "“红旗支部”创建" in _names("全县开展“红旗支部”创建。")


def test_a_quote_after_a_quoted_saying_is_no_speech() -> None:
    # 说 inside the quote before is no verb of speaking
    assert "“板凳会”" in _names("推广“村民说事”“板凳会”“院坝会”等议事形式。")


def test_the_last_of_a_counted_run_of_quotes_is_a_member() -> None:
    names = _names("创新实施“网格+调解”“银发管家”“楼道长制”三种治理模式。")
    assert {"“网格+调解”", "“银发管家”", "“楼道长制”"} <= names
    assert not any(n.endswith("治理模式") for n in names)


def test_a_list_read_from_inside_a_word_starts_at_its_quote() -> None:
    names = _names("全面落实村级重大事项决策“四议两公开”、村务监督和民主评议制度。")
    assert "“四议两公开”" in names
    assert not any(n.startswith("级") for n in names)


def test_a_quote_that_acts_is_the_practice_credited() -> None:
    assert "“三联三帮”" in _names("青松县“三联三帮”助推村集体经济发展")
    assert "“院坝夜话”" in _names("以“院坝夜话”破解群众急难愁盼问题。")
    # a small thing set against a big one is a figure
    assert not _names("青松县：“小台账”撬动“大治理”")


def test_a_quoted_problem_is_no_practice() -> None:
    names = _names("部分村存在“重建设、轻管理”现象，着力破解“招人难、留人难”的问题。")
    assert not names


def test_a_head_made_an_adverb_of_manner_ends_no_name() -> None:
    names = _names("推进“三学一讲”学习教育常态化制度化。")
    assert "“三学一讲”学习教育" in names
    assert not any(n.endswith("制度") for n in names)


def test_quoted_bodies_of_a_kind_are_no_practices() -> None:
    assert not _names("孵化培育“睦邻坊”“夕阳红互助社”等社区社会组织60余个。")
    assert "“睦邻坊”" in _names("推行“睦邻坊”“楼长制”等做法。")


def test_quoted_works_on_a_building_are_no_way_of_working() -> None:
    assert not _names("采用“原址扩建、闲置校舍改建、择址新建”三种方式,改造活动场所12个。")
