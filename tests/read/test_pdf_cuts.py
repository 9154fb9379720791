"""Rows cut across a page or sheet break (read/cuts.py): property tests on page sets.

A valid page set (the bundled report's page tables) is cut the way a word processor or a browser
cuts a row that does not fit: a plan's left row and its right row end one spread and continue at
the top of the next, each cell cut at its own point (a name mid-word, the category
「科技發」/「展」, the period, a long text mid-sentence or between items; an amount whole on one
side). The reader's
joining and invariants must give exactly the report of the uncut page set, or stop with one line;
never a different report. Cutting an amount in two must stop with one line.
"""

from __future__ import annotations

import copy
import html
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reader_fields import PLAN_COLUMNS

from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef
from govplans.model.report import Report
from govplans.read.assemble import assemble
from govplans.read.cells import html_blocks
from govplans.read.cuts import check_invariants, join_cut_rows
from govplans.read.pages import PageTable, Row, SourceTables
from govplans.read.text import read_text_tables
from govplans.run import paths

ITEM_COLUMNS = ["plan_id", "section", "item_no", "sub_item_no", "marker", "text"]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def source() -> SourceTables:
    path = Path(paths.BUNDLED_REPORT)
    return read_text_tables(path, path.read_bytes())


@cache
def truth() -> Report:
    return assemble(copy.deepcopy(source()))


def _points(text: str) -> list[int]:
    """Where a text can be cut as a line break cuts it: between two Chinese characters."""
    return [k for k in range(1, len(text)) if CJK.match(text[k - 1]) and CJK.match(text[k])]


def _cut_text(cell: str, draw, whole_ok: bool = True) -> tuple[str, str]:
    """A long cell cut at a block boundary or mid-sentence: (top, rest) as paragraphs."""
    blocks = html_blocks(cell)
    if not blocks:
        return "", ""
    index = draw(st.integers(0, len(blocks) - 1))
    points = _points(blocks[index])
    k = draw(st.sampled_from([0, *points])) if points else 0
    if not whole_ok and index == 0 and k == 0:
        k = points[0] if points else 0
    top = [*blocks[:index], blocks[index][:k]]
    rest = [blocks[index][k:], *blocks[index + 1 :]]

    def para(parts: list[str]) -> str:
        return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in parts if p)

    return para(top), para(rest)


def _cut_left(row: Row, draw, split_amount: bool) -> tuple[Row, Row]:
    cells = row.cells
    name_points = _points(cells[0])
    k = draw(st.sampled_from([len(cells[0]), *name_points]))
    top = [cells[0][:k]]
    rest = [cells[0][k:]]
    for i in (1, 2):  # category, period: cut anywhere
        k = draw(st.integers(1, len(cells[i])))
        top.append(cells[i][:k])
        rest.append(cells[i][k:])
    for i in (3, 4, 5):  # amounts: whole on one side
        if split_amount and i == 3 and len(cells[i]) > 1:
            top.append(cells[i][:1])
            rest.append(cells[i][1:])
        elif draw(st.booleans()) or i == 3:
            top.append(cells[i])
            rest.append("")
        else:
            top.append("")
            rest.append(cells[i])
    t, r = _cut_text(cells[6], draw)
    return Row((*top, t), row.ref), Row((*rest, r), _next(row.ref))


def _next(ref: SourceRef) -> SourceRef:
    return SourceRef(ref.path, ref.line + 1)


def _cut_right(row: Row, draw) -> tuple[Row, Row]:
    pairs = [_cut_text(c, draw, whole_ok=(i > 0)) for i, c in enumerate(row.cells)]
    return Row(tuple(p[0] for p in pairs), row.ref), Row(tuple(p[1] for p in pairs), row.ref)


def _cut(tables: SourceTables, draw, split_amount: bool = False) -> SourceTables:
    """The page set with one plan's rows cut by a break (a new spread after the cut)."""
    pages = tables.pages
    s = draw(st.integers(0, len(pages) - 1))
    page = pages[s]
    news = [i for i, r in enumerate(page.left_rows) if any(c.strip() for c in r.cells[:6])]
    whole = [p for p, i in enumerate(news) if all(c.strip() for c in page.left_rows[i].cells[:6])]
    if not whole:
        return tables
    p = draw(st.sampled_from(whole))
    i = news[p]
    extra = len(page.right_rows) - len(news)
    j = p + extra
    left_top, left_rest = _cut_left(page.left_rows[i], draw, split_amount)
    right_top, right_rest = _cut_right(page.right_rows[j], draw)
    a = PageTable(
        left_header=page.left_header,
        left_rows=[*page.left_rows[:i], left_top],
        right_header=page.right_header,
        right_rows=[*page.right_rows[:j], right_top],
    )
    b = PageTable(
        left_header=page.left_header,
        left_rows=[left_rest, *page.left_rows[i + 1 :]],
        right_header=page.right_header,
        right_rows=[right_rest, *page.right_rows[j + 1 :]],
    )
    for half in (a.left_rows, a.right_rows, b.left_rows, b.right_rows):
        half[:] = [r for r in half if any(c.strip() for c in r.cells)]  # a row with no text
    out = copy.copy(tables)
    out.pages = [*pages[:s], a, b, *pages[s + 1 :]]
    return out


def _read(tables: SourceTables) -> Report:
    path = Path(tables.path)
    join_cut_rows(path, tables.pages, tables.meta.unit)
    check_invariants(path, tables.pages, tables.meta.unit)
    return assemble(tables)


def _same(report: Report) -> bool:
    expected = truth()
    return report.plans[PLAN_COLUMNS].equals(expected.plans[PLAN_COLUMNS]) and report.items[
        ITEM_COLUMNS
    ].equals(expected.items[ITEM_COLUMNS])


def test_the_uncut_page_set_reads_as_the_text_reader_reads_it():
    assert _same(_read(copy.deepcopy(source())))


@FAST
@given(data=st.data(), cuts=st.integers(1, 3))
def test_rows_cut_anywhere_read_exactly_or_stop_with_one_line(data, cuts):
    tables = copy.deepcopy(source())
    for _ in range(cuts):
        tables = _cut(tables, data.draw)
    try:
        report = _read(tables)
    except ReportFormatError as exc:
        assert "\n" not in str(exc)
        return
    assert _same(report), "a cut page set read to a different report"


@FAST
@given(data=st.data())
def test_an_amount_cut_in_two_stops_with_one_line(data):
    tables = _cut(copy.deepcopy(source()), data.draw, split_amount=True)
    if len(tables.pages) == len(source().pages):
        return  # nothing was cut (no plan row on the page drawn)
    with pytest.raises(ReportFormatError) as caught:
        _read(tables)
    assert "\n" not in str(caught.value)


def _row(*cells: str) -> Row:
    return Row(tuple(cells), SourceRef("r.pdf", 0, page=1))


def test_a_right_table_run_over_joins_the_cut_row_unless_a_new_plan_starts():
    from govplans.read.cuts import join_spill

    rows = [_row("<p>1. 辦理甲</p>", "<p>1. 目標</p>", "<p>1. 達成乙</p>")]
    rest = _row("<p>丙丁。</p>", "", "<p>2. 再達成</p>")
    joined = join_spill(rows, [rest])
    assert len(joined) == 1
    assert joined[0].cells == (
        "<p>1. 辦理甲</p><p>丙丁。</p>",
        "<p>1. 目標</p>",
        rows[0].cells[2] + rest.cells[2],
    )
    new = _row("<p>1. 新計畫</p>", "<p>1. 新目標</p>", "")
    assert join_spill(rows, [new]) == [*rows, new]


def test_a_left_table_run_over_joins_short_cells_and_planned_work():
    from govplans.read.cuts import join_left_spill

    cut = _row("連結亞太", "科技發", "112年1月至", "380,246", "203,856", "150,823", "輔導電信")
    rest = _row("計畫", "展", "115年12月", "", "", "", "事業。")
    (joined,) = join_left_spill(Path("r.pdf"), [cut], [rest])
    assert joined.cells[:3] == ("連結亞太計畫", "科技發展", "112年1月至115年12月")
    assert joined.cells[6] == "輔導電信事業。"
    split = _row("", "", "", "6", "", "", "")
    with pytest.raises(ReportFormatError):
        join_left_spill(Path("r.pdf"), [cut], [split])
