"""Multi-year test data: synthetic series (make_series) and the constructed FY113 report.

Plans are linked here by exact name, renames through the ground truth the series returns (or
``crosswalk.csv`` for the constructed report); the multi-report feature will link by normalised
name, period and total, and can be tested against the same data.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govplans import read_report
from govplans.run import paths
from govplans.testing.synthetic import (
    Rename,
    chinese_number,
    make_plans,
    make_series,
    render_report,
    series_agency,
    write_report,
    write_series,
)

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
BUILD = CORPUS / "build_moda_113.py"
FY113 = CORPUS / "moda_113_constructed.txt"
NOTICE = "CONSTRUCTED TEST DATA, NOT A REAL REPORT"
YEARS = [111, 112, 113, 114]


# --- synthetic series --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def series():
    return make_series(3, YEARS, 8, seed=7)


@pytest.fixture(scope="module")
def parsed(series, tmp_path_factory):
    """The written series read back: {(agency, year): Report}."""
    written = write_series(tmp_path_factory.mktemp("series"), series)
    reports = {}
    for path in written:
        report = read_report(path)
        reports[(report.agency, report.fiscal_year)] = report
    return reports


def _by_name(report) -> dict[str, dict]:
    return {row["name"]: row for row in report.plans.to_dict("records")}


def _renamed(series) -> dict[tuple[str, int, str], str]:
    """(agency, year, name in year) -> name in year - 1, for the renamed plans."""
    return {(r.agency, r.year, r.name): r.previous_name for r in series.renames}


def test_series_shape_and_file_names(series, tmp_path):
    assert list(series) == [(series_agency(a), y) for a in (1, 2, 3) for y in YEARS]
    assert series.agencies == ["測試第一部", "測試第二部", "測試第三部"]
    assert all(len(plans) == 8 for plans in series.values())
    written = write_series(tmp_path, series)
    assert [p.name for p in written] == [f"agency{a:02d}_{y}.txt" for a in (1, 2, 3) for y in YEARS]


def test_agency_names_are_distinct_chinese_ordinals():
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 23, 40, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十三",
        "四十",
        "九十九",
    ]
    names = [series_agency(n) for n in range(1, 100)]
    assert len(set(names)) == 99


def test_series_reports_parse_as_written(series, parsed):
    assert set(parsed) == set(series)
    for key, plans in series.items():
        report = parsed[key]
        assert report.unit == "新臺幣千元"
        assert report.findings == []
        got = report.plans
        assert got["name"].tolist() == [p.name for p in plans]
        assert got["category"].tolist() == [p.category for p in plans]
        assert got["period_text"].tolist() == [p.period for p in plans]
        assert got["total_budget_thousand_twd"].astype(int).tolist() == [p.total for p in plans]
        assert got["appropriated_thousand_twd"].astype(int).tolist() == [
            p.appropriated for p in plans
        ]
        assert got["executed_thousand_twd"].astype(int).tolist() == [p.executed for p in plans]
        for section, attr in [("targets", "targets"), ("attainment", "attainment")]:
            counts = got[f"n_{section}"].tolist()
            assert counts == [len(getattr(p, attr)) for p in plans]


def test_amounts_within_total_and_periods_cover_the_year(parsed):
    for (_, year), report in parsed.items():
        for plan in report.plans.itertuples():
            assert 0 <= plan.executed_thousand_twd <= plan.appropriated_thousand_twd
            assert plan.appropriated_thousand_twd <= plan.total_budget_thousand_twd
            assert plan.start_roc_year <= year <= plan.end_roc_year


def test_amounts_grow_per_linked_plan(series, parsed):
    renamed = _renamed(series)
    linked = 0
    for (agency, year), report in parsed.items():
        before = parsed.get((agency, year - 1))
        if before is None:
            continue
        previous = _by_name(before)
        for plan in report.plans.to_dict("records"):
            old = renamed.get((agency, year, plan["name"]), plan["name"])
            if plan["start_roc_year"] == year:
                assert old not in previous  # a plan starting this year has no previous row
                continue
            prev = previous[old]  # a plan running last year is in last year's report
            linked += 1
            for column in ("category", "period_text", "total_budget_thousand_twd"):
                assert plan[column] == prev[column]
            assert plan["appropriated_thousand_twd"] >= prev["appropriated_thousand_twd"]
            assert plan["executed_thousand_twd"] >= prev["executed_thousand_twd"]
    assert linked > 30


def test_plans_appear_in_every_year_their_period_covers(series, parsed):
    renamed = {(r.agency, r.year - 1, r.previous_name): r.name for r in series.renames}
    for (agency, year), report in parsed.items():
        after = parsed.get((agency, year + 1))
        if after is None:
            continue
        names_after = set(after.plans["name"])
        for plan in report.plans.itertuples():
            name = renamed.get((agency, year, plan.name), plan.name)
            assert (name in names_after) == (plan.end_roc_year > year), (agency, year, name)


def test_series_has_renames_ends_starts_and_no_previous_report(series, parsed):
    assert len(series.renames) == 3  # one per agency
    for rename in series.renames:
        assert isinstance(rename, Rename)
        agency, year, name, previous_name = rename
        assert name != previous_name
        now = set(parsed[(agency, year)].plans["name"])
        before = set(parsed[(agency, year - 1)].plans["name"])
        assert name in now and name not in before
        assert previous_name in before and previous_name not in now
        assert series.previous[(agency, year, name)] == previous_name
    first, last = YEARS[0], YEARS[-1]
    for agency in series.agencies:
        reports = {y: parsed[(agency, y)].plans for y in YEARS}
        # a plan ends in the first year; plans start in later years; one runs throughout
        assert (reports[first]["end_roc_year"] == first).any()
        assert all((reports[y]["start_roc_year"] == y).any() for y in YEARS[1:])
        assert (reports[last]["start_roc_year"] <= first).any()
        # the first year's plans have no previous report
        for name in reports[first]["name"]:
            assert series.previous[(agency, first, name)] is None


def test_ground_truth_in_year_amounts_follow_from_the_reports(series, parsed):
    renamed = _renamed(series)
    rows = series.in_year()
    assert len(rows) == sum(len(p) for p in series.values())
    unknown = 0
    for row in rows:
        agency, year, name = row["agency"], row["fiscal_year"], row["name"]
        plan = _by_name(parsed[(agency, year)])[name]
        before = parsed.get((agency, year - 1))
        if plan["start_roc_year"] == year:
            expected = (plan["appropriated_thousand_twd"], plan["executed_thousand_twd"])
            assert row["previous_name"] is None
        elif before is None:
            expected = (None, None)
            unknown += 1
        else:
            old = renamed.get((agency, year, name), name)
            assert row["previous_name"] == old
            prev = _by_name(before)[old]
            expected = (
                plan["appropriated_thousand_twd"] - prev["appropriated_thousand_twd"],
                plan["executed_thousand_twd"] - prev["executed_thousand_twd"],
            )
        assert (row["in_year_appropriated"], row["in_year_executed"]) == expected
    assert unknown > 0  # the first year's plans that started before it


def test_a_missing_year_leaves_the_next_year_without_previous_report():
    series = make_series(2, [111, 112, 114], 5, seed=3)
    assert all(r.year == 112 for r in series.renames)
    for agency in series.agencies:
        for plan in series[(agency, 114)]:
            assert series.previous[(agency, 114, plan.name)] is None
    rows = [r for r in series.in_year() if r["fiscal_year"] == 114]
    started = [r for r in rows if series.starts[(r["agency"], 114, r["name"])] == 114]
    assert started and all(r["in_year_appropriated"] is not None for r in started)
    assert any(r["in_year_appropriated"] is None for r in rows)


def test_series_is_deterministic_and_seeded():
    a = make_series(2, [113, 114], 4, seed=5)
    b = make_series(2, [113, 114], 4, seed=5)
    c = make_series(2, [113, 114], 4, seed=6)
    assert a == b and a.renames == b.renames and a.previous == b.previous
    assert a != c


def test_series_rejects_what_it_cannot_make():
    with pytest.raises(ValueError, match="consecutive"):
        make_series(1, [112, 114], 4)
    with pytest.raises(ValueError, match="2 plans"):
        make_series(1, [113, 114], 1)


def test_forty_reports_of_25_plans_write_in_seconds(tmp_path):
    start = time.perf_counter()
    series = make_series(10, YEARS, 25, seed=1)
    written = write_series(tmp_path, series)
    elapsed = time.perf_counter() - start
    assert len(written) == 40 and all(len(plans) == 25 for plans in series.values())
    assert elapsed < 5, f"{elapsed:.1f}s"
    report = read_report(tmp_path / "agency10_114.txt")
    assert report.agency == "測試第十部" and len(report.plans) == 25


def test_existing_writers_unchanged(tmp_path):
    """The series additions leave make_plans / render_report as they were (spot check)."""
    plans = make_plans(4, seed=0)
    assert plans[0].name.endswith("發展第1號推動計畫")
    text = render_report(plans)
    assert text.startswith("\n\n# 測試發展部\n\n中華民國 114 年度\n")
    assert write_report(tmp_path / "r.txt", plans).read_text(encoding="utf-8") == text


# --- the constructed FY113 report ---------------------------------------------------------------


def _read_csv(name: str) -> list[dict[str, str]]:
    with (CORPUS / name).open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _normalise(name: str) -> str:
    """The normalisation the linker applies: spaces, dashes, width, a （第N期） suffix."""
    import unicodedata

    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"[—－–‐-]", "-", text)
    return re.sub(r"\(第[一二三四五六七八九十\d]+期\)$", "", text)


@pytest.fixture(scope="module")
def fy113():
    return read_report(FY113)


@pytest.fixture(scope="module")
def fy114():
    return read_report(paths.BUNDLED_REPORT)


@pytest.fixture(scope="module")
def expected():
    return _read_csv("expected_moda.csv")


def test_fy113_is_labelled_constructed_and_parses_cleanly(fy113):
    assert (fy113.agency, fy113.fiscal_year, fy113.unit) == ("數位發展部", 113, "新臺幣千元")
    assert fy113.findings == []
    assert NOTICE in [text for _, text in fy113.notes]
    head = FY113.read_text(encoding="utf-8").split("本 頁 空 白")[0]
    assert NOTICE in head and "not the ministry's" in head
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    flowed = re.sub(r"\s*\n[>\s]*", " ", readme)  # the text without line breaks and quote marks
    assert NOTICE in readme and "The figures and texts are not the ministry's" in flowed
    assert len(fy113.plans) == 10


def test_fy113_texts_read_back_as_written(fy113):
    spec = importlib.util.spec_from_file_location("build_moda_113", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sections = ("planned_work", "execution", "targets", "attainment")
    ids = {r["plan_id"]: r["previous_plan_id"] for r in _read_csv("expected_moda.csv")}
    texts = {ids[pid]: t for pid, t in build.TEXTS_113.items()}
    ended = build.ENDED
    texts["113-05"] = (ended.planned_work, ended.execution, ended.targets, ended.attainment)
    assert sorted(texts) == sorted(fy113.plans["plan_id"])
    items = fy113.items
    for pid, sections_text in texts.items():
        for section, written in zip(sections, sections_text, strict=True):
            got = items[(items.plan_id == pid) & (items.section == section)]["text"].tolist()
            assert got == written, (pid, section)


def test_expected_links_are_consistent_with_both_reports(fy113, fy114, expected):
    p113 = fy113.plans.set_index("plan_id")
    p114 = fy114.plans.set_index("plan_id")
    crosswalk = {
        (r["agency"], int(r["fiscal_year"]), r["name"], int(r["fiscal_year_previous"])): r[
            "name_previous"
        ]
        for r in _read_csv("crosswalk.csv")
    }
    assert sorted(r["plan_id"] for r in expected) == sorted(p114.index)
    linked_113 = set()
    for row in expected:
        now = p114.loc[row["plan_id"]]
        assert row["name"] == now["name"] and row["agency"] == fy114.agency
        a114, e114 = int(row["appropriated_thousand_twd"]), int(row["executed_thousand_twd"])
        assert (a114, e114) == (now.appropriated_thousand_twd, now.executed_thousand_twd)
        in_a = int(row["in_year_appropriated_thousand_twd"])
        in_e = int(row["in_year_executed_thousand_twd"])
        assert row["in_year_execution_rate"] == f"{in_e / in_a:.4f}"
        if row["link"] == "starts":
            assert now.start_roc_year == 114 == int(row["start_roc_year"])
            assert row["previous_plan_id"] == "" and (in_a, in_e) == (a114, e114)
            assert _normalise(now["name"]) not in set(map(_normalise, p113["name"]))
            continue
        assert now.start_roc_year <= 113
        prev = p113.loc[row["previous_plan_id"]]
        linked_113.add(row["previous_plan_id"])
        assert prev["name"] == row["previous_name"]
        if row["link"] == "name":
            assert prev["name"] == now["name"]
        else:
            assert row["link"] == "crosswalk"
            key = (fy114.agency, 114, now["name"], 113)
            assert crosswalk[key] == prev["name"]
            assert _normalise(prev["name"]) != _normalise(now["name"])  # the crosswalk is needed
        for column in ("category", "period_text", "total_budget_thousand_twd"):
            assert prev[column] == now[column], (row["plan_id"], column)
        a113, e113 = prev.appropriated_thousand_twd, prev.executed_thousand_twd
        assert (a113, e113) == (
            int(row["previous_appropriated_thousand_twd"]),
            int(row["previous_executed_thousand_twd"]),
        )
        assert e113 <= a113 <= a114 and e113 <= e114
        assert (in_a, in_e) == (a114 - a113, e114 - e113)
    # every FY113 plan but the one that ended in 113 continues in FY114
    ended = p113.drop(index=sorted(linked_113))
    assert len(ended) == 1 and ended.iloc[0].end_roc_year == 113
    assert _normalise(ended.iloc[0]["name"]) not in set(map(_normalise, p114["name"]))
    assert len(crosswalk) == 1
    assert [r["link"] for r in expected].count("crosswalk") == 1


def test_build_script_reproduces_the_files(tmp_path):
    subprocess.run(
        [sys.executable, str(BUILD), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    for name in ("moda_113_constructed.txt", "expected_moda.csv", "crosswalk.csv"):
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
