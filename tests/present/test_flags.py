"""Flags in words: one sentence per flag, with its figures (moved from ``test_measures``)."""

from __future__ import annotations

import pytest

from govplans.analyse.measures import FLAG_CODES, Thresholds
from govplans.present.flags import flag_message

TH = Thresholds()


def test_flags_come_in_display_order_and_have_messages_with_figures(flags_for):
    codes = flags_for(
        execution_rate=0.5,
        schedule_elapsed_rate=1.0,
        remaining_budget_thousand_twd=63_400,
        ends_this_year=True,
        verdict="not_met",
    )
    assert codes == [c for c in FLAG_CODES if c in codes]
    plan = {
        "execution_rate": 0.5,
        "appropriation_progress_rate": 0.5,
        "schedule_elapsed_rate": 1.0,
        "remaining_budget_thousand_twd": 63_400,
        "end_roc_year": 114,
        "n_not_met": 2,
        "is_deferred": False,
    }
    zh = {c: flag_message(c, plan, TH, "zh-TW") for c in codes}
    assert zh["execution_below_70"] == "執行率50.0%，未達70%"
    assert "6,340萬元" in zh["ends_with_unappropriated_budget"]
    assert "114年（2025年）" in zh["ends_with_unappropriated_budget"]
    assert "50.0個百分點" in zh["appropriation_behind_schedule"]
    assert flag_message("targets_not_met", plan, TH, "en") == "2 targets not met"
    assert flag_message("targets_not_met", {**plan, "n_not_met": 1}, TH, "en") == "1 target not met"
    with pytest.raises(KeyError):
        flag_message("no_such_flag", plan, TH, "zh-TW")


def test_flag_message_never_shows_a_rate_at_the_threshold_it_is_below():
    plan = {"execution_rate": 0.69996, "n_not_met": 0}
    assert flag_message("execution_below_70", plan, TH, "zh-TW") == "執行率69.996%，未達70%"
    assert (
        flag_message("execution_below_70", plan, TH, "en") == "execution rate 69.996% is below 70%"
    )
