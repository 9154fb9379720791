"""The parser on tiny inline reports: one layout case per test."""

from __future__ import annotations

import pandas as pd
import pytest

from govplans import parse_report
from govplans.model.text import remove_wrap_spaces
from govplans.read.amounts import parse_amount, parse_period
from govplans.read.cells import split_items

SECOND = "第二推動計畫"
THIRD = "第三推動計畫"


def items_of(report, key: str, section: str) -> list[str]:
    return report.section_items(report.resolve_plan_id(key), section)


def item_rows(report, key: str, section: str) -> pd.DataFrame:
    items = report.items
    rows = items[(items["plan_id"] == report.resolve_plan_id(key)) & (items["section"] == section)]
    return rows.reset_index(drop=True)


def split(*cells: str) -> list[tuple[int, int, str, str, list[int]]]:
    """split_items on fragments from lines 1, 2, …: (item, sub-item, marker, text, lines)."""
    fragments = [(cell, line) for line, cell in enumerate(cells, start=1)]
    return [(i.item_no, i.sub_item_no, i.marker, i.text, i.lines) for i in split_items(fragments)]


# --- page halves -------------------------------------------------------------------------------


def test_right_rows_belong_to_the_left_plans_in_order(layout, parse_text):
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫"), layout.left(name="乙計畫")],
                [
                    layout.right("<p>甲執行。</p>", "<p>甲目標。</p>", "<p>甲達成。</p>"),
                    layout.right("<p>乙執行。</p>", "<p>乙目標。</p>", "<p>乙達成。</p>"),
                ],
            ),
            (
                [layout.left(name="丙計畫")],
                [layout.right("<p>丙執行。</p>", "<p>丙目標。</p>", "<p>丙達成。</p>")],
            ),
        ]
    )
    report = parse_text(text)
    assert list(report.plans["name"]) == ["甲計畫", "乙計畫", "丙計畫"]
    for name in ("甲", "乙", "丙"):
        assert items_of(report, f"{name}計畫", "execution") == [f"{name}執行。"]
        assert items_of(report, f"{name}計畫", "targets") == [f"{name}目標。"]
        assert items_of(report, f"{name}計畫", "attainment") == [f"{name}達成。"]
    plan = report.plan("乙計畫")
    assert plan["source_line"] == layout.line_of(text, "乙計畫")
    assert (
        plan["source_lines"] == f"{layout.line_of(text, '乙計畫')},{layout.line_of(text, '乙執行')}"
    )
    assert report.notes == []


def test_left_continuation_row_with_six_empty_cells(layout, parse_text):
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫", planned="<p>1. 辦理甲。</p> <p>2. 辦理乙。</p>")],
                [layout.right()],
            ),
            (
                [layout.continuation("<p>3. 辦理丙。</p>"), layout.left(name="乙計畫")],
                [layout.right()],
            ),
        ]
    )
    report = parse_text(text)
    assert len(report.plans) == 2
    assert items_of(report, "甲計畫", "planned_work") == ["辦理甲。", "辦理乙。", "辦理丙。"]
    assert items_of(report, "乙計畫", "planned_work") == ["辦理計畫工作。"]
    cont = layout.line_of(text, "辦理丙")
    assert item_rows(report, "甲計畫", "planned_work")["source_line"].tolist()[-1] == cont
    assert str(cont) in report.plan("甲計畫")["source_lines"].split(",")
    assert report.plan("甲計畫")["n_planned_work"] == 3


def test_right_continuation_with_leading_empty_cells(layout, parse_text):
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫")],
                [layout.right(attainment="<p>1. 達成甲。</p> <p>2. 達成乙。</p>")],
            ),
            (
                [layout.left(name="乙計畫")],
                ["\t\t3. 達成丙。 4. 達成丁。", layout.right(attainment="<p>乙達成。</p>")],
            ),
        ]
    )
    report = parse_text(text)
    assert items_of(report, "甲計畫", "attainment") == [
        "達成甲。",
        "達成乙。",
        "達成丙。",
        "達成丁。",
    ]
    assert items_of(report, "甲計畫", "execution") == ["已完成計畫工作。"]
    assert items_of(report, "乙計畫", "attainment") == ["乙達成。"]
    own, cont = layout.line_of(text, "達成甲"), layout.line_of(text, "達成丙")
    assert own < cont
    rows = item_rows(report, "甲計畫", "attainment")
    assert rows["source_line"].tolist() == [own, own, cont, cont]
    assert report.plan("甲計畫")["source_lines"].endswith(f",{cont}")


def test_right_continuation_as_one_more_row_than_new_plans(layout, parse_text):
    """The previous plan's execution text goes on; its other cells are empty (cf. seed line 121)."""
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫")],
                [layout.right(execution="<p>1. 執行甲。</p> <p>2. 執行乙。</p>")],
            ),
            (
                [layout.left(name="乙計畫"), layout.left(name="丙計畫")],
                [
                    "<p>3. 執行丙。</p>\t\t",
                    layout.right(execution="<p>乙執行。</p>"),
                    layout.right(execution="<p>丙執行。</p>"),
                ],
            ),
        ]
    )
    report = parse_text(text)
    assert items_of(report, "甲計畫", "execution") == ["執行甲。", "執行乙。", "執行丙。"]
    assert items_of(report, "乙計畫", "execution") == ["乙執行。"]
    assert items_of(report, "丙計畫", "execution") == ["丙執行。"]
    assert items_of(report, "甲計畫", "targets") == ["辦理說明會2場次。"]
    assert report.plan("甲計畫")["n_execution"] == 3


def test_continuation_mid_sentence_joins_the_previous_item(layout, parse_text):
    text = layout.text(
        [
            (
                [
                    layout.left(
                        name="甲計畫",
                        planned="<ol><li>1. 建置載具。</li> <li>2. 完成操作流程與安全</li></ol>",
                    )
                ],
                [layout.right()],
            ),
            (
                [layout.continuation("<p>機制驗證，提供實驗環境。</p> <p>3. 規劃架構。</p>")],
                [],
            ),
        ]
    )
    report = parse_text(text)
    assert items_of(report, "甲計畫", "planned_work") == [
        "建置載具。",
        "完成操作流程與安全機制驗證，提供實驗環境。",
        "規劃架構。",
    ]
    rows = item_rows(report, "甲計畫", "planned_work")
    first, cont = layout.line_of(text, "建置載具"), layout.line_of(text, "機制驗證")
    assert rows["source_lines"].tolist() == [f"{first}", f"{first},{cont}", f"{cont}"]
    assert rows["marker"].tolist() == ["1.", "2.", "3."]


def test_continuation_starting_with_the_next_item(layout, parse_text):
    text = layout.text(
        [
            ([layout.left(name="甲計畫", planned="1. 辦理甲。 2. 辦理乙。")], [layout.right()]),
            ([layout.continuation("3. 辦理丙。")], []),
        ]
    )
    report = parse_text(text)
    assert items_of(report, "甲計畫", "planned_work") == ["辦理甲。", "辦理乙。", "辦理丙。"]


# --- item splitting ----------------------------------------------------------------------------


def test_ol_list_items():
    cell = '<ol style="list-style-type: none"> <li>1. 甲。</li> <li>2. 乙。</li> </ol>'
    assert split(cell) == [(1, 0, "1.", "甲。", [1]), (2, 0, "2.", "乙。", [1])]


def test_paragraph_items():
    assert split("<p>1. 甲。</p> <p>2. 乙。</p> <p>3. 丙。</p>") == [
        (1, 0, "1.", "甲。", [1]),
        (2, 0, "2.", "乙。", [1]),
        (3, 0, "3.", "丙。", [1]),
    ]


def test_inline_items_in_one_paragraph():
    assert split("<p>1. 完成甲。 2. 完成乙。</p>") == [
        (1, 0, "1.", "完成甲。", [1]),
        (2, 0, "2.", "完成乙。", [1]),
    ]
    assert split("1.甲；2.乙") == [(1, 0, "1.", "甲；", [1]), (2, 0, "2.", "乙", [1])]


def test_sub_items_belong_to_their_item():
    cell = "<p>1. 甲。</p> <p>2. 厚植韌性：</p> <p>(1) 盤點22項。</p> <p>(2) 培養12名。</p>"
    cell += " <p>3. 丙。</p>"
    assert split(cell) == [
        (1, 0, "1.", "甲。", [1]),
        (2, 0, "2.", "厚植韌性：", [1]),
        (2, 1, "(1)", "盤點22項。", [1]),
        (2, 2, "(2)", "培養12名。", [1]),
        (3, 0, "3.", "丙。", [1]),
    ]
    assert split("1. 甲 (1) 子 (2) 子 2. 乙 (1) 子") == [
        (1, 0, "1.", "甲", [1]),
        (1, 1, "(1)", "子", [1]),
        (1, 2, "(2)", "子", [1]),
        (2, 0, "2.", "乙", [1]),
        (2, 1, "(1)", "子", [1]),
    ]


def test_cell_numbered_only_with_parentheses():
    """``(1) … (2) …`` with no ``1.`` items are the top-level items, in any block layout."""
    expected = [(1, 0, "(1)", "甲。", [1]), (2, 0, "(2)", "乙。", [1]), (3, 0, "(3)", "丙。", [1])]
    assert split("(1) 甲。 (2) 乙。 (3) 丙。") == expected
    assert split("<p>(1) 甲。</p> <p>(2) 乙。</p> <p>(3) 丙。</p>") == expected
    assert split("<p>說明：</p> <p>（1）甲。</p> <p>（2）乙。</p>") == [
        (0, 0, "", "說明：", [1]),
        (1, 0, "（1）", "甲。", [1]),
        (2, 0, "（2）", "乙。", [1]),
    ]


def test_lead_sentence_before_item_one():
    assert split("<p>辦理國際松1場次： 1. 完成徵件。 2. 完成諮詢。</p>") == [
        (0, 0, "", "辦理國際松1場次：", [1]),
        (1, 0, "1.", "完成徵件。", [1]),
        (2, 0, "2.", "完成諮詢。", [1]),
    ]


def test_unnumbered_paragraphs_are_numbered_in_order():
    assert split("<p>甲。</p> <p>乙。</p>") == [(1, 0, "", "甲。", [1]), (2, 0, "", "乙。", [1])]
    assert split("輔導電信事業強化韌性。") == [(1, 0, "", "輔導電信事業強化韌性。", [1])]


@pytest.mark.parametrize(
    "decoy",
    [
        "服務型智慧政府2.0 推動",
        "SSG3.0智能客服",
        "維運112-113年度建置之站點",
        "未發生3、4級資安事件",
        "5G O-RAN/SA基地臺",
        "FR3(7-24 GHz)頻段",
        "版本 2.0 上線",
        "第(2)階段",
        "共 3. 5 億",
    ],
)
def test_numbers_that_are_not_item_markers(decoy):
    assert split(f"1. 完成{decoy}。 2. 辦理乙。") == [
        (1, 0, "1.", f"完成{decoy}。", [1]),
        (2, 0, "2.", "辦理乙。", [1]),
    ]
    assert split(f"<p>{decoy}</p>") == [(1, 0, "", decoy, [1])]


def test_markup_and_entities_are_not_text():
    assert split("<p>1. 甲&amp;乙&lt;丙&gt;</p> <p>2. <strong>丁</strong></p>") == [
        (1, 0, "1.", "甲&乙<丙>", [1]),
        (2, 0, "2.", "丁", [1]),
    ]


# --- plan fields -------------------------------------------------------------------------------


def test_wrap_spaces_removed_from_names_and_periods_latin_spaces_kept(layout, parse_text):
    text = layout.text(
        [
            (
                [
                    layout.left(name="數位跨域創新淨零先 期計畫", period="114年1月至 114年12月"),
                    layout.left(name="5G O-RAN SA 驗證 平臺計畫", period="112年 1月至115年12 月"),
                    layout.left(name="服務型智慧政府2.0 推動計畫"),
                ],
                [layout.right()] * 3,
            )
        ]
    )
    plans = parse_text(text).plans
    assert plans["name"].tolist() == [
        "數位跨域創新淨零先期計畫",
        "5G O-RAN SA驗證平臺計畫",
        "服務型智慧政府2.0推動計畫",
    ]
    assert plans["period_text"].tolist()[:2] == ["114年1月至114年12月", "112年1月至115年12月"]
    assert remove_wrap_spaces("Digital  Innovation for 韌性") == "Digital Innovation for韌性"


def test_amounts_and_roc_periods_become_numbers_and_gregorian_dates(layout, parse_text):
    text = layout.text(
        [
            (
                [
                    layout.left(
                        name="甲計畫",
                        period="110年1月至114年12月",
                        total="1,549,044",
                        appropriated="914,731",
                        executed="2,791",
                    ),
                    layout.left(name="乙計畫", period="113年2月至115年2月", total="987"),
                ],
                [layout.right()] * 2,
            )
        ]
    )
    plans = parse_text(text).plans
    first, second = plans.iloc[0], plans.iloc[1]
    assert (first["total_budget_thousand_twd"], first["appropriated_thousand_twd"]) == (
        1_549_044,
        914_731,
    )
    assert first["executed_thousand_twd"] == 2_791
    assert second["total_budget_thousand_twd"] == 987
    assert (first["start_roc_year"], first["start_month"]) == (110, 1)
    assert (first["end_roc_year"], first["end_month"]) == (114, 12)
    assert first["start_date"] == pd.Timestamp("2021-01-01")
    assert first["end_date"] == pd.Timestamp("2025-12-31")
    assert second["start_date"] == pd.Timestamp("2024-02-01")
    assert second["end_date"] == pd.Timestamp("2026-02-28")
    assert str(plans["start_date"].dtype).startswith("datetime64")
    assert plans["total_budget_thousand_twd"].dtype == "float64"  # exact to the yuan


def test_amount_and_period_parsers():
    assert parse_amount("1,549,044") == 1_549_044
    assert parse_amount(" 0 ") == 0
    assert parse_period("113年1月至115年12月") == (113, 1, 115, 12)
    assert parse_period("99年7月至 100年6月") == (99, 7, 100, 6)


def test_category_is_read_from_the_cell(layout, parse_text):
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫", category="社 會 發 展"), layout.left()],
                [layout.right()] * 2,
            )
        ]
    )
    assert parse_text(text).plans["category"].tolist() == ["社會發展", "科技發展"]


# --- document metadata -------------------------------------------------------------------------


def test_agency_year_and_unit_are_read_from_the_document(make_report_text, parse_text):
    report = parse_text(make_report_text(4, agency="國家發展委員會", fiscal_year=113))
    assert report.agency == "國家發展委員會"
    assert report.fiscal_year == 113
    assert report.gregorian_year == 2024
    assert report.unit == "新臺幣千元"
    assert report.plans["plan_id"].tolist() == ["113-01", "113-02", "113-03", "113-04"]
    assert report.items["plan_id"].str.startswith("113-").all()
    assert report.notes == []


def test_another_unit_is_read_and_converted_to_thousands(make_report_text, parse_text):
    text = make_report_text(2, unit="新臺幣萬元", agency="法務部", fiscal_year=115)
    report = parse_text(text)
    assert (report.agency, report.fiscal_year, report.unit) == ("法務部", 115, "新臺幣萬元")
    printed = parse_text(make_report_text(2)).plans["total_budget_thousand_twd"]
    assert (report.plans["total_budget_thousand_twd"] == printed * 10).all()


@pytest.mark.parametrize(
    ("unit", "factor"), [("新臺幣千元", 1), ("新臺幣萬元", 10), ("新臺幣百萬元", 1000)]
)
def test_amounts_are_converted_from_the_printed_unit(layout, parse_text, unit, factor):
    text = layout.text([([layout.left(total="1,234")], [layout.right()])], unit=unit)
    report = parse_text(text)
    assert report.unit == unit
    assert report.plans["total_budget_thousand_twd"].tolist() == [1_234 * factor]


def test_seed_metadata(seed_report):
    assert (seed_report.agency, seed_report.fiscal_year, seed_report.unit) == (
        "數位發展部",
        114,
        "新臺幣千元",
    )


@pytest.mark.parametrize(("crlf", "bom"), [(True, False), (False, True), (True, True)])
def test_crlf_and_bom_parse_like_plain_text(make_report_text, parse_text, crlf, bom):
    text = make_report_text(5)
    plain = parse_text(text, name="plain.txt")
    other = parse_text(text, name="other.txt", crlf=crlf, bom=bom)
    assert other.agency == plain.agency == "測試發展部"
    pd.testing.assert_frame_equal(other.plans, plain.plans)
    pd.testing.assert_frame_equal(other.items, plain.items)
    assert other.line_roles == plain.line_roles


# --- ids and look-up ---------------------------------------------------------------------------


def test_plan_ids_follow_report_order(make_report_text, parse_text):
    report = parse_text(make_report_text(12))
    assert report.plans["plan_id"].tolist() == [f"114-{n:02d}" for n in range(1, 13)]
    assert report.plans["seq"].tolist() == list(range(1, 13))
    assert set(report.items["plan_id"]) == set(report.plans["plan_id"])


def test_look_up_by_id_and_unique_name_part(layout, parse_text):
    text = layout.text(
        [
            (
                [
                    layout.left(name="衛星上鏈計畫"),
                    layout.left(name="衛星驗證計畫"),
                    layout.left(name="黑客松計畫"),
                ],
                [layout.right()] * 3,
            )
        ]
    )
    report = parse_text(text)
    assert report.plan("114-02")["name"] == "衛星驗證計畫"
    assert report.plan("黑客松")["plan_id"] == "114-03"
    assert report.resolve_plan_id("上鏈") == "114-01"
    with pytest.raises(KeyError, match="2 plans"):
        report.plan("衛星")
    with pytest.raises(KeyError, match="no plan"):
        report.plan("海纜")
    with pytest.raises(KeyError):
        report.plan("114-09")


def test_a_full_name_inside_a_longer_name_still_resolves(tmp_path):
    from govplans.testing.synthetic import SyntheticPlan, write_report

    source = write_report(
        tmp_path / "names.txt", [SyntheticPlan(name="衛星計畫"), SyntheticPlan(name="低軌衛星計畫")]
    )
    report = parse_report(source)
    assert report.resolve_plan_id("衛星計畫") == "114-01"
    assert report.resolve_plan_id("低軌") == "114-02"
    with pytest.raises(KeyError, match="matches 2 plans"):
        report.resolve_plan_id("衛星")


def test_synthetic_reports_use_every_continuation_form(make_report_text, parse_text):
    """The generator (tests, benchmark) breaks plans over pages in both forms of the seed."""
    text = make_report_text(12, plans_per_page=3)
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    right = [cells for cells in rows if len(cells) == 3]
    left_cont = [cells[6] for cells in rows if len(cells) == 7 and not cells[0]]
    assert any(not cells[0] and not cells[1] and cells[2] for cells in right)  # cf. line 78
    assert any(cells[0] and not cells[1] and not cells[2] for cells in right)  # cf. line 121
    assert any(cell.startswith("<p>3. ") for cell in left_cont)  # the next item
    assert any(not cell[3].isdigit() for cell in left_cont)  # mid-sentence, cf. line 88
    report = parse_text(text)
    assert len(report.plans) == 12 and report.notes == []
    assert report.items["source_lines"].str.contains(",").any()
