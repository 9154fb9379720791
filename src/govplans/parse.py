"""Parse the text extracted from a 「重要社會發展、重大科技發展計畫執行情形及目標達成情形表」 PDF.

Layout (see docs/domain.md in the shared docs): each printed page is a left table (7 cells per
row: name … planned work) and a right table (3 cells: execution, targets, attainment) whose rows
belong, in order, to the plans of the left table. A plan running over a page break continues on
the next page: on the left as a row whose first six cells are empty; on the right as one more row
than the page has new plans. Agency, fiscal year and unit are read from the document.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from govplans import schema
from govplans.errors import ReportFormatError
from govplans.items import clean_text, split_items
from govplans.report import CATEGORIES, SECTIONS, Report
from govplans.validate import find_data_issues

LEFT_HEADER = [
    "計畫名稱",
    "計畫類型",
    "計畫期程",
    "計畫核定總經費",
    "截至本年度已編列預算數",
    "截至本年底止累計執行數",
    "本年度預定工作摘要",
]
RIGHT_HEADER = ["本年度執行情形說明", "績效目標及本年度目標值", "年度績效目標已達成或未達成之說明"]
TITLE = "重要社會發展、重大科技發展計畫執行情形及目標達成情形表"

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WS = re.compile(r"\s+")
_FISCAL_YEAR = re.compile(r"中華民國\s*(\d{2,3})\s*年度")
_YEAR_LINE = re.compile(r"^(\d{2,3})年度$")
_UNIT = re.compile(r"^單位[:：]\s*(\S.*)$")
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")
_PERIOD = re.compile(r"^(\d{2,3})年(\d{1,2})月(?:至|~|～|-|－)(\d{2,3})年(\d{1,2})月$")
_CJK_CHAR = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
_WRAP_SPACE = re.compile(rf"(?<={_CJK_CHAR})\s+|\s+(?={_CJK_CHAR})")

#: Multiplier to thousand TWD for each unit the layout uses.
UNIT_FACTORS = {"千元": 1, "萬元": 10, "百萬元": 1000}


@dataclass
class _Plan:
    line: int
    name: str
    category: str
    period_text: str
    amounts: tuple[int, int, int]
    period: tuple[int, int, int, int]
    fragments: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)


@dataclass
class _Page:
    left_header: int
    left_rows: list[tuple[int, list[str]]] = field(default_factory=list)
    right_header: int | None = None
    right_rows: list[tuple[int, list[str]]] = field(default_factory=list)


def despace(text: str) -> str:
    """Remove all whitespace (for headers and periods)."""
    return _WS.sub("", text)


def remove_wrap_spaces(text: str) -> str:
    """Remove spaces that line wrapping put next to Chinese characters; keep 'O-RAN SA' spaces."""
    return _WRAP_SPACE.sub("", clean_text(text))


def parse_amount(
    text: str, path: str | Path = "<text>", line: int = 0, what: str = "amount"
) -> int:
    """Parse an amount printed with thousands separators (``1,549,044``)."""
    value = text.strip()
    if not _AMOUNT.match(value):
        raise ReportFormatError(
            path,
            line,
            f"an amount such as 1,549,044 in {what}",
            repr(value) if value else "an empty cell",
        )
    return int(value.replace(",", ""))


def parse_period(
    text: str, path: str | Path = "<text>", line: int = 0
) -> tuple[int, int, int, int]:
    """Parse an ROC period ``113年1月至115年12月`` into (start year, month, end year, month)."""
    value = despace(text)
    match = _PERIOD.match(value)
    if not match:
        raise ReportFormatError(
            path,
            line,
            "a period such as 113年1月至115年12月 in 計畫期程",
            repr(value) if value else "an empty cell",
        )
    sy, sm, ey, em = (int(g) for g in match.groups())
    for month in (sm, em):
        if not 1 <= month <= 12:
            raise ReportFormatError(
                path, line, "months 1 to 12 in 計畫期程", f"month {month} in {value!r}"
            )
    if (ey, em) < (sy, sm):
        raise ReportFormatError(
            path, line, "a period whose end is not before its start", repr(value)
        )
    return sy, sm, ey, em


def _read_lines(path: Path) -> tuple[list[str], str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportFormatError(path, 0, "a readable file", exc.strerror or str(exc)) from None
    if not raw.strip():
        raise ReportFormatError(path, 1, "a plan-execution report", "an empty file")
    if raw.startswith(b"%PDF"):
        raise ReportFormatError(
            path, 1, "the text extracted from the report (not the PDF itself)", "a PDF file"
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReportFormatError(path, 1, "UTF-8 text", "UTF-16 text (save the file as UTF-8)")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ReportFormatError(path, line, "UTF-8 text", "a binary file (NUL byte)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReportFormatError(
            path, line, "UTF-8 text", f"an invalid byte at offset {exc.start}"
        ) from None
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final line break ends the last line; it does not start a new one
    return lines, hashlib.sha256(raw).hexdigest()


def _read_metadata(path: Path, lines: list[str]) -> tuple[str, int, str, int]:
    """Agency, fiscal year (ROC), unit and the multiplier to thousand TWD."""
    year_line = next((i for i, ln in enumerate(lines) if _FISCAL_YEAR.search(ln)), None)
    if year_line is None:
        raise ReportFormatError(
            path,
            1,
            "a plan-execution report with a '中華民國 N 年度' line",
            "none (this does not look like a report)",
        )
    fiscal_year = int(_FISCAL_YEAR.search(lines[year_line]).group(1))  # type: ignore[union-attr]
    agency = next((ln.strip().lstrip("#").strip() for ln in lines[:year_line] if ln.strip()), "")
    if not agency:
        raise ReportFormatError(
            path, year_line + 1, "the agency name on a line before '中華民國 N 年度'", "none"
        )
    unit_match = next(
        ((i, m) for i, ln in enumerate(lines) if (m := _UNIT.match(ln.strip()))), None
    )
    if unit_match is None:
        raise ReportFormatError(path, 1, "a unit line such as 單位：新臺幣千元", "none")
    unit_line, match = unit_match
    unit = despace(match.group(1))
    # Longest suffix first: 新臺幣百萬元 also ends with 萬元.
    suffixes = sorted(UNIT_FACTORS, key=len, reverse=True)
    factor = next((UNIT_FACTORS[s] for s in suffixes if unit.endswith(s)), None)
    if factor is None or not unit.startswith(("新臺幣", "新台幣")):
        raise ReportFormatError(
            path, unit_line + 1, "a unit of 新臺幣千元 (or 新臺幣萬元 / 新臺幣百萬元)", repr(unit)
        )
    return agency, fiscal_year, unit, factor


def _classify_furniture(text: str, agency: str, fiscal_year: int) -> bool:
    """Whether a non-table line is page furniture: agency, title, year, unit, blank-page mark."""
    compact = despace(text.lstrip("#"))
    if not compact:
        return True
    if compact in agency or compact in TITLE or compact in {"本頁空白", "以下空白"}:
        return True
    if _FISCAL_YEAR.search(text) or _UNIT.match(text.strip()):
        return True
    year = _YEAR_LINE.match(compact)
    return bool(year) or f"中華民國{fiscal_year}年度".startswith(compact)


def _collect_pages(
    path: Path,
    lines: list[str],
    report_meta: tuple[str, int],
    roles: dict[int, str],
    notes: list[tuple[int, str]],
) -> list[_Page]:
    agency, fiscal_year = report_meta
    pages: list[_Page] = []
    state: str | None = None  # "left", "right" or None between tables
    for index, text in enumerate(lines):
        number = index + 1
        if "\t" not in text:
            if not text.strip():
                roles[number] = "blank"
                state = None
                continue
            year = _YEAR_LINE.match(despace(text))
            if year and int(year.group(1)) != fiscal_year:
                raise ReportFormatError(
                    path,
                    number,
                    f"{fiscal_year}年度 (the fiscal year on the cover)",
                    repr(text.strip()),
                )
            state = None
            if _classify_furniture(text, agency, fiscal_year):
                roles[number] = "furniture"
            else:
                roles[number] = "note"
                notes.append((number, text.strip()))
            continue
        cells = text.split("\t")
        head = despace(cells[0])
        if head == LEFT_HEADER[0]:
            _check_header(path, number, cells, LEFT_HEADER)
            if pages and pages[-1].right_header is None:
                raise ReportFormatError(
                    path,
                    number,
                    f"the right half (本年度執行情形說明 …) of the page whose left half starts on "
                    f"line {pages[-1].left_header} before the next page",
                    "a new left half",
                )
            pages.append(_Page(left_header=number))
            state = "left"
            roles[number] = "header"
        elif head == RIGHT_HEADER[0]:
            _check_header(path, number, cells, RIGHT_HEADER)
            if not pages or pages[-1].right_header is not None:
                raise ReportFormatError(
                    path,
                    number,
                    "a left half (計畫名稱 …) before this right half",
                    "a right half without one",
                )
            pages[-1].right_header = number
            state = "right"
            roles[number] = "header"
        elif state == "left":
            _check_cells(path, number, cells, LEFT_HEADER)
            pages[-1].left_rows.append((number, cells))
            roles[number] = "row"
        elif state == "right":
            _check_cells(path, number, cells, RIGHT_HEADER)
            pages[-1].right_rows.append((number, cells))
            roles[number] = "row"
        else:
            raise ReportFormatError(
                path,
                number,
                "a table header (計畫名稱 … or 本年度執行情形說明 …) before rows",
                "a table row outside a table",
            )
    if not pages:
        raise ReportFormatError(
            path,
            len(lines),
            "at least one table with the header 計畫名稱、計畫類型 …",
            "no table (this does not look like a report)",
        )
    if pages[-1].right_header is None:
        raise ReportFormatError(
            path,
            len(lines),
            f"the right half of the page whose left half starts on line {pages[-1].left_header}",
            "the end of the file (truncated)",
        )
    return pages


def _check_header(path: Path, line: int, cells: list[str], expected: list[str]) -> None:
    found = [despace(c) for c in cells]
    if found != expected:
        raise ReportFormatError(path, line, f"the header {'、'.join(expected)}", "、".join(found))


def _check_cells(path: Path, line: int, cells: list[str], header: list[str]) -> None:
    if len(cells) != len(header):
        raise ReportFormatError(
            path,
            line,
            f"{len(header)} tab-separated cells ({header[0]} … {header[-1]})",
            f"{len(cells)}",
        )


def _new_plan(path: Path, line: int, cells: list[str]) -> _Plan:
    for label, cell in zip(LEFT_HEADER[:6], cells[:6], strict=True):
        if not cell.strip():
            raise ReportFormatError(
                path,
                line,
                "either all six leading cells filled (a new plan) or all six empty (a "
                "continuation)",
                f"an empty {label}",
            )
    category = despace(cells[1])
    if category not in CATEGORIES:
        raise ReportFormatError(path, line, f"計畫類型 {' or '.join(CATEGORIES)}", repr(category))
    amounts = tuple(parse_amount(cells[i], path, line, LEFT_HEADER[i]) for i in (3, 4, 5))
    return _Plan(
        line=line,
        name=remove_wrap_spaces(cells[0]),
        category=category,
        period_text=despace(cells[2]),
        amounts=amounts,  # type: ignore[arg-type]
        period=parse_period(cells[2], path, line),
        fragments={"planned_work": [(cells[6], line)]},
        lines=[line],
    )


def _assemble_plans(path: Path, pages: list[_Page]) -> list[_Plan]:
    plans: list[_Plan] = []
    for page in pages:
        new: list[_Plan] = []
        for line, cells in page.left_rows:
            if all(not c.strip() for c in cells[:6]):
                if not plans and not new:
                    raise ReportFormatError(
                        path,
                        line,
                        "a plan row before a continuation row",
                        "a continuation row with no plan to continue",
                    )
                target = new[-1] if new else plans[-1]
                target.fragments["planned_work"].append((cells[6], line))
                target.lines.append(line)
            else:
                new.append(_new_plan(path, line, cells))
        rows = page.right_rows
        extra = len(rows) - len(new)
        right_line = page.right_header or 0
        if extra < 0 or (
            extra == 0
            and new
            and plans
            and rows
            and not rows[0][1][0].strip()
            and not rows[0][1][1].strip()
        ):
            raise ReportFormatError(
                path,
                rows[-1][0] if rows else right_line,
                f"a right-half row for each of the {len(new)} plans on the page starting on line "
                f"{page.left_header}",
                f"{len(rows)} row{'' if len(rows) == 1 else 's'} (truncated)",
            )
        if extra > 1:
            raise ReportFormatError(
                path,
                rows[0][0],
                f"{len(new)} right-half rows (one per plan), or {len(new) + 1} with a "
                f"continuation of the previous page's last plan",
                f"{len(rows)}",
            )
        if extra == 1:
            if not plans:
                raise ReportFormatError(
                    path,
                    rows[0][0],
                    f"{len(new)} right-half rows, one per plan on the page",
                    f"{len(rows)} with no earlier plan to continue",
                )
            line, cells = rows[0]
            _add_right(plans[-1], line, cells)
            rows = rows[1:]
        for plan, (line, cells) in zip(new, rows, strict=True):
            _add_right(plan, line, cells)
        plans.extend(new)
    if not plans:
        raise ReportFormatError(path, pages[0].left_header, "at least one plan row", "none")
    return plans


def _add_right(plan: _Plan, line: int, cells: list[str]) -> None:
    for section, cell in zip(("execution", "targets", "attainment"), cells, strict=True):
        if cell.strip():
            plan.fragments.setdefault(section, []).append((cell, line))
    plan.lines.append(line)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_report(path: str | Path) -> Report:
    """Read a plan-execution report into a :class:`~govplans.report.Report`.

    Raises :class:`~govplans.errors.ReportFormatError` naming the file, line and what was
    expected when the structure is wrong. Data-quality issues that are not structural
    (e.g. executed > appropriated) become ``report.findings``.
    """
    path = Path(path)
    lines, sha256 = _read_lines(path)
    agency, fiscal_year, unit, factor = _read_metadata(path, lines)
    roles: dict[int, str] = {}
    notes: list[tuple[int, str]] = []
    pages = _collect_pages(path, lines, (agency, fiscal_year), roles, notes)
    plans = _assemble_plans(path, pages)

    plan_rows: list[dict] = []
    item_rows: list[dict] = []
    for seq, plan in enumerate(plans, start=1):
        plan_id = f"{fiscal_year}-{seq:02d}"
        counts: dict[str, int] = {}
        for section in SECTIONS:
            items = split_items(plan.fragments.get(section, []))
            counts[section] = sum(1 for it in items if it.sub_item_no == 0 and it.item_no)
            for it in items:
                item_rows.append(
                    {
                        "plan_id": plan_id,
                        "section": section,
                        "item_no": it.item_no,
                        "sub_item_no": it.sub_item_no,
                        "marker": it.marker,
                        "text": it.text,
                        "source_line": it.lines[0],
                        "source_lines": ",".join(str(n) for n in it.lines),
                    }
                )
        sy, sm, ey, em = plan.period
        total, appropriated, executed = (a * factor for a in plan.amounts)
        plan_rows.append(
            {
                "plan_id": plan_id,
                "seq": seq,
                "name": plan.name,
                "category": plan.category,
                "period_text": plan.period_text,
                "start_roc_year": sy,
                "start_month": sm,
                "end_roc_year": ey,
                "end_month": em,
                "start_date": date(sy + 1911, sm, 1),
                "end_date": _month_end(ey + 1911, em),
                "total_budget_thousand_twd": total,
                "appropriated_thousand_twd": appropriated,
                "executed_thousand_twd": executed,
                "n_planned_work": counts["planned_work"],
                "n_execution": counts["execution"],
                "n_targets": counts["targets"],
                "n_attainment": counts["attainment"],
                "source_line": plan.line,
                "source_lines": ",".join(str(n) for n in plan.lines),
            }
        )
    plans_frame = schema.make_frame("plans", plan_rows)
    report = Report(
        agency=agency,
        fiscal_year=fiscal_year,
        unit=unit,
        title=TITLE,
        source_path=path,
        sha256=sha256,
        plans=plans_frame,
        items=schema.make_frame("items", item_rows),
        notes=notes,
        line_roles=roles,
    )
    report.findings = find_data_issues(plans_frame, fiscal_year)
    return report
