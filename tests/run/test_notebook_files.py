"""The committed notebooks: no outputs, one typed, commented parameters cell, sources last."""

from __future__ import annotations

import ast
import re

import nbformat
import papermill
import pytest

from govplans.run import paths
from govplans.run.corpus_build import NOTEBOOK as CORPUS_NOTEBOOK
from govplans.run.runner import NOTEBOOKS

ALL = [
    "portfolio_overview",
    "plan_profile",
    "target_attainment",
    "explore",
    "corpus_overview",
    "method",
]
THRESHOLDS = ["execution_warn", "execution_low", "execution_critical", "appropriation_margin"]
EXPECTED = {
    "portfolio_overview": ["source", "lang", *THRESHOLDS],
    "plan_profile": ["source", "lang", "plan_id", *THRESHOLDS],
    "target_attainment": ["source", "lang", *THRESHOLDS],
    "explore": ["source", "lang"],
    "corpus_overview": ["sources", "crosswalk", "lang", "execution_warn"],
    "method": [
        "source",
        "sources",
        "lang",
        "prepared",
        *THRESHOLDS,
        "exceed_margin",
        "low_target_multiple",
    ],
}
#: `name: type = default  # comment` (papermill reads help from the comment; one `=` per line).
TYPED_LINE = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*): (?P<type>str|int|float|bool) = [^=#]+  # \S")


def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(paths.NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)


def test_every_runner_notebook_is_covered():
    assert {f.removesuffix(".ipynb") for f in NOTEBOOKS.values()} <= set(ALL)
    assert CORPUS_NOTEBOOK.removesuffix(".ipynb") in ALL
    assert {p.stem for p in paths.NOTEBOOKS_DIR.glob("*.ipynb")} == set(ALL)


@pytest.mark.parametrize("name", ALL)
def test_notebook_is_committed_without_outputs(name):
    nb = _read(name)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{name}: a code cell has outputs"
            assert cell.execution_count is None, f"{name}: a code cell has an execution count"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("name", ALL)
def test_exactly_one_typed_commented_parameters_cell(name):
    nb = _read(name)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{name}: {len(tagged)} cells tagged parameters"
    cell = tagged[0]
    assert cell.cell_type == "code"
    lines = [line for line in cell.source.splitlines() if line.strip()]
    for line in lines:
        assert TYPED_LINE.match(line), (
            f"{name}: parameter line not `name: type = value  # why`: {line}"
        )
    ast.parse(cell.source)  # valid Python
    names = [TYPED_LINE.match(line)["name"] for line in lines]
    for expected in EXPECTED[name]:
        assert expected in names, f"{name}: no parameter {expected}"
    # Derived values stay out of the parameters cell: it only assigns literals.
    for node in ast.parse(cell.source).body:
        assert isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Constant)


@pytest.mark.parametrize("name", ALL)
def test_papermill_reads_every_parameter_with_type_and_help(name):
    declared = papermill.inspect_notebook(str(paths.NOTEBOOKS_DIR / f"{name}.ipynb"))
    source = next(c for c in _read(name).cells if "parameters" in c.metadata.get("tags", []))
    assert len(declared) == len([ln for ln in source.source.splitlines() if ln.strip()])
    for spec in declared.values():
        assert spec["inferred_type_name"] in {"str", "int", "float", "bool"}
        assert spec["help"], f"{name}: parameter {spec['name']} has no help comment"
    assert declared.get("source", declared.get("sources"))["default"] == '""'
    assert declared["lang"]["default"] == '"zh-TW"'


@pytest.mark.parametrize("name", ALL)
def test_opens_with_narrative_and_ends_with_sources(name):
    nb = _read(name)
    assert nb.cells[0].cell_type == "markdown"
    assert len(nb.cells[0].source) > 100
    assert nb.cells[1].metadata.get("tags") == ["parameters"]
    assert ".sources(" in nb.cells[-1].source


@pytest.mark.parametrize("name", ALL)
def test_notebooks_are_thin(name):
    """No logic in the notebooks: no function or class definitions, short cells."""
    for cell in _read(name).cells:
        if cell.cell_type == "code":
            tree = ast.parse(cell.source)
            assert not any(
                isinstance(n, ast.FunctionDef | ast.ClassDef | ast.Lambda) for n in ast.walk(tree)
            )
            assert len(cell.source.splitlines()) <= 20
