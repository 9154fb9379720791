"""The general rules written after reading the thirty-eighth set's first run (docs/analysis.md
section 44), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_things_bought_are_not_things_delivered():
    t = assess(
        ["採購救災用無人機10架。"],
        ["無人機已完成採購。"],
        ["救災用無人機10架已完成採購，114年11月交機7架，餘3架115年2月交機。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 7.0)


def test_a_date_of_the_act_done_all_at_once_is_its_date():
    t = assess(
        ["戶政新系統於114年6月底前全面上線。"],
        ["新系統已全面上線，運作正常，達成。"],
        ["戶政新系統因資料轉換作業延長，於114年8月11日全面上線。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_each_of_several_must_hold():
    t = assess(
        ["辦理防汛演練3次，抽水機到位時間不超過2小時。"],
        ["完成防汛演練3次，達成。"],
        ["辦理防汛演練3次，抽水機到位時間分別為1.5小時、1.8小時及2.4小時。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[1].achieved_value == 2.4


def test_a_standards_code_is_no_range():
    assert [(q.value, q.word) for q in extract_quantities("依ISO 50001-1完成能源管理輔導30家")] == [
        (30.0, "家")
    ]
    assert len(split_components("輔導企業完成ISO 14064-1盤查120家。")) == 1


def test_an_exact_figure_the_one_about_rounds_from():
    t = assess(
        ["電子公文線上簽核比率達90%。"],
        ["線上簽核比率約90%，達成。"],
        ["114年線上簽核公文52萬件，占全部公文89.6%。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 89.6)


def test_a_survey_under_way_gives_no_figure_yet():
    t = assess(["參與店家營業額平均成長5%以上。"], ["營業額成長情形刻正委託調查中。"]).targets[0]
    assert t.status == "unclear"


def test_works_are_done_when_finished_not_when_accepted():
    t = assess(
        ["於114年9月底前完成活動中心耐震補強工程。"],
        ["補強工程8月底竣工，如期完成。"],
        ["活動中心耐震補強工程於114年8月29日竣工，10月完成驗收。"],
    ).targets[0]
    assert t.status == "met"


def test_a_part_at_a_later_stage_is_no_part_put_off():
    t = assess(
        ["提報歷史建築登錄案6案。"],
        ["提報6案，達成。"],
        ["提報歷史建築登錄案6案，其中3案審議會審議中。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 6.0)


def test_the_length_of_each_is_no_part():
    parts = split_components("製作客語廣播節目40集，每集長度30分鐘。")
    assert [(c.typed.type, c.typed.value) for c in parts] == [("count", 40)]


def test_things_still_in_the_making_are_not_done():
    t = assess(
        ["完成地方產業紀錄短片8部。"],
        ["紀錄短片8部，已完成拍攝。"],
        ["完成地方產業紀錄短片拍攝8部，後製剪輯中，預計115年2月公開。"],
    ).targets[0]
    assert t.status == "not_met"


def test_an_act_dated_after_the_deadline_with_no_statement_is_late():
    t = assess(
        ["於114年9月底前完成監測平台採購決標。"],
        ["已完成決標。"],
        ["監測平台採購案因預算凍結，延至114年12月3日決標。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")
