"""The general rules written after reading the sixty-eighth set's first run (docs/analysis.md
section 76), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_the_part_completed_of_a_whole_only_started():
    (t,) = assess(["完成政策評估研究案5案。"], ["研究案5案均已進行，其中3案結案。"])
    assert (t.status, t.headline.achieved_value) == ("not_met", 3.0)


def test_a_total_of_kinds_apart_does_not_answer_one_kind():
    (t,) = assess(
        ["調解委員初階培訓結訓80人。"],
        ["初階結訓76人、進階結訓30人，合計106人，超越目標。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 76.0)


def test_a_total_of_the_things_joined_named_by_its_parts():
    (t,) = assess(
        ["評鑑特優及優等單位合計達15個。"],
        ["特優4個、優等11個，合計15個，達成。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 15.0)


def test_an_evaluation_report_still_to_come_publishes_no_result():
    (t,) = assess(["課程整體滿意度4.5分以上。"], ["課程成效評估報告預計116年3月完成。"])
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")


def test_an_act_on_trial_is_not_the_act_asked_in_earnest():
    (t,) = assess(["案件管理系統3.0版正式上線。"], ["系統已上線試營運，達成。"])
    assert (t.status, t.components[0].reason) == ("not_met", "not_delivered")
    # … while a target asking the trial is done by it
    (t,) = assess(["案件管理系統3.0版上線試行。"], ["系統已上線試行，達成。"])
    assert t.status == "met"
    (t,) = assess(["案件管理系統3.0版正式上線。"], ["系統已於11月正式上線，達成。"])
    assert t.status == "met"


def test_the_room_of_each_describes_each():
    (t,) = assess(["辦理親子導覽活動30場（每場上限25人）。"], ["辦理親子導覽活動32場，達成。"])
    assert (t.target_type, t.status) == ("count", "met")


def test_a_bracketed_breakdown_is_no_rival():
    (t,) = assess(
        ["服務旅客50萬人次。"],
        ["服務旅客約53萬人次，達成。"],
        ["服務旅客約53萬人次（北站30萬人次、南站23萬人次）。"],
    )
    assert t.status == "met"


def test_a_review_passed_on_a_date_is_the_act():
    (t,) = assess(
        ["於115年6月底前完成校舍改建工程細部設計。"],
        ["細部設計已於115年5月20日審查通過，如期完成。"],
    )
    assert (t.status, t.components[0].reason) == ("met", "deadline_met")
    # a review asked keeps its own object (完成審查 of the very plan asked)
    (t,) = assess(
        ["於115年6月30日前完成營運計畫書修訂版審查。"],
        ["營運計畫書修訂版已完成審查，達成。"],
        ["營運計畫書修訂版於115年7月15日完成審查並函復。"],
    )
    assert t.status == "not_met"


def test_not_carried_out_is_not_done():
    (t,) = assess(["汰換公務電腦80台。"], ["公務電腦汰換本年度未執行。"])
    assert t.status == "not_met"
