"""The general rules written after reading the twenty-third set's first run (docs/analysis.md
section 27), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import classify
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_shortened_to_is_a_ceiling():
    text = "建照審查平均天數縮短為20日。"
    (q,) = extract_quantities(text)
    assert classify(text, q).type == "ceiling"
    t = assess([text], ["平均審查17日，達成。"]).targets[0]
    assert t.status == "exceeded"


def test_an_attainment_item_sending_the_reader_to_the_execution_column():
    t = assess(
        ["辦理防汛演練12場。"],
        ["演練辦理情形詳執行情形說明一。"],
        ["於各河川局辦理防汛演練13場，動員2,400人次。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 13.0)


def test_a_figure_of_another_stage_beside_the_targets_own_not_done():
    """初步評估80座 beside 詳細評估…流標…預計明年辦理, for 詳細評估20座: no figure of the
    target's own is printed, and the one of another stage never answers it."""
    t = assess(
        ["完成老舊堤防安全詳細檢測20處。"],
        ["檢測辦理情形詳執行情形說明一。"],
        ["完成老舊堤防安全初步檢測60處；詳細檢測委託案因招標流標，預計明年辦理。"],
    ).targets[0]
    assert t.status not in ("met", "exceeded")
    assert t.components[0].achieved_value != 60.0
