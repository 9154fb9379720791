"""Shared fixtures: the bundled seed report, and tiny reports in its layout built inline.

``layout`` builds report text row by row (for layout cases and bad input, where the exact rows
matter); ``make_report_text`` lays out :class:`govplans.testing.synthetic.SyntheticPlan` objects
(for whole reports); ``write_text`` / ``parse_text`` put text in a temporary file and parse it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from govplans import parse_report
from govplans.model.report import Report
from govplans.run import paths
from govplans.testing.synthetic import (
    SyntheticPlan,
    cover_lines,
    make_plans,
    page_lines,
    render_report,
)

AGENCY = "測試發展部"
FISCAL_YEAR = 114
UNIT = "新臺幣千元"


def left_row(
    name: str = "測試推動計畫",
    category: str = "科技發展",
    period: str = "113年1月至115年12月",
    total: str = "100,000",
    appropriated: str = "50,000",
    executed: str = "45,000",
    planned: str = "<p>辦理計畫工作。</p>",
) -> str:
    """One left-half row (seven cells), amounts as printed."""
    return "\t".join([name, category, period, total, appropriated, executed, planned])


def left_continuation(planned: str) -> str:
    """A left-half continuation row: six empty cells, then planned work."""
    return "\t" * 6 + planned


def right_row(
    execution: str = "<p>已完成計畫工作。</p>",
    targets: str = "<p>辦理說明會2場次。</p>",
    attainment: str = "<p>完成辦理說明會2場次。</p>",
) -> str:
    """One right-half row (three cells)."""
    return "\t".join([execution, targets, attainment])


def report_text(
    pages: list[tuple[list[str], list[str]]],
    agency: str = AGENCY,
    fiscal_year: int = FISCAL_YEAR,
    unit: str = UNIT,
) -> str:
    """A report with the cover and page furniture of the real layout around the given rows.

    ``pages`` is a list of (left rows, right rows); rows are tab-separated lines as printed.
    """
    out = cover_lines(agency, fiscal_year)
    for left, right in pages:
        out += page_lines(left, right, agency, fiscal_year, unit)
    return "\n".join(out)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based number of the line holding the ``occurrence``-th ``needle`` in ``text``."""
    hits = [n for n, line in enumerate(text.split("\n"), start=1) if needle in line]
    if len(hits) < occurrence:
        raise AssertionError(f"{needle!r} occurs {len(hits)} times in the fixture")
    return hits[occurrence - 1]


@pytest.fixture(scope="session")
def layout() -> SimpleNamespace:
    """Row builders for tiny inline reports: left, continuation, right, text, line_of."""
    return SimpleNamespace(
        left=left_row,
        continuation=left_continuation,
        right=right_row,
        text=report_text,
        line_of=line_of,
        agency=AGENCY,
        fiscal_year=FISCAL_YEAR,
        unit=UNIT,
    )


@pytest.fixture(scope="session")
def make_report_text() -> Callable[..., str]:
    """``make_report_text(plans=3, **layout)``: a synthetic report's text.

    ``plans`` is a number of generated plans (``make_plans``) or a list of ``SyntheticPlan``;
    the keywords go to :func:`govplans.testing.synthetic.render_report` (agency, fiscal_year, …).
    """

    def make(plans: int | list[SyntheticPlan] = 3, seed: int = 0, **kwargs) -> str:
        if isinstance(plans, int):
            plans = make_plans(plans, seed=seed)
        return render_report(plans, **kwargs)

    return make


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[..., Path]:
    """``write_text(text, name="report.txt", crlf=False, bom=False)``: the file's path."""

    def write(text: str, name: str = "report.txt", crlf: bool = False, bom: bool = False) -> Path:
        path = tmp_path / name
        data = text.replace("\n", "\r\n") if crlf else text
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
        return path

    return write


@pytest.fixture
def parse_text(write_text: Callable[..., Path]) -> Callable[..., Report]:
    """``parse_text(text, **write_options)``: the parsed report of that text."""

    def parse(text: str, **kwargs) -> Report:
        return parse_report(write_text(text, **kwargs))

    return parse


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return paths.BUNDLED_REPORT


@pytest.fixture(scope="session")
def seed_report(seed_path: Path) -> Report:
    """The bundled report, parsed once per session (tests must not modify it)."""
    return parse_report(seed_path)


@pytest.fixture(scope="session")
def seed_lines(seed_path: Path) -> dict[int, str]:
    """The bundled report's lines read independently of the parser: {line number: text}."""
    text = seed_path.read_text(encoding="utf-8")
    return dict(enumerate(text.split("\n"), start=1))


@pytest.fixture(scope="session")
def flags_for() -> Callable[..., list[str]]:
    """``plan_flags`` with an unremarkable plan's figures, overridden by keyword."""
    from govplans.analyse.measures import Thresholds, plan_flags

    def flags(**overrides: object) -> list[str]:
        base: dict[str, object] = dict(
            execution_rate=1.0,
            appropriation_progress_rate=0.5,
            schedule_elapsed_rate=0.5,
            remaining_budget_thousand_twd=0,
            ends_this_year=False,
            n_targets=2,
            all_targets_met=False,
            verdict="met",
            th=Thresholds(),
        )
        base.update(overrides)
        return plan_flags(**base)  # type: ignore[arg-type]

    return flags


@pytest.fixture
def yuan_report(layout, parse_text) -> Report:
    """A report printed in 新臺幣元: one amount not whole in 千元, zeros as dashes."""
    text = layout.text(
        [
            (
                [
                    layout.left(
                        total="52,800,000,000",
                        appropriated="41,236,580,000",
                        executed="39,874,215,346",
                    ),
                    layout.left(
                        name="乙計畫", total="8,650,000,000", appropriated="—", executed="－"
                    ),
                ],
                [layout.right()] * 2,
            )
        ],
        unit="新臺幣元",
    )
    return parse_text(text)


def _seconds(item: pytest.Item) -> float:
    """The time its ``slow`` marker says the item's module takes (0 when not slow)."""
    marker = item.get_closest_marker("slow")
    return float(marker.kwargs.get("seconds", 1)) if marker is not None else 0.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules marked ``slow`` (page builds, every labelled set) first, the longest first,
    each kept whole and in its order: `make test` gives each worker a module at a time
    (pytest-xdist, --dist loadfile), and a long module handed out last keeps one worker busy
    after the other ends. A module's weight is the largest ``slow(seconds=…)`` of its items
    (measured with ``pytest --durations=0``, summed per module)."""
    weight: dict[str, float] = {}
    for item in items:
        weight[item.module.__name__] = max(weight.get(item.module.__name__, 0.0), _seconds(item))
    items.sort(key=lambda item: -weight[item.module.__name__])
