"""The out-of-sample measurement: the engine on reports it was not written from.

``tests/fixtures/variety/`` holds reports in this layout written the way other agencies write
(labelled by hand before the engine ran on them; see its README). :func:`variety_accuracy`
parses and assesses each report with no reviewed statuses and compares, target by target, the
automatic status, the headline target value and the achieved value with the labels, and each
plan's verdict with the verdict the labelled statuses give. Run
``python -m govplans.testing.variety`` to print the figures and every disagreement.
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govplans.analyse.assessment import Assessment, assess
from govplans.analyse.targets import combine_statuses
from govplans.read.source import read_report
from govplans.run import paths

VARIETY_DIR = paths.PROJ_ROOT / "tests" / "fixtures" / "variety"


@dataclass
class Mismatch:
    """One label the engine does not reproduce."""

    report: str
    plan_id: str
    target_index: int
    what: str  # status | target_value | achieved_value | missing
    label: Any
    engine: Any
    text: str


@dataclass
class VarietyResult:
    """Agreement of the engine with the labels, by report and overall."""

    n_targets: int = 0
    n_status: int = 0
    n_values: int = 0  # targets whose target and achieved values both agree
    n_plans: int = 0
    n_verdicts: int = 0
    by_report: dict[str, Counter[str]] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    mismatches: list[Mismatch] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # report -> parse error

    @property
    def status_rate(self) -> float:
        return self.n_status / self.n_targets if self.n_targets else math.nan

    @property
    def value_rate(self) -> float:
        return self.n_values / self.n_targets if self.n_targets else math.nan

    @property
    def verdict_rate(self) -> float:
        return self.n_verdicts / self.n_plans if self.n_plans else math.nan


def read_labels(directory: Path = VARIETY_DIR) -> list[dict[str, str]]:
    """The target rows of ``labels.csv`` (a compound target's component rows left out)."""
    with (directory / "labels.csv").open(encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.DictReader(handle) if not row["component_index"]]


def _number(text: str) -> float | None:
    return float(text) if text.strip() else None


def _same(label: float | None, engine: Any) -> bool:
    if label is None:
        return engine is None or (isinstance(engine, float) and math.isnan(engine))
    if engine is None or (isinstance(engine, float) and math.isnan(engine)):
        return False
    return abs(float(engine) - label) <= 1e-6 * max(1.0, abs(label))


def _compare(report: str, a: Assessment, labels: list[dict[str, str]], out: VarietyResult) -> None:
    counts = out.by_report.setdefault(report, Counter())
    targets = {(t.plan_id, int(t.target_index)): t for t in a.targets.itertuples()}
    by_plan: dict[str, list[str]] = {}
    for row in labels:
        plan_id = f"{a.report.fiscal_year}-{int(row['plan_seq']):02d}"
        key = (plan_id, int(row["target_index"]))
        by_plan.setdefault(plan_id, []).append(row["status"])
        out.n_targets += 1
        counts["targets"] += 1
        found = targets.get(key)
        if found is None:
            out.mismatches.append(
                Mismatch(report, *key, "missing", row["status"], None, row["target_text"])
            )
            continue
        out.confusion[(row["status"], found.status_auto)] += 1
        if found.status_auto == row["status"]:
            out.n_status += 1
            counts["status"] += 1
        else:
            out.mismatches.append(
                Mismatch(report, *key, "status", row["status"], found.status_auto, found.text)
            )
        values = [
            (what, _number(row[what]), getattr(found, what))
            for what in ("target_value", "achieved_value")
        ]
        if all(_same(label, engine) for _, label, engine in values):
            out.n_values += 1
            counts["values"] += 1
        for what, label, engine in values:
            if not _same(label, engine):
                out.mismatches.append(Mismatch(report, *key, what, label, engine, found.text))
    for plan_id, statuses in by_plan.items():
        out.n_plans += 1
        counts["plans"] += 1
        verdict = a.plans.set_index("plan_id").loc[plan_id, "verdict_auto"]
        if verdict == combine_statuses(statuses):
            out.n_verdicts += 1
            counts["verdicts"] += 1
        else:
            out.mismatches.append(
                Mismatch(report, plan_id, 0, "verdict", combine_statuses(statuses), verdict, "")
            )


def variety_accuracy(directory: Path = VARIETY_DIR) -> VarietyResult:
    """Assess every report of the variety set (no reviewed statuses) against its labels."""
    labels = read_labels(directory)
    out = VarietyResult()
    for report in sorted({row["report"] for row in labels}):
        mine = [row for row in labels if row["report"] == report]
        try:
            parsed = read_report(directory / report)
        except ValueError as exc:  # counted as every target missed
            out.errors[report] = str(exc).replace(str(directory / report), report)
            out.n_targets += len(mine)
            out.n_plans += len({row["plan_seq"] for row in mine})
            out.by_report[report] = Counter(
                targets=len(mine), plans=len({row["plan_seq"] for row in mine})
            )
            continue
        _compare(report, assess(parsed), mine, out)
    return out


def main(argv: list[str] | None = None) -> int:
    result = variety_accuracy()
    print(
        f"targets: status {result.n_status}/{result.n_targets} ({result.status_rate:.1%}), "
        f"values {result.n_values}/{result.n_targets} ({result.value_rate:.1%}); "
        f"plan verdicts {result.n_verdicts}/{result.n_plans} ({result.verdict_rate:.1%})"
    )
    for report, counts in result.by_report.items():
        print(f"  {report}: {dict(counts)}")
    for report, error in result.errors.items():
        print(f"  {report}: NOT READ: {error}")
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    for m in result.mismatches if verbose else []:
        print(
            f"  {m.report} {m.plan_id} #{m.target_index} {m.what}: label {m.label!r} engine "
            f"{m.engine!r}  {m.text[:60]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
