"""Display formatting: amounts in 億元/萬元/千元, rates, ROC years, quantities, citations."""

from __future__ import annotations

import math

import pytest

from govplans.present import fmt


@pytest.mark.parametrize(
    ("thousand", "zh", "en"),
    [
        (154_904.4, "1.55億元", "NT$154.9 million"),
        (1_549_044, "15.49億元", "NT$1.55 billion"),
        (100_000, "1億元", "NT$100 million"),
        (99_999, "10,000萬元", "NT$100 million"),
        (55_205, "5,521萬元", "NT$55.2 million"),  # 5,520.5 rounds half up
        (10_000, "1,000萬元", "NT$10 million"),
        (9_999, "999.9萬元", "NT$10 million"),  # 萬元, exact to the thousand
        (2_791, "279.1萬元", "NT$2.79 million"),
        (850, "85萬元", "NT$850 thousand"),  # no needless ".0"
        (0, "0萬元", "NT$0 thousand"),
        (-300, "-30萬元", "-NT$300 thousand"),
    ],
)
def test_format_amount_picks_the_unit_that_reads_best(thousand, zh, en):
    assert fmt.format_amount(thousand) == zh
    assert fmt.format_amount(thousand, "en") == en


def test_format_amount_forced_unit_and_exact_thousands():
    assert fmt.format_amount(2_791, unit="千元") == "2,791千元"
    assert fmt.format_amount(2_791, unit="萬元") == "279.1萬元"  # never rounded away
    assert fmt.format_amount(2_791_000, unit="千元") == "2,791,000千元"
    assert fmt.format_thousand(1_549_044) == "1,549,044千元"
    assert fmt.format_thousand(1_549_044, "en") == "NT$1,549,044 thousand"
    with pytest.raises(ValueError, match="unknown amount unit"):
        fmt.format_amount(1, unit="元")


@pytest.mark.parametrize("missing", [None, math.nan, float("nan")])
def test_missing_values_are_dashes_not_errors(missing):
    assert fmt.format_amount(missing) == "—"
    assert fmt.format_rate(missing) == "—"
    assert fmt.format_rate(missing, "en") == "n/a"
    assert fmt.format_quantity(missing, "場") == "—"


def test_rates_thresholds_and_points():
    assert fmt.format_rate(0.9523) == "95.2%"
    assert fmt.format_rate(150_823 / 203_856) == "74.0%"
    assert fmt.format_rate(0.00049) == "0.05%"  # something executed: not 0.0%
    assert fmt.format_rate(11.988) == "1,198.8%"
    assert fmt.format_threshold(0.9) == "90%"
    assert fmt.format_threshold(0.875) == "87.5%"
    assert fmt.format_points(-0.1234) == "12.3個百分點"
    assert fmt.format_points(0.1234, "en") == "12.3 percentage points"


def test_roc_year_carries_the_gregorian_year():
    assert fmt.roc_year(114) == "114年（2025年）"
    assert fmt.roc_year(114, "en") == "2025 (ROC 114)"
    assert fmt.roc_year(100) == "100年（2011年）"


def test_quantities_and_citations():
    assert fmt.format_quantity(5994.0, "人次") == "5,994人次"
    assert fmt.format_quantity(2.5, "場") == "2.5場"
    # English pages speak English in the tool's own columns (issue 11): 30 vehicles, not 30 輛;
    # a measure word with no English stays as printed
    assert fmt.format_quantity(30, "輛", "en") == "30 vehicles"
    assert fmt.format_quantity(1, "場次", "en") == "1 session"
    assert fmt.format_quantity(72, "%", "en") == "72%"
    assert fmt.format_quantity(3, "艇", "en") == "3 艇"
    assert fmt.format_lines("67,81,88") == "（來源：第67、81、88行）"
    assert fmt.format_lines([67, 81, 88], "en") == "(source: lines 67, 81, 88)"
    assert fmt.format_lines([5], "en") == "(source: line 5)"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language"):
        fmt.format_rate(0.5, "fr")


@pytest.mark.parametrize(
    ("ratio", "shown"),
    [
        (99_960 / 100_000, "99.96%"),  # not all executed: never 100.0%
        (999_996 / 1_000_000, "99.9996%"),
        (1.0, "100.0%"),
        (0.0, "0.0%"),
        (1.0004, "100.0%"),  # above 100 % may round to it: nothing is hidden
        (0.9994, "99.9%"),
    ],
)
def test_rate_rounding_does_not_make_a_partial_figure_look_whole(ratio, shown):
    assert fmt.format_rate(ratio) == shown
    assert fmt.format_rate(ratio, "en") == shown


@pytest.mark.parametrize(
    ("ratio", "bounds", "shown"),
    [
        (0.8999, (0.9, 0.8, 0.7), "89.99%"),  # never "90.0%" beside "below 90%"
        (0.79996, (0.9, 0.8, 0.7), "79.996%"),
        (0.9, (0.9,), "90.0%"),  # at the threshold: not below it, shown as is
        (0.8999, (), "90.0%"),  # no threshold given: ordinary rounding
        (0.7399, (0.9, 0.8, 0.7), "74.0%"),  # far from any threshold
    ],
)
def test_rate_is_never_rounded_across_a_threshold(ratio, bounds, shown):
    assert fmt.format_rate(ratio, bounds=bounds) == shown


def test_points_are_never_rounded_onto_a_margin_they_are_below():
    assert fmt.format_points(0.14996, bounds=(0.15,)) == "14.996個百分點"
    assert fmt.format_points(-0.14996, "en", bounds=(0.15,)) == "14.996 percentage points"
    assert fmt.format_points(0.15, bounds=(0.15,)) == "15.0個百分點"
    assert fmt.format_points(0.14996) == "15.0個百分點"


def test_periods_read_in_the_report_s_years_or_in_gregorian_months():
    from govplans.present.fmt import format_margin, format_multiple, format_period

    assert format_period(113, 1, 115, 12) == "113年1月至115年12月"
    assert format_period(113, 1, 115, 12, "en") == "2024-01 to 2026-12"
    assert format_period(None, None, 116, 12) == "至116年12月"
    assert format_period(None, None, 116, 12, "en") == "to 2027-12"
    assert format_multiple(11.988) == "12.0倍" and format_multiple(3.2, "en") == "3.2×"
    assert format_margin(0.15) == "15個百分點" and format_margin(0.125, "en").startswith("12.5")


def test_a_figure_is_shown_as_printed_never_rounded_away():
    """0.055ppm stays 0.055ppm (analyst read 3, FIX-5); 6成 stays 6成 in zh (FIX-4)."""
    assert fmt.format_quantity(0.055, "ppm") == "0.055ppm"
    assert fmt.format_number(0.052) == "0.052"
    assert fmt.format_number(2.5) == "2.5"
    assert fmt.format_quantity(60, "成") == "6成"
    assert fmt.format_quantity(60, "成", "en") == "60%"
