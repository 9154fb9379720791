"""The general rules written after reading the sixty-fourth set's first run (docs/analysis.md
section 71), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_rate_of_attainment_of_another_targets_words_is_not_this_ones():
    t = assess(
        ["查核案件4,000件。", "退件率降至2%以下。", "辦理講習800人次。"],
        ["查核4,120件，達成。", "講習達成率95%。", "退件率1.6%，達成。"],
    )
    assert t[1].status == "exceeded"


def test_a_rate_two_counts_make_rivals_a_rate_printed():
    (t,) = assess(
        ["試劑批次檢驗不合格率控制在3%以下。"],
        ["不合格率2.5%，達成。"],
        ["完成試劑批次檢驗40批次，不合格2批次。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
