"""The shared assembler: page tables -> :class:`~govplans.model.report.Report`.

Every reader produces :class:`~govplans.read.pages.SourceTables`; the rules that turn rows into
plans live here once: a left row whose first six cells are empty continues the plan before it;
a right table with one row more than its page has new plans starts with the continuation of the
previous page's last plan; each plan's cells are split into items; amounts are read exactly in
the printed unit and converted to thousand TWD exact to the yuan; data-quality findings are
recorded.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from govplans.model import schema
from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef, join_ids
from govplans.model.report import Report
from govplans.model.text import despace, remove_wrap_spaces
from govplans.model.vocab import CATEGORIES, RIGHT_SECTIONS, SECTIONS
from govplans.read.amounts import (
    DEFAULT_UNIT,
    Period,
    PeriodError,
    parse_amount,
    read_period,
    to_thousand,
)
from govplans.read.cells import split_items
from govplans.read.findings import find_data_issues, ocr_findings
from govplans.read.pages import LEFT_HEADER, TITLE, PageTable, Row, SourceTables, where


@dataclass
class _Plan:
    ref: SourceRef
    name: str
    category: str
    period_text: str
    #: The three amounts as printed (in the report's unit), exact.
    amounts: tuple[Decimal, Decimal, Decimal]
    #: None when 計畫期程 cannot be read: a finding on the plan, never an error on the report.
    period: Period | None
    #: Section -> (cell text, position) in order; a position is a line or a page (see ``_pos``).
    fragments: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)


def _pos(ref: SourceRef) -> int:
    """Where a row is: its page for a PDF source, its line for extracted text."""
    return ref.page if ref.page is not None else ref.line


def _error(ref: SourceRef, expected: str, found: str | None = None) -> ReportFormatError:
    return ReportFormatError(ref.path, ref.line, expected, found, page=ref.page, place=ref.place)


def _new_plan(row: Row, unit: str) -> _Plan:
    cells, ref = row.cells, row.ref
    for label, cell in zip(LEFT_HEADER[:6], cells[:6], strict=True):
        if not cell.strip():
            raise _error(
                ref,
                "either all six leading cells filled (a new plan) or all six empty (a "
                "continuation)",
                f"an empty {label}",
            )
    category = despace(cells[1])
    if category not in CATEGORIES:
        raise _error(ref, f"計畫類型 {' or '.join(CATEGORIES)}", repr(category))
    total, appropriated, executed = (
        parse_amount(cells[i], ref.path, ref.line, LEFT_HEADER[i], page=ref.page, unit=unit)
        for i in (3, 4, 5)
    )
    return _Plan(
        ref=ref,
        name=remove_wrap_spaces(cells[0]),
        category=category,
        period_text=despace(cells[2]),
        amounts=(total, appropriated, executed),
        period=_period(cells[2]),
        fragments={"planned_work": [(cells[6], _pos(ref))]},
        positions=[_pos(ref)],
    )


def _period(cell: str) -> Period | None:
    """The plan's period, or None where no reader could read it without doubt (the plan keeps
    ``period_text``; :func:`~govplans.read.findings.find_data_issues` says what was expected)."""
    try:
        return read_period(cell)
    except PeriodError:
        return None


def _left_plans(page: PageTable, plans: list[_Plan], unit: str) -> list[_Plan]:
    """The page's new plans; continuation rows are added to the plan they continue."""
    new: list[_Plan] = []
    for row in page.left_rows:
        if all(not c.strip() for c in row.cells[:6]):
            if not plans and not new:
                raise _error(
                    row.ref,
                    "a plan row before a continuation row",
                    "a continuation row with no plan to continue",
                )
            target = new[-1] if new else plans[-1]
            target.fragments["planned_work"].append((row.cells[6], _pos(row.ref)))
            target.positions.append(_pos(row.ref))
        else:
            new.append(_new_plan(row, unit))
    return new


def _right_rows(page: PageTable, new: list[_Plan], plans: list[_Plan]) -> list[Row]:
    """The page's right rows, checked against its new plans; a leading continuation row is
    added to the previous page's last plan and dropped from the result."""
    rows = page.right_rows
    extra = len(rows) - len(new)
    header = page.right_header or page.left_header
    continues_blank = bool(rows) and not rows[0].cells[0].strip() and not rows[0].cells[1].strip()
    if extra < 0 or (extra == 0 and new and plans and continues_blank):
        raise _error(
            rows[-1].ref if rows else header,
            f"a right-half row for each of the {len(new)} plans on the page starting on "
            f"{where(page.left_header)}",
            f"{len(rows)} row{'' if len(rows) == 1 else 's'} (truncated)",
        )
    if extra > 1:
        raise _error(
            rows[0].ref,
            f"{len(new)} right-half rows (one per plan), or {len(new) + 1} with a "
            f"continuation of the previous page's last plan",
            f"{len(rows)}",
        )
    if extra == 1:
        if not plans:
            raise _error(
                rows[0].ref,
                f"{len(new)} right-half rows, one per plan on the page",
                f"{len(rows)} with no earlier plan to continue",
            )
        _add_right(plans[-1], rows[0])
        rows = rows[1:]
    return rows


def _add_right(plan: _Plan, row: Row) -> None:
    for section, cell in zip(RIGHT_SECTIONS, row.cells, strict=True):
        if cell.strip():
            plan.fragments.setdefault(section, []).append((cell, _pos(row.ref)))
    plan.positions.append(_pos(row.ref))


def assemble_plans(pages: list[PageTable], unit: str = DEFAULT_UNIT) -> list[_Plan]:
    """Plans in report order with their cell fragments, continuations joined; amounts as
    printed in ``unit``."""
    plans: list[_Plan] = []
    for page in pages:
        new = _left_plans(page, plans, unit)
        for plan, row in zip(new, _right_rows(page, new, plans), strict=True):
            _add_right(plan, row)
        plans.extend(new)
    if not plans:
        raise _error(pages[0].left_header, "at least one plan row", "none")
    return plans


def _end_date(year: int, month: int, day: int | None = None) -> date:
    """A period's last day: the day printed, else the month's last."""
    return date(year, month, day or calendar.monthrange(year, month)[1])


def _provenance(positions: list[int], by_page: bool) -> dict[str, Any]:
    """The source columns of a row: lines for extracted text, pages for a PDF."""
    unique = list(dict.fromkeys(positions))
    if by_page:
        return {
            "source_line": None,
            "source_lines": "",
            "source_page": unique[0],
            "source_pages": join_ids(unique),
        }
    return {
        "source_line": unique[0],
        "source_lines": join_ids(unique),
        "source_page": None,
        "source_pages": "",
    }


def _item_rows(
    plan_id: str, plan: _Plan, by_page: bool
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The plan's items, one row per item or sub-item, and its top-level item counts."""
    rows: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for section in SECTIONS:
        items = split_items(plan.fragments.get(section, []))
        counts[section] = sum(1 for it in items if it.sub_item_no == 0 and it.item_no)
        for it in items:
            rows.append(
                {
                    "plan_id": plan_id,
                    "section": section,
                    "item_no": it.item_no,
                    "sub_item_no": it.sub_item_no,
                    "marker": it.marker,
                    "text": it.text,
                    **_provenance(it.lines, by_page),
                }
            )
    return rows, counts


def _plan_row(
    plan_id: str, seq: int, plan: _Plan, tables: SourceTables, counts: dict[str, int]
) -> dict:
    factor = tables.meta.factor
    by_page = tables.position == "page"
    printed = [tables.printed_pages[p] for p in plan.positions if p in tables.printed_pages]
    period = plan.period
    total, appropriated, executed = (to_thousand(a, factor) for a in plan.amounts)
    return {
        "plan_id": plan_id,
        "seq": seq,
        "name": plan.name,
        "category": plan.category,
        "period_text": plan.period_text,
        "period_form": period.form if period else None,
        "start_roc_year": period.start_roc_year if period else None,
        "start_month": period.start_month if period else None,
        "end_roc_year": period.end_roc_year if period else None,
        "end_month": period.end_month if period else None,
        # (the days where printed, else the month's first and last)
        "start_date": date(period.start_roc_year + 1911, period.start_month, period.start_day or 1)
        if period
        else None,
        "end_date": _end_date(period.end_roc_year + 1911, period.end_month, period.end_day)
        if period
        else None,
        "total_budget_thousand_twd": total,
        "appropriated_thousand_twd": appropriated,
        "executed_thousand_twd": executed,
        "n_planned_work": counts["planned_work"],
        "n_execution": counts["execution"],
        "n_targets": counts["targets"],
        "n_attainment": counts["attainment"],
        **_provenance([_pos(plan.ref), *plan.positions], by_page),
        "printed_pages": ",".join(dict.fromkeys(printed)) if by_page else "",
    }


def assemble(tables: SourceTables) -> Report:
    """Build the :class:`Report` of one source from its page tables."""
    meta = tables.meta
    plan_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    for seq, plan in enumerate(assemble_plans(tables.pages, meta.unit), start=1):
        plan_id = f"{meta.fiscal_year}-{seq:02d}"
        items, counts = _item_rows(plan_id, plan, tables.position == "page")
        item_rows += items
        plan_rows.append(_plan_row(plan_id, seq, plan, tables, counts))
    plans = schema.make_frame("plans", plan_rows)
    return Report(
        agency=meta.agency,
        fiscal_year=meta.fiscal_year,
        unit=meta.unit,
        title=TITLE,
        source_path=Path(tables.path),
        sha256=tables.sha256,
        plans=plans,
        items=schema.make_frame("items", item_rows),
        findings=find_data_issues(plans, meta.fiscal_year) + ocr_findings(plans, tables.ocr_pages),
        notes=tables.notes,
        line_roles=tables.line_roles,
        source_kind=tables.source_kind or ("pdf" if tables.position == "page" else "text"),
        printed_pages=dict(tables.printed_pages),
        table_rows={
            row.ref.line: (row.ref.table, row.ref.row or 0)
            for page in tables.pages
            for row in [*page.left_rows, *page.right_rows]
            if row.ref.table is not None
        },
    )
