"""The PDF reader: the agency's PDF -> page tables, from the page's geometry.

A page drawn landscape on portrait media (with ``/Rotate`` or without) is first turned so its
text reads upright (by the angle most characters are drawn at). Each page's ruled tables are
found from the drawn lines (thin filled rectangles, stroked lines or rectangle outlines); a
table whose header row reads 計畫名稱 … (7 columns) is a left half, one whose header reads
本年度執行情形說明 … (3 columns) a right half — decided by column count and header text, never
by page parity, size or position; a table without its header row whose columns are those of a
half seen before continues that half after a break. A page without ruled tables has its
columns found from the header labels' positions and its rows from the amounts or the text's
line gaps (a producer that draws no borders, an OCRed scan). Each left table is paired with
the next right table (on the same sheet or the next page); a half run over onto the next page
goes on in the same spread. Rows cut by a break are joined and the page set's invariants
checked by :mod:`govplans.read.cuts`. Characters are assigned to cells by their centre; text
outside the tables (title, page numbers, cover, 本頁空白) is page furniture or a note; agency,
year and unit are read anywhere in the spreads' title blocks.

Cell text: lines are grouped by position and joined without inventing spaces between Chinese
characters; a space is kept where the page shows one (a gap of at least a fifth of the text
height with a space character, or between two Latin words). Look-alike radical code points are
repaired (:mod:`govplans.read.chars`). A line that starts with an item marker of any style the
item splitter knows (``1.``, ``(1)``, ``1、``, ``一、``, ``(一)``: ``cells.starts_with_marker``)
starts a new paragraph, so the splitter sees the items as the page shows them.

Needs pypdfium2 (the ``[pdf]`` extra); a scan is OCRed by :mod:`govplans.read.ocr`.
"""

from __future__ import annotations

import ctypes
import hashlib
import html
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef
from govplans.model.text import CJK_CHAR, despace, join_text, remove_wrap_spaces
from govplans.read.cells import starts_with_marker
from govplans.read.chars import repair
from govplans.read.cuts import check_invariants, join_cut_rows, join_left_spill, join_spill
from govplans.read.pages import (
    LEFT_HEADER,
    RIGHT_HEADER,
    TITLE,
    PageTable,
    ReportMeta,
    Row,
    SourceTables,
)
from govplans.read.text import YEAR_LINE, is_furniture, read_metadata

OCR_HINT = "run OCR on it first, e.g. `ocrmypdf -l chi_tra report.pdf report-ocr.pdf`"

#: A drawn line is a rule when it is at most this thick (points) and at least this long.
RULE_THICKNESS = 2.5
RULE_MIN_LENGTH = 4.0
#: Rules closer than this (points) are one rule (double lines, rectangle edges).
RULE_TOLERANCE = 2.0
#: A gap of at least this share of the text height shows a space.
SPACE_GAP = 0.2
#: The gap between Chinese and Latin text that shows a space, from a producer that prints
#: space characters and spaces the two scripts apart by itself (a fifth of an em).
MIXED_SCRIPT_GAP = 0.23
#: Share of the text layer that may be unreadable (private use, U+FFFD, control characters).
MAX_UNREADABLE = 0.3

_CJK = re.compile(CJK_CHAR)
_UNIT_ANYWHERE = re.compile(r"單位[:：]((?:新[臺台]幣)?[百千萬億]*元)")
_YEAR_ANYWHERE = re.compile(r"(?:中華民國)?(\d{2,3})年度")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:第\s*)?(\d{1,4})(?:\s*頁)?(?:\s*-)?$")
_LATIN = re.compile(r"[A-Za-z0-9]")
#: Codes some extractors give a hyphen printed at a line end (STX, soft hyphen).
_HYPHENS = {0x02, 0xAD}


@dataclass(frozen=True)
class _Char:
    """One character with its box in PDF units (y grows upwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    #: Reading order on its line where the positions cannot give it (OCR: word boxes overlap).
    order: int = -1

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class _Rule:
    """A horizontal (``pos`` = y, from ``start`` to ``end`` in x) or vertical rule."""

    pos: float
    start: float
    end: float


@dataclass
class _Grid:
    """One ruled table: its row bands (top to bottom), each a list of cell boxes (x0, x1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    bands: list[tuple[float, float, list[tuple[float, float]]]]  # (top, bottom, cells)
    cells: dict[tuple[int, int], list[_Char]] = field(default_factory=dict)

    def contains(self, c: _Char) -> bool:
        return self.x0 <= c.cx <= self.x1 and self.y0 <= c.cy <= self.y1

    def place(self, c: _Char) -> bool:
        """Put a character in the cell its centre falls in; False when in no cell."""
        for row, (top, bottom, cells) in enumerate(self.bands):
            if bottom <= c.cy <= top:
                for col, (left, right) in enumerate(cells):
                    if left <= c.cx <= right:
                        self.cells.setdefault((row, col), []).append(c)
                        return True
                return False
        return False

    def row_texts(self, row: int, gap_spaces: bool) -> list[str]:
        return [
            cell_text(self.cells.get((row, col), []), gap_spaces)
            for col in range(len(self.bands[row][2]))
        ]


@dataclass
class _Table:
    kind: str  # "left" or "right"
    ref: SourceRef
    rows: list[Row]
    x0: float
    x1: float
    top: float


@dataclass
class _Page:
    number: int
    tables: list[_Table]
    lines: list[tuple[float, float, str]]  # outside the tables: (top, x-centre, text)
    printed: str | None = None


# ---------------------------------------------------------------- characters


Turn = Callable[[float, float], tuple[float, float]]


def _upright(x: float, y: float) -> tuple[float, float]:
    return x, y


def _turn_for(textpage: Any, raw: Any, width: float, height: float) -> Turn:
    """The map from page space to the space in which the page's text reads upright: pages
    drawn landscape on portrait media (with ``/Rotate`` or without it) are turned by the
    angle most of their characters are drawn at."""
    votes = [0, 0, 0, 0]
    for index in range(min(raw.FPDFText_CountChars(textpage), 400)):
        angle = raw.FPDFText_GetCharAngle(textpage, index)
        if angle >= 0 and raw.FPDFText_GetUnicode(textpage, index) > 0x20:
            votes[round(angle / (math.pi / 2)) % 4] += 1
    quarter = max(range(4), key=lambda q: votes[q])
    if quarter == 0 or votes[quarter] <= votes[0]:
        return _upright
    if quarter == 3:  # text running up the page
        return lambda x, y: (y, width - x)
    if quarter == 1:  # text running down the page
        return lambda x, y: (height - y, x)
    return lambda x, y: (width - x, height - y)


def _box(turn: Turn, x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
    (ax, ay), (bx, by) = turn(x0, y0), turn(x1, y1)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _chars(textpage: Any, raw: Any, turn: Turn = _upright) -> list[_Char]:
    """The page's characters, control and generated characters left out. A character's box
    starts at its origin (the pen position) and spans the font's height; its right edge is the
    advance where pdfium gives one (its loose box starts at the origin), else the glyph's own
    edge."""
    count = raw.FPDFText_CountChars(textpage)
    rect = raw.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    out: list[_Char] = []
    for index in range(count):
        code = raw.FPDFText_GetUnicode(textpage, index)
        if code in _HYPHENS:  # a line-end hyphen the page shows, reported as a control code
            code = 0x2D
        if code < 0x20 or raw.FPDFText_IsGenerated(textpage, index):
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, index, ctypes.byref(rect)):
            continue
        if not raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y)):
            x.value = rect.left
        char = repair(chr(code)) if code < 0x110000 else "\ufffd"
        x0, y0, x1, y1 = _box(turn, rect.left, rect.bottom, rect.right, rect.top)
        if turn is not _upright:
            out.append(_Char(char, x0, y0, x1, y1))
            continue
        left = min(x.value, x0) if abs(x0 - x.value) > 0.5 else x0
        out.append(_Char(char, left, y0, max(x1, left), y1))
    return out


def _unreadable(char: str) -> bool:
    code = ord(char)
    return 0xE000 <= code <= 0xF8FF or code == 0xFFFD or code >= 0xF0000


def _lines(chars: Iterable[_Char]) -> list[list[_Char]]:
    """Characters grouped into lines (top to bottom), each sorted left to right."""
    lines: list[list[_Char]] = []
    centres: list[float] = []
    for c in sorted(chars, key=lambda c: -c.cy):
        if c.text == " " and not lines:
            continue
        if lines and abs(centres[-1] - c.cy) <= 0.5 * max(c.height, 1.0):
            lines[-1].append(c)
        else:
            lines.append([c])
            centres.append(c.cy)
    return [sorted(line, key=lambda c: (c.order, c.x0)) for line in lines]


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _pitch(line: list[_Char]) -> float | None:
    """The usual distance between the centres of two neighbouring Chinese characters on a line
    (their advance: a glyph's own box says nothing about the space around it)."""
    steps = sorted(
        c.x0 - p.x0
        for p, c in itertools.pairwise(line)
        if _is_cjk(p.text) and _is_cjk(c.text) and c.x0 > p.x0
    )
    return steps[len(steps) // 2] if steps else None


def _shows_space(previous: _Char, c: _Char, pitch: float | None, gap_spaces: bool) -> bool:
    """Whether the page shows a space between two characters of a line: between Chinese
    characters a step a fifth wider than the line's usual one; between Chinese and Latin text
    a gap wider than the producer's own spacing of the two scripts (LibreOffice leaves a fifth
    of an em; a producer that prints no space characters, none); else a gap of a fifth of the
    text size."""
    cjk = _is_cjk(previous.text), _is_cjk(c.text)
    if pitch and all(cjk):
        return c.x0 - previous.x0 >= (1 + SPACE_GAP) * pitch
    size = pitch or max(c.height, previous.height, 1.0)
    gap = c.x0 - previous.x1
    if any(cjk) and not gap_spaces:
        return gap >= MIXED_SCRIPT_GAP * size
    return gap >= SPACE_GAP * size


def _line_text(line: list[_Char], gap_spaces: bool = True) -> str:
    """A line's text with a space only where the page shows one: a printed space character
    with a visible gap, a visible gap between two Latin characters, or, from a producer that
    prints no space characters at all (``gap_spaces``), any visible gap. A gap a producer
    leaves between Chinese and Latin text (LibreOffice's spacing of Asian and Western text)
    is no space. A space character
    printed at the end of the line (before a wrap) is kept as one trailing space, so that
    joining the lines keeps it."""
    parts: list[str] = []
    previous: _Char | None = None
    saw_space = False
    pitch = _pitch([c for c in line if not c.text.isspace()])
    for c in line:
        if c.text.isspace():
            saw_space = True
            continue
        if previous is not None:
            latin_pair = not _is_cjk(previous.text) and not _is_cjk(c.text)
            visible = saw_space or gap_spaces or latin_pair
            if visible and _shows_space(previous, c, pitch, gap_spaces):
                parts.append(" ")
        parts.append(c.text)
        previous, saw_space = c, False
    text = repair("".join(parts)).strip()
    return f"{text} " if text and saw_space else text


def _wrapped_at_space(line: list[_Char], following: list[_Char], right: float) -> bool:
    """Whether a line that wraps into ``following`` broke at a space between Latin words: it
    ended with room left for the next line's first character (a word that did not fit), not
    filled to the cell's right edge (a word broken anywhere, as Chinese layout allows)."""
    first = next((c for c in following if not c.text.isspace()), None)
    last = next((c for c in reversed(line) if not c.text.isspace()), None)
    if first is None or last is None:
        return False
    return right - last.x1 >= 0.9 * (first.x1 - first.x0)


def _join_lines(lines: list[tuple[str, bool]]) -> str:
    """Wrapped lines joined: no space between Chinese characters or after a line-end hyphen
    before a Latin letter (``O-`` + ``RAN``); between Latin words a space only where the line
    broke at one (``(text, broke_at_space)`` pairs)."""
    text = ""
    at_space = False
    for line, next_at_space in lines:
        if text.endswith(" "):  # a space printed before the wrap
            text += line
        elif text and _LATIN.match(text[-1]) and _LATIN.match(line[:1]):
            text += (" " if at_space else "") + line
        elif text.endswith("-") and line[:1].isascii() and _LATIN.match(line[:1]):
            text += line
        else:
            text = join_text(text, line)
        at_space = next_at_space
    return text.strip()


def cell_text(chars: list[_Char], gap_spaces: bool = True) -> str:
    """A cell's text for the item splitter: paragraphs (``<p>``, text escaped) starting where a
    line starts with an item marker, wrapped lines joined (``gap_spaces``: see
    :func:`_line_text`)."""
    lines = [line for line in _lines(chars) if _line_text(line, gap_spaces)]
    if not lines:
        return ""
    right = max(c.x1 for line in lines for c in line)
    paragraphs: list[list[tuple[str, bool]]] = []
    for index, line in enumerate(lines):
        text = _line_text(line, gap_spaces)
        following = lines[index + 1] if index + 1 < len(lines) else []
        entry = (text, _wrapped_at_space(line, following, right))
        if not paragraphs or starts_with_marker(text):
            paragraphs.append([entry])
        else:
            paragraphs[-1].append(entry)
    if len(paragraphs) == 1:
        return html.escape(_join_lines(paragraphs[0]), quote=False)
    return "".join(f"<p>{html.escape(_join_lines(p), quote=False)}</p>" for p in paragraphs)


# ---------------------------------------------------------------- rules and tables


def _segments(obj: Any, raw: Any) -> Iterator[tuple[float, float, float, float]]:
    """The straight segments of a path object, in page space (x0, y0, x1, y1)."""
    matrix = obj.get_matrix()
    x, y = ctypes.c_float(), ctypes.c_float()
    start = last = None
    for k in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = (
            matrix.a * x.value + matrix.c * y.value + matrix.e,
            matrix.b * x.value + matrix.d * y.value + matrix.f,
        )
        if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or last is None:
            start = point
        else:
            yield (*last, *point)
        last = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None and start != last:
            yield (*last, *start)
            last = start


def _rules(page: Any, raw: Any, turn: Turn = _upright) -> tuple[list[_Rule], list[_Rule]]:
    """Horizontal and vertical rules drawn on the page (thin filled rectangles included)."""
    horizontal: list[_Rule] = []
    vertical: list[_Rule] = []

    def add(x0: float, y0: float, x1: float, y1: float) -> None:
        x0, y0, x1, y1 = _box(turn, x0, y0, x1, y1)
        width, height = abs(x1 - x0), abs(y1 - y0)
        if height <= RULE_THICKNESS and width >= RULE_MIN_LENGTH:
            horizontal.append(_Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif width <= RULE_THICKNESS and height >= RULE_MIN_LENGTH:
            vertical.append(_Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=0):
        left, bottom, right, top = obj.get_bounds()
        if min(right - left, top - bottom) <= RULE_THICKNESS:
            add(left, bottom, right, top)  # a thin rectangle or a single line
        else:
            for segment in _segments(obj, raw):  # outlines: each straight edge
                add(*segment)
    return _merge(horizontal), _merge(vertical)


def _merge(rules: list[_Rule]) -> list[_Rule]:
    """Collinear rules that overlap or touch become one: rules are grouped by position (within
    the tolerance), and the intervals of a group merged."""
    groups: list[list[_Rule]] = []
    for rule in sorted(rules, key=lambda r: r.pos):
        if groups and rule.pos - groups[-1][-1].pos <= RULE_TOLERANCE:
            groups[-1].append(rule)
        else:
            groups.append([rule])
    merged: list[_Rule] = []
    for group in groups:
        pos = sorted(r.pos for r in group)[len(group) // 2]
        start = len(merged)
        for r in sorted(group, key=lambda r: r.start):
            if len(merged) > start and r.start <= merged[-1].end + RULE_TOLERANCE:
                merged[-1] = _Rule(pos, merged[-1].start, max(merged[-1].end, r.end))
            else:
                merged.append(_Rule(pos, r.start, r.end))
    return merged


def _crosses(h: _Rule, v: _Rule) -> bool:
    tol = RULE_TOLERANCE
    return h.start - tol <= v.pos <= h.end + tol and v.start - tol <= h.pos <= v.end + tol


def _components(horizontal: list[_Rule], vertical: list[_Rule]) -> list[tuple[list, list]]:
    """Groups of rules that touch: one group per ruled table."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _crosses(h, v):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list[_Rule], list[_Rule]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _cluster(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > RULE_TOLERANCE:
            out.append(value)
    return out


def _grid(horizontal: list[_Rule], vertical: list[_Rule]) -> _Grid:
    """The table of one group of rules: row bands between horizontal rules, and in each band
    the cells between the vertical rules that cross it."""
    ys = sorted(_cluster(h.pos for h in horizontal), reverse=True)
    bottom = min(v.start for v in vertical)
    if ys and ys[-1] - bottom > 4 * RULE_TOLERANCE:
        # rows cut by a break with no rule drawn at the cut: the vertical rules go on below
        # the last horizontal one, and the text between them is the cut row's
        ys.append(bottom)
    bands = []
    for top, bottom in pairwise(ys):
        if top - bottom <= RULE_TOLERANCE:
            continue
        middle = (top + bottom) / 2
        xs = _cluster(v.pos for v in vertical if v.start - RULE_TOLERANCE <= middle <= v.end)
        cells = list(pairwise(xs))
        if cells:
            bands.append((top, bottom, cells))
    return _Grid(
        x0=min(v.pos for v in vertical),
        y0=min(ys),
        x1=max(v.pos for v in vertical),
        y1=max(h.pos for h in horizontal),
        bands=bands,
    )


# ---------------------------------------------------------------- one page


def _outside_lines(chars: list[_Char], gap_spaces: bool) -> list[tuple[float, float, str]]:
    """Text outside the tables as lines; a wide gap (a spread on one sheet) splits a line."""
    out: list[tuple[float, float, str]] = []
    for line in _lines(chars):
        piece: list[_Char] = []
        for c in line:
            if piece and c.x0 - piece[-1].x1 > 3 * max(c.height, 1.0):
                out.append(_piece(piece, gap_spaces))
                piece = []
            piece.append(c)
        if piece:
            out.append(_piece(piece, gap_spaces))
    return [line for line in out if line[2]]


def _piece(chars: list[_Char], gap_spaces: bool) -> tuple[float, float, str]:
    return (
        max(c.y1 for c in chars),
        (chars[0].x0 + chars[-1].x1) / 2,
        _line_text(chars, gap_spaces),
    )


def _kind(header: list[str]) -> str | None:
    found = tuple(despace(c) for c in header)
    if found == LEFT_HEADER:
        return "left"
    if found == RIGHT_HEADER:
        return "right"
    return None


def _widths(cells: list[tuple[float, float]]) -> list[float]:
    return [right - left for left, right in cells]


def _same_widths(widths: list[float], known: list[float]) -> bool:
    return len(widths) == len(known) and all(
        abs(a - b) <= 2 * RULE_TOLERANCE for a, b in zip(widths, known, strict=True)
    )


def _table(
    grid: _Grid, path: str, page: int, gap_spaces: bool, known_widths: dict[str, list[float]]
) -> _Table | None:
    """The grid as a left or right half (None for another table), rows from the second band;
    a grid without a header row whose columns are those of a half seen before (in
    ``known_widths``, by kind) is that half continued after a break, rows from the first
    band."""
    if not grid.bands:
        return None
    header = grid.row_texts(0, gap_spaces)
    kind = _kind(header)
    first = 1
    if kind is None and len(header) in (len(LEFT_HEADER), len(RIGHT_HEADER)):
        widths = _widths(grid.bands[0][2])
        kind = next((k for k, known in known_widths.items() if _same_widths(widths, known)), None)
        first = 0  # a table continued after a break without its header row
    elif kind is not None:
        known_widths[kind] = _widths(grid.bands[0][2])
    if kind is None:
        if len(header) in (len(LEFT_HEADER), len(RIGHT_HEADER)) and (
            despace(header[0]) in (LEFT_HEADER[0], RIGHT_HEADER[0])
        ):
            expected = LEFT_HEADER if despace(header[0]) == LEFT_HEADER[0] else RIGHT_HEADER
            raise ReportFormatError(
                path,
                0,
                f"the header {'、'.join(expected)}",
                "、".join(despace(c) for c in header),
                page=page,
            )
        return None
    width = len(LEFT_HEADER if kind == "left" else RIGHT_HEADER)
    rows = []
    for index in range(first, len(grid.bands)):
        cells = grid.row_texts(index, gap_spaces)
        if not any(c.strip() for c in cells):
            continue  # a ruled row with nothing in it
        if len(cells) != width:
            raise ReportFormatError(
                path,
                0,
                f"{width} cells in each row of the {'left' if kind == 'left' else 'right'} table",
                f"a row of {len(cells)}",
                page=page,
            )
        rows.append(Row(tuple(cells), SourceRef(path, 0, page=page), grid.bands[index][0]))
    return _Table(kind, SourceRef(path, 0, page=page), rows, grid.x0, grid.x1, grid.y1)


@dataclass
class _Layout:
    """A page's characters placed in its ruled tables, and those outside any table."""

    number: int
    chars: list[_Char]
    grids: list[_Grid]
    outside: list[_Char]
    #: The text layer is an OCR's (tesseract's invisible GlyphLessFont, as ocrmypdf writes it).
    ocr_layer: bool = False


def _layout(pdf_page: Any, raw: Any, number: int) -> _Layout:
    textpage = pdf_page.get_textpage()
    try:
        width, height = pdf_page.get_width(), pdf_page.get_height()
        if pdf_page.get_rotation() in (90, 270):  # get_width/height give the rotated page
            width, height = height, width
        turn = _turn_for(textpage, raw, width, height)
        chars = _chars(textpage, raw, turn)
        ocr_layer = _ocr_layer(textpage, raw)
    finally:
        textpage.close()
    grids = [_grid(h, v) for h, v in _components(*_rules(pdf_page, raw, turn))]
    outside = [c for c in chars if not any(g.contains(c) and g.place(c) for g in grids)]
    return _Layout(number, chars, grids, outside, ocr_layer)


def _ocr_layer(textpage: Any, raw: Any) -> bool:
    """Whether most of the page's first characters are in an OCR's invisible font."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    count = min(raw.FPDFText_CountChars(textpage), 60)
    names = [
        buffer.value
        if raw.FPDFText_GetFontInfo(textpage, i, buffer, 128, ctypes.byref(flags))
        else b""
        for i in range(count)
    ]
    return count > 0 and sum(b"GlyphLess" in name for name in names) > count / 2


def _page(
    layout: _Layout,
    path: str,
    gap_spaces: bool,
    known_widths: dict[str, list[float]],
) -> _Page:
    """The page's left and right tables (left to right on the sheet) and its other text."""
    grids = sorted(layout.grids, key=lambda g: (g.x0, -g.y1))
    tables = [
        t
        for g in grids
        if (t := _table(g, path, layout.number, gap_spaces, known_widths)) is not None
    ]
    outside = layout.outside
    if not tables:  # no ruled table: columns from the header texts, rows from the text
        tables, used = _ruleless_tables(layout, path, gap_spaces)
        outside = [c for c in outside if id(c) not in used]
    tables.sort(key=lambda t: (t.x0, -t.top))
    return _Page(layout.number, tables, _outside_lines(outside, gap_spaces))


# ---------------------------------------------------------------- tables without rules

#: A strip free of text at least this share of the text height high separates two rows
#: (lines of one cell are closer; rows are padded above and below).
ROW_GAP = 0.45


def _height(chars: list[_Char]) -> float:
    heights = sorted(c.height for c in chars)
    return heights[len(heights) // 2] if heights else 10.0


def _label_spans(line: list[_Char], header: tuple[str, ...]) -> list[tuple[float, float]] | None:
    """Where the header's labels start on a line, left to right, as x ranges: each label, or
    the first part of one that wraps (at least two characters: 計畫類 of 計畫類型), found
    after the one before; ``None`` when a label is not there."""
    text = "".join(c.text for c in line)
    spans: list[tuple[float, float]] = []
    position = 0
    for label in header:
        for size, skip in ((size, skip) for size in range(len(label), 1, -1) for skip in (0, 1)):
            # skip 1: the first character misread by OCR (續效 for 績效)
            at = text.find(label[skip:size], position + skip)
            if at >= 0 and size - skip >= (3 if skip else 2):
                spans.append((line[at - skip].x0, line[at + size - skip - 1].x1))
                position = at + size - skip
                break
        else:
            return None
    return spans


def _header_band(lines: list[list[_Char]], h: int, headers: list[tuple[str, ...]]) -> list[_Char]:
    """The header's lines from line ``h``: the lines after it whose characters (half of them
    at least: OCR misreads some) are those of the labels' wrapped parts (型, 經費, 數)."""
    letters = {ch for header in headers for label in header for ch in label}
    band = list(lines[h])
    for line in lines[h + 1 : h + 4]:
        shown = [c.text for c in line]
        if sum(ch in letters for ch in shown) < 0.5 * len(shown):
            break
        band += line
    return band


def _free_middle(a: float, b: float, chars: list[_Char]) -> float:
    """The middle of the widest stretch of [a, b] no character covers (a column boundary)."""
    edges = sorted((max(c.x0, a), min(c.x1, b)) for c in chars if c.x1 > a and c.x0 < b)
    best, start, width = (a + b) / 2, a, 0.0
    for x0, x1 in [*edges, (b, b)]:
        if x0 - start > width:
            best, width = (start + x0) / 2, x0 - start
        start = max(start, x1)
    return best


def _row_tops(chars: list[_Char], amount_column: list[_Char] | None) -> list[float]:
    """Where rows start (tops, top to bottom): at each amount printed in the left table's total
    column (a line with at least three digits: an amount OCR misread still starts its row),
    else at each horizontal strip free of text that is wider than a line's spacing."""
    height = _height(chars)
    if amount_column:
        tops = [
            max(c.y1 for c in line) + 0.25 * height
            for line in _lines(amount_column)
            if sum(c.text.isdigit() for c in line) >= 3
        ]
        if tops:
            return tops
    blocks: list[list[float]] = []  # text's vertical extents merged, top to bottom
    for y0, y1 in sorted(((c.y0, c.y1) for c in chars), key=lambda span: -span[1]):
        if blocks and y1 >= blocks[-1][0]:
            blocks[-1][0] = min(blocks[-1][0], y0)
        else:
            blocks.append([y0, y1])
    if not blocks:
        return []
    tops = [blocks[0][1] + 0.25 * height]
    for above, below in pairwise(blocks):
        if above[0] - below[1] > ROW_GAP * height:
            tops.append((above[0] + below[1]) / 2)
    return tops


#: What OCR reads where a scan shows a vertical rule (besides |, which is dropped anywhere).
_RULE_LIKE = frozenset("|｜¦丨「」[]")


def _without_scanned_rules(chars: list[_Char], bounds: list[float]) -> list[_Char]:
    """OCR text without the vertical rules it read as characters: a rule-like character next
    to a column boundary, or in line with two more of them (a rule crosses many lines)."""
    height = _height(chars)
    marks = [c for c in chars if c.text in _RULE_LIKE]
    inner = [b for b in bounds if abs(b) < 1e8]

    def rule(c: _Char) -> bool:
        if inner and min(abs(c.cx - b) for b in inner) <= 0.6 * height:
            return True
        return sum(abs(m.cx - c.cx) <= 0.35 * height for m in marks) >= 3

    return [c for c in chars if c.text not in _RULE_LIKE or not rule(c)]


def _ruleless_tables(layout: _Layout, path: str, gap_spaces: bool) -> tuple[list[_Table], set[int]]:
    """The report's halves on a page without ruled tables (a producer that draws no borders,
    an OCRed scan): columns from the header texts' positions (a header may wrap over a few
    lines), the boundaries in the free space between them; rows from the amounts (left) or
    the text's alignment."""
    chars = [c for c in layout.chars if not c.text.isspace()]
    lines = _lines(chars)
    found: dict[str, tuple[list[tuple[float, float]], list[_Char]]] = {}
    for h, line in enumerate(lines):
        for kind, header in (("left", LEFT_HEADER), ("right", RIGHT_HEADER)):
            spans = _label_spans(line, header)
            if spans is not None and kind not in found:
                found[kind] = (spans, [])
        if found:
            band = _header_band(lines, h, [LEFT_HEADER, RIGHT_HEADER])
            middle = 1e9  # both halves on one sheet: their header bands part between them
            if len(found) == 2:
                middle = (found["left"][0][-1][1] + found["right"][0][0][0]) / 2
            for kind, (spans, _) in list(found.items()):
                mine = [c for c in band if len(found) == 1 or (c.cx < middle) == (kind == "left")]
                found[kind] = (spans, mine)
            break
    if not found:
        return [], set()
    return _ruleless_build(layout, path, gap_spaces, found, chars)


def _ruleless_build(
    layout: _Layout,
    path: str,
    gap_spaces: bool,
    found: dict[str, tuple[list[tuple[float, float]], list[_Char]]],
    chars: list[_Char],
) -> tuple[list[_Table], set[int]]:
    lowest = min(min(c.y0 for c in band) for _, band in found.values())
    below = [c for c in chars if c.cy < lowest]
    # the page number (a lone number on the lowest line) is furniture, not a cell
    footer = _lines(below)[-1:] if below else []
    if footer and _PAGE_NUMBER.match(despace("".join(c.text for c in footer[0]))):
        below = [c for c in below if c not in footer[0]]
    split = 1e9
    if len(found) == 2:  # both halves on one sheet: the gutter between them
        split = _free_middle(found["left"][0][-1][1], found["right"][0][0][0], below)
    used: set[int] = set()
    tables: list[_Table] = []
    for kind, (heads, band) in found.items():
        top, bottom = max(c.y1 for c in band), min(c.y0 for c in band)
        used |= {id(c) for c in band}
        left_edge, right_edge = (-1e9, split) if kind == "left" else (-1e9, 1e9)
        if kind == "right" and split < 1e9:
            left_edge = split
        text = [c for c in below if not (layout.ocr_layer and c.text in _RULE_LIKE)]
        bounds = [left_edge]
        bounds += [_free_middle(a[1], b[0], text) for a, b in pairwise(heads)]
        bounds.append(right_edge)
        mine = [c for c in below if left_edge <= c.cx < right_edge and c.cy < bottom]
        if layout.ocr_layer:
            mine = _without_scanned_rules(mine, bounds)
        by_column = [[c for c in mine if lo <= c.cx < hi] for lo, hi in pairwise(bounds)]
        if layout.ocr_layer and kind == "left":  # category, period, amounts: never 「 | [
            for index in range(1, 6):
                by_column[index] = [c for c in by_column[index] if c.text not in _RULE_LIKE]
        # the halves' rows need not line up (two tables on facing pages): each its own
        tops = _row_tops(mine, by_column[3] if kind == "left" else None)
        edges = [bottom, *tops, -1e9]
        rows: list[Row] = []
        for upper, lower in pairwise(edges):
            cells = [
                cell_text([c for c in col if lower <= c.cy < upper], gap_spaces)
                for col in by_column
            ]
            if any(cell.strip() for cell in cells):
                # where the row's text starts (rows line up by their first lines); OCR boxes
                # jitter too much to tell
                inside = [c.y1 for col in by_column for c in col if lower <= c.cy < upper]
                row_top = None if layout.ocr_layer else max(inside)
                ref = SourceRef(path, 0, page=layout.number)
                rows.append(Row(tuple(cells), ref, row_top))
        used |= {id(c) for c in mine}
        ref = SourceRef(path, 0, page=layout.number)
        x0 = heads[0][0] if left_edge < -1e8 else left_edge
        x1 = heads[-1][1] if right_edge > 1e8 else right_edge
        tables.append(_Table(kind, ref, rows, x0, x1, top))
    return tables, used


# ---------------------------------------------------------------- the document


def _open(path: Path, data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            found = "an encrypted PDF that needs a password (save an unprotected copy)"
        else:
            found = f"a damaged PDF ({exc})"
        raise ReportFormatError(path, 0, "a readable PDF", found) from None


def _check_text_layer(path: Path, layouts: list[_Layout], images: int) -> None:
    visible = [c for layout in layouts for c in layout.chars if not c.text.isspace()]
    if not visible:
        found = "an image-only scan (no text layer)" if images else "no text on any page"
        raise ReportFormatError(
            path, 0, "a PDF with a text layer", f"{found}: {OCR_HINT}", page=1 if images else None
        )
    for layout in layouts:
        shown = [c for c in layout.chars if not c.text.isspace()]
        bad = sum(_unreadable(c.text) for c in shown)
        if shown and bad / len(shown) > MAX_UNREADABLE:
            raise ReportFormatError(
                path,
                0,
                "a text layer of readable characters",
                f"{bad} of {len(shown)} characters unreadable (private-use, U+FFFD or CID "
                f"codes): {OCR_HINT}",
                page=layout.number,
            )


def _pair(path: Path, pages: list[_Page]) -> list[PageTable]:
    """Left tables paired with the right table that follows each."""
    spreads: list[PageTable] = []
    for page in pages:
        for table in page.tables:
            if table.kind == "left":
                if spreads and spreads[-1].right_header is None:
                    # the left table run over onto the next page: the same half goes on (a
                    # right half missing instead shows in the counts of plans and rows)
                    spreads[-1].left_rows = join_left_spill(path, spreads[-1].left_rows, table.rows)
                    continue
                spreads.append(PageTable(left_header=table.ref, left_rows=table.rows))
            else:
                spread = spreads[-1] if spreads else None
                if spread is not None and spread.right_header is not None and table.rows:
                    # the right table run over onto the next page: the same half goes on
                    spread.right_rows = join_spill(spread.right_rows, table.rows)
                    continue
                if not spreads or spreads[-1].right_header is not None:
                    raise ReportFormatError(
                        path,
                        0,
                        "a left table (計畫名稱 …) before this right table",
                        "a right table without one",
                        page=page.number,
                    )
                spreads[-1].right_header = table.ref
                spreads[-1].right_rows = table.rows
    if not spreads:
        raise ReportFormatError(
            path,
            0,
            "the report's tables (7 columns from 計畫名稱, 3 columns from 本年度執行情形說明)",
            "no such table (this PDF does not look like the report)",
        )
    if spreads[-1].right_header is None:
        left = spreads[-1].left_header
        raise ReportFormatError(
            path,
            0,
            f"the right half (本年度執行情形說明 …) of the left table on page {left.page}",
            "the end of the file",
            page=left.page,
        )
    return spreads


def _title_block(page: _Page, top: float, offset: float = 0.0) -> list[tuple[float, float, str]]:
    """The page's text pieces above ``top`` as (height, x, text), x moved by ``offset`` (the
    right page of facing pages lies right of the left page)."""
    return [(y, x + offset, text) for y, x, text in page.lines if y > top]


def _joined_lines(pieces: list[tuple[float, float, str]]) -> list[str]:
    """Pieces on one baseline (within 3 points) joined left to right, lines top to bottom."""
    rows: list[tuple[float, list[tuple[float, str]]]] = []
    for y, x, text in sorted(pieces, key=lambda piece: -piece[0]):
        if rows and abs(rows[-1][0] - y) <= 3.0:
            rows[-1][1].append((x, text))
        else:
            rows.append((y, [(x, text)]))
    lines = [remove_wrap_spaces("".join(t for _, t in sorted(row))) for _, row in rows]
    return [_once(line) for line in lines]


def _once(line: str) -> str:
    """A line printed over both halves of a spread the same (數位發展部 | 數位發展部), once."""
    half = len(line) // 2
    return line[:half] if len(line) % 2 == 0 and line[:half] == line[half:] else line


def _title_blocks(pages: list[_Page]) -> list[tuple[int, list[str]]]:
    """Every spread's title block (the text above its two tables, the halves' pieces on one
    baseline joined: 數位發 + 展部), by the page of its left table, in order."""
    blocks: list[tuple[int, list[str]]] = []
    tables = [(p, t) for p in pages for t in p.tables]
    for i, (page, table) in enumerate(tables):
        if table.kind != "left":
            continue
        pieces = _title_block(page, table.top)
        right = next(((p, t) for p, t in tables[i + 1 :] if t.kind == "right"), None)
        if right is not None and right[0] is not page:
            pieces += _title_block(right[0], right[1].top, offset=10_000.0)
        elif right is not None:
            pieces = _title_block(page, max(table.top, right[1].top))
        blocks.append((page.number, _joined_lines(pieces)))
    return blocks


def _metadata(path: Path, pages: list[_Page]) -> ReportMeta:
    """Agency, fiscal year and unit from the spreads' title blocks, whatever the order of their
    lines and whatever shares a baseline (「114年度　　單位：新臺幣千元」); the unit may be printed
    on every spread, once, or on the cover. Units that differ between spreads are an error."""
    blocks = _title_blocks(pages)
    first_page = blocks[0][0] if blocks else 1
    cover = [(page.number, _joined_lines(page.lines)) for page in pages if page.number < first_page]
    year: int | None = None
    agency = ""
    unit: tuple[int, str] | None = None
    for index, (number, lines) in enumerate(blocks[:1] + cover + blocks[1:]):
        for line in lines:
            compact = despace(line)
            found_unit = _UNIT_ANYWHERE.search(compact)
            if found_unit:
                if unit is not None and found_unit.group(1) != unit[1]:
                    raise ReportFormatError(
                        path,
                        0,
                        f"one unit for the whole report ({unit[1]} on page {unit[0]})",
                        found_unit.group(1),
                        page=number,
                    )
                unit = unit or (number, found_unit.group(1))
                compact = compact.replace(found_unit.group(0), "")
            found_year = _YEAR_ANYWHERE.search(compact)
            if found_year:
                year = year if year is not None else int(found_year.group(1))
                compact = compact.replace(found_year.group(0), "")
            rest = compact.replace(TITLE, "").replace("中華民國", "")
            first = index <= len(cover) and not agency and rest and rest not in TITLE
            if first and not _PAGE_NUMBER.match(rest) and not is_furniture(rest, "", year or 0):
                agency = rest
    lines = [agency, f"中華民國{year}年度" if year is not None else ""]
    lines.append(f"單位：{unit[1]}" if unit else "")
    return read_metadata(path, lines, page=first_page)


def _printed_page(page: _Page) -> str | None:
    """The page number printed on the page: a lone number outside the tables."""
    numbers = [m.group(1) for _, _, text in page.lines if (m := _PAGE_NUMBER.match(despace(text)))]
    return numbers[-1] if numbers else None


def _furniture(
    path: Path, pages: list[_Page], meta: ReportMeta
) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """Notes (text outside the tables that is not page furniture, by page) and the page
    numbers printed; a page whose title names another fiscal year is an error."""
    notes: list[tuple[int, str]] = []
    roles: dict[int, str] = {}
    for page in pages:
        page.printed = _printed_page(page)
        for _, _, text in sorted(page.lines, key=lambda line: -line[0]):
            compact = despace(text)
            year = YEAR_LINE.match(compact)
            if year and int(year.group(1)) != meta.fiscal_year:
                raise ReportFormatError(
                    path,
                    0,
                    f"{meta.fiscal_year}年度 (the fiscal year of the report)",
                    repr(text),
                    page=page.number,
                )
            if _PAGE_NUMBER.match(compact) or is_furniture(text, meta.agency, meta.fiscal_year):
                continue
            bare = _YEAR_ANYWHERE.sub("", _UNIT_ANYWHERE.sub("", compact))
            if bare != compact and is_furniture(bare, meta.agency, meta.fiscal_year):
                continue  # the year and the unit on one baseline
            if any(compact in a + b for a, b in _split_agency(meta.agency)):
                continue  # a part of the agency name split over the two halves
            notes.append((page.number, text))
        roles[page.number] = "table" if page.tables else "furniture"
    return notes, roles


def _split_agency(agency: str) -> list[tuple[str, str]]:
    return [(agency[:i], agency[i:]) for i in range(1, len(agency))]


#: What OCR reads as text where the scan shows a table's rules.
_OCR_RULES = frozenset("|｜¦")


def _read_layouts(path: Path, data: bytes, ocred: bool = False) -> tuple[list[_Layout], int]:
    """Every page's layout, and how many images the pages hold."""
    import pypdfium2.raw as raw

    document = _open(path, data)
    try:
        layouts: list[_Layout] = []
        images = 0
        for index in range(len(document)):
            pdf_page = document[index]
            try:
                images += sum(1 for _ in pdf_page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]))
                layouts.append(_layout(pdf_page, raw, index + 1))
            finally:
                pdf_page.close()
    finally:
        document.close()
    for layout in layouts:  # a text layer an OCR made (here or before): read as OCR text
        if ocred or layout.ocr_layer:
            kept = {
                id(c): replace(c, order=i)
                for i, c in enumerate(layout.chars)
                if c.text not in _OCR_RULES
            }
            layout.chars = list(kept.values())
            layout.outside = [kept[id(c)] for c in layout.outside if id(c) in kept]
            layout.ocr_layer = True
    return layouts, images


def read_pdf_tables(path: Path, data: bytes) -> SourceTables:
    """The page tables of a PDF source (``data`` is the file's bytes); a scan is OCRed first
    when :mod:`govplans.read.ocr` says so."""
    from govplans.read import ocr

    layouts, images = _read_layouts(path, data)
    when = ocr.mode()
    image_only = images > 0 and not any(
        not c.text.isspace() for layout in layouts for c in layout.chars
    )
    if when == "force" or (when == "auto" and image_only and ocr.missing() is None):
        text_layer = ocr.ocr_pdf(path, data, len(layouts), force=when == "force")
        layouts, images = _read_layouts(path, text_layer, ocred=True)
    _check_text_layer(path, layouts, images)
    # A producer that prints space characters shows a space only with one (see _line_text).
    gap_spaces = not any(c.text == " " for layout in layouts for c in layout.chars)
    known_widths: dict[str, list[float]] = {}
    plain = [_page(layout, str(path), gap_spaces, known_widths) for layout in layouts]
    spreads = _pair(path, plain)
    meta = _metadata(path, plain)
    spreads = join_cut_rows(path, spreads, meta.unit)
    check_invariants(path, spreads, meta.unit)
    notes, roles = _furniture(path, plain, meta)
    printed = {p.number: p.printed for p in plain if p.printed}
    for spread in spreads:
        for row_list in (spread.left_rows, spread.right_rows):
            row_list[:] = [_with_printed(row, printed) for row in row_list]
    return SourceTables(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
        pages=spreads,
        notes=notes,
        line_roles=roles,
        end=SourceRef(str(path), 0, page=len(plain)),
        position="page",
        printed_pages=printed,
        ocr_pages=[layout.number for layout in layouts if layout.ocr_layer],
    )


def _with_printed(row: Row, printed: dict[int, str]) -> Row:
    page = row.ref.page
    if page is None or page not in printed:
        return row
    ref = SourceRef(row.ref.path, 0, page=page, printed_page=printed[page])
    return Row(row.cells, ref, row.top)
