"""Make the ODF and Word editions of two known reports (tests/fixtures/office/).

Each edition holds the same tables as its text edition (the page tables the text reader finds,
spread by spread), written as a word processor would: a title block of paragraphs, then the
left (7-column) and right (3-column) tables, or one 10-column table per spread. The truth is
the text edition read with ``govplans.read_report``; the tests require each edition to read
exactly the same report.

- ``moda_114.docx``: the bundled report; spreads as two tables; the year (中華民國 114 年度) and
  the unit on their own lines; item lists of ``1.`` … as Word's automatic numbering (the
  numbers are not in the text: numbering.xml, ``decimal`` ``%1.``).
- ``mohw_114_wan.docx``: a 萬元 report with decimals; one 10-column table per spread; the year
  and unit on one line (「114年度　　單位：新臺幣萬元」); ``(一)`` and ``一、`` lists as automatic
  numbering (``taiwaneseCountingThousand``); a continuation row's six empty leading cells as one
  merged cell (``w:gridSpan``); one plan's row split in two with its other cells merged
  vertically (``w:vMerge``).
- ``*.odt``: each DOCX converted by LibreOffice (``soffice --headless --convert-to odt``), so the
  lists are ODF list styles and the merged cells ``table:covered-table-cell``.
- ``*_lo.docx``: each ODT converted back to DOCX by LibreOffice: another producer's Word XML
  (a cell's list as one list instance restarting the numbers, then another continuing them).

Needs python-docx (the ``fixtures`` extra) and LibreOffice Writer (apt-get install
libreoffice-writer-nogui). Run: ``.venv/bin/python scripts/make_office_fixtures.py [NAME ...]``
(every edition, or those named). A text edition's cover notes (the constructed-data notice of
a synthetic report) are written under the first title block.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from govplans.read.cells import html_blocks, starts_with_marker
from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER, TITLE, PageTable, SourceTables
from govplans.read.text import read_text_tables

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "office"

#: Item markers written as automatic numbering: regex on a block's start -> (numFmt, lvlText).
STYLES = {
    "decimal": (re.compile(r"^(\d{1,2})\.\s*"), "decimal", "%1."),
    "cn_paren": (
        re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*"),
        "taiwaneseCountingThousand",
        "(%1)",
    ),
    "cn": (re.compile(r"^([一二三四五六七八九十]{1,3})、\s*"), "taiwaneseCountingThousand", "%1、"),
}
_CN = "一二三四五六七八九"


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN.index(text) + 1
    tens, _, units = text.partition("十")
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(units) + 1 if units else 0)


@dataclass
class Edition:
    source: Path
    name: str
    wide: bool  # one 10-column table per spread (else a left and a right table)
    year_and_unit_one_line: bool
    numbered_styles: tuple[str, ...]
    merge: bool  # continuation rows' leading cells merged; one plan split with vMerge


EDITIONS = [
    Edition(
        ROOT / "data/raw/moda_114_plan_execution.txt", "moda_114", False, False, ("decimal",), False
    ),
    Edition(
        ROOT / "tests/fixtures/variety/mohw_114_wan.txt",
        "mohw_114_wan",
        True,
        True,
        ("cn_paren", "cn"),
        True,
    ),
]


class Numbering:
    """Word list definitions added to the document's numbering part: one abstract list per
    style, one list instance (restarting at 1) per cell."""

    def __init__(self, document) -> None:
        self.part = document.part.numbering_part.element
        self.abstract: dict[str, int] = {}
        self.next_id = 100

    def new_list(self, style: str) -> int:
        if style not in self.abstract:
            abstract_id = 50 + len(self.abstract)
            _, fmt, text = STYLES[style]
            node = OxmlElement("w:abstractNum")
            node.set(qn("w:abstractNumId"), str(abstract_id))
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), "0")
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                lvl.append(child)
            node.append(lvl)
            first_num = self.part.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(node)
            else:
                self.part.append(node)
            self.abstract[style] = abstract_id
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(self.abstract[style]))
        num.append(ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self.part.append(num)
        return self.next_id


def _numbered(blocks: list[str], styles: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """The style and the marker-less texts when every block is item 1, 2, … of one style."""
    for style in styles:
        pattern = STYLES[style][0]
        texts = []
        for expected, block in enumerate(blocks, start=1):
            match = pattern.match(block)
            if not match or _number(match.group(1)) != expected:
                break
            texts.append(block[match.end() :])
        else:
            if blocks:
                return style, texts
    return None


def _set_numbering(paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num_id_el = OxmlElement("w:numId")
    num_id_el.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(num_id_el)
    p_pr.append(num_pr)


def fill(cell, text: str, edition: Edition, numbering: Numbering, long: bool) -> None:
    """Write a text-edition cell into a Word cell: its blocks as paragraphs, numbered
    automatically where all of them are items of one style."""
    if not long:
        blocks = [html.unescape(text).strip()] if text.strip() else []
    else:
        blocks = html_blocks(text)
    numbered = _numbered(blocks, edition.numbered_styles) if long else None
    texts = numbered[1] if numbered else blocks
    num_id = numbering.new_list(numbered[0]) if numbered else None
    for index, block in enumerate(texts):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(block)
        if num_id is not None:
            _set_numbering(paragraph, num_id)


def _merge_v(cell, value: str | None) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    merge = OxmlElement("w:vMerge")
    if value:
        merge.set(qn("w:val"), value)
    tc_pr.append(merge)


def title_block(document, tables: SourceTables, edition: Edition) -> None:
    meta = tables.meta
    document.add_paragraph(meta.agency)
    document.add_paragraph(TITLE)
    unit = f"單位：{meta.unit}"
    if edition.year_and_unit_one_line:
        document.add_paragraph(f"{meta.fiscal_year}年度\u3000\u3000{unit}")
    else:
        document.add_paragraph(f"中華民國 {meta.fiscal_year} 年度")
        document.add_paragraph(unit)


def _split_plan(cells: tuple[str, ...]) -> tuple[str, str] | None:
    """A plan row whose planned work has several items: the cell cut before its last item (as
    a row broken across a page is, in a word processor that splits it into two rows)."""
    blocks = html_blocks(cells[6])
    if len(blocks) < 2 or not all(c.strip() for c in cells[:6]):
        return None
    if not starts_with_marker(blocks[-1]):
        return None
    head = "".join(f"<p>{html.escape(b, quote=False)}</p>" for b in blocks[:-1])
    return head, html.escape(blocks[-1], quote=False)


def spread_rows(page: PageTable) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """A spread as 10-column rows: a continuation (left, right or both) first, then one row per
    new plan."""
    left = list(page.left_rows)
    right = list(page.right_rows)
    rows = []
    left_cont = bool(left) and not any(c.strip() for c in left[0].cells[:6])
    new = len(left) - left_cont
    right_cont = len(right) == new + 1
    if left_cont or right_cont:
        lc = left.pop(0).cells if left_cont else ("",) * 7
        rc = right.pop(0).cells if right_cont else ("",) * 3
        rows.append((lc, rc))
    rows += [(lrow.cells, rrow.cells) for lrow, rrow in zip(left, right, strict=True)]
    return rows


def write_wide(
    document, page: PageTable, edition: Edition, numbering: Numbering, split: list[bool]
):
    rows = spread_rows(page)
    table = document.add_table(rows=1, cols=10)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, LEFT_HEADER + RIGHT_HEADER, strict=True):
        cell.paragraphs[0].add_run(text)
    for left, right in rows:
        cells = left + right
        continuation = not any(c.strip() for c in left[:6])
        parts = _split_plan(left) if edition.merge and not split[0] else None
        if parts is not None:
            split[0] = True
            first = table.add_row().cells
            second = table.add_row().cells
            for index, text in enumerate(cells):
                if index == 6:
                    fill(first[6], parts[0], edition, numbering, True)
                    fill(second[6], parts[1], edition, numbering, True)
                    continue
                fill(first[index], text, edition, numbering, index >= 6)
                _merge_v(first[index], "restart")
                _merge_v(second[index], None)
            continue
        new = table.add_row().cells
        for index, text in enumerate(cells):
            fill(new[index], text, edition, numbering, index >= 6)
        if continuation and edition.merge:
            new[0].merge(new[5])  # one empty cell across the six leading columns
    return table


def write_pair(document, page: PageTable, edition: Edition, numbering: Numbering) -> None:
    for header, rows in ((LEFT_HEADER, page.left_rows), (RIGHT_HEADER, page.right_rows)):
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.paragraphs[0].add_run(text)
        for row in rows:
            cells = table.add_row().cells
            for index, text in enumerate(row.cells):
                long = len(header) == 3 or index == 6
                fill(cells[index], text, edition, numbering, long)
        document.add_paragraph("")


def make_docx(edition: Edition, target: Path) -> None:
    tables = read_text_tables(edition.source, edition.source.read_bytes())
    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(9)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK TC")
    numbering = Numbering(document)
    split = [False]
    for index, page in enumerate(tables.pages):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        title_block(document, tables, edition)
        if not index:  # the cover's notes (a constructed report's notice) under the first title
            for _, note in tables.notes:
                document.add_paragraph(note)
        if edition.wide:
            write_wide(document, page, edition, numbering, split)
        else:
            write_pair(document, page, edition, numbering)
    document.core_properties.author = "govplans fixtures"
    document.save(str(target))


def convert(source: Path, target: Path, fmt: str) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.move(Path(tmp) / f"{source.stem}.{fmt}", target)


def main() -> None:
    """Make every edition, or those named on the command line (``mohw_114_wan``)."""
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(sys.argv[1:])
    unknown = wanted - {e.name for e in EDITIONS}
    if unknown:
        sys.exit(f"no such edition: {', '.join(sorted(unknown))}")
    for edition in EDITIONS:
        if wanted and edition.name not in wanted:
            continue
        docx = OUT / f"{edition.name}.docx"
        odt, lo_docx = OUT / f"{edition.name}.odt", OUT / f"{edition.name}_lo.docx"
        make_docx(edition, docx)
        convert(docx, odt, "odt")
        with tempfile.TemporaryDirectory() as tmp:
            named = Path(tmp) / f"{edition.name}_lo.odt"
            shutil.copy(odt, named)
            convert(named, lo_docx, "docx")
        for path in (docx, odt, lo_docx):
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
