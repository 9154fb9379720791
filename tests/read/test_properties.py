"""Property tests: item splitting round-trips generated lists; amounts and periods round-trip."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govplans import parse_report
from govplans.model.errors import ReportFormatError
from govplans.read.amounts import parse_amount, parse_period
from govplans.read.cells import split_items
from govplans.testing.synthetic import SyntheticPlan, format_items, write_report

FAST = settings(max_examples=60, deadline=None)

WORDS = ["辦理", "完成", "資安", "衛星", "說明會", "韌性", "推動", "驗證", "網路", "報告"]
#: Numbers that look like markers but are not (all occur in real reports).
DECOYS = [
    "2.0",
    "SSG3.0",
    "112-113年度",
    "3、4級",
    "5G",
    "FR3(7-24 GHz)",
    "O-RAN SA",
    "(含原民臺)",
    "12場次",
    "v1.2",
    "第(2)階段",
    "1,549,044千元",
]
PUNCT = ["，", "、", "；"]
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")

item_text = st.builds(
    lambda tokens, stop: "".join(tokens) + stop,
    st.lists(st.sampled_from(WORDS + DECOYS + PUNCT), min_size=1, max_size=6).filter(
        lambda tokens: tokens[0] not in PUNCT
    ),
    st.sampled_from(["。", ""]),
)
item_lists = st.lists(item_text, min_size=1, max_size=6)


def split(*cells: str) -> list:
    return split_items([(cell, line) for line, cell in enumerate(cells, start=1)])


@FAST
@given(items=item_lists, style=st.sampled_from(["ol", "p", "inline"]))
def test_items_round_trip_in_every_style(items, style):
    parsed = split(format_items(items, style))
    assert [it.text for it in parsed] == items
    assert [it.item_no for it in parsed] == list(range(1, len(items) + 1))
    assert {it.sub_item_no for it in parsed} == {0}
    markers = [""] if len(items) == 1 else [f"{n}." for n in range(1, len(items) + 1)]
    assert [it.marker for it in parsed] == markers


@FAST
@given(lead=item_text, items=st.lists(item_text, min_size=2, max_size=5))
def test_lead_sentence_round_trips(lead, items):
    lead = lead.rstrip("。") + "："
    parsed = split(f"<p>{lead} " + format_items(items, "inline") + "</p>")
    assert [(it.item_no, it.text) for it in parsed] == [(0, lead), *enumerate(items, start=1)]


@FAST
@given(
    items=st.lists(st.tuples(item_text, st.lists(item_text, max_size=4)), min_size=1, max_size=4),
    style=st.sampled_from(["inline", "p"]),
)
def test_sub_items_round_trip(items, style):
    pieces = []
    for number, (text, subs) in enumerate(items, start=1):
        pieces.append(f"{number}. {text}")
        pieces += [f"({k}) {sub}" for k, sub in enumerate(subs, start=1)]
    cell = " ".join(pieces) if style == "inline" else " ".join(f"<p>{p}</p>" for p in pieces)
    parsed = split(cell)
    expected = []
    for number, (text, subs) in enumerate(items, start=1):
        expected.append((number, 0, f"{number}.", text))
        expected += [(number, k, f"({k})", sub) for k, sub in enumerate(subs, start=1)]
    assert [(it.item_no, it.sub_item_no, it.marker, it.text) for it in parsed] == expected


@FAST
@given(items=st.lists(item_text, min_size=2, max_size=6), data=st.data())
def test_page_break_anywhere_round_trips(items, data):
    """Cut the list at an item boundary or mid-sentence (between Chinese characters) and
    give the rest as a continuation fragment: the items come back whole, with both lines."""
    k = data.draw(st.integers(0, len(items) - 1), label="item cut")
    text = items[k]
    cuts = [j for j in range(1, len(text)) if CJK.match(text[j - 1]) or CJK.match(text[j])]
    cut = data.draw(st.sampled_from([0, *cuts]), label="char cut")
    numbered = [f"{n}. {t}" for n, t in enumerate(items, start=1)]
    if cut == 0:  # the continuation starts with the next item
        first, rest = numbered[:k], numbered[k:]
        if not first:
            first, rest = numbered[:1], numbered[1:]
    else:  # mid-sentence
        first = [*numbered[:k], f"{k + 1}. {text[:cut]}"]
        rest = [text[cut:], *numbered[k + 1 :]]
    cells = [" ".join(f"<p>{p}</p>" for p in first), " ".join(rest)]
    parsed = split(*cells)
    assert [it.text for it in parsed] == items
    assert [it.item_no for it in parsed] == list(range(1, len(items) + 1))
    if cut:
        assert parsed[k].lines == [1, 2]


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_amounts_round_trip(value):
    assert parse_amount(f"{value:,}") == value
    assert parse_amount(str(value)) == value
    assert parse_amount(f" {value:,}\u3000") == value


@FAST
@given(digits=st.integers(min_value=10, max_value=10**12).map(str), data=st.data())
def test_misplaced_thousands_separators_are_rejected(digits, data):
    bad = [p for p in range(1, len(digits)) if (len(digits) - p) % 3 != 0]
    if not bad:
        return
    p = data.draw(st.sampled_from(bad))
    with pytest.raises(ReportFormatError):
        parse_amount(digits[:p] + "," + digits[p:])


def _spaced(text: str, data) -> str:
    """Insert wrap spaces at random places, as line wrapping does."""
    where = data.draw(st.sets(st.integers(0, len(text)), max_size=3))
    return "".join((" " if i in where else "") + ch for i, ch in enumerate(text))


periods = st.tuples(
    st.integers(80, 150), st.integers(1, 12), st.integers(0, 8), st.integers(1, 12)
).map(lambda t: (t[0], t[1], t[0] + t[2], t[3]))


@FAST
@given(period=periods.filter(lambda p: (p[2], p[3]) >= (p[0], p[1])), data=st.data())
def test_periods_round_trip(period, data):
    sy, sm, ey, em = period
    text = _spaced(f"{sy}年{sm}月至{ey}年{em}月", data)
    assert parse_period(text) == period


@FAST
@given(period=periods, bad_month=st.sampled_from([0, 13, 14, 20, 99]), end=st.booleans())
def test_impossible_months_are_rejected(period, bad_month, end):
    sy, sm, ey, em = period
    sm, em = (sm, bad_month) if end else (bad_month, em)
    with pytest.raises(ReportFormatError, match="months 1 to 12"):
        parse_period(f"{sy}年{sm}月至{ey + 1}年{em}月")


@FAST
@given(period=periods.filter(lambda p: (p[2], p[3]) > (p[0], p[1])))
def test_end_before_start_is_rejected(period):
    sy, sm, ey, em = period
    with pytest.raises(ReportFormatError, match="end is not before its start"):
        parse_period(f"{ey}年{em}月至{sy}年{sm}月")


synthetic_plans = st.builds(
    SyntheticPlan,
    name=st.sampled_from(["5G O-RAN SA驗證計畫", "服務型智慧政府2.0推動計畫", "衛星韌性計畫"]),
    category=st.sampled_from(["社會發展", "科技發展"]),
    period=periods.filter(lambda p: (p[2], p[3]) >= (p[0], p[1])).map(
        lambda p: f"{p[0]}年{p[1]}月至{p[2]}年{p[3]}月"
    ),
    total=st.integers(0, 10**9),
    appropriated=st.integers(0, 10**9),
    executed=st.integers(0, 10**9),
    planned_work=item_lists,
    execution=item_lists,
    targets=item_lists,
    attainment=item_lists,
)


@settings(max_examples=30, deadline=None)
@given(
    plans=st.lists(synthetic_plans, min_size=1, max_size=7),
    per_page=st.integers(1, 3),
    continuations=st.booleans(),
    fiscal_year=st.integers(95, 130),
)
def test_synthetic_reports_round_trip(
    tmp_path_factory, plans, per_page, continuations, fiscal_year
):
    """Whole reports in the real layout (page breaks, continuation rows) parse back exactly."""
    path = tmp_path_factory.mktemp("synthetic") / "report.txt"
    write_report(path, plans, plans_per_page=per_page, continuations=continuations,
                 fiscal_year=fiscal_year)  # fmt: skip
    report = parse_report(path)
    assert report.fiscal_year == fiscal_year and report.notes == []
    assert report.plans["plan_id"].tolist() == [
        f"{fiscal_year}-{n:02d}" for n in range(1, len(plans) + 1)
    ]
    for plan_id, plan in zip(report.plans["plan_id"], plans, strict=True):
        row = report.plan(plan_id)
        assert (row["name"], row["category"], row["period_text"]) == (
            plan.name,
            plan.category,
            plan.period,
        )
        amounts = ("total_budget", "appropriated", "executed")
        assert [row[f"{a}_thousand_twd"] for a in amounts] == [
            plan.total,
            plan.appropriated,
            plan.executed,
        ]
        for section in ("planned_work", "execution", "targets", "attainment"):
            assert report.section_items(plan_id, section) == getattr(plan, section)
