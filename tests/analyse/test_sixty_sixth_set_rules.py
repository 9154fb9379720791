"""The general rules written after reading the sixty-sixth set's first run, and from the
evidence items the sets' labellers cite (docs/analysis.md section 74), each with examples
written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import name_kind
from govplans.analyse.targets import split_components
from govplans.testing.plan_cases import assess


def test_a_part_after_a_sentence_break_and_its_words_after_it_make_a_share():
    # 其中 right after a semicolon is a part of the whole before it; what the part is (特優級)
    # is said after its number
    (t,) = assess(
        ["改善候車亭20座，並取得無障礙認證比率達80%。"],
        ["候車亭20座全數改善完工；其中15座取得無障礙認證。"],
    )
    assert t.status == "not_met"  # 15 of 20: 75 %
    assert t.components[1].achieved_value == 75.0
    (t,) = assess(
        ["改善候車亭20座，並取得無障礙認證比率達80%。"],
        ["候車亭20座全數改善完工；其中17座取得無障礙認證。"],
    )
    assert t.status == "met"  # 85 %


def test_the_ones_answering_so_are_a_part_of_the_ones_asked():
    (t,) = assess(
        ["學員滿意度達90%以上。"],
        ["滿意度調查結果良好。"],
        ["回收問卷800份，表示滿意及非常滿意者680份。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 85.0)
    assert t.evidence[0] == "execution"


def test_an_average_figure_with_no_measure_word_is_read():
    (q,) = extract_quantities("水庫優養指數年平均38.5，屬貧養。")
    assert (q.value, q.unit) == (38.5, "")
    (t,) = assess(["水庫優養指數年平均維持在40以下。"], ["優養指數年平均38.5，達成。"])
    assert (t.status, t.headline.achieved_value) == ("met", 38.5)


def test_a_service_number_before_its_service_counts_nothing():
    assert name_kind("辦理110勤務指揮中心值勤人員訓練", 2, 5) == "name"
    assert name_kind("119指揮中心受理案件", 0, 3) == "name"
    (t,) = assess(["辦理110勤務指揮中心值勤人員訓練8梯次。"], ["辦理8梯次，達成。"])
    assert (t.target_type, t.status, t.headline.achieved_value) == ("count", "met", 8.0)


def test_the_edition_before_is_a_level_before():
    (t,) = assess(
        ["國際發明展獲獎件數較上屆增加4件。"],
        ["獲獎件數26件，超越目標。"],
        ["2025年國際發明展獲獎26件（金牌9件、銀牌8件、銅牌9件），上屆獲得22件。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 4.0)
    (t,) = assess(
        ["國際書展參觀人次較上屆成長10%。"],
        ["參觀人次超越目標。"],
        ["參觀人次5萬3千人次，上屆為5萬人次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 6.0)


def test_a_change_in_tenths_is_a_change():
    (c,) = split_components("每公頃產量提高一成。")
    assert c.typed.type == "change"
    (c,) = split_components("滿意度達八成。")
    assert c.typed.type == "level"
    (t,) = assess(["每公頃產量提高一成。"], [], ["每公頃產量由115年8.0公噸提升至116年8.6公噸。"])
    assert (t.status, t.headline.achieved_value) == ("not_met", 7.5)


def test_the_date_that_decides_a_deadline_is_its_evidence():
    # the attainment item says so in words; the execution item prints the date
    (t,) = assess(
        ["於115年6月底前完成自行車道改善工程。"],
        ["自行車道改善工程如期完成，達成。"],
        ["自行車道改善工程於115年5月22日完工。"],
    )
    assert t.status == "met"
    assert t.evidence[:2] == ("execution", 1)
    # a date on the other side of the deadline from the status cites nothing else
    (t,) = assess(
        ["於115年6月底前完成自行車道改善工程。"],
        ["自行車道改善工程如期完成，達成。"],
        ["自行車道改善工程原訂115年4月完工，經檢討後於115年5月22日完工。"],
    )
    assert t.evidence[:2] == ("execution", 1)


def test_an_item_covering_two_targets_is_cited_for_the_figure_it_repeats():
    first, second = assess(
        ["於115年9月底前完成報名系統改版上線。", "報名系統全年可用率達99.5%。"],
        ["報名系統已於115年8月10日上線，全年可用率99.8%，均達成。"],
        ["報名系統改版於115年8月10日上線。", "報名系統全年可用率99.8%。"],
    )
    assert first.status == second.status == "met"
    assert first.evidence[0] == second.evidence[0] == "attainment"


def test_an_approximate_figure_never_stands_for_the_exact_one():
    (t,) = assess(["線上申辦比率達65%。"], ["線上申辦比率約65%，達成。"], ["線上申辦比率64.8%。"])
    assert t.status == "not_met"
    assert t.evidence[0] == "execution"
    # a share printed to its own decimals repeats it
    (t,) = assess(["結案率達60%。"], ["結案率60.5%，達成。"], ["受理86件，已結案52件。"])
    assert t.status == "met"
    assert t.evidence[0] == "attainment"
