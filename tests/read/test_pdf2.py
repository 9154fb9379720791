"""Out-of-sample PDFs (tests/fixtures/pdf2/, made by another helper from producers the reader
was not built with, without reading the reader): each reads exactly (every plan's name,
category, period, amounts and items, in order) or stops with one line naming the file; never a
different report. The bad ones stop. ``READ_EXACTLY`` lists those that read exactly today: a
fixture that stops instead is allowed by the rule but fails here, so a regression shows."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from govplans import ReportFormatError, read_report
from govplans.model.report import Report
from govplans.model.text import despace
from govplans.read.ocr import OCR_ENV

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf2"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PDFS = sorted(name for name in EXPECTED["fixtures"] if name.endswith(".pdf"))
SECTIONS = ("planned_work", "execution", "targets", "attainment")
#: The fixtures read exactly (the others stop with one line).
READ_EXACTLY = {
    "word_kai_a4.pdf",
    "word_fangsong_oneline_a4.pdf",
    "reportlab_ming_a4.pdf",
    "rotated_ming_portrait_media.pdf",
    "chromium_sans_a3_sheet.pdf",
    "calc_kai_a4.pdf",
}


@pytest.fixture(autouse=True)
def no_ocr(monkeypatch):
    """The image-only scans are read without OCR here (the OCR test is slow and apart)."""
    monkeypatch.setenv(OCR_ENV, "off")


def _amount(printed: str) -> float:
    return float(Decimal(printed.replace(",", "")))


def differences(name: str, report: Report) -> list[str]:
    """How the report differs from the truth of the fixture (empty: exact)."""
    ids = EXPECTED["fixtures"][name]["plan_ids"]
    truth = [EXPECTED["plans"][i] for i in ids]
    out: list[str] = []
    if (report.agency, report.fiscal_year, report.unit) != (
        EXPECTED["agency"],
        EXPECTED["fiscal_year"],
        EXPECTED["unit"],
    ):
        out.append(f"identity {report.agency} {report.fiscal_year} {report.unit}")
    if len(report.plans) != len(truth):
        return [*out, f"{len(report.plans)} plans, expected {len(truth)}"]
    for (_, plan), want in zip(report.plans.iterrows(), truth, strict=True):
        got = (
            plan["name"],
            plan["category"],
            plan["period_text"],
            plan["total_budget_thousand_twd"],
            plan["appropriated_thousand_twd"],
            plan["executed_thousand_twd"],
        )
        wanted = (
            want["name"],
            want["category"],
            want["period_text"],
            *(_amount(a) for a in want["amounts_printed"]),
        )
        if got != wanted:
            out.append(f"plan {plan['plan_id']}: {got} != {wanted}")
        items = report.items[report.items["plan_id"] == plan["plan_id"]]
        for section in SECTIONS:
            ours = items[items["section"] == section]
            theirs = want["items"].get(section, [])
            a = [(r.item_no, r.sub_item_no, r.marker, despace(r.text)) for r in ours.itertuples()]
            b = [(i["item_no"], i["sub_item_no"], i["marker"], despace(i["text"])) for i in theirs]
            if a != b:
                out.append(f"plan {plan['plan_id']} {section}: {len(a)} items differ")
    return out


@cache
def outcome(name: str) -> tuple[str, str]:
    """('exact', ''), ('stops', the message) or ('DIFFERENT', how)."""
    try:
        report = read_report(FIXTURES / name)
    except ReportFormatError as exc:
        return "stops", str(exc)
    found = differences(name, report)
    return ("DIFFERENT", "; ".join(found)) if found else ("exact", "")


@pytest.mark.parametrize("name", PDFS)
def test_reads_exactly_or_stops_with_one_line_never_a_different_report(name, no_ocr):
    kind, detail = outcome(name)
    assert kind != "DIFFERENT", detail
    if kind == "stops":
        assert "\n" not in detail and detail.startswith(str(FIXTURES / name))
    assert (kind == "exact") == (name in READ_EXACTLY), detail


@pytest.mark.parametrize("name", sorted(EXPECTED["bad"]))
def test_a_bad_one_stops_on_its_page(name, no_ocr):
    with pytest.raises(ReportFormatError) as caught:
        read_report(FIXTURES / name)
    message = str(caught.value)
    assert "\n" not in message
    assert f"page {EXPECTED['bad'][name]['page']}" in message, message
