"""The general rules written after reading the eighth set's first run (docs/analysis.md
section 12), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_change_in_the_parts_own_unit_is_a_difference():
    (part,) = split_components("志工每人平均服務時數較前一年增加3小時。")
    assert part.typed.type == "change"
    t = assess(
        ["志工每人平均服務時數較前一年增加3小時。"],
        ["每人平均服務時數32.5小時，已逾30小時之基準，達成。"],
        ["志工每人平均服務時數由113年之30.5小時增至114年之32.5小時。"],
    ).targets[0]
    assert t.components[0].achieved_value == 2.0
    assert t.status == "not_met"  # a level is not the change asked


def test_a_rate_named_alike_in_the_other_column_is_a_rival():
    t = assess(
        ["技能檢定合格率達75%。"],
        ["檢定合格率78%，達成。"],
        ["辦理技能檢定，報檢900人，合格648人，合格率72%。"],
    ).targets[0]
    assert t.status == "unclear"
    assert t.components[0].reason == "conflicting_signals"


def test_a_neighbours_own_account_is_not_this_targets_statement():
    t = assess(
        ["完成海洋保育白皮書並公布。", "強化海洋保育議題研究，作為政策參考。"],
        ["白皮書已於12月公布，達成。", "持續蒐集國際案例，作為後續政策參考。"],
        ["海洋保育白皮書於12月完成並公布於本署網站。", "蒐集國際海洋保育案例30件。"],
    ).targets
    assert t[0].status == "met"
    assert t[1].status != "met"


def test_a_date_expected_after_the_year_is_late_whatever_is_under_review():
    t = assess(
        ["輔導國家公園取得綠色旅遊標章。"],
        ["已完成輔導並送審查中，預計116年第2季取得標章。"],
    ).targets[0]
    assert t.status == "not_met"
    assert t.components[0].reason == "agency_says_late"


def test_a_procurement_target_is_delivered_by_its_award():
    t = assess(
        ["完成游泳池新建工程發包作業。"],
        ["工程發包已完成，達成。"],
        ["游泳池新建工程於114年8月20日決標，預計115年1月開工。"],
    ).targets[0]
    assert t.status == "met"


def test_with_no_attainment_item_the_aligned_execution_item_answers():
    t = assess(
        ["申請案件於10個工作天內完成審查之比率達90%以上。", "公文時效評比列前5名。"],
        ["公文時效評比第4名，達成。"],
        ["受理申請案件2,000件，於10個工作天內完成審查者1,860件，占93.0%。", "評比第4名。"],
    ).targets[0]
    assert t.components[0].achieved_value == 93.0
    assert t.status == "met"


def test_a_counted_part_put_off_is_not_met_without_a_figure():
    t = assess(
        ["完成系統建置。", "辦理使用者教育訓練5場。"],
        ["系統建置尚未完成，未達成。"],
        ["系統建置進度落後。", "因系統未完成，使用者教育訓練暫緩辦理，改列下年度。"],
    ).targets[1]
    assert t.status == "not_met"
