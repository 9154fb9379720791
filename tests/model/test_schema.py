"""The schema registry drives the tables, exports and data dictionary.

(The data dictionary's test is in ``tests/present/test_dictionary.py``; the parsed frames' in
``tests/read/test_seed.py``.)"""

from __future__ import annotations

import pytest

from govplans.model import schema


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_every_field_is_fully_described(table):
    names = schema.columns(table)
    assert len(names) == len(set(names)), f"{table} has duplicate columns"
    for f in schema.fields(table):
        assert f.label_zh and f.label_en and f.description, f"{table}.{f.name} lacks text"
        assert f.dtype in schema.FRICTIONLESS_TYPES, f"{table}.{f.name}: unknown dtype"
        if f.name.endswith("_thousand_twd"):
            assert f.unit == schema.THOUSAND_TWD, f"{table}.{f.name} must carry its unit"
        if f.unit == schema.THOUSAND_TWD:
            assert f.name.endswith("_thousand_twd"), f"{table}.{f.name}: unit not in the name"
        if f.name.endswith("_rate"):
            assert f.unit == schema.RATIO, f"{table}.{f.name} must be a 0-1 ratio"


def test_make_frame_refuses_unknown_or_missing_columns():
    row = {name: None for name in schema.columns("findings")}
    with pytest.raises(ValueError, match="unknown columns"):
        schema.make_frame("findings", [{**row, "surprise": 1}])
    del row["message"]
    with pytest.raises(ValueError, match="missing columns"):
        schema.make_frame("findings", [row])


def test_labels_in_both_languages():
    assert schema.labels("plans")["total_budget_thousand_twd"] == "計畫核定總經費"
    assert schema.labels("plans", "en")["total_budget_thousand_twd"] == "Total approved budget"
    with pytest.raises(KeyError):
        schema.fields("nope")


def test_a_column_shared_by_tables_has_one_dtype_and_unit():
    """A name used in several tables (plan_id, the amounts, rates, counts) is one column."""
    seen: dict[str, tuple[str, str, str | None]] = {}
    for table, table_fields in schema.TABLES.items():
        for f in table_fields:
            first = seen.setdefault(f.name, (table, f.dtype, f.unit))
            assert (f.dtype, f.unit) == first[1:], f"{table}.{f.name} differs from {first[0]}"
