"""The general rules written after reading the seventy-second set's first run (docs/analysis.md
section 80), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.testing.plan_cases import assess


def test_a_share_is_read_past_the_window_its_part_is_counted_in():
    (t,) = assess(
        ["申訴案件於受理後7日內回復比率達90%。"],
        ["受理申訴案件400件，於7日內完成回復者372件，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 93.0)
    (t,) = assess(
        ["受輔導青年6個月內穩定就業率達70%。"],
        ["輔導青年250人，6個月內穩定就業160人。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 64.0)


def test_a_window_is_no_figure_of_its_own_and_a_bound_still_is():
    # 90日以內 at a clause's end is the value reached, never a window passed over
    (t,) = assess(["案件平均處理天數縮短為90日以內。"], ["平均處理天數為85日，達成。"])
    assert (t.status, t.headline.achieved_value) == ("met", 85.0)


def test_classes_counted_in_chinese_numerals_are_a_count():
    assert [(q.value, q.unit) for q in extract_quantities("辦理原住民族職訓專班八班。")] == [
        (8.0, "班")
    ]
    (t,) = assess(["辦理原住民族職訓專班八班。"], ["原住民族專班10班，超越目標。"])
    assert (t.status, t.headline.achieved_value) == ("exceeded", 10.0)


def test_a_figure_only_planned_counts_nothing_delivered():
    (t,) = assess(
        ["開辦青年創業課程20班。"],
        ["青年創業課程已規劃20班，達成。"],
        ["青年創業課程其中16班已開課，另4班延至116年開課。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 16.0)
    # … while an item that prints the planned beside the delivered is an account of delivery
    (t,) = assess(["開辦青年創業課程20班。"], ["青年創業課程預定20班，實際開辦21班，達成。"])
    assert (t.status, t.headline.achieved_value) == ("met", 21.0)
    # … and a target asking for the plan itself is answered by it
    (t,) = assess(["完成步道改善規劃5處。"], ["已完成步道改善規劃5處，達成。"])
    assert t.status == "met"


def test_a_total_holding_a_part_put_off_to_a_later_year_is_not_the_years_count():
    (t,) = assess(
        ["辦理防汛演練每季1場，全年4場。"],
        ["完成防汛演練4場，達成。"],
        ["115年3月、6月、9月辦理防汛演練3場，第4季演練因場地整修延至116年1月8日辦理，合計4場。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 3.0)
    # … while a total printed before the part put off is the year's
    (t,) = assess(
        ["辦理防汛演練全年4場。"],
        ["完成防汛演練4場，達成。"],
        ["115年辦理防汛演練合計4場；另加辦1場因場地整修延至116年1月8日辦理。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 4.0)


def test_an_earlier_years_figure_in_the_other_column_is_not_the_years():
    (t,) = assess(
        ["民眾滿意度達85%以上。"],
        ["民眾滿意度88%，達成。"],
        ["115年度滿意度調查將於116年2月辦理；114年度調查結果為88%。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "other_year")
    # … a figure dated by the year it counts from is the year's, and so is one the other
    # column gives with no result to come
    (t,) = assess(
        ["民眾滿意度達85%以上。"],
        ["民眾滿意度88%，達成。"],
        ["委託民調公司辦理115年度滿意度調查，滿意度為88%。"],
    )
    assert t.status == "met"
