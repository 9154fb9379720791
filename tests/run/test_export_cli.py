"""`govplans export` on the command line: JSON to stdout, CSV of another report, one-line errors.

(Moved from ``tests/present/test_exports.py``, which tests the export functions themselves.)"""

from __future__ import annotations

import json

import pandas as pd

from govplans.run.cli import main
from govplans.testing.synthetic import SyntheticPlan, write_report


def test_cli_json_goes_to_stdout(capsys):
    assert main(["export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["plans"][0]["plan_id"].endswith("-01")


def test_export_of_another_agency_and_year(tmp_path):
    source = write_report(
        tmp_path / "other.txt",
        [
            SyntheticPlan(
                name="長照服務量能提升計畫",
                category="社會發展",
                period="115年1月至116年6月",
                total=1_234,
                appropriated=1_000,
                executed=999,
            )
        ],
        agency="衛生福利部",
        fiscal_year=115,
    )
    assert main(["export", "--format", "csv", str(source), "--out", str(tmp_path / "out")]) == 0
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["agency"] == "衛生福利部" and package["fiscalYearROC"] == 115
    plans = pd.read_csv(tmp_path / "out" / "plans.csv", encoding="utf-8-sig")
    assert plans["plan_id"].tolist() == ["115-01"]
    assert plans["end_date"].tolist() == ["2027-06-30"]


def test_cli_bad_source_is_one_line_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\nworld\n", encoding="utf-8")
    assert main(["export", "--format", "json", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and ":1:" in err
