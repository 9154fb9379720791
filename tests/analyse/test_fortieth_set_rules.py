"""The general rules written after reading the fortieth set's first run (docs/analysis.md
section 47), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_sign_defining_a_class_before_the_figure_is_no_ceiling():
    q = extract_quantities("河川水質「未受污染」(RPI≤2)測站比率達60%以上。")[0]
    assert (q.value, q.comparison) == (60.0, ">=")
    assert extract_quantities("PM2.5年平均濃度≤15μg/m3")[0].comparison == "<="


def test_every_one_done_is_a_rate_of_all():
    t = assess(
        ["列管個案追蹤關懷率達100%。"],
        ["列管個案追蹤情形詳執行情形。"],
        ["列管個案計214人，均已完成追蹤關懷。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 100.0)
    # never where a part is left (均已 of those reached, 5人失聯)
    t = assess(
        ["列管個案追蹤關懷率達100%。"],
        ["列管個案214人，除5人失聯未能完成外，均已完成追蹤關懷。"],
    ).targets[0]
    assert t.status != "met"


def test_a_count_in_ge_is_answered_in_the_word_it_names():
    t = assess(
        ["推動智慧路燈之鄉鎮數累計達30個。"],
        ["本年新增6鄉鎮，累計32鄉鎮，達成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 32.0)


def test_the_part_the_target_names_among_graded_parts():
    t = assess(
        ["完成甲級職業訓練機構評鑑40家。"],
        ["完成職業訓練機構評鑑95家，達成。"],
        ["完成職業訓練機構評鑑共計95家，其中甲級38家、乙級41家、丙級16家。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 38.0)
