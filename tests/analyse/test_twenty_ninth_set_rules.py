"""The general rules written after reading the twenty-ninth set's first run (docs/analysis.md
section 33), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import classify
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def test_the_date_of_the_act_the_deadline_asks_for_decides():
    t = assess(
        ["污水截流工程於114年6月底前完工。"],
        ["截流工程已完工並完成驗收，達成。"],
        ["污水截流工程於114年5月20日完工，114年9月完成驗收。"],
    ).targets[0]
    assert t.status == "met"  # 完工 in May; 驗收 in September is another act


def test_a_date_with_dots_is_a_date():
    t = assess(
        ["於114年6月30日前完成線上繳費系統上線。"],
        ["系統已上線，達成。"],
        ["線上繳費系統於114.08.01完成上線。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_a_final_version_dates_a_report():
    t = assess(
        ["於114年6月30日前完成「港區空污減量評估」報告。"],
        ["評估報告已完成，達成。"],
        ["「港區空污減量評估」報告初稿於114年6月提送，修正後於114年10月定稿。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")


def test_a_signing_expected_next_year_is_not_done():
    t = assess(
        ["完成與日本簽署檢疫合作備忘錄。"],
        ["備忘錄已獲原則同意，持續推動。"],
        ["與日本完成第2次技術諮商，備忘錄內容已獲雙方原則同意，預計115年簽署。"],
    ).targets[0]
    assert t.status == "not_met"


def test_a_draft_done_by_the_act_asked_is_met_whatever_review_follows():
    t = assess(
        ["完成長照服務法施行細則草案研擬。"], ["施行細則草案已完成研擬，送審議中。"]
    ).targets[0]
    assert t.status == "met"
    other = assess(
        ["漁業法修正草案函送立法院審議。"], ["修正草案完成預告，尚待行政院審查。"]
    ).targets[0]
    assert other.status != "met"  # drafted by another act than the one asked


def test_the_parts_a_target_names_each_leave_the_whole_to_answer():
    t = assess(
        ["完成北區、南區共20處公園照明改善。"],
        ["公園照明改善23處，達成。"],
        ["完成公園照明改善23處，其中北區14處、南區9處。"],
    ).targets[0]
    assert t.components[0].achieved_value == 23.0


def test_a_figure_and_a_rate_of_a_plan_are_no_delivery():
    t = assess(
        ["設置公共充電樁至少200槍。"],
        ["公共充電樁已完成220槍之建置規劃，達成率100%。"],
        ["設置公共充電樁共計172槍，另48槍因電力工程延宕，預計116年完成。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 172.0)
    assert t.status != "met"


def test_no_part_is_added_from_an_item_aligned_to_another_target():
    t = assess(
        ["完成8處轉運站無障礙設施改善。", "辦理轉運站營運評鑑20處。"],
        ["完成8處轉運站無障礙設施改善，達成。", "評鑑20處，達成。"],
        ["完成6處轉運站無障礙設施改善。", "完成20處轉運站營運評鑑。"],
    ).targets[0]
    assert t.components[0].achieved_value != 26.0
    assert t.status != "exceeded"


def test_formal_numerals_and_a_yearly_growth_rate():
    found = [(q.value, q.unit) for q in extract_quantities("辦理觀摩會拾場，受理貳佰件")]
    assert found == [(10.0, "場"), (200.0, "件")]
    assert extract_quantities("大陸配偶陸續入境") == []  # 陸 is no numeral here
    q = extract_quantities("觀光人次年增率5%。")[0]
    assert classify("觀光人次年增率5%。", q).type == "change"
