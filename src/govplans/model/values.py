"""Missing values, the same test everywhere (None, NaN, pandas NA)."""

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
