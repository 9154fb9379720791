"""The general rules written after reading the fifty-eighth set's first run (docs/analysis.md
section 65), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
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


def test_sites_selected_are_not_sites_built():
    t = one("完成8處智慧路燈示範場域建置。", "示範場域8處均已選定，達成。")
    assert (t.status, t.components[0].reason) == ("unclear", "earlier_stage")


def test_an_early_estimate_is_no_result():
    t = one("戒菸班學員6個月戒菸率達30%。", "戒菸率初估33%，俟明年追蹤完成後確認。")
    assert t.status == "unclear"


def test_a_part_of_the_very_kind_asked_rivals_a_figure_of_kinds_joined():
    t = one(
        "餐廳衛生評核優良級比率達90%。",
        "優良及良好級比率93.2%，已達成。",
        "列管餐廳2,400家，評核優良及良好級比率93.2%，其中優良級比率為81.0%。",
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")


def test_a_share_of_planned_and_actual_answers_a_rate_asked():
    t = one(
        "臨床試驗收案達成率90%以上。",
        "收案880人，達成。",
        "執行中試驗合計12案，本年度預定收案950人，實際收案880人。",
    )
    assert t.status == "met"
    assert t.components[0].achieved_value == 92.63


def test_an_obtaining_dated_after_the_deadline_is_late():
    t = one(
        "於115年6月底前取得實驗室認證。",
        "已取得實驗室認證，達成。",
        "實驗室於115年9月取得認證。",
    )
    assert t.status == "not_met"


def test_a_deadline_said_kept_is_never_missed_by_default():
    t = one(
        "於115年10月底前完成園區排水改善規劃設計。",
        "規劃設計如期完成。",
        "排水改善規劃設計於115年9月12日完成審查定稿。",
    )
    assert t.status != "not_met"
