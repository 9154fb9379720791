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

import re
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.text import despace, join_text, remove_wrap_spaces
from govplans.model.vocab import CATEGORIES
from govplans.read.amounts import parse_amount, parse_period
from govplans.read.cells import html_blocks, starts_with_marker
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
    return Row(tuple(cells), cut.ref, cut.top)


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
                rows[0] = Row(("",) * SHORT + tuple(rest.cells[SHORT:]), rest.ref, rest.top)
        for index, row in enumerate(rows):
            if not is_continuation(row):
                owner = (rows, index)
    return pages


#: A first item's marker (1. (1) 1、 一、 (一)): what a new plan's cell starts with.
_FIRST_ITEM = re.compile(r"^(?:<p>)?\s*(?:1[.、．]|[(（]1[)）]|一、|[(（]一[)）])")
#: An item marker's number at the start of a text (1. 1、 (1)).
_NUMBER = re.compile(r"^\s*[(（]?(\d{1,3})")
#: Rows whose tops differ by at most this (points) line up across the gutter.
ALIGNED = 2.0


def join_spill(rows: list[Row], spill: list[Row]) -> list[Row]:
    """A right table's rows with those of its run-over onto the next page: the run-over's first
    row continues the row that was cut unless its text starts as a new plan's does (a first
    item in every cell that has text), and is then joined to it cell by cell."""
    if not rows or not spill:
        return [*rows, *spill]
    first = spill[0]
    filled = [c for c in first.cells if not _empty(c)]
    if filled and all(_FIRST_ITEM.match(c) for c in filled):
        return [*rows, *spill]
    cut = rows[-1]
    joined = tuple(a + b for a, b in zip(cut.cells, first.cells, strict=True))
    return [*rows[:-1], Row(joined, cut.ref, cut.top), *spill[1:]]


def join_left_spill(path: Path, rows: list[Row], spill: list[Row]) -> list[Row]:
    """A left table's rows with those of its run-over onto the next page (no right table
    between): a first row that continues the cut one (six empty leading cells, or some) is
    joined to it cell by cell, its planned work added to the cut row's."""
    if not rows or not spill:
        return [*rows, *spill]
    cut, rest = rows[-1], spill[0]
    if not is_continuation(rest) and not any(_empty(c) for c in rest.cells[:SHORT]):
        return [*rows, *spill]
    joined = _join_short(path, cut, rest) if not is_continuation(rest) else cut
    cells = (*joined.cells[:SHORT], joined.cells[SHORT] + rest.cells[SHORT])
    return [*rows[:-1], Row(cells, cut.ref, cut.top), *spill[1:]]


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
            _check_first_items(path, row, row.cells[SHORT:], row)
        news = [r for r in page.left_rows if not is_continuation(r)]
        rights = page.right_rows[max(0, len(page.right_rows) - len(news)) :]
        for left, right in zip(news, rights, strict=False):
            _check_first_items(path, left, right.cells, right)
        _check_aligned(path, news, rights)


def _check_first_items(path: Path, plan: Row, cells: tuple[str, ...], row: Row) -> None:
    """A new plan's cells start with their first item (or unnumbered text), never with item 2
    or later: that would be the rest of another plan's cell."""
    for cell in cells:
        blocks = html_blocks(cell)
        if not blocks or not starts_with_marker(blocks[0]):
            continue
        number = _NUMBER.match(blocks[0])
        if number and int(number.group(1)) > 1:
            raise ReportFormatError(
                path,
                0,
                f"the cells of {_plan_label(plan)} starting with their first item",
                f"one starting with {blocks[0][:12]!r} (the rest of another plan's cell, or "
                f"a row missing)",
                page=row.ref.page,
            )


def _check_aligned(path: Path, news: list[Row], rights: list[Row]) -> None:
    """Where a spread's rows line up across the gutter (most plans' left and right rows start
    at the same height), every plan's must: one that does not means a row missing or extra."""
    pairs = [(left, right) for left, right in zip(news, rights, strict=False)]
    if len(pairs) < 2 or any(r.top is None for pair in pairs for r in pair):
        return
    lined_up = [abs((a.top or 0.0) - (b.top or 0.0)) <= ALIGNED for a, b in pairs]
    if 2 * sum(lined_up) > len(pairs) and not all(lined_up):
        left, right = next(pair for pair, ok in zip(pairs, lined_up, strict=True) if not ok)
        raise ReportFormatError(
            path,
            0,
            f"the right-half row of {_plan_label(left)} level with its left-half row (page "
            f"{left.ref.page}), as the other plans' rows are",
            "a row at another height (a right-half row missing or extra)",
            page=right.ref.page,
        )
