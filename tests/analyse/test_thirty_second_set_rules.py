"""The general rules written after reading the thirty-second set's first run (docs/analysis.md
section 38), each with examples written for the rule, not sentences of any labelled set."""

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


def test_cases_carried_over_are_not_the_years_new_ones():
    t = assess(
        ["完成114年度新申請建照審查60件。"],
        ["完成建照審查63件（含113年度結轉案件5件）。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 58.0)


def test_a_thing_still_to_be_obtained_next_year_is_not_done():
    t = assess(
        ["完成竹材防腐處理試驗並取得CNS驗證。"],
        ["防腐處理試驗完成，驗證申請中。"],
        ["完成竹材防腐處理試驗，CNS驗證申請已送件，預計116年取得。"],
    ).targets[0]
    assert t.status != "met"


def test_a_figure_per_head_is_never_answered_by_a_total():
    t = assess(["全國每人年觀影次數達2.5次。"], ["全年觀影人次5,600萬次，較上年成長，達成。"])
    assert t.targets[0].status == "unclear"
    average = assess(["志工每人平均服務時數達40小時。"], ["志工平均服務時數42小時，達成。"])
    assert average.targets[0].status == "met"
