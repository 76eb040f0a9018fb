"""General synonyms of the contract's concepts, as any document may write them: a platform for grassroots
governance, one grid cell with one worker, talent brought back, a party members' service station. The
names here are invented."""

from __future__ import annotations

from loaders.activities import categories_for


def test_a_governance_platform_is_grid_governance() -> None:
    assert "GridGovernance" in categories_for({"“石岭通”基层治理平台"})
    assert "GridGovernance" in categories_for({"镇级社会治理系统"})
    assert "GridGovernance" in categories_for({"“一格一长、一格多能”"})
    assert "GridGovernance" not in categories_for({"国家治理体系"})


def test_bringing_talent_back_is_talent_recruitment() -> None:
    for name in ("“归雁”工程", "柔性引进机制", "人才回归计划", "“双招双引”行动"):
        assert "TalentRecruitment" in categories_for({name}), name


def test_service_stations_of_party_members_are_service_centres() -> None:
    for name in ("红枫村党员服务站", "社区党群中心", "楼宇党建服务站"):
        assert "PartyMassServiceCenter" in categories_for({name}), name


def test_collective_shares_and_consultation_places() -> None:
    assert "CollectiveEconomy" in categories_for({"集体资产折股量化改革"})
    assert "CollectiveEconomy" in categories_for({"村企联建模式"})
    assert "DemocraticConsultation" in categories_for({"“邻里”议事堂"})
    assert "DemocraticConsultation" not in categories_for({"《党委会议事规则》"})
