"""The typed grammar, the alignment and the agency's own words, one example per kind (written
from issue 15's description of each kind, not from any labelled set)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govplans.analyse.alignment import align, assign, join_continuations, referenced_targets
from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import TypedPart, classify, compare, deadline_of
from govplans.analyse.targets import TextItem, assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def part(result, index=0):
    return result.targets[index].components[0]


# ---------------------------------------------------------------- the grammar


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("空氣品質良好日數比率達85%以上。", "level"),
        ("平均等候時間降至15分鐘以下。", "ceiling"),
        ("辦理說明會15場。", "count"),
        ("電動車充電站累計達500座。", "cumulative"),
        ("數位服務使用率提高3個百分點。", "change"),
        ("輔導廠商20至25家。", "range"),
        ("國際評比排名前20名。", "rank"),
        ("於115年3月底前完成系統建置並啟用。", "deadline"),
        ("完成個人資料保護法修法。", "binary"),
        ("推動跨域數位治理合作。", "qualitative"),
    ],
)
def test_every_target_has_one_type(text, kind):
    quantities = [q for q in extract_quantities(text) if not q.is_from]
    assert classify(text, quantities[0] if quantities else None).type == kind


def test_a_compound_target_has_parts_each_typed():
    result = assess(["辦理說明會10場及輔導廠商至少30家。"], ["辦理說明會12場，輔導廠商35家。"])
    assert result.targets[0].target_type == "compound"
    assert [c.target_type for c in result.targets[0].components] == ["count", "count"]


@pytest.mark.parametrize(
    ("kind", "target", "achieved", "status"),
    [
        ("count", "110", "121", "exceeded"),  # 110 × 1.1 is 121 exactly, in decimals
        ("count", "100", "109.9", "met"),
        ("level", "120", "132", "exceeded"),
        ("ceiling", "15", "13.5", "exceeded"),
        ("ceiling", "15", "15.1", "not_met"),
        ("rank", "20", "15", "exceeded"),
        ("rank", "20", "21", "not_met"),
        ("range", "20", "20", "met"),
    ],
)
def test_one_comparison_rule_per_type_in_exact_decimals(kind, target, achieved, status):
    assert compare(TypedPart(kind, Decimal(target)), Decimal(achieved)) == status


def test_near_a_target_is_below_it():
    assert compare(TypedPart("count", Decimal(5000)), 5000, bound="<") == "not_met"
    assert compare(TypedPart("count", Decimal(200), strict=True), 200, bound=">") == "met"


def test_a_shape_without_a_value_is_never_compared():
    with pytest.raises(ValueError):
        compare(TypedPart("binary"), 1)


# ---------------------------------------------------------------- the agency says it missed


def test_the_agency_says_missed_outranks_a_figure():
    result = assess(["辦理說明會10場。"], ["辦理說明會12場，本項未達成（場次未達原訂規模）。"])
    assert result.targets[0].status == "not_met"
    assert part(result).reason == "agency_says_missed"
    assert part(result).decided_by == "未達成"


def test_the_agencys_figure_short_of_a_ceiling_is_not_met():
    result = assess(["民眾平均等候時間降至15分鐘以下。"], ["平均等候18分鐘，未達成。"])
    assert result.targets[0].status == "not_met"
    assert part(result).achieved_value == 18


def test_an_agency_met_whose_own_figures_fall_short_is_not_met():
    result = assess(["辦理說明會10場。"], ["辦理說明會8場，已達成。"])
    assert result.targets[0].status == "not_met"
    assert part(result).reason == "figures_short"


# ---------------------------------------------------------------- delivery, not procurement


@pytest.mark.parametrize(
    "attainment",
    [
        "智慧監控系統建置案已決標，預計115年完成建置。",
        "智慧監控系統建置案招標中。",
        "智慧監控系統建置已完成65%。",
        "智慧監控系統第一期完成，第二期延至117年。",
    ],
)
def test_procurement_or_part_done_is_not_delivery(attainment):
    result = assess(["完成智慧監控系統建置。"], [attainment])
    assert result.targets[0].status == "not_met"


def test_a_draft_is_not_a_law_passed():
    result = assess(["完成數位中介服務法修法。"], ["數位中介服務法修正草案已報行政院審查。"])
    assert result.targets[0].status == "not_met"


def test_a_target_to_write_a_draft_is_met_by_the_draft():
    result = assess(["完成數位中介服務法修正草案。"], ["數位中介服務法修正草案已完成並報行政院。"])
    assert result.targets[0].status == "met"


# ---------------------------------------------------------------- deadlines


def test_a_missed_deadline_is_not_met():
    result = assess(
        ["於115年3月底前完成智慧櫃臺系統建置並啟用。"], ["智慧櫃臺系統已於115年5月啟用。"]
    )
    assert part(result).target_type == "deadline"
    assert result.targets[0].status == "not_met"
    assert part(result).reason == "deadline_missed"


def test_a_deadline_kept_is_met():
    result = assess(
        ["於115年3月底前完成智慧櫃臺系統建置並啟用。"], ["智慧櫃臺系統已於115年2月啟用。"]
    )
    assert result.targets[0].status == "met"
    assert deadline_of("於115年前完成") is not None


# ---------------------------------------------------------------- cumulative


def test_cumulative_compares_with_the_cumulative_figure_never_a_sum():
    result = assess(["充電站累計達500座。"], ["本年新增充電站60座，累計達512座。"])
    assert part(result).achieved_value == 512
    assert result.targets[0].status == "met"


def test_cumulative_short_is_not_met():
    result = assess(["充電站累計達500座。"], ["本年新增充電站60座，累計達480座。"])
    assert part(result).achieved_value == 480
    assert result.targets[0].status == "not_met"


# ---------------------------------------------------------------- numbers that are names


def test_a_hotline_number_is_not_the_quantity():
    result = assess(["113保護專線來電接通率達95%。"], ["113保護專線來電接通率97%，達成目標。"])
    assert (part(result).target_value, part(result).achieved_value) == (95, 97)


def test_5g_and_iso_numbers_are_not_quantities():
    result = assess(
        ["5G基地臺建置達3,000臺。", "取得ISO 27001驗證機關達20個。"],
        ["5G基地臺建置3,200臺。", "ISO 27001驗證機關22個。"],
    )
    assert [part(result, i).target_value for i in (0, 1)] == [3000, 20]
    assert [part(result, i).achieved_value for i in (0, 1)] == [3200, 22]


# ---------------------------------------------------------------- numerals


def test_chinese_and_full_width_numerals():
    result = assess(
        ["辦理說明會十五場。", "輔導三百六十家業者。"], ["辦理說明會１８場。", "輔導業者共兩百家。"]
    )
    assert [part(result, i).achieved_value for i in (0, 1)] == [18, 200]
    assert [t.status for t in result.targets] == ["exceeded", "not_met"]


# ---------------------------------------------------------------- ranges and ranks


def test_a_range_is_met_at_its_lower_bound():
    result = assess(["輔導新創企業20至25家。"], ["輔導新創企業20家。"])
    assert part(result).target_value == 20
    assert result.targets[0].status == "met"
    result = assess(["輔導新創企業20至25家。"], ["輔導新創企業18家。"])
    assert result.targets[0].status == "not_met"


def test_a_rank_lower_is_better():
    result = assess(["國際數位競爭力評比排名前20名。"], ["國際數位競爭力評比排名第15名。"])
    assert part(result).target_type == "rank"
    assert part(result).achieved_value == 15
    assert result.targets[0].status == "exceeded"
    result = assess(["國際數位競爭力評比排名前20名。"], ["國際數位競爭力評比排名第23名。"])
    assert result.targets[0].status == "not_met"


# ---------------------------------------------------------------- rate-only evidence


@pytest.mark.parametrize(
    ("rate", "status"), [("97.2", "not_met"), ("108", "met"), ("112", "exceeded")]
)
def test_a_rate_of_attainment_alone_decides(rate, status):
    result = assess(["完成食品抽驗500件。"], [f"本項目標達成率{rate}%。"])
    assert result.targets[0].status == status
    assert part(result).reason == "rate_only"


def test_a_rate_of_attainment_is_no_level():
    # 97.2% is the share of the target reached, never a level of 97.2%: the value it stands for
    # is 80 × 97.2% (and the part is not met)
    result = assess(["網路使用率達80%。"], ["網路使用率目標達成率97.2%。"])
    assert part(result).achieved_value == pytest.approx(77.76)
    assert part(result).status == "not_met"


# ---------------------------------------------------------------- change targets


def test_percentage_points_from_two_printed_levels():
    result = assess(["數位服務使用率提高3個百分點。"], ["數位服務使用率由62.1%提升至64.8%。"])
    assert part(result).target_type == "change"
    assert part(result).achieved_value == pytest.approx(2.7)
    assert result.targets[0].status == "not_met"


def test_growth_from_two_printed_levels():
    result = assess(["數位產業產值成長8%。"], ["數位產業產值由1,200億元增至1,310億元。"])
    assert part(result).achieved_value == pytest.approx(9.17)
    assert result.targets[0].status == "exceeded"  # 9.17 >= 8 × 1.1


def test_a_reduction_compared_with_the_year_before():
    result = assess(["詐騙案件數較前一年降低15%。"], ["詐騙案件數較前一年減少10%。"])
    assert result.targets[0].status == "not_met"
    result = assess(["詐騙案件數較前一年降低15%。"], ["詐騙案件由400件降至330件。"])
    assert part(result).achieved_value == pytest.approx(17.5)
    assert result.targets[0].status == "exceeded"


def test_a_change_without_a_figure_is_unclear():
    result = assess(["數位服務使用率提高3個百分點。"], ["持續推廣數位服務。"])
    assert result.targets[0].status == "unclear"
    assert part(result).reason == "no_change_figure"


# ---------------------------------------------------------------- evidence from the right item


def test_items_in_another_order_are_aligned_by_content():
    result = assess(
        ["辦理資安說明會10場。", "輔導中小企業50家。"],
        ["輔導中小企業52家，達成目標。", "辦理資安說明會8場，未達成。"],
    )
    assert [t.status for t in result.targets] == ["not_met", "met"]
    assert [t.evidence[:2] for t in result.targets] == [("attainment", 2), ("attainment", 1)]


def test_fewer_items_than_targets_borrow_no_neighbour():
    result = assess(
        ["辦理資安說明會10場。", "輔導中小企業50家。", "完成資安健診系統上線。"],
        ["輔導中小企業52家，達成目標。", "資安健診系統已上線。"],
    )
    first = result.targets[0]
    assert first.status == "unclear"
    assert first.components[0].achieved_value is None
    assert [t.status for t in result.targets[1:]] == ["met", "met"]


def test_an_explicit_reference_wins():
    assert referenced_targets("目標2：輔導52家；第3項目標：已上線") == {2, 3}
    assert referenced_targets("為目標值3倍以上") == set()
    found = align(
        [(1, "辦理說明會10場"), (2, "輔導廠商50家")],
        [(1, "目標2：已輔導52家"), (2, "目標1：辦理12場")],
    )
    assert [(a.item, a.how) for a in found] == [(1, "reference"), (0, "reference")]


def test_one_item_naming_two_targets_serves_both():
    result = assess(
        ["維運衛星終端設備站點130個。", "維運基地臺後傳鏈路站點66個。"],
        ["維運衛星終端設備站點130個及基地臺後傳鏈路站點66個，共196站。"],
    )
    assert [part(result, i).achieved_value for i in (0, 1)] == [130, 66]


def test_the_assignment_is_exact_not_greedy():
    # greedy would take (0, 0) = 5 and leave row 1 with 1: total 6 < 4 + 4
    assert assign([[5, 4], [4, 1]]) == [1, 0]


def test_continuation_rows_are_joined_before_alignment():
    rows = [TextItem("attainment", 1, "辦理說明會", 1), TextItem("attainment", 1, "12場。", 2)]
    assert join_continuations(rows) == [0, 0]
    result = assess_plan_targets(
        "T-01",
        items("targets", "辦理說明會10場。"),
        rows,
        [],
    )
    assert part(result).achieved_value == 12
    assert result.targets[0].evidence[:2] == ("attainment", 1)


# ---------------------------------------------------------------- two numbers in a target


def test_the_headline_is_the_quantity_the_target_is_about():
    result = assess(
        ["偏鄉5G人口涵蓋率達90%。"],
        ["偏鄉5G人口涵蓋率達92%，平均下載速率350Mbps。"],
    )
    assert (part(result).target_value, part(result).achieved_value) == (90, 92)


# ---------------------------------------------------------------- abstain


def test_no_aligned_evidence_is_unclear_with_a_reason():
    result = assess(["完成智慧櫃臺系統上線。"], ["辦理員工教育訓練。"])
    assert result.targets[0].status == "unclear"
    assert part(result).reason in ("no_statement", "no_aligned_item")


def test_the_deciding_words_have_a_span_in_the_evidence():
    result = assess(["辦理說明會10場。"], ["辦理說明會12場，達成目標。"])
    comp = part(result)
    start, end = comp.decided_span
    assert comp.evidence_text[start:end] == "12場"


@pytest.mark.parametrize(
    ("target", "attainment", "values"),
    [
        ("偏鄉500Mbps以上固網涵蓋率達80%。", "偏鄉500Mbps以上固網涵蓋率達83%。", (80, 83)),
        ("報案於30分鐘內到場比率達95%。", "報案於30分鐘內到場比率為96.4%。", (95, 96.4)),
    ],
)
def test_a_threshold_inside_a_rate_target_is_not_its_value(target, attainment, values):
    result = assess([target], [attainment])
    assert len(result.targets[0].components) == 1
    assert (part(result).target_value, part(result).achieved_value) == values


def _documented_examples():
    from govplans.testing.evaluation import TYPE_EXAMPLES

    return TYPE_EXAMPLES


@pytest.mark.parametrize(("kind", "target", "evidence", "result"), _documented_examples())
def test_the_documented_example_of_every_type(kind, target, evidence, result):
    """docs/analysis.md shows one example per type: each is decided as the page says."""
    found = assess([target + "。"], [evidence + "。"]).targets[0]
    assert found.target_type == kind
    assert found.status == result.split()[0]
