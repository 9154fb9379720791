"""The bundled seed report end to end, checked against values read off the report by hand."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from govplans import parse_report
from govplans.model import schema
from govplans.run import paths

#: Totals of the three amount columns (千元), added up from the report's 14 plan rows.
TOTAL_BUDGET = 5_475_308
APPROPRIATED = 2_574_947
EXECUTED = 2_477_616

#: plan id -> (category, lines it comes from: left row, right row, continuation rows).
SOURCE_LINES = {
    "114-01": ("社會發展", [19, 33]),
    "114-02": ("科技發展", [20, 34]),
    "114-03": ("科技發展", [21, 35]),
    "114-04": ("科技發展", [22, 36]),
    "114-05": ("科技發展", [43, 56]),
    "114-06": ("科技發展", [44, 57]),
    "114-07": ("科技發展", [45, 58, 78]),
    "114-08": ("科技發展", [65, 79]),
    "114-09": ("科技發展", [66, 80]),
    "114-10": ("科技發展", [67, 81, 88]),
    "114-11": ("科技發展", [89, 101]),
    "114-12": ("科技發展", [90, 102]),
    "114-13": ("科技發展", [91, 103, 121]),
    "114-14": ("社會發展", [110, 122]),
}

#: plan id -> number of top-level items in planned work, execution, targets, attainment.
ITEM_COUNTS = {
    "114-01": (2, 2, 3, 3),
    "114-02": (2, 2, 4, 4),
    "114-03": (1, 2, 4, 3),
    "114-04": (2, 2, 4, 4),
    "114-05": (1, 1, 2, 1),
    "114-06": (2, 2, 4, 3),
    "114-07": (2, 6, 4, 14),
    "114-08": (1, 3, 3, 3),
    "114-09": (1, 1, 3, 3),
    "114-10": (3, 3, 3, 2),
    "114-11": (1, 1, 1, 3),
    "114-12": (1, 2, 2, 2),
    "114-13": (6, 6, 5, 5),
    "114-14": (3, 3, 6, 6),
}
SECTIONS = ("planned_work", "execution", "targets", "attainment")


def rows(report, plan_id: str, section: str) -> pd.DataFrame:
    items = report.items
    mask = (items["plan_id"] == plan_id) & (items["section"] == section)
    return items[mask].reset_index(drop=True)


def test_fourteen_plans_in_report_order(seed_report):
    plans = seed_report.plans
    assert len(plans) == 14
    assert plans["plan_id"].tolist() == list(SOURCE_LINES)
    assert plans["category"].tolist() == [category for category, _ in SOURCE_LINES.values()]
    assert plans["plan_id"].is_unique and plans["name"].is_unique


def test_totals_of_the_amount_columns(seed_report, seed_lines):
    plans = seed_report.plans
    assert plans["total_budget_thousand_twd"].sum() == TOTAL_BUDGET
    assert plans["appropriated_thousand_twd"].sum() == APPROPRIATED
    assert plans["executed_thousand_twd"].sum() == EXECUTED
    # The same totals straight from the text: the amount cells of the 14 plan rows.
    plan_rows = [seed_lines[lines[0]].split("\t") for _, lines in SOURCE_LINES.values()]
    sums = [sum(int(cells[i].replace(",", "")) for cells in plan_rows) for i in (3, 4, 5)]
    assert sums == [TOTAL_BUDGET, APPROPRIATED, EXECUTED]


def test_every_plan_keeps_its_source_lines(seed_report):
    for plan in seed_report.plans.itertuples():
        _, lines = SOURCE_LINES[plan.plan_id]
        assert plan.source_line == lines[0]
        assert plan.source_lines == ",".join(map(str, lines))
        items = seed_report.items[seed_report.items["plan_id"] == plan.plan_id]
        used = {int(n) for value in items["source_lines"] for n in value.split(",")}
        assert used == set(lines), plan.plan_id
        assert items["source_line"].isin(lines).all()


def test_every_plan_row_is_the_line_its_name_is_on(seed_report, seed_lines):
    for plan in seed_report.plans.itertuples():
        cells = seed_lines[plan.source_line].split("\t")
        assert "".join(cells[0].split()) == plan.name.replace(" ", "")
        assert "".join(cells[2].split()) == plan.period_text


def test_item_counts(seed_report):
    plans = seed_report.plans.set_index("plan_id")
    for plan_id, counts in ITEM_COUNTS.items():
        got = tuple(int(plans.loc[plan_id, f"n_{section}"]) for section in SECTIONS)
        assert got == counts, plan_id
        for section, count in zip(SECTIONS, counts, strict=True):
            assert len(seed_report.section_items(plan_id, section)) == count + (
                plan_id == "114-11" and section == "attainment"  # its lead sentence
            )


def test_items_are_numbered_in_order_with_text(seed_report):
    for (plan_id, section), group in seed_report.items.groupby(["plan_id", "section"]):
        top = group[group["sub_item_no"] == 0]["item_no"].tolist()
        start = 0 if top[0] == 0 else 1
        assert top == list(range(start, start + len(top))), (plan_id, section)
        assert (group["text"].str.len() > 0).all()


def test_114_07_attainment_items_12_to_14_continue_on_line_78(seed_report):
    items = rows(seed_report, "114-07", "attainment")
    assert items["item_no"].tolist() == list(range(1, 15))
    assert items["source_line"].tolist() == [58] * 11 + [78] * 3
    assert items["text"][11] == "完成提出FR3頻段干擾評估與干擾查測機制分析報告1份。"
    assert items["text"][13].startswith("完成辦理「6G潛力頻譜發展趨勢與議題解析探討」分享會1場次")
    # The continuation row's empty execution and targets cells add nothing.
    assert set(rows(seed_report, "114-07", "execution")["source_line"]) == {58}
    assert set(rows(seed_report, "114-07", "targets")["source_line"]) == {58}


def test_114_10_planned_work_item_2_continues_mid_sentence_on_line_88(seed_report):
    items = rows(seed_report, "114-10", "planned_work")
    assert items["item_no"].tolist() == [1, 2, 3]
    second = items.iloc[1]
    assert (
        "並完成相關操作流程與安全機制驗證，使高空通訊平臺具備實際運行與重複測試能力"
        in second["text"]
    )
    assert second["text"].endswith("提供後續通訊系統與應用服務驗證所需之穩定實驗環境。")
    assert (second["source_line"], second["source_lines"]) == (67, "67,88")
    assert items.iloc[2]["text"].startswith("規劃高空中繼通訊架構")
    assert items.iloc[2]["source_lines"] == "88"


def test_114_13_execution_items_4_to_6_come_from_line_121(seed_report):
    items = rows(seed_report, "114-13", "execution")
    assert items["item_no"].tolist() == [1, 2, 3, 4, 5, 6]
    assert items["source_line"].tolist() == [103, 103, 103, 121, 121, 121]
    assert items["text"][3].startswith("促進機關間資訊單位技術與經驗交流")
    assert items["text"][5].startswith("擴大跨機關資料傳輸服務，T-Road介接政府業務")
    # Line 121's empty targets and attainment cells do not touch 114-13's other sections.
    for section in ("targets", "attainment"):
        assert set(rows(seed_report, "114-13", section)["source_line"]) == {103}
    assert set(seed_report.items.loc[seed_report.items["plan_id"] == "114-14", "source_line"]) == {
        110,
        122,
    }


def test_114_11_attainment_has_a_lead_sentence(seed_report):
    items = rows(seed_report, "114-11", "attainment")
    assert items["item_no"].tolist() == [0, 1, 2, 3]
    assert items["marker"].tolist() == ["", "1.", "2.", "3."]
    assert items["text"][0] == "辦理總統盃黑客松國際松1場次："
    assert items["text"][1] == "完成徵件宣傳活動，共徵集87件提案。"
    assert seed_report.plan("淨零")["n_attainment"] == 3


def test_114_14_execution_item_3_has_sub_items_and_ssg3_0_is_no_marker(seed_report):
    items = rows(seed_report, "114-14", "execution")
    assert list(zip(items["item_no"], items["sub_item_no"], items["marker"], strict=True)) == [
        (1, 0, "1."),
        (2, 0, "2."),
        (3, 0, "3."),
        (3, 1, "(1)"),
        (3, 2, "(2)"),
        (3, 3, "(3)"),
        (3, 4, "(4)"),
    ]
    assert items["text"][2] == "厚植政府資訊系統運作韌性："
    assert items["text"][6] == "完成建置SSG3.0智能客服追蹤方案的AI對話服務回饋系統。"
    folded = seed_report.section_items("114-14", "execution")[2]
    assert folded.startswith("厚植政府資訊系統運作韌性：(1) 完成民生關鍵資訊系統背景資料盤點22項。")
    targets = seed_report.section_items("114-14", "targets")
    assert targets[5] == "建置SSG3.0智能客服追蹤方案的AI對話服務回饋系統。"


def test_folded_items_keep_the_item_numbers_and_source_lines(seed_report):
    """``folded_items`` (used by the engine) is ``section_items`` with numbers and lines."""
    for plan_id, section in (("114-14", "execution"), ("114-11", "attainment")):
        folded = seed_report.folded_items(plan_id, section)
        assert [item.text for item in folded] == seed_report.section_items(plan_id, section)
        top = rows(seed_report, plan_id, section).query("sub_item_no == 0")
        assert [(item.item_no, item.source_line) for item in folded] == list(
            zip(top["item_no"], top["source_line"], strict=True)
        )
    assert [item.item_no for item in seed_report.folded_items("114-14", "execution")] == [1, 2, 3]


@pytest.mark.parametrize(
    ("plan_id", "section", "number", "decoy"),
    [
        ("114-06", "attainment", 1, "112-113年度"),
        ("114-02", "attainment", 1, "3、4級"),
        ("114-07", "execution", 5, "FR3(7-24 GHz)"),
        ("114-01", "targets", 2, "5G O-RAN/SA"),
    ],
)
def test_decoy_numbers_stay_inside_their_item(seed_report, plan_id, section, number, decoy):
    assert decoy in seed_report.section_items(plan_id, section)[number - 1]


def test_wrapped_names_and_periods(seed_report):
    assert seed_report.plan("114-11")["name"] == "數位跨域創新淨零先期計畫"
    assert seed_report.plan("114-12")["name"] == "AI網路主動式防禦關鍵技術研究計畫"
    assert seed_report.plan("114-13")["name"] == "服務型智慧政府2.0推動計畫"
    assert seed_report.plan("114-11")["period_text"] == "114年1月至114年12月"
    assert not seed_report.plans["period_text"].str.contains(r"\s").any()


def test_periods_and_gregorian_dates(seed_report):
    plan = seed_report.plan("114-13")
    assert (plan["start_roc_year"], plan["start_month"], plan["end_roc_year"]) == (110, 1, 114)
    assert plan["start_date"] == pd.Timestamp("2021-01-01")
    assert plan["end_date"] == pd.Timestamp("2025-12-31")
    assert seed_report.plan("114-02")["end_date"] == pd.Timestamp("2028-12-31")


def test_seed_has_no_findings_and_no_notes(seed_report):
    # executed <= appropriated <= total and every period covers 114 in the printed report
    assert seed_report.findings == []
    assert seed_report.notes == []


def test_seed_metadata_and_hash(seed_report, seed_path):
    assert seed_report.sha256 == hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert seed_report.source_path == seed_path
    assert seed_report.gregorian_year == 2025


def test_parsed_frames_follow_the_registry():
    report = parse_report(paths.BUNDLED_REPORT)
    for table, frame in (
        ("plans", report.plans),
        ("items", report.items),
        ("findings", report.findings_frame),
    ):
        assert list(frame.columns) == schema.columns(table)
        for f in schema.fields(table):
            assert str(frame[f.name].dtype) == f.dtype, f"{table}.{f.name}"
