"""The general rules written after reading the seventieth set's first run (docs/analysis.md
section 78), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import split_components
from govplans.testing.plan_cases import assess


def test_an_act_joined_after_the_things_counted_still_going_on():
    (t,) = assess(
        ["完成水質監測站20處設置及數據分析。"],
        ["完成監測站設置22處，超越目標。"],
        ["完成水質監測站設置22處，數據分析委託辦理中。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")


def test_a_figure_corrected_after_it_is_the_account():
    (t,) = assess(
        ["辦理社區防災演練80場次。"],
        ["原報列86場次，經核實扣除重複登錄後為77場次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 77.0)


def test_none_of_the_thing_counted_before_its_number():
    (t,) = assess(["溺水事故死亡人數控制在2人以下。"], ["115年全年無溺水死亡案例，達成。"])
    assert (t.status, t.headline.achieved_value) == ("exceeded", 0.0)


def test_a_bracket_describing_the_thing_asks_nothing():
    (c,) = split_components("雪山主峰（海拔3,886公尺）步道巡檢24次。")
    assert c.quantity.value == 24
    (c,) = split_components("藝術節活動期間（30日）吸引遊客50萬人次。")
    assert c.quantity.value == 500_000


def test_a_count_a_period_with_any_verb_between():
    (c,) = split_components("步道設施每月巡檢1次，全年12次。")
    assert c.quantity.value == 12
    (t,) = assess(["步道設施每月巡檢1次。"], ["全年完成巡檢十四次。"])
    assert (t.status, t.headline.target_value) == ("exceeded", 12.0)


def test_an_aim_takes_no_other_items_deferral():
    first, aim = assess(
        ["完成預警系統建置。", "強化災害應變能力。"],
        ["預警系統採購案流標，延至116年辦理。"],
        ["預警系統採購案流標。", "持續與消防單位合作。"],
    )
    assert first.status == "not_met"
    assert aim.status == "unclear"


def test_another_stage_of_an_examination_is_no_figure_of_the_stage_asked():
    (t,) = assess(
        ["技能檢定到檢人數達3萬人。"],
        ["到檢3萬1,200人，達成。"],
        ["辦理技能檢定報檢3萬6,500人，到檢3萬1,200人，合格2萬2,000人。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 31200.0)


def test_the_total_of_the_kind_asked_and_its_siblings_is_no_rival():
    (t,) = assess(
        ["辦理大型就業博覽會12場。"],
        ["辦理就業博覽會180場，超越目標。"],
        ["辦理大型就業博覽會十場、小型就業博覽會170場。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 10.0)


def test_cases_opened_are_an_intake_unless_asked():
    (t,) = assess(["個案管理服務推介就業300人。"], [], ["開案820人，結案推介就業286人。"])
    assert (t.status, t.headline.achieved_value) == ("not_met", 286.0)
    (t,) = assess(["戒菸治療收案150人。"], ["收案158人，達成。"], ["收案158人，完成療程者97人。"])
    assert (t.status, t.headline.achieved_value) == ("met", 158.0)


def test_done_out_of_those_due_is_a_share():
    (t,) = assess(["橋梁巡查完成率達95%以上。"], ["應巡查60座，完成57座，達成。"])
    assert (t.status, t.headline.achieved_value) == ("met", 95.0)
