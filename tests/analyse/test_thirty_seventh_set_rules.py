"""The general rules written after reading the thirty-seventh set's first run
(docs/analysis.md section 43), each with examples written for the rule, not sentences of any
labelled set."""

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


def test_hours_and_minutes_are_one_time():
    assert [(q.value, q.unit) for q in extract_quantities("縮短至2小時15分以內")] == [
        (135.0, "分鐘")
    ]
    t = assess(["派車平均時間縮短至1小時以內。"], ["平均派車時間48分鐘，達成。"]).targets[0]
    assert t.status == "exceeded"  # 48 <= 60 × 0.9


def test_a_figure_against_the_target_is_the_target_plus_it():
    t = assess(["辦理淨灘活動30場。"], ["淨灘活動較目標值多辦理2場，超越目標。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 32.0)
    t = assess(["辦理淨灘活動30場。"], ["淨灘活動較目標少2場，未達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 28.0)


def test_a_phase_named_is_no_count():
    parts = split_components("完成港區三期工程發包。")
    assert parts[0].quantity is None


def test_the_exact_figure_over_one_about_or_near_it():
    t = assess(
        ["生態監測樣區累計達60處。"],
        ["累計監測樣區約60處，達成。"],
        ["本年新增樣區8處，累計設置監測樣區57處。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 57.0)
    t = assess(
        ["線上申辦案件達50萬件。"], ["線上申辦案件近50萬件（計49萬8千件），與目標相當。"]
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 498_000.0)


def test_an_increase_of_things_is_the_change_between_two_levels():
    t = assess(
        ["友善商店增加20家。"],
        ["友善商店達145家，達成。"],
        ["友善商店由113年130家增加至114年145家。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 15.0)


def test_sending_on_put_off_is_no_sending():
    t = assess(
        ["「溫泉法」修正草案送行政院審查。"],
        ["修正草案已陳報本部，預定115年送行政院審查。"],
    ).targets[0]
    assert t.status == "not_met"


def test_an_execution_item_answers_a_target_the_attainment_column_leaves_out():
    t = assess(
        ["完成醫療器材管理辦法修正。", "完成醫事人員繼續教育辦法修正發布。"],
        ["醫療器材管理辦法修正已完成，達成。"],
        ["醫療器材管理辦法修正完成。", "繼續教育辦法修正條文已於114年9月3日發布施行。"],
    ).targets[1]
    assert t.status == "met"


def test_chinese_medicine_is_no_work_under_way():
    t = assess(["辦理社區中醫養生講座100場。"], ["辦理社區中醫養生講座106場，達成。"]).targets[0]
    assert t.status == "met"
