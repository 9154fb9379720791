"""The analysis engine: budget measures, flags, target-versus-actual assessment and narrative.

``assess_report(report)`` returns an :class:`Assessment` with five tables (registered in
:mod:`govplans.schema`): ``plans`` (``plan_assessment``), ``targets``, ``components``
(``target_components``), ``flags`` (``plan_flags``) and ``portfolio``, plus the narrative and the
``govplans assess --format json`` document.

The automatic statuses are decided first, by :mod:`govplans.targets`, from the report alone;
reviewed statuses from ``data/annotations/`` are merged afterwards, shown beside them, and used
where present (``status_source`` says which).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from govplans import annotations as ann
from govplans import fmt, narrative, schema
from govplans.export import report_identity, source_reference, write_tables
from govplans.measures import (
    FLAG_CODES,
    SEVERITY,
    Thresholds,
    flag_message,
    months_elapsed,
    plan_flags,
    plan_months,
    ratio,
    schedule_elapsed,
)
from govplans.report import CATEGORIES, Report
from govplans.targets import (
    STATUSES,
    PlanTargets,
    TextItem,
    assess_plan_targets,
    plan_verdict,
)

__all__ = ["FLAG_CODES", "STATUSES", "Assessment", "Thresholds", "assess_report"]

#: Table name in the schema registry -> attribute of :class:`Assessment`.
ASSESSMENT_TABLES = {
    "plan_assessment": "plans",
    "targets": "targets",
    "target_components": "components",
    "plan_flags": "flags",
    "portfolio": "portfolio",
}
_MET = ("met", "exceeded")
#: The amounts as printed, in the order :func:`_budget` takes them.
_AMOUNTS = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")
#: Per-plan target counts that the portfolio sums.
_TARGET_COUNTS = ("n_targets", "n_exceeded", "n_met", "n_not_met", "n_unclear")


def _join(numbers: list[int]) -> str:
    return ",".join(str(n) for n in numbers)


def _ints(text: str) -> list[int]:
    return [int(n) for n in str(text).split(",") if n.strip()]


def _none_if_missing(value: Any) -> Any:
    """A plain Python value for JSON: NaN / NA -> None, numpy scalars -> int / float / bool."""
    if fmt.is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _text_items(report: Report, plan_id: str, section: str) -> list[TextItem]:
    """The plan's top-level items of a section (as folded by the report), for the engine."""
    return [TextItem(section, *item) for item in report.folded_items(plan_id, section)]


@dataclass
class Assessment:
    """The assessment of one report; see the module docstring and ``docs/analysis.md``."""

    report: Report
    thresholds: Thresholds
    lang: str
    plans: pd.DataFrame
    targets: pd.DataFrame
    components: pd.DataFrame
    flags: pd.DataFrame
    portfolio: pd.DataFrame
    annotations_source: str | None = None
    plan_targets: dict[str, PlanTargets] = field(default_factory=dict, repr=False)

    # ----- lookups (built once: the narrative of every plan stays linear in plans) -----
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

    # ----- tables -----
    def tables(self) -> dict[str, pd.DataFrame]:
        """The five tables by their schema name."""
        return {name: getattr(self, attr) for name, attr in ASSESSMENT_TABLES.items()}

    def flags_frame(self, lang: str | None = None) -> pd.DataFrame:
        """The flags with their messages in ``lang`` (default: the assessment's language)."""
        lang = fmt.check_lang(lang or self.lang)
        if lang == self.lang:
            return self.flags
        return _flags_frame(self.plans, self.thresholds, lang)

    def write_csv(self, directory: str | Path) -> list[Path]:
        """Write the five tables as UTF-8-with-BOM CSV files; return their paths."""
        return write_tables(self.tables(), directory)

    # ----- narrative -----
    def plan_narrative(self, plan_id: str, lang: str = fmt.ZH) -> str:
        """Markdown paragraphs about one plan (id or unique part of its name), citing lines."""
        return narrative.plan_narrative(self, self.report.resolve_plan_id(plan_id), lang)

    def portfolio_narrative(self, lang: str = fmt.ZH) -> str:
        """Markdown about the whole report: totals, categories, plans needing attention."""
        return narrative.portfolio_narrative(self, lang)

    # ----- agreement with the reviewed file -----
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

    # ----- JSON document -----
    def to_dict(self, lang: str = fmt.ZH) -> dict[str, Any]:
        """The ``govplans assess --format json`` document (narrative in ``lang``)."""
        fmt.check_lang(lang)
        flags = self.flags_frame(lang)
        messages: dict[str, dict[str, str]] = {}  # plan -> flag -> message, in one pass
        for pid, code, message in zip(
            flags["plan_id"], flags["flag"], flags["message"], strict=True
        ):
            messages.setdefault(pid, {})[code] = message
        plans = []
        for row in self.plans.itertuples(index=False):
            targets = []
            for t in self.plan_target_rows(row.plan_id):
                comps = self.target_component_rows(row.plan_id, t.target_index)
                targets.append(
                    {
                        "index": int(t.target_index),
                        "text": t.text,
                        "status": t.status,
                        "status_auto": t.status_auto,
                        "status_reviewed": _none_if_missing(t.status_reviewed),
                        "status_source": t.status_source,
                        "review_reason": _none_if_missing(t.review_reason),
                        "target_value": _none_if_missing(t.target_value),
                        "achieved_value": _none_if_missing(t.achieved_value),
                        "unit": _none_if_missing(t.unit),
                        "achieved_ratio": _none_if_missing(t.achieved_ratio),
                        "evidence": _ints(t.evidence_items),
                        "evidence_execution": _ints(t.evidence_execution_items),
                        "evidence_text": t.evidence_text,
                        "source_line": int(t.source_line),
                        "components": _component_dicts(comps),
                    }
                )
            plans.append(
                {
                    "plan_id": row.plan_id,
                    "name": row.name,
                    "name_en": row.name_en,
                    "category": row.category,
                    "verdict": row.verdict,
                    "verdict_auto": row.verdict_auto,
                    "total_budget_thousand_twd": int(row.total_budget_thousand_twd),
                    "appropriated_thousand_twd": int(row.appropriated_thousand_twd),
                    "executed_thousand_twd": int(row.executed_thousand_twd),
                    "execution_rate": _none_if_missing(row.execution_rate),
                    "appropriation_progress": _none_if_missing(row.appropriation_progress_rate),
                    "schedule_elapsed": _none_if_missing(row.schedule_elapsed_rate),
                    "remaining_budget_thousand_twd": int(row.remaining_budget_thousand_twd),
                    "unexecuted_appropriation_thousand_twd": int(
                        row.unexecuted_appropriation_thousand_twd
                    ),
                    "flags": [f for f in row.flags.split(";") if f],
                    "flag_messages": messages.get(row.plan_id, {}),
                    "severity": int(row.severity),
                    "attention_rank": _none_if_missing(row.attention_rank),
                    "n_targets": int(row.n_targets),
                    "n_exceeded": int(row.n_exceeded),
                    "n_met": int(row.n_met),
                    "n_not_met": int(row.n_not_met),
                    "n_unclear": int(row.n_unclear),
                    # An id of this report: no look-up by name (linear in plans).
                    "narrative": narrative.plan_narrative(self, row.plan_id, lang),
                    "source_lines": _ints(row.source_lines),
                    "targets": targets,
                }
            )
        portfolio = {
            "scopes": [
                {k: _none_if_missing(v) for k, v in rec.items()}
                for rec in self.portfolio.to_dict(orient="records")
            ],
            "attention": [
                {
                    "plan_id": row.plan_id,
                    "rank": int(row.attention_rank),
                    "severity": int(row.severity),
                    "flags": row.flags.split(";"),
                }
                for row in self.plans.dropna(subset=["attention_rank"])
                .sort_values("attention_rank")
                .itertuples()
            ],
            "narrative": self.portfolio_narrative(lang),
        }
        for key in ("n_plans", "total_budget_thousand_twd", "appropriated_thousand_twd"):
            portfolio[key] = portfolio["scopes"][0][key]
        portfolio["executed_thousand_twd"] = portfolio["scopes"][0]["executed_thousand_twd"]
        portfolio["execution_rate"] = portfolio["scopes"][0]["execution_rate"]
        return {
            **report_identity(self.report),
            "source": source_reference(self.report),
            "lang": lang,
            "thresholds": asdict(self.thresholds),
            "annotations": self.annotations_source,
            "plans": plans,
            "portfolio": portfolio,
            "agreement": self.agreement() if self.annotations_source else None,
        }


def _component_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for c in rows:
        out.append(
            {
                "index": int(c.component_index),
                "text": c.text,
                "thing": c.thing,
                "target_value": _none_if_missing(c.target_value),
                "measure_word": _none_if_missing(c.measure_word),
                "qualifier": c.qualifier,
                "achieved_value": _none_if_missing(c.achieved_value),
                "status": c.status,
                "method": c.method,
                "evidence_section": _none_if_missing(c.evidence_section),
                "evidence": _ints(c.evidence_items),
                "evidence_text": c.evidence_text,
            }
        )
    return out


def _flags_frame(plans: pd.DataFrame, th: Thresholds, lang: str) -> pd.DataFrame:
    rows = []
    for plan in plans.to_dict(orient="records"):
        for code in [f for f in plan["flags"].split(";") if f]:
            rows.append(
                {
                    "plan_id": plan["plan_id"],
                    "flag": code,
                    "severity": SEVERITY[code],
                    "message": flag_message(code, plan, th, lang),
                }
            )
    return schema.make_frame("plan_flags", rows)


def _resolve_thresholds(thresholds: Thresholds | None) -> Thresholds:
    if thresholds is None:
        return Thresholds()
    if not isinstance(thresholds, Thresholds):
        raise TypeError("thresholds must be a govplans.assess.Thresholds")
    return thresholds


def assess_report(
    report: Report,
    thresholds: Thresholds | None = None,
    annotations: str | Path | pd.DataFrame | None = "auto",
    lang: str = fmt.ZH,
) -> Assessment:
    """Assess every plan of a report.

    ``annotations``: ``"auto"`` = the reviewed file in ``data/annotations/`` that matches this
    report (agency + fiscal year), if any; ``None`` (or ``"none"``) = no reviewed statuses; a
    path or a DataFrame = that file. ``lang`` is the language of the flag messages.
    """
    th = _resolve_thresholds(thresholds)
    fmt.check_lang(lang)
    names_en = ann.english_names(report.agency)

    # 1. The automatic assessment, from the report alone.
    plan_targets: dict[str, PlanTargets] = {}
    target_rows: list[dict[str, Any]] = []
    component_rows: list[dict[str, Any]] = []
    attainment: dict[str, list[TextItem]] = {}  # also quoted in the plans' explanations
    for plan_id in report.plans["plan_id"]:
        attainment[plan_id] = _text_items(report, plan_id, "attainment")
        pt = assess_plan_targets(
            plan_id,
            _text_items(report, plan_id, "targets"),
            attainment[plan_id],
            _text_items(report, plan_id, "execution"),
            exceed_margin=th.exceed_margin,
        )
        plan_targets[plan_id] = pt
        for t in pt.targets:
            head = t.headline
            target_value = head.target_value if head else None
            achieved = head.achieved_value if head else None
            target_rows.append(
                {
                    "plan_id": plan_id,
                    "target_index": t.target_index,
                    "item_no": t.item_no,
                    "text": t.text,
                    "status_auto": t.status,
                    "status_reviewed": None,
                    "review_reason": None,
                    "status": t.status,
                    "status_source": "auto",
                    "n_components": len(t.components),
                    "target_value": target_value,
                    "achieved_value": achieved,
                    "unit": head.quantity.word if head and head.quantity else None,
                    "achieved_ratio": (
                        ratio(achieved, target_value)
                        if achieved is not None and target_value is not None
                        else None
                    ),
                    "evidence_items": _join(t.evidence_items("attainment")),
                    "evidence_execution_items": _join(t.evidence_items("execution")),
                    "evidence_text": t.evidence_text,
                    "source_line": t.source_line,
                }
            )
            for c in t.components:
                q = c.quantity
                component_rows.append(
                    {
                        "plan_id": plan_id,
                        "target_index": t.target_index,
                        "component_index": c.component_index,
                        "text": c.text,
                        "thing": c.thing,
                        "target_value": q.value if q else None,
                        "measure_word": q.word if q else None,
                        "unit_group": q.unit if q else None,
                        "qualifier": q.qualifier if q else "",
                        "comparison": q.comparison if q else None,
                        "achieved_value": c.achieved_value,
                        "achieved_measure_word": c.achieved_word,
                        "achieved_ratio": (
                            ratio(c.achieved_value, q.value)
                            if q is not None and c.achieved_value is not None
                            else None
                        ),
                        "status": c.status,
                        "method": c.method,
                        "evidence_section": c.evidence_section,
                        "evidence_items": _join(c.evidence_items),
                        "evidence_text": c.evidence_text,
                        "match_score": c.match_score,
                    }
                )
    targets = schema.make_frame("targets", target_rows)
    components = schema.make_frame("target_components", component_rows)

    # 2. Reviewed statuses, merged only now: shown beside the automatic ones, used where given.
    reviews, origin = ann.load_reviewed(annotations, report.agency, report.fiscal_year)
    if reviews is not None and origin is not None:
        ann.check_against_targets(reviews, targets, origin)
        lookup = {
            (r.plan_id, int(r.target_index)): (r.status_reviewed, r.reason)
            for r in reviews.itertuples()
        }
        keys = list(zip(targets["plan_id"], targets["target_index"].astype(int), strict=True))
        targets["status_reviewed"] = pd.array(
            [lookup.get(k, (None, None))[0] for k in keys], dtype="string"
        )
        targets["review_reason"] = pd.array(
            [lookup.get(k, (None, None))[1] for k in keys], dtype="string"
        )
        has_review = targets["status_reviewed"].notna()
        targets["status"] = targets["status_reviewed"].where(has_review, targets["status_auto"])
        targets["status_source"] = has_review.map({True: "reviewed", False: "auto"}).astype(
            "string"
        )

    # 3. Plans: measures, verdicts, flags.
    # Per plan, in report order: (status used, automatic status, has review, evidence items).
    by_plan: dict[str, list[tuple[str, str, bool, str]]] = {}
    for pid, used_, auto_, reviewed_, evidence_ in zip(
        targets["plan_id"],
        targets["status"],
        targets["status_auto"],
        targets["status_reviewed"].notna(),
        targets["evidence_items"],
        strict=True,
    ):
        by_plan.setdefault(pid, []).append((used_, auto_, bool(reviewed_), evidence_))
    plan_rows = []
    for row in report.plans.itertuples(index=False):
        pt = plan_targets[row.plan_id]
        rows = by_plan.get(row.plan_id, [])
        used = [r[0] for r in rows]
        auto = [r[1] for r in rows]
        counts = Counter(used)
        months_total = plan_months(
            row.start_roc_year, row.start_month, row.end_roc_year, row.end_month
        )
        explanation_items = _explanation_items(pt, rows)
        plan: dict[str, Any] = {
            "plan_id": row.plan_id,
            "seq": int(row.seq),
            "name": row.name,
            "name_en": ann.english_name(names_en, row.name),
            "category": row.category,
            "period_text": row.period_text,
            "end_roc_year": int(row.end_roc_year),
            "months_total": months_total,
            "months_elapsed": max(
                0,
                min(
                    months_elapsed(row.start_roc_year, row.start_month, report.fiscal_year),
                    months_total,
                ),
            ),
            **_budget(
                int(row.total_budget_thousand_twd),
                int(row.appropriated_thousand_twd),
                int(row.executed_thousand_twd),
            ),
            "schedule_elapsed_rate": schedule_elapsed(
                row.start_roc_year,
                row.start_month,
                row.end_roc_year,
                row.end_month,
                report.fiscal_year,
            ),
            "n_targets": len(used),
            "n_exceeded": counts["exceeded"],
            "n_met": counts["met"],
            "n_not_met": counts["not_met"],
            "n_unclear": counts["unclear"],
            "n_reviewed": sum(r[2] for r in rows),
            "is_deferred": pt.is_deferred,
            "verdict_auto": plan_verdict(auto, pt.is_deferred),
            "verdict": plan_verdict(used, pt.is_deferred),
            "explanation": _explanation(explanation_items, attainment[row.plan_id]),
            "explanation_items": _join(explanation_items),
            "source_lines": row.source_lines,
        }
        codes = plan_flags(
            execution_rate=plan["execution_rate"],
            appropriation_progress_rate=plan["appropriation_progress_rate"],
            schedule_elapsed_rate=plan["schedule_elapsed_rate"],
            remaining_budget_thousand_twd=plan["remaining_budget_thousand_twd"],
            ends_this_year=int(row.end_roc_year) <= report.fiscal_year,
            n_targets=len(used),
            all_targets_met=bool(used) and all(s in _MET for s in used),
            verdict=plan["verdict"],
            th=th,
        )
        plan["flags"] = ";".join(codes)
        plan["severity"] = sum(SEVERITY[c] for c in codes)
        plan["attention_rank"] = None
        plan_rows.append(plan)

    flagged = sorted(
        (p for p in plan_rows if p["severity"] > 0),
        key=lambda p: (-p["severity"], -p["unexecuted_appropriation_thousand_twd"], p["seq"]),
    )
    for rank, plan in enumerate(flagged, start=1):
        plan["attention_rank"] = rank
    plans = schema.make_frame("plan_assessment", plan_rows)
    flags = _flags_frame(plans, th, lang)
    portfolio = _portfolio(plans)
    return Assessment(
        report=report,
        thresholds=th,
        lang=lang,
        plans=plans,
        targets=targets,
        components=components,
        flags=flags,
        portfolio=portfolio,
        annotations_source=origin,
        plan_targets=plan_targets,
    )


def _explanation_items(pt: PlanTargets, rows: list[tuple[str, str, bool, str]]) -> list[int]:
    if pt.is_deferred:
        return list(pt.deferral_items)
    numbers: set[int] = set()
    for status, _, _, evidence in rows:
        if status == "not_met":
            numbers.update(_ints(evidence))
    return sorted(numbers)


def _explanation(numbers: list[int], attainment: list[TextItem]) -> str:
    """The agency's own words about targets not met: the attainment items ``numbers``."""
    return "".join(item.text for item in attainment if item.item_no in numbers)


def _budget(total: int, appropriated: int, executed: int) -> dict[str, Any]:
    """The three amounts and the measures taken from them, for a plan or a scope's sums."""
    return {
        "total_budget_thousand_twd": total,
        "appropriated_thousand_twd": appropriated,
        "executed_thousand_twd": executed,
        "execution_rate": ratio(executed, appropriated),
        "appropriation_progress_rate": ratio(appropriated, total),
        "remaining_budget_thousand_twd": total - appropriated,
        "unexecuted_appropriation_thousand_twd": appropriated - executed,
    }


def _portfolio(plans: pd.DataFrame) -> pd.DataFrame:
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
                **_budget(*(int(frame[name].sum()) for name in _AMOUNTS)),
                "n_flagged_plans": int((frame["severity"] > 0).sum()),
                **{name: int(frame[name].sum()) for name in _TARGET_COUNTS},
            }
        )
    return schema.make_frame("portfolio", rows)
