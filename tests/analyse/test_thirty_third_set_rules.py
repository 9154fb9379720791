"""The general rules written after reading the thirty-third set's first run (docs/analysis.md
section 39), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantity import read_number
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_count_per_quarter_or_month_is_the_years_count():
    assert split_components("召開跨部會協調會議每季1次。")[0].quantity.value == 4.0
    assert split_components("辦理社區講座每月2場。")[0].quantity.value == 24.0
    t = assess(["召開跨部會協調會議每季1次。"], ["本年度召開協調會議3次。"]).targets[0]
    assert t.status == "not_met"


def test_a_hundred_billion_after_a_trillion():
    assert read_number("1兆1千億") == 1_100_000_000_000
    t = assess(["電子商務產值達新臺幣1兆1千億元。"], ["電子商務產值1兆50億元。"]).targets[0]
    assert t.status == "not_met"


def test_sent_on_for_approval_is_not_approved():
    t = assess(["完成第三期推動方案規劃並報院核定。"], ["第三期方案已報行政院，審議中。"]).targets[
        0
    ]
    assert t.status != "met"


def test_a_part_put_off_is_not_held_in_the_year():
    t = assess(
        ["辦理海外招商說明會５場。"],
        ["說明會辦理情形詳執行情形。"],
        ["於歐洲、日本辦理招商說明會共5場，其中2場因展期調整延至115年2月辦理。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 3.0)
