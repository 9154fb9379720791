"""The general rules written after reading the sixty-seventh set's first run (docs/analysis.md
section 75), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import split_components
from govplans.testing.plan_cases import assess


def test_a_figure_after_a_clause_of_estimate_is_no_result():
    (t,) = assess(
        ["文化創意產業營業額達新臺幣500億元。"],
        ["營業額尚待統計。"],
        ["依產業調查初步推估，115年營業額約新臺幣520億元，正式統計將於116年公布。"],
    )
    assert t.status == "unclear"
    (t,) = assess(["文化創意產業營業額達新臺幣500億元。"], [], ["115年營業額新臺幣520億元。"])
    assert t.status == "met"


def test_a_count_a_period_restated_as_the_years_total_is_one_part():
    (c,) = split_components("每月召開跨局處協調會議1次，全年12次。")
    assert c.quantity.value == 12
    (t,) = assess(["每月召開跨局處協調會議1次，全年12次。"], ["全年召開十二次，達成。"])
    assert t.status == "met"


def test_a_count_asked_a_period_with_its_verb_between_is_the_years():
    (t,) = assess(["河川水質採樣每季辦理1次。"], ["完成春、夏、秋、冬四季各1次採樣，達成。"])
    assert (t.status, t.headline.target_value, t.headline.achieved_value) == ("met", 4.0, 4.0)
    # the quarters listed are as many as are named
    (t,) = assess(["河川水質採樣每季辦理1次。"], ["於第1、3、4季各辦理1次採樣，第2季因故停辦。"])
    assert (t.status, t.headline.achieved_value) == ("not_met", 3.0)


def test_a_date_and_its_act_with_a_place_between():
    (t,) = assess(
        ["於115年6月底前完成智慧停車系統啟用。"],
        ["智慧停車系統已啟用，達成。"],
        ["智慧停車系統於115年8月3日於A、B兩區停車場啟用。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_a_thousands_comma_splits_no_clause():
    (t,) = assess(
        ["於115年9月30日前完成轄內場所安全等級重新核定。"],
        ["如期完成。"],
        ["於115年9月28日完成轄內1,250處場所安全等級核定。"],
    )
    assert t.status == "met"


def test_a_service_number_before_a_word_names_the_service():
    assert [q.value for q in extract_quantities("經1999市民專線及119轉介之案件，回覆率95%")] == [
        95.0
    ]
    # … never before a measure word of things: it counts them
    assert [q.value for q in extract_quantities("開辦課程110班")] == [110.0]
    assert [q.value for q in extract_quantities("受理119人")] == [119.0]


def test_the_figure_naming_the_act_asked_beside_a_wider_total():
    (t,) = assess(
        ["智慧照護模組正式上線6項。"],
        ["完成模組8項，超越目標。"],
        ["完成智慧照護模組共8項，經審查通過後正式上線5項，其餘3項試行中。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 5.0)
    # a part (其中…) naming the act asked, beside a whole that does not
    (t,) = assess(["智慧照護模組正式上線6項。"], ["完成模組8項（其中5項已上線），超越目標。"])
    assert (t.status, t.headline.achieved_value) == ("not_met", 5.0)


def test_a_thing_to_deliver_of_which_only_an_earlier_stage_is_done_is_not_met():
    (t,) = assess(
        ["取得TAF實驗室認證。"],
        ["認證已提出申請，現場評鑑預定116年3月辦理。"],
        ["TAF實驗室認證已於115年11月提出申請，現場評鑑預定116年3月辦理。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "not_delivered")


def test_a_rate_per_so_many_with_a_long_denominator():
    (t,) = assess(
        ["導管相關血流感染密度較前一年降低10%。"],
        ["感染密度下降，達成。"],
        ["導管相關血流感染密度由114年每千導管使用人日2.0降至115年1.7。"],
    )
    assert (t.status, t.headline.achieved_value) == ("exceeded", 15.0)
