"""Errors the package raises on bad input."""

from __future__ import annotations

from pathlib import Path


class ReportFormatError(ValueError):
    """The input is not a plan-execution report in the expected layout.

    Always names the file, the line (1-based) or page and what was expected, so the message alone
    tells a user where to look: ``report.txt:42: expected 7 tab-separated cells …, found 6``,
    ``report.pdf: page 3: expected …`` for a PDF source, or ``report.pdf: expected …`` for the
    file as a whole (line 0, no page); ``report.docx: table 2, row 5: expected …`` (``place``) for
    an ODF or Word source.
    """

    def __init__(
        self,
        path: str | Path,
        line: int,
        expected: str,
        found: str | None = None,
        page: int | None = None,
        place: str | None = None,
    ):
        self.path = str(path)
        self.line = line
        self.page = page
        self.place = place
        self.expected = expected
        self.found = found
        if place is not None:  # a table row or paragraph of an ODF / Word source
            where = f"{self.path}: {place}"
        elif page is not None:
            where = f"{self.path}: page {page}"
        else:
            where = f"{self.path}:{line}" if line else self.path  # line 0: the file as a whole
        message = f"{where}: expected {expected}"
        if found is not None:
            message += f", found {found}"
        super().__init__(message)
