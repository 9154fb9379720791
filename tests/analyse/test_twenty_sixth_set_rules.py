"""The general rules written after reading the twenty-sixth set's first run (docs/analysis.md
section 30), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_deadline_done_without_a_date_takes_the_date_the_other_column_gives():
    late = assess(
        ["於114年5月底前發布年度觀光統計年報。"],
        ["統計年報已完成發布，達成。"],
        ["114年觀光統計年報於114年8月20日發布。"],
    ).targets[0]
    assert (late.status, late.components[0].reason) == ("not_met", "deadline_missed")
    expected = assess(
        ["114年12月底前上線線上預約系統2.0版。"],
        ["系統2.0版已完成開發測試，達成階段目標。"],
        ["線上預約系統2.0版已完成開發及測試，預計115年2月正式上線。"],
    ).targets[0]
    assert (expected.status, expected.components[0].reason) == ("not_met", "agency_says_late")
    in_time = assess(
        ["於114年5月底前發布年度觀光統計年報。"],
        ["統計年報已完成發布，達成。"],
        ["114年觀光統計年報於114年4月30日發布。"],
    ).targets[0]
    assert in_time.status == "met"


def test_a_count_with_a_deadline_is_late_by_its_publication_date():
    t = assess(
        ["於114年6月底前發布能源管理3項子法。"],
        ["3項子法已發布，達成。"],
        ["能源管理3項子法於114年9月3日發布。"],
    ).targets[0]
    assert t.status == "not_met"


def test_one_more_in_a_signing_procedure_is_no_more_done():
    t = assess(
        ["完成簽署雙邊投資協定3個。"],
        ["完成簽署2個，另1個簽署程序中。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 2.0)
    assert [q.is_pending for q in extract_quantities("另1案審議中")] == [True]


def test_applications_name_the_cases_a_time_measures():
    t = assess(
        ["補助申請平均審核時間10個工作天以內。"],
        ["補助申請平均審核時間12個工作天，未達成。"],
        ["補助申請案件平均審核時間為8個工作天。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")


def test_an_event_held_on_a_date_answers_its_deadline():
    t = assess(
        ["青年創新競賽報名隊伍200隊。", "辦理第5屆青年創新競賽並於114年11月底前完成決賽。"],
        ["競賽報名隊伍210隊，達成。"],
        ["青年創新競賽報名隊伍210隊。", "第5屆青年創新競賽於114年9月辦理決賽。"],
    ).targets[1]
    assert (t.status, t.components[0].reason) == ("met", "deadline_met")


def test_a_figure_up_to_a_month_before_the_years_end():
    short = assess(
        ["培訓防災士1,500人。"],
        ["預估年底可達1,600人，可達成目標。"],
        ["截至114年9月底，防災士培訓結訓1,320人。"],
    ).targets[0]
    assert (short.status, short.components[0].reason) == ("unclear", "year_to_date")
    reached = assess(
        ["輔導社區發展協會250家。"],
        ["輔導情形良好。"],
        ["截至114年10月底輔導社區發展協會268家。"],
    ).targets[0]
    assert (reached.status, reached.components[0].achieved_value) == ("met", 268.0)
    q = extract_quantities("截至114年6月底累計設置500座")[0]
    assert q.is_cumulative  # 累計 still sums the years


def test_a_numbered_stage_the_target_names_is_its_own():
    t = assess(
        ["完成智慧圖書服務平台第2期建置。"],
        ["第2期已建置完成並開放試用，達成。"],
    ).targets[0]
    assert t.status == "met"
    earlier = assess(["完成智慧圖書服務平台建置。"], ["第1期已建置完成。"]).targets[0]
    assert earlier.status != "met"


def test_a_figure_approved_is_delivered_for_a_target_of_approval():
    t = assess(
        ["全國15所大學永續發展計畫完成核定。"],
        ["13所大學永續發展計畫完成核定，2所審查中。"],
        ["輔導15所大學研擬永續發展計畫，已核定13所，2所審查中。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 13.0)
    taken_in = assess(
        ["核定社區營造補助案20至30案。"],
        ["核定補助18案，未達下限。"],
        ["受理申請41案，經審查核定補助18案。"],
    ).targets[0]
    assert (taken_in.status, taken_in.components[0].achieved_value) == ("not_met", 18.0)


def test_a_change_of_an_earlier_year_does_not_answer_the_target_year():
    t = assess(
        ["114年廢棄物掩埋量較基準年減少20%。"],
        ["112年掩埋量已較基準年減少16.5%，趨勢符合規劃。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "other_year")


def test_a_time_printed_in_another_unit_is_converted_exactly():
    t = assess(["旅客平均候車時間15分鐘以內。"], ["平均候車時間0.24小時，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 14.4)
