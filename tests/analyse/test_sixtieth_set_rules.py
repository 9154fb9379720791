"""The general rules written after reading the sixtieth set's first run (docs/analysis.md
section 67), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.testing.plan_cases import assess


def test_an_average_of_another_targets_item_answers_no_average_asked():
    t = assess(
        ["系統年平均可用率達99%以上。", "預報平均誤差控制在10%以內。"],
        ["系統可用率99.6%，達成。", "平均誤差8.2%，達成。"],
    )
    assert t[0].status == "met"


def test_an_act_said_done_is_not_under_way_for_a_later_test():
    (t,) = assess(["完成災情預警模式第2版建置。"], ["第2版模式已完成建置，刻正上線測試。"])
    assert t.status != "not_met"
    # … while an act awaited after another's step is
    (t,) = assess(["完成雙邊協定簽署。"], ["協定已完成談判，尚待對方完成內部程序後簽署。"])
    assert t.status == "not_met"


def test_an_average_beside_a_worse_extreme_does_not_decide_a_ceiling():
    (t,) = assess(["颱風期間雨量預報誤差控制在20%以內。"], ["平均誤差16.5%，最大誤差27.3%。"])
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
    # an average asked is answered by the average (16.5 <= 20 x 0.9: exceeded)
    (t,) = assess(["颱風期間雨量預報平均誤差控制在20%以內。"], ["平均誤差16.5%，最大誤差27.3%。"])
    assert t.status == "exceeded"


def test_a_formal_numeral_alone_before_a_measure_word_is_read():
    assert [q.value for q in extract_quantities("入圍伍項，獲獎2項")] == [5.0, 2.0]
    assert [q.value for q in extract_quantities("辦理演練陸場")] == [6.0]
    assert extract_quantities("大陸人士來臺") == []
    assert extract_quantities("促參案件簽約") == []


def test_a_list_opened_by_ji_is_summed():
    (t,) = assess(
        ["選派技師12人赴國外受訓。"],
        ["選派技師赴5國受訓，達成。"],
        ["選派技師赴國外受訓，計美國5人、日本4人、德國3人。"],
    )
    assert (t.status, t.components[0].achieved_value) == ("met", 12.0)


def test_a_thing_done_and_then_approved_is_done():
    (t,) = assess(["完成第8次水庫安全評估。"], ["第八次水庫安全評估已完成並經核定，達成。"])
    assert t.status == "met"
    # an approval alone of works is no delivery
    (t,) = assess(["完成抽水站新建工程。"], ["抽水站新建工程經費已核定。"])
    assert t.status != "met"
