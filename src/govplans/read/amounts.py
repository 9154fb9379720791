"""Amounts, units and periods as printed in the table's cells.

Amounts are read exactly (:class:`~decimal.Decimal`) in the unit the report prints them in and
converted to thousand TWD exact to the yuan (:func:`to_thousand`): ``1,234,567.8`` 萬元 is
12,345,678 千元, ``39,874,215,346`` 元 is 39,874,215.346 千元. A dash (``-``, ``－``, ``—``,
``–``) is a zero. An amount may be as precise as 千元 (one decimal in 萬元), or to the yuan in a
report printed in 元; anything finer is a misprint and an error.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.text import despace

_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_PERIOD = re.compile(r"^(\d{2,3})年(\d{1,2})月(?:至|~|～|-|－)(\d{2,3})年(\d{1,2})月$")

#: How a zero amount is printed besides ``0``: a dash of any width.
ZERO_DASHES = frozenset("-－—–")
#: Multiplier to thousand TWD for each unit the layout uses (after 新臺幣).
UNIT_FACTORS = {
    "元": Decimal("0.001"),
    "千元": Decimal(1),
    "萬元": Decimal(10),
    "百萬元": Decimal(1000),
}
#: Thousand TWD are kept to the yuan: three decimals.
YUAN = Decimal("0.001")
DEFAULT_UNIT = "新臺幣千元"


def amount_decimals(factor: Decimal) -> int:
    """Decimals a printed amount may carry: down to 千元 (萬元 1, 百萬元 3), none in 元 or 千元."""
    return max(0, len(str(int(factor))) - 1)


def parse_amount(
    text: str,
    path: str | Path = "<text>",
    line: int = 0,
    what: str = "amount",
    page: int | None = None,
    unit: str = DEFAULT_UNIT,
) -> Decimal:
    """Parse an amount as printed in ``unit``: thousands separators (``1,549,044``), decimals
    the unit allows (``2,856,432.5`` in 萬元), a dash for zero. Not converted: see
    :func:`to_thousand`."""
    factor = unit_factor(unit)
    if factor is None:
        raise ValueError(f"unknown amount unit {unit!r}")
    decimals = amount_decimals(factor)
    value = text.strip()
    if value in ZERO_DASHES:
        return Decimal(0)
    match = _AMOUNT.match(value)
    if not match or len(match.group(1) or "") > decimals:
        raise ReportFormatError(
            path,
            line,
            _expected_amount(what, unit, decimals),
            repr(value) if value else "an empty cell",
            page=page,
        )
    return Decimal(value.replace(",", ""))


def _expected_amount(what: str, unit: str, decimals: int) -> str:
    if not decimals:
        return f"an amount such as 1,549,044 in {what} ({unit}: no decimals; - for zero)"
    plural = "s" if decimals > 1 else ""
    return (
        f"an amount such as 1,549,044 or 1,549,044.5 in {what} ({unit}: at most {decimals} "
        f"decimal{plural}; - for zero)"
    )


def to_thousand(amount: Decimal, factor: Decimal) -> float:
    """A printed amount in thousand TWD, exact to the yuan (rounded to 3 decimals)."""
    return float((amount * factor).quantize(YUAN))


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


def unit_factor(unit: str) -> Decimal | None:
    """The multiplier to thousand TWD of a printed unit (``新臺幣萬元`` -> 10, ``新臺幣元`` ->
    0.001), or ``None``."""
    for prefix in ("新臺幣", "新台幣"):
        if unit.startswith(prefix):
            return UNIT_FACTORS.get(unit.removeprefix(prefix))
    return None
