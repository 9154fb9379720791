"""The general rules written after reading the fifteenth set's first run (docs/analysis.md
section 19), each with examples written for the rule, not sentences of any labelled set."""

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


def test_an_aim_is_met_on_its_own_verdict_not_on_work_done_elsewhere():
    work_only = assess(
        ["完成長照資訊整合。", "強化社區照顧量能，保障長者照顧權益。"],
        ["資訊整合已完成，達成。"],
        ["長照資訊整合已完成。", "委辦之社區照顧人力培訓案已完成驗收。"],
    ).targets[1]
    assert work_only.status == "unclear"
    assert work_only.components[0].reason == "no_verdict"


def test_the_year_work_done_is_the_agency_verdict_on_an_aim():
    t = assess(
        ["推動河川環境營造，改善水岸休憩品質。"],
        ["辦理河岸綠美化及步道串連，年度工作已如期完成。"],
    ).targets[0]
    assert t.status == "met"
    other_words = assess(
        ["強化山域救援資訊服務，提升登山安全。"],
        ["高山氣象預報擴及30座山屋並完成資料介接，年度工作均已辦竣。"],
    ).targets[0]
    assert other_words.status == "met"


def test_a_score_after_defen_is_a_level():
    (q,) = extract_quantities("颱風路徑預報ETS得分0.41，優於目標")
    assert q.value == 0.41


def test_a_level_after_zhi_is_no_version():
    found = extract_quantities("發生率由112年之30.0例降至113年之28.2例")
    assert [q.value for q in found] == [30.0, 28.2]


def test_one_of_the_things_a_target_includes_is_a_part_of_its_count():
    t = assess(
        ["辦理防汛演練至少20場（含兵棋推演及實地演練）。"],
        ["辦理兵棋推演八場、實地演練十四場，合計二十二場，超越預定目標。"],
        ["辦理防汛兵棋推演八場、實地演練十四場，參與人員約1,800人次。"],
    ).targets[0]
    assert t.components[0].achieved_value == 22.0
    assert t.status == "exceeded"


def test_a_clause_of_direction_is_no_part():
    parts = split_components("朝2030淨零排放目標邁進，再生能源發電占比達20%以上。")
    assert [c.quantity.value for c in parts if c.quantity] == [20.0]
