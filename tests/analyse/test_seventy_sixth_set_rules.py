"""The general rules written after reading the seventy-sixth set's first run (docs/analysis.md
section 85), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import _other_rate
from govplans.testing.plan_cases import assess


def test_those_who_only_are_such_are_no_part_of_a_share_of_an_act():
    (t,) = assess(
        ["結核病疑似個案轉介診治率達90%。"],
        ["疑似個案86人全數轉介診治(轉介率100%)，超越目標。"],
        ["胸部X光篩檢1,920人，疑似者86人已全數轉介診治。"],
    )
    assert (t.status, t.headline.achieved_value) == ("exceeded", 100.0)


def test_a_rate_named_inside_the_other_is_the_same_rate():
    (asked,) = extract_quantities("陽性個案轉介治療率達90%。")
    (found,) = extract_quantities("陽性個案312人全數轉介治療(轉介率100%)")[1:]
    assert not _other_rate(asked, found)


def test_a_rate_of_attainment_of_another_sentence_is_not_the_parts():
    (t,) = assess(
        ["視訊會客服務達8,000人次。"],
        ["技能訓練結訓率目標達成率105%；視訊會客服務近8,000人次。"],
        ["辦理視訊會客服務7,720人次。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 7720.0)


def test_a_wards_opening_is_an_act_with_a_date():
    (t,) = assess(
        ["於115年10月底前完成急性病房設置並開床收治。"],
        ["急性病房工程已完工，達成。"],
        ["急性病房整修工程於115年9月30日完工，因人力不足延至116年2月開床收治。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_work_moved_to_a_later_year_leaves_an_undecided_part_not_met():
    (t,) = assess(
        ["完成護理站動線改善3處。"],
        ["護理站改善工程改於116年度辦理。"],
        ["護理站改善工程因併入整體工程，本年度未執行。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "agency_says_late")
