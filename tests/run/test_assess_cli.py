"""`govplans assess`: JSON shape, CSV tables, options, and one-line errors with exit status 2."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from govplans.analyse.assessment import ASSESSMENT_TABLES
from govplans.model import schema
from govplans.run.cli import main
from govplans.testing.synthetic import make_plans, write_report

STATUSES = {"exceeded", "met", "not_met", "unclear"}


def run_json(capsys, *args: str) -> dict:
    assert main(["assess", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_shape(capsys):
    doc = run_json(capsys)
    assert len(doc["plans"]) == 14
    for plan in doc["plans"]:
        assert isinstance(plan["plan_id"], str)
        assert plan["verdict"] in STATUSES
        for key in ("execution_rate", "appropriation_progress", "schedule_elapsed"):
            assert isinstance(plan[key], float)
            assert 0 <= plan[key] <= 1
        assert isinstance(plan["flags"], list)
        assert isinstance(plan["narrative"], str)
        assert [t["index"] for t in plan["targets"]] == list(range(1, len(plan["targets"]) + 1))
        for t in plan["targets"]:
            assert set(t) >= {
                "index",
                "text",
                "status",
                "target_value",
                "achieved_value",
                "unit",
                "evidence",
            }
            assert t["status"] in STATUSES
            assert t["target_value"] is None or isinstance(t["target_value"], int | float)
            assert t["achieved_value"] is None or isinstance(t["achieved_value"], int | float)
            assert t["unit"] is None or isinstance(t["unit"], str)
            assert all(isinstance(n, int) for n in t["evidence"])
    assert isinstance(doc["portfolio"], dict)
    plan = {p["plan_id"]: p for p in doc["plans"]}["114-10"]
    assert plan["verdict"] == "not_met"
    assert "execution_below_70" in plan["flags"]
    assert "（來源：第67、81、88行）" in plan["narrative"]


def test_english_and_thresholds(capsys):
    doc = run_json(capsys, "--lang", "en", "--warn", "1.0", "--low", "0.95", "--critical", "0.9")
    assert doc["lang"] == "en"
    assert doc["thresholds"]["execution_warn"] == 1.0
    plans = {p["plan_id"]: p for p in doc["plans"]}
    assert "(source: lines 67, 81, 88)" in plans["114-10"]["narrative"]
    assert "execution_below_70" in plans["114-03"]["flags"]  # 74.0 % < 90 %
    assert "execution_below_70" not in run_json(capsys)["plans"][2]["flags"]  # default 70 %
    # Percentages work too.
    assert run_json(capsys, "--warn", "95")["thresholds"]["execution_warn"] == 0.95


def test_low_target_multiple_is_a_multiple_not_a_percentage(capsys):
    doc = run_json(capsys, "--low-target-multiple", "15")
    assert doc["thresholds"]["low_target_multiple"] == 15.0
    plans = {p["plan_id"]: p for p in doc["plans"]}
    assert plans["114-08"]["set_low_targets"] == []  # 5,994 against 500: 12×, below 15×
    # 114-07's 60 則 against 3 is a cumulative figure: no achieved value, never "set low"
    assert plans["114-07"]["set_low_targets"] == []
    ten = {p["plan_id"]: p for p in run_json(capsys, "--low-target-multiple", "10")["plans"]}
    assert ten["114-08"]["set_low_targets"] == [1]  # 12× is at least 10×
    default = {p["plan_id"]: p for p in run_json(capsys)["plans"]}
    assert "targets_set_low" in default["114-08"]["flags"]
    assert [t["set_low"] for t in default["114-08"]["targets"]] == [True, False, False]
    assert default["114-10"]["revised_period"] == "114年10月至115年12月"
    assert default["114-03"]["executed_equals_appropriated"] is False
    assert main(["assess", "--low-target-multiple", "0.5"]) == 2  # below 1: refused


def test_annotations_option(capsys, tmp_path):
    none = run_json(capsys, "--annotations", "none")
    assert none["annotations"] is None
    assert all(t["status_source"] == "auto" for p in none["plans"] for t in p["targets"])
    auto = run_json(capsys)
    assert auto["annotations"].endswith("reviewed_targets_moda_114.csv")
    assert auto["agreement"]["n"] == 48
    for p_none, p_auto in zip(none["plans"], auto["plans"], strict=True):
        for t_none, t_auto in zip(p_none["targets"], p_auto["targets"], strict=True):
            assert t_none["status_auto"] == t_auto["status_auto"]


def test_csv_writes_every_table(capsys, tmp_path):
    assert main(["assess", "--format", "csv", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out.split()
    # The five tables of the analysis, and the flags in words (plan_flags.csv has no message).
    tables = [*ASSESSMENT_TABLES, "flag_messages"]
    assert len(printed) == len(tables)
    for table in tables:
        path = tmp_path / f"{table}.csv"
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
        frame = pd.read_csv(path, encoding="utf-8-sig")
        assert list(frame.columns) == schema.columns(table)
    targets = pd.read_csv(tmp_path / "targets.csv", encoding="utf-8-sig")
    assert len(targets) == 48


def test_another_report(capsys, tmp_path):
    path = write_report(tmp_path / "other.txt", make_plans(5, seed=2), agency="測試發展部")
    doc = run_json(capsys, str(path))
    assert doc["agency"] == "測試發展部"
    assert len(doc["plans"]) == 5
    assert doc["annotations"] is None


@pytest.mark.parametrize(
    "args",
    [
        ["assess", "/no/such/report.txt"],
        ["assess", "--warn", "0.5"],  # below the low threshold
        ["assess", "--annotations", "/no/such/file.csv"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, args):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("govplans: error:")
    assert err.count("\n") == 1


def test_bad_report_is_one_line_and_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("這不是計畫執行情形表\n", encoding="utf-8")
    assert main(["assess", str(bad)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_unparseable_threshold_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["assess", "--warn", "ninety"])
    assert exc.value.code == 2
