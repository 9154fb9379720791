"""The general rules of issue 15's last round, each with examples written for the rule (not
sentences of any labelled set): the item that decided is the evidence, a law is done only when
in force, numerals before any measure word, a level with no measure word, measurements are
levels, ranks printed 第N名, one list of cumulative words, approval is not delivery, deferral
words speak for their own target, conflicting columns, the agency's own figure."""

from __future__ import annotations

import pytest

from govplans.analyse.quantities import (
    CUMULATIVE,
    extract_quantities,
    is_measurement,
)
from govplans.analyse.target_types import classify, is_law_target, law_stage
from govplans.analyse.targets import assess_plan_targets, deciding_item
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def typed(text: str) -> str:
    quantities = [q for q in extract_quantities(text) if not q.is_from]
    return classify(text, quantities[0] if quantities else None).type


# ------------------------------------------------- the evidence is the item that decided


def test_a_change_cites_the_item_printing_both_levels():
    result = assess(
        ["線上申辦比率提高5個百分點。", "辦理研習8場。"],
        ["線上申辦比率70.5%，達成。", "研習9場，達成。"],
        ["線上申辦比率由113年65.5%提升至114年70.5%。", "辦理研習9場。"],
    )
    target = result.targets[0]
    assert target.status == "met"  # 70.5 − 65.5 = 5 points
    # the attainment item repeats only the new level: the two levels decide, and the page says
    # the item is cited for what decided
    assert target.evidence == ("execution", 1, "decided")


def test_an_attainment_item_printing_the_deciding_figure_stays_the_evidence():
    result = assess(
        ["辦理研習8場。"], ["研習９場，達成。"], ["於北中南辦理資安研習9場，參與320人次。"]
    )
    section, position, _ = result.targets[0].evidence
    assert (section, position) == ("attainment", 1)


def test_a_deadline_cites_the_item_with_the_completion_date():
    result = assess(
        ["於114年9月底前完成圖資平臺上線。"],
        ["已如期完成。"],
        ["圖資平臺於114年8月20日正式上線。"],
    )
    target = result.targets[0]
    assert target.status == "met"
    assert target.evidence[:2] == ("execution", 1)


def test_an_unclear_target_with_nothing_decided_cites_its_attainment_item_or_none():
    said = assess(["深化公私協力。"], ["持續與民間團體交流。"])
    assert said.targets[0].status == "unclear"
    assert said.targets[0].evidence[:2] == ("attainment", 1)
    silent = assess(["辦理研習8場。", "深化公私協力。"], ["研習9場，達成。"])
    assert silent.targets[1].status == "unclear"
    assert deciding_item(silent.targets[1]) == (None, None, "none")


def test_a_rate_of_attainment_giving_the_same_value_repeats_the_figure():
    result = assess(
        ["核定補助地方創生提案40案。"], ["核定案件達成率110%。"], ["核定補助地方創生提案44案。"]
    )
    assert result.targets[0].evidence[:2] == ("attainment", 1)


# ------------------------------------------------- a law is done only when in force


@pytest.mark.parametrize(
    "text",
    [
        "完成公益勸募條例修法。",
        "完成長期照顧服務辦法修正發布。",
        "完成資通安全管理法施行細則修正。",
    ],
)
def test_targets_of_legislation_are_recognised(text):
    assert is_law_target(text)


@pytest.mark.parametrize("text", ["完成平臺建置。", "辦理法人輔導5家。", "修訂補助作業要點1份。"])
def test_other_targets_are_not_legislation(text):
    assert not is_law_target(text)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("條例修正草案已函送立法院審議。", "draft"),
        ("辦法修正草案於11月預告，預計明年公布。", "draft"),
        ("修正草案報請行政院審查中。", "draft"),
        ("本條例於114年6月經立法院三讀通過，7月公布施行。", "done"),
        ("辦法已於114年10月發布。", "done"),
        ("持續蒐集各界意見。", None),
        ("已公告修正草案，徵詢各界意見。", "draft"),  # the notice of a draft
        ("修正草案經立法院三讀通過。", "done"),
    ],
)
def test_the_stage_of_a_law(text, stage):
    assert law_stage(text) == stage


@pytest.mark.parametrize(
    "evidence",
    [
        "公益勸募條例修正草案已函送立法院審議。",
        "公益勸募條例修正草案於11月預告，預計明年公布。",
    ],
)
def test_a_law_sent_on_or_noticed_is_not_done(evidence):
    result = assess(["完成公益勸募條例修法。"], ["辦理說明會3場。"], [evidence])
    target = result.targets[0]
    assert target.status == "not_met"
    assert target.components[0].reason == "not_delivered"


def test_a_law_promulgated_is_done():
    result = assess(["完成公益勸募條例修法。"], ["公益勸募條例修正條文已於114年7月公布施行。"])
    assert result.targets[0].status == "met"


def test_a_future_word_of_completion_is_no_done_statement():
    result = assess(["完成長照服務平臺改版。"], ["長照服務平臺改版規劃中，預計115年上線。"])
    assert result.targets[0].status != "met"


def test_an_item_about_a_bill_aligns_with_the_target_of_legislation():
    result = assess(
        ["志工服務時數達20萬小時。", "完成志願服務法修法。"],
        ["服務時數21萬小時，達成。", "修正草案已報行政院，俟院會通過後送請審議。"],
    )
    target = result.targets[1]
    assert target.status == "not_met"
    assert target.evidence[:2] == ("attainment", 2)


# ------------------------------------------------- the quantity reader


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("輔導社區發展協會三十個據點", None, None),  # 個 is listed: 30個
        ("開設職訓課程四十二班別", 42, "班"),
        ("修訂檢定規範二十五職種", 25, "職"),
        ("更新教材十二冊", 12, "冊"),
    ],
)
def test_a_chinese_numeral_counts_any_measure_word(text, value, word):
    (q,) = extract_quantities(text)
    if value is None:
        assert (q.value, q.unit) == (30, "個")
    else:
        assert (q.value, q.word) == (value, word)


@pytest.mark.parametrize(
    "text", ["法案三讀通過", "兩岸交流活動", "推動六都合作", "推動五大產業", "九二一地震紀念"]
)
def test_a_single_numeral_forming_a_word_is_no_quantity(text):
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "comparison"),
    [
        ("火災死亡率降至0.8以下", 0.8, "<="),
        ("顧客滿意指數達4.2以上", 4.2, ">="),
        ("每萬人口犯罪率為31.5。", 31.5, ">="),
    ],
)
def test_a_level_with_no_measure_word(text, value, comparison):
    (q,) = extract_quantities(text)
    assert (q.value, q.unit, q.comparison) == (value, "", comparison)


def test_a_ceiling_with_no_measure_word_is_compared():
    result = assess(["火災死亡率降至0.8以下。"], ["火災死亡率0.65，達成。"])
    target = result.targets[0]
    assert target.target_type == "ceiling"
    assert target.components[0].achieved_value == pytest.approx(0.65)
    assert target.status == "exceeded"  # 0.65 ≤ 0.8 × 0.9


def test_a_change_of_an_index_from_two_bare_levels():
    result = assess(
        ["單位面積產量較前一年成長6%。"], [], ["單位面積產量由113年25.0提升至114年26.5。"]
    )
    assert result.targets[0].components[0].achieved_value == pytest.approx(6.0)
    assert result.targets[0].status == "met"


@pytest.mark.parametrize(
    "text", ["完成污水廠第一、二期擴建。", "辦理第3、4屆論壇籌備。", "推動前10大出口產品拓銷。"]
)
def test_ordinals_in_a_list_and_named_sets_are_no_quantities(text):
    assert extract_quantities(text) == []


def test_a_bare_number_needs_a_word_of_a_level_before_it():
    assert extract_quantities("辦理情形詳附表3。") == []


# ------------------------------------------------- measurements are levels, things counts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("新增綠地面積12公頃。", "level"),
        ("改善自行車道45公里。", "level"),
        ("吸引民間投資15億元。", "level"),
        ("回收廢棄物3,000公噸。", "level"),
        ("辦理工作坊12場。", "count"),
        ("輔導商圈8處。", "count"),
    ],
)
def test_measurements_are_levels_and_things_are_counts(text, kind):
    assert typed(text) == kind


def test_is_measurement_reads_the_measure_word_kind():
    assert is_measurement("公頃") and is_measurement("元") and is_measurement("%")
    assert is_measurement("")  # an index with no measure word
    assert not is_measurement("場") and not is_measurement("職")


def test_an_amount_partly_done_is_not_delivered():
    result = assess(["新植造林120公頃。"], ["已完成65%，其餘延續辦理。"])
    assert result.targets[0].status == "not_met"


# ------------------------------------------------- ranks, cumulative words


def test_a_rank_held_has_its_value():
    result = assess(["維持亞洲第3名。"], ["亞洲第3名，達成。"])
    target = result.targets[0]
    assert target.target_type == "rank"
    assert target.headline is not None
    assert (target.headline.target_value, target.headline.achieved_value) == (3.0, 3.0)
    assert target.status == "met"


@pytest.mark.parametrize(
    "text", ["累計完成20座", "累積受益5萬人", "截至114年底共120處", "計畫推動以來輔導300家"]
)
def test_one_list_of_cumulative_words(text):
    assert CUMULATIVE.search(text)
    (q,) = extract_quantities(text)
    assert q.is_cumulative


def test_the_target_type_reads_the_same_cumulative_list():
    assert typed("截至115年底設置公共托育中心累計達80處。") == "cumulative"
    assert typed("總計辦理說明會6場。") == "count"  # a total of the items, not of the years


# ------------------------------------------------- approval, deferral, conflict


def test_a_grant_approved_is_not_the_facility_built():
    result = assess(["補助設置社區滯洪池1座。"], ["114年11月核定補助地方政府設置滯洪池。"])
    assert result.targets[0].status == "unclear"
    assert result.targets[0].components[0].reason == "under_way"


def test_a_grant_approved_is_the_case_counted():
    result = assess(["核定補助地方政府滯洪池計畫1案。"], ["114年11月核定補助地方政府滯洪池計畫。"])
    assert result.targets[0].status == "met"


def test_deferral_words_about_another_target_do_not_defer_this_one():
    result = assess(
        ["推動社區營造。", "培訓社區規劃師40人。"],
        ["持續陪伴社區提案。", "培訓社區規劃師36人，未達成。"],
    )
    assert result.targets[0].status == "unclear"
    assert result.targets[1].status == "not_met"
    assert not result.is_deferred  # the words speak through target 2's status


def test_a_plan_wide_deferral_still_defers_every_target():
    result = assess(
        ["完成示範場域建置。", "完成成果報告1份。"],
        ["本計畫因經費刪減，整體工作暫緩辦理。"],
    )
    assert result.is_deferred
    assert [t.status for t in result.targets] == ["not_met", "not_met"]


def test_two_columns_disagreeing_are_conflicting_signals():
    result = assess(
        ["媒合身障者就業600人。"],
        ["媒合就業570人，未達目標。"],
        ["媒合身障者就業640人。"],
    )
    comp = result.targets[0].components[0]
    assert comp.status == "unclear"
    assert comp.reason == "conflicting_signals"
    assert comp.achieved_value is None


def test_the_agency_figure_beside_its_verdict_is_the_value():
    result = assess(
        ["媒合身障者就業600人。"],
        ["就業570人，未達成。"],
        ["身障者就業服務登記1,020人，媒合就業570人。"],
    )
    comp = result.targets[0].components[0]
    assert comp.status == "not_met"
    assert comp.achieved_value == 570


def test_a_figure_printed_as_below_shows_no_value():
    result = assess(["辦理親子活動逾300場。"], ["近300場，未達目標。"])
    comp = result.targets[0].components[0]
    assert comp.status == "not_met"
    assert comp.reported_value is None


def test_a_bare_verdict_closing_a_clause_answers_a_qualitative_target():
    result = assess(["維持國家公園零重大事故。"], ["維持零重大事故，達成。"])
    assert result.targets[0].status == "met"
    for doubt in ("部分達成", "可望達成", "預計年底達成", "難以達成"):
        result = assess(["維持國家公園零重大事故。"], [f"維持零重大事故，{doubt}。"])
        assert result.targets[0].status != "met", doubt


def test_of_several_figures_beside_the_verdict_the_one_delivered_is_the_value():
    result = assess(
        ["汰換低底盤公車150輛。"],
        ["核定補助168輛，惟車廠交車延遲，完成交車121輛，未達年度目標。"],
        ["核定補助低底盤公車168輛，已完成交車121輛，其餘刻正辦理。"],
    )
    comp = result.targets[0].components[0]
    assert comp.status == "not_met"
    assert comp.achieved_value == 121


def test_the_figure_delivered_is_the_value_when_only_the_agency_item_speaks():
    result = assess(["汰換低底盤公車150輛。"], ["核定補助168輛，完成交車121輛，未達年度目標。"])
    comp = result.targets[0].components[0]
    assert (comp.status, comp.achieved_value) == ("not_met", 121)
    assert comp.decided_by in comp.evidence_text


def test_a_figure_approved_and_awaiting_completion_is_no_amount_achieved():
    result = assess(
        ["補助設置空氣品質感測器120處。"],
        ["已核定補助130處，待地方政府完成設置後辦理查核。"],
    )
    comp = result.targets[0].components[0]
    assert (comp.status, comp.reason) == ("unclear", "under_way")
    assert comp.achieved_value is None
