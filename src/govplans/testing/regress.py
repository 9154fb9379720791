"""Every labelled target of every evaluation set and of the bundled report (its reviewed
statuses), label beside engine: a dump to compare two engines (the one a rule change starts
from, and the changed one) target by target.

    python -m govplans.testing.regress dump before.csv      # with the engine to compare from
    python -m govplans.testing.regress dump after.csv       # with the changed engine
    python -m govplans.testing.regress compare before.csv after.csv
    python -m govplans.testing.regress shapes after.csv       # met verdicts by evidence shape

Another engine is run by putting its source first on the path (a git worktree of an earlier
commit: ``PYTHONPATH=<worktree>/src``). ``compare`` prints the targets whose status, reason or
achieved value changed, with their labels, and how many statuses each set gained or lost.
``shapes`` counts the met and exceeded verdicts of a dump by their evidence shape (reason,
evidence column, how it was aligned) beside the false mets among them: which kinds of verdict
to trust, measured on a set's first run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from govplans.analyse.assessment import assess
from govplans.read.source import read_report
from govplans.run import paths
from govplans.testing.variety import read_labels

FIXTURES = paths.PROJ_ROOT / "tests" / "fixtures"
#: The analyst's reviewed statuses of the bundled report (its labels here).
REVIEWED = paths.PROJ_ROOT / "src" / "govplans" / "annotations" / "reviewed_targets_moda_114.csv"
COLUMNS = [
    "set", "report", "plan", "target", "label", "engine", "reason", "achieved", "section",
    "alignment", "text",
]  # fmt: skip
#: What a verdict's evidence shape is made of (:func:`shapes`).
SHAPE = ["reason", "section", "alignment"]


def dump_rows(root: Path = FIXTURES) -> list[dict[str, object]]:
    """One row per labelled target (component rows left out) of every ``variety*`` set."""
    rows: list[dict[str, object]] = []
    for folder in sorted(root.glob("variety*")):
        if not (folder / "labels.csv").exists():
            continue
        labels = read_labels(folder)
        for report in sorted({r["report"] for r in labels}):
            targets = assess(read_report(folder / report)).targets
            seq = targets["plan_id"].str.split("-").str[-1].astype(int)
            for r in (r for r in labels if r["report"] == report):
                same = (seq == int(r["plan_seq"])) & (
                    targets["target_index"] == int(r["target_index"])
                )
                found = targets[same]
                e = found.iloc[0] if len(found) else None
                rows.append(
                    {
                        "set": folder.name,
                        "report": report,
                        "plan": int(r["plan_seq"]),
                        "target": int(r["target_index"]),
                        "label": r["status"],
                        "engine": e["status"] if e is not None else "",
                        "reason": e["status_reason"] if e is not None else "",
                        "achieved": e["achieved_value"] if e is not None else None,
                        **_shape(e),
                        "text": r["target_text"],
                    }
                )
    return rows


def _shape(e: pd.Series | None) -> dict[str, object]:
    """The evidence column and how it was aligned, of an engine's row (empty for none)."""
    if e is None:
        return {"section": "", "alignment": ""}
    section, alignment = e["evidence_section"], e["alignment"]
    return {
        "section": "" if pd.isna(section) else section,
        "alignment": "" if pd.isna(alignment) else alignment,
    }


def bundled_rows() -> list[dict[str, object]]:
    """One row per target of the bundled report, its analyst's reviewed status as the label."""
    reviewed = pd.read_csv(REVIEWED, dtype=str)
    targets = assess(read_report(paths.BUNDLED_REPORT)).targets
    rows: list[dict[str, object]] = []
    for r in reviewed.itertuples():
        found = targets[
            (targets["plan_id"] == r.plan_id) & (targets["target_index"] == int(r.target_index))
        ]
        e = found.iloc[0] if len(found) else None
        rows.append(
            {
                "set": "bundled",
                "report": paths.BUNDLED_REPORT.name,
                "plan": int(str(r.plan_id).split("-")[-1]),
                "target": int(r.target_index),
                "label": r.status_reviewed,
                "engine": e["status"] if e is not None else "",
                "reason": e["status_reason"] if e is not None else "",
                "achieved": e["achieved_value"] if e is not None else None,
                **_shape(e),
                "text": r.target_text,
            }
        )
    return rows


def dump(out: Path, root: Path = FIXTURES) -> str:
    """Write the rows to ``out``; a one-line summary (agreement and false met)."""
    # the bundled report's targets with the project's own sets (a copy of some sets has none)
    bundled = bundled_rows() if root == FIXTURES else []
    frame = pd.DataFrame(dump_rows(root) + bundled, columns=COLUMNS)
    frame.to_csv(out, index=False, encoding="utf-8")
    agree = int((frame["label"] == frame["engine"]).sum())
    false_met = int(
        (
            frame["engine"].isin(["met", "exceeded"]) & frame["label"].isin(["not_met", "unclear"])
        ).sum()
    )
    return f"{len(frame)} labelled targets; {agree} statuses agree; {false_met} false met"


def compare(before: Path, after: Path) -> pd.DataFrame:
    """The targets whose status, reason or achieved value differ between two dumps."""
    keys = ["set", "report", "plan", "target"]
    a = pd.read_csv(before)
    b = pd.read_csv(after)
    m = a.merge(b, on=keys, suffixes=("_before", "_after"))
    changed = (
        (m["engine_before"] != m["engine_after"])
        | (m["reason_before"] != m["reason_after"])
        | (m["achieved_before"].fillna(-1) != m["achieved_after"].fillna(-1))
    )
    cols = [*keys, "label_before", "engine_before", "engine_after", "reason_before"]
    return m.loc[changed, [*cols, "reason_after", "achieved_before", "achieved_after"]]


def shapes(dump_csv: Path) -> pd.DataFrame:
    """The met and exceeded verdicts of a dump by evidence shape: how many, and how many of them
    are false mets (labelled not_met or unclear), most common first."""
    frame = pd.read_csv(dump_csv, keep_default_na=False)
    met = frame[frame["engine"].isin(["met", "exceeded"])].copy()
    met["false_met"] = met["label"].isin(["not_met", "unclear"])
    out = met.groupby(SHAPE).agg(met=("engine", "size"), false_met=("false_met", "sum"))
    return out.sort_values("met", ascending=False).reset_index()


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) == 2 and args[0] == "dump":
        print(dump(Path(args[1])))
        return 0
    if len(args) == 3 and args[0] == "compare":
        diff = compare(Path(args[1]), Path(args[2]))
        with pd.option_context("display.width", 250, "display.max_columns", None):
            print(diff.to_string(index=False) if len(diff) else "no target changed")
        gained = (diff["engine_after"] == diff["label_before"]) & (
            diff["engine_before"] != diff["label_before"]
        )
        lost = (diff["engine_before"] == diff["label_before"]) & (
            diff["engine_after"] != diff["label_before"]
        )
        print(f"statuses gained {int(gained.sum())}, lost {int(lost.sum())}")
        return 0
    if len(args) == 2 and args[0] == "shapes":
        print(shapes(Path(args[1])).to_string(index=False))
        return 0
    print(
        "usage: python -m govplans.testing.regress dump OUT.csv | compare BEFORE.csv AFTER.csv"
        " | shapes DUMP.csv"
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
