"""Page benchmark: one plan profile at 14 plans and at 1,000 plans.

A build parses and assesses its report once and writes the assessment for its pages
(``prepared``); each page loads it instead of reading the report again, so a plan's page
should cost about the same whatever the size of its report. This script builds, for a
synthetic report of 14 plans and one of 1,000 plans (same generator), the profiles of
``--pages`` plans spread over the report (``govplans reports --plan …``, one worker, so pages
run one after another in one kernel), and reads each page's time (execution and HTML export)
from the build's manifest. The first page of a build also pays for the kernel's imports; it
is left out, and the median of the others is compared.

Goal (issue 10): one plan page at 1,000 plans within 1.2x of its time at 14 plans.
Run: ``.venv/bin/python benchmarks/bench_pages.py [--pages 6]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from govplans import read_report
from govplans.run.manifest import MANIFEST
from govplans.run.runner import render_reports
from govplans.run.spec import default_cache
from govplans.testing.synthetic import make_plans, write_report

GOAL = 1.2


def profile_times(n_plans: int, pages: int, work: Path) -> tuple[list[float], float]:
    """Seconds of each profile page built (build order), and of the whole build."""
    source = write_report(work / f"synthetic_{n_plans}.txt", make_plans(n_plans))
    ids = list(read_report(source).plans["plan_id"])
    step = max(1, len(ids) // pages)
    chosen = ids[::step][:pages]
    out = work / f"out_{n_plans}"
    started = time.perf_counter()
    render_reports(source, out, jobs=1, force=True, plans=chosen, progress=lambda _: None)
    build = time.perf_counter() - started
    manifest = json.loads((default_cache(out) / MANIFEST).read_text(encoding="utf-8"))
    entries = [e for e in manifest["reports"].values() if e["kind"] == "profile"]
    assert len(entries) == len(chosen), "every chosen profile is built"
    return [float(e["seconds"]) for e in entries], build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    args = parser.parse_args()
    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (14, 1000):
            times, build = profile_times(n, args.pages, Path(tmp))
            medians[n] = statistics.median(times[1:])
            shown = ", ".join(f"{t:.2f}" for t in times)
            print(
                f"{n:>5} plans: profile pages {shown} s; median without the first "
                f"{medians[n]:.2f} s; build with preparation {build:.1f} s"
            )
    ratio = medians[1000] / medians[14]
    print(
        f"one plan page at 1,000 plans / at 14 plans: {ratio:.2f}x "
        f"(goal <= {GOAL}x: {'met' if ratio <= GOAL else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
