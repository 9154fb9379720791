#!/usr/bin/env python3
"""Build the PDF fixtures of the PDF reader's tests into tests/fixtures/pdf/.

    .venv/bin/python scripts/make_fixtures.py            # build, then self-check
    .venv/bin/python scripts/make_fixtures.py --check    # self-check the committed files only

Everything is generated from the PARSED bundled report (``read_report`` on
data/raw/moda_114_plan_execution.txt): plan names, categories, periods, amounts and every item
(marker and text) come from ``r.plans`` / ``r.items``; the header labels and the title come from
``govplans.read.pages``. Nothing of the report is typed in here.

The script paginates the report itself: it measures text with the advance widths of the font
that the producer will use (fontTools on the installed Noto CJK face), wraps it the way a browser
or Writer would (conservatively: fewer break opportunities, a narrower line), gives every table
row an explicit height, and fills each spread (left page: 7-column table, right page: 3-column
table, the same plans on both) until the page is full. The plan that does not fit is split: the
part that fits stays, the rest continues on the next spread (a left continuation row with six
empty cells, a right continuation row as the first row of the right page), either at an item
boundary or mid-sentence. Row heights are set explicitly, so a spread's rows line up across the
gutter and nothing depends on the producer's own page breaking; the self-check proves it (page
count, every cell's text in its column of its page, nothing below the table's bottom line).

Producers: headless Chromium (HTML + CSS) and LibreOffice (flat ODT -> PDF), then qpdf (fixed
dates and a deterministic /ID, so that re-running gives the same bytes on the same tool
versions). Needs: chromium, soffice (libreoffice-writer), qpdf, poppler-utils (pdftotext,
pdftoppm, pdfinfo), fonts-noto-cjk, fontconfig; Python: fontTools and Pillow (in the venv).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "raw" / "moda_114_plan_execution.txt"
OUT = ROOT / "tests" / "fixtures" / "pdf"

try:
    from govplans import read_report
    from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER, TITLE
except ImportError:  # run without the package installed
    sys.path.insert(0, str(ROOT / "src"))
    from govplans import read_report
    from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER, TITLE

MM = 72 / 25.4  # points per millimetre
#: Every PDF's /CreationDate and /ModDate are set to this (the digits only), for stable bytes.
FIXED_PDF_DATE = "20260115090000"
SECTIONS_RIGHT = ("execution", "targets", "attainment")
SANS = "Noto Sans CJK TC"
SERIF = "Noto Serif CJK TC"

# ---------------------------------------------------------------------------------------------
# The Kangxi-radical variant: unified ideograph -> the look-alike code point printed instead.
# Every pair maps to the very same glyph in Noto Sans/Serif CJK TC (checked at run time), so the
# page looks the same; only the text layer differs. Written as escapes on purpose: an editor or
# a tool that NFC-normalises text would silently turn a compatibility ideograph back into the
# unified one. Kangxi radicals (U+2F00-U+2FD5) and the compatibility ideographs (U+F900-U+FAFF)
# fold back with NFKC; the CJK radicals supplement (U+2E80-U+2EFF) does NOT: a reader needs a
# table for those (here U+2EA0 for 民 and U+2ED1 for 長).
# ---------------------------------------------------------------------------------------------
KANGXI_MAP: dict[str, str] = {
    # Kangxi radicals, U+2F00-U+2FD5
    "\u4e00": "\u2f00",  # 一 -> ⼀ KANGXI RADICAL ONE
    "\u4eba": "\u2f08",  # 人 -> ⼈ KANGXI RADICAL MAN
    "\u5165": "\u2f0a",  # 入 -> ⼊ KANGXI RADICAL ENTER
    "\u529b": "\u2f12",  # 力 -> ⼒ KANGXI RADICAL POWER
    "\u53e3": "\u2f1d",  # 口 -> ⼝ KANGXI RADICAL MOUTH
    "\u5927": "\u2f24",  # 大 -> ⼤ KANGXI RADICAL BIG
    "\u5b50": "\u2f26",  # 子 -> ⼦ KANGXI RADICAL CHILD
    "\u5c0f": "\u2f29",  # 小 -> ⼩ KANGXI RADICAL SMALL
    "\u5de5": "\u2f2f",  # 工 -> ⼯ KANGXI RADICAL WORK
    "\u5e72": "\u2f32",  # 干 -> ⼲ KANGXI RADICAL DRY
    "\u5fc3": "\u2f3c",  # 心 -> ⼼ KANGXI RADICAL HEART
    "\u624b": "\u2f3f",  # 手 -> ⼿ KANGXI RADICAL HAND
    "\u652f": "\u2f40",  # 支 -> ⽀ KANGXI RADICAL BRANCH
    "\u6587": "\u2f42",  # 文 -> ⽂ KANGXI RADICAL SCRIPT
    "\u65b9": "\u2f45",  # 方 -> ⽅ KANGXI RADICAL SQUARE
    "\u65e5": "\u2f47",  # 日 -> ⽇ KANGXI RADICAL SUN
    "\u6708": "\u2f49",  # 月 -> ⽉ KANGXI RADICAL MOON
    "\u6c34": "\u2f54",  # 水 -> ⽔ KANGXI RADICAL WATER
    "\u7247": "\u2f5a",  # 片 -> ⽚ KANGXI RADICAL SLICE
    "\u751f": "\u2f63",  # 生 -> ⽣ KANGXI RADICAL LIFE
    "\u7528": "\u2f64",  # 用 -> ⽤ KANGXI RADICAL USE
    "\u76ee": "\u2f6c",  # 目 -> ⽬ KANGXI RADICAL EYE
    "\u793a": "\u2f70",  # 示 -> ⽰ KANGXI RADICAL SPIRIT
    "\u7acb": "\u2f74",  # 立 -> ⽴ KANGXI RADICAL STAND
    "\u800c": "\u2f7d",  # 而 -> ⽽ KANGXI RADICAL AND
    "\u81ea": "\u2f83",  # 自 -> ⾃ KANGXI RADICAL SELF
    "\u81f3": "\u2f84",  # 至 -> ⾄ KANGXI RADICAL ARRIVE
    "\u8272": "\u2f8a",  # 色 -> ⾊ KANGXI RADICAL COLOR
    "\u884c": "\u2f8f",  # 行 -> ⾏ KANGXI RADICAL WALK ENCLOSURE
    "\u898b": "\u2f92",  # 見 -> ⾒ KANGXI RADICAL SEE
    "\u8eca": "\u2f9e",  # 車 -> ⾞ KANGXI RADICAL CART
    "\u91d1": "\u2fa6",  # 金 -> ⾦ KANGXI RADICAL GOLD
    "\u9580": "\u2fa8",  # 門 -> ⾨ KANGXI RADICAL GATE
    "\u975e": "\u2fae",  # 非 -> ⾮ KANGXI RADICAL WRONG
    "\u9762": "\u2faf",  # 面 -> ⾯ KANGXI RADICAL FACE
    "\u98a8": "\u2fb5",  # 風 -> ⾵ KANGXI RADICAL WIND
    "\u98db": "\u2fb6",  # 飛 -> ⾶ KANGXI RADICAL FLY
    "\u9996": "\u2fb8",  # 首 -> ⾸ KANGXI RADICAL HEAD
    "\u9ad8": "\u2fbc",  # 高 -> ⾼ KANGXI RADICAL TALL
    "\u9ed1": "\u2fca",  # 黑 -> ⿊ KANGXI RADICAL BLACK
    "\u9f13": "\u2fce",  # 鼓 -> ⿎ KANGXI RADICAL DRUM
    # CJK radicals supplement, U+2E80-U+2EFF (no Unicode decomposition)
    "\u6c11": "\u2ea0",  # 民 -> ⺠ CJK RADICAL CIVILIAN
    "\u9577": "\u2ed1",  # 長 -> ⻑ CJK RADICAL LONG ONE
    # CJK compatibility ideographs, U+F900-U+FAFF (canonical decomposition to the unified one)
    "\u5e74": "\uf98e",  # 年 -> CJK COMPATIBILITY IDEOGRAPH-F98E
    "\u7406": "\uf9e4",  # 理 -> CJK COMPATIBILITY IDEOGRAPH-F9E4
    "\u8def": "\uf937",  # 路 -> CJK COMPATIBILITY IDEOGRAPH-F937
    "\u4f86": "\uf92d",  # 來 -> CJK COMPATIBILITY IDEOGRAPH-F92D
    "\u91cf": "\uf97e",  # 量 -> CJK COMPATIBILITY IDEOGRAPH-F97E
    "\u4f8b": "\uf9b5",  # 例 -> CJK COMPATIBILITY IDEOGRAPH-F9B5
    "\u6613": "\uf9e0",  # 易 -> CJK COMPATIBILITY IDEOGRAPH-F9E0
    "\u7565": "\uf976",  # 略 -> CJK COMPATIBILITY IDEOGRAPH-F976
    "\u5229": "\uf9dd",  # 利 -> CJK COMPATIBILITY IDEOGRAPH-F9DD
    "\u72c0": "\uf9fa",  # 狀 -> CJK COMPATIBILITY IDEOGRAPH-F9FA
    "\u5169": "\uf978",  # 兩 -> CJK COMPATIBILITY IDEOGRAPH-F978
    "\u4e0d": "\uf967",  # 不 -> CJK COMPATIBILITY IDEOGRAPH-F967
    "\u66f4": "\uf901",  # 更 -> CJK COMPATIBILITY IDEOGRAPH-F901
    "\u91cc": "\uf9e9",  # 里 -> CJK COMPATIBILITY IDEOGRAPH-F9E9
    "\u4fbf": "\uf965",  # 便 -> CJK COMPATIBILITY IDEOGRAPH-F965
    "\u7570": "\uf962",  # 異 -> CJK COMPATIBILITY IDEOGRAPH-F962
}
#: Of every three occurrences of a mapped character, these (0-based, by occurrence) are replaced.
KANGXI_REPLACE_OF_THREE = (0, 1)


def kangxi_replacer():
    """A function replacing ~2/3 of the mapped characters, deterministically, in call order."""
    seen: Counter[str] = Counter()

    def replace(text: str) -> str:
        out = []
        for ch in text:
            if ch in KANGXI_MAP:
                if seen[ch] % 3 in KANGXI_REPLACE_OF_THREE:
                    out.append(KANGXI_MAP[ch])
                else:
                    out.append(ch)
                seen[ch] += 1
            else:
                out.append(ch)
        return "".join(out)

    return replace


# ---------------------------------------------------------------------------------------------
# The report, as data
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Para:
    """One paragraph of a cell: an item as printed (``1. text``), a sub-item, a lead sentence.

    ``cont`` marks the rest of an item split mid-sentence at a page break: printed without its
    marker, indented like the item's wrapped lines.
    """

    marker: str
    text: str
    level: int = 0  # 0 item or lead sentence, 1 sub-item
    item: tuple[int, int] = (0, 0)
    cont: bool = False

    @property
    def printed(self) -> str:
        return f"{self.marker} {self.text}" if self.marker and not self.cont else self.text


@dataclass
class Plan:
    plan_id: str
    fixed: list[str]  # name, category, period, total, appropriated, executed as printed
    sections: dict[str, list[Para]]

    @property
    def name(self) -> str:
        return self.fixed[0]


@dataclass
class ReportText:
    """All text laid out: furniture and plans (already transformed for the Kangxi variant)."""

    agency: str
    fiscal_year: int
    unit: str
    title_left: str  # 重要社會發展、重大科技發展
    title_right: str  # 計畫執行情形及目標達成情形表
    left_header: list[list[str]]  # header labels, as lines
    right_header: list[list[str]]
    cover_lines: list[str]
    blank: str
    plans: list[Plan]
    fy_text: str  # 114年度
    unit_text: str  # 單位：新臺幣千元
    roc: str  # 中華民國

    @property
    def agency_head(self) -> str:
        return self.agency[:-2]

    @property
    def agency_tail(self) -> str:
        return self.agency[-2:]


#: Where a long header label is broken, as in the printed report ("計畫核定" / "總經費").
HEADER_BREAKS = {"計畫核定總經費": 4, "截至本年度已編列預算數": 5, "截至本年底止累計執行數": 6}


def load_report(transform=None) -> ReportText:
    """The bundled report, parsed, as the texts to lay out (``transform``: Kangxi variant)."""
    tx = transform or (lambda s: s)
    r = read_report(str(SOURCE))
    split = TITLE.index("計畫執行")
    title_left, title_right = TITLE[:split], TITLE[split:]

    def header(labels):
        out = []
        for label in labels:
            cut = HEADER_BREAKS.get(label)
            out.append([tx(label[:cut]), tx(label[cut:])] if cut else [tx(label)])
        return out

    # Order of transformation = order of appearance in the document (cover, then per plan).
    cover = [
        tx(r.agency),
        tx(f"中華民國 {r.fiscal_year} 年度"),
        tx(title_left + "計畫"),
        tx(title_right[2:]),
    ]
    left_h, right_h = header(LEFT_HEADER), header(RIGHT_HEADER)
    plans = []
    items = r.items
    for row in r.plans.itertuples():
        fixed = [
            tx(str(row.name)),
            tx(str(row.category)),
            tx(str(row.period_text)),
            f"{row.total_budget_thousand_twd:,}",
            f"{row.appropriated_thousand_twd:,}",
            f"{row.executed_thousand_twd:,}",
        ]
        sections: dict[str, list[Para]] = {}
        for section in ("planned_work", *SECTIONS_RIGHT):
            sel = items[(items.plan_id == row.plan_id) & (items.section == section)]
            sections[section] = [
                Para(
                    marker=str(it.marker),
                    text=tx(str(it.text)),
                    level=1 if int(it.sub_item_no) else 0,
                    item=(int(it.item_no), int(it.sub_item_no)),
                )
                for it in sel.itertuples()
            ]
        plans.append(Plan(str(row.plan_id), fixed, sections))
    return ReportText(
        agency=tx(r.agency),
        fiscal_year=int(r.fiscal_year),
        unit=tx(r.unit),
        title_left=tx(title_left),
        title_right=tx(title_right),
        left_header=left_h,
        right_header=right_h,
        cover_lines=cover,
        blank="本頁空白",
        plans=plans,
        fy_text=tx(f"{r.fiscal_year}年度"),
        unit_text=tx(f"單位：{r.unit}"),
        roc=tx("中華民國"),
    )


# ---------------------------------------------------------------------------------------------
# Measuring and wrapping text
# ---------------------------------------------------------------------------------------------
class FontMetrics:
    """Advance widths of an installed font face (found with fc-match), in em."""

    def __init__(self, family: str):
        from fontTools.ttLib import TTFont

        res = subprocess.run(
            ["fc-match", "-f", "%{file}\n%{index}\n%{family}", family],
            capture_output=True,
            text=True,
            check=True,
        )
        path, index, families = res.stdout.split("\n", 2)
        if family not in families.split(","):
            raise SystemExit(f"font {family!r} is not installed (apt-get install fonts-noto-cjk)")
        self.family, self.path, self.index = family, path, int(index)
        font = TTFont(path, fontNumber=self.index, lazy=True)
        self.cmap = font.getBestCmap()
        self.hmtx = font["hmtx"]
        self.upem = font["head"].unitsPerEm
        self._cache: dict[str, float] = {}

    def glyph(self, ch: str) -> str | None:
        return self.cmap.get(ord(ch))

    def em(self, ch: str) -> float:
        if ch not in self._cache:
            g = self.cmap.get(ord(ch))
            self._cache[ch] = 1.0 if g is None else self.hmtx[g][0] / self.upem
        return self._cache[ch]

    def width(self, text: str, size: float) -> float:
        return sum(self.em(c) for c in text) * size


NO_LINE_START = set("、。，．：；！？）」』】〕〉》”’,.;:!?)]}%")
NO_LINE_END = set("（「『【〔〈《“‘([{")


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2E80 <= cp <= 0x2FDF
        or 0x20000 <= cp <= 0x3FFFF
    )


def break_units(text: str) -> list[tuple[int, int]]:
    """Unbreakable pieces of ``text`` as (start, end): one ideograph, an ASCII word, a space.

    Fewer break opportunities than a browser or Writer allows (an ASCII run never breaks,
    closing punctuation sticks to what precedes, opening punctuation to what follows), so
    greedy wrapping with these never needs fewer lines than the producer.
    """
    raw: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            raw.append((i, i + 1))
            i += 1
        elif ch.isascii():
            j = i
            while j < len(text) and text[j].isascii() and text[j] != " ":
                j += 1
            raw.append((i, j))
            i = j
        else:
            raw.append((i, i + 1))
            i += 1
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        piece = text[start:end]
        if merged and piece != " " and text[merged[-1][0] : merged[-1][1]] != " ":
            prev = text[merged[-1][0] : merged[-1][1]]
            if piece[0] in NO_LINE_START or prev[-1] in NO_LINE_END:
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def wrap(text: str, width: float, fm: FontMetrics, size: float) -> list[tuple[int, int]]:
    """Lines of ``text`` (start, end) wrapped greedily into ``width`` points (conservative)."""
    limit = width * 0.96 - 1.0
    lines: list[tuple[int, int]] = []
    start = None
    cur = 0.0
    for us, ue in break_units(text):
        piece = text[us:ue]
        if piece == " ":
            if start is not None:
                cur += fm.width(" ", size)
            continue
        w = fm.width(piece, size)
        if start is not None and cur + w > limit:
            lines.append((start, us))
            start, cur = None, 0.0
        if w > limit:  # a word longer than the line: the producer breaks it anywhere
            for k in range(us, ue):
                cw = fm.width(text[k], size)
                if start is not None and cur + cw > limit:
                    lines.append((start, k))
                    start, cur = None, 0.0
                if start is None:
                    start = k
                cur += cw
            continue
        if start is None:
            start = us
        cur += w
    if start is not None:
        lines.append((start, len(text)))
    return lines or [(0, 0)]


# ---------------------------------------------------------------------------------------------
# Page geometry of one fixture
# ---------------------------------------------------------------------------------------------
@dataclass
class Geometry:
    """Paper, margins, columns and type of one fixture; all lengths in mm unless said (pt)."""

    name: str
    producer: str  # chromium | soffice
    family: str
    page_w: float
    page_h: float
    sheet: bool  # both halves on one sheet, side by side
    margin_x: float
    left_cols: list[float]
    right_cols: list[float]
    table_top: float  # top of the header row (chromium: exact; soffice: an upper bound)
    table_bottom: float  # the lowest the table may reach
    pno_y: float  # page number baseline box top
    font_size: float = 10.0  # pt
    line_factor: float = 1.4
    header_size: float = 9.5
    para_gap: float = 2.0  # pt
    pad_x: float = 4.0  # pt
    pad_y: float = 3.0  # pt
    border: float = 0.75  # pt
    gutter: float = 14.0  # sheet: space between the halves
    fm: FontMetrics | None = None

    @property
    def lh(self) -> float:
        return round(self.font_size * self.line_factor, 2)

    @property
    def header_lh(self) -> float:
        return round(self.header_size * self.line_factor, 2)

    def inner(self, col_mm: float) -> float:
        return col_mm * MM - 2 * self.pad_x - self.border

    # -- x positions of the two tables (mm) -------------------------------------------------
    def half_width(self) -> float:
        if self.sheet:
            return (self.page_w - 2 * self.margin_x - self.gutter) / 2
        return self.page_w - 2 * self.margin_x

    def left_x(self) -> float:
        return self.margin_x

    def right_x(self) -> float:
        if self.sheet:
            return self.margin_x + self.half_width() + self.gutter
        return self.margin_x

    # -- heights (pt) -------------------------------------------------------------------------
    def para_lines(self, p: Para, col_mm: float) -> int:
        return len(wrap(p.printed, self.para_width(p, col_mm), self.fm, self.font_size))

    def hang(self, p: Para) -> float:
        """Hanging indent of an item's wrapped lines: the width of its marker and a space."""
        return self.fm.width(p.marker + " ", self.font_size) if p.marker else 0.0

    def para_width(self, p: Para, col_mm: float) -> float:
        base = self.font_size if p.level else 0.0
        return self.inner(col_mm) - base - self.hang(p)

    def cell_height(self, paras: list[Para], col_mm: float) -> float:
        lines = sum(self.para_lines(p, col_mm) for p in paras)
        gaps = self.para_gap * max(0, len(paras) - 1)
        return lines * self.lh + gaps + 2 * self.pad_y + self.border

    def text_height(self, lines: list[str], col_mm: float, size: float, lh: float) -> float:
        n = sum(len(wrap(t, self.inner(col_mm), self.fm, size)) for t in lines)
        return n * lh + 2 * self.pad_y + self.border

    def fixed_lines(self, plan: Plan) -> list[list[str]]:
        """The first six left cells as printed lines (the period breaks after 至 if too long)."""
        out = [[v] for v in plan.fixed]
        period = plan.fixed[2]
        if self.fm.width(period, self.font_size) > self.inner(self.left_cols[2]) * 0.96 - 1:
            cut = period.index(period_split_char(period)) + 1
            out[2] = [period[:cut], period[cut:]]
        return out

    def fixed_height(self, plan: Plan) -> float:
        return max(
            self.text_height(lines, col, self.font_size, self.lh)
            for lines, col in zip(self.fixed_lines(plan), self.left_cols[:6], strict=True)
        )

    def header_height(self, labels: list[list[str]], cols: list[float]) -> float:
        return max(
            self.text_height(lines, col, self.header_size, self.header_lh)
            for lines, col in zip(labels, cols, strict=True)
        )

    def capacity(self, text: ReportText) -> float:
        """Height (pt) left for the body rows of a table page."""
        head = max(
            self.header_height(text.left_header, self.left_cols),
            self.header_height(text.right_header, self.right_cols),
        )
        return (self.table_bottom - self.table_top) * MM - head


def period_split_char(period: str) -> str:
    """The character after which a period wraps: 至 (or its Kangxi look-alike)."""
    for ch in ("至", KANGXI_MAP["至"]):
        if ch in period:
            return ch
    return period[len(period) // 2]


# ---------------------------------------------------------------------------------------------
# Pagination
# ---------------------------------------------------------------------------------------------
@dataclass
class LeftRow:
    plan_id: str
    fixed: list[list[str]] | None  # None: a continuation row (six empty cells)
    planned: list[Para]
    height: float


@dataclass
class RightRow:
    plan_id: str
    cells: dict[str, list[Para]]
    continuation: bool
    height: float


@dataclass
class Spread:
    left: list[LeftRow] = field(default_factory=list)
    right: list[RightRow] = field(default_factory=list)


@dataclass
class Continuation:
    """A plan going on from spread ``spread`` to the next on one half."""

    plan_id: str
    half: str  # left | right
    spread: int
    sections: dict[str, dict]  # section -> {"kind": mid_sentence|item_boundary, "item": [n, m]}


def split_para(geo: Geometry, p: Para, col_mm: float, k: int) -> tuple[Para, Para] | None:
    """``p`` cut after its first ``k`` lines, between two ideographs (None if there is no
    such place in them)."""
    printed = p.printed
    offset = len(printed) - len(p.text)
    lines = wrap(printed, geo.para_width(p, col_mm), geo.fm, geo.font_size)
    if k >= len(lines):
        return None
    cut = lines[k - 1][1] - offset
    text = p.text
    while cut > 1:
        a, b = text[cut - 1], text[cut] if cut < len(text) else ""
        ok = b and is_han(a) and is_han(b) and a not in NO_LINE_END
        # never leave something that looks like an item marker (一、 二、…) at the start
        if ok and not (cut + 1 < len(text) and text[cut + 1] in "、．."):
            break
        cut -= 1
    if cut <= 1 or cut >= len(text) - 1:
        return None
    head = dataclasses.replace(p, text=text[:cut])
    tail = dataclasses.replace(p, text=text[cut:], cont=True)
    return head, tail


def fit(geo: Geometry, paras: list[Para], col_mm: float, avail: float):
    """Split a cell's paragraphs to fit ``avail`` points: (head, rest, kind or None)."""
    used = 2 * geo.pad_y + geo.border
    head: list[Para] = []
    for idx, p in enumerate(paras):
        gap = geo.para_gap if head else 0.0
        n = geo.para_lines(p, col_mm)
        if used + gap + n * geo.lh <= avail:
            head.append(p)
            used += gap + n * geo.lh
            continue
        k = int((avail - used - gap) // geo.lh)
        # widow/orphan control: at least two lines on each side, unless nothing fits otherwise
        if k >= 1 and (not head or (k >= 2 and n - k >= 2)):
            parts = split_para(geo, p, col_mm, k)
            if parts:
                return [*head, parts[0]], [parts[1], *paras[idx + 1 :]], "mid_sentence"
        return head, paras[idx:], "item_boundary"
    return head, [], None


def paginate(geo: Geometry, text: ReportText):
    """Spreads and continuations for ``text`` laid out on ``geo``.

    A split that would leave a later spread with an empty half (a continuation taller than a
    page, or the last plan going on on one half only) is avoided by starting that plan on a
    fresh spread instead (as Word's "keep with next" would); the rest is plain filling.
    """
    fresh: set[str] = set()
    while True:
        spreads, conts = _paginate(geo, text, fresh)
        culprit = None
        for i, sp in enumerate(spreads):
            if i and (not sp.left or not sp.right):
                prev = [c for c in conts if c.spread == i - 1]
                culprit = prev[0].plan_id if prev else None
                break
        if culprit is None or culprit in fresh:
            return spreads, conts
        fresh.add(culprit)


def _paginate(geo: Geometry, text: ReportText, fresh: set[str]):
    cap = geo.capacity(text)
    col7 = geo.left_cols[6]
    rcols = dict(zip(SECTIONS_RIGHT, geo.right_cols, strict=True))
    min_split = 4 * geo.lh + 2 * geo.pad_y + geo.border

    def right_height(cells: dict[str, list[Para]]) -> float:
        return max(geo.cell_height(cells[s], rcols[s]) if cells[s] else 0.0 for s in cells)

    spreads: list[Spread] = []
    conts: list[Continuation] = []
    queue = list(text.plans)
    carry: tuple[Plan, list[Para], dict[str, list[Para]]] | None = None

    def split_halves(plan, planned, right, avail_l, avail_r, spread, sp_index, fixed):
        """Put what fits of a plan on this spread; return what goes on (or None)."""
        head_l, rest_l, kind_l = fit(geo, planned, col7, avail_l) if planned else ([], [], None)
        heads_r, rests_r, kinds_r = {}, {}, {}
        for s in SECTIONS_RIGHT:
            heads_r[s], rests_r[s], kinds_r[s] = (
                fit(geo, right[s], rcols[s], avail_r) if right[s] else ([], [], None)
            )
        more_l, more_r = bool(rest_l), any(rests_r.values())
        if fixed is not None or planned:
            spread.left.append(LeftRow(plan.plan_id, fixed, head_l, avail_l))
        if fixed is not None or any(right.values()):
            spread.right.append(RightRow(plan.plan_id, heads_r, fixed is None, avail_r))
        if more_l:
            conts.append(
                Continuation(
                    plan.plan_id,
                    "left",
                    sp_index,
                    {"planned_work": {"kind": kind_l, "item": list(rest_l[0].item)}},
                )
            )
        if more_r:
            conts.append(
                Continuation(
                    plan.plan_id,
                    "right",
                    sp_index,
                    {
                        s: {"kind": kinds_r[s], "item": list(rests_r[s][0].item)}
                        for s in SECTIONS_RIGHT
                        if rests_r[s]
                    },
                )
            )
        if more_l or more_r:
            return plan, rest_l, rests_r
        return None

    while carry or queue:
        spread = Spread()
        sp_index = len(spreads)
        used_l = used_r = 0.0
        if carry:
            plan, planned, right = carry
            carry = None
            h_l = geo.cell_height(planned, col7) if planned else 0.0
            h_r = right_height(right) if any(right.values()) else 0.0
            h = max(h_l, h_r)
            if h <= cap:
                if planned:
                    spread.left.append(LeftRow(plan.plan_id, None, planned, h))
                    used_l = h
                if any(right.values()):
                    spread.right.append(RightRow(plan.plan_id, right, True, h))
                    used_r = h
            else:
                carry = split_halves(plan, planned, right, cap, cap, spread, sp_index, None)
                spreads.append(spread)
                continue
        while queue:
            plan = queue[0]
            fixed = geo.fixed_lines(plan)
            h_l = max(geo.fixed_height(plan), geo.cell_height(plan.sections["planned_work"], col7))
            h_r = right_height({s: plan.sections[s] for s in SECTIONS_RIGHT})
            h = max(h_l, h_r)
            avail_l, avail_r = cap - used_l, cap - used_r
            if h <= avail_l and h <= avail_r:
                spread.left.append(LeftRow(plan.plan_id, fixed, plan.sections["planned_work"], h))
                spread.right.append(
                    RightRow(plan.plan_id, {s: plan.sections[s] for s in SECTIONS_RIGHT}, False, h)
                )
                used_l += h
                used_r += h
                queue.pop(0)
                continue
            empty = not spread.left and not spread.right
            room = min(avail_l, avail_r)
            splittable = (
                room >= max(min_split, geo.fixed_height(plan)) and plan.plan_id not in fresh
            )
            if empty or splittable:
                queue.pop(0)
                carry = split_halves(
                    plan,
                    plan.sections["planned_work"],
                    {s: plan.sections[s] for s in SECTIONS_RIGHT},
                    avail_l,
                    avail_r,
                    spread,
                    sp_index,
                    fixed,
                )
            break
        spreads.append(spread)
    return spreads, conts


def pagination_ok(spreads: list[Spread], conts: list[Continuation]) -> bool:
    if any(not sp.left or not sp.right for sp in spreads):
        return False
    halves = {c.half for c in conts}
    kinds = {v["kind"] for c in conts for v in c.sections.values()}
    return {"left", "right"} <= halves and {"mid_sentence", "item_boundary"} <= kinds


def choose_layout(geo: Geometry, text: ReportText):
    """The first font size (of a few near the wanted one) whose pagination has a left and a
    right continuation, one mid-sentence and one at an item boundary."""
    base = geo.font_size
    for delta in (0.0, -0.5, 0.5, -1.0, 1.0, -0.25, 0.25, -0.75, 0.75):
        g = dataclasses.replace(geo, font_size=base + delta)
        spreads, conts = paginate(g, text)
        if pagination_ok(spreads, conts):
            return g, spreads, conts
    raise SystemExit(f"{geo.name}: no font size gives left and right continuations")


# ---------------------------------------------------------------------------------------------
# HTML (Chromium)
# ---------------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return html.escape(s, quote=True)


def html_paras(geo: Geometry, paras: list[Para]) -> str:
    out = []
    for p in paras:
        hang = geo.hang(p)
        base = geo.font_size if p.level else 0.0
        if p.cont:
            style = f"padding-left:{base + hang:.2f}pt"
        elif p.marker:
            style = f"padding-left:{base + hang:.2f}pt;text-indent:{-hang:.2f}pt"
        else:
            style = f"padding-left:{base:.2f}pt"
        out.append(f'<p style="{style}">{esc(p.printed)}</p>')
    return "".join(out)


def html_css(geo: Geometry, font_css: str = "") -> str:
    return f"""
{font_css}
@page {{ size: {geo.page_w}mm {geo.page_h}mm; margin: 0; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "{geo.family}"; color: #000; -webkit-print-color-adjust: exact; }}
.page {{ position: relative; width: {geo.page_w}mm; height: {geo.page_h}mm; overflow: visible;
         break-after: page; page-break-after: always; }}
.page:last-child {{ break-after: auto; page-break-after: auto; }}
.abs {{ position: absolute; white-space: nowrap; }}
.t1 {{ font-size: 20pt; font-weight: bold; line-height: 26pt; }}
.t2 {{ font-size: 16pt; font-weight: bold; line-height: 22pt; }}
.t3 {{ font-size: 14pt; line-height: 20pt; }}
.unit {{ font-size: 10pt; line-height: 14pt; }}
table.grid {{ position: absolute; border-collapse: collapse; table-layout: fixed; }}
table.grid th, table.grid td {{ border: {geo.border}pt solid #000;
  padding: {geo.pad_y}pt {geo.pad_x}pt;
  overflow-wrap: anywhere; line-break: strict; }}
table.grid th {{ font-size: {geo.header_size}pt; line-height: {geo.header_lh}pt; font-weight: bold;
  text-align: center; vertical-align: middle; background: #e8e8e8; }}
table.grid td {{ font-size: {geo.font_size}pt; line-height: {geo.lh}pt; vertical-align: top; }}
table.grid td p {{ margin: 0 0 {geo.para_gap}pt 0; }}
table.grid td p:last-child {{ margin-bottom: 0; }}
td.c {{ text-align: center; }}
td.n {{ text-align: right; }}
.pno {{ position: absolute; left: 0; right: 0; text-align: center; font-size: 10pt;
  line-height: 12pt; }}
.cover {{ text-align: center; }}
"""


def html_table(geo: Geometry, cols, header, rows_html, x_mm) -> str:
    colgroup = "".join(f'<col style="width:{w}mm">' for w in cols)
    head_h = (geo.table_top, geo.header_height(header, cols))
    ths = "".join(f"<th>{'<br>'.join(esc(t) for t in lines)}</th>" for lines in header)
    return (
        f'<table class="grid" style="left:{x_mm}mm;top:{head_h[0]}mm;width:{sum(cols)}mm">'
        f"<colgroup>{colgroup}</colgroup>"
        f'<thead><tr style="height:{head_h[1]:.2f}pt">{ths}</tr></thead>'
        f"<tbody>{rows_html}</tbody></table>"
    )


def html_left_rows(geo: Geometry, rows: list[LeftRow]) -> str:
    out = []
    for row in rows:
        if row.fixed is None:
            cells = "<td></td>" * 6
        else:
            name, cat, period, *amounts = (
                "<br>".join(esc(t) for t in lines) for lines in row.fixed
            )
            cells = f"<td>{name}</td><td class='c'>{cat}</td><td class='c'>{period}</td>" + "".join(
                f"<td class='n'>{a}</td>" for a in amounts
            )
        out.append(
            f'<tr style="height:{row.height:.2f}pt">{cells}'
            f"<td>{html_paras(geo, row.planned)}</td></tr>"
        )
    return "".join(out)


def html_right_rows(geo: Geometry, rows: list[RightRow]) -> str:
    return "".join(
        f'<tr style="height:{row.height:.2f}pt">'
        + "".join(f"<td>{html_paras(geo, row.cells[s])}</td>" for s in SECTIONS_RIGHT)
        + "</tr>"
        for row in rows
    )


def html_titles_left(geo: Geometry, text: ReportText, right_edge_mm: float) -> str:
    at = f"right:{geo.page_w - right_edge_mm}mm;text-align:right"
    return (
        f'<div class="abs t1" style="{at};top:8mm">{esc(text.agency_head)}</div>'
        f'<div class="abs t2" style="{at};top:17.5mm">{esc(text.title_left)}</div>'
        f'<div class="abs t3" style="{at};top:26mm">{esc(text.roc)}</div>'
    )


def html_titles_right(geo: Geometry, text: ReportText, left_mm: float, right_edge_mm: float) -> str:
    right = geo.page_w - right_edge_mm
    return (
        f'<div class="abs t1" style="left:{left_mm}mm;top:8mm">{esc(text.agency_tail)}</div>'
        f'<div class="abs t2" style="left:{left_mm}mm;top:17.5mm">{esc(text.title_right)}</div>'
        f'<div class="abs t3" style="left:{left_mm}mm;top:26mm">{esc(text.fy_text)}</div>'
        f'<div class="abs unit" style="right:{right}mm;top:{geo.table_top - 6}mm">'
        f"{esc(text.unit_text)}</div>"
    )


def html_cover(geo: Geometry, text: ReportText) -> str:
    c = text.cover_lines
    top = geo.page_h * 0.28
    return (
        f'<div class="page cover"><div style="position:absolute;left:0;right:0;top:{top}mm">'
        f'<div style="font-size:30pt;font-weight:bold;line-height:44pt">{esc(c[0])}</div>'
        f'<div style="font-size:20pt;line-height:40pt;margin-top:10mm">{esc(c[1])}</div>'
        f'<div style="font-size:24pt;font-weight:bold;line-height:36pt;margin-top:6mm">'
        f"{esc(c[2])}</div>"
        f'<div style="font-size:24pt;font-weight:bold;line-height:36pt">{esc(c[3])}</div>'
        "</div></div>"
        '<div class="page"><div style="position:absolute;left:0;right:0;'
        f"top:{geo.page_h / 2 - 6}mm;"
        f'text-align:center;font-size:20pt;letter-spacing:1em;text-indent:1em">{esc(text.blank)}</div></div>'
    )


def pno(geo: Geometry, n: int) -> str:
    return f'<div class="pno" style="top:{geo.pno_y}mm">{n}</div>'


def render_html(
    geo: Geometry, text: ReportText, spreads: list[Spread], font_css: str = "", cover: bool = True
) -> str:
    pages = [html_cover(geo, text)] if cover else []
    number = 0
    x_l, x_r = geo.left_x(), geo.right_x()
    w = geo.half_width()
    for sp in spreads:
        left_table = html_table(
            geo, geo.left_cols, text.left_header, html_left_rows(geo, sp.left), x_l
        )
        right_table = html_table(
            geo, geo.right_cols, text.right_header, html_right_rows(geo, sp.right), x_r
        )
        if geo.sheet:
            number += 1
            pages.append(
                '<div class="page">'
                + html_titles_left(geo, text, x_l + w)
                + left_table
                + html_titles_right(geo, text, x_r, x_r + w)
                + right_table
                + pno(geo, number)
                + "</div>"
            )
        else:
            number += 1
            pages.append(
                '<div class="page">'
                + html_titles_left(geo, text, x_l + w)
                + left_table
                + pno(geo, number)
                + "</div>"
            )
            number += 1
            pages.append(
                '<div class="page">'
                + html_titles_right(geo, text, x_r, x_r + w)
                + right_table
                + pno(geo, number)
                + "</div>"
            )
    title = esc(f"{text.agency}{text.fy_text}{text.title_left}{text.title_right}")
    return (
        f'<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{html_css(geo, font_css)}</style></head><body>{''.join(pages)}</body></html>"
    )


def chromium_pdf(html_text: str, out: Path, work: Path) -> None:
    src = work / (out.stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    profile = tempfile.mkdtemp(dir=work, prefix="chromium-profile-")
    cmd = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        "--virtual-time-budget=5000",
        f"--print-to-pdf={out}",
        src.as_uri(),
    ]
    if out.exists():
        out.unlink()
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if res.returncode != 0 or not out.exists():
        raise SystemExit(f"chromium failed for {out.name}:\n{res.stderr[-2000:]}")


# ---------------------------------------------------------------------------------------------
# Flat ODT (LibreOffice)
# ---------------------------------------------------------------------------------------------
class Fodt:
    """A flat ODF text document with automatic styles collected while writing the body."""

    def __init__(self, geo: Geometry):
        self.geo = geo
        self.styles: dict[str, str] = {}
        self.body: list[str] = []

    def style(self, family: str, props: str) -> str:
        key = family + props
        if key not in self.styles:
            prefix = {"paragraph": "P", "table-row": "R", "table-column": "C", "table": "T"}.get(
                family, "X"
            )
            name = f"{prefix}{len(self.styles) + 1}"
            self.styles[key] = (
                f'<style:style style:name="{name}" style:family="{family}"'
                + (' style:parent-style-name="Standard"' if family == "paragraph" else "")
                + f">{props}</style:style>"
            )
        return re.search(r'style:name="([^"]+)"', self.styles[key]).group(1)

    def para_style(
        self,
        size: float,
        lh: float,
        *,
        align: str = "start",
        bold: bool = False,
        margin_left: float = 0.0,
        indent: float = 0.0,
        below: float = 0.0,
        above: float = 0.0,
        extra: str = "",
        text_extra: str = "",
        master: str | None = None,
    ) -> str:
        weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        weight += text_extra
        props = (
            f'<style:paragraph-properties fo:text-align="{align}" fo:line-height="{lh:.2f}pt"'
            f' fo:margin-left="{margin_left:.2f}pt" fo:text-indent="{indent:.2f}pt"'
            f' fo:margin-top="{above:.2f}pt" fo:margin-bottom="{below:.2f}pt"{extra}/>'
            f'<style:text-properties fo:font-size="{size}pt"'
            f' style:font-size-asian="{size}pt"{weight}/>'
        )
        name = self.style("paragraph", props)
        if master:  # a master page change is a property of the style: make a distinct one
            key = "paragraph-master" + master + props
            if key not in self.styles:
                mname = f"M{len(self.styles) + 1}"
                self.styles[key] = (
                    f'<style:style style:name="{mname}" style:family="paragraph"'
                    f' style:parent-style-name="Standard" style:master-page-name="{master}">'
                    + props.replace("/>", ' style:page-number="1"/>', 1)
                    + "</style:style>"
                )
            return re.search(r'style:name="([^"]+)"', self.styles[key]).group(1)
        return name

    def p(self, style: str, text: str | list[str]) -> str:
        lines = [text] if isinstance(text, str) else text
        return (
            f'<text:p text:style-name="{style}">'
            + "<text:line-break/>".join(xml_text(t) for t in lines)
            + "</text:p>"
        )


def xml_text(s: str) -> str:
    s = html.escape(s, quote=False)
    return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', s)


def fodt_cell_paras(doc: Fodt, paras: list[Para]) -> str:
    geo = doc.geo
    out = []
    for i, p in enumerate(paras):
        hang = geo.hang(p)
        base = geo.font_size if p.level else 0.0
        below = geo.para_gap if i < len(paras) - 1 else 0.0
        if p.cont:
            st = doc.para_style(geo.font_size, geo.lh, margin_left=base + hang, below=below)
        elif p.marker:
            st = doc.para_style(
                geo.font_size, geo.lh, margin_left=base + hang, indent=-hang, below=below
            )
        else:
            st = doc.para_style(geo.font_size, geo.lh, margin_left=base, below=below)
        out.append(doc.p(st, p.printed))
    if not out:
        out.append(doc.p(doc.para_style(geo.font_size, geo.lh), ""))
    return "".join(out)


def fodt_table(doc: Fodt, cols: list[float], header, rows: list[tuple[float, list[str]]]) -> str:
    geo = doc.geo
    tstyle = doc.style(
        "table",
        f'<style:table-properties style:width="{sum(cols):.2f}mm" table:align="left"'
        ' fo:margin-left="0mm" fo:margin-top="0mm" fo:margin-bottom="0mm"'
        ' table:border-model="collapsing" style:may-break-between-rows="false"/>',
    )
    border = f"{geo.border}pt solid #000000"
    pads = (
        f'fo:padding-top="{geo.pad_y}pt" fo:padding-bottom="{geo.pad_y}pt"'
        f' fo:padding-left="{geo.pad_x}pt" fo:padding-right="{geo.pad_x}pt"'
    )
    cell = doc.style(
        "table-cell",
        f'<style:table-cell-properties {pads} fo:border="{border}" style:vertical-align="top"/>',
    )
    hcell = doc.style(
        "table-cell",
        f'<style:table-cell-properties {pads} fo:border="{border}"'
        ' fo:background-color="#e8e8e8" style:vertical-align="middle"/>',
    )
    out = [f'<table:table table:name="Table{len(doc.body) + 1}" table:style-name="{tstyle}">']
    for w in cols:
        cst = doc.style(
            "table-column", f'<style:table-column-properties style:column-width="{w}mm"/>'
        )
        out.append(f'<table:table-column table:style-name="{cst}"/>')

    def row(height: float, cells: list[str], cstyle: str) -> str:
        rst = doc.style(
            "table-row",
            f'<style:table-row-properties style:min-row-height="{height:.2f}pt"'
            ' fo:keep-together="always"/>',
        )
        return (
            f'<table:table-row table:style-name="{rst}">'
            + "".join(
                f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">'
                f"{c}</table:table-cell>"
                for c in cells
            )
            + "</table:table-row>"
        )

    hpara = doc.para_style(geo.header_size, geo.header_lh, align="center", bold=True)
    out.append(
        row(
            geo.header_height(header, cols),
            [doc.p(hpara, lines) for lines in header],
            hcell,
        )
    )
    for height, cells in rows:
        out.append(row(height, cells, cell))
    out.append("</table:table>")
    return "".join(out)


def render_fodt(geo: Geometry, text: ReportText, spreads: list[Spread]) -> str:
    doc = Fodt(geo)
    body = doc.body
    brk = ' fo:break-before="page"'
    # cover (master page "Cover": no page number) and the blank page
    c = text.cover_lines
    body.append(doc.p(doc.para_style(30, 40, align="center", bold=True, above=150), c[0]))
    body.append(doc.p(doc.para_style(20, 30, align="center", above=20), c[1]))
    body.append(doc.p(doc.para_style(24, 34, align="center", bold=True, above=12), c[2]))
    body.append(doc.p(doc.para_style(24, 34, align="center", bold=True), c[3]))
    body.append(
        doc.p(
            doc.para_style(
                20, 28, align="center", above=250, extra=brk, text_extra=' fo:letter-spacing="20pt"'
            ),
            text.blank,
        )
    )
    first = True
    for sp in spreads:
        for half in ("left", "right"):
            extra = "" if first else brk
            master = "Table" if first else None
            first = False
            if half == "left":
                t1 = doc.para_style(20, 26, align="end", bold=True, extra=extra, master=master)
                body.append(doc.p(t1, text.agency_head))
                body.append(doc.p(doc.para_style(16, 22, align="end", bold=True), text.title_left))
                body.append(doc.p(doc.para_style(14, 20, align="end"), text.roc))
                body.append(doc.p(doc.para_style(10, 14, align="end"), ""))
                rows = []
                for r in sp.left:
                    if r.fixed is None:
                        cells = [doc.p(doc.para_style(geo.font_size, geo.lh), "")] * 6
                    else:
                        aligns = ["start", "center", "center", "end", "end", "end"]
                        cells = [
                            doc.p(doc.para_style(geo.font_size, geo.lh, align=a), lines)
                            for lines, a in zip(r.fixed, aligns, strict=True)
                        ]
                    rows.append((r.height, [*cells, fodt_cell_paras(doc, r.planned)]))
                body.append(fodt_table(doc, geo.left_cols, text.left_header, rows))
            else:
                t1 = doc.para_style(20, 26, align="start", bold=True, extra=extra)
                body.append(doc.p(t1, text.agency_tail))
                body.append(
                    doc.p(doc.para_style(16, 22, align="start", bold=True), text.title_right)
                )
                body.append(doc.p(doc.para_style(14, 20, align="start"), text.fy_text))
                body.append(doc.p(doc.para_style(10, 14, align="end"), text.unit_text))
                rows = [
                    (r.height, [fodt_cell_paras(doc, r.cells[s]) for s in SECTIONS_RIGHT])
                    for r in sp.right
                ]
                body.append(fodt_table(doc, geo.right_cols, text.right_header, rows))
    fam = geo.family
    page_layout = (
        '<style:page-layout style:name="PL1"><style:page-layout-properties'
        f' fo:page-width="{geo.page_w}mm" fo:page-height="{geo.page_h}mm"'
        ' style:print-orientation="landscape"'
        f' fo:margin-top="8mm" fo:margin-bottom="6mm" fo:margin-left="{geo.margin_x}mm"'
        f' fo:margin-right="{geo.margin_x}mm" style:writing-mode="lr-tb"/>'
        "<style:footer-style>"
        '<style:header-footer-properties fo:min-height="6mm" fo:margin-top="3mm"/>'
        "</style:footer-style></style:page-layout>"
    )
    footer_p = doc.para_style(10, 14, align="center")
    masters = (
        '<style:master-page style:name="Standard" style:page-layout-name="PL1"/>'
        '<style:master-page style:name="Table" style:page-layout-name="PL1"><style:footer>'
        f'<text:p text:style-name="{footer_p}">'
        '<text:page-number text:select-page="current">1</text:page-number></text:p>'
        "</style:footer></style:master-page>"
    )
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    )
    title = xml_text(f"{text.agency}{text.fy_text}{text.title_left}{text.title_right}")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {ns} office:version="1.3"'
        ' office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:meta><dc:title>{title}</dc:title></office:meta>"
        "<office:font-face-decls>"
        f'<style:font-face style:name="{fam}" svg:font-family="&apos;{fam}&apos;"'
        ' style:font-pitch="variable"/>'
        "</office:font-face-decls>"
        "<office:styles>"
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="lr-tb" style:line-break="strict"'
        ' style:punctuation-wrap="hanging" fo:hyphenate="false"/>'
        f'<style:text-properties style:font-name="{fam}" style:font-name-asian="{fam}"'
        f' style:font-name-complex="{fam}" fo:font-size="{geo.font_size}pt"'
        f' style:font-size-asian="{geo.font_size}pt" fo:language="zh" fo:country="TW"'
        ' style:language-asian="zh" style:country-asian="TW"/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        "</office:styles>"
        f"<office:automatic-styles>{page_layout}{''.join(doc.styles.values())}</office:automatic-styles>"
        f"<office:master-styles>{masters}</office:master-styles>"
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"
    )


def soffice_pdf(fodt_text: str, out: Path, work: Path) -> None:
    src = work / (out.stem + ".fodt")
    src.write_text(fodt_text, encoding="utf-8")
    profile = Path(tempfile.mkdtemp(dir=work, prefix="lo-profile-"))
    outdir = Path(tempfile.mkdtemp(dir=work, prefix="lo-out-"))
    cmd = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(outdir),
        str(src),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    made = outdir / (src.stem + ".pdf")
    if res.returncode != 0 or not made.exists():
        raise SystemExit(
            f"soffice failed for {out.name}:\n{res.stdout[-1000:]}{res.stderr[-2000:]}"
        )
    shutil.move(str(made), out)


# ---------------------------------------------------------------------------------------------
# Post-processing and helpers
# ---------------------------------------------------------------------------------------------
def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    res = subprocess.run(cmd, capture_output=True, **kw)
    # qpdf exits 3 for warnings; anything else non-zero is an error
    if res.returncode not in (0, 3) or (res.returncode == 3 and cmd[0] != "qpdf"):
        err = res.stderr.decode(errors="replace") if isinstance(res.stderr, bytes) else res.stderr
        raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}): {err[-2000:]}")
    return res


def stabilise(pdf: Path, compact: bool = False) -> None:
    """Fixed dates and checksum (same length, so offsets hold) and a deterministic /ID.

    ``compact``: also recompress the streams and pack objects into object streams (Chromium
    draws the CFF-based Noto CJK faces as Type 3 fonts, one outline per glyph: ~1 MB otherwise).
    """
    data = pdf.read_bytes()
    data = re.sub(
        rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}",
        lambda m: m.group(1) + FIXED_PDF_DATE.encode(),
        data,
    )
    # LibreOffice's Info /DocChecksum hashes the export time as well
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", lambda m: m.group(1) + b"0" * 32, data)
    # and its trailer /ID, which qpdf would keep: blank it out, qpdf makes one from the content
    data = re.sub(
        rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
        lambda m: b" " * len(m.group(0)),
        data,
    )
    pdf.write_bytes(data)
    tmp = pdf.with_suffix(".tmp.pdf")
    opts = ["--object-streams=generate", "--recompress-flate", "--compression-level=9"]
    run(["qpdf", "--deterministic-id", *(opts if compact else []), str(pdf), str(tmp)])
    tmp.replace(pdf)


def pdf_pages(pdf: Path) -> int:
    out = run(["pdfinfo", str(pdf)], text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def despace(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------------------------------------
# The fixtures
# ---------------------------------------------------------------------------------------------
def a4_geometry(name: str, producer: str, family: str, size: float) -> Geometry:
    # A4 landscape, two-page spreads. Left: 7 columns; right: 3 columns; 269 mm wide each.
    if producer == "chromium":
        top, bottom, pno_y = 36.0, 193.0, 199.0
    else:  # Writer: page margins 8/6 mm, footer 6+3 mm; the table starts under 4 title lines
        top, bottom, pno_y = 8 + (26 + 22 + 20 + 14) / MM + 2, 210 - 6 - 9 - 3, 199.0
    return Geometry(
        name=name,
        producer=producer,
        family=family,
        page_w=297,
        page_h=210,
        sheet=False,
        margin_x=14,
        left_cols=[44, 19, 25, 23.5, 23.5, 23.5, 110.5],
        right_cols=[89, 90, 90],
        table_top=top,
        table_bottom=bottom,
        pno_y=pno_y,
        font_size=size,
    )


def a3_sheet_geometry(name: str, family: str, size: float) -> Geometry:
    # A3 landscape sheet: the left half (7 columns) and the right half (3 columns) side by side.
    return Geometry(
        name=name,
        producer="chromium",
        family=family,
        page_w=420,
        page_h=297,
        sheet=True,
        margin_x=10,
        left_cols=[30, 16, 24, 22.5, 22.5, 22.5, 56.5],
        right_cols=[64, 65, 65],
        table_top=36.0,
        table_bottom=280.0,
        pno_y=286.0,
        font_size=size,
        header_size=9.0,
        gutter=12,
    )


@dataclass
class Built:
    file: str
    geo: Geometry
    text: ReportText
    spreads: list[Spread]
    conts: list[Continuation]
    description: dict


def build_report_fixture(geo: Geometry, text: ReportText, out: Path, work: Path) -> Built:
    geo = dataclasses.replace(geo, fm=FontMetrics(geo.family))
    geo, spreads, conts = choose_layout(geo, text)
    if geo.producer == "chromium":
        chromium_pdf(render_html(geo, text, spreads), out, work)
        stabilise(out, compact=True)
    else:
        soffice_pdf(render_fodt(geo, text, spreads), out, work)
        stabilise(out)
    return Built(out.name, geo, text, spreads, conts, {})


def page_map(b: Built) -> dict:
    """Physical pages (1-based) of a fixture: cover, blank, table pages, printed numbers."""
    n = len(b.spreads)
    if b.geo.sheet:
        table = [3 + i for i in range(n)]
        return {
            "pages": 2 + n,
            "left_pages": table,
            "right_pages": table,
            "printed_page_numbers": {str(p): i + 1 for i, p in enumerate(table)},
            "spread_pages": [(p, p) for p in table],
        }
    left = [3 + 2 * i for i in range(n)]
    right = [4 + 2 * i for i in range(n)]
    return {
        "pages": 2 + 2 * n,
        "left_pages": left,
        "right_pages": right,
        "printed_page_numbers": {str(p): p - 2 for p in sorted(left + right)},
        "spread_pages": list(zip(left, right, strict=True)),
    }


def expected_entry(b: Built, extra: dict) -> dict:
    pm = page_map(b)
    names = {p.plan_id: p.name for p in b.text.plans}
    spreads = []
    for i, sp in enumerate(b.spreads):
        lp, rp = pm["spread_pages"][i]
        new = [r.plan_id for r in sp.left if r.fixed is not None]
        lc = [r.plan_id for r in sp.left if r.fixed is None]
        rc = [r.plan_id for r in sp.right if r.continuation]
        spreads.append(
            {
                "left_page": lp,
                "right_page": rp,
                "printed_page_numbers": sorted(
                    {pm["printed_page_numbers"][str(lp)], pm["printed_page_numbers"][str(rp)]}
                ),
                "plans": new,
                "left_continuation_of": lc[0] if lc else None,
                "right_continuation_of": rc[0] if rc else None,
                "left_rows": len(sp.left),
                "right_rows": len(sp.right),
            }
        )
    conts = []
    for c in b.conts:
        lp, rp = pm["spread_pages"][c.spread]
        lp2, rp2 = pm["spread_pages"][c.spread + 1]
        frm, to = (lp, lp2) if c.half == "left" else (rp, rp2)
        conts.append(
            {
                "plan_id": c.plan_id,
                "name": names[c.plan_id],
                "half": c.half,
                "from_page": frm,
                "to_page": to,
                "sections": {
                    s: {"kind": v["kind"], "item_no": v["item"][0], "sub_item_no": v["item"][1]}
                    for s, v in c.sections.items()
                },
            }
        )
    return {
        **extra,
        "font_size_pt": b.geo.font_size,
        "pages": pm["pages"],
        "cover_page": 1,
        "blank_page": 2,
        "left_pages": pm["left_pages"],
        "right_pages": pm["right_pages"],
        "printed_page_numbers": pm["printed_page_numbers"],
        "spreads": spreads,
        "continuations": conts,
    }


# -- bad inputs --------------------------------------------------------------------------------
def build_other_document(out: Path, work: Path, text: ReportText) -> None:
    """A one-page memo (函) with a 2-column table: Chinese, but not the report."""
    rows = [
        ("受文者", "各機關資訊單位"),
        ("發文日期", "中華民國115年1月15日"),
        ("主旨", "請於期限內填報本年度資通安全業務聯絡窗口資料，請查照。"),
        (
            "說明",
            "一、依資通安全管理法施行細則辦理。二、填報表單請至本部網站下載，逕以電子郵件回復。",
        ),
        ("聯絡人", "資通安全署 綜合規劃組"),
    ]
    trs = "".join(f"<tr><td class='k'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    page = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>函</title>
<style>@page {{ size: 210mm 297mm; margin: 20mm; }}
body {{ font-family: "{SERIF}"; font-size: 13pt; }}
h1 {{ text-align: center; font-size: 22pt; }} table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 0.75pt solid #000; padding: 6pt; vertical-align: top; line-height: 1.6; }}
td.k {{ width: 30mm; text-align: center; background: #eee; }}</style></head><body>
<h1>{esc(text.agency)}　函</h1>
<p style="text-align:right">地址：臺北市中正區延平南路143號</p>
<table>{trs}</table>
<p style="margin-top:20mm;text-align:right">部長</p></body></html>"""
    chromium_pdf(page, out, work)
    stabilise(out, compact=True)


def pua_font(chars: list[str], work: Path) -> tuple[Path, dict[str, str]]:
    """A subset of Noto Sans CJK TC whose CJK glyphs sit on Private Use code points.

    The page shows ordinary Chinese; the text layer (from the font's cmap) is U+E000…, as in a
    document typed with an end-user-defined (造字) font.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    fm = FontMetrics(SANS)
    font = TTFont(fm.path, fontNumber=fm.index)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    keep = sorted(set(chars) | {chr(c) for c in range(0x20, 0x7F)})
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in keep])
    sub.subset(font)
    base = font.getBestCmap()
    mapping: dict[str, str] = {}
    new_cmap: dict[int, str] = {cp: g for cp, g in base.items() if cp < 0x80}
    for i, ch in enumerate(sorted(set(chars))):
        pua = chr(0xE000 + i)
        mapping[ch] = pua
        new_cmap[ord(pua)] = base[ord(ch)]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = dict(new_cmap)
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format in (4, 12)]
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = "GovplansPUA"
    path = work / "govplans-pua.otf"
    font.save(path)
    return path, mapping


def build_private_use(
    out: Path, work: Path, geo: Geometry, text: ReportText, spread: Spread
) -> None:
    chars = [
        c
        for s in [
            text.agency,
            *text.cover_lines,
            text.title_left,
            text.title_right,
            text.roc,
            text.fy_text,
            text.unit_text,
            *(t for lines in text.left_header for t in lines),
            *(t for lines in text.right_header for t in lines),
        ]
        + [t for r in spread.left if r.fixed for lines in r.fixed for t in lines]
        + [p.printed for r in spread.left for p in r.planned]
        + [p.printed for r in spread.right for s in SECTIONS_RIGHT for p in r.cells[s]]
        for c in s
        if not c.isascii()
    ]
    font_path, mapping = pua_font(chars, work)

    def pua(s: str) -> str:
        return "".join(mapping.get(c, c) for c in s)

    def tx_para(p: Para) -> Para:
        return dataclasses.replace(p, marker=pua(p.marker), text=pua(p.text))

    t2 = dataclasses.replace(
        text,
        agency=pua(text.agency),
        title_left=pua(text.title_left),
        title_right=pua(text.title_right),
        roc=pua(text.roc),
        fy_text=pua(text.fy_text),
        unit_text=pua(text.unit_text),
        left_header=[[pua(t) for t in lines] for lines in text.left_header],
        right_header=[[pua(t) for t in lines] for lines in text.right_header],
    )
    sp = Spread(
        left=[
            dataclasses.replace(
                r,
                fixed=[[pua(t) for t in lines] for lines in r.fixed] if r.fixed else None,
                planned=[tx_para(p) for p in r.planned],
            )
            for r in spread.left
        ],
        right=[
            dataclasses.replace(
                r, cells={s: [tx_para(p) for p in r.cells[s]] for s in SECTIONS_RIGHT}
            )
            for r in spread.right
        ],
    )
    g = dataclasses.replace(geo, family="GovplansPUA")
    # Private-use code points have no CJK line-break class: let them break anywhere, as the
    # ideographs they stand for would (a marker may still end up alone on its line).
    font_css = (
        f'@font-face {{ font-family: "GovplansPUA"; src: url("{font_path.name}"); }}'
        " table.grid td { line-break: anywhere; }"
    )
    page = render_html(g, t2, [sp], font_css=font_css, cover=False)
    chromium_pdf(page, out, work)
    stabilise(out, compact=True)


def build_scan(src: Path, out: Path, work: Path) -> None:
    """Pages 1-3 of ``src`` rasterised at 100 dpi grey and wrapped as an image-only PDF."""
    from PIL import Image

    prefix = work / "scan"
    run(["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "3", str(src), str(prefix)])
    images = [Image.open(p).convert("L") for p in sorted(work.glob("scan-*.pgm"))]
    when = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.UTC).timetuple()
    images[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=images[1:],
        resolution=100.0,
        quality=60,
        title="scan",
        producer="govplans make_fixtures (Pillow)",
        creationDate=when,
        modDate=when,
    )


# ---------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------
WORD_RE = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def bbox_words(
    pdf: Path,
) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Per page: (width, height, words as (x0, y0, x1, y1, text)) from pdftotext -bbox."""
    out = run(["pdftotext", "-bbox", str(pdf), "-"], text=True).stdout
    pages = []
    for chunk in re.split(r"<page ", out)[1:]:
        w, h = map(float, re.match(r'width="([\d.]+)" height="([\d.]+)"', chunk).groups())
        words = [
            (float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in WORD_RE.findall(chunk)
        ]
        pages.append((w, h, words))
    return pages


def column_stream(words, x0: float, x1: float, y_max: float, lh: float) -> str:
    """The words whose centre lies in [x0, x1] and above y_max, line by line, despaced."""
    sel = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and (w[1] + w[3]) / 2 <= y_max]
    sel.sort(key=lambda w: ((w[1] + w[3]) / 2, w[0]))
    lines: list[list] = []
    for w in sel:
        cy = (w[1] + w[3]) / 2
        if lines and abs(cy - lines[-1][0]) < lh * 0.4:
            lines[-1][1].append(w)
        else:
            lines.append([cy, [w]])
    return "".join("".join(x[4] for x in sorted(ws, key=lambda w: w[0])) for _, ws in lines)


def expected_columns(b: Built, sp: Spread) -> tuple[list[str], list[str]]:
    left = []
    for i in range(7):
        s = "".join(b.text.left_header[i])
        for r in sp.left:
            if i < 6:
                s += "".join(r.fixed[i]) if r.fixed else ""
            else:
                s += "".join(p.printed for p in r.planned)
        left.append(despace(s))
    right = []
    for i, sec in enumerate(SECTIONS_RIGHT):
        s = "".join(b.text.right_header[i])
        for r in sp.right:
            s += "".join(p.printed for p in r.cells[sec])
        right.append(despace(s))
    return left, right


def check_report_fixture(b: Built, path: Path) -> list[str]:
    """Problems found in a report fixture (empty: all good)."""
    problems: list[str] = []
    geo = b.geo
    pm = page_map(b)
    n = pdf_pages(path)
    if n != pm["pages"]:
        return [f"{path.name}: {n} pages, expected {pm['pages']} (a table overflowed its page?)"]
    pages = bbox_words(path)
    raw = despace(run(["pdftotext", "-raw", str(path), "-"], text=True).stdout)
    layout = run(["pdftotext", "-layout", str(path), "-"], text=True).stdout
    cover = despace(" ".join(w[4] for w in pages[0][2]))
    for line in b.text.cover_lines:
        if despace(line) not in cover:
            problems.append(f"{path.name}: cover lacks {line!r}")
    if despace(b.text.blank) not in despace(" ".join(w[4] for w in pages[1][2])):
        problems.append(f"{path.name}: page 2 lacks {b.text.blank!r}")
    bottom = geo.table_bottom * MM + 1.0
    for i, sp in enumerate(b.spreads):
        exp_left, exp_right = expected_columns(b, sp)
        lp, rp = pm["spread_pages"][i]
        for page_no, cols, x0, exp in (
            (lp, geo.left_cols, geo.left_x(), exp_left),
            (rp, geo.right_cols, geo.right_x(), exp_right),
        ):
            pw, _ph, words = pages[page_no - 1]
            x = x0 * MM
            for k, (w, e) in enumerate(zip(cols, exp, strict=True)):
                got = column_stream(words, x, x + w * MM, bottom, geo.lh)
                if not got.endswith(e):
                    j = next(
                        (j for j in range(min(len(got), len(e))) if got[-1 - j] != e[-1 - j]), None
                    )
                    problems.append(
                        f"{path.name}: page {page_no} column {k + 1}: text differs near "
                        f"…{e[max(0, len(e) - (j or 0) - 15) : len(e) - (j or 0) + 5]}… "
                        f"(got …{got[max(0, len(got) - (j or 0) - 15) : len(got) - (j or 0) + 5]}…)"
                    )
                x += w * MM
            # nothing between the table's bottom line and the page number; the number centred
            low = [w for w in words if (w[1] + w[3]) / 2 > bottom]
            number = str(pm["printed_page_numbers"][str(page_no)])
            if [w[4] for w in low] != [number]:
                problems.append(
                    f"{path.name}: page {page_no}: below the table: {[w[4] for w in low]}"
                )
            elif abs((low[0][0] + low[0][2]) / 2 - pw / 2) > 3:
                problems.append(f"{path.name}: page {page_no}: page number not centred")
    # the brief's check: every item (or each part of a split item) is in the text, despaced
    fragments = []
    for sp in b.spreads:
        for r in sp.left:
            fragments += [p.text for p in r.planned]
        for r in sp.right:
            fragments += [p.text for s in SECTIONS_RIGHT for p in r.cells[s]]
    missing = [f for f in fragments if despace(f) not in raw]
    if missing:
        problems.append(f"{path.name}: {len(missing)} item texts missing, e.g. {missing[0][:40]!r}")
    for p in b.text.plans:
        for v in p.fixed[3:]:
            if v not in layout:
                problems.append(f"{path.name}: amount {v} not in pdftotext -layout")
        for v in p.fixed[:3]:
            if despace(v) not in raw:
                problems.append(f"{path.name}: {v!r} not in the text")
    if path.stat().st_size > 1_000_000:
        problems.append(f"{path.name}: {path.stat().st_size} bytes (> 1 MB)")
    b.description["_fragments"] = len(fragments)
    return problems


def text_layer_facts(pdf: Path) -> dict:
    """How the text layer encodes the shared glyphs: the distinct radical code points that the
    fonts' ToUnicode maps give (U+2E80-U+2FDF) and the number of /ActualText spans."""
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.pdf"
        run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(plain)])
        data = plain.read_bytes()
    radicals: set[int] = set()
    for block in re.findall(rb"begin(bfchar|bfrange)(.*?)end\1", data, re.S):
        for hexcode in re.findall(rb"<([0-9A-Fa-f]{4})>\s*(?:\n|$)", block[1] + b"\n", re.M):
            cp = int(hexcode, 16)
            if 0x2E80 <= cp <= 0x2FDF:
                radicals.add(cp)
    return {
        "tounicode_radicals": len(radicals),
        "actual_text_spans": len(re.findall(rb"/ActualText", data)),
    }


def text_of(pdf: Path) -> str:
    return run(["pdftotext", str(pdf), "-"], text=True).stdout


def check_bad(files: dict[str, Path], valid: Path) -> list[str]:
    problems = []
    enc = subprocess.run(["qpdf", "--requires-password", str(files["bad_encrypted.pdf"])])
    if enc.returncode != 0:  # 0: a password is needed
        problems.append("bad_encrypted.pdf opens without a password")
    if files["bad_damaged.pdf"].stat().st_size > valid.stat().st_size * 0.35:
        problems.append("bad_damaged.pdf is not truncated")
    other = despace(text_of(files["bad_other_document.pdf"]))
    if "計畫名稱" in other or "本年度執行情形說明" in other or len(other) < 50:
        problems.append("bad_other_document.pdf has the report's headers or no text")
    if pdf_pages(files["bad_left_without_right.pdf"]) != pdf_pages(valid) - 1:
        problems.append("bad_left_without_right.pdf: page count")
    pua = despace(text_of(files["bad_private_use.pdf"]))
    share = sum(0xE000 <= ord(c) <= 0xF8FF for c in pua) / max(1, len(pua))
    if share < 0.5:
        problems.append(f"bad_private_use.pdf: only {share:.0%} private-use characters")
    scan = files["scan_image_only.pdf"]
    if despace(text_of(scan)):
        problems.append("scan_image_only.pdf has a text layer")
    if "Type" in run(["pdffonts", str(scan)], text=True).stdout.split("\n", 2)[-1]:
        problems.append("scan_image_only.pdf has fonts")
    if scan.stat().st_size > 400_000:
        problems.append(f"scan_image_only.pdf is {scan.stat().st_size} bytes")
    return problems


# ---------------------------------------------------------------------------------------------
# README and expected.json
# ---------------------------------------------------------------------------------------------
def tool_version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


README = """# PDF fixtures of the report reader

Generated by `scripts/make_fixtures.py` (`.venv/bin/python scripts/make_fixtures.py`; to be wired
to `make fixtures`) from the **parsed** bundled report `data/raw/moda_114_plan_execution.txt`
(數位發展部, 114年度, 14 plans): every plan name, category, period, amount and item (marker and
text) comes from `read_report(...)`'s `plans` / `items`; header labels and title come from
`govplans.read.pages`. Do not edit the PDFs by hand: change the script and re-run it (same tool
versions give the same bytes). The script ends with a self-check, which also runs alone:
`scripts/make_fixtures.py --check`.

Made with: {tools}; fonts-noto-cjk (Noto Sans CJK TC / Noto Serif CJK TC).

## Files
{table}

## Layout of the valid fixtures
- Page 1: cover (`數位發展部` / `中華民國 114 年度` / `重要社會發展、重大科技發展計畫` /
  `執行情形及目標達成情形表`); page 2: `本頁空白` (printed letter-spaced, so it may extract as
  `本 頁 空 白`). Neither has a page number.
- Then the spreads. **Left** half: `數位發` / `重要社會發展、重大科技發展` / `中華民國`
  (right-aligned at the gutter) over the 7-column table (計畫名稱 | 計畫類型 | 計畫期程 |
  計畫核定總經費 | 截至本年度已編列預算數 | 截至本年底止累計執行數 | 本年度預定工作摘要).
  **Right** half: `展部` / `計畫執行情形及目標達成情形表` / `114年度` (left-aligned at the gutter),
  `單位：新臺幣千元` (right-aligned just above the table) over the 3-column table
  (本年度執行情形說明 | 績效目標及本年度目標值 | 年度績效目標已達成或未達成之說明).
  Two-page layouts put the halves on facing pages (left = odd physical page from 3 on); the
  A3 layout puts both on one sheet, the left table left of `split_x_pt`.
- Both halves of a spread hold the same plans in the same order, and a plan's two rows have
  the same height (rows line up across the gutter), except after a continuation row that only
  one half has. No half is ever without rows.
- Ruled grid, grey header row; header cells wrap (`計畫核定` / `總經費`, `截至本年度` /
  `已編列預算數`, `截至本年底止` / `累計執行數`; narrow columns wrap further).
- Cells: one paragraph per item with its marker as in `r.items`: `1. text` (wrapped lines
  hang under the text), sub-items `(1) text` one em further in, a lead sentence or a single
  unnumbered item without a marker. Names wrap inside their cell. Amounts right-aligned with
  thousands separators (`653,476`). Category and period centred; a period too wide for its
  column breaks after 至 (`113年1月至` / `115年12月`), as in the real PDF's extracted text.
- Page numbers `1`, `2`, … at the bottom centre of every table page (A3: one per sheet),
  counting from the first table page; nothing else is printed below the tables.
- A plan that does not fit continues on the next spread. Left: a row whose six first cells are
  empty and whose 7th cell continues the planned work. Right: the first row of the right page
  (its three cells continue execution / targets / attainment; a cell is empty where that
  section has nothing more). A continuation starts mid-sentence (the rest of the split item,
  without a marker, indented like the item's wrapped lines) or at an item boundary (the next
  item, with its marker). `expected.json` lists every one.

## What a reader should get, and what varies
- Any valid fixture should read to the same plans and items as `read_report` on the text file
  (names, categories, periods, amounts; per item: section, item_no, sub_item_no, marker, text),
  with pages instead of lines as provenance. Kangxi variant: after folding `kangxi_map`.
- Compare texts with whitespace removed or normalised. Extracted text differs by producer:
  Chromium's text layer often loses the space after a marker (`1.辦理…`); LibreOffice spaces
  CJK from Latin and digits, which extracts as spaces (`運用 MOCN 技術`, `113 年 1 月至`);
  wrapping drops the space it breaks at (`5G O-RAN/SA`). None of these spaces is in `r.items`.
- Fonts: Chromium embeds the (CFF-based) Noto CJK faces as **Type 3** fonts (glyph outlines, with
  a ToUnicode map); LibreOffice embeds subset **Type 1C** (CFF) fonts. Both have ToUnicode maps.
- **The Chromium fixtures carry radicals too**, the way browser-made PDFs do: Noto CJK draws 用
  and ⽤ (U+2F64) with one glyph, and Chromium's ToUnicode maps give such shared glyphs the
  radical's code point (about 50: ⽤ ⾏ ⼯ ⽉ ⾄ ⺠ ⻑ …); it then wraps each of them in an
  `/ActualText` span with the character as typed. poppler (pdftotext) and pdfium honour
  ActualText and read unified ideographs; pdfminer / pdfplumber do not and read ~750 radicals
  per file. `text_layer_encoding` in `expected.json` gives the counts per fixture. The
  LibreOffice fixture's ToUnicode maps give the characters as typed (no radicals anywhere).
- The Kangxi variant's text layer carries, for about two out of three occurrences of each
  character in `kangxi_map`, a Kangxi radical (U+2F00-U+2FD5, e.g. ⽤ U+2F64 for 用), a CJK
  radicals supplement character (U+2EA0 ⺠ for 民, U+2ED1 ⻑ for 長) or a compatibility
  ideograph (U+F98E for 年), in titles, headers, names, periods and items; the glyphs are the
  same as the unified characters'. Every reader sees them (ActualText or not: readers ignoring
  ActualText see even more, as with Chromium). NFKC folds the radicals and the compatibility
  ideographs but NOT the supplement characters (U+2EA0, U+2ED1): a reader needs a table.

## expected.json
Top level: one key per valid fixture (its file name: the keys naming a file in this folder
are exactly the valid fixtures), and `generated_by`, `source`, `agency`, `fiscal_year`, `unit`,
`plans` (plan_id, name), `kangxi_map` (printed character -> unified) and `bad` (the error
inputs, `scan_image_only.pdf` included). Per valid fixture: producer, font, paper,
layout (`two_page_spreads` | `one_sheet_per_spread`), `font_size_pt` (body text), `pages`,
`cover_page`, `blank_page`, `left_pages` / `right_pages` (1-based physical pages; the same
pages on the A3 sheet), `printed_page_numbers` (physical page -> number printed),
`spreads` (its pages, the new plans in order, which plan a continuation row continues on each
half, the row count of each half) and `continuations`: which plan goes on, on which half, from
which page to which, and per section whether mid-sentence (`item_no`/`sub_item_no`: the item
whose rest it is) or at an item boundary (the item it starts with). Per bad input: `what`,
the kind of `error` expected and the page count where there is one.
"""


def file_table(rows: list[tuple[str, str, str, str]]) -> str:
    out = ["| file | pages | bytes | what / how |", "| --- | --- | --- | --- |"]
    out += [f"| `{a}` | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only self-check the existing fixtures")
    args = ap.parse_args()
    for tool in ("chromium", "soffice", "qpdf", "pdftotext", "pdftoppm", "pdfinfo", "fc-match"):
        if not shutil.which(tool):
            raise SystemExit(
                f"{tool} is missing (apt-get install chromium libreoffice-writer-nogui qpdf"
                " poppler-utils fonts-noto-cjk)"
            )
    OUT.mkdir(parents=True, exist_ok=True)
    plain = load_report()
    kx = kangxi_replacer()
    kangxi = load_report(kx)
    check_kangxi_glyphs()

    specs = [
        (
            "chromium_sans_a4.pdf",
            a4_geometry("chromium_sans_a4", "chromium", SANS, 10.0),
            plain,
            {
                "producer": "Chromium headless --print-to-pdf (HTML + CSS)",
                "font": SANS,
                "paper": "A4 landscape (297 x 210 mm)",
                "layout": "two_page_spreads",
                "text_layer": "typed as unified ideographs (see text_layer_encoding)",
            },
        ),
        (
            "libreoffice_serif_a4.pdf",
            a4_geometry("libreoffice_serif_a4", "soffice", SERIF, 10.0),
            plain,
            {
                "producer": "LibreOffice Writer (flat ODT -> soffice --convert-to pdf)",
                "font": SERIF,
                "paper": "A4 landscape (297 x 210 mm)",
                "layout": "two_page_spreads",
                "text_layer": "unified ideographs",
            },
        ),
        (
            "chromium_serif_a3_sheet.pdf",
            a3_sheet_geometry("chromium_serif_a3_sheet", SERIF, 10.0),
            plain,
            {
                "producer": "Chromium headless --print-to-pdf (HTML + CSS)",
                "font": SERIF,
                "paper": "A3 landscape (420 x 297 mm), one sheet per spread",
                "layout": "one_sheet_per_spread",
                "text_layer": "typed as unified ideographs (see text_layer_encoding)",
            },
        ),
        (
            "kangxi_radicals.pdf",
            a4_geometry("kangxi_radicals", "soffice", SERIF, 10.0),
            kangxi,
            {
                "producer": "LibreOffice Writer (flat ODT -> soffice --convert-to pdf)",
                "font": SERIF,
                "paper": "A4 landscape (297 x 210 mm)",
                "layout": "two_page_spreads",
                "text_layer": "about 2/3 of the characters in kangxi_map printed as Kangxi "
                "radicals, "
                "CJK radicals supplement or compatibility ideographs (same glyphs)",
            },
        ),
    ]
    built: list[Built] = []
    with tempfile.TemporaryDirectory(prefix="govplans-fixtures-") as tmp:
        work = Path(tmp)
        for fname, geo, text, desc in specs:
            out = OUT / fname
            if args.check:
                g = dataclasses.replace(geo, fm=FontMetrics(geo.family))
                g, spreads, conts = choose_layout(g, text)
                b = Built(fname, g, text, spreads, conts, desc)
            else:
                b = build_report_fixture(geo, text, out, work)
                b.description = desc
            built.append(b)
            print(f"{fname}: {len(b.spreads)} spreads, font {b.geo.font_size} pt", flush=True)
        main_fx = OUT / "chromium_sans_a4.pdf"
        bad = {
            "scan_image_only.pdf": "image-only scan (no text layer): pages 1-3 of "
            "chromium_sans_a4.pdf at 100 dpi grey, JPEG in a PDF (Pillow)",
            "bad_encrypted.pdf": "libreoffice_serif_a4.pdf encrypted with qpdf (AES-128, user "
            "password 'secret', owner 'owner')",
            "bad_damaged.pdf": "the first 30% of the bytes of chromium_sans_a4.pdf (no xref, "
            "no trailer)",
            "bad_other_document.pdf": "a one-page memo (函) in Chinese with a 2-column table; "
            "no 7- or 3-column table, none of the report's headers",
            "bad_left_without_right.pdf": "chromium_sans_a4.pdf without its last page (the last "
            "spread's right page): qpdf --pages",
            "bad_private_use.pdf": "one spread (left and right page, Chromium) in a font whose "
            "CJK glyphs sit on Private Use code points (U+E000…): the page reads normally, the "
            "text layer is PUA",
        }
        files = {k: OUT / k for k in bad}
        if not args.check:
            build_scan(main_fx, files["scan_image_only.pdf"], work)
            run(
                [
                    "qpdf",
                    "--static-id",
                    "--static-aes-iv",
                    "--encrypt",
                    "secret",
                    "owner",
                    "128",
                    "--use-aes=y",
                    "--",
                    str(OUT / "libreoffice_serif_a4.pdf"),
                    str(files["bad_encrypted.pdf"]),
                ]
            )
            data = main_fx.read_bytes()
            files["bad_damaged.pdf"].write_bytes(data[: int(len(data) * 0.30)])
            build_other_document(files["bad_other_document.pdf"], work, plain)
            run(
                [
                    "qpdf",
                    "--deterministic-id",
                    str(main_fx),
                    "--pages",
                    str(main_fx),
                    "1-r2",
                    "--",
                    str(files["bad_left_without_right.pdf"]),
                ]
            )
            b0 = built[0]
            build_private_use(files["bad_private_use.pdf"], work, b0.geo, b0.text, b0.spreads[0])

    # -- expected.json and README ------------------------------------------------------------
    expected = {
        "generated_by": "scripts/make_fixtures.py",
        "source": "data/raw/moda_114_plan_execution.txt",
        "agency": plain.agency,
        "fiscal_year": plain.fiscal_year,
        "unit": plain.unit,
        "plans": [{"plan_id": p.plan_id, "name": p.name} for p in plain.plans],
        "kangxi_map": {v: k for k, v in KANGXI_MAP.items()},
        "bad": {},
    }
    for b in built:
        extra = dict(b.description)
        if b.geo.sheet:
            extra["split_x_pt"] = round((b.geo.page_w / 2) * MM, 2)
        facts = text_layer_facts(OUT / b.file)
        extra["text_layer_encoding"] = {
            **facts,
            "note": (
                "the fonts' ToUnicode maps give Kangxi radicals / radicals supplement for glyphs "
                "they share with unified ideographs; /ActualText spans give the characters as "
                "typed: readers that honour ActualText (poppler, pdfium) get the typed text, "
                "those that do not (pdfminer, pdfplumber) get radicals"
                if facts["tounicode_radicals"] and facts["actual_text_spans"]
                else "ToUnicode maps give the characters as typed"
            ),
        }
        expected[b.file] = expected_entry(b, extra)
    for name, what in bad.items():
        expected["bad"][name] = {
            "what": what,
            "error": {
                "scan_image_only.pdf": "no_text_layer",
                "bad_encrypted.pdf": "encrypted",
                "bad_damaged.pdf": "damaged",
                "bad_other_document.pdf": "not_this_report",
                "bad_left_without_right.pdf": "left_page_without_right_page",
                "bad_private_use.pdf": "private_use_text",
            }[name],
            "pages": None
            if name in ("bad_damaged.pdf", "bad_encrypted.pdf")
            else pdf_pages(files[name]),
        }
    if not args.check:
        (OUT / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        rows = []
        for b in built:
            d = b.description
            e = expected[b.file]
            rows.append(
                (
                    b.file,
                    str(e["pages"]),
                    f"{(OUT / b.file).stat().st_size:,}",
                    f"{d['producer']}; {d['font']} {b.geo.font_size:g} pt; {d['paper']}; "
                    f"{d['text_layer']}",
                )
            )
        for name, what in bad.items():
            pages = expected["bad"][name]["pages"]
            rows.append(
                (name, str(pages) if pages else "-", f"{files[name].stat().st_size:,}", what)
            )
        tools = ", ".join(
            [
                tool_version(["chromium", "--version"]),
                tool_version(["soffice", "--version"]).split(" (")[0].rsplit(" ", 1)[0],
                tool_version(["qpdf", "--version"]),
                tool_version(["pdftotext", "-v"]),
            ]
        )
        (OUT / "README.md").write_text(
            README.format(tools=tools, table=file_table(rows)), encoding="utf-8"
        )

    # -- self-check ----------------------------------------------------------------------------
    problems: list[str] = []
    for b in built:
        found = check_report_fixture(b, OUT / b.file)
        problems += found
        e = expected[b.file]
        conts = ", ".join(
            f"{c['plan_id']} {c['half']} p{c['from_page']}->p{c['to_page']} "
            + "/".join(f"{s}:{v['kind']}" for s, v in c["sections"].items())
            for c in e["continuations"]
        )
        print(
            f"check {b.file}: {'OK' if not found else 'FAILED'}; {e['pages']} pages, "
            f"{(OUT / b.file).stat().st_size:,} bytes, "
            f"{b.description.get('_fragments')} item texts found; "
            f"continuations: {conts}"
        )
    kx_text = text_of(OUT / "kangxi_radicals.pdf")
    n_rad = sum(0x2F00 <= ord(c) <= 0x2FDF for c in kx_text)
    n_sup = sum(0x2E80 <= ord(c) <= 0x2EFF for c in kx_text)
    n_cmp = sum(0xF900 <= ord(c) <= 0xFAFF for c in kx_text)
    print(
        f"check kangxi_radicals.pdf text layer: {n_rad} Kangxi radicals, {n_sup} radicals "
        f"supplement, {n_cmp} compatibility ideographs"
    )
    if not (n_rad and n_sup and n_cmp):
        problems.append("kangxi_radicals.pdf: the text layer lacks radicals")
    if any(
        0x2F00 <= ord(c) <= 0x2FDF or 0xF900 <= ord(c) <= 0xFAFF
        for c in text_of(OUT / "chromium_sans_a4.pdf")
    ):
        problems.append("chromium_sans_a4.pdf carries radicals")
    bad_problems = check_bad(files, OUT / "chromium_sans_a4.pdf")
    problems += bad_problems
    for name in bad:
        print(f"check {name}: {files[name].stat().st_size:,} bytes")
    if problems:
        print("\nPROBLEMS:\n  " + "\n  ".join(problems))
        return 1
    print("self-check: all fixtures OK")
    return 0


def check_kangxi_glyphs() -> None:
    """Each pair of the Kangxi table must show the same glyph in both fonts used."""
    for fam in (SANS, SERIF):
        fm = FontMetrics(fam)
        bad = [
            f"{k}->{v}"
            for k, v in KANGXI_MAP.items()
            if fm.glyph(v) is None or fm.glyph(k) != fm.glyph(v)
        ]
        if bad:
            raise SystemExit(f"{fam}: these pairs differ in glyph: {bad}")
    for k in KANGXI_MAP:
        if unicodedata.normalize("NFC", k) != k:
            raise SystemExit(f"{k!r} is not a unified ideograph")


if __name__ == "__main__":
    os.environ.setdefault("LC_ALL", "C.UTF-8")
    sys.exit(main())
