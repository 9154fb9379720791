"""The general rules written after reading the sixteenth set's first run (docs/analysis.md
section 20), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_tender_completed_is_not_delivery_but_one_awaited_is_no_word_of_it():
    t = assess(["完成災害通報系統建置並上線。"], ["系統建置案已完成招標，尚未上線。"]).targets[0]
    assert t.status == "not_met"


def test_a_start_level_far_after_you_is_still_the_start():
    (start, end) = extract_quantities(
        "耗能密度由113年每百萬元產值8.40公升油當量降至114年8.19公升油當量"
    )
    assert start.is_from and not end.is_from


def test_levels_dated_as_at_year_end_give_the_change():
    t = assess(
        ["列管逃逸移工人數較前一年減少4%。"],
        ["列管人數已較前一年下降。"],
        ["截至115年底列管逃逸移工計5萬2,800人，114年底為5萬5,000人。"],
    ).targets[0]
    assert t.components[0].achieved_value == 4.0
    assert t.status == "met"


def test_a_range_with_its_measure_word_on_both_bounds_is_a_range():
    (q,) = extract_quantities("新增太陽光電裝置容量800瓩至1,000瓩")
    assert (q.value, q.high, q.unit) == (800.0, 1000.0, "瓩")


def test_a_duration_qualifying_a_noun_is_no_figure_to_reach():
    parts = split_components("結訓後6個月內就業者比率較前一年提高3個百分點。")
    assert [c.quantity.value for c in parts if c.quantity] == [3.0]
    parts = split_components("辦理24小時照顧服務員培訓，完成培訓500人。")
    assert [c.quantity.value for c in parts if c.quantity] == [500.0]
    # a duration that is itself a figure to reach stays one
    parts = split_components("辦理研習12小時，完成培訓500人。")
    assert [c.quantity.value for c in parts if c.quantity] == [12.0, 500.0]
