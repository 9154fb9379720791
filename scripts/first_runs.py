"""Every evaluation set's first run, rebuilt: each set run by the engine of the commit that
merged it into main (the first-parent commit that added its labels.csv), before anyone had read
it. The verdicts of these runs are the out-of-sample record the withheld-met policy of
docs/analysis.md section 57 was measured on.

    python scripts/first_runs.py OUT.csv [FIRST [LAST]]   # sets FIRST..LAST (default 14..47)
    python scripts/first_runs.py --shapes OUT.csv          # met verdicts by shape, false mets

Each merge commit is checked out once (``git worktree add --detach`` under a temporary folder)
and its ``src`` put first on the path of a child Python, so the engine of that day runs with
today's labels (the sets are frozen: their labels never changed).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

#: Run in the child: one set's labelled targets with whatever govplans is first on the path.
_CHILD = r"""
import csv, sys
from pathlib import Path
import pandas as pd
from govplans.analyse.assessment import assess
from govplans.read.source import read_report

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
with open(folder / "labels.csv", encoding="utf-8-sig") as handle:
    labels = [r for r in csv.DictReader(handle) if not r["component_index"]]
rows = []
for report in sorted({r["report"] for r in labels}):
    t = assess(read_report(folder / report)).targets
    seq = t["plan_id"].str.split("-").str[-1].astype(int)
    for r in (r for r in labels if r["report"] == report):
        f = t[(seq == int(r["plan_seq"])) & (t["target_index"] == int(r["target_index"]))]
        e = f.iloc[0] if len(f) else None
        def g(k):
            return "" if e is None or k not in e.index or pd.isna(e[k]) else e[k]
        rows.append({
            "set": folder.name, "report": report, "plan": r["plan_seq"],
            "target": r["target_index"], "label": r["status"], "engine": g("status"),
            "reason": g("status_reason"), "section": g("evidence_section"),
            "alignment": g("alignment"), "type": g("target_type"), "text": r["target_text"],
            "evidence": g("evidence_text"), "other": g("other_text"),
        })
pd.DataFrame(rows).to_csv(out, index=False)
"""


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def merge_commit(folder: Path) -> str:
    """The first-parent commit of main that added the set's labels."""
    log = _git(
        "log", "--first-parent", "--diff-filter=A", "--format=%H", "--",
        str((folder / "labels.csv").relative_to(ROOT)),
    )  # fmt: skip
    return log.splitlines()[-1]


def first_runs(first: int, last: int) -> pd.DataFrame:
    frames: list[pd.DataFrame] = []
    with tempfile.TemporaryDirectory() as tmp:
        checked: dict[str, Path] = {}
        try:
            for n in range(first, last + 1):
                for half in ("a", "b", ""):
                    folder = FIXTURES / f"variety{n}{half}"
                    if not (folder / "labels.csv").exists():
                        continue
                    sha = merge_commit(folder)
                    if sha not in checked:
                        checked[sha] = Path(tmp) / sha[:12]
                        _git("worktree", "add", "--detach", str(checked[sha]), sha)
                    out = Path(tmp) / f"{folder.name}.csv"
                    subprocess.run(
                        [sys.executable, "-c", _CHILD, str(folder), str(out)],
                        check=True,
                        cwd=tmp,
                        env={**os.environ, "PYTHONPATH": str(checked[sha] / "src")},
                    )
                    frame = pd.read_csv(out, keep_default_na=False)
                    frames.append(frame.assign(commit=sha[:12]))
                    print(f"{folder.name}: {sha[:12]}, {len(frame)} targets", file=sys.stderr)
        finally:
            for path in checked.values():
                _git("worktree", "remove", "--force", str(path))
    return pd.concat(frames, ignore_index=True)


def shapes(frame: pd.DataFrame) -> pd.DataFrame:
    """The met and exceeded verdicts by reason, type and evidence column, with false mets."""
    met = frame[frame["engine"].isin(["met", "exceeded"])].copy()
    met["false_met"] = met["label"].isin(["not_met", "unclear"])
    out = met.groupby(["reason", "type", "section"]).agg(
        met=("engine", "size"), false_met=("false_met", "sum")
    )
    return out.sort_values("met", ascending=False).reset_index()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--shapes":
        frame = pd.read_csv(argv[1], keep_default_na=False)
        print(shapes(frame).to_string(index=False))
        return 0
    if not 1 <= len(argv) <= 3:
        print(__doc__)
        return 2
    first = int(argv[1]) if len(argv) > 1 else 14
    last = int(argv[2]) if len(argv) > 2 else 47
    frame = first_runs(first, last)
    frame.to_csv(argv[0], index=False)
    agree = int((frame["label"] == frame["engine"]).sum())
    false_met = int(
        (
            frame["engine"].isin(["met", "exceeded"]) & frame["label"].isin(["not_met", "unclear"])
        ).sum()
    )
    print(f"{len(frame)} targets; {agree} statuses agree; {false_met} false met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
