"""Errors the package raises on bad input."""

from __future__ import annotations

from pathlib import Path


class ReportFormatError(ValueError):
    """The input is not a plan-execution report in the expected layout.

    Always names the file, the line (1-based) and what was expected, so the message alone tells a
    user where to look: ``report.txt:42: expected 7 tab-separated cells …, found 6``.
    """

    def __init__(self, path: str | Path, line: int, expected: str, found: str | None = None):
        self.path = str(path)
        self.line = line
        self.expected = expected
        self.found = found
        message = f"{self.path}:{line}: expected {expected}"
        if found is not None:
            message += f", found {found}"
        super().__init__(message)
