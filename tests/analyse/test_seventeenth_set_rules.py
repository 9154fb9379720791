"""The general rules written after reading the seventeenth set's first run (docs/analysis.md
section 21), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_an_article_and_a_highway_number_are_names():
    assert extract_quantities("完成「菸害防制法施行細則」第12條之3修正發布。") == []
    assert extract_quantities("完成臺61線西濱快速公路邊坡改善工程。") == []
    assert [q.value for q in extract_quantities("完成平台12個")] == [12.0]


def test_the_change_of_the_thing_itself_not_of_another_beside_it():
    t = assess(
        ["區域醫院急診人次較前一年降低3%。"],
        ["急診人次較上年度下降，已達成。"],
        ["區域醫院急診人次由112年400萬人次降至113年388萬人次；地區醫院急診人次則增加2.5%。"],
    ).targets[0]
    assert t.components[0].achieved_value == 3.0
    assert t.status == "met"


def test_completed_works_are_done():
    t = assess(
        ["於114年8月底前完成臺2線濱海公路橋梁補強工程。"],
        ["已於114年7月完工，已如期完成。"],
        ["臺2線濱海公路橋梁補強工程於114年7月完工。"],
    ).targets[0]
    assert t.status == "met"


def test_road_roughness_and_a_level_improved_to():
    (q,) = extract_quantities("路面平坦度IRI平均值2.9 m/km")
    assert (q.value, q.unit) == (2.9, "m/km")
    start, end = extract_quantities("IRI平均值由113年3.2 m/km改善為2.9 m/km")
    assert start.is_from and not end.is_from


def test_the_other_column_account_stands_beside_the_verdict():
    """The issue's 'both accounts beside the verdict' (analyst N5): the execution column's
    sentence about a target decided on its attainment item, and none when no item names it."""
    result = assess(
        ["維運衛星站點130個。", "建置衛星網路網管中心，掌握站點運作狀態。"],
        ["維運衛星站點130個，達成。", "已完成建置衛星網路網管中心。"],
        ["持續維運衛星站點130個。", "初步建置衛星網路網管中心，功能涵蓋告警監控。"],
    )
    center = result.targets[1]
    assert center.other == ("execution", 2, "初步建置衛星網路網管中心，功能涵蓋告警監控")
    alone = assess(["完成資安演練2場。"], ["辦理資安演練2場，達成。"]).targets[0]
    assert alone.other == (None, None, "")


def test_the_agency_missing_one_part_does_not_miss_the_other():
    """(一)…8站…未達成年度目標。(二)…2站已完成設站: the words of failure are part (一)'s only
    (analyst read 3, FIX-3)."""
    t = assess(
        ["更新監測站設備：(一)完成水質監測站儀器汰換10站。(二)新設河川監測站3站。"],
        [
            "(一)完成水質監測站儀器汰換7站，其餘3站延至下年度，未達成年度目標。(二)河川監測站3站已完成設站。"
        ],
    ).targets[0]
    assert [(c.status, c.achieved_value) for c in t.components] == [("not_met", 7.0), ("met", 3.0)]


def test_a_stage_the_target_asks_for_is_no_account_against_it():
    """A 草案 in the other column answers a target asking for a 草案 (analyst re-check, NEW-1)."""
    t = assess(
        ["完成衛星資安參考設計草案1份。"],
        ["完成衛星資安參考設計草案1份，達成。"],
        ["已研析國際標準，並完成衛星資安參考設計草案。"],
    ).targets[0]
    assert t.other == (None, None, "")


def test_the_other_column_saying_work_was_done_beside_a_target_not_met():
    """Analyst read 4, F2 (read 3, NEW-4): a target not met on one column, the other column saying
    work on it was done, gets the other column's line too."""
    result = assess(
        ["完成智慧港口政策推動策略建議(包含研究報告1篇)。"],
        ["受颱風影響，計畫執行期程暫緩並修正為115年12月31日。"],
        ["已完成國際智慧港口相關政策與法規議題之整體研析。"],
    )
    t = result.targets[0]
    assert t.status == "not_met"
    assert t.other[0] == "execution"
    assert t.other[2].startswith("已完成國際智慧港口")
