"""The general rules written after reading the thirty-sixth set's first run (docs/analysis.md
section 42), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=(), fiscal_year=None):
    plan = assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        fiscal_year=fiscal_year,
    )
    return plan


def test_a_centre_set_up_is_dated_by_its_opening():
    t = assess(
        ["於114年6月底前成立區域防災教育中心。"],
        ["防災教育中心已揭牌運作，達成目標。"],
        ["區域防災教育中心於114年8月12日揭牌運作。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_a_deadline_reads_the_clause_that_dates_the_act():
    t = assess(
        ["於114年10月底前完成第二期計畫期中審查。"],
        ["第二期計畫核定120件，並於114年9月15日完成期中審查，均如期達成。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("met", "deadline_met")


def test_nothing_missed_is_no_miss():
    t = assess(
        ["輔導學校每校辦理內部稽核至少1次。"], ["輔導學校12校均完成稽核1次，無未達成情形。"]
    ).targets[0]
    assert t.status == "met"


def test_a_draft_put_out_for_comment_as_asked_is_done():
    t = assess(
        ["完成「海岸管理法」修正草案預告。"],
        ["修正草案已於114年9月2日預告，達成。"],
        ["修正草案已於114年9月2日預告，刻正彙整各界意見。"],
    ).targets[0]
    assert t.status == "met"


def test_a_figure_a_sibling_part_names_better_is_no_rival():
    t = assess(
        ["巡檢車輛行車紀錄器裝設率達95%且影像調閱成功率達90%。"],
        ["行車紀錄器裝設率95.0%，影像調閱成功率93.1%，均達成。"],
        ["列管巡檢車輛400輛，已裝設行車紀錄器380輛，影像調閱成功率93.1%。"],
    ).targets[0]
    assert t.status == "met"


def test_a_rate_or_an_amount_to_a_month_before_the_years_end_is_not_the_year():
    t = assess(
        ["公有停車場使用率達80%。"],
        ["截至11月底使用率76.4%，預估全年可達80%以上。"],
        fiscal_year=114,
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "year_to_date")
    t = assess(
        ["資源回收量達40萬公噸。"],
        ["截至114年11月底回收37.5萬公噸，全年統計數據尚待彙整。"],
        fiscal_year=114,
    ).targets[0]
    assert t.status == "unclear"


def test_a_total_to_an_earlier_years_end_is_no_cumulative_of_this_year():
    t = assess(
        ["社區共享運具站點累計達1,500處。"],
        ["本年新增站點410處（113年底累計1,200處），超越目標。"],
        fiscal_year=114,
    ).targets[0]
    assert t.status == "unclear"
    # a total to this year's end answers
    t = assess(
        ["社區共享運具站點累計達1,500處。"],
        ["本年新增站點410處，114年底累計1,610處，達成。"],
        fiscal_year=114,
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 1610.0)


def test_a_rate_from_a_whole_and_its_part_printed_as_counts():
    t = assess(
        ["職訓結訓學員就業比率達60%。"],
        ["結訓學員就業情形詳執行情形。"],
        ["本年度職訓結訓學員計800人，其中就業者520人。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 65.0)
    # a subgroup the target does not name is no share of it
    t = assess(
        ["老舊客船專案檢查完成率100%。"],
        ["專案檢查情形詳執行情形。"],
        ["老舊客船計40艘，均已完成專案檢查，其中5艘限期改善。"],
    ).targets[0]
    assert t.components[0].achieved_value != 12.5


def test_a_part_put_off_is_off_the_other_columns_figure_too():
    t = assess(
        ["完成智慧路燈示範場域12處。"],
        ["本年完成示範場域11處，1處延至次年1月。"],
        ["完成示範場域12處，其中1處因颱風延至115年1月完成驗收。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 11.0)
