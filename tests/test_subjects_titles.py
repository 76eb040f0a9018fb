"""Report subjects a title, a dateline or a byline gives against the county written around them: a
county site's 某区： over a town's story, a title that names a town its lead's county only frames,
a town's body credited as the story's contributor; and the county reports that must keep their county.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations

_SOURCE = "来源: https://www.example.gov.cn/art/2025/3/1/art_1.html\n"


def _subjects(text: str) -> list[str | None]:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=_SOURCE + text)))
    return [doc.entities[r.subject].label if r.subject in doc.entities else r.subject for r in doc.reports]


def test_a_district_dateline_over_a_towns_story_gives_the_town() -> None:
    text = (
        "鹿城区：激活乡村治理“一池春水”\n"
        "藤桥镇地处鹿城区西部，辖行政村26个。今年以来，藤桥镇推行“村民说事”制度，累计收集民意400余条。\n"
        "藤桥镇建立“网格连心”机制，划分网格58个。\n"
    )
    assert _subjects(text) == ["藤桥镇"]


def test_a_district_dateline_over_a_story_told_in_a_street_gives_the_street() -> None:
    text = (
        "鹿城区：“楼道议事”议出社区新气象\n"
        "在鹿城区五马街道，每月一次的楼道议事会已成常态。今年以来，五马街道推行“楼道议事”制度，收集民意400余条。\n"
        "五马街道建立“网格连心”机制，划分网格58个。\n"
    )
    assert _subjects(text) == ["五马街道"]


def test_a_county_dateline_stays_the_subject_when_the_county_acts_in_the_body() -> None:
    anecdote = (
        "青田县：“村民说事”说出治理新气象\n"
        "船寮镇的村民说事会上，村民们你一言我一语。近年来，青田县推行“村民说事”制度，全县收集民意4000余条。\n"
        "船寮镇建立“网格连心”机制，划分网格58个。船寮镇还组建调解队12支。\n"
    )
    department = (
        "青田县：以“村民说事”推动基层善治\n"
        "近年来，县委组织部坚持大抓基层，推行“村民说事”制度，全县收集民意4000余条。\n"
        "船寮镇建立“网格连心”机制，划分网格58个。船寮镇还组建调解队12支。\n"
    )
    assert _subjects(anecdote) == ["青田县"]
    assert _subjects(department) == ["青田县"]


def test_a_town_the_title_names_outweighs_the_city_that_opens_the_lead() -> None:
    body = (
        "近年来，瑞安市坚持党建引领乡村振兴，全市培育特色镇12个。船寮镇推行“茶旅融合”模式，全镇茶园面积达到2万亩。\n"
        "船寮镇建立“村企联建”机制，引入茶企8家。船寮镇每年举办茶文化节，吸引游客5万人次。\n"
        "船寮镇党委推行“积分超市”，全镇设立积分超市15个。\n"
        "瑞安市委组织部表示，瑞安市将推广船寮镇的做法。\n"
    )
    for title in ("“红色引擎”激活船寮镇发展动能", "船寮镇的“茶旅经”", "瑞安市：船寮镇茶旅融合促增收", "乡村振兴看船寮"):
        assert _subjects(title + "\n" + body) == ["船寮镇"], title


def test_a_county_report_whose_title_names_one_of_its_towns_keeps_the_county() -> None:
    text = (
        "从船寮镇看青田县乡村振兴\n"
        "近年来，青田县坚持党建引领，全县培育特色村52个。船寮镇推行“村民说事”制度，收集民意400余条。\n"
        "青田县建立“网格连心”机制，全县划分网格580个。青田县还组建调解队120支。\n"
    )
    assert _subjects(text) == ["青田县"]


def test_a_towns_body_credited_as_contributor_gives_the_town() -> None:
    text = (
        "茶园里的“红色引擎”\n"
        "供稿：船寮镇党委\n"
        "近年来，青田县船寮镇推行“茶旅融合”模式，全镇茶园面积达到2万亩。青田县持续推进茶产业发展。\n"
    )
    assert _subjects(text) == ["船寮镇"]


def test_a_headlines_short_name_finds_the_company_past_a_lead_that_frames_its_county() -> None:
    text = (
        "青禾茶业：小茶叶做成大产业\n"
        "近年来，青田县大力扶持茶产业发展，全县茶园面积8万亩。浙江青禾茶业有限公司推行“党员先锋岗”制度，设立党员先锋岗12个。\n"
        "公司建立“师带徒”机制，培养技术骨干50名。\n"
    )
    assert _subjects(text) == ["浙江青禾茶业有限公司"]


def test_a_town_the_title_names_outweighs_the_county_named_most_when_nobody_opens_a_clause() -> None:
    text = (
        "茶香飘满船寮镇\n"
        "走进瑞安市船寮镇，茶园沿山铺展。在船寮镇，茶农们正忙着采摘新茶，全镇茶园面积达到2万亩。\n"
        "船寮镇的“茶旅融合”模式吸引游客5万人次。依托船寮镇党群服务中心，茶农们学习新技术。\n"
        "瑞安市委组织部相关负责人介绍，瑞安市将推广船寮镇的经验，瑞安市共有乡镇街道23个。\n"
    )
    assert _subjects(text) == ["船寮镇"]


def test_a_company_or_school_the_title_names_counts_its_word_for_itself_against_the_county() -> None:
    company = (
        "党建引领浙江青禾茶业有限公司高质量发展\n"
        "近年来，青田县大力扶持茶产业发展，全县茶园面积8万亩。浙江青禾茶业有限公司推行“党员先锋岗”制度。\n"
        "公司建立“师带徒”机制，培养技术骨干50名。公司还推行“订单农业”模式，带动茶农800户。公司年销售额达到2.1亿元。\n"
    )
    school = (
        "“走班制”让青田县实验中学焕发新活力\n"
        "近年来，青田县持续深化教育改革。青田县实验中学推行“走班制”教学，开设选修课42门。\n"
        "学校建立“导师制”，每名教师联系学生15名。学校还开设社团36个，学校获评省级示范校。\n"
    )
    assert _subjects(company) == ["浙江青禾茶业有限公司"]
    assert _subjects(school) == ["青田县实验中学"]


def test_a_town_the_title_writes_short_counts_each_time_the_text_writes_it_short() -> None:
    text = (
        "乡村振兴看船寮\n"
        "近年来，瑞安市坚持党建引领乡村振兴。地处瑞安市西部山区的船寮镇，茶园面积达到2万亩。\n"
        "船寮推行“茶旅融合”模式，引入茶企8家。船寮每年举办茶文化节，吸引游客5万人次。\n"
        "船寮党委推行“积分超市”，设立积分超市15个。\n"
        "瑞安市委组织部表示，瑞安市将推广船寮的做法。\n"
    )
    assert _subjects(text) == ["船寮镇"]


def test_a_county_headline_is_not_read_as_its_namesake_town_written_short() -> None:
    text = (
        "松阳县：“小网格”撬动基层“大治理”\n"
        "5月15日清晨，松阳镇龙泉社区网格员像往常一样走进小区巡查。\n"
        "今年以来，松阳县以“红色网格”建设为牵引，全县划分综合网格486个。\n"
        "该县推行“多网合一”，松阳镇、白石镇等乡镇配备专职网格员120名。\n"
    )
    assert _subjects(text) == ["松阳县"]
