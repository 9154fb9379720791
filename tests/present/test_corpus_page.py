"""The corpus page's helpers: sentences with the right figures, tables in order, all escaped."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from govplans import Thresholds, read_report
from govplans.analyse.corpus import build_corpus, lineage
from govplans.present import charts
from govplans.present import corpus as page
from govplans.read.reference import load_crosswalk
from govplans.run import paths
from govplans.testing.synthetic import make_series, write_series

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
FY113 = CORPUS / "moda_113_constructed.txt"


@pytest.fixture(scope="module")
def corpus():
    reports = [read_report(paths.BUNDLED_REPORT), read_report(FY113)]
    return build_corpus(reports, load_crosswalk(None))


def _in_year_below(corpus, year: int, limit: float) -> list[str]:
    h = corpus.history
    mine = h[(h["fiscal_year"] == year) & (h["execution_rate_in_year"] < limit)]
    return list(mine["plan_id"])


def test_summary_states_each_agency_year_with_its_figures(corpus):
    text = page.summary(corpus, "zh-TW").markdown.replace("\\", "")
    for row in corpus.agency_years.to_dict("records"):
        below = _in_year_below(corpus, row["fiscal_year"], 0.9)
        h = corpus.history
        mine = h[(h["fiscal_year"] == row["fiscal_year"]) & (h["execution_rate"] < 0.9)]
        cumulative = list(mine["plan_id"])
        expected = (
            f"數位發展部 {row['fiscal_year']}年（{row['fiscal_year'] + 1911}年）："
            f"{row['n_plans']} 項計畫，累計執行率 {row['execution_rate'] * 100:.1f}%，"
            f"累計執行率低於 90% 者 {len(cumulative)} 項（{'、'.join(cumulative)}）。"
        )
        n_known, n = row["n_plans_in_year_known"], row["n_plans"]
        rate = f"{row['execution_rate_in_year_covered'] * 100:.1f}%"
        if n_known == n:
            expected += f"本年度數：全部 {n} 項計畫均可推得，本年度執行率 {rate}，"
            assert row["execution_rate_in_year"] == row["execution_rate_in_year_covered"]
        else:  # over some plans only: said so, never the agency's rate
            expected += (
                f"本年度數：{n_known} 項計畫（共 {n} 項）可推得本年度數，此 {n_known} 項合計之"
                f"本年度執行率 {rate}，非本機關全體之本年度執行率；此 {n_known} 項中"
            )
            assert pd.isna(row["execution_rate_in_year"])
        expected += f"本年度執行率低於 90% 者 {len(below)} 項（{'、'.join(below)}）。"
        assert expected in text
        # 「其中」 only right after the count it qualifies (met targets on related work), never
        # in the in-year sentence, where it read as pointing back to the plans below
        assert "其中" not in re.sub(r"達成 \d+（其中\d+項依相關工作推定）", "", text)
    assert _in_year_below(corpus, 114, 0.9) == ["114-03", "114-10"]
    # without the crosswalk the renamed plan is left for review, and the line says so
    assert "跨年連結：依名稱 8 項、依對照表 0 項，待檢視 1 項。" in text


def test_the_threshold_decides_which_plans_are_named(corpus):
    th = Thresholds(execution_warn=0.6, execution_low=0.5, execution_critical=0.4)
    corpus = build_corpus(corpus.reports, load_crosswalk(None), th)
    text = page.summary(corpus, "en").markdown.replace("\\", "")
    assert _in_year_below(corpus, 114, 0.6) == ["114-10"]
    assert (
        "an in-year execution rate of 94.6%, not the agency's; of these 13, 1 below 60% in the "
        "year (114-10)." in text
    )
    assert "0 below 60% in the year." in text  # FY113: 113-08 (86.1%) is above this threshold


def _series(tmp_path, years, seed=5):
    files = write_series(tmp_path, make_series(2, years, 3, seed=seed))
    return [read_report(f) for f in files]


def test_a_year_without_the_year_before_says_in_year_figures_are_unknown(tmp_path):
    reports = _series(tmp_path, [112, 113, 115])  # 115: no report of 114
    corpus = build_corpus(reports)
    rows = corpus.agency_years.set_index(["agency", "fiscal_year"])
    text = page.summary(corpus, lang="en").markdown.replace("\\", "")
    for agency in {r.agency for r in reports}:
        known = int(rows.loc[(agency, 115), "n_plans_in_year_known"])
        if known == 0:
            assert "No in-year figure (no report of the year before, or no link)." in text
        else:  # plans starting in 115 have in-year figures (their cumulative ones)
            n = int(rows.loc[(agency, 115), "n_plans"])
            assert f"In-year figures for {known} of the {n} plans only" in text
            assert pd.isna(rows.loc[(agency, 115), "execution_rate_in_year"])


def test_history_table_keeps_each_plans_years_together(corpus):
    html = page.history_table(corpus).html
    ids = re.findall(
        r'nowrap;text-align:left">(11[34]-\d\d)</td><td style="text-align:left;min-width:12em', html
    )
    assert ids[:4] == ["113-01", "114-01", "113-02", "114-03"]
    assert sorted(ids) == sorted(corpus.history["plan_id"])  # every plan-year, once


def test_lineage_follows_links_back_to_the_first_year(corpus):
    roots = lineage(corpus.history).set_axis(corpus.history["plan_key"])
    assert roots["數位發展部/114-03"] == "數位發展部/113-02"
    assert roots["數位發展部/113-02"] == "數位發展部/113-02"
    assert roots["數位發展部/114-02"] == "數位發展部/114-02"  # starts in 114


def test_review_reasons_read_in_the_pages_language(corpus):
    zh = page.candidates_table(corpus, "zh-TW").html
    assert "名稱不同，期程與總經費相同" in zh and "another name" not in zh
    assert "another name, the same period and total" in page.candidates_table(corpus, "en").html


def test_no_candidates_is_a_sentence():
    linked = build_corpus(
        [read_report(paths.BUNDLED_REPORT), read_report(FY113)],
        load_crosswalk(CORPUS / "crosswalk.csv"),
    )
    assert linked.candidates.empty
    assert page.candidates_table(linked, "zh-TW").html == "<p>沒有待檢視的跨年連結。</p>"


def test_report_text_is_escaped_on_the_page(tmp_path):
    reports = _series(tmp_path, [113, 114], seed=7)
    hostile = '<script>alert("x")</script>=1+2'
    for report in reports:
        report.plans.loc[0, "name"] = hostile
    corpus = build_corpus(reports)
    html = page.history_table(corpus, lang="en").html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<script>" not in page.title(corpus, "en").markdown


def test_sources_cite_each_file_with_its_hash(corpus):
    text = page.sources(corpus, "en").markdown.replace("\\", "")
    for report in corpus.reports:
        assert report.source_path.name in text and report.sha256 in text


def test_english_names_the_agency_when_given(corpus):
    names = {"數位發展部": "Ministry of Digital Affairs"}
    assert "2 reports: Ministry of Digital Affairs;" in page.scope_line(corpus, "en", names)
    assert "數位發展部" in page.scope_line(corpus, "en")  # no curated name: as printed


def test_chart_has_a_pair_of_bars_per_agency_year(corpus):
    fig = page.execution_chart(corpus, "zh-TW")
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * len(corpus.agency_years)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["數位發展部 113年", "數位發展部 114年"]
    widths = sorted(round(p.get_width(), 6) for p in ax.patches)
    expected = pd.concat(
        [
            corpus.agency_years["execution_rate"],
            corpus.agency_years["execution_rate_in_year_covered"],
        ]
    )
    assert widths == sorted(round(float(v), 6) for v in expected)
    # both years have in-year figures for some plans only: drawn hatched, labelled with the share
    assert sum(p.get_hatch() == "///" for p in ax.patches) == 2
    shown = [t.get_text() for t in ax.texts]
    assert "94.4%（僅 3/10 項計畫）" in shown and "94.6%（僅 13/14 項計畫）" in shown
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "本年度執行率，僅部分計畫可推得（非機關全體）" in legend
    alt = charts.alt_text(fig)
    assert "數位發展部 113年: 97.4%, 94.4%（僅 3/10 項計畫）" in alt


def test_year_statuses_and_what_a_pending_link_would_change(corpus):
    h = corpus.history.set_index("plan_key")
    assert h.loc["數位發展部/113-05", "next_status"] == "ended"  # its period ended in 113
    assert h.loc["數位發展部/113-02", "next_status"] == "continues"  # as 114-03
    assert h.loc["數位發展部/113-07", "next_status"] == "not_in_next_report"
    assert h.loc["數位發展部/114-03", "year_status"] == "continued"
    assert h.loc["數位發展部/114-08", "year_status"] == "pending"  # a candidate: 113-07
    assert h.loc["數位發展部/114-01", "next_status"] == "no_next_report"
    assert set(h["year_status"]) <= {"new", "continued", "pending"}
    c = corpus.candidates.iloc[0]
    assert c["appropriated_in_year_if_linked_thousand_twd"] == 34386
    assert round(c["execution_rate_in_year_if_linked"], 4) == round(34727 / 34386, 4)
    table = page.candidates_table(corpus, "zh-TW").html
    assert "連結後之本年度執行率" in table and ">101.0%<" in table
    history = page.history_table(corpus, "zh-TW").html
    for word in ("新增", "延續", "結束（期程屆滿）", "未見於次年度報告", "待檢視連結"):
        assert f">{word}<" in history, word


def test_one_line_per_agency_year_and_one_for_the_links(tmp_path):
    corpus = build_corpus(_series(tmp_path, [112, 113, 114], seed=3))
    assert len(page.summary(corpus, lang="en").markdown.splitlines()) == 2 * 3 + 1


def test_a_plans_history_shows_every_linked_year(corpus):
    html = page.plan_history(corpus.history, "數位發展部", "114-03", 114).html
    assert html.startswith("<h3>歷年資料（跨年度報告）</h3>")
    assert re.findall(r'nowrap;text-align:left">(11[34]-\d\d)</td>', html) == ["113-02", "114-03"]
    assert ">75,446<" in html and ">49,261<" in html and ">65.3%<" in html  # 203,856 − 128,410
    # the same lineage from the earlier year's page
    earlier = page.plan_history(corpus.history, "數位發展部", "113-02", 113).html
    assert re.findall(r'nowrap;text-align:left">(11[34]-\d\d)</td>', earlier) == [
        "113-02",
        "114-03",
    ]
    # each other year links its profile page in the site (relative), this year does not
    folder = "%E6%95%B8%E4%BD%8D%E7%99%BC%E5%B1%95%E9%83%A8_114"  # 數位發展部_114
    assert f'<a href="../{folder}/plan_profile_114-03.html">114</a>' in earlier
    assert "plan_profile_113-02.html" not in earlier
    assert "次年度延續" in earlier and "plan_profile_113-02.html" in html


def test_no_history_shows_nothing(corpus):
    assert page.plan_history(None, "數位發展部", "114-03", 114).html == ""
    assert page.plan_history(corpus.history, "數位發展部", "114-99", 114).html == ""


def test_the_chart_stays_readable_with_forty_agencies(tmp_path):
    files = write_series(tmp_path, make_series(40, [113, 114], 2, seed=2))
    corpus = build_corpus(read_report(f) for f in files)
    assert len(corpus.agency_years) == 80
    fig = page.execution_chart(corpus, "en")
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * page.CHART_ROWS
    assert ax.get_title(loc="left").startswith("The 20 agency-years with the lowest rates (of 80")
    shown = page.chart_rows(corpus.agency_years)
    rate = corpus.agency_years["execution_rate_in_year"].fillna(
        corpus.agency_years["execution_rate"]
    )
    assert rate[shown.index].max() <= rate.drop(shown.index).min()


def test_plans_needing_attention_lowest_first_within_each_measure(corpus):
    rows = page.attention(corpus)
    # in-year rates first, lowest first; then the cumulative ones: never one order across
    # the two measures (113-02's cumulative 79.1% is not ranked among in-year rates)
    assert list(rows["plan_id"]) == ["114-10", "114-03", "113-08", "113-02"]
    assert list(rows["rate_basis"]) == ["in_year", "in_year", "in_year", "cumulative"]
    for basis in page.ATTENTION_BASES:
        rates = rows.loc[rows["rate_basis"] == basis, "rate"]
        assert rates.is_monotonic_increasing
    html = page.attention_table(corpus, "zh-TW").html
    in_year, cumulative = html.split("<h4>")[1:]
    assert in_year.startswith("依本年度執行率（3 項），由低至高")
    assert cumulative.startswith("依累計執行率（無本年度執行率者，1 項），由低至高")
    assert in_year.index("114-10") < in_year.index("114-03") < in_year.index("113-08")
    assert "113-02" in cumulative and "113-02" not in in_year
    en = page.attention_table(corpus, "en").html
    assert "By the in-year execution rate (3), lowest first" in en
    relaxed = Thresholds(execution_warn=0.2, execution_low=0.15, execution_critical=0.1)
    relaxed_corpus = build_corpus(corpus.reports, load_crosswalk(None), relaxed)
    assert page.attention_table(relaxed_corpus, "zh-TW").html == (
        "<p>沒有計畫之執行率低於 20%。</p>"
    )


def test_each_agency_year_line_ends_with_its_warnings_and_targets(corpus):
    text = page.summary(corpus, "zh-TW").markdown.replace("\\", "")
    en = page.summary(corpus, "en").markdown.replace("\\", "")
    for row in corpus.agency_years.to_dict("records"):
        # FY114's 34 met include 2 on related work only (114-02 target 4, 114-07 target 2),
        # said as the index says them
        zh_more, en_more = (
            ("（其中2項依相關工作推定）", " (2 inferred from related work)")
            if row["fiscal_year"] == 114
            else ("", "")
        )
        assert (
            f"有警示之計畫 {row['n_warning_plans']} 項；績效目標 {row['n_targets']} 項："
            f"超越目標 {row['n_exceeded']}、達成 {row['n_met']}{zh_more}、"
            f"未達成 {row['n_not_met']}、待確認 {row['n_unclear']}。"
        ) in text
        assert (
            f"{row['n_warning_plans']} plans with warnings; {row['n_targets']} targets: "
            f"{row['n_exceeded']} exceeded, {row['n_met']} met{en_more}, "
        ) in en


def test_agency_flags_table_lists_warnings_and_target_statuses(corpus):
    html = page.agency_flags_table(corpus, "zh-TW").html
    for header in ("有警示計畫數", "有編列進度附註計畫數", "未達成目標數", "待確認目標數"):
        assert header in html
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", html)
    # one agency: its page does not repeat the agency on every row (its title names it)
    shown = [c for c in page.AGENCY_FLAG_COLUMNS if c != "agency"]
    assert "<th" in html and ">機關<" not in html
    assert len(cells) == len(shown) * len(corpus.agency_years)
    row = corpus.agency_years.iloc[-1]
    last = cells[-len(shown) :]
    assert last[2:] == [str(row[c]) for c in shown[2:]]  # warnings, notes, targets by status


def test_in_year_flags_are_shown_in_words_beside_the_rates(corpus):
    html = page.history_table(corpus, "zh-TW").html
    assert "本年度執行率低於 70%" in html  # 114-03: 65.3 % in the year
    assert "無前一年度報告" in html  # FY113's rows: no FY112 report to link to
    assert "待檢視" in html  # 114-08: its candidate is left for review (no crosswalk)
    en = page.attention_table(corpus, "en").html
    assert "In-year rate below 70%" in en
    # 113-02 has no in-year rate (no FY112 report): its cumulative rate decided, and it says so
    assert "Cumulative rate below 80% (no in-year rate)" in en


def test_english_tables_show_the_curated_english_plan_names():
    from govplans.run.api import corpus_of

    corpus = corpus_of([read_report(paths.BUNDLED_REPORT), read_report(FY113)], None)
    english = corpus.assessments[1].plans.set_index("plan_id").loc["114-03", "name_en"]
    assert english and english != "連結亞太強韌陸海空網路計畫"
    assert english in page.history_table(corpus, "en").html
    assert english in page.attention_table(corpus, "en").html
    assert "連結亞太強韌陸海空網路計畫" in page.history_table(corpus, "zh-TW").html


def _row_of(html: str, plan_id: str) -> str:
    return next(r for r in html.split("<tr>") if f">{plan_id}<" in r)


def test_new_only_for_a_plan_starting_in_the_year_first_seen_otherwise(corpus):
    history = page.history_table(corpus, "zh-TW").html
    # 113-01 starts in 113: a new plan; 113-02 started in 112: first seen in these reports
    assert ">新增<" in _row_of(history, "113-01")
    assert ">本資料首見<" in _row_of(history, "113-02") and ">新增<" not in _row_of(
        history, "113-02"
    )
    # 113-05 (112年1月至113年12月) is not "new" and "ended" in one row
    assert ">本資料首見<" in _row_of(history, "113-05") and ">結束（期程屆滿）<" in _row_of(
        history, "113-05"
    )
    en = page.history_table(corpus, "en").html
    assert ">first seen in these reports<" in _row_of(en, "113-09")  # 110年1月起
    assert page.year_status_key("new", 114, 114) == "year_new"
    assert page.year_status_key("new", 110, 113) == "year_first_seen"
    assert page.year_status_key("new", None, 113) == "year_first_seen"  # unread start
    assert page.year_status_key("continued", 112, 114) == "year_continued"


def test_a_new_plan_is_never_not_linked(corpus):
    history = page.history_table(corpus, "zh-TW").html
    for plan_id in ("114-02", "114-06", "114-09", "114-11", "114-12"):  # all start in 114
        row = _row_of(history, plan_id)
        assert ">新計畫（無前一年度）<" in row and ">未連結<" not in row, plan_id
    assert ">無前一年度報告<" in _row_of(history, "113-02")  # no FY112 report read
    assert ">待檢視<" in _row_of(history, "114-08")
    assert ">未連結<" not in history
    # the profile's table: the agency's plan-years say which reports were read
    own = page.plan_history(corpus.history, "數位發展部", "114-02", 114, lang="en").html
    assert ">new plan: no earlier year to link<" in own and "not linked" not in own
    earlier = page.plan_history(corpus.history, "數位發展部", "113-02", 113).html
    row = _row_of(earlier, "113-02")
    assert ">無前一年度報告<" in row and ">次年度延續<" in row and "未連結" not in row


def test_plans_drawing_on_a_constructed_report_are_named(corpus):
    made = page.constructed_plans(corpus.history, corpus.reports, 114)
    # the FY114 plans linked to a plan of the constructed FY113 report, and no other
    linked = corpus.history[
        (corpus.history["fiscal_year"] == 114) & (corpus.history["link"] != "none")
    ]
    assert made == set(linked["plan_id"]) and {"114-03", "114-10"} <= made
    assert "114-02" not in made and "114-08" not in made  # new; pending (not linked)
    real = [read_report(paths.BUNDLED_REPORT)]
    assert page.constructed_plans(corpus.history, real, 114) == set()


def test_an_in_year_rate_above_100_is_not_given_a_cause_as_fact(corpus):
    zh = page.title(corpus, "zh-TW").markdown.replace("\\", "")
    en = page.title(corpus, "en").markdown.replace("\\", "")
    assert "累計已編列未執行數較前一年度減少" in zh and "可能係" in zh
    assert "係本年度執行了以前年度" not in zh
    assert "fell during the year" in en and "possibly" in en
    assert "means money appropriated" not in en


def test_one_report_is_counted_in_the_singular():
    one = build_corpus([read_report(FY113)], load_crosswalk(None))
    assert page.scope_line(one, "en").startswith("1 report: ")
    two = build_corpus(
        [read_report(FY113), read_report(paths.BUNDLED_REPORT)], load_crosswalk(None)
    )
    assert page.scope_line(two, "en").startswith("2 reports: ")


def test_short_labels_wrap_between_words_only(corpus, tmp_path):
    # 「無前一年度報告」, 「名稱與起始年度相同」: the statuses' style (kept whole in print), not
    # the figures' (which print wraps to a few characters a line)
    html = page.history_table(corpus, "zh-TW").html
    label = 'style="text-align:left;min-width:5em;overflow-wrap:normal;word-break:keep-all"'
    for word in ("無前一年度報告", "名稱與起始年度相同", "次年度延續", "本資料首見"):
        assert f"<td {label}>{word}</td>" in html, word
    two = build_corpus(_series(tmp_path, [113, 114], seed=1))  # two agencies: column shown
    many = page.agency_years_table(two, "zh-TW").html
    agency = two.agency_years["agency"].iloc[0]
    assert f"<td {label}>{agency}</td>" in many


def test_plan_ids_and_in_year_flags_stay_whole_in_print(corpus):
    html = page.history_table(corpus, "zh-TW").html
    assert '<td style="white-space:nowrap;text-align:left">114-03</td>' in html
    assert 'keep-all">本年度執行率低於 70%</td>' in html
