"""Chart benchmark: every chart of the pages at the bundled report's size and at 1,000 plans.

Each chart is drawn and saved as PNG (what a page embeds), best of three runs, on the bundled
report (14 plans) and on a synthetic report of 1,000 plans (about 3,000 target parts); the
corpus chart on 80 synthetic reports (40 agencies x 2 years, 13 plans each: 1,040 plan-years).
Past their limits the charts draw the rows an analyst looks at first and say so
(``charts.CHART_ROWS``, ``charts.CHART_PARTS``, ``corpus.CHART_ROWS``).

Goal (issue 10): no chart over 1 s at 1,000 plans.
Run: ``.venv/bin/python benchmarks/bench_charts.py``.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_time

from govplans import assess_report, load_assessment, parse_report
from govplans.analyse.assessment import Assessment
from govplans.analyse.corpus import build_corpus
from govplans.present import charts
from govplans.present import corpus as corpus_page
from govplans.testing.synthetic import make_plans, make_series, write_report, write_series

GOAL = 1.0


def _png(draw: Callable[[], object]) -> Callable[[], None]:
    def action() -> None:
        fig = draw()
        fig.savefig(io.BytesIO(), format="png")  # type: ignore[attr-defined]
        plt.close(fig)  # type: ignore[arg-type]

    return action


def plan_charts(a: Assessment) -> dict[str, Callable[[], None]]:
    plan = a.plans.iloc[0]
    report_plan = a.report.plans.iloc[0]
    return {
        "portfolio totals": _png(lambda: charts.portfolio_totals_chart(a.portfolio)),
        "execution rate by plan": _png(lambda: charts.execution_rate_chart(a.plans, a.thresholds)),
        "appropriation vs schedule": _png(
            lambda: charts.appropriation_schedule_chart(a.plans, a.thresholds)
        ),
        "target status by plan": _png(lambda: charts.status_counts_chart(a.targets, a.plans)),
        "achieved / target by part": _png(
            lambda: charts.achieved_ratio_chart(a.components, thresholds=a.thresholds)
        ),
        "plan profile": _png(
            lambda: charts.plan_profile_chart(report_plan, a.report.fiscal_year, "zh-TW", plan)
        ),
    }


def main() -> None:
    seed = load_assessment()
    with tempfile.TemporaryDirectory() as tmp:
        big = assess_report(
            parse_report(write_report(Path(tmp) / "big.txt", make_plans(1000))), annotations=None
        )
        files = write_series(Path(tmp) / "corpus", make_series(40, [113, 114], 13))
        corpus = build_corpus(parse_report(f) for f in files)
        n_parts = int(big.components["target_value"].notna().sum())
        print(f"{'chart':<28} {'14 plans':>10} {'1,000 plans':>12}  (drawn and saved as PNG)")
        worst = 0.0
        for (name, small), large in zip(
            plan_charts(seed).items(), plan_charts(big).values(), strict=True
        ):
            small_s, large_s = best_time(small), best_time(large)
            worst = max(worst, large_s)
            print(f"{name:<28} {small_s:>9.2f}s {large_s:>11.2f}s")
        chart = best_time(_png(lambda: corpus_page.execution_chart(corpus)))
        worst = max(worst, chart)
        n_plan_years = len(corpus.history)
        print(
            f"{'corpus: agency-years':<28} {'':>10} {chart:>11.2f}s  ({n_plan_years:,} plan-years)"
        )
        print(
            f"slowest at 1,000 plans ({n_parts:,} parts): {worst:.2f}s "
            f"(goal < {GOAL:.0f} s: {'met' if worst < GOAL else 'NOT met'})"
        )


if __name__ == "__main__":
    main()
