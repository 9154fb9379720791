"""Rows cut by a page or sheet break, joined cell by cell; the invariants a page set must keep.

A word processor or a browser lets a table row break across a page: the plan's left row ends
one spread and continues, in any of its cells, at the top of the next spread's left table (the
header repeated or not); its right row likewise. :func:`join_cut_rows` joins the short cells
(name, category 「社會發」/「展」, period, amounts) of such a left row into the row that was cut,
and leaves the rest of the long text cells as a continuation row (six empty leading cells) for
the shared assembler, which adds it to the plan as further fragments.

The reader may fail; it may never be silently wrong. :func:`check_invariants` stops with one
line naming the page (and the plan where there is one) when a page set breaks what a printed
report always keeps: a continuation row only at the top of a table after a break, a plan's
short cells complete once joined, an amount never split across a break, a right-half
continuation that does not start with a new plan's first item.
"""

from __future__ import annotations

from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.text import despace, join_text, remove_wrap_spaces
from govplans.model.vocab import CATEGORIES
from govplans.read.amounts import parse_amount, parse_period
from govplans.read.pages import LEFT_HEADER, PageTable, Row, where

#: The leading (short) cells of a left row: name, category, period, the three amounts.
SHORT = 6
AMOUNTS = (3, 4, 5)


def _empty(cell: str) -> bool:
    return not cell.strip()


def is_continuation(row: Row) -> bool:
    """A left row whose six leading cells are all empty: more planned work of the plan above."""
    return all(_empty(c) for c in row.cells[:SHORT])


def _complete(row: Row, unit: str) -> bool:
    """Whether a left row's short cells read as a whole plan row: all filled, a category, a
    period and three amounts."""
    cells = row.cells
    if any(_empty(c) for c in cells[:SHORT]) or despace(cells[1]) not in CATEGORIES:
        return False
    try:
        parse_period(cells[2])
        for i in AMOUNTS:
            parse_amount(cells[i], unit=unit)
    except ReportFormatError:
        return False
    return True


def _plan_label(row: Row) -> str:
    name = remove_wrap_spaces(row.cells[0]) if row.cells else ""
    return f"plan {name!r}" if name else "a plan"


def _join_short(path: Path, cut: Row, rest: Row) -> Row:
    """The cut row with the rest's short cells joined to its own, cell by cell."""
    cells = list(cut.cells)
    for i in range(SHORT):
        top, more = cut.cells[i].strip(), rest.cells[i].strip()
        if not more:
            continue
        if i in AMOUNTS and top:
            raise ReportFormatError(
                path,
                0,
                f"an amount in {LEFT_HEADER[i]} printed whole on one page",
                f"{top!r} continued by {more!r} after the break ({_plan_label(cut)}; "
                f"the row was cut on {where(cut.ref)})",
                page=rest.ref.page,
            )
        if i == 0:
            cells[i] = remove_wrap_spaces(join_text(top, more))
        elif i in AMOUNTS:
            cells[i] = more
        else:
            cells[i] = top + more
    return Row(tuple(cells), cut.ref)


def join_cut_rows(path: Path, pages: list[PageTable], unit: str) -> list[PageTable]:
    """Left rows cut by a break joined cell by cell (see the module); ``pages`` in order. A row
    cut twice (over three pages) is joined into the plan row it started as."""
    owner: tuple[list[Row], int] | None = None  # the last plan row seen: (its rows, index)
    for page in pages:
        rows = page.left_rows
        if rows and owner is not None and not is_continuation(rows[0]):
            cut, rest = owner[0][owner[1]], rows[0]
            partly = any(_empty(c) for c in rest.cells[:SHORT])
            # an amount is never split: a row with amounts where the row above has its own
            # starts a new plan (its other amounts may be printed lower, after a further break)
            clash = any(not _empty(cut.cells[i]) and not _empty(rest.cells[i]) for i in AMOUNTS)
            if not _complete(cut, unit) or (partly and not clash):
                owner[0][owner[1]] = _join_short(path, cut, rest)
                rows[0] = Row(("",) * SHORT + tuple(rest.cells[SHORT:]), rest.ref)
        for index, row in enumerate(rows):
            if not is_continuation(row):
                owner = (rows, index)
    return pages


def check_invariants(path: Path, pages: list[PageTable], unit: str) -> None:
    """Stop with one line where the page set breaks an invariant of the printed report."""
    plans: list[Row] = []
    for page in pages:
        for position, row in enumerate(page.left_rows):
            if is_continuation(row):
                if position > 0:
                    raise ReportFormatError(
                        path,
                        0,
                        "a continuation row (six empty leading cells) only at the top of a "
                        "table, after a page or sheet break",
                        f"one after {_plan_label(page.left_rows[position - 1])}",
                        page=row.ref.page,
                    )
                continue
            if not _complete(row, unit) and any(_empty(c) for c in row.cells[:SHORT]):
                label = LEFT_HEADER[next(i for i in range(SHORT) if _empty(row.cells[i]))]
                raise ReportFormatError(
                    path,
                    0,
                    "every plan with its seven cells (name, category, period, three amounts, "
                    "planned work)",
                    f"{_plan_label(row)} without {label}",
                    page=row.ref.page,
                )
            plans.append(row)
