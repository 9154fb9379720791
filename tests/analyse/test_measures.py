"""Budget measures and flags: ratios, schedule, and every flag at and around its threshold.

(The flags in words are tested in ``tests/present/test_flags.py``.)"""

from __future__ import annotations

import math

import pytest

from govplans.analyse.measures import (
    Thresholds,
    execution_flag,
    ratio,
    schedule_elapsed,
    schedule_position,
)

TH = Thresholds()
EPS = 1e-9


def test_ratio_guards_division_by_zero():
    assert ratio(5, 10) == 0.5
    assert math.isnan(ratio(5, 0))
    assert math.isnan(ratio(5, None))


@pytest.mark.parametrize(
    ("period", "fiscal_year", "expected"),
    [
        ((113, 1, 115, 12), 114, 24 / 36),
        ((114, 1, 117, 12), 114, 12 / 48),
        ((114, 1, 114, 12), 114, 1.0),
        ((110, 1, 114, 12), 114, 1.0),
        ((112, 7, 113, 6), 114, 1.0),  # ended before the fiscal year: clipped to 1
        ((115, 1, 116, 12), 114, 0.0),  # starts after it: clipped to 0
        ((114, 7, 115, 6), 114, 6 / 12),
    ],
)
def test_schedule_elapsed_is_the_share_of_months_to_december(period, fiscal_year, expected):
    assert schedule_elapsed(*period, fiscal_year) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (1.0, None),
        (0.90, None),  # at the threshold: not below it
        (0.90 - EPS, "execution_below_90"),
        (0.80, "execution_below_90"),
        (0.80 - EPS, "execution_below_80"),
        (0.70, "execution_below_80"),
        (0.70 - EPS, "execution_below_70"),
        (0.0, "execution_below_70"),
        (math.nan, None),
    ],
)
def test_execution_flags_strictest_only(rate, expected, flags_for):
    assert execution_flag(rate, TH) == expected
    codes = flags_for(execution_rate=rate)
    assert [c for c in codes if c.startswith("execution_")] == ([expected] if expected else [])


def test_thresholds_are_parameters_and_codes_keep_their_names():
    th = Thresholds(execution_warn=0.95, execution_low=0.85, execution_critical=0.6)
    assert execution_flag(0.94, th) == "execution_below_90"
    assert execution_flag(0.84, th) == "execution_below_80"
    assert execution_flag(0.65, th) == "execution_below_80"
    assert execution_flag(0.59, th) == "execution_below_70"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"execution_warn": 1.2},
        {"appropriation_margin": -0.1},
        {"execution_low": 0.95},  # above warn
        {"execution_critical": 0.85},  # above low
        {"exceed_margin": "0.1"},
    ],
)
def test_bad_thresholds_are_refused(kwargs):
    with pytest.raises(ValueError):
        Thresholds(**kwargs)


@pytest.mark.parametrize(
    ("gap", "flagged"), [(0.15, False), (0.15 + 1e-6, True), (0.10, False), (0.40, True)]
)
def test_appropriation_behind_schedule_at_and_around_the_margin(gap, flagged, flags_for):
    codes = flags_for(schedule_elapsed_rate=0.75, appropriation_progress_rate=0.75 - gap)
    assert ("appropriation_behind_schedule" in codes) is flagged


def test_appropriation_margin_is_a_parameter(flags_for):
    th = Thresholds(appropriation_margin=0.3)
    assert "appropriation_behind_schedule" not in flags_for(
        schedule_elapsed_rate=0.75, appropriation_progress_rate=0.5, th=th
    )


@pytest.mark.parametrize(
    ("ends", "remaining", "flagged"),
    [(True, 1, True), (True, 0, False), (False, 100, False)],
)
def test_ends_with_unappropriated_budget(ends, remaining, flagged, flags_for):
    codes = flags_for(ends_this_year=ends, remaining_budget_thousand_twd=remaining)
    assert ("ends_with_unappropriated_budget" in codes) is flagged


@pytest.mark.parametrize(
    ("rate", "all_met", "n_targets", "flagged"),
    [
        (0.80 - EPS, True, 3, True),
        (0.80, True, 3, False),  # at the low threshold: not below it
        (0.5, False, 3, False),
        (0.5, True, 0, False),  # no targets: nothing to be consistent with
    ],
)
def test_targets_met_despite_low_execution(rate, all_met, n_targets, flagged, flags_for):
    codes = flags_for(execution_rate=rate, all_targets_met=all_met, n_targets=n_targets)
    assert ("targets_met_despite_low_execution" in codes) is flagged


def test_targets_not_met_follows_the_verdict(flags_for):
    assert "targets_not_met" in flags_for(verdict="not_met")
    assert "targets_not_met" not in flags_for(verdict="unclear")


@pytest.mark.parametrize(
    ("elapsed", "progress", "position"),
    [
        (0.5, 0.35, "slightly_behind"),  # 15.000…02 points in binary: on the margin, no flag
        (0.5, 0.3499, "behind"),
        (0.5, 0.65, "slightly_ahead"),
        (0.5, 0.6501, "ahead"),
        (0.5, 0.49, "in_step"),
    ],
)
def test_schedule_position_at_the_margin(elapsed, progress, position):
    assert schedule_position(elapsed, progress, Thresholds()) == position
