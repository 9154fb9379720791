"""The one number reader: numerals in every form, ranges, qualifiers, names (property-tested)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govplans.analyse.quantities import extract_quantities
from govplans.analyse.quantity import find_numbers, name_kind, normalise_width, read_number

_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """``n`` (0 < n < 10**8) written in Chinese numerals the way a report writes it."""

    def below_10000(x: int, leading: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = x // value % 10
            if digit == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            if unit == "十" and digit == 1 and not out and leading:
                out += "十"
            else:
                out += _DIGITS[digit] + unit
        return out

    high, low = divmod(n, 10_000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "萬"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low, False)
    return text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("二十五", 25),
        ("三百六十", 360),
        ("兩", 2),
        ("五千", 5000),
        ("2.4萬", 24000),
        ("3億4,560萬", 345_600_000),
        ("2千餘", 2000),
        ("２５０", 250),
        ("1萬2,356", 12356),
        ("一萬零五", 10005),
    ],
)
def test_numerals_in_every_form(text, value):
    assert read_number(text) == Decimal(value)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_back(n):
    assert read_number(chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_full_width_and_grouped_numerals_read_back(n):
    full = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert read_number(full) == n
    assert read_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_wan_reads_back(wan, rest):
    text = f"{wan}萬{rest:,}" if rest else f"{wan}萬"
    assert read_number(text) == wan * 10_000 + rest


@given(
    st.text(
        alphabet="0123456789０１２３４５６７８９,.至~-萬億千十百一二兩三場家人%年月號G ",
        max_size=30,
    )
)
def test_spans_always_index_the_text(text):
    for number in find_numbers(text):
        assert 0 <= number.start < number.end <= len(text)
        assert text[number.start : number.end].strip()
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.phrase
    assert len(normalise_width(text)) == len(text)


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(["場", "家", "座", "件"]))
def test_a_quantity_in_any_numeral_form_is_read(n, word):
    # (a lone 一 forms words, 一次性, more often than it counts: see the words test below)
    for numeral in (str(n), f"{n:,}", chinese(n)):
        (q,) = extract_quantities(f"完成{numeral}{word}")
        assert q.value == n and q.unit == word


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("近5,000人", "<"),
        ("未達5,000人", "<"),
        ("不足30家", "<"),
        ("逾200項", ">"),
        ("超過200項", ">"),
        ("2千餘人", ">"),
        ("至少10場", ">="),
        ("10場以上", ">="),
        ("約300件", "~"),
        ("共計12期", ""),
    ],
)
def test_qualifiers_have_their_meaning(text, meaning):
    (number,) = find_numbers(text)
    assert number.meaning == meaning


def test_near_is_below_for_an_achieved_figure():
    (q,) = extract_quantities("參與人數近5,000人")
    assert q.bound == "<" and q.value == 5000


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("輔導20至25家", 20, 25),
        ("輔導20~25家", 20, 25),
        ("輔導20-25家", 20, 25),
        ("20家至25家", 20, 25),
    ],
)
def test_ranges_keep_both_bounds(text, low, high):
    (q,) = extract_quantities(text)
    assert (q.value, q.high) == (low, high)
    assert text[q.start : q.end] == q.phrase and q.phrase.startswith("20")


@pytest.mark.parametrize(
    "text",
    [
        "110報案服務",
        "113保護專線",
        "撥打1922防疫專線",
        "撥打1957",
        "5G基地臺",
        "6G研發",
        "IPv6",
        "通過ISO 27001驗證",
        "114年",
        "3月底",
    ],
)
def test_numbers_that_are_names_codes_or_dates_are_never_quantities(text):
    assert extract_quantities(text) == []
    assert all(n.name is not None for n in find_numbers(text))


def test_a_name_does_not_hide_the_figure_after_it():
    (q,) = extract_quantities("113保護專線接聽3萬通")
    assert (q.value, q.unit) == (30000, "通")
    (q,) = extract_quantities("辦理3場電話訪問")
    assert q.value == 3


def test_name_kind_reads_words_around_the_number():
    assert name_kind("撥打1957專線", 2, 6) == "name"
    assert name_kind("114年", 0, 3) == "date"
    assert name_kind("辦理30場", 2, 4) is None


@pytest.mark.parametrize(
    "text", ["一次用塑膠", "零組件驗證", "單位：千元", "一站式服務", "每十萬人口"]
)
def test_words_made_of_numerals_are_no_quantities(text):
    assert extract_quantities(text) == []
