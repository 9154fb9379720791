"""The general rules written after reading the tenth set's first run (docs/analysis.md section
14), each with examples written for the rule, not sentences of any labelled set."""

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


def test_the_act_asked_for_expected_later_is_late():
    t = assess(
        ["完成長照服務平台改版上線。"],
        ["平台改版進度順利。"],
        ["長照服務平台改版已完成系統開發及測試，預計明年3月正式上線。"],
    ).targets[0]
    assert t.status == "not_met"


def test_the_figure_delivered_answers_over_the_one_approved():
    t = assess(
        ["辦理職業訓練課程達1,200班次。"],
        ["實際開班1,150班次。"],
        ["核定開辦職業訓練課程1,260班次，實際開班1,150班次，部分課程停開。"],
    ).targets[0]
    assert t.components[0].achieved_value == 1150.0
    assert t.status == "not_met"


def test_kilowatt_hours_are_read():
    assert [(q.value, q.unit) for q in extract_quantities("節電量不低於2.5億度")] == [
        (250_000_000.0, "度")
    ]


def test_the_years_own_total_is_not_cumulative():
    (q,) = extract_quantities("全年停電累計3.2小時")
    assert not q.is_cumulative
    assert extract_quantities("本年度新增5處，累計20處")[1].is_cumulative


def test_a_change_printed_as_fell_to():
    t = assess(
        ["交通事故死亡人數較前一年減少5%。"],
        ["死亡人數190人，較上年減少。"],
        ["交通事故死亡人數由前一年之200人降為190人。"],
    ).targets[0]
    assert t.components[0].achieved_value == 5.0
    assert t.status == "met"
