"""Organization names start and end on word boundaries (loaders/names/words.py as evidence)."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import places
from loaders.names import stage as organizations
from loaders.names.words import boundaries, function_word, part_of_speech


def _labels(text: str) -> set[str]:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return {m.text for m in doc.mentions if m.key}


def test_boundaries_segment_once_and_answer_by_offset() -> None:
    text = "东岭县和西岭县的派出所所长"
    b = boundaries(text)
    assert b is boundaries(text)  # cached: every stage may ask again
    assert b.aligned(8, 11) and not b.is_boundary(9)
    assert b.span_at(12) == (11, 13)
    assert function_word("和") and not function_word("派出所")
    assert part_of_speech("派出所").startswith("n")


def test_a_conjunction_or_particle_opens_no_name() -> None:
    found = _labels("会上，副镇长和派出所所长分别发言。要引导党员干部更好地深入社区，把村民组织起来。")
    assert not any(t.endswith("派出所") for t in found)
    assert not any(t.endswith("社区") for t in found)


def test_a_localizer_after_a_word_ends_the_context() -> None:
    found = _labels("某街道整合辖区内丰禾银行城东支行等单位资源。")
    assert "丰禾银行城东支行" in found
    assert not any(t.startswith(("辖区", "内")) for t in found)


def test_a_conjunction_inside_one_word_stays_in_the_name() -> None:
    # written after its village, the cooperative is named with it (李庄村|和平兴旺合作社), 和 kept inside
    assert "李庄村和平兴旺合作社" in _labels("驻村干部帮助李庄村和平兴旺合作社销售蔬菜。")


def test_a_level_character_that_opens_a_common_word_closes_no_place() -> None:
    names = [p.text for p in places.scan("这是许多三四线城市和县城共同的难题，也是郊区和县乡的难题。")]
    assert "和县" not in names


def test_a_unit_suffix_inside_a_common_word_is_no_unit() -> None:
    found = _labels("县里建立返乡创业项目库，为返乡创业人员提供贷款。")
    assert not any(t.endswith("乡") for t in found)


def test_a_process_word_names_no_community() -> None:
    assert not any(t.endswith("社区") for t in _labels("居民对精细化、多样化社区服务的需求日益增长。"))


def test_a_village_name_inside_a_street_name_and_a_community_after_the_street_office() -> None:
    found = _labels("南乐县青松新村街道以党建为纽带。县委组织部到松林街道办事处翠竹社区报到。")
    assert "青松新村街道" in found and "青松新村" not in found
    assert "翠竹社区" in found


def test_a_university_before_a_word_that_begins_with_sheng() -> None:
    found = _labels("县里与江南理工大学生物系共建实验室，并组织大学生返乡实践。")
    assert "江南理工大学" in found
    assert not any(t.endswith("大学生") for t in found)


def test_a_province_before_a_common_word_is_no_brand() -> None:
    found = _labels("企业可以在上海办公，也可以在杭州设点。")
    assert not any(t.startswith("上海") and t != "上海" for t in found)


def test_a_county_of_another_province_alone_and_unqualified_is_no_place() -> None:
    text = "近年来，南乐县把网格延伸到楼群（平房区片区）、楼栋（平房区排组）。南乐县还建立了议事会。"
    assert "平房区" not in {p.text for p in places.scan(text)}
    qualified = "南乐县组织干部赴黑龙江省哈尔滨市平房区学习，南乐县还建立了议事会。"
    assert "平房区" in {p.text for p in places.scan(qualified)}


def test_short_names_listed_as_siblings_are_places() -> None:
    text = "目前，南乐、清丰、范县等5个县区建成人才飞地，在郑州、开封等市设点。"
    names = {p.text: p.division.name for p in places.scan(text)}
    assert names.get("南乐") == "南乐县" and names.get("清丰") == "清丰县"
    assert names.get("开封") == "开封市"


def test_a_township_government_and_bare_bureaus_in_a_list_of_departments() -> None:
    found = _labels("由南乐县梁村乡牵头，柳河镇政府参与。近年来，南乐县梳理民政局、水利局等部门的项目。")
    assert "柳河镇政府" in found
    assert {"民政局", "水利局"} <= found


def test_a_community_before_its_secretary_and_a_town_after_its_district() -> None:
    found = _labels("近年来，华龙区新开岭镇坚持党建引领。目前，翠竹社区书记兼任物业公司副经理。")
    assert "新开岭镇" in found and "翠竹社区" in found


def test_a_two_character_county_written_as_one_word() -> None:
    assert "滑县" in {p.text for p in places.scan("各乡镇要结合滑县实际，强化统筹。")}


def _subject(text: str) -> str:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    key = doc.reports[0].subject
    return doc.entities[key].label if key in doc.entities else str(key)


def test_a_department_that_leads_under_a_headline_naming_its_district_speaks_for_the_district() -> None:
    text = "情暖骑手 濮阳华龙区构建新就业群体服务网\n近日，华龙区委组织部、区社会工作党委整合资源，建成服务站12个。\n"
    assert _subject(text) == "华龙区"


def test_a_story_told_from_a_town_speaks_for_the_town() -> None:
    text = (
        "打破部门壁垒、延伸治理末梢——在豫北南乐县梁村乡，一座综治中心正在激活基层治理。近年来，该乡构建调解体系。\n"
        "梁村乡创新构建矛盾调处机制，化解纠纷30件。\n梁村乡实施网格化管理，群众满意度提高。\n"
    )
    assert _subject(text) == "梁村乡"


def test_a_post_or_meeting_of_the_committee_is_no_mention_of_it() -> None:
    text = "近年来，南乐县建立县委书记主导的工作机制，遇到难题就召开县委联席会议研究。"
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert not any(m.text == "县委" for m in doc.mentions)


def test_social_work_committees_urban_management_and_kinds_of_state_company() -> None:
    found = _labels("近日，华龙区委组织部、区社会工作党委和区城管委联合行动。国有企业投资公司也参与其中。")
    assert {"区社会工作党委", "区城管委"} <= found
    assert "国有企业投资公司" not in found


def test_schools_by_their_own_names_not_by_their_kinds() -> None:
    found = _labels(
        "南乐县以柳溪小学、明德实验学校为龙头，组建教育集团，带动20所农村学校。"
        "全县中小学校开展示范学校创建，市直义务教育学校平稳转隶，中学生参加实践。"
    )
    assert {"柳溪小学", "明德实验学校"} <= found
    assert not any(t.endswith(("学校", "小学", "中学")) and t not in ("柳溪小学", "明德实验学校") for t in found)


def test_a_street_after_its_district_may_hold_a_boundary_character_and_leads_as_agent() -> None:
    text = "结对帮扶见实效\n2024年以来，由华龙区润全街道牵头，柳河镇政府、区人社局组成工作队，开展帮扶。\n"
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert "润全街道" in {m.text for m in doc.mentions if m.key}
    assert doc.entities[str(doc.reports[0].subject)].label == "润全街道"
    assert not any(t.endswith("街道") and t != "润全街道" for t in _labels("在濮阳市多个街道、乡镇开展试点。"))


def test_kinds_of_company_and_their_committees_are_none_and_listed_brands_are_companies() -> None:
    found = _labels(
        "近日，某街道新组建的恒润达、嘉禾顺等4个物业公司党支部揭牌成立。"
        "街道把小区物业公司党组织全覆盖作为重点，党支部创办实体公司增加收入。"
    )
    assert {"恒润达", "嘉禾顺"} <= found
    assert not {"物业公司党支部", "小区物业公司", "实体公司"} & found


def test_bare_departments_listed_after_one_with_its_level_share_it() -> None:
    doc = organizations.run(
        segment.run(Document(path=Path("t.txt"), text="近年来，华龙区由区人社局、民政局、住建局组成工作专班。"))
    )
    labels = {doc.entities[m.key].label for m in doc.mentions if m.key}
    assert {"华龙区人社局", "华龙区民政局", "华龙区住建局"} <= labels


def test_a_branch_after_its_owner_and_de_is_part_of_it_and_a_new_area_of_the_data_is_a_district() -> None:
    text = "区领导来到华兴教育集团的城东分校、城西分校和鸿达集团的河西分公司调研。"
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    edges = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    group, firm = "org/华兴教育集团", "org/鸿达集团"
    assert {("org/城东分校", group), ("org/城西分校", group), ("org/河西分公司", firm)} <= edges
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text="天津市滨海新区坚持党建引领。")))
    assert any(m.text == "滨海新区" and m.cls == "District" for m in doc.mentions)


def test_a_boundary_character_inside_a_noun_of_the_name_does_not_cut_it() -> None:
    assert "河阳财经大学" in _labels("推动河阳理工大学、河阳财经大学等高校学生到县里实习。")


def test_names_listed_before_a_count_of_units_are_organizations() -> None:
    found = _labels("街道整合辖区内丰禾银行、百川口腔、东岭电信等十家单位资源开展服务。")
    assert {"百川口腔", "东岭电信"} <= found
    assert not any("街道" in t or "社区" in t for t in _labels("街道、社区等12家单位参加。"))


def test_a_counted_kind_of_village_is_no_village() -> None:
    assert not any(t.endswith("镇") for t in _labels("这是一个农业大镇，人口多。"))


def test_a_village_followed_by_its_own_residents_is_named_though_a_pair_reads_generic() -> None:
    assert "五山村" in _labels("“现在办事方便多了。” 五山村村民李某说。")


def test_a_branch_school_whose_name_holds_a_school_word_is_one_school() -> None:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text="区领导来到华兴八中柳塘中学分校调研。")))
    assert {e.label for e in doc.entities.values() if e.cls == "SocialOrganization"} == {"华兴八中柳塘中学分校"}


def test_a_surname_alone_names_a_village_written_after_its_town() -> None:
    assert "何村" in _labels("在南乐县梁村乡何村，一座座大棚拔地而起。")
    assert not any(t.endswith("村") and len(t) == 2 for t in _labels("在梁村乡驻村，干部每周进村。"))


def test_a_community_after_the_street_office_is_part_of_the_street() -> None:
    doc = organizations.run(
        segment.run(Document(path=Path("t.txt"), text="近年来，南乐县组织党员到城关街道办事处翠竹社区报到。"))
    )
    key = next(m.key for m in doc.mentions if m.text == "翠竹社区")
    parents = {r.object for r in doc.relations if r.subject == key and r.predicate == "partOf"}
    assert "place/410923000000/城关街道" in parents


def test_a_city_body_of_a_municipality_is_the_municipalitys() -> None:
    text = "天津市发布典型案例。昨天，市民政局发布通知。"
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert "org/天津市民政局" in {m.key for m in doc.mentions}


def test_a_channel_of_a_news_site_is_a_media_outlet_not_its_province() -> None:
    text = "南乐经验\n发布时间：2024-05-06 来源：人民网-河南频道\n近年来，南乐县坚持党建引领。"
    names = {m.text for m in organizations.run(segment.run(Document(path=Path("t.txt"), text=text))).mentions}
    assert "河南频道" in names and "河南" not in names


def test_a_learned_society_but_not_the_verb_learn() -> None:
    assert "濮阳市法学会" in _labels("南乐县引入濮阳市法学会等专业力量。")
    assert not any(t.endswith("学会") for t in _labels("社区让老年党员学会了网购，让群众学会使用手机。"))


def test_a_deputy_of_the_congress_is_no_mention_of_it() -> None:
    text = "近年来，南乐县坚持党建引领。省人大代表、县委副书记李某说。省人大常委会调研南乐县。"
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert [m.text for m in doc.mentions if "人大" in m.text] == ["省人大常委会"]


def test_a_province_before_the_county_that_opens_a_registered_name_qualifies_it() -> None:
    found = _labels("河南省南乐县华森新材料有限公司总经理说，企业将扩建厂房。")
    assert "南乐县华森新材料有限公司" in found


def test_a_two_character_county_the_dictionary_lacks_is_still_a_word() -> None:
    # the segmenter splits 范县 into two characters; neither belongs to a longer word
    assert "范县" in {p.text for p in places.scan("市里要推动范县发展，帮助河南范县补齐短板。")}
    assert "范县" not in {p.text for p in places.scan("该村正在争创模范县级文明村。")}
