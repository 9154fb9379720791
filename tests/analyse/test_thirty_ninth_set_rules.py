"""The general rules written after reading the thirty-ninth set's first run (docs/analysis.md
section 46), each with examples written for the rule, not sentences of any labelled set."""

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


def test_the_currency_names_no_thing():
    t = assess(
        ["追繳欠稅新臺幣20億元。"],
        ["追繳欠稅21億元，達成目標。"],
        ["全年追繳欠稅21億元，其中營業稅折合新臺幣3.2億元。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 2_100_000_000.0)


def test_cases_taken_in_are_not_cases_completed():
    t = assess(
        ["完成專利申請案審查1,800件。"],
        ["受理專利申請案1,800件，達成目標。"],
        ["全年受理專利申請案1,800件，完成審查1,650件，其餘150件跨年度審查中。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 1650.0)


def test_a_figure_marked_done_right_after_it_is_the_one_done():
    t = assess(
        ["完成社區活動中心改善12處。"],
        ["改善8處完工，4處延至次年。"],
        ["補助社區活動中心改善12處，8處已完工，4處因工料上漲延至次年完工。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 8.0)
    # … never a figure followed by another act (42場完成評估)
    t = assess(
        ["辦理推廣說明會至少8場。"],
        ["說明會僅辦理6場，未如預期。"],
        ["辦理推廣說明會6場，輔導業者42場完成設置評估。"],
    ).targets[0]
    assert t.status == "not_met"


def test_the_whole_of_the_part_found_is_no_rival():
    t = assess(
        ["培訓志工取得專業證照達60人。"],
        ["志工完訓66人，超越目標。"],
        ["辦理志工培訓，完訓66人，其中取得專業證照57人。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 57.0)
