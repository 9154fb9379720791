"""`govplans corpus`: several reports rendered as one page (papermill in one kernel), its data
beside it, and one-line errors before any kernel starts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from govplans import read_report
from govplans.run import paths
from govplans.run.cli import main

pytestmark = pytest.mark.slow(seconds=24)

FY113 = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "moda_113_constructed.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    status = main(["corpus", str(FY113), str(paths.RAW_DATA_DIR), "--out", str(out)])
    return status, out


def test_the_page_renders_with_its_sentences_tables_and_chart(built):
    status, out = built
    assert status == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<title>數位發展部歷年計畫執行比較</title>" in html  # one agency: its years
    assert "2 份報告：數位發展部；113–114年（2024–2025年）；共 24 筆計畫年度資料。" in html
    assert (
        "本年度數：13 項計畫（共 14 項）可推得本年度數，此 13 項合計之本年度執行率 94.6%，"
        "非本機關全體之本年度執行率；此 13 項中本年度執行率低於 90% 者 2 項（114-03、114-10）。"
    ) in html
    assert 'alt="' in html and "（僅 13/14 項計畫）" in html  # the chart: partial, described
    assert "名稱不同，期程與總經費相同" in html  # the renamed plan, left for review
    assert "需注意的計畫" in html
    assert '<html lang="zh-Hant-TW">' in html
    assert html.count('src="data:image/png;base64,') == 1
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?:', html)  # works offline
    assert "sources = " not in html  # code hidden
    for report in (read_report(FY113), read_report(paths.BUNDLED_REPORT)):
        assert report.sha256 in html


def test_the_data_folder_holds_the_corpus_tables(built):
    _, out = built
    history = pd.read_csv(out / "data" / "plan_history.csv", encoding="utf-8-sig")
    assert len(history) == 24
    document = json.loads((out / "data" / "corpus.json").read_text(encoding="utf-8"))
    assert [r["fiscal_year"] for r in document["reports"]] == [113, 114]
    assert (out / "data" / "數位發展部_114" / "plan_assessment.csv").is_file()


def test_english_page(tmp_path):
    assert main(["corpus", str(FY113), str(paths.BUNDLED_REPORT), "--lang", "en", "--out",
                 str(tmp_path)]) == 0  # fmt: skip
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "2 reports: Ministry of Digital Affairs; 2024–2025 (ROC 113–114); 24 plan-years." in html
    assert "another name, the same period and total" in html
    assert "跨機關" not in html and '<html lang="en">' in html
    assert "<title>Ministry of Digital Affairs across the years</title>" in html


def test_a_second_report_of_the_same_year_is_one_line_and_exit_2(tmp_path):
    twin = tmp_path / "copy.txt"
    shutil.copy(paths.BUNDLED_REPORT, twin)
    done = subprocess.run(
        [sys.executable, "-m", "govplans", "corpus", str(paths.BUNDLED_REPORT), str(twin),
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "copy.txt" in lines[0] and "moda_114_plan_execution.txt" in lines[0]
    assert not (tmp_path / "out").exists()  # nothing written, no kernel started


def test_a_bad_file_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("這不是計畫執行情形表\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "govplans", "corpus", str(bad), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "notes.txt" in done.stderr


def test_a_failing_cell_is_named_and_the_build_exits_1(tmp_path, monkeypatch, capsys):
    import nbformat

    from govplans.run import corpus_build

    nb = nbformat.read(paths.NOTEBOOKS_DIR / corpus_build.NOTEBOOK, as_version=4)
    nb.cells[3].source = "raise RuntimeError('broken on purpose')"
    broken = tmp_path / "corpus_overview.ipynb"
    nbformat.write(nb, broken)
    monkeypatch.setattr(corpus_build, "NOTEBOOK", str(broken))  # absolute: replaces the folder
    status = main(["corpus", str(paths.BUNDLED_REPORT), "--out", str(tmp_path / "out")])
    assert status == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith("(cell 4): RuntimeError: broken on purpose")


def test_the_corpus_pages_link_their_other_language_when_it_is_built(tmp_path):
    """Issue 18 F13: ``govplans corpus --with-other-language`` (make corpus builds both): each
    page links the same page in the other language, OUT/en/ and back."""
    from govplans.run.cli import _spec, build_parser
    from govplans.run.corpus_build import render_corpus

    out = tmp_path / "corpus"
    args = build_parser().parse_args(
        ["corpus", str(FY113), "--out", str(out), "--with-other-language"]
    )
    spec = _spec(args, args.source, build=True)
    assert spec.other_language
    assert render_corpus(spec, progress=lambda line: None) == 0
    for page in ("index.html", "method.html"):
        html = (out / page).read_text(encoding="utf-8")
        assert f'href="en/{page}" hreflang="en"' in html, page


def test_the_corpus_front_page_links_the_reports_index_it_sits_under(tmp_path):
    """Analyst re-read F13: ``reports/corpus/index.html`` (``make corpus``) links back to the
    reports' index beside it (``make report``'s ``reports/index.html``), its English page to
    ``reports/en/index.html``; no link where there is no such index (never a dead link), nor to
    a page govplans did not write."""
    from govplans.present import render
    from govplans.run.index import reports_index_href

    reports = tmp_path / "reports"
    (reports / "en").mkdir(parents=True)
    out = reports / "corpus"
    assert reports_index_href(out, "zh-TW") == ""  # no index yet
    (reports / "index.html").write_text("<p>another program's page</p>", encoding="utf-8")
    assert reports_index_href(out, "zh-TW") == ""
    index = render.index_page([], "數位發展部 114年", {}, "zh-TW")
    (reports / "index.html").write_text(index, encoding="utf-8")
    assert reports_index_href(out, "zh-TW") == "../index.html"
    assert reports_index_href(out / "en", "en") == ""  # no English index yet
    (reports / "en" / "index.html").write_text(index, encoding="utf-8")
    assert reports_index_href(out / "en", "en") == "../../en/index.html"

    assert main(["corpus", str(FY113), "--out", str(out)]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="../index.html">← 回到索引</a>' in html
    assert main(["corpus", str(FY113), "--out", str(out / "en"), "--lang", "en"]) == 0
    english = (out / "en" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../en/index.html">← Back to the index</a>' in english


def test_the_corpus_front_page_alone_links_no_index(built):
    _, out = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "← 回到索引" not in html
    assert "plan_profile_" not in html  # nor profiles: govplans corpus builds none
