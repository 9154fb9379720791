"""The general rules written after reading the twenty-eighth set's first run (docs/analysis.md
section 32), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=(), fiscal_year=None):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        fiscal_year=fiscal_year,
    )


def test_the_agencys_whole_answers_before_parts_of_another_column():
    t = assess(
        ["完成轄區自行車道及人行道改善２０公里。"],
        ["完成23.4公里，達成。"],
        ["完成8處道路改善，長度合計23.4公里；其中自行車道14.1公里、人行道9.3公里。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 23.4)


def test_a_later_act_in_the_other_column_outranks_a_brief_done():
    t = assess(
        ["線上申辦系統3.0版完成建置並上線。"],
        ["系統3.0版已完成開發，達成。"],
        ["線上申辦系統3.0版於114年10月完成開發，刻正辦理驗收，預計115年2月上線。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "agency_says_late")


def test_an_exact_change_before_one_said_about():
    t = assess(
        ["職業災害千人率較前一年降低15%。"],
        ["千人率降至2.1，降幅約1成5，達成。"],
        ["職業災害千人率由113年2.5降至114年2.1。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 16.0)
    short = assess(
        ["職業災害千人率較前一年降低20%。"],
        ["千人率降至2.1，降幅約2成，達成。"],
        ["職業災害千人率由113年2.5降至114年2.1。"],
    ).targets[0]
    assert short.status == "not_met"  # 16 % exactly, whatever 約2成 says


def test_a_month_without_a_year_is_the_deadlines_year():
    late = assess(
        ["於114年9月底前辦理國際海洋論壇。"],
        ["論壇已於10月辦理完成。"],
    ).targets[0]
    assert (late.status, late.components[0].reason) == ("not_met", "deadline_missed")
    in_time = assess(["於114年9月底前辦理國際海洋論壇。"], ["論壇已於8月辦理完成。"]).targets[0]
    assert (in_time.status, in_time.components[0].reason) == ("met", "deadline_met")


def test_a_survey_report_not_done_is_a_result_not_published():
    t = assess(
        ["民眾滿意度達85%以上。"],
        ["滿意度調查報告尚未完成。"],
        ["滿意度調查已委託辦理，調查報告預計115年3月完成。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")


def test_part_of_the_thing_dated_to_a_later_year_is_not_done_this_year():
    t = assess(
        ["總處及各分處全面實施線上預約服務。"],
        ["線上預約已於總處實施，各分處115年實施。"],
        ["線上預約服務已於總處實施。"],
        fiscal_year=114,
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "agency_says_late")
    same_year = assess(
        ["總處及各分處全面實施線上預約服務。"],
        ["線上預約已於總處及各分處114年實施，達成。"],
        fiscal_year=114,
    ).targets[0]
    assert same_year.status == "met"


def test_an_aim_stated_reached_in_its_own_words():
    t = assess(
        ["提升偏鄉長者共餐服務品質。"],
        ["辦理共餐據點輔導訪視120次，長者滿意度94%，共餐服務品質提升。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("met", "aim_stated")
    still = assess(
        ["提升偏鄉長者共餐服務品質。"],
        ["持續輔導共餐據點，以提升共餐服務品質。"],
    ).targets[0]
    assert still.status == "unclear"


def test_the_part_meeting_the_targets_condition_is_the_figure():
    t = assess(
        ["每季於季後20日內發布統計季報，全年4次。"],
        ["全年4次均已發布，達成。"],
        ["全年發布統計季報4次，其中3次於季後20日內發布，第2季因系統更新延後發布。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 3.0)
    joined = assess(
        ["辦理定期及不定期稽查30次。"],
        ["稽查32次，達成。"],
        ["辦理稽查共32次，其中不定期稽查12次。"],
    ).targets[0]
    assert joined.components[0].achieved_value == 32.0  # one of the things it joins
