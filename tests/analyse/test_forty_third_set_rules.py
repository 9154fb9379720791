"""The general rules written after reading the forty-third set's first run (docs/analysis.md
section 50), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=(), fiscal_year=None):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        fiscal_year=fiscal_year,
    )


def one(target, attainment, execution=(), fiscal_year=None):
    found = assess([target], [attainment], [execution] if execution else (), fiscal_year)
    return found.targets[0]


def test_runs_plays_and_pieces_are_measure_words_after_a_chinese_numeral():
    assert [(q.value, q.unit) for q in extract_quantities("推出主題展覽三檔")] == [(3.0, "檔")]
    assert [q.value for q in extract_quantities("新製作兒童劇兩齣、委託創作五首")] == [2.0, 5.0]
    # … never "first" (首演, 首次) nor files (檔案)
    assert extract_quantities("115年首演") == [] and extract_quantities("掃描3檔案") == []
    t = one("推出主題展覽3檔。", "推出主題展覽三檔，達成。")
    assert (t.status, t.components[0].achieved_value) == ("met", 3.0)


def test_held_at_or_above_is_a_floor():
    (q,) = extract_quantities("讀者滿意度維持在85%以上")
    assert q.comparison == ">="
    (q,) = extract_quantities("空床率維持在5%以下")
    assert q.comparison == "<="
    t = one("讀者滿意度維持在85%以上（李克特5點量表換算）。", "滿意度87.2%，達成。")
    assert t.status == "met"


def test_a_works_progress_is_read_against_its_cumulative_progress():
    t = one("污水處理廠新建工程進度達60%。", "本年度進度22.5%，累計進度58.1%，略為落後。")
    assert (t.status, t.components[0].achieved_value) == ("not_met", 58.1)
    t = one("污水處理廠新建工程進度達60%。", "工程累計進度61.3%，達成。")
    assert (t.status, t.components[0].achieved_value) == ("met", 61.3)
    # a target of the year's own progress keeps the year's figure
    t = one("污水處理廠新建工程本年度進度達20%。", "本年度進度22.5%，累計進度58.1%。")
    assert t.components[0].achieved_value == 22.5


def test_a_prototype_is_not_the_thing_unless_it_is_asked():
    t = one("建置水情預警決策支援系統。", "系統已完成雛型開發，尚待介接即時資料。")
    assert (t.status, t.components[0].reason) == ("not_met", "not_delivered")
    t = one("完成智慧巡檢機器人雛型。", "智慧巡檢機器人雛型已完成，達成。")
    assert t.status == "met"


def test_the_act_asked_expected_after_the_year_is_not_done():
    t = one(
        "完成步道災後修復並恢復開放。",
        "主體工程持續施作中，預計116年3月恢復開放。",
        fiscal_year=115,
    )
    assert (t.status, t.components[-1].reason) == ("not_met", "agency_says_late")


def test_an_average_asked_is_read_from_the_average_printed():
    t = one(
        "官網月平均瀏覽人次達20萬人次。",
        "全年瀏覽人次228萬人次，月平均19萬人次，10月單月31萬人次。",
    )
    assert (t.status, t.components[0].achieved_value) == ("not_met", 190000.0)


def test_the_figures_a_total_sums_are_never_added_to_it():
    t = one("完成古籍數位化300冊。", "數位化善本120冊、普通本150冊，合計270冊。")
    assert (t.status, t.components[0].achieved_value) == ("not_met", 270.0)


def test_over_so_many_against_fewer_printed_exactly_is_a_conflict():
    over = "長者防詐講座服務逾1萬人次，達成。"
    t = one("辦理長者防詐講座服務1萬人次。", over, "辦理長者防詐講座，服務9,420人次。")
    assert (t.status, t.components[0].reason) == ("unclear", "conflicting_signals")
    t = one("辦理長者防詐講座服務1萬人次。", over, "辦理長者防詐講座，服務10,380人次。")
    assert (t.status, t.components[0].achieved_value) == ("met", 10380.0)


def test_the_whole_counted_by_the_act_asked_answers_before_a_later_stage():
    t = one(
        "推薦優良社區參加全國評選20處。",
        "推薦24處，其中9處已由評審會認定為績優社區。",
    )
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 24.0)


def test_review_at_the_other_end_of_a_sending_is_not_work_under_way():
    t = one("提送都市計畫變更案予內政部審議5案。", "提送6案，均於內政部審議中。")
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 6.0)
    # a review the target does not name is still work under way
    t = one("完成都市計畫變更5案。", "完成6案，均於內政部審議中。")
    assert t.status == "unclear"


def test_a_closing_clause_that_the_work_is_done_answers_an_aim():
    t = one("精進志工培訓制度，提升服務品質。", "修訂志工培訓課程並辦理進階研習，已完成。")
    assert t.status == "met"
    t = one("精進志工培訓制度，提升服務品質。", "修訂志工培訓課程，進階研習尚未完成。")
    assert t.status != "met"


def test_deferral_on_an_item_naming_another_target_is_that_targets():
    found = assess(
        ["完成展館空調汰換工程決標。", "辦理館員專業研習。"],
        ["空調汰換工程兩度流標，重新招標中。"],
        ["空調汰換工程流標。", "辦理館員專業研習4場。"],
    )
    assert found.targets[0].status == "not_met"
    assert found.targets[1].status != "not_met"
    # words of deferral of the whole plan still speak of every target
    found = assess(
        ["完成展館空調汰換工程決標。", "辦理館員專業研習。"],
        ["本計畫因預算凍結，各項工作均延後辦理。"],
    )
    assert [t.status for t in found.targets] == ["not_met", "not_met"]


def test_a_thing_built_and_counted_by_what_it_holds_is_one_count():
    from govplans.analyse.targets import split_components

    parts = split_components("建置臺灣原生植物種子資料庫，收錄物種800種。")
    assert [c.typed.type for c in parts] == ["count"]
    t = one("建置臺灣原生植物種子資料庫，收錄物種800種。", "種子資料庫收錄物種826種，達成。")
    assert (t.status, t.components[0].achieved_value) == ("met", 826.0)
    # a clause of another act after it is still a part of its own
    parts = split_components("建置原生植物種子資料庫並對外開放，辦理說明會3場。")
    assert "binary" in [c.typed.type for c in parts]
