"""The general rules written after reading the thirtieth set's first run (docs/analysis.md
section 34), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=(), fiscal_year=None):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        fiscal_year=fiscal_year,
    )


def test_opening_to_users_is_an_act_with_a_date():
    t = assess(
        ["於114年6月30日前完成青創基地建置並開放進駐。"],
        ["基地已建置完成並開放進駐，達成。"],
        ["青創基地於114年4月完成裝修，114年8月1日正式開放進駐。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_the_act_asked_done_after_the_year_is_not_done_in_it():
    t = assess(
        ["完成檢驗儀器採購及驗收。"],
        ["儀器已於114年12月交貨，達成。"],
        ["檢驗儀器採購案於114年6月決標，114年12月交貨，115年2月完成驗收。"],
        fiscal_year=114,
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "agency_says_late")
    progress = assess(
        ["114年底前園區道路工程進度達70%。"],
        ["工程進度73%，達成。"],
        ["園區道路工程114年底整體進度73%，預計115年6月完工。"],
        fiscal_year=114,
    ).targets[0]
    assert progress.status == "met"  # the works' completion is no act of a progress target


def test_a_deadline_of_the_year_still_under_way_at_the_report_is_missed():
    t = assess(
        ["於114年12月底前取得實驗室認證。"],
        ["認證文件已通過書面審查，進度符合預期。"],
        ["實驗室認證文件114年11月通過書面審查，現場評鑑排定115年3月辦理。"],
        fiscal_year=114,
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_those_admitted_are_not_those_who_came():
    t = assess(
        ["招收在職專班學員30名。"],
        ["錄取30名，達成。"],
        ["在職專班錄取30名，實際報到27名。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 27.0)
    admit = assess(["錄取在職專班學員30名。"], ["錄取30名，達成。"]).targets[0]
    assert admit.status == "met"  # admitting is what this one asks for


def test_all_of_them_is_not_met_by_fewer():
    t = assess(
        ["培訓救生員10人並全數取得證照。"],
        ["救生員10人完成培訓，其中8人取得證照，2人補考中。"],
    ).targets[0]
    assert t.status == "not_met"


def test_tenths_with_a_digit_after_them():
    found = [(q.value, q.unit) for q in extract_quantities("滿意度逾八成五，另8成3")]
    assert found == [(85.0, "%"), (83.0, "%")]
    t = assess(["使用者滿意度達85%以上。"], ["使用者滿意度逾八成五，達成。"]).targets[0]
    assert t.status == "met"


def test_ge_before_a_noun_ending_in_the_measure_word():
    t = assess(["編成山域救援分隊4隊。"], ["已編成4個救援分隊，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 4.0)
