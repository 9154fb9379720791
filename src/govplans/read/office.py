"""The ODF and Word reader: an agency's ``.odt`` or ``.docx`` edition -> page tables.

Both are zip files of XML. Their tables are read from the XML, with no geometry: a row broken
across a page in print is one row here. Two front ends (:func:`odt_body`, :func:`docx_body`)
turn a document into the same body: paragraphs and tables in document order, each table a grid
of cells, each cell a list of paragraphs whose automatic list numbers (``1.``, ``(一)``, which
are not in the text but in the list style) are rendered from the list definitions, so items keep
their markers. The shared part then finds:

- the agency, fiscal year and unit in the paragraphs outside the tables, in any order and with
  any sharing of a line (「114年度　　單位：新臺幣千元」);
- the left (7 columns, 計畫名稱 …) and right (3 columns, 本年度執行情形說明 …) tables by their
  header row, or one 10-column table holding both; a table whose rows are neither is an error.
  A left table is paired with the next right table, as on a printed spread; a row whose six
  leading cells are empty continues the plan before it (the shared assembler's rule).

Merged cells: a horizontally merged cell (``w:gridSpan``, ``table:number-columns-spanned``)
stands for its columns, the first holding the text; a vertically merged cell's later rows
(``w:vMerge``, ``table:covered-table-cell``) are empty, so a plan whose name spans two rows
reads as a plan row and a continuation row.

Every body block (a paragraph outside the tables, or a table row) gets a number in document
order, kept in :attr:`SourceRef.line`; a row's ``table`` and ``row`` name it in errors
(``report.docx: table 2, row 5``).

Safety: the standard library's zip and XML parsers; an XML part with a DTD or entity
declaration is refused (no entity expansion), and no part is read beyond
:data:`MAX_PART_BYTES` decompressed (a zip bomb stops with one line).
"""

from __future__ import annotations

import codecs
import hashlib
import html
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast
from xml.etree import ElementTree as ET

from govplans.model.errors import ReportFormatError
from govplans.model.provenance import SourceRef
from govplans.model.text import despace
from govplans.read.amounts import unit_factor
from govplans.read.pages import (
    LEFT_HEADER,
    RIGHT_HEADER,
    TITLE,
    PageTable,
    ReportMeta,
    Row,
    SourceTables,
)
from govplans.read.text import is_furniture

#: The largest XML part read, decompressed (a report of a few hundred plans is a few MB).
MAX_PART_BYTES = 64 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ZIP_SIGNATURE = b"PK\x03\x04"
#: An OLE compound file: a legacy .doc or a password-protected (encrypted) .docx.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_XML = "{http://www.w3.org/XML/1998/namespace}"
_ROW_GROUPS = {f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"}

#: What a damaged zip may raise while it is listed or read (RuntimeError: an encrypted member;
#: NotImplementedError: a compression method the standard library lacks).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    RuntimeError,
    NotImplementedError,
)

_YEAR = re.compile(r"(?:中華民國\s*)?(\d{2,3})\s*年度")
_UNIT = re.compile(r"單位\s*[:：]\s*(\S+)")
_LINE_BREAK = "<br>"


# ---------------------------------------------------------------- the common body


@dataclass
class Cell:
    """One table cell: its paragraphs (text escaped for the item splitter, ``<br>`` for a line
    break) and how many grid columns it covers."""

    paragraphs: list[str] = field(default_factory=list)
    span: int = 1

    def text(self) -> str:
        """The cell as the assembler reads it: one paragraph as it is, several as ``<p>``."""
        paragraphs = [p for p in self.paragraphs if p.strip()]
        if len(paragraphs) <= 1:
            return "".join(paragraphs)
        return "".join(f"<p>{p}</p>" for p in paragraphs)

    def short(self) -> str:
        """A short cell (name, category, period, amounts): its paragraphs and line breaks as
        spaces, text still escaped as the assembler reads it."""
        return " ".join(p.replace(_LINE_BREAK, " ").strip() for p in self.paragraphs).strip()

    def plain(self) -> str:
        return html.unescape("".join(self.paragraphs).replace(_LINE_BREAK, " "))


#: A body block: a paragraph's text, or a table (rows of cells, spans expanded).
Block = str | list[list[Cell]]


def _expand(cells: list[Cell]) -> list[Cell]:
    """A row's cells with each merged cell standing for its columns (the first holds the text)."""
    out: list[Cell] = []
    for cell in cells:
        out.append(cell)
        out.extend(Cell() for _ in range(cell.span - 1))
    return out


# ---------------------------------------------------------------- zip and XML, safely


def _int(text: str | None, default: int, most: int = 10**6) -> int:
    """A count or number from an attribute, ``default`` where it is missing or not a number,
    at most ``most`` (a repeat count cannot blow a row up)."""
    try:
        return max(0, min(int(text or default), most))
    except ValueError:
        return default


def _error(path: Path, expected: str, found: str, place: str | None = None) -> ReportFormatError:
    return ReportFormatError(path, 0, expected, found, place=place)


def _part(path: Path, archive: zipfile.ZipFile, name: str) -> bytes | None:
    """An archive member's bytes (``None`` when absent), never more than MAX_PART_BYTES."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise _error(path, "a document without a password", "an encrypted part")
    too_big = _error(
        path,
        f"XML parts of at most {MAX_PART_BYTES // 2**20} MB",
        f"{name} larger than that (a damaged file or a zip bomb)",
    )
    if info.file_size > MAX_PART_BYTES:
        raise too_big
    try:
        with archive.open(info) as member:
            data = member.read(MAX_PART_BYTES + 1)
    except _ZIP_ERRORS as exc:
        raise _error(path, "a readable zip archive", f"a damaged {name} ({exc})") from None
    if len(data) > MAX_PART_BYTES:
        raise too_big
    return data


_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
#: ISO/IEC 29500 Strict Word XML: read as the (transitional) namespace the reader knows.
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def _xml(path: Path, name: str, data: bytes) -> ET.Element:
    """Parse an XML part, refusing DTDs and entity declarations (no entity expansion).

    The parts of both formats are UTF-8 (ODF requires it; Word writes it); another encoding is
    refused, so that a DTD cannot hide from the byte check in a multi-byte encoding.
    """
    body = data.removeprefix(codecs.BOM_UTF8).lstrip()
    declared = _DECLARED_ENCODING.match(body)
    encoding = declared.group(1).decode().lower() if declared else "utf-8"
    if b"\x00" in body[:64] or encoding not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise _error(path, f"{name} in UTF-8", f"another encoding ({encoding})")
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise _error(path, f"{name} without a DTD or entities", "a DTD (refused)")
    try:
        return ET.fromstring(body.replace(_STRICT_W, _W[1:-1].encode()))
    except ET.ParseError as exc:
        raise _error(path, f"well-formed XML in {name}", f"{exc}") from None


def office_kind(raw: bytes) -> str | None:
    """``odt`` or ``docx`` when ``raw`` is such a document (by content, not name); ``ole`` for a
    legacy or encrypted Office file; ``zip`` for another zip file; else ``None``."""
    if raw.startswith(OLE_SIGNATURE):
        return "ole"
    if not raw.startswith(ZIP_SIGNATURE):
        return None
    # An ODF package stores its mimetype first and uncompressed: ``mimetype`` at offset 30.
    if raw[30:38] == b"mimetype" and raw[38:].startswith(ODT_MIMETYPE):
        return "odt"
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    if member.read(len(ODT_MIMETYPE) + 2).strip() == ODT_MIMETYPE:
                        return "odt"
    except _ZIP_ERRORS:
        return "zip"
    return "zip"


# ---------------------------------------------------------------- list numbers


def _roman(number: int) -> str:
    values: tuple[tuple[int, str], ...] = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"))
    values += ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"))
    values += ((4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _letters(number: int) -> str:
    return chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)


_CN = "〇一二三四五六七八九"
_CN_UPPER = "零壹貳參肆伍陸柒捌玖"


def chinese_numeral(number: int, digits: str = _CN, ten: str = "十") -> str:
    """一 … 九十九 (``11`` -> 十一), as 公文 numbers items; larger numbers digit by digit."""
    if 0 < number < 10:
        return digits[number]
    if 10 <= number < 100:
        tens, units = divmod(number, 10)
        return ("" if tens == 1 else digits[tens]) + ten + (digits[units] if units else "")
    return "".join(digits[int(d)] for d in str(number))


_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

#: Word's ``w:numFmt`` values -> the number as shown.
_WORD_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "taiwaneseCountingThousand": chinese_numeral,
    "taiwaneseCounting": chinese_numeral,
    "chineseCounting": chinese_numeral,
    "chineseCountingThousand": chinese_numeral,
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "chineseLegalSimplified": lambda n: chinese_numeral(n, _CN_UPPER, "拾"),
    "ideographLegalTraditional": lambda n: chinese_numeral(n, _CN_UPPER, "拾"),
    "taiwaneseDigital": lambda n: "".join(_CN[int(d)] for d in str(n)),
    "ideographDigital": lambda n: "".join(_CN[int(d)] for d in str(n)),
    "none": lambda n: "",
}


def _odf_format(num_format: str) -> Callable[[int], str]:
    """An ODF ``style:num-format`` (``1``, ``a``, ``I``, ``一, 二, 三, ...``) as a function."""
    if not num_format:
        return lambda n: ""
    first = num_format[0]
    simple: dict[str, Callable[[int], str]] = {
        "1": str,
        "a": lambda n: _letters(n).lower(),
        "A": _letters,
        "i": lambda n: _roman(n).lower(),
        "I": _roman,
        "一": chinese_numeral,
        "壹": lambda n: chinese_numeral(n, _CN_UPPER, "拾"),
        "甲": lambda n: _STEMS[(n - 1) % 10],
        "子": lambda n: _BRANCHES[(n - 1) % 12],
        "①": lambda n: _CIRCLED[n - 1] if n <= 20 else str(n),
        "１": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    }
    return simple.get(first, str)


@dataclass
class _Level:
    """One list level: its start number, number format and how its marker is written."""

    start: int = 1
    fmt: Callable[[int], str] = str
    #: Word: ``%1.`` style template; ODF: prefix and suffix around the shown levels.
    template: str | None = None
    prefix: str = ""
    suffix: str = ""
    display_levels: int = 1
    #: A bulleted level: its items have no marker, as in a ``<ul>`` of the text edition.
    bullet: str | None = None
    restart_after: int | None = None


class _Counters:
    """The running numbers of one list (a Word abstract list or an ODF ``text:list``)."""

    def __init__(self, levels: dict[int, _Level]) -> None:
        self.levels = levels
        self.numbers: dict[int, int] = {}

    def next_marker(
        self, level: int, start: int | None = None, levels: dict[int, _Level] | None = None
    ) -> str:
        """The next marker at ``level`` (restarted at ``start``; ``levels`` where a Word list
        instance overrides its abstract list's levels)."""
        if levels is not None:
            self.levels = levels
        spec = self.levels.get(level, _Level())
        if spec.bullet is not None:
            return spec.bullet
        if start is not None:
            self.numbers[level] = start
        elif level in self.numbers:
            self.numbers[level] += 1
        else:
            self.numbers[level] = spec.start
        for deeper in [k for k in self.numbers if k > level]:
            del self.numbers[deeper]  # a deeper list restarts under a new item

        def shown(k: int) -> str:
            return self.levels.get(k, _Level()).fmt(self.numbers.get(k, 1))

        if spec.template is not None:
            return re.sub(r"%([1-9])", lambda m: shown(int(m.group(1)) - 1), spec.template)
        first = max(0, level - spec.display_levels + 1)
        numbers = ".".join(shown(k) for k in range(first, level + 1))
        return f"{spec.prefix}{numbers}{spec.suffix}"


# ---------------------------------------------------------------- Word


def _direct(parent: ET.Element, tag: str) -> Iterator[ET.Element]:
    """The children of ``parent`` with ``tag``, also inside content controls (``w:sdt``), but
    not those of a table nested in a cell."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _direct(child, tag)


def _attr(element: ET.Element | None, name: str, ns: str = _W) -> str | None:
    return None if element is None else element.get(f"{ns}{name}")


@dataclass
class _Num:
    """A Word list instance (``w:num``): its abstract list, whose numbers it shares with the
    other instances of that list, its levels, and the levels it restarts (``startOverride``)
    where it is first used."""

    abstract: str
    levels: dict[int, _Level]
    restarts: dict[int, int]


def _word_levels(numbering: ET.Element | None) -> dict[str, _Num]:
    """The list instances of ``word/numbering.xml`` by ``w:numId``."""
    if numbering is None:
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    for node in numbering.iter(f"{_W}abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in node.iter(f"{_W}lvl"):
            levels[_int(_attr(lvl, "ilvl"), 0, 8)] = _word_level(lvl)
        abstract[_attr(node, "abstractNumId") or ""] = levels
    out: dict[str, _Num] = {}
    for num in numbering.iter(f"{_W}num"):
        abstract_id = _attr(num.find(f"{_W}abstractNumId"), "val") or ""
        levels = dict(abstract.get(abstract_id, {}))
        restarts: dict[int, int] = {}
        for override in num.iter(f"{_W}lvlOverride"):
            ilvl = _int(_attr(override, "ilvl"), 0, 8)
            new_lvl = override.find(f"{_W}lvl")
            if new_lvl is not None:
                levels[ilvl] = _word_level(new_lvl)
            start = _attr(override.find(f"{_W}startOverride"), "val")
            if start is not None:
                restarts[ilvl] = _int(start, 1)
        out[_attr(num, "numId") or ""] = _Num(abstract_id, levels, restarts)
    return out


def _word_level(lvl: ET.Element) -> _Level:
    fmt_name = _attr(lvl.find(f"{_W}numFmt"), "val") or "decimal"
    text = _attr(lvl.find(f"{_W}lvlText"), "val")
    start = _int(_attr(lvl.find(f"{_W}start"), "val"), 1)
    if fmt_name == "bullet":
        return _Level(bullet="")  # a bullet marks no number (and is often a symbol-font glyph)
    return _Level(start=start, fmt=_WORD_FORMATS.get(fmt_name, str), template=text or "")


def _word_style_numbering(styles: ET.Element | None) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs (``List Number``): style -> (numId, ilvl)."""
    if styles is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = _attr(style, "styleId") or ""
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None:
            level = _attr(num_pr.find(f"{_W}ilvl"), "val")
            own[style_id] = (
                _attr(num_pr.find(f"{_W}numId"), "val"),
                _int(level, 0, 8) if level is not None else None,
            )
        parent = _attr(style.find(f"{_W}basedOn"), "val")
        if parent:
            based[style_id] = parent
    out: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based):
        seen: set[str] = set()
        current = style_id
        num_id: str | None = None
        ilvl: int | None = None
        while current and current not in seen:
            seen.add(current)
            cur_num, cur_lvl = own.get(current, (None, None))
            num_id = num_id if num_id is not None else cur_num
            ilvl = ilvl if ilvl is not None else cur_lvl
            current = based.get(current, "")
        if num_id is not None:
            out[style_id] = (num_id, ilvl or 0)
    return out


class _Word:
    """The Word front end: ``word/document.xml`` with its numbering and styles."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        document = _part(path, archive, "word/document.xml")
        assert document is not None
        self.root = _xml(path, "word/document.xml", document)
        numbering = _part(path, archive, "word/numbering.xml")
        self.levels = _word_levels(_xml(path, "numbering", numbering) if numbering else None)
        self.path, self.archive = path, archive
        self._style_numbering: dict[str, tuple[str, int]] | None = None
        #: Running numbers by abstract list: Word's instances of one list share its numbers.
        self.counters: dict[str, _Counters] = {}
        self.started: set[tuple[str, int]] = set()

    @property
    def style_numbering(self) -> dict[str, tuple[str, int]]:
        """Numbered paragraph styles, read from ``word/styles.xml`` (often the largest part)
        only when a paragraph of a style is met in a document that has lists."""
        if self._style_numbering is None:
            styles = _part(self.path, self.archive, "word/styles.xml")
            self._style_numbering = _word_style_numbering(
                _xml(self.path, "word/styles.xml", styles) if styles else None
            )
        return self._style_numbering

    def body(self) -> list[Block]:
        body = self.root.find(f"{_W}body")
        return list(self._blocks(body)) if body is not None else []

    def _blocks(self, parent: ET.Element) -> Iterator[Block]:
        for child in parent:
            if child.tag == f"{_W}p":
                yield self.paragraph(child)
            elif child.tag == f"{_W}tbl":
                yield self.table(child)
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                yield from self._blocks(child)

    def table(self, tbl: ET.Element) -> list[list[Cell]]:
        return [self.row(tr) for tr in _direct(tbl, f"{_W}tr")]

    def row(self, tr: ET.Element) -> list[Cell]:
        cells: list[Cell] = []
        before = _attr(tr.find(f"{_W}trPr/{_W}gridBefore"), "val")
        cells.extend(Cell() for _ in range(_int(before, 0, 64)))
        for tc in self._cells(tr):
            props = tc.find(f"{_W}tcPr")
            span = (
                _int(_attr(props.find(f"{_W}gridSpan"), "val"), 1, 64) if props is not None else 1
            )
            merge = props.find(f"{_W}vMerge") if props is not None else None
            if merge is not None and _attr(merge, "val") in (None, "continue"):
                cells.append(Cell(span=span))  # the merged cell's text is in its first row
                continue
            cells.append(Cell(list(self._cell_blocks(tc)), span))
        return _expand(cells)

    @staticmethod
    def _cells(tr: ET.Element) -> Iterator[ET.Element]:
        return _direct(tr, f"{_W}tc")

    def _cell_blocks(self, tc: ET.Element) -> Iterator[str]:
        for block in self._blocks(tc):
            if isinstance(block, str):
                yield block
            else:  # a table nested in a cell: its text, cell by cell
                for row in block:
                    for cell in row:
                        yield from cell.paragraphs

    def paragraph(self, p: ET.Element) -> str:
        marker = self._marker(p)
        text = "".join(self._runs(p))
        return f"{html.escape(marker, quote=False)} {text}" if marker else text

    def _marker(self, p: ET.Element) -> str:
        props = p.find(f"{_W}pPr")
        num_pr = props.find(f"{_W}numPr") if props is not None else None
        num_id = _attr(num_pr.find(f"{_W}numId"), "val") if num_pr is not None else None
        ilvl_text = _attr(num_pr.find(f"{_W}ilvl"), "val") if num_pr is not None else None
        if num_id is None:
            style = _attr(props.find(f"{_W}pStyle"), "val") if props is not None else None
            if style is not None and self.levels and style in self.style_numbering:
                num_id, style_lvl = self.style_numbering[style]
                ilvl_text = ilvl_text or str(style_lvl)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        num, level = self.levels[num_id], _int(ilvl_text, 0, 8)
        counters = self.counters.setdefault(num.abstract, _Counters(num.levels))
        start = None
        if (num_id, level) not in self.started:
            self.started.add((num_id, level))
            start = num.restarts.get(level)
        return counters.next_marker(level, start, num.levels)

    def _runs(self, parent: ET.Element) -> Iterator[str]:
        for child in parent:
            tag = child.tag
            if tag == f"{_W}t":
                yield html.escape(child.text or "", quote=False)
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                yield " "
            elif tag in (f"{_W}br", f"{_W}cr"):
                yield _LINE_BREAK
            elif tag == f"{_W}noBreakHyphen":
                yield "-"
            elif tag in (f"{_W}del", f"{_W}pPr", f"{_W}rPr", f"{_W}instrText", f"{_W}delText"):
                continue  # deleted text, properties, field codes
            elif tag in (f"{_W}drawing", f"{_W}pict", f"{_W}object"):
                continue
            else:  # w:r, w:ins, w:hyperlink, w:smartTag, w:sdt, w:fldSimple …
                yield from self._runs(child)


# ---------------------------------------------------------------- ODF


class _Odf:
    """The ODF front end: ``content.xml`` with the list styles of ``styles.xml``."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        manifest = _part(path, archive, "META-INF/manifest.xml") or b""
        if b"encryption-data" in manifest:
            raise _error(path, "a document without a password", "an encrypted ODF document")
        content = _part(path, archive, "content.xml")
        if content is None:
            raise _error(path, "an ODF text document with content.xml", "none")
        self.root = _xml(path, "content.xml", content)
        styles = _part(path, archive, "styles.xml")
        self.list_styles: dict[str, dict[int, _Level]] = {}
        for root in ([_xml(path, "styles.xml", styles)] if styles else []) + [self.root]:
            for node in root.iter(f"{_TEXT}list-style"):
                self.list_styles[node.get(f"{_STYLE}name", "")] = self._levels(node)
        self.continued: dict[str, _Counters] = {}

    @staticmethod
    def _levels(node: ET.Element) -> dict[int, _Level]:
        levels: dict[int, _Level] = {}
        for child in node:
            level = _int(child.get(f"{_TEXT}level"), 1, 10) - 1
            if child.tag == f"{_TEXT}list-level-style-number":
                levels[level] = _Level(
                    start=_int(child.get(f"{_TEXT}start-value"), 1),
                    fmt=_odf_format(child.get(f"{_STYLE}num-format", "1")),
                    prefix=child.get(f"{_STYLE}num-prefix", ""),
                    suffix=child.get(f"{_STYLE}num-suffix", ""),
                    display_levels=_int(child.get(f"{_TEXT}display-levels"), 1, 10),
                )
            elif child.tag == f"{_TEXT}list-level-style-bullet":
                levels[level] = _Level(bullet="")
        return levels

    def body(self) -> list[Block]:
        text = self.root.find(f"{_OFFICE}body/{_OFFICE}text")
        return list(self._blocks(text)) if text is not None else []

    def _blocks(self, parent: ET.Element) -> Iterator[Block]:
        for child in parent:
            if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                yield self.paragraph(child)
            elif child.tag == f"{_TABLE}table":
                yield self.table(child)
            elif child.tag == f"{_TEXT}list":
                yield from self._list(child, None, 0)
            elif child.tag in (f"{_TEXT}section", f"{_TEXT}soft-page-break"):
                yield from self._blocks(child)

    def _list(self, node: ET.Element, counters: _Counters | None, level: int) -> Iterator[str]:
        """The paragraphs of a list with their rendered markers."""
        if counters is None:
            # a list restarts its numbers unless it continues the list before (same style) or
            # a named one
            style = node.get(f"{_TEXT}style-name", "")
            continues = node.get(f"{_TEXT}continue-list")
            if continues and continues in self.continued:
                counters = self.continued[continues]
            elif node.get(f"{_TEXT}continue-numbering") == "true" and style in self.continued:
                counters = self.continued[style]
            else:
                counters = _Counters(self.list_styles.get(style, {}))
            self.continued[style] = counters
            if node.get(f"{_XML}id"):
                self.continued[node.get(f"{_XML}id", "")] = counters
        for item in node:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            start = item.get(f"{_TEXT}start-value")
            first = True
            for child in item:
                if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                    marker = ""
                    if first and item.tag == f"{_TEXT}list-item":
                        marker = counters.next_marker(level, _int(start, 1) if start else None)
                    text = self.paragraph(child)
                    yield f"{html.escape(marker, quote=False)} {text}" if marker else text
                    first = False
                elif child.tag == f"{_TEXT}list":
                    yield from self._list(child, counters, level + 1)
                    first = False

    def table(self, table: ET.Element) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for row in self._rows(table):
            cells: list[Cell] = []
            for cell in row:
                repeat = _int(cell.get(f"{_TABLE}number-columns-repeated"), 1, 64)
                if cell.tag == f"{_TABLE}covered-table-cell":
                    cells.extend(Cell() for _ in range(repeat))
                elif cell.tag == f"{_TABLE}table-cell":
                    paragraphs = list(self._cell_paragraphs(cell))
                    cells.append(Cell(paragraphs))
                    cells.extend(Cell() for _ in range(repeat - 1))
            # repeated empty rows (a grid's padding) stand once; repeated rows with text repeat
            repeat = _int(row.get(f"{_TABLE}number-rows-repeated"), 1, 1000)
            filled = any(c.paragraphs for c in cells)
            rows.extend([cells] * (repeat if filled else 1))
        return rows

    def _rows(self, table: ET.Element) -> Iterator[ET.Element]:
        for child in table:
            if child.tag == f"{_TABLE}table-row":
                yield child
            elif child.tag in _ROW_GROUPS:
                yield from self._rows(child)

    def _cell_paragraphs(self, cell: ET.Element) -> Iterator[str]:
        for block in self._blocks(cell):
            if isinstance(block, str):
                yield block
            else:
                for row in block:
                    for inner in row:
                        yield from inner.paragraphs

    def paragraph(self, p: ET.Element) -> str:
        return "".join(self._inline(p))

    def _inline(self, node: ET.Element) -> Iterator[str]:
        if node.text:
            yield html.escape(node.text, quote=False)
        for child in node:
            tag = child.tag
            if tag == f"{_TEXT}s":
                yield " " * _int(child.get(f"{_TEXT}c"), 1, 64)
            elif tag == f"{_TEXT}tab":
                yield " "
            elif tag == f"{_TEXT}line-break":
                yield _LINE_BREAK
            elif tag in (f"{_OFFICE}annotation", f"{_TEXT}number", f"{_TEXT}note"):
                pass  # comments, a cached list number, footnotes: not the cell's text
            else:  # text:span, text:a, text:bookmark …
                yield from self._inline(child)
            if child.tail:
                yield html.escape(child.tail, quote=False)


# ---------------------------------------------------------------- tables -> page tables


@dataclass
class _Reader:
    path: Path
    kind: str
    body: list[Block]
    #: Body block number -> where it is, for errors: ``table 2, row 5`` or ``paragraph 3``.
    places: dict[int, str] = field(default_factory=dict)

    def blocks(self) -> Iterator[tuple[int, int | None, int, Block | list[Cell]]]:
        """Every body block with its number: (block, table, row, paragraph text or row cells)."""
        number, table_no = 0, 0
        for block in self.body:
            if isinstance(block, str):
                number += 1
                self.places[number] = f"paragraph {number}"
                yield number, None, 0, block
            else:
                table_no += 1
                for row_no, row in enumerate(block, start=1):
                    number += 1
                    self.places[number] = f"table {table_no}, row {row_no}"
                    yield number, table_no, row_no, row

    def _paragraphs(self) -> list[tuple[int, str, bool]]:
        """The paragraphs outside the report's tables: (block, plain text, before its first
        table); the cells of a table before it (a cover laid out as a table) count as
        paragraphs."""
        out: list[tuple[int, str, bool]] = []
        seen_report, report_table, other_table = False, False, None
        for number, table, row_no, block in self.blocks():
            if table is None:
                text = html.unescape(cast(str, block).replace(_LINE_BREAK, " ")).strip()
                out.append((number, text, not seen_report))
                continue
            cells = cast(list[Cell], block)
            if row_no == 1:
                report_table = self._header(cells) is not None
                seen_report = seen_report or report_table
                other_table = table if not seen_report else None
            if table == other_table and not report_table:
                out.extend((number, cell.plain().strip(), True) for cell in cells)
        return out

    def metadata(self) -> ReportMeta:
        """Agency, year and unit from the paragraphs outside the tables, in any order and any
        sharing of a line."""
        years: list[tuple[int, int]] = []
        units: list[tuple[int, str]] = []
        paragraphs = self._paragraphs()
        for number, text, _ in paragraphs:
            unit = _UNIT.search(text)
            if unit:
                units.append((number, despace(unit.group(1))))
            year = _YEAR.search(text)
            if year:
                rest = _title_rest(text)
                if "中華民國" in year.group(0) or not rest or _AGENCY_END.search(rest):
                    years.append((number, int(year.group(1))))
        if not years:
            raise _error(self.path, "a '中華民國 N 年度' or 'N年度' line above the tables", "none")
        fiscal_year = years[0][1]
        for number, year_no in years[1:]:
            if year_no != fiscal_year:
                raise _error(
                    self.path,
                    f"{fiscal_year}年度 (the fiscal year of the report)",
                    f"'{year_no}年度'",
                    self.places[number],
                )
        agency = _agency([(_title_rest(t), before) for _, t, before in paragraphs], fiscal_year)
        if agency is None:
            raise _error(self.path, "the agency name above the tables", "none")
        if not units:
            raise _error(self.path, "a unit such as 單位：新臺幣千元 above the tables", "none")
        unit_number, unit_text = units[0]
        factor = unit_factor(unit_text)
        if factor is None:
            raise _error(
                self.path,
                "a unit of 新臺幣千元 (or 新臺幣元 / 新臺幣萬元 / 新臺幣百萬元)",
                repr(unit_text),
                self.places[unit_number],
            )
        for number, other in units[1:]:
            if other != unit_text:
                raise _error(
                    self.path, f"the unit {unit_text} throughout", repr(other), self.places[number]
                )
        return ReportMeta(agency, fiscal_year, unit_text, factor)

    def tables(self, meta: ReportMeta) -> SourceTables:
        pages: list[PageTable] = []
        notes: list[tuple[int, str]] = []
        roles: dict[int, str] = {}
        state = "other"  # what the current table holds: left, right, both or other
        current_table: int | None = None
        for number, table, row_no, block in self.blocks():
            if table is None:
                text = html.unescape(cast(str, block).replace(_LINE_BREAK, " ")).strip()
                if (text and despace(text) in meta.agency) or self._furniture(text, meta):
                    roles[number] = "blank" if not text else "furniture"
                else:
                    roles[number] = "note"
                    notes.append((number, text))
                continue
            cells = cast(list[Cell], block)
            ref = SourceRef(str(self.path), number, table=table, row=row_no)
            header = self._header(cells)
            if table != current_table:
                current_table = table
                state = self._table_kind(pages, header, cells, ref)
                if header is not None:
                    roles[number] = "header"
                    continue
            elif header is not None:
                if header != state:  # another table's header inside this one
                    self._start(pages, header, ref)
                    state = header
                roles[number] = "header"  # (a header row repeated in its table: no new spread)
                continue
            if not any(c.plain().strip() for c in cells):
                roles[number] = "blank"
                continue
            if state == "other":  # a table that is not the report's: its text kept as notes
                text = "\t".join(c.plain().strip() for c in cells).strip()
                roles[number] = "furniture" if self._furniture(text, meta) else "note"
                if roles[number] == "note":
                    notes.append((number, text))
                continue
            roles[number] = "row"
            self._row(pages, state, cells, ref)
        if not pages:
            raise _error(
                self.path,
                "at least one table with the header 計畫名稱、計畫類型 …",
                "no table (this does not look like a report)",
            )
        if pages[-1].right_header is None:
            raise _error(
                self.path,
                "the right table (本年度執行情形說明 …) after the left table",
                "the end of the document",
                where_ref(pages[-1].left_header),
            )
        end = SourceRef(str(self.path), max(self.places, default=0))
        return SourceTables(
            path=str(self.path),
            sha256="",
            meta=meta,
            pages=pages,
            notes=notes,
            line_roles=roles,
            end=end,
            source_kind=self.kind,
        )

    @staticmethod
    def _furniture(text: str, meta: ReportMeta) -> bool:
        """Blank, agency, title, year, unit (also sharing a line), 本頁空白."""
        rest = _title_rest(text)
        return not rest or rest == meta.agency or is_furniture(rest, meta.agency, meta.fiscal_year)

    def _table_kind(
        self, pages: list[PageTable], header: str | None, cells: list[Cell], ref: SourceRef
    ) -> str:
        """What a table holds, from its first row: its header (left, right, both), or, without
        one, the rows of the report table it continues (by its width, after a report table:
        a word processor's table split at a page without repeating its header), or another
        table (``other``: a cover or signature table, kept as notes)."""
        if header is not None:
            self._start(pages, header, ref)
            return header
        width = len(_trimmed([c.text() for c in cells]))
        if not pages or width not in (3, 7, 10):
            return "other"
        last = pages[-1]
        if width == 7 and last.right_header is not None:
            pages.append(PageTable(left_header=ref))  # the next spread's left rows
        elif width == 3 and last.right_header is None:
            last.right_header = ref  # the spread's right rows, without their header
        elif width == 10 and last.right_header is not last.left_header:
            return "other"
        return {7: "left", 3: "right", 10: "both"}[width]

    @staticmethod
    def _header(cells: list[Cell]) -> str | None:
        found = tuple(_trimmed([despace(c.plain()) for c in cells]))
        if found == LEFT_HEADER:
            return "left"
        if found == RIGHT_HEADER:
            return "right"
        if found == LEFT_HEADER + RIGHT_HEADER:
            return "both"
        return None

    def _start(self, pages: list[PageTable], header: str, ref: SourceRef) -> None:
        if header == "right":
            if not pages or pages[-1].right_header is not None:
                raise _error(
                    self.path,
                    "a left table (計畫名稱 …) before this right table",
                    "a right table without one",
                    ref.place,
                )
            pages[-1].right_header = ref
            return
        if pages and pages[-1].right_header is None:
            raise _error(
                self.path,
                f"the right table (本年度執行情形說明 …) of the left table at "
                f"{where_ref(pages[-1].left_header)} before the next left table",
                "a new left table",
                ref.place,
            )
        pages.append(PageTable(left_header=ref, right_header=ref if header == "both" else None))

    def _row(self, pages: list[PageTable], state: str, cells: list[Cell], ref: SourceRef) -> None:
        width = {"left": 7, "right": 3, "both": 10}[state]
        short = 0 if state == "right" else 6  # name … executed: one line of text each
        texts = [c.short() if i < short else c.text() for i, c in enumerate(cells)]
        while len(texts) > width and not texts[-1].strip():
            texts.pop()  # trailing empty cells of a wider grid
        if len(texts) != width:
            raise _error(
                self.path,
                f"{width} cells in each row of the {state if state != 'both' else '10-column'} "
                "table",
                f"a row of {len(texts)}",
                ref.place,
            )
        page = pages[-1]
        if state == "left":
            page.left_rows.append(Row(tuple(texts), ref))
        elif state == "right":
            page.right_rows.append(Row(tuple(texts), ref))
        else:
            left, right = tuple(texts[:7]), tuple(texts[7:])
            if not any(t.strip() for t in left[:6]) and page.left_rows:
                # a continuation row: a new spread, so the assembler attaches its right half to
                # the plan before it as it does after a page break
                page = PageTable(left_header=ref, right_header=ref)
                pages.append(page)
            page.left_rows.append(Row(left, ref))
            if any(t.strip() for t in right) or any(t.strip() for t in left[:6]):
                page.right_rows.append(Row(right, ref))


#: How an agency's name ends (部, 委員會, 署 …): preferred over other text above the tables.
_AGENCY_END = re.compile(r"(部|會|署|院|局|處|府|館|所|中心|辦公室)$")
#: Labels above a table that are not the agency: 附件一, 附表2.
_LABEL = re.compile(r"^附(件|表|錄)[\d一二三四五六七八九十]*$")
_TITLE_PARTS = (TITLE, "重要社會發展、重大科技發展計畫", "執行情形及目標達成情形表")


def _title_rest(text: str) -> str:
    """A paragraph without its unit, year and title, spaces and a Markdown ``#`` removed: what
    may be the agency (數位發展部114年度重要社會發展…表 -> 數位發展部)."""
    rest = despace(_YEAR.sub("", _UNIT.sub("", text))).lstrip("#")
    for part in _TITLE_PARTS:
        rest = rest.replace(part, "")
    return rest


def _agency(candidates: list[tuple[str, bool]], fiscal_year: int) -> str | None:
    """The agency: the first text above the report's first table (else anywhere outside the
    tables) that is not furniture or a label, one that ends as an agency's name first."""

    def usable(rest: str) -> bool:
        return bool(rest) and not _LABEL.match(rest) and not is_furniture(rest, "", fiscal_year)

    for pool in ([r for r, before in candidates if before], [r for r, _ in candidates]):
        names = [r for r in pool if usable(r)]
        named = [r for r in names if _AGENCY_END.search(r)]
        if named or names:
            return (named or names)[0]
    return None


def _trimmed(texts: list[str]) -> list[str]:
    """Cell texts without the trailing empty cells of a wider grid."""
    while texts and not texts[-1].strip():
        texts = texts[:-1]
    return texts


def where_ref(ref: SourceRef) -> str:
    return ref.place or f"block {ref.line}"


def read_office_tables(path: Path, raw: bytes, kind: str) -> SourceTables:
    """The page tables of an ``odt`` or ``docx`` document (``kind`` from :func:`office_kind`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except _ZIP_ERRORS as exc:
        raise _error(
            path, "a readable zip archive (.docx or .odt)", f"a damaged one ({exc})"
        ) from None
    with archive:
        front = _Word(path, archive) if kind == "docx" else _Odf(path, archive)
        reader = _Reader(path, kind, front.body())
    meta = reader.metadata()
    tables = reader.tables(meta)
    tables.sha256 = hashlib.sha256(raw).hexdigest()
    return tables


def place_of(tables: SourceTables, error: ReportFormatError) -> ReportFormatError:
    """An assembler error on an office source, naming the table row instead of the block."""
    if error.place is not None or tables.source_kind not in ("docx", "odt") or not error.line:
        return error
    role_refs = {
        row.ref.line: row.ref
        for page in tables.pages
        for row in [*page.left_rows, *page.right_rows]
    }
    ref = role_refs.get(error.line)
    if ref is None or ref.place is None:
        return error
    return ReportFormatError(error.path, error.line, error.expected, error.found, place=ref.place)
