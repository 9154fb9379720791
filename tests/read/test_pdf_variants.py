"""The reader's own layout variants (tests/fixtures/pdf_variants/, made by
scripts/make_pdf_variants.py from the bundled report): rows cut across pages in every cell with
and without a repeated header, rules as filled rectangles, a spread on one sheet, pages drawn
landscape on portrait media (with /Rotate 90 and without), the unit on the year's line or once,
tables without rules; Ming and Kai faces. Each reads to the bundled report's first plans, every
field, or the test fails."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from reader_fields import ITEM_KEYS, PLAN_COLUMNS

from govplans import read_report
from govplans.model.report import Report
from govplans.model.text import despace
from govplans.run import paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf_variants"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))["variants"]
TEXT_LAYER = sorted(name for name, v in EXPECTED.items() if not v.get("scan"))


@cache
def bundled() -> Report:
    return read_report(paths.BUNDLED_REPORT)


def expected_frames(n: int):
    report = bundled()
    ids = list(report.plans["plan_id"])[:n]
    plans = report.plans[report.plans["plan_id"].isin(ids)].reset_index(drop=True)
    items = report.items[report.items["plan_id"].isin(ids)].reset_index(drop=True)
    return plans, items


def test_the_variants_cover_cut_rows():
    cut = [name for name in TEXT_LAYER if EXPECTED[name]["cuts"]]
    assert len(cut) >= 3
    assert any("after 1 line" in c for name in cut for c in EXPECTED[name]["cuts"])


#: Variants the reader does not read yet (tables without rules): strict, so fixing one fails.
PENDING: set[str] = set()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="no rules"))
        if n in PENDING
        else n
        for n in TEXT_LAYER
    ],
)
def test_every_field_of_every_plan_reads_exactly(name):
    report = read_report(FIXTURES / name)
    plans, items = expected_frames(EXPECTED[name]["plans"])
    assert (report.agency, report.fiscal_year, report.unit) == ("數位發展部", 114, "新臺幣千元")
    assert report.plans[PLAN_COLUMNS].equals(plans[PLAN_COLUMNS])
    assert report.items[ITEM_KEYS].equals(items[ITEM_KEYS])
    ours = [despace(t) for t in report.items["text"]]
    assert ours == [despace(t) for t in items["text"]]
    assert report.notes == []


@pytest.mark.slow(seconds=6)
def test_a_scan_is_ocred_and_reads_with_amounts_exact_or_flagged_or_stops(capsys, monkeypatch):
    """The one short scan (one plan, two pages, 200 dpi, noise and skew) is OCRed on its own
    (it has no text layer), with one line on stderr saying so; it reads with every amount
    exact or its plan flagged, or stops with one line, never a silent guess."""
    from govplans.model.errors import ReportFormatError
    from govplans.read import ocr

    if ocr.missing():
        pytest.skip(ocr.missing())
    monkeypatch.delenv(ocr.OCR_ENV, raising=False)
    try:
        report = read_report(FIXTURES / "scan_200dpi.pdf")
    except ReportFormatError as exc:
        assert "\n" not in str(exc) and "page" in str(exc)
        return
    finally:
        notice = capsys.readouterr().err.strip().splitlines()
        assert len(notice) == 1 and "with OCR" in notice[0]
    plans, _ = expected_frames(1)
    flagged = {f.plan_id for f in report.findings}
    amounts = [
        "total_budget_thousand_twd",
        "appropriated_thousand_twd",
        "executed_thousand_twd",
    ]
    for column in amounts:
        exact = report.plans[column].iloc[0] == plans[column].iloc[0]
        assert exact or report.plans["plan_id"].iloc[0] in flagged, column
