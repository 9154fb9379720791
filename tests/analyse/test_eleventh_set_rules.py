"""The general rules written after reading the eleventh set's first run (docs/analysis.md
section 15), each with examples written for the rule, not sentences of any labelled set."""

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


def test_minutes_and_seconds_are_one_duration():
    assert [(q.value, q.unit) for q in extract_quantities("平均到場時間6分45秒")] == [
        (6.75, "分鐘")
    ]
    t = assess(["平均到場時間縮短為7分鐘以內。"], ["平均到場時間6分45秒，達成。"]).targets[0]
    assert t.status == "met"


def test_a_change_reported_as_a_decline():
    t = assess(
        ["溺水死亡人數較前一年降低10%。"],
        ["溺水死亡45人，較前一年降幅10.5%，達成。"],
    ).targets[0]
    assert t.components[0].achieved_value == 10.5
    assert t.status == "met"


def test_a_contrast_after_a_done_clause_takes_it_back():
    t = assess(
        ["於9月底前完成新館細部設計。"],
        ["細部設計已完成審定，惟進度落後。"],
    ).targets[0]
    assert t.status == "not_met"


def test_progress_as_a_share_is_partial():
    t = assess(
        ["完成資料平台建置。"],
        ["第二階段介接仍在辦理，進度65%。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].reason == "partial"
