"""The shared page-table assembler: any reader that produces page tables gets the same Report.

These build :class:`SourceTables` by hand (as a PDF reader would), with page provenance, and
check that the assembler alone turns them into plans, continuations and items, and that its
errors name the page.
"""

from __future__ import annotations

import pytest

from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef
from govplans.read.assemble import assemble
from govplans.read.pages import PageTable, ReportMeta, Row, SourceTables

PATH = "report.pdf"


def _ref(page: int, line: int = 0) -> SourceRef:
    return SourceRef(PATH, line, page=page)


def _left(page: int, name: str, planned: str, line: int = 0) -> Row:
    cells = (name, "科技發展", "113年1月至115年12月", "100,000", "50,000", "45,000", planned)
    return Row(cells, _ref(page, line))


def _right(page: int, execution: str, targets: str, attainment: str, line: int = 0) -> Row:
    return Row((execution, targets, attainment), _ref(page, line))


def _tables(pages: list[PageTable], factor: int = 1) -> SourceTables:
    meta = ReportMeta("測試發展部", 114, "新臺幣千元" if factor == 1 else "新臺幣萬元", factor)
    return SourceTables(path=PATH, sha256="0" * 64, meta=meta, pages=pages, position="page")


def test_plans_and_continuations_from_page_tables_alone():
    page1 = PageTable(
        left_header=_ref(3),
        left_rows=[_left(3, "甲計畫", "1. 辦理工作甲。", 10), _left(3, "乙計畫", "1. 辦理乙", 11)],
        right_header=_ref(4),
        right_rows=[
            _right(4, "已完成甲。", "辦理說明會2場次。", "完成說明會2場次。", 20),
            _right(4, "1. 已完成乙", "1. 完成報告1份。", "1. 已完成報告1份。", 21),
        ],
    )
    page2 = PageTable(
        left_header=_ref(5),
        left_rows=[Row(("",) * 6 + ("工作。 2. 辦理工作乙二。",), _ref(5, 30))],
        right_header=_ref(6),
        right_rows=[_right(6, "之工作。", "2. 辦理會議3場。", "2. 辦理會議3場。", 40)],
    )
    report = assemble(_tables([page1, page2]))
    assert list(report.plans["name"]) == ["甲計畫", "乙計畫"]
    assert list(report.plans["plan_id"]) == ["114-01", "114-02"]
    assert report.section_items("114-02", "planned_work") == ["辦理乙工作。", "辦理工作乙二。"]
    assert report.section_items("114-02", "execution") == ["已完成乙之工作。"]
    assert report.section_items("114-02", "targets") == ["完成報告1份。", "辦理會議3場。"]
    assert report.is_pdf
    assert report.plans.loc[1, "source_pages"] == "3,4,5,6"  # left, right, continuations
    assert report.plans.loc[1, "source_lines"] == ""
    assert report.plans["source_line"].isna().all()
    assert list(report.items["source_page"][report.items["plan_id"] == "114-02"][:2]) == [
        3,
        5,
    ]  # item 2 starts on the continuation page


def test_amounts_are_converted_to_thousand_twd_by_the_readers_factor():
    page = PageTable(
        left_header=_ref(1),
        left_rows=[_left(1, "甲計畫", "辦理。")],
        right_header=_ref(2),
        right_rows=[_right(2, "完成。", "完成。", "完成。")],
    )
    report = assemble(_tables([page], factor=10))
    assert report.plans.loc[0, "total_budget_thousand_twd"] == 1_000_000


def test_an_error_names_the_page_for_a_page_source():
    page = PageTable(
        left_header=_ref(7),
        left_rows=[_left(7, "甲計畫", "辦理。"), _left(7, "乙計畫", "辦理。")],
        right_header=_ref(8),
        right_rows=[_right(8, "完成。", "完成。", "完成。")],
    )
    with pytest.raises(ReportFormatError) as caught:
        assemble(_tables([page]))
    message = str(caught.value)
    assert message.startswith("report.pdf: page 8: expected a right-half row for each of the 2")
    assert "on the page starting on page 7" in message
    assert caught.value.page == 8
