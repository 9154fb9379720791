"""The general rules written after reading the twenty-first set's first run (docs/analysis.md
section 25), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_telephone_number_is_a_name():
    assert [q.value for q in extract_quantities("諮詢專線(0800-555-000)受理1,200件")] == [1200.0]
    assert [q.value for q in extract_quantities("專線0800-123456全年進線8萬通")] == [80000.0]
    assert extract_quantities("電話04-2222-3333") == []
    # a range keeps its hyphen
    ((low, high),) = [(q.value, q.high) for q in extract_quantities("辦理20-25場")]
    assert (low, high) == (20.0, 25.0)


def test_a_magnitude_on_the_high_bound_is_both_bounds():
    (q,) = extract_quantities("篩檢服務30至36萬人次")
    assert (q.value, q.high) == (300000.0, 360000.0)
    (q,) = extract_quantities("辦理30至36場")
    assert (q.value, q.high) == (30.0, 36.0)


def test_this_item_speaks_for_its_own_target_whatever_another_sentence_names():
    """…中心已開幕；…中心已決標，…，本項未能如期完成: 本項 is the item's own target."""
    t = assess(
        ["於臺中及高雄設置青年創業基地並開幕營運。"],
        ["臺中基地已開幕營運；高雄基地已決標，裝修工程進行中，本項未能如期完成。"],
    ).targets[0]
    assert t.status == "not_met"


def test_the_level_of_the_same_survey_a_year_before():
    t = assess(
        ["高中學生飲酒率較前一年降低10%。"],
        ["高中學生飲酒率降至9.0%，達成。"],
        ["115年青少年健康行為調查，高中學生飲酒率9.0%，114年同一調查為10.0%。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 10.0)


def test_the_one_total_of_an_aligned_execution_item_with_no_attainment_item():
    t = assess(
        ["辦理資安推廣活動。", "辦理區域產業座談會四場。"],
        ["資安推廣活動均已辦竣。"],
        ["辦理資安推廣活動。", "於北、中、南、東各辦理區域產業座談會一場，計四場，參與廠商150家。"],
    ).targets[1]
    assert (t.status, t.components[0].achieved_value) == ("met", 4.0)
