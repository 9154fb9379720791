"""Amounts, units and periods as printed in the table's cells."""

from __future__ import annotations

import re
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.text import despace

_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")
_PERIOD = re.compile(r"^(\d{2,3})年(\d{1,2})月(?:至|~|～|-|－)(\d{2,3})年(\d{1,2})月$")

#: Multiplier to thousand TWD for each unit the layout uses.
UNIT_FACTORS = {"千元": 1, "萬元": 10, "百萬元": 1000}


def parse_amount(
    text: str,
    path: str | Path = "<text>",
    line: int = 0,
    what: str = "amount",
    page: int | None = None,
) -> int:
    """Parse an amount printed with thousands separators (``1,549,044``)."""
    value = text.strip()
    if not _AMOUNT.match(value):
        raise ReportFormatError(
            path,
            line,
            f"an amount such as 1,549,044 in {what}",
            repr(value) if value else "an empty cell",
            page=page,
        )
    return int(value.replace(",", ""))


def parse_period(
    text: str, path: str | Path = "<text>", line: int = 0, page: int | None = None
) -> tuple[int, int, int, int]:
    """Parse an ROC period ``113年1月至115年12月`` into (start year, month, end year, month)."""
    value = despace(text)
    match = _PERIOD.match(value)
    if not match:
        raise ReportFormatError(
            path,
            line,
            "a period such as 113年1月至115年12月 in 計畫期程",
            repr(value) if value else "an empty cell",
            page=page,
        )
    sy, sm, ey, em = (int(g) for g in match.groups())
    for month in (sm, em):
        if not 1 <= month <= 12:
            raise ReportFormatError(
                path, line, "months 1 to 12 in 計畫期程", f"month {month} in {value!r}", page=page
            )
    if (ey, em) < (sy, sm):
        raise ReportFormatError(
            path, line, "a period whose end is not before its start", repr(value), page=page
        )
    return sy, sm, ey, em


def unit_factor(unit: str) -> int | None:
    """The multiplier to thousand TWD of a printed unit (``新臺幣萬元`` -> 10), or ``None``."""
    if not unit.startswith(("新臺幣", "新台幣")):
        return None
    # Longest suffix first: 新臺幣百萬元 also ends with 萬元.
    for suffix in sorted(UNIT_FACTORS, key=len, reverse=True):
        if unit.endswith(suffix):
            return UNIT_FACTORS[suffix]
    return None
