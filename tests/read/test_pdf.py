"""The agency's PDF: every fixture (tests/fixtures/pdf/, made by scripts/make_fixtures.py from
the bundled report) reads to the same Report as the bundled text, with page provenance; every
bad PDF stops with one line naming the file (and page) and what was expected."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from reader_fields import ITEM_KEYS, PLAN_COLUMNS

from govplans import ReportFormatError, read_report
from govplans.model.report import Report
from govplans.read.chars import needs_repair
from govplans.read.ocr import OCR_ENV
from govplans.run import paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
VALID = sorted(name for name in EXPECTED if name.endswith(".pdf"))
BAD = EXPECTED["bad"]
#: Share of items whose text must come out character for character, spaces included. The rest
#: may differ only in spaces the page does not show (a space at a line wrap between Chinese and
#: Latin text is not printed, so no reader can see it).
MIN_EXACT = 0.95
#: What each kind of bad PDF's message must say.
BAD_MESSAGES = {
    "no_text_layer": ["page 1:", "a PDF with a text layer", "image-only scan", "ocrmypdf"],
    "encrypted": ["expected a readable PDF", "password"],
    "damaged": ["expected a readable PDF", "damaged"],
    "not_this_report": ["7 columns from 計畫名稱", "does not look like the report"],
    "left_page_without_right_page": ["page 19:", "right half", "end of the file"],
    "private_use_text": ["page 1:", "unreadable", "ocrmypdf"],
}


@cache
def bundled() -> Report:
    return read_report(paths.BUNDLED_REPORT)


@cache
def from_pdf(name: str) -> Report:
    return read_report(FIXTURES / name)


@pytest.mark.parametrize("name", VALID)
def test_identity_and_every_plan_field_as_the_text_gives_them(name):
    report, text = from_pdf(name), bundled()
    assert report.is_pdf and not text.is_pdf
    assert (report.agency, report.fiscal_year, report.unit, report.title) == (
        text.agency,
        text.fiscal_year,
        text.unit,
        text.title,
    )
    assert report.plans[PLAN_COLUMNS].equals(text.plans[PLAN_COLUMNS])
    assert report.findings == text.findings == []


@pytest.mark.parametrize("name", VALID)
def test_every_item_as_the_text_gives_it_nothing_lost(name):
    pdf_items, text_items = from_pdf(name).items, bundled().items
    assert pdf_items[ITEM_KEYS].equals(text_items[ITEM_KEYS])
    pairs = list(zip(pdf_items["text"], text_items["text"], strict=True))
    for ours, theirs in pairs:  # every character, in order; only spaces may differ
        assert "".join(ours.split()) == "".join(theirs.split())
    exact = sum(ours == theirs for ours, theirs in pairs)
    assert exact / len(pairs) >= MIN_EXACT, f"{exact} of {len(pairs)} items exact"


@pytest.mark.parametrize("name", VALID)
def test_no_radical_or_compatibility_code_point_survives(name):
    report = from_pdf(name)
    texts = [*report.plans["name"], *report.items["text"], report.agency, report.title]
    assert not [t for t in texts if any(needs_repair(c) for c in t)]


@pytest.mark.parametrize("name", VALID)
def test_plans_cite_their_pages_and_printed_page_numbers(name):
    expected = EXPECTED[name]
    report = from_pdf(name)
    printed = {int(k): str(v) for k, v in expected["printed_page_numbers"].items()}
    assert report.printed_pages == printed
    assert report.plans["source_line"].isna().all()
    assert (report.plans["source_lines"] == "").all()
    for spread in expected["spreads"]:
        for plan_id in spread["plans"]:
            plan = report.plans.set_index("plan_id").loc[plan_id]
            assert plan["source_page"] == spread["left_page"]
            pages = [int(p) for p in plan["source_pages"].split(",")]
            assert spread["left_page"] in pages and spread["right_page"] in pages
            assert str(printed[spread["left_page"]]) in plan["printed_pages"].split(",")
    for continuation in expected["continuations"]:
        plan = report.plans.set_index("plan_id").loc[continuation["plan_id"]]
        assert continuation["to_page"] in [int(p) for p in plan["source_pages"].split(",")]
    assert report.items["source_page"].notna().all()


def test_the_reader_is_chosen_by_content_not_by_name(tmp_path):
    renamed = tmp_path / "report.txt"
    shutil.copy(FIXTURES / VALID[0], renamed)
    assert read_report(renamed).plans["name"].equals(bundled().plans["name"])


@pytest.fixture
def no_ocr(monkeypatch):
    """The image-only scan is a bad PDF when OCR is off (or not installed)."""
    monkeypatch.setenv(OCR_ENV, "off")


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_pdf_names_the_file_and_what_was_expected(name, no_ocr):
    with pytest.raises(ReportFormatError) as caught:
        read_report(FIXTURES / name)
    message = str(caught.value)
    assert message.startswith(f"{FIXTURES / name}: ")
    assert "\n" not in message
    for part in BAD_MESSAGES[BAD[name]["error"]]:
        assert part in message


@pytest.mark.parametrize("name", ["scan_image_only.pdf", "bad_left_without_right.pdf"])
def test_cli_a_bad_pdf_is_one_stderr_line_and_exit_2(name):
    done = subprocess.run(
        [sys.executable, "-m", "govplans", "export", "--format", "json", str(FIXTURES / name)],
        capture_output=True,
        text=True,
        env={**os.environ, OCR_ENV: "off"},
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govplans: error: ")
    assert "Traceback" not in done.stderr


def test_pdf_narrative_and_exports_cite_pages():
    from govplans import assess_report
    from govplans.present import export, narrative

    report = from_pdf(VALID[0])
    a = assess_report(report)
    assert a.annotations_source is not None  # the same targets: the reviewed file applies
    paragraph = narrative.plan_narrative(a, "114-01")
    assert "（來源：第3、4頁）" in paragraph
    assert "(source: pp. 3, 4)" in narrative.plan_narrative(a, "114-01", "en")
    document = export.report_to_dict(report)
    assert document["plans"][0]["source_pages"] == [3, 4]
    assert "source_lines" not in document["plans"][0]
