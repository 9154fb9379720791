"""The general rules written after reading the seventh set's first run (docs/analysis.md
section 11), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.targets import assess_plan_targets, split_components
from govplans.testing.plan_cases import items


def assess(targets, attainment, execution=()):
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
    )


def found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text)]


# ------------------------------------------------------------------------ numbers


def test_a_score_is_read_and_its_scale_is_not():
    assert found("民眾滿意度達4.2分以上(滿分5分)") == [(4.2, "分")]
    assert found("課程滿意度4.35分(5點量表)") == [(4.35, "分")]
    assert found("每日10時30分發布") == []
    assert found("占3分之1") == []


def test_strains_are_counted():
    assert found("培育耐熱水稻新品系至少八株") == [(8.0, "株")]


# ------------------------------------------------------------------ the agency's words


def test_a_failure_within_the_year_is_missed_though_work_goes_on():
    t = assess(
        ["完成防汛指揮中心視訊系統建置。"],
        ["視訊系統已決標，尚待設備到貨安裝，未能於本年度完成。"],
    ).targets[0]
    assert t.status == "not_met"
    t = assess(
        ["完成年度統計年報編印出版。"],
        ["年報尚待校對，預計明年2月出版，本年度未完成。"],
    ).targets[0]
    assert t.status == "not_met"


def test_moved_to_a_later_year_is_deferred():
    t = assess(
        ["完成新版產業關聯表編製並發布。"],
        ["產業關聯表試編完成，正式版改列115年發布，未達成。"],
    ).targets[0]
    assert t.status == "not_met"


def test_an_expected_publication_is_late():
    t = assess(
        ["提出海岸侵蝕調查報告。"],
        ["調查報告初稿已完成，預計明年4月出版。"],
    ).targets[0]
    assert t.status == "not_met"
    # a first draft is a draft (section 40): not delivered, whichever the reason named first
    assert t.components[0].reason in ("agency_says_late", "not_delivered")


def test_the_targets_own_word_of_extension_is_no_delay():
    t = assess(
        ["完成實驗室認證展延。"],
        ["實驗室已通過評鑑並完成認證展延。"],
    ).targets[0]
    assert t.status == "met"


def test_an_item_shared_by_two_targets_speaks_for_each_in_its_own_sentence():
    t = assess(
        ["辦理防災演練4場。", "完成備援機房建置並啟用。"],
        ["防災演練辦理5場，優於預定；備援機房已決標，尚待機電安裝後啟用，未能於本年度完成。"],
    ).targets
    assert t[0].status in ("met", "exceeded")
    assert t[1].status == "not_met"


def test_a_rate_in_the_agencys_item_decides_over_a_borrowed_figure():
    t = assess(
        ["抽驗市售食品達1,000件以上。"],
        ["抽驗件數達成率104%。"],
        ["辦理市售食品抽驗，其中標示不符者52件，均已移請改正。"],
    ).targets[0]
    assert t.status == "met"
    assert t.components[0].reason == "rate_only"
    assert t.components[0].achieved_value == 1040.0
    short = assess(["授權收入達新臺幣2,000萬元。"], ["授權收入達成率僅92%。"]).targets[0]
    assert short.status == "not_met"


def test_things_joined_are_answered_by_their_total():
    t = assess(
        ["辦理節能宣導及輔導訪視不低於60場。"],
        ["合計辦理70場，超越預定目標。"],
        ["辦理節能宣導52場、輔導訪視18場，合計70場。"],
    ).targets[0]
    assert t.components[0].achieved_value == 70.0
    assert t.status == "exceeded"


def test_a_total_is_no_part_to_add():
    t = assess(
        ["追繳欠稅至少新臺幣10億元。"],
        ["追繳欠稅8億2,000萬元，連同分期繳納合計近10億元，未達成目標。"],
    ).targets[0]
    assert t.components[0].achieved_value == 820_000_000.0
    assert t.status == "not_met"


# ------------------------------------------------------------------------ labels


def test_a_part_label_keeps_nouns_joined():
    (part,) = split_components("完成書畫及器物修護40至50件")
    assert part.text == "完成書畫及器物修護40至50件"
    parts = split_components("辦理攻防演練1場次及資安教育訓練2場次")
    assert [p.text for p in parts] == ["辦理攻防演練1場次", "資安教育訓練2場次"]
    parts = split_components("協助業者參與1個國際組織，並辦理國際座談會與研討會2場次")
    assert parts[0].text.startswith("協助業者參與1個國際組織")
    assert parts[1].text == "辦理國際座談會與研討會2場次"  # no leading 並


def test_a_part_label_stops_before_another_thing_joined_after_it():
    (part,) = split_components("提出技術評估報告1份與相關量測標準")
    assert part.text == "提出技術評估報告1份"


def test_a_figure_in_a_parenthesis_is_labelled_with_what_it_specifies():
    (part,) = split_components("完成產業政策建議(包含研究報告1篇)。")
    assert part.text == "完成產業政策建議(包含研究報告1篇)"


def test_a_part_label_keeps_a_list_and_what_it_includes():
    parts = split_components(
        "輔導製造商、代理商或使用者進行檢測至少2案，以及培育檢測人才至少40人次"
    )
    assert parts[0].text == "輔導製造商、代理商或使用者進行檢測至少2案"
    (part,) = split_components("補助通訊備援系統，包含備援衛星或微波鏈路相關設施1式。")
    assert part.text == "補助通訊備援系統，包含備援衛星或微波鏈路相關設施1式"
    first, _ = split_components("完成測試場域建置(包含高空平臺載具1套、技術報告1篇)。")
    assert first.text == "完成測試場域建置(包含高空平臺載具1套)"


def test_a_part_label_keeps_a_parenthesis_closed_before_its_figure():
    (part,) = split_components("完成使用FR3(7-24GHz)頻段干擾評估報告1份。")
    assert part.text == "完成使用FR3(7-24GHz)頻段干擾評估報告1份"
    (part,) = split_components("驗證國產O-RAN基地臺(各1座)")
    assert part.text == "驗證國產O-RAN基地臺(各1座)"
