"""Budget measures and flags per plan, thresholds as parameters.

* execution rate = 累計執行數 / 截至本年度已編列預算數 (executed / appropriated). This is not the
  Legislative Yuan Budget Center's ratio ((實現數 + 應付數) / 預算數, 保留數 excluded): the table
  gives only the cumulative executed amount.
* appropriation progress = 已編列預算數 / 核定總經費 (appropriated / total approved).
* schedule elapsed = share of the plan's months elapsed at the end of the fiscal year (December),
  clipped to 0..1.

Every division is guarded: a zero denominator gives NaN (shown as "—"), never an error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from govplans.model.values import is_missing
from govplans.model.vocab import EXECUTION_BANDS, FLAG_CODES, SEVERITY

__all__ = [
    "FLAG_CODES",
    "SEVERITY",
    "Thresholds",
    "appropriation_gap",
    "execution_band",
    "execution_flag",
    "plan_flags",
    "rate_bounds",
    "schedule_position",
]

#: A gap this close to the margin counts as on it (binary floats: 0.5 - 0.35 > 0.15).
_EPSILON = 1e-12
#: A schedule gap under this many points reads "roughly in step" (no visible difference).
IN_STEP = 0.02
#: The :class:`Thresholds` fields that are multiples (at least 1), not ratios.
MULTIPLES = ("low_target_multiple",)


@dataclass(frozen=True)
class Thresholds:
    """The thresholds of the flags, as ratios (0-1).

    ``execution_warn`` / ``execution_low`` / ``execution_critical``: execution rate below these
    gives ``execution_below_90`` / ``_80`` / ``_70`` (the strictest that applies);
    ``appropriation_margin``: appropriation progress this far below schedule elapsed gives
    ``appropriation_behind_schedule``; ``exceed_margin``: achieved at least this much above a
    target value is ``exceeded`` rather than ``met``; ``low_target_multiple`` (a multiple, not a
    ratio): a part achieved at least this many times its target value gives
    ``targets_set_low`` (the target may have been set too low).
    """

    execution_warn: float = 0.90
    execution_low: float = 0.80
    execution_critical: float = 0.70
    appropriation_margin: float = 0.15
    exceed_margin: float = 0.10
    low_target_multiple: float = 3.0

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if name in MULTIPLES:
                if not isinstance(value, int | float) or not 1 <= value < math.inf:
                    raise ValueError(
                        f"threshold {name} must be a multiple of at least 1, got {value!r}"
                    )
            elif not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"threshold {name} must be a ratio between 0 and 1, got {value!r}")
        if not self.execution_critical <= self.execution_low <= self.execution_warn:
            raise ValueError(
                "thresholds must satisfy execution_critical <= execution_low <= execution_warn, "
                f"got {self.execution_critical}, {self.execution_low}, {self.execution_warn}"
            )


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when the denominator is zero or missing."""
    if denominator is None or is_missing(denominator) or denominator == 0:
        return math.nan
    return float(numerator) / float(denominator)


def plan_months(start_year: int, start_month: int, end_year: int, end_month: int) -> int:
    """Number of months of a plan period, both ends included."""
    return (end_year * 12 + end_month) - (start_year * 12 + start_month) + 1


def months_elapsed(start_year: int, start_month: int, fiscal_year: int) -> int:
    """Months from the plan's start to December of the fiscal year, both included (may be <0)."""
    return (fiscal_year * 12 + 12) - (start_year * 12 + start_month) + 1


def schedule_elapsed(
    start_year: int, start_month: int, end_year: int, end_month: int, fiscal_year: int
) -> float:
    """Share of the plan's months elapsed at the end of the fiscal year, clipped to 0..1."""
    total = plan_months(start_year, start_month, end_year, end_month)
    if total <= 0:
        return math.nan
    share = months_elapsed(start_year, start_month, fiscal_year) / total
    return min(1.0, max(0.0, share))


#: What the schedule measures were computed on: the printed period (the span the money was
#: appropriated over: the pace note is judged on it even where the report states a revised
#: period), the revised period the report states where the printed one could not be read (its
#: start where stated, else the printed start, to its end), or nothing (neither gives a start
#: and an end).
SCHEDULE_BASES = ("printed", "revised", "unknown")


@dataclass(frozen=True)
class Schedule:
    """The schedule of one plan at the end of the fiscal year, and the period it is on."""

    basis: str
    start: tuple[int, int] | None
    end: tuple[int, int] | None
    months_total: int | None
    months_elapsed: int | None
    elapsed_rate: float
    #: The same on the printed period (the period the money was budgeted on); equal to the
    #: above on a printed basis, empty (None, NaN) where the printed period could not be read.
    printed_months_total: int | None = None
    printed_months_elapsed: int | None = None
    printed_elapsed_rate: float = math.nan
    #: The same on the revised period the report states (information shown beside the printed
    #: share, never used to judge the pace note on a printed basis); empty (None, NaN) where
    #: the report states none.
    revised_months_total: int | None = None
    revised_months_elapsed: int | None = None
    revised_elapsed_rate: float = math.nan


def plan_schedule(
    printed_start: tuple[int, int] | None,
    printed_end: tuple[int, int] | None,
    fiscal_year: int,
    revised_start: tuple[int, int] | None = None,
    revised_end: tuple[int, int] | None = None,
) -> Schedule:
    """Months of the period, months elapsed at the fiscal year's end and their share.

    The pace rule is decided here: the schedule measures (and so the pace note, which compares
    them with appropriation progress, money appropriated since the printed start) are on the
    printed period wherever it can be read, even where the report states a revised period;
    the revised period's figures are kept beside them (``revised_*``) as information. The
    revised period is the basis only where the printed one could not be read; ``unknown``
    (None, NaN) where neither gives a start and an end. The printed period's figures are kept
    as well (``printed_*``), whichever the basis."""
    printed: tuple[int | None, int | None, float] = (None, None, math.nan)
    if printed_start is not None and printed_end is not None:
        printed = _elapsed(printed_start, printed_end, fiscal_year)
    revised: tuple[int | None, int | None, float] = (None, None, math.nan)
    start = revised_start or printed_start
    if revised_end is not None and start is not None:
        revised = _elapsed(start, revised_end, fiscal_year)
    if printed_start is not None and printed_end is not None:
        return Schedule("printed", printed_start, printed_end, *printed, *printed, *revised)
    if revised_end is not None and start is not None:
        return Schedule("revised", start, revised_end, *revised, *printed, *revised)
    return Schedule("unknown", None, None, None, None, math.nan, *printed, *revised)


def _elapsed(
    start: tuple[int, int], end: tuple[int, int], fiscal_year: int
) -> tuple[int, int, float]:
    """Months of a period, months elapsed at the fiscal year's end (clipped) and their share."""
    total = plan_months(*start, *end)
    elapsed = months_elapsed(*start, fiscal_year)
    return total, max(0, min(elapsed, total)), schedule_elapsed(*start, *end, fiscal_year)


def execution_band(rate: float, th: Thresholds) -> str:
    """The execution band of a rate: ``ok``, ``warn``, ``low`` or ``critical`` (the strictest
    threshold it is below; a missing rate is ``ok``: nothing to flag). Charts colour by this."""
    if is_missing(rate) or rate >= th.execution_warn:
        return "ok"
    if rate >= th.execution_low:
        return "warn"
    if rate >= th.execution_critical:
        return "low"
    return "critical"


def execution_flag(rate: float, th: Thresholds) -> str | None:
    """The strictest execution flag that applies, or None (also for a missing rate)."""
    return EXECUTION_BANDS[execution_band(rate, th)]


def appropriation_gap(schedule_elapsed_rate: float, appropriation_progress_rate: float) -> float:
    """Schedule elapsed minus appropriation progress: positive when the money lags the period."""
    return schedule_elapsed_rate - appropriation_progress_rate


def schedule_position(
    schedule_elapsed_rate: float, appropriation_progress_rate: float, th: Thresholds
) -> str:
    """Where appropriation stands against the period elapsed, decided once for flags, charts and
    sentences: ``behind`` / ``ahead`` (beyond the margin), ``slightly_behind`` /
    ``slightly_ahead`` (a visible gap within it), ``in_step`` (under :data:`IN_STEP`), or
    ``unknown``."""
    gap = appropriation_gap(schedule_elapsed_rate, appropriation_progress_rate)
    if is_missing(gap):
        return "unknown"
    if gap > th.appropriation_margin + _EPSILON:
        return "behind"
    if gap < -th.appropriation_margin - _EPSILON:
        return "ahead"
    if abs(gap) < IN_STEP:
        return "in_step"
    return "slightly_behind" if gap > 0 else "slightly_ahead"


def plan_flags(
    *,
    execution_rate: float,
    appropriation_progress_rate: float,
    schedule_elapsed_rate: float,
    remaining_budget_thousand_twd: float,
    ends_this_year: bool,
    n_targets: int,
    all_targets_met: bool,
    verdict: str,
    th: Thresholds,
    n_unquantified_targets: int = 0,
    n_targets_set_low: int = 0,
) -> list[str]:
    """The flag codes of one plan, in :data:`FLAG_CODES` order.

    One fact, one flag: a plan that has ended with approved budget not appropriated is not
    also said to be appropriated behind its schedule (at its end the two are the same money).
    ``targets_set_low``: some part achieved at least ``th.low_target_multiple`` times its
    target; ``targets_unquantified``: no target of the plan has a number to check.
    """
    flags: set[str] = set()
    execution = execution_flag(execution_rate, th)
    if execution:
        flags.add(execution)
    if verdict == "not_met":
        flags.add("targets_not_met")
    if (
        not is_missing(execution_rate)
        and execution_rate < th.execution_low
        and n_targets > 0
        and all_targets_met
    ):
        flags.add("targets_met_despite_low_execution")
    if schedule_position(schedule_elapsed_rate, appropriation_progress_rate, th) == "behind":
        flags.add("appropriation_behind_schedule")
    if ends_this_year and remaining_budget_thousand_twd > 0:
        flags.add("ends_with_unappropriated_budget")
        flags.discard("appropriation_behind_schedule")
    if n_targets_set_low > 0:
        flags.add("targets_set_low")
    if n_targets > 0 and n_unquantified_targets == n_targets:
        flags.add("targets_unquantified")
    return [code for code in FLAG_CODES if code in flags]


def rate_bounds(th: Thresholds) -> tuple[float, float, float]:
    """The execution-rate thresholds, which a displayed rate must never be rounded across."""
    return (th.execution_warn, th.execution_low, th.execution_critical)


#: The threshold each execution flag is about.
_EXECUTION_LIMITS = {
    "execution_below_90": "execution_warn",
    "execution_below_80": "execution_low",
    "execution_below_70": "execution_critical",
}


def execution_limit(code: str, th: Thresholds) -> float:
    """The threshold an execution flag code is about (``execution_below_80``: ``execution_low``)."""
    return float(getattr(th, _EXECUTION_LIMITS[code]))


def flag_figures(code: str, plan: Mapping[str, Any], th: Thresholds) -> tuple[float, float | None]:
    """The figure behind a flag and the limit it crossed (``limit`` None where there is none):
    an execution rate and its threshold, the schedule gap and the margin, the amount never
    appropriated, the number of targets not met, the highest achieved ÷ target of a part and
    the multiple it reached, the number of targets without a number."""
    if code in _EXECUTION_LIMITS:
        return float(plan["execution_rate"]), execution_limit(code, th)
    if code == "targets_met_despite_low_execution":
        return float(plan["execution_rate"]), th.execution_low
    if code == "appropriation_behind_schedule":
        gap = appropriation_gap(plan["schedule_elapsed_rate"], plan["appropriation_progress_rate"])
        return float(gap), th.appropriation_margin
    if code == "ends_with_unappropriated_budget":
        return float(plan["remaining_budget_thousand_twd"]), None
    if code == "targets_not_met":
        return float(plan["n_not_met"]), None
    if code == "targets_set_low":
        return float(plan["max_achieved_ratio"]), th.low_target_multiple
    if code == "targets_unquantified":
        return float(plan["n_unquantified_targets"]), None
    raise KeyError(f"unknown flag code {code!r}; known: {', '.join(FLAG_CODES)}")
