"""Amounts, units and periods as printed in the table's cells.

Amounts are read exactly (:class:`~decimal.Decimal`) in the unit the report prints them in and
converted to thousand TWD exact to the yuan (:func:`to_thousand`): ``1,234,567.8`` 萬元 is
12,345,678 千元, ``39,874,215,346`` 元 is 39,874,215.346 千元. A dash (``-``, ``－``, ``—``,
``–``) is a zero. An amount may be as precise as 千元 (one decimal in 萬元), or to the yuan in a
report printed in 元; anything finer is a misprint and an error.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.text import despace

_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")

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


@dataclass(frozen=True)
class Period:
    """A plan period read from 計畫期程: first and last month in ROC years, and how it was
    printed (:data:`PERIOD_FORMS`)."""

    start_roc_year: int
    start_month: int
    end_roc_year: int
    end_month: int
    form: str
    start_day: int | None = None  # the days, where printed (113年7月1日至116年2月28日)
    end_day: int | None = None

    @property
    def months(self) -> tuple[int, int, int, int]:
        return self.start_roc_year, self.start_month, self.end_roc_year, self.end_month


#: How a period may be printed: the shape (``gregorian_`` before it for a Gregorian one).
PERIOD_FORMS = {
    "year_month": "113年1月至115年12月",
    "year_month_day": "113年7月1日至116年6月30日",
    "years": "113年度至116年度, 113-116年",
    "year": "114年度 (January to December)",
    "months_in_year": "114年1月至12月 (the end in the start's year)",
    "numeric": "113.01-116.12, 113/01-116/12",
}
PERIOD_EXPECTED = (
    "a period such as 113年1月至115年12月, 113年度至116年度, 113.01-116.12 or 114年度 in 計畫期程"
)
#: Separators between start and end (after NFKC: full-width ～ and － are ~ and -).
_SEPARATORS = ("至", "迄", "到", "~", "〜", "～", "—", "–", "－", "─", "-")
#: First ROC year of a Gregorian year: 2025 is 114.
ROC_OFFSET = 1911
_YEAR = r"(?P<y>\d{2,4})"
_SIDES = {
    # one end of a period, by shape: 114年(度), 114, 114年1月(1日), 12月(31日), 114.01(.01)
    "year": re.compile(rf"^{_YEAR}年度?$"),
    "bare_year": re.compile(rf"^{_YEAR}$"),
    "year_month": re.compile(rf"^{_YEAR}年度?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?$"),
    "month": re.compile(r"^(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?$"),
    "numeric": re.compile(rf"^{_YEAR}(?P<sep>[./])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<d>\d{{1,2}}))?$"),
    "dashed": re.compile(rf"^{_YEAR}-(?P<m>\d{{1,2}})(?:-(?P<d>\d{{1,2}}))?$"),
}
_AFFIXES = re.compile(r"民國|西元|公元|中華民國")


class PeriodError(ValueError):
    """A period that cannot be read without doubt: ``found`` says what was there."""

    def __init__(self, found: str, expected: str = PERIOD_EXPECTED):
        self.found = found
        self.expected = expected
        super().__init__(f"expected {expected}, found {found}")


def _normalise_period(text: str) -> str:
    """Full-width digits and signs as ASCII, no whitespace (line wraps), no 民國/西元, no 自…起
    …止 around the ends."""
    value = despace(unicodedata.normalize("NFKC", text))
    value = _AFFIXES.sub("", value)
    value = value.removeprefix("自").removeprefix("從").removesuffix("止")
    # 114年1-12月, 114年1至6月: a month range inside one year, its first month without 月
    return _MONTHS_IN_YEAR.sub(r"\1年\2月\3\4月", value)


_MONTHS_IN_YEAR = re.compile(r"^(\d{2,4})年(\d{1,2})(至|到|~|〜|～|-|－|—|–)(\d{1,2})月$")


def _split_period(value: str) -> tuple[str, str | None]:
    """The start and end as printed (end None for a single year)."""
    for sep in _SEPARATORS[:-1]:
        if value.count(sep) == 1:
            left, right = value.split(sep)
            return left.removesuffix("起"), right
        if value.count(sep) > 1:
            raise PeriodError(repr(value))
    dashes = value.count("-")
    if dashes == 0:
        return value, None
    if dashes == 1:
        left, right = value.split("-")
        return left, right
    if dashes in (3, 5):  # 2024-01-2027-12, 113-07-01-116-06-30: the middle dash divides
        parts = value.split("-")
        half = len(parts) // 2
        return "-".join(parts[:half]), "-".join(parts[half:])
    raise PeriodError(repr(value))


def _side(text: str) -> tuple[str, re.Match[str]] | None:
    for shape, pattern in _SIDES.items():
        match = pattern.match(text)
        if match:
            return shape, match
    return None


def _year(text: str) -> tuple[int, bool]:
    """An ROC year from a printed one, and whether it was Gregorian (four digits)."""
    year = int(text)
    if len(text) == 4:
        if not ROC_OFFSET < year < 2200:
            raise PeriodError(f"the year {text}")
        return year - ROC_OFFSET, True
    if year < 1:
        raise PeriodError(f"the year {text}")
    return year, False


def _check_day(y: int, m: int, d: str | None, value: str) -> None:
    if d is not None and not 1 <= int(d) <= calendar.monthrange(y + ROC_OFFSET, m)[1]:
        raise PeriodError(f"day {int(d)} of month {m} in {value!r}", "days that exist")


_Side = tuple[str, re.Match[str]]


def _combine(
    start: _Side, end: _Side | None, value: str
) -> tuple[tuple[int, int, int, int], str, list[bool]]:
    """The months, the form and, per printed year, whether it is Gregorian."""
    shape, s = start
    if end is None:
        if shape != "year":
            raise PeriodError(repr(value))
        sy, gregorian = _year(s["y"])
        return (sy, 1, sy, 12), "year", [gregorian]
    end_shape, e = end
    if shape in ("year", "bare_year") and end_shape in ("year", "bare_year"):
        (sy, g1), (ey, g2) = _year(s["y"]), _year(e["y"])
        return (sy, 1, ey, 12), "years", [g1, g2]
    if shape == "year_month" and end_shape in ("year_month", "month"):
        sy, g1 = _year(s["y"])
        ey, g2 = _year(e["y"]) if end_shape == "year_month" else (sy, g1)
        if end_shape == "month":
            form = "months_in_year"
        elif s["d"] is not None or e["d"] is not None:
            form = "year_month_day"
        else:
            form = "year_month"
        return (sy, int(s["m"]), ey, int(e["m"])), form, [g1, g2]
    if shape in ("numeric", "dashed") and end_shape == shape:
        (sy, g1), (ey, g2) = _year(s["y"]), _year(e["y"])
        return (sy, int(s["m"]), ey, int(e["m"])), "numeric", [g1, g2]
    raise PeriodError(repr(value))


def read_period(text: str) -> Period:
    """Read 計畫期程 in any form a person reads without doubt (:data:`PERIOD_FORMS`): ROC or
    Gregorian years (converted to ROC), 年度 or 年, dotted or slashed months, days (the month
    counts), one year alone, an end month in the start's year; full-width digits, spaces from
    line wraps, 民國/西元, 自…起…止 and the separators 至 迄 到 ~ 〜 ～ - － — –.

    Raises :class:`PeriodError` for anything else (it names what was found).
    """
    value = _normalise_period(text)
    if not value:
        raise PeriodError("an empty cell")
    try:
        return _read_period(value)
    except PeriodError as error:  # name the cell as printed, not as normalised
        shown = despace(text)
        raise PeriodError(error.found.replace(repr(value), repr(shown)), error.expected) from None


def _read_period(value: str) -> Period:
    left, right = _split_period(value)
    start = _side(left)
    end = _side(right) if right is not None else None
    if start is None or (right is not None and end is None):
        raise PeriodError(repr(value))
    months, form, calendars = _combine(start, end, value)
    if len(set(calendars)) > 1:
        raise PeriodError(f"ROC and Gregorian years mixed in {value!r}", "one calendar")
    sy, sm, ey, em = months
    for month in (sm, em):
        if not 1 <= month <= 12:
            raise PeriodError(f"month {month} in {value!r}", "months 1 to 12 in 計畫期程")
    for (y, m), side in (((sy, sm), start), ((ey, em), end)):
        if side is not None and "d" in side[1].groupdict():
            _check_day(y, m, side[1]["d"], value)
    if (ey, em) < (sy, sm):
        raise PeriodError(repr(value), "a period whose end is not before its start")
    days = [
        int(side[1]["d"]) if side is not None and side[1].groupdict().get("d") else None
        for side in (start, end)
    ]
    return Period(sy, sm, ey, em, ("gregorian_" if calendars[0] else "") + form, *days)


def parse_period(
    text: str, path: str | Path = "<text>", line: int = 0, page: int | None = None
) -> tuple[int, int, int, int]:
    """Parse 計畫期程 (see :func:`read_period`) into (start year, month, end year, month), ROC;
    a period that cannot be read is a :class:`ReportFormatError` naming the file and line."""
    try:
        return read_period(text).months
    except PeriodError as error:
        raise ReportFormatError(path, line, error.expected, error.found, page=page) from None


def unit_factor(unit: str) -> Decimal | None:
    """The multiplier to thousand TWD of a printed unit (``新臺幣萬元`` -> 10, ``新臺幣元`` ->
    0.001), or ``None``."""
    for prefix in ("新臺幣", "新台幣"):
        if unit.startswith(prefix):
            return UNIT_FACTORS.get(unit.removeprefix(prefix))
    return None
