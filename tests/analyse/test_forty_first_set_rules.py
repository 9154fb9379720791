"""The general rules written after reading the forty-first set's first run (docs/analysis.md
section 48), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import read_number
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_zero_inside_a_numeral():
    assert read_number("1萬零350") == 10_350
    assert read_number("3千零8") == 3_008
    t = assess(["淨灘活動參與達1萬人次。"], ["參與1萬零420人次，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 10_420.0)


def test_a_range_in_a_word_not_listed():
    assert [(q.value, q.high) for q in extract_quantities("標放魚苗8萬尾至10萬尾")] == [
        (80_000.0, 100_000.0)
    ]
    t = assess(["標放魚苗8萬尾至10萬尾。"], ["標放魚苗8萬6千尾，達成。"]).targets[0]
    assert t.status == "met"


def test_every_one_let_is_a_rate_of_all():
    t = assess(
        ["第三期公共工程發包率達100%。"],
        ["12標全數發包，達成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 100.0)
