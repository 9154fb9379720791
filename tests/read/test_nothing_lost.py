"""Nothing is lost from the seed: every character of every cell (markup and whitespace aside)
ends up in exactly one field or item, in order, and every non-blank line is accounted for."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from govplans import parse_report
from govplans.model.values import amount_value

TAG = re.compile(r"<[^<>]+>")
LEFT_FIELDS = ("name", "category", "period_text", "total", "appropriated", "executed")
RIGHT_SECTIONS = ("execution", "targets", "attainment")

#: Page furniture of the seed, read off the report (whitespace removed).
SEED_FURNITURE = {
    "#數位發展部",
    "數位發",
    "展部",
    "中華民國114年度",
    "中華民國",
    "114年度",
    "重要社會發展、重大科技發展計畫",
    "重要社會發展、重大科技發展",
    "執行情形及目標達成情形表",
    "計畫執行情形及目標達成情形表",
    "單位：新臺幣千元",
    "本頁空白",
}
HEADERS = ("計畫名稱", "本年度執行情形說明")


def bare(text: str) -> str:
    """Text without markup, entities or whitespace: what must survive parsing."""
    return "".join(html.unescape(TAG.sub("", text)).split())


def is_row(line: str) -> bool:
    return "\t" in line and bare(line.split("\t")[0]) not in HEADERS


def source_groups(seed_report, seed_lines) -> dict[tuple[str, str], str]:
    """(plan id, field or section) -> the bare text of its cells, in line order."""
    groups: dict[tuple[str, str], str] = {}
    for plan in seed_report.plans.itertuples():
        for number in map(int, plan.source_lines.split(",")):
            cells = seed_lines[number].split("\t")
            if len(cells) == 7:
                named = list(zip(LEFT_FIELDS, cells[:6], strict=True))
                named.append(("planned_work", cells[6]))
            else:
                assert len(cells) == 3, number
                named = list(zip(RIGHT_SECTIONS, cells, strict=True))
            for key, cell in named:
                if bare(cell):
                    groups[plan.plan_id, key] = groups.get((plan.plan_id, key), "") + bare(cell)
    return groups


def parsed_groups(seed_report) -> dict[tuple[str, str], str]:
    """The same groups rebuilt from the parsed plans and items (markers included)."""
    groups: dict[tuple[str, str], str] = {}
    columns = {
        "total": "total_budget_thousand_twd",
        "appropriated": "appropriated_thousand_twd",
        "executed": "executed_thousand_twd",
    }
    for plan in seed_report.plans.to_dict("records"):
        for key in LEFT_FIELDS:
            value = plan[columns[key]] if key in columns else plan[key]
            text = f"{amount_value(value):,}" if key in columns else value
            groups[plan["plan_id"], key] = bare(text)
    for item in seed_report.items.itertuples():
        key = (item.plan_id, item.section)
        groups[key] = groups.get(key, "") + bare(item.marker + item.text)
    return groups


def test_every_cell_character_lands_in_its_field_or_item_in_order(seed_report, seed_lines):
    source, parsed = source_groups(seed_report, seed_lines), parsed_groups(seed_report)
    assert source.keys() == parsed.keys()
    for key, text in source.items():
        assert parsed[key] == text, key


def test_all_cells_together_equal_all_fields_and_items(seed_report, seed_lines):
    """Multiset check over the whole report: nothing dropped, nothing counted twice."""
    from_cells = Counter()
    for line in seed_lines.values():
        if is_row(line):
            from_cells.update("".join(bare(cell) for cell in line.split("\t")))
    from_parse = Counter()
    for text in parsed_groups(seed_report).values():
        from_parse.update(text)
    assert from_cells == from_parse
    assert sum(from_cells.values()) > 10_000  # not vacuous: the seed's cells hold ~11,000


def test_every_row_line_belongs_to_exactly_one_plan(seed_report, seed_lines):
    row_lines = {number for number, line in seed_lines.items() if is_row(line)}
    used = [int(n) for value in seed_report.plans["source_lines"] for n in value.split(",")]
    assert len(used) == len(set(used))
    assert set(used) == row_lines
    assert len(row_lines) == 31  # 15 left rows (one a continuation) + 16 right rows


def test_every_line_has_a_role_and_none_is_left_over(seed_report, seed_lines):
    roles = seed_report.line_roles
    assert set(roles) == set(seed_lines)
    assert set(roles.values()) <= {"blank", "furniture", "header", "row"}
    assert seed_report.notes == []
    for number, line in seed_lines.items():
        if not line.strip():
            expected = "blank"
        elif is_row(line):
            expected = "row"
        elif "\t" in line:
            expected = "header"
        else:
            expected = "furniture"
            assert bare(line) in SEED_FURNITURE, (number, line)
        assert roles[number] == expected, (number, line)


@pytest.mark.parametrize(
    ("plan_id", "section", "needle"),
    [("114-10", "planned_work", "安全機制驗證"), ("114-07", "attainment", "12.完成提出FR3")],
)
def test_joins_across_page_breaks_are_seamless(seed_report, seed_lines, plan_id, section, needle):
    assert needle in parsed_groups(seed_report)[plan_id, section]
    assert needle in source_groups(seed_report, seed_lines)[plan_id, section]


def test_unknown_text_outside_tables_is_kept_as_a_note(seed_path, write_text):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    lines.insert(12, "註：本表數據為初步統計。")
    report = parse_report(write_text("\n".join(lines)))
    assert report.notes == [(13, "註：本表數據為初步統計。")]
    assert report.line_roles[13] == "note"
