"""The data dictionary (``docs/data_dictionary.md``), generated from the schema registry."""

from __future__ import annotations

from govplans.model import schema


def data_dictionary_markdown() -> str:
    """The data dictionary as Markdown: every table and column of the registry."""
    lines = [
        "# Data dictionary",
        "",
        "Generated from `src/govplans/model/schema.py` by `govplans dictionary`; do not edit by "
        "hand.",
        "Amounts are in thousand New Taiwan dollars (新臺幣千元) as printed in the report.",
        "",
    ]
    for table, table_fields in schema.TABLES.items():
        lines += [f"## `{table}`", "", schema.TABLE_DESCRIPTIONS.get(table, ""), ""]
        lines += [_keys_line(table), ""]
        lines += [
            "| field | type | unit | 中文 | English | description |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for f in table_fields:
            unit = f.unit or ""
            ftype = schema.FRICTIONLESS_TYPES[f.dtype]
            lines.append(
                f"| `{f.name}` | {ftype} | {unit} | {f.label_zh} | {f.label_en} | {f.description} |"
            )
        lines.append("")
    return "\n".join(lines)


def _keys_line(table: str) -> str:
    """The table's keys in one line (from the registry's keys)."""

    def cols(names: tuple[str, ...]) -> str:
        return ", ".join(f"`{n}`" for n in names)

    keys = schema.corpus_keys(table)
    refs = "; ".join(
        f"{cols(fk.columns)} → `{fk.table}` ({cols(fk.references)})" for fk in keys.foreign
    )
    line = f"Primary key: {cols(keys.primary)}" + (f". References: {refs}" if refs else "")
    if table in schema.REPORT_TABLE_KEYS:
        line += (
            f". Within one report: {cols(schema.report_keys(table).primary)} (several reports "
            "together, as in the SQLite and Parquet exports, put `agency` and `fiscal_year` "
            "first)"
        )
    return line + "."
