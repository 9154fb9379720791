"""The general rules written after reading the sixty-first set's first run (docs/analysis.md
section 68), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_change_in_points_is_computed_from_rates_only():
    (t,) = assess(
        ["國產零組件自給率較前一年提高4個百分點。"],
        ["自給率提升至63.5%，達成。"],
        ["國產零組件品項由114年的20項增加為115年的26項，自給率由114年的60%提升至115年的63.5%。"],
    )
    assert (t.status, t.components[0].achieved_value) == ("not_met", 3.5)


def test_a_figure_planned_first_is_no_part_to_add():
    (t,) = assess(
        ["完成河川地形測量更新8條。"],
        [],
        ["河川地形測量完成更新7條，原訂8條中，濁水溪因汛期延至116年辦理。"],
    )
    assert t.status != "met"


def test_a_result_known_only_later_is_not_published():
    (t,) = assess(
        ["結業學員1年後就業率達80%。"],
        ["本年度結業學員就業情形須俟116年勾稽後始能取得；依前一年度資料，就業率為83%。"],
    )
    assert t.status == "unclear"


def test_none_of_a_thing_meets_its_ceiling():
    (t,) = assess(["重大食安事件不超過3件。"], ["全年無重大食安事件，達成。"])
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 0.0)
    # … never of another thing (無人機…) or a negation of an act (無法)
    (t,) = assess(["重大食安事件不超過3件。"], ["無人機巡查120架次，達成。"])
    assert t.status == "unclear"
