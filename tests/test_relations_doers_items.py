"""Where a sentence writes its doer, in a report whose subject is another unit: a list item's number opens its
clause as a bullet does, so the body written right after it does the deed (一是某局推出…, （二）某镇建立…,
3.某公司…); a body written after the practice with 由 and a verb of carrying it out (…由某局牵头推出) does it.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from extracted import doers


def _doers_of(line: str) -> dict[str, set[str]]:
    return doers(f"松阳县：就业服务暖民心\n近年来，松阳县坚持就业优先，稳岗扩岗见实效。\n{line}\n")


@pytest.mark.parametrize("mark", ["一是", "（一）", "1.", "●"])
def test_the_body_after_a_list_items_number_does_the_deed(mark: str) -> None:
    does = _doers_of(f"{mark}县人社局推出“零工驿站”服务，帮助群众就近就业。")
    assert does["“零工驿站”服务"] == {"松阳县人社局"}


def test_each_numbered_point_keeps_its_own_body() -> None:
    does = _doers_of("一是白石镇推出“零工驿站”服务，帮助群众就近就业；二是县人社局建立“岗位直通车”机制。")
    assert does["“零工驿站”服务"] == {"白石镇"}
    assert does["“岗位直通车”机制"] == {"松阳县人社局"}


def test_a_numbered_point_with_no_body_of_its_own_stays_the_subjects() -> None:
    does = _doers_of("一是推出“零工驿站”服务，帮助群众就近就业。")
    assert does["“零工驿站”服务"] == {"松阳县"}


def test_a_body_after_you_that_carries_the_practice_out_does_it() -> None:
    does = _doers_of("“零工驿站”服务由县人社局牵头推出，帮助群众就近就业。")
    assert does["“零工驿站”服务"] == {"松阳县人社局"}
    does = _doers_of("“岗位直通车”机制由县人社局、县总工会联合实施。")
    assert does["“岗位直通车”机制"] == {"松阳县人社局", "松阳县总工会"}


def test_a_body_after_you_that_only_funds_the_practice_does_not_do_it() -> None:
    does = _doers_of("松阳县推出“零工驿站”服务，所需经费由县财政局统筹保障。")
    assert does["“零工驿站”服务"] == {"松阳县"}


def test_a_body_after_you_that_only_oversees_the_practice_does_not_do_it() -> None:
    does = _doers_of("松阳县推行“街巷长制”，由县纪委监委负责监督。")
    assert does["“街巷长制”"] == {"松阳县"}
