"""Set-up files agree with each other, and the raw report is the one recorded."""

from __future__ import annotations

import hashlib
import tomllib

import yaml

from govplans.run import paths


def test_environment_yml_only_adds_python_and_pip_to_pyproject():
    env = yaml.safe_load((paths.PROJ_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = env["dependencies"]
    conda = sorted(d for d in deps if isinstance(d, str))
    pip = [d for d in deps if isinstance(d, dict)]
    assert [c.split(">")[0].split("=")[0] for c in conda] == ["pip", "python"]
    python_spec = next(c for c in conda if c.startswith("python"))
    assert python_spec.removeprefix("python") == pyproject["project"]["requires-python"]
    assert pip == [{"pip": ["-e .[dev]"]}], "install the package itself, nothing else"
    assert "dev" in pyproject["project"]["optional-dependencies"]


def test_raw_report_matches_its_recorded_sha256():
    recorded = (paths.RAW_DATA_DIR / "moda_114_plan_execution.txt.sha256").read_text().split()
    assert recorded[1] == paths.BUNDLED_REPORT.name
    assert hashlib.sha256(paths.BUNDLED_REPORT.read_bytes()).hexdigest() == recorded[0]
    assert recorded[0] in (paths.RAW_DATA_DIR / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    ci = (paths.PROJ_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (paths.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in ci
    assert "make test" in readme and "make report" in readme
