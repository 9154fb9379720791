"""Where a value came from: the source file and a line (text sources), a page (PDF sources) or
a table row (ODF and Word sources)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceRef:
    """A place in a source file: ``line`` for extracted text, ``page`` once PDFs are read.

    ``line`` is 1-based; 0 means the file as a whole. ``page`` is the PDF page number (1-based)
    and ``printed_page`` the page number printed on it, where the page shows one.

    An ODF or Word source numbers its body blocks (paragraphs and table rows, in document
    order) in ``line``, and names a table row by ``table`` and ``row`` (1-based; ``cell`` where
    one cell is meant).
    """

    path: str
    line: int = 0
    page: int | None = None
    printed_page: str | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    @property
    def place(self) -> str | None:
        """A table place as an error names it (``table 2, row 5``), or ``None``."""
        if self.table is None:
            return None
        place = f"table {self.table}, row {self.row}"
        return place if self.cell is None else f"{place}, cell {self.cell}"

    def __str__(self) -> str:
        if self.page is not None:
            return f"{self.path}: page {self.page}"
        if self.place is not None:
            return f"{self.path}: {self.place}"
        return f"{self.path}:{self.line}"


def join_ids(numbers: Iterable[int]) -> str:
    """Numbers as a comma-joined id list (``67,81,88``): how tables store line and item lists."""
    return ",".join(str(int(n)) for n in numbers)


def parse_ids(text: object) -> list[int]:
    """A comma-joined id list back to numbers; empty or missing gives ``[]``."""
    if text is None or str(text) in ("nan", "<NA>", "None"):
        return []
    return [int(n) for n in str(text).split(",") if n.strip()]
