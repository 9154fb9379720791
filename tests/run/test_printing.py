"""Pages printed as a reader prints them (headless Chromium, A4 landscape): how many sheets, and
no sheet but the last left nearly empty (issue 18 §4: an agency summary on one or two pages; the
target page's title, and a small table before a chart, not alone on a page).

Measured on the bundled FY114 report (with the constructed FY113 report and a second agency's
for the agency page), the pages the analyst printed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from govplans.read.source import read_report
from govplans.run import paths, runner
from govplans.run.api import corpus_of
from govplans.run.corpus_build import agency_page, render_corpus_pages
from govplans.run.spec import BuildSpec
from govplans.testing import browser

pytestmark = [
    pytest.mark.slow(seconds=63),
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("chromium", "pdfinfo", "pdftoppm")),
        reason="printing needs Debian's chromium and poppler-utils (set up by make as root)",
    ),
]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CONSTRUCTED_113 = FIXTURES / "corpus" / "moda_113_constructed.txt"
OTHER_AGENCY = FIXTURES / "variety" / "moenv_113.txt"

#: A sheet whose lowest ink is above this share of its height is "nearly empty".
NEARLY_EMPTY = 0.35


def print_pdf(page: Path, folder: Path) -> Path:
    """``page`` printed to PDF by headless Chromium, as a reader's browser prints it."""
    assert page.is_file(), page  # (Chromium prints its own error page for a missing file)
    return browser.print_pdf(page.as_uri(), folder / f"{page.stem}.pdf", folder / "profile")


def sheets(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def filled(pdf: Path, folder: Path) -> list[float]:
    """For each sheet, how far down its ink reaches (0 blank, 1 to the bottom margin): the
    sheet rendered in grey at 20 dpi, the lowest row with a pixel darker than near-white."""
    stem = folder / "sheet"
    subprocess.run(
        ["pdftoppm", "-r", "20", "-gray", str(pdf), str(stem)], capture_output=True, check=True
    )
    shares = []
    for image in sorted(folder.glob("sheet-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
        data = image.read_bytes()
        fields = data.split(maxsplit=4)  # P5, width, height, maxval, pixels
        width, height = int(fields[1]), int(fields[2])
        pixels = fields[4][-width * height :]
        rows = [pixels[r * width : (r + 1) * width] for r in range(height)]
        inked = [r for r, row in enumerate(rows) if min(row) < 200]
        shares.append((inked[-1] + 1) / height if inked else 0.0)
        image.unlink()
    return shares


def nearly_empty(shares: list[float]) -> list[int]:
    """The sheets (1-based) but the last whose ink stops above :data:`NEARLY_EMPTY`."""
    return [n for n, share in enumerate(shares[:-1], start=1) if share < NEARLY_EMPTY]


@pytest.fixture(scope="module")
def report_pages(tmp_path_factory):
    """The bundled report's pages (overview, profiles, target page, method page)."""
    out = tmp_path_factory.mktemp("reports")
    runner.render_reports(source=paths.BUNDLED_REPORT, out=out, jobs=2, progress=lambda _: None)
    return out


@pytest.fixture(scope="module")
def agency_pages(tmp_path_factory):
    """The corpus page and one page per agency of FY113-114 數位發展部 and FY113 環境部, in
    zh-TW and (in en/) English."""
    out = tmp_path_factory.mktemp("site")
    reports = [read_report(p) for p in (paths.BUNDLED_REPORT, CONSTRUCTED_113, OTHER_AGENCY)]
    corpus = corpus_of(reports, "auto")
    for spec in (BuildSpec(out=out, jobs=2), BuildSpec(out=out / "en", lang="en", jobs=2)):
        status = render_corpus_pages(corpus, spec, agency_pages=True, progress=lambda _: None)
        assert status == 0
    return out


def test_the_agency_summary_prints_on_one_or_two_sheets(agency_pages, tmp_path):
    page = agency_pages / f"{agency_page('數位發展部')}.html"
    pdf = print_pdf(page, tmp_path)
    assert sheets(pdf) <= 2  # it printed on 4 (and 5 before that)
    assert not nearly_empty(filled(pdf, tmp_path))


def test_the_english_agency_summary_prints_on_one_or_two_sheets(agency_pages, tmp_path):
    """English names are longer (and carry the Chinese as printed), and so are the labels: two
    sheets as in Chinese (issue 18 §4), with every column and name kept. It printed on three:
    the plan years laid out by content (the headers' and labels' unwrapped lengths took the
    name's width, a name on three lines a row), cells at the lab's "normal" line height (the
    CJK face's, taller), a short list kept whole (a fifth of the first sheet left blank), the
    chart's legend on two lines; 5 sheets when the labels were kept on one line as in
    Chinese."""
    page = agency_pages / "en" / f"{agency_page('數位發展部')}.html"
    pdf = print_pdf(page, tmp_path)
    assert sheets(pdf) <= 2
    assert not nearly_empty(filled(pdf, tmp_path))
    # nothing left out to get there: every plan-year's id, its Chinese name as printed, and
    # every heading of the plan-year table are on the sheets
    printed = "".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    html = page.read_text(encoding="utf-8")
    for code in ("113-01", "113-10", "114-01", "114-14", "previous_plan_id", "next_status"):
        assert code in html
    for plan_id in sorted(set(re.findall(r">(11[34]-\d\d)<", html))):
        assert plan_id in printed
    for name in ("服務型智慧政府2.0推動計畫", "未來情境及創新應用研究計畫", "Yearstatus"):
        assert name in printed
    assert "Nextyear" in printed and "Link" in printed


def test_the_target_page_leaves_no_sheet_nearly_empty(report_pages, tmp_path):
    pdf = print_pdf(report_pages / "target_attainment.html", tmp_path)
    shares = filled(pdf, tmp_path)
    # the title and its note shared the first sheet with nothing else, the small table by
    # type the third; 18 sheets in all
    assert not nearly_empty(shares), shares
    assert shares[0] > 0.6  # the title is followed by the chart on its sheet
    assert sheets(pdf) <= 14  # 12 now: two of the charts split in twelves share a sheet


@pytest.mark.parametrize("name", ["portfolio_overview", "plan_profile_114-07", "method"])
def test_the_report_pages_leave_no_sheet_nearly_empty(report_pages, tmp_path, name):
    pdf = print_pdf(report_pages / f"{name}.html", tmp_path)
    assert not nearly_empty(filled(pdf, tmp_path))


def test_the_corpus_page_leaves_no_sheet_nearly_empty(agency_pages, tmp_path):
    pdf = print_pdf(agency_pages / "index.html", tmp_path)
    assert not nearly_empty(filled(pdf, tmp_path))


def _sources_only(pdf: Path) -> bool:
    """Whether the last sheet holds nothing but the sources block that ends every page."""
    n = sheets(pdf)
    text = subprocess.run(
        ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    sources = ("資料來源", "檔案：", "來源行：", "金額原以", "方法與資料說明")
    return all(line.startswith(sources) for line in lines)


def test_no_report_page_ends_on_a_sheet_holding_only_its_sources(report_pages, tmp_path):
    """COSM-1 and COSM-2 of the analyst's third read: the last sheet of the target page and of
    profiles 114-01, 114-03, 114-08, 114-09 held only 資料來源 (and the method link). The
    sources are two lines, kept whole, in print the screen's method link is not printed:
    at most one page of the sixteen may still end so (the last sheet is bin packing)."""
    pages = ["target_attainment", "portfolio_overview"] + [
        f"plan_profile_114-{n:02d}" for n in range(1, 15)
    ]
    alone = []
    for name in pages:
        folder = tmp_path / name
        folder.mkdir()
        if _sources_only(print_pdf(report_pages / f"{name}.html", folder)):
            alone.append(name)
    assert len(alone) <= 1, alone
