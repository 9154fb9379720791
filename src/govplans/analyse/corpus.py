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
(null), never guessed. A negative difference is a finding.

Pure: reports and the crosswalk in, tables out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from govplans.analyse.measures import ratio
from govplans.model import schema
from govplans.model.report import Report
from govplans.model.values import is_missing
from govplans.model.vocab import AMOUNTS

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


def _same_start(a: Any, b: Any) -> bool:
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
    elif int(row.start_roc_year) == report.fiscal_year:
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
    values["execution_rate_in_year"] = ratio(
        values["executed_in_year_thousand_twd"], values["appropriated_in_year_thousand_twd"]
    )
    return values


def _history_rows(
    report: Report, previous: Report | None, crosswalk: pd.DataFrame | None, out: Corpus
) -> list[dict[str, Any]]:
    links, review = link_plans(report, previous, crosswalk)
    out.candidates = pd.concat(
        [out.candidates, schema.make_frame("link_candidates", review)], ignore_index=True
    )
    earlier = (
        {r["plan_id"]: r for r in previous.plans.to_dict("records")} if previous is not None else {}
    )
    rows = []
    for row in report.plans.itertuples(index=False):
        linked = links.get(row.plan_id)
        before = earlier.get(linked[0]) if linked else None
        rows.append(
            {
                "plan_key": plan_key(report.agency, row.plan_id),
                "agency": report.agency,
                "fiscal_year": report.fiscal_year,
                "report": report.source_path.name,
                "plan_id": row.plan_id,
                "name": row.name,
                "start_roc_year": int(row.start_roc_year),
                "end_roc_year": int(row.end_roc_year),
                **{name: getattr(row, name) for name in AMOUNTS},
                "execution_rate": ratio(row.executed_thousand_twd, row.appropriated_thousand_twd),
                **_in_year(row, report, before, out.findings),
                "previous_plan_id": linked[0] if linked else None,
                "previous_plan_key": plan_key(report.agency, linked[0]) if linked else None,
                "link": linked[1] if linked else "none",
            }
        )
    return rows


def _sum_known(frame: pd.DataFrame, column: str) -> float | None:
    known = frame[column].dropna()
    return float(known.sum()) if len(known) else None


def _agency_year(report: Report, history: pd.DataFrame) -> dict[str, Any]:
    mine = history[
        (history["agency"] == report.agency) & (history["fiscal_year"] == report.fiscal_year)
    ]
    known = mine.dropna(subset=["appropriated_in_year_thousand_twd"])
    appropriated_in_year = _sum_known(known, "appropriated_in_year_thousand_twd")
    executed_in_year = _sum_known(known, "executed_in_year_thousand_twd")
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
        "execution_rate_in_year": (
            ratio(executed_in_year, appropriated_in_year)
            if appropriated_in_year is not None and executed_in_year is not None
            else None
        ),
    }


def build_corpus(reports: Iterable[Report], crosswalk: pd.DataFrame | None = None) -> Corpus:
    """The corpus of ``reports`` (any order): history, agency-years and links for review."""
    ordered = sorted(reports, key=lambda r: (r.agency, r.fiscal_year))
    check_unique(ordered)
    out = Corpus(
        reports=ordered,
        history=schema.make_frame("plan_history", []),
        agency_years=schema.make_frame("agency_years", []),
        candidates=schema.make_frame("link_candidates", []),
    )
    by_key = {(r.agency, r.fiscal_year): r for r in ordered}
    rows: list[dict[str, Any]] = []
    for report in ordered:
        previous = by_key.get((report.agency, report.fiscal_year - 1))
        rows += _history_rows(report, previous, crosswalk, out)
    out.history = schema.make_frame("plan_history", rows)
    out.agency_years = schema.make_frame(
        "agency_years", [_agency_year(r, out.history) for r in ordered]
    )
    return out


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


def in_year_known(value: object) -> bool:
    """Whether an in-year figure is known (not null)."""
    return not is_missing(value)
