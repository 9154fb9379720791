"""Assessment-time benchmark: the bundled seed and synthetic reports of growing size.

Times ``assess_report`` on an already parsed report (best of several repeats), and separately the
JSON document with every narrative (``assessment_to_dict``). Goal: seed < 200 ms and growth
linear in plans (time per plan flat from 250 to 1,000 plans). Run:
`.venv/bin/python benchmarks/bench_assess.py`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_time

from govplans import assess_report, parse_report
from govplans.present.export import assessment_to_dict
from govplans.run import paths
from govplans.testing.synthetic import make_plans, write_report


def main() -> None:
    seed_report = parse_report(paths.BUNDLED_REPORT)
    assessment_to_dict(assess_report(seed_report))  # warm imports and caches
    seed = best_time(lambda: assess_report(seed_report), 20)
    seed_doc = best_time(lambda: assessment_to_dict(assess_report(seed_report)), 10)
    n_seed = len(seed_report.plans)
    print(
        f"seed ({n_seed} plans): assess {seed * 1000:.1f} ms, assess + JSON with narrative "
        f"{seed_doc * 1000:.1f} ms  (goal < 200 ms: {'met' if seed_doc < 0.200 else 'NOT met'})"
    )
    per_plan: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (250, 500, 1000):
            report = parse_report(write_report(Path(tmp) / f"synthetic_{n}.txt", make_plans(n)))
            assess = best_time(lambda r=report: assess_report(r, annotations=None), 3)
            total = best_time(
                lambda r=report: assessment_to_dict(assess_report(r, annotations=None)), 3
            )
            per_plan[n] = total / n
            print(
                f"synthetic {n:>5} plans: assess {assess * 1000:8.1f} ms, + JSON with narrative "
                f"{total * 1000:8.1f} ms  ({per_plan[n] * 1e6:.0f} µs/plan)"
            )
    print(
        f"ratio 1,000-plan / seed time: {per_plan[1000] * 1000 / seed_doc:.1f}x for "
        f"{1000 / n_seed:.0f}x the plans"
    )
    print(
        f"time per plan, 1,000 vs 250 plans: {per_plan[1000] / per_plan[250]:.2f}x (linear ≈ 1.0)"
    )


if __name__ == "__main__":
    main()
