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
from dataclasses import asdict, dataclass

from govplans import fmt

#: Flag codes, in order of display. The numbers in the execution codes are names: they stay the
#: same when the thresholds change.
FLAG_CODES = (
    "execution_below_70",
    "execution_below_80",
    "execution_below_90",
    "targets_not_met",
    "targets_met_despite_low_execution",
    "appropriation_behind_schedule",
    "ends_with_unappropriated_budget",
)

#: How much a flag weighs when ranking the plans that need attention first.
SEVERITY = {
    "execution_below_70": 3,
    "execution_below_80": 2,
    "execution_below_90": 1,
    "targets_not_met": 3,
    "targets_met_despite_low_execution": 2,
    "appropriation_behind_schedule": 1,
    "ends_with_unappropriated_budget": 1,
}

FLAG_LABELS = {
    "execution_below_70": ("執行率未達嚴重門檻", "Execution below the critical threshold"),
    "execution_below_80": ("執行率未達偏低門檻", "Execution below the low threshold"),
    "execution_below_90": ("執行率未達警示門檻", "Execution below the warning threshold"),
    "targets_not_met": ("績效目標未達成", "Targets not met"),
    "targets_met_despite_low_execution": (
        "預算執行未達預期，惟績效目標悉數達成",
        "Targets all met despite low execution",
    ),
    "appropriation_behind_schedule": ("預算編列落後期程", "Appropriation behind schedule"),
    "ends_with_unappropriated_budget": (
        "計畫結束仍有核定經費未編列",
        "Ends with approved budget never appropriated",
    ),
}


@dataclass(frozen=True)
class Thresholds:
    """The thresholds of the flags, as ratios (0-1).

    ``execution_warn`` / ``execution_low`` / ``execution_critical``: execution rate below these
    gives ``execution_below_90`` / ``_80`` / ``_70`` (the strictest that applies);
    ``appropriation_margin``: appropriation progress this far below schedule elapsed gives
    ``appropriation_behind_schedule``; ``exceed_margin``: achieved at least this much above a
    target value is ``exceeded`` rather than ``met``.
    """

    execution_warn: float = 0.90
    execution_low: float = 0.80
    execution_critical: float = 0.70
    appropriation_margin: float = 0.15
    exceed_margin: float = 0.10

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"threshold {name} must be a ratio between 0 and 1, got {value!r}")
        if not self.execution_critical <= self.execution_low <= self.execution_warn:
            raise ValueError(
                "thresholds must satisfy execution_critical <= execution_low <= execution_warn, "
                f"got {self.execution_critical}, {self.execution_low}, {self.execution_warn}"
            )


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, NaN when the denominator is zero or missing."""
    if denominator is None or fmt.is_missing(denominator) or denominator == 0:
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


def execution_flag(rate: float, th: Thresholds) -> str | None:
    """The strictest execution flag that applies, or None (also for a missing rate)."""
    if fmt.is_missing(rate):
        return None
    if rate < th.execution_critical:
        return "execution_below_70"
    if rate < th.execution_low:
        return "execution_below_80"
    if rate < th.execution_warn:
        return "execution_below_90"
    return None


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
) -> list[str]:
    """The flag codes of one plan, in :data:`FLAG_CODES` order."""
    flags: set[str] = set()
    execution = execution_flag(execution_rate, th)
    if execution:
        flags.add(execution)
    if verdict == "not_met":
        flags.add("targets_not_met")
    if (
        not fmt.is_missing(execution_rate)
        and execution_rate < th.execution_low
        and n_targets > 0
        and all_targets_met
    ):
        flags.add("targets_met_despite_low_execution")
    gap = schedule_elapsed_rate - appropriation_progress_rate
    if not fmt.is_missing(gap) and gap > th.appropriation_margin + 1e-12:
        flags.add("appropriation_behind_schedule")
    if ends_this_year and remaining_budget_thousand_twd > 0:
        flags.add("ends_with_unappropriated_budget")
    return [code for code in FLAG_CODES if code in flags]


def rate_bounds(th: Thresholds) -> tuple[float, float, float]:
    """The execution-rate thresholds, for :func:`fmt.format_rate` never to round across one."""
    return (th.execution_warn, th.execution_low, th.execution_critical)


def flag_message(code: str, plan: dict, th: Thresholds, lang: str) -> str:
    """One sentence saying why a plan has a flag, with its figures (formatted by ``fmt``)."""
    fmt.check_lang(lang)
    zh = lang == fmt.ZH
    rate = fmt.format_rate(plan["execution_rate"], lang, bounds=rate_bounds(th))
    limits = {
        "execution_below_90": th.execution_warn,
        "execution_below_80": th.execution_low,
        "execution_below_70": th.execution_critical,
    }
    if code in limits:
        limit = fmt.format_threshold(limits[code], lang)
        return f"執行率{rate}，未達{limit}" if zh else f"execution rate {rate} is below {limit}"
    if code == "targets_not_met":
        n = fmt.format_number(plan["n_not_met"], lang)
        targets = "target" if plan["n_not_met"] == 1 else "targets"
        if plan.get("is_deferred"):
            return (
                f"機關說明工作暫緩或期程修正，{n}項目標未達成"
                if zh
                else f"the agency reports the work deferred or re-scheduled; {n} {targets} not met"
            )
        return f"{n}項績效目標未達成" if zh else f"{n} {targets} not met"
    if code == "targets_met_despite_low_execution":
        limit = fmt.format_threshold(th.execution_low, lang)
        return (
            f"預算執行未達{limit}，惟績效目標悉數達成（預算中心一致性檢核：目標可能訂得偏低）"
            if zh
            else f"every target is reported met although execution is below {limit} "
            "(the Budget Center's consistency check: targets may be set too low)"
        )
    if code == "appropriation_behind_schedule":
        progress = fmt.format_rate(plan["appropriation_progress_rate"], lang)
        elapsed = fmt.format_rate(plan["schedule_elapsed_rate"], lang)
        gap = fmt.format_points(
            plan["schedule_elapsed_rate"] - plan["appropriation_progress_rate"], lang
        )
        return (
            f"已編列預算僅占核定總經費{progress}，期程已過{elapsed}，落後{gap}"
            if zh
            else f"appropriated only {progress} of the approved total with {elapsed} of the "
            f"period elapsed ({gap} behind)"
        )
    if code == "ends_with_unappropriated_budget":
        remaining = fmt.format_amount(plan["remaining_budget_thousand_twd"], lang)
        year = fmt.roc_year(plan["end_roc_year"], lang)
        return (
            f"計畫於{year}結束，核定總經費仍有{remaining}未編列"
            if zh
            else f"the plan ends in {year} with {remaining} of the approved total never "
            "appropriated"
        )
    raise KeyError(f"unknown flag code {code!r}; known: {', '.join(FLAG_CODES)}")
