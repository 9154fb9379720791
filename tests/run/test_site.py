"""`govplans reports SOURCE SOURCE …`: several reports built as one site (each report's pages in
a folder of its own, the corpus page, an index grouped agency -> year), cached per report; an
unreadable file is named in the index and the build ends with status 1."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from urllib.parse import unquote

import pytest

from govplans import Thresholds, read_report
from govplans.present.export import report_folder
from govplans.run.cli import main
from govplans.run.spec import BuildSpec, default_cache
from govplans.testing.synthetic import make_series, write_series

pytestmark = pytest.mark.slow(seconds=37)

#: The options the module's one site is built with (and rebuilt with, where a test reruns it):
#: thresholds other than the defaults, which its corpus page must use too.
OPTIONS = ["-p", "execution_warn=0.95", "-p", "execution_low=0.85", "-p", "annotations=none"]


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = tmp_path_factory.mktemp("series")
    return write_series(folder, make_series(1, [113, 114], 2, seed=4))


@pytest.fixture(scope="module")
def site(series, tmp_path_factory):
    """One site of the series, built once for the module; the reports assessed while it was
    built are counted (each should be assessed once)."""
    import govplans.run.api as api
    import govplans.run.runner as runner

    calls: list[str] = []
    real = api.assess_report

    def counted(report, *args, **kwargs):
        calls.append(report.source_path.name)
        return real(report, *args, **kwargs)

    out = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(api, "assess_report", counted)
        patch.setattr(runner, "assess_report", counted)
        status = main(["reports", *map(str, series), "--out", str(out), "--jobs", "2", *OPTIONS])
    return status, out, calls


def test_each_report_has_its_folder_and_the_index_groups_them(series, site):
    status, out, _ = site
    assert status == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hant-TW">' in index
    assert '<a href="corpus.html">' in index and (out / "corpus.html").is_file()
    reports = [read_report(p) for p in series]
    agency = reports[0].agency
    assert index.count(f"<h2>{html.escape(agency)}</h2>") == 1
    assert index.index("113年（2024年）") < index.index("114年（2025年）")
    for report in reports:
        folder = out / report_folder(report)
        assert (folder / "index.html").is_file() and (folder / "portfolio_overview.html").is_file()
    for href in re.findall(r'href="([^"]+)"', index):
        if href == "en/index.html":  # the English site, built with --lang en --out OUT/en
            continue
        assert (out / unquote(html.unescape(href))).is_file(), href
    # each profile shows its plan's years; a build of one report has no such section
    later = read_report(series[1])
    profile = out / report_folder(later) / f"plan_profile_{later.plans['plan_id'].iloc[1]}.html"
    assert "歷年資料（跨年度報告）" in profile.read_text(encoding="utf-8")
    corpus = (out / "corpus.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in corpus  # back to the site's index
    assert (out / "data" / "plan_history.csv").is_file()


def test_each_plan_year_on_the_corpus_page_links_its_profile(series, site):
    """The corpus (and agency) pages of a site keep their plan-years table to a row a line in
    print; the detail is a link away: each plan-year's id links its profile in its report's
    folder, every link to a page that is there (issue 18 §4, analyst re-read C6)."""
    _, out, _ = site
    corpus = (out / "corpus.html").read_text(encoding="utf-8")
    table = corpus.split('<table class="govplans-table govplans-compact">')[1].split("</table>")[0]
    links = re.findall(r'<a href="([^"]+plan_profile_[^"]+)">([^<]+)</a>', table)
    years = [(r, str(p)) for r in map(read_report, series) for p in r.plans["plan_id"]]
    assert len(links) == len(years) == table.count("<tr>") - 1  # every row but the header
    for href, shown in links:
        page = unquote(href)
        assert (out / page).is_file(), page
        assert page.endswith(f"/plan_profile_{shown}.html")
    assert {unquote(h).split("/")[0] for h, _ in links} == {
        report_folder(r) for r in map(read_report, series)
    }


def test_an_unchanged_rerun_executes_nothing(series, site, capsys):
    _, out, _ = site
    capsys.readouterr()
    assert main(["reports", *map(str, series), "--out", str(out), *OPTIONS]) == 0
    printed = capsys.readouterr().out
    assert "0 rendered" in printed and "rendered, 0 up to date" not in printed
    assert "corpus.html (up to date)" in printed


def test_an_unchanged_rerun_reads_no_report_and_assesses_nothing(series, site, monkeypatch):
    """The site's reports and corpus are kept with the key of their inputs: a rerun with the
    same files loads them, and each report's build reuses its manifest's analysis."""
    import govplans.run.runner as runner
    import govplans.run.site as site_module

    _, out, _ = site

    def fail(*args, **kwargs):
        raise AssertionError("a report was read or assessed again")

    monkeypatch.setattr(site_module, "read_report", fail)
    monkeypatch.setattr(site_module, "corpus_of", fail)
    monkeypatch.setattr(runner, "assess_report", fail)
    assert main(["reports", *map(str, series), "--out", str(out), *OPTIONS]) == 0
    assert (default_cache(out) / site_module.CORPUS_CACHE).is_file()
    assert not list(out.rglob("*.pickle")) and not list(out.rglob("*.key"))
    assert not (out / "manifest.json").exists()  # the site holds pages, data and notebooks


def test_an_unreadable_file_is_named_and_the_others_are_built(series, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / series[0].name).write_bytes(series[0].read_bytes())
    (folder / "broken.txt").write_text("這不是計畫執行情形表\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["reports", str(folder), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "broken.txt" in err and "Traceback" not in err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "無法讀取的檔案" in index and "broken.txt" in index
    assert (out / report_folder(read_report(series[0])) / "portfolio_overview.html").is_file()


def test_the_same_agency_and_year_twice_stops_before_anything_runs(series, tmp_path):
    twin = tmp_path / "twin.txt"
    twin.write_bytes(series[0].read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "govplans", "reports", str(series[0]), str(twin),
         "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "twin.txt" in done.stderr
    assert not (tmp_path / "out").exists()


def test_one_source_builds_as_before(series, tmp_path):
    out = tmp_path / "one"
    assert main(["reports", str(series[0]), "--out", str(out), "--jobs", "1"]) == 0
    assert (out / "portfolio_overview.html").is_file() and not (out / "corpus.html").exists()
    assert "歷年資料" not in (
        out / f"plan_profile_{read_report(series[0]).plans['plan_id'].iloc[0]}.html"
    ).read_text(encoding="utf-8")


def test_source_option_and_sources_together_is_an_error(series, capsys):
    assert main(["reports", str(series[0]), "--source", str(series[1])]) == 2
    assert "not both" in capsys.readouterr().err


def test_the_thresholds_given_apply_to_the_corpus_page_too(site):
    _, out, _ = site  # built with OPTIONS
    corpus = (out / "corpus.html").read_text(encoding="utf-8")
    assert "低於 95% 者" in corpus and "低於 90% 者" not in corpus
    executed = (out / "notebooks" / "corpus.ipynb").read_text(encoding="utf-8")
    assert '"execution_low": 0.85' in executed and '"annotations": "none"' in executed


def test_the_spec_reads_the_threshold_assignments_as_ratios_or_percentages():
    from govplans.run.spec import thresholds_from_options

    thresholds, others = thresholds_from_options(
        {"execution_low": "75"}, ["execution_warn=0.85", "annotations=none"]
    )
    assert thresholds == Thresholds(execution_warn=0.85, execution_low=0.75)
    assert others == {"annotations": "none"}
    with pytest.raises(ValueError, match="--warn"):
        thresholds_from_options({}, ["execution_warn=ninety"])


def test_a_site_assesses_each_report_once(series, site):
    """The corpus assesses every report; each report's build takes that assessment (counted
    during the module's one build, see the ``site`` fixture)."""
    _, _, calls = site
    assert sorted(calls) == sorted(p.name for p in series)


def test_the_site_corpus_is_kept_until_an_input_changes(series, tmp_path, monkeypatch):
    import govplans.run.site as site_module

    out = tmp_path / "out"
    files = [tmp_path / p.name for p in series]
    for source, copy in zip(series, files, strict=True):
        copy.write_bytes(source.read_bytes())
    built: list[int] = []
    real = site_module.corpus_of

    def counted(*args, **kwargs):
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(site_module, "corpus_of", counted)

    def corpus(thresholds=None, annotations="auto", crosswalk="auto"):
        spec = BuildSpec(
            sources=tuple(files),
            out=out,
            thresholds=thresholds or Thresholds(),
            annotations=annotations,
            crosswalk=crosswalk,
        )
        return site_module._site_corpus(files, spec)

    first = corpus()[2]
    assert corpus()[2].agency_years.equals(first.agency_years) and len(built) == 1
    corpus(Thresholds(execution_warn=0.95))
    assert len(built) == 2  # other thresholds
    corpus(annotations="none")
    assert len(built) == 3  # other reviewed statuses
    files[0].write_bytes(files[0].read_bytes() + b"\n")
    corpus()
    assert len(built) == 4  # a report's bytes changed
    (default_cache(out) / site_module.CORPUS_CACHE).write_bytes(b"not a pickle")
    corpus()
    assert len(built) == 5  # a damaged cache is rebuilt, not an error
    corpus()
    assert len(built) == 5


def test_the_corpus_page_key_follows_the_reviewed_statuses_and_the_crosswalk(tmp_path):
    from govplans.run.manifest import options_key

    def corpus_inputs_key(crosswalk: str, annotations: str) -> list:
        return options_key(annotations, crosswalk)

    reviewed, crosswalk = tmp_path / "reviewed.csv", tmp_path / "crosswalk.csv"
    reviewed.write_text("a\n", encoding="utf-8")
    crosswalk.write_text("b\n", encoding="utf-8")
    before = corpus_inputs_key(str(crosswalk), str(reviewed))
    reviewed.write_text("a, changed\n", encoding="utf-8")
    assert corpus_inputs_key(str(crosswalk), str(reviewed)) != before
    before = corpus_inputs_key(str(crosswalk), "auto")
    crosswalk.write_text("b, changed\n", encoding="utf-8")
    assert corpus_inputs_key(str(crosswalk), "auto") != before
