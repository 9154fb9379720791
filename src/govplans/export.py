"""Exports: the JSON document, UTF-8-with-BOM CSVs and a Fiscal-Data-Package ``datapackage.json``.

Column lists, types, labels and units all come from :mod:`govplans.schema`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from govplans import schema
from govplans.report import SECTIONS, Report

CSV_ENCODING = "utf-8-sig"  # the BOM makes Excel read the Chinese text correctly
CSV_TABLES = ("plans", "items", "findings")
THOUSAND_TWD_LABEL = "新臺幣千元"


def report_identity(report: Report) -> dict[str, Any]:
    """The keys that open every JSON document about a report (``export`` and ``assess``)."""
    return {
        "agency": report.agency,
        "fiscal_year": report.fiscal_year,
        "fiscal_year_gregorian": report.gregorian_year,
        # Amounts are always converted to thousand TWD; the unit as printed is kept beside it.
        "unit": THOUSAND_TWD_LABEL,
        "unit_printed": report.unit,
    }


def source_reference(report: Report) -> dict[str, str]:
    """The source file's name and SHA-256, as the JSON documents cite it."""
    return {"path": report.source_path.name, "sha256": report.sha256}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as the JSON document of ``govplans export --format json``."""
    plans = []
    for row in report.plans.itertuples():
        plan: dict[str, Any] = {
            "plan_id": row.plan_id,
            "name": row.name,
            "category": row.category,
            "start": f"{row.start_date:%Y-%m}",
            "end": f"{row.end_date:%Y-%m}",
            "period_roc": row.period_text,
            "total_budget": int(row.total_budget_thousand_twd),
            "appropriated": int(row.appropriated_thousand_twd),
            "executed": int(row.executed_thousand_twd),
        }
        for section in SECTIONS:
            plan[section] = report.section_items(row.plan_id, section)
        plan["source_lines"] = [int(n) for n in row.source_lines.split(",")]
        plans.append(plan)
    return {
        **report_identity(report),
        "title": report.title,
        "source": source_reference(report),
        "plans": plans,
        "findings": [f.__dict__ for f in report.findings],
        "notes": [{"line": line, "text": text} for line, text in report.notes],
    }


def report_to_json(report: Report) -> str:
    """The JSON document as text (UTF-8, Chinese unescaped, stable key order)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def table_frames(report: Report) -> dict[str, pd.DataFrame]:
    """The tables written as CSV, by name."""
    return {"plans": report.plans, "items": report.items, "findings": report.findings_frame}


def _csv_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for f in schema.fields(table):
        if f.dtype.startswith("datetime64"):
            out[f.name] = out[f.name].dt.strftime("%Y-%m-%d")
    return out


def datapackage(report: Report, tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """A Frictionless / Fiscal Data Package descriptor for the CSV exports."""
    resources = []
    for table in tables:
        table_fields = []
        for f in schema.fields(table):
            entry: dict[str, Any] = {
                "name": f.name,
                "type": schema.FRICTIONLESS_TYPES[f.dtype],
                "title": f.label_zh,
                "title_en": f.label_en,
                "description": f.description,
            }
            if f.unit:
                entry["unit"] = f.unit
            if f.unit == schema.THOUSAND_TWD:
                entry.update({"currency": "TWD", "factor": 1000})
            table_fields.append(entry)
        resource_schema: dict[str, Any] = {"fields": table_fields}
        if table == "plans":
            resource_schema["primaryKey"] = "plan_id"
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": CSV_ENCODING,
                "description": schema.TABLE_DESCRIPTIONS.get(table, ""),
                "schema": resource_schema,
            }
        )
    measures = {
        f.name: {"source": f.name, "currency": "TWD", "factor": 1000, "title": f.label_zh}
        for f in schema.fields("plans")
        if f.unit == schema.THOUSAND_TWD
    }
    return {
        "profile": "fiscal-data-package",
        "name": f"plan-execution-{report.fiscal_year}-{report.sha256[:8]}",
        "title": f"{report.agency} {report.fiscal_year}年度 {report.title}",
        "description": (
            f"{report.agency} {report.title}, fiscal year {report.fiscal_year} (ROC) = "
            f"{report.gregorian_year}; amounts in {THOUSAND_TWD_LABEL} (thousand TWD), "
            f"printed in {report.unit}."
        ),
        "fiscalYear": str(report.gregorian_year),
        "fiscalYearROC": report.fiscal_year,
        "currency": "TWD",
        "unit": "thousand",
        "unitLabel": THOUSAND_TWD_LABEL,
        "unitPrinted": report.unit,
        "agency": report.agency,
        "sources": [{"title": report.source_path.name, "hash": f"sha256:{report.sha256}"}],
        "model": {
            "measures": measures,
            "dimensions": {
                "plan": {"primaryKey": "plan_id", "attributes": ["plan_id", "name", "category"]}
            },
        },
        "resources": resources,
    }


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write registered tables (schema name -> frame) as ``<name>.csv``, UTF-8 with BOM."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table, frame in tables.items():
        path = out / f"{table}.csv"
        _csv_frame(table, frame).to_csv(
            path, index=False, encoding=CSV_ENCODING, lineterminator="\n"
        )
        written.append(path)
    return written


def write_csv(report: Report, out_dir: str | Path) -> list[Path]:
    """Write plans.csv, items.csv, findings.csv (UTF-8 with BOM) and datapackage.json."""
    out = Path(out_dir)
    tables = table_frames(report)
    written = write_tables(tables, out)
    descriptor = out / "datapackage.json"
    descriptor.write_text(
        json.dumps(datapackage(report, tables), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    written.append(descriptor)
    return written
