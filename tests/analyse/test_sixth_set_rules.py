"""The general rules written after reading the sixth set's first run (docs/analysis.md section
10), each with examples written for the rule, not sentences of any labelled set."""

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


def values(text: str) -> list[float]:
    return [c.quantity.value for c in split_components(text) if c.quantity is not None]


def found(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.comparison) for q in extract_quantities(text)]


# --------------------------------------------- the predicate marks the figure to reach


def test_a_figure_selecting_what_is_counted_is_no_value():
    assert values("年齡超過65歲之獨居長者人數降至120人以下") == [120.0]
    assert values("等候超過30分鐘之案件數降至40件以下") == [40.0]
    assert values("72小時服務專線平均接通時間縮短為15秒以內") == [15.0]


def test_a_figure_before_zhi_selects_across_a_comma():
    assert values("由3日延長為5日之課程，占全部課程比率至少40%") == [40.0]


def test_two_figures_each_asked_for_stay_two_parts():
    assert values("辦理研討會至少6場，參與人數不低於900人") == [6.0, 900.0]
    assert values("新建宿舍3棟、床位達1,200床") == [3.0, 1200.0]


def test_the_selecting_rule_leaves_a_compound_target_alone():
    parts = split_components("完成平臺建置並培訓種子教師200人")
    assert [c.quantity.value if c.quantity else None for c in parts] == [None, 200.0]
    assert parts[0].typed.type == "binary"


# ------------------------------------------------------------------------ numbers


def test_a_magnitude_word_alone_is_a_number():
    assert found("網站年瀏覽量達千萬人次")[0][:2] == (10_000_000.0, "人次")
    assert found("觀看次數逾百萬次")[0][:2] == (1_000_000.0, "次")


def test_a_bare_figure_after_a_denominator_is_a_rate():
    assert found("結核病發生率降至每十萬人25以下") == [(25.0, "", "<=")]
    assert found("每千人口病床數達4.5") == [(4.5, "", ">=")]


def test_a_figure_after_a_comparison_sign_names_a_class_before_a_noun():
    assert found("PM2.5>35之紅色警戒日數減少20%") == [(20.0, "%", ">=")]
    assert found("年平均濃度≦12μg/m3") == [(12.0, "μg/m3", "<=")]
    assert found("年平均濃度<12μg/m3") == [(12.0, "μg/m3", "<")]
    assert found("說明會<b>3場</b>") == [(3.0, "場", ">=")]  # markup, not a comparison


def test_numerals_listed_with_a_comma_name_phases():
    assert found("補助三、四期老舊機車汰換8,000輛") == [(8000.0, "輛", ">=")]


def test_a_range_after_da_is_a_range():
    (q,) = extract_quantities("志工人數達1,200至1,500人")
    assert (q.value, q.high, q.unit) == (1200.0, 1500.0, "人")


# --------------------------------------------------------------- the agency's words


def test_not_done_in_time_is_missed_whatever_is_still_under_way():
    t = assess(
        ["完成文物典藏庫房空調系統汰換。"],
        ["空調汰換完成九成，試運轉仍在辦理中，未能如期完成。"],
    ).targets[0]
    assert t.status == "not_met"


def test_the_agency_verdict_settles_two_statements():
    t = assess(
        ["完成圖書館自動化系統更新並上線。"],
        ["系統更新已完成決標，預計明年3月上線，本年度未達成。"],
        ["圖書館自動化系統更新案於11月決標，廠商刻正進行開發。"],
    ).targets[0]
    assert t.status == "not_met"
    # its own words decide: the verdict (未達成) or the act still to come (預計…上線)
    assert t.components[0].reason in ("agency_says_missed", "agency_says_late")


def test_a_tender_under_way_in_the_execution_column_is_not_delivered():
    t = assess(
        ["完成電子公文交換系統汰換上線。"],
        ["資訊安全稽核3場，達成。"],
        ["電子公文交換系統汰換已完成需求分析，開發案於12月招標中。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].reason == "not_delivered"


def test_a_stage_before_the_system_is_not_the_system():
    t = assess(
        ["完成案件管理系統建置。"],
        ["案件管理系統已完成系統分析。"],
    ).targets[0]
    assert t.status != "met"


def test_a_deadline_is_judged_at_the_date_of_the_act_asked():
    t = assess(
        ["於114年8月底前完成新館統包工程決標。"],
        ["新館統包工程於114年7月15日完成決標，114年11月開工，如期完成。"],
    ).targets[0]
    assert t.status == "met"
    late = assess(
        ["於114年6月底前完成新館統包工程決標。"],
        ["新館統包工程於114年7月15日完成決標，114年11月開工。"],
    ).targets[0]
    assert late.status == "not_met"


def test_a_verdict_may_name_what_it_reached():
    t = assess(
        ["強化社區防災意識與自主應變能力。"],
        ["辦理防災社區演練85場，社區參與熱烈，已達成強化防災意識之目標。"],
    ).targets[0]
    assert t.status == "met"
    missed = assess(
        ["強化社區防災意識與自主應變能力。"],
        ["辦理防災社區演練12場，社區參與有限，未達成強化防災意識之目標。"],
    ).targets[0]
    assert missed.status == "not_met"
