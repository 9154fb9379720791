"""Data-quality findings on the pages and in the exports: an overspend said as such with both
amounts, each finding in one language per page and per CSV column."""

from __future__ import annotations

import pytest

from govplans import assess_report, read_report
from govplans.present import export, narrative, render
from govplans.testing.synthetic import SyntheticPlan, write_report


@pytest.fixture(scope="module")
def a(tmp_path_factory):
    plans = [
        SyntheticPlan("超支計畫", appropriated=50_000, executed=50_152),
        SyntheticPlan("正常計畫", appropriated=50_000, executed=45_000),
        SyntheticPlan("超編計畫", total=40_000, appropriated=50_000, executed=49_000),
    ]
    source = write_report(tmp_path_factory.mktemp("f") / "f.txt", plans)
    return assess_report(read_report(source))


def test_an_overspend_is_said_as_such_with_both_amounts(a):
    zh = narrative.plan_narrative(a, "114-01")
    assert "已編列未執行-" not in zh and "未執行-" not in zh
    assert "累計執行數超過已編列預算" in zh
    assert "5,000萬元" in zh and "5,015萬元" in zh  # both amounts stated in the paragraph
    en = narrative.plan_narrative(a, "114-01", "en")
    assert (
        "executed above the appropriation" in en
        and "not executed" not in en.split("Money")[1][:250]
    )


def test_every_finding_of_a_plan_is_on_its_profile_and_the_overview(a):
    profile = render.findings_table(a, "zh-TW", "114-01").html
    assert (
        "執行數超過已編列預算：累計執行數 50,152 千元，已編列預算數 50,000 千元（超出 152 千元）"
        in profile
    )
    assert "114-03" not in profile
    overview = render.findings_table(a, "zh-TW").html
    assert "114-01" in overview and "已編列預算數超過核定總經費" in overview
    english = render.findings_table(a, "en").html
    assert "Executed above the appropriation: NT$ 50,152 thousand executed" in english
    assert "累計" not in english and "exceeds" not in english
    assert "nothing for this plan" in render.findings_table(a, "en", "114-02").html


def test_findings_csv_has_one_language_per_column(a, tmp_path):
    frame = export.table_frames(a.report)["findings"]
    assert set(frame["code"]) >= {"executed_exceeds_appropriated", "appropriated_exceeds_total"}
    for zh, en in zip(frame["message"], frame["message_en"], strict=True):
        assert not any("a" <= c.lower() <= "z" for c in zh.replace("NT$", "")), zh
        assert not any("\u4e00" <= c <= "\u9fff" for c in en), en
