"""Who does the sentences of a paragraph about a town, in a county's report: a town that opens its paragraph
and is the only doer named there does the sentences and points (一是…；二是…) that name no doer of their own;
towns named one after another as examples hand the subject-less sentence back to the county; a bare 镇里 /
镇党委 is the town named last; a county named as the doer of a village's report (某县在全县推广…) acts itself.
A means named alone before the body that opens the next clause (依托X，某局…) is that body's; a practice said to
have become a unit's (X已成为某镇的…模式) is that unit's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from extracted import COUNTY_OPENING, doers, reporters


def test_a_town_that_opens_its_paragraph_does_its_points() -> None:
    text = (
        COUNTY_OPENING + "（一）青岙镇：打造“工坊联盟”\n"
        "青岙镇整合闲置厂房，推行“订单工坊”模式，建成工坊21家。"
        "一是实施“技能提升”计划，培训村民900人次；二是建立“利益联结”机制，带动增收2000万元。\n"
    )
    does = doers(text)
    assert does["“技能提升”计划"] == {"青岙镇"}
    assert does["“利益联结”机制"] == {"青岙镇"}
    assert reporters(text)["900人次"] == "青岙镇"


def test_a_town_that_opens_its_paragraph_does_its_next_sentence() -> None:
    does = doers(
        COUNTY_OPENING + "溪口镇推行“院坝议事”制度，每月召开议事会。建立“干部包片”机制，每名干部联系农户30户。\n"
    )
    assert does["“干部包片”机制"] == {"溪口镇"}


def test_towns_named_as_examples_hand_the_next_sentence_back_to_the_county() -> None:
    does = doers(
        COUNTY_OPENING + "溪口镇推行“院坝议事”制度，建成议事点86个。北岭乡推行“山林网格”，配备网格员60名。"
        "建立“网格积分”激励机制，全县累计发放积分奖励40万元。\n"
    )
    assert does["“山林网格”"] == {"北岭乡"}
    assert does["“网格积分”激励机制"] == {"松阳县"}


def test_a_bare_town_word_opening_a_clause_is_the_town_named_last() -> None:
    for word in ("镇里", "镇党委"):
        text = (
            COUNTY_OPENING
            + f"溪口镇以产业为抓手，推行“支部+合作社”模式。{word}建立“干部包片”制度，每名干部联系农户30户。\n"
        )
        assert doers(text)["“干部包片”制度"] == {"溪口镇"}
        assert reporters(text)["30户"] == "溪口镇"


def test_a_county_named_as_doer_in_its_villages_report_acts_itself() -> None:
    does = doers(
        "建德市里洋村：集体经济的样本\n里洋村近年来探索推行“合作社+农户”模式，村集体收入达到85万元。\n"
        "建德市在全市推广里洋村经验，实施“共富示范片”建设工程。\n"
    )
    assert does["“合作社+农户”模式"] == {"里洋村"}
    assert does["“共富示范片”建设工程"] == {"建德市"}


def test_a_means_named_before_a_body_is_that_bodys() -> None:
    does = doers(COUNTY_OPENING + "依托“乡村振兴讲堂”，县委组织部联合县委党校开展村干部轮训，培训村干部1200人次。\n")
    assert "松阳县委组织部" in does["“乡村振兴讲堂”"]
    does = doers(COUNTY_OPENING + "近年来，借助“浙里办”平台，县人社局实现了社保业务掌上办理。\n")
    assert "松阳县人社局" in does["“浙里办”平台"]


def test_a_purpose_named_before_a_body_stays_the_subjects() -> None:
    does = doers(COUNTY_OPENING + "围绕“千万工程”，玉岩镇扎实推进人居环境整治，建成美丽庭院300户。\n")
    assert does["“千万工程”"] == {"松阳县"}


def test_a_practice_said_to_have_become_a_units_is_that_units() -> None:
    does = doers(COUNTY_OPENING + "“茶旅融合”模式已成为大东坝镇的特色发展路子。\n")
    assert does["“茶旅融合”模式"] == {"大东坝镇"}
    does = doers(COUNTY_OPENING + "公司还带火了村里的旅店和饭店——“企业带村”模式成为大东坝镇的特色发展模式。\n")
    assert does["“企业带村”模式"] == {"大东坝镇"}
    does = doers(COUNTY_OPENING + "“积分超市”逐步成为全县乡村治理的有效抓手。\n")
    assert does["“积分超市”"] == {"松阳县"}
