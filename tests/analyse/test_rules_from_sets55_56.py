"""The general rules written after reading the fifty-fifth and fifty-sixth sets' first runs
(docs/analysis.md section 63), each with examples written for the rule, not sentences of any
labelled set."""

from __future__ import annotations

import pytest

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.target_types import classify
from govplans.analyse.targets import assess_plan_targets
from govplans.present.words import STATUS_REASON_TEXT, UNCLEAR_REASON_TEXT
from govplans.testing.plan_cases import items


def one(target: str, attainment: str, execution: str = "", fiscal_year: int | None = 115):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment) if attainment else [],
        items("execution", execution) if execution else [],
        fiscal_year=fiscal_year,
    )
    return found.targets[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("建置AED二十台。", None),  # one letter-pair acronym glued to a Chinese numeral
        ("布設LED路燈三百盞。", 300.0),
        ("新增ETC門架 12座。", 12.0),
        ("汰換NAS八台。", 8.0),
    ],
)
def test_a_number_after_an_acronym_and_before_a_measure_word_is_a_count(text, value):
    found = extract_quantities(text)
    if value is None:  # AED二十台: read as well
        assert [q.value for q in found] == [20.0]
    else:
        assert [q.value for q in found] == [value]


@pytest.mark.parametrize(
    "text", ["通過ISO 9001驗證。", "PM2.5濃度下降。", "推動5G專網。", "IPv6 2.0版"]
)
def test_a_code_after_an_acronym_stays_a_name(text):
    assert extract_quantities(text) == []


def test_a_sibling_kind_in_the_same_list_is_not_more_of_the_target():
    t = one("刊登EI期刊論文5篇。", "論文合計7篇，達成。", "刊登EI期刊論文4篇、國內研討會論文3篇。")
    assert t.status != "exceeded"
    # parts the target names neither of still add up (北區3場、南區2場 for 5場)
    t = one("辦理地方說明會5場。", "北區說明會3場、南區2場，達成。")
    assert t.status == "met"


def test_a_breakdown_in_brackets_is_no_more_of_its_figure():
    t = one(
        "新聘約聘研究員六名。",
        "",
        "新聘約聘研究員5名(生醫組2名、資訊組3名)，另借調人員2名。",
    )
    assert t.status == "not_met"
    assert t.components[0].achieved_value == 5


def test_people_trained_are_not_people_who_passed():
    t = one("培育學員取得急救員證書50人。", "急救員培訓結訓58人，達成。")
    assert t.status == "unclear"
    assert t.components[0].reason == "earlier_stage"
    # a figure of those who obtained it decides
    assert one("學員取得急救員證書50人。", "取得證書52人，達成。").status == "met"


def test_an_average_does_not_show_that_each_one_reached_a_figure():
    t = one("每名志工完成服務時數至少20小時。", "志工平均服務時數26小時，達成。")
    assert (t.status, t.components[0].reason) == ("unclear", "average_only")
    t = one(
        "每名志工完成服務時數至少20小時。",
        "志工平均服務時數26小時，達成。",
        "志工平均服務26小時，惟其中5名志工未滿20小時。",
    )
    assert t.status == "not_met"
    # a target that asks an average is answered by one
    assert one("志工平均服務時數達20小時。", "平均服務時數26小時，達成。").status == "exceeded"


def test_a_change_from_and_to_by_adjustment_starts_at_the_first_figure():
    q = extract_quantities("服務據點由210處調整為236處。")
    assert [x.is_from for x in q] == [True, False]


def test_a_total_answers_things_joined_whose_parts_are_listed_elsewhere():
    t = one(
        "完成門診及病房設備汰換20台。",
        "門診設備 預定6台／實際6台；病房設備 預定14台／實際14台；合計20台，達成。",
        "汰換門診超音波6台、病房監視器14台。",
    )
    assert (t.status, t.components[0].achieved_value) == ("met", 20.0)


def test_things_listed_by_a_pause_mark_are_joined():
    t = one(
        "辦理北區、中區、南區志工訓練900人次。",
        "",
        "全年訓練共計960人次，其中北區420人次、中區300人次、南區240人次。",
    )
    assert (t.status, t.components[0].achieved_value) == ("met", 960.0)


def test_a_figure_asked_by_a_date_inside_the_year_is_met_at_best():
    t = one("於115年6月底前完成管線汰換8公里。", "管線汰換9.5公里，115年5月完工。")
    assert t.status == "met"
    assert one("完成管線汰換8公里。", "管線汰換9.5公里。").status == "exceeded"


def test_a_rate_is_computed_from_a_whole_and_those_that_succeeded():
    t = one("緊急應變演練任務成功率達85%。", "", "辦理演練40場次，成功完成任務35場次。")
    assert t.status == "met"
    assert t.components[0].achieved_value == 87.5


def test_one_tenth_in_words_is_a_change_of_ten_percent():
    assert classify(
        "門診人次較前一年成長一成。", extract_quantities("門診人次較前一年成長一成。")[0]
    ).type == ("change")
    assert extract_quantities("制度一成不變。") == []


def test_a_thing_to_deliver_still_under_review_at_the_years_end_is_not_met():
    t = one("完成污水下水道系統規劃報告核定。", "規劃報告已送審，刻正審議中。")
    assert (t.status, t.components[0].reason) == ("not_met", "under_way_at_year_end")
    # an aim said to go on has no state to miss
    t = one("強化社區防災合作。", "持續辦理中。")
    assert t.status == "unclear"


def test_the_new_reasons_have_words():
    assert "average_only" in UNCLEAR_REASON_TEXT
    assert "under_way_at_year_end" in STATUS_REASON_TEXT


def test_a_bound_that_names_a_class_is_no_value_reached():
    t = one("慢性腎病個案eGFR穩定比率達50%。", "", "收案500人，eGFR達60%以上之穩定比率為47.2%。")
    assert (t.status, t.components[0].achieved_value) == ("not_met", 47.2)
    t = one(
        "糖尿病個案糖化血色素良好控制比率達50%。",
        "",
        "糖尿病照護網收案900人，糖化血色素達7.0%以下之良好控制比率為47.2%。",
    )
    assert (t.status, t.components[0].achieved_value) == ("not_met", 47.2)


def test_a_figure_of_an_earlier_stage_is_not_shown_as_achieved():
    t = one("學員取得潛水證照20人。", "潛水訓練結訓26人，超越目標。")
    assert t.status == "unclear"
    assert t.components[0].achieved_value is None
