"""The general rules written after reading the forty-fourth set's first run (docs/analysis.md
section 51), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
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


def test_an_approval_dated_after_the_deadline_misses_it():
    t = one(
        "於115年6月底前取得環境影響評估審查同意。",
        "已於年底前通過審查，達成。",
        "環境影響說明書於115年10月14日經環境部審查同意。",
        fiscal_year=115,
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")
    t = one(
        "於115年6月底前取得環境影響評估審查同意。",
        "已如期取得審查同意，達成。",
        "環境影響說明書於115年5月20日經環境部審查同意。",
        fiscal_year=115,
    )
    assert t.status == "met"


def test_a_count_a_month_is_the_years_twelve():
    t = one("每月辦理消防設備安全巡檢1次。", "全年完成巡檢11次，缺失均已改善。")
    assert (t.status, t.components[0].target_value) == ("not_met", 12.0)
    t = one("每月辦理消防設備安全巡檢1次。", "全年完成巡檢12次。")
    assert t.status == "met"


def test_an_aim_answered_only_by_its_pursuit_has_no_verdict():
    t = one("舉辦社區營造成果展，促進社區經驗交流。", "成果展已辦理，持續促進社區經驗交流。")
    assert t.status == "unclear"
    t = one("舉辦社區營造成果展，促進社區經驗交流。", "成果展已辦理完成，達成。")
    assert t.status == "met"
    # the agency's own verdict beside the pursuit answers it (效能持續提升，達成)
    t = one("強化稽查人員訓練，提升稽查效能。", "已完成年度訓練，稽查效能持續提升，達成。")
    assert t.status == "met"


def test_doses_sound_levels_and_ratios_are_measurements():
    assert [(q.value, q.unit) for q in extract_quantities("劑量率0.42微西弗/小時")] == [
        (0.42, "微西弗/小時")
    ]
    assert [(q.unit, q.comparison) for q in extract_quantities("噪音降至55分貝以下")] == [
        ("分貝", "<=")
    ]
    t = one("監測站輻射劑量率年平均0.5微西弗/小時以下。", "年平均0.42微西弗/小時，達成。")
    assert t.status == "exceeded"
    t = one("周界噪音降至55分貝以下。", "夜間周界噪音52分貝，達成。")
    assert t.status == "met"
    t = one("污泥減量比達2.5以上。", "減量比2.7，達成。")
    assert (t.status, t.components[0].achieved_value) == ("met", 2.7)


def test_a_procurement_asked_is_not_late_by_the_works_after_its_award():
    t = one(
        "完成立體停車場新建工程發包。", "停車場新建工程已決標，預計117年8月完工。", fiscal_year=116
    )
    assert t.status == "met"
    # … but late where the target asks for the act put later too
    t = one(
        "完成立體停車場新建工程發包並開工。",
        "停車場新建工程已決標，預計117年2月開工。",
        fiscal_year=116,
    )
    assert t.status == "not_met"
