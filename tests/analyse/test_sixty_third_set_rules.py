"""The general rules written after reading the sixty-third set's first run (docs/analysis.md
section 70), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_book_edited_or_sent_to_print_is_not_published():
    (t,) = assess(["完成社區防災手冊第2冊出版。"], ["手冊已付印，預計明年1月發行。"])
    assert t.status != "met"
    (t,) = assess(["完成社區防災手冊第2冊出版。"], [], ["手冊第2冊完成編輯，於12月付印。"])
    assert t.status != "met"


def test_a_later_phases_date_does_not_make_the_asked_phase_late():
    (t,) = assess(
        ["於115年6月底前完成防洪牆工程第一標竣工。"],
        ["第一標已於115年4月20日竣工，提前達成。"],
        ["防洪牆工程第一標已於115年4月20日竣工，第二標工程進度70%，預定116年5月竣工。"],
    )
    assert t.status == "met"


def test_a_procurement_case_asked_is_done_by_its_award():
    (t,) = assess(["完成監視系統汰換採購案。"], ["採購案已決標，達成。"])
    assert t.status == "met"
    # … never one asked to be accepted too
    (t,) = assess(["監視系統汰換採購案完成驗收。"], ["採購案已決標。"])
    assert t.status != "met"


def test_a_multiple_of_the_target_is_a_rate_of_attainment():
    (t,) = assess(["輔導青年創業40人。"], ["輔導人數達目標值1.3倍，超越目標。"])
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 52.0)
