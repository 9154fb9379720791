"""The general rules written after reading the fifty-seventh set's first run (docs/analysis.md
section 64), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import read_number
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def one(target: str, attainment: str, execution: str = "", fiscal_year: int | None = 115):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment) if attainment else [],
        items("execution", execution) if execution else [],
        fiscal_year=fiscal_year,
    )
    return found.targets[0]


def test_chinese_digits_in_a_row_are_read_by_position():
    assert read_number("二〇五") == 205
    assert read_number("一〇八萬") == 1080000
    assert read_number("三百零五") == 305  # place words still read as before
    assert [q.value for q in extract_quantities("審查案件計二〇五件。")] == [205.0]


def test_a_figure_reported_below_a_bound_is_below_it():
    (q,) = extract_quantities("各場次誤報率均低於3%。")
    assert q.bound == "<"
    assert one("演練誤報率低於3%。", "各場次誤報率均低於3%，達成。").status == "met"


def test_a_count_of_an_earlier_year_is_not_this_years():
    t = one("辦理親子共讀活動服務3,000人次。", "114年服務3,200人次；115年統計中。")
    assert (t.status, t.components[0].reason) == ("unclear", "other_year")
    # a rate of a cohort of an earlier year is read as reported
    t = one("輔導創業青年存活率達70%。", "112年輔導創業青年存活率73%，達成。")
    assert t.status == "met"


def test_a_second_act_joined_by_bing_must_be_said_too():
    t = one("完成智慧櫃檯設備建置並開始受理民眾申辦。", "設備已建置完成，已達成。")
    assert (t.status, t.components[0].reason) == ("unclear", "second_act_unsaid")
    t = one(
        "完成智慧櫃檯設備建置並開始受理民眾申辦。", "設備已建置完成，並於10月開始受理民眾申辦。"
    )
    assert t.status == "met"


def test_a_date_of_the_same_act_on_another_thing_is_no_date_of_the_target():
    t = one(
        "於115年6月底前發布年度水資源統計報告。",
        "年度水資源統計報告於115年5月發布，達成。",
        "於115年5月發布「水資源統計報告」，11月發布「水資源展望評估」。",
    )
    assert t.status == "met"


def test_a_rate_of_attainment_in_words_is_read():
    t = one("線上申辦比率達80%。", "線上申辦比率之目標達成率為九成。")
    assert (t.status, t.components[0].reason) == ("not_met", "rate_only")
    assert t.components[0].achieved_value == 72.0


def test_each_of_several_dates_with_a_long_verb_phrase_is_no_rival_count():
    t = one(
        "每季辦理系統備份還原演練1次。",
        "全年完成備份還原演練4次，達成。",
        "於3月、6月、9月、12月各完成系統備份還原演練1次。",
    )
    assert t.status == "met"
