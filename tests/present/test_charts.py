"""Charts: a CJK font is found and used, labels follow the language, no glyph is missing."""

from __future__ import annotations

import io
import struct
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib import font_manager

from govplans import assess_report, parse_report
from govplans.analyse.measures import Thresholds
from govplans.present import charts as plots
from govplans.run import paths
from govplans.testing.synthetic import make_plans, write_report


@pytest.fixture(scope="module")
def assessment(tmp_path_factory):
    path = write_report(tmp_path_factory.mktemp("plots") / "report.txt", make_plans(5, seed=3))
    return assess_report(parse_report(path), annotations=None)


def _render(fig) -> list[str]:
    """Draw the figure to PNG; return the texts drawn and fail on any missing-glyph warning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png")
    glyphs = [str(w.message) for w in caught if "Glyph" in str(w.message)]
    assert not glyphs, glyphs
    texts = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    plt.close(fig)
    return texts


def test_a_cjk_font_is_found_and_made_the_default():
    family = plots.find_cjk_font()
    assert family is not None, "install fonts-noto-cjk (scripts/setup.sh does on Debian)"
    assert plots.setup_fonts("zh-TW") == family
    assert plt.rcParams["font.family"][0] == family
    path = font_manager.findfont(font_manager.FontProperties(family=family))
    assert font_manager.get_font(path).get_char_index(ord("計")) != 0


def test_missing_cjk_font_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    with pytest.raises(plots.MissingCJKFontError, match="fonts-noto-cjk"):
        plots.setup_fonts("zh-TW")
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        assert plots.setup_fonts("en") is None


def test_portfolio_charts_in_chinese(assessment):
    th = assessment.thresholds
    texts = _render(plots.execution_rate_chart(assessment.plans, th, "zh-TW"))
    assert any("執行率" in t for t in texts)
    assert any(t.startswith(assessment.plans["plan_id"].iloc[0]) for t in texts)
    assert "門檻 90%" in texts  # the threshold lines are labelled, without a needless ".0"
    texts = _render(plots.appropriation_schedule_chart(assessment.plans, th, "zh-TW"))
    assert any("期程經過比率" in t for t in texts)
    texts = _render(plots.portfolio_totals_chart(assessment.portfolio, "zh-TW"))
    assert "全部計畫" in texts and any(t.strip().endswith("億元") for t in texts)


def test_target_and_plan_charts(assessment):
    texts = _render(plots.status_counts_chart(assessment.targets, assessment.plans, "zh-TW"))
    assert {"達成", "未達成", "待確認"} <= set(texts)
    texts = _render(plots.achieved_ratio_chart(assessment.targets, "zh-TW"))
    assert any("達成比" in t for t in texts)
    report = assessment.report
    texts = _render(plots.plan_profile_chart(report.plans.iloc[0], report.fiscal_year, "zh-TW"))
    assert {"核定總經費", "已編列預算數", "累計執行數", "114年度"} <= set(texts)


def test_english_labels(assessment):
    texts = _render(plots.execution_rate_chart(assessment.plans, Thresholds(), "en"))
    assert any("Cumulative execution rate" in t for t in texts)
    assert not any("執行率" in t for t in texts)
    report = assessment.report
    texts = _render(plots.plan_profile_chart(report.plans.iloc[0], report.fiscal_year, "en"))
    assert {"Total approved budget", "FY2025"} <= set(texts)


def test_execution_bars_are_coloured_by_threshold_band(assessment):
    plans = assessment.plans.copy()
    plans["execution_rate"] = [0.95, 0.85, 0.75, 0.5, 1.0]
    fig = plots.execution_rate_chart(plans, Thresholds(), "zh-TW")
    bars = fig.axes[0].patches
    colours = [matplotlib.colors.to_hex(b.get_facecolor()) for b in bars]
    band = plots.BAND_COLORS
    assert colours == [band["ok"], band["warn"], band["low"], band["critical"], band["ok"]]
    plt.close(fig)


def test_no_ratio_to_compare_draws_a_message(assessment):
    targets = assessment.targets.iloc[0:0]
    texts = _render(plots.achieved_ratio_chart(targets, "en"))
    assert "No target with numbers to compare" in texts


def test_a_ratio_above_the_cap_is_marked_off_the_scale(assessment):
    targets = assessment.targets.head(2).copy()
    targets["achieved_ratio"] = [1.0, 11.988]
    targets["status"] = ["met", "exceeded"]
    fig = plots.achieved_ratio_chart(targets, "zh-TW", cap=3.0)
    markers = [c.get_paths()[0].vertices.shape[0] for c in fig.axes[0].collections[1:]]
    assert len(markers) == 2  # dots and off-scale triangles are drawn apart
    texts = _render(fig)
    assert "1,198.8%" in texts  # the true value is written beside the capped mark
    assert "超出300%（刻度外）" in texts
    within = _render(plots.achieved_ratio_chart(targets.head(1), "en", cap=3.0))
    assert not any("off the scale" in t for t in within)


def test_totals_axis_is_in_the_unit_of_the_labels(assessment):
    for lang, unit, per_unit in (("zh-TW", "億元", 100_000), ("en", "NT$ billion", 1_000_000)):
        fig = plots.portfolio_totals_chart(assessment.portfolio, lang)
        ax = fig.axes[0]
        assert ax.get_xlabel() == unit
        widths = sorted(b.get_width() for b in ax.patches)
        total = float(assessment.portfolio["total_budget_thousand_twd"].max())
        assert widths[-1] == pytest.approx(total / per_unit)
        _render(fig)


def test_appropriation_label_sits_by_its_bar_when_there_is_room(assessment):
    plans = assessment.plans.head(2).copy()
    plans["appropriation_progress_rate"] = [0.44, 0.70]
    plans["schedule_elapsed_rate"] = [0.667, 0.75]
    fig = plots.appropriation_schedule_chart(plans, Thresholds(), "zh-TW")
    labels = {t.get_text(): t.get_position()[0] for t in fig.axes[0].texts}
    assert labels["44.0%"] < 0.667  # beside its bar, not past the schedule mark
    assert labels["70.0%"] > 0.75  # no room before the mark: past it
    plt.close(fig)


def test_plan_period_axis_names_each_year_in_its_middle(assessment):
    report = assessment.report
    plan = report.plans.iloc[0]
    first, last = int(plan["start_roc_year"]), int(plan["end_roc_year"])
    fig = plots.plan_profile_chart(plan, report.fiscal_year, "zh-TW")
    fig.canvas.draw()
    period = fig.axes[1]
    labels = [t.get_text() for t in period.get_xticklabels(minor=True) if t.get_text()]
    assert {f"{y}年" for y in range(first, last + 1)} <= set(labels)
    assert not any(t.get_text() for t in period.get_xticklabels())  # boundaries unlabelled
    plt.close(fig)
    fig = plots.plan_profile_chart(plan, report.fiscal_year, "en")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[1].get_xticklabels(minor=True) if t.get_text()]
    assert str(first + 1911) in labels
    plt.close(fig)


def test_the_revised_period_is_drawn_under_the_printed_one():
    from govplans import load_assessment

    a = load_assessment()
    plan = a.report.plan("114-10")
    texts = _render(plots.plan_profile_chart(plan, 114, "zh-TW", a.plan_record("114-10")))
    assert {"計畫期程", "修正後期程"} <= set(texts)
    texts = _render(plots.plan_profile_chart(plan, 114, "en", a.plan_record("114-01")))
    assert "Revised period" not in texts


def test_the_profile_alt_text_gives_the_plan_period_not_the_fiscal_year():
    """The 114年度 band label is not read as the value of the 計畫期程 row (F1)."""
    from govplans import load_assessment

    a = load_assessment()
    for lang, printed, revised, wrong in (
        (
            "zh-TW",
            "計畫期程: 113年1月至115年12月",
            "修正後期程: 114年10月至115年12月",
            "計畫期程: 114年度",
        ),
        ("en", "Plan period: 2024-01 to 2026-12", "Revised period: 2025-10 to 2026-12", ": FY2025"),
    ):
        fig = plots.plan_profile_chart(a.report.plan("114-10"), 114, lang, a.plan_record("114-10"))
        alt = plots.alt_text(fig)
        plt.close(fig)
        assert printed in alt and revised in alt, alt
        assert wrong not in alt
    fig = plots.plan_profile_chart(a.report.plan("114-03"), 114, "zh-TW")
    alt = plots.alt_text(fig)
    plt.close(fig)
    assert "計畫期程: 112年1月至115年12月" in alt and "計畫期程: 114年度" not in alt


def test_a_pace_note_is_amber_not_the_critical_red(assessment):
    plans = assessment.plans.copy()
    plans["appropriation_progress_rate"] = [0.1, 0.5, 0.5, 0.5, 0.5]
    plans["schedule_elapsed_rate"] = [0.75, 0.5, 0.5, 0.5, 0.5]
    plans["flags"] = ["appropriation_behind_schedule", "", "", "", ""]  # as the engine decides
    fig = plots.appropriation_schedule_chart(plans, Thresholds(), "zh-TW")
    colours = [matplotlib.colors.to_hex(b.get_facecolor()) for b in fig.axes[0].patches[:5]]
    assert colours[0] == plots.PACE_NOTE_COLOR != plots.BAND_COLORS["critical"]
    texts = _render(fig)
    assert "低於期程經過比率逾15個百分點（附註）" in texts
    assert "計畫結束仍有核定經費未編列（附註）" not in texts  # no plan drawn has that note
    # plans not assessed (no flags): the pace by the rule the flag is made with
    fig = plots.appropriation_schedule_chart(plans.drop(columns="flags"), Thresholds(), "zh-TW")
    colours = [matplotlib.colors.to_hex(b.get_facecolor()) for b in fig.axes[0].patches[:5]]
    assert colours[0] == plots.PACE_NOTE_COLOR and colours[1] != plots.PACE_NOTE_COLOR
    plt.close(fig)


def test_a_plan_ended_with_budget_not_appropriated_has_its_own_colour_and_legend():
    """COSM-8 of the analyst's third read: 114-13 ended with 6.34億 not appropriated; its note
    is ``ends_with_unappropriated_budget``, not the pace note whose legend it was drawn with."""
    from govplans import load_assessment

    a = load_assessment()
    flags = dict(zip(a.plans["plan_id"], a.plans["flags"], strict=True))
    assert "ends_with_unappropriated_budget" in flags["114-13"]
    assert "appropriation_behind_schedule" not in flags["114-13"]
    for lang, ended, behind in (
        ("zh-TW", "計畫結束仍有核定經費未編列（附註）", "低於期程經過比率逾15個百分點（附註）"),
        ("en", "Ended with approved budget not appropriated (note)", "(note)"),
    ):
        fig = plots.appropriation_schedule_chart(a.plans, a.thresholds, lang)
        ax = fig.axes[0]
        labels = [t.get_text() for t in ax.get_yticklabels()]
        bars = [matplotlib.colors.to_hex(b.get_facecolor()) for b in ax.patches[: len(labels)]]
        colour = dict(zip(labels, bars, strict=True))
        mine = next(c for label, c in colour.items() if label.startswith("114-13"))
        assert mine == plots.PACE_NOTE_COLORS["ends_with_unappropriated_budget"]
        assert mine != plots.PACE_NOTE_COLOR
        for label, c in colour.items():
            pid = label.split()[0]
            if "appropriation_behind_schedule" in flags[pid]:
                assert c == plots.PACE_NOTE_COLOR, pid
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert ended in legend and any(behind in t for t in legend)
        plt.close(fig)


def test_every_quantified_part_has_its_labelled_row():
    """One row per part with a number (a compound target part by part), labelled with the
    plan, target, part and its own phrase; parts without a reported figure still drawn."""
    from govplans import load_assessment

    a = load_assessment()
    fig = plots.achieved_ratio_chart(a.components, "zh-TW", thresholds=a.thresholds)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == a.components["target_value"].notna().sum() == 52
    assert "114-02 目標1-2 教育訓練2場次" in labels and "114-02 目標1-3 分享交流會議4場次" in labels
    assert "114-08 目標1 鼓勵民眾參與及互動達500人次…" in labels  # a single part: no number
    texts = _render(fig)
    assert "未列數值" in texts and "1,198.8%" in texts
    assert "目標值3倍（可能訂得偏低）" in texts
    en = _render(plots.achieved_ratio_chart(a.components, "en", thresholds=a.thresholds))
    assert "114-02 T1.2 教育訓練2場次" in en and "3× the target (possibly set low)" in en
    assert "Achieved ÷ target (every part with a number)" in en


# ---------------------------------------------------------------- many plans: what a chart draws


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A report of 120 plans: more than any chart draws."""
    path = write_report(tmp_path_factory.mktemp("large") / "report.txt", make_plans(120, seed=5))
    return assess_report(parse_report(path), annotations=None)


def _plan_ids(fig) -> list[str]:
    return [t.get_text().split()[0] for t in fig.axes[0].get_yticklabels()]


def test_a_small_report_draws_every_plan_and_no_selection_line(assessment):
    fig = plots.execution_rate_chart(assessment.plans, assessment.thresholds)
    assert _plan_ids(fig) == list(assessment.plans["plan_id"])
    assert fig.get_suptitle() == ""
    plt.close(fig)


def test_execution_chart_draws_the_lowest_rates_in_table_order_and_says_so(large):
    plans = large.plans
    fig = plots.execution_rate_chart(plans, large.thresholds)
    drawn = _plan_ids(fig)
    assert len(drawn) == plots.CHART_ROWS == len(fig.axes[0].patches)
    cutoff = plans["execution_rate"].sort_values().iloc[plots.CHART_ROWS - 1]
    rates = plans.set_index("plan_id")["execution_rate"]
    assert all(rates[p] <= cutoff for p in drawn)
    assert (rates.drop(drawn) >= cutoff).all()
    assert drawn == [p for p in plans["plan_id"] if p in set(drawn)]  # the table's order
    assert fig.get_suptitle() == "共 120 項計畫，本圖列累計執行率最低之 30 項（全部見表）"
    _render(fig)
    en = plots.execution_rate_chart(plans, large.thresholds, "en")
    assert en.get_suptitle() == "The 30 plans with the lowest rates, of 120 (all in the table)"
    plt.close(en)


def test_appropriation_chart_draws_the_plans_furthest_behind(large):
    plans = large.plans
    fig = plots.appropriation_schedule_chart(plans, large.thresholds)
    drawn = _plan_ids(fig)
    gap = (plans["schedule_elapsed_rate"] - plans["appropriation_progress_rate"]).set_axis(
        plans["plan_id"]
    )
    assert len(drawn) == plots.CHART_ROWS
    assert gap[drawn].min() >= gap.drop(drawn).max()
    assert "落後期程最多之 30 項" in fig.get_suptitle()
    _render(fig)


def test_status_chart_draws_the_plans_with_most_targets_not_met_then_unclear(large):
    targets = large.targets.copy()
    plans = large.plans
    # make every plan's count of targets not met equal, so the unclear ones decide
    targets["status"] = targets["status"].replace({"not_met": "met"})
    unclear_plans = list(plans["plan_id"][::3])  # 40 plans with one unclear target each
    first = targets.groupby("plan_id").head(1).index
    chosen = targets.loc[first][targets.loc[first, "plan_id"].isin(unclear_plans)].index
    targets.loc[chosen, "status"] = "unclear"
    fig = plots.status_counts_chart(targets, plans)
    drawn = _plan_ids(fig)
    assert len(drawn) == plots.CHART_ROWS
    assert drawn == unclear_plans[: plots.CHART_ROWS]  # the table's order among equals
    assert fig.get_suptitle() == (
        "共 120 項計畫，本圖列未達成目標最多之 30 項（同數者依待確認目標數）"
    )
    plt.close(fig)
    fig = plots.status_counts_chart(large.targets, plans)
    not_met = (
        large.targets[large.targets["status"] == "not_met"]
        .groupby("plan_id")
        .size()
        .reindex(plans["plan_id"], fill_value=0)
    )
    drawn = _plan_ids(fig)
    assert not_met[drawn].min() >= not_met.drop(drawn).max()
    _render(fig)


def test_ratio_chart_draws_the_lowest_and_highest_parts(large):
    parts = large.components[large.components["target_value"].notna()]
    assert len(parts) > plots.CHART_PARTS
    fig = plots.achieved_ratio_chart(large.components, thresholds=large.thresholds)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == plots.CHART_PARTS
    ratios = parts["achieved_ratio"].astype(float).reset_index(drop=True)
    half = plots.CHART_PARTS // 2
    low = ratios.fillna(-1).sort_values(kind="stable").index[:half]
    high = ratios.drop(low).sort_values(ascending=False, kind="stable").index[:half]
    expected = sorted(
        "未列數值" if pd.isna(r) else plots.format_rate(r, "zh-TW") for r in ratios[low.union(high)]
    )
    values = sorted(t.get_text() for t in fig.axes[0].texts)  # the value beside each row
    assert values == expected
    _render(fig)
    assert (ratios[low].fillna(-1) < 1).all()  # the low half: shortfalls or no figure


def test_no_chart_draws_more_rows_than_its_limit_at_1000_plans(tmp_path):
    """At 1,000 plans (3,000 parts) each per-plan chart draws its limit, quickly enough to
    render (time is measured by benchmarks/bench_charts.py, not here)."""
    path = write_report(tmp_path / "big.txt", make_plans(1000, seed=1))
    a = assess_report(parse_report(path), annotations=None)
    for fig, limit in (
        (plots.execution_rate_chart(a.plans, a.thresholds), plots.CHART_ROWS),
        (plots.appropriation_schedule_chart(a.plans, a.thresholds), plots.CHART_ROWS),
        (plots.status_counts_chart(a.targets, a.plans), plots.CHART_ROWS),
        (plots.achieved_ratio_chart(a.components, thresholds=a.thresholds), plots.CHART_PARTS),
    ):
        assert len(fig.axes[0].get_yticklabels()) == limit
        n_parts = int(a.components["target_value"].notna().sum())
        total = "1,000 項計畫" if limit == plots.CHART_ROWS else f"{n_parts:,} 個可量化之組成項目"
        assert fig.get_suptitle().startswith(f"共 {total}，本圖列"), fig.get_suptitle()
        plt.close(fig)


def test_a_tall_chart_is_marked_for_print():
    """A chart much taller than wide (a bar per target part) carries ``tall`` so the page
    template prints it at the full page height, not shrunk like a wide one."""
    tall = plt.figure(figsize=(4, 10))
    wide = plt.figure(figsize=(8, 4))
    shown_tall, shown_wide = plots.show(tall), plots.show(wide)
    assert shown_tall.tall and not shown_wide.tall
    assert shown_tall._repr_mimebundle_()[1]["image/png"]["tall"] is True
    assert "tall" not in shown_wide._repr_mimebundle_()[1]["image/png"]
    template = (
        paths.PACKAGE_DIR / "present" / "templates" / "govplans" / "index.html.j2"
    ).read_text(encoding="utf-8")
    assert "get_metadata('tall', 'image/png')" in template
    assert "img.govplans-tall-chart { max-height: 172mm" in template
    # the targets table's longest text column (the agency's words) a third of it in print
    assert "table.govplans-targets th:last-child { width: 40%; }" in template


def test_print_keeps_a_heading_with_what_follows():
    template = (
        paths.PACKAGE_DIR / "present" / "templates" / "govplans" / "index.html.j2"
    ).read_text(encoding="utf-8")
    heading = ".jp-OutputArea-child:has(> .jp-OutputArea-output > :is(h2, h3, h4):last-child)"
    assert f"{heading} {{\n    break-after: avoid;" in template
    assert f"{heading}\n    + .jp-OutputArea-child {{" in template
    assert ".jp-OutputArea-child:has(h2, h3, h4)" not in template  # not the title's block
    assert "tr:nth-child(-n+2) { break-before: avoid" in template
    # the first block of the output after a heading stays with the next (F12: 「分析摘要」 and
    # the narrative's bold title were left at a page bottom, the narrative on the next page)
    assert (
        f"{heading}\n    + .jp-OutputArea-child > .jp-OutputArea-output > :first-child > "
        ":first-child {\n    break-after: avoid;" in template
    )
    assert ".govplans-narrative > p:has(> strong:only-child) { break-after: avoid;" in template


def test_the_index_pages_keep_a_heading_with_its_table_in_print():
    """F12: 「報告頁面」 was the last line of the printed index's first page."""
    from govplans.present.render import INDEX_CSS

    print_css = INDEX_CSS.split("@media print{", 1)[1]
    assert "h1,h2,h3{break-after:avoid;page-break-after:avoid}" in print_css
    assert ":is(h2,h3)+table tr:nth-child(-n+2)" in print_css


def test_ratio_charts_split_into_charts_that_fit_a_printed_page():
    """The bundled report's 52 parts as several charts of at most RATIO_ROWS_PER_CHART rows,
    every part once and in the table's order, a plan's parts in one chart where they fit; each
    chart wider than tall (printed on one page at about its screen size), titled with its
    number, and described by its own alt text."""
    from govplans import load_assessment

    a = load_assessment()
    whole = plots.achieved_ratio_chart(a.components, "zh-TW", thresholds=a.thresholds)
    every = [t.get_text() for t in whole.axes[0].get_yticklabels()]
    plt.close(whole)
    figures = plots.achieved_ratio_charts(a.components, "zh-TW", thresholds=a.thresholds)
    assert len(figures) > 1
    labels = [[t.get_text() for t in f.axes[0].get_yticklabels()] for f in figures]
    assert [label for chart in labels for label in chart] == every
    assert all(0 < len(chart) <= plots.RATIO_ROWS_PER_CHART for chart in labels)
    plan_charts = {}
    for k, chart in enumerate(labels):
        for label in chart:
            plan_charts.setdefault(label.split()[0], set()).add(k)
    assert all(len(charts) == 1 for charts in plan_charts.values())  # no plan split here
    first = 1
    for k, (figure, chart) in enumerate(zip(figures, labels, strict=True)):
        title = figure.axes[0].get_title(loc="left")
        last = first + len(chart) - 1
        assert title.endswith(f"第{k + 1}張，共{len(figures)}張（第{first}至{last}項）"), title
        first = last + 1
        shown = plots.show(figure)
        assert not shown.tall
        width, height = struct.unpack(">II", shown.png[16:24])
        assert height < width
        assert shown.alt.startswith(title) and all(label in shown.alt for label in chart)
    en = plots.achieved_ratio_charts(a.components, "en", thresholds=a.thresholds)
    assert en[0].axes[0].get_title(loc="left").endswith(f"chart 1 of {len(en)} (rows 1 to 12)")
    for figure in en:
        plt.close(figure)


def test_chart_groups_keep_a_plan_together_where_it_fits():
    ids = ["a"] * 5 + ["b"] * 5 + ["c"] * 3 + ["d"] * 9 + ["e"]
    assert plots.chart_groups(ids, 12) == [range(0, 10), range(10, 22), range(22, 23)]
    assert plots.chart_groups(["a"] * 30, 12) == [range(0, 12), range(12, 24), range(24, 30)]
    assert plots.chart_groups(["a", "b"] + ["c"] * 13, 12) == [
        range(0, 2), range(2, 14), range(14, 15)
    ]  # fmt: skip
    assert plots.chart_groups([], 12) == []


def test_print_lays_out_wide_tables_by_content_with_the_name_a_third():
    """The lab stylesheet fixes table layout (fifteen equal columns, the plan name squeezed):
    in print the tables are laid out by their content, a short cell wraps at its words, and the
    first long text column takes a third of the table."""
    template = (
        paths.PACKAGE_DIR / "present" / "templates" / "govplans" / "index.html.j2"
    ).read_text(encoding="utf-8")
    assert "table.govplans-table:not(.govplans-targets) { table-layout: auto !important; }" in (
        template
    )
    assert 'td[style="white-space:nowrap"] { white-space: normal !important;\n' in template
    assert "    overflow-wrap: normal !important; width: 3.5em; }" in template  # never split
    assert 'td[style*="max-width:40em"] { width: 34%;' in template
    assert "@media screen {\n  /* a wide table scrolls inside its own box" in template
    assert ":has(> a) { white-space: nowrap !important; }" in template  # a linked id whole
    assert "table.govplans-table { display: block; max-width: 100%; overflow-x: auto; }" in template


def test_page_faces_are_set_through_the_lab_variables():
    """The lab's stylesheet comes after the page's own and sets its faces through
    --jp-content-font-family: the page sets that variable on body (a CJK sans face in the
    stack), so Chinese on an English page is not drawn in a fallback Ming face."""
    template = (
        paths.PACKAGE_DIR / "present" / "templates" / "govplans" / "index.html.j2"
    ).read_text(encoding="utf-8")
    assert "--jp-content-font-family: var(--govplans-font);" in template
    assert '"Noto Sans CJK TC"' in template.split("--govplans-font:")[1].split(";")[0]
    # and the table font size and padding in print win over the lab's
    assert "font-size: 7pt !important;" in template
