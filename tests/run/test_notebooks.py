"""Every notebook executed with papermill (fresh kernel, as a user would) on the bundled report
and on a small synthetic fixture report; assertions on what the outputs show."""

from __future__ import annotations

import papermill
import pytest

from govplans import assess_report, parse_report, review_date
from govplans.present import render
from govplans.present.flags import flags_with_messages
from govplans.present.narrative import portfolio_narrative
from govplans.run import paths
from govplans.testing.synthetic import make_plans, write_report

pytestmark = pytest.mark.slow(seconds=24)

#: Charts each notebook must show (image/png outputs).
FIGURES = {"portfolio_overview": 3, "plan_profile": 1, "target_attainment": 2, "explore": 1}
RUNS = [
    ("portfolio_overview", "bundled", "zh-TW"),
    ("plan_profile", "bundled", "zh-TW"),
    ("target_attainment", "bundled", "zh-TW"),
    ("explore", "bundled", "zh-TW"),
    ("portfolio_overview", "fixture", "zh-TW"),
    ("plan_profile", "fixture", "en"),
    ("target_attainment", "fixture", "en"),
    ("explore", "fixture", "en"),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    fixture = write_report(
        tmp_path_factory.mktemp("nb") / "fixture_report.txt", make_plans(4, seed=11)
    )
    return {"bundled": paths.BUNDLED_REPORT, "fixture": fixture}


@pytest.fixture(scope="module")
def executed(reports, tmp_path_factory):
    """Each run of :data:`RUNS` executed once: {(name, report, lang): notebook node}."""
    out = tmp_path_factory.mktemp("executed")
    results = {}
    for name, which, lang in RUNS:
        if which == "bundled":  # the defaults, as the notebook opens in JupyterLab
            parameters = {}
        else:
            report = parse_report(reports[which])
            parameters = {"source": str(reports[which]), "lang": lang}
            if name == "plan_profile":
                parameters["plan_id"] = str(report.plans["plan_id"].iloc[1])
        results[(name, which, lang)] = papermill.execute_notebook(
            str(paths.NOTEBOOKS_DIR / f"{name}.ipynb"),
            str(out / f"{name}_{which}_{lang}.ipynb"),
            parameters=parameters,
            kernel_name="python3",
            cwd=str(paths.NOTEBOOKS_DIR),
            progress_bar=False,
            execution_timeout=180,
        )
    return results


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]


def _texts(nb) -> str:
    parts = []
    for output in _outputs(nb):
        if output.output_type == "stream":
            parts.append(output.text)
        for mime in ("text/markdown", "text/html", "text/plain"):
            if mime in output.get("data", {}):
                parts.append(output["data"][mime])
    return "\n".join(parts)


@pytest.mark.parametrize("run", RUNS, ids=["-".join(r) for r in RUNS])
def test_notebook_runs_clean_with_figures(executed, run):
    nb = executed[run]
    outputs = _outputs(nb)
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors, errors
    stderr = "".join(o.text for o in outputs if o.output_type == "stream" and o.name == "stderr")
    assert "Glyph" not in stderr and "missing from" not in stderr, stderr
    figures = sum("image/png" in o.get("data", {}) for o in outputs)
    assert figures >= FIGURES[run[0]], f"{run}: {figures} figures"


@pytest.mark.parametrize("run", RUNS, ids=["-".join(r) for r in RUNS])
def test_notebook_ends_with_its_sources(executed, reports, run):
    report = parse_report(reports[run[1]])
    last = executed[run].cells[-1].outputs
    shown = "".join(o["data"].get("text/markdown", "") for o in last if "data" in o)
    assert report.sha256 in shown
    assert ("Source lines" if run[2] == "en" else "來源行") in shown


@pytest.mark.parametrize("which", ["bundled", "fixture"])
def test_overview_shows_the_portfolio_narrative_and_flags(executed, reports, which):
    nb = executed[("portfolio_overview", which, "zh-TW")]
    a = assess_report(parse_report(reports[which]))
    text = _texts(nb)
    assert render.narrative_html(portfolio_narrative(a, "zh-TW")).html in text
    for message in flags_with_messages(a, "zh-TW")["message"]:
        assert render.escape(message) in text
    assert "經費總覽" in text and "警示（累計執行率與績效目標）" in text
    assert "執行數等於編列數之計畫數" in text
    assert "附註：預算編列進度（非警示）" in text and "附註：目標設定（非警示）" in text


@pytest.mark.parametrize(("which", "lang"), [("bundled", "zh-TW"), ("fixture", "en")])
def test_profile_shows_narrative_targets_and_sections(executed, reports, which, lang):
    nb = executed[("plan_profile", which, lang)]
    report = parse_report(reports[which])
    # The bundled run uses the defaults (the first plan); the fixture run sets plan_id.
    plan_id = str(report.plans["plan_id"].iloc[0 if which == "bundled" else 1])
    a = assess_report(report)
    text = _texts(nb)
    # the review named with its date where the plan's statuses come from it
    assert render.narrative(a, lang, plan_id, review_date(a)).html in text
    for target in a.targets[a.targets["plan_id"] == plan_id]["text"]:
        assert render.escape(target) in text
    for item in report.section_items(plan_id, "execution"):
        assert render.escape(item) in text
    # the agency's words under a label saying they are the original Chinese (issue 11)
    label = "Agency's words (original, Chinese)" if lang == "en" else "機關說明（原文）"
    assert render.escape(label) in text


def test_attainment_lists_every_target_and_the_review_list(executed, reports):
    nb = executed[("target_attainment", "bundled", "zh-TW")]
    a = assess_report(parse_report(reports["bundled"]))
    text = _texts(nb)
    for target in a.targets["text"]:
        assert render.escape(target) in text
    assert "待確認目標" in text and "附註：目標設定（非警示）" in text
    assert "本工具之一致性檢核" in text  # the tool's check, named as the tool's
    assert "未量化占比" in text and "22.9%" in text  # the portfolio's share, by scope
    agreement = a.agreement()
    if agreement["n"]:  # reviewed statuses exist for the bundled report
        assert "自動判定與本工具維護者之人工檢視" in text and "非官方審查" in text
        assert f"一致：{agreement['n_agree']}／{agreement['n']}" in text
        for row in agreement["disagreements"]:
            assert render.escape_markdown(f"{row['plan_id']} 目標{row['target_index']}") in text
    else:
        assert "本報告沒有人工檢視紀錄" in text
    for _, row in a.targets[a.targets["status"] == "unclear"].iterrows():
        assert render.escape(row["text"]) in text


def test_english_run_has_english_headings(executed):
    text = _texts(executed[("target_attainment", "fixture", "en")])
    assert "Target status by category" in text and "Unclear targets to review" in text
    assert "各類型目標達成情形" not in text


def test_pages_show_a_compound_target_part_by_part(executed, reports):
    a = assess_report(parse_report(reports["bundled"]))
    attainment = _texts(executed[("target_attainment", "bundled", "zh-TW")])
    profile = _texts(executed[("plan_profile", "bundled", "zh-TW")])  # 114-01
    assert "組成項目" in attainment and "組成項目" in profile
    for part in (
        "教育訓練2場次",
        "分享交流會議4場次",
        "無法判定：達成說明及執行情形均未列出此項的數量",
    ):
        assert part in attainment
    assert attainment.split("<tbody>")[-1].count("<tr") >= len(a.components)
