"""Categories of model-making: a practice whose name says it sets an example (示范) is demonstration work,
while a drive to earn a status (某某创建) is not one by that word alone. The names are invented."""

from __future__ import annotations

from loaders.activities import categories_for


def test_a_name_that_sets_an_example_is_demonstration_work() -> None:
    assert "DemonstrationSites" in categories_for({"“十村示范、百户带动”庭院整治行动"})
    assert "DemonstrationSites" in categories_for({"“一院一品”示范创建"})


def test_a_drive_for_a_status_is_no_demonstration_by_its_head_alone() -> None:
    assert "DemonstrationSites" not in categories_for({"平安乡镇创建"})
