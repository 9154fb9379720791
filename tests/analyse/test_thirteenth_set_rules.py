"""The general rules written after reading the thirteenth set's first run (docs/analysis.md
section 17), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.target_types import classify
from govplans.analyse.targets import TextItem, assess_plan_targets


def items(section: str, *texts: str) -> list[TextItem]:
    return [TextItem(section, n, t, 100 + n) for n, t in enumerate(texts, start=1)]


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_the_figures_a_total_sums_are_no_rivals_in_the_other_column():
    t = assess(
        ["完成偏鄉衛生所改建至少20所。"],
        ["衛生所改建合計24所，超越目標。"],
        ["北區、中區、南區分別完成改建9所、8所、7所，合計24所。"],
    ).targets[0]
    assert t.status == "exceeded"
    assert t.components[0].achieved_value == 24.0


def test_a_cumulative_figure_is_no_total_of_the_parts_before_it():
    # the year's 185件 still rivals the agency's 176件: 累計 sums the years, not them
    t = assess(
        ["新增綠建築標章180件。"],
        ["本年度新增綠建築標章176件，未達目標。"],
        ["新增綠建築標章185件，累計達4,120件。"],
    ).targets[0]
    assert t.status == "unclear"


def test_a_part_of_one_joined_thing_is_no_rival_to_their_total():
    t = assess(
        ["提供課後照顧及營養午餐補助5,000人次。"],
        ["課後照顧及營養午餐補助合計5,210人次，達成。"],
        ["核發課後照顧補助4,900人次、營養午餐補助310人次，合計撥付1,820萬元。"],
    ).targets[0]
    assert t.status == "met"
    assert t.components[0].achieved_value == 5210.0


def test_a_total_after_qizhong_totals_a_part_not_the_figure_before_it():
    t = assess(
        ["提供山地及離島巡迴醫療服務2,000人次。"],
        ["巡迴醫療服務2,450人次，超越預定目標。"],
        ["提供山地及離島巡迴醫療服務2,450人次，其中蘭嶼、綠島合計820人次。"],
    ).targets[0]
    assert t.status == "exceeded"
    assert t.components[0].achieved_value == 2450.0


def test_any_act_with_a_deadline_is_a_deadline():
    assert classify("於116年5月底前辦理國際研討會。", None).type == "deadline"
    t = assess(["於116年5月底前辦理國際研討會。"], ["研討會已於116年5月12日辦竣。"]).targets[0]
    assert t.status == "met"
    late = assess(["於116年5月底前辦理國際研討會。"], ["研討會已於116年7月3日辦竣。"]).targets[0]
    assert late.status == "not_met"


def test_the_agency_verdict_closing_the_item_outranks_words_of_work_under_way():
    t = assess(
        ["智慧用電管理平臺上線。"],
        ["平臺尚待完成資安檢測，暫緩上線，本項未達成。"],
    ).targets[0]
    assert t.status == "not_met"


def test_the_agency_figure_is_the_one_delivered_not_the_one_deferred():
    t = assess(
        ["完成低底盤公車汰換200輛。"],
        ["補助汰換215輛，實際交車168輛，餘47輛改列下年度交車，未達成。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 168.0


def test_this_item_is_the_item_own_subject_when_items_run_in_another_order():
    t = assess(
        [
            "完成長照據點設置120處。",
            "居家服務個案滿意度達90%以上。",
            "長照資訊平臺行動版上線。",
        ],
        [
            "長照據點設置128處，達成。",
            "資訊平臺行動版尚待資安檢測，延後上線，本項未達成。",
            "個案滿意度92.4%，達成。",
        ],
    )
    platform = t.targets[2]
    assert platform.status == "not_met"
    assert platform.aligned_items["attainment"].item_no == 2
    assert t.targets[1].status == "met"
