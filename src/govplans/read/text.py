"""The extracted-text reader: text extracted from the report's PDF -> page tables.

Layout (see ``docs/architecture.md`` and the shared domain notes): table rows are lines
of tab-separated cells; a header line (計畫名稱 … or 本年度執行情形說明 …) starts a table;
lines without a tab are page furniture (agency, title, year, unit, 本頁空白), blank, or
notes kept as such.
Agency, fiscal year and unit are read from the document. The plans are built by the shared
assembler (:mod:`govplans.read.assemble`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef
from govplans.model.text import despace
from govplans.read.amounts import unit_factor
from govplans.read.encodings import decode_text
from govplans.read.pages import (
    LEFT_HEADER,
    RIGHT_HEADER,
    TITLE,
    PageTable,
    ReportMeta,
    Row,
    SourceTables,
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FISCAL_YEAR = re.compile(r"中華民國\s*(\d{2,3})\s*年度")
YEAR_LINE = re.compile(r"^(\d{2,3})年度$")
_UNIT = re.compile(r"^單位[:：]\s*(\S.*)$")


def decode_lines(path: Path, raw: bytes) -> list[str]:
    """The lines of an extracted-text source (UTF-8, UTF-16 or Big5, see
    :mod:`~govplans.read.encodings`; any line ending)."""
    if not raw.strip():
        raise ReportFormatError(path, 1, "a plan-execution report", "an empty file")
    if raw.startswith(b"%PDF"):
        raise ReportFormatError(
            path, 1, "the text extracted from the report (not the PDF itself)", "a PDF file"
        )
    text, _ = decode_text(path, raw)
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final line break ends the last line; it does not start a new one
    return lines


def read_metadata(path: Path, lines: list[str], page: int | None = None) -> ReportMeta:
    """Agency, fiscal year (ROC), unit and the multiplier to thousand TWD.

    ``lines`` are the source's lines; for a PDF, the title lines of the first spread, and errors
    name ``page`` instead of a line.
    """

    def error(line: int, expected: str, found: str) -> ReportFormatError:
        return ReportFormatError(path, 0 if page else line, expected, found, page=page)

    year_line = next((i for i, ln in enumerate(lines) if _FISCAL_YEAR.search(ln)), None)
    if year_line is None:
        raise error(
            1,
            "a plan-execution report with a '中華民國 N 年度' line",
            "none (this does not look like a report)",
        )
    fiscal_year = int(_FISCAL_YEAR.search(lines[year_line]).group(1))  # type: ignore[union-attr]
    agency = next((ln.strip().lstrip("#").strip() for ln in lines[:year_line] if ln.strip()), "")
    if not agency:
        raise error(year_line + 1, "the agency name on a line before '中華民國 N 年度'", "none")
    unit_match = next(
        ((i, m) for i, ln in enumerate(lines) if (m := _UNIT.match(ln.strip()))), None
    )
    if unit_match is None:
        raise error(1, "a unit line such as 單位：新臺幣千元", "none")
    unit_line, match = unit_match
    unit = despace(match.group(1))
    factor = unit_factor(unit)
    if factor is None:
        raise error(
            unit_line + 1,
            "a unit of 新臺幣千元 (or 新臺幣元 / 新臺幣萬元 / 新臺幣百萬元)",
            repr(unit),
        )
    return ReportMeta(agency, fiscal_year, unit, factor)


def is_furniture(text: str, agency: str, fiscal_year: int) -> bool:
    """Whether a non-table line is page furniture: agency, title, year, unit, blank-page mark."""
    compact = despace(text.lstrip("#"))
    if not compact:
        return True
    if compact in agency or compact in TITLE or compact in {"本頁空白", "以下空白"}:
        return True
    if _FISCAL_YEAR.search(text) or _UNIT.match(text.strip()):
        return True
    year = YEAR_LINE.match(compact)
    return bool(year) or f"中華民國{fiscal_year}年度".startswith(compact)


@dataclass
class _Collector:
    """The state of the line-by-line pass that finds the page tables."""

    path: Path
    meta: ReportMeta
    pages: list[PageTable] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)
    notes: list[tuple[int, str]] = field(default_factory=list)
    state: str | None = None  # "left", "right" or None between tables

    def ref(self, number: int) -> SourceRef:
        return SourceRef(str(self.path), number)

    def error(self, number: int, expected: str, found: str) -> ReportFormatError:
        return ReportFormatError(self.path, number, expected, found)

    def text_line(self, number: int, text: str) -> None:
        """A line without a tab: blank, page furniture, or a note kept as such."""
        self.state = None
        if not text.strip():
            self.roles[number] = "blank"
            return
        year = YEAR_LINE.match(despace(text))
        if year and int(year.group(1)) != self.meta.fiscal_year:
            raise self.error(
                number,
                f"{self.meta.fiscal_year}年度 (the fiscal year on the cover)",
                repr(text.strip()),
            )
        if is_furniture(text, self.meta.agency, self.meta.fiscal_year):
            self.roles[number] = "furniture"
        else:
            self.roles[number] = "note"
            self.notes.append((number, text.strip()))

    def left_header(self, number: int, cells: list[str]) -> None:
        _check_header(self.path, number, cells, LEFT_HEADER)
        if self.pages and self.pages[-1].right_header is None:
            raise self.error(
                number,
                f"the right half (本年度執行情形說明 …) of the page whose left half starts on "
                f"line {self.pages[-1].left_header.line} before the next page",
                "a new left half",
            )
        self.pages.append(PageTable(left_header=self.ref(number)))
        self.state = "left"
        self.roles[number] = "header"

    def right_header(self, number: int, cells: list[str]) -> None:
        _check_header(self.path, number, cells, RIGHT_HEADER)
        if not self.pages or self.pages[-1].right_header is not None:
            raise self.error(
                number,
                "a left half (計畫名稱 …) before this right half",
                "a right half without one",
            )
        self.pages[-1].right_header = self.ref(number)
        self.state = "right"
        self.roles[number] = "header"

    def row(self, number: int, cells: list[str]) -> None:
        if self.state is None:
            raise self.error(
                number,
                "a table header (計畫名稱 … or 本年度執行情形說明 …) before rows",
                "a table row outside a table",
            )
        header = LEFT_HEADER if self.state == "left" else RIGHT_HEADER
        _check_cells(self.path, number, cells, header)
        page = self.pages[-1]
        rows = page.left_rows if self.state == "left" else page.right_rows
        rows.append(Row(tuple(cells), self.ref(number)))
        self.roles[number] = "row"

    def line(self, number: int, text: str) -> None:
        if "\t" not in text:
            self.text_line(number, text)
            return
        cells = text.split("\t")
        head = despace(cells[0])
        if head == LEFT_HEADER[0]:
            self.left_header(number, cells)
        elif head == RIGHT_HEADER[0]:
            self.right_header(number, cells)
        else:
            self.row(number, cells)

    def finish(self, n_lines: int) -> list[PageTable]:
        if not self.pages:
            raise self.error(
                n_lines,
                "at least one table with the header 計畫名稱、計畫類型 …",
                "no table (this does not look like a report)",
            )
        if self.pages[-1].right_header is None:
            raise self.error(
                n_lines,
                f"the right half of the page whose left half starts on line "
                f"{self.pages[-1].left_header.line}",
                "the end of the file (truncated)",
            )
        return self.pages


def _check_header(path: Path, line: int, cells: list[str], expected: tuple[str, ...]) -> None:
    found = [despace(c) for c in cells]
    if found != list(expected):
        raise ReportFormatError(path, line, f"the header {'、'.join(expected)}", "、".join(found))


def _check_cells(path: Path, line: int, cells: list[str], header: tuple[str, ...]) -> None:
    if len(cells) != len(header):
        raise ReportFormatError(
            path,
            line,
            f"{len(header)} tab-separated cells ({header[0]} … {header[-1]})",
            f"{len(cells)}",
        )


def read_text_tables(path: Path, raw: bytes) -> SourceTables:
    """The page tables of an extracted-text source (``raw`` is the file's bytes)."""
    lines = decode_lines(path, raw)
    meta = read_metadata(path, lines)
    collector = _Collector(path, meta)
    for index, text in enumerate(lines):
        collector.line(index + 1, text)
    pages = collector.finish(len(lines))
    return SourceTables(
        path=str(path),
        sha256=hashlib.sha256(raw).hexdigest(),
        meta=meta,
        pages=pages,
        notes=collector.notes,
        line_roles=collector.roles,
        end=SourceRef(str(path), len(lines)),
    )
