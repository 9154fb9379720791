"""The general rules written after reading the nineteenth set's first run (docs/analysis.md
section 23), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_part_named_after_its_number_by_the_target_words_before_its_number():
    """通過驗證達40家 against 輔導48家，其中36家通過驗證: the part is the figure, in either
    column."""
    t = assess(
        ["食品工廠通過HACCP驗證達40家。"],
        ["輔導48家，其中36家通過驗證，達成。"],
        ["輔導食品工廠導入HACCP計48家，其中經現場稽核通過驗證者36家。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 36.0)


def test_a_part_that_has_not_or_one_of_the_things_joined_is_no_figure():
    # the rest (其中未通過者) is never the figure
    t = assess(
        ["食品工廠通過驗證達40家。"],
        ["輔導食品工廠46家，其中未通過驗證者3家另案輔導。"],
    ).targets[0]
    assert t.components[0].achieved_value != 3.0
    # one of the things a target joins is a part of its count
    t = assess(
        ["辦理定期及不定期稽查60次以上。"],
        ["完成稽查共64次，其中不定期稽查20次，達成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 64.0)


def test_the_total_of_an_execution_table_answers_a_target_with_no_attainment_figure():
    t = assess(
        ["補助老舊機車汰換至少3,000輛。", "推動低碳運輸。"],
        ["補助汰換均已辦竣。", "低碳運輸推廣工作均已辦竣。"],
        ["補助汰換老舊機車，核定情形如下：北區1,250輛、中區980輛、南區1,020輛，合計3,250輛。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 3250.0)
    assert t.components[0].evidence_section == "execution"
    # an attainment item saying the work is not done is not answered by the execution's figure
    t = assess(
        ["平臺介接地方政府達22個。"],
        ["平臺尚未上線，介接作業尚待辦理。"],
        ["颱風期間沿用既有簡訊通報，通報對象約2,100個機關。"],
    ).targets[0]
    assert t.status != "met" and t.status != "exceeded"


def test_all_the_works_of_an_aim_done_is_its_verdict():
    t = assess(["強化社區防災意識。"], ["各項社區防災宣導工作均已辦竣。"]).targets[0]
    assert t.status == "met"
    t = assess(["強化社區防災意識。"], ["部分宣導工作已完成，其餘延至下年度。"]).targets[0]
    assert t.status != "met"


def test_a_deadline_clause_beside_a_counted_clause_is_a_part_of_its_own():
    t = assess(
        ["於114年9月底前完成藥品追溯平臺上線，並登錄藥品品項1萬2千項以上。"],
        ["追溯平臺於114年7月上線，已如期完成，登錄品項1萬3,500項。"],
    ).targets[0]
    kinds = [(c.typed.type, c.status) for c in t.components]
    assert kinds == [("deadline", "met"), ("count", "exceeded")]
    assert t.status == "met"
    late = assess(
        ["於114年6月底前完成藥品追溯平臺上線，並登錄藥品品項1萬2千項以上。"],
        ["追溯平臺於114年10月上線，登錄品項1萬3,500項。"],
    ).targets[0]
    assert late.components[0].status == "not_met"


def test_tenths_of_a_base_and_a_rate_named_only_by_its_bracket():
    (q,) = extract_quantities("國內線旅運量恢復至108年之七成。")
    assert (q.value, q.unit) == (70.0, "%")
    assert extract_quantities("三分之一") == []
    t = assess(
        ["放流水符合放流水標準（COD 100 mg/L以下）之比率達95%以上。"],
        ["符合率97.5%，達成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 97.5)
