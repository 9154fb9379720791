"""The synthetic reports of tests/fixtures/variety say on their cover that they are constructed
test data, so a site built from them marks every page (issue 18, FIX-6 of the analyst's third
read: the 環境部 pages showed invented figures with no banner)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from govplans import parse_report
from govplans.model.report import CONSTRUCTED_NOTICE
from govplans.present.export import report_folder
from govplans.present.words import CONSTRUCTED_BANNER, pick
from govplans.run.cli import main

VARIETY = Path(__file__).resolve().parents[1] / "fixtures" / "variety"


@pytest.mark.parametrize("name", sorted(p.name for p in VARIETY.glob("*.txt")))
def test_every_synthetic_report_reads_as_constructed(name):
    report = parse_report(VARIETY / name)
    assert report.constructed
    assert [text for _, text in report.notes] == [CONSTRUCTED_NOTICE]


@pytest.mark.slow(seconds=24)
def test_a_site_built_from_them_carries_the_banner_on_every_page(tmp_path):
    sources = [VARIETY / "moenv_113.txt", VARIETY / "nstc_112.txt"]
    out = tmp_path / "site"
    assert main(["reports", *map(str, sources), "--out", str(out), "--jobs", "2"]) == 0
    banner = html.escape(pick(CONSTRUCTED_BANNER, "zh-TW"))
    moenv = out / report_folder(parse_report(sources[0]))
    pages = sorted(moenv.glob("*.html"))
    assert len(pages) >= 8 + 3  # the eight profiles, overview, targets, method (and index)
    agency = sorted(out.glob("agency_*.html"))
    assert any("環境部" in p.name for p in agency)
    for page in [*pages, *agency, out / "index.html", out / "corpus.html"]:
        assert banner in page.read_text(encoding="utf-8"), page.name
