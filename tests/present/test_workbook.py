"""The Excel workbook: one sheet per table with labelled headers and number formats, an About
sheet, and text from the report written as text, never as a formula."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    about = {row[0].value: row[1].value for row in book["說明"].iter_rows(max_row=20)}
    # thresholds in words, as percentages, with their parameter names
    assert about["累計執行率警示門檻"] == "90%（execution_warn）"
    assert about["預算編列進度附註門檻（低於期程經過比率）"] == "15個百分點（appropriation_margin）"
    assert about["目標值可能偏低之倍數"] == "3倍（low_target_multiple）"
    assert not any("= 0." in str(v) for v in about.values())
    definitions = [row[1].value for row in book["說明"].iter_rows(min_row=10)]
    texts = [str(c.value) for row in book["說明"].iter_rows() for c in row if c.value]
    assert not any("`" in t for t in texts)  # no Markdown
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


def test_the_workbook_speaks_the_pages_language_not_codes(book):
    codes = {
        "met",
        "not_met",
        "exceeded",
        "unclear",
        "done_statement",
        "quantity",
        "True",
        "False",
        "appropriation_behind_schedule",
        "planned_work",
        "all",
        "reviewed",
        "auto",
    }
    for sheet in book.sheetnames[1:]:
        for row in book[sheet].iter_rows(min_row=2, values_only=True):
            for value in row:
                assert not (isinstance(value, str) and value in codes), (sheet, value)
                if isinstance(value, str) and ";" in value:
                    assert not set(value.split(";")) & codes, (sheet, value)
    headers = [c.value for c in book["目標組成"][1]]
    methods = {
        r[headers.index("判定依據")]
        for r in book["目標組成"].iter_rows(min_row=2, values_only=True)
    }
    assert "數量比對" in methods
    flags = [r[1] for r in book["警示"].iter_rows(min_row=2, values_only=True)]
    assert "預算編列進度低於期程經過比率" in flags


def test_a_corpus_workbook(tmp_path):
    from govplans import read_report
    from govplans.analyse.corpus import build_corpus
    from govplans.present.workbook import write_corpus_workbook
    from govplans.run import paths

    fy113 = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "moda_113_constructed.txt"
    corpus = build_corpus([read_report(paths.BUNDLED_REPORT), read_report(fy113)])
    wb = openpyxl.load_workbook(write_corpus_workbook(corpus, tmp_path / "c.xlsx"))
    assert wb.sheetnames == ["說明", "機關年度", "計畫逐年", "待檢視連結"]
    history = list(wb["計畫逐年"].iter_rows(values_only=True))
    assert len(history) == 1 + len(corpus.history)
    header = list(history[0])
    statuses = {r[header.index("年度狀態")] for r in history[1:]}
    assert statuses <= {"新增", "本資料首見", "延續", "待檢視連結"} and "延續" in statuses
    # 「新增」 only for a plan starting that year, as the page says (issue 18 F3)
    by_id = {r[header.index("計畫代碼")]: r[header.index("年度狀態")] for r in history[1:]}
    assert by_id["113-01"] == "新增" and by_id["113-02"] == "本資料首見"
    about = [r[0] for r in wb["說明"].iter_rows(values_only=True)]
    assert "累計執行率警示門檻" in about
    en = openpyxl.load_workbook(write_corpus_workbook(corpus, tmp_path / "e.xlsx", "en"))
    assert en.sheetnames[1] == "Agency-years"
