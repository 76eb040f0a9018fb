"""What reads like a named practice but is none: maxims kept to, yardsticks measured by, sessions of a
course counted, a body made the doer of a deed (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from loaders.activities.events import campaigns
from loaders.activities.rules import candidates
from loaders.document import Document
from loaders.pipeline import extract


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_a_maxim_kept_to_is_no_practice() -> None:
    for text in (
        "某镇坚持“群众至上、服务至先”,推行网格化管理。",
        "该院坚持“以患者满意为中心”,开展巡诊服务。",
        "各村坚持“应录尽录、应享尽享”,落实兜底保障。",
        "村集体收益坚持“取之于村、用之于村”。",
        "对急需人才采取“不求所在、但求所为”方式,柔性引进专家12名。",
    ):
        names = _names(text)
        assert not any(n.startswith("“") for n in names), (text, names)
    # a numbered name after the same verb is still a practice
    assert "“一村一策”" in _names("某镇坚持“一村一策”,分类推进整顿。")


def test_a_yardstick_measured_by_is_no_practice() -> None:
    names = _names("社区按照“200户左右一网格”的标准,将辖区划为9个网格。")
    assert not any("标准" in n for n in names)
    names = _names("对照“班子强、服务优、群众满意”的标准开展评定。")
    assert not any("标准" in n for n in names)
    # a standard set up is a practice
    assert "“红色驿站”建设标准" in _names("制定“红色驿站”建设标准,统一规范阵地。") or any(
        "红色驿站" in n for n in _names("制定“红色驿站”建设标准,统一规范阵地。")
    )


def test_sessions_of_a_course_counted_name_no_programme() -> None:
    names = _names("依托县委党校举办村级后备干部培训班3期,培训200人次。")
    assert not any(n.endswith("培训班") for n in names)
    assert "村级后备干部培训班" in _names("县委组织部开办村级后备干部培训班,提升履职能力。")


def test_a_body_made_the_doer_of_a_deed_is_a_clause() -> None:
    for text in ("引导村党组织领办合作社,发展特色种植。", "由村党支部领办合作社18家,统一经营土地。"):
        assert not any("领办" in n for n in _names(text)), text
    assert any("领办" in n for n in _names("探索推行党支部领办合作社,带动群众增收。"))


def test_people_counted_in_a_post_name_no_system() -> None:
    assert "党建指导员" not in _names("全县选派党建指导员45名,实现园区全覆盖。")
    assert "党建指导员" in _names("向非公企业选派党建指导员,指导企业建立党组织。")
    # a term whose last word runs on into a longer one (工作队|员) is not written there
    assert "驻村工作队" not in _names("全县选派驻村工作队员300名。")
    assert "红色物业" in _names("赴邻县开展红色物业管理工作学习。")  # a word that only runs on (物业|管理)


def test_a_head_after_one_word_in_a_run_of_parallel_deeds_is_a_topic() -> None:
    assert not _names("某镇通过优化网格架构、强化数字赋能、推动多元参与,提升治理效能。")
    assert not _names("打通部门壁垒、创新调度机制、延伸服务末梢——某街道的实践。")
    # a generic word before the head adds nothing: one word is still all that names it
    title = "二、强基固本:构建长效帮扶机制"
    assert not candidates(title, [(0, len(title))])
    point = "一是健全党建目标责任制。"  # a field word before the head makes the name specific
    assert "党建目标责任制" in {c.text(point) for c in candidates(point, [(0, len(point))])}
    assert "村民议事协商机制" in _names("某村健全村民议事协商机制、强化监督,群众满意度提升。")


def test_a_field_whose_leaders_answer_for_it_together_is_a_mechanism() -> None:
    assert "耕地保护党政同责" in _names("全面落实耕地保护党政同责,压实各级责任。")
    assert not _names("各部门党政同责、合力推进。")  # no field named: a manner of working, no name


def test_the_evaluation_work_is_brought_into_is_named_by_its_kind() -> None:
    assert "目标责任考核" in _names("县里将护林工作纳入全县目标责任考核,实行月通报。")
    assert "年度综合考评" in _names("将垃圾分类纳入街道和部门年度综合考评。")
    assert "季度督查" in _names("将网格员履职情况纳入季度督查。")
    # a period alone names no kind of evaluation; the body evaluated is no part of the name
    assert not _names("将保洁成效纳入各村年度考核。")
    assert not any(n.startswith("街道") for n in _names("将垃圾分类纳入街道和部门年度综合考评。"))


def test_a_community_or_consortium_set_up_is_a_mechanism() -> None:
    assert "城乡医疗共同体" in _names("某县组建城乡医疗共同体,由县医院牵头。")
    assert "区域教育联合体" in _names("与邻县建立区域教育联合体,共享师资。")
    assert not _names("铸牢中华民族共同体意识。")  # an awareness, no body of work
    assert not _names("加强社区与物业的联系,形成邻里治理共同体。")  # a bond reached


def test_a_rectification_carried_out_is_a_drive_a_field_mentioned_is_none() -> None:
    def drives(text: str) -> set[str]:
        return {c.text(text) for c in campaigns(text)}

    assert "乡村垃圾围村整治" in drives("扎实推进乡村垃圾围村整治,清运垃圾3万吨。")
    assert "困难家庭适老化改造" in drives("实施困难家庭适老化改造,完成改造800户。")
    assert not drives("将垃圾围村整治、厕所革命纳入积分管理。")
    assert not drives("我县垃圾围村整治经验在全市交流。")


def test_one_word_before_a_head_after_a_describing_clause_names_nothing() -> None:
    assert not _names("着力构建凝聚各族群众向心力的精神体系。")
    assert "群众诉求快速响应机制" in _names("建立健全回应关切的群众诉求快速响应机制。")
    assert "三级责任制" in _names("形成县领导包乡、乡干部包村、村干部包户的三级责任制。")


def test_a_centre_named_in_passing_is_an_office_a_centre_set_up_a_practice() -> None:
    assert not _names("5月8日,在某区政务服务中心,企业负责人半天办完了执照。")
    assert not _names("推动平台与某区城市运行管理中心全面对接。")
    assert "县域远程会诊服务中心" in _names("建设县域远程会诊服务中心,开通远程心电诊断。")
    assert "社区党群服务中心" in _names("居民在社区党群服务中心议事。")  # the contract's own practice


def test_a_term_naming_the_matter_of_a_dispute_is_no_practice() -> None:
    assert "土地流转" not in _names("已调处邻里纠纷、土地流转纠纷60件。")
    assert "土地流转" in _names("引导农户通过土地流转发展规模经营。")


def test_a_contest_won_in_is_entered_not_held() -> None:
    def activities(text: str) -> set[str]:
        doc = extract(Document(path=Path("t.txt"), text="某县经验\n" + text))
        return {e.label for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}

    assert not activities("选手参加全省护理技能大赛获一等奖。")
    assert "全县护理技能大赛" in activities("举办全县护理技能大赛,参赛选手120名。")
    assert "水污染防治攻坚战" in activities("打好水污染防治攻坚战。")  # the verb that fights it is none of it


def test_a_sector_system_and_each_of_a_kind_name_no_practice() -> None:
    assert not _names("完善城乡一体的社会保障体系,构建现代化产业体系。")
    assert "县乡村组四级河长体系" in _names("构建县乡村组四级河长体系。")
    assert not _names("建立健全各项规章制度。")
    assert not _names("建立每项工作台账。")


def test_a_team_a_body_sends_is_named_without_the_body() -> None:
    doc = extract(Document(path=Path("t.txt"), text="某县经验\n江西省农业农村厅驻村工作队协调资金80万元。"))
    labels = {e.label for e in doc.entities.values() if e.cls == "Mechanism"}
    assert "驻村工作队" in labels and not any(label.startswith("江西省") for label in labels)
