"""Narrative: deterministic, zh-TW and English, every figure equal to the tables', cited."""

from __future__ import annotations

import math
import re

import pytest

from govplans import assess_report, parse_report
from govplans.model.vocab import STATUSES
from govplans.present import fmt
from govplans.present.flags import flags_with_messages
from govplans.present.narrative import (
    _amount,
    _shorten,
    plan_narrative,
    portfolio_narrative,
    status_label,
)
from govplans.run import paths
from govplans.testing.synthetic import SyntheticPlan, write_report


@pytest.fixture(scope="module")
def a():
    return assess_report(parse_report(paths.BUNDLED_REPORT))


PLAN_IDS = [f"114-{n:02d}" for n in range(1, 15)]


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_plan_narrative_figures_come_from_the_tables(a, plan_id, lang):
    text = plan_narrative(a, plan_id, lang)
    row = a.plans.set_index("plan_id").loc[plan_id]
    expected = [
        _amount(row["total_budget_thousand_twd"], lang),
        _amount(row["appropriated_thousand_twd"], lang),
        _amount(row["executed_thousand_twd"], lang),
        fmt.format_rate(row["execution_rate"], lang),
        fmt.format_rate(row["appropriation_progress_rate"], lang),
        fmt.format_rate(row["schedule_elapsed_rate"], lang),
        fmt.roc_year(114, lang),
        fmt.format_lines(row["source_lines"], lang),
    ]
    if row["unexecuted_appropriation_thousand_twd"]:
        expected.append(_amount(row["unexecuted_appropriation_thousand_twd"], lang))
    flags = flags_with_messages(a, lang).query("plan_id == @plan_id")
    # The pace note's figures are the schedule sentence's (above): its message is not repeated.
    for flag in flags.query("flag != 'appropriation_behind_schedule'")["message"]:
        expected.append(flag)
    targets = a.targets[a.targets["plan_id"] == plan_id]
    for t in targets.itertuples():
        if t.status in ("not_met", "unclear") and t.achieved_value == t.achieved_value:
            expected.append(fmt.format_number(t.achieved_value, lang))
    for figure in expected:
        assert figure in text, f"{figure!r} missing from {plan_id} ({lang})"


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_every_number_in_a_plan_narrative_is_accounted_for(a, lang):
    """Numbers outside quotes and target texts are formatted figures of the tables."""
    for plan_id in PLAN_IDS:
        text = plan_narrative(a, plan_id, lang)
        row = a.plans.set_index("plan_id").loc[plan_id]
        allowed = set(
            re.findall(
                r"\d[\d,.]*",
                " ".join(flags_with_messages(a, lang).query("plan_id == @plan_id")["message"]),
            )
        )
        for col in (
            "total_budget_thousand_twd",
            "appropriated_thousand_twd",
            "executed_thousand_twd",
            "unexecuted_appropriation_thousand_twd",
        ):
            allowed |= set(re.findall(r"\d[\d,.]*", _amount(row[col], lang)))
        for col in ("execution_rate", "appropriation_progress_rate", "schedule_elapsed_rate"):
            allowed.add(fmt.format_rate(row[col], lang).rstrip("%"))
        gap = row["schedule_elapsed_rate"] - row["appropriation_progress_rate"]
        allowed.add(fmt.format_points(gap, lang).split("個")[0].split(" ")[0])
        margin = fmt.format_margin(a.thresholds.appropriation_margin, lang)
        allowed.add(margin.split("個")[0].split(" ")[0])  # a gap within the margin says it
        allowed |= {str(row["months_elapsed"]), str(row["months_total"])}
        if row["revised_schedule_elapsed_rate"] == row["revised_schedule_elapsed_rate"]:
            # the revised period's share beside the printed one, for information
            allowed.add(fmt.format_rate(row["revised_schedule_elapsed_rate"], lang).rstrip("%"))
            allowed |= {str(row["revised_months_elapsed"]), str(row["revised_months_total"])}
        allowed |= set(re.findall(r"\d+", fmt.roc_year(114, lang) + row["source_lines"]))
        allowed |= {plan_id, *plan_id.split("-")}
        for col in ("n_targets", "n_exceeded", "n_met", "n_not_met", "n_unclear", "n_reviewed"):
            allowed.add(str(row[col]))
        targets = a.targets[a.targets["plan_id"] == plan_id]
        allowed.add(str(int((targets["status"] != targets["status_auto"]).sum())))
        for t in targets.itertuples():
            allowed.add(str(t.target_index))
            for value in (t.target_value, t.achieved_value):
                if value == value:
                    allowed.add(fmt.format_number(value, lang))
            if t.achieved_ratio == t.achieved_ratio:
                allowed.add(fmt.format_rate(t.achieved_ratio, lang).rstrip("%"))
        comps = a.components[a.components["plan_id"] == plan_id]
        for c in comps.itertuples():
            for value in (c.target_value, c.achieved_value):
                if value == value:
                    allowed.add(fmt.format_number(value, lang))
            if c.achieved_ratio == c.achieved_ratio:
                allowed.add(fmt.format_rate(c.achieved_ratio, lang).rstrip("%"))
        allowed |= set(row["explanation_items"].split(","))
        # Remove quoted report text: target texts, names, the agency's explanation.
        stripped = re.sub(r"「[^」]*」|“[^”]*”|\*\*[^*]*\*\*|（[^（）]*月[^（）]*）", "", text)
        stripped = re.sub(r"\([^()]*\d{4}-\d{2} to \d{4}-\d{2}\)", "", stripped)
        for number in re.findall(r"\d[\d,.]*\d|\d", stripped):
            assert number.rstrip(".") in allowed, f"{number!r} in {plan_id} ({lang})"


def test_narrative_is_deterministic_and_plain_text(a):
    assert plan_narrative(a, "114-10") == plan_narrative(a, "114-10")
    assert portfolio_narrative(a, "en") == portfolio_narrative(a, "en")
    for plan_id in PLAN_IDS:
        assert "<" not in plan_narrative(a, plan_id)


def test_114_10_quotes_the_agency_and_names_the_cumulative_rate(a):
    zh = plan_narrative(a, "114-10")
    assert "暫緩" in zh and "期間修正為114年10月1日至115年12月31日" in zh
    assert "累計執行率55.5%" in zh
    assert "（來源：第67、81、88行）" in zh
    en = plan_narrative(a, "114-10", "en")
    assert "a cumulative execution rate of 55.5%" in en
    assert "(source: lines 67, 81, 88)" in en


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_ratio_is_named_cumulative_and_never_caveated_per_plan(a, lang):
    """The caveat (not the Budget Center's ratio) is the page's, once under its title; a plan's
    paragraph names the ratio and no bare 執行率 / "execution rate" is left."""
    bare = re.compile(r"(?<!累計)執行率" if lang == "zh-TW" else r"(?<!cumulative )execution rate")
    for plan_id in PLAN_IDS:
        text = plan_narrative(a, plan_id, lang)
        assert "實現數" not in text and "payables" not in text, plan_id
        assert not bare.search(text), plan_id
    assert not bare.search(portfolio_narrative(a, lang))
    assert "Budget Center's annual" not in portfolio_narrative(a, lang)


def test_english_uses_curated_names(a):
    en = plan_narrative(a, "114-13", "en")
    assert "Service-Oriented Smart Government 2.0" in en
    assert "2.0 (unofficial translation; 服務型智慧政府2.0推動計畫)**" in en.split("\n")[0]
    assert (a.plans["name_en"] != a.plans["name"]).all()  # every bundled plan has a name


def test_portfolio_narrative_totals_and_attention(a):
    for lang in ("zh-TW", "en"):
        text = portfolio_narrative(a, lang)
        whole = a.portfolio.set_index("scope").loc["all"]
        for col in (
            "total_budget_thousand_twd",
            "appropriated_thousand_twd",
            "executed_thousand_twd",
            "unexecuted_appropriation_thousand_twd",
        ):
            assert _amount(whole[col], lang) in text
        assert fmt.format_rate(whole["execution_rate"], lang) in text
        for scope in a.portfolio.itertuples():
            assert fmt.format_rate(scope.execution_rate, lang) in text
        ranked = a.plans.dropna(subset=["attention_rank"]).sort_values("attention_rank")
        positions = [text.index(pid) for pid in ranked["plan_id"].head(5)]
        assert positions == sorted(positions)
        for status in ("exceeded", "met", "not_met", "unclear"):
            assert status_label(status, lang) in text
    assert "1. 114-10" in portfolio_narrative(a)


def test_unknown_language_is_refused(a):
    with pytest.raises(ValueError):
        plan_narrative(a, "114-01", "ja")
    with pytest.raises(KeyError):
        plan_narrative(a, "999-99")


def test_portfolio_says_when_the_attention_list_is_cut():
    from govplans.present.narrative import MAX_ATTENTION

    a = assess_report(parse_report(paths.BUNDLED_REPORT))
    flagged = int(a.plans["attention_rank"].notna().sum())
    text = portfolio_narrative(a)
    if flagged > MAX_ATTENTION:
        assert f"其餘{flagged - MAX_ATTENTION}項" in text
        assert f"other {flagged - MAX_ATTENTION}" in portfolio_narrative(a, lang="en")
    else:
        assert "其餘" not in text


def test_quoted_report_text_nests_quotes_the_taiwan_way(a):
    """A target that itself holds 「」 is quoted as 「…『…』…」, never 「…「…」…」."""
    zh = plan_narrative(a, "114-07")
    assert "「產出『WRC-27我國行動市場演進影響因應策略』與『我國6G可用頻譜規劃方案』" in zh
    assert not re.search(r"「[^」]*「", zh)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_schedule_gap_within_the_margin_is_stated_not_called_in_step(a, lang):
    from govplans.analyse.measures import IN_STEP

    margin = a.thresholds.appropriation_margin
    for row in a.plans.itertuples():
        text = plan_narrative(a, row.plan_id, lang)
        gap = row.schedule_elapsed_rate - row.appropriation_progress_rate
        in_step = "與期程大致相當" if lang == "zh-TW" else "roughly in step"
        assert (in_step in text) == (abs(gap) < IN_STEP), row.plan_id
        if IN_STEP <= abs(gap) <= margin:
            assert fmt.format_points(gap, lang) in text, row.plan_id
            shown = fmt.format_margin(margin, lang)
            said = f"差距未達附註門檻{shown}" if lang == "zh-TW" else f"within the {shown} margin"
            assert said in text


def test_target_summary_reads_naturally(a):
    for plan_id in PLAN_IDS:
        zh, en = plan_narrative(a, plan_id), plan_narrative(a, plan_id, "en")
        assert not re.search(r"(超越|達成|未達成|待確認)0項", zh), plan_id
        assert "其中0項" not in zh and "1項均" not in zh, plan_id
        assert not re.search(r"\b1 targets\b|target\(s\)|\b0 (exceeded|met|not met)", en)
    assert "共3項，整體判定：未達成。3項均未達成：目標1" in plan_narrative(a, "114-10")
    assert "3 targets; overall verdict: not met. None of the 3 met" in plan_narrative(
        a, "114-10", "en"
    )
    assert "（經本工具維護者之人工檢視（非官方審查），與自動判定相同。）" in plan_narrative(
        a, "114-11"
    )
    assert "attainment items 1 and 2" in plan_narrative(a, "114-10", "en")


def test_parts_missed_only_through_deferral_are_not_singled_out(a):
    """114-10's work was deferred: naming one part of target 2 as 'not met' would imply the
    other part was done."""
    zh = plan_narrative(a, "114-10")
    assert "其中「" not in zh.split("績效目標：")[1].split("\n")[0]


def test_a_part_is_named_by_its_own_phrase():
    from types import SimpleNamespace

    from govplans.present.parts import part_text as _part_text

    part = SimpleNamespace(
        text="測試場域建置(包含近地高空平臺載具1套、技術報告1篇)",
        target_value=1.0,
        measure_word="篇",
    )
    assert _part_text(part) == "技術報告1篇"
    single = SimpleNamespace(text="包含研究報告1篇", target_value=1.0, measure_word="篇")
    assert _part_text(single) == "包含研究報告1篇"


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            (3, 3, 0),
            "（均經本工具維護者之人工檢視（非官方審查），與自動判定相同。）",
            "The tool maintainers' review (not an official review) covers all 3 statuses; it "
            "agrees",
        ),
        (
            (1, 1, 0),
            "（經本工具維護者之人工檢視（非官方審查），與自動判定相同。）",
            "covers the status;",
        ),
        (
            (2, 5, 1),
            "（其中2項經本工具維護者之人工檢視（非官方審查）；1項與自動判定不同，採人工檢視結果。）",
            "1 differs",
        ),
    ],
)
def test_review_note_wording(args, zh, en):
    from govplans.present.narrative import _review_note

    assert _review_note(*args, "zh-TW") == zh
    assert en in _review_note(*args, "en")


def test_english_money_and_schedule_wording(a):
    en = plan_narrative(a, "114-01", "en")
    assert "appropriated through 2025 (ROC 114) NT$288.7 million" in en
    assert "Schedule and money: by the end of 2025 (ROC 114)" in en


def test_a_rate_just_below_a_threshold_reads_below_it_everywhere(tmp_path):
    """89.995% executed: '90.0%' beside 'below 90%' would contradict itself; every place that
    shows the rate (money paragraph, flag, attention list) shows the same unrounded-up figure."""
    plans = [SyntheticPlan("甲計畫", appropriated=200_000, executed=179_990)]
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", plans)), annotations=None)
    assert a.plans["flags"].iloc[0].startswith("execution_below_90")
    for lang, flag in (("zh-TW", "執行率89.995%，未達90%"), ("en", "89.995% is below 90%")):
        text = plan_narrative(a, "114-01", lang)
        assert "90.0%" not in text and flag in text
        assert "89.995%" in text.split("\n\n")[1]  # the money paragraph
        assert "90.0%" not in portfolio_narrative(a, lang)


def test_a_gap_just_inside_the_margin_is_not_shown_as_the_margin(tmp_path):
    plan = SyntheticPlan(
        "乙計畫", period="113年1月至116年12月", total=100_000, appropriated=35_004, executed=35_004
    )
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", [plan])), annotations=None)
    assert "appropriation_behind_schedule" not in a.plans["flags"].iloc[0]
    assert "低於期程經過比率14.996個百分點（差距未達附註門檻15個百分點）" in plan_narrative(
        a, "114-01"
    )


def test_nothing_appropriated_is_not_called_fully_executed(tmp_path):
    plan = SyntheticPlan("丙計畫", total=100_000, appropriated=0, executed=0)
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", [plan])), annotations=None)
    for lang, said, wrong in (
        ("zh-TW", "截至114年（2025年）尚未編列預算", "累計執行數與已編列數相同"),
        ("en", "nothing appropriated through 2025 (ROC 114)", "cumulative executed equals"),
    ):
        text = plan_narrative(a, "114-01", lang)
        assert said in text and wrong not in text
        assert wrong not in portfolio_narrative(a, lang)


def test_equal_amounts_are_not_called_all_spent(tmp_path):
    """Executed equal to appropriated is said as the figures' equality, not as all spent (the
    executed figure may hold 保留數 or 應付數)."""
    plan = SyntheticPlan("丁計畫", total=100_000, appropriated=40_000, executed=40_000)
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", [plan])), annotations=None)
    for lang, said, wrong in (
        ("zh-TW", "累計執行數與已編列數相同", "全數執行"),
        ("en", "cumulative executed equals appropriated", "all the appropriation executed"),
    ):
        for text in (plan_narrative(a, "114-01", lang), portfolio_narrative(a, lang)):
            assert said in text and wrong not in text


def test_a_part_does_not_open_with_a_conjunction(a):
    zh = plan_narrative(a, "114-07")
    said = "，其中「發布3則國內外頻譜新聞」（僅列出累計數，未說明其中本年度的數量）、「協助政府"
    assert said in zh


def test_zero_appropriation_does_not_divide_by_zero(tmp_path):
    """(From ``tests/analyse/test_assess.py``: its last assertion reads the narrative.)"""
    plans = [
        SyntheticPlan("零預算計畫", total=1000, appropriated=0, executed=0),
        SyntheticPlan("零總經費計畫", total=0, appropriated=0, executed=0),
    ]
    b = assess_report(parse_report(write_report(tmp_path / "z.txt", plans)), annotations=None)
    assert b.plans["execution_rate"].isna().all()
    assert math.isnan(b.plans["appropriation_progress_rate"].iloc[1])
    assert not any(f.startswith("execution_below") for f in ";".join(b.plans["flags"]).split(";"))
    # No rate to show: the narrative says nothing was appropriated (not "執行率—").
    assert "尚未編列預算" in plan_narrative(b, b.plans["plan_id"].iloc[0])


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_pace_is_worded_as_a_comparison_never_as_lateness(a, lang):
    """A plan in its first year with a year's money appropriated is not 'late': no 落後 /
    'behind' outside the agency's quoted words, in the narrative or the flags."""
    late = "落後" if lang == "zh-TW" else "behind"
    for plan_id in PLAN_IDS:
        text = re.sub(r"「[^」]*」|“[^”]*”", "", plan_narrative(a, plan_id, lang))
        assert late not in text, plan_id
    assert late not in portfolio_narrative(a, lang)
    zh = plan_narrative(a, "114-12")  # 8.0% appropriated, 25.0% of the period: its first year
    assert "期程已過25.0%（48個月中的12個月），預算編列進度8.0%，低於期程經過比率17.0個百分點" in zh
    assert "附註：預算編列進度低於期程經過比率逾15個百分點（計畫第1年）" in zh
    assert "(the plan's first year)" in plan_narrative(a, "114-12", "en")
    assert "計畫第1年" not in plan_narrative(a, "114-01")  # 24 of 36 months


def test_warnings_and_notes_are_apart_in_a_plan_and_in_the_portfolio(a):
    zh = plan_narrative(a, "114-03")
    warnings, notes = zh.split("警示：")[1].split("附註：")
    assert "累計執行率74.0%，未達80%" in warnings and "期程經過比率" not in warnings
    assert "低於期程經過比率" in notes
    assert "警示：無。附註：" in plan_narrative(a, "114-01")
    story = portfolio_narrative(a)
    assert "需優先關注（2項計畫有警示" in story
    attention = story.split("需優先關注")[1].split("預算編列進度附註")[0]
    assert "期程經過比率" not in attention  # pace notes are not listed as reasons for attention
    # 114-10's pace is judged on its printed period (money appropriated since 113年1月): noted
    assert "預算編列進度附註（非警示）：7項計畫" in story
    assert "114-01、114-03、114-04、114-10、114-12、114-13、114-14" in story
    en = portfolio_narrative(a, "en")
    assert "(2 plans with warnings;" in en and "Notes on the pace of appropriation" in en


def test_executed_equal_to_appropriated_is_counted_once(a):
    zh, en = portfolio_narrative(a), portfolio_narrative(a, "en")
    assert zh.count("14項計畫中有12項的累計執行數與已編列預算數相同（至千元）") == 1
    assert zh.count("保留數或應付數") == 1
    assert en.count("12 of the 14 plans show an executed amount equal to the appropriation") == 1
    for plan_id in PLAN_IDS:  # a plan's paragraphs do not repeat it
        assert "保留數" not in plan_narrative(a, plan_id)


def test_the_printed_and_the_revised_period_are_both_shown(a, tmp_path):
    zh = plan_narrative(a, "114-10")
    assert "（科技發展；113年1月至115年12月；報告說明期程修正為114年10月至115年12月）" in zh
    # the pace is judged on the printed period (the money was appropriated since its start);
    # the revised period's share is beside it, for information, and does not clear the note
    assert (
        "依原列期程（113年1月至115年12月）期程已過66.7%（36個月中的24個月），"
        "預算編列進度24.4%，低於期程經過比率42.2個百分點；"
        "依報告所述修正後期程（114年10月至115年12月）已過20.0%（15個月中的3個月），僅供參照；"
        "進度附註依原列期程判定（經費自原列期程起編列）。" in zh
    )
    assert "appropriation_behind_schedule" in a.plan_record("114-10")["flags"]
    en = plan_narrative(a, "114-10", "en")
    assert "2024-01 to 2026-12; the report states it was revised to 2025-10 to 2026-12" in en
    plan = SyntheticPlan(
        "丁計畫",
        period="113年1月至114年12月",
        appropriated=50_000,
        executed=50_000,
        execution=["已完成計畫工作，並修正計畫期程至116年12月。"],
    )
    b = assess_report(parse_report(write_report(tmp_path / "r.txt", [plan])), annotations=None)
    text = plan_narrative(b, "114-01")
    assert "113年1月至114年12月；報告說明期程修正至116年12月" in text
    assert "依報告所述修正後期程（113年1月至116年12月）已過50.0%（48個月中的24個月）" in text
    assert "依原列期程（113年1月至114年12月）期程已過100.0%（24個月中的24個月）" in text
    assert "the report states it was extended to 2027-12" in plan_narrative(b, "114-01", "en")


def test_an_unclear_target_says_which_part_has_no_evidence(a):
    zh = plan_narrative(a, "114-07")
    assert (
        "、「協助政府或電信業者參與1個6G應用與標準國際組織」（"
        "達成說明及執行情形均未列出此項的數量，也未說明已完成）" in zh
    )
    en = plan_narrative(a, "114-07", "en")
    assert (
        "組織” (original Chinese) (neither the attainment nor the execution text gives a figure "
        "for this part" in en
    )
    auto = assess_report(parse_report(paths.BUNDLED_REPORT), annotations=None)
    single = plan_narrative(auto, "114-03")  # target 2: one part, mentioned, no outcome
    assert (
        "目標2「補助船舶靠近海纜警戒區域之預警系統等告警防護設施1式」"
        "（達成說明提及此項，但未列出數量，也未說明已完成）" in single
    )


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_portfolio_says_how_the_targets_were_set(a, lang):
    whole = a.portfolio.set_index("scope").loc["all"]
    text = portfolio_narrative(a, lang)
    share = fmt.format_rate(whole["unquantified_target_share"], lang)
    assert share == "22.9%" and share in text
    if lang == "zh-TW":
        assert "其中11項（22.9%）未量化，判定僅依機關文字說明" in text
        assert "2項計畫之目標均未量化（114-05、114-12）" in text
        assert "2項目標有組成項目之達成值達目標值3倍以上" in text
        assert "（114-04目標4、114-08目標1）" in text
    else:
        assert "11 of them (22.9%) have no number" in text
        assert "(114-04 target 4, 114-08 target 1)" in text


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_schedule_gap_is_stated_once(a, lang):
    """Rule: a fact stated once. The schedule sentence gives the gap; the pace note names the
    margin it exceeds without repeating the rates or the gap."""
    margin = fmt.format_margin(a.thresholds.appropriation_margin, lang)
    for row in a.plans.itertuples():
        text = plan_narrative(a, row.plan_id, lang)
        gap = fmt.format_points(row.schedule_elapsed_rate - row.appropriation_progress_rate, lang)
        progress = fmt.format_rate(row.appropriation_progress_rate, lang)
        assert text.count(gap) <= 1, row.plan_id
        if "appropriation_behind_schedule" in row.flags:
            notes = text.split("附註：" if lang == "zh-TW" else "Notes: ")[1].split("\n")[0]
            assert margin in notes and gap not in notes and progress not in notes


def _significant(figure: str) -> int:
    return len(figure.replace(",", "").replace(".", "").lstrip("0"))


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_amounts_of_a_paragraph_read_at_one_precision(a, lang):
    """Rule: amounts in 億元 and 萬元 (billion and million) side by side show the same number of
    significant digits (four; fewer only for an amount under 1,000 thousand, shown to the
    thousand), and each is its table value rounded."""
    amount = (
        re.compile(r"([\d,.]+)(億元|萬元|千元)")
        if lang == "zh-TW"
        else re.compile(r"NT\$([\d,.]+) (billion|million|thousand)")
    )
    scale = {"億元": 1e5, "萬元": 10, "千元": 1, "billion": 1e6, "million": 1e3, "thousand": 1}
    texts = [plan_narrative(a, pid, lang).split("\n\n")[1] for pid in PLAN_IDS]
    texts.append(portfolio_narrative(a, lang).split("\n\n")[1])
    for text in texts:
        for figure, unit in amount.findall(text):
            if unit not in ("千元", "thousand"):
                assert _significant(figure) == 4, (figure, unit, text)
    zh = plan_narrative(a, "114-03").split("\n\n")[1]
    assert "核定總經費3.802億元" in zh and "已編列未執行5,303萬元" in zh
    row = a.plans.set_index("plan_id").loc["114-03"]
    en = plan_narrative(a, "114-03", "en").split("\n\n")[1]
    for (figure, unit), col in zip(
        re.findall(r"NT\$([\d,.]+) (billion|million|thousand)", en),
        [
            "total_budget_thousand_twd",
            "appropriated_thousand_twd",
            "executed_thousand_twd",
            "unexecuted_appropriation_thousand_twd",
        ],
        strict=True,
    ):
        value = float(figure.replace(",", "")) * scale[unit]
        assert abs(value - row[col]) / row[col] < 5e-4, (figure, col)


@pytest.mark.parametrize(
    ("thousand", "zh", "en"),
    [
        (380_216, "3.802億元", "NT$380.2 million"),
        (53_030, "5,303萬元", "NT$53.03 million"),
        (147_600, "1.476億元", "NT$147.6 million"),
        (5_475_000, "54.75億元", "NT$5.475 billion"),
        (999_996, "10.00億元", "NT$1.000 billion"),
        (2_791, "279.1萬元", "NT$2.791 million"),
        (850, "85萬元", "NT$850 thousand"),
    ],
)
def test_amount_precision(thousand, zh, en):
    assert _amount(thousand, "zh-TW") == zh
    assert _amount(thousand, "en") == en


@pytest.mark.parametrize(
    ("text", "limit", "shortened"),
    [
        (
            "完成結合高空平臺測試載具與通訊優化兩者應用相關技術驗證成果(包含通訊應用測試研究報告1篇)",
            40,
            "完成結合高空平臺測試載具與通訊優化兩者應用相關技術驗證成果…",
        ),
        ("甲乙丙丁，戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥", 12, "甲乙丙丁…"),
        (
            "The agency reports 12345 things done, and more words here",
            30,
            "The agency reports 12345…",
        ),
        ("計畫完成報告12345678份", 10, "計畫完成報告…"),
        ("短句。", 40, "短句。"),
    ],
)
def test_a_quote_is_cut_at_a_delimiter_never_mid_word(text, limit, shortened):
    assert _shorten(text, limit) == shortened
    assert len(shortened) <= limit


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_quotes_in_the_narrative_end_whole(a, lang):
    """Rule: no quote of the agency's text ends inside a Latin word or a number."""
    for plan_id in PLAN_IDS:
        text = plan_narrative(a, plan_id, lang)
        for cut in re.findall(r"(.)(.)…[」”]", text):
            assert not (cut[0].isascii() and cut[0].isalnum()), (plan_id, cut)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_no_developer_notes_in_reader_facing_text(a, lang):
    """Rule: no method names, column or flag codes (snake_case words) in what a reader sees."""
    texts = [plan_narrative(a, pid, lang) for pid in PLAN_IDS] + [portfolio_narrative(a, lang)]
    for text in texts:
        text = re.sub(r"「[^」]*」|“[^”]*”", "", text)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b|\w+\(\)|`", text), text


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_a_status_is_named_at_most_twice_in_a_paragraph(a, lang):
    """Rule: no status stated three times in one paragraph (its count, and the verdict; never
    again beside each target or part). 114-10 used to read 未達成 five times."""
    labels = sorted((status_label(s, lang) for s in STATUSES), key=len, reverse=True)
    for plan_id in PLAN_IDS:
        for paragraph in plan_narrative(a, plan_id, lang).split("\n\n"):
            bare = re.sub(r"「[^」]*」|“[^”]*”", "", paragraph)
            for label in labels:
                pattern = rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])"
                assert len(re.findall(pattern, bare)) <= 2, (plan_id, label, paragraph)
                bare = re.sub(pattern, "", bare)  # 未達成 is not also counted as 達成


def test_a_zero_amount_takes_no_unit_beside_larger_ones():
    """Issue 18 C7: 「已編列預算3.500億元…累計執行0千元」 mixed two units in one sentence."""
    from govplans.present.narrative import _amount

    assert _amount(0, "zh-TW") == "0元" and _amount(0.0, "en") == "NT$0"
    assert _amount(350_000, "zh-TW") == "3.500億元"  # the others keep their unit
    assert _amount(850, "zh-TW") == "85萬元"  # 萬元 too: one unit scale, exact


def test_amounts_under_ten_million_stay_in_wan_and_exact():
    """COSM-9 of the analyst's third read: 「6,544萬元 … 9,268千元」 in one sentence (環境部 113
    overview), 114-11's profile in 千元 beside others in 萬元. Every amount of a narrative is in
    億元 or 萬元, and one under 1,000 萬元 keeps the thousand the report prints."""
    from pathlib import Path

    import govplans

    variety = Path(__file__).resolve().parents[1] / "fixtures" / "variety" / "moenv_113.txt"
    moenv = govplans.load_assessment(str(variety))
    text = portfolio_narrative(moenv, "zh-TW")
    assert "千元" not in text
    plans = moenv.plans.set_index("plan_id")
    for pid, figure in (("113-06", "926.8萬元"), ("113-07", "653.3萬元")):
        unexecuted = plans.loc[pid, "unexecuted_appropriation_thousand_twd"]
        assert float(figure.removesuffix("萬元")) * 10 == pytest.approx(unexecuted)
        assert f"已編列未執行{figure}" in text
    for a in (moenv, govplans.load_assessment()):
        for pid in a.plans["plan_id"]:
            assert "千元" not in plan_narrative(a, pid).split("\n\n")[1], pid
    assert "核定總經費279.1萬元" in plan_narrative(govplans.load_assessment(), "114-11")
