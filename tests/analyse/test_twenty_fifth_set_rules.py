"""The general rules written after reading the twenty-fifth set's first run (docs/analysis.md
section 29), each with examples written for the rule, not sentences of any labelled set."""

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


def test_a_total_does_not_answer_a_target_naming_one_part_in_a_clause_of_its_own():
    t = assess(
        ["港區淤沙清運量達80萬立方公尺。"],
        ["港區淤沙清運72萬立方公尺，清運總量95萬立方公尺，已超越目標。"],
        ["辦理港區淤沙清運72萬立方公尺，另航道浚挖23萬立方公尺，合計95萬立方公尺。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("not_met", 720_000.0)


def test_a_total_still_answers_a_list_of_parts_and_a_target_joining_them():
    listed = assess(
        ["完成檔案數位化4,000件。"],
        ["數位化4,400件，超越目標。"],
        ["檔案數位化分別為公文類2,100件、圖冊類1,300件、照片類1,000件，合計4,400件。"],
    ).targets[0]
    assert listed.components[0].achieved_value == 4_400.0
    joined = assess(
        ["出版研究專書及調查報告10冊。"],
        ["合計出版11冊，達成。"],
        ["出版研究專書6冊，另調查報告5冊，合計11冊。"],
    ).targets[0]
    assert joined.components[0].achieved_value == 11.0


def test_a_named_total_adds_to_no_part():
    t = assess(
        ["回收廢輪胎達5萬公噸。"],
        ["回收廢輪胎4.2萬公噸；處理總量6萬公噸。"],
    ).targets[0]
    assert t.components[0].achieved_value != 102_000.0


def test_a_range_missed_by_the_agencys_own_words_is_not_met():
    t = assess(["補助社區營造點30至40處。"], ["補助28處，未達下限。"]).targets[0]
    assert t.status == "not_met"
    others = assess(
        ["輔導業者取得認證20家。"],
        ["輔導業者取得認證21家，未達目標者另案追蹤。"],
    ).targets[0]
    assert others.status == "met"  # 未達目標者: those that did not, not the agency's verdict


def test_on_schedule_with_its_date_answers_a_deadline():
    t = assess(
        ["於114年9月底前完成第12屆全國農民節表揚大會。"],
        ["大會已如期於114年8月8日辦竣。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("met", "deadline_met")


def test_a_figure_for_each_is_no_rival_to_the_count():
    t = assess(
        ["辦理防汛演練至少2次。"],
        ["防汛演練2次，均已辦竣。"],
        ["於114年4月及9月各辦理1次防汛演練。"],
    ).targets[0]
    assert (t.status, t.components[0].achieved_value) == ("met", 2.0)


def test_all_kinds_is_not_each():
    t = assess(
        ["核發各類補助達5,000件。"],
        ["核發補助4,800件，未達成。"],
        ["核發各類補助計5,200件。"],
    ).targets[0]
    assert t.status == "unclear"  # the two columns disagree; 各類 is no figure of each


def test_chinese_numerals_count_maps_and_volumes():
    found = [(q.value, q.unit) for q in extract_quantities("出版北投、淡水兩圖幅，另專書三冊。")]
    assert found == [(2.0, "幅"), (3.0, "冊")]
    t = assess(["出版地質圖幅2幅。"], ["出版北投、淡水兩圖幅，達成。"]).targets[0]
    assert t.status == "met"


def test_a_count_of_things_within_a_rank_is_a_count():
    q = extract_quantities("入選年度票選前20名者達5部。")[-1]
    assert classify("入選年度票選前20名者達5部。", q).type == "count"
    assert classify("全國排名維持前5名。", None).type == "rank"


def test_an_aim_left_to_be_watched_is_unclear():
    t = assess(
        ["推動綠色採購資訊公開，帶動企業響應。"],
        ["已建置綠色採購資訊平台，企業響應情形持續觀察。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("unclear", "no_verdict")


def test_under_way_here_and_a_share_done_there_is_partial():
    t = assess(
        ["完成海岸侵淤監測系統建置。"],
        ["海岸侵淤監測系統仍在辦理中。"],
        ["海岸侵淤監測系統建置已完成70%，預定下半年測試。"],
    ).targets[0]
    assert (t.status, t.components[0].reason) == ("not_met", "partial")
    alone = assess(["完成海岸侵淤監測系統建置。"], ["海岸侵淤監測系統仍在辦理中。"]).targets[0]
    # under way with no share done: not delivered at the year's end (section 63)
    assert (alone.status, alone.components[0].reason) == ("not_met", "under_way_at_year_end")
