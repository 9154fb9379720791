"""The out-of-sample set (tests/fixtures/variety): four reports in other agencies' styles parse
with the number of targets a careful reader counts and the amounts of ``plans.csv``, exactly.

Only the parser runs here: the analysis engine is measured on these reports elsewhere.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from govplans import parse_report
from govplans.model.report import Report

VARIETY = Path(__file__).parents[1] / "fixtures" / "variety"
#: The reports as labelled (tests/fixtures/variety/README.md): unit as printed and SHA-256.
REPORTS = {
    "moenv_113.txt": (
        "新臺幣千元",
        "21d4d59f4ebf5bef4f62e839eac1e94054bf844711cdf4056930bf10f641e09f",
    ),
    "mohw_114_wan.txt": (
        "新臺幣萬元",
        "9516e2b645cd0405fcfb2dd5ccd4711723ee9e3df8108774767f69307f8dbc07",
    ),
    "nstc_112.txt": (
        "新臺幣千元",
        "600ad8f73021b38adf256d50401a869839638f1724f07a30a4dbd75e6e1b285d",
    ),
    "mot_114_yuan.txt": (
        "新臺幣元",
        "3cbed3323b8c54d83c14ef9cc1f6bc8b12449f1f9e93ce5fadda1d6f98410e7f",
    ),
}
AMOUNTS = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")


def _rows(name: str) -> list[dict[str, str]]:
    with open(VARIETY / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


LABELS = _rows("labels.csv")
PLANS = _rows("plans.csv")


@pytest.fixture(scope="module", params=sorted(REPORTS))
def variety(request) -> tuple[str, Report]:
    return request.param, parse_report(VARIETY / request.param)


def test_the_reports_are_the_ones_labelled(variety):
    name, report = variety
    unit, sha256 = REPORTS[name]
    assert report.sha256 == sha256, f"{name} changed since it was labelled: relabel it first"
    assert report.unit == unit
    assert report.findings == []
    # the cover's one note: the constructed-data notice (add_notice.py), so every page built
    # from the report carries the banner
    assert report.notes == [(10, "CONSTRUCTED TEST DATA, NOT A REAL REPORT")]
    assert report.constructed


def test_top_level_targets_per_plan_equal_the_labels(variety):
    name, report = variety
    labelled = Counter(int(r["plan_seq"]) for r in LABELS if r["report"] == name)
    targets = Counter(
        int(r["plan_seq"]) for r in LABELS if r["report"] == name and not r["component_index"]
    )
    assert sorted(labelled) == list(report.plans["seq"])
    assert dict(zip(report.plans["seq"], report.plans["n_targets"], strict=True)) == targets


def test_target_texts_equal_the_labels_with_sub_item_markers_kept(variety):
    """Each top-level target as printed, without its marker; sub-items (components such as
    ``(一)…(二)…``) follow their item's text with their markers."""
    name, report = variety
    items = report.items[report.items["section"] == "targets"]
    for plan in report.plans.itertuples():
        rows = items[items["plan_id"] == plan.plan_id]
        parsed = [
            top.text
            + "".join(
                sub.marker + sub.text
                for sub in rows.itertuples()
                if sub.item_no == top.item_no and sub.sub_item_no
            )
            for top in rows.itertuples()
            if top.sub_item_no == 0 and top.item_no
        ]
        labelled = [
            r["target_text"]
            for r in LABELS
            if r["report"] == name and int(r["plan_seq"]) == plan.seq and not r["component_index"]
        ]
        assert parsed == labelled, plan.plan_id


def test_plans_and_amounts_in_thousand_twd_equal_plans_csv_exactly(variety):
    name, report = variety
    expected = [r for r in PLANS if r["report"] == name]
    assert len(report.plans) == len(expected)
    for row, plan in zip(expected, report.plans.to_dict("records"), strict=True):
        assert plan["seq"] == int(row["plan_seq"])
        assert (plan["name"], plan["category"], plan["period_text"]) == (
            row["name"],
            row["category"],
            row["period"],
        )
        for column in AMOUNTS:
            exact = Decimal(row[column])
            assert plan[column] == float(exact), (plan["plan_id"], column)
            assert Decimal(repr(plan[column])) == exact  # no binary tail: to the yuan


def test_every_printed_form_of_an_amount_occurs():
    """Not vacuous: the set has the dashes, 萬元 decimals and 元 amounts the parser must read."""
    text = {name: (VARIETY / name).read_text(encoding="utf-8") for name in REPORTS}
    for dash in ("\t-\t", "\t－\t", "\t—\t"):
        assert any(dash in t for t in text.values()), dash
    assert re.search(r"\t[\d,]+\.[1-9]\t", text["mohw_114_wan.txt"])
    assert "39,874,215,346" in text["mot_114_yuan.txt"]
