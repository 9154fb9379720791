"""The general rules written after reading the eighteenth set's first run (docs/analysis.md
section 22), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import classify
from govplans.analyse.targets import UNCLEAR_REASONS, assess_plan_targets
from govplans.present.words import UNCLEAR_REASON_TEXT
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_shortened_by_a_percentage_is_a_change_downwards():
    text = "案件平均審理時間較前一年縮短15%。"
    (q,) = extract_quantities(text)
    typed = classify(text, q)
    assert (typed.type, typed.down) == ("change", True)
    # 縮短為 a number of days stays a ceiling
    text = "案件平均審理時間縮短為30日以內。"
    (q,) = extract_quantities(text)
    assert classify(text, q).type == "ceiling"


def test_days_that_change_are_durations_not_dates():
    start, end = extract_quantities("平均審理時間由113年之40.0日縮短為114年之34日。")
    assert (start.value, start.unit, start.is_from) == (40.0, "天", True)
    assert end.value == 34.0
    assert [q.value for q in extract_quantities("平均處理日數由30日降至25日。")] == [30.0, 25.0]
    # the day of a date is still no quantity
    assert extract_quantities("於114年3月12日啟用。") == []


def test_a_change_downwards_from_two_levels_in_days():
    t = assess(
        ["案件平均審理時間較前一年縮短15%。"],
        ["平均審理時間34日，已達成。"],
        ["案件平均審理時間由113年之40.0日縮短為114年之34日。"],
    ).targets[0]
    assert t.components[0].achieved_value == 15.0
    assert t.status == "met"
    assert t.components[0].evidence_section == "execution"


def test_a_part_named_by_the_words_before_the_target_number():
    """輔導業者約150家，其中取得驗證28家 for 輔導業者取得驗證30家: the part is the figure."""
    t = assess(
        ["輔導食品業者取得衛生安全驗證40家。"],
        ["輔導業者約210家，其中取得衛生安全驗證36家，已達成。"],
    ).targets[0]
    assert t.components[0].achieved_value == 36.0
    assert t.status == "not_met"
    # the whole still answers a target that names only what the whole counts
    t = assess(
        ["輔導食品業者200家。"],
        ["輔導食品業者約210家，其中取得衛生安全驗證36家，已達成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 210.0)


def test_the_other_column_printing_the_same_figure_is_no_conflict():
    t = assess(
        ["輔導食品業者取得衛生安全驗證40家。"],
        ["輔導業者約210家，其中取得衛生安全驗證42家，已達成。"],
        ["輔導食品業者約210家，協助取得衛生安全驗證者42家。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 42.0)


def test_a_rival_named_earlier_in_its_sentence_conflicts():
    """The other column's one figure of the measure, its thing named before in the sentence
    (列車全年開行286車次，搭乘12萬6千人次): the two columns disagree, neither decides."""
    t = assess(
        ["觀光遊艇搭乘人次達8萬人次。"],
        ["觀光遊艇搭乘7萬6千人次，因颱風停航，未達目標。"],
        ["觀光遊艇全年航行1,210航次，搭乘8萬3千人次。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
    # the same columns agreeing stay decided
    t = assess(
        ["觀光遊艇搭乘人次達8萬人次。"],
        ["觀光遊艇搭乘7萬6千人次，因颱風停航，未達目標。"],
        ["觀光遊艇全年航行1,210航次，搭乘7萬6千人次。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 76000.0)


def test_a_result_not_yet_published_is_unclear_not_missed():
    t = assess(
        ["國際評比排名維持前10名。"],
        ["評比結果預計明年6月公布，本年度尚無排名資料。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")
    t = assess(
        ["民眾滿意度達80%以上。"],
        ["滿意度調查統計資料尚未公布。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")
    # a target to publish something is missed when it is only expected
    t = assess(["完成年度調查報告發布。"], ["調查報告預計明年3月公布。"]).targets[0]
    assert t.status == "not_met"
    assert "result_not_published" in UNCLEAR_REASONS
    assert "result_not_published" in UNCLEAR_REASON_TEXT
