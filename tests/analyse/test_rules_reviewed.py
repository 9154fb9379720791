"""Sentences a reviewer of the rules of sections 22 to 28 wrote to break them (session 8): each
must not turn a target not met or unclear into met. Written for the rules, not from any set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import find_numbers
from govplans.analyse.targets import assess_plan_targets
from govplans.read.cells import split_items
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_bound_before_a_conjunction_is_a_part_to_reach():
    t = assess(["輔導企業30家以上及媒合投資案5件。"], ["輔導企業22家，媒合投資案6件。"]).targets[0]
    assert t.status == "not_met"
    t = assess(
        ["培訓學員300人以上並有200人取得證照。"], ["培訓學員250人，取得證照210人。"]
    ).targets[0]
    assert t.status == "not_met"


def test_a_position_of_another_index_never_answers_the_bracket_of_this_one():
    t = assess(
        ["國際航運中心發展指數排名維持前30名。"],
        ["國際航運中心發展指數排名下滑至前40名；本港貨櫃裝卸量全球第19名。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 40.0)


def test_a_change_from_the_targets_level_needs_the_level_of_the_same_thing():
    t = assess(
        ["國家標準與國際標準調和率由114年之88.0%提高2個百分點。"],
        ["辦理標準調和說明會5場，參與廠商滿意度達90%。"],
    ).targets[0]
    assert t.status not in ("met", "exceeded")


def test_not_all_done_is_no_statement_that_all_was_done():
    t = assess(
        ["完成社區防災訓練30場。"],
        ["受颱風影響部分停辦，未能全數完成。"],
        ["各區分別辦理，全年計30場。"],
    ).targets[0]
    assert t.status not in ("met", "exceeded")


def test_words_that_hold_and_or_with_are_no_joined_things():
    t = assess(
        ["身心障礙者參與職業訓練達500人。"],
        ["辦理職業訓練共1,200人，其中身心障礙者參與420人。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 420.0)


def test_the_largest_magnitude_word_of_a_range_is_both_bounds():
    (q,) = extract_quantities("觀眾達1至2萬5千人次")
    assert (q.value, q.high) == (10000.0, 25000.0)


def test_a_deadline_of_another_part_does_not_make_this_one_late():
    t = assess(
        ["於114年6月底前完成系統上線，並辦理教育訓練20場。"],
        ["系統於114年5月上線；教育訓練於114年11月完成22場。"],
    ).targets[0]
    assert t.components[-1].status == "exceeded"


def test_an_opening_number_another_block_opens_with_stays_text():
    cell = (
        "<p>1、辦理A。</p><p>2、辦理B。</p><p>3、4月間受颱風影響停辦2場。</p>"
        "<p>3、補助地方政府5案。</p><p>4、其他。</p>"
    )
    numbered = [(it.item_no, it.text) for it in split_items([(cell, 1)])]
    assert (3, "補助地方政府5案。") in numbered


def test_a_range_from_zero_is_no_telephone_number():
    (age, people) = find_numbers("服務0-6歲幼兒1,200人")
    assert age.name is None and people.name is None
