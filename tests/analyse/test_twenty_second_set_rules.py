"""The general rules written after reading the twenty-second set's first run (docs/analysis.md
section 26), each with examples written for the rule, not sentences of any labelled set."""

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


def test_works_expected_to_start_are_not_started():
    t = assess(
        ["完成轉運站新建工程發包並開工。"],
        ["轉運站新建工程已決標，預計明年3月開工。"],
    ).targets[0]
    assert t.status == "not_met"


def test_and_before_a_verb_of_done_joins_a_part_of_its_own():
    t = assess(
        ["汰換自來水管線20公里及完成淨水場擴建工程。"],
        ["汰換管線23.5公里；淨水場擴建工程已決標，尚待施工。"],
    ).targets[0]
    assert [c.status for c in t.components] == ["exceeded", "not_met"]
    assert t.status == "not_met"


def test_a_change_from_the_level_the_target_prints():
    (start, by) = extract_quantities("網路申辦比率由114年之60.0%提高5個百分點。")
    assert start.is_from and not by.is_from
    t = assess(
        ["網路申辦比率由114年之60.0%提高5個百分點。"],
        ["網路申辦比率63.5%，已達成年度目標。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 3.5)
