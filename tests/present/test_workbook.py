"""The Excel workbook: one sheet per table with labelled headers and number formats, an About
sheet, and text from the report written as text, never as a formula."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest

from govplans import assess_report, parse_report
from govplans.model import schema
from govplans.present.workbook import SHEETS, write_workbook
from govplans.testing.synthetic import SyntheticPlan, write_report


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    from govplans.run import paths

    path = tmp_path_factory.mktemp("wb") / "report.xlsx"
    write_workbook(assess_report(parse_report(paths.BUNDLED_REPORT)), path)
    return openpyxl.load_workbook(path)


def test_one_sheet_per_table_and_an_about_sheet(book):
    assert book.sheetnames == ["說明", *(zh for (zh, _), _ in SHEETS)]
    about = {row[0].value: row[1].value for row in book["說明"].iter_rows(max_row=8)}
    assert about["來源檔案"] == "moda_114_plan_execution.txt"
    assert len(about["SHA-256"]) == 64
    assert about["機關"] == "數位發展部"
    assert "execution_warn = 0.9" in about["門檻"]
    definitions = [row[1].value for row in book["說明"].iter_rows(min_row=10)]
    assert "appropriated_thousand_twd" in definitions and "evidence_text" in definitions


def test_headers_units_formats_frozen_header_and_filter(book):
    plans = book["計畫"]
    headers = [c.value for c in plans[1]]
    assert "計畫核定總經費（千元）" in headers
    total = plans.cell(row=2, column=headers.index("計畫核定總經費（千元）") + 1)
    assert total.value == 653476 and total.number_format == "#,##0"
    rate_label = schema.field("plan_assessment", "execution_rate").label_zh
    rate = plans.cell(row=2, column=headers.index(rate_label) + 1)
    assert rate.value == 1 and rate.number_format == "0.0%"
    assert plans.freeze_panes == "A2"
    assert plans.auto_filter.ref is not None and plans.auto_filter.ref.startswith("A1:")
    assert plans.max_row == 15  # header + 14 plans


def test_english_headers(tmp_path):
    from govplans.run import paths

    path = write_workbook(
        assess_report(parse_report(paths.BUNDLED_REPORT)), tmp_path / "en.xlsx", "en"
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["About", "Plans"]
    assert "Total approved budget (NT$ thousand)" in [c.value for c in wb["Plans"][1]]


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+SUM(1,2)", "-1+2", "@cmd"])
def test_formula_like_text_stays_text(tmp_path, text):
    plan = SyntheticPlan(name=f"{text}計畫", planned_work=[f"{text}辦理工作。"])
    report = parse_report(write_report(tmp_path / "r.txt", [plan]))
    path = write_workbook(assess_report(report, annotations=None), tmp_path / "f.xlsx")
    wb = openpyxl.load_workbook(path)
    name = wb["計畫"].cell(row=2, column=3)
    assert name.value == f"{text}計畫" and name.data_type == "s"
    items = [c for row in wb["報告項目"].iter_rows(min_row=2) for c in row if c.value]
    assert any(c.value == f"{text}辦理工作。" and c.data_type == "s" for c in items)


def test_cli_workbook_needs_an_xlsx_path():
    done = subprocess.run(
        [sys.executable, "-m", "govplans", "export", "--format", "xlsx"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "govplans: error: --format xlsx needs --out FILE.xlsx (the workbook to write)"
    )
