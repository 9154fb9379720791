"""The general rules written after reading the seventy-fifth set's first run (docs/analysis.md
section 84), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import _other_rate
from govplans.testing.plan_cases import assess


def test_those_recruited_are_another_stage_than_those_who_finished():
    (t,) = assess(
        ["第五期導覽志工培訓結訓40人。"],
        ["第五期導覽志工招募43人，已達成。"],
        ["招募第五期導覽志工43人，經培訓及考核後結訓37人。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 37.0)


def test_the_years_figure_beside_a_cumulative_one_rivals_the_other_column():
    (t,) = assess(
        ["輔導民宿新取得環保標章10家。"],
        ["新增取得環保標章民宿10家，達成。"],
        ["輔導民宿申請環保標章，本年新增9家取得標章，累計48家。"],
    )
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")


def test_rates_named_by_different_words_are_different_rates():
    (asked,) = extract_quantities("演練郵件附件下載率3%以下。")
    found = extract_quantities("演練郵件開啟率由7.2%降至3.1%。")
    assert all(_other_rate(asked, f) for f in found)
    # … while 比率 and 之率 are named by the words before them
    (asked,) = extract_quantities("結案比率達90%。")
    (found,) = [q for q in extract_quantities("7日內完成處理之比率為92%") if q.unit == "%"]
    assert not _other_rate(asked, found)


def test_a_total_whose_parts_in_the_other_column_are_kinds_apart_is_not_the_kind_asked():
    (t,) = assess(
        ["辦理BLS訓練12梯次。"],
        ["急救訓練合計22梯次，超越目標。"],
        ["辦理基本救命術(BLS)訓練10梯次、高級心臟救命術(ACLS)訓練12梯次，合計22梯次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 10.0)
