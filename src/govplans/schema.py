"""The one schema registry: every column's name, dtype, unit, labels and description.

Tables, exports (CSV headers, ``datapackage.json``) and the generated data dictionary
(``docs/data_dictionary.md``) are all driven from :data:`TABLES`. To add a column, add a
:class:`Field` to the table's list here; nothing else needs to know the column list.
Units are in the names (``_thousand_twd``, ``_rate``) as in PUDL's naming conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Field:
    """One column of one table."""

    name: str
    dtype: str  # pandas dtype: "string", "int64", "Int64", "float64", "boolean", "datetime64[ns]"
    label_zh: str
    label_en: str
    description: str
    unit: str | None = None  # e.g. "thousand TWD", "ratio (0-1)"


# Frictionless Table Schema type for each pandas dtype.
FRICTIONLESS_TYPES = {
    "string": "string",
    "int64": "integer",
    "Int64": "integer",
    "float64": "number",
    "boolean": "boolean",
    "datetime64[ns]": "date",
}

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
        "計畫期程 as printed in ROC years, wrap spaces removed (e.g. 113年1月至115年12月).",
    ),
    Field(
        "start_roc_year",
        "int64",
        "起始年度（民國）",
        "Start year (ROC)",
        "First year of the plan period, ROC calendar (114 = 2025).",
    ),
    Field("start_month", "int64", "起始月份", "Start month", "First month of the plan period."),
    Field(
        "end_roc_year",
        "int64",
        "結束年度（民國）",
        "End year (ROC)",
        "Last year of the plan period, ROC calendar.",
    ),
    Field("end_month", "int64", "結束月份", "End month", "Last month of the plan period."),
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
        "int64",
        "計畫核定總經費",
        "Total approved budget",
        "計畫核定總經費: total approved budget over the whole plan period.",
        THOUSAND_TWD,
    ),
    Field(
        "appropriated_thousand_twd",
        "int64",
        "截至本年度已編列預算數",
        "Appropriated to date",
        "截至本年度已編列預算數: budget appropriated up to and including this fiscal year.",
        THOUSAND_TWD,
    ),
    Field(
        "executed_thousand_twd",
        "int64",
        "截至本年底止累計執行數",
        "Executed to date",
        "截至本年底止累計執行數: cumulative amount executed to the end of this fiscal year.",
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
        "int64",
        "來源行號",
        "Source line",
        "Line of the source file where the plan's left-half row starts.",
    ),
    Field(
        "source_lines",
        "string",
        "所有來源行號",
        "All source lines",
        "Every source line the plan's cells came from (left row, right row, continuations), "
        "comma-separated, in order.",
    ),
]

ITEMS: list[Field] = [
    Field("plan_id", "string", "計畫代碼", "Plan ID", "The plan the item belongs to."),
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
        "Top-level item number as printed (1, 2, …); 0 for a lead sentence before item 1; "
        "1 for an unnumbered single item.",
    ),
    Field(
        "sub_item_no",
        "int64",
        "子項次",
        "Sub-item number",
        "Sub-item number `(1)`, `(2)`, … within the item; 0 for the item's own text.",
    ),
    Field(
        "marker",
        "string",
        "編號",
        "Marker",
        "The numbering as printed (`1.`, `(2)`), empty where the text had none.",
    ),
    Field(
        "text",
        "string",
        "內容",
        "Text",
        "The item's text, markup and numbering removed, whitespace collapsed.",
    ),
    Field("source_line", "int64", "來源行號", "Source line", "Line where the item starts."),
    Field(
        "source_lines",
        "string",
        "所有來源行號",
        "All source lines",
        "Every line the item's text came from (more than one when it runs over a page break).",
    ),
]

FINDINGS: list[Field] = [
    Field("plan_id", "string", "計畫代碼", "Plan ID", "The plan the finding is about."),
    Field(
        "code",
        "string",
        "代碼",
        "Code",
        "executed_exceeds_appropriated, appropriated_exceeds_total, "
        "period_does_not_cover_fiscal_year.",
    ),
    Field("message", "string", "說明", "Message", "What was found, with the values."),
    Field("source_line", "int64", "來源行號", "Source line", "Line of the plan's row."),
]

#: Every table the package produces, by name. Exports and the data dictionary iterate this.
TABLES: dict[str, list[Field]] = {
    "plans": PLANS,
    "items": ITEMS,
    "findings": FINDINGS,
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "plans": "One row per plan: identity, period, the three amounts and item counts.",
    "items": "Long form: one row per item or sub-item of the four text sections.",
    "findings": "Data-quality findings that are not structural errors (never fatal).",
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


def data_dictionary_markdown() -> str:
    """The data dictionary, generated from the registry (written to docs/data_dictionary.md)."""
    lines = [
        "# Data dictionary",
        "",
        "Generated from `src/govplans/schema.py` by `govplans dictionary`; do not edit by hand.",
        "Amounts are in thousand New Taiwan dollars (新臺幣千元) as printed in the report.",
        "",
    ]
    for table, table_fields in TABLES.items():
        lines += [f"## `{table}`", "", TABLE_DESCRIPTIONS.get(table, ""), ""]
        lines += [
            "| field | type | unit | 中文 | English | description |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for f in table_fields:
            unit = f.unit or ""
            ftype = FRICTIONLESS_TYPES[f.dtype]
            lines.append(
                f"| `{f.name}` | {ftype} | {unit} | {f.label_zh} | {f.label_en} | {f.description} |"
            )
        lines.append("")
    return "\n".join(lines)
