"""Quantity extraction: numbers with measure words, qualifiers, normalisation, what is counted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govplans.analyse.quantities import (
    LATIN_UNITS,
    MEASURE_GROUPS,
    containment,
    dice,
    extract_quantities,
    normalise_unit,
    thing_similarity,
)


def one(text: str):
    found = extract_quantities(text)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "word", "unit", "qualifier", "comparison"),
    [
        ("辦理說明會至少2場", 2, "場", "場", "至少", ">="),
        ("鼓勵民眾參與達500人次以上", 500, "人次", "人次", "達…以上", ">="),
        ("資料集逾200項", 200, "項", "項", "逾", ">"),
        ("收件總計5,994件", 5994, "件", "件", "總計", ">="),
        ("共196站", 196, "站", "站", "共", ">="),
        ("連接至雲端核心網路30輛", 30, "輛", "輛", "", ">="),
        ("整合電信事業共30臺MOCN行動基地車", 30, "臺", "輛", "共", ">="),
        ("58班次實作課程", 58, "班次", "班次", "", ">="),
        ("招募38名專職技術人員", 38, "名", "人", "", ">="),
        ("培育12位簡任層級人員", 12, "位", "人", "", ">="),
        ("共115人參與", 115, "人", "人", "共", ">="),
        ("使用服務數量至少達200項", 200, "項", "項", "至少達", ">="),
        ("滿意度達90%以上", 90, "%", "%", "達…以上", ">="),
        ("分享C-ISAC情資638,846筆", 638846, "筆", "筆", "", ">="),
        ("超過3家業者", 3, "家", "家", "超過", ">"),
        ("辦理研討會 2 場次", 2, "場次", "場", "", ">="),
        ("累計4篇", 4, "篇", "篇", "累計", ">="),
        ("教育訓練1.5小時", 1.5, "小時", "小時", "", ">="),
    ],
)
def test_phrasings(text, value, word, unit, qualifier, comparison):
    q = one(text)
    assert (q.value, q.word, q.unit, q.qualifier, q.comparison) == (
        value,
        word,
        unit,
        qualifier,
        comparison,
    )


def test_totals_are_marked():
    assert one("共196站").is_total
    assert one("合計60則").is_total
    assert not one("至少2場").is_total


def test_a_count_and_its_total_in_parentheses():
    found = extract_quantities("累計完成發布國內外頻譜新聞與趨勢共12期(合計60則)")
    assert [(q.value, q.word, q.qualifier) for q in found] == [(12, "期", "共"), (60, "則", "合計")]


@pytest.mark.parametrize(
    "text",
    [
        "於114年9月26日召開審查委員會",  # dates
        "建置SSG3.0智能客服",  # versions
        "維運112-113年度建置之站點",  # ranges of years
        "未發生3、4級資安事件",  # levels
        "WRC-27重要議題",  # codes
        "6 GHz Wi-Fi",
        "第1次會議",  # ordinals
        "計畫期程3年",
        "5G O-RAN/SA基地臺",
        "FR3(7-24GHz)頻段",
    ],
)
def test_not_quantities(text):
    assert extract_quantities(text) == []


def test_measure_words_that_start_other_words_are_skipped():
    assert extract_quantities("第二期程") == []
    assert extract_quantities("3期程規劃") == []
    assert [q.value for q in extract_quantities("新增3期電子報")] == [3]
    assert [q.value for q in extract_quantities("進行6個案例之情境應用分析")] == [6]


def test_normalisation_groups():
    assert normalise_unit("場次") == normalise_unit("場") == "場"
    assert normalise_unit("輛") == normalise_unit("臺") == normalise_unit("台") == "輛"
    assert normalise_unit("名") == normalise_unit("位") == normalise_unit("人") == "人"
    assert normalise_unit("人次") == "人次" != normalise_unit("人")
    # every group is a measure word of its own, or a Latin unit (微克/立方公尺 is μg/m3)
    assert set(MEASURE_GROUPS.values()) <= set(MEASURE_GROUPS) | set(LATIN_UNITS)
    # A measure word not listed is its own group (issue 9: 艇 counts 艇); a Latin unit its
    # lower case; anything else is no measure word.
    assert normalise_unit("艇") == "艇"
    assert normalise_unit("Gbps") == "gbps"
    with pytest.raises(KeyError):
        normalise_unit("xyz")


def test_compound_target_gives_one_quantity_per_part_with_its_thing():
    found = extract_quantities("辦理通傳事業攻防演練1場次、教育訓練2場次及分享交流會議4場次。")
    assert [(q.value, q.thing) for q in found] == [
        (1, "通傳事業攻防演練"),
        (2, "教育訓練"),
        (4, "分享交流會議"),
    ]


def test_context_stops_at_the_neighbouring_quantity():
    a, b = extract_quantities("共計88家業者186位學員參與")
    assert a.after == "業者"
    assert b.before == "業者"
    assert "186" not in a.after and "88" not in b.before


def test_thing_similarity_tells_parts_apart():
    target = extract_quantities("辦理攻防演練1場次、教育訓練2場次及分享交流會議4場次")
    reported = extract_quantities("舉辦2場資安防護教育訓練；舉辦4場通傳事業情資分享會議")
    training, meeting = reported
    assert thing_similarity(target[1], training) > thing_similarity(target[1], meeting)
    assert thing_similarity(target[2], meeting) > thing_similarity(target[2], training)


def test_days_are_durations_not_dates():
    (q,) = extract_quantities("詐欺案件平均偵結日數縮短為90日以內")
    assert (q.value, q.unit, q.comparison) == (90, "天", "<=")
    (q,) = extract_quantities("鑑識案件平均處理時間不超過30日。")
    assert (q.value, q.unit, q.comparison) == (30, "天", "<=")
    assert extract_quantities("於113年12月20日開館營運") == []
    # 30日 says which deaths are counted (within 30 days of the crash): the count is 2,800
    (q,) = extract_quantities("道路交通事故30日死亡人數降至2,800人以下")
    assert q.value == 2800


def test_classes_and_versions_are_no_quantities():
    (q,) = extract_quantities("完成4000噸級巡防艦2艘交船")
    assert (q.value, q.unit) == (2, "艘")
    (q,) = extract_quantities("平臺年度瀏覽人次不低於800萬人次")
    assert q.comparison == ">="
    assert [x.value for x in extract_quantities("記憶庫2.0平臺瀏覽800萬人次")] == [8_000_000]
    assert [x.value for x in extract_quantities("2023台北國際書展參觀50萬人次")] == [500_000]
    assert [x.value for x in extract_quantities("「118」海巡服務專線處理完成率95%")] == [95]
    assert [x.value for x in extract_quantities("介接165反詐騙諮詢專線案件資料")] == []
    # a listed measure word after a year-like number still counts it
    assert [x.value for x in extract_quantities("補助2000人次")] == [2000]


def test_at_least_is_no_ceiling():
    for text in ("不少於250校", "不低於60%", "至少250校"):
        (q,) = extract_quantities(text)
        assert q.comparison == ">=", text
    for text in ("少於5件", "低於5%"):
        (q,) = extract_quantities(text)
        assert q.comparison == "<", text


def test_range_bounds_with_magnitude_words():
    (q,) = extract_quantities("珊瑚復育種植2萬至2萬5千株")
    assert (q.value, q.high) == (20_000, 25_000)


def test_similarity_helpers():
    assert dice("教育訓練", "教育訓練") == 1
    assert dice("教育訓練", "海纜登陸站") == 0
    assert dice("", "教育訓練") == 0
    assert containment("威脅態勢預警技術", "完成「威脅態勢預警技術」之開發") == 1
    assert containment("", "x") == 0


# 日 counts days only at a clause's end or before a bound (see test_days_are_durations_not_dates)
# 成 counts tenths (七成 = 70 %, see test_tenths_are_percentages)
_WORDS = sorted(w for w in MEASURE_GROUPS if w not in ("日", "成"))
_QUALIFIERS = ["", "至少", "共", "合計", "累計", "逾", "達"]


@given(
    value=st.integers(min_value=0, max_value=9_999_999),
    word=st.sampled_from(_WORDS),
    qualifier=st.sampled_from(_QUALIFIERS),
    thing=st.sampled_from(["教育訓練", "基地臺站點", "專業人才", "研析報告", "行動基地車"]),
    grouped=st.booleans(),
    noun_first=st.booleans(),
)
def test_property_any_count_is_found_with_its_group(
    value, word, qualifier, thing, grouped, noun_first
):
    number = f"{value:,}" if grouped else str(value)
    quantity = f"{qualifier}{number}{word}"
    text = f"辦理{thing}{quantity}。" if noun_first else f"完成{quantity}{thing}，成效良好。"
    found = extract_quantities(text)
    assert len(found) == 1, text
    q = found[0]
    assert q.value == value
    assert q.unit == MEASURE_GROUPS[word]
    assert q.comparison == (">" if qualifier == "逾" else ">=")
    assert thing in q.context


def test_markup_in_the_text_does_not_cut_the_context():
    """Report text carrying tags (``</script>``) keeps the words before it: its ``/`` is no
    delimiter. (Escaping is the HTML renderer's job; the text stays as printed.)"""
    q = one("完成說明會<script>alert(1)</script>3場。")
    assert q.clause == "完成說明會<script>alert(1)</script>3場"
    assert q.context != "script>3場" and q.context.endswith("</script>3場")
    img = one("辦理說明會<img src=x onerror=alert(1)>至少2場。")
    assert img.clause == "辦理說明會<img src=x onerror=alert(1)>至少2場"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A name with a hyphen is not cut mid-word ("RC-27").
        (
            "完成「WRC-27我國行動市場演進影響因應策略」研析文件1份，彙整國際組織",
            "完成「WRC-27我國行動市場演進影響因應策略」研析文件1份",
        ),
        # Weak delimiters (或, 及, parentheses) stay inside the clause shown as evidence.
        (
            "建構服務機制，招募或委託41名技術人員專職辦理政府安全與韌性環境服務任務與工作內容。",
            "招募或委託41名技術人員專職辦理政府安全與韌性環境服務任務與工作內容",
        ),
        ("累計完成發布國內外頻譜新聞與趨勢共12期(合計60則)；每季", None),
    ],
)
def test_clause_is_the_whole_clause(text, clause):
    found = extract_quantities(text)
    if clause is None:  # both quantities show the same clause
        assert {q.clause for q in found} == {"累計完成發布國內外頻譜新聞與趨勢共12期(合計60則)"}
    else:
        assert found[-1].clause == clause


def test_a_long_clause_is_cut_at_a_delimiter_and_marked():
    text = "甲" * 70 + "、乙丙丁完成5場" + "戊" * 80 + "及己庚"
    q = one(text)
    assert q.clause.startswith("…乙丙丁完成5場")
    assert q.clause.endswith("…") and len(q.clause) <= 2 * 62 + len(q.phrase)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # A clause that ends inside parentheses (at their "：") does not show a dangling "(如".
        (
            "使用T-Road資料傳輸服務數達200項(如：學籍資料查詢等)。",
            "使用T-Road資料傳輸服務數達200項",
        ),
        ("查詢等)完成說明會5場。", "完成說明會5場"),
        ("共66個機關(司法院、內政部)。", "共66個機關(司法院、內政部)"),
    ],
)
def test_clause_does_not_show_half_a_bracket(text, clause):
    assert one(text).clause == clause


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("引進廠商投資金額達350億元", 35_000_000_000, "元"),
        ("園區就業人數達12萬人", 120_000, "人"),
        ("參與達3.5萬人次", 35_000, "人次"),
        ("接種2億劑", 200_000_000, "劑"),
        ("稽查1萬2,356家次", 12_356, "家次"),
        ("參與達1萬2千人次", 12_000, "人次"),
        ("服務學研用戶達3千人", 3_000, "人"),
        ("回收率達6成以上", 60, "%"),
        ("涵蓋率達百分之九十八", 98, "%"),
        ("涵蓋率達百分之85", 85, "%"),
        ("使用率達86％", 86, "%"),
        ("濃度降至0.055ppm以下", 0.055, "ppm"),
        ("頻寬達400Gbps", 400, "gbps"),
        ("儲存容量8,000TB", 8_000, "tb"),
        ("算力9 PFLOPS", 9, "pflops"),
        ("建造海洋研究船2艘", 2, "艘"),
        ("新增救護直升機3架", 3, "架"),
        ("整治面積達150公頃", 150, "公頃"),
        ("完成智慧站牌40面", 40, "面"),  # a measure word not listed: its own group
    ],
)
def test_magnitude_words_percentages_latin_and_unlisted_measure_words(text, value, unit):
    (q,) = extract_quantities(text)
    assert q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("年平均濃度降至15μg/m3以下", "<="),
        ("使用量減少至3.2萬公噸以下", "<="),
        ("超標件數不超過10件", "<="),
        ("事故率控制在5%以內", "<="),
        ("死亡率低於3%", "<"),
        ("辦理說明會達5場以上", ">="),
        ("參與逾300人", ">"),
    ],
)
def test_direction_of_a_target(text, comparison):
    (q,) = extract_quantities(text)
    assert q.comparison == comparison


def test_a_change_from_one_value_to_another_reaches_the_second():
    first, second = extract_quantities("涵蓋率由65%提升至72%")
    assert first.is_from and not second.is_from and second.value == 72


def test_numbers_in_clauses_of_delay_are_not_reached_and_descriptors_are_no_values():
    done, late = extract_quantities("已完成3座；另2座因用地取得延遲")
    assert not done.is_pending and late.is_pending
    (ozone,) = [
        q for q in extract_quantities("臭氧8小時平均濃度降至0.055ppm以下") if q.unit == "小時"
    ]
    assert ozone.is_descriptor


def test_a_shortening_from_one_level_to_another_starts_at_the_first():
    first, second = extract_quantities("平均處理時間由112年42小時縮短為113年30小時")
    assert first.is_from and not second.is_from


def test_tenths_are_percentages():
    assert [(q.value, q.unit) for q in extract_quantities("農場住宿率達七成")] == [(70, "%")]
    assert [(q.value, q.unit) for q in extract_quantities("滿意度達8成以上")] == [(80, "%")]
    assert extract_quantities("成立5個據點")[0].value == 5


def test_ten_millions_and_chinese_ranges():
    assert extract_quantities("查獲私劣菸品不低於1億2千萬支")[0].value == 120_000_000
    (q,) = extract_quantities("協助創業貸款核貸二十五至三十件")
    assert (q.value, q.high, q.unit) == (25, 30, "件")
    (q,) = extract_quantities("平均審查天數縮短為10個工作天以內")
    assert (q.value, q.unit, q.comparison) == (10, "天", "<=")
    assert extract_quantities("GPMnet 3.0系統改版上線") == []


def test_full_width_groups_acronyms_and_school_years():
    assert extract_quantities("新增典藏資料８，０００筆")[0].value == 8000
    assert extract_quantities("完成IFRS 17監理報表申報系統建置") == []
    assert [q.value for q in extract_quantities("人數較113學年度成長5%")] == [5]
