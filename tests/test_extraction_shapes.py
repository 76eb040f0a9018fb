"""What extraction emits from page chrome and document furniture still meets the shapes: every
organization drawn from a passage (or implied by a part that is), so each fact traces to its sentence.

The texts are written for this test: a news page (breadcrumb, dateline, share prompts), a work summary
with its distribution lines (报：/送：/发：), and a report ending on a byline (供稿).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

import ontology
from loaders import STAGES, Document
from loaders.emit import emit_lines
from loaders.pipeline import _ntriples

NEWS_PAGE = """柳溪新闻网 > 县区新闻 > 宁陵
【字号 大 中 小】 【打印】 【关闭】
宁陵县：梨园里的“红色合伙人”
发布时间：2024-05-12 来源：宁陵县融媒体中心
近年来，宁陵县推行“红色合伙人”机制，全县建成梨产业合作社36家，带动农户增收。
石桥镇依托“红色合伙人”机制组建技术服务队12支。
分享到：
"""
SUMMARY = """宁陵县委政法委2023年工作总结
2023年，县委政法委统筹推进平安建设，全县建成综治中心18个，化解矛盾纠纷1260件。
2024年，力争每个村配备专职网格员1名。
报：市委政法委
送：县委、县人大、县政协领导
发：各乡镇党委、县直各单位
"""
BYLINE = """石桥镇：“板凳会”议出和美新村
石桥镇推行“板凳会”议事制度，全镇42个村累计召开板凳会860余场。
（中共宁陵县委组织部供稿）
"""


@pytest.mark.parametrize("text", [NEWS_PAGE, SUMMARY, BYLINE], ids=["news", "summary", "byline"])
def test_extraction_from_page_furniture_conforms_to_the_shapes(text: str) -> None:
    doc = Document(path=Path("furniture.txt"), text=text)
    for _, stage in STAGES:
        doc = stage(doc)
    graph = rdflib.Graph().parse(data=_ntriples(emit_lines(doc)), format="nt")
    conforms, report = ontology.validate(graph)
    assert conforms, report
