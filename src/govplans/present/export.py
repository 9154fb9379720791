"""Exports: the JSON documents, UTF-8-with-BOM CSVs and a Fiscal-Data-Package
``datapackage.json``, for a report (``govplans export``) and its assessment (``govplans assess``).

Column lists, types, labels and units all come from :mod:`govplans.model.schema`. Amounts (the
columns in thousand TWD) are written as a whole number when whole (``1549044``), else to the
yuan (``39874215.346``), in the CSVs and the JSON alike (:func:`amount`). CSV cells are
written as text exactly as the report prints them: a spreadsheet that opens the file may treat a
cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula (open such files with the import
dialog and text columns, or use the JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from govplans.model import schema
from govplans.model.names import safe_name
from govplans.model.provenance import parse_ids
from govplans.model.report import Report
from govplans.model.values import amount_value, is_missing
from govplans.model.vocab import SECTIONS, split_flags
from govplans.present import fmt, narrative
from govplans.present.flags import findings_in_words, flag_messages
from govplans.present.words import TABLE_NAMES

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment
    from govplans.analyse.corpus import Corpus

CSV_ENCODING = "utf-8-sig"  # the BOM makes Excel read the Chinese text correctly
CSV_TABLES = ("plans", "items", "findings")
THOUSAND_TWD_LABEL = "新臺幣千元"


#: The columns in thousand TWD, by table: written with :func:`amount`.
AMOUNT_COLUMNS = {
    table: [f.name for f in table_fields if f.unit == schema.THOUSAND_TWD]
    for table, table_fields in schema.TABLES.items()
}


def amount(thousand_twd: Any) -> int | float | None:
    """An amount column's value as written: ``1549044`` (not ``1549044.0``) when whole, else to
    the yuan (``39874215.346``); ``None`` when missing."""
    return None if is_missing(thousand_twd) else amount_value(thousand_twd)


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
            "start": None if pd.isna(row.start_date) else f"{row.start_date:%Y-%m}",
            "end": None if pd.isna(row.end_date) else f"{row.end_date:%Y-%m}",
            "period_roc": row.period_text,
            "total_budget": amount(row.total_budget_thousand_twd),
            "appropriated": amount(row.appropriated_thousand_twd),
            "executed": amount(row.executed_thousand_twd),
        }
        for section in SECTIONS:
            plan[section] = report.section_items(row.plan_id, section)
        plan.update(_provenance(report, row))
        plans.append(plan)
    return {
        **report_identity(report),
        "title": report.title,
        "source": source_reference(report),
        "plans": plans,
        "findings": [f.__dict__ for f in report.findings],
        "notes": [
            {"page" if report.is_pdf else "line": where, "text": text}
            for where, text in report.notes
        ],
    }


def _provenance(report: Report, row: Any) -> dict[str, Any]:
    """Where a plan came from: its source lines, or for a PDF its pages and the page numbers
    printed on them (a text source's document keeps the shape it always had)."""
    if report.table_rows:  # an ODF or Word source: body blocks, and the table rows they are
        blocks = parse_ids(row.source_lines)
        rows = [list(report.table_rows[b]) for b in blocks if b in report.table_rows]
        return {"source_lines": blocks, "table_rows": rows}
    if not report.is_pdf:
        return {"source_lines": parse_ids(row.source_lines)}
    printed = [p for p in str(row.printed_pages or "").split(",") if p]
    return {"source_pages": parse_ids(row.source_pages), "printed_pages": printed}


def report_to_json(report: Report) -> str:
    """The JSON document as text (UTF-8, Chinese unescaped, stable key order)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def table_frames(report: Report) -> dict[str, pd.DataFrame]:
    """The tables written as CSV, by name."""
    return {"plans": report.plans, "items": report.items, "findings": findings_frame(report)}


def findings_frame(report: Report) -> pd.DataFrame:
    """The findings as exported: ``message`` in zh-TW, ``message_en`` in English, both worded
    from the code and the plan's figures (:func:`~govplans.present.flags.finding_message`)."""
    frame = report.findings_frame
    frame["message"] = findings_in_words(report, fmt.ZH)["message"].astype("string")
    frame["message_en"] = findings_in_words(report, "en")["message"].astype("string")
    return frame


def _csv_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for f in schema.fields(table):
        if f.dtype.startswith("datetime64"):
            out[f.name] = out[f.name].dt.strftime("%Y-%m-%d")
    for name in AMOUNT_COLUMNS[table]:
        out[name] = pd.Series([amount(v) for v in out[name]], index=out.index, dtype=object)
    return out


#: The descriptor's profile: Frictionless's built-in tabular data package, so ``frictionless
#: validate`` needs no network (a profile by URL, such as the Fiscal Data Package's, is fetched
#: from the web). The fiscal fields (currency, factor, fiscalYear, model) stay as extra
#: properties.
PACKAGE_PROFILE = "tabular-data-package"
RESOURCE_PROFILE = "tabular-data-resource"


def _resource(table: str) -> dict[str, Any]:
    """One CSV of a registered table, described from the schema registry."""
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
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": RESOURCE_PROFILE,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": CSV_ENCODING,
        "description": schema.TABLE_DESCRIPTIONS.get(table, ""),
        "schema": resource_schema,
    }


def datapackage(report: Report, tables: Iterable[str]) -> dict[str, Any]:
    """A Frictionless descriptor (with Fiscal Data Package fields) of a report's CSV files:
    every registered table in ``tables``."""
    resources = [_resource(table) for table in tables]
    measures = {
        f.name: {"source": f.name, "currency": "TWD", "factor": 1000, "title": f.label_zh}
        for f in schema.fields("plans")
        if f.unit == schema.THOUSAND_TWD
    }
    return {
        "profile": PACKAGE_PROFILE,
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


def corpus_datapackage(corpus: Corpus, tables: Iterable[str]) -> dict[str, Any]:
    """A Frictionless descriptor of the corpus's CSV files (``tables``), its sources every
    report with its hash."""
    years = sorted({r.fiscal_year for r in corpus.reports})
    agencies = sorted({r.agency for r in corpus.reports})
    return {
        "profile": PACKAGE_PROFILE,
        "name": f"plan-execution-corpus-{years[0]}-{years[-1]}" if years else "plan-execution",
        "title": f"{'、'.join(agencies)} {years[0]}–{years[-1]}年度 計畫執行情形" if years else "",
        "description": (
            f"{len(corpus.reports)} reports of {len(agencies)} agencies read together: the plans "
            "year by year, the agency-years, the links left for review; amounts in "
            f"{THOUSAND_TWD_LABEL} (thousand TWD). Each report's own files are in its folder."
        ),
        "currency": "TWD",
        "unit": "thousand",
        "sources": [
            {
                "title": f"{r.agency}_{r.fiscal_year}/{r.source_path.name}",
                "hash": f"sha256:{r.sha256}",
            }
            for r in corpus.reports
        ],
        "resources": [_resource(table) for table in tables],
    }


def _described(out: Path) -> list[str]:
    """The registered tables whose CSV is in ``out``, in the registry's order."""
    return [table for table in schema.TABLES if (out / f"{table}.csv").is_file()]


def write_datapackage(report: Report, out_dir: str | Path) -> Path:
    """``datapackage.json`` describing every registered table's CSV in ``out_dir`` (the
    report's, and its assessment's when they were written there too), and the folder's
    ``index.html`` listing them (:func:`write_data_index`)."""
    out = Path(out_dir)
    descriptor = out / "datapackage.json"
    descriptor.write_text(
        json.dumps(datapackage(report, _described(out)), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    write_data_index(out)
    return descriptor


#: A data folder's list of files, what the pages' 「CSV 資料表」 link opens.
DATA_INDEX = "index.html"


def write_data_index(out_dir: str | Path) -> Path:
    """``index.html`` in a data folder: every registered table's CSV there (its name in zh-TW
    and English, its rows, its description), the workbooks, ``datapackage.json`` and the
    folders of the reports of a corpus, each a link. A folder link opens nothing on most
    servers, so the pages link this file instead."""
    out = Path(out_dir)
    rows = []
    for table in _described(out):
        path = out / f"{table}.csv"
        zh, en = TABLE_NAMES.get(table, (table, table))
        with path.open(encoding=CSV_ENCODING) as handle:
            n = max(0, sum(1 for _ in handle) - 1)
        rows.append(
            f'<tr><td><a href="{escape(path.name)}">{escape(path.name)}</a></td>'
            f"<td>{escape(zh)}<br>{escape(en)}</td><td>{n:,}</td>"
            f"<td>{escape(schema.TABLE_DESCRIPTIONS.get(table, ''))}</td></tr>"
        )
    others = sorted(p.name for p in out.glob("*.xlsx")) + (
        ["datapackage.json"] if (out / "datapackage.json").is_file() else []
    )
    folders = sorted(p.name for p in out.iterdir() if p.is_dir() and (p / DATA_INDEX).is_file())
    items = [f'<li><a href="{escape(n)}">{escape(n)}</a></li>' for n in others] + [
        f'<li><a href="{escape(n)}/{DATA_INDEX}">{escape(n)}/</a></li>' for n in folders
    ]
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="zh-Hant-TW"><head><meta charset="utf-8">',
            "<title>資料檔案 Data files</title>",
            "<style>body{font-family:'Noto Sans CJK TC',sans-serif;margin:2em;max-width:60em}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;"
            "vertical-align:top;text-align:left}</style></head><body>",
            "<h1>資料檔案 <small>Data files</small></h1>",
            "<p>CSV 為 UTF-8（含 BOM），金額單位千元；欄位定義見 datapackage.json 與資料字典。"
            "<br>CSV files are UTF-8 with a BOM, amounts in NT$ thousand; the columns are "
            "described in datapackage.json and the data dictionary.</p>",
            "<table><thead><tr><th>檔案 File</th><th>資料表 Table</th><th>列數 Rows</th>"
            "<th>說明 Description</th></tr></thead><tbody>",
            *rows,
            "</tbody></table>",
            f"<ul>{''.join(items)}</ul>" if items else "",
            "</body></html>",
            "",
        ]
    )
    path = out / DATA_INDEX
    path.write_text(page, encoding="utf-8")
    return path


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
    written = write_tables(table_frames(report), out)
    written.append(write_datapackage(report, out))
    return written


# ---------------------------------------------------------------- the assessment


def assessment_tables(a: Assessment, lang: str = fmt.ZH) -> dict[str, pd.DataFrame]:
    """The assessment's tables as exported, by schema name: the five tables of the analysis and
    the flags in words (``flag_messages``, in ``lang``)."""
    tables = a.tables()
    tables["flag_messages"] = flag_messages(a, lang)
    return tables


def write_assessment_csv(a: Assessment, out_dir: str | Path, lang: str = fmt.ZH) -> list[Path]:
    """Write the assessment's tables as UTF-8-with-BOM CSV files; return their paths. The
    folder's ``datapackage.json``, when there is one (the report's files are there too), is
    written again to describe them all."""
    written = write_tables(assessment_tables(a, lang), out_dir)
    if (Path(out_dir) / "datapackage.json").is_file():
        write_datapackage(a.report, out_dir)
    return written


def _plain(value: Any) -> Any:
    """A plain Python value for JSON: NaN / NA -> None, numpy scalars -> int / float / bool."""
    if is_missing(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _component_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "index": int(c.component_index),
            "text": c.text,
            "thing": c.thing,
            "target_value": _plain(c.target_value),
            "measure_word": _plain(c.measure_word),
            "qualifier": c.qualifier,
            "achieved_value": _plain(c.achieved_value),
            "status": c.status,
            "set_low": bool(c.set_low),
            "unclear_reason": _plain(c.unclear_reason),
            "method": c.method,
            "evidence_section": _plain(c.evidence_section),
            "evidence": parse_ids(c.evidence_items),
            "evidence_text": c.evidence_text,
        }
        for c in rows
    ]


def _target_dicts(a: Assessment, plan_id: str) -> list[dict[str, Any]]:
    return [
        {
            "index": int(t.target_index),
            "text": t.text,
            "status": t.status,
            "status_auto": t.status_auto,
            "status_reviewed": _plain(t.status_reviewed),
            "status_source": t.status_source,
            "review_reason": _plain(t.review_reason),
            "target_value": _plain(t.target_value),
            "achieved_value": _plain(t.achieved_value),
            "unit": _plain(t.unit),
            "achieved_ratio": _plain(t.achieved_ratio),
            "quantified": bool(t.quantified),
            "set_low": bool(t.set_low),
            "evidence": parse_ids(t.evidence_items),
            "evidence_execution": parse_ids(t.evidence_execution_items),
            "evidence_text": t.evidence_text,
            **(
                {"source_page": _plain(t.source_page)}
                if a.report.is_pdf
                else {"source_line": _plain(t.source_line)}
            ),
            "components": _component_dicts(a.target_component_rows(plan_id, t.target_index)),
        }
        for t in a.plan_target_rows(plan_id)
    ]


def _plan_dict(a: Assessment, row: Any, messages: dict[str, str], lang: str) -> dict[str, Any]:
    return {
        "plan_id": row.plan_id,
        "name": row.name,
        "name_en": row.name_en,
        "category": row.category,
        "verdict": row.verdict,
        "verdict_auto": row.verdict_auto,
        "total_budget_thousand_twd": amount(row.total_budget_thousand_twd),
        "appropriated_thousand_twd": amount(row.appropriated_thousand_twd),
        "executed_thousand_twd": amount(row.executed_thousand_twd),
        "execution_rate": _plain(row.execution_rate),
        "appropriation_progress": _plain(row.appropriation_progress_rate),
        "schedule_elapsed": _plain(row.schedule_elapsed_rate),
        "period": row.period_text,
        "revised_period": _plain(row.revised_period_text),
        "revised_period_evidence": _plain(row.revised_period_evidence),
        "remaining_budget_thousand_twd": amount(row.remaining_budget_thousand_twd),
        "unexecuted_appropriation_thousand_twd": amount(row.unexecuted_appropriation_thousand_twd),
        "executed_equals_appropriated": bool(row.executed_equals_appropriated),
        "flags": split_flags(row.flags),
        "flag_messages": messages,
        "severity": int(row.severity),
        "attention_rank": _plain(row.attention_rank),
        "n_targets": int(row.n_targets),
        "n_exceeded": int(row.n_exceeded),
        "n_met": int(row.n_met),
        "n_not_met": int(row.n_not_met),
        "n_unclear": int(row.n_unclear),
        "n_unquantified_targets": int(row.n_unquantified_targets),
        "set_low_targets": parse_ids(row.set_low_targets),
        "narrative": narrative.plan_narrative(a, row.plan_id, lang),
        **_provenance(a.report, a.report_plan_tuple(row.plan_id)),
        "targets": _target_dicts(a, row.plan_id),
    }


def _portfolio_dict(a: Assessment, lang: str) -> dict[str, Any]:
    amounts = set(AMOUNT_COLUMNS["portfolio"])
    scopes = [
        {k: amount(v) if k in amounts else _plain(v) for k, v in rec.items()}
        for rec in a.portfolio.to_dict("records")
    ]
    attention = a.plans.dropna(subset=["attention_rank"]).sort_values("attention_rank")
    portfolio: dict[str, Any] = {
        "scopes": scopes,
        "attention": [
            {
                "plan_id": row.plan_id,
                "rank": int(row.attention_rank),
                "severity": int(row.severity),
                "flags": split_flags(row.flags),
            }
            for row in attention.itertuples()
        ],
        "narrative": narrative.portfolio_narrative(a, lang),
    }
    for key in (
        "n_plans",
        "total_budget_thousand_twd",
        "appropriated_thousand_twd",
        "executed_thousand_twd",
        "execution_rate",
    ):
        portfolio[key] = scopes[0][key]
    return portfolio


def assessment_to_dict(a: Assessment, lang: str = fmt.ZH) -> dict[str, Any]:
    """The ``govplans assess --format json`` document (narrative and flags in ``lang``)."""
    fmt.check_lang(lang)
    messages: dict[str, dict[str, str]] = {}  # plan -> flag -> message, in one pass
    for row in flag_messages(a, lang).itertuples(index=False):
        messages.setdefault(row.plan_id, {})[row.flag] = row.message
    return {
        **report_identity(a.report),
        "source": source_reference(a.report),
        "lang": lang,
        "thresholds": asdict(a.thresholds),
        "annotations": a.annotations_source,
        "plans": [
            _plan_dict(a, row, messages.get(row.plan_id, {}), lang)
            for row in a.plans.itertuples(index=False)
        ],
        "portfolio": _portfolio_dict(a, lang),
        "agreement": a.agreement() if a.annotations_source else None,
    }


def assessment_to_json(a: Assessment, lang: str = fmt.ZH) -> str:
    """The assessment JSON document as text."""
    return json.dumps(assessment_to_dict(a, lang), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- several reports


def corpus_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The corpus tables by schema name."""
    return {
        "plan_history": corpus.history,
        "agency_years": corpus.agency_years,
        "link_candidates": corpus.candidates,
    }


def _history_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: amount(v) if k.endswith("_thousand_twd") and not is_missing(v) else _plain(v)
        for k, v in row.items()
    }


def corpus_to_dict(corpus: Corpus, documents: list[dict[str, Any]]) -> dict[str, Any]:
    """The document of several reports: each report's own document (``documents``, in the
    corpus's agency and year order) and the plans' history across the years."""
    return {
        "reports": documents,
        "plan_history": [_history_dict(r) for r in corpus.history.to_dict("records")],
        "agency_years": [_history_dict(r) for r in corpus.agency_years.to_dict("records")],
        "link_candidates": [_history_dict(r) for r in corpus.candidates.to_dict("records")],
        "findings": corpus.findings,
    }


def report_folder(report: Report) -> str:
    """The folder of one report's files among several: ``{agency}_{fiscal_year}``, made safe
    (:func:`govplans.model.names.safe_name`: report text is never a path)."""
    return folder_name(report.agency, report.fiscal_year)


def folder_name(agency: str, fiscal_year: int) -> str:
    """The folder of an agency-year's report among several (:func:`report_folder`), from the
    agency and year alone (a plan's other years link their pages by it), made safe."""
    return safe_name(f"{agency}_{int(fiscal_year)}")


def write_corpus_csv(
    corpus: Corpus, out_dir: str | Path, per_report: Callable[[Report, Path], list[Path]]
) -> list[Path]:
    """The corpus tables in ``out_dir`` and each report's files (``per_report``) in a folder of
    its own."""
    out = Path(out_dir)
    tables = corpus_tables(corpus)
    written = write_tables(tables, out)
    descriptor = out / "datapackage.json"
    descriptor.write_text(
        json.dumps(corpus_datapackage(corpus, tables), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    written.append(descriptor)
    for report in corpus.reports:
        written += per_report(report, out / report_folder(report))
    written.append(write_data_index(out))
    return written
