"""The general rules written after reading the sixty-ninth set's first run (docs/analysis.md
section 77), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.testing.plan_cases import assess


def test_done_in_one_column_put_off_to_a_later_year_in_the_other():
    (t,) = assess(
        ["完成門診預約系統改版上線。"],
        ["門診預約系統改版已完成上線，達成。"],
        ["門診預約系統改版因廠商履約爭議，上線時程延至116年第1季。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")


def test_a_branch_is_no_score():
    assert extract_quantities("完成北投分院門診大樓啟用。") == []
    assert [q.value for q in extract_quantities("滿意度4.6分")] == [4.6]


def test_a_selection_going_on_is_work_under_way():
    (t,) = assess(["完成園區委外經營招商簽約。"], ["招商案尚在評選中。"])
    assert t.status == "not_met"


def test_an_item_saying_live_on_trial_only_leaves_live_in_earnest_undone():
    (t,) = assess(
        ["完成檔案影像資料庫建置並正式上線。"],
        ["影像資料庫已上線，達成。"],
        ["影像資料庫於115年12月20日上線試營運。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "not_delivered")


def test_the_last_months_still_compiled_leave_a_short_count_open():
    (t,) = assess(["防災教育訓練參訓達5萬人次。"], ["參訓約4萬8千人次，12月份資料尚在彙整。"])
    assert (t.status, t.components[0].reason) == ("unclear", "year_to_date")


def test_a_list_adding_up_to_the_figure_found_rivals_nothing():
    (t,) = assess(
        ["辦理春秋季健行活動60梯次。"],
        ["春秋季健行活動計60梯次，達成。"],
        ["辦理春季健行22梯次、秋季健行38梯次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 60.0)


def test_an_acronym_may_qualify_the_measure_word():
    (q,) = extract_quantities("雲端運算服務量達800萬GPU小時")
    assert (q.value, q.unit) == (8_000_000.0, "小時")


def test_a_total_named_by_what_sets_its_parts_apart():
    (t,) = assess(
        ["完成材料試驗（拉伸及疲勞）60組。"],
        ["拉伸試驗40組、疲勞試驗22組，合計62組，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 62.0)


def test_another_numbered_one_is_no_more_of_the_one_asked():
    (t,) = assess(
        ["海研3號研究船出海作業達150天。"],
        [],
        ["海研3號全年出航作業141天；另海研5號、6號合計出航190天。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 141.0)


def test_the_other_columns_figure_of_the_very_state_asked_rivals():
    (t,) = assess(
        ["海象觀測浮標在線運作6座。"],
        ["浮標6座均在線運作，達成。"],
        ["完成海象觀測浮標佈放6座，其中1座遭漁船拖損，年底在線運作5座。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
