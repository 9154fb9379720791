"""A plan's page reads its part of the assessment (``plan_slices``): every piece of the page
is the same as from the whole report's assessment."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from govplans import assess_report, load_assessment, parse_report
from govplans.analyse.assessment import plan_slices
from govplans.present import charts, render
from govplans.testing.synthetic import make_plans, write_report


def _page(a, plan_id: str, lang: str) -> list[str]:
    """Everything the profile notebook shows for a plan, as text."""
    report = a.report
    fig = charts.plan_profile_chart(
        report.plan(plan_id), report.fiscal_year, lang, a.plan_record(plan_id)
    )
    chart = sorted(t.get_text() for t in fig.findobj(matplotlib.text.Text))
    plt.close(fig)
    return [
        render.title(a, "profile", lang, plan_id).markdown,
        render.key_figures(a, plan_id, lang).html,
        render.targets_table(a, lang, plan_id).html,
        render.narrative(a, lang, plan_id).html,
        render.plan_sections(report, plan_id, lang).html,
        render.sources(a, lang, plan_id).markdown,
        *chart,
    ]


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_every_plan_page_is_the_same_from_its_slice(lang):
    a = load_assessment()  # the bundled report, reviewed statuses merged
    slices = dict(plan_slices(a))
    assert list(slices) == list(a.report.plans["plan_id"])
    for plan_id, part in slices.items():
        assert len(part.plans) == len(part.report.plans) == 1
        assert part.report.sha256 == a.report.sha256
        assert _page(part, plan_id, lang) == _page(a, plan_id, lang), plan_id


def test_the_slices_together_keep_every_row(tmp_path):
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", make_plans(40, seed=2))))
    parts = dict(plan_slices(a))
    for name in ("plans", "targets", "components", "flags"):
        assert sum(len(getattr(p, name)) for p in parts.values()) == len(getattr(a, name))
    assert sum(len(p.report.items) for p in parts.values()) == len(a.report.items)
    assert sum(len(p.report.findings) for p in parts.values()) == len(a.report.findings)


def test_a_slice_keeps_the_whole_portfolio_and_leaves_the_readers_line_roles_out():
    a = load_assessment()
    plan_id, part = next(plan_slices(a))
    assert part.portfolio.equals(a.portfolio)
    assert part.report.line_roles == {} and a.report.line_roles
    assert list(part.report.items["plan_id"].unique()) == [plan_id]
