"""Target components, matching by what is counted, statuses and verdicts (synthetic cases)."""

from __future__ import annotations

import ast
import inspect

import pytest

from govplans.analyse import alignment, quantities, quantity, target_types
from govplans.analyse import targets as engine
from govplans.analyse.targets import (
    TextItem,
    assess_plan_targets,
    combine_statuses,
    plan_verdict,
    split_components,
)
from govplans.model import vocab
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=(), margin=0.10):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        exceed_margin=margin,
    )


def statuses(result):
    return [t.status for t in result.targets]


def test_compound_target_has_three_components():
    comps = split_components("辦理通傳事業攻防演練1場次、教育訓練2場次及分享交流會議4場次。")
    assert [(c.quantity.value, c.quantity.unit) for c in comps] == [
        (1, "場"),
        (2, "場"),
        (4, "場"),
    ]
    assert [c.thing for c in comps] == ["通傳事業攻防演練", "教育訓練", "分享交流會議"]


def test_qualitative_target_is_one_component():
    (comp,) = split_components("完成系統上線。")
    assert comp.quantity is None


def test_matching_is_by_what_is_counted_not_by_position():
    # Reported in a different order from the targets, in one item, with 場 for 場次.
    result = assess(
        ["辦理攻防演練1場次、教育訓練2場次及分享交流會議4場次。"],
        ["舉辦4場情資分享會議；舉辦攻防演練1場次；完成資安教育訓練1場。"],
    )
    comps = result.targets[0].components
    assert [(c.achieved_value, c.status) for c in comps] == [
        (1, "met"),
        (1, "not_met"),
        (4, "met"),
    ]
    assert result.targets[0].status == "not_met"


def test_measure_words_that_mean_the_same_match():
    result = assess(
        ["驗證行動基地車30輛。", "招募專職技術人員10名。", "培訓領航員5人。"],
        ["完成30臺行動基地車驗證。", "招募12位專職技術人員。", "領航員培訓共5名。"],
    )
    assert statuses(result) == ["met", "exceeded", "met"]


def test_person_times_are_not_persons():
    result = assess(["培育檢測人才至少40人次。"], ["共有45人參與檢測人才培育。"])
    assert statuses(result) == ["unclear"]


@pytest.mark.parametrize(
    ("target", "reported", "expected"),
    [
        ("辦理說明會至少2場。", "辦理說明會2場。", "met"),
        ("辦理說明會至少2場。", "辦理說明會1場。", "not_met"),
        ("辦理說明會至少10場。", "辦理說明會11場。", "exceeded"),  # +10 %: exceeded
        ("辦理說明會至少100場。", "辦理說明會109場。", "met"),  # +9 %: met
        ("參與民眾達500人次以上。", "總計共5,994人次民眾參與。", "exceeded"),
        ("開放資料集逾200項。", "開放資料集200項。", "not_met"),  # 逾 = more than
        ("開放資料集逾200項。", "開放資料集201項。", "met"),
        ("建置基地臺共196站。", "維運基地臺196站。", "met"),
    ],
)
def test_quantified_statuses(target, reported, expected):
    assert statuses(assess([target], [reported])) == [expected]


def test_exceed_margin_is_a_parameter():
    assert statuses(assess(["辦理說明會10場。"], ["辦理說明會11場。"], margin=0.2)) == ["met"]


def test_parts_reported_separately_are_summed():
    result = assess(
        ["產出「甲方案」與「乙方案」研析文件2份。"],
        ["完成「甲方案」研析文件1份。", "完成「乙方案」研析文件1份。"],
    )
    (comp,) = result.targets[0].components
    assert comp.achieved_value == 2
    assert comp.evidence_items == [1, 2]
    assert statuses(result) == ["met"]


def test_execution_text_is_used_when_attainment_is_silent():
    result = assess(
        ["完成民生關鍵資訊系統背景資料盤點20項。"],
        ["完成盤點16個機關之背景資料。"],
        ["完成民生關鍵資訊系統背景資料盤點22項。"],
    )
    target = result.targets[0]
    assert target.status == "exceeded"
    assert target.evidence_items("execution") == [1]
    assert target.evidence_items("attainment") == []


def test_attainment_wins_over_execution_when_both_report():
    result = assess(["辦理說明會3場。"], ["辦理說明會3場。"], ["辦理說明會5場。"])
    assert result.targets[0].components[0].evidence_section == "attainment"


@pytest.mark.parametrize(
    ("target", "reported", "expected"),
    [
        ("完成數位服務平臺上線。", "數位服務平臺已於12月上線。", "met"),
        ("開發威脅態勢預警技術。", "完成「威脅態勢預警技術」之開發。", "met"),
        ("完成數位服務平臺上線。", "數位服務平臺尚未完成上線測試。", "not_met"),
        ("完成數位服務平臺上線。", "辦理人才培訓課程。", "unclear"),
        # a thing to deliver still being planned at the year's end (section 63)
        ("建置網管中心。", "網管中心規劃中，持續蒐集需求。", "not_met"),
        ("修訂補助作業要點1份。", "於114年11月11日公告補助作業要點。", "met"),
    ],
)
def test_qualitative_targets_need_a_done_statement_about_the_same_thing(target, reported, expected):
    assert statuses(assess([target], [reported])) == [expected]


def test_no_evidence_is_unclear_and_evidence_is_kept():
    result = assess(["辦理說明會2場。", "完成研析報告1份。"], ["辦理說明會2場，參與踴躍。"])
    first, second = result.targets
    assert first.status == "met"
    assert first.evidence_items("attainment") == [1]
    assert "說明會2場" in first.evidence_text
    assert second.status == "unclear"
    assert second.evidence_text == ""


@pytest.mark.parametrize(
    "explanation",
    [
        "本計畫因經費調整，原訂工作配合暫緩。",
        "受採購流標影響，驗證作業延後至明年辦理。",
        "本年度目標未達成，將檢討改善。",
        "已修正計畫期程為115年12月。",
        "將計畫執行期間修正為114年10月1日至115年12月31日。",
    ],
)
def test_deferral_or_revision_makes_the_plan_not_met(explanation):
    result = assess(["完成測試場域建置。", "辦理說明會2場。"], [explanation, "辦理說明會2場。"])
    assert result.is_deferred
    assert result.deferral_items == [1]
    # The target with no evidence becomes not_met; the one shown done keeps its status.
    assert statuses(result) == ["not_met", "met"]
    assert plan_verdict(statuses(result), result.is_deferred) == "not_met"
    assert plan_verdict(["met", "met"], result.is_deferred) == "not_met"


def test_no_deferral_words_no_deferral():
    result = assess(["辦理說明會2場。"], ["辦理說明會2場，期間未發生資安事件。"])
    assert not result.is_deferred


@pytest.mark.parametrize(
    ("statuses_", "expected"),
    [
        ([], "unclear"),
        (["met", "exceeded"], "met"),
        (["exceeded", "exceeded"], "exceeded"),
        (["met", "unclear"], "unclear"),
        (["unclear", "not_met", "met"], "not_met"),
    ],
)
def test_combining_statuses(statuses_, expected):
    assert combine_statuses(statuses_) == expected
    assert plan_verdict(statuses_, False) == expected


def _imported_modules(module) -> set[str]:
    tree = ast.parse(inspect.getsource(module))
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    return modules


def test_the_engine_never_touches_annotations():
    """The automatic engine imports nothing that could read the reviewed file."""
    modules = _imported_modules(engine)
    # govplans.annotations is now govplans.read.reference, govplans.config govplans.run.paths;
    # the reviews are merged by govplans.analyse.reviews.
    forbidden = {"govplans.read.reference", "govplans.run.paths", "govplans.analyse.reviews"}
    assert not (forbidden | {"pandas"}) & modules
    # The statuses moved from the engine to govplans.model.vocab: the engine may import it and
    # the quantities, and neither of them imports anything of govplans (or pandas) in turn.
    # The engine's own modules (the quantity reader, the target grammar, the alignment) import
    # only each other and the statuses, never pandas nor anything that reads.
    own = {
        "govplans.analyse.quantities",
        "govplans.analyse.quantity",
        "govplans.analyse.target_types",
        "govplans.analyse.alignment",
    }
    allowed = own | {"govplans.model.vocab"}
    assert not any(m and m.startswith("govplans") and m not in allowed for m in modules)
    for module in (quantities, quantity, target_types, alignment):
        assert not any(
            m and ((m.startswith("govplans") and m not in own) or m == "pandas")
            for m in _imported_modules(module)
        ), module.__name__
    assert not any(
        m and (m.startswith("govplans") or m == "pandas") for m in _imported_modules(vocab)
    )
    assert "ANNOTATIONS_DIR" not in inspect.getsource(engine)


def test_evidence_is_the_reported_clause_not_a_fragment():
    """The evidence shown is the clause the achieved number stands in, cut at neither a word
    (``WRC-27`` is not ``RC-27``) nor a tag the report carries as text (``</b>``)."""
    result = assess(
        ["辦理說明會至少2場。", "產出因應策略文件1份。"],
        [
            "完成說明會<b>北區</b>3場。",
            "完成「WRC-27我國行動市場演進影響因應策略」研析文件1份，彙整國際組織動向。",
        ],
    )
    first, second = result.targets
    assert first.status == "exceeded"
    assert first.evidence_text == "完成說明會<b>北區</b>3場"
    assert second.evidence_text == "完成「WRC-27我國行動市場演進影響因應策略」研析文件1份"


def test_the_attainment_item_is_cited_when_it_reports_the_same_figure():
    """The execution text words it closer to the target, but the attainment text reports the
    same 12: the evidence cites the attainment item (status and value unchanged)."""
    result = assess(
        ["我的E政府入口網新增12項主題策展。"],
        ["我的E政府入口網至114年12月底共新增12項主題策展。"],
        ["114年「我的E政府入口網」新增12項主題策展，包含青年就業方案。"],
    )
    (target,) = result.targets
    assert target.status == "met"
    assert target.headline.achieved_value == 12
    assert target.evidence_items("attainment") == [1]
    assert target.evidence_items("execution") == []
    assert "至114年12月底共新增12項主題策展" in target.evidence_text


def test_an_execution_figure_stays_when_the_attainment_text_reports_another():
    result = assess(
        ["建構軟體物料清單30項。"],
        ["完成盤點16個機關22項系統。"],
        ["建構軟體物料清單30項。"],
    )
    (target,) = result.targets
    assert target.headline.achieved_value == 30
    assert target.evidence_items("execution") == [1]


@pytest.mark.parametrize(
    ("target", "achieved", "status"),
    [(20, 22, "exceeded"), (100, 110, "exceeded"), (50, 55, "exceeded"), (100, 109, "met")],
)
def test_exactly_the_exceed_margin_above_is_exceeded(target, achieved, status):
    """100 * 1.1 is 110.00000000000001 in binary: 110 against 100 must still be 'exceeded'."""
    result = assess([f"辦理說明會{target}場。"], [f"完成辦理說明會{achieved}場。"])
    assert statuses(result) == [status]


@pytest.mark.parametrize(
    ("target", "attainment", "status"),
    [
        ("濃度降至15μg/m3以下。", "年平均濃度為13.6μg/m3。", "met"),
        ("濃度降至15μg/m3以下。", "年平均濃度為13.5μg/m3。", "exceeded"),
        ("濃度降至15μg/m3以下。", "年平均濃度為15.2μg/m3。", "not_met"),
        ("超標件數不超過10件。", "超標件數8件。", "exceeded"),
    ],
)
def test_a_ceiling_is_met_at_or_below_it(target, attainment, status):
    (t,) = assess([target], [attainment]).targets
    assert t.status == status


def test_the_value_reached_is_the_end_of_a_change_never_a_sum():
    (t,) = assess(["良好日數比率提升至85%以上。"], ["比率由82.1%提升至86.3%。"]).targets
    assert (t.headline.achieved_value, t.status) == (86.3, "met")


def test_a_delayed_part_is_not_reached():
    (t,) = assess(
        ["完成污水處理廠改善15座。"], ["已完成污水處理廠改善10座；另5座因工程延遲。"]
    ).targets
    assert (t.headline.achieved_value, t.status) == (10, "not_met")


@pytest.mark.parametrize(
    ("attainment", "status"),
    [
        # a first draft is a draft, not the thing delivered (section 40; was unclear before)
        ("科學發展白皮書初稿已完成，刻正辦理分區諮詢會議中。", "not_met"),
        # under way at the year's end: not delivered (section 63; unclear before)
        ("科學發展白皮書規劃已完成，刻正辦理分區諮詢會議中。", "not_met"),
        ("科學發展白皮書已核定，待完工查核。", "not_met"),
        ("科學發展白皮書已順延至明年發布。", "not_met"),
        ("科學發展白皮書因招標流標，未能完成。", "not_met"),
        ("科學發展白皮書已於12月完成並發布。", "met"),
    ],
)
def test_approved_or_under_way_is_not_done(attainment, status):
    (t,) = assess(["完成科學發展白皮書。"], [attainment]).targets
    assert t.status == status


def test_the_attainment_column_answers_before_the_execution_column():
    (t,) = assess(
        ["完成化學物質登錄資料庫系統功能擴充。"],
        ["已完成系統功能擴充並上線。"],
        ["完成化學物質登錄資料庫系統功能擴充，新增線上申報功能。"],
    ).targets
    assert t.components[0].evidence_section == "attainment"


def test_the_agencys_verdict_of_a_miss_overrides_a_number_that_reads_met():
    (t,) = assess(
        ["補助汰換電動大客車達1,000部。"], ["核定補助1,245部，完成領牌上路738部，未達年度目標。"]
    ).targets
    assert t.status == "not_met"


def test_a_number_approved_but_awaiting_completion_is_not_delivered():
    (t,) = assess(
        ["補助設置水污染自動連續監測設施25處。"],
        ["已核定補助設施25處，待地方政府完成設置後辦理完工查核。"],
    ).targets
    assert t.status == "unclear"


def test_the_end_of_a_change_counts_what_its_start_counts():
    (t,) = assess(
        ["道路事故死亡人數降至2,800人以下。", "行人死亡人數減少至300人。"],
        ["道路事故死亡人數2,735人。", "行人死亡人數由340人降至288人。"],
    ).targets[1:]
    assert (t.headline.achieved_value, t.status) == (288, "met")


def test_a_part_of_a_figure_is_never_added_to_it():
    (t,) = assess(
        ["受理自駕車業者上路測試申請達5家。"], ["受理申請3家，其中核准上路測試2家。"]
    ).targets
    assert t.headline.achieved_value == 3 and t.status == "not_met"


def test_the_attainment_item_of_the_same_number_with_a_verdict_answers_the_target():
    targets = ["完成資料庫系統功能擴充。", "發布化學物質管理法施行細則修正條文。"]
    attainment = [
        "已完成系統功能擴充並上線。",
        "施行細則修正草案已預告，尚未完成發布，未達成年度目標。",
    ]
    execution = ["完成資料庫系統功能擴充。", "完成化學物質管理法施行細則修正草案，辦理預告。"]
    statuses = [t.status for t in assess(targets, attainment, execution).targets]
    assert statuses == ["met", "not_met"]


@pytest.mark.parametrize(
    "reported",
    [
        "計畫執行以來累計培訓講師共8梯次(合計120名)。",
        "迄今共培訓講師120名。",
    ],
)
def test_a_cumulative_figure_is_not_a_yearly_achievement(reported):
    result = assess(["培訓講師10名。"], [reported])
    (comp,) = result.targets[0].components
    assert comp.achieved_value is None
    assert comp.status == "unclear"
    assert comp.reason == "cumulative_figure_only"


def test_the_years_figure_is_used_beside_a_cumulative_one():
    result = assess(["培訓講師10名。"], ["本年度培訓講師12名，累計培訓講師120名。"])
    (comp,) = result.targets[0].components
    assert comp.achieved_value == 12
    assert comp.status == "exceeded"


def test_a_cumulative_target_still_takes_the_cumulative_figure():
    result = assess(["累計培訓講師達100名。"], ["本年度培訓講師12名，累計培訓講師達120名。"])
    (comp,) = result.targets[0].components
    assert comp.achieved_value == 120


@pytest.mark.parametrize(
    ("reported", "status", "words"),
    [
        ("資料交換平臺已完成建置並上線。", "met", "已完成"),
        ("資料交換平臺建置尚未完成。", "not_met", "尚未"),
        ("資料交換平臺建置辦理中。", "not_met", "辦理中"),  # at the year's end (section 63)
    ],
)
def test_words_that_decide_a_status_are_recorded_with_their_span(reported, status, words):
    result = assess(["完成資料交換平臺建置。"], [reported])
    (comp,) = result.targets[0].components
    assert comp.status == status
    assert comp.decided_by == words
    start, end = comp.decided_span
    assert comp.evidence_text[start:end] == words


def test_a_deferral_records_its_words():
    result = assess(["辦理無人機測試場域驗證5場次。"], ["因經費刪減，本年度工作暫緩辦理。"])
    (comp,) = result.targets[0].components
    assert comp.status == "not_met" and comp.decided_by == "暫緩"


def test_an_approved_grant_still_awaiting_completion_is_under_way():
    result = assess(
        ["補助偏鄉學校建置智慧教室至少1間。"],
        ["於10月審查核定補助偏鄉學校建置智慧教室案。"],
        ["審查核定補助偏鄉學校建置智慧教室案，並待學校完工驗收。"],
    )
    (comp,) = result.targets[0].components
    assert comp.status == "unclear" and comp.reason == "under_way"


def test_an_approved_grant_alone_is_still_read_as_done():
    approved = "於10月審查核定補助偏鄉學校建置智慧教室案。"
    result = assess(["補助偏鄉學校建置智慧教室1案。"], [approved])
    assert statuses(result) == ["met"]


def test_a_completed_design_is_not_the_deliverable():
    result = assess(["建置水質監測浮標1座。"], ["已完成水質監測浮標之構型設計評估。"])
    (comp,) = result.targets[0].components
    assert comp.status == "unclear" and comp.reason == "under_way"
    planned = assess(["完成水質監測浮標構型設計1份。"], ["已完成水質監測浮標之構型設計。"])
    assert statuses(planned) == ["met"]


def test_a_target_counting_cases_is_delivered_by_the_approval():
    """補助…1案 counts grant cases: the grant approved is the case, even while the work it pays
    for awaits completion (a facility counted in 式, 間 or 座 is delivered only when built)."""
    result = assess(
        ["補助偏鄉學校建置智慧教室至少1案。"],
        ["於10月審查核定補助偏鄉學校建置智慧教室案。"],
        ["審查核定補助偏鄉學校建置智慧教室案，並待學校完工驗收。"],
    )
    assert statuses(result) == ["met"]
    # its own reason: the approval of the case counted, not "the agency says it was done"
    assert result.targets[0].components[0].reason == "case_approved"


# Rules from the third set's first run (general shapes, own wording; see docs/analysis.md).


def test_a_deadline_is_met_at_the_latest_date_of_its_sentence():
    result = assess(
        ["於115年6月底前完成資料中心機房改建並啟用。"],
        ["機房改建工程已於115年5月20日完工，並於115年8月1日正式啟用。"],
    )
    (target,) = result.targets
    assert target.status == "not_met"
    assert target.components[0].reason == "deadline_missed"


def test_the_aligned_items_own_words_of_failure_answer_a_target_naming_nothing():
    result = assess(
        ["完成長照服務資訊平臺建置。"],
        ["第一階段已上線，第二階段延至116年辦理，本項未能如期完成。"],
        ["長照服務資訊平臺完成第一階段建置。"],
    )
    assert statuses(result) == ["not_met"]


def test_a_stage_of_the_deliverable_is_not_the_deliverable():
    result = assess(["完成智慧電網示範場域建置。"], [], ["智慧電網示範場域完成第一階段建置。"])
    assert statuses(result) != ["met"]
    result = assess(["完成第一階段示範場域建置。"], [], ["已完成第一階段示範場域建置。"])
    assert statuses(result) == ["met"]


def test_a_procurement_target_is_done_when_awarded_after_failed_tenders():
    result = assess(
        ["完成檔案管理系統委外建置案發包。"],
        [],
        ["檔案管理系統委外建置案兩度流標，第3次招標於12月10日決標。"],
    )
    assert statuses(result) == ["met"]
    result = assess(["完成檔案管理系統委外建置案決標。"], ["兩度流標，未能於本年度決標。"])
    assert statuses(result) == ["not_met"]


def test_two_columns_printing_the_same_measure_with_opposite_outcomes_are_unclear():
    result = assess(
        ["辦理社區防災演練三百場次。"],
        ["社區防災演練312場次，達成。"],
        ["全年辦理社區防災演練二百八十場次。"],
    )
    (target,) = result.targets
    assert target.status == "unclear"
    assert target.components[0].reason == "conflicting_signals"
    # a part (其中) or the year's figure beside a cumulative one is no rival
    result = assess(
        ["辦理社區防災演練300場次。"],
        ["社區防災演練312場次，達成。"],
        ["辦理社區防災演練312場次，其中山區部落120場次。"],
    )
    assert statuses(result) == ["met"]


def test_a_completion_rate_is_a_level_not_a_rate_of_attainment():
    result = assess(["新生健康篩檢完成率80%以上。"], ["篩檢完成率88%，超越預定目標。"])
    (target,) = result.targets
    assert target.status == "exceeded"
    assert target.components[0].achieved_value == 88


def test_a_specification_before_the_marked_figure_is_what_is_counted():
    (comp,) = split_components("偏鄉衛生所網路頻寬升級500Mbps達120所以上。")
    assert (comp.quantity.value, comp.typed.type) == (120, "count")
    # two figures joined by 及 are two parts
    assert len(split_components("完成說明會3場及輔導廠商達20家以上。")) == 2


def test_a_rank_describing_what_is_counted_is_no_rank_target():
    (comp,) = split_components("世界大學排名前100名之大學維持3校。")
    assert (comp.quantity.value, comp.typed.type) == (3, "count")
    (comp,) = split_components("國際評比進入前20名之列。")
    assert comp.typed.type == "rank"


def test_evidence_positions_do_not_count_a_lead_sentence():
    result = assess_plan_targets(
        "T-01",
        items("targets", "辦理講座20場。", "培訓志工300人。"),
        [
            TextItem("attainment", 0, "本年度各項目標執行情形如下：", 100),
            *items("attainment", "講座22場，達成。", "培訓志工310人，達成。"),
        ],
        [],
    )
    assert [t.evidence[:2] for t in result.targets] == [("attainment", 1), ("attainment", 2)]


def test_when_the_agencys_statement_decides_its_own_figure_is_the_achieved_value():
    result = assess(
        ["完成偏鄉圖書館改善12館。"],
        ["核定補助14館，惟受採購流標影響，完成改善者9館，本項未能如期達成。"],
    )
    (target,) = result.targets
    assert target.status == "not_met"
    assert target.components[0].achieved_value == 9
    # a compound's part takes only a figure of its own thing
    result = assess(
        ["申請專利8件、獲證專利3件。"],
        ["申請專利9件；獲證專利2件，另1件審查中，未達目標。"],
    )
    values = [c.achieved_value for c in result.targets[0].components]
    assert values[1] == 2 and values[0] != 2


def test_a_clause_asking_for_a_thing_done_is_a_binary_part():
    comps = split_components("平台可用率達99.5%以上，並通過ISO 27701隱私資訊管理驗證。")
    assert [c.typed.type for c in comps] == ["level", "binary"]
    result = assess(
        ["平台可用率達99.5%以上，並通過ISO 27701隱私資訊管理驗證。"],
        ["平台可用率99.7%；已於9月通過ISO 27701隱私資訊管理驗證。"],
    )
    assert statuses(result) == ["met"]
    # a clause of purpose is no part
    assert len(split_components("辦理說明會10場，推動產業轉型。")) == 1


def test_a_rate_answers_only_a_target_of_the_same_rate():
    result = assess(
        ["戒治處遇完成率不低於60%。"],
        ["完成率之目標達成率96.5%。"],
        ["出監後3年內再犯率為40.5%。"],
    )
    (comp,) = result.targets[0].components
    assert comp.achieved_value != 40.5


def test_an_approved_figure_is_no_rival_to_a_delivered_one():
    result = assess(
        ["老舊校舍拆除重建完工40棟。"],
        ["拆除重建完工31棟，未能如期達成。"],
        ["本年度核定補助拆除重建校舍42棟，已完工31棟。"],
    )
    (target,) = result.targets
    assert target.status == "not_met"
    assert target.components[0].achieved_value == 31


def test_a_figure_borrowed_from_another_targets_item_is_no_rival_to_the_agencys_words():
    result = assess(
        ["完成大型救難艇2艘交船。", "小型巡邏艇本年度交艇12艘。"],
        ["本年度僅交船1艘，第2艘預計明年3月交船，本項未達成。", "交艇12艘，達成。"],
        ["大型救難艇第1艘於6月交船。", "小型巡邏艇本年度交艇12艘。"],
    )
    first = result.targets[0]
    assert first.status == "not_met"
    assert first.components[0].achieved_value == 1


def test_this_item_with_a_negation_is_the_agencys_verdict():
    assert engine._MISSED.search("第一階段已完成，本項未能如期完成")
    assert engine._MISSED.search("本項尚未完成")
    assert engine._MISSED.search("本項未能如期辦竣")
    assert not engine._MISSED.search("本項已完成")


# Rules from the fourth set's first run (general shapes, own wording).


def test_not_reaching_the_mark_in_other_words_is_the_agency_saying_missed():
    for words in ("未能如期達標", "未如預期", "未達標"):
        result = assess(["受益人數達3,000人。"], [f"核定3,200人，實際受益2,900人，{words}。"])
        assert statuses(result) == ["not_met"], words


def test_a_negation_about_another_target_in_a_shared_item_is_not_this_ones():
    result = assess(
        ["舉辦海外展演50場次。", "直播觀看達500萬人次。"],
        ["海外展演55場次，超越目標；直播觀看約420萬人次，未如預期。"],
    )
    assert statuses(result)[0] in ("met", "exceeded")


def test_a_part_meeting_the_targets_condition_is_the_figure():
    result = assess(
        ["輔導在地品牌至少20家取得有機驗證。"],
        ["輔導在地品牌26家，其中取得有機驗證者18家。"],
    )
    (target,) = result.targets
    assert target.components[0].achieved_value == 18 and target.status == "not_met"


def test_the_same_rate_answers_even_when_the_things_share_no_words():
    result = assess(["年長住民健康檢查完成率達95%。"], ["完成率94.1%，未如預期。"])
    (target,) = result.targets
    assert target.components[0].achieved_value == 94.1 and target.status == "not_met"
    # a differently named rate sharing the target's words is the same measure
    result = assess(["申請案件於7日內完成處理之比率達95%。"], ["7日內結案比率96.4%，達成。"])
    assert statuses(result) == ["met"]


# Rules from the fifth set's first run (general shapes, own wording).


def test_a_figure_before_zhi_says_which_things_are_counted():
    (comp,) = split_components("逾期三個月之申請案件降至15件以下。")
    assert (comp.quantity.value, comp.typed.type) == (15, "ceiling")
    (comp,) = split_components("年營收達1億元以上之企業家數占比不低於30%。")
    assert (comp.quantity.value, comp.quantity.unit) == (30, "%")


def test_a_figure_selecting_things_with_zhe_is_no_value():
    result = assess(
        ["列管計畫落後比率不超過10%。"], ["列管計畫中落後達3%以上者12項，落後比率8.2%。"]
    )
    assert result.targets[0].components[0].achieved_value == 8.2


def test_work_awaiting_a_later_step_is_not_the_step():
    result = assess(
        ["完成雙邊租稅協定簽署。"], ["雙邊租稅協定已完成談判，尚待雙方完成內部程序後簽署。"]
    )
    assert statuses(result) != ["met"]


def test_a_share_completed_is_partial_not_under_way():
    result = assess(["完成監理申報系統建置。"], ["系統建置已完成80%，驗收改列明年辦理。"])
    assert statuses(result) == ["not_met"]


def test_the_one_figure_of_the_aligned_item_answers_a_target_of_one_part():
    result = assess(["辦理社區藝文活動20至24場。"], ["全年總計二十一場，參與民眾約3萬人次。"])
    (target,) = result.targets
    assert target.components[0].achieved_value == 21 and target.status == "met"


def test_a_conflict_found_on_the_agencys_words_leaves_no_achieved_value():
    result = assess(
        ["補助社區據點聘用照顧人員500人。"],
        ["核定補助470人，未達目標。"],
        ["核定補助社區據點聘用照顧人員520人。"],
    )
    (comp,) = result.targets[0].components
    assert (comp.status, comp.reason, comp.achieved_value) == (
        "unclear",
        "conflicting_signals",
        None,
    )
