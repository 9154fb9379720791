"""Data-quality findings: kept on the report and exported, never fatal, the plan never dropped."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from govplans import parse_report
from govplans.present.export import report_to_dict, write_csv
from govplans.run.cli import main
from govplans.testing.synthetic import SyntheticPlan

PLANS = [
    SyntheticPlan(name="正常計畫"),
    SyntheticPlan(name="超支計畫", total=100_000, appropriated=50_000, executed=50_001),
    SyntheticPlan(name="超編計畫", total=80_000, appropriated=90_000, executed=70_000),
    SyntheticPlan(name="已結束計畫", period="110年1月至113年12月"),
    SyntheticPlan(name="未開始計畫", period="115年1月至116年12月"),
    SyntheticPlan(
        name="雙重問題計畫",
        period="112年1月至113年6月",
        total=10,
        appropriated=20,
        executed=30,
    ),
]
EXPECTED = {
    ("114-02", "executed_exceeds_appropriated"),
    ("114-03", "appropriated_exceeds_total"),
    ("114-04", "period_does_not_cover_fiscal_year"),
    ("114-05", "period_does_not_cover_fiscal_year"),
    ("114-06", "executed_exceeds_appropriated"),
    ("114-06", "appropriated_exceeds_total"),
    ("114-06", "period_does_not_cover_fiscal_year"),
}


@pytest.fixture
def flawed(make_report_text, write_text):
    return write_text(make_report_text(PLANS, plans_per_page=4), name="flawed.txt")


@pytest.fixture
def flawed_report(flawed):
    return parse_report(flawed)


def test_findings_are_kept_and_no_plan_is_dropped(flawed_report):
    report = flawed_report
    assert report.plans["name"].tolist() == [plan.name for plan in PLANS]
    assert {(f.plan_id, f.code) for f in report.findings} == EXPECTED
    assert len(report.findings) == len(EXPECTED)
    lines = dict(zip(report.plans["plan_id"], report.plans["source_line"], strict=True))
    for finding in report.findings:
        assert finding.source_line == lines[finding.plan_id]
        assert finding.message
    overspent = next(f for f in report.findings if f.plan_id == "114-02")
    assert "50,001" in overspent.message and "50,000" in overspent.message
    # the flawed plans keep their amounts as printed
    assert report.plan("超支計畫")["executed_thousand_twd"] == 50_001
    assert report.plan("超編計畫")["appropriated_thousand_twd"] == 90_000


def test_boundaries_are_not_findings(make_report_text, parse_text):
    plans = [
        SyntheticPlan(name="剛好計畫", total=100, appropriated=100, executed=100),
        SyntheticPlan(name="年初結束計畫", period="113年1月至114年1月"),
        SyntheticPlan(name="年底開始計畫", period="114年12月至118年12月"),
    ]
    assert parse_text(make_report_text(plans)).findings == []


def test_fiscal_year_comes_from_the_document(make_report_text, parse_text):
    plans = [SyntheticPlan(name="甲計畫", period="110年1月至113年12月")]
    assert parse_text(make_report_text(plans, fiscal_year=113)).findings == []
    findings = parse_text(make_report_text(plans, fiscal_year=115), name="b.txt").findings
    assert [(f.plan_id, f.code) for f in findings] == [
        ("115-01", "period_does_not_cover_fiscal_year")
    ]


def test_findings_are_exported(flawed_report, tmp_path):
    doc = report_to_dict(flawed_report)
    assert {(f["plan_id"], f["code"]) for f in doc["findings"]} == EXPECTED
    assert len(doc["plans"]) == len(PLANS)
    write_csv(flawed_report, tmp_path)
    table = pd.read_csv(tmp_path / "findings.csv", encoding="utf-8-sig")
    assert set(zip(table["plan_id"], table["code"], strict=True)) == EXPECTED
    assert (tmp_path / "plans.csv").read_text(encoding="utf-8-sig").count("\n") == len(PLANS) + 1


def test_cli_export_succeeds_with_findings(flawed, capsys):
    assert main(["export", "--format", "json", str(flawed)]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert [plan["name"] for plan in doc["plans"]] == [plan.name for plan in PLANS]
    assert {(f["plan_id"], f["code"]) for f in doc["findings"]} == EXPECTED
