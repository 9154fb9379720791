"""The general rules written after reading the twenty-fourth set's first run (docs/analysis.md
section 28), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_figure_reached_after_its_deadline_is_missed():
    late = assess(
        ["於114年6月底前完成八處服務據點設備更新。"],
        ["八處據點設備更新均已辦竣。"],
        ["於114年10月完成八處服務據點設備更新。"],
    ).targets[0]
    assert (late.status, late.components[0].reason) == ("not_met", "deadline_missed")
    in_time = assess(
        ["於114年6月底前完成八處服務據點設備更新。"],
        ["八處據點設備更新均已辦竣。"],
        ["於114年5月完成八處服務據點設備更新。"],
    ).targets[0]
    assert in_time.status == "met"


def test_the_level_of_the_year_before_in_brackets():
    t = assess(
        ["販售收入較前一年成長4%。"],
        ["收入成長情形已達成。"],
        ["販售收入3億1,200萬元(113年為3億元)。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 4.0)
