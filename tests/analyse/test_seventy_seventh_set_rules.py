"""The general rules written after reading the seventy-seventh set's first run
(docs/analysis.md section 86), each with examples written for the rule, not sentences of any
labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_total_with_another_lot_is_not_the_lot_the_target_names():
    (t,) = assess(
        ["本院護理人員完成災難醫療訓練60人。"],
        ["完成災難醫療訓練計70人，已達成。"],
        ["本院護理人員完成災難醫療訓練55人，另代訓衛生所護理人員15人，合計70人。"],
    )
    assert t.status != "met" and t.status != "exceeded"


def test_a_part_in_another_unit_of_its_measure_on_its_own_items():
    t, _ = assess(
        ["急診病人平均候診時間縮短為20分鐘以內。", "轉診後送平均時間60分鐘以內。"],
        ["平均候診時間0.32小時，達成。", "後送平均52分鐘，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 19.2)


def test_a_count_of_the_year_by_the_years_average_a_month():
    (t,) = assess(
        ["居家護理訪視全年900人次。"],
        ["居家護理訪視全年平均每月80人次，達成年度目標。"],
        ["全年居家護理訪視平均每月80人次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 960.0)
