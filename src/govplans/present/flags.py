"""Flags in words: why a plan is flagged, one sentence per flag with its figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from govplans.analyse.checks import period_end
from govplans.analyse.measures import Thresholds, flag_figures, rate_bounds
from govplans.model import schema
from govplans.model.provenance import parse_ids
from govplans.model.vocab import FLAG_CODES, flags_of, split_flags
from govplans.present import fmt
from govplans.present.words import CONSISTENCY_CHECK, FINDING_LABELS, FINDING_TEXT, pick

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment
    from govplans.model.report import Report

_EXECUTION_FLAGS = ("execution_below_90", "execution_below_80", "execution_below_70")


def flag_message(code: str, plan: Mapping[str, Any], th: Thresholds, lang: str) -> str:
    """One sentence saying why a plan has a flag, with its figures (formatted by ``fmt``)."""
    fmt.check_lang(lang)
    zh = lang == fmt.ZH
    if code in _EXECUTION_FLAGS:
        rate = fmt.format_rate(plan["execution_rate"], lang, bounds=rate_bounds(th))
        limit = fmt.format_threshold(float(flag_figures(code, plan, th)[1] or 0), lang)
        return (
            f"累計執行率{rate}，未達{limit}"
            if zh
            else f"cumulative execution rate {rate} is below {limit}"
        )
    if code == "targets_not_met":
        n = fmt.format_number(plan["n_not_met"], lang)
        targets = "target" if plan["n_not_met"] == 1 else "targets"
        # No reason of our own: the agency's words are quoted from the items (the narrative's
        # explanation), never a generic 「工作暫緩或期程修正」 the text may not say.
        return f"{n}項績效目標未達成" if zh else f"{n} {targets} not met"
    if code == "targets_met_despite_low_execution":  # the rate is the execution flag's fact
        # the tool's check, named as the tool's (the Budget Center only for its practice)
        check = pick(CONSISTENCY_CHECK, lang)
        return (
            f"{check}：績效目標悉數達成，與累計執行率偏低不一致（目標可能訂得偏低）"
            if zh
            else f"{check}: every target is reported met although the cumulative execution "
            "rate is low (targets may be set too low)"
        )
    if code == "appropriation_behind_schedule":  # a note on pace, worded without blame
        progress = fmt.format_rate(plan["appropriation_progress_rate"], lang)
        elapsed = fmt.format_rate(plan["schedule_elapsed_rate"], lang)
        gap = fmt.format_points(
            plan["schedule_elapsed_rate"] - plan["appropriation_progress_rate"], lang
        )
        first = _first_year(plan)
        return (
            f"預算編列進度{progress}，低於期程經過比率{elapsed}達{gap}"
            + ("（計畫第1年）" if first else "")
            if zh
            else f"appropriation progress {progress} is {gap} below the {elapsed} of the "
            "period elapsed" + (" (the plan's first year)" if first else "")
        )
    if code == "ends_with_unappropriated_budget":
        remaining = fmt.amount_text(plan["remaining_budget_thousand_twd"], lang)
        end_year, revised = period_end(plan)
        if end_year is None:  # the flag needs an end: raised only for a plan that has one
            raise ValueError(f"plan {plan['plan_id']} has no known end for {code}")
        year = fmt.roc_year(end_year, lang)
        when_zh = f"依修正後期程於{year}結束" if revised else f"於{year}結束"
        when_en = f"ends in {year} (revised period)" if revised else f"ends in {year}"
        return (
            f"計畫{when_zh}，核定總經費仍有{remaining}未編列"
            if zh
            else f"the plan {when_en} with {remaining} of the approved total not appropriated"
        )
    if code == "targets_set_low":
        return _set_low_message(plan, th, lang)
    if code == "targets_unquantified":
        count = int(plan["n_unquantified_targets"])
        if zh:
            return (
                f"{fmt.format_number(count, lang)}項績效目標均無量化指標，判定僅依機關文字說明"
                if count > 1
                else "唯一的績效目標無量化指標，判定僅依機關文字說明"
            )
        return (
            f"none of the {fmt.format_number(count, lang)} targets has a number: the verdict rests "
            "on the agency's words alone"
            if count > 1
            else "the only target has no number: the verdict rests on the agency's words alone"
        )
    raise KeyError(f"unknown flag code {code!r}; known: {', '.join(FLAG_CODES)}")


def _set_low_message(plan: Mapping[str, Any], th: Thresholds, lang: str) -> str:
    """Which targets had a part achieved at least k times its value, and the highest multiple."""
    indexes = [str(n) for n in parse_ids(plan["set_low_targets"])]
    k = fmt.format_multiple_threshold(th.low_target_multiple, lang)
    top = fmt.format_multiple(plan["max_achieved_ratio"], lang)
    if lang == fmt.ZH:
        return f"目標{'、'.join(indexes)}的達成值達目標值{k}以上（最高{top}），目標值可能訂得偏低"
    noun = "target" if len(indexes) == 1 else "targets"
    which = indexes[0] if len(indexes) == 1 else ", ".join(indexes[:-1]) + " and " + indexes[-1]
    return (
        f"{noun} {which} achieved at least {k} the target value (up to {top}): the target may "
        "have been set too low"
    )


def _first_year(plan: Mapping[str, Any]) -> bool:
    """Whether the fiscal year is the plan's first (at most 12 months of it elapsed)."""
    months = plan.get("months_elapsed")
    return not fmt.is_missing(months) and 0 < int(months) <= 12  # type: ignore[arg-type]


def plan_flag_messages(
    a: Assessment, plan_id: str, lang: str = fmt.ZH, kind: str | None = None
) -> list[str]:
    """The sentences of one plan's flags (only warnings or only notes with ``kind``), in flag
    order."""
    plan = a.plan_record(plan_id)
    codes = flags_of(split_flags(plan["flags"]), kind)
    return [flag_message(code, plan, a.thresholds, lang) for code in codes]


def flag_messages(a: Assessment, lang: str = fmt.ZH) -> pd.DataFrame:
    """The ``flag_messages`` table: every flag of :attr:`Assessment.flags` in words."""
    fmt.check_lang(lang)
    rows = [
        {
            "plan_id": plan_id,
            "flag": code,
            "message": flag_message(code, a.plan_record(plan_id), a.thresholds, lang),
        }
        for plan_id, code in zip(a.flags["plan_id"], a.flags["flag"], strict=True)
    ]
    return schema.make_frame("flag_messages", rows)


def flags_with_messages(a: Assessment, lang: str = fmt.ZH) -> pd.DataFrame:
    """The flags (codes, severity, figures) with their sentences, for pages and exports."""
    messages = flag_messages(a, lang)
    return a.flags.assign(message=messages["message"].to_numpy())


# ---------------------------------------------------------------- data-quality findings


def finding_message(code: str, plan: Mapping[str, Any], fiscal_year: int, lang: str) -> str:
    """A data-quality finding (``findings.code``) of ``plan`` (its row of ``plans``) in one
    language, with its figures (千元 as printed); an unknown code reads as the code."""
    fmt.check_lang(lang)
    words = FINDING_TEXT.get(code)
    if words is None:
        return code
    executed = plan.get("executed_thousand_twd")
    appropriated = plan.get("appropriated_thousand_twd")
    total = plan.get("total_budget_thousand_twd")

    def thousand(value: Any) -> str:
        return fmt.format_thousand(value, lang, unit=False)

    def over(high: Any, low: Any) -> str:
        return "" if high is None or low is None else thousand(float(high) - float(low))

    period = str(plan.get("period_text", ""))
    if lang != fmt.ZH and plan:
        period = fmt.format_period(
            plan["start_roc_year"],
            plan["start_month"],
            int(plan["end_roc_year"]),
            int(plan["end_month"]),
            lang,
        )
    return pick(words, lang).format(
        executed=thousand(executed),
        appropriated=thousand(appropriated),
        total=thousand(total),
        excess=over(executed, appropriated),
        excess_total=over(appropriated, total),
        period=period,
        year=fiscal_year,
    )


def findings_in_words(report: Report, lang: str = fmt.ZH) -> pd.DataFrame:
    """The report's findings with ``label`` (the code in words) and ``message`` in ``lang``
    (:func:`finding_message`); the codes and source lines kept."""
    frame = report.findings_frame.copy()
    plans = {r["plan_id"]: r for r in report.plans.to_dict("records")}
    frame["message"] = [
        finding_message(code, plans.get(pid, {}), report.fiscal_year, lang)
        for code, pid in zip(frame["code"], frame["plan_id"], strict=True)
    ]
    frame["label"] = [
        pick(FINDING_LABELS[c], lang) if c in FINDING_LABELS else c for c in frame["code"]
    ]
    return frame
