"""The general rules written after reading the forty-sixth set's first run (docs/analysis.md
section 54), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def one(target, attainment, execution=None, fiscal_year=None):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment),
        items("execution", execution) if execution else [],
        fiscal_year=fiscal_year,
    )
    return found.targets[0]


def test_a_deadline_met_on_one_acts_date_is_missed_by_a_later_act_it_asks():
    t = one(
        "於115年6月底前完成兒童展廳更新並開放參觀。",
        "兒童展廳更新工程已於6月25日竣工，如期完成。",
        "兒童展廳更新工程於115年6月25日竣工，經安全檢查後於7月3日開放參觀。",
        fiscal_year=115,
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")
    t = one(
        "於115年6月底前完成兒童展廳更新並開放參觀。",
        "兒童展廳更新工程已於6月25日竣工，如期完成。",
        "兒童展廳更新工程於115年6月25日竣工，6月28日開放參觀。",
        fiscal_year=115,
    )
    assert t.status == "met"


def test_an_act_with_something_to_come_after_it_is_no_statement_of_done():
    t = one("提升檢驗實驗室量能。", "新實驗室完工後將可提升檢驗量能。")
    assert t.status != "met"
    t = one("完成檢驗實驗室新建工程。", "實驗室新建工程已完工，達成。")
    assert t.status == "met"
