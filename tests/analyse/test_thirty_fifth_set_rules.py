"""The general rules written after reading the thirty-fifth set's first run (docs/analysis.md
section 41), each with examples written for the rule, not sentences of any labelled set."""

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


def test_an_annulled_tender_put_out_again_is_no_award():
    t = assess(
        ["完成港區監視系統汰換採購決標。"],
        ["採購案因廠商資格不符廢標，已於次年1月重新公告招標。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_line_opened_after_the_deadline_is_late():
    t = assess(
        ["於114年6月底前開通國家公園遊客諮詢專線。"],
        ["遊客諮詢專線已開通，提供服務。"],
        ["遊客諮詢專線0800-123-456於114年7月2日開通。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_columns_that_disagree_on_exceeded_or_met_decide_nothing():
    t = assess(
        ["標售國有土地金額5億元。"],
        ["標售國有土地金額5億2,000萬元，達成。"],
        ["全年標售國有土地金額新臺幣5億8,000萬元。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")


def test_its_own_item_before_a_neighbours_that_shares_words():
    t = assess(
        ["濕地復育面積累計達500公頃。", "擴大生態服務，新增保育區面積100公頃。"],
        ["累計復育512公頃，達成。"],
        [
            "新增濕地復育面積130公頃，累計512公頃。",
            "新增劃設生態服務保育區面積105公頃。",
        ],
    ).targets[1]
    assert (t.status, t.components[0].achieved_value) == ("met", 105.0)


def test_a_score_is_a_level_and_a_result_still_counted_is_not_out():
    assert split_components("民眾滿意度調查達80分。")[0].typed.type == "level"
    t = assess(["民眾滿意度調查達80分。"], ["滿意度調查結果刻正統計中，預計明年3月公布。"]).targets[
        0
    ]
    assert (t.status, t.components[0].reason) == ("unclear", "result_not_published")


def test_not_done_in_a_relative_clause_names_things_no_verdict():
    t = assess(
        ["113年度未結之申訴案件於114年6月底前全數結案。"],
        ["113年度列管未完成結案之申訴案件42件，已於114年4月全數結案，達成。"],
    ).targets[0]
    assert t.status == "met"
    # … a miss said of the item itself still is one
    t = assess(["完成申訴案件全數結案。"], ["申訴案件尚有5件未完成之部分，未達成。"]).targets[0]
    assert t.status == "not_met"


def test_parts_in_one_measure_word_take_their_own_figures_not_the_total():
    t = assess(
        ["辦理產業座談會3場及技術研習6場。"],
        ["辦理座談會及研習共10場次，達成。"],
        ["辦理產業座談會4場、技術研習6場，合計10場次。"],
    ).targets[0]
    assert [c.achieved_value for c in t.components] == [4.0, 6.0]
    assert t.status == "met"


def test_a_bracket_of_what_the_count_includes_asks_no_condition():
    t = assess(
        ["培訓社區照顧服務員（含原住民族學員）400人。"],
        ["培訓415人，達成。"],
        ["培訓社區照顧服務員415人，其中原住民族學員96人。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 415.0)


def test_an_earlier_years_figure_in_a_bracket_is_the_baseline():
    parts = split_components("違章建築案件數降至800件以下（113年度為1,020件）。")
    assert [(c.typed.type, c.typed.value) for c in parts] == [("ceiling", 800)]


def test_an_aim_whose_item_says_only_that_work_goes_on_has_no_verdict():
    t = assess(
        ["強化海岸災害預警能力。"],
        ["預警機制持續滾動檢討精進中。"],
        ["完成預警模式校正，發布海岸災害預警訊息52則。"],
    ).targets[0]
    assert t.status == "unclear"


def test_a_total_or_a_siblings_figure_is_no_conflict_of_degree():
    # 196 sites of 130 and 66: a total beside the part's own figure
    t = assess(
        ["維運偏鄉衛星終端站點130個。"],
        ["維運衛星終端站點130個，達成。"],
        ["持續維運衛星終端站點130個及基地臺後傳鏈路66個，共196個站點。"],
    ).targets[0]
    assert t.status == "met"
