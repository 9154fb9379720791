"""Exports: the JSON document's shape, CSV with BOM, datapackage.json, and committed exports.

(``govplans export`` on the command line is tested in ``tests/run/test_export_cli.py``.)"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from govplans import assess_report, parse_report
from govplans.analyse.assessment import Assessment
from govplans.model import schema
from govplans.present.export import (
    CSV_TABLES,
    amount,
    assessment_to_dict,
    report_to_json,
    write_assessment_csv,
    write_csv,
)
from govplans.run import paths
from govplans.testing.synthetic import SyntheticPlan, write_report

SECTION_KEYS = ("planned_work", "execution", "targets", "attainment")


def test_json_document_has_the_documented_shape(seed_report):
    doc = json.loads(report_to_json(seed_report))
    assert isinstance(doc["agency"], str) and doc["agency"] == seed_report.agency
    assert isinstance(doc["fiscal_year"], int) and doc["fiscal_year"] == seed_report.fiscal_year
    assert doc["unit"] == seed_report.unit
    assert len(doc["plans"]) == len(seed_report.plans)
    for plan, row in zip(doc["plans"], seed_report.plans.itertuples(), strict=True):
        assert plan["plan_id"] == row.plan_id
        assert plan["name"] == row.name
        assert plan["category"] in ("社會發展", "科技發展")
        assert re.fullmatch(r"\d{4}-\d{2}", plan["start"]) and re.fullmatch(
            r"\d{4}-\d{2}", plan["end"]
        )
        assert plan["start"] == f"{row.start_roc_year + 1911}-{row.start_month:02d}"
        assert plan["end"] == f"{row.end_roc_year + 1911}-{row.end_month:02d}"
        for key, column in (
            ("total_budget", "total_budget_thousand_twd"),
            ("appropriated", "appropriated_thousand_twd"),
            ("executed", "executed_thousand_twd"),
        ):
            assert type(plan[key]) is int and plan[key] == getattr(row, column)
        for key in SECTION_KEYS:
            assert isinstance(plan[key], list) and all(isinstance(s, str) for s in plan[key])
            assert plan[key], f"{row.plan_id} {key} is empty"


def test_json_items_are_one_string_per_top_level_item_in_order(seed_report):
    doc = json.loads(report_to_json(seed_report))
    plan = next(p for p in doc["plans"] if p["plan_id"].endswith("-14"))
    # Execution item 3 carries its sub-items (1)-(4) folded in, in order.
    assert len(plan["execution"]) == 3
    third = plan["execution"][2]
    positions = [third.index(f"({n})") for n in range(1, 5)]
    assert positions == sorted(positions)
    assert third.startswith("厚植政府資訊系統運作韌性")


def test_csv_has_bom_and_reads_back_equal(tmp_path, seed_report):
    write_csv(seed_report, tmp_path)
    for table in CSV_TABLES:
        raw = (tmp_path / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{table}.csv lacks the BOM Excel needs"
        frame = pd.read_csv(
            tmp_path / f"{table}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False
        )
        assert list(frame.columns) == schema.columns(table)
    plans = pd.read_csv(tmp_path / "plans.csv", encoding="utf-8-sig")
    assert plans["total_budget_thousand_twd"].tolist() == (
        seed_report.plans["total_budget_thousand_twd"].tolist()
    )
    assert plans["name"].tolist() == seed_report.plans["name"].tolist()


def test_datapackage_describes_every_csv_from_the_registry(tmp_path, seed_report):
    write_csv(seed_report, tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["currency"] == "TWD"
    assert package["unit"] == "thousand"
    assert package["fiscalYearROC"] == seed_report.fiscal_year
    assert package["fiscalYear"] == str(seed_report.fiscal_year + 1911)
    assert package["sources"][0]["hash"] == f"sha256:{seed_report.sha256}"
    by_name = {r["name"]: r for r in package["resources"]}
    assert set(by_name) == set(CSV_TABLES)
    for table, resource in by_name.items():
        assert (tmp_path / resource["path"]).exists()
        assert [f["name"] for f in resource["schema"]["fields"]] == schema.columns(table)
        for entry in resource["schema"]["fields"]:
            registry = schema.field(table, entry["name"])
            assert entry["title"] == registry.label_zh
            assert entry["type"] == schema.FRICTIONLESS_TYPES[registry.dtype]
            if entry["name"].endswith("_thousand_twd"):
                assert entry["currency"] == "TWD" and entry["factor"] == 1000


def test_committed_exports_are_current(tmp_path, seed_report):
    """data/processed/ must equal a fresh export of the bundled report (run `make export`)."""
    write_csv(seed_report, tmp_path)
    for name in [f"{t}.csv" for t in CSV_TABLES] + ["datapackage.json"]:
        committed = paths.PROCESSED_DATA_DIR / name
        assert committed.exists(), f"{committed} missing: run `make export`"
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), (
            f"{committed} is stale: run `make export`"
        )
    committed_json = (paths.PROCESSED_DATA_DIR / "report.json").read_text(encoding="utf-8")
    assert committed_json == report_to_json(seed_report), "report.json is stale: run `make export`"


def test_amounts_printed_in_wan_are_exported_in_thousands(tmp_path):
    source = write_report(
        tmp_path / "wan.txt",
        [SyntheticPlan(name="萬元計畫", total=100, appropriated=50, executed=40)],
        unit="新臺幣萬元",
    )
    doc = json.loads(report_to_json(parse_report(source)))
    assert doc["unit"] == "新臺幣千元" and doc["unit_printed"] == "新臺幣萬元"
    assert [doc["plans"][0][k] for k in ("total_budget", "appropriated", "executed")] == [
        1000,
        500,
        400,
    ]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1_549_044.0, 1_549_044),
        (0.0, 0),
        (-0.0, 0),
        (39_874_215.346, 39_874_215.346),
        (1_234_567.89, 1_234_567.89),
        (0.1 + 0.2, 0.3),
        (12_345_678.000000002, 12_345_678),
        (None, None),
        (float("nan"), None),
    ],
)
def test_an_amount_is_written_whole_or_to_the_yuan(value, written):
    result = amount(value)
    assert result == written
    assert type(result) is type(written)


AMOUNTS = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")


def csv_cells(path) -> list[dict[str, str]]:
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False).to_dict(
        "records"
    )


def test_a_report_in_yuan_is_exported_to_the_yuan(yuan_report, tmp_path):
    report = yuan_report
    write_csv(report, tmp_path)
    assert [[row[n] for n in AMOUNTS] for row in csv_cells(tmp_path / "plans.csv")] == [
        ["52800000", "41236580", "39874215.346"],
        ["8650000", "0", "0"],
    ]
    text = report_to_json(report)
    plan = json.loads(text)["plans"][0]
    assert [plan[k] for k in ("total_budget", "appropriated", "executed")] == [
        52_800_000,
        41_236_580,
        39_874_215.346,
    ]
    assert '"total_budget": 52800000,' in text and '"executed": 39874215.346,' in text


def test_the_assessment_of_a_report_in_yuan_is_exported_to_the_yuan(yuan_report, tmp_path):
    a = assess_report(yuan_report, annotations=None)
    write_assessment_csv(a, tmp_path)
    plans = csv_cells(tmp_path / "plan_assessment.csv")
    assert [
        (p["executed_thousand_twd"], p["unexecuted_appropriation_thousand_twd"]) for p in plans
    ] == [("39874215.346", "1362364.654"), ("0", "0")]
    assert [p["remaining_budget_thousand_twd"] for p in plans] == ["11563420", "8650000"]
    scopes = csv_cells(tmp_path / "portfolio.csv")
    assert scopes[0]["executed_thousand_twd"] == "39874215.346"
    assert scopes[0]["total_budget_thousand_twd"] == "61450000"
    doc = assessment_to_dict(a)
    assert doc["plans"][0]["unexecuted_appropriation_thousand_twd"] == 1_362_364.654
    assert doc["plans"][1]["executed_thousand_twd"] == 0
    assert isinstance(doc["plans"][1]["executed_thousand_twd"], int)
    assert doc["portfolio"]["executed_thousand_twd"] == 39_874_215.346
    assert isinstance(doc["portfolio"]["total_budget_thousand_twd"], int)
    assert isinstance(doc["portfolio"]["scopes"][0]["appropriated_thousand_twd"], int)


# ---------------------------------------------------------------- the assessment


@pytest.fixture(scope="module")
def a(seed_report) -> Assessment:
    return assess_report(seed_report)


def test_json_document_shape(a):
    """The assessment's JSON document (from ``tests/analyse/test_assess.py``)."""
    doc = assessment_to_dict(a)
    assert {"plans", "portfolio"} <= set(doc)
    for plan in doc["plans"]:
        assert isinstance(plan["plan_id"], str)
        assert plan["verdict"] in ("exceeded", "met", "not_met", "unclear")
        for key in ("execution_rate", "appropriation_progress", "schedule_elapsed"):
            assert isinstance(plan[key], float) and 0 <= plan[key] <= 1
        assert all(isinstance(f, str) for f in plan["flags"])
        assert isinstance(plan["narrative"], str) and plan["narrative"]
        for i, t in enumerate(plan["targets"], start=1):
            assert t["index"] == i
            assert t["status"] in ("exceeded", "met", "not_met", "unclear")
            for key in ("target_value", "achieved_value"):
                assert t[key] is None or isinstance(t[key], int | float)
            assert t["unit"] is None or isinstance(t["unit"], str)
            assert all(isinstance(n, int) for n in t["evidence"])
    assert doc["portfolio"]["n_plans"] == 14
    assert doc["agreement"]["n"] == 48


def test_a_data_folder_lists_its_files_in_an_index(tmp_path):
    """The pages' 「CSV 資料表」 link opens data/index.html, which links every CSV (escaped)."""
    from govplans.present.export import DATA_INDEX, write_data_index, write_tables

    frame = pd.DataFrame({"plan_id": ["114-01", "<b>x</b>"]})
    write_tables({"findings": frame}, tmp_path)
    (tmp_path / "govplans.xlsx").write_bytes(b"")
    (tmp_path / "moda_114").mkdir()
    (tmp_path / "moda_114" / DATA_INDEX).write_text("", encoding="utf-8")
    page = write_data_index(tmp_path).read_text(encoding="utf-8")
    assert '<a href="findings.csv">findings.csv</a>' in page
    assert "資料檢核" in page and "Findings" in page and "<td>2</td>" in page
    assert '<a href="govplans.xlsx">' in page and '<a href="moda_114/index.html">' in page
    assert "<b>" not in page
