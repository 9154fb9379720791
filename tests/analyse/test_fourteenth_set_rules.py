"""The general rules written after reading the fourteenth set's first run (docs/analysis.md
section 18), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_draft_is_unfinished_even_for_a_target_naming_an_activity():
    # 評估 is an activity the target names; 初稿 still says the report is unfinished
    t = assess(
        ["完成離岸風場環境影響評估報告。"],
        ["離岸風場環境影響評估報告已完成初稿。"],
    ).targets[0]
    assert t.status != "met"


def test_the_aligned_item_saying_work_is_under_way_answers_before_another_item():
    t = assess(
        ["取得食品檢驗實驗室TAF認證。"],
        ["認證申請作業仍在辦理中。"],
        ["已完成食品檢驗實驗室TAF認證申請文件彙整，預定明年送件。"],
    ).targets[0]
    # under way at the year's end: a thing to deliver not delivered (section 63)
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")
    assert t.components[0].evidence_section == "attainment"


def test_an_act_awaited_after_another_step_is_expected_later():
    t = assess(
        ["完成長照服務媒合平臺上線。"],
        ["平臺開發完成，尚待弱點掃描通過後上線。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_statement_on_the_own_item_is_not_replaced_by_another_item_deferral():
    t = assess(
        ["購置救災車輛10輛。", "取得ISO 9001品質管理系統驗證。"],
        ["車輛已決標，尚未交車，改列下年度辦理。", "驗證申請文件仍在辦理中。"],
    ).targets[1]
    assert t.components[0].evidence_items == [2]


def test_a_figure_of_work_undertaken_gives_way_to_the_one_done():
    t = assess(
        ["完成偏鄉道路改善工程20處。"],
        ["偏鄉道路完工18處，2處進度落後。"],
        ["辦理偏鄉道路改善工程20處，已完工18處，2處因用地問題進度落後。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 18.0


def test_two_levels_each_with_its_year_give_the_change():
    t = assess(
        ["鐵道事故調查結案件數較前一年成長20%。"],
        ["結案12件，超越預定目標。"],
        ["114年鐵道事故調查結案12件，113年結案8件。"],
    ).targets[0]
    assert t.components[0].achieved_value == 50.0
    assert t.status == "exceeded"


def test_a_verdict_naming_what_was_reached_is_a_verdict():
    t = assess(["培育半導體研發人才。"], ["參與計畫之研究生380人，已達成培育目標。"]).targets[0]
    assert t.status == "met"
