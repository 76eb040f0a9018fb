"""Report subjects of a column's pieces: the body the opening paragraph says the piece presents.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _subjects(text: str) -> list[str | None]:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return [doc.entities[r.subject].label if r.subject in doc.entities else r.subject for r in doc.reports]


def test_a_column_piece_speaks_for_the_body_it_presents() -> None:
    text = (
        "为推动楼宇党建提质增效，聚焦青浦区楼宇经济发展目标，【红色楼宇】栏目由此推出。本期介绍的是星河中心党总支。\n"
        "星河大厦是青浦区赵巷镇的商务楼宇，现有入驻企业60余家。\n"
        "大厦党委推行“楼宇议事会”制度，每月召开一次议事会。\n"
    )
    assert _subjects(text) == ["青浦区星河中心党总支"]


def test_a_body_named_only_after_the_opening_paragraph_presents_nothing() -> None:
    text = (
        "近年来，青浦区坚持党建引领楼宇经济发展，推行“楼宇议事会”制度。\n"
        "全区建成楼宇党群服务站12个。\n"
        "本期介绍的是星河中心党总支的做法。\n"
    )
    assert _subjects(text) == ["青浦区"]


def test_a_city_wide_story_naming_one_county_once_is_the_citys() -> None:
    text = (
        "“山城议事”议出治理新路\n"
        "茶香袅袅，一张方桌旁，社区工作人员、商户代表围坐共议。\n"
        "“山城议事”是重庆市统筹乡镇和村社议事协商的基层治理品牌。重庆市制定协商规则，明确议事流程。\n"
        "城口县的议事清单明确了可议事项，群众参与热情高涨。\n"
    )
    assert _subjects(text)[0] == "重庆市"
