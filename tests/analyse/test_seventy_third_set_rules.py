"""The general rules written after reading the seventy-third set's first run (docs/analysis.md
section 81), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import read_number
from govplans.testing.plan_cases import assess


def test_papers_submitted_are_another_stage_than_papers_published():
    (t,) = assess(
        ["發表國際期刊論文3篇以上。"],
        ["投稿國際期刊5篇，超越目標。"],
        ["投稿國際期刊5篇，其中2篇已接受刊登，3篇審查中。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 2.0)


def test_the_agencys_own_lower_figure_against_the_execution_columns_is_a_conflict():
    (t,) = assess(
        ["銷售生態導覽套票五千張。"],
        ["實際使用套票四千八百張(已扣除退票)，接近目標。"],
        ["全年銷售生態導覽套票五千三百張。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
    # … a figure net of what was cancelled (已扣除取消場次) is an account, not a pending one
    (q,) = extract_quantities("實際辦理四十場(已扣除取消場次)")
    assert not q.is_pending
    # … while another lot (另40件尚在審理中) beside the account is not a second account
    (t,) = assess(
        ["查處違規案件三百件。"],
        ["查處三百一十件，另四十件尚在審理中，達成。"],
        ["全年查處違規案件三百一十件。"],
    )
    assert t.status == "met"


def test_a_scale_is_no_figure():
    assert [(q.value, q.unit) for q in extract_quantities("平均評分4.2星（5星制）")] == [
        (4.2, "星")
    ]
    assert [q.value for q in extract_quantities("採10分制評分，平均8.1分")] == [8.1]


def test_a_share_below_all_of_a_thing_said_done_is_done_in_part():
    (t,) = assess(
        ["於115年6月底前完成房屋稅籍資料清查。"],
        ["稅籍資料96.5%於6月底前完成清查，達成。"],
        ["115年6月30日前完成清查者占96.5%，其餘因產權爭議延後辦理。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "partial")


def test_a_floor_for_each_event_is_missed_by_one_listed_below_it():
    (t,) = assess(
        ["每場講座參與人數150人以上。"],
        ["講座平均每場172人，達成。"],
        ["講座5場參與人數依序為180人、210人、140人、176人、154人。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "figures_short")
    # … and met when every listed one reaches it
    (t,) = assess(
        ["每場講座參與人數150人以上。"],
        ["講座平均每場178人，達成。"],
        ["講座5場參與人數依序為180人、210人、160人、176人、164人。"],
    )
    assert t.status != "not_met"


def test_twenty_and_thirty_in_one_character():
    assert (read_number("廿六"), read_number("卅")) == (26, 30)
    (t,) = assess(["辦理淨灘活動二十場。"], ["辦理淨灘活動廿一場，達成。"])
    assert (t.status, t.headline.achieved_value) == ("met", 21.0)


def test_done_undated_beside_dates_all_after_the_deadline_is_late():
    (t,) = assess(
        ["於115年6月底前完成遊客中心解說牌更新。"],
        ["解說牌已更新完成，達成。"],
        ["遊客中心解說牌更新於115年8月5日驗收完成。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_a_thing_built_with_parts_still_bought_is_not_built():
    (t,) = assess(
        ["完成停車場車牌辨識系統建置。"],
        ["車牌辨識系統已完成，達成。"],
        ["主系統已完成，北側入口2處辨識設備上線，南側入口2處設備尚在採購中。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")


def test_a_count_all_of_which_did_the_thing_is_a_share_of_all():
    (t,) = assess(
        ["民眾申訴案件15日內回復比率達100%。"],
        ["申訴案件248件均於15日內回復，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 100.0)
