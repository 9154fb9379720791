"""The general rules written after reading the twenty-seventh set's first run (docs/analysis.md
section 31), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import rank_of
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_quota_allocated_is_no_figure_delivered():
    t = assess(
        ["志願役士兵報到入營2,500名。"],
        ["報到2,470名，已達目標值98.8%，達成。"],
        ["114年志願役士兵核配員額2,700名，實際報到入營2,470名。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 2470.0)


def test_counted_up_to_a_month_is_the_year_so_far():
    q = extract_quantities("課程統計至114年10月底觀看8萬2千人次")[0]
    assert (q.to_month, q.is_cumulative) == (10, False)
    t = assess(
        ["數位課程觀看達9萬人次。"],
        ["統計至10月底8萬2千人次，預估年底可達9萬人次。"],
        ["數位課程統計至114年10月底觀看8萬2千人次。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "year_to_date")


def test_a_state_describing_the_things_counted_is_no_work_under_way():
    t = assess(
        ["審查中案件每件每月至少追蹤1次，全年追蹤1,200件次。"],
        ["追蹤1,260件次，達成。"],
        ["辦理審查中案件追蹤1,260件次，每件每月均至少追蹤1次。"],
    ).targets[0]
    assert t.status == "met"


def test_merged_into_gives_the_level_after():
    q = extract_quantities("轄區消防分隊由52隊整併為47隊")
    assert [x.is_from for x in q] == [True, False]
    t = assess(
        ["轄區消防分隊整併為50隊以內。"], ["整併為47隊，達成。"], ["轄區消防分隊由52隊整併為47隊。"]
    )
    assert (t.targets[0].status, t.targets[0].components[0].achieved_value) == ("met", 47.0)


def test_a_document_approved_is_delivered():
    t = assess(["完成海岸地區第3期監測報告。"], ["第3期監測報告已核定，達成。"]).targets[0]
    assert t.status == "met"
    facility = assess(["完成海岸監測站建置1式。"], ["監測站建置案已核定。"]).targets[0]
    assert facility.status != "met"  # a facility approved is not built


def test_a_position_after_a_word_of_ranking_needs_no_ming():
    assert rank_of("評比名列第九") == 9 and rank_of("排名第4，達成") == 4
    assert rank_of("排名第12屆") is None
    t = assess(["國際評比排名進入前20名。"], ["評比名列第十五，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 15.0)


def test_about_a_hundred_is_read_and_below_it_is_missed():
    found = [(q.value, q.bound) for q in extract_quantities("已訪視近百家，另逾千人參與")]
    assert found == [(100.0, "<"), (1000.0, ">")]
    t = assess(["訪視社福機構100家。"], ["已訪視社福機構近百家。"]).targets[0]
    assert t.status == "not_met"


def test_another_few_that_join_later_add_nothing():
    t = assess(
        ["合作醫療院所擴增為40家。"],
        ["合作醫療院所三十七家，另4家已完成簽約，預計115年初加入。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 37.0)
