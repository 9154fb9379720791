"""The general rules written after reading the fifty-ninth set's first run (docs/analysis.md
section 66), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def one(target: str, attainment: str, execution: str = "", fiscal_year: int | None = 115):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment) if attainment else [],
        items("execution", execution) if execution else [],
        fiscal_year=fiscal_year,
    )
    return found.targets[0]


def test_the_whole_before_zhong_zhi_is_a_denominator():
    found = extract_quantities("完成禮堂座椅1,500席中之900席更新。")
    assert [q.is_descriptor for q in found] == [True, False]
    assert one(
        "完成禮堂座椅更新900席。", "完成900席，達成。", "完成禮堂座椅1,500席中之900席更新。"
    ).status == ("met")


def test_a_count_added_is_the_rise_between_two_levels():
    t = one("合作醫院新增5家。", "", "合作醫院由114年底12家增加為115年底16家。")
    assert (t.status, t.components[0].achieved_value) == ("not_met", 4.0)


def test_a_count_with_a_spec_in_brackets_keeps_its_count():
    parts = split_components("完成8所學校屋頂型太陽光電設置(每所設置容量50瓩以上)")
    assert [p.quantity.phrase for p in parts if p.quantity] == ["8所", "50瓩以上"]


def test_an_act_dated_with_a_word_of_its_extent_is_dated():
    t = one(
        "於115年6月底前完成門診預約系統全院上線。",
        "系統已全院上線，達成。",
        "門診預約系統原訂6月上線，因介接測試延宕，於115年9月8日全院上線。",
    )
    assert t.status == "not_met"


def test_the_stage_a_target_asks_for_is_no_mere_stage():
    t = one("於115年10月底前完成運動中心基本設計。", "已於115年9月30日完成基本設計，如期達成。")
    assert (t.status, t.components[0].reason) == ("met", "deadline_met")
    # … while a design is a stage of works asked
    t = one("於115年10月底前完成運動中心新建工程。", "已於115年9月30日完成基本設計。")
    assert t.status != "met"


def test_a_second_figure_joined_by_bing_ends_an_earlier_stage_phrase():
    t = one("完成新製作劇目6檔。", "完成新製作6檔並遴選駐團藝術家3名，均達成。")
    assert t.status == "met"
