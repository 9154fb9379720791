"""The general rules written after reading the sixty-second set's first run (docs/analysis.md
section 69), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import split_components
from govplans.testing.plan_cases import assess


def test_a_survey_result_being_compiled_is_not_published():
    (t,) = assess(["學員滿意度達85%以上。"], ["114年滿意度為88.1%；115年調查結果彙整中。"])
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")


def test_a_count_beside_a_rank_is_a_part_of_its_own():
    parts = split_components("全國運動會獲金牌30面以上，總排名前5名。")
    assert [p.typed.type for p in parts] == ["count", "rank"]
    (t,) = assess(["全國運動會獲金牌30面以上，總排名前5名。"], ["獲金牌28面，總排名第4名。"])
    assert t.status == "not_met"


def test_a_floor_each_month_is_not_shown_by_the_years_total():
    (t,) = assess(["安全督導會議每月至少召開2次。"], ["全年召開26次，達成。"])
    assert (t.status, t.components[0].reason) == ("unclear", "average_only")
    (t,) = assess(
        ["安全督導會議每月至少召開2次。"],
        ["全年召開26次，達成。"],
        ["全年召開26次，其中2月因春節僅召開1次。"],
    )
    assert t.status == "not_met"


def test_a_count_of_another_stage_of_a_procurement_is_no_count_of_the_one_asked():
    (t,) = assess(["完成公有土地標租決標8案。"], ["公告招標11案，決標7案。"])
    assert (t.status, t.components[0].achieved_value) == ("not_met", 7.0)
