"""Amounts as other agencies print them: dashes for zero, one decimal in 萬元, whole yuan in 元;
converted to thousand TWD exact to the yuan, and misprints named with their line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govplans.model.errors import ReportFormatError
from govplans.model.values import amount_value
from govplans.read.amounts import amount_decimals, parse_amount, to_thousand, unit_factor

AMOUNTS = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")


# --- the cell ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dash", ["-", "－", "—", "–", " — ", "\u3000－\u3000"])
@pytest.mark.parametrize("unit", ["新臺幣千元", "新臺幣萬元", "新臺幣元", "新臺幣百萬元"])
def test_a_dash_is_zero_in_every_unit(dash, unit):
    assert parse_amount(dash, unit=unit) == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [("2,856,432.5", Decimal("2856432.5")), ("0.5", Decimal("0.5")), ("1,234", Decimal(1234))],
)
def test_one_decimal_in_wan(text, value):
    assert parse_amount(text, unit="新臺幣萬元") == value


def test_whole_yuan_in_yuan():
    assert parse_amount("39,874,215,346", unit="新臺幣元") == Decimal(39_874_215_346)


@pytest.mark.parametrize(
    ("unit", "text", "precision"),
    [
        ("新臺幣萬元", "2,856,432.55", "at most 1 decimal"),
        ("新臺幣元", "39,874,215,346.5", "no decimals"),
        ("新臺幣千元", "1,549,044.5", "no decimals"),
    ],
)
def test_finer_than_the_unit_allows_is_an_error_that_says_what_was_expected(unit, text, precision):
    with pytest.raises(ReportFormatError) as caught:
        parse_amount(text, "r.txt", 19, "計畫核定總經費", unit=unit)
    message = str(caught.value)
    assert message.startswith("r.txt:19: expected an amount such as 1,549,044")
    assert f"in 計畫核定總經費 ({unit}: {precision}; - for zero)" in message
    assert message.endswith(f"found {text!r}")


@pytest.mark.parametrize("text", ["--", "-5", "－0", "1.2.3", ".5", "5.", "1,234.5,6", "—1"])
def test_dashes_and_points_elsewhere_are_errors(text):
    with pytest.raises(ReportFormatError, match="an amount such as 1,549,044"):
        parse_amount(text, unit="新臺幣萬元")


@pytest.mark.parametrize(
    ("unit", "factor", "decimals"),
    [
        ("新臺幣元", Decimal("0.001"), 0),
        ("新臺幣千元", 1, 0),
        ("新台幣千元", 1, 0),
        ("新臺幣萬元", 10, 1),
        ("新臺幣百萬元", 1000, 3),
    ],
)
def test_units_and_their_precision(unit, factor, decimals):
    assert unit_factor(unit) == factor
    assert amount_decimals(Decimal(factor)) == decimals


@pytest.mark.parametrize("unit", ["新臺幣億元", "新臺幣", "千元", "美元", "新臺幣千元整"])
def test_other_units_are_unknown(unit):
    assert unit_factor(unit) is None


# --- to thousand TWD ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "thousand"),
    [
        ("1,234,567.8", "新臺幣萬元", 12_345_678),
        ("0.1", "新臺幣萬元", 1),
        ("1,234,567,890", "新臺幣元", 1_234_567.89),
        ("39,874,215,346", "新臺幣元", 39_874_215.346),
        ("1", "新臺幣元", 0.001),
        ("1,549,044", "新臺幣千元", 1_549_044),
        ("1.234", "新臺幣百萬元", 1_234),
        ("—", "新臺幣元", 0),
    ],
)
def test_converted_to_thousand_twd_exactly(text, unit, thousand):
    value = to_thousand(parse_amount(text, unit=unit), unit_factor(unit))  # type: ignore[arg-type]
    assert value == thousand
    assert isinstance(value, float)


@given(st.integers(min_value=0, max_value=10**14))
def test_yuan_amounts_keep_every_yuan(yuan):
    """Any whole-yuan amount up to 100 trillion: thousand TWD to the yuan, and back."""
    thousand = to_thousand(parse_amount(f"{yuan:,}", unit="新臺幣元"), Decimal("0.001"))
    assert thousand == float(Decimal(yuan) / 1000)
    assert round(thousand * 1000) == yuan
    assert amount_value(thousand) == (yuan // 1000 if yuan % 1000 == 0 else thousand)


@given(st.integers(min_value=0, max_value=10**12))
def test_wan_amounts_with_one_decimal_are_whole_thousands(tenths):
    wan = f"{tenths // 10:,}.{tenths % 10}"
    thousand = to_thousand(parse_amount(wan, unit="新臺幣萬元"), Decimal(10))
    assert thousand == tenths
    assert amount_value(thousand) == tenths and isinstance(amount_value(thousand), int)


# --- whole reports -----------------------------------------------------------------------------


def test_a_report_in_wan_with_decimals_and_a_dash(layout, parse_text):
    text = layout.text(
        [
            (
                [
                    layout.left(total="2,856,432.5", appropriated="712,310.8", executed="-"),
                    layout.left(name="乙計畫", total="1,000", appropriated="0.1", executed="0"),
                ],
                [layout.right()] * 2,
            )
        ],
        unit="新臺幣萬元",
    )
    report = parse_text(text)
    assert report.unit == "新臺幣萬元"
    assert report.plans[list(AMOUNTS)].values.tolist() == [
        [28_564_325, 7_123_108, 0],
        [10_000, 1, 0],
    ]
    assert report.findings == []


def test_a_report_in_yuan_keeps_every_yuan(yuan_report):
    report = yuan_report
    assert report.unit == "新臺幣元"
    assert report.plans[list(AMOUNTS)].values.tolist() == [
        [52_800_000, 41_236_580, 39_874_215.346],
        [8_650_000, 0, 0],
    ]


@pytest.mark.parametrize(
    ("unit", "cell", "precision"),
    [("新臺幣萬元", "2,856,432.55", "at most 1 decimal"), ("新臺幣元", "1,234.5", "no decimals")],
)
def test_a_misprinted_amount_names_its_line(layout, parse_text, unit, cell, precision):
    text = layout.text(
        [([layout.left(), layout.left(name="乙計畫", executed=cell)], [layout.right()] * 2)],
        unit=unit,
    )
    with pytest.raises(ReportFormatError) as caught:
        parse_text(text)
    assert caught.value.line == layout.line_of(text, "乙計畫")
    assert caught.value.expected == (
        "an amount such as 1,549,044"
        + (" or 1,549,044.5" if unit == "新臺幣萬元" else "")
        + f" in 截至本年底止累計執行數 ({unit}: {precision}; - for zero)"
    )
    assert caught.value.found == repr(cell)


def test_findings_quote_amounts_to_the_yuan(layout, parse_text):
    text = layout.text(
        [
            (
                [layout.left(total="9,000", appropriated="1,234,567", executed="1,234,568")],
                [layout.right()],
            )
        ],
        unit="新臺幣元",
    )
    messages = {f.code: f.message for f in parse_text(text).findings}
    assert messages["executed_exceeds_appropriated"] == (
        "累計執行數 1,234.568 千元 exceeds 已編列預算數 1,234.567 千元"
    )
    assert messages["appropriated_exceeds_total"] == (
        "已編列預算數 1,234.567 千元 exceeds 計畫核定總經費 9 千元"
    )
