"""The schedule measures (and the pace note) are on the printed period, the span the money was
appropriated over, wherever it can be read; a revised period the text states (its start where
stated, else the printed start) is kept beside it for information, and is the basis only where the
printed period cannot be read; unknown where neither gives a start and an end."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from govplans import assess_report, parse_report
from govplans.analyse.measures import SCHEDULE_BASES, plan_schedule
from govplans.present.narrative import plan_narrative
from govplans.testing.synthetic import SyntheticPlan, write_report


def test_the_printed_period_where_nothing_is_revised():
    s = plan_schedule((113, 1), (115, 12), 114)
    assert (s.basis, s.start, s.end, s.months_total, s.months_elapsed) == (
        "printed",
        (113, 1),
        (115, 12),
        36,
        24,
    )
    assert s.elapsed_rate == pytest.approx(24 / 36) == s.printed_elapsed_rate


def test_a_revised_period_is_kept_beside_the_printed_one_which_judges_the_pace():
    s = plan_schedule((113, 1), (115, 12), 114, (114, 10), (115, 12))
    assert (s.basis, s.start, s.end, s.months_total, s.months_elapsed) == (
        "printed",
        (113, 1),
        (115, 12),
        36,
        24,
    )
    assert s.elapsed_rate == pytest.approx(24 / 36) == s.printed_elapsed_rate
    # the revised period's share, for information
    assert (s.revised_months_total, s.revised_months_elapsed) == (15, 3)
    assert s.revised_elapsed_rate == pytest.approx(0.2)


def test_a_revised_end_alone_runs_from_the_printed_start():
    s = plan_schedule((113, 1), (114, 12), 114, None, (116, 12))
    assert (s.basis, s.start, s.months_total, s.months_elapsed) == ("printed", (113, 1), 24, 24)
    assert (s.revised_months_total, s.revised_months_elapsed) == (48, 24)


def test_the_revised_period_is_the_basis_only_where_the_printed_one_is_unread():
    s = plan_schedule((113, 1), None, 114, None, (116, 12))
    assert (s.basis, s.start, s.months_total, s.months_elapsed) == ("revised", (113, 1), 48, 24)
    assert math.isnan(s.printed_elapsed_rate)


def test_no_period_is_unknown_unless_the_revised_one_is_whole():
    unknown = plan_schedule(None, None, 114)
    assert (unknown.basis, unknown.months_total, unknown.months_elapsed) == ("unknown", None, None)
    assert math.isnan(unknown.elapsed_rate) and math.isnan(unknown.printed_elapsed_rate)
    assert plan_schedule(None, None, 114, None, (116, 12)).basis == "unknown"
    whole = plan_schedule(None, None, 114, (114, 1), (115, 12))
    assert (whole.basis, whole.months_total, whole.months_elapsed) == ("revised", 24, 12)
    assert {unknown.basis, whole.basis, "printed"} == set(SCHEDULE_BASES)


def _narrative(tmp_path, lang="zh-TW", **plan):
    path = write_report(tmp_path / "r.txt", [SyntheticPlan("甲計畫", **plan)])
    a = assess_report(parse_report(path), annotations=None)
    return a.plans.iloc[0], plan_narrative(a, "114-01", lang)


def test_a_revised_start_and_end_in_a_small_report(tmp_path):
    """修正計畫期程為114年7月至116年6月 (printed 113年1月至115年12月): 6 of 24 months."""
    row, zh = _narrative(
        tmp_path,
        period="113年1月至115年12月",
        appropriated=50_000,
        attainment=["完成辦理說明會2場次。", "因經費核定延後，修正計畫期程為114年7月至116年6月。"],
    )
    assert (row["schedule_basis"], row["months_total"], row["months_elapsed"]) == (
        "printed",
        36,
        24,
    )
    assert (row["revised_months_total"], row["revised_months_elapsed"]) == (24, 6)
    assert "依原列期程（113年1月至115年12月）期程已過66.7%（36個月中的24個月）" in zh
    assert "依報告所述修正後期程（114年7月至116年6月）已過25.0%（24個月中的6個月），僅供參照" in zh
    assert "進度附註依原列期程判定" in zh
    assert "113年1月至115年12月；報告說明期程修正為114年7月至116年6月" in zh  # both in the heading


def test_a_task_moved_to_a_later_year_is_no_revised_period(tmp_path):
    """「平臺建置順延至115年辦理」 moves a task, not the plan: the printed period stays."""
    row, zh = _narrative(
        tmp_path,
        period="113年1月至115年12月",
        appropriated=50_000,
        attainment=["配合修正計畫期程，平臺建置順延至115年辦理。"],
    )
    assert row["schedule_basis"] == "printed" and pd.isna(row["revised_period_text"])
    assert (row["months_total"], row["months_elapsed"]) == (36, 24)
    assert "（36個月中的24個月）" in zh and "修正後期程" not in zh


def test_the_english_sentence_names_both_periods(tmp_path):
    _, en = _narrative(
        tmp_path,
        lang="en",
        period="113年1月至115年12月",
        appropriated=50_000,
        attainment=["修正計畫期程為114年7月至116年6月。"],
    )
    assert (
        "on the printed period (2024-01 to 2026-12) 66.7% of the period had elapsed (24 of 36 "
        "months)" in en
    )
    assert (
        "on the revised period the report states (2025-07 to 2027-06) 25.0% had elapsed (6 of "
        "24 months), for information only; the pace note is judged on the printed period" in en
    )
