"""Parse-time benchmark: the bundled seed and synthetic reports of growing size.

Prints figures measured in one run (best of several repeats, so a noisy shared machine shows its
least-disturbed time) and the ratios: goal seed < 50 ms and growth linear in plans (the time per
plan should stay flat from 250 to 1,000 plans). Run: `make bench` or
`.venv/bin/python benchmarks/bench_parse.py`.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from govplans import parse_report
from govplans.run import paths
from govplans.testing.synthetic import make_plans, write_report


def best_time(path: Path, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        parse_report(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parse_report(paths.BUNDLED_REPORT)  # warm imports
    seed = best_time(paths.BUNDLED_REPORT, 20)
    seed_plans = len(parse_report(paths.BUNDLED_REPORT).plans)
    print(
        f"seed ({seed_plans} plans): {seed * 1000:.1f} ms  (goal < 50 ms: "
        f"{'met' if seed < 0.050 else 'NOT met'})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        sizes = (250, 500, 1000)
        per_plan = {}
        for n in sizes:
            path = write_report(Path(tmp) / f"synthetic_{n}.txt", make_plans(n))
            seconds = best_time(path, 3)
            per_plan[n] = seconds / n
            print(
                f"synthetic {n:>5} plans: {seconds * 1000:8.1f} ms  "
                f"({per_plan[n] * 1e6:.0f} µs/plan; {path.stat().st_size / 1e6:.1f} MB)"
            )
    print(
        f"ratio 1,000-plan / seed time: {per_plan[1000] * 1000 / seed:.1f}x for "
        f"{1000 / seed_plans:.0f}x the plans"
    )
    growth = per_plan[1000] / per_plan[250]
    print(f"time per plan, 1,000 vs 250 plans: {growth:.2f}x (linear ≈ 1.0)")


if __name__ == "__main__":
    main()
