"""The general rules written after reading the seventy-first set's first run (docs/analysis.md
section 79), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_change_from_another_base_year_is_not_the_years_change():
    (t,) = assess(
        ["自行車租借人次較前一年成長8%。"],
        ["租借人次較113年成長14%，已達成。"],
        ["自行車租借人次由114年5萬人增至115年5萬3,000人；113年為4萬6,500人。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 6.0)


def test_changes_of_different_outcomes_in_the_two_columns_conflict():
    (t,) = assess(
        ["視訊服務量較前一年成長15%。"],
        ["視訊服務量成長19%，已超越目標。"],
        ["視訊服務由114年5,000人次增至115年5,700人次。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
    # … a change said below a figure (尚未達5%) agrees with levels below it
    (t,) = assess(
        ["排放強度較110年基準降低5%。"],
        ["排放強度持續下降，惟降幅尚未達5%。"],
        ["排放強度由110年基準2.00降至115年1.93。"],
    )
    assert t.status == "not_met"


def test_of_a_run_of_years_the_latest_two_make_the_change():
    (t,) = assess(
        ["彩券盈餘較114年成長5%。"],
        [],
        ["彩券盈餘113年300億元、114年320億元、115年340億元。"],
    )
    assert (t.status, t.headline.achieved_value) == ("exceeded", 6.25)


def test_a_review_asked_completed_is_the_parts_own_work():
    (t,) = assess(["完成都市計畫變更審議。"], ["都市計畫變更審議中。"])
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")
    # … while the review a part asks to send it to is at the other end
    (t,) = assess(["完成管理辦法草案並報行政院審議。"], ["草案已完成，並報行政院審議中。"])
    assert t.status != "not_met"


def test_a_total_asked_is_answered_by_a_total_of_its_parts_on_its_item():
    (t,) = assess(
        ["三癌篩檢人數合計6,000人。"],
        ["三癌篩檢：子宮頸癌1,900人、乳癌2,300人、大腸癌2,100人，合計6,300人，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 6300.0)
