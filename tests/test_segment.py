"""Segmentation: passages (sentences, headings), reports (title + body), numbered parts."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document


def _seg(text: str) -> Document:
    return segment.run(Document(path=Path("t.txt"), text=text))


MULTI = (
    "2023年全市工作会议经验交流材料\n来源:某某党建网\n2023年全市工作会议经验交流材料\n"
    "建强堡垒促振兴\n近年来，甲县坚持党建引领。一、抓组织聚合力，筑牢“强堡垒”。强化组织领导。一是建立机制。"
    "成立专班12个；压实责任。\n"
    "聚人才促发展\n近年来，乙县建设平台。二是强化支持。出台办法。\n"
    "2023-10-15 21:36:55\n目录 返回\n首页\n◎欢迎参与讨论，请发表看法。\n"
)


def test_reports_are_title_lines_followed_by_body() -> None:
    doc = _seg(MULTI)
    assert [r.title for r in doc.reports] == ["建强堡垒促振兴", "聚人才促发展"]
    assert doc.title == "2023年全市工作会议经验交流材料"
    assert doc.source == "某某党建网"
    first, second = doc.reports
    assert doc.text[first.start : first.end].startswith("建强堡垒促振兴\n近年来")
    assert doc.text[second.start : second.end].endswith("出台办法。")


def test_boilerplate_is_no_passage_and_title_lines_belong_to_no_report() -> None:
    doc = _seg(MULTI)
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert not any("目录" in t or "欢迎" in t or "21:36" in t for t in texts)
    assert doc.passages[0].report is None and texts[1].startswith("来源")
    assert all(p.report is not None for p in doc.passages[3:])


def test_sentences_split_on_stops_and_keep_offsets() -> None:
    doc = _seg(MULTI)
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert "成立专班12个；" in texts and "压实责任。" in texts
    for p in doc.passages:
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]


def test_headings_and_parts() -> None:
    doc = _seg(MULTI)
    heads = {doc.text[p.start : p.end]: p.heading for p in doc.passages}
    assert heads["一、抓组织聚合力，筑牢“强堡垒”。"] and heads["强化组织领导。"] and heads["一是建立机制。"]
    assert not heads["近年来，甲县坚持党建引领。"] and not heads["压实责任。"]  # after a ；, not a heading
    parts = doc.reports[0].parts
    assert [(p.level, doc.text[p.start : p.title_end]) for p in parts] == [
        (1, "一、抓组织聚合力，筑牢“强堡垒”。"),
        (2, "一是建立机制。"),
    ]
    assert parts[0].end == doc.reports[0].end


def test_text_without_titles_is_one_report_and_captions_stay_inside() -> None:
    text = "来源: http://www.example.gov.cn/a.html\n近年来，某县推进治理。成效明显。\n某村工作队采摘藤椒\n聚焦人才，确保支持。下一步继续。\n"
    doc = _seg(text)
    assert len(doc.reports) == 1
    rep = doc.reports[0]
    assert doc.text[rep.start : rep.end].startswith("近年来") and doc.text[rep.start : rep.end].endswith("下一步继续。")
    assert doc.source == "http://www.example.gov.cn/a.html"


def test_a_title_directly_above_the_body_names_the_single_report() -> None:
    doc = _seg("某省某县：全覆盖升级服务中心\n摘要：某县坚持统筹。\n正文第一句。")
    assert [r.title for r in doc.reports] == ["某省某县：全覆盖升级服务中心"]
    assert doc.passages[0].heading and doc.passages[0].report == 0


def test_empty_text_gives_nothing() -> None:
    doc = _seg("")
    assert doc.passages == [] and doc.reports == []


def test_an_author_line_under_a_title_does_not_open_a_report() -> None:
    text = (
        "交流材料汇编\n抓党建促振兴\n中共某某县委\n近年来，我县坚持党建引领。\n"
        "建设治理新格局\n——某某区委组织部\n近年来，某区推进治理。\n"
    )
    doc = _seg(text)
    assert [r.title for r in doc.reports] == ["抓党建促振兴", "建设治理新格局"]
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert "中共某某县委" in texts and "——某某区委组织部" in texts
    assert all(p.report is not None for p in doc.passages[1:])


def test_a_source_inside_a_metadata_line_is_kept() -> None:
    doc = _seg("发布时间：2023-06-12 来源：某区委组织部 浏览次数：1024\n某区经验\n近年来，某区推进治理。\n")
    assert doc.source == "某区委组织部"
    assert doc.text[doc.passages[0].start : doc.passages[0].end] == "来源：某区委组织部"


def test_without_a_cover_title_long_titles_open_reports_and_short_ones_stay_inside() -> None:
    text = (
        "创建五星支部绘就乡村振兴美丽画卷\n近年来，甲县推进创建。\n暖心服务办实事\n开展服务。\n"
        "筑平台聚人才推动工业转型升级\n近年来，乙县建设平台。\n"
    )
    doc = _seg(text)
    assert [r.title for r in doc.reports] == [
        "创建五星支部绘就乡村振兴美丽画卷",
        "筑平台聚人才推动工业转型升级",
    ]


def test_a_short_sentence_that_names_its_doer_is_body_not_a_heading() -> None:
    doc = _seg("甲县经验\n二、激活产业动能。桥头镇探索“党支部+合作社”模式,带动群众增收。强化组织领导。\n")
    heads = {doc.text[p.start : p.end]: p.heading for p in doc.passages}
    assert heads["桥头镇探索“党支部+合作社”模式,带动群众增收。"] is False
    assert heads["强化组织领导。"] is True


def test_a_run_in_sentence_that_quotes_a_name_is_body() -> None:
    doc = _seg("甲县经验\n（二）做优企业服务。建立“企业专员”制度,班子成员联系重点企业。创新模式,带动增收。\n")
    heads = {doc.text[p.start : p.end]: p.heading for p in doc.passages}
    assert heads["建立“企业专员”制度,班子成员联系重点企业。"] is False
    assert heads["创新模式,带动增收。"] is True  # a run-in heading without a name


def test_a_place_line_under_a_title_is_its_author_not_a_report() -> None:
    text = (
        "全省经验交流材料\n"
        "抓党建促乡村振兴\n中共安吉县委组织部\n近年来,安吉县深入实施“两山”转化行动。\n"
        "党建引领社区治理\n杭州市上城区\n上城区推行“街巷长制”。\n"
    )
    doc = _seg(text)
    assert [r.title for r in doc.reports] == ["抓党建促乡村振兴", "党建引领社区治理"]


def test_news_page_chrome_opens_no_report() -> None:
    text = (
        "来源: http://news.example.cn/a/1.html\n"
        "丽水新闻网 >  基层动态 >  正文\n"
        "新闻 要闻 国际 军事 图片 视频\n"
        "LANGUAGES\n"
        "莲都区推行“邻里帮”服务模式\n"
        "丽水日报 2024-03-05 关注我们\n"
        "2024年03月05日09:30  来源:丽水日报\n"
        "链接已复制\n"
        "王明 李华\n"
        "近年来,莲都区推行“邻里帮”服务模式,建成服务站12个。\n"
        "△区领导出席揭牌仪式\n"
        "服务站覆盖全区社区,群众满意度明显提升。\n"
        "（通讯员：李华）\n"
        "推荐阅读\n"
    )
    doc = _seg(text)
    assert [r.title for r in doc.reports] == ["莲都区推行“邻里帮”服务模式"]
    assert any(doc.text[p.start : p.end].endswith("来源:丽水日报") for p in doc.passages)  # a source line
    passages = [doc.text[p.start : p.end] for p in doc.passages]
    chrome = ("正文", "要闻", "LANGUAGES", "链接", "王明", "△", "关注", "通讯员", "推荐")
    assert not any(w in t for t in passages for w in chrome)


def test_a_title_with_its_date_and_spaced_headings_stay_content() -> None:
    for line in ("联村带农助增收 多元协同奔共富 2025年03月14日", "强基础 促发展", "党建引领 共建共享"):
        assert not segment.is_boilerplate(line)


def test_label_and_figure_lines_open_no_report() -> None:
    """A block of "label：value" lines, its last before a blank line, is a table in the report, not titles."""
    text = (
        "某区2024年城市基层党建工作总结\n\n今年以来，某区扎实推进城市基层党建各项工作。主要数据如下：\n"
        "城市社区：46个\n小区党组织覆盖率：87.9%\n居民满意度：91.3分（2021年为82.6分）\n\n"
        "（二）物业服务管理逐步规范。区住房城乡建委牵头出台考评办法，全年清退不合格物业企业7家。\n"
    )
    doc = _seg(text)
    assert [r.title for r in doc.reports] == ["某区2024年城市基层党建工作总结"]
    assert doc.reports[0].end == len(text.rstrip())


def test_a_table_row_is_content() -> None:
    assert not segment.is_boilerplate("妙高村\t120\t356\t1")


def test_a_page_reads_a_repeated_paragraph_once_and_keeps_its_table() -> None:
    from loaders.reading.html import html_to_text

    lead = "遂昌县推进村集体经济发展,成效明显,全县村集体收入普遍增长。"
    page = (
        "<html><head><title>遂昌县村集体经济情况</title></head><body><div id='zoom'>"
        f"<p>{lead}</p><table><tr><th>村名</th><th>集体收入（万元）</th></tr>"
        f"<tr><td>妙高村</td><td> 120 </td></tr></table><p>{lead}</p></div></body></html>"
    )
    text = html_to_text(page)[0]
    assert text.split("\n") == ["遂昌县村集体经济情况", lead, "村名\t集体收入（万元）", "妙高村\t120"]


def test_a_repeated_paragraph_is_read_once() -> None:
    lead = "遂昌县推进村集体经济发展,建成示范村12个,成效明显。"
    doc = _seg(f"遂昌县村集体经济发展\n{lead}\n全县村集体收入普遍增长。\n{lead}\n")
    assert [doc.text[p.start : p.end] for p in doc.passages].count(lead) == 1


def test_a_label_and_its_figure_is_a_data_row_not_a_report_title() -> None:
    doc = _seg(
        "松阳县2024年基层党建工作总结\n\n今年以来，松阳县扎实推进基层党建各项工作，成效明显。\n"
        "示范村：12个\n村级议事会覆盖率：95%\n建成文化礼堂的村：64个\n\n"
        "（二）县农业农村局编制《村级资产管理手册》，组织各村开展资产清查。\n"
    )
    assert [r.title for r in doc.reports] == ["松阳县2024年基层党建工作总结"]
