"""Categories that reach the contract's concepts: an activity the scheme files under a finer concept of its
own must still answer the question asked in the contract's words (skos:broader is followed upward)."""

from __future__ import annotations

from activity_categories import categories, of

from loaders.activities import categories_for
from ontology.vocabulary import concept_labels


def _upward(concept: str) -> set[str]:
    """The concept and every concept above it."""
    labels = concept_labels()
    seen, todo = set(), [concept]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(labels[c]["broader"])
    return seen


def test_talent_services_are_part_of_talent_recruitment() -> None:
    # housing and subsidies that keep the talent a county brings in belong to its recruitment policy
    assert "TalentRecruitment" in _upward("TalentServices")
    cats = categories("青山县经验\n青山县建成“青山人才驿站”服务平台，为来县博士办理落户、子女入学。\n")
    assert "TalentServices" in of(cats, "青山人才驿站")


def test_a_method_in_a_star_rating_part_serves_the_star_rating() -> None:
    text = "青山县经验\n一、抓晋星争星，建强村级组织。青山县建立“月督查、季通报”机制，每月通报各村进度。\n"
    assert of(categories(text), "月督查") == {"SupervisionInspection", "StarRatedBranch"}


def test_a_method_elsewhere_keeps_its_own_field() -> None:
    text = "青山县经验\n一、抓产业发展，壮大村级经济。青山县建立“月督查、季通报”机制，每月通报各村进度。\n"
    assert "StarRatedBranch" not in of(categories(text), "月督查")


def test_star_rating_of_branches_is_the_star_rated_branch() -> None:
    cats = categories("青山县经验\n青山县推行“支部星级评定”制度，每年评定一次。\n")
    assert of(cats, "支部星级评定") == {"EvaluationRanking", "StarRatedBranch"}
    cats = categories("青山县经验\n青山县各村开展“评星挂星”活动，按季度公示结果。\n")
    assert "StarRatedBranch" in of(cats, "评星挂星")


def test_a_star_rating_in_a_sentence_on_branches_is_the_star_rated_branch() -> None:
    cats = categories("青山县经验\n青山县对全县村党支部推行“星级评定”制度，每年评定一次。\n")
    assert of(cats, "星级评定") == {"EvaluationRanking", "StarRatedBranch"}


def test_a_star_rating_of_members_or_households_is_no_branch_campaign() -> None:
    cats = categories("青山县经验\n青山县每月对联户党员开展“星级评定”，及时公开结果。\n")
    assert of(cats, "星级评定") == {"EvaluationRanking"}
    cats = categories("青山县经验\n村党支部组织开展“十星级文明户”评选，每年评选一次。\n")
    assert "StarRatedBranch" not in of(cats, "十星级文明户")


def test_star_rating_of_farm_stays_is_evaluation_only() -> None:
    cats = categories("青山县经验\n青山县推行“星级评定”制度，每年评定农家乐一次。\n")
    assert of(cats, "星级评定") == {"EvaluationRanking"}


def test_research_with_universities_is_industry_academia_collaboration() -> None:
    cats = categories("青山县经验\n青山县科技局联合高校院所推行“揭榜挂帅”机制，每年发布技术难题20项。\n")
    assert "IndustryAcademiaCollaboration" in of(cats, "揭榜挂帅")
    # a heading names the practice, the sentence under it its partners
    cats = categories("青山县经验\n（二）“揭榜挂帅”破难题。\n县里面向高校发布榜单12项，吸引科研团队揭榜。\n")
    assert "IndustryAcademiaCollaboration" in of(cats, "揭榜挂帅")


def test_research_open_to_anyone_is_not_academia() -> None:
    cats = categories("青山县经验\n青山县推行“揭榜挂帅”机制，面向全国发布技术需求榜单20项。\n")
    assert of(cats, "揭榜挂帅") == {"TechnologyInnovation"}
    cats = categories("青山县经验\n青山县推行“揭榜挂帅”机制，吸引大学生创业团队揭榜。\n")  # students, no university
    assert of(cats, "揭榜挂帅") == {"TechnologyInnovation"}


def test_a_body_that_settles_disputes_gives_legal_service() -> None:
    cats = categories("青山县经验\n青山镇组建“和顺”调解队，化解邻里纠纷120件。\n")
    assert {"ConflictResolution", "RuleOfLawServices"} <= of(cats, "和顺")


def test_a_procedure_of_settling_disputes_is_no_legal_service() -> None:
    cats = categories("青山县经验\n青山县推行“诉前调解”机制，化解纠纷120件。\n")
    assert of(cats, "诉前调解") == {"ConflictResolution"}


def test_school_ideology_courses_are_not_the_political_study_of_members() -> None:
    # students' 思政课 belongs to party work in schools; members' theory study is political study
    assert "PoliticalStudy" not in categories_for({"青山中学思政课一体化教研室"})
    assert "EducationPartyBuilding" in categories_for({"青山中学思政课一体化教研室"})
    assert "PoliticalStudy" in categories_for({"青山县党员理论学习夜校"})


def test_common_words_for_bringing_talent_in_and_for_research_with_academia() -> None:
    for name in ("“青山揽才”行动", "“归雁”工程", "人才回归计划", "“留才”十条"):
        assert "TalentRecruitment" in set().union(*map(_upward, categories_for({name}))), name
    for name in ("茶叶产业创新联合体", "“科技副总”选派计划", "技术转移中心"):
        assert "IndustryAcademiaCollaboration" in categories_for({name}), name


def test_a_relative_clause_before_an_instrument_says_what_it_is_for() -> None:
    # the members named in 由…参加的 tell what the joint meeting serves, even past another practice's name
    text = "青山县经验\n青山县建立由社区党组织召集，物业服务企业负责人、业主委员会主任参加的联席会议制度。\n"
    assert "PropertyManagement" in of(categories(text), "联席会议制度")


def test_a_relative_clause_leaves_a_name_that_says_its_field() -> None:
    text = "青山县经验\n青山县建立由网格巡查人员和物业公司参加的居民议事会，每月议事一次。\n"
    assert of(categories(text), "居民议事会") == {"DemocraticConsultation"}


def test_a_method_in_a_sentence_rating_branches_by_stars_serves_the_star_rating() -> None:
    text = "青山县经验\n青山县对村党支部开展星级评定，建立“半年观摩、全年评比”机制。\n"
    assert of(categories(text), "半年观摩") == {"EvaluationRanking", "StarRatedBranch"}
    text = "青山县经验\n青山县对农家乐开展星级评定，建立“半年观摩、全年评比”机制。\n"
    assert of(categories(text), "半年观摩") == {"EvaluationRanking"}
