"""`govplans reports`: sites that grow (a later year added, a second agency) and a site built in
both languages, each from reports of its own (the builds of one report series are in
test_site.py, sharing one build)."""

from __future__ import annotations

import html

import pytest

from govplans import read_report
from govplans.present.export import report_folder
from govplans.run.cli import main
from govplans.testing.synthetic import make_series, write_series

pytestmark = pytest.mark.slow(seconds=74)


def test_adding_a_later_report_executes_only_its_pages_and_the_corpus_page(tmp_path, capsys):
    files = write_series(tmp_path / "in", make_series(1, [113, 114, 115], 2, seed=9))
    out = tmp_path / "out"
    assert main(["reports", *map(str, files[:2]), "--out", str(out), "--jobs", "2"]) == 0
    capsys.readouterr()
    assert main(["reports", *map(str, files), "--out", str(out), "--jobs", "2"]) == 0
    printed = capsys.readouterr().out
    done = [
        line for line in printed.splitlines() if line.startswith("done in") and "rendered" in line
    ]
    later = read_report(files[2])
    n_pages = len(later.plans) + 3  # overview, attainment, method, one profile per plan
    # the earlier years' profiles now show and link their plan's added year (plan_history,
    # both ways, with next_status); the overview and attainment pages are unchanged
    earlier = len(read_report(files[0]).plans) + len(read_report(files[1]).plans)
    rendered = [int(line.split(": ")[1].split(" rendered")[0]) for line in done]
    assert sum(rendered[:2]) == earlier and rendered[2] == n_pages
    assert "corpus.html (up to date)" not in printed  # the corpus page did change


def test_several_agencies_get_a_page_each_across_their_years(tmp_path, capsys):
    files = write_series(tmp_path / "in", make_series(2, [113, 114], 2, seed=3))
    out = tmp_path / "out"
    last = read_report(files[-1])
    assert main(["reports", *map(str, files[:-1]), "--out", str(out), "--jobs", "2"]) == 0
    capsys.readouterr()
    assert main(["reports", str(tmp_path / "in"), "--out", str(out), "--jobs", "2"]) == 0
    printed = capsys.readouterr().out
    # the added report's agency page is executed again; the other agency's is not
    others = {read_report(f).agency for f in files} - {last.agency}
    for agency in others:
        assert f"agency_{agency}.html (up to date)" in printed
    assert f"agency_{last.agency}.html (up to date)" not in printed
    index = (out / "index.html").read_text(encoding="utf-8")
    agencies = sorted({read_report(f).agency for f in files})
    assert len(agencies) == 2
    corpus = (out / "corpus.html").read_text(encoding="utf-8")
    assert "<title>跨機關、跨年度計畫執行比較</title>" in corpus
    for agency in agencies:
        page = (out / f"agency_{agency}.html").read_text(encoding="utf-8")
        assert f"<title>{agency}歷年計畫執行比較</title>" in page
        assert f"2 份報告：{agency}；113–114年" in page
        other = next(a for a in agencies if a != agency)
        assert other not in page
        assert f'<h2>{agency}</h2><p><a href="agency_' in index


def test_a_bilingual_site_links_languages_and_marks_pages_drawing_on_constructed_data(tmp_path):
    """Issue 18 (B1, F2, F13): a later year's profile linked to a plan of a constructed report
    carries the banner; the earlier profile links the later year; every page of a site built
    in both languages links its counterpart, the corpus and agency pages too."""
    from govplans.model.report import CONSTRUCTED_NOTICE
    from govplans.present.words import CONSTRUCTED_BANNER, pick
    from govplans.testing.synthetic import render_noticed_report

    series = make_series(1, [113, 114], 3, seed=1)  # one FY114 plan continues a FY113 one
    files = write_series(tmp_path / "in", series)
    (agency, year), plans = next(iter(series.items()))
    files[0].write_text(
        render_noticed_report(plans, [CONSTRUCTED_NOTICE], agency=agency, fiscal_year=year),
        encoding="utf-8",
    )
    out = tmp_path / "site"
    args = ["reports", *map(str, files), "--jobs", "2", "--with-other-language"]
    assert main([*args, "--out", str(out)]) == 0
    assert main([*args, "--out", str(out / "en"), "--lang", "en"]) == 0
    later = read_report(files[1])
    folder = out / report_folder(later)
    history = later.plans  # which FY114 plans continue a FY113 one
    banner = html.escape(pick(CONSTRUCTED_BANNER, "zh-TW"))
    marked = []
    for plan_id in history["plan_id"]:
        page = (folder / f"plan_profile_{plan_id}.html").read_text(encoding="utf-8")
        if "plan_profile_113-" in page:  # shows and links its FY113 year: banner
            assert banner in page, plan_id
            marked.append(plan_id)
        else:
            assert banner not in page, plan_id
    assert marked  # the series links plans across the two years
    assert banner not in (folder / "portfolio_overview.html").read_text(encoding="utf-8")
    # the FY113 profile shows and links its plan's FY114 year
    earlier = out / report_folder(read_report(files[0]))
    linked = [
        p
        for p in earlier.glob("plan_profile_*.html")
        if "plan_profile_114-" in p.read_text("utf-8")
    ]
    assert linked
    # every page links the same page in the other language
    for page in ["index.html", "corpus.html", "search.html", f"{report_folder(later)}/index.html"]:
        zh = (out / page).read_text(encoding="utf-8")
        en = (out / "en" / page).read_text(encoding="utf-8")
        depth = "../" * page.count("/")
        assert 'hreflang="en"' in zh and f'href="{depth}en/' in zh, page
        assert 'hreflang="zh-Hant-TW"' in en and f'href="../{depth}' in en, page
