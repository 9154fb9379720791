"""Flags in words: one sentence per flag, with its figures (moved from ``test_measures``)."""

from __future__ import annotations

from pathlib import Path

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
    assert zh["execution_below_70"] == "累計執行率50.0%，未達70%"
    assert "6,340萬元" in zh["ends_with_unappropriated_budget"]
    assert "114年（2025年）" in zh["ends_with_unappropriated_budget"]
    assert "appropriation_behind_schedule" not in zh  # one fact, one flag: the plan has ended
    assert "50.0個百分點" in flag_message("appropriation_behind_schedule", plan, TH, "zh-TW")
    assert flag_message("targets_not_met", plan, TH, "en") == "2 targets not met"
    assert flag_message("targets_not_met", {**plan, "n_not_met": 1}, TH, "en") == "1 target not met"
    with pytest.raises(KeyError):
        flag_message("no_such_flag", plan, TH, "zh-TW")


def test_flag_message_never_shows_a_rate_at_the_threshold_it_is_below():
    plan = {"execution_rate": 0.69996, "n_not_met": 0}
    assert flag_message("execution_below_70", plan, TH, "zh-TW") == "累計執行率69.996%，未達70%"
    assert (
        flag_message("execution_below_70", plan, TH, "en")
        == "cumulative execution rate 69.996% is below 70%"
    )


def test_target_setting_notes_name_the_targets_and_the_multiple():
    plan = {"set_low_targets": "1,4", "max_achieved_ratio": 11.988, "n_unquantified_targets": 2}
    assert flag_message("targets_set_low", plan, TH, "zh-TW") == (
        "目標1、4的達成值達目標值3倍以上（最高12.0倍），目標值可能訂得偏低"
    )
    assert flag_message("targets_set_low", plan, TH, "en").startswith(
        "targets 1 and 4 achieved at least 3× the target value (up to 12.0×)"
    )
    k = Thresholds(low_target_multiple=2.5)
    assert "2.5倍以上" in flag_message("targets_set_low", plan, k, "zh-TW")
    assert flag_message("targets_unquantified", plan, TH, "zh-TW") == (
        "2項績效目標均無量化指標，判定僅依機關文字說明"
    )
    one = {**plan, "n_unquantified_targets": 1}
    assert "the only target has no number" in flag_message("targets_unquantified", one, TH, "en")


def test_money_left_at_a_plans_end_is_not_appropriated_never_never_appropriated():
    """「核定總經費仍有…未編列」 says the money was not appropriated by the plan's end, nothing of
    later years: the English says "not appropriated", never "never appropriated" (the
    analyst's N6), in the flag's sentence, its label, its rule and the overview's note."""
    from govplans.present import words

    plan = {
        "remaining_budget_thousand_twd": 634_313,
        "end_roc_year": 114,
        "plan_id": "114-13",
    }
    en = flag_message("ends_with_unappropriated_budget", plan, TH, "en")
    assert en.endswith("of the approved total not appropriated")
    texts = [en, *(str(v) for v in vars(words).values() if isinstance(v, (dict, tuple)))]
    assert not [t for t in texts if "never appropriated" in t]
    # nor any sentence the pages build (the overview's note on the pace of appropriation)
    pages = Path(words.__file__).parent
    assert not [p.name for p in pages.glob("*.py") if "never appropriated" in p.read_text("utf-8")]
