"""Data-quality checks that are not structural errors: kept as findings, never fatal."""

from __future__ import annotations

from typing import Any

import pandas as pd

from govplans.model.report import Finding
from govplans.model.values import amount_value, is_missing
from govplans.read.amounts import PeriodError, read_period


def find_data_issues(plans: pd.DataFrame, fiscal_year: int) -> list[Finding]:
    """Findings for each plan: executed > appropriated, appropriated > total, a period that
    cannot be read (the plan keeps 計畫期程 as printed; its start and end are empty), and a
    period that does not cover the fiscal year (the report is about plans running in that
    year)."""
    findings: list[Finding] = []
    for row in plans.itertuples():
        if row.executed_thousand_twd > row.appropriated_thousand_twd:
            findings.append(
                Finding(
                    row.plan_id,
                    "executed_exceeds_appropriated",
                    f"累計執行數 {amount_value(row.executed_thousand_twd):,} 千元 exceeds "
                    f"已編列預算數 {amount_value(row.appropriated_thousand_twd):,} 千元",
                    *_where(row),
                )
            )
        if row.appropriated_thousand_twd > row.total_budget_thousand_twd:
            findings.append(
                Finding(
                    row.plan_id,
                    "appropriated_exceeds_total",
                    f"已編列預算數 {amount_value(row.appropriated_thousand_twd):,} 千元 exceeds "
                    f"計畫核定總經費 {amount_value(row.total_budget_thousand_twd):,} 千元",
                    *_where(row),
                )
            )
        if is_missing(row.start_roc_year):
            findings.append(
                Finding(
                    row.plan_id, "period_unreadable", _unreadable(row.period_text), *_where(row)
                )
            )
        elif not row.start_roc_year <= fiscal_year <= row.end_roc_year:
            findings.append(
                Finding(
                    row.plan_id,
                    "period_does_not_cover_fiscal_year",
                    f"計畫期程 {row.period_text} does not include fiscal year {fiscal_year}",
                    *_where(row),
                )
            )
    return findings


def ocr_findings(plans: pd.DataFrame, ocr_pages: list[int]) -> list[Finding]:
    """A finding on every plan read (in part) from pages OCR read: its amounts and text are
    what OCR made of the scan, to be checked against it (OCR can misread a digit so that the
    amounts still add up)."""
    if not ocr_pages:
        return []
    findings: list[Finding] = []
    for row in plans.itertuples():
        pages = [int(p) for p in str(row.source_pages).split(",") if p.strip().isdigit()]
        if set(pages) & set(ocr_pages):
            findings.append(
                Finding(
                    row.plan_id,
                    "read_by_ocr",
                    f"第 {'、'.join(map(str, pages))} 頁以 OCR 辨識: amounts "
                    f"{amount_value(row.total_budget_thousand_twd):,} / "
                    f"{amount_value(row.appropriated_thousand_twd):,} / "
                    f"{amount_value(row.executed_thousand_twd):,} 千元 and text as OCR read "
                    f"them; check against the scan",
                    *_where(row),
                )
            )
    return findings


def _unreadable(period_text: str) -> str:
    """Why 計畫期程 was not read: what was expected and what was found."""
    try:
        read_period(period_text)
    except PeriodError as error:
        return (
            f"計畫期程 could not be read: expected {error.expected}, found {error.found}; "
            "its schedule measures are unknown"
        )
    raise ValueError(f"計畫期程 {period_text!r} reads as a period")  # a caller's mistake


def _where(row: Any) -> tuple[int | None, int | None]:
    """The plan row's line and page, as a finding records them."""
    line = None if is_missing(row.source_line) else int(row.source_line)
    page = None if is_missing(row.source_page) else int(row.source_page)
    return line, page
