"""The analyst's Excel workbook: one sheet per table and an About sheet (the ``[excel]`` extra).

Sheets: 說明 / About (the source file and its SHA-256, agency, year, unit, thresholds, and every
column's definition from the schema registry), then the plans with their measures, the targets,
their components, the flags with their reasons, the portfolio, the report's items and findings.
Headers are the schema's labels in zh-TW (English with ``lang="en"``) with the unit; amounts
carry a thousands separator, rates are percentages, the header row is frozen with an autofilter,
columns get a width that fits, long text wraps.

Text from the report is always written as text (``write_string``; the workbook is opened with
``strings_to_formulas`` off): a plan name or item starting with ``=``, ``+``, ``-`` or ``@``
never becomes a formula. XlsxWriter was chosen by measuring it against openpyxl on the same
workbook (``benchmarks/bench_excel.py``): faster, and text is text by construction.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from govplans.model import schema
from govplans.model.values import is_missing
from govplans.model.vocab import CATEGORIES, SECTIONS, split_flags
from govplans.present import fmt
from govplans.present.flags import findings_in_words, flags_with_messages
from govplans.present.words import (
    ALIGNMENT_TEXT,
    CODE_WORDS,
    FINDING_LABELS,
    FLAG_LABELS,
    STATUS_LABELS,
    STATUS_REASON_TEXT,
    STATUS_SOURCE_TEXT,
    TABLE_NAMES,
    TARGET_TYPE_TEXT,
    THOUSAND_UNIT,
    THRESHOLD_LABELS,
    UNCLEAR_REASON_TEXT,
    pick,
)

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment
    from govplans.analyse.corpus import Corpus
    from govplans.analyse.measures import Thresholds

#: Sheet name (zh-TW, English) -> the registered table it shows.
SHEETS: tuple[tuple[tuple[str, str], str], ...] = tuple(
    (TABLE_NAMES[t], t)
    for t in (
        "plan_assessment",
        "targets",
        "target_components",
        "plan_flags",
        "portfolio",
        "items",
        "findings",
    )
)
ABOUT = ("說明", "About")
#: Columns whose text is long: wrapped, at most this wide.
WIDE = {"name", "name_en", "text", "evidence_text", "message", "explanation", "thing"}
MAX_WIDTH = 60


def _width(value: object) -> int:
    """Display width of a value: East Asian wide characters count two."""
    text = "" if is_missing(value) else str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _frames(a: Assessment, lang: str) -> dict[str, pd.DataFrame]:
    flags = flags_with_messages(a, lang)
    findings = findings_in_words(a.report, lang).drop(columns=["label", "message_en"])
    return {
        "plan_assessment": a.plans,
        "targets": a.targets,
        "target_components": a.components,
        "plan_flags": flags,
        "portfolio": a.portfolio,
        "items": a.report.items,
        "findings": findings,
    }


#: Every code a table cell may hold, in words (statuses, flags, why a part is unclear, where a
#: status comes from, findings, the other codes): code -> (zh-TW, English).
_CODES: dict[str, tuple[str, str]] = {
    **TARGET_TYPE_TEXT,
    **ALIGNMENT_TEXT,
    **STATUS_REASON_TEXT,
    **CODE_WORDS,
    **STATUS_SOURCE_TEXT,
    **UNCLEAR_REASON_TEXT,
    **FINDING_LABELS,
    **FLAG_LABELS,
    **STATUS_LABELS,
    **{zh: (zh, en) for zh, en in CATEGORIES.items()},
}
#: Columns whose codes read otherwise than :data:`_CODES` says (the report's sections).
_COLUMN_CODES: dict[str, dict[str, tuple[str, str]]] = {"section": SECTIONS}
#: Columns of text as written (names, items, the agency's words): never read as codes.
_AS_WRITTEN = {"name", "name_en", "text", "evidence_text", "message", "explanation", "thing"}


def _codes_in_words(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with every column of codes (all its values codes of :data:`_CODES`, or
    ``;``-joined lists of them, or booleans) in words in ``lang``; other columns as they are."""
    out = frame.copy()
    for column in out.columns:
        if column in _AS_WRITTEN:
            continue
        values = out[column]
        if pd.api.types.is_bool_dtype(values):
            out[column] = [
                None if is_missing(v) else pick(_CODES[str(bool(v))], lang) for v in values
            ]
            continue
        if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
            continue
        codes = _COLUMN_CODES.get(column, _CODES)
        known = [v for v in values if not is_missing(v) and str(v) != ""]
        if not known or not all(all(code in codes for code in split_flags(v)) for v in known):
            continue
        joiner = "；" if lang == fmt.ZH else "; "
        out[column] = [
            v
            if is_missing(v) or str(v) == ""
            else joiner.join(pick(codes[c], lang) for c in split_flags(v))
            for v in values
        ]
    return out


def threshold_rows(thresholds: Thresholds, lang: str) -> list[tuple[str, str]]:
    """Each threshold in words with its value as a reader writes it (90%, 15 points, 3×) and
    its parameter name."""
    rows = []
    for name, value in asdict(thresholds).items():
        if "multiple" in name:
            shown = fmt.format_multiple_threshold(value, lang)
        elif name == "appropriation_margin":
            shown = fmt.format_margin(value, lang)
        else:
            shown = fmt.format_threshold(value, lang)
        label = pick(THRESHOLD_LABELS[name], lang) if name in THRESHOLD_LABELS else name
        rows.append((label, f"{shown}（{name}）" if lang == fmt.ZH else f"{shown} ({name})"))
    return rows


def _header(table: str, column: str, lang: str) -> str:
    try:
        f = schema.field(table, column)
        label = f.label_en if lang == fmt.EN else f.label_zh
        unit = f.unit
    except KeyError:  # the flags' message column, written by presentation
        f = schema.field("flag_messages", column)
        label, unit = (f.label_en if lang == fmt.EN else f.label_zh), f.unit
    if unit == schema.THOUSAND_TWD:
        return fmt.with_unit(label, fmt.THOUSAND_UNIT, lang)
    return label


def _kind(table: str, column: str) -> str:
    """How a column is written: amount, rate, integer, number, date or text."""
    try:
        f = schema.field(table, column)
    except KeyError:
        return "text"
    if f.unit == schema.THOUSAND_TWD:
        return "amount"
    if f.unit == schema.RATIO:
        return "rate"
    if f.dtype in ("int64", "Int64"):
        return "integer"
    if f.dtype == "float64":
        return "number"
    if f.dtype.startswith("datetime64"):
        return "date"
    return "text"


class _Writer:
    """One workbook being written (XlsxWriter), with its cell formats."""

    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(
            str(path),
            {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
        )
        base = {"font_name": "Noto Sans CJK TC", "valign": "top"}
        self.formats = {
            "header": self.book.add_format(
                {**base, "bold": True, "text_wrap": True, "bg_color": "#E8E8E8", "border": 1}
            ),
            "amount": self.book.add_format({**base, "num_format": "#,##0"}),
            "amount_fraction": self.book.add_format({**base, "num_format": "#,##0.000"}),
            "rate": self.book.add_format({**base, "num_format": "0.0%"}),
            "integer": self.book.add_format({**base, "num_format": "0"}),
            "number": self.book.add_format({**base, "num_format": "#,##0.##"}),
            "date": self.book.add_format({**base, "num_format": "yyyy-mm-dd"}),
            "text": self.book.add_format(base),
            "wrap": self.book.add_format({**base, "text_wrap": True}),
        }

    def cell(self, sheet: Any, row: int, col: int, value: object, kind: str, wide: bool) -> None:
        if is_missing(value):
            sheet.write_blank(row, col, None, self.formats["text"])
        elif kind == "date":
            sheet.write_datetime(row, col, pd.Timestamp(value).to_pydatetime(), self.formats[kind])
        elif kind in ("amount", "rate", "integer", "number") and isinstance(value, int | float):
            number = float(value)
            if kind == "amount" and not number.is_integer():
                kind = "amount_fraction"
            if math.isfinite(number):
                sheet.write_number(row, col, number, self.formats[kind])
            else:
                sheet.write_blank(row, col, None, self.formats["text"])
        else:  # text from the report: always a string, never a formula
            sheet.write_string(row, col, str(value), self.formats["wrap" if wide else "text"])

    def table(self, name: str, table: str, frame: pd.DataFrame, lang: str) -> None:
        sheet = self.book.add_worksheet(name)
        columns = list(frame.columns)
        headers = [_header(table, c, lang) for c in columns]
        kinds = [_kind(table, c) for c in columns]
        for col, header in enumerate(headers):
            sheet.write_string(0, col, header, self.formats["header"])
        for row, values in enumerate(frame.itertuples(index=False, name=None), start=1):
            for col, value in enumerate(values):
                self.cell(sheet, row, col, value, kinds[col], columns[col] in WIDE)
        for col, column in enumerate(columns):
            longest = max([_width(headers[col]) // 2 + 2, *map(_width, frame[column].head(200))])
            sheet.set_column(col, col, min(MAX_WIDTH, max(8, longest + 2)))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(1, len(frame)), max(0, len(columns) - 1))

    def about(self, rows: list[tuple[str, str]], definitions: list[list[str]], lang: str) -> None:
        sheet = self.book.add_worksheet(pick(ABOUT, lang))
        for row, (key, value) in enumerate(rows):
            sheet.write_string(row, 0, key, self.formats["header"])
            sheet.write_string(row, 1, value, self.formats["wrap"])
        start = len(rows) + 1
        for col, header in enumerate(definitions[0]):
            sheet.write_string(start, col, header, self.formats["header"])
        for row, values in enumerate(definitions[1:], start=start + 1):
            for col, value in enumerate(values):
                sheet.write_string(row, col, value, self.formats["wrap"])
        for col, width in enumerate((22, 28, 24, 30, 16, 70)):
            sheet.set_column(col, col, width)

    def close(self) -> None:
        self.book.close()


def _about_rows(a: Assessment, lang: str) -> list[tuple[str, str]]:
    report = a.report
    en = lang == fmt.EN
    return [
        ("Source file" if en else "來源檔案", Path(report.source_path).name),
        ("SHA-256", report.sha256),
        ("Agency" if en else "機關", a.agency_en or report.agency if en else report.agency),
        ("Fiscal year" if en else "年度", fmt.roc_year(report.fiscal_year, lang)),
        (
            "Unit" if en else "單位",
            f"amounts in NT$ thousand (printed in {report.unit})"
            if en
            else f"金額一律為新臺幣千元（報告原以{report.unit}列示）",
        ),
        *threshold_rows(a.thresholds, lang),
        (
            "Reviewed statuses" if en else "人工檢視",
            a.annotations_source or ("none" if en else "無"),
        ),
        (
            "Text" if en else "文字",
            "text from the report is written as text, never as a formula"
            if en
            else "報告文字一律以文字寫入，不會成為公式",
        ),
    ]


def _definitions(
    lang: str, sheets: tuple[tuple[tuple[str, str], str], ...] = SHEETS
) -> list[list[str]]:
    en = lang == fmt.EN
    rows = [
        [
            "Sheet" if en else "工作表",
            "Column" if en else "欄位",
            "中文",
            "English",
            "Unit" if en else "單位",
            "Definition" if en else "定義（英文）",
        ]
    ]
    for sheet, table in sheets:
        for f in schema.fields(table):
            rows.append(
                [
                    pick(sheet, lang),
                    f.name,
                    f.label_zh,
                    f.label_en,
                    _unit(f.unit, lang),
                    f.description.replace("`", ""),  # plain text: no Markdown
                ]
            )
    return rows


def _unit(unit: str | None, lang: str) -> str:
    if unit == schema.THOUSAND_TWD:
        return pick(THOUSAND_UNIT, lang)
    if unit == schema.RATIO:
        return "比率（0–1，以百分比顯示）" if lang == fmt.ZH else "ratio (0–1, shown as %)"
    return unit or ""


def write_workbook(a: Assessment, path: str | Path, lang: str = fmt.ZH) -> Path:
    """Write the assessment (and the report's items and findings) as an .xlsx workbook."""
    fmt.check_lang(lang)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = _Writer(out)
    try:
        writer.about(_about_rows(a, lang), _definitions(lang), lang)
        frames = _frames(a, lang)
        for sheet, table in SHEETS:
            writer.table(pick(sheet, lang), table, _codes_in_words(frames[table], lang), lang)
    finally:
        writer.close()
    return out


#: The corpus workbook's sheets: (zh-TW, English) -> the registered table it shows.
CORPUS_SHEETS: tuple[tuple[tuple[str, str], str], ...] = tuple(
    (TABLE_NAMES[t], t) for t in ("agency_years", "plan_history", "link_candidates")
)


def write_corpus_workbook(corpus: Corpus, path: str | Path, lang: str = fmt.ZH) -> Path:
    """Write a corpus (several reports) as an .xlsx workbook: an About sheet (each report with
    its SHA-256, the thresholds in words, every column's definition), then the agency-years,
    the plans year by year and the links left for review, codes in words in ``lang``."""
    fmt.check_lang(lang)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    en = lang == fmt.EN
    rows: list[tuple[str, str]] = [
        (
            f"{'Report' if en else '報告'} {i}",
            f"{r.agency} {fmt.roc_year(r.fiscal_year, lang)}: {Path(r.source_path).name} "
            f"(SHA-256 {r.sha256})",
        )
        for i, r in enumerate(corpus.reports, start=1)
    ]
    rows += threshold_rows(corpus.thresholds, lang)
    from govplans.present.corpus import year_status_key  # as the page words it

    history = corpus.history.assign(
        year_status=[
            year_status_key(v, start, year).removeprefix("year_")
            for v, start, year in zip(
                corpus.history["year_status"],
                corpus.history["start_roc_year"],
                corpus.history["fiscal_year"],
                strict=True,
            )
        ]
    )
    frames = {
        "agency_years": corpus.agency_years,
        "plan_history": history,
        "link_candidates": corpus.candidates,
    }
    writer = _Writer(out)
    try:
        writer.about(rows, _definitions(lang, CORPUS_SHEETS), lang)
        for sheet, table in CORPUS_SHEETS:
            writer.table(pick(sheet, lang), table, _codes_in_words(frames[table], lang), lang)
    finally:
        writer.close()
    return out
