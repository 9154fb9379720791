"""The general rules written after reading the seventy-fourth set's first run (docs/analysis.md
section 82), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.testing.plan_cases import assess


def test_one_of_two_joined_things_put_off_to_a_later_year_misses_the_deadline():
    (t,) = assess(
        ["於115年9月底前完成龍洞及鼻頭角步道設施改善。"],
        ["龍洞步道設施改善已於8月完工，達成。"],
        ["龍洞步道改善工程於115年8月12日完工；鼻頭角步道工程因流標，預計116年5月完工。"],
    )
    assert (t.status, t.components[0].reason) == ("not_met", "agency_says_late")


def test_a_figure_corrected_after_it_is_no_account():
    (t,) = assess(
        ["辦理員工紓壓講座八場。"],
        ["紓壓講座本年度實際辦理7場，1場改於116年1月補辦。"],
        ["紓壓講座辦理8場（更正：前報8場含116年1月補辦1場，本年度實際辦理7場）。"],
    )
    assert (t.status, t.headline.achieved_value) == ("not_met", 7.0)


def test_an_earlier_years_figure_in_the_other_column_is_no_rival():
    (t,) = assess(
        ["長者健康檢查完成率達90%。"],
        ["完成率94.2%，達成。"],
        ["114年完成率86.0%；115年應受檢500人，完成471人，完成率94.2%。"],
    )
    assert (t.status, t.headline.achieved_value) == ("met", 94.2)


def test_a_bus_routes_number_is_a_name():
    assert [(q.value, q.unit) for q in extract_quantities("966觀光公車載客量成長8%")] == [
        (8.0, "%")
    ]
    assert [q.value for q in extract_quantities("新增電動公車55輛")] == [55.0]
