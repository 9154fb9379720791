"""Page tables: what every reader produces and the shared assembler consumes.

The printed table comes in spreads: a left table of 7 cells per row (計畫名稱 … 本年度預定工作摘要)
and a right table of 3 cells (執行情形, 績效目標, 達成說明) whose rows belong, in order, to the
plans of the left table. A reader (extracted text, :mod:`govplans.read.text`; the PDF,
:mod:`govplans.read.pdf`) finds the tables and their rows with provenance; it knows nothing
about plans, continuations or items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from govplans.model.provenance import SourceRef

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
TITLE = "重要社會發展、重大科技發展計畫執行情形及目標達成情形表"


@dataclass(frozen=True)
class Row:
    """One table row: its cells as extracted (7 left, 3 right) and where it starts."""

    cells: tuple[str, ...]
    ref: SourceRef
    #: Where the row starts on its page (PDF points from the bottom), where a reader knows it.
    top: float | None = None


@dataclass
class PageTable:
    """One spread: the left table's rows and the right table's rows, each with its header."""

    left_header: SourceRef
    left_rows: list[Row] = field(default_factory=list)
    right_header: SourceRef | None = None
    right_rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class ReportMeta:
    """What a reader finds outside the tables: agency, fiscal year (ROC), unit as printed, and
    the multiplier from the printed unit to thousand TWD (0.001 for 元, 10 for 萬元)."""

    agency: str
    fiscal_year: int
    unit: str
    factor: Decimal


@dataclass
class SourceTables:
    """Everything a reader extracts from one source file, for :func:`~govplans.read.assemble`."""

    path: str
    sha256: str
    meta: ReportMeta
    pages: list[PageTable]
    #: Text outside the tables that is not recognised page furniture: kept, never dropped.
    notes: list[tuple[int, str]] = field(default_factory=list)
    #: Role of every line (text sources) or text block: blank, furniture, header, row, note.
    line_roles: dict[int, str] = field(default_factory=dict)
    #: Where the source ends (the last line or page), for errors about a truncated file.
    end: SourceRef | None = None
    #: What a row's position is: ``line`` (extracted text) or ``page`` (PDF).
    position: str = "line"
    #: The page numbers printed on the pages, by PDF page (PDF sources).
    printed_pages: dict[int, str] = field(default_factory=dict)
    #: The pages whose text OCR read (a scan): every plan on them gets a finding.
    ocr_pages: list[int] = field(default_factory=list)
    #: The report's ``source_kind`` where it is neither ``text`` nor ``pdf`` (``docx``, ``odt``:
    #: rows are placed by their body block in ``line``).
    source_kind: str = ""


def where(ref: SourceRef) -> str:
    """A place as an error message names it: ``line 42``, ``page 3`` or ``table 2, row 5``."""
    if ref.place is not None:
        return ref.place
    return f"page {ref.page}" if ref.page is not None else f"line {ref.line}"
