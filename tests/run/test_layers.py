"""The shape of the package: notebooks use the public API, the core needs no report tooling,
the curated annotations ship as package data, and one decision is read the same everywhere."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import asdict

import nbformat
import pytest

import govplans
from govplans.analyse.measures import Thresholds
from govplans.read.reference import display_path, package_annotations, reviewed_files
from govplans.run import paths
from govplans.run.pages import PAGES

ALL_NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))
ALLOWED_IMPORTS = ("govplans", "govplans.present", "IPython.display", "pandas")


def _parameters(path) -> dict[str, object]:
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"{path.name}: one cell tagged parameters"
    values: dict[str, object] = {}
    for node in ast.parse(cells[0].source).body:
        assert isinstance(node, ast.AnnAssign), f"{path.name}: typed parameters only"
        values[node.target.id] = ast.literal_eval(node.value)
    return values


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_threshold_default_is_the_packages(path):
    """Every page's notebook (the registry's) declares every threshold with the package's
    default; a notebook that is no page (explore) declares none, or the same defaults."""
    declared = _parameters(path)
    defaults = asdict(Thresholds())
    if path.name in {p.notebook for p in PAGES}:
        assert {k: declared.get(k) for k in defaults} == defaults
        assert declared.get("annotations") == "auto"
    else:
        assert {k: declared[k] for k in defaults if k in declared} == {
            k: defaults[k] for k in defaults if k in declared
        }


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_import_only_the_public_api_and_presentation(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                assert module in ALLOWED_IMPORTS, f"{path.name} imports {module}"


def test_reading_and_assessing_needs_no_report_tooling():
    """The core install: read, assess, narrative and JSON import neither matplotlib, papermill,
    nbconvert nor IPython / JupyterLab."""
    code = (
        "import sys, json, govplans\n"
        "from govplans.present import export\n"
        f"r = govplans.read_report({str(paths.BUNDLED_REPORT)!r})\n"
        "export.assessment_to_json(govplans.assess_report(r))\n"
        "heavy = ('matplotlib', 'papermill', 'nbconvert', 'IPython', 'jupyterlab', 'nbclient')\n"
        "print(json.dumps(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_curated_annotations_are_package_data():
    files = reviewed_files()
    assert files, "the package ships its reviewed statuses"
    assert all(f.name.startswith("reviewed_targets_") for f in files)
    assert display_path(files[0]) == f"govplans/annotations/{files[0].name}"
    assert (package_annotations() / "plan_names_en.csv").is_file()


def test_the_automatic_engine_is_pure_and_reviews_come_as_data(seed_report):
    from govplans.analyse import assess

    plain = assess(seed_report)
    assert plain.annotations_source is None
    assert plain.targets["status_reviewed"].isna().all()
    reviewed = govplans.assess_report(seed_report)
    assert list(plain.targets["status_auto"]) == list(reviewed.targets["status_auto"])


def test_flag_chart_and_narrative_agree_on_the_margin(flags_for):
    """At elapsed 0.5 and progress 0.35 no flag is raised, the chart does not colour the bar as
    behind, and the narrative says the gap is within the margin."""
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from govplans.present import charts

    th = Thresholds()
    flags = flags_for(appropriation_progress_rate=0.35, schedule_elapsed_rate=0.5)
    assert "appropriation_behind_schedule" not in flags
    plans = pd.DataFrame(
        {
            "plan_id": ["114-01"],
            "name": ["測試計畫"],
            "appropriation_progress_rate": [0.35],
            "schedule_elapsed_rate": [0.5],
        }
    )
    fig = charts.appropriation_schedule_chart(plans, th)
    bar = fig.axes[0].patches[0]
    assert matplotlib.colors.to_hex(bar.get_facecolor()) != charts.BAND_COLORS["critical"]
