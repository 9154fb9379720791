"""The assessment of one report: budget measures, flags and target-versus-actual statuses.

:func:`assess` is pure: a :class:`~govplans.model.report.Report`, thresholds and the curated
reference data in, an :class:`Assessment` of tables out (registered in
:mod:`govplans.model.schema`): ``plans`` (``plan_assessment``), ``targets``, ``components``
(``target_components``), ``flags`` (``plan_flags``: codes, severity and figures) and
``portfolio``. No sentence is written and no file is read here: the words are
:mod:`govplans.present`'s, the files :mod:`govplans.read`'s.

The automatic statuses are decided first, by :mod:`govplans.analyse.targets`, from the report
alone; reviewed statuses are merged afterwards (:mod:`govplans.analyse.reviews`), shown beside
them, and used where present (``status_source`` says which).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Protocol

import pandas as pd

from govplans.analyse.checks import (
    RevisedPeriod,
    executed_equals_appropriated,
    find_revised_period,
    is_set_low,
    period_end,
    unclear_reason,
)
from govplans.analyse.measures import (
    SEVERITY,
    Thresholds,
    flag_figures,
    plan_flags,
    plan_schedule,
    ratio,
)
from govplans.analyse.reviews import merge_reviews
from govplans.analyse.targets import (
    PlanTargets,
    Target,
    TextItem,
    assess_plan_targets,
    plan_verdict,
)
from govplans.model import schema
from govplans.model.provenance import join_ids, parse_ids
from govplans.model.report import Report
from govplans.model.text import despace
from govplans.model.values import is_missing
from govplans.model.vocab import (
    AMOUNTS,
    CATEGORIES,
    MET_STATUSES,
    STATUSES,
    TARGET_COUNTS,
    flags_of,
    join_flags,
    split_flags,
)

__all__ = ["Assessment", "ReferenceData", "Thresholds", "assess", "plan_slices"]

#: Table name in the schema registry -> attribute of :class:`Assessment`.
ASSESSMENT_TABLES = {
    "plan_assessment": "plans",
    "targets": "targets",
    "target_components": "components",
    "plan_flags": "flags",
    "portfolio": "portfolio",
}


class ReferenceData(Protocol):
    """The curated input the analysis takes as data (see :mod:`govplans.read.reference`)."""

    @property
    def reviews(self) -> pd.DataFrame | None: ...
    @property
    def reviews_origin(self) -> str | None: ...
    @property
    def plan_names_en(self) -> dict[str, str]: ...
    @property
    def agency_en(self) -> str | None: ...


@dataclass(frozen=True)
class _NoReference:
    reviews: pd.DataFrame | None = None
    reviews_origin: str | None = None
    plan_names_en: dict[str, str] = field(default_factory=dict)
    agency_en: str | None = None


@dataclass
class Assessment:
    """The assessment of one report: tables and look-ups (see the module docstring)."""

    report: Report
    thresholds: Thresholds
    plans: pd.DataFrame
    targets: pd.DataFrame
    components: pd.DataFrame
    flags: pd.DataFrame
    portfolio: pd.DataFrame
    annotations_source: str | None = None
    agency_en: str | None = None
    plan_targets: dict[str, PlanTargets] = field(default_factory=dict, repr=False)

    # ----- look-ups (built once: anything done per plan stays linear in plans) -----
    @cached_property
    def _plan_tuples(self) -> dict[str, Any]:
        return {row.plan_id: row for row in self.plans.itertuples(index=False)}

    @cached_property
    def _report_plan_tuples(self) -> dict[str, Any]:
        return {row.plan_id: row for row in self.report.plans.itertuples(index=False)}

    @cached_property
    def _plan_records(self) -> dict[str, dict[str, Any]]:
        return {rec["plan_id"]: rec for rec in self.plans.to_dict(orient="records")}

    @cached_property
    def _targets_by_plan(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for row in self.targets.itertuples(index=False):
            out.setdefault(row.plan_id, []).append(row)
        return out

    @cached_property
    def _components_by_target(self) -> dict[tuple[str, int], list[Any]]:
        out: dict[tuple[str, int], list[Any]] = {}
        for row in self.components.itertuples(index=False):
            out.setdefault((row.plan_id, int(row.target_index)), []).append(row)
        return out

    def plan_tuple(self, plan_id: str) -> Any:
        """The plan's row of :attr:`plans` as a named tuple."""
        return self._plan_tuples[plan_id]

    def report_plan_tuple(self, plan_id: str) -> Any:
        """The plan's row of the report's ``plans`` table as a named tuple."""
        return self._report_plan_tuples[plan_id]

    def plan_record(self, plan_id: str) -> dict[str, Any]:
        """The plan's row of :attr:`plans` as a dict."""
        return self._plan_records[plan_id]

    def plan_target_rows(self, plan_id: str) -> list[Any]:
        """The plan's rows of :attr:`targets` as named tuples, in order."""
        return self._targets_by_plan.get(plan_id, [])

    def target_component_rows(self, plan_id: str, target_index: int) -> list[Any]:
        """One target's rows of :attr:`components` as named tuples, in order."""
        return self._components_by_target.get((plan_id, int(target_index)), [])

    def resolve_plan_id(self, key: str) -> str:
        """A plan id for an id or a unique part of a plan name (see ``Report``)."""
        return self.report.resolve_plan_id(key)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by their schema name."""
        return {name: getattr(self, attr) for name, attr in ASSESSMENT_TABLES.items()}

    def agreement(self) -> dict[str, Any]:
        """How often the automatic status equals the reviewed one (targets and plan verdicts).

        ``rate`` is ``n_agree / n`` over the targets that have a reviewed status (None when
        there are none); ``confusion`` counts (automatic, reviewed) pairs; ``disagreements``
        lists the targets where they differ.
        """
        reviewed = self.targets[self.targets["status_reviewed"].notna()]
        n = len(reviewed)
        agree = reviewed["status_auto"] == reviewed["status_reviewed"]
        confusion = Counter(zip(reviewed["status_auto"], reviewed["status_reviewed"], strict=True))
        plans = self.plans[self.plans["n_reviewed"] == self.plans["n_targets"]]
        plans = plans[plans["n_targets"] > 0]
        verdict_agree = int((plans["verdict_auto"] == plans["verdict"]).sum())
        return {
            "source": self.annotations_source,
            "n": n,
            "n_agree": int(agree.sum()),
            "rate": (float(agree.mean()) if n else None),
            "n_targets": len(self.targets),
            "confusion": [
                {"auto": auto, "reviewed": rev, "n": count}
                for (auto, rev), count in sorted(confusion.items())
            ],
            "disagreements": [
                {
                    "plan_id": row.plan_id,
                    "target_index": int(row.target_index),
                    "auto": row.status_auto,
                    "reviewed": row.status_reviewed,
                    "reason": row.review_reason,
                }
                for row in reviewed[~agree].itertuples()
            ],
            "n_plans": len(plans),
            "n_plans_agree": verdict_agree,
            "plan_rate": (verdict_agree / len(plans) if len(plans) else None),
        }


# ---------------------------------------------------------------- 1. automatic target statuses


#: How the report numbers each plan's sections: (plan_id, section) -> a value of
#: :data:`~govplans.model.vocab.NUMBERINGS`.
Numberings = Mapping[tuple[str, str], str]


def section_numberings(items: pd.DataFrame) -> dict[tuple[str, str], str]:
    """How the report numbers each plan's section (:data:`~govplans.model.vocab.NUMBERINGS`),
    from the markers the reader kept in ``report.items`` (``plan_id``, ``section``, ``item_no``,
    ``sub_item_no``, ``marker``). Decided here once, so every page cites an item as the report
    prints it (issue 18: an unnumbered paragraph was cited as 第1項).

    A section is ``numbered`` when one of its top-level items has a marker or it has a lead
    sentence (item 0, unmarked, before item 1); a section whose top-level items all lack a
    marker is unnumbered text, which the reader counted 1..n: ``one_paragraph`` for a single
    paragraph, ``paragraphs`` for several. A section without items is absent.
    """
    marked: dict[tuple[str, str], bool] = {}
    counts: Counter[tuple[str, str]] = Counter()
    top = items[items["sub_item_no"] == 0]
    for plan_id, section, item_no, marker in zip(
        top["plan_id"], top["section"], top["item_no"], top["marker"], strict=True
    ):
        key = (str(plan_id), str(section))
        has_marker = not is_missing(marker) and bool(str(marker).strip())
        marked[key] = marked.get(key, False) or has_marker or int(item_no) == 0
        counts[key] += 1
    return {
        key: "numbered" if is_marked else "one_paragraph" if counts[key] == 1 else "paragraphs"
        for key, is_marked in marked.items()
    }


def _text_items(report: Report, plan_id: str, section: str) -> list[TextItem]:
    """The plan's top-level items of a section (as folded by the report), for the engine."""
    return [TextItem(section, *item) for item in report.folded_items(plan_id, section)]


def _set_low(c: Any, k: float) -> bool:
    """Whether a component of the engine was achieved at least ``k`` times its target value."""
    q = c.quantity
    return q is not None and is_set_low(q.value, c.achieved_value, q.comparison, k)


def _target_row(
    plan_id: str,
    t: Target,
    k: float = Thresholds.low_target_multiple,
    numberings: Numberings | None = None,
) -> dict[str, Any]:
    numbering = numberings or {}
    head = t.headline
    target_value = head.target_value if head else None
    achieved = head.reported_value if head else None
    return {
        "plan_id": plan_id,
        "target_index": t.target_index,
        "item_no": t.item_no,
        "text": t.text,
        "status_auto": t.status,
        "status_reviewed": None,
        "review_reason": None,
        "reviewed_on": None,
        "status": t.status,
        "status_source": "auto",
        "n_components": len(t.components),
        "quantified": any(c.quantity is not None for c in t.components),
        "set_low": any(_set_low(c, k) for c in t.components),
        "target_value": target_value,
        "achieved_value": achieved,
        "unit": head.quantity.word if head and head.quantity else None,
        "achieved_ratio": (
            ratio(achieved, target_value)
            if achieved is not None and target_value is not None
            else head.achieved_ratio
            if head
            else None
        ),
        "evidence_items": join_ids(t.evidence_items("attainment")),
        "evidence_execution_items": join_ids(t.evidence_items("execution")),
        "evidence_numbering": numbering.get((plan_id, "attainment")),
        "evidence_execution_numbering": numbering.get((plan_id, "execution")),
        "evidence_text": t.evidence_text,
        **_target_decision(t),
        "source_line": t.source_line,
        "source_page": t.source_page,
    }


def _target_decision(t: Target) -> dict[str, Any]:
    """The target's type, aligned item, the words that decided it (with their span in its
    evidence text) and its reason (:mod:`govplans.analyse.targets`)."""
    section, position, how = t.evidence
    other_section, other_item, other_text = t.other
    decisive = t.decisive
    decided = decisive.decided_by if decisive is not None else ""
    start = t.evidence_text.find(decided) if decided else -1
    reasons = [unclear_reason(c.status, c.target_value, c.reason) for c in t.components]
    return {
        "target_type": t.target_type,
        "evidence_section": section,
        "evidence_item": position,
        "alignment": how,
        "other_section": other_section,
        "other_item": other_item,
        "other_text": other_text or None,
        "decided_by": decided,
        "decided_start": start if start >= 0 else None,
        "decided_end": start + len(decided) if start >= 0 else None,
        "status_reason": decisive.reason if decisive is not None else None,
        "unclear_reason": next((r for r in reasons if r), None) if t.status == "unclear" else None,
    }


def _component_rows(
    plan_id: str,
    t: Target,
    k: float = Thresholds.low_target_multiple,
    numberings: Numberings | None = None,
) -> list[dict[str, Any]]:
    numbering = numberings or {}
    rows = []
    for c in t.components:
        q = c.quantity
        rows.append(
            {
                "plan_id": plan_id,
                "target_index": t.target_index,
                "component_index": c.component_index,
                "text": c.text,
                "thing": c.thing,
                "target_value": c.target_value,
                "measure_word": q.word if q else None,
                "unit_group": q.unit if q else None,
                "qualifier": q.qualifier if q else "",
                "comparison": q.comparison if q else None,
                "achieved_value": c.reported_value,
                "achieved_measure_word": c.achieved_word,
                "achieved_ratio": (
                    ratio(c.reported_value, q.value)
                    if q is not None and c.reported_value is not None
                    else c.achieved_ratio
                ),
                "status": c.status,
                "set_low": _set_low(c, k),
                "unclear_reason": unclear_reason(c.status, c.target_value, c.reason),
                "target_type": c.target_type,
                "status_reason": c.reason,
                "decided_by": c.decided_by,
                "decided_start": c.decided_span[0] if c.decided_span else None,
                "decided_end": c.decided_span[1] if c.decided_span else None,
                "method": c.method,
                "evidence_section": c.evidence_section,
                "evidence_items": join_ids(c.evidence_items),
                "evidence_numbering": (
                    numbering.get((plan_id, c.evidence_section)) if c.evidence_section else None
                ),
                "evidence_text": c.evidence_text,
                "match_score": c.match_score,
            }
        )
    return rows


def assess_targets(
    report: Report,
    exceed_margin: float,
    low_target_multiple: float = Thresholds.low_target_multiple,
) -> tuple[dict[str, PlanTargets], pd.DataFrame, pd.DataFrame]:
    """Every plan's targets assessed from the report alone: the engine's results per plan, the
    ``targets`` table (automatic statuses) and the ``target_components`` table; parts achieved
    at least ``low_target_multiple`` times their target value are marked ``set_low``."""
    plan_targets: dict[str, PlanTargets] = {}
    target_rows: list[dict[str, Any]] = []
    component_rows: list[dict[str, Any]] = []
    numberings = section_numberings(report.items)
    for plan_id in report.plans["plan_id"]:
        pt = assess_plan_targets(
            plan_id,
            _text_items(report, plan_id, "targets"),
            _text_items(report, plan_id, "attainment"),
            _text_items(report, plan_id, "execution"),
            exceed_margin=exceed_margin,
            fiscal_year=report.fiscal_year,
        )
        plan_targets[plan_id] = pt
        for t in pt.targets:
            target_rows.append(_target_row(plan_id, t, low_target_multiple, numberings))
            component_rows += _component_rows(plan_id, t, low_target_multiple, numberings)
    return (
        plan_targets,
        schema.make_frame("targets", target_rows),
        schema.make_frame("target_components", component_rows),
    )


# ---------------------------------------------------------------- 3. plans: measures and flags


@dataclass(frozen=True)
class _PlanStatuses:
    """One plan's target statuses: used, automatic, reviewed or not, evidence items."""

    used: list[str]
    auto: list[str]
    n_reviewed: int
    not_met_evidence: list[int]


def _statuses_by_plan(targets: pd.DataFrame) -> dict[str, _PlanStatuses]:
    grouped: dict[str, list[tuple[str, str, bool, str]]] = {}
    for row in zip(
        targets["plan_id"],
        targets["status"],
        targets["status_auto"],
        targets["status_reviewed"].notna(),
        targets["evidence_items"],
        strict=True,
    ):
        grouped.setdefault(row[0], []).append((row[1], row[2], bool(row[3]), row[4]))
    return {
        pid: _PlanStatuses(
            used=[r[0] for r in rows],
            auto=[r[1] for r in rows],
            n_reviewed=sum(r[2] for r in rows),
            not_met_evidence=sorted(
                {n for r in rows if r[0] == "not_met" for n in parse_ids(r[3])}
            ),
        )
        for pid, rows in grouped.items()
    }


def budget_measures(total: float, appropriated: float, executed: float) -> dict[str, Any]:
    """The three amounts and the measures taken from them, for a plan or a scope's sums.

    Amounts are thousand TWD exact to the yuan (3 decimals, from a report printed in 元): never
    truncated; sums and differences are rounded to the yuan, so no binary-float tail (0.1 + 0.2)
    shows up in an export.
    """
    total, appropriated, executed = (_to_yuan(a) for a in (total, appropriated, executed))
    return {
        "total_budget_thousand_twd": total,
        "appropriated_thousand_twd": appropriated,
        "executed_thousand_twd": executed,
        "execution_rate": ratio(executed, appropriated),
        "appropriation_progress_rate": ratio(appropriated, total),
        "remaining_budget_thousand_twd": _to_yuan(total - appropriated),
        "unexecuted_appropriation_thousand_twd": _to_yuan(appropriated - executed),
    }


def _to_yuan(thousand_twd: float) -> float:
    """An amount in thousand TWD rounded to the yuan (3 decimals)."""
    return round(float(thousand_twd), 3)


def _month_of(year: Any, month: Any) -> tuple[int, int] | None:
    return None if is_missing(year) or is_missing(month) else (int(year), int(month))


def _schedule(row: Any, fiscal_year: int, revised: RevisedPeriod | None = None) -> dict[str, Any]:
    """Months of the period, months elapsed at the fiscal year's end, their share and the
    period they are on (:func:`~govplans.analyse.measures.plan_schedule`): the printed period
    where it can be read, the revised one (where the text states one) beside it."""
    schedule = plan_schedule(
        _month_of(row.start_roc_year, row.start_month),
        _month_of(row.end_roc_year, row.end_month),
        fiscal_year,
        _month_of(revised.start_roc_year, revised.start_month) if revised else None,
        (revised.end_roc_year, revised.end_month) if revised else None,
    )
    return {
        "schedule_basis": schedule.basis,
        "months_total": schedule.months_total,
        "months_elapsed": schedule.months_elapsed,
        "schedule_elapsed_rate": schedule.elapsed_rate,
        "printed_months_total": schedule.printed_months_total,
        "printed_months_elapsed": schedule.printed_months_elapsed,
        "printed_schedule_elapsed_rate": schedule.printed_elapsed_rate,
        "revised_months_total": schedule.revised_months_total,
        "revised_months_elapsed": schedule.revised_months_elapsed,
        "revised_schedule_elapsed_rate": schedule.revised_elapsed_rate,
    }


def _revised_columns(revised: RevisedPeriod | None, numbering: str | None = None) -> dict[str, Any]:
    """The revised period's columns of ``plan_assessment`` (empty when the text states none);
    ``numbering``: how the report numbers the section that states it."""
    if revised is None:
        return {name: None for name in _REVISED_COLUMNS}
    return {
        "revised_period_text": revised.text,
        "revised_start_roc_year": revised.start_roc_year,
        "revised_start_month": revised.start_month,
        "revised_end_roc_year": revised.end_roc_year,
        "revised_end_month": revised.end_month,
        "revised_period_section": revised.section,
        "revised_period_item": revised.item_no,
        "revised_period_numbering": numbering,
        "revised_period_evidence": revised.evidence,
    }


_REVISED_COLUMNS = (
    "revised_period_text",
    "revised_start_roc_year",
    "revised_start_month",
    "revised_end_roc_year",
    "revised_end_month",
    "revised_period_section",
    "revised_period_item",
    "revised_period_numbering",
    "revised_period_evidence",
)


def _target_checks(targets: pd.DataFrame, components: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Per plan: targets without a number, targets with a part set low (their indexes), and
    the highest achieved ÷ target of a part counted upwards."""
    out: dict[str, dict[str, Any]] = {}
    for pid, frame in targets.groupby("plan_id", sort=False):
        low = [int(i) for i in frame.loc[frame["set_low"], "target_index"]]
        out[str(pid)] = {
            "n_unquantified_targets": int((~frame["quantified"]).sum()),
            "n_targets_set_low": len(low),
            "set_low_targets": join_ids(low),
        }
    upwards = components[components["comparison"].isin([">=", ">"])]
    for pid, ratios in upwards.groupby("plan_id", sort=False)["achieved_ratio"]:
        if ratios.notna().any():
            out.setdefault(str(pid), {})["max_achieved_ratio"] = float(ratios.max())
    return out


_NO_CHECKS = {
    "n_unquantified_targets": 0,
    "n_targets_set_low": 0,
    "set_low_targets": "",
    "max_achieved_ratio": None,
}


def _explanation(
    pt: PlanTargets, statuses: _PlanStatuses, attainment: list[TextItem]
) -> tuple[list[int], str]:
    """The attainment items that explain missed targets (the deferral, else the evidence of the
    targets not met), and the agency's own words in them."""
    numbers = list(pt.deferral_items) if pt.is_deferred else statuses.not_met_evidence
    return numbers, "".join(item.text for item in attainment if item.item_no in numbers)


def _plan_row(
    report: Report,
    row: Any,
    pt: PlanTargets,
    statuses: _PlanStatuses,
    names_en: Mapping,
    numberings: Numberings | None = None,
) -> dict[str, Any]:
    numbering = numberings or {}
    counts = Counter(statuses.used)
    attainment = _text_items(report, row.plan_id, "attainment")
    explanation_items, explanation = _explanation(pt, statuses, attainment)
    revised = find_revised_period(attainment + _text_items(report, row.plan_id, "execution"))
    return {
        "plan_id": row.plan_id,
        "seq": int(row.seq),
        "name": row.name,
        "name_en": names_en.get(despace(row.name), row.name),
        "category": row.category,
        "period_text": row.period_text,
        "end_roc_year": None if is_missing(row.end_roc_year) else int(row.end_roc_year),
        **_schedule(row, report.fiscal_year, revised),
        **_revised_columns(
            revised, numbering.get((row.plan_id, revised.section)) if revised else None
        ),
        **budget_measures(*(getattr(row, name) for name in AMOUNTS)),
        "executed_equals_appropriated": executed_equals_appropriated(
            row.appropriated_thousand_twd, row.executed_thousand_twd
        ),
        "n_targets": len(statuses.used),
        **{f"n_{status}": counts[status] for status in STATUSES},
        "n_reviewed": statuses.n_reviewed,
        "is_deferred": pt.is_deferred,
        "verdict_auto": plan_verdict(statuses.auto, pt.is_deferred),
        "verdict": plan_verdict(statuses.used, pt.is_deferred),
        "explanation": explanation,
        "explanation_items": join_ids(explanation_items),
        "explanation_numbering": (
            numbering.get((row.plan_id, "attainment")) if explanation_items else None
        ),
        "source_lines": row.source_lines,
        "source_pages": row.source_pages,
    }


def _add_flags(
    plan: dict[str, Any], statuses: _PlanStatuses, ends_this_year: bool, th: Thresholds
) -> None:
    codes = plan_flags(
        execution_rate=plan["execution_rate"],
        appropriation_progress_rate=plan["appropriation_progress_rate"],
        schedule_elapsed_rate=plan["schedule_elapsed_rate"],
        remaining_budget_thousand_twd=plan["remaining_budget_thousand_twd"],
        ends_this_year=ends_this_year,
        n_targets=plan["n_targets"],
        all_targets_met=bool(statuses.used) and all(s in MET_STATUSES for s in statuses.used),
        verdict=plan["verdict"],
        th=th,
        n_unquantified_targets=plan["n_unquantified_targets"],
        n_targets_set_low=plan["n_targets_set_low"],
    )
    plan["flags"] = join_flags(codes)
    plan["severity"] = sum(SEVERITY[c] for c in codes)
    plan["attention_rank"] = None


def _rank_attention(plan_rows: list[dict[str, Any]]) -> None:
    """Flagged plans in the order they need attention: severity, then unexecuted money."""
    flagged = sorted(
        (p for p in plan_rows if p["severity"] > 0),
        key=lambda p: (-p["severity"], -p["unexecuted_appropriation_thousand_twd"], p["seq"]),
    )
    for rank, plan in enumerate(flagged, start=1):
        plan["attention_rank"] = rank


def assess_plans(
    report: Report,
    targets: pd.DataFrame,
    plan_targets: dict[str, PlanTargets],
    th: Thresholds,
    names_en: Mapping[str, str],
    components: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The ``plan_assessment`` table: measures, target counts, verdicts, flags, attention.

    ``components`` (the ``target_components`` table) gives the highest achieved ÷ target.
    """
    by_plan = _statuses_by_plan(targets)
    checks = _target_checks(targets, components if components is not None else _no_components())
    none = _PlanStatuses([], [], 0, [])
    plan_rows = []
    numberings = section_numberings(report.items)
    for row in report.plans.itertuples(index=False):
        statuses = by_plan.get(row.plan_id, none)
        plan = _plan_row(report, row, plan_targets[row.plan_id], statuses, names_en, numberings)
        plan.update({**_NO_CHECKS, **checks.get(row.plan_id, {})})
        end_year, _ = period_end(plan)
        _add_flags(plan, statuses, end_year is not None and end_year <= report.fiscal_year, th)
        plan_rows.append(plan)
    _rank_attention(plan_rows)
    return schema.make_frame("plan_assessment", plan_rows)


def flags_table(plans: pd.DataFrame, th: Thresholds) -> pd.DataFrame:
    """The ``plan_flags`` table: one row per plan and flag, with the figure and its limit."""
    rows = []
    for plan in plans.to_dict(orient="records"):
        for code in split_flags(plan["flags"]):
            value, limit = flag_figures(code, plan, th)
            rows.append(
                {
                    "plan_id": plan["plan_id"],
                    "flag": code,
                    "severity": SEVERITY[code],
                    "value": value,
                    "limit": limit,
                }
            )
    return schema.make_frame("plan_flags", rows)


def _plans_with(
    frame: pd.DataFrame,
    kind: str | None = None,
    groups: tuple[str, ...] = (),
    code: str | None = None,
) -> int:
    """How many of the plans have a flag of this kind, in these groups, or with this code."""
    return sum(
        bool([c for c in flags_of(split_flags(f), kind, groups) if code in (None, c)])
        for f in frame["flags"]
    )


def _no_components() -> pd.DataFrame:
    return schema.make_frame("target_components", [])


def portfolio_table(plans: pd.DataFrame) -> pd.DataFrame:
    """The ``portfolio`` table: all plans, then each category (report's order of categories)."""
    scopes: list[tuple[str, str, pd.DataFrame]] = [("all", "全部計畫", plans)]
    present = list(dict.fromkeys(plans["category"]))
    ordered = [c for c in CATEGORIES if c in present] + [c for c in present if c not in CATEGORIES]
    for category in ordered:
        scopes.append((category, category, plans[plans["category"] == category]))
    rows = []
    for scope, label_zh, frame in scopes:
        rows.append(
            {
                "scope": scope,
                "scope_zh": label_zh,
                "scope_en": "All plans" if scope == "all" else CATEGORIES.get(scope, scope),
                "n_plans": len(frame),
                **budget_measures(*(frame[name].sum() for name in AMOUNTS)),
                "n_executed_equals_appropriated": int(frame["executed_equals_appropriated"].sum()),
                "n_warning_plans": _plans_with(frame, "warning"),
                "n_pace_note_plans": _plans_with(frame, "note", ("pace",)),
                **{name: int(frame[name].sum()) for name in TARGET_COUNTS},
                "n_unquantified_targets": int(frame["n_unquantified_targets"].sum()),
                "unquantified_target_share": ratio(
                    int(frame["n_unquantified_targets"].sum()), int(frame["n_targets"].sum())
                ),
                "n_plans_unquantified_only": _plans_with(frame, code="targets_unquantified"),
                "n_targets_set_low": int(frame["n_targets_set_low"].sum()),
            }
        )
    return schema.make_frame("portfolio", rows)


# ---------------------------------------------------------------- the whole assessment


def assess(
    report: Report,
    thresholds: Thresholds | None = None,
    reference: ReferenceData | None = None,
) -> Assessment:
    """Assess every plan of a report (pure: no file is read).

    ``reference`` carries the curated input as data: reviewed statuses (merged only after every
    automatic status is decided) and English names; ``None`` means none.
    """
    th = thresholds if thresholds is not None else Thresholds()
    if not isinstance(th, Thresholds):
        raise TypeError("thresholds must be a govplans Thresholds")
    ref: ReferenceData = reference if reference is not None else _NoReference()
    plan_targets, targets, components = assess_targets(
        report, th.exceed_margin, th.low_target_multiple
    )
    if ref.reviews is not None and ref.reviews_origin is not None:
        targets = merge_reviews(targets, ref.reviews, ref.reviews_origin)
    plans = assess_plans(report, targets, plan_targets, th, ref.plan_names_en, components)
    return Assessment(
        report=report,
        thresholds=th,
        plans=plans,
        targets=targets,
        components=components,
        flags=flags_table(plans, th),
        portfolio=portfolio_table(plans),
        annotations_source=ref.reviews_origin,
        agency_en=ref.agency_en,
        plan_targets=plan_targets,
    )


# ---------------------------------------------------------------- one plan's part


def _by_plan(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {str(k): g for k, g in frame.groupby("plan_id", sort=False)}


def plan_slices(a: Assessment) -> Iterator[tuple[str, Assessment]]:
    """Each plan's own part of the assessment, in report order: the report and the tables
    cut to that plan (the report's sha256, title and the plan's provenance kept, the reader's
    ``line_roles`` left out; the ``portfolio`` of the whole report), which is all a plan's
    page reads. A page of a 1,000-plan report then loads about 20 KiB instead of the whole
    report's assessment (4.6 MB)."""
    report = a.report
    frames = {
        "report_plans": report.plans,
        "items": report.items,
        "plans": a.plans,
        "targets": a.targets,
        "components": a.components,
        "flags": a.flags,
    }
    tables = {name: _by_plan(frame) for name, frame in frames.items()}
    empty = {name: frame.iloc[0:0] for name, frame in frames.items()}
    findings: dict[str, list[Any]] = {}
    for finding in report.findings:
        findings.setdefault(str(finding.plan_id), []).append(finding)

    def part(name: str, plan_id: str) -> pd.DataFrame:
        return tables[name].get(plan_id, empty[name])

    for plan_id in map(str, report.plans["plan_id"]):
        own_report = replace(
            report,
            plans=part("report_plans", plan_id),
            items=part("items", plan_id),
            findings=findings.get(plan_id, []),
            line_roles={},  # the role of every line of the source: the reader's, not a page's
        )
        yield (
            plan_id,
            replace(
                a,
                report=own_report,
                plans=part("plans", plan_id),
                targets=part("targets", plan_id),
                components=part("components", plan_id),
                flags=part("flags", plan_id),
                plan_targets={plan_id: a.plan_targets[plan_id]} if a.plan_targets else {},
            ),
        )
