"""The general rules written after reading the thirty-fourth set's first run (docs/analysis.md
section 40), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import read_number
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def values(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


def test_hundreds_after_ten_thousands():
    assert read_number("1萬8百") == 10_800
    assert read_number("2萬3千5百") == 23_500
    assert values("清查林班地2萬6百公頃。") == [(20_600.0, "公頃")]
    # 百分點 is a point of a percentage, never a hundred
    assert values("使用率提高3百分點。") == [(3.0, "百分點")]
    t = assess(["完成堤防巡查1萬公里。"], ["巡查1萬2百公里，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 10_200.0)


def test_layers_are_counted_a_buildings_floors_are_not():
    assert values("新增主題圖層150層。") == [(150.0, "層")]
    assert values("興建地上15層樓之社會住宅。") == []


def test_a_number_inside_a_quoted_title_names_it():
    assert values("辦理「樂齡100分」健康講座二十場。") == [(20.0, "場")]
    t = assess(["辦理「樂齡100分」健康講座二十場。"], ["健康講座辦理21場，達成。"]).targets[0]
    assert (t.status, t.components[0].target_value) == ("met", 20.0)


def test_a_target_of_zero_is_a_ceiling_held_at_zero_exceeded():
    c = split_components("校園食品中毒事件0件。")[0]
    assert c.typed.type == "ceiling"
    t = assess(["校園食品中毒事件0件。"], ["全年校園食品中毒事件0件，達成。"]).targets[0]
    assert t.status == "exceeded"
    t = assess(["校園食品中毒事件0件。"], ["全年發生校園食品中毒事件2件。"]).targets[0]
    assert t.status == "not_met"


def test_a_figure_of_each_thing_another_counts_is_no_part():
    parts = split_components("開設職能培訓課程40班，每班25人。")
    assert [(c.typed.type, c.typed.value) for c in parts] == [("count", 40)]
    t = assess(["開設職能培訓課程40班，每班25人。"], ["開設42班，達成。"]).targets[0]
    assert t.status == "met"


def test_the_part_done_by_the_act_the_target_asks_for_answers():
    t = assess(
        ["發布水質檢測標準方法6項。"],
        ["檢測方法研訂6項，達成。"],
        ["完成水質檢測標準方法研訂6項，其中已發布3項，餘3項預告中。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 3.0)


def test_on_schedule_with_the_act_is_a_verdict_the_date_decides():
    t = assess(
        ["於114年9月底前完成線上申辦平臺上線。"],
        ["已如期上線。"],
        ["線上申辦平臺於114年8月25日上線。"],
    ).targets[0]
    c = t.components[0]
    assert (t.status, c.reason, c.evidence_section) == ("met", "deadline_met", "execution")
    # never 未如期, 可望如期
    t = assess(["於114年9月底前完成線上申辦平臺上線。"], ["平臺未如期上線。"]).targets[0]
    assert t.status == "not_met"


def test_an_act_that_began_after_the_deadline_was_not_done_by_it():
    t = assess(
        ["於114年5月31日前完成都市計畫通盤檢討草案公開展覽。"],
        ["公開展覽已辦理完成，達成。"],
        ["都市計畫通盤檢討草案於114年7月1日起公開展覽30日。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")
    # a start within the deadline says nothing against it
    t = assess(
        ["於114年5月31日前完成都市計畫通盤檢討草案公開展覽。"],
        ["公開展覽已辦理完成，達成。"],
        ["都市計畫通盤檢討草案於114年4月1日起公開展覽30日。"],
    ).targets[0]
    assert t.status == "met"


def test_late_against_its_own_schedule_is_not_late_against_the_target():
    t = assess(
        ["於114年12月底前完成水情監測系統上線。"],
        ["系統已上線，較原訂期程延後。"],
        ["水情監測系統於114年11月28日上線，原訂8月上線，因資料介接延後。"],
    ).targets[0]
    assert t.status == "met"
    # … but dated after the target's deadline it is late
    t = assess(
        ["於114年10月底前完成水情監測系統上線。"],
        ["系統已上線，較原訂期程延後。"],
        ["水情監測系統於114年11月28日上線，原訂8月上線，因資料介接延後。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_progress_asked_is_answered_by_a_progress():
    t = assess(["污水處理廠擴建工程累計進度達70%。"], ["累計進度72.5%，達成。"]).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 72.5)
    # a progress of a thing asked whole is a part of it
    t = assess(["完成污水處理廠擴建工程。"], ["擴建工程累計進度72.5%。"]).targets[0]
    assert t.status == "not_met"


def test_a_level_held_all_year_is_judged_by_its_lowest():
    t = assess(
        ["備用電力容量率全年維持10%以上。"],
        ["備用容量率平均12.4%，達成。"],
        ["全年備用容量率平均12.4%，最低為8.9%。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 8.9)
    # its lowest above the floor: met, by the lowest (the average's margin says nothing)
    t = assess(
        ["備用電力容量率全年維持10%以上。"],
        ["備用容量率平均12.4%，達成。"],
        ["全年備用容量率平均12.4%，最低為10.6%。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 10.6)
    # an average asked is never judged by its lowest
    t = assess(
        ["每日平均處理量維持10公噸以上。"],
        ["平均每日處理12.4公噸，達成。"],
        ["每日平均處理12.4公噸，最低為8.9公噸。"],
    ).targets[0]
    assert t.status == "exceeded"


def test_a_breakdown_with_no_total_is_summed():
    t = assess(
        ["完成社區防災示範點20處。"],
        ["完成示範點：北區6處、中區5處、南區4處、東區3處。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 18.0)
    # figures of unlike things are no breakdown
    t = assess(["完成社區防災示範點20處。"], ["完成示範點：北區6處、參與居民300人。"]).targets[0]
    assert t.components[0].achieved_value != 6.0 + 300.0


def test_a_first_draft_is_not_the_thing_done():
    t = assess(["完成長照服務法施行細則修正。"], ["修正案已完成初稿。"]).targets[0]
    assert t.status == "not_met"


def test_a_first_phase_is_a_part_unless_it_is_the_phase_asked():
    t = assess(["完成智慧工地管理平台建置。"], ["平台第一階段已建置完成並上線。"]).targets[0]
    assert t.status == "not_met"
    t = assess(["完成智慧工地管理平台第一階段建置。"], ["平台第一階段已建置完成並上線。"]).targets[
        0
    ]
    assert t.status == "met"
