"""Many reports as one corpus: agencies side by side, plans across years, in-year figures.

The table's amounts are cumulative (截至本年度已編列預算數, 截至本年底止累計執行數). A plan that
runs several years appears in several consecutive reports of its agency; linked, the
difference of two years' cumulative amounts is the year's own appropriation and execution, and
their ratio the in-year execution rate — the figure the 90 % threshold is really about.

Linking (:func:`link_plans`), for each agency and each pair of consecutive fiscal years:

* the same normalised name (wrap spaces, dash variants, full/half width, a 「（第N期）」 suffix
  removed) with the same start of period is the same plan (``link = "name"``);
* a curated crosswalk (passed in as data; ``govplans/annotations/crosswalk.csv``) links renamed
  plans (``link = "crosswalk"``) and overrides the rule;
* several candidates, or a name whose period start differs, or a different name with the same
  period and total, are listed for review (:attr:`Corpus.candidates`), never linked.

In-year figures: linked, cumulative(Y) − cumulative(Y−1); a plan whose period starts in Y has
in-year = cumulative; otherwise (the previous report missing, or no link) they are unknown
(null), never guessed. A negative difference is a finding. A year with nothing (or less than
nothing) appropriated has in-year amounts but no in-year rate.

Flags: each plan-year carries its report's flags (on the cumulative rate, as the plan's own
assessment decides them) and, beside them, the execution flag of its in-year rate
(``execution_flag_in_year``: the same thresholds and codes; ``none`` when the in-year rate is
at or above the warning threshold, null when there is no in-year rate). Each agency-year
counts both, with the plans with warnings or pace notes and the target statuses of its
assessment.

Pure: reports (or their assessments, with reviewed statuses merged) and the crosswalk in,
tables out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from govplans.analyse.assessment import Assessment, assess
from govplans.analyse.measures import Thresholds, execution_flag, ratio
from govplans.model import schema
from govplans.model.report import Report
from govplans.model.values import is_missing
from govplans.model.vocab import AGENCY_YEAR_COUNTS, AMOUNTS, EXECUTION_CODES, split_flags

_DASHES = re.compile(r"[‐‑‒–—―－─━-]")
_PHASE = re.compile(r"[（(]\s*第\s*[0-9一二三四五六七八九十]+\s*期\s*[)）]$")
_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """A plan name as a linking key: no spaces, one dash, half-width letters and digits, no
    「（第N期）」 suffix."""
    text = _SPACE.sub("", str(name))
    text = "".join(
        unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c for c in text
    )
    text = _DASHES.sub("-", text)
    return _PHASE.sub("", text)


def plan_key(agency: str, plan_id: str) -> str:
    """A plan's id in the corpus: unique across agencies and years (``數位發展部/114-03``)."""
    return f"{agency}/{plan_id}"


@dataclass
class Corpus:
    """The reports of several agencies and years, and the tables that join them."""

    reports: list[Report]
    history: pd.DataFrame  # plan_history: one row per plan and year
    agency_years: pd.DataFrame  # agency_years: one row per report
    candidates: pd.DataFrame  # link_candidates: links left for review
    findings: list[dict[str, Any]] = field(default_factory=list)
    thresholds: Thresholds = field(default_factory=Thresholds)
    assessments: list[Assessment] = field(default_factory=list)  # one per report, same order

    def report(self, agency: str, fiscal_year: int) -> Report:
        """The report of one agency and year."""
        for r in self.reports:
            if r.agency == agency and r.fiscal_year == fiscal_year:
                return r
        raise KeyError(f"no report of {agency} for {fiscal_year}")


def check_unique(reports: Iterable[Report]) -> None:
    """One report per agency and year: a second one is an error naming both files."""
    seen: dict[tuple[str, int], Report] = {}
    for report in reports:
        key = (report.agency, report.fiscal_year)
        if key in seen:
            first = seen[key].source_path
            raise ValueError(
                f"{report.source_path}: the same agency and year as {first} "
                f"({report.agency} {report.fiscal_year}); give each report once"
            )
        seen[key] = report


def _crosswalk_links(crosswalk: pd.DataFrame | None) -> dict[tuple[str, int, str], str]:
    """(agency, later year, normalised later name) -> normalised earlier name."""
    if crosswalk is None or crosswalk.empty:
        return {}
    return {
        (str(r.agency), int(r.fiscal_year), normalise_name(r.name)): normalise_name(r.name_previous)
        for r in crosswalk.itertuples()
    }


def link_plans(
    current: Report, previous: Report | None, crosswalk: pd.DataFrame | None = None
) -> tuple[dict[str, tuple[str, str]], list[dict[str, Any]]]:
    """Links of ``current``'s plans to ``previous``'s (the agency's report of the year before):
    plan id -> (previous plan id, how linked), and the candidates left for review."""
    if previous is None:
        return {}, []
    overrides = _crosswalk_links(crosswalk)
    earlier: dict[str, list[Any]] = {}
    for row in previous.plans.itertuples(index=False):
        earlier.setdefault(normalise_name(row.name), []).append(row)
    links: dict[str, tuple[str, str]] = {}
    review: list[dict[str, Any]] = []
    for row in current.plans.itertuples(index=False):
        key = normalise_name(row.name)
        named = overrides.get((current.agency, current.fiscal_year, key))
        if named is not None and len(earlier.get(named, [])) == 1:
            links[row.plan_id] = (earlier[named][0].plan_id, "crosswalk")
            continue
        same = [p for p in earlier.get(key, []) if _same_start(p, row)]
        if len(same) == 1:
            links[row.plan_id] = (same[0].plan_id, "name")
            continue
        reason = (
            "several plans of the same name"
            if len(same) > 1
            else "same name, another start of period"
            if earlier.get(key)
            else None
        )
        found = same or earlier.get(key, [])
        if reason is None:  # a rename? the same period and total under another name
            found = [
                p
                for rows in earlier.values()
                for p in rows
                if _same_start(p, row)
                and p.end_roc_year == row.end_roc_year
                and p.total_budget_thousand_twd == row.total_budget_thousand_twd
            ]
            reason = "another name, the same period and total" if found else None
        for candidate in found if reason else []:
            review.append(
                {
                    **_if_linked(row, candidate),
                    "agency": current.agency,
                    "fiscal_year": current.fiscal_year,
                    "plan_id": row.plan_id,
                    "name": row.name,
                    "candidate_fiscal_year": previous.fiscal_year,
                    "candidate_plan_id": candidate.plan_id,
                    "candidate_name": candidate.name,
                    "reason": reason,
                }
            )
    return links, review


def _if_linked(row: Any, candidate: Any) -> dict[str, Any]:
    """What linking ``row`` to ``candidate`` would change: the in-year figures and rate it
    would give (this year's cumulative amounts minus the candidate's)."""
    appropriated = row.appropriated_thousand_twd - candidate.appropriated_thousand_twd
    executed = row.executed_thousand_twd - candidate.executed_thousand_twd
    return {
        "appropriated_in_year_if_linked_thousand_twd": appropriated,
        "executed_in_year_if_linked_thousand_twd": executed,
        "execution_rate_in_year_if_linked": (
            ratio(executed, appropriated) if appropriated > 0 else None
        ),
    }


def _same_start(a: Any, b: Any) -> bool:
    """Both periods read and starting in the same month (an unreadable period links by name
    only through the crosswalk; otherwise it is a candidate for review)."""
    starts = (a.start_roc_year, a.start_month, b.start_roc_year, b.start_month)
    if any(is_missing(v) for v in starts):
        return False
    return (a.start_roc_year, a.start_month) == (b.start_roc_year, b.start_month)


def _in_year(
    row: Any, report: Report, previous: Mapping[str, Any] | None, findings: list[dict[str, Any]]
) -> dict[str, Any]:
    """The plan's own appropriation and execution in the fiscal year, where they are known."""
    appropriated, executed = row.appropriated_thousand_twd, row.executed_thousand_twd
    if previous is not None:
        values = {
            "appropriated_in_year_thousand_twd": appropriated
            - previous["appropriated_thousand_twd"],
            "executed_in_year_thousand_twd": executed - previous["executed_thousand_twd"],
        }
        for column, value in values.items():
            if value < 0:
                findings.append(
                    {
                        "agency": report.agency,
                        "fiscal_year": report.fiscal_year,
                        "plan_id": row.plan_id,
                        "code": "cumulative_amount_decreased",
                        "message": f"{column}: cumulative amount lower than the year before "
                        f"({value:,} thousand TWD)",
                    }
                )
    elif not is_missing(row.start_roc_year) and int(row.start_roc_year) == report.fiscal_year:
        values = {
            "appropriated_in_year_thousand_twd": appropriated,
            "executed_in_year_thousand_twd": executed,
        }
    else:
        return {
            "appropriated_in_year_thousand_twd": None,
            "executed_in_year_thousand_twd": None,
            "execution_rate_in_year": None,
        }
    appropriated_in_year = values["appropriated_in_year_thousand_twd"]
    # no rate of a year in which nothing (or less than nothing) was appropriated
    values["execution_rate_in_year"] = (
        ratio(values["executed_in_year_thousand_twd"], appropriated_in_year)
        if appropriated_in_year > 0
        else None
    )
    return values


def _year_or_none(value: Any) -> int | None:
    """A plan's ROC year, None where its period could not be read."""
    return None if is_missing(value) else int(value)


def _history_rows(
    a: Assessment, previous: Report | None, crosswalk: pd.DataFrame | None, out: Corpus
) -> list[dict[str, Any]]:
    report = a.report
    links, review = link_plans(report, previous, crosswalk)
    out.candidates = pd.concat(
        [out.candidates, schema.make_frame("link_candidates", review)], ignore_index=True
    )
    earlier = (
        {r["plan_id"]: r for r in previous.plans.to_dict("records")} if previous is not None else {}
    )
    assessed = a.plans.set_index("plan_id")[["name_en", "flags", "verdict"]].to_dict("index")
    rows = []
    for row in report.plans.itertuples(index=False):
        linked = links.get(row.plan_id)
        before = earlier.get(linked[0]) if linked else None
        in_year = _in_year(row, report, before, out.findings)
        rows.append(
            {
                "plan_key": plan_key(report.agency, row.plan_id),
                "agency": report.agency,
                "fiscal_year": report.fiscal_year,
                "report": report.source_path.name,
                "plan_id": row.plan_id,
                "name": row.name,
                "start_roc_year": _year_or_none(row.start_roc_year),
                "end_roc_year": _year_or_none(row.end_roc_year),
                **{name: getattr(row, name) for name in AMOUNTS},
                "execution_rate": ratio(row.executed_thousand_twd, row.appropriated_thousand_twd),
                **in_year,
                "previous_plan_id": linked[0] if linked else None,
                "previous_plan_key": plan_key(report.agency, linked[0]) if linked else None,
                "link": linked[1] if linked else "none",
                **assessed[row.plan_id],
                "execution_flag_in_year": _in_year_flag(
                    in_year["execution_rate_in_year"], a.thresholds
                ),
            }
        )
    return rows


#: ``execution_flag_in_year`` of a known in-year rate that no threshold flags.
NO_FLAG = "none"


def _in_year_flag(rate: float | None, th: Thresholds) -> str | None:
    """The execution flag of an in-year rate: its code, :data:`NO_FLAG` for none, None when
    there is no in-year rate (unknown, or nothing appropriated in the year)."""
    if rate is None or is_missing(rate):
        return None
    return execution_flag(rate, th) or NO_FLAG


def execution_code(flags: object) -> str | None:
    """The strictest execution flag code of a ``;``-joined flags cell (or an in-year flag),
    None when it holds none."""
    if is_missing(flags):
        return None
    codes = set(split_flags(flags))
    return next((code for code in EXECUTION_CODES if code in codes), None)


def has_execution_flag(flags: object) -> bool:
    """Whether a flags cell (or an in-year flag) holds an execution flag."""
    return execution_code(flags) is not None


def _sum_known(frame: pd.DataFrame, column: str) -> float | None:
    known = frame[column].dropna()
    return float(known.sum()) if len(known) else None


def _agency_year(a: Assessment, history: pd.DataFrame) -> dict[str, Any]:
    report = a.report
    mine = history[
        (history["agency"] == report.agency) & (history["fiscal_year"] == report.fiscal_year)
    ]
    known = mine.dropna(subset=["appropriated_in_year_thousand_twd"])
    appropriated_in_year = _sum_known(known, "appropriated_in_year_thousand_twd")
    executed_in_year = _sum_known(known, "executed_in_year_thousand_twd")
    everything = a.portfolio[a.portfolio["scope"] == "all"].iloc[0]
    covered = (
        ratio(executed_in_year, appropriated_in_year)
        if appropriated_in_year is not None and executed_in_year is not None
        else None
    )
    return {
        "agency": report.agency,
        "fiscal_year": report.fiscal_year,
        "report": report.source_path.name,
        "n_plans": len(mine),
        **{name: float(mine[name].sum()) for name in AMOUNTS},
        "execution_rate": ratio(
            mine["executed_thousand_twd"].sum(), mine["appropriated_thousand_twd"].sum()
        ),
        "n_plans_in_year_known": len(known),
        "appropriated_in_year_thousand_twd": appropriated_in_year,
        "executed_in_year_thousand_twd": executed_in_year,
        # the agency's in-year rate only when every plan has in-year figures; over fewer
        # plans it is the rate of those plans (execution_rate_in_year_covered), said as such
        "execution_rate_in_year": covered if len(known) == len(mine) else None,
        "execution_rate_in_year_covered": covered,
        "n_plans_below_warn": int(mine["flags"].map(has_execution_flag).sum()),
        "n_plans_below_warn_in_year": int(
            mine["execution_flag_in_year"].map(has_execution_flag).sum()
        ),
        **{name: int(everything[name]) for name in AGENCY_YEAR_COUNTS},
    }


def build_corpus(
    reports: Iterable[Report | Assessment],
    crosswalk: pd.DataFrame | None = None,
    thresholds: Thresholds | None = None,
) -> Corpus:
    """The corpus of ``reports`` (any order): history, agency-years and links for review.

    A report given as its :class:`Assessment` keeps that assessment (reviewed statuses merged,
    its thresholds); a :class:`Report` is assessed here with ``thresholds`` (default
    :class:`Thresholds`) and no reviewed statuses.
    """
    given = list(reports)
    if thresholds is None:
        thresholds = next((r.thresholds for r in given if isinstance(r, Assessment)), None)
    th = thresholds if thresholds is not None else Thresholds()
    assessed = [r if isinstance(r, Assessment) else assess(r, th) for r in given]
    for a in assessed:
        if a.thresholds != th:
            raise ValueError(
                f"{a.report.source_path}: assessed with other thresholds than the corpus "
                f"({a.thresholds} against {th}); assess every report alike"
            )
    assessed.sort(key=lambda a: (a.report.agency, a.report.fiscal_year))
    ordered = [a.report for a in assessed]
    check_unique(ordered)
    out = Corpus(
        reports=ordered,
        history=schema.make_frame("plan_history", []),
        agency_years=schema.make_frame("agency_years", []),
        candidates=schema.make_frame("link_candidates", []),
        thresholds=th,
        assessments=assessed,
    )
    by_key = {(r.agency, r.fiscal_year): r for r in ordered}
    rows: list[dict[str, Any]] = []
    for a in assessed:
        previous = by_key.get((a.report.agency, a.report.fiscal_year - 1))
        rows += _history_rows(a, previous, crosswalk, out)
    pending = set(
        zip(
            out.candidates["agency"],
            out.candidates["fiscal_year"],
            out.candidates["plan_id"],
            strict=True,
        )
    )
    _year_statuses(rows, set(by_key), pending)
    out.history = schema.make_frame("plan_history", rows)
    out.agency_years = schema.make_frame(
        "agency_years", [_agency_year(a, out.history) for a in assessed]
    )
    return out


#: ``plan_history.year_status``: the plan's first year in the corpus, a year linked to the one
#: before, or a year whose link to the one before is left for review (``link_candidates``).
YEAR_STATUSES = ("new", "continued", "pending")
#: ``plan_history.next_status``: what the corpus says of the plan's next year: linked to a plan
#: of the agency's next report; its period ended this year (no later report needed); the next
#: report is in the corpus without it; no later report of the agency in the corpus.
NEXT_STATUSES = ("continues", "ended", "not_in_next_report", "no_next_report")


def _year_statuses(
    rows: list[dict[str, Any]], reports: set[tuple[str, int]], pending: set[tuple[Any, ...]]
) -> None:
    """Each plan-year's ``year_status`` and ``next_status`` (:data:`YEAR_STATUSES`,
    :data:`NEXT_STATUSES`), set in ``rows``; ``reports``: the corpus's (agency, year) pairs;
    ``pending``: the (agency, year, plan id) of the plans with a link left for review."""
    followed = {r["previous_plan_key"] for r in rows if r["previous_plan_key"]}
    for r in rows:
        if r["previous_plan_key"]:
            r["year_status"] = "continued"
        elif (r["agency"], r["fiscal_year"], r["plan_id"]) in pending:
            r["year_status"] = "pending"
        else:
            r["year_status"] = "new"
        if r["plan_key"] in followed:
            r["next_status"] = "continues"
        elif not pd.isna(r["end_roc_year"]) and r["end_roc_year"] <= r["fiscal_year"]:
            # an unreadable period (no end) is never taken as ended
            r["next_status"] = "ended"
        elif (r["agency"], r["fiscal_year"] + 1) in reports:
            r["next_status"] = "not_in_next_report"
        else:
            r["next_status"] = "no_next_report"


def lineage(history: pd.DataFrame) -> pd.Series:
    """Each plan-year's lineage: the key of the earliest linked year of its plan (following
    ``previous_plan_key`` back), so one plan's years can be shown together."""
    previous = dict(zip(history["plan_key"], history["previous_plan_key"], strict=True))
    roots = []
    for key in history["plan_key"]:
        seen = {key}
        while not is_missing(previous.get(key)) and previous[key] in previous:
            key = previous[key]
            if key in seen:  # a cycle cannot come from build_corpus; stop rather than loop
                break
            seen.add(key)
        roots.append(key)
    return pd.Series(roots, index=history.index, name="lineage")


def linked_years(history: pd.DataFrame, selected: pd.Series) -> pd.DataFrame:
    """Every year of the plans of the ``selected`` rows (a boolean mask over ``history``): the
    rows sharing a :func:`lineage` with one of them, in the history's order."""
    roots = lineage(history)
    return history[roots.isin(set(roots[selected]))]


def rate_basis(history: pd.DataFrame) -> pd.Series:
    """Which rate judges each plan-year: ``in_year`` where there is an in-year rate, else
    ``cumulative``."""
    known = history["execution_rate_in_year"].notna()
    return known.map({True: "in_year", False: "cumulative"})


def needs_attention(history: pd.DataFrame) -> pd.Series:
    """The plan-years with an execution flag on the rate that judges them (:func:`rate_basis`)
    (a boolean mask over ``history``)."""
    in_year = history["execution_flag_in_year"].map(has_execution_flag)
    cumulative = history["flags"].map(has_execution_flag)
    return in_year.where(rate_basis(history) == "in_year", cumulative).astype(bool)


def in_year_known(value: object) -> bool:
    """Whether an in-year figure is known (not null)."""
    return not is_missing(value)
