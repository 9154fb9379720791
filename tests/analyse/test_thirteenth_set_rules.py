"""The general rules written after reading the thirteenth set's first run (docs/analysis.md
section 17), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.target_types import classify
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


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


def test_a_concentration_in_micrograms_is_read_in_every_spelling():
    from govplans.analyse.quantities import extract_quantities

    for text in ("濃度12.6μg/m³", "濃度12.6µg/m3", "濃度12.6微克/立方公尺"):
        (q,) = extract_quantities(text)
        assert (q.value, q.unit) == (12.6, "μg/m3")


def test_the_levels_of_the_thing_decide_a_change_not_another_pair():
    t = assess(
        ["臭氧8小時平均濃度較前一年降低5%。"],
        ["臭氧濃度降為40.2μg/m³，惟降幅未如預期。"],
        [
            "臭氧8小時平均濃度由113年之41.5μg/m³降至114年之40.2μg/m³，不良站日數由210站日減為150站日。"
        ],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 3.13  # (41.5 - 40.2) / 41.5, not 210 -> 150


def test_the_target_quoted_in_a_verdict_is_no_change_reached():
    t = assess(
        ["垃圾妥善處理率提高2個百分點。"],
        ["妥善處理率97.1%，未能達成提高2個百分點之目標。"],
        ["妥善處理率達97.1%，較113年之95.6%增加1.5個百分點。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 1.5


def test_a_level_and_the_earlier_level_after_jiao_give_the_change():
    t = assess(
        ["外籍生人數較前一學年度成長5%。"],
        ["外籍生2萬1,000人，達成。"],
        ["114學年度外籍生共計2萬1,000人，較113學年度2萬人增加1,000人。"],
    ).targets[0]
    assert t.status == "met"
    assert t.components[0].achieved_value == 5.0


def test_a_missed_part_shows_the_figure_its_execution_item_prints():
    t = assess(
        ["選送儲備幹部赴海外研習60人。"],
        ["受疫情影響，選送人數未如預期。"],
        ["選送儲備幹部赴海外研習，實際選送四十二人，較113年51人減少。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 42.0
    near = assess(
        ["辦理志工培訓5,000人次。"],
        ["志工培訓近5千人次，未達目標值。"],
        ["辦理志工培訓約4,870人次，另有300人次預計明年補訓。"],
    ).targets[0]
    assert near.components[0].achieved_value == 4870.0
    # a figure still to come is none
    later = assess(
        ["建置智慧電表2,000具。"],
        ["採購案已決標，電表尚未安裝。"],
        ["智慧電表採購案已於10月決標，首批800具預計明年2月安裝。"],
    ).targets[0]
    assert later.components[0].achieved_value is None


def test_the_one_figure_of_a_measure_word_no_other_part_counts_in_is_that_part():
    t = assess(
        ["藝文團隊國際巡演40場，觀眾6萬人次以上。"],
        ["演出45場、觀眾約6萬8千人次，均超越預定目標。"],
    ).targets[0]
    assert [c.achieved_value for c in t.components] == [45.0, 68000.0]
    assert t.status == "exceeded"
