"""Missing values, the same test everywhere (None, NaN, pandas NA); amounts as written out."""

from __future__ import annotations

import pandas as pd


def is_missing(value: object) -> bool:
    """True for None and NaN / pandas NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # not a scalar
        return False


def amount_value(thousand_twd: float) -> int | float:
    """An amount in thousand TWD as exports and messages write it: an ``int`` when whole
    (``1549044``), else the value to the yuan (``39874215.346``, never ``1549044.0``)."""
    value = round(float(thousand_twd), 3)
    return int(value) if value.is_integer() else value
