#!/usr/bin/env python3
"""Build PDF / DOCX / ODT fixtures from producers the PDF reader was not built with.

    .venv/bin/python scripts/make_fixtures2.py          # everything into tests/fixtures/pdf2/
    .venv/bin/python scripts/make_fixtures2.py --check  # self-check the committed files only

The truth is the PARSED text report (``read_report`` on data/raw/moda_114_plan_execution.txt):
every name, category, period, amount and item comes from ``r.plans`` / ``r.items``; nothing of
the report is typed in here except the printed header labels and the title. expected.json
records, per fixture, the producer, the face, the plans it holds and (for the bad ones) the
failure a reader must report; the plans' full truth is written once under ``plans``.

Producers (one function each, below): python-docx -> LibreOffice (PDF + ODT), reportlab (rules
as filled rectangles; also the /Rotate 90 and the two bad variants), headless Chromium (one
landscape sheet per spread, rows split by the browser), LibreOffice Calc (XLSX from openpyxl,
numeric amount cells), and scans (pdftoppm -> ImageMagick noise/skew -> img2pdf -> ocrmypdf).
Needs: soffice (writer + calc), chromium, poppler-utils, imagemagick, img2pdf, ocrmypdf,
tesseract-ocr-chi-tra, fonts-arphic-uming/ukai, fonts-cwtex-fs, fonts-noto-cjk; Python:
the ``fixtures`` extra (reportlab, python-docx) and openpyxl.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "raw" / "moda_114_plan_execution.txt"
OUT = ROOT / "tests" / "fixtures" / "pdf2"
sys.path.insert(0, str(ROOT / "src"))
from govplans import read_report  # noqa: E402

TITLE = "重要社會發展、重大科技發展計畫執行情形及目標達成情形表"
LEFT_HEADER = (
    "計畫名稱",
    "計畫類型",
    "計畫期程",
    "計畫核定總經費",
    "截至本年度已編列預算數",
    "截至本年底止累計執行數",
    "本年度預定工作摘要",
)
RIGHT_HEADER = ("本年度執行情形說明", "績效目標及本年度目標值", "年度績效目標已達成或未達成之說明")
SECTIONS = ("planned_work", "execution", "targets", "attainment")
IDEOGRAPHIC_SPACE = "\u3000"

#: The plan subsets the fixtures are made of (plan ids of the source report).
MAIN = ("114-01", "114-02", "114-03", "114-04", "114-05", "114-06", "114-07", "114-14")
SMALL = ("114-01", "114-02", "114-03")
CALC = ("114-01", "114-02", "114-03", "114-04", "114-05", "114-06")

UMING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 2)  # AR PL UMing TW
UKAI = ("/usr/share/fonts/truetype/arphic/ukai.ttc", 2)  # AR PL UKai TW
FANGSONG = "cwTeXFangSong"  # fonts-cwtex-fs, 'cwTeX 仿宋體'
KAI = "AR PL UKai TW"
SANS = "Noto Sans CJK TC"
MING = "AR PL UMing TW"


# ---------------------------------------------------------------------------------------------
# The report as data
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Para:
    text: str  # as printed: "1. text", "(1) text" or a lead sentence
    level: int = 0  # 1 for a sub-item
    key: tuple[int, int] = (0, 0)  # item_no, sub_item_no


@dataclass
class Plan:
    plan_id: str
    name: str
    category: str
    period: str
    amounts: tuple[str, str, str]
    cells: dict[str, list[Para]] = field(default_factory=dict)

    @property
    def left(self) -> list[str | list[Para]]:
        return [self.name, self.category, self.period, *self.amounts, self.cells["planned_work"]]

    @property
    def right(self) -> list[list[Para]]:
        return [self.cells[s] for s in SECTIONS[1:]]


@dataclass
class Report:
    agency: str
    year: int
    unit: str
    plans: dict[str, Plan]
    truth: dict[str, dict]

    def pick(self, ids: tuple[str, ...]) -> list[Plan]:
        return [self.plans[i] for i in ids]


def amount(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def load_report() -> Report:
    r = read_report(SOURCE)
    plans: dict[str, Plan] = {}
    truth: dict[str, dict] = {}
    for p in r.plans.itertuples():
        amounts = tuple(
            amount(v)
            for v in (
                p.total_budget_thousand_twd,
                p.appropriated_thousand_twd,
                p.executed_thousand_twd,
            )
        )
        plan = Plan(p.plan_id, p.name, p.category, p.period_text, amounts)  # type: ignore[arg-type]
        items = r.items[r.items.plan_id == p.plan_id]
        truth[p.plan_id] = {
            "name": p.name,
            "category": p.category,
            "period_text": p.period_text,
            "amounts_printed": list(amounts),
            "items": {},
        }
        for section in SECTIONS:
            rows = items[items.section == section]
            plan.cells[section] = [
                Para(
                    f"{i.marker} {i.text}" if i.marker else i.text,
                    int(i.sub_item_no > 0),
                    (int(i.item_no), int(i.sub_item_no)),
                )
                for i in rows.itertuples()
            ]
            truth[p.plan_id]["items"][section] = [
                {
                    "item_no": int(i.item_no),
                    "sub_item_no": int(i.sub_item_no),
                    "marker": i.marker,
                    "text": i.text,
                }
                for i in rows.itertuples()
            ]
        plans[p.plan_id] = plan
    return Report(r.agency, int(r.fiscal_year), r.unit, plans, truth)


def run(*cmd: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout


def page_count(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))  # type: ignore[union-attr]


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run(
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            outdir,
            src,
        )
    return outdir / f"{src.stem}.{fmt.split(':')[0]}"


def year_unit(rep: Report) -> tuple[str, str]:
    return f"{rep.year}年度", f"單位：{rep.unit}"


# ---------------------------------------------------------------------------------------------
# 1. Word processor: python-docx -> LibreOffice (PDF and ODT)
# ---------------------------------------------------------------------------------------------
def make_docx(rep: Report, plans: list[Plan], path: Path, face: str, one_line: bool) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(14))
    normal = doc.styles["Normal"]
    normal.font.name = face
    normal.font.size = Pt(9.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), face)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    def para(text: str, size: float = 9.5, align=None, bold: bool = False, cell=None):
        p = cell.add_paragraph() if cell is not None else doc.add_paragraph()
        run_ = p.add_run(text)
        run_.font.size = Pt(size)
        run_.bold = bold
        if align is not None:
            p.alignment = align
        return p

    def title_block() -> None:
        para(rep.agency, 16, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        para(TITLE, 14, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        year, unit = year_unit(rep)
        if one_line:
            para(f"{year}{IDEOGRAPHIC_SPACE * 3}{unit}", 10, WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            para(year, 11, WD_ALIGN_PARAGRAPH.CENTER)
            para(unit, 10, WD_ALIGN_PARAGRAPH.RIGHT)

    def table(header: tuple[str, ...], widths: tuple[float, ...], rows: list[list]) -> None:
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.autofit = False
        for column, w in zip(t.columns, widths, strict=True):
            column.width = Mm(w)  # the grid (LibreOffice reads these, Word the cell widths)
        hdr = t.rows[0]
        tr_pr = hdr._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)  # the header row repeats on every page the table runs onto
        for cell, label, w in zip(hdr.cells, header, widths, strict=True):
            cell.width = Mm(w)
            cell.paragraphs[0].add_run(label).bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for values in rows:
            cells = t.add_row().cells  # rows may break across pages (no cantSplit)
            for col, (cell, value, w) in enumerate(zip(cells, values, widths, strict=True)):
                cell.width = Mm(w)
                if isinstance(value, str):
                    p = cell.paragraphs[0]
                    p.add_run(value)
                    if header is LEFT_HEADER and col in (1, 2):
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif header is LEFT_HEADER and col in (3, 4, 5):
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    continue
                first = True
                for item in value:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    p.add_run(item.text)
                    p.paragraph_format.left_indent = Pt(12 + 10 * item.level)
                    p.paragraph_format.first_line_indent = Pt(-12)

    def page_break() -> None:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 3 plans, then 4 (the 4th, long, breaks across pages), then the rest.
    spreads = [plans[:3], plans[3:7], plans[7:]]
    for n, group in enumerate(spreads):
        title_block()
        table(LEFT_HEADER, (48, 14, 24, 20, 22, 22, 119), [p.left for p in group])
        page_break()
        title_block()
        table(RIGHT_HEADER, (89.6, 89.6, 89.6), [p.right for p in group])
        if n < len(spreads) - 1:
            page_break()
    doc.core_properties.created = datetime.datetime(2026, 1, 15, 9, 0)  # stable bytes
    doc.save(str(path))


def word_fixtures(rep: Report, out: Path, expected: dict) -> None:
    variants = (
        ("word_kai_a4", KAI, False),
        ("word_fangsong_oneline_a4", FANGSONG, True),
    )
    for stem, face, one_line in variants:
        docx = out / f"{stem}.docx"
        make_docx(rep, rep.pick(MAIN), docx, face, one_line)
        with tempfile.TemporaryDirectory() as tmp:
            pdf = soffice_convert(docx, "pdf", Path(tmp))
            odt = soffice_convert(docx, "odt", Path(tmp))
            shutil.copy(pdf, out / f"{stem}.pdf")
            shutil.copy(odt, out / f"{stem}.odt")
        for ext in ("pdf", "docx", "odt"):
            expected[f"{stem}.{ext}"] = {
                "producer": "python-docx"
                + ("" if ext == "docx" else f" -> LibreOffice Writer --convert-to {ext}"),
                "face": face,
                "paper": "A4 landscape",
                "plan_ids": list(MAIN),
                "year_unit_one_line": one_line,
                "features": [
                    "title block (agency, title, year, unit) over every half table",
                    "spreads of 3, 4 and 1 plans: a 7-column table, page break, a 3-column table",
                    "table rows may break across pages; the header row repeats",
                ],
            }
        expected[f"{stem}.pdf"]["pages"] = page_count(out / f"{stem}.pdf")


# ---------------------------------------------------------------------------------------------
# 2. reportlab: a hand-laid table with rules drawn as filled rectangles (Ming)
# ---------------------------------------------------------------------------------------------
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/\-]*|\s|.")


def wrap(text: str, width: float, measure: Callable[[str], float], by_char: bool = False) -> list:
    """Greedy line breaking; Latin words and numbers stay whole unless ``by_char``."""
    tokens = list(text) if by_char else TOKEN.findall(text)
    lines, line = [], ""
    for tok in tokens:
        if line and measure(line + tok) > width:
            lines.append(line.rstrip())
            line = "" if tok.isspace() else tok
        else:
            line += tok
    if line:
        lines.append(line.rstrip())
    return lines or [""]


@dataclass
class Layout:
    """Geometry of the reportlab fixtures (points)."""

    page_w: float = 842.0
    page_h: float = 595.0
    margin: float = 34.0
    size: float = 8.5
    leading: float = 11.5
    pad: float = 3.0
    rule: float = 0.6
    left_mm: tuple[float, ...] = (44, 14, 22, 18, 20, 20, 135)
    right_mm: tuple[float, ...] = (91, 91, 91)
    amounts_by_char: bool = False


Line = tuple[float, str, tuple[int, int], bool]


def cell_lines(value, width: float, measure, by_char: bool = False) -> list[Line]:
    """A cell's printed lines as (indent, text, item key, first line of the item?).

    Items hang under their text (wrapped lines indented by the marker's width).
    """
    if isinstance(value, str):
        return [
            (0.0, s, (0, 0), i == 0) for i, s in enumerate(wrap(value, width, measure, by_char))
        ]
    out: list[Line] = []
    for item in value:
        indent = item.level * 10.0
        marker = re.match(r"^(\(\d+\)|\d+\.)\s", item.text)
        hang = measure(marker.group(0)) if marker else 0.0
        first, *rest = wrap(item.text, width - indent, measure)
        out.append((indent, first, item.key, True))
        if rest:
            rest_text = item.text[len(first) :].lstrip()
            for line in wrap(rest_text, width - indent - hang, measure):
                out.append((indent + hang, line, item.key, False))
    return out


def how_it_goes_on(lines: list[Line]) -> dict:
    """Where a section's continuation starts: nothing left, an item boundary, mid-sentence."""
    if not lines:
        return {"starts": "nothing"}
    _, _, (item_no, sub_item_no), first = lines[0]
    return {
        "starts": "item_boundary" if first else "mid_sentence",
        "item_no": item_no,
        "sub_item_no": sub_item_no,
    }


def reportlab_pdf(
    rep: Report,
    plans: list[Plan],
    path: Path,
    *,
    rotate: bool = False,
    drop_right_of: str | None = None,
    force_break_in: str | None = None,
    lay: Layout | None = None,
) -> dict:
    """Two-page spreads; a plan that does not fit continues on the next spread (both halves).

    Returns the layout record (pages per spread, continuations) for expected.json.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    lay = lay or Layout()
    pdfmetrics.registerFont(TTFont("UMing", UMING[0], subfontIndex=UMING[1]))

    def measure(s: str, size: float = lay.size) -> float:
        return pdfmetrics.stringWidth(s, "UMing", size)

    lw = [w * mm for w in lay.left_mm]
    rw = [w * mm for w in lay.right_mm]
    # With /Rotate 90 reportlab writes the MediaBox swapped: portrait media, landscape display.
    c = canvas.Canvas(str(path), pagesize=(lay.page_w, lay.page_h), invariant=1)
    c.setTitle(TITLE)
    c.setAuthor(rep.agency)

    def cells(widths, values, by_char_cols=()):
        return [
            cell_lines(v, w - 2 * lay.pad, measure, i in by_char_cols)
            for i, (w, v) in enumerate(zip(widths, values, strict=True))
        ]

    header_l = cells(lw, list(LEFT_HEADER))
    header_r = cells(rw, list(RIGHT_HEADER))
    header_lines = max(len(x) for x in header_l + header_r)
    top = lay.page_h - lay.margin - 62  # below the title block
    bottom = lay.margin + 14
    body_lines = int((top - bottom - header_lines * lay.leading - 4 * lay.pad) // lay.leading)

    # Rows of a spread: (plan_id, continuation?, left cells, right cells)
    pending = []
    starts: dict[int, dict] = {}  # a continuation row's left cells -> how each section goes on
    amount_cols = (3, 4, 5) if lay.amounts_by_char else ()
    for p in plans:
        pending.append((p.plan_id, False, cells(lw, p.left, amount_cols), cells(rw, p.right)))
    spreads: list[list] = []
    page: list = []
    used = 0
    while pending:
        pid, cont, left, right = pending.pop(0)
        need = max(len(x) for x in left + right)
        room = body_lines - used - (0 if not page else 1)  # one line of padding per row
        fixed = max(len(x) for x in left[:6])
        forced = pid == force_break_in and not cont
        if need <= room and not forced:
            page.append((pid, cont, left, right, need))
            used += need + 1
            continue
        cut = room if not forced else 1
        if forced or (cut >= max(fixed, 2) and cut < need):
            head_l = [x[:cut] for x in left]
            head_r = [x[:cut] for x in right]
            tail_l = [[] for _ in left[:6]] + [left[6][cut:]]
            if forced:
                tail_l = [x[cut:] for x in left]
            tail_r = [x[cut:] for x in right]
            if id(left) in starts:  # a continuation split again keeps its record
                starts[id(head_l)] = starts[id(left)]
            page.append((pid, cont, head_l, head_r, cut))
            pending.insert(0, (pid, True, tail_l, tail_r))
            starts[id(tail_l)] = {
                section: how_it_goes_on(lines)
                for section, lines in zip(SECTIONS, [tail_l[6], *tail_r], strict=True)
            }
        else:
            pending.insert(0, (pid, cont, left, right))
        spreads.append(page)
        page, used = [], 0
    if page:
        spreads.append(page)

    def rect_rule(x: float, y: float, w: float, h: float) -> None:
        c.rect(x, y, w, h, stroke=0, fill=1)  # a rule is a thin filled rectangle

    def half(widths, header, rows, y_unit: str) -> None:
        if rotate:
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, lay.page_h, 0)
        x0 = lay.margin
        total = sum(widths)
        c.setFont("UMing", 15)
        c.drawCentredString(x0 + total / 2, lay.page_h - lay.margin - 12, rep.agency)
        c.setFont("UMing", 13)
        c.drawCentredString(x0 + total / 2, lay.page_h - lay.margin - 32, TITLE)
        c.setFont("UMing", 10)
        year, unit = year_unit(rep)
        c.drawCentredString(x0 + total / 2, lay.page_h - lay.margin - 50, year)
        c.drawRightString(x0 + total, lay.page_h - lay.margin - 58, unit)
        c.setFillGray(0.85)
        hh = header_lines * lay.leading + 2 * lay.pad
        c.rect(x0, top - hh, total, hh, stroke=0, fill=1)
        c.setFillGray(0)
        y = top
        row_tops = [y]
        table_rows = [(header, header_lines)] + [(r[0], r[1]) for r in rows]
        for k, (cells_, n) in enumerate(table_rows):
            h = n * lay.leading + 2 * lay.pad
            x = x0
            for col, (w, lines) in enumerate(zip(widths, cells_, strict=True)):
                c.setFont("UMing", lay.size)
                for i, (indent, text, *_) in enumerate(lines):
                    base = y - lay.pad - (i + 1) * lay.leading + 2.8
                    if k == 0:
                        c.drawCentredString(x + w / 2, base, text)
                    elif widths is lw and col in (3, 4, 5):
                        c.drawRightString(x + w - lay.pad, base, text)
                    elif widths is lw and col in (1, 2):
                        c.drawCentredString(x + w / 2, base, text)
                    else:
                        c.drawString(x + lay.pad + indent, base, text)
                x += w
            y -= h
            row_tops.append(y)
        for yy in row_tops:
            rect_rule(x0, yy - lay.rule / 2, total, lay.rule)
        x = x0
        for w in [0.0, *widths]:
            x += w
            rect_rule(x - lay.rule / 2, y, lay.rule, top - y)
        c.setFont("UMing", 9)
        c.drawCentredString(lay.page_w / 2, lay.margin - 6, y_unit)
        c.showPage()

    record: dict = {"spreads": [], "continuations": []}
    number = 0
    for s, rows in enumerate(spreads):
        left_rows = [(r[2], r[4]) for r in rows]
        right_rows = [(r[3], r[4]) for r in rows if not (r[0] == drop_right_of and not r[1])]
        number += 1
        half(lw, header_l, left_rows, str(number))
        number += 1
        half(rw, header_r, right_rows, str(number))
        record["spreads"].append(
            {
                "left_page": 2 * s + 1,
                "right_page": 2 * s + 2,
                "rows": [{"plan_id": r[0], "continuation": r[1]} for r in rows],
            }
        )
        record["continuations"] += [
            {
                "plan_id": r[0],
                "from_page": 2 * s - 1,
                "to_page": 2 * s + 1,
                "sections": starts[id(r[2])],
            }
            for r in rows
            if r[1]
        ]
    c.save()
    record["pages"] = 2 * len(spreads)
    return record


def reportlab_fixtures(rep: Report, out: Path, expected: dict, bad: dict) -> None:
    base = {
        "producer": "reportlab (canvas; rules as filled rectangles, no stroked lines)",
        "continuation_sections": "per section: nothing more, the next item at an item boundary,"
        " or the rest of item (item_no, sub_item_no) mid-sentence, unmarked",
        "face": MING,
        "paper": "A4 landscape",
        "layout": "two_page_spreads",
    }
    rec = reportlab_pdf(rep, rep.pick(MAIN), out / "reportlab_ming_a4.pdf")
    expected["reportlab_ming_a4.pdf"] = {
        **base,
        "plan_ids": list(MAIN),
        **rec,
        "features": [
            "table rules are thin filled rectangles (re f), not stroked lines",
            "a plan that does not fit continues on the next spread (left: 6 empty cells)",
            "left and right halves of a spread hold the same rows with the same heights",
        ],
    }
    rec = reportlab_pdf(rep, rep.pick(MAIN), out / "rotated_ming_portrait_media.pdf", rotate=True)
    expected["rotated_ming_portrait_media.pdf"] = {
        **base,
        "paper": "A4 portrait media (595 x 842 pt), /Rotate 90: displays landscape",
        "plan_ids": list(MAIN),
        **rec,
        "features": ["every page has /Rotate 90; the content is drawn rotated on portrait media"],
    }
    rec = reportlab_pdf(
        rep, rep.pick(MAIN), out / "bad_right_one_plan_fewer.pdf", drop_right_of="114-05"
    )
    spread = next(s for s in rec["spreads"] if any(r["plan_id"] == "114-05" for r in s["rows"]))
    bad["bad_right_one_plan_fewer.pdf"] = {
        **base,
        "plan_ids": list(MAIN),
        "pages": rec["pages"],
        "error": "refused: the right half has one plan fewer than the left",
        "page": spread["right_page"],
        "left_page": spread["left_page"],
        "what": "plan 114-05's right-hand row (execution/targets/attainment) is missing on the "
        f"right page {spread['right_page']}; its left page {spread['left_page']} has it",
    }
    lay = Layout(left_mm=(44, 14, 22, 10, 10, 10, 165), amounts_by_char=True)
    rec = reportlab_pdf(
        rep, rep.pick(SMALL), out / "bad_amount_split.pdf", force_break_in="114-02", lay=lay
    )
    cont = rec["continuations"][0]
    bad["bad_amount_split.pdf"] = {
        **base,
        "plan_ids": list(SMALL),
        "pages": rec["pages"],
        "error": "refused: an amount cell is split across a page break",
        "page": cont["from_page"],
        "what": "plan 114-02's amount cells (narrow columns, wrapped by character) are cut after "
        f"their first line at the bottom of page {cont['from_page']}; the rest of each amount "
        f"(and of name, category, period) continues on page {cont['to_page']}",
    }


# ---------------------------------------------------------------------------------------------
# 3. Chromium: one landscape sheet per spread, the browser breaks rows across sheets
# ---------------------------------------------------------------------------------------------
def cell_html(value) -> str:
    if isinstance(value, str):
        return html.escape(value)
    return "".join(f'<p class="l{item.level}">{html.escape(item.text)}</p>' for item in value)


def chromium_fixture(rep: Report, out: Path, expected: dict) -> None:
    year, unit = year_unit(rep)
    body = []
    for p in rep.pick(MAIN):
        tds = [f'<td class="c{i}">{cell_html(v)}</td>' for i, v in enumerate(p.left)]
        tds.append('<td class="gutter"></td>')
        tds += [f"<td>{cell_html(v)}</td>" for v in p.right]
        body.append("<tr>" + "".join(tds) + "</tr>")
    head_l = "".join(f"<th>{h}</th>" for h in LEFT_HEADER)
    head_r = "".join(f"<th>{h}</th>" for h in RIGHT_HEADER)
    doc = f"""<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><style>
@page {{ size: A3 landscape; margin: 12mm; }}
body {{ font-family: '{SANS}'; font-size: 9pt; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }}
th {{ background: #ddd; font-weight: normal; }}
tr {{ break-inside: auto; }}
thead td {{ border: none; text-align: center; }}
.gutter, thead td.gutter {{ border: none; width: 8mm; }}
.c1, .c2 {{ text-align: center; }} .c3, .c4, .c5 {{ text-align: right; }}
p {{ margin: 0; padding-left: 1.3em; text-indent: -1.3em; }}
p.l1 {{ padding-left: 2.6em; }}
.agency {{ font-size: 15pt; }} .title {{ font-size: 13pt; }}
.unit {{ text-align: right; }}
</style></head><body><table>
<colgroup><col style="width:40mm"><col style="width:14mm"><col style="width:22mm">
<col style="width:17mm"><col style="width:19mm"><col style="width:19mm"><col style="width:60mm">
<col style="width:8mm"><col><col><col></colgroup>
<thead>
<tr><td colspan="7"><div class="agency">{html.escape(rep.agency)}</div>
<div class="title">{TITLE}</div></td><td class="gutter"></td>
<td colspan="3"><div>{year}</div><div class="unit">{unit}</div></td></tr>
<tr>{head_l}<td class="gutter"></td>{head_r}</tr>
</thead><tbody>
{"".join(body)}
</tbody></table></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(doc, encoding="utf-8")
        pdf = out / "chromium_sans_a3_sheet.pdf"
        run(
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp}/profile",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        )
    expected["chromium_sans_a3_sheet.pdf"] = {
        "producer": "Chromium headless --print-to-pdf (one HTML table of 7 + gutter + 3 columns)",
        "face": SANS,
        "paper": "A3 landscape",
        "layout": "one_sheet_per_spread",
        "plan_ids": list(MAIN),
        "pages": page_count(pdf),
        "features": [
            "left and right halves side by side on one sheet, an empty gutter column between",
            "the browser splits a plan's row across two sheets (both halves at once)",
            "title block and header row repeat on every sheet (thead)",
            "no page numbers",
        ],
    }


# ---------------------------------------------------------------------------------------------
# 5. LibreOffice Calc: XLSX (openpyxl) printed to PDF, amounts as numeric cells
# ---------------------------------------------------------------------------------------------
def calc_fixture(rep: Report, out: Path, expected: dict) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.pagebreak import Break

    wb = Workbook()
    ws = wb.active
    ws.title = "執行情形"
    font = Font(name=KAI, size=10)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(wrap_text=True, vertical="top")
    year, unit = year_unit(rep)
    ws["A1"], ws["H1"] = rep.agency, year
    ws["A2"], ws["H2"] = TITLE, unit
    for ref in ("A1", "A2", "H1", "H2"):
        ws[ref].font = Font(name=KAI, size=13)
    for col, label in enumerate((*LEFT_HEADER, *RIGHT_HEADER), start=1):
        cell = ws.cell(row=3, column=col, value=label)
        cell.font, cell.border = font, box
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for r, p in enumerate(rep.pick(CALC), start=4):
        values = [p.name, p.category, p.period]
        values += [int(a.replace(",", "")) for a in p.amounts]  # numeric cells
        values += ["\n".join(i.text for i in cells) for cells in (*p.left[6:], *p.right)]
        for col, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=v)
            cell.font, cell.border, cell.alignment = font, box, top
            if col in (4, 5, 6):
                cell.number_format = "#,##0"
    widths = (22, 7, 10, 10, 10, 10, 52, 44, 44, 44)
    for letter, width in zip("ABCDEFGHIJ", widths, strict=True):
        ws.column_dimensions[letter].width = width
    # Calc keeps an XLSX row's height: give each row room for its longest cell (CJK ~ 1.8 units
    # of column width per character at 10 pt), with a line to spare.
    for r in range(4, ws.max_row + 1):
        lines = 1
        for col, width in enumerate(widths, start=1):
            value = ws.cell(row=r, column=col).value
            if isinstance(value, str):
                per_line = max(1, int(width / 1.8))
                lines = max(lines, sum(-(-len(s) // per_line) for s in value.split("\n")))
        ws.row_dimensions[r].height = 13.5 * (lines + 1)
    ws.row_dimensions[3].height = 42
    ws.print_title_rows = "1:3"
    ws.col_breaks.append(Break(id=7))  # left half | right half
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = 75
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.pageOrder = "overThenDown"  # left page, right page, next left, ...
    ws.print_options.gridLines = False
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "calc_kai_a4.xlsx"
        wb.save(xlsx)
        pdf = soffice_convert(xlsx, "pdf", Path(tmp))
        shutil.copy(pdf, out / "calc_kai_a4.pdf")
    expected["calc_kai_a4.pdf"] = {
        "producer": "openpyxl XLSX -> LibreOffice Calc --convert-to pdf",
        "face": KAI,
        "paper": "A4 landscape",
        "layout": "two_page_spreads (column break after G, page order over then down)",
        "plan_ids": list(CALC),
        "pages": page_count(out / "calc_kai_a4.pdf"),
        "features": [
            "amounts are numeric cells formatted #,##0",
            "one cell per section, items separated by line breaks inside the cell",
            "title rows 1-3 repeat on every page (print titles), split by the column break",
            "Calc never splits a row across pages",
        ],
    }


# ---------------------------------------------------------------------------------------------
# 6. Scans: pdftoppm -> ImageMagick (noise, 0.5 degree skew) -> img2pdf -> ocrmypdf chi_tra
# ---------------------------------------------------------------------------------------------
def scan_fixtures(rep: Report, out: Path, expected: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        src = tmp / "small.pdf"
        rec = reportlab_pdf(rep, rep.pick(SMALL), src)
        base = {
            "source_fixture": "reportlab (as reportlab_ming_a4.pdf) of plans " + ", ".join(SMALL),
            "face": MING,
            "paper": "A4 landscape",
            "layout": "two_page_spreads",
            "plan_ids": list(SMALL),
            "pages": rec["pages"],
        }
        for dpi in (150, 300):
            jpeg = ("-gray", "-jpeg", "-jpegopt", "quality=60")
            run("pdftoppm", "-r", dpi, *jpeg, src, tmp / f"p{dpi}")
            images = sorted(tmp.glob(f"p{dpi}-*.jpg"))
            name = f"scan_image_only_{dpi}dpi.pdf"
            run("img2pdf", "--imgsize", f"{dpi}dpi", "-o", out / name, *images)
            expected[name] = {
                **base,
                "producer": f"pdftoppm -r {dpi} -gray (JPEG q60) -> img2pdf; no text layer",
                "dpi": dpi,
                "features": ["image only: a reader needs OCR"],
            }
        run("pdftoppm", "-r", 200, "-gray", "-png", src, tmp / "q")
        scanned = []
        for k, png in enumerate(sorted(tmp.glob("q-*.png"))):
            jpg = tmp / f"s{k}.jpg"
            run(
                "/usr/bin/convert",  # ImageMagick itself (not a wrapper earlier on PATH)
                png,
                "-seed", str(11 + k),
                "-attenuate", "0.35",
                "+noise", "Gaussian",
                "-background", "white",
                "-rotate", "0.5" if k % 2 == 0 else "-0.4",
                "-colorspace", "Gray",
                "-quality", "55",
                jpg,
            )  # fmt: skip
            scanned.append(jpg)
        raw = tmp / "scan.pdf"
        run("img2pdf", "--imgsize", "200dpi", "-o", raw, *scanned)
        ocr = out / "ocr_scan_ming_200dpi.pdf"
        run(
            "ocrmypdf", "-l", "chi_tra", "--output-type", "pdf", "--optimize", "0",
            "--jobs", "1", "--quiet", raw, ocr,
        )  # fmt: skip
        expected[ocr.name] = {
            **base,
            "producer": "pdftoppm -r 200 -gray -> ImageMagick +noise Gaussian, -rotate 0.5/-0.4"
            " -> img2pdf -> ocrmypdf -l chi_tra (tesseract)",
            "dpi": 200,
            "features": [
                "image + invisible OCR text layer (render mode 3), no vector rules",
                "skewed about half a degree, noisy; the OCR text has errors",
            ],
        }


# ---------------------------------------------------------------------------------------------
def tool_versions() -> dict[str, str]:
    def first(*cmd: str) -> str:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        except FileNotFoundError:
            return "missing"
        return ((done.stdout or done.stderr).strip().splitlines() or ["?"])[0]

    import docx
    import openpyxl
    import reportlab

    return {
        "soffice": first("soffice", "--version"),
        "chromium": first("chromium", "--version"),
        "pdftoppm": first("pdftoppm", "-v"),
        "imagemagick": first("/usr/bin/convert", "-version"),
        "img2pdf": first("img2pdf", "--version"),
        "ocrmypdf": first("ocrmypdf", "--version"),
        "tesseract": first("tesseract", "--version"),
        "reportlab": reportlab.Version,
        "python-docx": getattr(docx, "__version__", "?"),
        "openpyxl": openpyxl.__version__,
    }


def check(out: Path = OUT) -> None:
    """Self-check of the built folder: page counts, text layers, amounts, rotation, sizes."""
    truth = json.loads((out / "expected.json").read_text(encoding="utf-8"))
    problems = []
    for name, f in {**truth["fixtures"], **truth["bad"]}.items():
        path = out / name
        if path.stat().st_size > 1_500_000:
            problems.append(f"{name}: larger than 1.5 MB")
        if not name.endswith(".pdf"):
            continue
        if page_count(path) != f["pages"]:
            problems.append(f"{name}: {page_count(path)} pages, expected {f['pages']}")
        text = run("pdftotext", "-layout", path, "-")
        amounts = [a for pid in f["plan_ids"] for a in truth["plans"][pid]["amounts_printed"]]
        missing = [a for a in amounts if a not in text]
        if name.startswith("scan_image_only"):
            if text.strip():
                problems.append(f"{name}: has a text layer")
        elif missing and name != "bad_amount_split.pdf":  # there every amount wraps
            problems.append(f"{name}: amounts not in the text layer: {missing}")
        rotations = set(re.findall(r"Page\s+\d+ rot:\s+(\d+)", run("pdfinfo", "-l", "99", path)))
        if (rotations == {"90"}) != name.startswith("rotated"):
            problems.append(f"{name}: page rotations {sorted(rotations)}")
    total = sum(f.stat().st_size for f in out.iterdir() if f.name != "README.md")
    if total > 12_000_000:
        problems.append(f"folder is {total:,} bytes (> 12 MB)")
    if problems:
        sys.exit("make_fixtures2 check failed:\n  " + "\n  ".join(problems))
    print(
        f"check passed: {len(truth['fixtures'])} fixtures, {len(truth['bad'])} bad, {total:,} bytes"
    )


def main() -> None:
    if sys.argv[1:] == ["--check"]:
        check()
        return
    rep = load_report()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():  # everything but the hand-written README is rebuilt
        if old.name != "README.md":
            old.unlink()
    expected: dict = {}
    bad: dict = {}
    word_fixtures(rep, OUT, expected)
    reportlab_fixtures(rep, OUT, expected, bad)
    chromium_fixture(rep, OUT, expected)
    calc_fixture(rep, OUT, expected)
    scan_fixtures(rep, OUT, expected)
    used = sorted({i for f in [*expected.values(), *bad.values()] for i in f["plan_ids"]})
    truth = {
        "generated_by": "scripts/make_fixtures2.py",
        "source": str(SOURCE.relative_to(ROOT)),
        "agency": rep.agency,
        "fiscal_year": rep.year,
        "unit": rep.unit,
        "tools": tool_versions(),
        "fixtures": {k: {**v, "bytes": (OUT / k).stat().st_size} for k, v in expected.items()},
        "bad": {k: {**v, "bytes": (OUT / k).stat().st_size} for k, v in bad.items()},
        "plans": {pid: rep.truth[pid] for pid in used},
    }
    text = json.dumps(truth, ensure_ascii=False, indent=1)
    (OUT / "expected.json").write_text(text + "\n", encoding="utf-8")
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:>10,}  {f.name}")
    check()


if __name__ == "__main__":
    main()
