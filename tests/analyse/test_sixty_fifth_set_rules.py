"""The general rules written after reading the sixty-fifth set's first run (docs/analysis.md
section 72), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.testing.plan_cases import assess


def test_a_second_act_said_going_on_is_not_done():
    (t,) = assess(
        ["建立血液中新興毒品檢驗方法並完成方法確效。"],
        ["檢驗方法已開發完成，達成。"],
        ["完成血液中新興毒品檢驗方法開發，方法確效報告撰寫中。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")
    # … never the review a part asks to send it to
    (t,) = assess(["完成管理辦法草案並報行政院審議。"], ["草案已完成，並報行政院審議中。"])
    assert t.status != "not_met"


def test_related_work_done_beside_the_works_in_progress_is_not_done():
    (t,) = assess(
        ["完成污水抽水站擴建工程。"],
        [],
        ["完成污水管線清淤8公里；抽水站擴建工程因用地取得延宕，目前施工進度65%。"],
    )
    assert t.status == "not_met"


def test_a_grade_asked_needs_that_grade():
    (t,) = assess(
        ["社福機構評鑑評定為「優等」。"], ["社福機構評鑑已通過，達成。"], ["評定結果為「甲等」。"]
    )
    assert (t.status, t.components[0].reason) == ("not_met", "other_grade")
    (t,) = assess(["社福機構評鑑評定為「優等」。"], ["社福機構評鑑已通過，達成。"])
    assert (t.status, t.components[0].reason) == ("unclear", "grade_unsaid")
    (t,) = assess(["社福機構評鑑評定為「優等」。"], ["評鑑評定為「優等」，達成。"])
    assert t.status == "met"
