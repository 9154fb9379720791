"""An ODF or Word source is cited by its tables' rows (表1第2、3列), in the narrative, the
sources footer and the JSON export."""

from __future__ import annotations

import json
from pathlib import Path

from govplans import read_report
from govplans.present import fmt
from govplans.present.export import report_to_json

OFFICE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "office"


def test_a_plan_split_over_two_rows_cites_both():
    report = read_report(OFFICE / "mohw_114_wan.docx")
    first = report.plans.iloc[0]  # its row is split in two with vertically merged cells
    zh = fmt.format_source(first.source_lines, first.source_pages, fmt.ZH, report.table_rows)
    en = fmt.format_source(first.source_lines, first.source_pages, "en", report.table_rows)
    assert zh == "（來源：表1第2、3列）"
    assert en == "(source: table 1, rows 2, 3)"


def test_a_plan_continued_in_the_next_table_cites_both_tables():
    report = read_report(OFFICE / "mohw_114_wan.odt")
    third = report.plans.iloc[2]  # continued at the top of the next spread's table
    assert fmt.table_row_places(
        [int(n) for n in third.source_lines.split(",")], report.table_rows
    ) == ("表2第2列；表3第2列")


def test_json_export_holds_the_table_rows():
    report = read_report(OFFICE / "moda_114.docx")
    plans = json.loads(report_to_json(report))["plans"]
    assert plans[0]["table_rows"] == [[1, 2], [2, 2]]  # left table row 2, right table row 2
