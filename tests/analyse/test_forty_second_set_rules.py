"""The general rules written after reading the forty-second set's first run (docs/analysis.md
section 49), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_an_estimate_is_no_result():
    t = assess(["線上繳費筆數占比達40%以上。"], ["預估占比42%，可望達成。"]).targets[0]
    assert t.status == "unclear"


def test_a_clause_doing_the_thing_somewhere_is_a_part():
    parts = split_components("完成3部宣導短片並於機關官網上架。")
    assert [c.typed.type for c in parts] == ["count", "binary"]
    t = assess(
        ["完成3部宣導短片並於機關官網上架。"],
        ["3部短片已完成，預計明年2月於官網上架。"],
    ).targets[0]
    assert t.status == "not_met"


def test_an_award_whose_contract_was_ended_is_undone():
    t = assess(
        ["完成資訊系統汰換案決標。"],
        ["第2次招標已決標，達成。"],
        ["資訊系統汰換案於114年8月決標，惟得標廠商於114年11月合意解約。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "not_delivered")
