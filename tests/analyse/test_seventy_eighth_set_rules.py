"""The general rules written after reading the seventy-eighth set's first run
(docs/analysis.md section 88), each with examples written for the rule, not sentences of any
labelled set."""

from __future__ import annotations

from govplans.analyse.target_types import deadline_of
from govplans.testing.plan_cases import assess


def test_a_half_year_is_a_deadline():
    d = deadline_of("於114年上半年完成長照據點設立許可申請。")
    assert d is not None and (d.roc_year, d.month) == (114, 6)
    (t,) = assess(
        ["於115年上半年完成日照中心設立許可申請。"],
        ["已於115年8月3日取得設立許可。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_related_work_elsewhere_does_not_answer_a_thing_at_an_earlier_stage():
    _, t2 = assess(
        ["辦理偏鄉巡迴門診400診次。", "完成巡迴健檢車汰換。"],
        ["巡迴健檢門診計420診次，達成。", "健檢車採購案已決標，預計116年2月交車。"],
    )
    assert (t2.status, t2.components[0].reason) == ("not_met", "not_delivered")


def test_a_total_beyond_the_things_the_target_names():
    (t,) = assess(
        ["於寒假及暑假辦理親子營隊，參加學員800人次。"],
        ["親子營隊參加學員合計880人次，超越目標。"],
        ["親子營隊參加學員：寒假320人次、暑假430人次、國慶連假130人次，合計880人次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 750.0)
    # … never when every part is one the target names
    (t,) = assess(
        ["於寒假及暑假辦理親子營隊，參加學員800人次。"],
        ["親子營隊參加學員合計830人次，達成。"],
        ["親子營隊參加學員：寒假380人次、暑假450人次，合計830人次。"],
    )
    assert t.status == "met"


def test_a_total_against_a_total_of_another_outcome_is_a_conflict():
    (t,) = assess(
        ["辦理職安專業人員訓練，參訓達120人。"],
        ["參訓人數合計達120人，達成。"],
        ["辦理訓練4場，參訓醫師50人、護理師42人、工安人員24人，合計116人。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
