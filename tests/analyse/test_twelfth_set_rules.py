"""The general rules written after reading the twelfth set's first run (docs/analysis.md
section 16), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_figure_taken_in_is_no_achieved_value():
    t = assess(
        ["完成建照審查案件2,000件。"],
        ["審查完成1,850件，進度落後，將於明年賡續辦理。"],
        ["受理建照審查案件2,300件，審查完成1,850件。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 1850.0


def test_a_total_that_sums_its_parts_answers():
    t = assess(
        ["青年創業貸款核准30案。"],
        ["核准創業貸款18案及青年築夢貸款15案，合計33案，逾目標值。"],
    ).targets[0]
    assert t.components[0].achieved_value == 33.0


def test_a_whole_whose_part_is_the_figure_is_no_rival():
    t = assess(
        ["查獲毒品犯罪嫌疑人達5,000人。"],
        ["查獲毒品犯罪嫌疑人4,720人。"],
        ["查獲各類犯罪嫌疑人6,310人，其中毒品犯罪嫌疑人4,720人。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_draft_passed_and_promulgated_is_the_law_made():
    t = assess(
        ["完成海岸管理法修正立法程序。"],
        ["已完成立法，均已辦竣。"],
        ["海岸管理法修正草案經立法院三讀通過，並經總統公布。"],
    ).targets[0]
    assert t.status == "met"
