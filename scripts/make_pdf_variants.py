"""Make the PDF variants of tests/fixtures/pdf_variants/ (the reader's own, small fixtures).

Each variant prints the first plans of the bundled report (data/raw/moda_114_plan_execution.txt,
read with govplans) with reportlab in a layout feature the reader must handle:

- rows that do not fit are cut across the page break **in every cell** (name, category
  「社會發」/「展」, period, amounts stay whole, long text), with or without a repeated header row;
- rules stroked, drawn as thin filled rectangles, or not drawn at all;
- spreads on facing A4 pages or on one A3 sheet;
- the unit on the year's line (「114年度　單位：新臺幣千元」), or once on the first spread;
- pages drawn landscape on portrait media, with ``/Rotate 90`` or without it;
- Ming (AR PL UMing) and Kai (AR PL UKai) faces.

``--scans`` also makes image-only scans of one variant (150/200/300 dpi, noise and skew) into
build/scans/ for the OCR measurement (benchmarks/bench_pdf.py); they are not committed except
the one short scan the OCR test reads.

Run: ``.venv/bin/python scripts/make_pdf_variants.py`` (needs reportlab and fonts-arphic-uming /
fonts-arphic-ukai); writes the PDFs and ``expected.json`` (which plans each holds, how many rows
are cut). The reader's tests compare every field with the bundled report's.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from govplans import read_report
from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER
from govplans.run import paths

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "pdf_variants"
FONTS = {
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 2),
}
SECTIONS_RIGHT = ("execution", "targets", "attainment")
TITLE_LEFT = "重要社會發展、重大科技發展"
TITLE_RIGHT = "計畫執行情形及目標達成情形表"
SIZE = 9.0
LEAD = 12.0
PAD = 3.0
#: Column widths (points) of the left and right tables; the category column holds three
#: characters per line, so 社會發展 prints 「社會發」/「展」.
LEFT_COLS = (110, 34, 52, 58, 58, 58, 380)
RIGHT_COLS = (250, 250, 250)


@dataclass
class Variant:
    name: str
    font: str = "ming"
    rules: str = "stroke"  # stroke, rects, none
    layout: str = "facing"  # facing (A4 pages) or sheet (A3, both halves)
    repeat_header: bool = True
    unit_on_year_line: bool = False
    unit_once: bool = False  # the unit only on the first spread
    rotate: str = "none"  # none, rotate90 (/Rotate 90), sideways (no /Rotate)
    plans: int = 6
    cover: bool = True
    body_height: float = 400.0
    cuts: list[str] = field(default_factory=list)


VARIANTS = [
    Variant("cut_rows_header_repeated.pdf", unit_on_year_line=True, body_height=330),
    Variant("cut_rows_no_header.pdf", repeat_header=False, unit_once=True, body_height=340),
    Variant(
        "filled_rect_rules_sheet.pdf", rules="rects", layout="sheet", font="kai", body_height=430
    ),
    Variant("rotate90.pdf", rotate="rotate90", plans=4),
    Variant("sideways_no_rotate.pdf", rotate="sideways", plans=4, font="kai"),
    Variant("no_rules.pdf", rules="none", plans=5),
    Variant("no_rules_sheet.pdf", rules="none", layout="sheet", plans=5, font="kai"),
]


def cells_of(report, plan_id: str) -> tuple[list[list[str]], list[list[str]]]:
    """The cells of a plan as paragraphs: left 7, right 3."""
    plan = report.plans.set_index("plan_id").loc[plan_id]
    items = report.items[report.items["plan_id"] == plan_id]

    def section(name: str) -> list[str]:
        rows = items[items["section"] == name]
        paras = []
        for _, it in rows.iterrows():
            marker = it["marker"]
            paras.append(f"{marker} {it['text']}" if marker else it["text"])
        return paras

    def amount(value: float) -> str:
        return f"{int(value):,}"

    left = [
        [plan["name"]],
        [plan["category"]],
        [plan["period_text"]],
        [amount(plan["total_budget_thousand_twd"])],
        [amount(plan["appropriated_thousand_twd"])],
        [amount(plan["executed_thousand_twd"])],
        section("planned_work"),
    ]
    return left, [section(s) for s in SECTIONS_RIGHT]


def wrap(paras: list[str], width: float, font: str) -> list[str]:
    """Paragraphs wrapped to ``width`` character by character (as Chinese layout allows)."""
    lines: list[str] = []
    for para in paras:
        line = ""
        for ch in para:
            if line and pdfmetrics.stringWidth(line + ch, font, SIZE) > width - 2 * PAD:
                lines.append(line)
                line = ch.lstrip() if ch == " " else ch
            else:
                line += ch
        lines.append(line)
    return lines


@dataclass
class Half:
    """One half of one spread: header shown or not, rows of wrapped lines per cell."""

    header: bool
    rows: list[list[list[str]]] = field(default_factory=list)


def paginate(v: Variant, rows: list[tuple[list[list[str]], list[list[str]]]]):
    """Spreads as (left half, right half); a plan row that does not fit is cut after the lines
    that fit, in every cell at once (both halves in step, rows aligned across the gutter)."""
    spreads: list[tuple[Half, Half]] = []
    header_h = 3 * LEAD + 2 * PAD

    def new_spread() -> tuple[Half, Half]:
        header = not spreads or v.repeat_header
        spreads.append((Half(header), Half(header)))
        return spreads[-1]

    left, right = new_spread()
    room = v.body_height - header_h
    for lcells, rcells in rows:
        while True:
            n = max(len(c) for c in lcells + rcells)
            height = n * LEAD + 2 * PAD
            if height <= room:
                left.rows.append(lcells)
                right.rows.append(rcells)
                room -= height
                break
            fit = int((room - 2 * PAD) // LEAD)
            if fit >= 1:
                left.rows.append([c[:fit] for c in lcells])
                right.rows.append([c[:fit] for c in rcells])
                v.cuts.append(f"spread {len(spreads)}: cut after {fit} line(s)")
                lcells = [c[fit:] for c in lcells]
                rcells = [c[fit:] for c in rcells]
            left, right = new_spread()
            room = v.body_height - (header_h if left.header else 0)
    return spreads


def draw_table(c, x: float, top: float, cols, header, half: Half, v: Variant, font: str) -> None:
    xs = [x]
    for w in cols:
        xs.append(xs[-1] + w)
    y = top
    bands = []
    if half.header:
        h = 3 * LEAD + 2 * PAD
        c.setFillGray(0.85)
        c.rect(x, y - h, xs[-1] - x, h, stroke=0, fill=1)
        c.setFillGray(0)
        for i, label in enumerate(header):
            lines = wrap([label], cols[i], font)
            for k, text in enumerate(lines):
                w = pdfmetrics.stringWidth(text, font, SIZE)
                c.drawString((xs[i] + xs[i + 1] - w) / 2, y - PAD - SIZE - k * LEAD, text)
        bands.append((y, y - h))
        y -= h
    for row in half.rows:
        n = max(len(cell) for cell in row)
        h = n * LEAD + 2 * PAD
        for i, cell in enumerate(row):
            for k, text in enumerate(cell):
                if i in (3, 4, 5) and len(header) == 7:  # amounts right-aligned
                    w = pdfmetrics.stringWidth(text, font, SIZE)
                    tx = xs[i + 1] - PAD - w
                else:
                    tx = xs[i] + PAD
                c.drawString(tx, y - PAD - SIZE - k * LEAD, text)
        bands.append((y, y - h))
        y -= h
    bottom = y
    if v.rules == "none":
        return
    ys = [bands[0][0]] + [b for _, b in bands]
    t = 0.6
    if v.rules == "stroke":
        c.setLineWidth(t)
        for yy in ys:
            c.line(xs[0], yy, xs[-1], yy)
        for xx in xs:
            c.line(xx, top, xx, bottom)
    else:
        for yy in ys:
            c.rect(xs[0], yy - t / 2, xs[-1] - xs[0], t, stroke=0, fill=1)
        for xx in xs:
            c.rect(xx - t / 2, bottom, t, top - bottom, stroke=0, fill=1)


def draw_title(c, x_gutter: float, top: float, side: str, v: Variant, spread: int, font: str):
    agency = "數位發展部"
    unit = "單位：新臺幣千元"
    show_unit = not v.unit_once or spread == 0
    if side == "left":
        for k, text in enumerate([agency[:3], TITLE_LEFT, "中華民國"]):
            w = pdfmetrics.stringWidth(text, font, 12)
            c.setFont(font, 12)
            c.drawString(x_gutter - w, top - k * 16, text)
    else:
        c.setFont(font, 12)
        c.drawString(x_gutter, top, agency[3:])
        c.drawString(x_gutter, top - 16, TITLE_RIGHT)
        c.drawString(x_gutter, top - 32, "114年度")
        if show_unit:
            c.setFont(font, SIZE)
            w = pdfmetrics.stringWidth(unit, font, SIZE)
            y = top - 32 if v.unit_on_year_line else top - 46
            c.drawString(x_gutter + sum(RIGHT_COLS) - w, y, unit)
    c.setFont(font, SIZE)


def cover(c, v: Variant, font: str, width: float, height: float, page_start) -> None:
    page_start()
    c.setFont(font, 20)
    lines = ["數位發展部", "中華民國114年度", TITLE_LEFT + "計畫", "執行情形及目標達成情形表"]
    for k, text in enumerate(lines):
        c.drawCentredString(width / 2, height * 0.7 - k * 30, text)
    c.showPage()
    page_start()
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height / 2, "本頁空白")
    c.showPage()


def render(v: Variant, report) -> bytes:
    font = f"variant-{v.font}"
    path, index = FONTS[v.font]
    pdfmetrics.registerFont(TTFont(font, path, subfontIndex=index))
    ids = list(report.plans["plan_id"])[: v.plans]
    rows = []
    for plan_id in ids:
        left, right = cells_of(report, plan_id)
        rows.append(
            (
                [wrap(p, w, font) for p, w in zip(left, LEFT_COLS, strict=True)],
                [wrap(p, w, font) for p, w in zip(right, RIGHT_COLS, strict=True)],
            )
        )
    v.cuts = []
    spreads = paginate(v, rows)
    media = landscape(A3) if v.layout == "sheet" else landscape(A4)
    width, height = media
    portrait = v.rotate != "none"
    buffer = io.BytesIO()
    # /Rotate 90: reportlab takes the displayed size and stores the media box turned (portrait);
    # the content is drawn turned on the portrait media either way.
    shown = media if v.rotate == "rotate90" else (height, width) if portrait else media
    c = canvas.Canvas(buffer, pagesize=shown, invariant=1)
    c.setTitle(v.name)
    number = 0

    def page_start() -> None:
        if portrait:
            c.translate(height, 0)
            c.rotate(90)
            if v.rotate == "rotate90":
                c.setPageRotation(90)
        c.setFont(font, SIZE)

    def page_end(printed: int) -> None:
        c.setFont(font, SIZE)
        c.drawCentredString(width / 2, 24, str(printed))
        c.showPage()

    if v.cover:  # a cover and a blank page
        cover(c, v, font, width, height, page_start)
    top = height - 40
    table_top = top - 60
    for s, (left, right) in enumerate(spreads):
        if v.layout == "sheet":
            page_start()
            gutter = width / 2
            lx = gutter - 12 - sum(LEFT_COLS)
            draw_title(c, gutter - 6, top, "left", v, s, font)
            draw_title(c, gutter + 6, top, "right", v, s, font)
            draw_table(c, lx, table_top, LEFT_COLS, LEFT_HEADER, left, v, font)
            draw_table(c, gutter + 12, table_top, RIGHT_COLS, RIGHT_HEADER, right, v, font)
            number += 1
            page_end(number)
        else:
            page_start()
            lx = width - 20 - sum(LEFT_COLS)
            draw_title(c, width - 20, top, "left", v, s, font)
            draw_table(c, lx, table_top, LEFT_COLS, LEFT_HEADER, left, v, font)
            number += 1
            page_end(number)
            page_start()
            draw_title(c, 40, top, "right", v, s, font)
            draw_table(c, 40, table_top, RIGHT_COLS, RIGHT_HEADER, right, v, font)
            number += 1
            page_end(number)
    c.save()
    return buffer.getvalue()


def scans(src: Path, out: Path, dpis=(150, 200, 300), seed: int = 7) -> list[Path]:
    """Image-only scans of ``src``: each page rendered at ``dpi``, grey, with noise and a small
    skew, saved as a JPEG-in-PDF (Pillow)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    made = []
    out.mkdir(parents=True, exist_ok=True)
    for dpi in dpis:
        pdf = pdfium.PdfDocument(src)
        images = []
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            angle = rng.uniform(-0.8, 0.8)
            image = image.rotate(angle, expand=False, fillcolor=255, resample=Image.BICUBIC)
            noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 18, image.size[::-1])
            arr = np.clip(np.asarray(image, dtype=np.float32) + noise, 0, 255).astype("uint8")
            images.append(Image.fromarray(arr))
        target = out / f"{src.stem}_{dpi}dpi.pdf"
        fixed = time.strptime("20260115090000", "%Y%m%d%H%M%S")  # the same bytes every run
        images[0].save(
            target,
            save_all=True,
            append_images=images[1:],
            resolution=dpi,
            quality=70,
            creationDate=fixed,
            modDate=fixed,
        )
        made.append(target)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", action="store_true", help="also make the scans for OCR")
    args = parser.parse_args()
    report = read_report(paths.BUNDLED_REPORT)
    OUT.mkdir(parents=True, exist_ok=True)
    expected: dict = {"generated_by": "scripts/make_pdf_variants.py", "variants": {}}
    for v in VARIANTS:
        data = render(v, report)
        (OUT / v.name).write_bytes(data)
        expected["variants"][v.name] = {
            "plans": v.plans,
            "font": v.font,
            "rules": v.rules,
            "layout": v.layout,
            "repeat_header": v.repeat_header,
            "unit_on_year_line": v.unit_on_year_line,
            "unit_once": v.unit_once,
            "rotate": v.rotate,
            "cuts": v.cuts,
        }
        print(f"{v.name}: {len(data):,} bytes, cuts {v.cuts}")
    # The one short scan the OCR test reads: one plan's spread (two pages) at 200 dpi.
    short_v = Variant("scan_source.pdf", plans=1, body_height=1000, cover=False)
    (ROOT / "build").mkdir(exist_ok=True)
    source = ROOT / "build" / "scan_source.pdf"
    source.write_bytes(render(short_v, report))
    (made,) = scans(source, ROOT / "build", dpis=(200,))
    (OUT / "scan_200dpi.pdf").write_bytes(made.read_bytes())
    expected["variants"]["scan_200dpi.pdf"] = {"plans": 1, "scan": True, "dpi": 200}
    if args.scans:
        source = OUT / "cut_rows_header_repeated.pdf"
        for path in scans(source, ROOT / "build" / "scans"):
            print(f"scan: {path}")
    (OUT / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
