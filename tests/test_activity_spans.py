"""Where an activity name starts and what shapes make one: words with their alternative in brackets,
levels counted before a count of levels, verbs of result, things counted and joined (sentences written
for these tests)."""

from __future__ import annotations

from loaders.activities.events import campaigns
from loaders.activities.introduced import introduced
from loaders.activities.quotes import quoted
from loaders.activities.rules import candidates
from loaders.spans import Spans


def _found(text: str) -> dict[str, set[str]]:
    return {c.text(text): c.alts for c in candidates(text, [])}


def test_a_word_with_its_alternative_in_brackets_belongs_to_the_name() -> None:
    found = _found("分批举办镇（街道）党建指导员示范培训班,各村(居)民议事会制度全面落地。")
    assert "镇（街道）党建指导员示范培训班" in found
    assert "村(居)民议事会制度" in found
    assert not {"党建指导员示范培训班", "民议事会制度"} & set(found)


def test_the_levels_a_count_of_levels_names_are_left_off_too() -> None:
    found = _found("建立市县镇三级塘（库）长体系。")
    assert "三级塘（库）长体系" in found["市县镇三级塘（库）长体系"]


def test_a_verb_of_result_before_a_name_is_no_part_of_it() -> None:
    names = set(_found("将居民诉求分为日常事务、紧急事务两类,收集意见并记入民情台账,对违反居民公约的行为进行劝导。"))
    assert not any(n.startswith(("居民诉求分为", "记入", "违反")) for n in names)
    assert "民情台账" in names
    names = set(_found("医生每周两次到社区卫生服务站坐诊。"))
    assert "社区卫生服务站" in names and not any("到" in n for n in names)


def test_things_counted_and_joined_in_quotes_name_a_way() -> None:
    text = "某镇将村民小组与产业网格“两网融合”,各村推行“三治融合”,不搞“一盘棋”式的口号。"
    cores = {c.core for c in quoted(text, Spans([]))}
    assert {"两网融合", "三治融合"} <= cores
    assert "一盘棋" not in cores


def test_a_line_of_work_and_grades_in_quotes_are_no_practices() -> None:
    text = (
        "某局坚持“服务为先、规范为本”工作主线,合作社坚持“抱团发展、共同致富”的办社宗旨,"
        "考核结果按照“优秀、良好、一般、较差”四个等次通报,并推行“一事一议”。"
    )
    cores = {c.core for c in quoted(text, Spans([]))}
    assert cores == {"一事一议"}


def test_functions_listed_under_a_counted_centre_are_each_a_practice() -> None:
    names = set(_found("某院牵头建设病理诊断、远程会诊、消毒供应三大共享中心,服务全县。"))
    assert {"病理诊断", "远程会诊", "消毒供应"} <= names
    # the centre of the work (中心工作) is no centre
    names = set(_found("在防汛抗旱、森林防火等中心工作中发挥作用。"))
    assert not {"防汛抗旱", "森林防火"} & names


def test_pushing_hard_and_building_a_team_name_no_drive() -> None:
    text = "党员在生产一线带头攻坚,全镇抓实村“两委”班子建设,打好河道污染治理攻坚,推进“红旗”支部建设。"
    names = {c.text(text) for c in campaigns(text)}
    assert not any(n.endswith(("带头攻坚", "班子建设")) for n in names)
    assert {"河道污染治理攻坚", "“红旗”支部建设"} <= names


def test_an_integrated_way_keeps_the_deed_it_integrates() -> None:
    names = set(_found("全面推行镇村一体化管理,各校实行城乡一体化办学。"))
    assert {"镇村一体化管理", "城乡一体化办学"} <= names
    assert not {"镇村一体化", "城乡一体化"} & names


def test_a_name_after_a_chain_of_places_is_also_named_by_the_shorter_chains() -> None:
    found = _found("5月10日,临江市建成临江市东城区政务服务中心,群众一窗办理。")
    assert "东城区政务服务中心" in found["临江市东城区政务服务中心"]


def test_the_object_of_ba_is_the_name_and_the_verb_after_it_the_clauses() -> None:
    text = "某县把平安乡村创建融入网格治理。"
    names = {c.text(text) for c in campaigns(text)}
    assert "平安乡村创建" in names
    text = "他把一个后进村建设成为远近闻名的富裕村。"
    assert not any(c.text(text).endswith("建设") for c in campaigns(text))


def test_a_project_carried_out_is_named_by_its_words() -> None:
    text = "某镇实施茶园病虫害绿色防控示范项目,建设示范园3个。"
    assert {text[s:e] for s, e, _ in introduced(text)} == {"茶园病虫害绿色防控示范项目"}
    text = "全年实施村庄道路硬化项目26个。"
    assert not list(introduced(text))  # counted projects are deeds done, no named project


def test_building_farmland_or_a_strengthened_place_is_a_drive() -> None:
    text = "推进高标准农田建设,新建农田2万亩;深入开展品牌强市建设;加强农田建设。"
    names = {c.text(text) for c in campaigns(text)}
    assert {"高标准农田建设", "品牌强市建设"} <= names
    assert "农田建设" not in names
