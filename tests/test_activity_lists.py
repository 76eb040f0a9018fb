"""Activities written side by side: quotes listed, quotes joined by a copula or a verb, parties before one
head, counted names spelled out after a colon. Sentences invented for these tests."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract

_OPENING = "青溪县工作总结\n近年来，青溪县坚持党建引领，统筹推进基层治理各项工作，取得了明显成效。"
_CLOSING = "全县上下形成了比学赶超的良好氛围。\n"


def _names(sentence: str) -> dict[str, str]:
    """The activity labels (with their classes) read from `sentence` set inside a short report."""
    doc = extract(Document(path=Path("t.txt"), text=_OPENING + sentence + _CLOSING))
    return {e.label: e.cls for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}


def test_quotes_after_a_mark_are_each_named() -> None:
    names = _names("白杨镇建立“周例会”、“月点评”，推动工作落实。")
    assert {"“周例会”", "“月点评”"} <= names.keys()


def test_quotes_side_by_side_are_each_named() -> None:
    assert {"“红色管家”", "“田间课堂”", "“一码通办”"} <= _names(
        "青松县大力推行“红色管家”“田间课堂”“一码通办”等做法，群众满意度明显提升。"
    ).keys()
    assert {"“归雁计划”", "“领头雁工程”"} <= _names("我县实施“归雁计划”“领头雁工程”，吸引人才返乡。").keys()


def test_a_copula_keeps_two_quoted_names_apart() -> None:
    names = _names("北湖镇“邻里守望”机制是“美丽家园”行动的组成部分。")
    assert names.get("“邻里守望”机制") == "Mechanism"
    assert names.get("“美丽家园”行动") == "Initiative"
    assert not any("是" in label for label in names)
    names = _names("桃源县“三色预警”机制是“平安桃源”建设的重要抓手。")
    assert {"“三色预警”机制", "“平安桃源”建设"} <= names.keys()


def test_a_verb_of_setting_up_keeps_two_quotes_apart() -> None:
    names = _names("枫林县把“清风护航”作为“作风提升年”行动的重要内容。")
    assert "“作风提升年”行动" in names and not any("作为" in label for label in names)
    names = _names("云溪县“强基固本”实施“先锋引领”工程，成效明显。")
    assert "“先锋引领”工程" in names and not any("实施" in label for label in names)


def test_a_short_verb_still_joins_two_quotes() -> None:
    names = _names("石桥村推行“小积分”激活“大德治”，村风明显好转。")
    assert "“小积分”激活“大德治”" in names


def test_parties_before_one_head_are_one_mechanism() -> None:
    names = _names("全县形成了乡镇、部门和村组联动机制，确保问题及时解决。")
    assert names == {"乡镇、部门和村组联动机制": "Mechanism"}
    names = _names("完善法院、检察院和公安机关衔接机制，提高办案效率。")
    assert names == {"法院、检察院和公安机关衔接机制": "Mechanism"}


def test_practices_before_one_head_stay_a_list() -> None:
    names = _names("县里建立矛盾排查、分级化解和多方联动机制，成效明显。")
    assert {"矛盾排查", "分级化解", "多方联动"} <= names.keys()


def test_a_counted_quote_spelled_out_is_named() -> None:
    names = _names("推行“三个一”：一张图、一张表、一个群，提升效率。")
    assert "“三个一”" in names


def test_a_counted_formula_without_its_members_is_no_name() -> None:
    assert "“三个一”" not in _names("坚持“三个一”：一张图、一张表，提升效率。")
    assert "“两个维护”" not in _names("全县党员干部坚决做到“两个维护”，筑牢思想根基。")


def test_night_schools_and_boards_unquoted_are_no_practices() -> None:
    assert _names("全县推行村级党员夜校，累计培训党员3000人次。") == {}
    assert _names("县里每月公布乡镇红黑榜，倒逼工作落实。") == {}


def test_members_of_a_counted_quote_after_a_colon_are_named() -> None:
    names = _names("县委实施“两联”机制：联村、联户，推动干部下沉。")
    assert {"“两联”机制", "联村", "联户"} <= names.keys()
    names = _names("推行“三个一”：一张图、一张表、一个群，提升效率。")
    assert {"一张图", "一张表", "一个群"} <= names.keys()


def test_members_fewer_than_counted_are_not_named_from_the_count() -> None:
    names = _names("县委实施“三联”机制：联村、联户，推动干部下沉。")
    assert "联村" not in names and "联户" not in names


def test_a_quote_taken_as_the_means_of_the_work_is_named() -> None:
    names = _names("县里把“百企帮百村”作为“乡村振兴”行动的重要抓手。")
    assert {"“百企帮百村”", "“乡村振兴”行动"} <= names.keys()
    assert "“群众满意”" not in _names("全县把“群众满意”作为工作的出发点和落脚点。")


def test_a_list_whose_first_item_is_only_a_function_word_is_read_without_failing() -> None:
    for sentence in ("白杨镇建立了以及、上下联动、左右协同的机制。", "白杨镇推行由、村级申报、乡镇审核的流程。"):
        names = _names(sentence)
        assert not any(label.startswith(("以及", "由")) for label in names)


def test_a_verb_ending_in_hua_or_a_village_name_before_a_joining_word_makes_no_practice() -> None:
    names = _names("巴宜区深化治理，全面强化管理。八一镇巴吉村结合村情，推行村企共建，实行医养结合和网格化管理。")
    assert {"村企共建", "医养结合", "网格化管理"} <= names.keys()
    assert not [n for n in names if n.endswith(("深化治理", "强化管理", "村结合"))], names
