"""An analyst's checks: targets set too low, unquantified targets, why a part is unclear,
executed equal to appropriated, a revised period stated in the text; and the flags they give
(warnings and notes apart, one fact one flag)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from govplans import assess_report, parse_report
from govplans.analyse.checks import (
    executed_equals_appropriated,
    find_revised_period,
    is_set_low,
    unclear_reason,
)
from govplans.analyse.measures import Thresholds
from govplans.analyse.targets import TextItem
from govplans.model.vocab import FLAG_CODES, FLAG_GROUPS, SEVERITY, flag_kind, flags_of
from govplans.testing.synthetic import SyntheticPlan, write_report

# ---------------------------------------------------------------- targets set too low


@pytest.mark.parametrize(
    ("target", "achieved", "comparison", "k", "expected"),
    [
        (40, 120, ">=", 3, True),  # exactly 3×: 40 * 3 in decimal terms
        (40, 119.99, ">=", 3, False),
        (0.1, 0.3, ">=", 3, True),  # 0.1 * 3 = 0.30000000000000004 in binary
        (500, 5994, ">=", 3, True),
        (500, 5994, ">=", 12, False),  # k is a parameter
        (3, 60, ">", 3, True),
        (10, 40, "<=", 3, False),  # a ceiling is never "set low" this way
        (0, 5, ">=", 3, False),  # no target value to multiply
        (10, None, ">=", 3, False),
        (None, 10, ">=", 3, False),
    ],
)
def test_a_part_achieved_k_times_its_target_is_set_low(target, achieved, comparison, k, expected):
    assert is_set_low(target, achieved, comparison, k) is expected


def test_low_target_multiple_is_a_threshold_of_at_least_one():
    assert Thresholds().low_target_multiple == 3.0
    assert Thresholds(low_target_multiple=1).low_target_multiple == 1
    for bad in (0.5, -1, math.inf, "3"):
        with pytest.raises(ValueError, match="low_target_multiple"):
            Thresholds(low_target_multiple=bad)


@pytest.mark.parametrize(
    ("status", "value", "reason"),
    [
        ("unclear", 4.0, "no_figure"),
        ("unclear", 1.0, "no_figure_or_statement"),
        ("unclear", None, "no_statement"),
        ("unclear", math.nan, "no_statement"),
        ("met", 4.0, None),
        ("not_met", None, None),
    ],
)
def test_an_unclear_part_says_what_was_not_found(status, value, reason):
    assert unclear_reason(status, value) == reason


@pytest.mark.parametrize(
    ("appropriated", "executed", "equal"),
    [
        (288_728, 288_728, True),
        (288_728.0, 288_727.6, True),  # float amounts (萬元 reports): equal to the thousand
        (288_728, 288_727, False),
        (0, 0, False),  # nothing appropriated: nothing to compare
        (math.nan, 5, False),
    ],
)
def test_executed_equal_to_the_appropriation_to_the_thousand(appropriated, executed, equal):
    assert executed_equals_appropriated(appropriated, executed) is equal


# ---------------------------------------------------------------- a revised period


def _items(*texts: tuple[str, str]) -> list[TextItem]:
    return [TextItem(section, n, text, None) for n, (section, text) in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("修正計畫期程至116年12月", "至116年12月"),
        (
            "本計畫經行政院113年9月核定修正計畫期程，由原112年1月至115年12月修正為112年1月至"
            "116年12月，空品監測資料開放平臺順延至114年辦理。",
            "112年1月至116年12月",
        ),
        ("將計畫執行期間修正為114年10月1日至115年12月31日，並同步檢討", "114年10月至115年12月"),
        ("計畫期程延長1年至116年12月", "至116年12月"),
        ("計畫期程修正為113年1月至116年12月", "113年1月至116年12月"),
        ("本計畫奉核定展延至117年", "至117年12月"),  # a year alone: its December
        ("期程調整至116年底", "至116年12月"),
        ("修正後之計畫期程為113年1月至116年6月", "113年1月至116年6月"),
    ],
)
def test_a_revised_period_is_found_in_the_text(text, period):
    found = find_revised_period(_items(("attainment", text)))
    assert found is not None and found.text == period
    assert found.section == "attainment" and found.item_no == 1
    assert found.evidence in text


@pytest.mark.parametrize(
    "text",
    [
        "配合修正計畫期程，平臺建置順延至114年辦理",  # a task moved, not the period
        "計畫期程為113年1月至115年12月",  # no revision
        "修正計畫書內容，延後至115年辦理",
        "計畫期程修正為116年1月至113年12月",  # ends before it starts: not a period
        "修正計畫期程至116年13月",
    ],
)
def test_other_words_are_not_a_revised_period(text):
    assert find_revised_period(_items(("attainment", text))) is None


def test_the_attainment_text_is_read_before_the_execution_text():
    found = find_revised_period(
        _items(("execution", "修正計畫期程至117年12月"), ("attainment", "修正計畫期程至116年6月"))
    )
    assert found is not None and (found.end_roc_year, found.end_month) == (116, 6)
    assert found.section == "attainment" and found.item_no == 2
    assert find_revised_period(_items(("targets", "修正計畫期程至116年12月"))) is None


def _assessed(tmp_path, **plan):
    path = write_report(tmp_path / "r.txt", [SyntheticPlan("甲計畫", **plan)])
    return assess_report(parse_report(path), annotations=None)


def test_the_schedule_runs_to_the_revised_end(tmp_path):
    """113年1月至114年12月 revised to 116年12月: 24 of 48 months elapsed at the end of 114,
    and the plan has not ended (no 'ends with unappropriated budget')."""
    a = _assessed(
        tmp_path,
        period="113年1月至114年12月",
        total=100_000,
        appropriated=50_000,
        executed=50_000,
        attainment=["完成辦理說明會2場次。", "因設備交貨延遲，修正計畫期程至116年12月。"],
    )
    plan = a.plans.iloc[0]
    assert plan["period_text"] == "113年1月至114年12月"
    assert plan["revised_period_text"] == "至116年12月"
    assert (plan["revised_end_roc_year"], plan["revised_end_month"]) == (116, 12)
    assert (plan["revised_period_section"], plan["revised_period_item"]) == ("attainment", 2)
    # the pace is on the printed period (24 of 24 months), the revised one beside it (24 of 48)
    assert plan["schedule_basis"] == "printed"
    assert plan["months_total"] == 24 and plan["months_elapsed"] == 24
    assert (plan["revised_months_total"], plan["revised_months_elapsed"]) == (48, 24)
    assert plan["revised_schedule_elapsed_rate"] == pytest.approx(0.5)
    assert "ends_with_unappropriated_budget" not in plan["flags"]  # it runs to the revised end
    unrevised = _assessed(tmp_path, period="113年1月至114年12月", appropriated=50_000)
    assert unrevised.plans.iloc[0]["schedule_elapsed_rate"] == 1.0
    assert unrevised.plans.iloc[0]["schedule_basis"] == "printed"
    assert "ends_with_unappropriated_budget" in unrevised.plans.iloc[0]["flags"]
    assert pd.isna(unrevised.plans.iloc[0]["revised_period_text"])


def test_114_10_states_its_revised_execution_period(seed_report):
    a = assess_report(seed_report)
    plan = a.plans.set_index("plan_id").loc["114-10"]
    assert plan["revised_period_text"] == "114年10月至115年12月"
    assert plan["revised_period_evidence"] == "計畫執行期間修正為114年10月1日至115年12月31日"
    # the money (24.4% of the total) was appropriated since the printed start 113年1月: the pace
    # is judged on the printed period, 24 of 36 months; the revised period's 3 of 15 months is
    # kept beside it, for information
    assert plan["schedule_basis"] == "printed"
    assert (plan["months_total"], plan["months_elapsed"]) == (36, 24)
    assert plan["schedule_elapsed_rate"] == pytest.approx(24 / 36)
    assert (plan["revised_months_total"], plan["revised_months_elapsed"]) == (15, 3)
    assert plan["revised_schedule_elapsed_rate"] == pytest.approx(3 / 15)
    assert "appropriation_behind_schedule" in plan["flags"]
    assert a.plans["revised_period_text"].notna().sum() == 1


# ---------------------------------------------------------------- flags: warnings and notes


def test_every_flag_is_a_warning_or_a_note_and_notes_weigh_nothing():
    assert set(FLAG_GROUPS) == set(FLAG_CODES) == set(SEVERITY)
    for code in FLAG_CODES:
        assert flag_kind(code) in ("warning", "note")
        assert (SEVERITY[code] > 0) is (flag_kind(code) == "warning")
    assert flag_kind("appropriation_behind_schedule") == "note"
    assert flag_kind("ends_with_unappropriated_budget") == "note"
    assert flags_of(list(FLAG_CODES), "warning") == list(FLAG_CODES[:5])
    assert flags_of(list(FLAG_CODES), groups=("pace",)) == [
        "appropriation_behind_schedule",
        "ends_with_unappropriated_budget",
    ]


def test_one_fact_one_flag_a_plan_that_ended_is_not_also_behind_schedule(flags_for):
    codes = flags_for(
        schedule_elapsed_rate=1.0,
        appropriation_progress_rate=0.59,
        remaining_budget_thousand_twd=634_313,
        ends_this_year=True,
    )
    assert codes == ["ends_with_unappropriated_budget"]
    running = flags_for(schedule_elapsed_rate=0.75, appropriation_progress_rate=0.4)
    assert running == ["appropriation_behind_schedule"]


def test_target_setting_notes(flags_for):
    assert "targets_set_low" in flags_for(n_targets_set_low=1)
    assert "targets_set_low" not in flags_for(n_targets_set_low=0)
    assert "targets_unquantified" in flags_for(n_targets=2, n_unquantified_targets=2)
    assert "targets_unquantified" not in flags_for(n_targets=2, n_unquantified_targets=1)
    assert "targets_unquantified" not in flags_for(n_targets=0, n_unquantified_targets=0)


def test_the_bundled_report_checks(seed_report):
    a = assess_report(seed_report)
    plans = a.plans.set_index("plan_id")
    assert plans["executed_equals_appropriated"].sum() == 12
    assert not plans.loc["114-03", "executed_equals_appropriated"]
    assert plans.loc["114-08", "set_low_targets"] == "1"
    assert plans.loc["114-08", "max_achieved_ratio"] == pytest.approx(5994 / 500)
    low = a.components[a.components["set_low"]]
    assert list(zip(low["plan_id"], low["target_index"], low["component_index"], strict=True)) == [
        ("114-04", 4, 2),
        ("114-08", 1, 1),
    ]
    assert list(a.targets.loc[a.targets["set_low"], "plan_id"]) == ["114-04", "114-08"]
    assert set(plans.index[plans["flags"].str.contains("targets_unquantified")]) == {
        "114-05",
        "114-12",
    }
    unclear = a.components[a.components["status"] == "unclear"]
    assert list(unclear["unclear_reason"]) == [
        "mentioned_no_outcome",  # 114-03 target 2: attainment item 2 names 預警 measures only
        "under_way",  # 114-03 target 3: a grant approved (核定) is not the facility built
        "cumulative_figure_only",  # 發布3則…新聞 vs 累計…共12期(合計60則)
        "no_figure_or_statement",
        "broader_count",  # 114-14 target 1: 招募或委託41名 for 招募38名
    ]
    assert a.components.loc[a.components["status"] != "unclear", "unclear_reason"].isna().all()
    whole = a.portfolio.set_index("scope").loc["all"]
    assert whole["n_executed_equals_appropriated"] == 12
    assert (whole["n_unquantified_targets"], whole["n_targets"]) == (11, 48)
    assert whole["unquantified_target_share"] == pytest.approx(11 / 48)
    assert whole["n_plans_unquantified_only"] == 2 and whole["n_targets_set_low"] == 2
    # warnings and notes counted apart: two plans warned, seven with a note on appropriation
    # pace (114-10 judged on its printed period: 24.4% appropriated, 66.7% elapsed)
    assert (whole["n_warning_plans"], whole["n_pace_note_plans"]) == (2, 7)
    assert list(a.plans.dropna(subset=["attention_rank"])["plan_id"]) == ["114-03", "114-10"]
    assert plans.loc["114-13", "flags"] == "ends_with_unappropriated_budget"


def test_the_multiple_is_a_parameter(seed_report):
    strict = assess_report(seed_report, Thresholds(low_target_multiple=15), annotations=None)
    assert list(strict.components.loc[strict.components["set_low"], "plan_id"]) == []
    usual = assess_report(seed_report, Thresholds(low_target_multiple=11), annotations=None)
    assert list(usual.components.loc[usual.components["set_low"], "plan_id"]) == ["114-08"]
    row = usual.flags[usual.flags["flag"] == "targets_set_low"].iloc[0]
    assert (row["value"], row["limit"]) == (pytest.approx(5994 / 500), 11.0)
