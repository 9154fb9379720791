"""The general rules written after reading the thirty-first set's first run (docs/analysis.md
section 36), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.target_types import deadline_of
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_a_deadline_in_the_gregorian_year_and_on_a_named_day():
    d = deadline_of("於2025年9月底前上線新版系統。")
    assert (d.roc_year, d.month) == (114, 9)
    d = deadline_of("於114年10月10日國慶日前完成廣場改善。")
    assert (d.roc_year, d.month, d.day) == (114, 10, 10)
    assert deadline_of("推動2030年前瞻基礎建設。") is None


def test_the_day_of_a_deadline_is_compared():
    late = assess(
        ["於114年10月10日國慶日前完成光雕藝術展。"],
        ["光雕藝術展配合國慶辦理，圓滿完成。"],
        ["光雕藝術展自114年10月1日起辦理，於114年10月15日閉幕。"],
    ).targets[0]
    assert (late.status, late.components[0].reason) == ("not_met", "deadline_missed")
    in_time = assess(
        ["於114年10月10日國慶日前完成光雕藝術展。"],
        ["光雕藝術展配合國慶辦理，圓滿完成。"],
        ["光雕藝術展自114年10月1日起辦理，於114年10月9日閉幕。"],
    ).targets[0]
    assert in_time.status == "met"


def test_one_of_two_things_put_off_in_the_same_sentence():
    t = assess(
        ["完成水質監測儀器實驗室及現場比對。"],
        ["實驗室比對已完成。"],
        ["水質監測儀器完成實驗室比對，現場比對因颱風延至115年辦理。"],
    ).targets[0]
    assert t.status == "not_met"


def test_sent_on_as_asked_whatever_review_follows():
    t = assess(["提送農藥管理辦法修正建議。"], ["修正建議已提送，審議中。"]).targets[0]
    assert t.status == "met"
    cabinet = assess(
        ["完成水利法施行細則修正草案並報行政院審議。"], ["草案已報行政院，行政院審議中。"]
    ).targets[0]
    assert cabinet.status == "met"
    enact = assess(["完成水利法施行細則修正發布。"], ["修正草案已報行政院，審議中。"]).targets[0]
    assert enact.status == "not_met"  # the target asks it enacted, not sent on


def test_weights_lengths_and_areas_convert_exactly():
    t = assess(["減少農業廢棄物焚燒排放80公噸。"], ["農業廢棄物焚燒排放減少8萬4千公斤，達成。"])
    assert (t.targets[0].status, t.targets[0].components[0].achieved_value) == ("met", 84.0)
    area = assess(["新植造林5公頃。"], ["新植造林4萬8,000平方公尺，未達成。"]).targets[0]
    assert (area.status, area.components[0].achieved_value) == ("not_met", 4.8)
