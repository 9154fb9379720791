"""The general rules written after reading the forty-seventh set's first run (docs/analysis.md
section 55), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import law_stage
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def one(target, attainment, execution=None):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment) if attainment else [],
        items("execution", execution) if execution else [],
    )
    return found.targets[0]


def test_numbers_inside_title_marks_name_the_title():
    assert extract_quantities("出版《臺灣鐵道百年(1908-2008)》專書") == []
    assert extract_quantities("〈2030淨零路徑〉研討會") == []
    t = one("完成《臺灣鐵道百年(1908-2008)》專書出版。", "專書送外審中，未能於年度內出版。")
    assert t.status == "not_met"


def test_an_issue_to_come_after_a_word_of_the_future_is_no_issue():
    assert law_stage("管理要點修正草案已完成，預定明年提送委員會審查後發布。") != "done"
    assert law_stage("管理要點已於115年3月修正發布。") == "done"
    draft = "藏書管理要點修訂草案已完成，預定116年提送委員會審查後發布。"
    t = one("完成藏書管理要點修訂。", "", draft)
    assert t.status == "not_met"


def test_testing_and_developing_are_work_under_way():
    t = one("完成預約掛號系統上線。", "預約掛號系統測試中。")
    assert t.status != "met"


def test_one_of_things_joined_done_and_another_under_way_is_partial():
    t = one("完成門診及住院批價系統上線。", "門診批價系統已上線，住院批價系統測試中。")
    assert (t.status, t.components[0].reason) == ("not_met", "partial")
    t = one("完成門診及住院批價系統上線。", "門診及住院批價系統均已上線，達成。")
    assert t.status == "met"


def test_things_applied_for_do_not_answer_things_to_obtain():
    t = one("取得新品種權3件。", "提出品種權申請3件，達成。")
    assert t.status != "met"
    t = one("提出新品種權申請3件。", "提出品種權申請3件，達成。")
    assert t.status == "met"


def test_an_average_a_month_asked_reads_the_years_total_as_the_average_it_makes():
    # (written for review 13's older breaks, docs/analysis.md section 56)
    t = one("線上申辦案件每月平均處理300件。", "全年線上申辦處理3,720件，達成。")
    assert (t.status, t.components[0].achieved_value) == ("met", 310.0)
    t = one("線上申辦案件每月平均處理300件。", "全年線上申辦處理3,300件。")
    assert (t.status, t.components[0].achieved_value) == ("not_met", 275.0)


def test_averages_are_never_added_up():
    t = one("讀者滿意度平均達4.5分。", "本館平均4.3分，分館平均4.4分。")
    assert t.status != "exceeded" and t.components[0].achieved_value != 8.7
