"""One plan's targets assessed from a few lines of text: the cases the rule tests write
(``tests/analyse/test_*_rules.py``), each a target with its attainment and execution items."""

from __future__ import annotations

from collections.abc import Sequence

from govplans.analyse.targets import Target, TextItem, assess_plan_targets


def items(section: str, *texts: str) -> list[TextItem]:
    """The items of one section, numbered from 1 in the order given."""
    return [TextItem(section, n, t, 100 + n) for n, t in enumerate(texts, start=1)]


def assess(
    targets: Sequence[str],
    attainment: Sequence[str],
    execution: Sequence[str] = (),
    fiscal_year: int | None = 115,
) -> list[Target]:
    """The targets of a plan ``T-01`` assessed from its target, attainment and execution texts,
    in a report of ``fiscal_year``."""
    return assess_plan_targets(
        "T-01",
        items("targets", *targets),
        items("attainment", *attainment),
        items("execution", *execution),
        fiscal_year=fiscal_year,
    ).targets


def status(
    targets: Sequence[str],
    attainment: Sequence[str],
    execution: Sequence[str] = (),
    fiscal_year: int | None = None,
    which: int = 0,
) -> str:
    """The status of one target (the ``which``-th) of such a plan, in a report of no stated year
    unless ``fiscal_year`` is given (the reviews' cases)."""
    return assess(targets, attainment, execution, fiscal_year)[which].status
