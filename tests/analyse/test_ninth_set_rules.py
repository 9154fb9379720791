"""The general rules written after reading the ninth set's first run (docs/analysis.md section
13), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_share_completed_in_any_column_is_partial():
    t = assess(
        ["辦理活動10場。", "完成官網無障礙改版。"],
        ["活動12場，達成。"],
        ["辦理活動12場。", "官網無障礙改版已完成70%，預計明年第1季完成。"],
    ).targets[1]
    assert t.status == "not_met"
    assert t.components[0].reason == "partial"


def test_not_reaching_is_missed_and_what_was_cancelled_adds_nothing():
    t = assess(
        ["邀請十五國代表來臺交流。"],
        ["邀請13國代表來臺，另2國取消行程，未能達到十五國。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 13.0


def test_a_figure_of_the_next_sentence_is_no_part():
    t = assess(
        ["培訓種子教師30人。", "與友好學校簽署合作協議。"],
        ["培訓種子教師27人，未達成；已與3校簽署合作協議，完成簽署。"],
    ).targets[0]
    assert t.components[0].achieved_value == 27.0
    assert t.status == "not_met"


def test_an_award_with_construction_not_done_is_not_delivery():
    t = assess(
        ["於6月底前完成資料中心機房建置並啟用。", "導入醫院150家。"],
        ["導入醫院160家，達成。"],
        ["資料中心機房採購案已決標，尚未完成建置。", "導入醫院160家。"],
    ).targets[0]
    assert t.status == "not_met"


def test_not_in_time_closing_a_clause_is_missed():
    t = assess(
        ["完成淨水場第一期工程發包並開工。"],
        ["統包工程已決標，惟仍在細部設計階段，尚未開工，未能如期。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_tender_still_open_is_not_delivery():
    t = assess(
        ["完成物流園區第二期工程。"],
        ["第二期主體工程已完成，附屬設施工程仍在招標，尚待後續辦理。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].reason == "not_delivered"


def test_acronyms_naming_the_things_counted():
    assert [(q.value, q.unit) for q in extract_quantities("開放資料API30項以上")] == [(30.0, "項")]
    assert [(q.value, q.unit) for q in extract_quantities("上架APP4款")] == [(4.0, "款")]
    assert extract_quantities("完成IPv6升級") == []
