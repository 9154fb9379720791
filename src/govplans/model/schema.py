"""The one schema registry: every column's name, dtype, unit, labels and description.

Tables, exports (CSV headers, ``datapackage.json``) and the generated data dictionary
(``docs/data_dictionary.md``) are all driven from :data:`TABLES`, declared once at the end. To
add a column, add a :class:`Field` to the table's list here; nothing else needs to know the
column list. To add a table, declare its list and add it to :data:`TABLES`.
Units are in the names (``_thousand_twd``, ``_rate``) as in PUDL's naming conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pandas as pd

from govplans.model.vocab import AGENCY_YEAR_COUNTS


@dataclass(frozen=True)
class Field:
    """One column of one table."""

    name: str
    dtype: str  # pandas dtype: "string", "int64", "Int64", "float64", "boolean", "datetime64[ns]"
    label_zh: str
    label_en: str
    description: str
    unit: str | None = None  # e.g. "thousand TWD", "ratio (0-1)"


def _reuse(base: Field, description: str, **labels: str) -> Field:
    """``base`` in another table: its name, dtype, unit and labels, with what it means there.

    ``labels`` (``label_zh``, ``label_en``) only where the other table shows it differently.
    Each column is defined once, in the first table that has it; the others reuse it.
    """
    return replace(base, description=description, **labels)


def _named(table_fields: list[Field]) -> dict[str, Field]:
    """A table's fields by name (to reuse one in another table)."""
    return {f.name: f for f in table_fields}


# Frictionless Table Schema type for each pandas dtype.
FRICTIONLESS_TYPES = {
    "string": "string",
    "int64": "integer",
    "Int64": "integer",
    "float64": "number",
    "boolean": "boolean",
    "datetime64[ns]": "date",
}

#: Amounts: float64 in thousand TWD, exact to the yuan (3 decimals; 1,234,567,890 元 =
#: 1234567.89), whole numbers for a report printed in 千元 or 萬元 with one decimal.
THOUSAND_TWD = "thousand TWD"
RATIO = "ratio (0-1)"

PLANS: list[Field] = [
    Field(
        "plan_id",
        "string",
        "計畫代碼",
        "Plan ID",
        "Stable id in report order: `{fiscal_year}-{seq:02d}` (e.g. 114-01).",
    ),
    Field("seq", "int64", "序號", "Sequence", "Position of the plan in the report, from 1."),
    Field(
        "name",
        "string",
        "計畫名稱",
        "Plan name",
        "計畫名稱, with the spaces inserted by line wrapping removed.",
    ),
    Field(
        "category",
        "string",
        "計畫類型",
        "Category",
        "計畫類型: 社會發展 (social development) or 科技發展 (science and technology).",
    ),
    Field(
        "period_text",
        "string",
        "計畫期程",
        "Period (as printed)",
        "計畫期程 as printed, wrap spaces removed (e.g. 113年1月至115年12月).",
    ),
    Field(
        "period_form",
        "string",
        "期程寫法",
        "Period form",
        "How 計畫期程 was printed: year_month (113年1月至115年12月), year_month_day "
        "(113年7月1日至116年6月30日), years (113年度至116年度, 113-116年: January to December), "
        "year (114年度), months_in_year (114年1月至12月), numeric (113.01-116.12, "
        "113/01-116/12); gregorian_ before it for Gregorian years (converted to ROC). Empty "
        "when the period could not be read (a period_unreadable finding; start and end empty).",
    ),
    Field(
        "start_roc_year",
        "Int64",
        "起始年度（民國）",
        "Start year (ROC)",
        "First year of the plan period, ROC calendar (114 = 2025); empty where 計畫期程 could "
        "not be read (so are the month and the dates).",
    ),
    Field("start_month", "Int64", "起始月份", "Start month", "First month of the plan period."),
    Field(
        "end_roc_year",
        "Int64",
        "結束年度（民國）",
        "End year (ROC)",
        "Last year of the plan period, ROC calendar.",
    ),
    Field("end_month", "Int64", "結束月份", "End month", "Last month of the plan period."),
    Field(
        "start_date",
        "datetime64[ns]",
        "起始日期",
        "Start date",
        "First day of the plan period, Gregorian calendar.",
    ),
    Field(
        "end_date",
        "datetime64[ns]",
        "結束日期",
        "End date",
        "Last day of the plan period, Gregorian calendar.",
    ),
    Field(
        "total_budget_thousand_twd",
        "float64",
        "計畫核定總經費",
        "Total approved budget",
        "計畫核定總經費: total approved budget over the whole plan period. "
        "Exact to the yuan: up to 3 decimals when the report prints 元.",
        THOUSAND_TWD,
    ),
    Field(
        "appropriated_thousand_twd",
        "float64",
        "截至本年度已編列預算數",
        "Appropriated to date",
        "截至本年度已編列預算數: budget appropriated up to and including this fiscal year. "
        "Exact to the yuan: up to 3 decimals when the report prints 元.",
        THOUSAND_TWD,
    ),
    Field(
        "executed_thousand_twd",
        "float64",
        "截至本年底止累計執行數",
        "Executed to date",
        "截至本年底止累計執行數: cumulative amount executed to the end of this fiscal year. "
        "Exact to the yuan: up to 3 decimals when the report prints 元.",
        THOUSAND_TWD,
    ),
    Field(
        "n_planned_work",
        "int64",
        "預定工作項數",
        "Planned-work items",
        "Number of top-level items in 本年度預定工作摘要.",
    ),
    Field(
        "n_execution",
        "int64",
        "執行情形項數",
        "Execution items",
        "Number of top-level items in 本年度執行情形說明.",
    ),
    Field(
        "n_targets",
        "int64",
        "績效目標項數",
        "Targets",
        "Number of top-level items in 績效目標及本年度目標值.",
    ),
    Field(
        "n_attainment",
        "int64",
        "達成說明項數",
        "Attainment items",
        "Number of top-level items in 年度績效目標已達成或未達成之說明.",
    ),
    Field(
        "source_line",
        "Int64",
        "來源行號",
        "Source line",
        "Line of the source file where the plan's left-half row starts (extracted-text "
        "sources; empty for a PDF).",
    ),
    Field(
        "source_lines",
        "string",
        "所有來源行號",
        "All source lines",
        "Every source line the plan's cells came from (left row, right row, continuations), "
        "comma-separated, in order (extracted-text sources).",
    ),
    Field(
        "source_page",
        "Int64",
        "來源頁",
        "Source page",
        "PDF page (1-based) where the plan's left-half row starts (PDF sources; empty for "
        "extracted text).",
    ),
    Field(
        "source_pages",
        "string",
        "所有來源頁",
        "All source pages",
        "Every PDF page the plan's cells came from, comma-separated, in order (PDF sources).",
    ),
    Field(
        "printed_pages",
        "string",
        "印刷頁碼",
        "Printed page numbers",
        "The page numbers printed on those pages, comma-separated, where the pages show one.",
    ),
]

_PLANS = _named(PLANS)
#: The three amounts as printed, in report order.
_AMOUNTS = [
    _PLANS[name]
    for name in ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")
]
#: ``plan_id`` where a row belongs to a plan of ``plans``.
_PLAN_REF = _reuse(_PLANS["plan_id"], "The plan.")

ITEMS: list[Field] = [
    _reuse(_PLANS["plan_id"], "The plan the item belongs to."),
    Field(
        "section",
        "string",
        "欄位",
        "Section",
        "Which text column: planned_work (本年度預定工作摘要), execution (本年度執行情形說明), "
        "targets (績效目標及本年度目標值) or attainment (年度績效目標已達成或未達成之說明).",
    ),
    Field(
        "item_no",
        "int64",
        "項次",
        "Item number",
        "Top-level item number as printed (1, 2, …; 一 = 1, 十一 = 11); 0 for a lead sentence "
        "before item 1; 1 for an unnumbered single item.",
    ),
    Field(
        "sub_item_no",
        "int64",
        "子項次",
        "Sub-item number",
        "Sub-item number within the item (`(1)` = 1 under `1.`; `(一)` or `(1)` = 1 under "
        "`一、`); 0 for the item's own text. A third level stays in its sub-item's text.",
    ),
    Field(
        "marker",
        "string",
        "編號",
        "Marker",
        "The numbering as printed (`1.`, `(2)`, `3、`, `一、`, `（二）`), empty where the text "
        "had none.",
    ),
    Field(
        "text",
        "string",
        "內容",
        "Text",
        "The item's text, markup and numbering removed, whitespace collapsed.",
    ),
    _reuse(_PLANS["source_line"], "Line where the item starts (extracted-text sources)."),
    _reuse(
        _PLANS["source_lines"],
        "Every line the item's text came from (more than one when it runs over a page break).",
    ),
    _reuse(_PLANS["source_page"], "PDF page where the item starts (PDF sources)."),
    _reuse(
        _PLANS["source_pages"],
        "Every PDF page the item's text came from (more than one across a page break).",
    ),
]

FINDINGS: list[Field] = [
    _reuse(_PLANS["plan_id"], "The plan the finding is about."),
    Field(
        "code",
        "string",
        "代碼",
        "Code",
        "executed_exceeds_appropriated, appropriated_exceeds_total, "
        "period_does_not_cover_fiscal_year, period_unreadable, read_by_ocr.",
    ),
    Field(
        "message",
        "string",
        "說明",
        "Message",
        "What was found, with the values, in zh-TW (the exports word it from the code and the "
        "plan's figures; pages in the page's language).",
    ),
    Field(
        "message_en",
        "string",
        "說明（英文）",
        "Message (English)",
        "The same in English; empty in a report read but not exported.",
    ),
    _reuse(_PLANS["source_line"], "Line of the plan's row (extracted-text sources)."),
    _reuse(_PLANS["source_page"], "PDF page of the plan's row (PDF sources)."),
]

# ----- The analysis engine's tables (govplans.analyse) -----

_STATUS_VALUES = "exceeded, met, not_met or unclear"
_NUMBERING_VALUES = (
    "numbered (the report prints a marker before each item: cited 第N項 / item N, item 0 as "
    "首句 / lead sentence), paragraphs (unnumbered paragraphs, counted 1..n: cited 第N段 / "
    "paragraph N) or one_paragraph (one unnumbered paragraph: cited by the section's name "
    "alone)"
)

PLAN_ASSESSMENT: list[Field] = [
    _reuse(_PLANS["plan_id"], "The plan (see `plans`)."),
    _PLANS["seq"],
    _reuse(_PLANS["name"], "計畫名稱 as in `plans`."),
    Field(
        "name_en",
        "string",
        "英文名稱",
        "Plan name (English)",
        "Curated English name from the annotations' `plan_names_en.csv`; the Chinese name "
        "where none is curated.",
    ),
    _reuse(_PLANS["category"], "社會發展 or 科技發展."),
    _reuse(_PLANS["period_text"], "計畫期程 as printed."),
    _reuse(_PLANS["end_roc_year"], "Last year of the plan as printed."),
    Field(
        "revised_period_text",
        "string",
        "修正後期程",
        "Revised period",
        "A revised plan period stated in the attainment or execution text (修正計畫期程, "
        "計畫執行期間修正為…), as `112年1月至116年12月` or `至116年12月` (only the end stated); "
        "empty when the text states none.",
    ),
    Field(
        "revised_start_roc_year",
        "Int64",
        "修正後起始年度（民國）",
        "Revised start year (ROC)",
        "Start year of the revised period where the text states one.",
    ),
    Field(
        "revised_start_month",
        "Int64",
        "修正後起始月份",
        "Revised start month",
        "Start month of the revised period where the text states one.",
    ),
    Field(
        "revised_end_roc_year",
        "Int64",
        "修正後結束年度（民國）",
        "Revised end year (ROC)",
        "Last year of the revised period; used for the schedule and for whether the plan has "
        "ended.",
    ),
    Field(
        "revised_end_month",
        "Int64",
        "修正後結束月份",
        "Revised end month",
        "Last month of the revised period (December where only a year is stated).",
    ),
    Field(
        "revised_period_section",
        "string",
        "修正期程出處欄位",
        "Revised period: section",
        "attainment or execution: the text that states the revised period.",
    ),
    Field(
        "revised_period_item",
        "Int64",
        "修正期程出處項次",
        "Revised period: item",
        "Item number (as printed) that states the revised period.",
    ),
    Field(
        "revised_period_numbering",
        "string",
        "修正期程出處編號方式",
        "Revised period: numbering",
        f"How the report numbers that section: {_NUMBERING_VALUES}.",
    ),
    Field(
        "revised_period_evidence",
        "string",
        "修正期程原文",
        "Revised period: agency's words",
        "The phrase that states the revised period, as written.",
    ),
    Field(
        "schedule_basis",
        "string",
        "期程計算依據",
        "Schedule basis",
        "The period the schedule measures (and the pace note) are computed on: printed "
        "(計畫期程 as printed, the span the money was appropriated over, even where the text "
        "states a revised period: its share is in the revised_* columns), revised (the printed "
        "period could not be read: the revised period the text states, its start where stated, "
        "else the printed start, to its end), unknown (neither gives a start and an end: the "
        "schedule measures are empty).",
    ),
    Field(
        "months_total",
        "Int64",
        "計畫總月數",
        "Months in period",
        "Months of the period in `schedule_basis`, both ends included; empty when unknown.",
        "months",
    ),
    Field(
        "months_elapsed",
        "Int64",
        "已過月數",
        "Months elapsed",
        "Months of the period elapsed at the end of the fiscal year (December), 0..months_total.",
        "months",
    ),
    *[_reuse(f, f"{f.label_zh}.") for f in _AMOUNTS],
    Field(
        "execution_rate",
        "float64",
        "累計執行率（累計執行數／已編列預算數）",
        "Cumulative execution rate (executed / appropriated to date)",
        "累計執行率: 截至本年底止累計執行數 / 截至本年度已編列預算數, both cumulative from the "
        "plan's start. Not the Legislative Yuan Budget Center's annual ratio "
        "(實現數+應付數)/預算數. Empty when nothing was appropriated.",
        RATIO,
    ),
    Field(
        "appropriation_progress_rate",
        "float64",
        "預算編列進度（已編列／核定總經費）",
        "Appropriation progress (appropriated / total)",
        "截至本年度已編列預算數 / 計畫核定總經費.",
        RATIO,
    ),
    Field(
        "schedule_elapsed_rate",
        "float64",
        "期程經過比率",
        "Schedule elapsed",
        "Share of the plan's months elapsed at the end of the fiscal year, clipped to 0..1.",
        RATIO,
    ),
    Field(
        "printed_months_total",
        "Int64",
        "原列期程總月數",
        "Months in printed period",
        "Months of the printed period (計畫期程 as printed), both ends included, whatever "
        "`schedule_basis` is; empty when it could not be read.",
        "months",
    ),
    Field(
        "printed_months_elapsed",
        "Int64",
        "原列期程已過月數",
        "Months of printed period elapsed",
        "Months of the printed period elapsed at the end of the fiscal year, "
        "0..printed_months_total.",
        "months",
    ),
    Field(
        "printed_schedule_elapsed_rate",
        "float64",
        "原列期程經過比率",
        "Printed period elapsed",
        "Share of the printed period's months elapsed at the end of the fiscal year, clipped "
        "to 0..1: the period the money was budgeted on. Equals schedule_elapsed_rate where "
        "`schedule_basis` is printed.",
        RATIO,
    ),
    Field(
        "revised_months_total",
        "Int64",
        "修正後期程總月數",
        "Months in revised period",
        "Months of the revised period the text states (its start where stated, else the "
        "printed start, to its end), both ends included; empty where it states none.",
        "months",
    ),
    Field(
        "revised_months_elapsed",
        "Int64",
        "修正後期程已過月數",
        "Months of revised period elapsed",
        "Months of the revised period elapsed at the end of the fiscal year, "
        "0..revised_months_total.",
        "months",
    ),
    Field(
        "revised_schedule_elapsed_rate",
        "float64",
        "修正後期程經過比率",
        "Revised period elapsed",
        "Share of the revised period's months elapsed at the end of the fiscal year, clipped to "
        "0..1. Information shown beside schedule_elapsed_rate: the pace note is judged on the "
        "printed period (the money was appropriated since its start) wherever it can be read.",
        RATIO,
    ),
    Field(
        "remaining_budget_thousand_twd",
        "float64",
        "核定總經費尚未編列數",
        "Approved budget not yet appropriated",
        "計畫核定總經費 − 截至本年度已編列預算數.",
        THOUSAND_TWD,
    ),
    Field(
        "unexecuted_appropriation_thousand_twd",
        "float64",
        "已編列未執行數",
        "Appropriated but unexecuted",
        "截至本年度已編列預算數 − 截至本年底止累計執行數.",
        THOUSAND_TWD,
    ),
    Field(
        "executed_equals_appropriated",
        "boolean",
        "累計執行數等於已編列預算數",
        "Executed equals appropriated",
        "Something was appropriated and the executed amount equals it to the thousand: the "
        "executed figure may include 保留數 (carried over) or 應付數 (payables), not only money "
        "spent.",
    ),
    Field("n_targets", "int64", "績效目標數", "Targets", "Number of targets."),
    Field("n_exceeded", "int64", "超越目標數", "Targets exceeded", "Targets with status exceeded."),
    Field("n_met", "int64", "達成目標數", "Targets met", "Targets with status met."),
    Field("n_not_met", "int64", "未達成目標數", "Targets not met", "Targets with status not_met."),
    Field("n_unclear", "int64", "待確認目標數", "Targets unclear", "Targets with status unclear."),
    Field(
        "n_reviewed",
        "int64",
        "已人工檢視目標數",
        "Targets reviewed",
        "Targets with a reviewed status from the annotations.",
    ),
    Field(
        "n_unquantified_targets",
        "int64",
        "未量化目標數",
        "Unquantified",
        "Targets without a number with a measure word: judged only on the agency's words.",
    ),
    Field(
        "n_targets_set_low",
        "int64",
        "可能偏低目標數",
        "Possibly set low",
        "Targets with a part achieved at least `low_target_multiple` (default 3) times its "
        "target value.",
    ),
    Field(
        "set_low_targets",
        "string",
        "目標值可能偏低之目標",
        "Targets possibly set low (indexes)",
        "Their target indexes, comma-separated.",
    ),
    Field(
        "max_achieved_ratio",
        "float64",
        "最高達成比率",
        "Highest achieved ratio",
        "The highest achieved / target value among the plan's parts counted upwards; empty "
        "when no part has both.",
        RATIO,
    ),
    Field(
        "is_deferred",
        "boolean",
        "機關說明暫緩或修正期程",
        "Deferred or re-scheduled",
        "The attainment text uses words of deferral or revision (暫緩, 延後, 未達成, 修正…期程).",
    ),
    Field(
        "verdict_auto",
        "string",
        "自動判定",
        "Verdict (automatic)",
        f"The plan's verdict from the automatic target statuses: {_STATUS_VALUES}.",
    ),
    Field(
        "verdict",
        "string",
        "判定",
        "Verdict",
        "The plan's verdict from the statuses used (reviewed where given): not_met if deferred "
        "or any target not_met, else unclear if any target unclear, else exceeded if every "
        "target exceeded, else met.",
    ),
    Field(
        "explanation",
        "string",
        "機關說明（未達成）",
        "Agency's explanation (missed targets)",
        "The agency's own words where targets were missed: the attainment items cited.",
    ),
    Field(
        "explanation_items",
        "string",
        "說明項次",
        "Explanation items",
        "Attainment item numbers of the explanation, comma-separated.",
    ),
    Field(
        "explanation_numbering",
        "string",
        "說明編號方式",
        "Explanation numbering",
        f"How the report numbers the attainment section: {_NUMBERING_VALUES}; empty when no "
        "item is cited.",
    ),
    _reuse(_PLANS["source_lines"], "As in `plans`."),
    _reuse(_PLANS["source_pages"], "As in `plans`."),
    Field(
        "flags",
        "string",
        "警示",
        "Flags",
        "Flag codes, ';'-joined (see `plan_flags`); empty when none.",
    ),
    Field(
        "severity",
        "int64",
        "嚴重度",
        "Severity",
        "Sum of the warnings' weights (execution_below_70 3, _80 2, _90 1, targets_not_met 3, "
        "targets_met_despite_low_execution 2); notes (appropriation pace, target setting) "
        "weigh 0.",
    ),
    Field(
        "attention_rank",
        "Int64",
        "優先關注順位",
        "Attention rank",
        "Order in which plans with a warning need attention: severity, then unexecuted "
        "appropriation; empty for plans without a warning.",
    ),
]

_ASSESSED = _named(PLAN_ASSESSMENT)


def _summed(base: Field) -> Field:
    """A ``portfolio`` column: a ``plan_assessment`` column summed over the scope's plans."""
    meaning = base.description.rstrip(".")
    meaning = meaning[:1].lower() + meaning[1:]
    return _reuse(base, f"Sum of `{base.name}` over the scope's plans ({meaning}).")


TARGETS: list[Field] = [
    _PLAN_REF,
    Field(
        "target_index",
        "int64",
        "目標序號",
        "Target index",
        "1-based position of the target in the plan's 績效目標及本年度目標值, report order.",
    ),
    _reuse(_named(ITEMS)["item_no"], "Item number as printed (0 for a lead)."),
    Field("text", "string", "績效目標", "Target", "The target as printed."),
    Field(
        "status_auto",
        "string",
        "自動判定",
        "Status (automatic)",
        f"Decided by the engine from the report alone: {_STATUS_VALUES}.",
    ),
    Field(
        "status_reviewed",
        "string",
        "人工檢視判定",
        "Status (reviewed)",
        "Set by an analyst in an annotations file reviewed_targets_*.csv; empty when not reviewed.",
    ),
    Field(
        "review_reason", "string", "檢視理由", "Review reason", "The analyst's reason, if reviewed."
    ),
    Field(
        "reviewed_on",
        "string",
        "檢視日期",
        "Reviewed on",
        "The day the analyst reviewed this target (ISO date), when the reviewed file says.",
    ),
    Field(
        "status", "string", "判定", "Status", "The status used: reviewed where given, else auto."
    ),
    Field(
        "status_source",
        "string",
        "判定來源",
        "Status source",
        "auto or reviewed: which one is used.",
    ),
    Field(
        "n_components",
        "int64",
        "組成項數",
        "Components",
        "Measurable components of the target (see `target_components`).",
    ),
    Field(
        "quantified",
        "boolean",
        "有量化指標",
        "Quantified",
        "The target has a number with a measure word; without one it is judged only on the "
        "agency's words.",
    ),
    Field(
        "set_low",
        "boolean",
        "目標值可能偏低",
        "Possibly set low",
        "A part was achieved at least `low_target_multiple` (default 3) times its target value: "
        "the target may have been set too low.",
    ),
    Field(
        "target_value",
        "float64",
        "目標值",
        "Target value",
        "The headline quantity (first quantified component); empty for qualitative targets.",
    ),
    Field(
        "achieved_value",
        "float64",
        "達成值",
        "Achieved value",
        "What the report says was achieved for the headline quantity; empty if not found.",
    ),
    Field("unit", "string", "單位", "Unit", "Measure word of the headline quantity (e.g. 場次)."),
    Field(
        "achieved_ratio",
        "float64",
        "達成比率",
        "Achieved ratio",
        "achieved_value / target_value.",
        RATIO,
    ),
    Field(
        "evidence_items",
        "string",
        "佐證項次（達成說明）",
        "Evidence items (attainment)",
        "Item numbers of 年度績效目標已達成或未達成之說明 used as evidence, comma-separated.",
    ),
    Field(
        "evidence_execution_items",
        "string",
        "佐證項次（執行情形）",
        "Evidence items (execution)",
        "Item numbers of 本年度執行情形說明 used as evidence, comma-separated.",
    ),
    Field(
        "evidence_numbering",
        "string",
        "佐證編號方式（達成說明）",
        "Evidence numbering (attainment)",
        "How the report numbers the plan's 年度績效目標已達成或未達成之說明, which "
        f"evidence_items (and other_item, when attainment) count: {_NUMBERING_VALUES}; empty "
        "when the plan has no such text.",
    ),
    Field(
        "evidence_execution_numbering",
        "string",
        "佐證編號方式（執行情形）",
        "Evidence numbering (execution)",
        "How the report numbers the plan's 本年度執行情形說明, which evidence_execution_items "
        f"(and other_item, when execution) count: {_NUMBERING_VALUES}; empty when the plan has "
        "no such text.",
    ),
    Field(
        "evidence_text",
        "string",
        "佐證文字",
        "Evidence text",
        "The agency's words matched, per component, '；'-joined.",
    ),
    Field(
        "target_type",
        "string",
        "目標類型",
        "Target type",
        "level, ceiling, count, cumulative, change, range, rank, deadline, binary, qualitative "
        "or compound (a target with several parts); each type has one comparison rule "
        "(docs/analysis.md).",
    ),
    Field(
        "evidence_section",
        "string",
        "對應欄位",
        "Aligned section",
        "The section of the item that decided the target (the one printing the deciding figure, "
        "date or words; the aligned attainment item when it prints the same): attainment (the "
        "agency's account of the targets) or execution; empty when nothing decided and no "
        "attainment item is aligned.",
    ),
    Field(
        "evidence_item",
        "Int64",
        "對應項次",
        "Aligned item",
        "1-based position of that item among its section's top-level items (continuation "
        "rows joined to their item).",
    ),
    Field(
        "alignment",
        "string",
        "對應方式",
        "Aligned by",
        "How the item was aligned: reference (目標1, 第1項, 本項), numbering, content (the "
        "target's words, measure word and magnitude), shared (an item naming two targets), "
        "decided (not the aligned item: the item whose figures, date or words decided), none.",
    ),
    Field(
        "other_section",
        "string",
        "另一欄位",
        "Other section",
        "The column that did not decide the target, when an item of it speaks of the target "
        "against the verdict (初步, 尚未, 辦理中 beside a target met; 已達成 or 已完成 beside one "
        "not met): "
        "execution when the attainment item decided, and the reverse; empty otherwise.",
    ),
    Field(
        "other_item",
        "Int64",
        "另一欄項次",
        "Other item",
        "That item's number as printed.",
    ),
    Field(
        "other_text",
        "string",
        "另一欄文字",
        "Other text",
        "That item's sentence about the target, as printed: the other column's account, shown "
        "beside the verdict.",
    ),
    Field(
        "decided_by",
        "string",
        "判定依據文字",
        "Decided by",
        "The words or number of the evidence that decided the status (e.g. 12場, 未達成).",
    ),
    Field(
        "decided_start",
        "Int64",
        "依據起點",
        "Decided from",
        "Character offset of decided_by in evidence_text (0-based); empty when not found.",
    ),
    Field(
        "decided_end",
        "Int64",
        "依據終點",
        "Decided to",
        "Character offset just after decided_by in evidence_text.",
    ),
    Field(
        "status_reason",
        "string",
        "判定理由",
        "Status reason",
        "Why the status: figure_compared, change_compared, rate_only, figures_short (the agency "
        "says met but its figures fall short), done_statement, not_done_statement, deadline_met, "
        "deadline_missed, agency_says_missed, agency_says_late, not_delivered (drafted, "
        "tendered), partial, deferral; for an unclear status, the unclear_reason.",
    ),
    Field(
        "unclear_reason",
        "string",
        "待確認原因",
        "Why unclear",
        "For an unclear target, what no text gave: no_figure, no_figure_or_statement, "
        "no_statement, no_aligned_item, under_way (approved or started, not delivered), "
        "no_change_figure, no_rank, result_not_published (the result measured by is not out "
        "yet), conflicting_signals, year_to_date (a count short at a month before the year's "
        "end, the year's result not reported), other_year (the figure is of an earlier year "
        "than the target names); empty otherwise.",
    ),
    _reuse(_PLANS["source_line"], "Line where the target starts (extracted-text sources)."),
    _reuse(_PLANS["source_page"], "PDF page where the target starts (PDF sources)."),
]

_TARGETS = _named(TARGETS)

TARGET_COMPONENTS: list[Field] = [
    _PLAN_REF,
    _reuse(_TARGETS["target_index"], "The target (1-based)."),
    Field("component_index", "int64", "組成序號", "Component index", "1-based within the target."),
    Field("text", "string", "組成文字", "Component text", "The part of the target it comes from."),
    Field("thing", "string", "計數對象", "Thing counted", "What is counted, verbs removed."),
    _reuse(_TARGETS["target_value"], "The number; empty for a qualitative component."),
    Field("measure_word", "string", "量詞", "Measure word", "Measure word as printed."),
    Field(
        "unit_group",
        "string",
        "量詞類別",
        "Measure-word group",
        "Normalised measure word: 場=場次, 輛=臺=台, 人=名=位; 人次 apart.",
    ),
    Field(
        "qualifier", "string", "限定詞", "Qualifier", "至少, 達…以上, 逾, 共/合計/累計 or empty."
    ),
    Field(
        "comparison",
        "string",
        "比較方式",
        "Comparison",
        "'>=' (met when achieved >= target) or '>' (逾/超過).",
    ),
    _reuse(_TARGETS["achieved_value"], "Matched reported quantity."),
    Field(
        "achieved_measure_word",
        "string",
        "達成量詞",
        "Achieved measure word",
        "Measure word of the reported quantity (e.g. 臺 for a 輛 target).",
    ),
    _reuse(_TARGETS["achieved_ratio"], "achieved / target."),
    _reuse(_TARGETS["status"], f"Automatic status: {_STATUS_VALUES}."),
    _reuse(
        _TARGETS["set_low"],
        "Achieved at least `low_target_multiple` times the target value (parts counted upwards).",
    ),
    _reuse(
        _TARGETS["unclear_reason"],
        "For an unclear part, what no text gave: no_figure (a reported figure, for a part above "
        "one), no_figure_or_statement (a figure or a statement that it was done, for a single "
        "deliverable such as 1式), no_statement (a statement that it was done, for a part "
        "without a number), no_aligned_item, under_way, no_change_figure, no_rank, "
        "result_not_published, conflicting_signals, year_to_date, other_year; empty otherwise.",
    ),
    _reuse(_TARGETS["target_type"], "The part's type (never compound)."),
    _reuse(_TARGETS["status_reason"], "Why the part's status."),
    _reuse(_TARGETS["decided_by"], "The words or number that decided the part."),
    _reuse(_TARGETS["decided_start"], "Character offset of decided_by in evidence_text."),
    _reuse(_TARGETS["decided_end"], "Character offset just after decided_by in evidence_text."),
    Field(
        "method",
        "string",
        "判定依據",
        "Method",
        "quantity (a matched number), quantity_sum (several summed), done_statement (an item "
        "says it was done / not done), statement (the agency's own words on the aligned item), "
        "rate (an attainment rate reported alone), deferral (the plan was deferred), none.",
    ),
    Field(
        "evidence_section",
        "string",
        "佐證欄位",
        "Evidence section",
        "attainment or execution.",
    ),
    _reuse(
        _TARGETS["evidence_items"],
        "Item numbers, comma-separated.",
        label_zh="佐證項次",
        label_en="Evidence items",
    ),
    _reuse(
        _TARGETS["evidence_numbering"],
        f"How the report numbers the evidence section: {_NUMBERING_VALUES}; empty without one.",
        label_zh="佐證編號方式",
        label_en="Evidence numbering",
    ),
    _reuse(_TARGETS["evidence_text"], "The matched phrase."),
    Field(
        "match_score",
        "float64",
        "比對分數",
        "Match score",
        "Similarity of the things counted (0-1) times the section weight.",
    ),
]

_FLAG_CODE = Field(
    "flag",
    "string",
    "警示代碼",
    "Flag",
    "execution_below_90, execution_below_80, execution_below_70 (strictest only), "
    "targets_not_met, targets_met_despite_low_execution (warnings); "
    "appropriation_behind_schedule, ends_with_unappropriated_budget (notes on appropriation "
    "pace); targets_set_low, targets_unquantified (notes on target setting).",
)

PLAN_FLAGS: list[Field] = [
    _PLAN_REF,
    _FLAG_CODE,
    _reuse(_ASSESSED["severity"], "Weight of the flag in the attention rank."),
    Field(
        "value",
        "float64",
        "數值",
        "Figure",
        "The figure behind the flag: the execution rate (execution flags and "
        "targets_met_despite_low_execution), schedule elapsed minus appropriation progress "
        "(appropriation_behind_schedule), the approved budget not appropriated in thousand TWD "
        "(ends_with_unappropriated_budget), the number of targets not met, the highest achieved "
        "/ target of a part (targets_set_low), or the number of targets without a number "
        "(targets_unquantified).",
    ),
    Field(
        "limit",
        "float64",
        "門檻",
        "Limit",
        "The threshold the figure crossed (a ratio; for targets_set_low the multiple); empty "
        "where the flag has none.",
        RATIO,
    ),
]

FLAG_MESSAGES: list[Field] = [
    _PLAN_REF,
    _FLAG_CODE,
    _reuse(
        _named(FINDINGS)["message"],
        "Why, in words, with the figures (in the language of the export or page).",
    ),
]

PORTFOLIO: list[Field] = [
    Field("scope", "string", "範圍", "Scope", "all, or a category (社會發展 / 科技發展)."),
    Field("scope_zh", "string", "範圍（中文）", "Scope (zh)", "Label in Chinese."),
    Field("scope_en", "string", "範圍（英文）", "Scope (en)", "Label in English."),
    Field("n_plans", "int64", "計畫數", "Plans", "Number of plans."),
    _reuse(
        _PLANS["total_budget_thousand_twd"], "Sum of 計畫核定總經費.", label_zh="核定總經費合計"
    ),
    _reuse(
        _PLANS["appropriated_thousand_twd"],
        "Sum of 截至本年度已編列預算數.",
        label_zh="已編列預算數合計",
    ),
    _reuse(
        _PLANS["executed_thousand_twd"], "Sum of 截至本年底止累計執行數.", label_zh="累計執行數合計"
    ),
    _reuse(_ASSESSED["execution_rate"], "Of the sums."),
    _reuse(
        _ASSESSED["appropriation_progress_rate"],
        "Of the sums: appropriated / total approved.",
        label_zh="預算編列進度",
        label_en="Appropriation progress",
    ),
    _summed(_ASSESSED["remaining_budget_thousand_twd"]),
    _summed(_ASSESSED["unexecuted_appropriation_thousand_twd"]),
    Field(
        "n_executed_equals_appropriated",
        "int64",
        "執行數等於編列數之計畫數",
        "Plans executed = appropriated",
        "Plans whose executed amount equals the appropriation to the thousand (something "
        "appropriated): their executed figure may include 保留數 or 應付數.",
    ),
    Field(
        "n_warning_plans",
        "int64",
        "有警示計畫數",
        "Plans with warnings",
        "Plans with a warning (execution, targets); notes are not counted.",
    ),
    Field(
        "n_pace_note_plans",
        "int64",
        "有編列進度附註計畫數",
        "Plans with pace notes",
        "Plans with a note on the pace of appropriation (appropriation_behind_schedule, "
        "ends_with_unappropriated_budget).",
    ),
    *[
        _summed(_ASSESSED[name])
        for name in ("n_targets", "n_exceeded", "n_met", "n_not_met", "n_unclear")
    ],
    _summed(_ASSESSED["n_unquantified_targets"]),
    Field(
        "unquantified_target_share",
        "float64",
        "未量化占比",
        "Unquantified share",
        "n_unquantified_targets / n_targets.",
        RATIO,
    ),
    Field(
        "n_plans_unquantified_only",
        "int64",
        "目標均未量化之計畫數",
        "Plans with unquantified targets only",
        "Plans judged only on targets without a number (flag targets_unquantified).",
    ),
    _summed(_ASSESSED["n_targets_set_low"]),
]

#: The counts an agency-year takes from its report's ``portfolio`` (all plans).
_PORTFOLIO_COUNTS = [f for f in PORTFOLIO if f.name in AGENCY_YEAR_COUNTS]

# ----- The corpus: several agencies and years (govplans.analyse.corpus) -----

_PLAN_KEY = Field(
    "plan_key",
    "string",
    "計畫識別碼",
    "Plan key",
    "The plan in the corpus, unique across agencies and years: `{agency}/{plan_id}`.",
)
_AGENCY = Field("agency", "string", "機關", "Agency", "The agency, as the report prints it.")
_FISCAL_YEAR = Field(
    "fiscal_year", "int64", "年度（民國）", "Fiscal year (ROC)", "The report's fiscal year."
)
_REPORT = Field("report", "string", "報告檔案", "Report file", "The report's file name.")
_IN_YEAR_APPROPRIATED = Field(
    "appropriated_in_year_thousand_twd",
    "float64",
    "本年度編列數",
    "Appropriated in the year",
    "截至本年度已編列預算數 of this year minus that of the year before (the linked plan); "
    "the cumulative figure for a plan starting this year; empty when unknown (no report of "
    "the year before, or no link).",
    THOUSAND_TWD,
)
_IN_YEAR_EXECUTED = Field(
    "executed_in_year_thousand_twd",
    "float64",
    "本年度執行數",
    "Executed in the year",
    "截至本年底止累計執行數 of this year minus that of the year before; as above.",
    THOUSAND_TWD,
)
_IN_YEAR_RATE = Field(
    "execution_rate_in_year",
    "float64",
    "本年度執行率",
    "In-year execution rate",
    "executed_in_year / appropriated_in_year: the year's own execution, the figure the 90 % "
    "threshold is about; empty when unknown or when nothing was appropriated in the year.",
    RATIO,
)

PLAN_HISTORY: list[Field] = [
    _PLAN_KEY,
    _AGENCY,
    _FISCAL_YEAR,
    _REPORT,
    _reuse(_PLANS["plan_id"], "The plan's id in its report."),
    _reuse(_PLANS["name"], "計畫名稱 as printed that year."),
    _reuse(_ASSESSED["name_en"], "As in `plan_assessment` (English pages show it)."),
    _PLANS["start_roc_year"],
    _PLANS["end_roc_year"],
    *[_reuse(f, f"{f.label_zh} (cumulative).") for f in _AMOUNTS],
    _reuse(_ASSESSED["execution_rate"], "Cumulative: executed / appropriated to date."),
    _IN_YEAR_APPROPRIATED,
    _IN_YEAR_EXECUTED,
    _IN_YEAR_RATE,
    Field(
        "previous_plan_id",
        "string",
        "前一年度計畫代碼",
        "Previous year's plan ID",
        "The same plan in the agency's report of the year before; empty when not linked.",
    ),
    Field(
        "previous_plan_key",
        "string",
        "前一年度計畫識別碼",
        "Previous year's plan key",
        "As previous_plan_id, as a corpus key.",
    ),
    Field(
        "link",
        "string",
        "連結方式",
        "Link",
        "How the previous year's plan was found: name (same normalised name and start of "
        "period), crosswalk (the curated crosswalk), none.",
    ),
    Field(
        "year_status",
        "string",
        "年度狀態",
        "Year status",
        "new (the plan's first year in the corpus: no linked year before), continued "
        "(linked to the agency's report of the year before) or pending (a link to the year "
        "before is left for review in link_candidates).",
    ),
    Field(
        "next_status",
        "string",
        "次年度",
        "Next year",
        "continues (linked from the agency's next report), ended (its period ended this "
        "year: no later report needed), not_in_next_report (the agency's next report is in "
        "the corpus without it), no_next_report (no later report of the agency in the corpus).",
    ),
    _reuse(
        _ASSESSED["flags"],
        "The plan's flags in its report (`plan_assessment`), every kind: its execution "
        "flags are on the cumulative rate.",
    ),
    _reuse(_ASSESSED["verdict"], "The plan's verdict in its report (`plan_assessment`)."),
    Field(
        "execution_flag_in_year",
        "string",
        "本年度執行警示",
        "In-year execution flag",
        "The execution flag of the in-year rate, by the same thresholds as the cumulative one "
        "(execution_below_90 / _80 / _70); none when no threshold applies; empty when there is "
        "no in-year rate (unknown, or nothing appropriated in the year).",
    ),
]

AGENCY_YEARS: list[Field] = [
    _AGENCY,
    _FISCAL_YEAR,
    _REPORT,
    Field("n_plans", "int64", "計畫數", "Plans", "Plans in the report."),
    *[_reuse(f, f"Sum of {f.label_zh} (cumulative).") for f in _AMOUNTS],
    _reuse(_ASSESSED["execution_rate"], "Cumulative, of the sums."),
    Field(
        "n_plans_in_year_known",
        "int64",
        "本年度數可得計畫數",
        "Plans with in-year figures",
        "Plans whose in-year figures are known (linked, or starting this year).",
    ),
    _reuse(
        _IN_YEAR_APPROPRIATED,
        "Sum over the plans with in-year figures (n_plans_in_year_known of n_plans): the "
        "agency's only when they are all its plans.",
        label_zh="本年度編列數（可推得之計畫合計）",
        label_en="Appropriated in the year (plans with in-year figures)",
    ),
    _reuse(
        _IN_YEAR_EXECUTED,
        "Sum over the plans with in-year figures, as above.",
        label_zh="本年度執行數（可推得之計畫合計）",
        label_en="Executed in the year (plans with in-year figures)",
    ),
    _reuse(
        _IN_YEAR_RATE,
        "The agency's in-year execution rate: of the sums over all its plans, given only when "
        "every plan has in-year figures (n_plans_in_year_known = n_plans); else empty.",
    ),
    Field(
        "execution_rate_in_year_covered",
        "float64",
        "可推得計畫之本年度執行率",
        "In-year rate of the plans with in-year figures",
        "executed_in_year / appropriated_in_year over the n_plans_in_year_known plans with "
        "in-year figures: the agency's in-year rate only when they are all its plans; empty "
        "when none has them.",
        RATIO,
    ),
    Field(
        "n_plans_below_warn",
        "int64",
        "累計執行率低於門檻計畫數",
        "Below threshold, cumulative",
        "Plans with an execution flag on the cumulative rate (below execution_warn).",
    ),
    Field(
        "n_plans_below_warn_in_year",
        "int64",
        "本年度執行率低於門檻計畫數",
        "Below threshold, in-year",
        "Plans with an in-year execution flag (in-year rate below execution_warn), of those "
        "with in-year figures.",
    ),
    *[
        _reuse(
            f,
            f"As in `portfolio` (all plans of the report): {f.description[:1].lower()}"
            f"{f.description[1:]}",
        )
        for f in _PORTFOLIO_COUNTS
    ],
]

LINK_CANDIDATES: list[Field] = [
    _AGENCY,
    _FISCAL_YEAR,
    _reuse(_PLANS["plan_id"], "The plan left unlinked."),
    _reuse(_PLANS["name"], "Its name."),
    Field(
        "candidate_fiscal_year",
        "int64",
        "候選年度",
        "Candidate fiscal year",
        "The year before.",
    ),
    Field(
        "candidate_plan_id",
        "string",
        "候選計畫代碼",
        "Candidate plan ID",
        "A plan of the year before that may be the same plan.",
    ),
    Field("candidate_name", "string", "候選計畫名稱", "Candidate name", "Its name."),
    Field(
        "reason",
        "string",
        "待檢視原因",
        "Reason for review",
        "several plans of the same name; same name, another start of period; another name, "
        "the same period and total. Add a row to the crosswalk to link.",
    ),
    Field(
        "appropriated_in_year_if_linked_thousand_twd",
        "float64",
        "連結後之本年度編列數",
        "Appropriated in the year, if linked",
        "What linking to the candidate would give: this year's cumulative appropriation minus "
        "the candidate's.",
        THOUSAND_TWD,
    ),
    Field(
        "executed_in_year_if_linked_thousand_twd",
        "float64",
        "連結後之本年度執行數",
        "Executed in the year, if linked",
        "As above, of the executed amounts.",
        THOUSAND_TWD,
    ),
    Field(
        "execution_rate_in_year_if_linked",
        "float64",
        "連結後之本年度執行率",
        "In-year rate, if linked",
        "The in-year execution rate linking to the candidate would give; empty when nothing "
        "would be appropriated in the year.",
        RATIO,
    ),
]


# ----- The registry: every table, declared once -----

#: Every table the package produces, by name, with what one row is. Exports, the data
#: dictionary and table headers iterate this.
TABLES: dict[str, list[Field]] = {
    "plans": PLANS,
    "items": ITEMS,
    "findings": FINDINGS,
    "plan_assessment": PLAN_ASSESSMENT,
    "targets": TARGETS,
    "target_components": TARGET_COMPONENTS,
    "plan_flags": PLAN_FLAGS,
    "flag_messages": FLAG_MESSAGES,
    "portfolio": PORTFOLIO,
    "plan_history": PLAN_HISTORY,
    "agency_years": AGENCY_YEARS,
    "link_candidates": LINK_CANDIDATES,
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "plans": "One row per plan: identity, period, the three amounts and item counts.",
    "items": "Long form: one row per item or sub-item of the four text sections.",
    "findings": "Data-quality findings that are not structural errors (never fatal).",
    "plan_assessment": "One row per plan: budget measures, target counts, verdict and flags "
    "(`govplans assess`).",
    "targets": "One row per performance target: automatic and reviewed status, headline "
    "quantity and the evidence.",
    "target_components": "One row per measurable component of a target, with the matched "
    "quantity or statement.",
    "plan_flags": "Long form: one row per plan and flag, with the figure behind it and its limit.",
    "flag_messages": "One row per plan and flag: the reason in words (written by the "
    "presentation layer, zh-TW or English).",
    "portfolio": "One row for all plans and one per category: totals and rates.",
    "plan_history": "Several reports: one row per plan and year, cumulative and in-year amounts "
    "and rates, the linked plan of the year before.",
    "agency_years": "Several reports: one row per agency and year, totals, cumulative and "
    "in-year execution.",
    "link_candidates": "Several reports: plans left unlinked to the year before, with the "
    "candidates to review.",
}


def fields(table: str) -> list[Field]:
    """The fields of one table, in column order."""
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}") from None


def field(table: str, name: str) -> Field:
    """One field of one table."""
    for f in fields(table):
        if f.name == name:
            return f
    raise KeyError(f"table {table!r} has no field {name!r}")


def columns(table: str) -> list[str]:
    """Column names of one table, in order."""
    return [f.name for f in fields(table)]


def labels(table: str, lang: str = "zh-TW") -> dict[str, str]:
    """Column name -> display label in the given language (``zh-TW`` or ``en``)."""
    return {f.name: f.label_en if lang == "en" else f.label_zh for f in fields(table)}


def make_frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Build a DataFrame with exactly the table's columns, in order, with the registry's dtypes.

    Raises ``ValueError`` when a row lacks a column or carries one the registry does not know:
    columns are never invented or silently dropped.
    """
    names = columns(table)
    known = set(names)
    for i, row in enumerate(rows):
        extra = set(row) - known
        missing = known - set(row)
        if extra or missing:
            raise ValueError(
                f"table {table!r} row {i}: unknown columns {sorted(extra)}, "
                f"missing columns {sorted(missing)}"
            )
    frame = pd.DataFrame(rows, columns=names)
    return enforce_dtypes(table, frame)


def enforce_dtypes(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame's columns to the registry's dtypes (the frame must have every column)."""
    out = frame[columns(table)].copy()
    for f in fields(table):
        out[f.name] = out[f.name].astype(f.dtype)
    return out


# ----- Keys: what identifies a row, and what it refers to (declared once) -----

#: One report of a corpus: an agency and a fiscal year (the primary key of ``reports``).
REPORT_KEY: tuple[str, ...] = ("agency", "fiscal_year")

#: Where one report's file came from: the table that the per-report tables refer to when several
#: reports are stored together (a database, Parquet files).
REPORTS: list[Field] = [
    _AGENCY,
    _FISCAL_YEAR,
    _REPORT,
    Field("title", "string", "報告標題", "Title", "The report's title as printed."),
    Field(
        "unit_printed",
        "string",
        "原印單位",
        "Unit as printed",
        "The unit the report prints its amounts in (新臺幣千元, 萬元, 元); the amounts are "
        "stored in thousand TWD.",
    ),
    Field(
        "source_kind",
        "string",
        "來源格式",
        "Source kind",
        "text (extracted text) or pdf.",
    ),
    Field("sha256", "string", "來源檔雜湊", "Source SHA-256", "SHA-256 of the source file."),
]
TABLES["reports"] = REPORTS
TABLE_DESCRIPTIONS["reports"] = (
    "Several reports stored together: one row per report (agency and year), with its source."
)


@dataclass(frozen=True)
class ForeignKey:
    """``columns`` of a table refer to ``references`` (the same number of columns) of ``table``."""

    columns: tuple[str, ...]
    table: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class Keys:
    """A table's primary key and foreign keys."""

    primary: tuple[str, ...]
    foreign: tuple[ForeignKey, ...] = ()


def _to_plan(table: str = "plans") -> ForeignKey:
    return ForeignKey(("plan_id",), table, ("plan_id",))


#: The keys of the tables of one report (``plans`` … ``portfolio``): unique within the report.
#: Several reports together (:func:`corpus_keys`) prefix each with :data:`REPORT_KEY`.
REPORT_TABLE_KEYS: dict[str, Keys] = {
    "plans": Keys(("plan_id",)),
    "items": Keys(("plan_id", "section", "item_no", "sub_item_no"), (_to_plan(),)),
    # a plan may have two findings of one code (its two amounts), told apart by the message
    "findings": Keys(("plan_id", "code", "message"), (_to_plan(),)),
    "plan_assessment": Keys(("plan_id",), (_to_plan(),)),
    "targets": Keys(("plan_id", "target_index"), (_to_plan(),)),
    "target_components": Keys(
        ("plan_id", "target_index", "component_index"),
        (ForeignKey(("plan_id", "target_index"), "targets", ("plan_id", "target_index")),),
    ),
    "plan_flags": Keys(("plan_id", "flag"), (_to_plan(),)),
    "flag_messages": Keys(
        ("plan_id", "flag"), (ForeignKey(("plan_id", "flag"), "plan_flags", ("plan_id", "flag")),)
    ),
    "portfolio": Keys(("scope",)),
}

_TO_REPORT = ForeignKey(REPORT_KEY, "reports", REPORT_KEY)
_PLAN_IN_REPORT = (*REPORT_KEY, "plan_id")

#: The keys of the tables of several reports, whose rows already name their report.
CORPUS_TABLE_KEYS: dict[str, Keys] = {
    "reports": Keys(REPORT_KEY),
    "plan_history": Keys(
        ("plan_key",),
        (
            ForeignKey(_PLAN_IN_REPORT, "plans", _PLAN_IN_REPORT),
            ForeignKey(("previous_plan_key",), "plan_history", ("plan_key",)),
        ),
    ),
    "agency_years": Keys(REPORT_KEY, (_TO_REPORT,)),
    "link_candidates": Keys(
        (*_PLAN_IN_REPORT, "candidate_plan_id"),
        (
            ForeignKey(_PLAN_IN_REPORT, "plans", _PLAN_IN_REPORT),
            ForeignKey(
                ("agency", "candidate_fiscal_year", "candidate_plan_id"),
                "plans",
                _PLAN_IN_REPORT,
            ),
        ),
    ),
}


def report_keys(table: str) -> Keys:
    """The keys of a table of one report, within the report."""
    try:
        return REPORT_TABLE_KEYS[table]
    except KeyError:
        raise KeyError(f"table {table!r} is not a table of one report") from None


def corpus_keys(table: str) -> Keys:
    """The keys of ``table`` among several reports: a table of one report is prefixed with
    :data:`REPORT_KEY` (its rows then carry ``agency`` and ``fiscal_year`` first, see
    :func:`corpus_columns`) and refers to ``reports``."""
    if table in CORPUS_TABLE_KEYS:
        return CORPUS_TABLE_KEYS[table]
    keys = report_keys(table)
    foreign = [
        ForeignKey(REPORT_KEY + fk.columns, fk.table, REPORT_KEY + fk.references)
        for fk in keys.foreign
    ]
    if not keys.foreign:
        foreign.append(_TO_REPORT)
    return Keys(REPORT_KEY + keys.primary, tuple(foreign))


def corpus_fields(table: str) -> list[Field]:
    """The columns of ``table`` among several reports: a table of one report gets
    :data:`REPORT_KEY` first (the agency and year of its report)."""
    own = fields(table)
    if table in CORPUS_TABLE_KEYS:
        return own
    prefix = [f for f in REPORTS if f.name in REPORT_KEY]
    return [*prefix, *own]


def key_problems(frames: dict[str, pd.DataFrame], keys_of: Callable[[str], Keys]) -> list[str]:
    """What breaks the keys among ``frames`` (table name -> frame; ``keys_of`` is
    :func:`report_keys` or :func:`corpus_keys`): a primary key missing or repeated, a foreign
    key whose value (all its columns given) is not a key of the table it refers to. Empty when
    the keys hold."""
    problems = []
    for table, frame in frames.items():
        keys = keys_of(table)
        primary = frame[list(keys.primary)]
        if primary.isna().any().any():
            problems.append(f"{table}: a primary key {keys.primary} is empty")
        repeated = primary[primary.duplicated(keep=False)]
        if len(repeated):
            first = tuple(repeated.iloc[0])
            problems.append(f"{table}: {len(repeated)} rows repeat a primary key, e.g. {first}")
        for fk in keys.foreign:
            if fk.table not in frames:
                continue
            values = frame[list(fk.columns)].dropna()
            known = set(frames[fk.table][list(fk.references)].itertuples(index=False, name=None))
            missing = [v for v in values.itertuples(index=False, name=None) if v not in known]
            if missing:
                problems.append(
                    f"{table}: {len(missing)} values of {fk.columns} are not in "
                    f"{fk.table} {fk.references}, e.g. {missing[0]}"
                )
    return problems
