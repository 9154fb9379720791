"""計畫期程 in every form a person reads without doubt, and one plan's unreadable period as a
finding on that plan: the report still loads, the other plans are intact."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govplans import parse_report
from govplans.read.amounts import PERIOD_FORMS, PeriodError, read_period

FAST = settings(max_examples=300, deadline=None)


@pytest.mark.parametrize(
    ("text", "months", "form"),
    [
        ("113年1月至115年12月", (113, 1, 115, 12), "year_month"),
        ("113年度至116年度", (113, 1, 116, 12), "years"),
        ("113年至116年", (113, 1, 116, 12), "years"),
        ("113-116年", (113, 1, 116, 12), "years"),
        ("113至116年度", (113, 1, 116, 12), "years"),
        ("113.01-116.12", (113, 1, 116, 12), "numeric"),
        ("113/01-116/12", (113, 1, 116, 12), "numeric"),
        ("113.7.1-116.6.30", (113, 7, 116, 6), "numeric"),
        ("113年7月1日至116年6月30日", (113, 7, 116, 6), "year_month_day"),
        ("民國113年1月至116年12月", (113, 1, 116, 12), "year_month"),
        ("民國113年1月至民國116年12月", (113, 1, 116, 12), "year_month"),
        ("自113年1月起至116年12月止", (113, 1, 116, 12), "year_month"),
        ("2024年1月至2027年12月", (113, 1, 116, 12), "gregorian_year_month"),
        ("西元2024年1月至2027年12月", (113, 1, 116, 12), "gregorian_year_month"),
        ("2024/01-2027/12", (113, 1, 116, 12), "gregorian_numeric"),
        ("2024-01至2027-12", (113, 1, 116, 12), "gregorian_numeric"),
        ("2024-01-2027-12", (113, 1, 116, 12), "gregorian_numeric"),
        ("2024年至2027年", (113, 1, 116, 12), "gregorian_years"),
        ("114年度", (114, 1, 114, 12), "year"),
        ("114年", (114, 1, 114, 12), "year"),
        ("2025年", (114, 1, 114, 12), "gregorian_year"),
        ("114年1月至12月", (114, 1, 114, 12), "months_in_year"),
        ("114年3月1日至12月31日", (114, 3, 114, 12), "months_in_year"),
        ("114年1-12月", (114, 1, 114, 12), "months_in_year"),
        ("114年1至6月", (114, 1, 114, 6), "months_in_year"),
        ("１１３年１月至１１６年１２月", (113, 1, 116, 12), "year_month"),
        ("１１３．０１－１１６．１２", (113, 1, 116, 12), "numeric"),
        ("113年1月 至\n116年 12月", (113, 1, 116, 12), "year_month"),
        ("113年1月〜116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月～116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月~116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月－116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月—116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月-116年12月", (113, 1, 116, 12), "year_month"),
        ("113年1月到116年12月", (113, 1, 116, 12), "year_month"),
        ("110年1月迄113年12月", (110, 1, 113, 12), "year_month"),
    ],
)
def test_every_form_reads_the_same_months(text, months, form):
    period = read_period(text)
    assert (period.months, period.form) == (months, form)
    assert period.form.removeprefix("gregorian_") in PERIOD_FORMS


@pytest.mark.parametrize(
    ("text", "expected", "found"),
    [
        ("", "a period such as", "an empty cell"),
        ("民國113年起", "a period such as", "'民國113年起'"),
        ("114年1月", "a period such as", "'114年1月'"),  # one month: a start or a period?
        ("113年至116年6月", "a period such as", "'113年至116年6月'"),
        ("113年1月至115年13月", "months 1 to 12", "month 13"),
        ("113年0月至115年12月", "months 1 to 12", "month 0"),
        ("115年1月至113年12月", "end is not before its start", "'115年1月至113年12月'"),
        ("114年6月至3月", "end is not before its start", "'114年6月至3月'"),
        ("113年2月30日至115年1月1日", "days that exist", "day 30 of month 2"),
        ("2024年1月至116年12月", "one calendar", "ROC and Gregorian years mixed"),
        ("113年1月至114年6月至115年12月", "a period such as", "'113年1月至114年6月至115年12月'"),
        ("1000年1月至1001年12月", "a period such as", "the year 1000"),
    ],
)
def test_what_cannot_be_read_says_what_was_expected(text, expected, found):
    with pytest.raises(PeriodError) as info:
        read_period(text)
    assert expected in info.value.expected and found in info.value.found, str(info.value)


# ---------------------------------------------------------------- property: format, read back

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_SEPARATORS = ["至", "到", "~", "〜", "～", "-", "－", "—"]


def _month_pairs(same_year: bool = False, whole_years: bool = False):
    """(start year, month, end year, month), ROC, end not before start."""

    def build(t: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        sy, sm, span, em = t
        ey = sy if same_year else sy + span
        if whole_years:
            return sy, 1, ey, 12
        if ey == sy and em < sm:
            sm, em = em, sm
        return sy, sm, ey, em

    return st.tuples(
        st.integers(80, 150), st.integers(1, 12), st.integers(0, 8), st.integers(1, 12)
    ).map(build)


def _year(y: int, gregorian: bool) -> str:
    return str(y + 1911 if gregorian else y)


def _format(form: str, months: tuple[int, int, int, int], gregorian: bool, data) -> str:
    """``months`` printed in ``form`` (PERIOD_FORMS), with a separator a person would use."""
    sy, sm, ey, em = months
    y1, y2 = _year(sy, gregorian), _year(ey, gregorian)
    if form == "year":
        return f"{y1}{data.draw(st.sampled_from(['年', '年度']))}"
    sep = data.draw(st.sampled_from(_SEPARATORS))
    if form == "years":
        suffix = data.draw(st.sampled_from(["年", "年度"]))
        first = data.draw(st.sampled_from([y1, y1 + suffix]))
        return f"{first}{sep}{y2}{suffix}"
    if form == "year_month":
        return f"{y1}年{sm}月{sep}{y2}年{em}月"
    if form == "year_month_day":
        last = pd.Period(year=ey + 1911, month=em, freq="M").days_in_month
        return f"{y1}年{sm}月1日{sep}{y2}年{em}月{last}日"
    if form == "months_in_year":
        return f"{y1}年{sm}月{sep}{em}月"
    dot = data.draw(st.sampled_from([".", "/"]))
    pad = data.draw(st.sampled_from(["{:d}", "{:02d}"]))
    return f"{y1}{dot}{pad.format(sm)}{sep}{y2}{dot}{pad.format(em)}"


def _months_for(form: str):
    if form == "year":
        return _month_pairs(same_year=True, whole_years=True)
    if form == "years":
        return _month_pairs(whole_years=True)
    if form == "months_in_year":
        return _month_pairs(same_year=True)
    return _month_pairs()


@FAST
@given(form=st.sampled_from(sorted(PERIOD_FORMS)), data=st.data())
def test_periods_in_every_form_read_back_the_same_months(form, data):
    """Generate a start and end month, print them in a form (ROC or Gregorian, full-width or
    not, spaces from line wraps, 民國 before it), read back the same months in ROC years."""
    months = data.draw(_months_for(form))
    gregorian = data.draw(st.booleans())
    text = _format(form, months, gregorian, data)
    if data.draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)
    if not gregorian and data.draw(st.booleans()):
        text = "民國" + text
    spaces = data.draw(st.sets(st.integers(0, len(text)), max_size=3))
    text = "".join((" " if i in spaces else "") + ch for i, ch in enumerate(text))
    period = read_period(text)
    assert period.months == months, text
    assert period.form == ("gregorian_" if gregorian else "") + form, text


@FAST
@given(months=_month_pairs(), data=st.data())
def test_a_reversed_period_is_never_read(months, data):
    sy, sm, ey, em = months
    if (sy, sm) == (ey, em):
        return
    sep = data.draw(st.sampled_from(_SEPARATORS))
    with pytest.raises(PeriodError):
        read_period(f"{ey}年{em}月{sep}{sy}年{sm}月")


def test_nfkc_is_what_makes_full_width_signs_ascii():
    """The reader relies on NFKC for full-width ～ and －; 〜 (wave dash) stays and is listed."""
    assert unicodedata.normalize("NFKC", "～－") == "~-"
    assert unicodedata.normalize("NFKC", "〜") == "〜"


# ---------------------------------------------------------------- one plan's odd period


ODD_PERIODS = ["民國113年起", "113年1月至115年13月", "115年1月至113年12月", "俟核定後"]


def _three_plans(layout, odd: str) -> str:
    left = [
        layout.left(name="甲計畫", period="113年1月至115年12月"),
        layout.left(name="壞期程計畫", period=odd),
        layout.left(name="丙計畫", period="114年度"),
    ]
    return layout.text([(left, [layout.right()] * 3)])


@pytest.mark.parametrize("odd", ODD_PERIODS)
def test_an_unreadable_period_is_a_finding_on_that_plan(layout, parse_text, odd):
    text = _three_plans(layout, odd)
    report = parse_text(text)
    plans = report.plans.set_index("plan_id")
    assert list(plans.index) == ["114-01", "114-02", "114-03"]
    bad = plans.loc["114-02"]
    assert bad["period_text"] == odd  # kept as printed
    assert pd.isna(bad["period_form"])
    for column in ("start_roc_year", "start_month", "end_roc_year", "end_month"):
        assert pd.isna(bad[column])
    assert pd.isna(bad["start_date"]) and pd.isna(bad["end_date"])
    assert bad["total_budget_thousand_twd"] == 100_000  # the rest of the row is read
    # the other plans are intact
    assert plans.loc["114-01", ["start_roc_year", "end_roc_year", "period_form"]].tolist() == [
        113,
        115,
        "year_month",
    ]
    assert plans.loc["114-03", ["start_roc_year", "end_month", "period_form"]].tolist() == [
        114,
        12,
        "year",
    ]
    findings = [f for f in report.findings if f.code == "period_unreadable"]
    assert [f.plan_id for f in findings] == ["114-02"]
    assert findings[0].source_line == layout.line_of(text, "壞期程計畫")
    assert "計畫期程 could not be read: expected" in findings[0].message
    assert odd in findings[0].message
    # no second finding about the fiscal year: the period is unknown, not outside it
    assert not [f for f in report.findings if f.plan_id == "114-02" and f != findings[0]]


def test_the_plan_without_a_period_has_unknown_schedule_measures(layout, parse_text):
    from govplans.present.narrative import plan_narrative
    from govplans.present.render import key_figures
    from govplans.run.api import assess_report

    a = assess_report(parse_text(_three_plans(layout, "民國113年起")), annotations=None)
    plans = a.plans.set_index("plan_id")
    bad = plans.loc["114-02"]
    assert bad["schedule_basis"] == "unknown"
    assert pd.isna(bad["months_total"]) and pd.isna(bad["months_elapsed"])
    assert pd.isna(bad["schedule_elapsed_rate"]) and pd.isna(bad["end_roc_year"])
    assert "appropriation_behind_schedule" not in bad["flags"]
    assert "ends_with_unappropriated_budget" not in bad["flags"]
    assert bad["appropriation_progress_rate"] == pytest.approx(0.5)  # money measures stay
    assert bad["verdict"] == plans.loc["114-01", "verdict"]  # targets are assessed as usual
    assert plans.loc["114-01", "schedule_basis"] == "printed"
    assert plans.loc["114-01", "months_total"] == 36
    zh = plan_narrative(a, "114-02")
    assert "計畫期程「民國113年起」無法判讀，期程經過比率無從計算；預算編列進度50.0%。" in zh
    en = plan_narrative(a, "114-02", "en")
    assert "“民國113年起” (original Chinese, as printed; not read)" in en
    assert ") (" not in en  # one parenthesis, not two in a row
    assert "the share of the period elapsed is unknown" in en
    assert "計畫期程無法判讀" in key_figures(a, "114-02").html
    assert "民國113年起" in key_figures(a, "114-02", "en").html


def test_the_plan_page_chart_draws_without_a_period(layout, parse_text):
    pytest.importorskip("matplotlib")
    from govplans.present.charts import plan_profile_chart
    from govplans.run.api import assess_report

    a = assess_report(parse_text(_three_plans(layout, "俟核定後")), annotations=None)
    plan = a.report.plans.set_index("plan_id").loc["114-02"]
    figure = plan_profile_chart(plan, 114, assessed=a.plan_record("114-02"))
    assert len(figure.axes) == 2


def test_cli_loads_the_report_and_shows_the_finding(layout, tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(_three_plans(layout, "民國113年起"), encoding="utf-8")
    for command in ("export", "assess"):
        result = subprocess.run(
            [sys.executable, "-m", "govplans", command, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "govplans", "export", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    document = json.loads(exported.stdout)
    codes = [(f["plan_id"], f["code"]) for f in document["findings"]]
    assert codes == [("114-02", "period_unreadable")]
    bad = document["plans"][1]
    assert (bad["period_roc"], bad["start"], bad["end"]) == ("民國113年起", None, None)
    assert [p["start"] for p in document["plans"]] == ["2024-01", None, "2025-01"]


def test_a_corpus_with_an_unreadable_period_links_it_only_for_review(layout, write_text):
    """Year 113 read, year 114 with the same plan's period unreadable: never linked by name and
    start (the start is unknown), listed for review; its in-year figures unknown; it loads."""
    from govplans.analyse.corpus import build_corpus

    before = layout.text(
        [([layout.left(name="甲計畫", period="113年1月至115年12月")], [layout.right()])],
        fiscal_year=113,
    )
    left = [
        layout.left(name="乙計畫", period="114年度"),
        layout.left(name="甲計畫", period="民國113年起"),
    ]
    after = layout.text([(left, [layout.right()] * 2)])
    reports = [
        parse_report(write_text(before, name="113.txt")),
        parse_report(write_text(after, name="114.txt")),
    ]
    corpus = build_corpus(reports)
    history = corpus.history.set_index(["fiscal_year", "plan_id"])
    odd = history.loc[(114, "114-02")]
    assert odd["name"] == "甲計畫" and odd["link"] == "none"
    assert pd.isna(odd["start_roc_year"]) and pd.isna(odd["appropriated_in_year_thousand_twd"])
    assert list(corpus.candidates["plan_id"]) == ["114-02"]


def test_printed_days_are_kept_as_the_start_and_end_dates(layout, parse_text):
    """A period printed with days (116年3月1日至117年2月28日) ends on the day printed, never the
    month's last (2028 is a leap year: 2028-02-29 would alter what the report says)."""
    left = [
        layout.left(name="甲計畫", period="116年3月1日至117年2月28日"),
        layout.left(name="乙計畫", period="113年7月15日至115年12月20日"),
        layout.left(name="丙計畫", period="114年1月至117年2月"),
    ]
    plans = parse_text(layout.text([(left, [layout.right()] * 3)])).plans.set_index("name")
    assert str(plans.loc["甲計畫", "end_date"])[:10] == "2028-02-28"
    assert str(plans.loc["乙計畫", "start_date"])[:10] == "2024-07-15"
    assert str(plans.loc["乙計畫", "end_date"])[:10] == "2026-12-20"
    assert str(plans.loc["丙計畫", "end_date"])[:10] == "2028-02-29"  # no day: the month's last
    assert read_period("116年3月1日至117年2月28日").end_day == 28
