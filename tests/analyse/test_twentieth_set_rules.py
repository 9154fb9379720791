"""The general rules written after reading the twentieth set's first run (docs/analysis.md
section 24), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import PENDING, extract_quantities
from govplans.analyse.target_types import classify
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_the_rank_of_the_thing_among_several_in_one_item():
    result = assess(
        ["基隆港貨櫃吞吐量全球排名維持前50名。", "港埠服務品質指數排名進入前30名。"],
        ["基隆港貨櫃吞吐量全球第47名，維持前50名；港埠服務品質指數第33名，仍未進入前30名。"],
    )
    first, second = result.targets
    assert (first.status, first.components[0].achieved_value) == ("met", 47.0)
    assert (second.status, second.components[0].achieved_value) == ("not_met", 33.0)


def test_a_bracket_not_kept_is_no_rank_reached():
    t = assess(
        ["國際評比排名維持前10名。"],
        ["評比排名第12名，未能維持前10名。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 12.0)


def test_the_level_of_the_year_before_given_after_this_years():
    t = assess(
        ["觀光遊艇載客量較前一年成長8%。"],
        ["載客量持續成長，達成。"],
        ["全年觀光遊艇載客量54萬人次，113年為50萬人次。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 8.0)
    # two levels each dated right before the figure: the later year's is the new level
    t = assess(
        ["參與率較前一年提高3個百分點。"],
        ["參與率提升，達成。"],
        ["社區活動參與率113年為40.0%，114年為42.5%。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 2.5)


def test_a_duration_followed_by_within_is_a_ceiling():
    text = "檢驗結果於送驗後5個工作天內通知。"
    (q,) = extract_quantities(text)
    assert classify(text, q).type == "ceiling"
    t = assess([text], ["檢驗結果於送驗後3個工作天內通知，優於目標。"]).targets[0]
    assert t.status == "exceeded"
    # 內容, 內政 after a number are no bound
    (q,) = extract_quantities("辦理3天內容充實之研習")
    assert q.comparison == ">="


def test_a_bound_before_a_noun_selects_the_things_counted():
    (comp,) = split_components("港區100總噸以上貨輪安全檢查300艘次。")
    assert comp.quantity is not None
    assert (comp.quantity.value, comp.quantity.unit) == (300.0, "艘次")
    (comp,) = split_components("65歲以上長者流感疫苗接種率達55%。")
    assert comp.quantity is not None and comp.quantity.value == 55.0


def test_measure_words_of_visits_and_tonnage_and_words_under_way():
    assert [(q.value, q.unit) for q in extract_quantities("訪視輔導86機關次")] == [(86.0, "機關次")]
    assert [(q.value, q.unit) for q in extract_quantities("5,000總噸")] == [(5000.0, "總噸")]
    assert PENDING.search("辦理中央及地方機關訪視") is None
    assert PENDING.search("系統仍在建置中，") is not None
